#include <whosaid/extract.hpp>
#include <whosaid/io/json_reader.hpp>
#include <whosaid/io/jsonl.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <iterator>
#include <sstream>
#include <string>

#include "io_sample_graph.hpp"

using namespace whosaid;
using whosaid_test::same_graph;
using whosaid_test::sample_graph;

namespace {
std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream is(s);
  for (std::string line; std::getline(is, line);) out.push_back(line);
  return out;
}
}  // namespace

TEST_SUITE("io/jsonl") {
  TEST_CASE("one line per article, each a graph document of that article alone") {
    sample_graph s;
    std::string out;
    write_jsonl(out, s.g);
    auto lines = lines_of(out);
    REQUIRE(lines.size() == 2);
    CHECK(out.back() == '\n');
    auto first = nlohmann::json::parse(lines[0]);
    auto second = nlohmann::json::parse(lines[1]);
    CHECK(first["articles"][0]["key"] == "harbour-2031");
    CHECK(first["claims"].size() == 4);
    CHECK(second["articles"].size() == 1);
    CHECK(second["claims"].size() == 1);
    CHECK(second["actors"].size() == 2);
  }

  TEST_CASE("merging the lines in order rebuilds the graph") {
    sample_graph s(true);
    std::string out;
    write_jsonl(out, s.g);
    graph back = read_graph_jsonl(out);
    CHECK(same_graph(back, s.g));
  }

  TEST_CASE("names that differ only in invalid bytes are one actor, before the round trip and after") {
    graph g;
    whosaid::extractor x;
    for (const char* text : {"Carl\xff\xfe said the port was shut.", "Carl\xfe\xff said the port would reopen."}) {
      graph::article_type a;
      a.text = text;
      x.extract_into(g, std::move(a));
    }
    REQUIRE(g.claim_count() == 2);
    CHECK(g.actor_count() == 1);
    std::string out;
    write_jsonl(out, g);
    graph back = read_graph_jsonl(out);
    CHECK(back.actor_count() == g.actor_count());
    CHECK(back.claim_count() == g.claim_count());
    CHECK(back.actors().front().name == g.actors().front().name);
  }

  TEST_CASE("a one-article graph is written whole, actors nobody cites included") {
    graph g;
    g.add_article(std::string("Nobody said anything."));
    g.add_actor("Nobody", actor_kind::person);
    std::string out;
    write_jsonl(out, g);
    CHECK(read_graph_jsonl(out).actor_count() == 1);
  }

  TEST_CASE("the streaming writer appends one line per article of each part") {
    sample_graph s;
    std::ostringstream os;
    jsonl_writer<std::ostreambuf_iterator<char>> w{std::ostreambuf_iterator<char>(os)};
    w.write(s.g);
    graph empty;
    w.write(empty);
    w.write(s.g);
    CHECK(w.lines() == 4);
    CHECK(lines_of(os.str()).size() == 4);
    graph back = read_graph_jsonl(os.str());
    CHECK(back.article_count() == 4);
    CHECK(back.claim_count() == 10);
    // the same people across the parts are one actor
    CHECK(back.actor_count() == s.g.actor_count() + 1);  // + the second anonymous official
  }

  TEST_CASE("a bad line in graph JSON Lines names its line") {
    sample_graph s;
    std::string out;
    write_jsonl(out, s.g);
    out += "\n{\"claims\":[{\"speaker\":0}]}\n";
    try {
      (void)read_graph_jsonl(out);
      FAIL("no exception");
    } catch (const parse_error& e) {
      CHECK(e.line() == 4);
    }
  }
}
