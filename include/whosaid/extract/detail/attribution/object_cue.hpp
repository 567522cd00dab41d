// Sieve: a cue whose object comes first, then what is said of it.
//
//   Okafor urged the council to delay the vote.
//   Lind called the plan “a betrayal of the coast”.
//   The union accused the board of hiding the figures.
//   The panel described the deal as a step back.
//   Ministers called for an inquiry.             (a phrasal cue: its object is the content)
//   Given what Lind called “a betrayal”, ...     (a noun phrase: the comma ends it)
#pragma once

#include "sieve.hpp"
#include "speakers.hpp"

namespace whosaid::detail {

struct object_cue {
  static constexpr attribution_rule rule = attribution_rule::object_cue;

  static sieve_verdict apply(attribution_context& c, const cue_site& site, attribution& a) {
    if (!site.r.object_first) return sieve_verdict::pass;
    const std::uint32_t k = site.r.k;
    std::uint32_t e = clause_end(c, site.s, k, site.s.last);
    e = infinitive_end(c, k, e);  // "urged residents to leave as they ..."
    const int speaker = subject_before(c, site.s, site.h, site.covered_to);
    // Two kinds of content are a noun phrase that a comma ends:
    //  - what a phrasal cue asks for, when a contrast follows the comma
    //    ("called for an inquiry, but the board refused");
    //  - the object of "what X called", a phrase inside another clause
    //    ("in light of what Lind called the board's “betrayal”, the union ...").
    const bool phrasal = site.h.has(cue_flags::particle);
    const bool what = speaker >= 0 && c.m(speaker).first > 0 && c.is(c.m(speaker).first - 1, "what");
    for (std::uint32_t q = k + 1; (phrasal || what) && q + 1 < e; ++q)
      if (c.is_punct(q, ',') && c.outside(q) && (what || c.in_class(q + 1, vc_is_contrast))) {
        e = q;
        break;
      }
    if (e <= k || !object_complement_ok(c, site, e) || !set_content(c, a, k, e)) return sieve_verdict::settled;
    a.speaker = speaker;
    return a.speaker >= 0 ? sieve_verdict::claim : sieve_verdict::settled;
  }
};

}  // namespace whosaid::detail
