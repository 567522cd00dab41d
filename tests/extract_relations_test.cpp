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
    whosaid::detail::relation_finder(text).find(p, ms, rels);
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
}
