#include <whosaid/io/dot.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <string>

#include "io_sample_graph.hpp"

using namespace whosaid;
using whosaid_test::sample_graph;

namespace {
std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}
}  // namespace

TEST_SUITE("io/dot") {
  TEST_CASE("actors are nodes styled by kind") {
    sample_graph s;
    std::string out;
    write_dot(out, s.g);
    CHECK(out.rfind("digraph whosaid {\n", 0) == 0);
    CHECK(out.find("a0 [label=\"Zoë Ålund\", shape=ellipse") != std::string::npos);
    CHECK(out.find("a1 [label=\"port authority\", shape=box") != std::string::npos);
    CHECK(out.find("a3 [label=\"Harbour Radio\", shape=note") != std::string::npos);
    CHECK(out.find("style=\"filled,dashed\"") != std::string::npos);  // the anonymous official
    CHECK(out.substr(out.size() - 2) == "}\n");
  }

  TEST_CASE("a claim is an edge to each actor it is about, labelled with cue and excerpt") {
    sample_graph s;
    std::string out;
    write_dot(out, s.g);
    CHECK(count(out, "a0 -> a1 [label=\"told:") == 1);
    CHECK(count(out, "a0 -> a2 [label=\"told:") == 1);
    CHECK(count(out, "a0 -> a2 [label=\"direct:") == 1);  // the continuation has no cue
    CHECK(out.find("via Harbour Radio") != std::string::npos);
    CHECK(out.find("a0 -> a5 [label=\"said:") != std::string::npos);
    // the official's claim is about nobody: no edge
    CHECK(out.find("a4 -> ") == std::string::npos);
  }

  TEST_CASE("relations are dashed edges labelled with their title") {
    sample_graph s;
    std::string out;
    write_dot(out, s.g);
    CHECK(out.find("a0 -> a2 [label=\"Mayor\", style=dashed") != std::string::npos);
    CHECK(out.find("a0 -> a5 [label=\"member\", style=dashed") != std::string::npos);
  }

  TEST_CASE("quotes, backslashes, line breaks, control bytes and invalid UTF-8 are escaped") {
    graph g;
    auto art = g.add_article(std::string("x"));
    auto a = g.add_actor(std::string("say \"hi\" \\ back\nslash\x01\t\xC3"), actor_kind::group);
    auto b = g.add_actor("B", actor_kind::unknown);
    claim c;
    c.article = art;
    c.speaker = a;
    c.about = std::vector<actor_id>{b};
    g.add_claim(c);
    std::string out;
    write_dot(out, g);
    CHECK(out.find(R"(label="say \"hi\" \\ back\nslash )" "\xEF\xBF\xBD\"") != std::string::npos);
    CHECK(out.find('\x01') == std::string::npos);
    CHECK(out.find("shape=octagon") != std::string::npos);
    CHECK(out.find("a0 -> a1 [label=\"direct: \xE2\x80\x9C\xE2\x80\x9D\"") != std::string::npos);
  }

  TEST_CASE("a long content is cut to an excerpt at a character boundary") {
    graph g;
    std::string text;
    for (int i = 0; i < 30; ++i) text += "é\n";
    auto art = g.add_article(text);
    auto a = g.add_actor("A", actor_kind::person);
    claim c;
    c.article = art;
    c.speaker = a;
    c.about = std::vector<actor_id>{a};
    c.content = {0, static_cast<std::uint32_t>(text.size())};
    g.add_claim(c);
    std::string out;
    write_dot(out, g);
    std::string expected = "\xE2\x80\x9C";
    for (int i = 0; i < 20; ++i) expected += i ? " é" : "é";
    expected += "\xE2\x80\xA6";
    CHECK(out.find(expected) != std::string::npos);
  }

  TEST_CASE("an output iterator gets the same bytes as a string") {
    sample_graph s;
    std::string a, b;
    write_dot(a, s.g);
    write_dot(std::back_inserter(b), s.g);
    CHECK(a == b);
  }
}

#include <cstdio>
#include <cstdlib>
#include <fstream>

TEST_SUITE("io/dot") {
  TEST_CASE("graphviz renders the tricky sample without a warning (where dot is installed)") {
    if (std::system("command -v dot >/dev/null 2>&1") != 0) {
      MESSAGE("skipped: graphviz's dot is not installed");
      return;
    }
    sample_graph s;
    std::string out;
    write_dot(out, s.g);
    const std::string base = "whosaid_io_dot_sample";
    std::ofstream(base + ".dot", std::ios::binary) << out;
    int rc = std::system(("dot -Tsvg " + base + ".dot -o " + base + ".svg 2>" + base + ".err").c_str());
    std::ifstream err(base + ".err");
    std::string messages((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
    CHECK(rc == 0);
    CHECK(messages.empty());
    std::ifstream svg(base + ".svg");
    std::string drawing((std::istreambuf_iterator<char>(svg)), std::istreambuf_iterator<char>());
    CHECK(drawing.find("Zoë Ålund") != std::string::npos);
    for (const char* ext : {".dot", ".svg", ".err"}) std::remove((base + ext).c_str());
  }
}
