// {fmt} formatters for the model types, in their own header so that code
// which only needs the model does not pay for <fmt/format.h>.
//
//   fmt::format("{}", actor_kind::media)        -> "media"
//   fmt::format("{}", claim_id(7))              -> "c7"
//   fmt::format("{}", text_span{4, 9})          -> "[4, 9)"
//   fmt::format("{}", g[kang])                  -> "Kang Jun-young (person)"
//
// Ids print as a one-letter prefix and the number: "a12" is actor 12, "c7"
// claim 7, "r3" relation 3, "d0" article 0 (d for document, so that it
// cannot be read as "a"), and "none" for an id that is not set. The prefix
// keeps a log line unambiguous when several kinds of id appear in it; use
// id.value() for the bare number. All formatters accept the string format
// specs (width, fill, alignment): fmt::format("{:>6}", actor_id(3)).
//
// These are fmt::formatter specializations rather than ADL format_as()
// overloads: fmt 9 (Debian 12) honours format_as only for enums that map to
// integers, while formatter specializations work the same on fmt 9, 10 and 11.
// Types that need the graph to be read (a claim's text, a relation's actors'
// names) are written by <whosaid/summary.hpp>; here they print their ids.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string_view>

#include "actor.hpp"
#include "article.hpp"
#include "claim.hpp"
#include "ids.hpp"
#include "kinds.hpp"
#include "relation.hpp"
#include "text_span.hpp"

namespace whosaid {

// The prefix an id of each kind prints with. A user's own tag type gets
// "id" unless it specializes this.
template <class Tag>
struct id_prefix {
  static constexpr std::string_view value = "id";
};
template <>
struct id_prefix<article_tag> {
  static constexpr std::string_view value = "d";
};
template <>
struct id_prefix<actor_tag> {
  static constexpr std::string_view value = "a";
};
template <>
struct id_prefix<claim_tag> {
  static constexpr std::string_view value = "c";
};
template <>
struct id_prefix<relation_tag> {
  static constexpr std::string_view value = "r";
};

namespace detail {

// Formats into a small buffer first, then hands the whole string to fmt's
// string formatter so that width and alignment apply to the result.
struct buffered_formatter : fmt::formatter<fmt::string_view> {
  template <class FormatContext>
  auto write(const fmt::memory_buffer& buf, FormatContext& ctx) const -> decltype(ctx.out()) {
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(buf.data(), buf.size()), ctx);
  }
};

template <class Tag, class Out>
Out format_id(Out out, basic_id<Tag> id) {
  if (!id.valid()) return fmt::format_to(out, "none");
  return fmt::format_to(out, "{}{}", id_prefix<Tag>::value, id.value());
}

}  // namespace detail
}  // namespace whosaid

// Enums print as their to_string() word.
template <>
struct fmt::formatter<whosaid::actor_kind> : fmt::formatter<fmt::string_view> {
  template <class FormatContext>
  auto format(whosaid::actor_kind k, FormatContext& ctx) const -> decltype(ctx.out()) {
    auto s = whosaid::to_string(k);
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(s.data(), s.size()), ctx);
  }
};

template <>
struct fmt::formatter<whosaid::claim_kind> : fmt::formatter<fmt::string_view> {
  template <class FormatContext>
  auto format(whosaid::claim_kind k, FormatContext& ctx) const -> decltype(ctx.out()) {
    auto s = whosaid::to_string(k);
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(s.data(), s.size()), ctx);
  }
};

template <>
struct fmt::formatter<whosaid::predicate> : fmt::formatter<fmt::string_view> {
  template <class FormatContext>
  auto format(whosaid::predicate p, FormatContext& ctx) const -> decltype(ctx.out()) {
    auto s = whosaid::to_string(p);
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(s.data(), s.size()), ctx);
  }
};

