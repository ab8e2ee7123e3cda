# ctest script: `kfp-desktop --help` (and -h, --help-all) prints the help and exits 0 without a
# display: ctest runs it with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset, where a
# program that built a QApplication before answering would abort. With --lang ko the help is
# in Korean.
#   cmake -DKFP_DESKTOP=<path> -P CheckHelp.cmake

cmake_minimum_required(VERSION 3.25)

foreach(variable DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM)
  if(DEFINED ENV{${variable}})
    message(FATAL_ERROR "${variable} is set: the check needs an environment without a display")
  endif()
endforeach()

set(failures)
foreach(option --help -h --help-all)
  execute_process(COMMAND "${KFP_DESKTOP}" ${option} TIMEOUT 20
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "--sandbox" OR NOT out MATCHES "Start the built-in sandbox")
    list(APPEND failures "kfp-desktop ${option}: exit ${rc}, printed \"${out}\" ${err}")
  endif()
endforeach()

execute_process(COMMAND "${KFP_DESKTOP}" --lang ko --help TIMEOUT 20
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "--sandbox" OR NOT out MATCHES "내장 샌드박스 서버를 시작하고")
  list(APPEND failures "kfp-desktop --lang ko --help: exit ${rc}, printed \"${out}\" ${err}")
endif()

if(failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "expected the help, exit 0, without a display:\n  ${text}")
endif()
message(STATUS "kfp-desktop --help answers without a display")
