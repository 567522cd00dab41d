// Where a claim's content begins and ends, and what stands between a cue and
// its content: clause boundaries, adverbials ("on Friday", "in a statement
// distributed by X"), addressees ("told reporters"), appositions. Shared by
// the sieves; none of these decides a claim.
#pragma once

#include <cstdint>
#include <string_view>

#include "context.hpp"
#include "cues.hpp"

namespace whosaid::detail {

// Does [k, e) look like a clause rather than a noun phrase?
inline bool looks_like_clause(const attribution_context& c, std::uint32_t k, std::uint32_t e) noexcept {
  const std::uint32_t lim = e < k + window::clause_probe ? e : k + window::clause_probe;
  for (std::uint32_t j = k; j < lim; ++j) {
    if (!c.is_word(j)) continue;
    std::string_view w = c.wd(j);
    if ((c.vc(j) & vc_is_clause_verb) != 0) return true;
    if (j > k && w.size() > 4 && w.substr(w.size() - 2) == "ed" && !c.p.tokens[j].is(tf_capitalized)) return true;
    if (j == k && subject_pronoun(w) != pronoun_kind::none) return true;
  }
  return false;
}

// "to withdraw the children as they step up the fight": what someone is
// told or urged to do ends where a subordinate clause with its own
// subject begins. For contents holding an infinitive from `k` to `e`.
inline std::uint32_t infinitive_end(const attribution_context& c, std::uint32_t k, std::uint32_t e) noexcept {
  static constexpr std::string_view subordinators[] = {"as", "while", "because", "after", "before", "since", "until"};
  bool to = false;
  for (std::uint32_t q = k; q + 1 < e; ++q) {
    if (!c.is_word(q) || !c.outside(q)) continue;
    if (c.is(q, "to")) to = true;
    else if (to && q > k + 1 && in_list(subordinators, c.wd(q)) && subject_pronoun(c.wd(q + 1)) != pronoun_kind::none) {
      while (q > k + 1 && c.is_punct(q - 1, ',')) --q;
      return q;
    }
  }
  return e;
}

// Words that open an adverbial phrase or clause of time, place or manner.
inline bool adverbial_opener(const attribution_context& c, std::uint32_t k) noexcept {
  return c.in_class(k, vc_opens_adverbial) && c.outside(k);
}

inline bool that_follows(const attribution_context& c, std::uint32_t k, std::uint32_t end) noexcept {
  for (std::uint32_t j = k; j < end; ++j)
    if (c.is(j, "that") && c.outside(j)) return true;
  return false;
}

// The start of the clause that ends at `pos`: the sentence start or after
// a semicolon, colon or a claim already found.
inline std::uint32_t clause_start(const attribution_context& c, const sentence& s, std::uint32_t pos, std::uint32_t covered_to) {
  std::uint32_t start = s.first > covered_to ? s.first : covered_to;
  for (std::uint32_t k = pos; k > start; --k) {
    if (!c.outside(k - 1)) continue;
    if (c.is_punct(k - 1, ';') || c.is_punct(k - 1, ':')) return k;
  }
  // Sentence-initial conjunctions are not content: "And ..." / "But ...".
  while (start < pos && c.in_class(start, vc_is_sentence_conj)) ++start;
  return start;
}

// The end of a content that starts at `from`: the sentence end, or before a
// participial cue (", adding"), ", according to", a semicolon, or a second
// coordinated cue ("and said").
inline std::uint32_t clause_end(const attribution_context& c, const sentence& s, std::uint32_t from, std::uint32_t limit) {
  std::uint32_t e = limit < s.last ? limit : s.last;
  for (std::uint32_t k = from; k < e; ++k) {
    // "... in a “firm manner,” according to X": the comma sits inside
    // the closing mark.
    if (c.p.tokens[k].kind == token_kind::close_quote && k > from && c.is_punct(k - 1, ',') && k + 1 < e) {
      auto h = cue_at(c, k + 1, s.last);
      if (h && (h->info.flags & cue_flags::source_follows) != 0) return k + 1;
    }
    if (!c.outside(k)) continue;
    if (c.is_punct(k, ';')) return k;
    // "..., and had sought ...": a second predicate of the main subject.
    if (c.is_punct(k, ',') && k + 2 < e && c.in_class(k + 1, vc_is_coordinator) &&
        c.in_class(k + 2, vc_is_predicate_start))
      return k;
    // "... - but Mr Straw said ...": a new subject with its own cue.
    const bool conj = c.in_class(k, vc_is_contrast) || c.is_dash(k);
    if (conj && k > from) {
      std::uint32_t j = k + 1;
      if (j < e && c.in_class(j, vc_is_coordinator)) ++j;
      // "... - and the BBC's reporter in Moscow says ...": a dash and a
      // conjunction open a new clause when a cue follows shortly.
      if (c.is_dash(k) && j == k + 2 && j < e && !c.is(j, "that")) {
        for (std::uint32_t q = j + 1; q < e && q < j + 12 && c.outside(q); ++q) {
          if (c.p.tokens[q].kind != token_kind::word) break;
          if (cue_at(c, q, s.last)) {
            std::uint32_t b = k;
            while (b > from && c.is_punct(b - 1, ',')) --b;
            return b;
          }
        }
      }
      int m = j < e ? c.mention_at_start[j] : -1;
      if (m >= 0 && c.speaker_like(m)) {
        std::uint32_t q = c.m(m).last;
        while (q < e && adverb_or_aux(c, q)) ++q;
        if (q < e && cue_at(c, q, s.last)) {
          std::uint32_t b = k;
          while (b > from && (c.is_punct(b - 1, ',') || c.p.tokens[b - 1].kind == token_kind::dash)) --b;
          return b;
        }
      }
    }
    // ", adding that ...", "and said ...": a participial or coordinated cue
    // that chains (a lexicon flag) starts a claim of its own.
    if ((c.is_punct(k, ',') || c.in_class(k, vc_is_coordinator)) && k + 1 < e) {
      std::uint32_t j = k + 1;
      if (c.in_class(j, vc_is_coordinator)) ++j;
      if (auto h = cue_at(c, j, s.last)) {
        const bool saying = h->has(cue_flags::chains);
        const bool coordinated = c.is_word(k) || j > k + 1;
        if (h->has(cue_flags::source_follows) || (saying && (coordinated || participle(c, *h)))) return k;
        // ", citing ...", ", calling it ...": after a comma, the participle
        // of a verb of saying with no clause of its own is the speaker's act,
        // not the content's. One with a clause (", hinting that ...") and no
        // chains flag is often the writer's reading and stays in the content.
        if (!coordinated && h->has(cue_flags::speech) && participle(c, *h) && !c.is(h->last, "that")) return k;
      }
    }
  }
  return e;
}

// Trims punctuation at the edges of [a, b) and records the content and kind.
inline bool set_content(const attribution_context& c, attribution& a, std::uint32_t b0, std::uint32_t e0) {
  const auto& tk = c.p.tokens;
  std::uint32_t b = b0, e = e0;
  auto trim_punct = [&](std::uint32_t k) {
    const token& t = tk[k];
    if (t.kind == token_kind::dash) return true;
    if (t.kind != token_kind::punct) return false;
    char ch = c.t[t.begin];
    return ch == ',' || ch == '.' || ch == ':' || ch == ';' || ch == '-';
  };
  while (b < e && trim_punct(b)) ++b;
  while (e > b && trim_punct(e - 1) && c.outside(e - 1)) --e;
  if (b >= e) return false;
  // A single quotation: direct, without its marks.
  const quotation* whole = nullptr;
  bool any_quote = false;
  for (std::uint32_t k = b; k < e; ++k) {
    if (c.quote_at[k] < 0) continue;
    const quotation& q = c.p.quotes[static_cast<std::size_t>(c.quote_at[k])];
    any_quote = true;
    if (q.single || q.open_token != b) continue;
    std::uint32_t qe = q.closed ? q.last + 1 : q.last;
    bool only_quotes = true;  // "said: “A. “B.”" -- the recovered quotes after it are their own
    for (std::uint32_t k = qe; k < e && only_quotes; ++k)
      only_quotes = tk[k].is(tf_in_quote) || tk[k].kind == token_kind::open_quote ||
                    tk[k].kind == token_kind::close_quote || tk[k].kind == token_kind::punct;
    if (only_quotes) whole = &q;
  }
  if (whole != nullptr) {
    std::uint32_t ib = whole->first, ie = whole->last;
    while (ie > ib && tk[ie - 1].kind == token_kind::punct && c.t[tk[ie - 1].begin] == ',') --ie;
    if (ib >= ie) return false;
    a.kind = claim_kind::direct;
    a.content_first = ib;
    a.content_last = ie;
    a.content = {tk[ib].begin, tk[ie - 1].end};
    return true;
  }
  // Content that starts inside a quote opened before it (rare) is direct too.
  a.kind = any_quote ? claim_kind::mixed : claim_kind::indirect;
  a.content_first = b;
  a.content_last = e;
  a.content = {tk[b].begin, tk[e - 1].end};
  return true;
}

// Skips adverbials right after a cue: "on Friday", "in a statement",
// "last week", "today", "in an interview with Y". Records a channel.
inline std::uint32_t skip_adverbials(const attribution_context& c, const sentence& s, std::uint32_t k, attribution& a) {
  const auto& tk = c.p.tokens;
  for (std::uint32_t guard = 0; guard < window::adverbials && k < s.last; ++guard) {
    if (!c.is_word(k) || !c.outside(k)) return k;
    std::string_view w = c.wd(k);
    if ((c.vc(k) & (vc_is_weekday | vc_is_time_adverb)) != 0) {
      ++k;
      continue;
    }
    if ((c.is(k, "last") || c.is(k, "this") || c.is(k, "next")) && c.is_word(k + 1)) {
      k += 2;
      continue;
    }
    // A date: "Oct. 8", "March 3".
    if ((c.vc(k) & vc_is_calendar_word) != 0 && c.p.tokens[k].is(tf_capitalized)) {
      ++k;
      while (k < s.last && (c.p.tokens[k].is(tf_digit) || c.is_punct(k, '.') || c.is_punct(k, ','))) {
        if (c.is_punct(k, ',') && !(k + 1 < s.last && c.p.tokens[k + 1].is(tf_digit))) break;
        ++k;
      }
      continue;
    }
    // "distributed by X", "carried by X": a channel.
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed" && k + 1 < s.last && c.is(k + 1, "by")) {
      int m = mention_after(c, k + 2, s.last);
      if (m < 0 && k + 3 < s.last) m = mention_after(c, k + 3, s.last);
      if (m >= 0) {
        if (c.m(m).kind == actor_kind::media) a.via = m;
        k = c.m(m).last;
        continue;
      }
    }
    // "on Friday", "on Oct. 8", "on condition of anonymity", "in a statement", "by phone".
    if ((c.vc(k) & vc_opens_cue_adjunct) != 0) {
      // Adjunct phrases from the lexicon.
      bool adj = false;
      const std::uint32_t longest = static_cast<std::uint32_t>(c.lex.max_cue_words());
      for (std::uint32_t len = longest; len >= 2 && !adj; --len) {
        if (k + len > s.last) continue;
        std::string_view ph = c.t.substr(tk[k].begin, tk[k + len - 1].end - tk[k].begin);
        if (auto ci = c.lex.find_cue(ph)) {
          if ((ci->flags & cue_flags::adjunct) != 0) {
            adj = true;
            k += len;
          }
        }
      }
      if (adj) {
        // "in an interview with Y": Y is the channel.
        if (k < s.last && c.is_word(k) && (c.is(k, "with") || c.is(k, "to"))) {
          int m = mention_after(c, k + 1, s.last);
          if (m >= 0) {
            if (c.m(m).kind == actor_kind::media) a.via = m;
            k = c.m(m).last;
          }
        }
        continue;
      }
      // A date: "on Friday", "on Oct. 8".
      {
        std::uint32_t j1 = k + 1;
        if (j1 < s.last && c.is_word(j1) && ((c.vc(j1) & vc_is_weekday) || (c.vc(j1) & vc_is_calendar_word))) {
          ++j1;
          while (j1 < s.last && (c.p.tokens[j1].is(tf_digit) ||
                                 (c.is_punct(j1, '.') && c.p.tokens[j1 - 1].end == c.p.tokens[j1].begin && j1 + 1 < s.last)))
            ++j1;
          k = j1;
          continue;
        }
      }
      // A short phrase running to the end of the sentence or a comma: "in
      // Oslo.", "at a press briefing on Monday, soon after ...". It
      // holds no clause: no "that", no verb.
      {
        std::uint32_t j2 = k + 1;
        while (j2 < s.last && j2 < k + 8 && c.outside(j2) &&
               ((c.is_word(j2) && !c.is(j2, "that") && !verb_like(c, j2) &&
                 subject_pronoun(c.wd(j2)) == pronoun_kind::none) ||
                (c.is_punct(j2, '.') && c.p.tokens[j2 - 1].end == c.p.tokens[j2].begin && j2 + 1 < s.last)))
          ++j2;
        bool to_end = j2 >= s.last || c.is_punct(j2, ',') ||
                      (c.is_punct(j2, '.') && j2 + 1 >= s.last);
        if (to_end && j2 > k + 1) {
          for (std::uint32_t m = k; m < j2; ++m)
            if (c.mention_at_start[m] >= 0 && c.m(c.mention_at_start[m]).kind == actor_kind::media)
              a.via = c.mention_at_start[m];
          k = j2;
          // "in Toledo, Ohio, that ...": the state or country after the
          // place, between commas.
          if (c.is_punct(k, ',') && k + 1 < s.last && c.mention_at_start[k + 1] >= 0) {
            const mention& pl = c.m(c.mention_at_start[k + 1]);
            if ((pl.kind == actor_kind::location || pl.kind == actor_kind::country || pl.kind == actor_kind::unknown) &&
                pl.last < s.last && c.is_punct(pl.last, ',') && pl.last + 1 < s.last && c.is_word(pl.last + 1) &&
                c.is(pl.last + 1, "that"))
              k = pl.last + 1;
          }
          continue;
        }
      }
      // Short prepositional phrases of time or manner: up to a "that" or
      // comma within a few words, or a date.
      std::uint32_t j = k + 1;
      if (j < s.last && c.is_word(j) && ((c.vc(j) & vc_is_weekday) || (c.vc(j) & vc_is_calendar_word) ||
                                           c.p.tokens[j].is(tf_digit) || c.in_class(j, vc_is_medium))) {
        ++j;
        while (j < s.last && (c.p.tokens[j].is(tf_digit) ||
                              (c.is_punct(j, '.') && c.p.tokens[j - 1].end == c.p.tokens[j].begin)))
          ++j;
        k = j;
        continue;
      }
      // "in a statement distributed by X", "at a news conference in Y": up to "that".
      std::uint32_t lim = k + 10 < s.last ? k + 10 : s.last;
      for (j = k + 1; j < lim; ++j) {
        if (!c.outside(j) || c.is_punct(j, ',')) break;
        if (c.is(j, "that")) break;
      }
      if (j < lim && c.is(j, "that")) {
        for (std::uint32_t m = k; m < j; ++m)
          if (c.mention_at_start[m] >= 0 && c.m(c.mention_at_start[m]).kind == actor_kind::media)
            a.via = c.mention_at_start[m];
        k = j;
        continue;
      }
      return k;
    }
    return k;
  }
  return k;
}

