# Builds one case of tests/layers/CMakeLists.txt and judges it:
#   cmake -DBUILD_DIR=… -DTARGET=… -DHEADER=… -DEXPECT=fail|pass -P BuildLayerCase.cmake
execute_process(
  COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET} -j 1
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
if(EXPECT STREQUAL "pass")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TARGET}: an allowed include of ${HEADER} did not compile:\n${output}")
  endif()
  message(STATUS "${TARGET}: ${HEADER} is reachable, as it should be")
  return()
endif()
if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET}: the forbidden include of ${HEADER} compiled")
endif()
string(FIND "${output}" "${HEADER}: No such file" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${TARGET}: failed, but not at ${HEADER}:\n${output}")
endif()
message(STATUS "${TARGET}: ${HEADER} is out of reach, as it should be")
