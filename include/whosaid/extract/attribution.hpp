// Stage 3 of the extractor: attributions in a paragraph. For each reporting
// cue it finds the speaker's mention, the content span and the kind, by the
// patterns of news English:
//
//   X said (on Friday) (that) ...            speaker before, content after
//   X said: “...”   X said, “...”            a colon or comma introducing a quote
//   “...,” X said.   ..., X said.            content before, speaker before the cue
//   “...,” X (D-Ore.) said of the plan       a parenthesis, words after the cue
//   The ferry, X said, was the largest        an attribution inside its clause
//   “...,” said X, a professor at Y.         inverted
//   X told Reuters (that) ...                the addressee is the channel
//   X said in a statement / in an interview with Y
//   according to X, ...   /   ..., according to X
//   ..., saying ... / ..., adding ...        participles: the main clause's subject
//   X said A and said B                      a second cue with an elided subject
//   “...,” X said. “...”                     a following quote keeps the speaker
//   X urged Y to ... / X called Y “...”      object-taking cues
//   “...” — Ann Lind                         a quote signed with a dash
//   Ann Lind: Fares Will Double              a name and a colon opening a paragraph
//
// Speakers are mention indices; coreference resolves them to actors. A quote
// with no cue of its own inherits the previous speaker (`inherit`).
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "../detail/work_buffers.hpp"
#include "../kinds.hpp"
#include "../text_span.hpp"
#include "lexicon.hpp"
#include "mentions.hpp"
#include "text_scanner.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

struct attribution {
  text_span content;
  std::uint32_t content_first = 0;  // tokens of the content [first, last)
  std::uint32_t content_last = 0;
  claim_kind kind = claim_kind::indirect;
  text_span cue;                    // empty for a quote that continues a speaker
  int speaker = -1;                 // mention index in the paragraph; -1 with inherit
  bool inherit = false;             // the speaker of the previous claim
  int via = -1;                     // mention index of the channel, or -1
};

// What a paragraph leaves for the next one.
struct attribution_state {
  bool pending_intro = false;  // "X said:" ended the paragraph; the next quote is X's
};

class attribution_finder {
 public:
  struct buffers;
  attribution_finder(std::string_view text, const whosaid::lexicon& lex) : attribution_finder(text, lex, nullptr) {}
  // With work buffers kept by the caller across articles; null for own ones.
  attribution_finder(std::string_view text, const whosaid::lexicon& lex, buffers* work)
      : t_(text), lex_(lex), own_(work != nullptr ? nullptr : std::make_unique<buffers>()),
        buf_(work != nullptr ? *work : *own_) {}

  // `pending_speaker` receives the mention index of an introduction that ends
  // the paragraph ("X said:"), or -1.
  void find(const paragraph_scan& p, const std::vector<mention>& ms, std::vector<attribution>& out,
            int& pending_speaker) const {
    out.clear();
    pending_speaker = -1;
    ctx c{p, ms, out, buf_.mention_at_end, buf_.mention_at_start, buf_.modifier_at, buf_.quote_at, buf_.windows};
    c.windows.clear();
    c.mention_at_end.assign(p.tokens.size() + 1, -1);
    c.mention_at_start.assign(p.tokens.size() + 1, -1);
    c.modifier_at.assign(p.tokens.size() + 1, 0);
    c.quote_at.assign(p.tokens.size() + 1, -1);
    for (const mention& m : ms)
      if (m.is(mf_modifier))
        for (std::uint32_t k = m.first; k < m.last; ++k) c.modifier_at[k] = 1;
    for (std::size_t q = 0; q < p.quotes.size(); ++q)
      if (c.quote_at[p.quotes[q].open_token] < 0) c.quote_at[p.quotes[q].open_token] = static_cast<int>(q);
    for (std::size_t i = 0; i < ms.size(); ++i) {
      const mention& m = ms[i];
      if (m.is(mf_modifier)) continue;
      // The outermost mention wins: the widest one ending (starting) here.
      int& e = c.mention_at_end[m.last];
      if (e < 0 || ms[static_cast<std::size_t>(e)].first > m.first) e = static_cast<int>(i);
      int& s = c.mention_at_start[m.first];
      if (s < 0 || ms[static_cast<std::size_t>(s)].last < m.last) s = static_cast<int>(i);
    }
    // Sentences longer than any real one (run-on or hostile text) are cut
    // into windows, so that every scan below stays bounded.
    for (const sentence& s : p.sentences) {
      for (std::uint32_t b = s.first; b < s.last; b += max_sentence) {
        sentence w{b, s.last - b > max_sentence ? b + max_sentence : s.last};
        c.windows.push_back(w);
        sentence_attributions(c, w, pending_speaker);
      }
    }
    if (out.empty()) speaker_label(c);
    quotes_without_cue(c);
    coordinated_speakers(c);
  }

 private:
  struct ctx {
    const paragraph_scan& p;
    const std::vector<mention>& ms;
    std::vector<attribution>& out;
    std::vector<int>& mention_at_end;    // token index -> mention ending there
    std::vector<int>& mention_at_start;  // token index -> mention starting there
    std::vector<std::uint8_t>& modifier_at;  // token index -> inside a modifier mention
    std::vector<int>& quote_at;          // token index -> the quotation it opens
    std::vector<sentence>& windows;      // the sentences as processed
  };

  static constexpr std::uint32_t max_sentence = 400;

  struct cue_hit {
    std::uint32_t first, last;  // tokens
    cue_info info;
  };

  std::string_view word(const token& t) const noexcept { return t_.substr(t.begin, t.end - t.begin); }
  std::string_view wd(const ctx& c, std::uint32_t i) const noexcept {
    return i < c.p.tokens.size() ? word(c.p.tokens[i]) : std::string_view{};
  }
  bool is_word(const ctx& c, std::uint32_t i) const noexcept {
    return i < c.p.tokens.size() && c.p.tokens[i].kind == token_kind::word;
  }
  // The scan's records of token i (0 / false past the end, like wd()).
  static std::uint32_t vc(const ctx& c, std::uint32_t i) noexcept {
    return i < c.p.tokens.size() ? c.p.info(i).vocab : 0;
  }
  static bool has_cue(const ctx& c, std::uint32_t i) noexcept {
    return i < c.p.tokens.size() && c.p.info(i).has_cue();
  }
  bool is_punct(const ctx& c, std::uint32_t i, char ch) const noexcept {
    return i < c.p.tokens.size() && c.p.tokens[i].kind == token_kind::punct && t_[c.p.tokens[i].begin] == ch;
  }
  // A short parenthesis ending right before token j ("Rep. Gwen Moss
  // (D-Wis.) said", "the ministry (MFA) said"): the position of its opening
  // bracket, above `floor`; otherwise j.
  std::uint32_t before_parenthesis(const ctx& c, std::uint32_t j, std::uint32_t floor) const noexcept {
    if (j <= floor + 1 || !is_punct(c, j - 1, ')') || !outside(c, j - 1)) return j;
    for (std::uint32_t q = j - 1; q > floor && q + 8 > j; --q)
      if (is_punct(c, q - 1, '(')) return q - 1 > floor ? q - 1 : j;
    return j;
  }
  bool outside(const ctx& c, std::uint32_t i) const noexcept {
    const token& t = c.p.tokens[i];
    return !t.is(tf_in_quote) && t.kind != token_kind::open_quote && t.kind != token_kind::close_quote;
  }

  // ---- cues ------------------------------------------------------------------

  std::optional<cue_hit> cue_at(const ctx& c, std::uint32_t i, std::uint32_t end) const noexcept {
    const auto& tk = c.p.tokens;
    if (tk[i].kind != token_kind::word || !outside(c, i) || tk[i].is(tf_in_single)) return std::nullopt;
    // Multi-word phrases first: "according to", "pointed out", "called for".
    // Their second word is a particle or preposition: a cheap test before
    // any lookup.
    // (No multi-word cue starts with most words: the scan said which.)
    const word_info& wi = c.p.info(i);
    bool particle = (wi.cue_phrase_first || !wi.first_word_whole) && i + 1 < end &&
                    tk[i + 1].kind == token_kind::word && tk[i + 1].end - tk[i + 1].begin <= 4 &&
                    !tk[i + 1].is(tf_capitalized);
    for (std::uint32_t len = 3; len >= 2 && particle; --len) {
      if (i + len > end) continue;
      bool ok = true;
      for (std::uint32_t j = i; j < i + len; ++j)
        if (tk[j].kind != token_kind::word) ok = false;
      // (Only where a multi-word cue may end: the scan said which.)
      const word_info& wl = c.p.info(i + len - 1);
      if (!ok || !(wl.cue_phrase_last || !wl.last_word_whole)) continue;
      std::string_view s = t_.substr(tk[i].begin, tk[i + len - 1].end - tk[i].begin);
      // Adjunct phrases ("speaking to") attach to a cue; they are not one.
      if (auto ci = lex_.find_cue(s)) {
        if ((ci->flags & cue_flags::adjunct) != 0) return std::nullopt;
        return cue_hit{i, i + len, *ci};
      }
    }
    if (tk[i].is(tf_capitalized) && !(i == 0 || c.p.tokens[i - 1].kind != token_kind::word)) {
      // A capitalized cue inside a sentence is a name ("Mr Said").
      return std::nullopt;
    }
    if (const auto ci = wi.cue()) {
      if ((ci->flags & cue_flags::adjunct) != 0) return std::nullopt;
      return cue_hit{i, i + 1, *ci};
    }
    return std::nullopt;
  }

  static bool base_is(const cue_info& ci, std::string_view b) noexcept { return ci.base == b; }

