# ctest script: fails when `cmake --build <build> --target update_translations` would change a
# .ts file, or when the Korean catalogue has an unfinished or empty entry.
#
# It reruns the update exactly as the build does — the lupdate project that qt_add_translations
# generated (same sources, include paths) and the LUPDATE_OPTIONS of translations/CMakeLists.txt —
# but on copies of the .ts files in WORK_DIR, then compares the copies with the originals.
#   cmake -DLUPDATE=<lupdate> -DPROJECT_DIR=<build>/translations/.lupdate
#         -DGENERATE_SCRIPT=<Qt6LinguistTools>/GenerateLUpdateProject.cmake
#         -DTRANSLATIONS_CMAKE=<src>/translations/CMakeLists.txt -DKOREAN_TS=<ko.ts>
#         -DWORK_DIR=<dir> -P CheckTranslations.cmake

cmake_minimum_required(VERSION 3.25)

set(problems "") # text, not a list: diffs contain ';'

# 1. The Korean catalogue is finished: no type="unfinished", no empty translation or plural form.
file(READ "${KOREAN_TS}" ko)
# Make the text safe to cut into a CMake list (';' and brackets would split or nest it).
string(REPLACE ";" "<semi>" ko "${ko}")
string(REPLACE "[" "<lb>" ko "${ko}")
string(REPLACE "]" "<rb>" ko "${ko}")
string(REPLACE "</message>" ";" messages "${ko}")
set(unfinished)
foreach(message IN LISTS messages)
  if(message MATCHES "type=\"unfinished\"" OR message MATCHES "<translation></translation>"
     OR message MATCHES "<translation/>" OR message MATCHES "<numerusform></numerusform>"
     OR message MATCHES "<numerusform/>")
    if(message MATCHES "<source>([^<]*)</source>")
      list(APPEND unfinished "${CMAKE_MATCH_1}")
    endif()
  endif()
endforeach()
list(LENGTH unfinished nUnfinished)
if(nUnfinished GREATER 0)
  list(SUBLIST unfinished 0 25 shown)
  list(JOIN shown "\n    " text)
  string(APPEND problems "${KOREAN_TS}: ${nUnfinished} unfinished entries, e.g.\n    ${text}\n\n")
endif()

# 2. update_translations would change nothing.
file(GLOB projects "${PROJECT_DIR}/*_project.cmake" "${PROJECT_DIR}/*_project.*.cmake")
if(NOT projects)
  message(FATAL_ERROR "no lupdate project in ${PROJECT_DIR}: configure the build first")
endif()
list(GET projects 0 project)
include("${project}") # lupdate_sources, lupdate_include_paths, lupdate_translations
file(READ "${project}" projectText)

# The options exactly as written in translations/CMakeLists.txt.
file(READ "${TRANSLATIONS_CMAKE}" translationsCmake)
set(options)
if(translationsCmake MATCHES "LUPDATE_OPTIONS([^)]*)")
  string(STRIP "${CMAKE_MATCH_1}" options)
  string(REGEX REPLACE "[ \t\r\n]+" ";" options "${options}")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(ts IN LISTS lupdate_translations)
  get_filename_component(name "${ts}" NAME)
  file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
  string(REPLACE "${ts}" "${WORK_DIR}/${name}" projectText "${projectText}")
  list(APPEND copies "${ts}=${WORK_DIR}/${name}")
endforeach()
file(WRITE "${WORK_DIR}/project.cmake" "${projectText}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${WORK_DIR}/project.cmake
                        -DOUT_FILE=${WORK_DIR}/project.json -P "${GENERATE_SCRIPT}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not generate the lupdate project")
endif()
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" ${options}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "lupdate ${options}:\n${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()

find_program(DIFF diff)
foreach(pair IN LISTS copies)
  string(REGEX REPLACE "=.*" "" original "${pair}")
  string(REGEX REPLACE "^[^=]*=" "" copy "${pair}")
  file(SHA256 "${original}" before)
  file(SHA256 "${copy}" after)
  if(NOT before STREQUAL after)
    set(diffText "")
    if(DIFF)
      execute_process(COMMAND "${DIFF}" -u "${original}" "${copy}" OUTPUT_VARIABLE diffText)
      string(LENGTH "${diffText}" length)
      if(length GREATER 6000)
        string(SUBSTRING "${diffText}" 0 6000 diffText)
        string(APPEND diffText "\n[...]")
      endif()
    endif()
    string(APPEND problems "${original} is out of date: run `cmake --build <build> --target "
                           "update_translations` (and translate the new entries)\n${diffText}\n\n")
  endif()
endforeach()

if(NOT problems STREQUAL "")
  message("${problems}") # as is: FATAL_ERROR would re-wrap the diff
  message(FATAL_ERROR "the translations are incomplete or out of date (see above)")
endif()
message(STATUS "translations complete and up to date")
