// Strongly typed ids. Each id is an index into one of the graph's vectors:
// O(1) lookup, stable for the graph's lifetime, and usable as a key in every
// export format. The tag makes actor_id and claim_id distinct types, so
// passing one where the other is expected does not compile.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>

namespace whosaid {

template <class Tag>
class basic_id {
 public:
  using value_type = std::uint32_t;
  static constexpr value_type invalid_value = std::numeric_limits<value_type>::max();

  constexpr basic_id() noexcept = default;
  constexpr explicit basic_id(value_type v) noexcept : value_(v) {}

  constexpr value_type value() const noexcept { return value_; }
  constexpr std::size_t index() const noexcept { return value_; }
  constexpr bool valid() const noexcept { return value_ != invalid_value; }
  constexpr explicit operator bool() const noexcept { return valid(); }

  friend constexpr bool operator==(basic_id a, basic_id b) noexcept { return a.value_ == b.value_; }
  friend constexpr bool operator!=(basic_id a, basic_id b) noexcept { return a.value_ != b.value_; }
  friend constexpr bool operator<(basic_id a, basic_id b) noexcept { return a.value_ < b.value_; }
  friend constexpr bool operator>(basic_id a, basic_id b) noexcept { return a.value_ > b.value_; }
  friend constexpr bool operator<=(basic_id a, basic_id b) noexcept { return a.value_ <= b.value_; }
  friend constexpr bool operator>=(basic_id a, basic_id b) noexcept { return a.value_ >= b.value_; }

 private:
  value_type value_ = invalid_value;
};

struct article_tag {};
struct actor_tag {};
struct claim_tag {};
struct relation_tag {};

using article_id = basic_id<article_tag>;
using actor_id = basic_id<actor_tag>;
using claim_id = basic_id<claim_tag>;
using relation_id = basic_id<relation_tag>;

}  // namespace whosaid

template <class Tag>
struct std::hash<whosaid::basic_id<Tag>> {
  std::size_t operator()(whosaid::basic_id<Tag> id) const noexcept { return std::hash<std::uint32_t>{}(id.value()); }
};
