// What surrounds one cue, read once per cue and shared by every sieve that
// looks at it: is it a participle, does "that" or a colon follow, is there
// an addressee ("told reporters"), does anything follow at all, is the
// speaker right after it ("“...,” said X")? The sieves decide from this;
// none of them reads the words after the cue again.
#pragma once

#include <cstdint>

#include "clauses.hpp"
#include "context.hpp"
#include "cues.hpp"

namespace whosaid::detail {

struct cue_reading {
  bool part = false;          // a participle: ", saying ..."
  bool the_fact = false;      // "welcomed the fact (that) ..."
  bool object_first = false;  // its object comes first: "urged X to", "called X “...”"
  bool addressee = false;     // an addressee was skipped: "told reporters", "said to the BBC"
  bool that = false;          // "that" opens the content
  bool colon = false;         // a colon (or a comma before a quotation) opens the content
  bool nothing_after = false; // the content is not after the cue
  std::uint32_t k = 0;        // where the content after the cue starts
  int inverted = -1;          // "“...,” said X": the speaker right after the cue
  int via = -1;               // a channel among the words after the cue
};

// An addressee at k ("told reporters that", "warned investors: “...”",
// "urged Oslo to") is one only when the content follows it: "that", a
// colon, a quotation, a to-infinitive, or, after a cue that takes a bare
// clause, anything. Otherwise the noun after the cue was the reported
// clause's subject ("warned the plan would fail").
inline std::uint32_t skip_addressee_if_any(const attribution_context& c, const sentence& s, const cue_hit& h,
                                           std::uint32_t k, attribution& a, bool& found) {
  found = false;
  if (k >= s.last || !c.is_word(k) || !c.outside(k) || c.is(k, "that") ||
      ((c.vc(k) & vc_breaks_noun_phrase) != 0 && (c.vc(k) & vc_is_object_pronoun) == 0 && c.mention_at_start[k] < 0))
    return k;
  attribution probe;
  std::uint32_t j = skip_addressee(c, s, k, probe);
  if (j <= k) return k;
  j = skip_adverbials(c, s, j, probe);
  const bool content_follows = j < s.last && (c.is(j, "that") || c.is_punct(j, ':') ||
                                              c.tok(j).kind == token_kind::open_quote ||
                                              (h.has(cue_flags::infinitive) && c.is(j, "to")) ||
                                              (c.is_punct(j, ',') && j + 1 < s.last &&
                                               c.tok(j + 1).kind == token_kind::open_quote));
  if (!content_follows && !h.has(cue_flags::bare_clause)) return k;
  found = true;
  if (probe.via >= 0) a.via = probe.via;
  return j;
}

// "wrote in the Harbour Review", "posted on Orbit": after a cue of writing,
// the publication a name stands for is the channel, whatever kind the
// mention finder gave the name (it may not know the title).
inline void written_channel(const attribution_context& c, const cue_hit& h, std::uint32_t end, attribution& a) {
  if (!h.has(cue_flags::written) || a.via >= 0) return;
  for (std::uint32_t k = h.last; k + 1 < end; ++k) {
    if (!(c.is(k, "in") || c.is(k, "on"))) continue;
    std::uint32_t j = k + 1;
    if (c.is(j, "the") && c.mention_at_start[j] < 0) ++j;
    const int mi = j < end ? c.mention_at_start[j] : -1;
    if (mi < 0) continue;
    const mention& m = c.m(mi);
    if (m.type == mention_type::name && (m.kind == actor_kind::media || m.kind == actor_kind::organization ||
                                         m.kind == actor_kind::unknown))
      a.via = mi;
    return;
  }
}

// "said the skipper and navigator.": a second role noun coordinated with
// the speaker's, closing the clause.
inline bool second_role_ends(const attribution_context& c, std::uint32_t k, std::uint32_t end) noexcept {
  if (k + 1 >= end || !c.in_class(k, vc_is_coordinator) || !c.is_word(k + 1)) return false;
  if ((c.p.info(k + 1).word_flags & whosaid::lexicon::word_class::role) == 0) return false;
  return k + 2 >= end || c.tok(k + 2).kind == token_kind::punct;
}

// "said that, if elected, he would ...", "said, in her view, the plan ...":
// a comma right after the cue (or its "that") opening a short aside that a
// clause follows. Without "that", only when nothing was quoted before the
// cue (there the comma leads to a trailing aside: "“...,” she said,
// smiling") and the aside is no participle or second cue.
inline bool aside_then_clause(const attribution_context& c, const sentence& s, const cue_hit& h, std::uint32_t k,
                              bool after_that) noexcept {
  if (after_that) return true;
  if (content_before(c, s, h) || k + 2 >= s.last || !c.is_word(k + 1)) return false;
  if (ends_in_ing(c.wd(k + 1))) return false;
  const std::uint32_t lim = k + 2 + window::aside < s.last ? k + 2 + window::aside : s.last;
  for (std::uint32_t j = k + 2; j < lim; ++j) {
    if (!c.outside(j) || c.tok(j).kind == token_kind::open_quote || c.has_cue(j)) return false;
    if (c.is_punct(j, ',')) return j + 1 < s.last && looks_like_clause(c, j + 1, s.last);
    if (c.tok(j).kind == token_kind::punct) return false;
  }
  return false;
}

inline cue_reading read_cue(const attribution_context& c, const sentence& s, const cue_hit& h) {
  const auto& tk = c.p.tokens;
  cue_reading r;
  attribution a;  // collects the channel
  r.part = participle(c, h);
  r.the_fact = h.last + 1 < s.last && c.is(h.last, "the") && c.is(h.last + 1, "fact") && c.outside(h.last);
  r.object_first = !r.the_fact && h.has(cue_flags::about_object);
  std::uint32_t k = h.last;
  if (r.the_fact) k += 2;
  if (!r.object_first) {
    k = skip_adverbials(c, s, k, a);
    if (h.has(cue_flags::addressee)) {
      k = skip_addressee_if_any(c, s, h, k, a, r.addressee);
    } else if (h.has(cue_flags::addressee_to) && k + 1 < s.last && c.is(k, "to") && c.outside(k)) {
      // "said to reporters that", "explained to the panel: “...”"
      const std::uint32_t j = skip_addressee_if_any(c, s, h, k + 1, a, r.addressee);
      if (r.addressee) k = j;
    }
  }
  written_channel(c, h, k, a);
  r.that = r.the_fact;
  if (k < s.last && c.is(k, "that") && c.outside(k)) {
    ++k;
    r.that = true;
  }
  if (k < s.last && c.is_punct(k, ':')) {
    ++k;
    r.colon = true;
  } else if (k + 1 < s.last && c.is_punct(k, ',') && tk[k + 1].kind == token_kind::open_quote && !r.part &&
             !quote_then_speaker(c, s, h)) {
    // "Jones said, “When people come back ...”": a comma introducing a
    // quotation, as a colon does; not the second half of a split quote
    // ("“We tried,” Ruiz said, “but ...”"), whose first half is the content.
    ++k;
    r.colon = true;
  }
  std::uint32_t rest = k;
  while (rest < s.last && (c.is_punct(rest, '.') || c.is_punct(rest, '!'))) ++rest;
  r.nothing_after = rest >= s.last || (c.is_punct(k, ',') && !r.part && !aside_then_clause(c, s, h, k, r.that));
  // "“...,” Tamm told reporters after meeting her counterpart": when the
  // content came before the cue, an adverbial after it is not content.
  if (!r.nothing_after && !r.that && !r.colon && !r.part && (adverbial_opener(c, k) || quote_then_speaker(c, s, h)) &&
      content_before(c, s, h))
    r.nothing_after = !that_follows(c, k, s.last);
  // Inverted: "“...,” said X" -- a comma or closing mark right before the
  // cue, and right after it a speaker that ends the clause or is followed
  // by an adverbial or an affiliation ("said X on Friday", "said X of the
  // plan", "said Dr. Ann Lind with the county health department").
  if (!r.part && !r.addressee && h.first > s.first && !r.that && !r.colon &&
      (c.is_punct(h.first - 1, ',') || tk[h.first - 1].kind == token_kind::close_quote)) {
    const int m = mention_after(c, h.last, s.last);
    if (m >= 0 && c.speaker_like(m) && c.m(m).type != mention_type::pronoun) {
      const std::uint32_t after = c.m(m).last;
      const bool ends = after >= s.last || tk[after].kind == token_kind::punct ||
                        c.in_class(after, vc_opens_adverbial | vc_is_weekday) || c.is(after, "last") ||
                        c.is(after, "this") || c.is(after, "by") || c.in_class(after, vc_is_affiliation) ||
                        second_role_ends(c, after, s.last);
      if (ends) r.inverted = m;
    }
  }
  r.k = k;
  r.via = a.via;
  return r;
}

}  // namespace whosaid::detail
