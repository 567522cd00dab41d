// The closed vocabularies of the model: what an actor is, how a claim is
// reported, what a relation says. Each enum has to_string() and a parse_*()
// that returns std::nullopt on an unknown word instead of throwing, because
// these words arrive from files and command lines.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace whosaid {

enum class actor_kind : std::uint8_t { person, organization, country, media, group, location, unknown };

enum class claim_kind : std::uint8_t {
  direct,    // the whole content is inside quotation marks
  indirect,  // paraphrase: "X said that ..."
  mixed      // paraphrase with quoted fragments inside it
};

// What a relation states. `role` and `member` are the affiliations the
// extractor finds; `action` is "subject does something to object" (the label
// says what); `other` leaves the meaning to the label entirely.
enum class predicate : std::uint8_t { role, member, action, other };

namespace detail {
template <class Enum, std::size_t N>
struct enum_names {
  std::string_view names[N];
  constexpr std::string_view operator()(Enum e) const noexcept {
    auto i = static_cast<std::size_t>(e);
    return i < N ? names[i] : std::string_view("?");
  }
  constexpr std::optional<Enum> parse(std::string_view s) const noexcept {
    for (std::size_t i = 0; i < N; ++i)
      if (names[i] == s) return static_cast<Enum>(i);
    return std::nullopt;
  }
};
inline constexpr enum_names<actor_kind, 7> actor_kind_names{
    {"person", "organization", "country", "media", "group", "location", "unknown"}};
inline constexpr enum_names<claim_kind, 3> claim_kind_names{{"direct", "indirect", "mixed"}};
inline constexpr enum_names<predicate, 4> predicate_names{{"role", "member", "action", "other"}};
}  // namespace detail

constexpr std::string_view to_string(actor_kind k) noexcept { return detail::actor_kind_names(k); }
constexpr std::string_view to_string(claim_kind k) noexcept { return detail::claim_kind_names(k); }
constexpr std::string_view to_string(predicate p) noexcept { return detail::predicate_names(p); }

constexpr std::optional<actor_kind> parse_actor_kind(std::string_view s) noexcept {
  return detail::actor_kind_names.parse(s);
}
constexpr std::optional<claim_kind> parse_claim_kind(std::string_view s) noexcept {
  return detail::claim_kind_names.parse(s);
}
constexpr std::optional<predicate> parse_predicate(std::string_view s) noexcept {
  return detail::predicate_names.parse(s);
}

// Two kinds may describe the same actor when they are equal or one of them
// is not known. Used by merge() so that "Seoul" the country government never
// joins "Seoul" a person, while an actor of unknown kind can still be unified.
constexpr bool compatible(actor_kind a, actor_kind b) noexcept {
  return a == b || a == actor_kind::unknown || b == actor_kind::unknown;
}

}  // namespace whosaid