  bool participle(const ctx& c, const cue_hit& h) const noexcept {
    std::string_view w = wd(c, h.first);
    if (!(w.size() > 4 && w.substr(w.size() - 3) == "ing")) return false;
    // "The commission is accusing X of ...": a finite progressive verb.
    if (h.first > 0 && is_word(c, h.first - 1)) {
      std::string_view prev = wd(c, h.first - 1);
      if (iequals(prev, "is") || iequals(prev, "are") || iequals(prev, "was") || iequals(prev, "were")) return false;
    }
    return true;
  }
  bool progressive(const ctx& c, const cue_hit& h) const noexcept {
    std::string_view w = wd(c, h.first);
    return w.size() > 4 && w.substr(w.size() - 3) == "ing" && !iequals(w, "being");
  }

  // "pledged to work towards ...", "vowed to resist": a to-infinitive after
  // a verb of saying that takes one, in the active voice ("is expected to"
  // is not anyone's stance). After a verb of thinking ("hopes to finish",
  // "expects to win") the infinitive is the subject's own plan, not
  // something reported.
  bool infinitive_complement(const ctx& c, const cue_hit& h, std::uint32_t k, std::uint32_t e) const noexcept {
    if ((h.info.flags & cue_flags::infinitive) == 0 || (h.info.flags & cue_flags::speech) == 0 || !is_word(c, k) ||
        !iequals(wd(c, k), "to") || e <= k + 1 || !is_word(c, k + 1))
      return false;
    std::uint32_t b = h.first;
    if (b > 0 && is_word(c, b - 1) && is_adverb_or_aux(wd(c, b - 1)) && !is_be(wd(c, b - 1))) --b;
    return !(b > 0 && is_word(c, b - 1) && is_be(wd(c, b - 1)));
  }
  static bool is_be(std::string_view w) noexcept {
    static constexpr std::string_view be[] = {"is", "was", "are", "were", "be", "been", "being", "'s", "’s"};
    for (std::string_view x : be)
      if (iequals(w, x)) return true;
    return false;
  }

  // Verbs whose complement is a clause even without "that".
  static bool says_clause(const cue_info& ci) noexcept {
    static constexpr std::string_view strong[] = {
        "say", "tell", "claim", "argue", "insist", "believe", "think", "suggest", "predict", "contend",
        "assert", "allege", "write", "tweet", "report", "add", "warn", "caution", "explain", "note", "recall",
        "reply", "respond", "fear", "hope", "expect", "concede", "admit", "acknowledge", "complain", "estimate",
        "indicate", "reiterate", "stress", "emphasise", "emphasize", "maintain", "continue", "declare", "state",
        "announce", "confirm", "deny", "agree", "vow", "pledge", "promise", "predict", "forecast", "conclude",
        "observe", "remark", "point out", "hint", "complain", "boast", "assure", "inform", "remind", "urge",
        "ask", "demand", "accuse", "call", "call for", "describe", "hint at", "brief", "testify", "comment"};
    for (std::string_view s : strong)
      if (ci.base == s) return true;
    return (ci.flags & cue_flags::that_clause) != 0;
  }

  // ---- the sentence --------------------------------------------------------