// The addressee of "told": a name, "reporters", "the BBC's Today programme".
inline std::uint32_t skip_addressee(const attribution_context& c, const sentence& s, std::uint32_t k, attribution& a) {
  std::uint32_t start = k;
  for (int guard = 0; guard < 4 && k < s.last; ++guard) {
    // "The Huffington Post" may be one mention with its article.
    if (c.mention_at_start[k] < 0 && c.is(k, "the")) ++k;
    int m = k < s.last ? c.mention_at_start[k] : -1;
    if (m >= 0) {
      const mention& mm = c.m(m);
      if (mm.kind == actor_kind::media) a.via = m;
      k = mm.last;
      if (mm.is(mf_possessive)) continue;
      // "the AFP news agency": trailing common nouns.
      while (k < s.last && c.is_word(k) && !c.p.tokens[k].is(tf_capitalized) &&
             (c.vc(k) & vc_is_outlet_noun) != 0)
        ++k;
      // "journalists and cheering supporters"
      if (k + 1 < s.last && c.is(k, "and") && !c.p.tokens[k + 1].is(tf_capitalized)) {
        std::uint32_t j = k + 1;
        while (j < s.last && j < k + 4 && c.is_word(j) && !(c.vc(j) & vc_breaks_noun_phrase)) ++j;
        k = j;
      }
      return k;
    }
    // A bare noun: "reporters", "the press", "a news briefing" (with a
    // determiner, up to two more words).
    std::uint32_t j = k;
    std::uint32_t most = k + 1;
    if (k < s.last && c.is_word(k) && (c.vc(k) & vc_is_determiner)) most = k + 3;
    // "told her the dam was safe": "her" before a determiner is the
    // addressee, not a possessive ("told her staff that").
    if (k + 1 < s.last && (c.vc(k) & vc_is_object_pronoun) != 0 && c.is_word(k + 1) &&
        ((c.vc(k + 1) & vc_is_determiner) != 0 || c.p.tokens[k + 1].is(tf_capitalized)))
      most = k + 1;
    while (j < s.last && j < most && c.is_word(j) && (j == k || !(c.vc(j) & vc_breaks_noun_phrase)) &&
           !c.has_cue(j) && !(c.vc(j) & vc_is_weekday))
      ++j;
    // "told its 5,000-strong member base of drivers to stop": a longer
    // addressee, up to the infinitive it is told to do.
    if (j > k && most == k + 3 && j < s.last && !c.is(j, "to")) {
      for (std::uint32_t q = j; q < s.last && q < k + window::long_addressee; ++q) {
        if (!c.is_word(q) || !c.outside(q) || c.has_cue(q) || c.is(q, "that") || verb_like(c, q)) break;
        if (c.is(q, "to")) {
          j = q;
          break;
        }
      }
    }
    if (j > k) {
      k = j;
      if (k + 1 < s.last && c.is(k, "and") && !c.p.tokens[k + 1].is(tf_capitalized)) {
        j = k + 1;
        while (j < s.last && j < k + 4 && c.is_word(j) && !(c.vc(j) & vc_breaks_noun_phrase)) ++j;
        k = j;
      }
    }
    return k;
  }
  return k > start ? k : start;
}

