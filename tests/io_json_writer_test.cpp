#include <whosaid/io/json_writer.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <iterator>
#include <sstream>
#include <string>

#include "io_sample_graph.hpp"

using namespace whosaid;
using whosaid_test::sample_graph;
using nlohmann::json;

TEST_SUITE("io/json_writer") {
  TEST_CASE("the article document lists only the actors its claims and relations use, numbered from a1") {
    sample_graph s;
    std::string out;
    write_article_json(out, s.g, s.river);
    json doc = json::parse(out);
    REQUIRE(doc["actors"].size() == 2);  // the mayor and the river board
    CHECK(doc["actors"][0]["id"] == "a1");
    CHECK(doc["actors"][0]["name"] == "Zoë Ålund");
    CHECK(doc["actors"][0]["aliases"].size() == 3);
    CHECK(!doc["actors"][0].contains("anonymous"));
    CHECK(doc["actors"][1]["id"] == "a2");
    CHECK(doc["actors"][1]["name"] == "river board");
    REQUIRE(doc["claims"].size() == 1);
    CHECK(doc["claims"][0]["speaker"] == "a1");
    CHECK(doc["claims"][0]["about"] == json::array({"a2"}));
    CHECK(doc["relations"][0]["subject"] == "a1");
    CHECK(doc["relations"][0]["object"] == "a2");
    CHECK(doc["relations"][0]["predicate"] == "member");
    CHECK(doc["article"]["id"].is_null());
  }

  TEST_CASE("the article document has the fields the scorer reads") {
    sample_graph s;
    std::string out;
    write_article_json(out, s.g, s.harbour);
    json doc = json::parse(out);
    CHECK(doc["article"]["id"] == "harbour-2031");
    CHECK(doc["article"]["url"] == "https://example.org/harbour?a=1&b=2");
    REQUIRE(doc["claims"].size() == 4);
    const json& told = doc["claims"][1];
    for (const char* field : {"speaker", "content", "kind", "cue", "via", "about", "span", "speaker_span"})
      CHECK_MESSAGE(told.contains(field), field);
    CHECK(told["content"] == "The port authority & the council <misled> us,");
    CHECK(told["kind"] == "direct");
    CHECK(told["cue"] == "told");
    CHECK(told["speaker_span"] == json::array({s.g.claims()[1].speaker_mention.begin, s.g.claims()[1].speaker_mention.end}));
    // via names an actor of this document
    std::string via = told["via"];
    bool found = false;
    for (const json& a : doc["actors"]) found = found || (a["id"] == via && a["name"] == "Harbour Radio");
    CHECK(found);
    CHECK(doc["claims"][0]["via"].is_null());
    CHECK(doc["actors"].size() == 5);
    CHECK(doc["actors"][4]["anonymous"] == true);
  }

  TEST_CASE("quotes, backslashes, line breaks and control characters are escaped") {
    sample_graph s;
    std::string out;
    write_graph_json(out, s.g);
    CHECK(out.find(R"(C:\\fees\\ again)") != std::string::npos);
    CHECK(out.find(R"(\"on track\"\u0001)") != std::string::npos);
    CHECK(out.find(R"(jobs.\n\n\")") != std::string::npos);
    CHECK(out.find('\n') == std::string::npos);
    CHECK(out.find('\x01') == std::string::npos);
    CHECK(json::accept(out));
  }

  TEST_CASE("invalid UTF-8 becomes U+FFFD so the output is always valid JSON") {
    sample_graph s;
    std::string out;
    write_graph_json(out, s.g);
    json doc = json::parse(out);  // nlohmann rejects invalid UTF-8: parsing is the check
    std::string content = doc["claims"][3]["content"];
    CHECK(content.find("\xEF\xBF\xBD\xEF\xBF\xBD cheap") != std::string::npos);
  }

  TEST_CASE("non-ASCII text passes through as UTF-8, not as escapes") {
    sample_graph s;
    std::string out;
    write_graph_json(out, s.g);
    CHECK(out.find("Zoë Ålund") != std::string::npos);
    CHECK(out.find("won\xE2\x80\x99t") != std::string::npos);
  }

  TEST_CASE("U+2028, U+2029 and NUL are escaped, a truncated character replaced once") {
    graph g;
    g.add_article(std::string("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c") + std::string(1, '\0') + "d\xE2\x80");
    std::string out;
    write_graph_json(out, g);
    CHECK(out.find(R"(a\u2028b\u2029c\u0000d)" "\xEF\xBF\xBD\"") != std::string::npos);
  }

  TEST_CASE("an output iterator gets the same bytes as a string") {
    sample_graph s;
    std::string by_string;
    write_graph_json(by_string, s.g);
    std::ostringstream os;
    write_graph_json(std::ostreambuf_iterator<char>(os), s.g);
    CHECK(os.str() == by_string);
    std::string by_inserter;
    auto end = write_article_json(std::back_inserter(by_inserter), s.g, s.harbour);
    *end = '!';
    CHECK(by_inserter.back() == '!');
  }

  TEST_CASE("the graph document of one article renumbers its elements from 0") {
    sample_graph s;
    std::string out;
    write_graph_json(out, s.g, s.river);
    json doc = json::parse(out);
    REQUIRE(doc["articles"].size() == 1);
    CHECK(doc["articles"][0]["id"] == 0);
    CHECK(doc["articles"][0]["text"] == s.g[s.river].text);
    REQUIRE(doc["actors"].size() == 2);
    CHECK(doc["actors"][1]["name"] == "river board");
    REQUIRE(doc["claims"].size() == 1);
    CHECK(doc["claims"][0]["id"] == 0);
    CHECK(doc["claims"][0]["article"] == 0);
    CHECK(doc["claims"][0]["about"] == json::array({1}));
    CHECK(doc["relations"][0]["object"] == 1);
    CHECK_THROWS_AS(write_graph_json(out, s.g, article_id(9)), not_found);
    CHECK_THROWS_AS(write_article_json(out, s.g, article_id(9)), not_found);
  }

  TEST_CASE("an empty graph is a valid document") {
    graph g;
    std::string out;
    write_graph_json(out, g);
    json doc = json::parse(out);
    CHECK(doc["format"] == "whosaid-graph");
    CHECK(doc["articles"].empty());
    CHECK(doc["claims"].empty());
  }
}

TEST_SUITE("io/json_writer") {
  TEST_CASE("an indented document holds the same JSON, with short lists on one line") {
    sample_graph s;
    std::string compact, pretty;
    write_article_json(compact, s.g, s.harbour);
    write_article_json(pretty, s.g, s.harbour, json_style{2});
    CHECK(json::parse(compact) == json::parse(pretty));
    CHECK(pretty.find("\n  \"actors\": [\n    {\n      \"id\": \"a1\",") != std::string::npos);
    CHECK(pretty.find("\"span\": [23, 61]") != std::string::npos);
    CHECK(pretty.find("\"aliases\": [\"Ålund\", \"Mayor Zoë Ålund\", \"Z; Ålund\"]") != std::string::npos);
    CHECK(pretty.find("\"about\": []") != std::string::npos);
    CHECK(pretty.back() == '}');
    std::string whole;
    write_graph_json(whole, s.g, json_style{4});
    CHECK(json::parse(whole)["claims"].size() == 5);
  }
}
