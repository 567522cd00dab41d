# What a newcomer meets first: help that reads as words, a hint when text
# goes where JSON Lines is read, a project folder that can be graphed twice,
# and no answer printed under an error.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

# --input lists its words, not CLI11's mapping to numbers.
run(help extract --help)
expect_rc(help 0)
expect_contains("extract --help" "${help_out}" "auto|text|json|jsonl")
expect_not_contains("extract --help" "${help_out}" "->")
run(bad_input extract --input bogus "${DATA}/articles/museum-reopens.txt")
expect_rc(bad_input 2)
expect_not_contains("--input bogus" "${bad_input_err}" "->")
run(upper_input extract --input TEXT "${DATA}/articles/museum-reopens.txt")
expect_rc(upper_input 0)

# Plain text piped to graph: each line fails, and the first says why, once.
file(WRITE "${WORK}/story.txt" "Ana Lind said the harbour would flood.\n\nBo Ek said it would not.\n")
run(piped graph INPUT_FILE "${WORK}/story.txt")
expect_rc(piped 1)
expect_contains("text on standard input" "${piped_err}" "--input text")
string(REGEX MATCHALL "--input text" hints "${piped_err}")
list(LENGTH hints n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "the hint was given ${n} times:\n${piped_err}")
endif()
run(piped_text graph --input text INPUT_FILE "${WORK}/story.txt")
expect_rc(piped_text 0)

# A folder graphed into itself, twice: the second run skips its own output.
file(MAKE_DIRECTORY "${WORK}/proj")
file(COPY "${DATA}/articles/museum-reopens.txt" "${DATA}/articles/port-strike-deal.txt" DESTINATION "${WORK}/proj")
run(once graph proj -o proj/news.json)
expect_rc(once 0)
file(RENAME "${WORK}/proj/news.json" "${WORK}/first.json")
run(again graph proj -o proj/news.json)
expect_rc(again 0)
run(thrice graph proj -o proj/news.json)
expect_rc(thrice 0)
expect_contains("own output" "${thrice_err}" "a saved graph, not an article")
expect_same_file("graphed twice" first.json proj/news.json)

# A query whose only input cannot be read prints no "(no claims)".
run(nosuch query no-such-graph.json)
expect_rc(nosuch 1)
expect_contains("missing graph" "${nosuch_err}" "no-such-graph.json")
expect_not_contains("missing graph" "${nosuch_out}" "no claims")
