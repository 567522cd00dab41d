// Sieve: a quotation in a sentence whose claim came before it continues
// that claim's speaker.
//
//   “We tried,” said Ana Ruiz, “but the water came too fast.”   (a split quote)
//   Lind said the fares would rise, and “They Will Rise Again.”
//
// The quotation must open after the claim's content and read as a sentence
// (three words or more, starting like one), unless it is the second half of
// a split quote: a comma after a direct claim's attribution opens it.
#pragma once

#include "sieve.hpp"

namespace whosaid::detail {

struct quote_continuation {
  static constexpr attribution_rule rule = attribution_rule::quote_continuation;

  static void apply(attribution_context& c, quote_index& qi) {
    qi.claim_free(c, rule, [&](const quotation& q, const quote_index::window_facts& w, attribution& a) {
      if (!w.owned || q.open_token <= w.owner_first) return false;
      // The second half of a split quote ("“We tried,” Ruiz said, “but the
      // water came too fast.”") continues whatever its first word.
      const bool split = w.owner_direct && q.open_token > 0 && c.is_punct(q.open_token - 1, ',');
      if (!split && !quote_index::sentence_like(c, q)) return false;
      a.speaker = w.owner_speaker;
      a.inherit = w.owner_inherit;
      return true;
    });
  }
};

}  // namespace whosaid::detail
