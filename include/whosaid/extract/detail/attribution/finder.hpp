// The attribution stage: runs the sieves of order.hpp over a paragraph.
// For each sentence it finds the cues once and reads each once
// (reading.hpp); the cue sieves of the first stage, then of the second,
// each get a cue in turn until one decides it; then the paragraph sieves.
// Speakers are mention indices; coreference resolves them to actors.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "../../../detail/work_buffers.hpp"
#include "context.hpp"
#include "order.hpp"

namespace whosaid::detail {

class attribution_finder {
 public:
  // Work buffers, kept from paragraph to paragraph (and by the extractor
  // from article to article) so that the passes allocate nothing once grown.
  struct buffers {
    attribution_index index;
    std::vector<cue_hit> cues;
    std::vector<cue_reading> readings;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> owned;
    std::vector<std::uint8_t> done;
    quote_index quotes;

    void trim() noexcept {
      release_large(index.mention_at_end, index.mention_at_start, index.quote_at, index.modifier_at, index.windows,
                    index.scratch, cues, readings, owned, done, quotes.cover, quotes.window_of, quotes.windows,
                    quotes.taken);
    }
  };

  attribution_finder(std::string_view text, const whosaid::lexicon& lex) : attribution_finder(text, lex, nullptr) {}
  // With work buffers kept by the caller across articles; null for own ones.
  attribution_finder(std::string_view text, const whosaid::lexicon& lex, buffers* work)
      : t_(text), lex_(lex), own_(work != nullptr ? nullptr : std::make_unique<buffers>()),
        buf_(work != nullptr ? *work : *own_) {}

  // The paragraph's attributions, in text order, into `out`; returns what
  // the paragraph leaves for the next one.
  attribution_state find(const paragraph_scan& p, const std::vector<mention>& ms, std::vector<attribution>& out) const {
    out.clear();
    attribution_context c(t_, lex_, p, ms, out, buf_.index);
    // Sentences longer than any real one (run-on or hostile text) are cut
    // into windows, so that every scan stays bounded.
    for (const sentence& s : p.sentences) {
      for (std::uint32_t b = s.first; b < s.last; b += window::sentence) {
        const sentence w{b, s.last - b > window::sentence ? b + window::sentence : s.last};
        c.windows.push_back(w);
        run_cue_sieves(c, w);
      }
    }
    buf_.quotes.reset();
    for (const sieve& sv : sieve_order) {
      if (sv.stage != sieve_stage::paragraph) continue;
      const std::size_t before = out.size();
      sv.on_paragraph(c, buf_.quotes);
      // Sieves that add claims append them; keep the paragraph in text order
      // (stable: a claim copied for a coordinated speaker stays before its own).
      if (out.size() > before)
        std::stable_sort(out.begin(), out.end(),
                         [](const attribution& x, const attribution& y) { return x.content_first < y.content_first; });
    }
    return c.state;
  }

 private:
  // The cue sieves of `stage`, in order, on one cue: the first that decides.
  static sieve_verdict decide(sieve_stage stage, attribution_context& c, const cue_site& site, attribution& a) {
    for (const sieve& sv : sieve_order) {
      if (sv.stage != stage) continue;
      const sieve_verdict v = sv.on_cue(c, site, a);
      // "the poll shows" reports; "Lind showed the house" does not.
      if (v == sieve_verdict::claim && site.h.has(cue_flags::document_subject) &&
          (a.speaker < 0 || c.m(a.speaker).kind != actor_kind::document))
        return sieve_verdict::settled;
      if (v == sieve_verdict::claim) a.rule = sv.rule;
      if (v != sieve_verdict::pass) return v;
    }
    return sieve_verdict::settled;
  }

  // Cues whose content comes before them ("“...,” X said") are read first:
  // the reading says which.
  static bool content_first(const cue_hit& h, const cue_reading& r) noexcept {
    return !h.has(cue_flags::source_follows) && (r.nothing_after || r.inverted >= 0);
  }

