// libFuzzer target: arbitrary bytes through every JSON reader: a graph
// document, graph JSON Lines, an article, article JSON Lines. Checks that
//  - a reader either returns or throws whosaid::parse_error: any other
//    exception escapes and libFuzzer reports it, as it does a crash or a
//    stack overflow on deep nesting;
//  - a graph that was read is one the library can write, and what it writes
//    is a fixed point: read and written again, the same text.
//
// Built like extract_fuzzer.cpp; its replay runs over fuzz/corpus/json/
// (hand-written seeds and what it found).
#include <whosaid/io/json_reader.hpp>
#include <whosaid/io/json_writer.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.hpp"

using whosaid_fuzz::fail;

namespace {

void check_written(const whosaid::graph& g) {
  std::string once;
  whosaid::write_graph_json(once, g);
  std::string twice;
  try {
    whosaid::write_graph_json(twice, whosaid::read_graph_json(once));
  } catch (const whosaid::parse_error&) {
    fail("a graph the reader accepted was written as a document it refuses");
  }
  if (twice != once) fail("a graph written, read and written again changes");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    check_written(whosaid::read_graph_json(text));
  } catch (const whosaid::parse_error&) {
  }
  try {
    check_written(whosaid::read_graph_jsonl(text));
  } catch (const whosaid::parse_error&) {
  }
  try {
    (void)whosaid::read_article_json(text);
  } catch (const whosaid::parse_error&) {
  }
  try {
    (void)whosaid::read_articles_jsonl(text);
  } catch (const whosaid::parse_error&) {
  }
  return 0;
}
