// Sieve: a paragraph that opens with a name and a colon is that speaker's.
//
//   Lind: Ferry Fares Will Double          (a headline)
//   DAHL: Well, look, the numbers are in.  (a transcript)
//
//   Poll: Lind and Holm Level Before Debate  (a document)
//
// Only in a paragraph with no claim of its own. The name is a person's full
// name, an entity the lexicon knows or a document; a lone word of unknown
// kind ("Lind:") makes a weak claim, kept only if the article names the
// word elsewhere, so that "Note:" or "Update:" are not speakers.
#pragma once

#include "clauses.hpp"
#include "sieve.hpp"

namespace whosaid::detail {

struct speaker_label {
  static constexpr attribution_rule rule = attribution_rule::speaker_label;

  static void apply(attribution_context& c, quote_index&) {
    if (!c.out.empty()) return;
    const auto& tk = c.p.tokens;
    // A transcript quoted paragraph by paragraph opens each with a mark:
    // "“WALLACE: If I may, ...".
    const std::uint32_t at = !tk.empty() && tk[0].kind == token_kind::open_quote ? 1 : 0;
    const int m = at < tk.size() ? c.mention_at_start[at] : -1;
    if (m < 0) return;
    const mention& mm = c.m(m);
    const bool document = mm.type == mention_type::nominal && mm.kind == actor_kind::document;
    if ((mm.type != mention_type::name && !document) || mm.last + 4 > tk.size() || !c.is_punct(mm.last, ':') ||
        tk[mm.last].begin != tk[mm.last - 1].end || (at == 0 && !c.outside(mm.last)))
      return;
    // Inside the mark only a transcript's capitals label: "“Lind: ...”" is
    // a quotation of a headline.
    if (at == 1 && !is_acronym(c.text_of(mm.name))) return;
    const bool named = document || (mm.is(mf_lexicon) ? mm.kind != actor_kind::location
                                                      : mm.kind == actor_kind::person ||
                                                            c.text_of(mm.name).find(' ') != std::string_view::npos);
    const bool weak = !named && mm.kind == actor_kind::unknown && mm.last == mm.first + 1;
    if (!named && !weak) return;
    std::uint32_t words = 0;
    for (std::uint32_t k = mm.last + 1; k < tk.size(); ++k) words += tk[k].kind == token_kind::word;
    if (words < 3) return;
    attribution a;
    a.rule = rule;
    a.cue = tk[mm.last].span();
    a.speaker = m;
    a.weak = weak;
    if (!set_content(c, a, mm.last + 1, static_cast<std::uint32_t>(tk.size()))) return;
    c.out.push_back(a);
  }
};

}  // namespace whosaid::detail