  void run_cue_sieves(attribution_context& c, const sentence& s) const {
    const auto& tk = c.p.tokens;
    const std::size_t first_new = c.out.size();
    std::vector<cue_hit>& cues = buf_.cues;
    cues.clear();
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      if (auto h = cue_at(c, i, s.last)) {
        if (!plausible_cue(c, s, *h)) continue;
        cues.push_back(*h);
        i = h->last - 1;
      }
    }
    if (cues.empty()) return;
    std::vector<cue_reading>& readings = buf_.readings;
    readings.resize(cues.size());
    for (std::size_t ci = 0; ci < cues.size(); ++ci)
      readings[ci] = cues[ci].has(cue_flags::source_follows) ? cue_reading{} : read_cue(c, s, cues[ci]);
    int sentence_speaker = -1;
    std::vector<std::pair<std::uint32_t, std::uint32_t>>& owned = buf_.owned;  // [content start, cue end)
    owned.clear();
    std::vector<std::uint8_t>& done = buf_.done;
    done.assign(cues.size(), 0);
    // An attribution begun at cue `h`, read as `r`.
    auto begun = [&](const cue_hit& h, const cue_reading& r) {
      attribution a;
      a.cue = {tk[h.first].begin, tk[h.last - 1].end};
      a.via = r.via;
      a.continues = h.has(cue_flags::continues);
      return a;
    };
    auto keep = [&](attribution& a) {
      if (a.via < 0) {
        if (const int src = cited_source(c, s, a.speaker); src >= 0) a.via = a.speaker, a.speaker = src;
      }
      opener_channel(c, s, a);
      if (a.speaker >= 0 && sentence_speaker < 0) sentence_speaker = a.speaker;
      c.out.push_back(a);
    };
    // Stage 1: the cues whose content comes before them.
    for (std::size_t ci = 0; ci < cues.size(); ++ci) {
      const cue_hit& h = cues[ci];
      if (!content_first(h, readings[ci])) continue;
      if (!owned.empty() && h.first >= owned.back().first && h.first < owned.back().second) continue;
      attribution a = begun(h, readings[ci]);
      const cue_site site{s, h, readings[ci], owned.empty() ? s.first : owned.back().second, sentence_speaker};
      if (decide(sieve_stage::content_first, c, site, a) != sieve_verdict::claim) continue;
      done[ci] = 1;
      owned.push_back({a.content_first, h.last});
      keep(a);
    }
    // Stage 2: the others, left to right.
    std::uint32_t covered_to = s.first;  // content already claimed up to here
    for (std::size_t ci = 0; ci < cues.size(); ++ci) {
      const cue_hit& h = cues[ci];
      if (done[ci]) {
        covered_to = std::max(covered_to, h.last);
        continue;
      }
      if (h.first < covered_to || content_first(h, readings[ci])) continue;
      bool inside = false;
      for (auto& o : owned) inside = inside || (h.first >= o.first && h.first < o.second);
      if (inside) continue;
      attribution a = begun(h, readings[ci]);
      const cue_site site{s, h, readings[ci], covered_to, sentence_speaker};
      if (decide(sieve_stage::content_after, c, site, a) != sieve_verdict::claim) continue;
      if (a.content_last > covered_to) covered_to = a.content_last;
      keep(a);
    }
    // Stage 3: cues inside the content of a claim of this sentence.
    const std::size_t outer_end = c.out.size();
    for (std::size_t ci = 0; ci < cues.size() && outer_end > first_new; ++ci) {
      const cue_hit& h = cues[ci];
      // Verbs of saying only, finite: "had told", "warned"; not "hinting",
      // "continue", "believe" (a belief inside a report is the reporter's
      // reading of it).
      if (done[ci] || content_first(h, readings[ci]) || !h.has(cue_flags::speech) || h.has(cue_flags::ambiguous) ||
          ends_in_ing(c.wd(h.first)) || iequals(c.wd(h.first), h.info.base))
        continue;
      std::uint32_t lo = 0, hi = 0;
      for (std::size_t oi = first_new; oi < outer_end; ++oi) {
        const attribution& o = c.out[oi];
        if (h.first > o.content_first && h.last < o.content_last) lo = o.content_first, hi = o.content_last;
      }
      if (hi == 0) continue;
      attribution a = begun(h, readings[ci]);
      const cue_site site{s, h, readings[ci], lo, -1};
      if (decide(sieve_stage::nested, c, site, a) != sieve_verdict::claim) continue;
      if (!nested_report(c, a, lo, hi)) continue;
      a.nested = true;
      keep(a);
    }
    std::sort(c.out.begin() + static_cast<std::ptrdiff_t>(first_new), c.out.end(),
              [](const attribution& x, const attribution& y) { return x.content_first < y.content_first; });
  }

  // A nested claim stands when its speaker is named inside the outer
  // content [lo, hi) (a pronoun there is most often the outer speaker
  // again), not in a condition or a relative clause ("if Lind concludes",
  // "which Lind dismisses"), and it reports a clause: "that ...", "to
  // ...", or words with a verb.
  static bool nested_report(const attribution_context& c, const attribution& a, std::uint32_t lo,
                            std::uint32_t hi) noexcept {
    if (a.speaker < 0 || a.content_last > hi || a.content_first >= a.content_last) return false;
    const mention& sp = c.m(a.speaker);
    if (sp.type == mention_type::pronoun || sp.first < lo) return false;
    if (sp.first > lo && (in_list(opens_condition_words, c.wd(sp.first - 1)) || c.in_class(sp.first - 1, vc_is_relative) ||
                          c.is(sp.first - 1, "that")))
      return false;
    const std::uint32_t k = a.content_first;
    return c.is(k - 1, "that") || c.is(k, "to") || looks_like_clause(c, k, a.content_last);
  }

  std::string_view t_;
  const whosaid::lexicon& lex_;
  std::unique_ptr<buffers> own_;
  buffers& buf_;  // a finder serves one article on one thread
};

}  // namespace whosaid::detail
