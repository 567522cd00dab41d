// The closed vocabularies of the model: what an actor is, how a claim is
// reported, what a relation says. Each enum has to_string() and a parse_*()
// that returns std::nullopt on an unknown word instead of throwing, because
// these words arrive from files and command lines.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace whosaid {

// `document`: a report, poll, statement or filing that the text lets speak
// ("the poll shows ...") where it names no author.
enum class actor_kind : std::uint8_t { person, organization, country, media, group, location, document, unknown };

enum class claim_kind : std::uint8_t {
  direct,    // the whole content is inside quotation marks
  indirect,  // paraphrase: "X said that ..."
  mixed      // paraphrase with quoted fragments inside it
};

// The attribution sieve that decided a claim (see extract/detail/attribution/order.hpp
// for what each one reads, and the order they run in). `none` for claims
// made by hand or read from a file that did not say.
enum class attribution_rule : std::uint8_t {
  none,
  colon_introduction,    // X said: “...”
  content_then_cue,      // “...,” X said.   ..., X said.
  inverted,              // “...,” said X.
  according_to,          // according to X, ...
  passive,               // X was quoted as saying ...
  object_cue,            // X urged Y to ...   X called Y “...”
  participle,            // ..., saying ...   Calling it “...”, X said   X said A and added B
  cue_then_content,      // X said (that) ...
  speaker_label,         // Lind: Ferry Fares Will Double
  dash_signature,        // “...” — Ann Lind
  quote_continuation,    // “...,” X said. “...” (in the same sentence as the claim)
  inherited_speaker,     // a quotation standing alone: the previous speaker's
  coordinated_speaker,   // Germany and France said: one claim each
  role_speaker,          // the minister said: the article's one named minister
};

// What a relation states. `role` and `member` are the affiliations the
// extractor finds; `action` is "subject does something to object" (the label
// says what); `other` leaves the meaning to the label entirely (the extractor
// gives it to a role that ties two people: "Hollis's lawyer, X").
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
inline constexpr enum_names<actor_kind, 8> actor_kind_names{
    {"person", "organization", "country", "media", "group", "location", "document", "unknown"}};
inline constexpr enum_names<claim_kind, 3> claim_kind_names{{"direct", "indirect", "mixed"}};
inline constexpr enum_names<predicate, 4> predicate_names{{"role", "member", "action", "other"}};
inline constexpr enum_names<attribution_rule, 15> attribution_rule_names{
    {"none", "colon_introduction", "content_then_cue", "inverted", "according_to", "passive", "object_cue",
     "participle", "cue_then_content", "speaker_label", "dash_signature", "quote_continuation",
     "inherited_speaker", "coordinated_speaker", "role_speaker"}};
}  // namespace detail

constexpr std::string_view to_string(actor_kind k) noexcept { return detail::actor_kind_names(k); }
constexpr std::string_view to_string(claim_kind k) noexcept { return detail::claim_kind_names(k); }
constexpr std::string_view to_string(predicate p) noexcept { return detail::predicate_names(p); }
constexpr std::string_view to_string(attribution_rule r) noexcept { return detail::attribution_rule_names(r); }

constexpr std::optional<actor_kind> parse_actor_kind(std::string_view s) noexcept {
  return detail::actor_kind_names.parse(s);
}
constexpr std::optional<claim_kind> parse_claim_kind(std::string_view s) noexcept {
  return detail::claim_kind_names.parse(s);
}
constexpr std::optional<predicate> parse_predicate(std::string_view s) noexcept {
  return detail::predicate_names.parse(s);
}
constexpr std::optional<attribution_rule> parse_attribution_rule(std::string_view s) noexcept {
  return detail::attribution_rule_names.parse(s);
}

// Two kinds may describe the same actor when they are equal or one of them
// is not known. Used by merge() so that "Seoul" the country government never
// joins "Seoul" a person, while an actor of unknown kind can still be unified.
constexpr bool compatible(actor_kind a, actor_kind b) noexcept {
  return a == b || a == actor_kind::unknown || b == actor_kind::unknown;
}

}  // namespace whosaid
