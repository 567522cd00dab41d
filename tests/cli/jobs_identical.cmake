# -j N extracts in parallel; the output is byte for byte the same for any N.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

foreach(format json jsonl dot graphml)
  foreach(jobs 1 2 3 0)
    run(g${jobs} graph -j ${jobs} --format ${format} "${DATA}/articles" "${DATA}/wire.jsonl" -o ${format}-j${jobs}.out)
    expect_rc(g${jobs} 0)
  endforeach()
  foreach(jobs 2 3 0)
    expect_same_file("graph --format ${format} -j ${jobs}" ${format}-j1.out ${format}-j${jobs}.out)
  endforeach()
endforeach()

# The same from standard input.
file(READ "${DATA}/wire.jsonl" wire)
file(WRITE "${WORK}/twice.jsonl" "${wire}${wire}${wire}")
run(s1 graph -j 1 INPUT_FILE "${WORK}/twice.jsonl")
run(s2 graph -j 2 INPUT_FILE "${WORK}/twice.jsonl")
expect_rc(s1 0)
if(NOT s1_out STREQUAL s2_out)
  message(FATAL_ERROR "graph from standard input differs between -j 1 and -j 2")
endif()

run(e1 extract -j 1 --format jsonl "${DATA}/articles" "${DATA}/wire.jsonl")
run(e2 extract -j 2 --format jsonl "${DATA}/articles" "${DATA}/wire.jsonl")
expect_rc(e2 0)
if(NOT e1_out STREQUAL e2_out)
  message(FATAL_ERROR "extract differs between -j 1 and -j 2")
endif()
