// whosaid - a tiny read-only view over the built-in constexpr lexicon tables.
#pragma once

#include <cstddef>

namespace whosaid {

/// A non-owning view of one built-in lexicon table (a C array with static
/// storage). Iterable with range-for; `size()` gives the number of rows.
template <class Row>
struct table_ref {
  const Row* first = nullptr;
  std::size_t count = 0;

  constexpr const Row* begin() const noexcept { return first; }
  constexpr const Row* end() const noexcept { return first + count; }
  constexpr std::size_t size() const noexcept { return count; }
  constexpr const Row& operator[](std::size_t i) const noexcept { return first[i]; }
};

namespace detail {
template <class Row, std::size_t N>
constexpr table_ref<Row> make_table_ref(const Row (&rows)[N]) noexcept {
  return table_ref<Row>{rows, N};
}
}  // namespace detail

}  // namespace whosaid
