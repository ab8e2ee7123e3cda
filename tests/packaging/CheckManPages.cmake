# ctest script: the installed man pages render without groff warnings and document every option
# (and every kfpctl command) that the programs' --help lists, so they cannot drift from the code.
#   cmake -DROOT=<install root> -DKFP_DESKTOP=<exe> -DKFPCTL=<exe> -P CheckManPages.cmake

cmake_minimum_required(VERSION 3.25)

find_program(GROFF groff)
find_program(GZIP gzip)
if(NOT GROFF OR NOT GZIP)
  message("packaging-skip: groff or gzip is missing")
  return()
endif()

# kfp-desktop --help builds a QApplication: without a display it needs the offscreen platform.
if(NOT DEFINED ENV{QT_QPA_PLATFORM})
  set(ENV{QT_QPA_PLATFORM} offscreen)
endif()

set(failures)
# check(<page> <exe>): lint the page, then look up --help's options and commands in it.
function(check page exe)
  execute_process(COMMAND "${GZIP}" -dc "${ROOT}/usr/share/man/man1/${page}.1.gz"
    RESULT_VARIABLE rc OUTPUT_VARIABLE roff)
  if(NOT rc EQUAL 0)
    set(failures "${failures};${page}.1.gz does not decompress" PARENT_SCOPE)
    return()
  endif()
  set(plain "${CMAKE_CURRENT_BINARY_DIR}/${page}.1")
  file(WRITE "${plain}" "${roff}")
  # -ww: all warnings; -z: no output. Anything on stderr is a malformed page.
  execute_process(COMMAND "${GROFF}" -man -ww -z -Tutf8 "${plain}"
    RESULT_VARIABLE rc ERROR_VARIABLE warnings)
  if(NOT rc EQUAL 0 OR NOT warnings STREQUAL "")
    list(APPEND fails "${page}: groff: ${warnings}")
  endif()

  execute_process(COMMAND "${exe}" --help TIMEOUT 20 RESULT_VARIABLE rc OUTPUT_VARIABLE help)
  if(NOT rc EQUAL 0 OR help STREQUAL "")
    list(APPEND fails "${page} --help failed (${rc})")
  endif()
  # Long options: in roff a '-' is written '\-'.
  string(REGEX MATCHALL "--[a-z][a-z0-9-]*" options "${help}")
  list(REMOVE_DUPLICATES options)
  # Commands (kfpctl): the indented lines of the "Commands:" block, first word and subcommand.
  set(commands)
  if(help MATCHES "Commands:\n(.*)\n\nOptions:")
    string(REPLACE "\n" ";" lines "${CMAKE_MATCH_1}")
    foreach(line IN LISTS lines)
      if(line MATCHES "^  ([a-z][a-z-]*)( ([a-z]+))?")
        string(STRIP "${CMAKE_MATCH_1} ${CMAKE_MATCH_3}" command)
        list(APPEND commands "${command}")
      endif()
    endforeach()
  endif()
  foreach(item IN LISTS options commands)
    string(REPLACE "-" "\\-" escaped "${item}")
    string(FIND "${roff}" "${escaped}" at)
    if(at EQUAL -1)
      list(APPEND fails "${page}.1 does not mention \"${item}\" from --help")
    endif()
  endforeach()
  list(LENGTH options nOptions)
  list(LENGTH commands nCommands)
  message(STATUS "${page}: ${nOptions} options, ${nCommands} commands checked")
  set(failures "${failures};${fails}" PARENT_SCOPE)
endfunction()

check(kfp-desktop "${KFP_DESKTOP}")
check(kfpctl "${KFPCTL}")
list(REMOVE_ITEM failures "")
if(failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "man pages out of date:\n  ${text}")
endif()