// The words before "..., X said," cannot stand as the report: an adverb or
// a short phrase ("Perhaps, she said, ...", "In May, he said, ..."), or a
// subordinate clause whose main clause has not begun ("Though the plan
// was late, she said, ..."). The report goes on after the attribution.
inline bool incomplete_report(const attribution_context& c, std::uint32_t first, std::uint32_t last) noexcept {
  std::uint32_t words = 0;
  bool comma = false;
  for (std::uint32_t q = first; q < last; ++q) {
    if (!c.outside(q) || c.p.tokens[q].kind == token_kind::open_quote) return false;
    words += c.is_word(q) ? 1u : 0u;
    comma = comma || c.is_punct(q, ',');
  }
  if (words == 0) return false;
  if (words <= 2) return true;
  return !comma && (in_list(opens_clause_words, c.wd(first)) || in_list(opens_condition_words, c.wd(first)));
}

// After "..., X said" at token k: the end of the rest of the reported
// clause when it goes on (", was its biggest yet"), or k when the sentence
// ends or something else follows: an adverbial (", until it closed"), a
// quote, a participial cue (", adding ..."), "according to", a relative
// clause about the speaker, a that-clause of the cue's own. When what came
// before is no report by itself (`incomplete`), the rest is its main clause
// whatever it opens with, quotes included: "Perhaps, he said, “it is time.”"
inline std::uint32_t parenthetical_rest(const attribution_context& c, const sentence& s, std::uint32_t k,
                                        bool incomplete = false) {
  const auto& tk = c.p.tokens;
  if (k + 1 >= s.last || !c.is_punct(k, ',') || !c.outside(k)) return k;
  const std::uint32_t j = k + 1;
  if (incomplete) {
    if (cue_at(c, j, s.last)) return k;
    const std::uint32_t e = clause_end(c, s, j, s.last);
    return e > j ? e : k;
  }
  if (!c.is_word(j) || !c.outside(j) || tk[j].is(tf_capitalized) || tk[j].is(tf_digit)) return k;
  if ((c.vc(j) & vc_ends_parenthetical) != 0 || adverbial_opener(c, j) || cue_at(c, j, s.last)) return k;
  // ", reviving a project ...": a participle phrase of the main clause.
  if (ends_in_ing(c.wd(j))) return k;
  // ", and he suggested ...": a clause of its own, with its own subject.
  if ((c.vc(j) & vc_is_coordinator) != 0 && j + 1 < s.last && subject_pronoun(c.wd(j + 1)) != pronoun_kind::none)
    return k;
  const std::uint32_t e = clause_end(c, s, j, s.last);
  for (std::uint32_t q = j; q < e; ++q)
    if (!c.outside(q) || tk[q].kind == token_kind::open_quote) return k;
  return e > j + 1 ? e : k;
}

