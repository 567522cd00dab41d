// Finding the reporting cues of a sentence, and the facts about a cue that
// the sieves ask: is it a participle ("saying"), a verb or a noun ("the
// claim"), a finite progressive ("is accusing")? What a cue does (takes a
// that-clause, an addressee, an object, an infinitive) is the lexicon's
// cue_flags, never the cue's spelling.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "context.hpp"

namespace whosaid::detail {

// The cue that starts at token i (before `end`), or nothing: the longest
// multi-word cue phrase there ("according to", "went on to say", "was quoted
// as saying"), else the word's own cue. Adjunct phrases ("in a statement",
// "speaking to") attach to a cue; they are not one.
inline std::optional<cue_hit> cue_at(const attribution_context& c, std::uint32_t i, std::uint32_t end) noexcept {
  const auto& tk = c.p.tokens;
  if (tk[i].kind != token_kind::word || !c.outside(i) || tk[i].is(tf_in_single)) return std::nullopt;
  // Only where the lexicon says a phrase can start (the scan knows), and
  // its second word is not a name.
  const word_info& wi = c.p.info(i);
  const bool phrase = (wi.cue_phrase_first || !wi.first_word_whole) && i + 1 < end &&
                      tk[i + 1].kind == token_kind::word && !tk[i + 1].is(tf_capitalized);
  const std::uint32_t longest = static_cast<std::uint32_t>(c.lex.max_cue_words());
  for (std::uint32_t len = longest; len >= 2 && phrase; --len) {
    if (i + len > end) continue;
    bool ok = true;
    for (std::uint32_t j = i; j < i + len && ok; ++j) ok = tk[j].kind == token_kind::word;
    if (!ok) continue;
    // (Only where a multi-word cue may end: the scan said which.)
    const word_info& wl = c.p.info(i + len - 1);
    if (!(wl.cue_phrase_last || !wl.last_word_whole)) continue;
    const std::string_view s = c.t.substr(tk[i].begin, tk[i + len - 1].end - tk[i].begin);
    if (auto ci = c.lex.find_cue(s)) {
      if ((ci->flags & cue_flags::adjunct) != 0) return std::nullopt;
      return cue_hit{i, i + len, *ci};
    }
  }
  // A capitalized cue inside a sentence is a name ("Mr Said").
  if (tk[i].is(tf_capitalized) && !(i == 0 || tk[i - 1].kind != token_kind::word)) return std::nullopt;
  if (const auto ci = wi.cue()) {
    if ((ci->flags & cue_flags::adjunct) != 0) return std::nullopt;
    return cue_hit{i, i + 1, *ci};
  }
  return std::nullopt;
}

// ", saying ...", "Calling the plan ...": a participle, not the finite
// progressive of "The commission is accusing X of ...".
inline bool participle(const attribution_context& c, const cue_hit& h) noexcept {
  return ends_in_ing(c.wd(h.first)) && !(h.first > 0 && c.in_class(h.first - 1, vc_is_finite_be));
}

// Rejects noun uses ("the claim", "his comments") and passive or adjectival
// forms ("was told", "is expected", "been said"). Cue phrases are never
// nouns, and a passive phrase ("was quoted as saying") carries its own
// auxiliary.
// "except to" (or "other than to") right before token `i`, above `floor`:
// "declined to comment, except to say that ...".
inline bool except_to(const attribution_context& c, std::uint32_t i, std::uint32_t floor) noexcept {
  return i > floor + 1 && c.is(i - 1, "to") && in_list(except_to_words, c.wd(i - 2));
}

inline bool plausible_cue(const attribution_context& c, const sentence& s, const cue_hit& h) noexcept {
  if (h.has(cue_flags::source_follows) || h.has(cue_flags::phrase)) return true;
  // "who asked not to be named": a request about the speaker, no report.
  if (h.last + 3 <= s.last && c.is(h.last, "not") && c.is(h.last + 1, "to") && c.is(h.last + 2, "be")) return false;
  if (h.first <= s.first) return true;
  const std::uint32_t b = h.first - 1;
  if (c.is_word(b) && ((c.vc(b) & vc_is_determiner) != 0 || c.tok(b).is(tf_possessive)) &&
      (c.vc(b) & vc_is_quantifier) == 0)
    return false;
  // "a written answer", "the detailed public statement": after a
  // determiner, a participle used as an adjective and at most one more
  // adjective, the cue's form is a noun.
  if (c.mention_at_end[h.first] < 0) {
    for (std::uint32_t q = b; q > s.first && q + 2 >= b; --q) {
      if (!c.is_word(q) || c.tok(q).is(tf_capitalized) || c.mention_at_end[q + 1] >= 0) break;
      const std::string_view w = c.wd(q);
      const bool participle = w.size() > 4 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 2) == "en");
      if (participle && c.in_class(q - 1, vc_is_determiner) && (c.vc(q - 1) & vc_is_quantifier) == 0) return false;
    }
    // "their natural share", "a brief answer": the base form after a
    // determiner and one adjective is a noun.
    if (b > s.first && c.is_word(b) && !c.tok(b).is(tf_capitalized) && c.outside(b) &&
        c.in_class(b - 1, vc_is_determiner) && (c.vc(b - 1) & vc_is_quantifier) == 0 && h.last == h.first + 1 &&
        iequals(c.wd(h.first), h.info.base))
      return false;
  }
  // The progressive of a verb of saying, "is accusing", "were saying", is
  // active; that of a verb of thinking, "is hoping to", is a plan or a mood,
  // not something reported.
  // Inside an unnamed source's phrase, "people briefed on the plans", the
  // verb is part of who speaks.
  for (std::uint32_t q = h.first > s.first + 3 ? h.first - 3 : s.first; q < h.first; ++q) {
    const int mi = c.mention_at_start[q];
    if (mi >= 0 && c.m(mi).type == mention_type::nominal && c.m(mi).is(mf_anonymous) && c.m(mi).last > h.last)
      return false;
  }
  const bool finite_be = c.in_class(b, vc_is_finite_be);
  if (finite_be && ends_in_ing(c.wd(h.first)) && !c.is(h.first, "being") && h.has(cue_flags::speech)) return true;
  // "to say" is a plan or a refusal ("refused to say"), except where it
  // is all the speaker would say: "declined to comment, except to say".
  if (except_to(c, h.first, s.first) && h.has(cue_flags::speech)) return true;
  return !(finite_be || c.is(b, "been") || c.is(b, "being") || c.is(b, "be") || c.is(b, "to"));
}

