# Configures, builds and runs a small project in a directory of its own: the
# driver of the consumer tests and of the header check under another
# compiler. Run by ctest as
#
#   cmake -DSOURCE_DIR=<project> -DBINARY_DIR=<dir> -DGENERATOR=<gen>
#         [-DOPTIONS=-DA=1|-DB=2] [-DRUN=<program>] [-DJOBS=<n>]
#         [-DINSTALL_FROM=<whosaid build> -DINSTALL_PREFIX=<dir>]
#         -P build_and_run.cmake
#
# OPTIONS are separated by "|" because ";" would split them on the way in.
# With INSTALL_FROM, whosaid's headers and package files are first installed
# from that build tree into a fresh INSTALL_PREFIX (the find_package test).
foreach(var SOURCE_DIR BINARY_DIR GENERATOR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "build_and_run.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT DEFINED JOBS)
  set(JOBS 1)
endif()

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}): ${ARGN}")
  endif()
endfunction()

if(DEFINED INSTALL_FROM)
  file(REMOVE_RECURSE ${INSTALL_PREFIX})
  run("install" ${CMAKE_COMMAND} --install ${INSTALL_FROM} --component whosaid_development
      --prefix ${INSTALL_PREFIX})
endif()

string(REPLACE "|" ";" options "${OPTIONS}")
run("configure" ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G ${GENERATOR} ${options})
run("build" ${CMAKE_COMMAND} --build ${BINARY_DIR} --parallel ${JOBS})
if(DEFINED RUN)
  run("run" ${BINARY_DIR}/${RUN})
endif()