// "Chris Lowe, managing director of Harbour Telecom said": an apposition
// whose closing comma the writer left out. When the mention before the
// cue is an organization after "of/at/for/with/from", and a comma after a
// person's name opens the phrase, the person is the subject.
inline int unclosed_apposition(const attribution_context& c, const sentence& s, int m) noexcept {
  const mention& org = c.m(m);
  if (org.type != mention_type::name || org.first < s.first + 3) return -1;
  // An unknown organization may look like a person's name ("ISP
  // Freedom2surf"): then a role noun must head the apposition.
  const bool looks_personal = org.kind == actor_kind::person;
  std::uint32_t q = org.first;
  if (c.is(q - 1, "the")) --q;
  if (!c.in_class(q - 1, vc_is_affiliation)) return -1;
  const std::uint32_t lo = q > s.first + window::apposition ? q - window::apposition : s.first;
  bool role = false;
  for (std::uint32_t k = q - 1; k > lo; --k) {
    if (!c.outside(k - 1) || c.p.tokens[k - 1].kind != token_kind::word) {
      if (!c.is_punct(k - 1, ',') || (looks_personal && (!role || org.is(mf_titled)))) return -1;
      int before = c.mention_at_end[k - 1];
      if (before < 0) return -1;
      const mention& pm = c.m(before);
      return pm.type == mention_type::name && pm.kind == actor_kind::person ? before : -1;
    }
    role = role || (c.p.info(k - 1).word_flags & (whosaid::lexicon::word_class::role | whosaid::lexicon::word_class::title)) != 0;
  }
  return -1;
}