  void sentence_attributions(ctx& c, const sentence& s, int& pending_speaker) const {
    const auto& tk = c.p.tokens;
    const std::size_t first_new = c.out.size();
    std::vector<cue_hit>& cues = buf_.cues;
    cues.clear();
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      if (auto h = cue_at(c, i, s.last)) {
        if (!plausible_cue(c, s, *h)) continue;
        cues.push_back(*h);
        i = h->last - 1;
      }
    }
    if (cues.empty()) return;
    int sentence_speaker = -1;   // the first speaker found in the sentence
    // Pass 1: cues whose content comes before them ("..., X said." and
    // "“...,” said X"): they own the sentence up to their speaker, so a cue
    // word inside that content is not a cue.
    std::vector<std::pair<std::uint32_t, std::uint32_t>>& owned = buf_.owned;
    owned.clear();
    std::vector<std::uint8_t>& done = buf_.done;
    done.assign(cues.size(), 0);
    for (std::size_t ci = 0; ci < cues.size(); ++ci) {
      const cue_hit& h = cues[ci];
      if ((h.info.flags & cue_flags::source_follows) != 0) continue;
      if (!owned.empty() && h.first >= owned.back().first && h.first < owned.back().second) continue;
      attribution a;
      a.cue = {tk[h.first].begin, tk[h.last - 1].end};
      std::uint32_t from = owned.empty() ? s.first : owned.back().second;
      if (!verb_cue(c, s, h, a, from, s.last, sentence_speaker, pending_speaker, 1)) continue;
      opener_channel(c, s, a);
      done[ci] = 1;
      owned.push_back({a.content_first, h.last});
      if (a.speaker >= 0 && sentence_speaker < 0) sentence_speaker = a.speaker;
      c.out.push_back(a);
    }
    // Pass 2: the others, left to right.
    std::uint32_t covered_to = s.first;  // content already claimed up to here
    for (std::size_t ci = 0; ci < cues.size(); ++ci) {
      const cue_hit& h = cues[ci];
      if (done[ci]) {
        covered_to = std::max(covered_to, h.last);
        continue;
      }
      if (h.first < covered_to) continue;  // inside an earlier claim's content
      bool inside = false;
      for (auto& o : owned) inside = inside || (h.first >= o.first && h.first < o.second);
      if (inside) continue;
      std::uint32_t next_cue = ci + 1 < cues.size() ? cues[ci + 1].first : s.last;
      attribution a;
      a.cue = {tk[h.first].begin, tk[h.last - 1].end};
      bool ok = false;
      if ((h.info.flags & cue_flags::source_follows) != 0)
        ok = according_to(c, s, h, a, covered_to);
      else
        ok = verb_cue(c, s, h, a, covered_to, next_cue, sentence_speaker, pending_speaker, 2);
      if (!ok) continue;
      opener_channel(c, s, a);
      if (a.speaker >= 0 && sentence_speaker < 0) sentence_speaker = a.speaker;
      if (a.content_last > covered_to) covered_to = a.content_last;
      c.out.push_back(a);
    }
    std::sort(c.out.begin() + static_cast<std::ptrdiff_t>(first_new), c.out.end(),
              [](const attribution& x, const attribution& y) { return x.content_first < y.content_first; });
  }

  // "In an interview with New York station WKRP, Lind said ...", "Speaking
  // to the BBC, she said ...": a channel in an opening phrase before the
  // speaker. Looks at most 20 tokens back and 6 tokens past the preposition.
  void opener_channel(const ctx& c, const sentence& s, attribution& a) const {
    if (a.via >= 0 || a.speaker < 0) return;
    const std::uint32_t sp = c.ms[static_cast<std::size_t>(a.speaker)].first;
    if (sp <= s.first || sp - s.first > 20) return;
    for (std::uint32_t k = s.first; k + 1 < sp; ++k) {
      if (!is_word(c, k) || !outside(c, k)) continue;
      std::string_view w = wd(c, k), nx = wd(c, k + 1);
      bool opener = (iequals(w, "interview") && iequals(nx, "with")) ||
                    ((iequals(w, "speaking") || iequals(w, "talking")) && (iequals(nx, "to") || iequals(nx, "with")));
      if (!opener) continue;
      int best = -1;
      bool media_noun = false;
      for (std::uint32_t j = k + 2; j < sp && j < k + 8; ++j) {
        if (is_punct(c, j, ',') || !outside(c, j)) break;
        if (is_word(c, j)) {
          std::string_view x = wd(c, j);
          media_noun = media_noun || iequals(x, "station") || iequals(x, "radio") || iequals(x, "channel") ||
                       iequals(x, "broadcaster") || iequals(x, "network") || iequals(x, "newspaper") ||
                       iequals(x, "television") || iequals(x, "TV");
        }
        int m = c.mention_at_start[j];
        if (m < 0) continue;
        const mention& mm = c.ms[static_cast<std::size_t>(m)];
        if (mm.kind == actor_kind::media) best = m;
        else if (media_noun && mm.kind != actor_kind::person && mm.kind != actor_kind::location &&
                 mm.kind != actor_kind::country && mm.type == mention_type::name)
          best = m;
        if (best >= 0) break;
      }
      // "New York station WKRP": the name after a descriptive outlet phrase.
      if (best >= 0) {
        std::uint32_t after = c.ms[static_cast<std::size_t>(best)].last;
        int nx = after < sp ? c.mention_at_start[after] : -1;
        if (nx >= 0 && c.ms[static_cast<std::size_t>(nx)].type == mention_type::name &&
            c.ms[static_cast<std::size_t>(nx)].kind != actor_kind::person)
          best = nx;
        a.via = best;
      }
      return;
    }
  }

  // Rejects noun uses ("the claim", "his comments") and cues inside names.
  bool plausible_cue(const ctx& c, const sentence& s, const cue_hit& h) const noexcept {
    if ((h.info.flags & cue_flags::source_follows) != 0) return true;
    if (h.first > s.first) {
      std::string_view prev = wd(c, h.first - 1);
      if (is_word(c, h.first - 1) && ((vc(c, h.first - 1) & vc_is_determiner) != 0 || c.p.tokens[h.first - 1].is(tf_possessive)) &&
          !iequals(prev, "that") && !iequals(prev, "one") && !iequals(prev, "two") && !iequals(prev, "three") &&
          !iequals(prev, "some") && !iequals(prev, "many") && !iequals(prev, "all") && !iequals(prev, "both") &&
          !iequals(prev, "several") && !iequals(prev, "other") && !iequals(prev, "most"))
        return false;
      // Passive or adjectival: "was told", "is expected", "been said"; the
      // progressive of a verb of saying, "is accusing", "were saying", is
      // active. That of a verb of thinking, "is hoping to", is a plan or a
      // mood, not something reported.
      if ((iequals(prev, "was") || iequals(prev, "were") || iequals(prev, "is") || iequals(prev, "are")) &&
          progressive(c, h) && (h.info.flags & cue_flags::speech) != 0)
        return true;
      if (iequals(prev, "was") || iequals(prev, "were") || iequals(prev, "been") || iequals(prev, "being") ||
          iequals(prev, "is") || iequals(prev, "are") || iequals(prev, "be") || iequals(prev, "to"))
        return false;
    }
    return true;
  }

  // The speaker mention right after token `i` (skipping "the"), or -1.
  // Skips "the" and premodifiers that are not mentions themselves
  // ("Norvik spokesman" before "Pavel Orlin").
  int mention_after(const ctx& c, std::uint32_t i, std::uint32_t end) const noexcept {
    for (std::uint32_t j = i; j < end && j < i + 8; ++j) {
      if (c.mention_at_start[j] >= 0) {
        // "the Harbour Policy Unit's Mr Calder", "the BBC's Ann
        // Lowe": the possessor is a modifier of the person after it.
        int m = c.mention_at_start[j];
        const mention& mm = c.ms[static_cast<std::size_t>(m)];
        if (mm.is(mf_possessive) && mm.type == mention_type::name && mm.last < end &&
            c.mention_at_start[mm.last] >= 0 &&
            c.ms[static_cast<std::size_t>(c.mention_at_start[mm.last])].type == mention_type::name &&
            c.ms[static_cast<std::size_t>(c.mention_at_start[mm.last])].kind == actor_kind::person)
          return c.mention_at_start[mm.last];
        return m;
      }
      if (!is_word(c, j) || !outside(c, j)) return -1;
      if (j == i && iequals(wd(c, j), "the")) continue;
      if (!covered_by_modifier(c, j)) return described_person_after(c, j, end);
    }
    return -1;
  }

  // "said 9/11 widow Terry Strada", "said party strategist Joe Lind": a
  // descriptor of lower-case nouns and numbers (no function words, no cue)
  // before a person's full name. The person, or -1.
  int described_person_after(const ctx& c, std::uint32_t j, std::uint32_t end) const noexcept {
    const auto& tk = c.p.tokens;
    for (std::uint32_t q = j; q < end && q < j + 5; ++q) {
      const int m = c.mention_at_start[q];
      if (m >= 0) {
        const mention& mm = c.ms[static_cast<std::size_t>(m)];
        const bool full_name = mm.type == mention_type::name && mm.kind == actor_kind::person &&
                               (mm.is(mf_titled) || text_of(mm.name).find(' ') != std::string_view::npos);
        return q > j && full_name ? m : -1;
      }
      if (!outside(c, q)) return -1;
      if (tk[q].kind == token_kind::word) {
        if (tk[q].is(tf_capitalized) || (vc(c, q) & vc_is_function_word) != 0 || has_cue(c, q)) return -1;
      } else if (!is_punct(c, q, '/') && tk[q].kind != token_kind::dash) {
        return -1;
      }
    }
    return -1;
  }
  std::string_view text_of(text_span sp) const noexcept { return sp.of(t_); }

  bool covered_by_modifier(const ctx& c, std::uint32_t k) const noexcept {
    return k < c.modifier_at.size() && c.modifier_at[k] != 0;
  }

  bool speaker_like(const ctx& c, int mi) const noexcept {
    if (mi < 0) return false;
    const mention& m = c.ms[static_cast<std::size_t>(mi)];
    if (m.is(mf_in_quote)) return false;
    if (m.type == mention_type::pronoun) return m.pronoun != pronoun_kind::we;
    if (m.kind == actor_kind::location) return false;
    if (m.type == mention_type::name && m.is(mf_demonym)) return false;
    return true;
  }

  // "according to X, ..." and "..., according to X".
  bool according_to(ctx& c, const sentence& s, const cue_hit& h, attribution& a, std::uint32_t covered_to) const {
    int sp = mention_after(c, h.last, s.last);
    if (!speaker_like(c, sp)) return false;
    // "X said that ..., according to France 24": an outlet relays a claim
    // that already has its own speaker; it is that claim's channel.
    if (!c.out.empty() && c.ms[static_cast<std::size_t>(sp)].kind == actor_kind::media) {
      attribution& prev = c.out.back();
      std::uint32_t e = h.first;
      while (e > s.first && (is_punct(c, e - 1, ',') || c.p.tokens[e - 1].kind == token_kind::dash ||
                             c.p.tokens[e - 1].kind == token_kind::close_quote))
        --e;
      if (prev.content_first >= s.first && prev.content_last <= h.first && prev.content_last + 1 >= e &&
          prev.speaker >= 0 && prev.speaker != sp && prev.via < 0 && !prev.cue.empty()) {
        prev.via = sp;
        return false;
      }
    }
    a.speaker = sp;
    const mention& m = c.ms[static_cast<std::size_t>(sp)];
    std::uint32_t after = m.last;
    // Skip an apposition or "news agency" tail up to the comma.
    std::uint32_t k = after;
    while (k < s.last && !is_punct(c, k, ',') && k - after < 8 && outside(c, k)) ++k;
    std::uint32_t start = h.first > s.first ? clause_start(c, s, h.first, covered_to) : s.first;
    if (h.first > start + 1) {
      // Content before: "..., according to X."
      std::uint32_t e = h.first;
      while (e > start && (is_punct(c, e - 1, ',') || c.p.tokens[e - 1].kind == token_kind::dash)) --e;
      return set_content(c, a, start, e);
    }
    // Content after the comma that closes the source, and after an
    // apposition or relative clause on the source: "according to the
    // council, a body set up in 2019, the study ..." / "according to an
    // official, who asked not to be named, the government ...".
    if (k < s.last && is_punct(c, k, ',')) {
      std::uint32_t from = k + 1;
      std::uint32_t k2 = from;
      while (k2 < s.last && k2 < from + 30 && !(is_punct(c, k2, ',') && outside(c, k2))) ++k2;
      if (k2 + 3 < s.last && k2 < from + 30 && is_word(c, from) && outside(c, from)) {
        std::string_view w = wd(c, from);
        bool relative = iequals(w, "who") || iequals(w, "which") || iequals(w, "whose") || iequals(w, "where");
        bool indefinite = iequals(w, "a") || iequals(w, "an");
        bool definite = iequals(w, "the") || c.p.tokens[from].is(tf_possessive);
        // The words after the second comma must be the main clause.
        std::string_view nx = wd(c, k2 + 1);
        bool main_clause = is_word(c, k2 + 1) && !iequals(nx, "who") && !iequals(nx, "which") &&
                           !iequals(nx, "whose") && !iequals(nx, "that") && looks_like_clause(c, k2 + 1, s.last);
        if (main_clause && (relative || indefinite || (definite && !looks_like_clause(c, from, k2))))
          from = k2 + 1;
      }
      return set_content(c, a, from, clause_end(c, s, from, s.last));
    }
    return false;
  }

  // The start of the clause that ends at `pos`: the sentence start or after
  // a semicolon, colon or a claim already found.
  std::uint32_t clause_start(const ctx& c, const sentence& s, std::uint32_t pos, std::uint32_t covered_to) const {
    std::uint32_t start = s.first > covered_to ? s.first : covered_to;
    for (std::uint32_t k = pos; k > start; --k) {
      if (!outside(c, k - 1)) continue;
      if (is_punct(c, k - 1, ';') || is_punct(c, k - 1, ':')) return k;
    }
    // Sentence-initial conjunctions are not content: "And ..." / "But ...".
    while (start < pos && is_word(c, start) &&
           (iequals(wd(c, start), "and") || iequals(wd(c, start), "but") || iequals(wd(c, start), "so")))
      ++start;
    return start;
  }

  // The end of a content that starts at `from`: the sentence end, or before a
  // participial cue (", adding"), ", according to", a semicolon, or a second
  // coordinated cue ("and said").
  std::uint32_t clause_end(const ctx& c, const sentence& s, std::uint32_t from, std::uint32_t limit) const {
    std::uint32_t e = limit < s.last ? limit : s.last;
    for (std::uint32_t k = from; k < e; ++k) {
      // "... in a “firm manner,” according to X": the comma sits inside
      // the closing mark.
      if (c.p.tokens[k].kind == token_kind::close_quote && k > from && is_punct(c, k - 1, ',') && k + 1 < e) {
        auto h = cue_at(c, k + 1, s.last);
        if (h && (h->info.flags & cue_flags::source_follows) != 0) return k + 1;
      }
      if (!outside(c, k)) continue;
      if (is_punct(c, k, ';')) return k;
      // "..., and had sought ...": a second predicate of the main subject.
      if (is_punct(c, k, ',') && k + 2 < e && is_word(c, k + 1) &&
          (iequals(wd(c, k + 1), "and") || iequals(wd(c, k + 1), "but")) && is_word(c, k + 2)) {
        std::string_view v = wd(c, k + 2);
        static constexpr std::string_view aux[] = {"has", "had", "have", "was", "is", "will", "would", "did",
                                                   "does", "also", "then", "later"};
        if (in_list(aux, v)) return k;
      }
      // "... - but Mr Straw said ...": a new subject with its own cue.
      bool conj = (is_word(c, k) && (iequals(wd(c, k), "but") || iequals(wd(c, k), "while") ||
                                     iequals(wd(c, k), "whereas") || iequals(wd(c, k), "although"))) ||
                  c.p.tokens[k].kind == token_kind::dash;
      if (conj && k > from) {
        std::uint32_t j = k + 1;
        if (j < e && is_word(c, j) && (iequals(wd(c, j), "but") || iequals(wd(c, j), "and"))) ++j;
        // "... - and the BBC's reporter in Moscow says ...": a dash and a
        // conjunction open a new clause when a cue follows shortly.
        if (c.p.tokens[k].kind == token_kind::dash && j == k + 2 && j < e && !iequals(wd(c, j), "that")) {
          for (std::uint32_t q = j + 1; q < e && q < j + 12 && outside(c, q); ++q) {
            if (c.p.tokens[q].kind != token_kind::word) break;
            if (cue_at(c, q, s.last)) {
              std::uint32_t b = k;
              while (b > from && is_punct(c, b - 1, ',')) --b;
              return b;
            }
          }
        }
        int m = j < e ? c.mention_at_start[j] : -1;
        if (m >= 0 && speaker_like(c, m)) {
          std::uint32_t q = c.ms[static_cast<std::size_t>(m)].last;
          while (q < e && is_word(c, q) && is_adverb_or_aux(wd(c, q))) ++q;
          if (q < e && cue_at(c, q, s.last)) {
            std::uint32_t b = k;
            while (b > from && (is_punct(c, b - 1, ',') || c.p.tokens[b - 1].kind == token_kind::dash)) --b;
            return b;
          }
        }
      }
      if ((is_punct(c, k, ',') || (is_word(c, k) && (iequals(wd(c, k), "and") || iequals(wd(c, k), "but")))) &&
          k + 1 < e) {
        std::uint32_t j = k + 1;
        if (is_word(c, j) && (iequals(wd(c, j), "and") || iequals(wd(c, j), "but"))) ++j;
        if (auto h = cue_at(c, j, s.last)) {
          bool part = participle(c, *h);
          bool coordinated = is_word(c, k) || j > k + 1;
          static constexpr std::string_view clause_verbs[] = {"say", "tell", "add", "insist", "warn", "argue",
                                                              "claim", "note", "stress", "explain", "state",
                                                              "suggest", "admit", "acknowledge", "deny", "confirm"};
          bool saying = false;
          for (std::string_view v : clause_verbs) saying = saying || h->info.base == v;
          if ((h->info.flags & cue_flags::source_follows) != 0 || (part && saying) || (coordinated && saying))
            return k;
        }
      }
    }
    return e;
  }

  // Trims punctuation at the edges of [a, b) and records the content and kind.
  bool set_content(const ctx& c, attribution& a, std::uint32_t b0, std::uint32_t e0) const {
    const auto& tk = c.p.tokens;
    std::uint32_t b = b0, e = e0;
    auto trim_punct = [&](std::uint32_t k) {
      const token& t = tk[k];
      if (t.kind == token_kind::dash) return true;
      if (t.kind != token_kind::punct) return false;
      char ch = t_[t.begin];
      return ch == ',' || ch == '.' || ch == ':' || ch == ';' || ch == '-';
    };
    while (b < e && trim_punct(b)) ++b;
    while (e > b && trim_punct(e - 1) && outside(c, e - 1)) --e;
    if (b >= e) return false;
    // A single quotation: direct, without its marks.
    const quotation* whole = nullptr;
    bool any_quote = false;
    for (std::uint32_t k = b; k < e; ++k) {
      if (c.quote_at[k] < 0) continue;
      const quotation& q = c.p.quotes[static_cast<std::size_t>(c.quote_at[k])];
      if (!q.single || true) any_quote = true;
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
      while (ie > ib && tk[ie - 1].kind == token_kind::punct && t_[tk[ie - 1].begin] == ',') --ie;
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
  std::uint32_t skip_adverbials(const ctx& c, const sentence& s, std::uint32_t k, attribution& a) const {
    const auto& tk = c.p.tokens;
    for (int guard = 0; guard < 8 && k < s.last; ++guard) {
      if (!is_word(c, k) || !outside(c, k)) return k;
      std::string_view w = wd(c, k);
      if ((vc(c, k) & vc_is_weekday) != 0 || iequals(w, "also") || iequals(w, "again") || iequals(w, "earlier") ||
          iequals(w, "later") || iequals(w, "repeatedly") || iequals(w, "publicly") || iequals(w, "privately") ||
          iequals(w, "separately") || iequals(w, "recently") || iequals(w, "previously") || iequals(w, "then") ||
          iequals(w, "now") || iequals(w, "reportedly") || iequals(w, "further") || iequals(w, "too")) {
        ++k;
        continue;
      }
      if ((iequals(w, "last") || iequals(w, "this") || iequals(w, "next")) && is_word(c, k + 1)) {
        k += 2;
        continue;
      }
      // A date: "Oct. 8", "March 3".
      if ((vc(c, k) & vc_is_calendar_word) != 0 && c.p.tokens[k].is(tf_capitalized)) {
        ++k;
        while (k < s.last && (c.p.tokens[k].is(tf_digit) || is_punct(c, k, '.') || is_punct(c, k, ','))) {
          if (is_punct(c, k, ',') && !(k + 1 < s.last && c.p.tokens[k + 1].is(tf_digit))) break;
          ++k;
        }
        continue;
      }
      // "distributed by X", "carried by X": a channel.
      if (w.size() > 4 && w.substr(w.size() - 2) == "ed" && k + 1 < s.last && iequals(wd(c, k + 1), "by")) {
        int m = mention_after(c, k + 2, s.last);
        if (m < 0 && k + 3 < s.last) m = mention_after(c, k + 3, s.last);
        if (m >= 0) {
          if (c.ms[static_cast<std::size_t>(m)].kind == actor_kind::media) a.via = m;
          k = c.ms[static_cast<std::size_t>(m)].last;
          continue;
        }
      }
      // "on Friday", "on Oct. 8", "on condition of anonymity", "in a statement", "by phone".
      if (iequals(w, "on") || iequals(w, "in") || iequals(w, "at") || iequals(w, "by") || iequals(w, "during") ||
          iequals(w, "via") || iequals(w, "through") || iequals(w, "over") || iequals(w, "late") ||
          iequals(w, "early")) {
        // Adjunct phrases from the lexicon.
        bool adj = false;
        for (std::uint32_t len = 5; len >= 2 && !adj; --len) {
          if (k + len > s.last) continue;
          std::string_view ph = t_.substr(tk[k].begin, tk[k + len - 1].end - tk[k].begin);
          if (auto ci = lex_.find_cue(ph)) {
            if ((ci->flags & cue_flags::adjunct) != 0) {
              adj = true;
              k += len;
            }
          }
        }
        if (adj) {
          // "in an interview with Y": Y is the channel.
          if (k < s.last && is_word(c, k) && (iequals(wd(c, k), "with") || iequals(wd(c, k), "to"))) {
            int m = mention_after(c, k + 1, s.last);
            if (m >= 0) {
              if (c.ms[static_cast<std::size_t>(m)].kind == actor_kind::media) a.via = m;
              k = c.ms[static_cast<std::size_t>(m)].last;
            }
          }
          continue;
        }
        // A date: "on Friday", "on Oct. 8".
        {
          std::uint32_t j1 = k + 1;
          if (j1 < s.last && is_word(c, j1) && ((vc(c, j1) & vc_is_weekday) || (vc(c, j1) & vc_is_calendar_word))) {
            ++j1;
            while (j1 < s.last && (c.p.tokens[j1].is(tf_digit) ||
                                   (is_punct(c, j1, '.') && c.p.tokens[j1 - 1].end == c.p.tokens[j1].begin && j1 + 1 < s.last)))
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
          while (j2 < s.last && j2 < k + 8 && outside(c, j2) &&
                 ((is_word(c, j2) && !iequals(wd(c, j2), "that") && !verb_like(wd(c, j2)) &&
                   subject_pronoun(wd(c, j2)) == pronoun_kind::none) ||
                  (is_punct(c, j2, '.') && c.p.tokens[j2 - 1].end == c.p.tokens[j2].begin && j2 + 1 < s.last)))
            ++j2;
          bool to_end = j2 >= s.last || is_punct(c, j2, ',') ||
                        (is_punct(c, j2, '.') && j2 + 1 >= s.last);
          if (to_end && j2 > k + 1) {
            for (std::uint32_t m = k; m < j2; ++m)
              if (c.mention_at_start[m] >= 0 && c.ms[static_cast<std::size_t>(c.mention_at_start[m])].kind == actor_kind::media)
                a.via = c.mention_at_start[m];
            k = j2;
            // "in Toledo, Ohio, that ...": the state or country after the
            // place, between commas.
            if (is_punct(c, k, ',') && k + 1 < s.last && c.mention_at_start[k + 1] >= 0) {
              const mention& pl = c.ms[static_cast<std::size_t>(c.mention_at_start[k + 1])];
              if ((pl.kind == actor_kind::location || pl.kind == actor_kind::country || pl.kind == actor_kind::unknown) &&
                  pl.last < s.last && is_punct(c, pl.last, ',') && pl.last + 1 < s.last && is_word(c, pl.last + 1) &&
                  iequals(wd(c, pl.last + 1), "that"))
                k = pl.last + 1;
            }
            continue;
          }
        }
        // Short prepositional phrases of time or manner: up to a "that" or
        // comma within a few words, or a date.
        std::uint32_t j = k + 1;
        if (j < s.last && is_word(c, j) && ((vc(c, j) & vc_is_weekday) || (vc(c, j) & vc_is_calendar_word) ||
                                             c.p.tokens[j].is(tf_digit) || iequals(wd(c, j), "phone") ||
                                             iequals(wd(c, j), "telephone"))) {
          ++j;
          while (j < s.last && (c.p.tokens[j].is(tf_digit) ||
                                (is_punct(c, j, '.') && c.p.tokens[j - 1].end == c.p.tokens[j].begin)))
            ++j;
          k = j;
          continue;
        }
        // "in a statement distributed by X", "at a news conference in Y": up to "that".
        std::uint32_t lim = k + 10 < s.last ? k + 10 : s.last;
        for (j = k + 1; j < lim; ++j) {
          if (!outside(c, j) || is_punct(c, j, ',')) break;
          if (is_word(c, j) && iequals(wd(c, j), "that")) break;
        }
        if (j < lim && is_word(c, j) && iequals(wd(c, j), "that")) {
          for (std::uint32_t m = k; m < j; ++m)
            if (c.mention_at_start[m] >= 0 && c.ms[static_cast<std::size_t>(c.mention_at_start[m])].kind == actor_kind::media)
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
  std::uint32_t skip_addressee(const ctx& c, const sentence& s, std::uint32_t k, attribution& a) const {
    std::uint32_t start = k;
    for (int guard = 0; guard < 4 && k < s.last; ++guard) {
      // "The Huffington Post" may be one mention with its article.
      if (c.mention_at_start[k] < 0 && iequals(wd(c, k), "the")) ++k;
      int m = k < s.last ? c.mention_at_start[k] : -1;
      if (m >= 0) {
        const mention& mm = c.ms[static_cast<std::size_t>(m)];
        if (mm.kind == actor_kind::media) a.via = m;
        k = mm.last;
        if (mm.is(mf_possessive)) continue;
        // "the AFP news agency": trailing common nouns.
        while (k < s.last && is_word(c, k) && !c.p.tokens[k].is(tf_capitalized) &&
               (iequals(wd(c, k), "news") || iequals(wd(c, k), "agency") || iequals(wd(c, k), "programme") ||
                iequals(wd(c, k), "program") || iequals(wd(c, k), "newspaper") || iequals(wd(c, k), "channel") ||
                iequals(wd(c, k), "radio") || iequals(wd(c, k), "television")))
          ++k;
        // "journalists and cheering supporters"
        if (k + 1 < s.last && iequals(wd(c, k), "and") && !c.p.tokens[k + 1].is(tf_capitalized)) {
          std::uint32_t j = k + 1;
          while (j < s.last && j < k + 4 && is_word(c, j) && !(vc(c, j) & vc_breaks_noun_phrase)) ++j;
          k = j;
        }
        return k;
      }
      // A bare noun: "reporters", "the press", "a news briefing" (with a
      // determiner, up to two more words).
      std::uint32_t j = k;
      std::uint32_t most = k + 1;
      if (k < s.last && is_word(c, k) && (vc(c, k) & vc_is_determiner)) most = k + 3;
      while (j < s.last && j < most && is_word(c, j) && (j == k || !(vc(c, j) & vc_breaks_noun_phrase)) &&
             !has_cue(c, j) && !(vc(c, j) & vc_is_weekday))
        ++j;
      if (j > k) {
        k = j;
        if (k + 1 < s.last && iequals(wd(c, k), "and") && !c.p.tokens[k + 1].is(tf_capitalized)) {
          j = k + 1;
          while (j < s.last && j < k + 4 && is_word(c, j) && !(vc(c, j) & vc_breaks_noun_phrase)) ++j;
          k = j;
        }
      }
      return k;
    }
    return k > start ? k : start;
  }

  // Does [k, e) look like a clause rather than a noun phrase?
  bool looks_like_clause(const ctx& c, std::uint32_t k, std::uint32_t e) const noexcept {
    static constexpr std::string_view verbs[] = {
        "is", "are", "was", "were", "will", "would", "could", "can", "should", "may", "might", "must", "has",
        "have", "had", "did", "does", "do", "shall", "won't", "wouldn't", "can't", "couldn't", "isn't",
        "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "needs",
        "need", "remains", "remained", "plans", "planned", "wants", "wanted", "intends", "seems", "appears"};
    std::uint32_t lim = e < k + 14 ? e : k + 14;
    for (std::uint32_t j = k; j < lim; ++j) {
      if (!is_word(c, j)) continue;
      std::string_view w = wd(c, j);
      if (in_list(verbs, w)) return true;
      if (j > k && w.size() > 4 && w.substr(w.size() - 2) == "ed" && !c.p.tokens[j].is(tf_capitalized)) return true;
      if (j == k && subject_pronoun(w) != pronoun_kind::none) return true;
    }
    return false;
  }

  // A reporting verb.
  // mode 1: only the patterns with the content before the cue; mode 2: only
  // those with the content after it.
  bool verb_cue(ctx& c, const sentence& s, const cue_hit& h, attribution& a, std::uint32_t covered_to,
                std::uint32_t next_cue, int sentence_speaker, int& pending_speaker, int mode) const {
    const auto& tk = c.p.tokens;
    const cue_info& ci = h.info;
    bool part = participle(c, h);
    bool ambiguous = (ci.flags & cue_flags::ambiguous) != 0;
    // "welcomed the fact (that) ...": the clause after "the fact" is the content.
    const bool the_fact = h.last + 1 < s.last && is_word(c, h.last) && iequals(wd(c, h.last), "the") &&
                          is_word(c, h.last + 1) && iequals(wd(c, h.last + 1), "fact") && outside(c, h.last);
    bool object_first = !the_fact && (base_is(ci, "urge") || base_is(ci, "ask") || base_is(ci, "call") ||
                        base_is(ci, "describe") || base_is(ci, "accuse") || base_is(ci, "call for") ||
                        base_is(ci, "hint at") || (ci.flags & cue_flags::about_object) != 0);
    // What follows the cue.
    std::uint32_t k = h.last;
    if (the_fact) k += 2;
    if (!object_first) k = skip_adverbials(c, s, k, a);
    bool addressee = base_is(ci, "tell") || base_is(ci, "inform") || base_is(ci, "assure") ||
                     base_is(ci, "remind") || base_is(ci, "brief");
    if (addressee) {
      k = skip_addressee(c, s, k, a);
      k = skip_adverbials(c, s, k, a);
    }
    bool that = the_fact;
    if (k < s.last && is_word(c, k) && iequals(wd(c, k), "that") && outside(c, k)) {
      ++k;
      that = true;
    }
    bool colon = false;
    if (k < s.last && is_punct(c, k, ':')) {
      ++k;
      colon = true;
    } else if (k + 1 < s.last && is_punct(c, k, ',') && tk[k + 1].kind == token_kind::open_quote && !part) {
      // "Jones said, “When people come back ...”": a comma introducing a
      // quotation, as a colon does.
      ++k;
      colon = true;
    }
    // Where the material after the cue ends.
    std::uint32_t rest = k;
    while (rest < s.last && tk[rest].kind == token_kind::punct && (t_[tk[rest].begin] == '.' || t_[tk[rest].begin] == '!'))
      ++rest;
    bool nothing_after = rest >= s.last || (is_punct(c, k, ',') && !part);
    // "“...,” Tamm told reporters after meeting her counterpart": when the
    // content came before the cue, an adverbial after it is not content.
    if (!nothing_after && !that && !colon && !part && (adverbial_opener(c, k) || quote_then_speaker(c, s, h)) &&
        content_before(c, s, h))
      nothing_after = !that_follows(c, k, s.last);
    // Inverted: "“...,” said X" -- a comma or closing mark right before the
    // cue and a speaker right after it.
    int inverted = -1;
    if (!part && !addressee && h.first > s.first && !that && !colon &&
        (is_punct(c, h.first - 1, ',') || tk[h.first - 1].kind == token_kind::close_quote)) {
      int m = mention_after(c, h.last, s.last);
      if (m >= 0 && speaker_like(c, m) && c.ms[static_cast<std::size_t>(m)].type != mention_type::pronoun) {
        std::uint32_t after = c.ms[static_cast<std::size_t>(m)].last;
        bool ends = after >= s.last || tk[after].kind == token_kind::punct;
        if (!ends && is_word(c, after)) {
          std::string_view w = wd(c, after);
          ends = iequals(w, "on") || iequals(w, "in") || iequals(w, "at") || iequals(w, "during") ||
                 iequals(w, "after") || iequals(w, "before") || iequals(w, "last") || iequals(w, "this") ||
                 iequals(w, "today") || iequals(w, "yesterday") || (vc(c, after) & vc_is_weekday) != 0 || iequals(w, "by") ||
                 iequals(w, "of") || iequals(w, "from") || iequals(w, "when") || iequals(w, "as");
        }
        if (ends) inverted = m;
      }
    }
    if (mode == 1 && !nothing_after && inverted < 0) return false;
    if (mode == 2 && (nothing_after || inverted >= 0)) return false;

    // ---- a sentence-initial participle: "Calling the tariffs “unacceptable,” Okafor said ..."
    if (part && h.first == s.first && mode == 2) {
      std::uint32_t e = k;
      while (e < s.last && !(is_punct(c, e, ',') && outside(c, e)) &&
             !(tk[e].kind == token_kind::close_quote && e > k && is_punct(c, e - 1, ',')))
        ++e;
      if (e >= s.last || e <= k) return false;
      std::uint32_t after = tk[e].kind == token_kind::close_quote ? e + 1 : e + 1;
      int sp = first_subject(c, after, s.last);
      if (sp < 0) return false;
      if (!set_content(c, a, k, tk[e].kind == token_kind::close_quote ? e + 1 : e)) return false;
      a.speaker = sp;
      return true;
    }

    // ---- content after the cue ----
    if (!nothing_after && inverted < 0) {
      std::uint32_t e = clause_end(c, s, k, next_cue > k ? s.last : s.last);
      // "said on Friday, shortly after ..." leaves nothing; a quote after a
      // colon is the content.
      if (e <= k) return false;
      bool has_quote = false;
      for (std::uint32_t q = k; q < e && !has_quote; ++q)
        has_quote = c.quote_at[q] >= 0 && !c.p.quotes[static_cast<std::size_t>(c.quote_at[q])].single;
      bool clause = that || colon || has_quote || (tk[k].kind == token_kind::open_quote) || says_clause(ci);
      if (object_first) {
        // "urged X to ...", "called X “...”", "accused X of ...", "called for X".
        bool ok = has_quote;
        for (std::uint32_t j = k; j < e && j < k + 8 && !ok; ++j)
          if (is_word(c, j) && (iequals(wd(c, j), "to") || iequals(wd(c, j), "of") || iequals(wd(c, j), "as")))
            ok = true;
        if (base_is(ci, "call for") || base_is(ci, "hint at")) ok = true;
        // "called it “...”" needs the quote; "described X as Y" is a stance
        // of its own ("described the deal as a betrayal").
        if (base_is(ci, "call") && !has_quote) ok = false;
        if (base_is(ci, "describe") && !has_quote) {
          ok = false;
          for (std::uint32_t j = k + 1; j < e && j < k + 8 && !ok; ++j)
            ok = is_word(c, j) && iequals(wd(c, j), "as") && j + 1 < e;
        }
        if (!ok) return false;
      } else if (ambiguous && !(that || colon || has_quote || tk[k].kind == token_kind::open_quote)) {
        // "added 3%", "noted the rise": only a clause will do.
        if (!looks_like_clause(c, k, e)) return false;
      } else if (!clause) {
        return false;
      } else if (!that && !colon && !has_quote && !base_is(ci, "say") && !base_is(ci, "tell") &&
                 !(infinitive_complement(c, h, k, e) && !part) &&
                 !looks_like_clause(c, k, e)) {
        return false;
      }
      // (infinitive cues: "vowed to ..." keep the "to")
      if (!set_content(c, a, k, e)) return false;
      a.speaker = subject_before(c, s, h, covered_to, sentence_speaker, part);
      if (a.speaker < 0 && !part) return false;
      if (a.speaker < 0) a.inherit = true;
      return true;
    }

    // ---- nothing after: the content comes before ----
    if (colon) {
      // "X said:" at the end of a paragraph introduces the next quote.
      int sp = subject_before(c, s, h, covered_to, sentence_speaker, part);
      if (sp >= 0 && s.last == tk.size()) pending_speaker = sp;
      return false;
    }
    // The speaker sits between the content and the cue, or right after it.
    std::uint32_t cstart = clause_start(c, s, h.first, covered_to);
    std::uint32_t j = h.first;
    // Skip adverbs and auxiliaries before the cue: "he also said", "Wi has said".
    while (j > cstart && is_word(c, j - 1) && outside(c, j - 1) && c.mention_at_end[j - 1] < 0 &&
           c.mention_at_end[j] < 0 && is_adverb_or_aux(wd(c, j - 1)))
      --j;
    if (c.mention_at_end[j] < 0) j = before_parenthesis(c, j, cstart);
    int sp = -1;
    std::uint32_t boundary = j;
    if (inverted >= 0) {
      sp = inverted;
      boundary = h.first;
    } else if (c.mention_at_end[j] >= 0 && speaker_like(c, c.mention_at_end[j])) {
      sp = c.mention_at_end[j];
      boundary = c.ms[static_cast<std::size_t>(sp)].first;
      int person = unclosed_apposition(c, s, sp);
      if (person >= 0 && c.ms[static_cast<std::size_t>(person)].first > cstart) {
        sp = person;
        boundary = c.ms[static_cast<std::size_t>(person)].first;
      }
      // "the head of X's Y" etc. are not handled; an apposition before the cue:
    } else if (j > cstart && is_punct(c, j - 1, ',')) {
      // "..., Lee, a professor at Y, said.": the name before the apposition.
      std::uint32_t open = j - 1;
      while (open > cstart && !(is_punct(c, open - 1, ',') && outside(c, open - 1))) --open;
      int before = open > cstart ? c.mention_at_end[open - 1] : -1;
      if (before >= 0 && speaker_like(c, before) && c.ms[static_cast<std::size_t>(before)].kind == actor_kind::person &&
          c.ms[static_cast<std::size_t>(before)].first > cstart) {
        sp = before;
        boundary = c.ms[static_cast<std::size_t>(before)].first;
      } else {
        return false;
      }
    } else if (j > cstart && (is_punct(c, j - 1, ',') || tk[j - 1].kind == token_kind::close_quote)) {
      boundary = j;
    }
    if (sp < 0) {
      // Inverted: "“...,” said X" / "..., said the official".
      std::uint32_t m = h.last;
      int after = mention_after(c, m, s.last);
      if (after < 0 || !speaker_like(c, after)) return false;
      sp = after;
      boundary = h.first;
    }
    // The content: from the clause start to the boundary, without the comma
    // and without the speaker's premodifiers ("..., the mayor Anna Lind said").
    while (boundary > cstart && covered_by_modifier(c, boundary - 1)) --boundary;
    std::uint32_t e = boundary;
    // "“...,” panel chairman Jo Lind said": lower-case words that describe
    // the speaker after a closing mark belong to the speaker, not the quote.
    for (std::uint32_t q = e; q > cstart && q + 4 > e; --q) {
      if (tk[q - 1].kind == token_kind::close_quote) {
        if (q < e && q >= cstart + 2 && is_punct(c, q - 2, ',')) e = q;
        break;
      }
      if (!is_word(c, q - 1) || !outside(c, q - 1) || tk[q - 1].is(tf_capitalized) ||
          (vc(c, q - 1) & vc_is_function_word) != 0 || has_cue(c, q - 1))
        break;
    }
    while (e > cstart && (is_punct(c, e - 1, ',') || tk[e - 1].kind == token_kind::dash)) --e;
    if (e <= cstart) {
      // "“...” X said." in its own sentence after a quote sentence: the
      // previous sentence's trailing quote.
      return attach_previous_quote(c, s, a, sp);
    }
    if (ambiguous && e > cstart) {
      // "..., he added." is fine; nothing more to check.
    }
    // "The latest launch, Norvik said, was its biggest yet": an attribution
    // set inside the clause it reports. The content runs on past it to the
    // clause end, the parenthesis included (a claim is one span).
    if (inverted < 0 && sp >= 0 && boundary > cstart) {
      bool quoted = false;  // a quotation before "X said" is complete: "“...,” X said, shortly after ..."
      for (std::uint32_t q = cstart; q < e && !quoted; ++q)
        quoted = !outside(c, q) || tk[q].kind == token_kind::open_quote;
      const std::uint32_t more = quoted ? k : parenthetical_rest(c, s, k);
      if (more > k) e = more;
    }
    if (!set_content(c, a, cstart, e)) return false;
    a.speaker = sp;
    return true;
  }

  // After "..., X said" at token k: the end of the rest of the reported
  // clause when it goes on (", until it closed in 1999", ", was its biggest
  // yet"), or k when the sentence ends or something else follows: a quote,
  // a participial cue (", adding ..."), "according to", a relative clause
  // about the speaker, a that-clause of the cue's own.
  std::uint32_t parenthetical_rest(const ctx& c, const sentence& s, std::uint32_t k) const {
    const auto& tk = c.p.tokens;
    if (k + 1 >= s.last || !is_punct(c, k, ',') || !outside(c, k)) return k;
    const std::uint32_t j = k + 1;
    if (!is_word(c, j) || !outside(c, j) || tk[j].is(tf_capitalized) || tk[j].is(tf_digit)) return k;
    static constexpr std::string_view stops[] = {"who", "which", "whose", "where", "when", "that", "in", "on",
                                                 "at", "after", "before", "during", "while", "as", "according",
                                                 "citing", "referring", "speaking", "noting", "though", "although"};
    if (in_list(stops, wd(c, j)) || adverbial_opener(c, j) || cue_at(c, j, s.last)) return k;
    const std::uint32_t e = clause_end(c, s, j, s.last);
    for (std::uint32_t q = j; q < e; ++q)
      if (!outside(c, q) || tk[q].kind == token_kind::open_quote) return k;
    return e > j + 1 ? e : k;
  }

  // "Chris Lowe, managing director of Harbour Telecom said": an apposition
  // whose closing comma the writer left out. When the mention before the
  // cue is an organization after "of/at/for/with/from", and a comma after a
  // person's name opens the phrase, the person is the subject.
  int unclosed_apposition(const ctx& c, const sentence& s, int m) const noexcept {
    const mention& org = c.ms[static_cast<std::size_t>(m)];
    if (org.type != mention_type::name || org.first < s.first + 3) return -1;
    // An unknown organization may look like a person's name ("ISP
    // Freedom2surf"): then a role noun must head the apposition.
    const bool looks_personal = org.kind == actor_kind::person;
    std::uint32_t q = org.first;
    if (is_word(c, q - 1) && iequals(wd(c, q - 1), "the")) --q;
    if (!is_word(c, q - 1)) return -1;
    std::string_view prep = wd(c, q - 1);
    if (!iequals(prep, "of") && !iequals(prep, "at") && !iequals(prep, "for") && !iequals(prep, "with") &&
        !iequals(prep, "from"))
      return -1;
    std::uint32_t lo = q > s.first + 12 ? q - 12 : s.first;
    bool role = false;
    for (std::uint32_t k = q - 1; k > lo; --k) {
      if (!outside(c, k - 1) || c.p.tokens[k - 1].kind != token_kind::word) {
        if (!is_punct(c, k - 1, ',') || (looks_personal && (!role || org.is(mf_titled)))) return -1;
        int before = c.mention_at_end[k - 1];
        if (before < 0) return -1;
        const mention& pm = c.ms[static_cast<std::size_t>(before)];
        return pm.type == mention_type::name && pm.kind == actor_kind::person ? before : -1;
      }
      role = role || (c.p.info(k - 1).word_flags & (whosaid::lexicon::word_class::role | whosaid::lexicon::word_class::title)) != 0;
    }
    return -1;
  }

  // Words that open an adverbial phrase or clause of time, place or manner.
  bool adverbial_opener(const ctx& c, std::uint32_t k) const noexcept {
    static constexpr std::string_view list[] = {"after", "before", "when", "while", "during", "following",
                                                "ahead", "as", "at", "in", "on", "outside", "upon", "since",
                                                "until", "amid", "despite", "from", "shortly", "just"};
    return is_word(c, k) && outside(c, k) && in_list(list, wd(c, k));
  }

  // A quotation or a comma-closed clause ends shortly before the cue's
  // subject: "“...,” Tamm told" / "..., the minister said".
  bool content_before(const ctx& c, const sentence& s, const cue_hit& h) const noexcept {
    std::uint32_t lo = h.first > s.first + 12 ? h.first - 12 : s.first;
    for (std::uint32_t j = h.first; j > lo; --j) {
      const token& t = c.p.tokens[j - 1];
      if (t.kind == token_kind::close_quote) return j - 1 > s.first;
      if (is_punct(c, j - 1, ',') && outside(c, j - 1)) return j - 1 > s.first;
    }
    return false;
  }

  // "“...,” she said several months later" / "“...,” he said of the plan":
  // a quotation closed with a comma (or ? !) right before the cue's
  // subject is what the cue reports; the words after the cue tell when or
  // of what.
  bool quote_then_speaker(const ctx& c, const sentence& s, const cue_hit& h) const noexcept {
    const int m = c.mention_at_end[h.first];
    if (m < 0) return false;
    const std::uint32_t f = c.ms[static_cast<std::size_t>(m)].first;
    if (f < s.first + 2 || c.p.tokens[f - 1].kind != token_kind::close_quote) return false;
    return is_punct(c, f - 2, ',') || is_punct(c, f - 2, '?') || is_punct(c, f - 2, '!');
  }

  bool that_follows(const ctx& c, std::uint32_t k, std::uint32_t end) const noexcept {
    for (std::uint32_t j = k; j < end; ++j)
      if (is_word(c, j) && outside(c, j) && iequals(wd(c, j), "that")) return true;
    return false;
  }

  // A word that is probably a finite verb: an auxiliary, a past tense, a
  // reporting verb.
  bool verb_like(std::string_view w) const noexcept {
    static constexpr std::string_view aux[] = {"is", "are", "was", "were", "has", "have", "had", "will", "would",
                                               "can", "could", "should", "may", "might", "must", "did", "does"};
    if (in_list(aux, w)) return true;
    if (w.size() > 3 && w.substr(w.size() - 2) == "ed") return true;
    return static_cast<bool>(lex_.find_cue(w));
  }

  static bool is_adverb_or_aux(std::string_view w) noexcept {
    static constexpr std::string_view list[] = {
        "has", "have", "had", "also", "again", "repeatedly", "earlier", "later", "previously", "recently",
        "then", "now", "once", "publicly", "privately", "separately", "reportedly", "further", "today",
        "yesterday", "tonight", "week", "month", "year", "last", "this", "will", "would", "did", "does", "do",
        "already", "first", "initially", "subsequently", "finally", "swiftly", "quickly", "immediately",
        "simply", "just", "always", "never", "often", "frequently", "similarly", "likewise", "too", "meanwhile",
        "however", "though", "instead", "nonetheless", "nevertheless", "still", "even", "reportedly"};
    if (is_weekday(w)) return true;
    for (std::string_view s : list)
      if (iequals(s, w)) return true;
    return w.size() > 4 && w.substr(w.size() - 2) == "ly";
  }

  bool attach_previous_quote(ctx& c, const sentence& s, attribution& a, int sp) const {
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

  // The subject of the clause that ends at the cue.
  int subject_before(const ctx& c, const sentence& s, const cue_hit& h, std::uint32_t covered_to,
                     int sentence_speaker, bool part) const {
    const auto& tk = c.p.tokens;
    std::uint32_t floor = s.first > covered_to ? s.first : covered_to;
    std::uint32_t j = h.first;
    // Participles and coordinated cues take the main clause's subject.
    if (part || (j > floor && is_word(c, j - 1) && (iequals(wd(c, j - 1), "and") || iequals(wd(c, j - 1), "but")))) {
      if (part && j > s.first && c.mention_at_end[j] >= 0 && speaker_like(c, c.mention_at_end[j]) &&
          !is_punct(c, j - 1, ','))
        return c.mention_at_end[j];
      if (sentence_speaker >= 0) return sentence_speaker;
      // The subject of the nearest clause: the last mention that a verb
      // follows ("Gao spoke after Lind defended X, saying ...").
      int best = -1;
      for (std::uint32_t k = s.first; k < h.first; ++k) {
        int m = c.mention_at_end[k + 1];
        if (m < 0 || !speaker_like(c, m) || c.ms[static_cast<std::size_t>(m)].type == mention_type::pronoun) continue;
        if (c.ms[static_cast<std::size_t>(m)].is(mf_possessive)) continue;
        std::uint32_t q = k + 1;
        while (q < h.first && is_word(c, q) && is_adverb_or_aux(wd(c, q)) && !iequals(wd(c, q), "has") &&
               !iequals(wd(c, q), "had") && !iequals(wd(c, q), "have"))
          ++q;
        if (q < h.first && is_word(c, q) && verb_like(wd(c, q))) best = m;
      }
      if (best >= 0) return best;
      return first_subject(c, s.first, h.first);
    }
    // A relative clause: "..., Sir Ian Pell, who told her ...".
    if (j >= s.first + 2 && is_word(c, j - 1) && iequals(wd(c, j - 1), "who") && is_punct(c, j - 2, ',')) {
      int m = c.mention_at_end[j - 2];
      if (speaker_like(c, m)) return m;
    }
    while (j > s.first && is_word(c, j - 1) && outside(c, j - 1) && c.mention_at_end[j] < 0 &&
           is_adverb_or_aux(wd(c, j - 1)))
      --j;
    if (c.mention_at_end[j] < 0) j = before_parenthesis(c, j, floor);
    // "on Friday" / "last week" before the cue.
    if (j >= s.first + 2 && c.mention_at_end[j] < 0 && is_word(c, j - 1) &&
        ((vc(c, j - 1) & vc_is_weekday) || (vc(c, j - 1) & vc_is_calendar_word)) && is_word(c, j - 2) &&
        (iequals(wd(c, j - 2), "on") || iequals(wd(c, j - 2), "in")))
      j -= 2;
    if (c.mention_at_end[j] >= 0 && speaker_like(c, c.mention_at_end[j])) {
      int m = c.mention_at_end[j];
      int person = unclosed_apposition(c, s, m);
      if (person >= 0) return person;
      // "X in Moscow says": a place after the subject.
      const mention& mm = c.ms[static_cast<std::size_t>(m)];
      if (mm.first >= s.first + 2 && is_word(c, mm.first - 1) && iequals(wd(c, mm.first - 1), "in") &&
          (mm.is(mf_capital) || mm.kind == actor_kind::location || mm.kind == actor_kind::country)) {
        int before = c.mention_at_end[mm.first - 1];
        if (speaker_like(c, before)) return before;
      }
      return m;
    }
    // An apposition between dashes: "Canada and Mexico - allies of X - have said".
    if (j > s.first && tk[j - 1].kind == token_kind::dash) {
      std::uint32_t open = j - 1;
      while (open > s.first && tk[open - 1].kind != token_kind::dash) --open;
      if (open > s.first) {
        int before = c.mention_at_end[open - 1];
        if (speaker_like(c, before)) return before;
      }
    }
    if (j > s.first && is_punct(c, j - 1, ',')) {
      // An apposition: ", a professor at Y," -- the subject is before its
      // opening comma, or the name inside it ("the adviser, Wi Sung-lac,").
      std::uint32_t close = j - 1;
      std::uint32_t open = close;
      while (open > s.first && !(is_punct(c, open - 1, ',') && outside(c, open - 1))) {
        if (!outside(c, open - 1)) break;
        --open;
      }
      if (open > s.first && is_punct(c, open - 1, ',')) {
        int inside = c.mention_at_start[open];
        if (inside >= 0 && c.ms[static_cast<std::size_t>(inside)].last == close &&
            c.ms[static_cast<std::size_t>(inside)].type == mention_type::name &&
            c.ms[static_cast<std::size_t>(inside)].kind == actor_kind::person)
          return inside;
        // ", Sweden-based group KLM,": a name after the organization or
        // group noun that describes it.
        const int named = c.mention_at_end[close];
        if (named >= 0) {
          const mention& nm = c.ms[static_cast<std::size_t>(named)];
          if (nm.type == mention_type::name && nm.first > open && is_word(c, nm.first - 1) &&
              !tk[nm.first - 1].is(tf_capitalized) &&
              ((vc(c, nm.first - 1) & (vc_is_org_noun | vc_is_media_noun)) != 0 ||
               (c.p.info(nm.first - 1).word_flags & whosaid::lexicon::word_class::group_noun) != 0))
            return named;
        }
        int before = c.mention_at_end[open - 1];
        if (speaker_like(c, before)) return before;
      }
    }
    (void)tk;
    return first_subject(c, floor, h.first);
  }

  // The first plausible speaker mention in [from, to).
  int first_subject(const ctx& c, std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t k = from; k < to; ++k) {
      if (!outside(c, k)) continue;
      int m = c.mention_at_start[k];
      if (m < 0) continue;
      const mention& mm = c.ms[static_cast<std::size_t>(m)];
      // A possessive is a modifier ("China’s commerce ministry spokesman").
      if (mm.is(mf_possessive) && mm.type == mention_type::name) {
        k = mm.last - 1;
        continue;
      }
      if (speaker_like(c, m)) return m;
      k = mm.last - 1;
    }
    return -1;
  }

  // ---- quotes without a cue --------------------------------------------------

  // A quotation that is not inside any claim: in a sentence with a claim it
  // continues that claim's speaker; a sentence that is mostly a quote
  // continues the previous speaker (resolved by coreference).
  void quotes_without_cue(ctx& c) const {
    const auto& tk = c.p.tokens;
    const std::size_t n = tk.size();
    bool any_double = false;
    for (const quotation& q : c.p.quotes) any_double = any_double || !q.single;
    if (!any_double) return;
    // Per token: covered by a claim's content; the window it belongs to.
    // Per window: its words outside quotes and the last claim in it.
    std::vector<int>& cover = buf_.cover;
    cover.assign(n + 1, 0);
    for (const attribution& a : c.out)
      if (a.content_first < a.content_last && a.content_last <= n) ++cover[a.content_first], --cover[a.content_last];
    for (std::size_t k = 1; k <= n; ++k) cover[k] += cover[k - 1];
    std::vector<int>& window_of = buf_.window_of;
    window_of.assign(n + 1, -1);
    std::vector<std::uint32_t>& outside_words = buf_.outside_words;
    outside_words.assign(c.windows.size(), 0);
    std::vector<int>& owner_of = buf_.owner_of;
    owner_of.assign(c.windows.size(), -1);
    for (std::size_t w = 0; w < c.windows.size(); ++w)
      for (std::uint32_t k = c.windows[w].first; k < c.windows[w].last; ++k) {
        window_of[k] = static_cast<int>(w);
        if (tk[k].kind == token_kind::word && !tk[k].is(tf_in_quote)) ++outside_words[w];
      }
    for (std::size_t ai = 0; ai < c.out.size(); ++ai) {
      int w = c.out[ai].content_first < n ? window_of[c.out[ai].content_first] : -1;
      if (w >= 0) owner_of[static_cast<std::size_t>(w)] = static_cast<int>(ai);
    }
    std::vector<attribution>& extra = buf_.extra;
    extra.clear();
    for (const quotation& q : c.p.quotes) {
      if (q.single || q.first >= q.last) continue;
      bool covered = false;
      for (std::uint32_t k = q.first; k < q.last && !covered; ++k) covered = cover[k] > 0;
      if (covered) continue;
      int w = window_of[q.open_token];
      if (w < 0) continue;
      std::uint32_t inside_words = 0;
      for (std::uint32_t k = q.first; k < q.last; ++k)
        if (tk[k].kind == token_kind::word) ++inside_words;
      // An attribution in the same sentence owns the quote; otherwise the
      // quote must be most of its sentence and start like a sentence.
      int owner = owner_of[static_cast<std::size_t>(w)];
      bool sentence_like = inside_words >= 3 && (tk[q.first].is(tf_capitalized) || tk[q.first].is(tf_digit) ||
                                                 tk[q.first].kind != token_kind::word);
      attribution a;
      a.kind = claim_kind::direct;
      a.content_first = q.first;
      a.content_last = q.last;
      std::uint32_t ie = q.last;
      while (ie > q.first + 1 && tk[ie - 1].kind == token_kind::punct && t_[tk[ie - 1].begin] == ',') --ie;
      a.content = {tk[q.first].begin, tk[ie - 1].end};
      // "“...” — Ann Lind": a quotation signed with a dash and a name
      // (letters pages, vox pops, pull quotes).
      if (owner < 0 && q.closed) {
        const int signer = dash_signature(c, q.last + 1);
        if (signer >= 0) {
          a.speaker = signer;
          a.cue = tk[q.last + 1].span();
          extra.push_back(a);
          continue;
        }
      }
      if (owner >= 0 && sentence_like && q.open_token > c.out[static_cast<std::size_t>(owner)].content_first) {
        a.speaker = c.out[static_cast<std::size_t>(owner)].speaker;
        a.inherit = c.out[static_cast<std::size_t>(owner)].inherit;
        extra.push_back(a);
        continue;
      }
      if (owner < 0 && sentence_like && outside_words[static_cast<std::size_t>(w)] <= inside_words / 3 + 1) {
        a.inherit = true;
        extra.push_back(a);
      }
    }
    if (extra.empty()) return;
    for (auto& a : extra) c.out.push_back(a);
    std::stable_sort(c.out.begin(), c.out.end(),
                     [](const attribution& x, const attribution& y) { return x.content_first < y.content_first; });
  }

  // "Lind: Ferry Fares Will Double" (a headline), "DAHL: Well, look, ..."
  // (a transcript): a paragraph that opens with a name and a colon is that
  // speaker's. The name must be a person's full name or an entity the
  // lexicon knows, so that "Note:" or "Update:" are not speakers.
  void speaker_label(ctx& c) const {
    const auto& tk = c.p.tokens;
    const int m = tk.empty() ? -1 : c.mention_at_start[0];
    if (m < 0) return;
    const mention& mm = c.ms[static_cast<std::size_t>(m)];
    if (mm.type != mention_type::name || mm.last + 4 > tk.size() || !is_punct(c, mm.last, ':') ||
        tk[mm.last].begin != tk[mm.last - 1].end || !outside(c, mm.last))
      return;
    const bool named = mm.is(mf_lexicon) ? mm.kind != actor_kind::location
                                         : mm.kind == actor_kind::person || text_of(mm.name).find(' ') != std::string_view::npos;
    if (!named) return;
    std::uint32_t words = 0;
    for (std::uint32_t k = mm.last + 1; k < tk.size(); ++k) words += tk[k].kind == token_kind::word;
    if (words < 3) return;
    attribution a;
    a.cue = tk[mm.last].span();
    a.speaker = m;
    if (!set_content(c, a, mm.last + 1, static_cast<std::uint32_t>(tk.size()))) return;
    c.out.push_back(a);
  }

  // A dash at token k, then a person's (or an unknown) name that ends the
  // sentence or comes before another quotation: the mention, or -1.
  int dash_signature(const ctx& c, std::uint32_t k) const noexcept {
    const auto& tk = c.p.tokens;
    if (k + 1 >= tk.size() || tk[k].kind != token_kind::dash || !outside(c, k)) return -1;
    const int m = c.mention_at_start[k + 1];
    if (m < 0) return -1;
    const mention& mm = c.ms[static_cast<std::size_t>(m)];
    if (mm.type != mention_type::name || (mm.kind != actor_kind::person && mm.kind != actor_kind::unknown)) return -1;
    if (mm.last >= tk.size()) return m;
    const token& after = tk[mm.last];
    const bool ends = after.kind == token_kind::open_quote ||
                      (after.kind == token_kind::punct && (t_[after.begin] == '.' || t_[after.begin] == ','));
    return ends ? m : -1;
  }

  // ---- coordinated subjects ---------------------------------------------------

  // Names that can share one reporting verb: two people, or countries and
  // organizations together ("the EU and Canada").
  bool same_family(const ctx& c, int x, int y) const noexcept {
    const mention& a = c.ms[static_cast<std::size_t>(x)];
    const mention& b = c.ms[static_cast<std::size_t>(y)];
    if (a.type != mention_type::name || b.type != mention_type::name || a.is(mf_in_quote) || a.is(mf_possessive) ||
        a.is(mf_modifier) || a.is(mf_demonym))
      return false;
    auto state = [](actor_kind k) { return k == actor_kind::country || k == actor_kind::organization; };
    return (a.kind == actor_kind::person && b.kind == actor_kind::person) || (state(a.kind) && state(b.kind));
  }

  // Does a subject list starting at token `f` open its clause? "Germany and
  // France said", "In May, Germany and France said", "But Germany and ...";
  // not "the leaders of Germany and France said".
  bool opens_clause(const ctx& c, std::uint32_t f) const noexcept {
    if (f > 0 && is_word(c, f - 1) && iequals(wd(c, f - 1), "the")) --f;
    if (f == 0) return true;
    const token& b = c.p.tokens[f - 1];
    if (b.kind == token_kind::dash) return true;
    if (b.kind == token_kind::punct) {
      char ch = t_[b.begin];
      return ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '!' || ch == '?';
    }
    if (b.kind != token_kind::word) return false;
    std::string_view w = wd(c, f - 1);
    if (!(iequals(w, "but") || iequals(w, "and") || iequals(w, "while") || iequals(w, "yet") || iequals(w, "meanwhile")))
      return false;
    return f == 1 || c.p.tokens[f - 2].kind == token_kind::punct;
  }

  // "Germany and France have called for ...", "Chile, Peru and Mexico said
  // ...": each coordinated speaker gets the claim, in text order. The whole
  // list must open its clause; at most four names are followed back.
  void coordinated_speakers(ctx& c) const {
    const std::size_t n = c.out.size();
    std::vector<attribution>& res = buf_.res;
    res.clear();
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
      const attribution a = c.out[i];
      int conj[4];
      int nc = 0;
      if (a.speaker >= 0 && !a.inherit && a.cue.size() > 0) {
        const mention& m = c.ms[static_cast<std::size_t>(a.speaker)];
        std::uint32_t k = m.first;
        if (m.type == mention_type::name && k >= 2 && is_word(c, k - 1) && iequals(wd(c, k - 1), "and")) {
          k -= 1;
          while (nc < 4) {
            int prev = c.mention_at_end[k];
            if (prev < 0 || !same_family(c, prev, a.speaker)) break;
            conj[nc++] = prev;
            std::uint32_t f = c.ms[static_cast<std::size_t>(prev)].first;
            if (f >= 2 && is_punct(c, f - 1, ',') && c.mention_at_end[f - 1] >= 0 &&
                same_family(c, c.mention_at_end[f - 1], a.speaker)) {
              k = f - 1;
              continue;
            }
            break;
          }
          if (nc > 0 && !opens_clause(c, c.ms[static_cast<std::size_t>(conj[nc - 1])].first)) nc = 0;
        }
      }
      for (int j = nc - 1; j >= 0; --j) {
        attribution b = a;
        b.speaker = conj[j];
        res.push_back(b);
        any = true;
      }
      res.push_back(a);
    }
    if (any) c.out.swap(res);
  }


 public:
  // Work buffers, kept from paragraph to paragraph (and by the extractor
  // from article to article) so that the per-sentence passes allocate
  // nothing once they have grown.
  struct buffers {
    std::vector<int> mention_at_end, mention_at_start, quote_at;
    std::vector<std::uint8_t> modifier_at;
    std::vector<sentence> windows;
    std::vector<cue_hit> cues;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> owned;
    std::vector<std::uint8_t> done;
    std::vector<int> cover, window_of, owner_of;
    std::vector<std::uint32_t> outside_words;
    std::vector<attribution> extra, res;

    void trim() noexcept {
      release_large(mention_at_end, mention_at_start, quote_at, modifier_at, windows, cues, owned, done, cover, window_of,
                    owner_of, outside_words, extra, res);
    }
  };

 private:

  std::string_view t_;
  const whosaid::lexicon& lex_;
  std::unique_ptr<buffers> own_;
  buffers& buf_;  // a finder serves one article on one thread
};

}  // namespace whosaid::detail
