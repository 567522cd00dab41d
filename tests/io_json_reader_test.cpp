#include <whosaid/extract.hpp>
#include <whosaid/io/json_reader.hpp>
#include <whosaid/io/json_writer.hpp>

#include <doctest/doctest.h>

#include <string>

#include "io_sample_graph.hpp"

using namespace whosaid;
using whosaid_test::same_graph;
using whosaid_test::sample_graph;

namespace {
std::size_t line_of_failure(std::string_view text) {
  try {
    (void)read_graph_json(text);
  } catch (const parse_error& e) {
    return e.line();
  }
  return 0;
}

std::string failure(std::string_view text) {
  try {
    (void)read_graph_json(text);
  } catch (const parse_error& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_SUITE("io/json_reader") {
  TEST_CASE("writing a graph and reading it back gives an equal graph") {
    sample_graph s(true);
    std::string once;
    write_graph_json(once, s.g);
    graph back = read_graph_json(once);
    CHECK(same_graph(s.g, back));
    std::string twice;
    write_graph_json(twice, back);
    CHECK(twice == once);
    // the indices are rebuilt, not only the vectors
    CHECK(back.claims_by(s.mayor).size() == 4);
    CHECK(back.find_actor("Mayor Zoë Ålund") == s.mayor);
  }

  TEST_CASE("each claim's rule (the sieve that made it) round-trips, an unknown rule reads as none") {
    graph g = whosaid::extract(
        "Ida Holm said the bridge would open in May.\n\n\xE2\x80\x9CWe are ready,\xE2\x80\x9D said Per Lund.");
    REQUIRE(g.claim_count() == 2);
    std::string once;
    write_graph_json(once, g);
    CHECK(once.find("\"rule\":\"cue_then_content\"") != std::string::npos);
    graph back = read_graph_json(once);
    REQUIRE(back.claim_count() == 2);
    CHECK(back[claim_id(0)].rule == attribution_rule::cue_then_content);
    CHECK(back[claim_id(1)].rule == attribution_rule::inverted);
    std::string renamed = once;
    renamed.replace(renamed.find("cue_then_content"), 16, "a_future_sieve");
    CHECK(read_graph_json(renamed)[claim_id(0)].rule == attribution_rule::none);
  }

  TEST_CASE("text that is not UTF-8 comes back with U+FFFD and spans on the same characters") {
    sample_graph s;
    std::string once;
    write_graph_json(once, s.g);
    graph back = read_graph_json(once);
    CHECK(back.content(back[claim_id(3)]) == "the plan was \"on track\"\x01 and \xEF\xBF\xBD\xEF\xBF\xBD cheap");
    CHECK(back.cue(back[claim_id(3)]) == "said");
    CHECK(back.speaker_mention(back[claim_id(3)]) == "A senior official");
    CHECK(back.content(back[claim_id(1)]) == s.g.content(s.g[claim_id(1)]));
    std::string twice;
    write_graph_json(twice, back);
    CHECK(twice == once);
    // a sequence cut short, and a span that ends inside it
    graph g;
    auto art = g.add_article(std::string("ab\xE2\x82" "cd\xF0"));
    auto who = g.add_actor("A", actor_kind::unknown);
    claim c;
    c.article = art;
    c.speaker = who;
    c.content = {1, 7};
    c.cue = {3, 5};
    g.add_claim(c);
    std::string out;
    write_graph_json(out, g);
    graph h = read_graph_json(out);
    CHECK(h[art].text == "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
    CHECK(h.content(h[claim_id(0)]) == "b\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
    CHECK(h.cue(h[claim_id(0)]) == "c");
  }

  TEST_CASE("the graph of an empty text and of an empty graph round-trip") {
    graph g;
    CHECK(same_graph(read_graph_json("{}"), g));
    g.add_article(std::string());
    std::string out;
    write_graph_json(out, g);
    CHECK(same_graph(read_graph_json(out), g));
  }

  TEST_CASE("malformed JSON is a parse_error with the line where it broke") {
    CHECK(line_of_failure("{\n  \"articles\": [\n    {\"text\": \"a\"},,\n  ]\n}") == 3);
    CHECK(line_of_failure("") == 1);
    CHECK(line_of_failure("{\"articles\": [") == 1);
    CHECK(failure("{\n\n]").find("line 3: malformed JSON") != std::string::npos);
  }

  TEST_CASE("a message quotes a short excerpt of a huge bad line, never the line") {
    const std::string huge(1 << 20, 'x');
    // A string that never closes: nlohmann quotes everything it read.
    const std::string unclosed = failure("{\"articles\": [{\"text\": \"" + huge + " end");
    CHECK(unclosed.find("malformed JSON") != std::string::npos);
    CHECK(unclosed.find("x end") != std::string::npos);  // where it broke
    CHECK(unclosed.size() < 400);
    // A number of a million digits, out of range.
    std::string number_error;
    try {
      (void)read_article_json("{\"text\":\"x\",\"n\":1" + std::string(1 << 20, '0') + "}");
    } catch (const parse_error& e) {
      number_error = e.what();
    }
    CHECK(number_error.find("000") != std::string::npos);
    CHECK(number_error.size() < 400);
    // A word the reader does not know, a megabyte long.
    const std::string kind = failure(R"({"actors":[{"name":"A","kind":")" + huge + R"("}]})");
    CHECK(kind.find("unknown actor kind \"xxx") != std::string::npos);
    CHECK(kind.size() < 400);
  }

  TEST_CASE("a wrong value names its line in a one-line document, no line in a longer one") {
    CHECK(line_of_failure(R"({"actors":[{"name":5}]})") == 1);
    CHECK(line_of_failure("{\n  \"actors\": [{\"name\": 5}]\n}\n") == 0);
    CHECK(failure("{\n  \"actors\": [{\"name\": 5}]\n}\n") == "actors[0]: \"name\" must be a string");
    CHECK(line_of_failure("{\"actors\":[{\"name\":5}]}\n") == 1);  // a trailing line break is still one line
  }

  TEST_CASE("ids, spans and words from the input are checked") {
    const std::string head = R"({"articles":[{"text":"Ana said no."}],"actors":[{"name":"Ana","kind":"person"}],)";
    SUBCASE("a speaker that is not an actor") {
      CHECK(failure(head + R"("claims":[{"article":0,"speaker":3}]})").find("claims[0]: \"speaker\"") !=
            std::string::npos);
    }
    SUBCASE("a span outside the text") {
      CHECK(failure(head + R"("claims":[{"article":0,"speaker":0,"span":[4,99]}]})").find("claims[0]") !=
            std::string::npos);
    }
    SUBCASE("a span that ends before it begins") {
      CHECK(failure(head + R"("claims":[{"article":0,"speaker":0,"span":[5,4]}]})").find("begins after") !=
            std::string::npos);
    }
    SUBCASE("a negative offset") {
      CHECK(failure(head + R"("claims":[{"article":0,"speaker":0,"span":[-1,4]}]})").find("byte offsets") !=
            std::string::npos);
    }
    SUBCASE("an unknown claim kind") {
      CHECK(failure(head + R"("claims":[{"article":0,"speaker":0,"kind":"rumour"}]})").find("rumour") !=
            std::string::npos);
    }
    SUBCASE("an unknown actor kind") {
      CHECK(failure(R"({"actors":[{"name":"X","kind":"planet"}]})").find("planet") != std::string::npos);
    }
    SUBCASE("an about entry that is not an id") {
      CHECK(failure(head + R"("claims":[{"article":0,"speaker":0,"about":["Ana"]}]})").find("about") !=
            std::string::npos);
    }
    SUBCASE("ids out of order") {
      CHECK(failure(R"({"actors":[{"id":1,"name":"X"}]})").find("\"id\" must be 0") != std::string::npos);
    }
    SUBCASE("a relation's object") {
      CHECK(failure(head + R"("relations":[{"article":0,"subject":0,"object":1}]})").find("relations[0]") !=
            std::string::npos);
    }
    SUBCASE("another document") {
      CHECK(failure(R"({"format":"something-else"})").find("not a whosaid graph") != std::string::npos);
      CHECK(failure(R"([1,2,3])").find("JSON object") != std::string::npos);
      CHECK(failure(R"({"version":7})").find("newer") != std::string::npos);
    }
    SUBCASE("a wrongly typed field") {
      CHECK(failure(R"({"articles":[{"text":5}]})").find("\"text\" must be a string") != std::string::npos);
      CHECK(failure(R"({"actors":[{"name":"X","anonymous":"yes"}]})").find("anonymous") != std::string::npos);
    }
  }

  TEST_CASE("sections in any order read the same, a repeated or malformed section is an error") {
    const std::string articles = R"("articles":[{"text":"Ana said no."}])";
    const std::string actors = R"("actors":[{"name":"Ana","kind":"person"},{"name":"Bo"}])";
    const std::string claims = R"("claims":[{"article":0,"speaker":0,"about":[1],"span":[9,11]}])";
    const std::string relations = R"("relations":[{"article":0,"subject":0,"object":1,"predicate":"member"}])";
    graph in_order = read_graph_json("{" + articles + "," + actors + "," + claims + "," + relations + "}");
    graph reversed = read_graph_json("{" + relations + "," + claims + "," + actors + "," + articles + "}");
    graph mixed = read_graph_json("{" + actors + "," + claims + "," + articles + "," + relations + "}");
    CHECK(in_order.claim_count() == 1);
    CHECK(in_order.content(in_order[claim_id(0)]) == "no");
    CHECK(same_graph(in_order, reversed));
    CHECK(same_graph(in_order, mixed));
    CHECK(failure("{" + actors + "," + actors + "}").find("twice") != std::string::npos);
    CHECK(failure(R"({"actors":[{"name":"A"},3]})").find("array of objects") != std::string::npos);
    CHECK(failure(R"({"actors":[[1]]})").find("array of objects") != std::string::npos);
    CHECK(failure(R"({"actors":{"name":"A"}})").find("must be an array") != std::string::npos);
    // members that are not sections are ignored, whatever they hold
    CHECK(read_graph_json(R"({"comment":{"articles":[1]},"actors":[{"name":"A","extra":[{"x":1}]}]})").actor_count() ==
          1);
  }

  TEST_CASE("hostile input is an error, not a crash") {
    std::string deep(20000, '[');
    CHECK_THROWS_AS((void)read_graph_json(deep), parse_error);
    deep += std::string(20000, ']');
    CHECK_THROWS_AS((void)read_graph_json(deep), parse_error);
    CHECK_THROWS_AS((void)read_graph_json(std::string("{\"a\":\"\xFF\"}")), parse_error);
    CHECK_THROWS_AS((void)read_graph_json(std::string("\0\0\0", 3)), parse_error);
  }

  TEST_CASE("a value nested too deep is refused before anything recurses into it") {
    // A version that is an array nested 100,000 deep once crashed the
    // version check, whose message printed the value.
    std::string doc = "{\"version\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
    CHECK(failure(doc).find("nested deeper than") != std::string::npos);
    CHECK(line_of_failure(doc) == 1);
    CHECK_THROWS_AS((void)read_article_json("{\"text\":\"x\",\"n\":" + std::string(5000, '[') +
                                            std::string(5000, ']') + "}"),
                    parse_error);
    // Brackets inside strings are text, and whosaid's own nesting is shallow.
    CHECK(read_article_json("{\"text\":\"" + std::string(5000, '[') + "\\\"{\"}").text ==
          std::string(5000, '[') + "\"{");
    CHECK(failure("{\"version\":[1]}").find("must be a whole number, not array") != std::string::npos);
  }

  TEST_CASE("a number out of range is a parse_error in every reader, on its line") {
    auto line_of = [](auto&& read) -> std::size_t {
      try {
        read();
      } catch (const parse_error& e) {
        CHECK(std::string(e.what()).find("1e400") != std::string::npos);
        return e.line();
      } catch (...) {
        FAIL("not a whosaid::parse_error");
      }
      return 0;
    };
    CHECK(line_of([] { (void)read_graph_json(R"({"version":1,"n":1e400})"); }) == 1);
    CHECK(line_of([] { (void)read_graph_jsonl("{}\n{\"n\":-1e400}\n"); }) == 2);
    CHECK(line_of([] { (void)read_article_json(R"({"text":"x","n":1e400})", 9); }) == 9);
    CHECK(line_of([] { (void)read_articles_jsonl("{\"text\":\"a\"}\n\n{\"text\":\"x\",\"n\":1e400}"); }) == 3);
  }

  TEST_CASE("an article line gives the article, its id as the key") {
    article a = read_article_json(
        R"({"id":"r-1","headline":"H","outlet":"O","url":"u","published":"2030-01-02","text":"T\n2","extra":[1]})");
    CHECK(a.key == "r-1");
    CHECK(a.headline == "H");
    CHECK(a.outlet == "O");
    CHECK(a.url == "u");
    CHECK(a.published == "2030-01-02");
    CHECK(a.text == "T\n2");
    CHECK(read_article_json(R"({"id":42,"text":""})").key == "42");
    CHECK(read_article_json(R"({"text":"x","headline":null})").headline.empty());
  }

  TEST_CASE("an article line without text is an error on the line given") {
    try {
      (void)read_article_json(R"({"id":"x"})", 17);
      FAIL("no exception");
    } catch (const parse_error& e) {
      CHECK(e.line() == 17);
      CHECK(std::string(e.what()).find("line 17") != std::string::npos);
    }
    CHECK_THROWS_AS((void)read_article_json(R"({"text":["a"]})"), parse_error);
    CHECK_THROWS_AS((void)read_article_json(R"("just a string")"), parse_error);
    CHECK_THROWS_AS((void)read_article_json(R"({"id":true,"text":"a"})"), parse_error);
  }

  TEST_CASE("article JSON Lines skip blank lines, accept CRLF and name the bad line") {
    auto articles = read_articles_jsonl("{\"text\":\"one\"}\r\n\n   \n{\"text\":\"two\",\"id\":\"b\"}");
    REQUIRE(articles.size() == 2);
    CHECK(articles[1].key == "b");
    try {
      (void)read_articles_jsonl("{\"text\":\"one\"}\n\n{\"text\":\"two\"\n{\"text\":\"3\"}\n");
      FAIL("no exception");
    } catch (const parse_error& e) {
      CHECK(e.line() == 3);
    }
  }
}
