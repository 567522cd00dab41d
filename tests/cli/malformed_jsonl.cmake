# A malformed JSON Lines article is reported with its file and line and
# skipped; the rest of the stream is read, and nothing read is lost. With
# --strict, reading stops at the bad line.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

file(STRINGS "${DATA}/wire.jsonl" wire ENCODING UTF-8)
list(GET wire 0 l1)
list(GET wire 1 l2)
list(GET wire 2 l3)
# line 3 is broken JSON, line 4 has no text, line 6 is blank, 7 is fine
file(WRITE "${WORK}/feed.jsonl" "${l1}\n${l2}\n{\"id\": \"broken\", \"text\": \"unterminated\n{\"id\": \"notext\"}\n${l3}\n\n{\"text\": \"The minister said no.\"}\n")

run(lenient graph --format jsonl feed.jsonl)
expect_rc(lenient 1)
expect_contains("bad line named" "${lenient_err}" "feed.jsonl:3:")
expect_contains("missing text named" "${lenient_err}" "feed.jsonl:4:")
expect_contains("missing text explained" "${lenient_err}" "text")
foreach(key wire-001 wire-002 wire-003 feed:7)
  expect_contains("article kept" "${lenient_out}" "\"key\":\"${key}\"")
endforeach()
expect_not_contains("bad line skipped" "${lenient_out}" "broken")

# The same stream on standard input.
run(piped graph --format jsonl INPUT_FILE "${WORK}/feed.jsonl")
expect_rc(piped 1)
expect_contains("stdin line named" "${piped_err}" "standard input:3:")
expect_contains("stdin article kept" "${piped_out}" "stdin:7")

run(strict graph --strict --format jsonl feed.jsonl)
expect_rc(strict 1)
expect_contains("strict: read before the bad line" "${strict_out}" "wire-002")
expect_not_contains("strict: stopped at the bad line" "${strict_out}" "wire-003")

# A merged graph is still written when some lines fail.
run(merged graph feed.jsonl -o merged.json)
expect_rc(merged 1)
read_work(merged merged.json)
json_length(n "${merged}" articles)
if(NOT n EQUAL 4)
  message(FATAL_ERROR "the merged graph holds ${n} articles, expected the 4 good ones")
endif()

# A saved graph with a bad line: merge names it and keeps the rest.
run(lines graph --format jsonl "${DATA}/articles" -o parts.jsonl)
expect_rc(lines 0)
file(READ "${WORK}/parts.jsonl" parts)
file(WRITE "${WORK}/parts-bad.jsonl" "${parts}{\"claims\": [{\"speaker\": 99}]}\nnot json\n")
run(merge_bad merge parts-bad.jsonl -o m.json)
expect_rc(merge_bad 1)
expect_contains("merge: bad graph line" "${merge_bad_err}" "parts-bad.jsonl:6:")
expect_contains("merge: bad graph line" "${merge_bad_err}" "parts-bad.jsonl:7:")
read_work(m m.json)
json_length(n "${m}" articles)
if(NOT n EQUAL 5)
  message(FATAL_ERROR "merge kept ${n} articles, expected 5")
endif()

# A number out of range costs its line only, in articles and in graphs.
file(WRITE "${WORK}/overflow.jsonl" "${l1}\n{\"text\": \"x\", \"n\": 1e400}\n${l2}\n")
run(overflow graph --format jsonl overflow.jsonl)
expect_rc(overflow 1)
expect_contains("overflow: line named" "${overflow_err}" "overflow.jsonl:2:")
expect_contains("overflow: reason given" "${overflow_err}" "1e400")
foreach(key wire-001 wire-002)
  expect_contains("overflow: article kept" "${overflow_out}" "\"key\":\"${key}\"")
endforeach()
file(WRITE "${WORK}/parts-overflow.jsonl" "${parts}{\"version\": 1, \"n\": 1e400}\n")
run(merge_overflow merge parts-overflow.jsonl -o mo.json)
expect_rc(merge_overflow 1)
expect_contains("merge: overflow line named" "${merge_overflow_err}" "parts-overflow.jsonl:6:")
read_work(mo mo.json)
json_length(n "${mo}" articles)
if(NOT n EQUAL 5)
  message(FATAL_ERROR "merge kept ${n} articles past a number out of range, expected 5")
endif()

# A document nested 100,000 deep is refused with a message, not a crash.
string(REPEAT "[" 100000 open)
string(REPEAT "]" 100000 close)
file(WRITE "${WORK}/deep.json" "{\"version\":${open}${close}}")
foreach(cmd merge query)
  run(deep_${cmd} ${cmd} deep.json)
  expect_rc(deep_${cmd} 1)
  expect_contains("deep: ${cmd} explains" "${deep_${cmd}_err}" "nested deeper than")
endforeach()

# Bytes that are not UTF-8 in a text file: replaced, with a warning, so
# the graph's JSON stays valid and its spans exact.
string(ASCII 233 e_acute)
file(WRITE "${WORK}/latin1.txt" "The mayor said the caf${e_acute} would stay open.")
run(latin1 graph latin1.txt -o latin1.json)
expect_rc(latin1 0)
expect_contains("not UTF-8: warned" "${latin1_err}" "not valid UTF-8")
read_work(latin1 latin1.json)
expect_json("not UTF-8: valid JSON" "${latin1}")
run(latin1_quiet graph --quiet latin1.txt -o latin1.json)
if(NOT latin1_quiet_err STREQUAL "")
  message(FATAL_ERROR "--quiet still warned:\n${latin1_quiet_err}")
endif()

# A huge malformed line is named with a short excerpt, not copied into the
# message, even with -q (errors are always shown).
string(REPEAT "blah " 200000 filler)
file(WRITE "${WORK}/huge.jsonl" "{\"text\": \"${filler}\n${l1}\n")
run(huge graph -q --format jsonl huge.jsonl)
expect_rc(huge 1)
expect_contains("huge bad line named" "${huge_err}" "huge.jsonl:1:")
string(LENGTH "${huge_err}" huge_err_bytes)
if(huge_err_bytes GREATER 1000)
  message(FATAL_ERROR "the message for a 1 MB bad line is ${huge_err_bytes} bytes")
endif()
expect_contains("the line after it kept" "${huge_out}" "wire-001")
