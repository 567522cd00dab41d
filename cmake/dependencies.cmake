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

# nlohmann/json is needed only by <whosaid/io/json_reader.hpp>, which the
# tests, the fuzzers and the command-line tool use; the core whosaid::whosaid target never
# links it. whosaid::json adds it for users who want the reader, when
# nlohmann_json is available (found here, or by the parent project).
if(WHOSAID_BUILD_TESTS OR WHOSAID_BUILD_TOOLS OR WHOSAID_BUILD_FUZZERS)
  find_package(nlohmann_json 3.2 QUIET)
  if(NOT nlohmann_json_FOUND AND NOT TARGET nlohmann_json::nlohmann_json)
    message(STATUS "whosaid: nlohmann_json not found, fetching it")
    FetchContent_Declare(nlohmann_json
      URL https://github.com/nlohmann/json/releases/download/v3.11.3/json.tar.xz)
    FetchContent_MakeAvailable(nlohmann_json)
  endif()
endif()
if(TARGET nlohmann_json::nlohmann_json)
  add_library(whosaid_json INTERFACE)
  add_library(whosaid::json ALIAS whosaid_json)
  target_link_libraries(whosaid_json INTERFACE whosaid nlohmann_json::nlohmann_json)
endif()
