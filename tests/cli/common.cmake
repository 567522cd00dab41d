# Helpers for the command-line tests, which run as `cmake -P` scripts so
# they need nothing but CMake. Each script gets:
#   WHOSAID  the tool      DATA  tests/data      WORK  a scratch directory
#   SHARED   ../shared, when it exists
cmake_minimum_required(VERSION 3.19)  # string(JSON)

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

# run(<prefix> <args>...): runs the tool in WORK; sets <prefix>_out,
# <prefix>_err and <prefix>_rc. INPUT_FILE <f> feeds standard input.
function(run prefix)
  cmake_parse_arguments(PARSE_ARGV 1 R "" "INPUT_FILE" "")
  set(extra)
  if(R_INPUT_FILE)
    set(extra INPUT_FILE "${R_INPUT_FILE}")
  endif()
  execute_process(COMMAND "${WHOSAID}" ${R_UNPARSED_ARGUMENTS}
    WORKING_DIRECTORY "${WORK}"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc ${extra})
  set(${prefix}_out "${out}" PARENT_SCOPE)
  set(${prefix}_err "${err}" PARENT_SCOPE)
  set(${prefix}_rc "${rc}" PARENT_SCOPE)
endfunction()

function(expect_rc prefix expected)
  if(NOT "${${prefix}_rc}" STREQUAL "${expected}")
    message(FATAL_ERROR "${prefix}: exit code ${${prefix}_rc}, expected ${expected}\nstderr:\n${${prefix}_err}")
  endif()
endfunction()

function(expect_contains what text needle)
  string(FIND "${text}" "${needle}" pos)
  if(pos EQUAL -1)
    message(FATAL_ERROR "${what}: expected to find '${needle}' in:\n${text}")
  endif()
endfunction()

function(expect_not_contains what text needle)
  string(FIND "${text}" "${needle}" pos)
  if(NOT pos EQUAL -1)
    message(FATAL_ERROR "${what}: did not expect '${needle}' in:\n${text}")
  endif()
endfunction()

function(expect_same_file what a b)
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${WORK}/${a}" "${WORK}/${b}" RESULT_VARIABLE diff)
  if(NOT diff EQUAL 0)
    message(FATAL_ERROR "${what}: ${a} and ${b} differ")
  endif()
endfunction()

# expect_json(<what> <text> [<out_var>]): the text is one JSON document.
function(expect_json what text)
  string(JSON type ERROR_VARIABLE err TYPE "${text}")
  if(err)
    message(FATAL_ERROR "${what}: not one JSON document (${err}):\n${text}")
  endif()
endfunction()

# json_length(<var> <json> <member>...): the length of an array in a document.
function(json_length var json)
  string(JSON n ERROR_VARIABLE err LENGTH "${json}" ${ARGN})
  if(err)
    message(FATAL_ERROR "json_length ${ARGN}: ${err}")
  endif()
  set(${var} ${n} PARENT_SCOPE)
endfunction()

function(json_get var json)
  string(JSON v ERROR_VARIABLE err GET "${json}" ${ARGN})
  if(err)
    message(FATAL_ERROR "json_get ${ARGN}: ${err}")
  endif()
  set(${var} "${v}" PARENT_SCOPE)
endfunction()

function(read_work var name)
  file(READ "${WORK}/${name}" content)
  set(${var} "${content}" PARENT_SCOPE)
endfunction()
