// Relations (issue item 7): roles and memberships from premodifiers and
// appositions.
#include <whosaid/extract/detail/relations.hpp>
#include <whosaid/extract/detail/mentions.hpp>

#include <doctest/doctest.h>

#include "extract_test_util.hpp"

namespace {
struct rel {
  std::string subject, object, label;
  whosaid::predicate pred;
};
std::vector<rel> relations_of(std::string_view text) {
  whosaid::graph g = whosaid::extract(text);
  std::vector<rel> out;
  for (const auto& r : g.relations()) out.push_back({g[r.subject].name, g[r.object].name, r.label, r.predicate});
  return out;
}
}  // namespace

TEST_SUITE("extract/relations") {
  TEST_CASE("a title with a demonym: role in the country") {
    auto rs = relations_of("Norwegian Prime Minister Eva Lunde said the talks went well.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Eva Lunde");
    CHECK(rs[0].object == "Norway");
    CHECK(rs[0].label == "Prime Minister");
    CHECK(rs[0].pred == whosaid::predicate::role);
  }

  TEST_CASE("an organization premodifier: member") {
    auto rs = relations_of("Brightwater spokesman Ivo Petrov said the plant would close.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Ivo Petrov");
    CHECK(rs[0].object == "Brightwater");
    CHECK(rs[0].label == "spokesman");
  }

  TEST_CASE("an apposition with a role at an organization") {
    auto rs = relations_of("Lena Park, a senior economist at the Lakeside Institute, said exports would fall.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Lena Park");
    CHECK(rs[0].object == "Lakeside Institute");
    CHECK(rs[0].pred == whosaid::predicate::member);
  }

  TEST_CASE("a role before the name with a comma") {
    auto rs = relations_of("Chile’s trade minister, Rosa Vidal, said the deal was close.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Rosa Vidal");
    CHECK(rs[0].object == "Chile");
  }

  TEST_CASE("from an organization") {
    auto rs = relations_of("Omar Haddad, from Harbour Watch, said the river was clean.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].object == "Harbour Watch");
  }

  TEST_CASE("a portfolio title with a demonym") {
    auto rs = relations_of("Estonian Infrastructure Minister Kadri Tamm said the line would open.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Kadri Tamm");
    CHECK(rs[0].object == "Estonia");
    CHECK(rs[0].label == "Infrastructure Minister");
  }

  TEST_CASE("an organization before a titled name") {
    auto rs = relations_of("Peru's central bank held rates.\n\nCentral bank Governor Ana Ruiz said prices were high.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Ana Ruiz");
    CHECK(rs[0].object == "Peru's central bank");
    CHECK(rs[0].label == "Governor");
    CHECK(rs[0].pred == whosaid::predicate::role);
  }

  TEST_CASE("a person of an organization") {
    auto rs = relations_of("Exports will slow, said Ivo Marsh of the Coastal Research Institute.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Ivo Marsh");
    CHECK(rs[0].object == "Coastal Research Institute");
    CHECK(rs[0].pred == whosaid::predicate::member);
  }

  TEST_CASE("a role at a firm whose name looks like a person's") {
    auto rs = relations_of("Pia Holm, an analyst at Brandt Lindgren, said the deal was fair.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Pia Holm");
    CHECK(rs[0].object == "Brandt Lindgren");
  }

  TEST_CASE("relation finding reads the mentions and changes none") {
    const std::string text = "Chile's trade minister, Rosa Vidal, said Pia Holm, an analyst at Brandt Lindgren, agreed.";
    whosaid::detail::text_scanner sc(text);
    whosaid::detail::paragraph_scan p;
    sc.next(p);
    std::vector<whosaid::detail::mention> ms;
    whosaid::detail::mention_finder(text, whosaid::lexicon::builtin()).find(p, ms);
    auto fields = [&](const std::vector<whosaid::detail::mention>& v) {
      std::vector<std::tuple<int, int, std::uint16_t, std::uint32_t, std::uint32_t>> out;
      for (const auto& m : v)
        out.emplace_back(static_cast<int>(m.kind), static_cast<int>(m.type), m.flags, m.role.begin, m.role.end);
      return out;
    };
    const auto before = fields(ms);
    std::vector<whosaid::detail::relation_hit> rels;
    whosaid::detail::relation_finder(text, whosaid::lexicon::builtin()).find(p, ms, rels);
    CHECK(rels.size() == 2);
    CHECK(fields(ms) == before);
  }

  TEST_CASE("a party adjective inside a role gives a membership, not a person") {
    auto rs = relations_of("Tom Reyes, a veteran Liberal strategist, said the race was open.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Tom Reyes");
    CHECK(rs[0].object == "Liberal");
    CHECK(rs[0].pred == whosaid::predicate::member);
  }

  TEST_CASE("a role with its own of-phrase before the name") {
    auto rs = relations_of("Harbour Trust head of communications Ana Ruiz said the pier would reopen.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Ana Ruiz");
    CHECK(rs[0].object == "Harbour Trust");
    CHECK(rs[0].label == "head of communications");
  }

  TEST_CASE("a demonym before an occupation says where someone is from, not an affiliation") {
    CHECK(relations_of("Swedish singer Lena Holm said she would tour in May.").empty());
    CHECK(relations_of("Lena Holm, a Swedish actress, said she would tour in May.").empty());
    // An office or a post in a body is an affiliation.
    auto rs = relations_of("Swedish Foreign Minister Lena Holm said the talks went well.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].object == "Sweden");
    auto official = relations_of("A senior Swedish official, Lena Holm, said the talks went well.");
    REQUIRE(official.size() == 1);
    CHECK(official[0].object == "Sweden");
  }

  TEST_CASE("an opening adjective or adverb is neither an organization nor part of the label") {
    CHECK(relations_of("Former minister Ann Short said the plan was illegal.").empty());
    CHECK(relations_of("Veteran lawmaker Ann Short said the plan was illegal.").empty());
    auto rs = relations_of("Earlier Harbour Party leader Mark Howe said the deal was poor.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].object == "Harbour Party");
    CHECK(rs[0].label.find("Earlier") == std::string::npos);
  }

  TEST_CASE("a body named for its subject with 'on' keeps the whole name") {
    auto rs = relations_of("\"It is bad,\" said Roy Wilk, a spokesman for the Nordic Commission on Refugees.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].object == "Nordic Commission on Refugees");
    // Not a date or a street after the name.
    auto cs = extract_test::run("The Harbour Authority on Monday said the deal was poor. The Harbour Commission on "
                                "Oslo Street said it was not.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Harbour Authority");
    CHECK(cs[1].speaker == "Harbour Commission");
  }

  TEST_CASE("a country's or body's possessive before a title: the role is there") {
    auto rs = relations_of("Norway's Prime Minister Eva Lunde said the talks went well.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Eva Lunde");
    CHECK(rs[0].object == "Norway");
    CHECK(rs[0].label == "Prime Minister");
    // Over a few adjectives.
    auto aged = relations_of("Chile's 70-year-old incumbent President Rosa Vidal said the vote was fair.");
    REQUIRE(aged.size() == 1);
    CHECK(aged[0].object == "Chile");
    auto org = relations_of("Harbour Bank's Chairman Ida Berg said rates would rise.");
    REQUIRE(org.size() == 1);
    CHECK(org[0].object == "Harbour Bank");
    // Not over a clause.
    CHECK(relations_of("Chile's voters said that President Rosa Vidal was fair.").empty());
  }

  TEST_CASE("'X of brokers Y': a lower-case noun says what the body is, and the name after it is that body") {
    auto g = whosaid::extract("Rick Barton of brokers Fenwick Hale said confidence was low.");
    REQUIRE(g.relations().size() == 1);
    const auto& r = g.relations()[0];
    CHECK(g[r.subject].name == "Rick Barton");
    CHECK(g[r.object].name == "Fenwick Hale");
    CHECK(g[r.object].kind == whosaid::actor_kind::organization);
    REQUIRE(g.claim_count() == 1);
    CHECK(g[g.claims()[0].speaker].name == "Rick Barton");
    // The same nouns as the subject: the firm named before.
    auto cs = extract_test::run("Nordvik Group opened a plant in Ohio.\n\nThe carmaker said it would hire 300 people.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Nordvik Group");
  }

  TEST_CASE("an unnamed source's own body, for the sources that speak, once per article") {
    auto rs = relations_of("A Harbour Bank spokesman said rates would rise.\n\nHarbour Bank officials met city "
                           "officials on Monday.\n\nThe Harbour Bank spokesman said the bank would wait.");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == "Harbour Bank spokesman");
    CHECK(rs[0].object == "Harbour Bank");
    CHECK(rs[0].pred == whosaid::predicate::member);
    // A word of the body's name that alone would be a cue ("state").
    auto state = relations_of("A State Department spokesperson said the visa had been approved.");
    REQUIRE(state.size() == 1);
    CHECK(state[0].subject == "State Department spokesperson");
    auto us = relations_of("A senior U.S. official said the talks would resume.");
    REQUIRE(us.size() == 1);
    CHECK(us[0].object == "United States");
    // Sources only talked about state nothing; nor a place before them.
    CHECK(relations_of("Ann Lind said Harbour Bank officials had met her.").empty());
    CHECK(relations_of("European officials said the talks would resume.").empty());
  }

  TEST_CASE("British party adjectives name their party: Tory, Lib Dem, Liberal Democrat") {
    auto tory = relations_of("Tory MP Mark Mates said the vote was close.");
    REQUIRE(tory.size() == 1);
    CHECK(tory[0].object == "Conservative Party");
    auto ld = relations_of("Lib Dem foreign affairs spokesman Ian Camp said the vote was close.");
    REQUIRE(ld.size() == 1);
    CHECK(ld[0].object == "Liberal Democrats");
  }

  TEST_CASE("a role that ties two people is no membership") {
    auto g = whosaid::extract("Derek Hollis was convicted on Monday.\n\n"
                              "Hollis's lawyer, Martin Greaves, said he would appeal.");
    REQUIRE(g.relations().size() == 1);
    const auto& r = g.relations()[0];
    CHECK(g[r.subject].name == "Martin Greaves");
    CHECK(g[r.object].name == "Derek Hollis");
    CHECK(r.predicate == whosaid::predicate::other);
    CHECK(r.label == "lawyer");
  }
}
