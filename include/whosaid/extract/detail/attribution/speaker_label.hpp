// Sieve: a paragraph that opens with a name and a colon is that speaker's.
//
//   Lind: Ferry Fares Will Double          (a headline)
//   DAHL: Well, look, the numbers are in.  (a transcript)
//
// Only in a paragraph with no claim of its own, and the name must be a
// person's full name or an entity the lexicon knows, so that "Note:" or
// "Update:" are not speakers.
#pragma once

#include "clauses.hpp"
#include "sieve.hpp"

namespace whosaid::detail {

struct speaker_label {
  static constexpr attribution_rule rule = attribution_rule::speaker_label;

  static void apply(attribution_context& c, quote_index&) {
    if (!c.out.empty()) return;
    const auto& tk = c.p.tokens;
    const int m = tk.empty() ? -1 : c.mention_at_start[0];
    if (m < 0) return;
    const mention& mm = c.m(m);
    if (mm.type != mention_type::name || mm.last + 4 > tk.size() || !c.is_punct(mm.last, ':') ||
        tk[mm.last].begin != tk[mm.last - 1].end || !c.outside(mm.last))
      return;
    const bool named = mm.is(mf_lexicon) ? mm.kind != actor_kind::location
                                         : mm.kind == actor_kind::person || c.text_of(mm.name).find(' ') != std::string_view::npos;
    if (!named) return;
    std::uint32_t words = 0;
    for (std::uint32_t k = mm.last + 1; k < tk.size(); ++k) words += tk[k].kind == token_kind::word;
    if (words < 3) return;
    attribution a;
    a.rule = rule;
    a.cue = tk[mm.last].span();
    a.speaker = m;
    if (!set_content(c, a, mm.last + 1, static_cast<std::uint32_t>(tk.size()))) return;
    c.out.push_back(a);
  }
};

}  // namespace whosaid::detail
