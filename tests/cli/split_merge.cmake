# Extracting two halves of a corpus separately and merging the saved graphs
# gives the graph of one run; so does merging the JSON Lines of per-article
# graphs (the map and reduce steps), and reading a graph back and writing it
# again changes nothing.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

set(a "${DATA}/articles")
run(all graph "${a}/chip-plant-opening.txt" "${a}/museum-reopens.txt" "${a}/port-strike-deal.txt"
    "${a}/port-strike-talks.txt" "${a}/water-board-warning.txt" "${DATA}/wire.jsonl" -o all.json)
expect_rc(all 0)
run(first graph "${a}/chip-plant-opening.txt" "${a}/museum-reopens.txt" "${a}/port-strike-deal.txt" -o first.json)
run(second graph "${a}/port-strike-talks.txt" "${a}/water-board-warning.txt" "${DATA}/wire.jsonl" -o second.json)
expect_rc(first 0)
expect_rc(second 0)
run(merged merge first.json second.json -o merged.json)
expect_rc(merged 0)
expect_same_file("split and merge" all.json merged.json)

# The same actor across articles is one node: Mara Delgado speaks in three.
read_work(all all.json)
string(REGEX MATCHALL "\"name\":\"Mara Delgado\"" delgado "${all}")
list(LENGTH delgado n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "Mara Delgado is ${n} actors in the merged graph")
endif()

# Map (one graph per article, streamed) then reduce.
run(map graph --format jsonl "${a}/chip-plant-opening.txt" "${a}/museum-reopens.txt" "${a}/port-strike-deal.txt"
    "${a}/port-strike-talks.txt" "${a}/water-board-warning.txt" "${DATA}/wire.jsonl" -o parts.jsonl)
expect_rc(map 0)
run(reduce merge parts.jsonl -o reduced.json)
expect_rc(reduce 0)
expect_same_file("map and reduce" all.json reduced.json)
# Several graph documents concatenated in one file are merged in order.
file(READ "${WORK}/first.json" f)
file(READ "${WORK}/second.json" s)
file(WRITE "${WORK}/both.ndjson" "${f}${s}")
run(both merge both.ndjson -o both.json)
expect_rc(both 0)
expect_same_file("concatenated graphs" all.json both.json)
run(piped merge - -o piped.json INPUT_FILE "${WORK}/parts.jsonl")
expect_rc(piped 0)
expect_same_file("merge from standard input" all.json piped.json)

# Round trip: read the graph, write it again.
run(again merge all.json -o again.json)
expect_rc(again 0)
expect_same_file("read and write again" all.json again.json)
run(lines merge all.json --format jsonl -o again.jsonl)
run(back merge again.jsonl -o back.json)
expect_rc(back 0)
expect_same_file("whole graph through JSON Lines" all.json back.json)
