# Runs the README's example and compares what it prints with the output the
# README shows, so the README never shows output the code does not produce.
#   cmake -DPROGRAM=<readme example> -DREADME=<README.md> -P check_readme_output.cmake
file(READ ${README} readme)
string(FIND "${readme}" "prints (this is" start)
if(start EQUAL -1)
  message(FATAL_ERROR "README.md has no example output block")
endif()
string(SUBSTRING "${readme}" ${start} -1 rest)
string(FIND "${rest}" "```\n" open)
math(EXPR open "${open} + 4")
string(SUBSTRING "${rest}" ${open} -1 rest)
string(FIND "${rest}" "```" close)
string(SUBSTRING "${rest}" 0 ${close} expected)

execute_process(COMMAND ${PROGRAM} OUTPUT_VARIABLE actual RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${rc})")
endif()
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "The README's example output is out of date. The program prints:\n${actual}\nThe README shows:\n${expected}")
endif()
