// libFuzzer target: arbitrary bytes through whosaid::extract and back
// through the graph document: written, read back and written again, it must
// be the same text, byte for byte (so it is well-formed JSON, every value
// survives, and the reader accepts all the writer writes), besides the
// extractor's invariants (fuzz_checks.hpp). One extraction, one write-read-
// write per input: the least that tests the round trip, for speed.
// Determinism, the article document and JSON Lines are left to the unit and
// hostile-input tests; merge order is not checked (merge is not yet a reduce
// in every case).
//
// Built like extract_fuzzer.cpp; its replay runs over fuzz/corpus/extract/
// (shared seeds) and fuzz/corpus/roundtrip/ (what it found).
#include <whosaid/extract.hpp>
#include <whosaid/io/json_reader.hpp>
#include <whosaid/io/json_writer.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "fuzz_checks.hpp"

using whosaid_fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const whosaid::graph g = whosaid::extract(text);
  whosaid_fuzz::check_graph(g, text);
  std::string once;
  whosaid::write_graph_json(once, g);
  std::string twice;
  try {
    whosaid::write_graph_json(twice, whosaid::read_graph_json(once));
  } catch (const whosaid::error& e) {
    std::fprintf(stderr, "roundtrip_fuzzer: %s\n", e.what());
    fail("the graph document the library wrote does not read back");
  }
  if (twice != once) fail("the graph document changes when read back and written again");
  return 0;
}
