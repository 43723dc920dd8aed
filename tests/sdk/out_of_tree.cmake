# tests/sdk/out_of_tree.cmake - builds sdk/examples/hello outside the source
# tree against the build tree's SDK package, then asks the workbench whether
# the result is a loadable plugin (`workbench validate-plugin`, exit 0).
#
#   cmake -DEXAMPLE=<src> -DWORK=<dir> -DSDK_DIR=<build>/sdk
#         -DWORKBENCH=<exe> -P out_of_tree.cmake
foreach(var EXAMPLE WORK SDK_DIR WORKBENCH)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "out_of_tree.cmake: ${var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${EXAMPLE} -B ${WORK} -DCMAKE_BUILD_TYPE=Release
          -DWorkbenchSDK_DIR=${SDK_DIR}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring the example plugin out of tree failed (${rc})")
endif()

execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building the example plugin out of tree failed (${rc})")
endif()

file(GLOB_RECURSE built ${WORK}/*.so)
list(LENGTH built count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one plugin library in ${WORK}, found: ${built}")
endif()

execute_process(COMMAND ${WORKBENCH} validate-plugin ${built}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "workbench validate-plugin ${built}:\n${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "workbench validate-plugin refused the example plugin (exit ${rc})")
endif()
