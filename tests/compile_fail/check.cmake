# Builds one compile-fail target and passes only when the build fails with
# errors on the case's marked line and nowhere else, so a case cannot pass
# because of an unrelated mistake (a typo, a missing include).
#
#   cmake -DBINARY_DIR=<build> -DTARGET=<target> -DSOURCE=<file> -DCASE=<name> -P check.cmake
foreach(var BINARY_DIR TARGET SOURCE CASE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake: ${var} is not set")
  endif()
endforeach()

# The marked line of this case: the first WHOSAID_EXPECT_ERROR after the
# case's #if.
file(STRINGS ${SOURCE} lines)
set(line_no 0)
set(in_case FALSE)
set(expected "")
foreach(l IN LISTS lines)
  math(EXPR line_no "${line_no} + 1")
  if(l MATCHES "defined\\(WHOSAID_CASE_${CASE}\\)")
    set(in_case TRUE)
  elseif(in_case AND l MATCHES "WHOSAID_EXPECT_ERROR")
    set(expected ${line_no})
    break()
  endif()
endforeach()
if(expected STREQUAL "")
  message(FATAL_ERROR "no WHOSAID_EXPECT_ERROR line for case ${CASE} in ${SOURCE}")
endif()

execute_process(
  COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --target ${TARGET}
  RESULT_VARIABLE result
  OUTPUT_VARIABLE out
  ERROR_VARIABLE out)
if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled, but case ${CASE} must not")
endif()

get_filename_component(name ${SOURCE} NAME)
string(REGEX MATCHALL "[^\n]*error:[^\n]*" errors "${out}")
if(NOT errors)
  message(FATAL_ERROR "${TARGET} failed without a compiler error:\n${out}")
endif()
set(on_line FALSE)
foreach(e IN LISTS errors)
  if(e MATCHES "${name}:${expected}:")
    set(on_line TRUE)
  else()
    message(FATAL_ERROR "case ${CASE}: an error away from line ${expected}:\n${e}\n\nfull output:\n${out}")
  endif()
endforeach()
message(STATUS "case ${CASE}: rejected on line ${expected} as expected")
