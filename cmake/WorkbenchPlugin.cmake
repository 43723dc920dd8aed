# wb_add_plugin(<name> <sources...>)
#
# Builds a workbench plugin: a shared library with hidden visibility (only
# the entry symbol is exported), linked against the SDK and the shared ImGui.
# Used in-tree and, through WorkbenchSDKConfig.cmake, by out-of-tree plugins.
function(wb_add_plugin name)
  add_library(${name} MODULE ${ARGN})
  target_link_libraries(${name} PRIVATE wb_sdk)
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    CXX_STANDARD 20
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(DEFINED WB_PLUGIN_OUTPUT_DIR)
    # In the workbench's own tree: shipped with the host, installed with it.
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${WB_PLUGIN_OUTPUT_DIR})
    set_property(GLOBAL APPEND PROPERTY WB_SHIPPED_PLUGINS ${name})
  endif()
endfunction()
