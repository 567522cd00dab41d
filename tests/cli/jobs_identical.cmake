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

# A thread that cannot be started leaves the work to the threads there are:
# the same output, a warning, exit 0. (Here each thread's stack, as large as
# the stack limit, does not fit under the address-space limit; a sanitized
# build cannot run under such a limit at all, and skips this.)
find_program(SH sh)
if(SH AND UNIX)
  execute_process(COMMAND "${SH}" -c "ulimit -s 1000000 && ulimit -v 600000 && exec \"$0\" graph -j 2 \"$1\" \"$2\" -o \"$3\""
                          "${WHOSAID}" "${DATA}/articles" "${DATA}/wire.jsonl" "${WORK}/limited.out"
                  WORKING_DIRECTORY "${WORK}" ERROR_VARIABLE limited_err RESULT_VARIABLE limited_rc)
  if(limited_err MATCHES "Sanitizer")
    message(STATUS "no thread-limit check under a sanitizer")
  else()
    expect_rc(limited 0)
    expect_contains("thread fallback warned" "${limited_err}" "cannot start another thread")
    expect_same_file("graph with threads that cannot start" json-j1.out limited.out)
  endif()
endif()
