# tests/sdk/installed_sdk.cmake - installs the workbench into a temporary
# prefix, builds sdk/examples/hello against the *installed* SDK package, and
# checks with the *installed* workbench that the example validates and that
# the shipped plugins are found in their installed folder.
#
#   cmake -DBUILD=<build dir> -DEXAMPLE=<src> -DWORK=<dir> -P installed_sdk.cmake
foreach(var BUILD EXAMPLE WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "installed_sdk.cmake: ${var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE ${WORK})
set(prefix ${WORK}/prefix)

execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${prefix}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
file(GLOB_RECURSE config ${prefix}/*/WorkbenchSDKConfig.cmake)
if(NOT config)
  message(FATAL_ERROR "no WorkbenchSDKConfig.cmake was installed under ${prefix}")
endif()
get_filename_component(sdk_dir ${config} DIRECTORY)

execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${EXAMPLE} -B ${WORK}/hello -DCMAKE_BUILD_TYPE=Release
          -DWorkbenchSDK_DIR=${sdk_dir}
  RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring the example against the installed SDK failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK}/hello RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building the example against the installed SDK failed (${rc})")
endif()
file(GLOB built ${WORK}/hello/*.so)

set(ENV{WB_CONFIG} ${WORK}/config.json)
set(ENV{XDG_DATA_HOME} ${WORK}/data)
execute_process(COMMAND ${prefix}/bin/workbench validate-plugin ${built}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the installed workbench refused the example (exit ${rc}):\n${out}${err}")
endif()

execute_process(COMMAND ${prefix}/bin/workbench plugins
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "installed workbench plugins:\n${out}${err}")
if(NOT rc EQUAL 0 OR NOT out MATCHES "session_notes")
  message(FATAL_ERROR "the installed workbench did not find its shipped plugins (exit ${rc})")
endif()
