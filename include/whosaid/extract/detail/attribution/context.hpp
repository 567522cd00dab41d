// What every attribution sieve reads: the paragraph's tokens, mentions and
// quotations, indexed once per paragraph (which mention ends or starts at a
// token, which quotation a token opens), and the token-level questions the
// rules ask ("is this a word outside quotation marks?"). The result record,
// `attribution`, is what the sieves write.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "../../../detail/work_buffers.hpp"
#include "../../../kinds.hpp"
#include "../../../text_span.hpp"
#include "../../lexicon.hpp"
#include "../mentions.hpp"
#include "../text_scanner.hpp"
#include "../vocabulary.hpp"

namespace whosaid::detail {

// One attribution in a paragraph, before coreference resolves its speaker.
struct attribution {
  text_span content;
  std::uint32_t content_first = 0;  // tokens of the content [first, last)
  std::uint32_t content_last = 0;
  claim_kind kind = claim_kind::indirect;
  attribution_rule rule = attribution_rule::none;  // the sieve that decided it
  text_span cue;                    // empty for a quote that continues a speaker
  int speaker = -1;                 // mention index in the paragraph; -1 with inherit
  bool inherit = false;             // the speaker of the previous claim
  int via = -1;                     // mention index of the channel, or -1
  bool weak = false;                // the speaker is a lone word of unknown kind ("Lind:" in a
                                    // headline): kept only if the article names it elsewhere
  bool nested = false;              // reported inside another claim's content ("Ruiz said the
                                    // mayor had told her ..."): dropped if its speaker is that claim's
  bool continues = false;           // its cue goes on from the speaker's last claim ("added"):
                                    // cue_flags::continues
};

// What a paragraph's attributions leave for the next paragraph.
struct attribution_state {
  int intro_speaker = -1;  // "X said:" ended the paragraph: the mention of X, whose next quote it is
};

// A reporting cue found in a sentence: its tokens and the lexicon's entry.
struct cue_hit {
  std::uint32_t first, last;  // tokens
  cue_info info;
  bool has(std::uint32_t flag) const noexcept { return (info.flags & flag) != 0; }
};

// How far the rules look, in tokens. Named so that a change is one edit.
namespace window {
inline constexpr std::uint32_t sentence = 400;          // longer sentences are cut (run-on or hostile text)
inline constexpr std::uint32_t opener_channel = 20;     // "In an interview with X, ..., Lind said"
inline constexpr std::uint32_t mention_after = 8;       // "said the party's chief strategist, Joe Lind"
inline constexpr std::uint32_t descriptor = 5;          // "said 9/11 widow Terry Strada"
inline constexpr std::uint32_t relative_clause = 10;    // "a worker who asked not to be named said"
inline constexpr std::uint32_t adverbials = 8;          // adverbial phrases skipped after a cue
inline constexpr std::uint32_t apposition = 12;         // "Chris Lowe, managing director of X said"
inline constexpr std::uint32_t long_addressee = 10;    // "told its member base of drivers to stop"
inline constexpr std::uint32_t clause_probe = 14;       // looks_like_clause reads this far
inline constexpr std::uint32_t source_apposition = 30;  // "according to X, a body set up in 2019, ..."
inline constexpr std::uint32_t parenthesis = 8;         // "(D-Ore.)" between a speaker and a cue
inline constexpr std::uint32_t aside = 8;               // "said that, if elected, he ..."
}  // namespace window

// The per-paragraph indices, kept by the finder across paragraphs so that
// they allocate nothing once grown.
struct attribution_index {
  std::vector<int> mention_at_end, mention_at_start, quote_at;
  std::vector<std::uint8_t> modifier_at;
  std::vector<sentence> windows;
  std::vector<attribution> scratch;  // a sieve's working copy of the paragraph's attributions
};

struct attribution_context {
  std::string_view t;  // the article's text
  const whosaid::lexicon& lex;
  const paragraph_scan& p;
  const std::vector<mention>& ms;
  std::vector<attribution>& out;  // the paragraph's attributions so far
  std::vector<int>& mention_at_end;        // token index -> the widest mention ending there
  std::vector<int>& mention_at_start;      // token index -> the widest mention starting there
  std::vector<std::uint8_t>& modifier_at;  // token index -> inside a modifier mention
  std::vector<int>& quote_at;              // token index -> the quotation it opens
  std::vector<sentence>& windows;          // the sentences as processed
  std::vector<attribution>& scratch;       // see attribution_index
  attribution_state state;

