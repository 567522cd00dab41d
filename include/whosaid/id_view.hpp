// A read-only view of a run of ids, as the graph's index queries return them.
// It points into the graph's own index vectors: O(1) to make, no allocation,
// valid until the graph is next modified.
#pragma once

#include <cstddef>

namespace whosaid {

template <class Id>
class id_view {
 public:
  using value_type = Id;
  using const_iterator = const Id*;
  using iterator = const_iterator;

  constexpr id_view() noexcept = default;
  constexpr id_view(const Id* first, const Id* last) noexcept : first_(first), last_(last) {}
  template <class Container>
  constexpr explicit id_view(const Container& c) noexcept : first_(c.data()), last_(c.data() + c.size()) {}

  constexpr const Id* begin() const noexcept { return first_; }
  constexpr const Id* end() const noexcept { return last_; }
  constexpr std::size_t size() const noexcept { return static_cast<std::size_t>(last_ - first_); }
  constexpr bool empty() const noexcept { return first_ == last_; }
  constexpr Id operator[](std::size_t i) const noexcept { return first_[i]; }
  constexpr Id front() const noexcept { return *first_; }
  constexpr Id back() const noexcept { return *(last_ - 1); }

 private:
  const Id* first_ = nullptr;
  const Id* last_ = nullptr;
};

}  // namespace whosaid
