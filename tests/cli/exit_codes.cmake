# Exit codes: 0 all good, 1 some inputs failed, 2 usage error; a failed input
# is named on standard error and the others are still read.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

run(help --help)
expect_rc(help 0)
expect_contains("--help" "${help_out}" "extract")

run(none)
expect_rc(none 2)
run(unknown frobnicate)
expect_rc(unknown 2)
run(bad_option extract --no-such-option)
expect_rc(bad_option 2)
run(bad_format graph --format pdf "${DATA}/articles")
expect_rc(bad_format 2)
run(neo4j_no_dir graph --format neo4j "${DATA}/articles")
expect_rc(neo4j_no_dir 2)
expect_contains("neo4j without -o" "${neo4j_no_dir_err}" "-o DIR")
run(merge_nothing merge)
expect_rc(merge_nothing 2)
run(bad_jobs graph -j -3 "${DATA}/articles")
expect_rc(bad_jobs 2)

run(good extract "${DATA}/articles/museum-reopens.txt")
expect_rc(good 0)
if(NOT good_err STREQUAL "")
  message(FATAL_ERROR "a clean run wrote to standard error (it is not a terminal):\n${good_err}")
endif()

# One missing file among good ones: named, the rest extracted, exit 1.
run(missing extract --format jsonl "${DATA}/articles/museum-reopens.txt" "${WORK}/no-such-file.txt"
    "${DATA}/articles/port-strike-deal.txt")
expect_rc(missing 1)
expect_contains("missing file" "${missing_err}" "no-such-file.txt")
expect_contains("missing file, first article" "${missing_out}" "museum-reopens")
expect_contains("missing file, last article" "${missing_out}" "port-strike-deal")
# ... and with --strict, reading stops there but nothing read before is lost.
run(strict extract --strict --format jsonl "${DATA}/articles/museum-reopens.txt" "${WORK}/no-such-file.txt"
    "${DATA}/articles/port-strike-deal.txt")
expect_rc(strict 1)
expect_contains("strict, first article" "${strict_out}" "museum-reopens")
expect_not_contains("strict, last article" "${strict_out}" "port-strike-deal")

# An output that cannot be written is a failure too.
run(unwritable graph "${DATA}/articles" -o "${WORK}/no/such/dir/out.json")
expect_rc(unwritable 1)
expect_contains("unwritable output" "${unwritable_err}" "out.json")

# A query for a name the graph does not hold.
run(save graph "${DATA}/articles" -o g.json)
expect_rc(save 0)
run(nobody query g.json --said-by "Zebulon Quartermaine")
expect_rc(nobody 1)
expect_contains("unknown name" "${nobody_err}" "Zebulon Quartermaine")
run(bad_kind query g.json --kind rumour)
expect_rc(bad_kind 2)

# A directory walk reports every path it cannot use: a broken link and a FIFO
# under article names are failures (exit 1, and --strict stops), a link to a
# directory is not followed (it could loop) and is a warning; the good files
# are still read.
file(MAKE_DIRECTORY "${WORK}/tree/sub")
file(COPY "${DATA}/articles/museum-reopens.txt" DESTINATION "${WORK}/tree/sub")
file(CREATE_LINK "${WORK}/no-such-target.txt" "${WORK}/tree/broken.txt" SYMBOLIC)
file(CREATE_LINK "${WORK}/tree" "${WORK}/tree/sub/loop" SYMBOLIC)
find_program(MKFIFO mkfifo)
if(MKFIFO)
  execute_process(COMMAND "${MKFIFO}" "${WORK}/tree/pipe.txt")
endif()
run(tree graph "${WORK}/tree")
expect_rc(tree 1)
expect_contains("broken link named" "${tree_err}" "broken.txt")
expect_contains("link to a directory named" "${tree_err}" "loop")
expect_contains("good file still read" "${tree_out}" "museum-reopens")
if(MKFIFO)
  expect_contains("FIFO named" "${tree_err}" "pipe.txt")
endif()
run(tree_strict graph --strict "${WORK}/tree")
expect_rc(tree_strict 1)

# A write that fails says why, and leaves no incomplete file behind to pass
# for a result; a device named by -o is not removed.
if(EXISTS /dev/full)
  run(full graph "${DATA}/articles" -o /dev/full)
  expect_rc(full 1)
  expect_contains("full disk explained" "${full_err}" "No space left on device")
  if(NOT EXISTS /dev/full)
    message(FATAL_ERROR "/dev/full was removed")
  endif()
endif()
find_program(SH sh)
if(SH AND UNIX)
  # A file size limit of one block, with SIGXFSZ ignored so the write fails.
  execute_process(COMMAND "${SH}" -c "trap '' XFSZ; ulimit -f 1 && exec \"$0\" graph \"$1\" -o \"$2\""
                          "${WHOSAID}" "${DATA}/articles" "${WORK}/limited.json"
                  WORKING_DIRECTORY "${WORK}" ERROR_VARIABLE limited_err RESULT_VARIABLE limited_rc)
  expect_rc(limited 1)
  expect_contains("size limit explained" "${limited_err}" "File too large")
  if(EXISTS "${WORK}/limited.json")
    message(FATAL_ERROR "an incomplete output file was left behind")
  endif()
endif()

# An input with no end is bounded: /dev/zero is refused at the limit for one
# article (1 GiB) with an error, in bounded memory, and the next input is
# still read.
if(EXISTS /dev/zero)
  run(endless extract --format jsonl /dev/zero "${DATA}/articles/museum-reopens.txt")
  expect_rc(endless 1)
  expect_contains("endless input named" "${endless_err}" "/dev/zero: larger than the limit")
  expect_contains("next input still read" "${endless_out}" "museum-reopens")
endif()
