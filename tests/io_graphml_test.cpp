#include <whosaid/io/graphml.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <set>
#include <string>

#include "io_sample_graph.hpp"

using namespace whosaid;
using whosaid_test::sample_graph;

namespace {
// The values of an attribute in the document, found textually.
std::set<std::string> attribute_values(const std::string& xml, const std::string& attr) {
  std::set<std::string> out;
  std::string needle = attr + "=\"";
  for (auto p = xml.find(needle); p != std::string::npos; p = xml.find(needle, p + 1)) {
    auto b = p + needle.size();
    out.insert(xml.substr(b, xml.find('"', b) - b));
  }
  return out;
}
}  // namespace

TEST_SUITE("io/graphml") {
  TEST_CASE("every data key used is declared with a type") {
    sample_graph s;
    std::string out;
    write_graphml(out, s.g);
    CHECK(out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml", 0) == 0);
    auto declared = attribute_values(out, "<key id");
    auto used = attribute_values(out, "<data key");
    for (const auto& k : used) CHECK_MESSAGE(declared.count(k) == 1, k);
    CHECK(out.find(R"(<key id="e_span_begin" for="edge" attr.name="span_begin" attr.type="long"/>)") !=
          std::string::npos);
    CHECK(out.find(R"(<key id="v_anonymous" for="node" attr.name="anonymous" attr.type="boolean"/>)") !=
          std::string::npos);
  }

  TEST_CASE("actors are nodes, claims one edge per target with the claim id, relations edges of their own") {
    sample_graph s;
    std::string out;
    write_graphml(out, s.g);
    auto edges = attribute_values(out, "<edge id");
    CHECK(edges == std::set<std::string>{"c1.0", "c1.1", "c2.0", "c4.0", "r0", "r1"});
    CHECK(attribute_values(out, "<node id").size() == s.g.actor_count());
    CHECK(out.find(R"(<edge id="c1.1" source="a0" target="a2">)") != std::string::npos);
    CHECK(out.find("<data key=\"e_claim\">1</data>") != std::string::npos);
    CHECK(out.find("<data key=\"e_via\">Harbour Radio</data>") != std::string::npos);
    CHECK(out.find("<data key=\"e_article\">harbour-2031</data>") != std::string::npos);
    CHECK(out.find("<data key=\"e_article\">article-1</data>") != std::string::npos);  // no key
    CHECK(out.find("<data key=\"e_predicate\">member</data>") != std::string::npos);
  }

  TEST_CASE("markup characters are escaped, control characters dropped, invalid UTF-8 replaced") {
    sample_graph s;
    std::string out;
    write_graphml(out, s.g);
    CHECK(out.find("The port authority &amp; the council &lt;misled&gt; us,") != std::string::npos);
    CHECK(out.find("the &quot;port&quot;") != std::string::npos);
    CHECK(out.find("Zoë Ålund") != std::string::npos);
    CHECK(out.find('\x01') == std::string::npos);
    graph g;
    auto art = g.add_article(std::string("x"));
    g.add_actor(std::string("a\rb\x02" "c\xEF\xBF\xBE" "d\xC0" "e'"), actor_kind::unknown);
    (void)art;
    std::string small;
    write_graphml(small, g);
    CHECK(small.find("<data key=\"v_name\">a&#13;bcd\xEF\xBF\xBD" "e&apos;</data>") != std::string::npos);
  }

  TEST_CASE("an output iterator gets the same bytes as a string") {
    sample_graph s;
    std::string a, b;
    write_graphml(a, s.g);
    write_graphml(std::back_inserter(b), s.g);
    CHECK(a == b);
  }
}

#include <cstdio>
#include <cstdlib>
#include <fstream>

TEST_SUITE("io/graphml") {
  TEST_CASE("networkx reads the tricky sample with its types (where python3-networkx is installed)") {
    const char* python = "/usr/bin/python3";
    if (std::system((std::string(python) + " -c 'import networkx' >/dev/null 2>&1").c_str()) != 0) {
      MESSAGE("skipped: networkx is not importable by /usr/bin/python3");
      return;
    }
    sample_graph s;
    std::string out;
    write_graphml(out, s.g);
    const std::string file = "whosaid_io_graphml_sample.graphml";
    std::ofstream(file, std::ios::binary) << out;
    // The checks run in Python; the exit code says whether they held.
    std::string script =
        "import networkx as nx, sys\n"
        "g = nx.read_graphml(sys.argv[1])\n"
        "assert g.number_of_nodes() == 6, g.number_of_nodes()\n"
        "assert g.number_of_edges() == 6, g.number_of_edges()\n"
        "assert g.nodes['a0']['name'] == 'Zo\\u00eb \\u00c5lund'\n"
        "assert g.nodes['a4']['anonymous'] is True\n"
        "e = g.edges['a0', 'a1', 'c1.0']\n"
        "assert e['content'] == 'The port authority & the council <misled> us,', e\n"
        "assert e['claim'] == 1 and isinstance(e['span_begin'], int)\n"
        "c = g.edges['a0', 'a2', 'c2.0']['content']\n"
        "assert c == 'We won\\u2019t pay C:\\\\fees\\\\ again.', c\n"
        "assert g.nodes['a1']['aliases'] == 'the \"port\"'\n";
    std::ofstream("whosaid_io_graphml_check.py") << script;
    int rc = std::system((std::string(python) + " whosaid_io_graphml_check.py " + file).c_str());
    CHECK(rc == 0);
    std::remove(file.c_str());
    std::remove("whosaid_io_graphml_check.py");
  }
}