// Token k is probably a finite verb: an auxiliary, a past tense, a
// reporting verb. From the token's record: no lookup.
inline bool verb_like(const attribution_context& c, std::uint32_t k) noexcept {
  if (!c.is_word(k)) return false;
  if ((c.vc(k) & vc_is_finite_aux) != 0 || c.has_cue(k)) return true;
  const std::string_view w = c.wd(k);
  return w.size() > 3 && w.substr(w.size() - 2) == "ed";
}

// May stand between a subject and its cue: "he also said", "Wi has said",
// "she said Monday", "Lind similarly argued".
inline bool adverb_or_aux(const attribution_context& c, std::uint32_t k) noexcept {
  if (!c.is_word(k)) return false;
  if ((c.vc(k) & vc_is_adverb_or_aux) != 0) return true;
  const std::string_view w = c.wd(k);
  return w.size() > 4 && w.substr(w.size() - 2) == "ly";
}

// "pledged to work towards ...", "vowed to resist": a to-infinitive after a
// cue that takes one, in the active voice ("is expected to" is not anyone's
// stance). After a verb of thinking ("hopes to finish", "expects to win")
// the infinitive is the subject's own plan, not something reported.
inline bool infinitive_complement(const attribution_context& c, const cue_hit& h, std::uint32_t k,
                                  std::uint32_t e) noexcept {
  if (!h.has(cue_flags::infinitive) || h.has(cue_flags::cognition) || !c.is(k, "to") || e <= k + 1 ||
      !c.is_word(k + 1))
    return false;
  std::uint32_t b = h.first;
  if (b > 0 && adverb_or_aux(c, b - 1) && !c.in_class(b - 1, vc_is_be)) --b;
  return !(b > 0 && c.in_class(b - 1, vc_is_be));
}

}  // namespace whosaid::detail
