// Sieve: a participle or a coordinated cue takes the main clause's subject.
//
//   Calling the tariffs “unacceptable,” Okafor said the talks would go on.
//   Lind defended the plan, saying it would pay for itself.
//   The mayor rejected the claim, adding that the dam was safe.
//   Berg said the fares were fair and added that they would not rise.
//
// A participle whose subject cannot be found inherits the previous speaker.
#pragma once

#include "sieve.hpp"
#include "speakers.hpp"

namespace whosaid::detail {

struct participle_sieve {
  static constexpr attribution_rule rule = attribution_rule::participle;

  static sieve_verdict apply(attribution_context& c, const cue_site& site, attribution& a) {
    const sentence& s = site.s;
    const cue_hit& h = site.h;
    const cue_reading& r = site.r;
    const std::uint32_t floor = s.first > site.covered_to ? s.first : site.covered_to;
    if (!r.part && !elided_subject(c, h, floor)) return sieve_verdict::pass;
    const std::uint32_t k = r.k;
    if (r.part && opens_sentence(c, s, h)) return opening(c, site, a);
    const std::uint32_t e = clause_end(c, s, k, s.last);
    if (e <= k || !complement_ok(c, site, e) || !set_content(c, a, k, e)) return sieve_verdict::settled;
    a.speaker = main_clause_subject(c, s, h, site.sentence_speaker, r.part);
    if (a.speaker < 0 && !r.part) return sieve_verdict::settled;
    if (a.speaker < 0) a.inherit = true;
    return sieve_verdict::claim;
  }

 private:
  // The participle opens the sentence: first ("Calling ..."), after a
  // preposition ("Despite urging ...", "After saying ..."), or as the
  // second of two there ("Despite urging caution and disclosing that ...").
  static bool opens_sentence(const attribution_context& c, const sentence& s, const cue_hit& h) noexcept {
    if (h.first == s.first) return true;
    if (h.first == s.first + 1 && in_list(opens_participle_words, c.wd(s.first))) return true;
    if (h.first < s.first + 2 || !c.is(h.first - 1, "and") || c.out.empty()) return false;
    const attribution& prev = c.out.back();
    return prev.rule == attribution_rule::participle && prev.content_last + 1 == h.first &&
           prev.content_first <= s.first + 2;
  }

  // "Calling the tariffs “unacceptable,” Okafor said ...": the participle's
  // phrase up to its comma is the content, the next clause's subject the
  // speaker.
  static sieve_verdict opening(attribution_context& c, const cue_site& site, attribution& a) {
    const auto& tk = c.p.tokens;
    const sentence& s = site.s;
    const std::uint32_t k = site.r.k;
    std::uint32_t e = k;
    std::uint32_t second = 0;  // "... and disclosing that ...": a second participle's "and"
    while (e < s.last && !(c.is_punct(e, ',') && c.outside(e)) &&
           !(tk[e].kind == token_kind::close_quote && e > k && c.is_punct(e - 1, ','))) {
      if (second == 0 && e > k && c.is(e, "and") && e + 1 < s.last && c.has_cue(e + 1) && ends_in_ing(c.wd(e + 1)))
        second = e;
      ++e;
    }
    if (e >= s.last || e <= k) return sieve_verdict::settled;
    const int sp = first_subject(c, e + 1, s.last);
    if (sp < 0) return sieve_verdict::settled;
    // "Citing an unnamed minister, the newspaper reported ...": the
    // minister is the report's source (cited_source), not what it says.
    if (cited_source(c, s, sp) >= 0) return sieve_verdict::settled;
    const std::uint32_t end = second > 0 ? second : tk[e].kind == token_kind::close_quote ? e + 1 : e;
    if (!set_content(c, a, k, end)) return sieve_verdict::settled;
    a.speaker = sp;
    return sieve_verdict::claim;
  }
};

}  // namespace whosaid::detail
