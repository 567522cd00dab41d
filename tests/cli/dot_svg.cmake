# Graphviz renders the DOT output (skipped where graphviz is not installed).
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

if(NOT DOT)
  message("SKIPPED: graphviz's dot is not installed")
  return()
endif()
run(dot graph --format dot "${DATA}/articles" "${DATA}/wire.jsonl" -o g.dot)
expect_rc(dot 0)
execute_process(COMMAND "${DOT}" -Tsvg g.dot -o g.svg WORKING_DIRECTORY "${WORK}"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
  message(FATAL_ERROR "dot -Tsvg failed (${rc}):\n${err}")
endif()
read_work(svg g.svg)
expect_contains("svg" "${svg}" "<svg")
expect_contains("svg" "${svg}" "Mara Delgado")
