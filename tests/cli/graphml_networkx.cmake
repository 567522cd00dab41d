# networkx reads the GraphML output with its typed attributes (skipped where
# Debian's python3-networkx is not installed).
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

run(g graph --format graphml "${DATA}/articles" "${DATA}/wire.jsonl" -o g.graphml)
expect_rc(g 0)
run(j graph "${DATA}/articles" "${DATA}/wire.jsonl" -o g.json)
expect_rc(j 0)
execute_process(COMMAND "${PYTHON}" "${CMAKE_CURRENT_LIST_DIR}/check_graphml.py" g.graphml g.json
  WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 77)
  message("SKIPPED: ${out}")
  return()
endif()
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "networkx check failed (${rc}):\n${out}${err}")
endif()
message("${out}")