  attribution_context(std::string_view text, const whosaid::lexicon& l, const paragraph_scan& ps,
                      const std::vector<mention>& mentions, std::vector<attribution>& o, attribution_index& ix)
      : t(text), lex(l), p(ps), ms(mentions), out(o), mention_at_end(ix.mention_at_end),
        mention_at_start(ix.mention_at_start), modifier_at(ix.modifier_at), quote_at(ix.quote_at),
        windows(ix.windows), scratch(ix.scratch) {
    const std::size_t n = p.tokens.size() + 1;
    windows.clear();
    mention_at_end.assign(n, -1);
    mention_at_start.assign(n, -1);
    modifier_at.assign(n, 0);
    quote_at.assign(n, -1);
    for (const mention& m : ms)
      if (m.is(mf_modifier))
        for (std::uint32_t k = m.first; k < m.last; ++k) modifier_at[k] = 1;
    for (std::size_t q = 0; q < p.quotes.size(); ++q)
      if (quote_at[p.quotes[q].open_token] < 0) quote_at[p.quotes[q].open_token] = static_cast<int>(q);
    for (std::size_t i = 0; i < ms.size(); ++i) {
      const mention& m = ms[i];
      if (m.is(mf_modifier)) continue;
      // The outermost mention wins: the widest one ending (starting) here.
      int& e = mention_at_end[m.last];
      if (e < 0 || ms[static_cast<std::size_t>(e)].first > m.first) e = static_cast<int>(i);
      int& s = mention_at_start[m.first];
      if (s < 0 || ms[static_cast<std::size_t>(s)].last < m.last) s = static_cast<int>(i);
    }
  }

  std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(p.tokens.size()); }
  const token& tok(std::uint32_t i) const noexcept { return p.tokens[i]; }
  const mention& m(int i) const noexcept { return ms[static_cast<std::size_t>(i)]; }

  // The word at token i; empty past the end.
  std::string_view wd(std::uint32_t i) const noexcept {
    return i < p.tokens.size() ? t.substr(p.tokens[i].begin, p.tokens[i].end - p.tokens[i].begin)
                               : std::string_view{};
  }
  bool is_word(std::uint32_t i) const noexcept { return i < p.tokens.size() && p.tokens[i].kind == token_kind::word; }
  // Token i is the word w (ASCII case-insensitive).
  bool is(std::uint32_t i, std::string_view w) const noexcept { return is_word(i) && iequals(wd(i), w); }
  // The word classes of token i (vocabulary.hpp), 0 past the end.
  std::uint32_t vc(std::uint32_t i) const noexcept { return i < p.tokens.size() ? p.info(i).vocab : 0; }
  bool in_class(std::uint32_t i, std::uint32_t classes) const noexcept {
    return is_word(i) && (vc(i) & classes) != 0;
  }
  bool has_cue(std::uint32_t i) const noexcept { return i < p.tokens.size() && p.info(i).has_cue(); }
  bool is_punct(std::uint32_t i, char ch) const noexcept {
    return i < p.tokens.size() && p.tokens[i].kind == token_kind::punct && t[p.tokens[i].begin] == ch;
  }
  bool is_dash(std::uint32_t i) const noexcept { return i < p.tokens.size() && p.tokens[i].kind == token_kind::dash; }
  // Outside quotation marks, and not a mark itself.
  bool outside(std::uint32_t i) const noexcept {
    const token& x = p.tokens[i];
    return !x.is(tf_in_quote) && x.kind != token_kind::open_quote && x.kind != token_kind::close_quote;
  }
  bool covered_by_modifier(std::uint32_t k) const noexcept { return k < modifier_at.size() && modifier_at[k] != 0; }
  std::string_view text_of(text_span sp) const noexcept { return sp.of(t); }

  // A mention that can be a speaker: not inside a quote, not a place or a
  // demonym, not "we".
  bool speaker_like(int mi) const noexcept {
    if (mi < 0) return false;
    const mention& x = m(mi);
    if (x.is(mf_in_quote)) return false;
    if (x.type == mention_type::pronoun) return x.pronoun != pronoun_kind::we;
    if (x.kind == actor_kind::location) return false;
    if (x.type == mention_type::name && x.is(mf_demonym)) return false;
    return true;
  }
};

// ---- mentions around a position --------------------------------------------

// "said 9/11 widow Terry Strada", "said party strategist Joe Lind": a
// descriptor of lower-case nouns and numbers (no function words, no cue)
// before a person's full name. The person, or -1.
inline int described_person_after(const attribution_context& c, std::uint32_t j, std::uint32_t end) noexcept {
  for (std::uint32_t q = j; q < end && q < j + window::descriptor; ++q) {
    const int mi = c.mention_at_start[q];
    if (mi >= 0) {
      const mention& mm = c.m(mi);
      const bool full_name = mm.type == mention_type::name && mm.kind == actor_kind::person &&
                             (mm.is(mf_titled) || c.text_of(mm.name).find(' ') != std::string_view::npos);
      return q > j && full_name ? mi : -1;
    }
    if (!c.outside(q)) return -1;
    if (c.tok(q).kind == token_kind::word) {
      if (c.tok(q).is(tf_capitalized) || (c.vc(q) & vc_is_function_word) != 0 || c.has_cue(q)) return -1;
    } else if (!c.is_punct(q, '/') && !c.is_dash(q)) {
      return -1;
    }
  }
  return -1;
}

