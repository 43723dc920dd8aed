# One Dear ImGui for the whole process.
#
# ImGui keeps its context in a global, so the host and every plugin must
# share one copy of its code. Debian ships ImGui only as a static archive
# (built position-independent), which also holds backends we do not want
# (Allegro, SDL, Vulkan, FreeType). We pull out just the core and the GLFW +
# OpenGL3 backend objects and link them into libwb_imgui.so, which the host
# and every plugin link against. No ImGui source is copied into the repo.
set(WB_IMGUI_OBJECTS imgui.o imgui_draw.o imgui_tables.o imgui_widgets.o imgui_demo.o
    imgui_stdlib.o imgui_impl_glfw.o imgui_impl_opengl3.o)
find_library(WB_IMGUI_ARCHIVE NAMES libimgui.a imgui HINTS ${IMGUI_LIBRARY_DIRS} REQUIRED)
set(_obj_dir ${CMAKE_BINARY_DIR}/imgui-objects)
set(_objs)
foreach(o IN LISTS WB_IMGUI_OBJECTS)
  list(APPEND _objs ${_obj_dir}/${o})
endforeach()
add_custom_command(
  OUTPUT ${_objs}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${_obj_dir}
  COMMAND ${CMAKE_COMMAND} -E chdir ${_obj_dir} ${CMAKE_AR} x ${WB_IMGUI_ARCHIVE} ${WB_IMGUI_OBJECTS}
  DEPENDS ${WB_IMGUI_ARCHIVE}
  COMMENT "Extracting the ImGui core and GLFW/OpenGL3 backends from ${WB_IMGUI_ARCHIVE}")
set_source_files_properties(${_objs} PROPERTIES EXTERNAL_OBJECT TRUE GENERATED TRUE)
add_library(wb_imgui SHARED ${_objs})
set_target_properties(wb_imgui PROPERTIES LINKER_LANGUAGE CXX SOVERSION 1)
target_include_directories(wb_imgui INTERFACE ${IMGUI_INCLUDE_DIRS})
target_link_libraries(wb_imgui PRIVATE stb glfw ${CMAKE_DL_LIBS})
