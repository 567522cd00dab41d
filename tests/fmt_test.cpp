#include <whosaid/fmt.hpp>

#include <doctest/doctest.h>

#include <whosaid/graph.hpp>

#include <string>

using namespace whosaid;

namespace {
struct user_tag {};
struct party {
  std::string name;
};
}  // namespace

TEST_SUITE("fmt") {
  TEST_CASE("enums print as their to_string word") {
    CHECK(fmt::format("{}", actor_kind::organization) == "organization");
    CHECK(fmt::format("{}", claim_kind::mixed) == "mixed");
    CHECK(fmt::format("{}", predicate::member) == "member");
  }

  TEST_CASE("enums honour width and alignment") {
    CHECK(fmt::format("[{:>8}]", claim_kind::direct) == "[  direct]");
    CHECK(fmt::format("[{:<7}]", predicate::role) == "[role   ]");
  }

  TEST_CASE("ids print with a prefix that names their kind") {
    CHECK(fmt::format("{}", actor_id(12)) == "a12");
    CHECK(fmt::format("{}", claim_id(7)) == "c7");
    CHECK(fmt::format("{}", relation_id(0)) == "r0");
    CHECK(fmt::format("{}", article_id(3)) == "d3");
    CHECK(fmt::format("{:>5}", actor_id(4)) == "   a4");
  }

  TEST_CASE("an id that is not set prints as none") {
    CHECK(fmt::format("{}", actor_id{}) == "none");
    CHECK(fmt::format("{}", claim_id{}) == "none");
  }

  TEST_CASE("an id of a user's own tag prints with the generic prefix") {
    CHECK(fmt::format("{}", basic_id<user_tag>(5)) == "id5");
  }

  TEST_CASE("a text span prints as its half-open byte range") {
    CHECK(fmt::format("{}", text_span{4, 9}) == "[4, 9)");
    CHECK(fmt::format("{}", text_span{}) == "[0, 0)");
  }

  TEST_CASE("an actor prints as name and kind, whatever its payload") {
    actor a;
    a.name = "Ana Lopes";
    a.kind = actor_kind::person;
    CHECK(fmt::format("{}", a) == "Ana Lopes (person)");
    a.anonymous = true;
    a.name = "a senior official";
    CHECK(fmt::format("{}", a) == "a senior official (person, anonymous)");

    basic_actor<party> p;
    p.name = "Harbour Radio";
    p.kind = actor_kind::media;
    p.payload.name = "not printed";
    CHECK(fmt::format("{}", p) == "Harbour Radio (media)");
  }

  TEST_CASE("an article prints its id, key, headline and outlet") {
    graph g;
    article a;
    a.key = "harbour-1";
    a.headline = "Mayor defends harbour plan";
    a.outlet = "Harbour Radio";
    a.text = "text";
    auto id = g.add_article(a);
    CHECK(fmt::format("{}", g[id]) == "d0 \"harbour-1\" Mayor defends harbour plan (Harbour Radio)");
    article bare;
    CHECK(fmt::format("{}", bare) == "none");
  }

  TEST_CASE("a claim prints its structure without the graph") {
    claim c;
    c.id = claim_id(6);
    c.speaker = actor_id(4);
    c.kind = claim_kind::direct;
    c.content = {10, 20};
    c.cue = {22, 26};
    CHECK(fmt::format("{}", c) == "c6: a4 direct [10, 20) cue [22, 26)");
    c.via = actor_id(5);
    c.about = {actor_id(1), actor_id(2)};
    CHECK(fmt::format("{}", c) == "c6: a4 direct [10, 20) cue [22, 26) via a5 about a1, a2");
  }

  TEST_CASE("a relation prints as subject, predicate, object and label") {
    relation r;
    r.id = relation_id(0);
    r.subject = actor_id(2);
    r.predicate = predicate::role;
    r.object = actor_id(11);
    r.label = "national security adviser";
    CHECK(fmt::format("{}", r) == "r0: a2 -role-> a11 \"national security adviser\"");
    r.label.clear();
    CHECK(fmt::format("{}", r) == "r0: a2 -role-> a11");
  }

  TEST_CASE("formatters work through fmt::to_string and format_to") {
    CHECK(fmt::to_string(actor_id(1)) == "a1");
    fmt::memory_buffer buf;
    fmt::format_to(std::back_inserter(buf), "{} {}", claim_kind::indirect, text_span{1, 2});
    CHECK(fmt::to_string(buf) == "indirect [1, 2)");
  }
}
