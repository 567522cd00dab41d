// Sieve: a phrase names the source after it.
//
//   According to the council, the study will take a year.
//   The study will take a year, according to the council.
//   According to an official, who asked not to be named, the talks failed.
//   As reported by the Harbour Post, the yard will close.
//   In the words of Ida Holm, the bridge "is a promise kept".
//   X said that ..., according to France 24.   (the outlet relays X's claim: its channel)
#pragma once

#include "sieve.hpp"

namespace whosaid::detail {

struct according_to {
  static constexpr attribution_rule rule = attribution_rule::according_to;

    static sieve_verdict apply(attribution_context& c, const cue_site& site, attribution& a) {
      if (!site.h.has(cue_flags::source_follows)) return sieve_verdict::pass;
      return find(c, site.s, site.h, a, site.covered_to) ? sieve_verdict::claim : sieve_verdict::settled;
    }

   private:
    static bool find(attribution_context& c, const sentence& s, const cue_hit& h, attribution& a, std::uint32_t covered_to) {
    int sp = mention_after(c, h.last, s.last);
    if (!c.speaker_like(sp)) return false;
    // "X said that ..., according to France 24": an outlet relays a claim
    // that already has its own speaker; it is that claim's channel.
    if (!c.out.empty() && c.m(sp).kind == actor_kind::media) {
      attribution& prev = c.out.back();
      std::uint32_t e = h.first;
      while (e > s.first && (c.is_punct(e - 1, ',') || c.p.tokens[e - 1].kind == token_kind::dash ||
                             c.p.tokens[e - 1].kind == token_kind::close_quote))
        --e;
      if (prev.content_first >= s.first && prev.content_last <= h.first && prev.content_last + 1 >= e &&
          prev.speaker >= 0 && prev.speaker != sp && prev.via < 0 && !prev.cue.empty()) {
        prev.via = sp;
        return false;
      }
    }
    a.speaker = sp;
    const mention& m = c.m(sp);
    std::uint32_t after = m.last;
    // Skip an apposition or "news agency" tail up to the comma.
    std::uint32_t k = after;
    while (k < s.last && !c.is_punct(k, ',') && k - after < window::mention_after && c.outside(k)) ++k;
    std::uint32_t start = h.first > s.first ? clause_start(c, s, h.first, covered_to) : s.first;
    if (h.first > start + 1) {
      // Content before: "..., according to X."
      std::uint32_t e = h.first;
      while (e > start && (c.is_punct(e - 1, ',') || c.p.tokens[e - 1].kind == token_kind::dash)) --e;
      return set_content(c, a, start, e);
    }
    // Content after the comma that closes the source, and after an
    // apposition or relative clause on the source: "according to the
    // council, a body set up in 2019, the study ..." / "according to an
    // official, who asked not to be named, the government ...".
    if (k < s.last && c.is_punct(k, ',')) {
      std::uint32_t from = k + 1;
      std::uint32_t k2 = from;
      while (k2 < s.last && k2 < from + window::source_apposition && !(c.is_punct(k2, ',') && c.outside(k2))) ++k2;
      if (k2 + 3 < s.last && k2 < from + window::source_apposition && c.is_word(from) && c.outside(from)) {
        const bool relative = c.in_class(from, vc_is_relative);
        const bool indefinite = c.is(from, "a") || c.is(from, "an");
        const bool definite = c.is(from, "the") || c.p.tokens[from].is(tf_possessive);
        // The words after the second comma must be the main clause.
        const std::uint32_t nx = k2 + 1;
        const bool main_clause = c.is_word(nx) && !c.is(nx, "who") && !c.is(nx, "which") && !c.is(nx, "whose") &&
                                 !c.is(nx, "that") && looks_like_clause(c, nx, s.last);
        if (main_clause && (relative || indefinite || (definite && !looks_like_clause(c, from, k2))))
          from = k2 + 1;
      }
      return set_content(c, a, from, clause_end(c, s, from, s.last));
    }
    return false;
  }
};

}  // namespace whosaid::detail