// The speaker mention right after token `i`, or -1. Skips "the" and
// premodifiers that are not mentions themselves ("Norvik spokesman" before
// "Pavel Orlin").
inline int mention_after(const attribution_context& c, std::uint32_t i, std::uint32_t end) noexcept {
  for (std::uint32_t j = i; j < end && j < i + window::mention_after; ++j) {
    if (c.mention_at_start[j] >= 0) {
      // "the Harbour Policy Unit's Mr Calder", "the BBC's Ann Lowe": the
      // possessor is a modifier of the person after it.
      const int mi = c.mention_at_start[j];
      const mention& mm = c.m(mi);
      if (mm.is(mf_possessive) && mm.type == mention_type::name && mm.last < end &&
          c.mention_at_start[mm.last] >= 0 && c.m(c.mention_at_start[mm.last]).type == mention_type::name &&
          c.m(c.mention_at_start[mm.last]).kind == actor_kind::person)
        return c.mention_at_start[mm.last];
      // "according to MSF's head of emergencies Ana Ruiz": a role after the
      // possessive that names the person after it (a modifier now).
      if (mm.is(mf_possessive) && mm.type == mention_type::name && mm.last < end && c.mention_at_start[mm.last] < 0 &&
          c.covered_by_modifier(mm.last)) {
        j = mm.last - 1;
        continue;
      }
      // "said Spanish actress Rosa Vidal": a demonym before a description
      // or a name is a modifier of the person.
      if (mm.is(mf_demonym) && !mm.is(mf_possessive) && mm.last < end && c.is_word(mm.last) && c.outside(mm.last)) {
        j = mm.last - 1;
        continue;
      }
      return mi;
    }
    if (!c.is_word(j) || !c.outside(j)) return -1;
    if (j == i && (c.is(j, "the") || c.is(j, "a") || c.is(j, "an"))) {
      // "the nonpartisan Budget Office", "a new Harbour Times poll": lower-case
      // adjectives between the article and a name.
      for (std::uint32_t q = j + 1; q < end && q < j + 1 + window::descriptor; ++q) {
        const int mi = c.mention_at_start[q];
        if (mi >= 0) {
          if (q > j + 1 && c.m(mi).type == mention_type::name) return mi;
          break;
        }
        if (!c.is_word(q) || !c.outside(q) || c.tok(q).is(tf_capitalized) || c.has_cue(q) ||
            (c.vc(q) & (vc_breaks_noun_phrase | vc_is_function_word)) != 0)
          break;
      }
      continue;
    }
    if (!c.covered_by_modifier(j)) return described_person_after(c, j, end);
  }
  return -1;
}

// The first plausible speaker mention in [from, to).
inline int first_subject(const attribution_context& c, std::uint32_t from, std::uint32_t to) noexcept {
  for (std::uint32_t k = from; k < to; ++k) {
    if (!c.outside(k)) continue;
    const int mi = c.mention_at_start[k];
    if (mi < 0) continue;
    const mention& mm = c.m(mi);
    // A possessive is a modifier ("China's commerce ministry spokesman").
    if (mm.is(mf_possessive) && mm.type == mention_type::name) {
      k = mm.last - 1;
      continue;
    }
    if (c.speaker_like(mi)) return mi;
    k = mm.last - 1;
  }
  return -1;
}

// A short parenthesis ending right before token j ("Rep. Gwen Moss (D-Wis.)
// said", "the ministry (MFA) said"): the position of its opening bracket,
// above `floor`; otherwise j.
inline std::uint32_t before_parenthesis(const attribution_context& c, std::uint32_t j, std::uint32_t floor) noexcept {
  if (j <= floor + 1 || !c.is_punct(j - 1, ')') || !c.outside(j - 1)) return j;
  for (std::uint32_t q = j - 1; q > floor && q + window::parenthesis > j; --q)
    if (c.is_punct(q - 1, '(')) return q - 1 > floor ? q - 1 : j;
  return j;
}

// A relative clause without commas between an unnamed subject and its cue
// ending right before token j ("a worker who asked not to be named said",
// "officials who attended the talks said"): the position right after the
// subject's mention, above `floor`; otherwise j. A mention inside the
// clause ("the talks") is not the subject. Named people take commas
// ("Lind, who ..., said"), which the apposition rules read.
inline std::uint32_t before_relative_clause(const attribution_context& c, std::uint32_t j, std::uint32_t floor) noexcept {
  for (std::uint32_t q = j; q > floor + 1 && q + window::relative_clause > j; --q) {
    const std::uint32_t w = q - 1;
    if (!c.is_word(w) || !c.outside(w)) return j;
    if (!c.is(w, "who")) continue;
    if (w + 1 >= j) return j;
    const int m = c.mention_at_end[w];
    if (m < 0 || !c.speaker_like(m) || c.m(m).type != mention_type::nominal) return j;
    return w;
  }
  return j;
}

}  // namespace whosaid::detail
