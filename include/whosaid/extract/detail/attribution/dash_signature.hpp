// Sieve: a quotation signed with a dash and a name is that person's.
//
//   “The sea took everything.” — Ann Lind
//   “We will be back.” ― Bo Berg, “And stronger.”
//
// Letters pages, vox pops and pull quotes sign their quotations this way.
// Only a quotation that no claim in its sentence owns.
#pragma once

#include "sieve.hpp"

namespace whosaid::detail {

struct dash_signature {
  static constexpr attribution_rule rule = attribution_rule::dash_signature;

  static void apply(attribution_context& c, quote_index& qi) {
    qi.claim_free(c, rule, [&](const quotation& q, const quote_index::window_facts& w, attribution& a) {
      if (w.owned || !q.closed) return false;
      a.speaker = signer_at(c, q.last + 1);
      if (a.speaker < 0) return false;
      a.cue = c.tok(q.last + 1).span();
      return true;
    });
  }

 private:
  // A dash at token k, then a person's (or an unknown) name that ends the
  // sentence or comes before another quotation: the mention, or -1.
  static int signer_at(const attribution_context& c, std::uint32_t k) noexcept {
    const auto& tk = c.p.tokens;
    if (k + 1 >= tk.size() || tk[k].kind != token_kind::dash || !c.outside(k)) return -1;
    const int m = c.mention_at_start[k + 1];
    if (m < 0) return -1;
    const mention& mm = c.m(m);
    if (mm.type != mention_type::name || (mm.kind != actor_kind::person && mm.kind != actor_kind::unknown)) return -1;
    if (mm.last >= tk.size()) return m;
    const token& after = tk[mm.last];
    const bool ends = after.kind == token_kind::open_quote ||
                      (after.kind == token_kind::punct && (c.t[after.begin] == '.' || c.t[after.begin] == ','));
    return ends ? m : -1;
  }
};

}  // namespace whosaid::detail
