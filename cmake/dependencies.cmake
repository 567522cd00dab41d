# Third-party libraries: the system's package first (find_package), a pinned
# FetchContent download as the fallback for machines that lack it.
include(FetchContent)

find_package(fmt 8 QUIET)
if(NOT fmt_FOUND)
  message(STATUS "whosaid: {fmt} not found, fetching it")
  FetchContent_Declare(fmt
    GIT_REPOSITORY https://github.com/fmtlib/fmt.git
    GIT_TAG 10.2.1)
  FetchContent_MakeAvailable(fmt)
endif()

# doctest is needed only by the tests.
if(WHOSAID_BUILD_TESTS)
  find_package(doctest QUIET)
  if(NOT doctest_FOUND)
    message(STATUS "whosaid: doctest not found, fetching it")
    FetchContent_Declare(doctest
      GIT_REPOSITORY https://github.com/doctest/doctest.git
      GIT_TAG v2.4.11)
    FetchContent_MakeAvailable(doctest)
    list(APPEND CMAKE_MODULE_PATH ${doctest_SOURCE_DIR}/scripts/cmake)
  endif()
endif()
