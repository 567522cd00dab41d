// Sieve: the content comes first, the speaker between it and the cue.
//
//   “The bridge is safe,” Mia Olsen said.
//   The tunnel will cost more, the mayor Anna Lind said.
//   ..., Lee, a professor at Nordbank, said.       (the name before the apposition)
//   “...,” Rep. Ann Berg (D-Ore.) said of the plan.
//   “...,” Ann Lind of Harbour Bank said.       (the person, not her bank)
//   The ferry, Norvik said, was its biggest yet.   (set inside its clause)
//   “...” Lind said.                               (a sentence of its own after the quote)
//
// Where no speaker stands before the cue it passes, for `inverted`.
#pragma once

#include "sieve.hpp"
#include "speakers.hpp"

namespace whosaid::detail {

// The content from `cstart` to the speaker at `boundary`, shared with the
// inverted sieve: without the speaker's premodifiers ("..., the mayor Anna
// Lind said") and lower-case descriptors after a closing mark ("“...,”
// panel chairman Jo Lind said"); a claim set inside its clause runs on past
// the attribution to the clause end. Empty content means "“...” X said."
// after a quote sentence: that quote is the content.
inline bool content_up_to_speaker(attribution_context& c, const cue_site& site, int sp, std::uint32_t boundary,
                                  std::uint32_t cstart, bool strict_inverted, attribution& a) {
  const auto& tk = c.p.tokens;
  const sentence& s = site.s;
  while (boundary > cstart && c.covered_by_modifier(boundary - 1)) --boundary;
  std::uint32_t e = boundary;
  for (std::uint32_t q = e; q > cstart && q + 4 > e; --q) {
    if (tk[q - 1].kind == token_kind::close_quote) {
      if (q < e && q >= cstart + 2 && c.is_punct(q - 2, ',')) e = q;
      break;
    }
    if (!c.is_word(q - 1) || !c.outside(q - 1) || tk[q - 1].is(tf_capitalized) ||
        (c.vc(q - 1) & vc_is_function_word) != 0 || c.has_cue(q - 1))
      break;
  }
  while (e > cstart && (c.is_punct(e - 1, ',') || c.is_dash(e - 1))) --e;
  if (e <= cstart) return attach_previous_quote(c, s, a, sp);
  // "The latest launch, Norvik said, was its biggest yet": the content runs
  // on past the attribution, which it includes (a claim is one span). A
  // quotation before "X said" is complete: "“...,” X said, shortly after".
  if (!strict_inverted && sp >= 0 && boundary > cstart) {
    bool quoted = false;
    for (std::uint32_t q = cstart; q < e && !quoted; ++q) quoted = !c.outside(q) || tk[q].kind == token_kind::open_quote;
    const std::uint32_t k = site.r.k;
    const std::uint32_t more = quoted ? k : parenthetical_rest(c, s, k, incomplete_report(c, cstart, e));
    if (more > k) e = more;
  }
  if (!set_content(c, a, cstart, e)) return false;
  a.speaker = sp;
  return true;
}

struct content_then_cue {
  static constexpr attribution_rule rule = attribution_rule::content_then_cue;

  static sieve_verdict apply(attribution_context& c, const cue_site& site, attribution& a) {
    if (site.r.inverted >= 0) return sieve_verdict::pass;
    const sentence& s = site.s;
    const std::uint32_t cstart = clause_start(c, s, site.h.first, site.covered_to);
    std::uint32_t j = site.h.first;
    // Adverbs and auxiliaries before the cue: "he also said", "Wi has said".
    while (j > cstart && c.is_word(j - 1) && c.outside(j - 1) && c.mention_at_end[j - 1] < 0 &&
           c.mention_at_end[j] < 0 && adverb_or_aux(c, j - 1))
      --j;
    if (c.mention_at_end[j] < 0) j = before_parenthesis(c, j, cstart);
    j = before_relative_clause(c, j, cstart);
    int sp = -1;
    std::uint32_t boundary = j;
    if (c.mention_at_end[j] >= 0 && c.speaker_like(c.mention_at_end[j])) {
      sp = c.mention_at_end[j];
      boundary = c.m(sp).first;
      int person = unclosed_apposition(c, s, sp);
      // "“...,” Ann Lind of Harbour Bank said": the person, not her bank.
      if (person < 0) person = person_of_org(c, s, sp);
      if (person >= 0 && c.m(person).first > cstart) {
        sp = person;
        boundary = c.m(person).first;
      }
    } else if (j > cstart && c.is_punct(j - 1, ',')) {
      // "..., Lee, a professor at Y, said.": the name before the apposition.
      std::uint32_t open = j - 1;
      while (open > cstart && !(c.is_punct(open - 1, ',') && c.outside(open - 1))) --open;
      const int before = open > cstart ? c.mention_at_end[open - 1] : -1;
      if (!(before >= 0 && c.speaker_like(before) && c.m(before).kind == actor_kind::person &&
            c.m(before).first > cstart))
        return sieve_verdict::settled;
      sp = before;
      boundary = c.m(before).first;
    } else {
      return sieve_verdict::pass;
    }
    return content_up_to_speaker(c, site, sp, boundary, cstart, false, a) ? sieve_verdict::claim
                                                                         : sieve_verdict::settled;
  }
};

}  // namespace whosaid::detail
