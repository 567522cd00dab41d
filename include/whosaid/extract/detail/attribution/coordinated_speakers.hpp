// Sieve: coordinated subjects each get the claim, in text order.
//
//   Germany and France have called for talks.
//   Chile, Peru and Mexico said the deal was fair.
//
// The whole list must open its clause ("the leaders of Germany and France
// said" is one speaker); at most four names are followed back. The last
// paragraph sieve: it copies claims the others made.
#pragma once

#include "sieve.hpp"

namespace whosaid::detail {

struct coordinated_speakers {
  static constexpr attribution_rule rule = attribution_rule::coordinated_speaker;

  // "Germany and France have called for ...", "Chile, Peru and Mexico said
  // ...": each coordinated speaker gets the claim, in text order. The whole
  // list must open its clause; at most four names are followed back.
  static void apply(attribution_context& c, quote_index&) {
    const std::size_t n = c.out.size();
    std::vector<attribution>& res = c.scratch;
    res.clear();
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
      const attribution a = c.out[i];
      int conj[4];
      int nc = 0;
      if (a.speaker >= 0 && !a.inherit && a.cue.size() > 0) {
        const mention& m = c.m(a.speaker);
        std::uint32_t k = m.first;
        if (m.type == mention_type::name && k >= 2 && c.is(k - 1, "and")) {
          k -= 1;
          while (nc < 4) {
            int prev = c.mention_at_end[k];
            if (prev < 0 || !same_family(c, prev, a.speaker)) break;
            conj[nc++] = prev;
            std::uint32_t f = c.m(prev).first;
            if (f >= 2 && c.is_punct(f - 1, ',') && c.mention_at_end[f - 1] >= 0 &&
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
        b.rule = rule;
        res.push_back(b);
        any = true;
      }
      res.push_back(a);
    }
    if (any) c.out.swap(res);
  }

 private:
  // Names that can share one reporting verb: two people (a surname alone
  // is of open kind: "Ruiz and Ek said"), or countries and organizations
  // together ("the EU and Canada").
  static bool same_family(const attribution_context& c, int x, int y) noexcept {
    const mention& a = c.m(x);
    const mention& b = c.m(y);
    if (a.type != mention_type::name || b.type != mention_type::name || a.is(mf_in_quote) || a.is(mf_possessive) ||
        a.is(mf_modifier) || a.is(mf_demonym))
      return false;
    auto state = [](actor_kind k) { return k == actor_kind::country || k == actor_kind::organization; };
    auto person = [](actor_kind k) { return k == actor_kind::person || k == actor_kind::unknown; };
    return (person(a.kind) && person(b.kind)) || (state(a.kind) && state(b.kind));
  }

  // Does a subject list starting at token `f` open its clause? "Germany and
  // France said", "In May, Germany and France said", "But Germany and ...";
  // not "the leaders of Germany and France said".
  static bool opens_clause(const attribution_context& c, std::uint32_t f) noexcept {
    if (f > 0 && c.is(f - 1, "the")) --f;
    if (f == 0) return true;
    const token& b = c.p.tokens[f - 1];
    if (b.kind == token_kind::dash) return true;
    if (b.kind == token_kind::punct) {
      char ch = c.t[b.begin];
      return ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '!' || ch == '?';
    }
    if (b.kind != token_kind::word) return false;
    const std::uint32_t w = f - 1;
    if (!c.in_class(w, vc_turns_subject)) return false;
    return f == 1 || c.p.tokens[f - 2].kind == token_kind::punct;
  }
};

}  // namespace whosaid::detail
