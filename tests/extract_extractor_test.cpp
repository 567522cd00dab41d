// The extractor's public API, about/via, thread safety and hostile input.
#include <whosaid/extract/extractor.hpp>

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "extract_test_util.hpp"

using namespace extract_test;

TEST_SUITE("extract/extractor") {
  TEST_CASE("sentence_spans: the extractor's sentences, abbreviations and quotations kept whole") {
    const std::string t = "Mr. Berg said the U.S. plan was late. \xE2\x80\x9CWe wait. We hope.\xE2\x80\x9D\n\nA new one.";
    const auto ss = whosaid::sentence_spans(t);
    REQUIRE(ss.size() >= 3);
    CHECK(ss[0].of(t) == "Mr. Berg said the U.S. plan was late.");
    CHECK(ss.back().of(t) == "A new one.");
    for (std::size_t i = 1; i < ss.size(); ++i) CHECK(ss[i - 1].end <= ss[i].begin);
    CHECK(whosaid::sentence_spans("").empty());
  }

  TEST_CASE("extract(text) builds a graph with the article, actors and claims") {
    whosaid::graph g = whosaid::extract("Eva Lunde said Chile would sign the treaty.");
    CHECK(g.article_count() == 1);
    REQUIRE(g.claim_count() == 1);
    const auto& c = g.claims()[0];
    CHECK(g[c.speaker].name == "Eva Lunde");
    CHECK(g[c.speaker].kind == whosaid::actor_kind::person);
  }

  TEST_CASE("about: names, capitals and demonyms in the content") {
    whosaid::graph g = whosaid::extract("Eva Lunde said a Chilean delegation would meet officials from Canberra.");
    REQUIRE(g.claim_count() == 1);
    std::vector<std::string> about;
    for (auto a : g.claims()[0].about) about.push_back(g[a].name);
    CHECK(about == std::vector<std::string>{"Chile", "Australia"});
  }

  TEST_CASE("about: a region's government is the organization, a country's is the country") {
    whosaid::graph g = whosaid::extract("Eva Lunde said the Queensland government and the Norwegian government would pay.");
    REQUIRE(g.claim_count() == 1);
    std::vector<std::string> about;
    for (auto a : g.claims()[0].about) about.push_back(g[a].name);
    CHECK(about == std::vector<std::string>{"Queensland government", "Norway"});
  }

  TEST_CASE("about: a description of a named body is the body, a description of its own is nothing") {
    auto about_of = [](const whosaid::graph& g, std::size_t i) {
      std::vector<std::string> out;
      for (auto a : g.claims()[i].about) out.push_back(g[a].name);
      return out;
    };
    whosaid::graph g = whosaid::extract("The Harbour Commission opened an inquiry on Monday.\n\n"
                                        "Eva Lunde said the commission had waited too long.");
    REQUIRE(g.claim_count() == 1);
    CHECK(about_of(g, 0) == std::vector<std::string>{"Harbour Commission"});
    whosaid::graph own = whosaid::extract("Eva Lunde said the previous administration had waited too long.");
    REQUIRE(own.claim_count() == 1);
    CHECK(own.claims()[0].about.empty());
  }

  TEST_CASE("extract_into merges into an existing graph and returns the article id") {
    whosaid::graph g;
    whosaid::extractor x;
    whosaid::article a;
    a.key = "one";
    a.text = "Eva Lunde said the talks went well.";
    auto id1 = x.extract_into(g, a);
    a.key = "two";
    a.text = "Eva Lunde said the talks had failed.";
    auto id2 = x.extract_into(g, a);
    CHECK(id1 != id2);
    CHECK(g.article_count() == 2);
    CHECK(g.claims_by(g.actor_named("Eva Lunde")).size() == 2);
  }

  TEST_CASE("a const extractor is safe to share between threads") {
    const whosaid::extractor x;
    std::vector<std::size_t> counts(4);
    std::vector<std::thread> ts;
    for (std::size_t i = 0; i < counts.size(); ++i)
      ts.emplace_back([&, i] {
        whosaid::article a;
        a.text = "Eva Lunde said the talks went well. “We are close,” she said.";
        for (int k = 0; k < 50; ++k) counts[i] += x.extract(a).claim_count();
      });
    for (auto& t : ts) t.join();
    for (auto n : counts) CHECK(n == 100);
  }

  TEST_CASE("hostile input never throws and gives consistent graphs") {
    std::vector<std::string> inputs = {
        "",
        std::string("said \0 \"x\0\" he said", 20),
        "\xff\xfe\xC3\x28 said \xE2\x80 \"\xE2\x82\"",
        "one.\rtwo said \"three\".\r\nfour",
        std::string(10000, '"'),
        std::string(100000, 'a'),
    };
    std::string nested;
    for (int i = 0; i < 3000; ++i) nested += "“He said ";
    inputs.push_back(nested);
    std::string cues;
    for (int i = 0; i < 3000; ++i) cues += "said, said: \"said\" according to ";
    inputs.push_back(cues);
    std::string binary;
    for (int i = 0; i < 20000; ++i) binary.push_back(static_cast<char>((i * 7919) & 0xff));
    inputs.push_back(binary);
    for (const auto& in : inputs) {
      whosaid::graph g;
      CHECK_NOTHROW(g = whosaid::extract(in));
      for (const auto& c : g.claims()) {
        CHECK(c.content.end <= g[c.article].text.size());
        CHECK(c.speaker.index() < g.actor_count());
      }
    }
  }

  TEST_CASE("a long single line is handled in linear time") {
    std::string line;
    while (line.size() < 2000000) line += "Eva Lunde said \"the port is open\" and analysts said prices rose, ";
    whosaid::graph g = whosaid::extract(line);
    CHECK(g.article_count() == 1);
  }

  TEST_CASE("about: sentence-initial common words are not actors") {
    whosaid::graph g = whosaid::extract(
        "\u201cGovernments can pay for a study. Nobody has paid for a tunnel,\u201d Ada Moss said.");
    REQUIRE(g.claim_count() == 1);
    CHECK(g.claims()[0].about.empty());
    whosaid::graph g2 = whosaid::extract("Ada Moss said Brandvik would pay. She said Brandvik had agreed.");
    REQUIRE(g2.claim_count() == 2);
    CHECK(g2.claims()[0].about.size() == 1);
  }

  TEST_CASE("the per-thread word cache follows changes to an extractor's lexicon") {
    // The same thread extracts before and after the change: the cached
    // record of "blogged" must not survive it.
    whosaid::extractor x;
    whosaid::article a;
    a.text = "Lena Park blogged that prices would fall.";
    CHECK(x.extract(a).claim_count() == 0);
    x.lexicon().add_cue("blog", "blog|blogs|blogged|blogging",
                        whosaid::cue_flags::speech | whosaid::cue_flags::that_clause);
    CHECK(x.extract(a).claim_count() == 1);
    // Two extractors with different lexicons, alternating on one thread.
    whosaid::extractor plain;
    CHECK(plain.extract(a).claim_count() == 0);
    CHECK(x.extract(a).claim_count() == 1);
    CHECK(plain.extract(a).claim_count() == 0);
  }

  TEST_CASE("the word cache stays correct past its bound and for very long words") {
    // More distinct words than the cache holds, then the usual text.
    std::string many;
    for (int i = 0; i < 40000; ++i) many += "w" + std::to_string(i) + " ";
    many += "\n\nLena Park said prices would fall.";
    const std::string long_word(300, 'x');
    std::string text = many + " " + long_word + " said nothing. Lena Park said prices would rise.";
    auto cs = run(text);
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Lena Park");
    CHECK(cs[1].content == "prices would rise");
    CHECK(run("Lena Park said prices would fall.").size() == 1);
  }
}
