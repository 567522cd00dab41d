# A doctest case whose name holds ';' is split by CTest's list syntax when
# doctest_discover_tests registers it: its filter then matches no case and
# the test "passes" having run nothing. This check fails on such a name.
# Usage: cmake -DDIR=<tests folder> -P test_names.cmake
file(GLOB sources "${DIR}/*.cpp")
set(bad "")
foreach(src IN LISTS sources)
  file(READ "${src}" body)
  string(REGEX MATCHALL "TEST_CASE\\(\"[^\"\n]*\"" cases "${body}")
  # MATCHALL returns a list: a name with ';' becomes extra items that do
  # not start with TEST_CASE.
  foreach(item IN LISTS cases)
    if(NOT item MATCHES "^TEST_CASE\\(\"")
      get_filename_component(name "${src}" NAME)
      list(APPEND bad "${name}: ...${item}")
    endif()
  endforeach()
endforeach()
if(bad)
  list(JOIN bad "\n  " shown)
  message(FATAL_ERROR "test case names with ';' (CTest would run nothing for them):\n  ${shown}")
endif()
