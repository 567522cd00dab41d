// Who speaks: the subject of the clause a cue ends ("..., Sir Ian Pell, who
// told ...", "X in Moscow says", "the adviser, Wi Sung-lac, said"), the main
// clause's subject for a participle or a second, coordinated cue ("...,
// saying ...", "X said A and added B"), and a channel named in an opening
// phrase ("In an interview with WKRP, Lind said ...").
#pragma once

#include <cstdint>
#include <string_view>

#include "clauses.hpp"
#include "context.hpp"
#include "cues.hpp"

namespace whosaid::detail {

// "X said A and said B", "..., but added ...": a cue whose subject is left
// out, after a coordinator above `floor`.
inline bool elided_subject(const attribution_context& c, const cue_hit& h, std::uint32_t floor) noexcept {
  if (h.first <= floor) return false;
  if (c.in_class(h.first - 1, vc_is_coordinator)) return true;
  // "declined to comment, except to say that ...".
  return except_to(c, h.first, floor);
}

// The subject of the main clause, for a participle or an elided subject:
// the mention right before a participle with no comma ("Lind, saying" is
// not), the sentence's first speaker, else the last mention that a verb
// follows, outside the object of an earlier one.
inline int main_clause_subject(const attribution_context& c, const sentence& s, const cue_hit& h,
                               int sentence_speaker, bool part) {
  const std::uint32_t j = h.first;
  if (part && j > s.first && c.mention_at_end[j] >= 0 && c.speaker_like(c.mention_at_end[j]) && !c.is_punct(j - 1, ','))
    return c.mention_at_end[j];
  if (sentence_speaker >= 0) return sentence_speaker;
  int best = -1;
  std::uint32_t best_verb = 0;
  bool comma = false;  // an outside comma since best's verb
  for (std::uint32_t k = s.first; k < h.first; ++k) {
    if (best >= 0 && k >= best_verb && c.is_punct(k, ',') && c.outside(k)) comma = true;
    const int m = c.mention_at_end[k + 1];
    if (m < 0 || !c.speaker_like(m) || c.m(m).type == mention_type::pronoun) continue;
    if (c.m(m).is(mf_possessive)) continue;
    std::uint32_t q = k + 1;
    while (q < h.first && adverb_or_aux(c, q) && !c.is(q, "has") && !c.is(q, "had") && !c.is(q, "have")) ++q;
    if (q >= h.first || !verb_like(c, q)) continue;
    // A later subject sits inside the last one's object or complement
    // ("Lind talked about the abuse Berg has endured, saying ..." is
    // Lind's) unless a comma or a subordinator opens its clause ("After
    // Berg left, Lind defended it, saying ...", "Gao spoke after Lind
    // defended it, saying ...").
    const std::uint32_t at = c.m(m).first;
    if (best < 0 || comma || (at > s.first && in_list(opens_clause_words, c.wd(at - 1)))) {
      best = m;
      best_verb = q;
      comma = false;
    }
  }
  if (best >= 0) return best;
  return first_subject(c, s.first, h.first);
}

// The person before an organization that an affiliation word links to
// it ("Ann Lind of Harbour Bank", "Lind at the bank", "Lind of brokers
// Harbour Bank"), or -1.
inline int person_of_org(const attribution_context& c, const sentence& s, int org) noexcept {
  const mention& o = c.m(org);
  if (o.type == mention_type::pronoun) return -1;
  std::uint32_t q = o.first;
  // At most two lower-case words of description before the name; with
  // one, a name of any kind is the organization ("of brokers Forsyth Barr").
  int words = 0;
  for (; words < 2 && q > s.first + 2 && c.is_word(q - 1) && !c.tok(q - 1).is(tf_capitalized) &&
         !c.in_class(q - 1, vc_is_affiliation) && !c.has_cue(q - 1) && !verb_like(c, q - 1);
       ++words)
    --q;
  if (o.kind == actor_kind::person && (words == 0 || c.in_class(q, vc_is_determiner))) return -1;
  if (q <= s.first + 1 || !c.in_class(q - 1, vc_is_affiliation) || c.is(q - 1, "for")) return -1;
  const int p = c.mention_at_end[q - 1];
  if (p < 0) return -1;
  const mention& pm = c.m(p);
  if (pm.type != mention_type::name || pm.is(mf_possessive) || pm.is(mf_in_quote) ||
      (pm.kind != actor_kind::person && !(pm.kind == actor_kind::unknown && pm.last > pm.first + 1)))
    return -1;
  return p;
}

// "Ida Holm, 38, from the village of Vik, Norway, said": back over a
// chain of comma-led appositions without a verb, from the comma at
// `comma`, to the person they describe; -1 if none.
inline int person_before_appositions(const attribution_context& c, const sentence& s, std::uint32_t comma) noexcept {
  std::uint32_t q = comma;
  for (int hops = 0; hops < 4 && q > s.first; ++hops) {
    std::uint32_t open = q;
    while (open > s.first && !(c.is_punct(open - 1, ',') && c.outside(open - 1))) {
      if (!c.outside(open - 1) || c.has_cue(open - 1) || verb_like(c, open - 1)) return -1;
      --open;
    }
    if (open <= s.first + 1) return -1;
    const int pm = c.mention_at_end[open - 1];
    if (pm >= 0 && c.m(pm).type == mention_type::name && c.m(pm).kind == actor_kind::person && !c.m(pm).is(mf_possessive))
      return pm;
    q = open - 1;
  }
  return -1;
}

// The subject of the clause that ends at the cue, above `covered_to`.
inline int subject_before(const attribution_context& c, const sentence& s, const cue_hit& h, std::uint32_t covered_to) {
  const auto& tk = c.p.tokens;
  const std::uint32_t floor = s.first > covered_to ? s.first : covered_to;
  std::uint32_t j = h.first;
  // A relative clause: "..., Sir Ian Pell, who told her ...".
  if (j >= s.first + 2 && c.is(j - 1, "who") && c.is_punct(j - 2, ',')) {
    int m = c.mention_at_end[j - 2];
    if (c.speaker_like(m)) return m;
  }
  while (j > s.first && adverb_or_aux(c, j - 1) && c.outside(j - 1) && c.mention_at_end[j] < 0) --j;
  // (Whatever the clause's own last words: "officials who attended the
  // talks said".)
  j = before_relative_clause(c, j, floor);
  // "Emeka Obi, however, told the court", "Lind however, said": a
  // discourse adverb set off by commas.
  if (c.mention_at_end[j] < 0 && j >= s.first + 2 && c.is_punct(j - 1, ',') && in_list(discourse_adverb_words, c.wd(j - 2))) {
    std::uint32_t q = j - 2;
    if (q > s.first && c.is_punct(q - 1, ',')) --q;
    if (c.mention_at_end[q] >= 0 && c.speaker_like(c.mention_at_end[q])) j = q;
  }
  if (c.mention_at_end[j] < 0) j = before_parenthesis(c, j, floor);
  // "on Friday" / "last week" before the cue.
  if (j >= s.first + 2 && c.mention_at_end[j] < 0 && c.is_word(j - 1) &&
      (c.vc(j - 1) & (vc_is_weekday | vc_is_calendar_word)) != 0 && (c.is(j - 2, "on") || c.is(j - 2, "in")))
    j -= 2;
  if (c.mention_at_end[j] >= 0 && c.speaker_like(c.mention_at_end[j])) {
    int m = c.mention_at_end[j];
    int person = unclosed_apposition(c, s, m);
    if (person >= 0) return person;
    // "X in Moscow says", "officials in the United States said": a place
    // after the subject. "Analysts at Harbour Bank said", "residents of
    // the town said": a body after a group or an unnamed source (a named
    // person's is person_of_org's).
    const mention& mm = c.m(m);
    std::uint32_t pp = mm.first;
    if (pp > s.first && mm.type == mention_type::name && c.is(pp - 1, "the")) --pp;
    if (pp >= s.first + 2 && c.is_word(pp - 1) && c.outside(pp - 1)) {
      const bool place = mm.is(mf_capital) || mm.kind == actor_kind::location || mm.kind == actor_kind::country;
      const int before = c.mention_at_end[pp - 1];
      if (c.speaker_like(before)) {
        const mention& bm = c.m(before);
        // ("Reports from Moscow say": documents are not people of the place.)
        const word_info& head = c.p.info(bm.last - 1);
        const bool document = bm.kind == actor_kind::document ||
                              ((head.word_flags | head.singular_flags) & whosaid::lexicon::word_class::document) != 0;
        const bool unnamed = bm.type == mention_type::nominal && !document && (bm.is(mf_group) || bm.is(mf_anonymous));
        if (c.is(pp - 1, "in") && (place || unnamed)) return before;
        if (unnamed && c.in_class(pp - 1, vc_is_affiliation) && !c.is(pp - 1, "for") && !c.is(pp - 1, "with"))
          return before;
      }
    }
    // "Ann Lind of Harbour Bank said", "Lind of brokers Harbour Bank
    // said": the person is the subject, the organization hers.
    if (const int person = person_of_org(c, s, m); person >= 0) return person;
    // "The union representing the workers says": the participle's object
    // is not the subject; the noun phrase it modifies is.
    if (mm.first >= s.first + 2 && c.is_word(mm.first - 1) && c.outside(mm.first - 1) &&
        !c.tok(mm.first - 1).is(tf_capitalized) && ends_in_ing(c.wd(mm.first - 1)) && !c.has_cue(mm.first - 1)) {
      const int before = c.mention_at_end[mm.first - 1];
      if (before >= 0 && c.speaker_like(before) && c.m(before).type != mention_type::pronoun) return before;
    }
    return m;
  }
  // An apposition between dashes: "Canada and Mexico - allies of X - have said".
  if (j > s.first && tk[j - 1].kind == token_kind::dash) {
    std::uint32_t open = j - 1;
    while (open > s.first && tk[open - 1].kind != token_kind::dash) --open;
    if (open > s.first) {
      int before = c.mention_at_end[open - 1];
      if (c.speaker_like(before)) return before;
    }
  }
  if (j > s.first && c.is_punct(j - 1, ',')) {
    // An apposition: ", a professor at Y," -- the subject is before its
    // opening comma, or the name inside it ("the adviser, Wi Sung-lac,").
    std::uint32_t close = j - 1;
    std::uint32_t open = close;
    while (open > s.first && !(c.is_punct(open - 1, ',') && c.outside(open - 1))) {
      if (!c.outside(open - 1)) break;
      --open;
    }
    if (open > s.first && c.is_punct(open - 1, ',')) {
      int inside = c.mention_at_start[open];
      if (inside >= 0 && c.m(inside).last == close &&
          c.m(inside).type == mention_type::name &&
          c.m(inside).kind == actor_kind::person)
        return inside;
      // ", Sweden-based group KLM,": a name after the organization or
      // group noun that describes it.
      const int named = c.mention_at_end[close];
      if (named >= 0) {
        const mention& nm = c.m(named);
        if (nm.type == mention_type::name && nm.first > open && c.is_word(nm.first - 1) &&
            !tk[nm.first - 1].is(tf_capitalized) &&
            ((c.vc(nm.first - 1) & (vc_is_org_noun | vc_is_media_noun)) != 0 ||
             (c.p.info(nm.first - 1).word_flags & whosaid::lexicon::word_class::group_noun) != 0))
          return named;
      }
      int before = c.mention_at_end[open - 1];
      if (before >= 0 && c.m(before).kind != actor_kind::person) {
        const int person = person_before_appositions(c, s, open - 1);
        if (person >= 0) return person;
      }
      if (c.speaker_like(before)) return before;
    }
  }
  return first_subject(c, floor, h.first);
}

// The speaker of a cue whose content follows it: the main clause's subject
// for a participle or an elided subject, else the subject before the cue.
inline int cue_subject(const attribution_context& c, const sentence& s, const cue_hit& h, std::uint32_t covered_to,
                       int sentence_speaker, bool part) {
  const std::uint32_t floor = s.first > covered_to ? s.first : covered_to;
  if (part || elided_subject(c, h, floor)) return main_clause_subject(c, s, h, sentence_speaker, part);
  return subject_before(c, s, h, covered_to);
}

// A news outlet that reports what it cites: "Citing an unnamed minister,
// the newspaper reported that ...". The source speaks and the outlet is the
// channel. The cited phrase runs from the opening participle to its comma;
// its first mention that can speak is the source.
inline int cited_source(const attribution_context& c, const sentence& s, int speaker) {
  if (speaker < 0 || c.m(speaker).kind != actor_kind::media) return -1;
  const std::uint32_t sp = c.m(speaker).first;
  if (sp <= s.first + 1 || !ends_in_ing(c.wd(s.first))) return -1;
  const auto h = cue_at(c, s.first, sp);
  if (!h || !h->has(cue_flags::cites)) return -1;
  for (std::uint32_t j = h->last; j < sp; ++j) {
    if (c.is_punct(j, ',') && c.outside(j)) break;
    const int m = c.mention_at_start[j];
    if (m >= 0 && m != speaker && c.speaker_like(m) && c.m(m).kind != actor_kind::media) return m;
  }
  return -1;
}

// "In an interview with New York station WKRP, Lind said ...", "Speaking
// to the BBC, she said ...": a channel in an opening phrase before the
// speaker, at most window::opener_channel tokens back.
inline void opener_channel(const attribution_context& c, const sentence& s, attribution& a) {
  if (a.via >= 0 || a.speaker < 0) return;
  const std::uint32_t sp = c.m(a.speaker).first;
  if (sp <= s.first || sp - s.first > window::opener_channel) return;
  for (std::uint32_t k = s.first; k + 1 < sp; ++k) {
    if (!c.is_word(k) || !c.outside(k)) continue;
    const bool opener = c.in_class(k, vc_opens_channel) && (c.is(k + 1, "with") || c.is(k + 1, "to"));
    if (!opener) continue;
    int best = -1;
    bool media_noun = false;
    for (std::uint32_t j = k + 2; j < sp && j < k + 8; ++j) {
      if (c.is_punct(j, ',') || !c.outside(j)) break;
      media_noun = media_noun || c.in_class(j, vc_is_outlet_noun);
      int m = c.mention_at_start[j];
      if (m < 0) continue;
      const mention& mm = c.m(m);
      if (mm.kind == actor_kind::media) best = m;
      else if (media_noun && mm.kind != actor_kind::person && mm.kind != actor_kind::location &&
               mm.kind != actor_kind::country && mm.type == mention_type::name)
        best = m;
      if (best >= 0) break;
    }
    // "New York station WKRP": the name after a descriptive outlet phrase.
    if (best >= 0) {
      std::uint32_t after = c.m(best).last;
      int nx = after < sp ? c.mention_at_start[after] : -1;
      if (nx >= 0 && c.m(nx).type == mention_type::name &&
          c.m(nx).kind != actor_kind::person)
        best = nx;
      a.via = best;
    }
    return;
  }
}


}  // namespace whosaid::detail