template <class Tag>
struct fmt::formatter<whosaid::basic_id<Tag>> : whosaid::detail::buffered_formatter {
  template <class FormatContext>
  auto format(whosaid::basic_id<Tag> id, FormatContext& ctx) const -> decltype(ctx.out()) {
    fmt::memory_buffer buf;
    whosaid::detail::format_id(std::back_inserter(buf), id);
    return write(buf, ctx);
  }
};

// A span prints as the half-open byte range it is: "[b, e)".
template <>
struct fmt::formatter<whosaid::text_span> : whosaid::detail::buffered_formatter {
  template <class FormatContext>
  auto format(whosaid::text_span s, FormatContext& ctx) const -> decltype(ctx.out()) {
    fmt::memory_buffer buf;
    fmt::format_to(std::back_inserter(buf), "[{}, {})", s.begin, s.end);
    return write(buf, ctx);
  }
};

// An actor prints as "name (kind)", with ", anonymous" for an unnamed source:
// "a senior official (person, anonymous)". The payload is not printed.
template <class Payload>
struct fmt::formatter<whosaid::basic_actor<Payload>> : whosaid::detail::buffered_formatter {
  template <class FormatContext>
  auto format(const whosaid::basic_actor<Payload>& a, FormatContext& ctx) const -> decltype(ctx.out()) {
    fmt::memory_buffer buf;
    fmt::format_to(std::back_inserter(buf), "{} ({}{})", a.name, a.kind, a.anonymous ? ", anonymous" : "");
    return write(buf, ctx);
  }
};

// An article prints as its id, key and headline: d0 "reuters-lee-visit" Lee
// to visit Beijing. Empty fields are left out.
template <class Payload>
struct fmt::formatter<whosaid::basic_article<Payload>> : whosaid::detail::buffered_formatter {
  template <class FormatContext>
  auto format(const whosaid::basic_article<Payload>& a, FormatContext& ctx) const -> decltype(ctx.out()) {
    fmt::memory_buffer buf;
    auto out = whosaid::detail::format_id(std::back_inserter(buf), a.id);
    if (!a.key.empty()) out = fmt::format_to(out, " \"{}\"", a.key);
    if (!a.headline.empty()) out = fmt::format_to(out, " {}", a.headline);
    if (!a.outlet.empty()) out = fmt::format_to(out, " ({})", a.outlet);
    return write(buf, ctx);
  }
};

// Without the graph a claim can only show its structure:
// "c6: a4 direct [812, 889) cue [891, 895) via a5 about a10, a11". Use
// <whosaid/summary.hpp> for the words.
template <class Payload>
struct fmt::formatter<whosaid::basic_claim<Payload>> : whosaid::detail::buffered_formatter {
  template <class FormatContext>
  auto format(const whosaid::basic_claim<Payload>& c, FormatContext& ctx) const -> decltype(ctx.out()) {
    fmt::memory_buffer buf;
    auto out = fmt::format_to(std::back_inserter(buf), "{}: {} {} {} cue {}", c.id, c.speaker, c.kind, c.content, c.cue);
    if (c.via.valid()) out = fmt::format_to(out, " via {}", c.via);
    // A loop rather than fmt::join, which moved to <fmt/ranges.h> in fmt 11.
    const char* sep = " about ";
    for (whosaid::actor_id a : c.about) {
      out = fmt::format_to(out, "{}{}", sep, a);
      sep = ", ";
    }
    return write(buf, ctx);
  }
};

// "r0: a2 -role-> a11 "national security adviser""
template <>
struct fmt::formatter<whosaid::relation> : whosaid::detail::buffered_formatter {
  template <class FormatContext>
  auto format(const whosaid::relation& r, FormatContext& ctx) const -> decltype(ctx.out()) {
    fmt::memory_buffer buf;
    auto out = fmt::format_to(std::back_inserter(buf), "{}: {} -{}-> {}", r.id, r.subject, r.predicate, r.object);
    if (!r.label.empty()) out = fmt::format_to(out, " \"{}\"", r.label);
    return write(buf, ctx);
  }
};
