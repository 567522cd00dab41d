#include <whosaid/ids.hpp>

#include <doctest/doctest.h>

#include <type_traits>
#include <unordered_set>

using namespace whosaid;

TEST_SUITE("ids") {
  TEST_CASE("a default id is invalid and a constructed one is valid") {
    actor_id none;
    CHECK_FALSE(none.valid());
    CHECK_FALSE(static_cast<bool>(none));
    actor_id first(0);
    CHECK(first.valid());
    CHECK(first.index() == 0);
  }

  TEST_CASE("ids order and hash by value") {
    CHECK(claim_id(1) < claim_id(2));
    CHECK(claim_id(3) == claim_id(3));
    std::unordered_set<claim_id> set{claim_id(1), claim_id(1), claim_id(2)};
    CHECK(set.size() == 2);
  }

  TEST_CASE("ids of different kinds are distinct types") {
    static_assert(!std::is_convertible_v<actor_id, claim_id>);
    static_assert(!std::is_convertible_v<claim_id, actor_id>);
    static_assert(!std::is_convertible_v<std::uint32_t, actor_id>, "construction from an integer is explicit");
    static_assert(sizeof(actor_id) == 4);
    CHECK(true);
  }
}
