// The record of one mention of an actor in a paragraph, the one type every
// stage after mention finding reads (see mentions.hpp for how they are found).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "../../kinds.hpp"
#include "../../text_span.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

enum class mention_type : std::uint8_t { name, pronoun, nominal };

enum : std::uint16_t {
  mf_in_quote = 1,     // inside a quotation
  mf_possessive = 2,   // "Korea’s", "Lee’s"
  mf_anonymous = 4,    // an unnamed specific source: "a senior official"
  mf_group = 8,        // a collective: "analysts", "local media"
  mf_definite = 16,    // "the minister": refers back to someone known
  mf_titled = 32,      // a title or honorific stands before the name
  mf_lexicon = 64,     // the lexicon knows this entity
  mf_demonym = 128,    // matched as a demonym ("Japanese")
  mf_capital = 256,    // matched as a capital or seat of government ("Seoul")
  mf_role = 512,       // a nominal headed by a role noun ("the foreign minister")
  mf_plural = 1024,    // a plural nominal
  mf_modifier = 2048,  // used as a modifier inside a larger phrase ("the Chinese embassy")
  mf_description = 4096,  // a description standing for a person: "the 27-year-old", "the Brazilian"
  mf_male = 8192,          // a full name whose given name men bear ("John Lind")
  mf_female = 16384,       // ... women ("Mary Lind")
  mf_related = 32768,      // "her neighbor", "his lawyer": someone known through another, never that other
};

struct mention {
  std::uint32_t first = 0;  // tokens [first, last) of the whole phrase
  std::uint32_t last = 0;
  text_span span;           // the whole phrase, titles included
  text_span name;           // the name proper ("Jack Straw"), or the nominal without its determiner
  text_span head;           // the last word of the name or the head noun
  actor_kind kind = actor_kind::unknown;
  mention_type type = mention_type::name;
  pronoun_kind pronoun = pronoun_kind::none;
  std::uint16_t flags = 0;
  std::string_view canonical;  // the lexicon's name for the entity; empty otherwise
  // A role premodifier of a person ("Japanese Prime Minister" Sanae Takaichi):
  text_span role;              // "Prime Minister"
  int role_of = -1;            // index (in the same paragraph) of the mention the role belongs to;
                               // for a document nominal, of its author ("a Harbour University poll")

  bool is(std::uint16_t f) const noexcept { return (flags & f) != 0; }
};

// The first mention at or after token `t` in a sorted list.
inline std::size_t first_at(const std::vector<mention>& ms, std::uint32_t t) noexcept {
  std::size_t lo = 0, hi = ms.size();
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (ms[mid].first < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

}  // namespace whosaid::detail
