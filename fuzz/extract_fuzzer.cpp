// libFuzzer target: arbitrary bytes through whosaid::extract, then checks on
// what comes out. A failed check aborts, which libFuzzer reports as a crash
// with the input that caused it.
//
// Checks, beyond "does not crash, leak or trip a sanitizer": every span of
// every claim and relation lies inside the article text, every id refers to
// an actor the graph holds, and every actor has a name. One extraction per
// input and nothing else, for speed; writing, reading back and determinism
// are roundtrip_fuzzer.cpp's.
//
// Built two ways (fuzz/CMakeLists.txt): as a libFuzzer binary with
// WHOSAID_BUILD_FUZZERS=ON, and in every test build as a plain replay over
// the saved corpus in fuzz/corpus/extract/ (replay_main.cpp).
#include <whosaid/extract.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  whosaid_fuzz::check_graph(whosaid::extract(text), text);
  return 0;
}
