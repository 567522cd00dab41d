#include <whosaid/io/neo4j_csv.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <string>
#include <vector>

#include "io_sample_graph.hpp"

using namespace whosaid;
using whosaid_test::sample_graph;

namespace {
using row = std::vector<std::string>;

// An RFC 4180 reader, strict enough to catch a writer's mistakes: a quote
// inside a quoted field must be doubled, and a quoted field must end at a
// comma or a line end.
std::vector<row> parse_csv(const std::string& s) {
  std::vector<row> rows(1, row(1));
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '"' && rows.back().back().empty()) {
      for (++i;; ++i) {
        REQUIRE(i < s.size());
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            rows.back().back() += '"';
            ++i;
          } else {
            ++i;
            break;
          }
        } else {
          rows.back().back() += s[i];
        }
      }
      REQUIRE((i == s.size() || s[i] == ',' || s[i] == '\n'));
      continue;
    }
    if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else {
      REQUIRE(c != '"');
      rows.back().back() += c;
    }
    ++i;
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

void check_rectangular(const std::vector<row>& rows) {
  REQUIRE(!rows.empty());
  for (const row& r : rows) CHECK(r.size() == rows[0].size());
}
}  // namespace

TEST_SUITE("io/neo4j_csv") {
  TEST_CASE("actors.csv has the importer's header, labels by kind and aliases as an array") {
    sample_graph s;
    std::string out;
    write_neo4j_actors(out, s.g);
    auto rows = parse_csv(out);
    check_rectangular(rows);
    CHECK(rows[0] == row{"actorId:ID", "name", "kind", "aliases:string[]", "anonymous:boolean", ":LABEL"});
    REQUIRE(rows.size() == s.g.actor_count() + 1);
    CHECK(rows[1] == row{"a0", "Zoë Ålund", "person", "Ålund;Mayor Zoë Ålund;Z, Ålund", "false", "Actor;Person"});
    CHECK(rows[2][3] == "the \"port\"");
    CHECK(rows[5][4] == "true");
    CHECK(rows[2][5] == "Actor;Organization");
  }

  TEST_CASE("articles.csv has one node per article in the same id space") {
    sample_graph s;
    std::string out;
    write_neo4j_articles(out, s.g);
    auto rows = parse_csv(out);
    check_rectangular(rows);
    CHECK(rows[0] == row{"articleId:ID", "key", "headline", "outlet", "url", "published", ":LABEL"});
    CHECK(rows[1] == row{"art0", "harbour-2031", "Mayor says \"port & council\" <misled> voters", "Harbour Radio",
                         "https://example.org/harbour?a=1&b=2", "2031-05-04", "Article"});
    CHECK(rows[2][0] == "art1");
  }

  TEST_CASE("claims.csv: SAID_ABOUT per target with the claim id, SAID to the article when about nobody") {
    sample_graph s;
    std::string out;
    write_neo4j_claims(out, s.g);
    auto rows = parse_csv(out);
    check_rectangular(rows);
    CHECK(rows[0] == row{":START_ID", ":END_ID", ":TYPE", "claimId:long", "kind", "cue", "content", "via", "article",
                         "spanBegin:long", "spanEnd:long"});
    // claim 0 (no about), claim 1 (two targets), claim 2, claim 3 (no about), claim 4
    REQUIRE(rows.size() == 1 + 1 + 2 + 1 + 1 + 1);
    CHECK(rows[1][0] == "a0");
    CHECK(rows[1][1] == "art0");
    CHECK(rows[1][2] == "SAID");
    CHECK(rows[2][2] == "SAID_ABOUT");
    CHECK(rows[2][3] == "1");
    CHECK(rows[3][3] == "1");
    CHECK(rows[2][1] == "a1");
    CHECK(rows[3][1] == "a2");
    CHECK(rows[2][6] == "The port authority & the council <misled> us,");
    CHECK(rows[2][7] == "a3");
    CHECK(rows[1][7].empty());
    CHECK(rows[4][6] == "We won\xE2\x80\x99t pay C:\\fees\\ again.");
    CHECK(rows[5][6] == "the plan was \"on track\" and \xEF\xBF\xBD\xEF\xBF\xBD cheap");
    CHECK(rows[6][8] == "art1");
    CHECK(std::stoul(rows[2][10]) - std::stoul(rows[2][9]) == s.g.claims()[1].content.size());
  }

  TEST_CASE("relations.csv types each relation by its predicate") {
    sample_graph s;
    std::string out;
    write_neo4j_relations(out, s.g);
    auto rows = parse_csv(out);
    check_rectangular(rows);
    CHECK(rows[0] == row{":START_ID", ":END_ID", ":TYPE", "relationId:long", "label", "article", "spanBegin:long",
                         "spanEnd:long"});
    CHECK(rows[1][2] == "ROLE");
    CHECK(rows[1][4] == "Mayor");
    CHECK(rows[2][2] == "MEMBER");
    CHECK(rows[2][5] == "art1");
  }

  TEST_CASE("line breaks stay inside quoted fields") {
    graph g;
    auto art = g.add_article(std::string("line one\r\nline \"two\""));
    auto a = g.add_actor("A", actor_kind::unknown);
    claim c;
    c.article = art;
    c.speaker = a;
    c.content = {0, static_cast<std::uint32_t>(g[art].text.size())};
    g.add_claim(c);
    std::string out;
    write_neo4j_claims(std::back_inserter(out), g);
    auto rows = parse_csv(out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][6] == "line one\r\nline \"two\"");
    std::string actors;
    write_neo4j_actors(actors, g);
    CHECK(parse_csv(actors)[1][5] == "Actor");
  }
}
