# ctest script: `<program> --version` prints "<program> <version>" and exits 0, for each
# program. ctest runs it with the xcb platform and no DISPLAY, so a program that built a
# QApplication before answering would abort instead.
#   cmake -DPROGRAMS="name=path|name=path" -DVERSION=<x.y.z> -P CheckVersions.cmake

cmake_minimum_required(VERSION 3.25)

string(REPLACE "|" ";" programs "${PROGRAMS}")
set(failures)
foreach(entry IN LISTS programs)
  string(REGEX REPLACE "=.*" "" name "${entry}")
  string(REGEX REPLACE "^[^=]*=" "" path "${entry}")
  execute_process(COMMAND "${path}" --version TIMEOUT 20
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out STREQUAL "${name} ${VERSION}\n")
    list(APPEND failures "${name} --version: exit ${rc}, printed \"${out}\" ${err}")
  else()
    message(STATUS "${out}")
  endif()
endforeach()
if(NOT programs)
  message(FATAL_ERROR "no programs to check")
endif()
if(failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "expected \"<name> ${VERSION}\":\n  ${text}")
endif()
