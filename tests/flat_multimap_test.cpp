// detail::flat_multimap: the chained multimap behind the name indices.
#include <whosaid/detail/flat_multimap.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

using whosaid::detail::flat_multimap;

namespace {
std::vector<int> values(const flat_multimap<int>& m, std::uint64_t key) {
  std::vector<int> out;
  m.for_each(key, [&](int v) { out.push_back(v); });
  return out;
}
}  // namespace

TEST_SUITE("detail/flat_multimap") {
  TEST_CASE("values under a key come back newest first, other keys stay apart") {
    flat_multimap<int> m;
    CHECK(values(m, 7).empty());
    m.insert(7, 1);
    m.insert(8, 2);
    m.insert(7, 3);
    CHECK(values(m, 7) == std::vector<int>{3, 1});
    CHECK(values(m, 8) == std::vector<int>{2});
    CHECK(values(m, 9).empty());
    CHECK(m.size() == 3);
  }

  TEST_CASE("for_each_since visits only what was inserted from a given size on, across rehashes") {
    flat_multimap<int> m;
    for (int i = 0; i < 1000; ++i) m.insert(static_cast<std::uint64_t>(i % 3), i);
    std::vector<int> seen;
    m.for_each_since(1, 900, [&](int v) { seen.push_back(v); });
    // Inserted at positions 900..999 under key 1: 901, 904, ..., 997, newest first.
    REQUIRE(seen.size() == 33);
    CHECK(seen.front() == 997);
    CHECK(seen.back() == 901);
    seen.clear();
    m.for_each_since(1, 0, [&](int v) { seen.push_back(v); });
    CHECK(seen == values(m, 1));
    seen.clear();
    m.for_each_since(1, 1000, [&](int v) { seen.push_back(v); });
    CHECK(seen.empty());
  }

  TEST_CASE("growth rehashes without losing entries, including keys that collide in the low bits") {
    flat_multimap<int> m;
    for (int i = 0; i < 10000; ++i) m.insert(static_cast<std::uint64_t>(i % 1000) << 32, i);
    for (int k = 0; k < 1000; k += 97) {
      auto v = values(m, static_cast<std::uint64_t>(k) << 32);
      CHECK(v.size() == 10);
      CHECK(std::all_of(v.begin(), v.end(), [&](int x) { return x % 1000 == k; }));
    }
    m.clear();
    CHECK(m.empty());
    CHECK(values(m, 0).empty());
  }
}
