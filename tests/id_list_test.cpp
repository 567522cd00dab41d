#include <whosaid/detail/id_list.hpp>
#include <whosaid/ids.hpp>

#include <doctest/doctest.h>

#include <vector>

using whosaid::actor_id;
using list = whosaid::detail::id_list<actor_id>;

namespace {
std::vector<actor_id> ids(std::initializer_list<unsigned> vs) {
  std::vector<actor_id> out;
  for (unsigned v : vs) out.emplace_back(v);
  return out;
}
std::vector<actor_id> as_vector(const list& l) { return std::vector<actor_id>(l.begin(), l.end()); }
}  // namespace

TEST_SUITE("detail/id_list") {
  TEST_CASE("it is 16 bytes and holds three ids without a heap block") {
    CHECK(sizeof(list) == 16);
    list l{actor_id(1), actor_id(2), actor_id(3)};
    CHECK(l.size() == 3);
    CHECK(l.capacity() == list::inline_capacity);
    CHECK(as_vector(l) == ids({1, 2, 3}));
  }

  TEST_CASE("push_back past three moves to the heap and keeps every id in order") {
    list l;
    for (unsigned i = 0; i < 1000; ++i) l.push_back(actor_id(i));
    REQUIRE(l.size() == 1000);
    CHECK(l.capacity() >= 1000);
    for (unsigned i = 0; i < 1000; ++i) CHECK(l[i] == actor_id(i));
    CHECK(l.front() == actor_id(0));
    CHECK(l.back() == actor_id(999));
  }

  TEST_CASE("pushing one of its own ids is safe when the list grows") {
    list l{actor_id(7), actor_id(8), actor_id(9)};
    l.push_back(l[0]);
    CHECK(as_vector(l) == ids({7, 8, 9, 7}));
  }

  TEST_CASE("copies and moves are independent and leave the source valid") {
    for (unsigned n : {2u, 40u}) {
      list a;
      for (unsigned i = 0; i < n; ++i) a.push_back(actor_id(i));
      list b = a;
      b.push_back(actor_id(100));
      CHECK(a.size() == n);
      CHECK(b.size() == n + 1);
      list c = std::move(b);
      CHECK(c.size() == n + 1);
      CHECK(b.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty by contract
      b = c;
      CHECK(b == c);
      a = std::move(c);
      CHECK(a == b);
      a = a;  // self-assignment
      CHECK(a == b);
    }
  }

  TEST_CASE("erase and insert keep order, on the heap and inline") {
    for (unsigned n : {3u, 20u}) {
      list l;
      for (unsigned i = 0; i < n; ++i) l.push_back(actor_id(i));
      l.erase(l.begin());
      CHECK(l.size() == n - 1);
      CHECK(l.front() == actor_id(1));
      l.insert(l.begin(), actor_id(0));
      CHECK(l.size() == n);
      for (unsigned i = 0; i < n; ++i) CHECK(l[i] == actor_id(i));
      l.erase(l.begin() + 1, l.end());
      CHECK(as_vector(l) == ids({0}));
    }
  }

  TEST_CASE("converts from and to std::vector, as claim.about did before it") {
    std::vector<actor_id> v = ids({4, 5, 6, 7, 8});
    list l;
    l = v;
    CHECK(as_vector(l) == v);
    std::vector<actor_id> back = l;
    CHECK(back == v);
    l = {actor_id(1)};
    CHECK(l.size() == 1);
  }

  TEST_CASE("shrink_to_fit moves a short list back inline") {
    list l;
    for (unsigned i = 0; i < 10; ++i) l.push_back(actor_id(i));
    l.resize(2);
    l.shrink_to_fit();
    CHECK(l.capacity() == list::inline_capacity);
    CHECK(as_vector(l) == ids({0, 1}));
    l.resize(5, actor_id(9));
    CHECK(as_vector(l) == ids({0, 1, 9, 9, 9}));
  }
}
