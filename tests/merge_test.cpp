#include <whosaid/graph.hpp>

#include <doctest/doctest.h>

using namespace whosaid;

namespace {
graph one_article(const std::string& text, const std::string& speaker, std::vector<std::string> aliases,
                  actor_kind kind = actor_kind::person) {
  graph g;
  auto art = g.add_article(text);
  auto who = g.add_actor(speaker, kind, std::move(aliases));
  claim c;
  c.article = art;
  c.speaker = who;
  c.content = {0, static_cast<std::uint32_t>(text.size())};
  g.add_claim(c);
  return g;
}
}  // namespace

TEST_SUITE("merge") {
  TEST_CASE("the same canonical name becomes one actor with both articles as provenance") {
    graph g = one_article("first", "Ana Lopes", {"Lopes"});
    graph h = one_article("second", "ana lopes", {"Mayor Lopes"});
    auto map = g.merge(h);
    CHECK(g.actor_count() == 1);
    CHECK(g.article_count() == 2);
    CHECK(map.actors[0] == actor_id(0));
    CHECK(g.claims_by(actor_id(0)).size() == 2);
    CHECK(g.content(g[claim_id(1)]) == "second");
    CHECK(g[actor_id(0)].answers_to("Mayor Lopes"));
  }

  TEST_CASE("the merged actor's kind and the case of its name do not depend on the order of merging") {
    auto merged = [](graph first, const graph& second) {
      first.merge(second);
      REQUIRE(first.actor_count() == 1);
      return first[actor_id(0)];
    };
    const graph unknown = one_article("a", "Ines Duarte", {}, actor_kind::unknown);
    const graph person = one_article("b", "Ines Duarte", {}, actor_kind::person);
    CHECK(merged(unknown, person).kind == actor_kind::person);
    CHECK(merged(person, unknown).kind == actor_kind::person);
    const graph lower = one_article("c", "harbour authority", {}, actor_kind::organization);
    const graph title = one_article("d", "Harbour Authority", {}, actor_kind::organization);
    CHECK(merged(lower, title).name == "Harbour Authority");
    CHECK(merged(title, lower).name == "Harbour Authority");
    // A word typed with the shift key held too long loses to the usual form.
    const graph slip = one_article("f", "HArbour Authority", {}, actor_kind::organization);
    CHECK(merged(slip, title).name == "Harbour Authority");
    CHECK(merged(title, slip).name == "Harbour Authority");
    // Three parts, in sequence and as a tree.
    graph seq = lower;
    seq.merge(one_article("e", "HARBOUR AUTHORITY", {}, actor_kind::unknown));
    seq.merge(title);
    graph right = one_article("e", "HARBOUR AUTHORITY", {}, actor_kind::unknown);
    right.merge(title);
    graph tree = lower;
    tree.merge(right);
    REQUIRE(seq.actor_count() == 1);
    REQUIRE(tree.actor_count() == 1);
    CHECK(seq[actor_id(0)].name == tree[actor_id(0)].name);
    CHECK(seq[actor_id(0)].kind == tree[actor_id(0)].kind);
  }

  TEST_CASE("a full name that is the other's alias joins them") {
    graph g = one_article("a", "Republic of Korea", {"South Korea", "Seoul"}, actor_kind::country);
    graph h = one_article("b", "South Korea", {"Seoul"}, actor_kind::country);
    g.merge(h);
    CHECK(g.actor_count() == 1);
  }

  TEST_CASE("the surname trap: people who only share a surname stay apart") {
    graph g = one_article("a", "Lee Jae Myung", {"Lee"});
    SUBCASE("two full names with the same alias") {
      graph h = one_article("b", "Lee Hsien Loong", {"Lee"});
      g.merge(h);
      CHECK(g.actor_count() == 2);
    }
    SUBCASE("a bare surname is no evidence across articles") {
      graph h = one_article("b", "Lee", {});
      g.merge(h);
      CHECK(g.actor_count() == 2);
    }
    SUBCASE("but the full name in the other article is") {
      graph h = one_article("b", "Lee", {"Lee Jae Myung"});
      g.merge(h);
      CHECK(g.actor_count() == 1);
    }
  }

  TEST_CASE("incompatible kinds never join") {
    graph g = one_article("a", "Jordan", {}, actor_kind::country);
    graph h = one_article("b", "Jordan", {}, actor_kind::person);
    g.merge(h);
    CHECK(g.actor_count() == 2);
  }

  TEST_CASE("anonymous sources never join across articles") {
    graph g;
    graph h;
    for (graph* x : {&g, &h}) {
      actor a;
      a.name = "senior official";
      a.kind = actor_kind::person;
      a.anonymous = true;
      x->add_actor(a);
    }
    g.merge(h);
    CHECK(g.actor_count() == 2);
  }

  TEST_CASE("an alias shared by two actors here is ambiguous and does not join") {
    graph g;
    g.add_actor("Sam Park Senior", actor_kind::person, {"Sam Park"});
    g.add_actor("Sam Park Junior", actor_kind::person, {"Sam Park"});
    graph h = one_article("x", "Sam Park", {});
    g.merge(h);
    CHECK(g.actor_count() == 3);
  }

  TEST_CASE("merging a moved graph gives the same result as merging a copy") {
    graph a1 = one_article("first", "Ana Lopes", {});
    graph a2 = a1;
    graph b = one_article("second", "Ana Lopes", {});
    graph b2 = b;
    a1.merge(b);
    a2.merge(std::move(b2));
    CHECK(a1.actor_count() == a2.actor_count());
    CHECK(a1.claim_count() == a2.claim_count());
    CHECK(a2.content(a2[claim_id(1)]) == "second");
  }

  TEST_CASE("a graph cannot merge into itself") {
    graph g = one_article("a", "X Y", {});
    CHECK_THROWS_AS(g.merge(g), invalid_argument);
  }
}
