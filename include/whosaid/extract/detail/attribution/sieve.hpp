// The shape of a sieve. A cue sieve looks at one reporting cue of a
// sentence and answers pass (not mine: the next sieve looks), claim (it
// filled in the attribution) or settled (it decided there is no claim
// here). A paragraph sieve runs once per paragraph, after the cue sieves,
// over what they left (quotations without a cue, a label, coordination).
// Every sieve stamps its rule on what it makes, so a user can ask why.
#pragma once

#include <cstdint>
#include <vector>

#include "complements.hpp"
#include "context.hpp"

namespace whosaid::detail {

enum class sieve_verdict : std::uint8_t { pass, claim, settled };

enum class sieve_stage : std::uint8_t {
  content_first,  // cues whose content comes before them: they own the sentence up to their speaker
  content_after,  // the other cues, left to right
  nested,         // cues inside a claim's content, with their own subject there
  paragraph,      // once per paragraph, after every cue
};

// The quotations of a paragraph that no cue sieve claimed, indexed once for
// the paragraph sieves that look at them (a dash signature, a quote that
// continues a claim, one that stands alone). Built on first use, so it sees
// every claim made before it.
struct quote_index {
  struct window_facts {
    std::uint32_t outside_words = 0;  // words outside quotation marks
    bool owned = false;               // a claim starts in this window
    std::uint32_t owner_first = 0;    // ... its content's first token
    int owner_speaker = -1;
    bool owner_inherit = false;
    bool owner_direct = false;        // ... a quotation
  };
  std::vector<int> cover, window_of;
  std::vector<window_facts> windows;
  std::vector<std::uint8_t> taken;  // per quotation: a sieve has claimed it
  bool built = false;

  void build(const attribution_context& c) {
    if (built) return;
    built = true;
    const auto& tk = c.p.tokens;
    const std::size_t n = tk.size();
    cover.assign(n + 1, 0);
    for (const attribution& a : c.out)
      if (a.content_first < a.content_last && a.content_last <= n) ++cover[a.content_first], --cover[a.content_last];
    for (std::size_t k = 1; k <= n; ++k) cover[k] += cover[k - 1];
    window_of.assign(n + 1, -1);
    windows.assign(c.windows.size(), window_facts{});
    for (std::size_t w = 0; w < c.windows.size(); ++w)
      for (std::uint32_t k = c.windows[w].first; k < c.windows[w].last; ++k) {
        window_of[k] = static_cast<int>(w);
        if (tk[k].kind == token_kind::word && !tk[k].is(tf_in_quote)) ++windows[w].outside_words;
      }
    for (const attribution& a : c.out) {
      const int w = a.content_first < n ? window_of[a.content_first] : -1;
      if (w < 0) continue;
      window_facts& f = windows[static_cast<std::size_t>(w)];
      f.owned = true;
      f.owner_first = a.content_first;
      f.owner_speaker = a.speaker;
      f.owner_inherit = a.inherit;
      f.owner_direct = a.kind == claim_kind::direct;
    }
    taken.assign(c.p.quotes.size(), 0);
    for (std::size_t qi = 0; qi < c.p.quotes.size(); ++qi) {
      const quotation& q = c.p.quotes[qi];
      bool covered = q.single || q.first >= q.last || window_of[q.open_token] < 0;
      for (std::uint32_t k = q.first; k < q.last && !covered; ++k) covered = cover[k] > 0;
      taken[qi] = covered ? 1 : 0;
    }
  }
  void reset() noexcept { built = false; }

  const window_facts& window_at(const quotation& q) const noexcept {
    return windows[static_cast<std::size_t>(window_of[q.open_token])];
  }
  static std::uint32_t words_inside(const attribution_context& c, const quotation& q) noexcept {
    std::uint32_t n = 0;
    for (std::uint32_t k = q.first; k < q.last; ++k) n += c.tok(k).kind == token_kind::word;
    return n;
  }
  // Three words or more that start like a sentence; or two that stand as
  // a sentence of their own ("... said Lind. “Nobody listened.”"), which a
  // title in running text ("appeared on “This Week.”") does not.
  static bool sentence_like(const attribution_context& c, const quotation& q) noexcept {
    const token& f = c.tok(q.first);
    if (!(f.is(tf_capitalized) || f.is(tf_digit) || f.kind != token_kind::word)) return false;
    const std::uint32_t n = words_inside(c, q);
    if (n >= 3) return true;
    if (n != 2 || q.last == 0) return false;
    auto ends_sentence = [&](std::uint32_t k) {
      const std::string_view w = c.text_of(c.tok(k).span());
      return w == "." || w == "!" || w == "?";
    };
    if (!ends_sentence(q.last - 1)) return false;
    if (q.open_token == 0) return true;
    const token& before = c.tok(q.open_token - 1);
    return before.kind == token_kind::close_quote || ends_sentence(q.open_token - 1);
  }
  // For each quotation that no sieve has claimed yet: `decide(q, window,
  // a)` gets it as a direct claim `a` of `rule` to complete (speaker,
  // cue); a true answer keeps the claim and takes the quotation.
  template <class Decide>
  void claim_free(attribution_context& c, attribution_rule rule, Decide&& decide) {
    build(c);
    for (std::size_t i = 0; i < c.p.quotes.size(); ++i) {
      if (taken[i]) continue;
      const quotation& q = c.p.quotes[i];
      attribution a = claim_of(c, q, rule);
      if (!decide(q, window_at(q), a)) continue;
      c.out.push_back(a);
      taken[i] = 1;
    }
  }

  // The quotation as a direct claim, without a trailing comma.
  static attribution claim_of(const attribution_context& c, const quotation& q, attribution_rule rule) noexcept {
    const auto& tk = c.p.tokens;
    attribution a;
    a.kind = claim_kind::direct;
    a.rule = rule;
    a.content_first = q.first;
    a.content_last = q.last;
    std::uint32_t ie = q.last;
    while (ie > q.first + 1 && tk[ie - 1].kind == token_kind::punct && c.t[tk[ie - 1].begin] == ',') --ie;
    a.content = {tk[q.first].begin, tk[ie - 1].end};
    return a;
  }
};

using cue_sieve_fn = sieve_verdict (*)(attribution_context&, const cue_site&, attribution&);
using paragraph_sieve_fn = void (*)(attribution_context&, quote_index&);

struct sieve {
  attribution_rule rule;
  sieve_stage stage;
  cue_sieve_fn on_cue;              // for the cue stages
  paragraph_sieve_fn on_paragraph;  // for the paragraph stage
};

// An entry of the order list for a sieve class S.
template <class S>
constexpr sieve cue_sieve(sieve_stage stage) noexcept {
  return {S::rule, stage, &S::apply, nullptr};
}
template <class S>
constexpr sieve paragraph_sieve() noexcept {
  return {S::rule, sieve_stage::paragraph, nullptr, &S::apply};
}

}  // namespace whosaid::detail
