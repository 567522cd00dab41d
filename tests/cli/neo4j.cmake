# --format neo4j writes the four CSV files neo4j-admin imports, headers first.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

run(csv graph --format neo4j "${DATA}/articles" "${DATA}/wire.jsonl" -o csv)
expect_rc(csv 0)
foreach(pair "actors.csv|actorId:ID,name,kind,aliases:string[],anonymous:boolean,:LABEL"
             "articles.csv|articleId:ID,key,headline,outlet,url,published,:LABEL"
             "claims.csv|:START_ID,:END_ID,:TYPE,claimId:long,kind,cue,content,via,article,spanBegin:long,spanEnd:long"
             "relations.csv|:START_ID,:END_ID,:TYPE,relationId:long,label,article,spanBegin:long,spanEnd:long")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 name)
  list(GET pair 1 header)
  if(NOT EXISTS "${WORK}/csv/${name}")
    message(FATAL_ERROR "--format neo4j did not write ${name}")
  endif()
  file(STRINGS "${WORK}/csv/${name}" first LIMIT_COUNT 1)
  if(NOT first STREQUAL header)
    message(FATAL_ERROR "${name} starts with '${first}'")
  endif()
endforeach()
file(READ "${WORK}/csv/articles.csv" articles)
expect_contains("articles.csv" "${articles}" "\"wire-001\",\"Rail operator cuts night trains\",\"Test Wire\"")
file(READ "${WORK}/csv/actors.csv" actors)
expect_contains("actors.csv" "${actors}" "\"Mara Delgado\",\"person\"")

# The same files from a saved graph.
run(save graph "${DATA}/articles" "${DATA}/wire.jsonl" -o g.json)
run(again merge g.json --format neo4j -o csv2)
expect_rc(again 0)
foreach(name actors.csv articles.csv claims.csv relations.csv)
  expect_same_file("neo4j from a saved graph" csv/${name} csv2/${name})
endforeach()
