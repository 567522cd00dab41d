// Is what follows a cue the kind of content that cue takes? An object and
// its complement ("urged Oslo to act", "called it “a disgrace”"), or a
// clause ("said (that) ...", "vowed to resist"). The answers come from the
// cue's lexicon flags, so a user's cue behaves like a built-in one with the
// same flags.
#pragma once

#include <cstdint>

#include "clauses.hpp"
#include "context.hpp"
#include "cues.hpp"
#include "reading.hpp"

namespace whosaid::detail {

// Where a cue sieve stands: the sentence, the cue and its reading, and
// what the sentence's earlier claims settled.
struct cue_site {
  const sentence& s;
  const cue_hit& h;
  const cue_reading& r;
  std::uint32_t covered_to;  // content already claimed up to here
  int sentence_speaker;      // the first speaker found in the sentence, or -1
};

// A double quotation opens somewhere in [k, e).
inline bool holds_quote(const attribution_context& c, std::uint32_t k, std::uint32_t e) noexcept {
  for (std::uint32_t q = k; q < e; ++q)
    if (c.quote_at[q] >= 0 && !c.p.quotes[static_cast<std::size_t>(c.quote_at[q])].single) return true;
  return false;
}

// "urged X to ...", "accused X of ...", "described X as ...", a quotation
// ("called X “...”"), or the object itself after a phrasal cue ("called for
// X", "hinted at X"). A quote-only cue needs the quotation.
inline bool object_complement_ok(const attribution_context& c, const cue_site& site, std::uint32_t e) noexcept {
  const std::uint32_t k = site.r.k;
  const bool quote = holds_quote(c, k, e);
  if (site.h.has(cue_flags::quote_only)) return quote;
  if (quote || site.h.has(cue_flags::particle)) return true;
  for (std::uint32_t j = k; j < e && j < k + 8; ++j)
    if (c.is(j, "to") || c.is(j, "of") || c.is(j, "as")) return true;
  return false;
}

// A gerund phrase after a verb of saying: "denied taking the money",
// "recalled hearing shots" (not "fear mongering").
inline bool gerund_complement(const attribution_context& c, std::uint32_t k, std::uint32_t e) noexcept {
  return k + 1 < e && c.is_word(k) && c.outside(k) && !c.tok(k).is(tf_capitalized) && ends_in_ing(c.wd(k)) &&
         !in_list(not_gerund_words, c.wd(k));
}

// A clause: after "that" or a colon, a quotation, a to-infinitive of a cue
// that takes one, or words that read as a clause. A cue of uncertain use
// ("added 3%", "noted the rise") needs one of the first three or a clause;
// a cue that takes a bare clause ("said the fares were too high") needs
// nothing more.
inline bool clause_complement_ok(const attribution_context& c, const cue_site& site, std::uint32_t e) noexcept {
  const cue_reading& r = site.r;
  const std::uint32_t k = r.k;
  const bool quote = holds_quote(c, k, e) || c.tok(k).kind == token_kind::open_quote;
  if (r.that || r.colon || quote) return true;
  if (site.h.has(cue_flags::ambiguous)) return looks_like_clause(c, k, e);
  if (!site.h.has(cue_flags::that_clause)) return false;
  if (site.h.has(cue_flags::bare_clause)) return true;
  if (site.h.has(cue_flags::speech) && gerund_complement(c, k, e)) return true;
  return (infinitive_complement(c, site.h, k, e) && !r.part) || looks_like_clause(c, k, e);
}

// The content shape the cue takes, checked as above.
inline bool complement_ok(const attribution_context& c, const cue_site& site, std::uint32_t e) noexcept {
  return site.r.object_first ? object_complement_ok(c, site, e) : clause_complement_ok(c, site, e);
}

}  // namespace whosaid::detail