// A quotation or a comma-closed clause ends shortly before the cue's
// subject: "“...,” Tamm told" / "..., the minister said".
inline bool content_before(const attribution_context& c, const sentence& s, const cue_hit& h) noexcept {
  std::uint32_t lo = h.first > s.first + 12 ? h.first - 12 : s.first;
  for (std::uint32_t j = h.first; j > lo; --j) {
    const token& t = c.p.tokens[j - 1];
    if (t.kind == token_kind::close_quote) return j - 1 > s.first;
    if (c.is_punct(j - 1, ',') && c.outside(j - 1)) return j - 1 > s.first;
  }
  return false;
}

// "“...,” she said several months later" / "“...,” he said of the plan":
// a quotation closed with a comma (or ? !) right before the cue's
// subject is what the cue reports; the words after the cue tell when or
// of what.
inline bool quote_then_speaker(const attribution_context& c, const sentence& s, const cue_hit& h) noexcept {
  const int m = c.mention_at_end[h.first];
  if (m < 0) return false;
  const std::uint32_t f = c.m(m).first;
  if (f < s.first + 2 || c.p.tokens[f - 1].kind != token_kind::close_quote) return false;
  return c.is_punct(f - 2, ',') || c.is_punct(f - 2, '?') || c.is_punct(f - 2, '!');
}

inline bool attach_previous_quote(attribution_context& c, const sentence& s, attribution& a, int sp) {
  // The quote that ends right before this sentence.
  for (auto it = c.p.quotes.rbegin(); it != c.p.quotes.rend(); ++it) {
    if (it->single) continue;
    std::uint32_t qend = it->closed ? it->last + 1 : it->last;
    if (qend == s.first || (qend < s.first && qend + 1 >= s.first)) {
      if (it->first >= it->last) return false;
      // Not if an earlier attribution already covers it.
      std::size_t from = c.out.size() > 16 ? c.out.size() - 16 : 0;
      for (std::size_t oi = from; oi < c.out.size(); ++oi)
        if (c.out[oi].content_first <= it->first && it->first < c.out[oi].content_last) return false;
      a.kind = claim_kind::direct;
      a.content_first = it->first;
      a.content_last = it->last;
      a.content = it->inner;
      a.speaker = sp;
      return true;
    }
    if (qend < s.first) break;
  }
  return false;
}

}  // namespace whosaid::detail
