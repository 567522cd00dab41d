// Sieve: a quotation in a sentence whose claim came before it continues
// that claim's speaker.
//
//   “We are ready,” Mia Olsen said, “and the ships can come back.”
//   Lind said the fares would rise. “It is the only way,” ...   (not this: see inherited_speaker)
//
// The quotation must read as a sentence (three words or more, starting like
// one) and open after the claim's content.
#pragma once

#include "sieve.hpp"

namespace whosaid::detail {

struct quote_continuation {
  static constexpr attribution_rule rule = attribution_rule::quote_continuation;

  static void apply(attribution_context& c, quote_index& qi) {
    qi.build(c);
    for (std::size_t i = 0; i < c.p.quotes.size(); ++i) {
      const quotation& q = c.p.quotes[i];
      if (qi.taken[i]) continue;
      const quote_index::window_facts& w = qi.window_at(q);
      if (!w.owned || !quote_index::sentence_like(c, q) || q.open_token <= w.owner_first) continue;
      attribution a = quote_index::claim_of(c, q, rule);
      a.speaker = w.owner_speaker;
      a.inherit = w.owner_inherit;
      c.out.push_back(a);
      qi.taken[i] = 1;
    }
  }
};

}  // namespace whosaid::detail
