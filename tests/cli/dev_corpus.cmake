# The whole pipeline over the shared development corpus, when it is there
# (../shared beside the repository; skipped otherwise): every format is
# written, the JSON reads back to the same graph, -j does not change it, and
# split-and-merge and map-and-reduce give the graph of one run. The corpus
# is only read; nothing of it is kept in the repository.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

set(dev "${SHARED}/corpus/dev")
if(NOT SHARED OR NOT IS_DIRECTORY "${dev}")
  message("SKIPPED: ${dev} not found")
  return()
endif()
file(GLOB files LIST_DIRECTORIES false "${dev}/*.json")
list(SORT files)
list(LENGTH files n)
if(n LESS 2)
  message(FATAL_ERROR "the dev corpus holds ${n} articles")
endif()
math(EXPR half "${n} / 2")
list(SUBLIST files 0 ${half} first)
list(SUBLIST files ${half} -1 second)

run(all graph --quiet "${dev}" -o all.json)
expect_rc(all 0)
read_work(all all.json)
json_length(articles "${all}" articles)
if(NOT articles EQUAL n)
  message(FATAL_ERROR "the graph holds ${articles} of ${n} articles")
endif()
json_length(claims "${all}" claims)
json_length(actors "${all}" actors)
message("dev corpus: ${articles} articles, ${actors} actors, ${claims} claims")

run(again merge all.json -o again.json)
expect_rc(again 0)
expect_same_file("dev: read and write again" all.json again.json)

run(j2 graph --quiet -j 2 "${dev}" -o j2.json)
expect_rc(j2 0)
expect_same_file("dev: -j 2" all.json j2.json)

run(a graph --quiet ${first} -o first.json)
run(b graph --quiet ${second} -o second.json)
expect_rc(a 0)
expect_rc(b 0)
run(merged merge first.json second.json -o merged.json)
expect_rc(merged 0)
expect_same_file("dev: split and merge" all.json merged.json)

run(map graph --quiet --format jsonl "${dev}" -o parts.jsonl)
expect_rc(map 0)
run(reduce merge parts.jsonl -o reduced.json)
expect_rc(reduce 0)
expect_same_file("dev: map and reduce" all.json reduced.json)

foreach(format dot graphml)
  run(f graph --quiet --format ${format} "${dev}" -o all.${format})
  expect_rc(f 0)
endforeach()
run(csv graph --quiet --format neo4j "${dev}" -o neo4j)
expect_rc(csv 0)
if(DOT)
  execute_process(COMMAND "${DOT}" -Tsvg all.dot -o all.svg WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dot -Tsvg failed on the dev corpus graph")
  endif()
endif()

# What the scorer runs, once per article: one JSON document on stdout.
foreach(f ${files})
  run(one extract --format json "${f}")
  expect_rc(one 0)
  expect_json("extract --format json ${f}" "${one_out}")
endforeach()
