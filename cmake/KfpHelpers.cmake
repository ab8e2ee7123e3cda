# Shared build helpers: warnings, sanitizers, tests.

function(kfp_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
  target_compile_definitions(${target} PRIVATE QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

if(KFP_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# kfp_add_test(<name> SOURCES a.cpp b.cpp LIBS lib1 lib2 [LABELS l] [TIMEOUT s])
# Builds one Qt Test executable and registers it with ctest, run offscreen.
function(kfp_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  # ASan + UBSan at -O0 run 2-3x slower, on machines shared with other work. A test's TIMEOUT
  # overrides ctest's --timeout (the asan preset's 600), so scale it here.
  if(KFP_SANITIZE)
    math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3")
  endif()
  qt_add_executable(${name} ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS
    KFP_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data")
  kfp_set_warnings(${name})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;QT_LOGGING_RULES=*.debug=false"
    TIMEOUT ${ARG_TIMEOUT})
  if(ARG_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
  endif()
endfunction()

# kfp_add_layer(<target> <layer> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# One static library per layer of the client (see docs/architecture.md, "Layers"). Its headers
# are reached as "<layer>/Header.h", and only by targets that link it: the layer's include root
# is a folder of its own, build/layers/<layer>, holding a single link <layer> → its source folder.
# So a source that includes a header of a layer it does not depend on fails to compile (the
# tests in tests/layers prove it).
function(kfp_add_layer target layer)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  kfp_layer_include_root(root ${layer} ${CMAKE_CURRENT_SOURCE_DIR})
  qt_add_library(${target} STATIC ${ARG_SOURCES})
  target_include_directories(${target} PUBLIC ${root})
  target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  kfp_set_warnings(${target})
endfunction()

# Sets <var> to build/layers/<name>, a folder that holds only the link <name> → <source_dir>.
function(kfp_layer_include_root var name source_dir)
  set(root ${CMAKE_BINARY_DIR}/layers/${name})
  file(MAKE_DIRECTORY ${root})
  if(NOT IS_SYMLINK ${root}/${name})
    file(CREATE_LINK ${source_dir} ${root}/${name} SYMBOLIC)
  endif()
  set(${var} ${root} PARENT_SCOPE)
endfunction()
