# cmake --install <build> [--prefix DIR]
#
# Installs the workbench and, for plugin authors, the SDK:
#   bin/workbench
#   <libdir>/libwb_imgui.so*                       the one shared ImGui
#   <libdir>/partnership-workbench/plugins/*.so    the plugins we ship
#   include/workbench/                             SDK headers
#   <libdir>/cmake/WorkbenchSDK/                   find_package(WorkbenchSDK)
#   share/doc/partnership-workbench/               README, SDK guide, example
include(CMakePackageConfigHelpers)

set_target_properties(workbench PROPERTIES INSTALL_RPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}")
install(TARGETS workbench RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS wb_imgui LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})

# Every plugin built from plugins/ (each folder's wb_add_plugin target).
get_property(_wb_plugins GLOBAL PROPERTY WB_SHIPPED_PLUGINS)
foreach(p IN LISTS _wb_plugins)
  set_target_properties(${p} PROPERTIES INSTALL_RPATH "$ORIGIN/../..")
  install(TARGETS ${p} LIBRARY DESTINATION ${WB_PLUGIN_INSTALL_DIR})
endforeach()

install(DIRECTORY ${CMAKE_SOURCE_DIR}/sdk/include/workbench DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(WB_SDK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/WorkbenchSDK)
configure_package_config_file(
  ${CMAKE_SOURCE_DIR}/cmake/WorkbenchSDKConfig-install.cmake.in
  ${CMAKE_BINARY_DIR}/sdk-install/WorkbenchSDKConfig.cmake
  INSTALL_DESTINATION ${WB_SDK_CMAKE_DIR}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_LIBDIR)
install(FILES ${CMAKE_BINARY_DIR}/sdk-install/WorkbenchSDKConfig.cmake
              ${CMAKE_SOURCE_DIR}/cmake/WorkbenchPlugin.cmake
        DESTINATION ${WB_SDK_CMAKE_DIR})

set(_doc ${CMAKE_INSTALL_DATADIR}/doc/partnership-workbench)
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${_doc})
install(FILES ${CMAKE_SOURCE_DIR}/sdk/README.md DESTINATION ${_doc}/sdk)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/sdk/examples DESTINATION ${_doc}/sdk)
