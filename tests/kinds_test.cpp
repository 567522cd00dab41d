#include <whosaid/kinds.hpp>

#include <doctest/doctest.h>

using namespace whosaid;

TEST_SUITE("kinds") {
  TEST_CASE("every actor kind round-trips through to_string and parse") {
    for (auto k : {actor_kind::person, actor_kind::organization, actor_kind::country, actor_kind::media,
                   actor_kind::group, actor_kind::location, actor_kind::document, actor_kind::unknown})
      CHECK(parse_actor_kind(to_string(k)) == k);
    CHECK(to_string(actor_kind::media) == "media");
  }

  TEST_CASE("every claim kind and predicate round-trips") {
    for (auto k : {claim_kind::direct, claim_kind::indirect, claim_kind::mixed}) CHECK(parse_claim_kind(to_string(k)) == k);
    for (auto p : {predicate::role, predicate::member, predicate::action, predicate::other})
      CHECK(parse_predicate(to_string(p)) == p);
  }

  TEST_CASE("parse rejects unknown words instead of throwing") {
    CHECK_FALSE(parse_actor_kind("Person").has_value());
    CHECK_FALSE(parse_claim_kind("").has_value());
    CHECK_FALSE(parse_predicate("likes").has_value());
  }

  TEST_CASE("unknown is compatible with every kind, other kinds only with themselves") {
    CHECK(compatible(actor_kind::unknown, actor_kind::person));
    CHECK(compatible(actor_kind::country, actor_kind::country));
    CHECK_FALSE(compatible(actor_kind::country, actor_kind::person));
  }
}
