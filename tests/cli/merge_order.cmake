# Merge as a reduce: random orders and trees of the per-article graphs give
# the graph of one run (merge_order.py; needs python3): on the sample
# articles, and on the dev and dev-genres corpora where ../shared is present.
# (PolNeAR still shows a few claims that change speaker with the order; the
# README says which cases.)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

if(NOT PYTHON)
  message("SKIPPED: no python3")
  return()
endif()
set(sets samples)
set(samples_inputs "${DATA}/articles" "${DATA}/wire.jsonl" "${DATA}/../../examples/data")
foreach(corpus dev dev-genres)
  if(SHARED AND EXISTS "${SHARED}/corpus/${corpus}")
    list(APPEND sets ${corpus})
    set(${corpus}_inputs "${SHARED}/corpus/${corpus}")
  else()
    message("corpus ${corpus} not found beside the checkout: checked on the samples only")
  endif()
endforeach()
foreach(set ${sets})
  run(parts graph -q --format jsonl ${${set}_inputs} -o ${set}.jsonl)
  expect_rc(parts 0)
  execute_process(COMMAND "${PYTHON}" "${CMAKE_CURRENT_LIST_DIR}/merge_order.py" "${WHOSAID}" ${set}.jsonl
    WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${set}: merge order changes the graph (${rc}):\n${out}${err}")
  endif()
  message("${set}: ${out}")
endforeach()
