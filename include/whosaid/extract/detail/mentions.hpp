// Stage 2 of the extractor: mentions of actors in a scanned paragraph.
//
// Three sorts of mention:
//  - names: runs of capitalized words, split with the lexicon into the
//    entities it knows (countries, capitals, demonyms, outlets,
//    organizations), titles ("Prime Minister", "Mr") and the name proper
//    ("Sanae Takaichi"); particles (de, van, al-, bin) and hyphenated given
//    names stay inside the name; organization heads ("Institute") make the
//    whole run an organization;
//  - pronouns: he, she, they, it;
//  - nominals: noun phrases around a role noun, group noun, anonymous-source
//    head or organization noun ("a senior U.S. official", "analysts",
//    "people familiar with the matter", "the minister", "Lee’s office").
// A person's name may carry a role premodifier ("Japanese Prime Minister",
// "Norvik spokesman"): its label and the entity it points to become a
// relation later. Last, the roles stated around names settle what the
// mentions are (settle_roles() in roles.hpp); later stages only read them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "../../detail/work_buffers.hpp"
#include "../../kinds.hpp"
#include "../../text_span.hpp"
#include "../lexicon.hpp"
#include "mention.hpp"
#include "roles.hpp"
#include "text_scanner.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

// Finds the mentions of one paragraph, in text order (a premodifier's entity
// comes before the person it modifies).
class mention_finder {
 public:
  struct buffers;
  mention_finder(std::string_view text, const whosaid::lexicon& lex) : mention_finder(text, lex, nullptr) {}
  // With work buffers kept by the caller across articles; null for own ones.
  mention_finder(std::string_view text, const whosaid::lexicon& lex, buffers* work)
      : t_(text), lex_(lex), own_(work != nullptr ? nullptr : std::make_unique<buffers>()),
        buf_(work != nullptr ? *work : *own_) {}

  void find(const paragraph_scan& p, std::vector<mention>& out) const {
    out.clear();
    const auto& tk = p.tokens;
    const std::uint32_t n = static_cast<std::uint32_t>(tk.size());
    std::vector<std::uint8_t>& sentence_start = buf_.sentence_start;
    sentence_start.assign(n, 0);
    for (const auto& s : p.sentences)
      if (s.first < n) sentence_start[s.first] = 1;
    std::uint32_t i = 0;
    while (i < n) {
      const token& t = tk[i];
      if (t.kind != token_kind::word) {
        ++i;
        continue;
      }
      std::string_view w = word(t);
      pronoun_kind pk = p.info(i).pronoun;
      if (t.is(tf_capitalized) && pk == pronoun_kind::none) {
        std::uint32_t e = chunk_end(p, i);
        // "Analysts said", "Officials say": a common noun capitalized only
        // because it opens the sentence.
        // "the NGO added": an organization noun written as an acronym.
        const bool acronym_noun = e == i + 1 && i > 0 && (p.info(i).vocab & vc_is_org_noun) != 0 && is_acronym(w) &&
                                  (p.info(i - 1).vocab & vc_is_definite) != 0;
        if (e == i + 1 && !t.is(tf_possessive) &&
            ((sentence_start[i] &&
              (p.info(i).word_flags &
               (whosaid::lexicon::word_class::group_noun | whosaid::lexicon::word_class::anonymous_head |
                whosaid::lexicon::word_class::document)) != 0) ||
             acronym_noun) &&
            !lex_.find_entity(w)) {
          std::uint32_t ne = nominal(p, i, out);
          if (ne > i) {
            i = ne;
            continue;
          }
        }
        analyse_chunk(p, i, e, sentence_start, out);
        i = e;
        continue;
      }
      if (pk != pronoun_kind::none && pk != pronoun_kind::i) {
        mention m;
        m.type = mention_type::pronoun;
        m.pronoun = pk;
        m.first = i;
        m.last = i + 1;
        m.span = m.name = m.head = t.span();
        if (t.is(tf_in_quote)) m.flags |= mf_in_quote;
        out.push_back(m);
        ++i;
        continue;
      }
      std::uint32_t e = nominal(p, i, out);
      i = e > i ? e : i + 1;
    }
    sort_by_position(out);
    if (descriptions(p, out)) sort_by_position(out);
    document_authors(p, out);
    settle_roles(t_, p, out);
  }

  // The author of each document nominal, where the phrase names one, in
  // role_of: a name inside it ("a Harbour University poll", "the
  // ministry's statement") or after "by" or "from" ("a study by the
  // institute", "a statement from Lind's office"). One pass over the
  // sorted mentions.
  void document_authors(const paragraph_scan& p, std::vector<mention>& ms) const {
    const auto& tk = p.tokens;
    for (std::size_t i = 0; i < ms.size(); ++i) {
      mention& d = ms[i];
      if (d.type != mention_type::nominal || d.kind != actor_kind::document) continue;
      int author = -1;
      // Inside: the first name that ends within the phrase (a possessive
      // may start before it: "Ana Lind's brief").
      for (std::size_t j = i > 0 ? i - 1 : 0; j < ms.size() && ms[j].first < d.last && author < 0; ++j) {
        const mention& a = ms[j];
        if (j == i || a.type != mention_type::name || a.last <= d.first || a.last > d.last) continue;
        if (can_author(a)) author = static_cast<int>(j);
      }
      // After: "by X", "from (the) X".
      const std::uint32_t k = d.last;
      if (author < 0 && k + 1 < tk.size() && tk[k].kind == token_kind::word &&
          (iequals(word(tk[k]), "by") || iequals(word(tk[k]), "from"))) {
        const std::uint32_t at = k + 2 < tk.size() && iequals(word(tk[k + 1]), "the") ? k + 2 : k + 1;
        for (std::size_t j = i + 1; j < ms.size() && ms[j].first <= at && author < 0; ++j)
          if ((ms[j].first == k + 1 || ms[j].first == at) && can_author(ms[j]) && !ms[j].is(mf_anonymous))
            author = static_cast<int>(j);
      }
      // Before: "the ministry issued a statement", "Lind has sent a letter".
      if (author < 0) author = issuer_of(p, ms, i);
      d.role_of = author;
    }
  }

  // A mention that can author a document: no pronoun, demonym, place or
  // other document.
  static bool can_author(const mention& a) noexcept {
    return a.type != mention_type::pronoun && !a.is(mf_demonym) && a.kind != actor_kind::location &&
           a.kind != actor_kind::document;
  }

  // The subject of an issuing verb right before document nominal `i`
  // ("the ministry (has) issued a statement", "put out a report"), or -1.
  int issuer_of(const paragraph_scan& p, const std::vector<mention>& ms, std::size_t i) const {
    const auto& tk = p.tokens;
    std::uint32_t v = ms[i].first;
    if (v < 2) return -1;
    --v;
    if (iequals(word(tk[v]), "out")) --v;  // "put out", "sent out"
    if (tk[v].kind != token_kind::word || !in_list(issues_document_words, word(tk[v]))) return -1;
    std::uint32_t e = v;
    while (e > 0 && tk[e - 1].kind == token_kind::word && (p.info(e - 1).vocab & vc_is_adverb_or_aux) != 0) --e;
    for (std::size_t j = i; j-- > 0 && ms[j].first + window_issuer >= e;) {
      const mention& a = ms[j];
      if (a.last != e) continue;
      return can_author(a) && !a.is(mf_anonymous) && !a.is(mf_possessive) ? static_cast<int>(j) : -1;
    }
    return -1;
  }
  static constexpr std::uint32_t window_issuer = 12;  // tokens: a subject is a short phrase
  // Names are short; a run of capitalized words longer than this is a
  // headline or hostile text and is cut into pieces.
  static constexpr std::uint32_t max_chunk = 12;

  // Orders mentions by first token (outer before inner), keeping role_of
  // pointing at the same mention. Nominals are found after the names they
  // contain, so the raw order is almost sorted.
  static void sort_by_position(std::vector<mention>& ms) {
    auto before = [](const mention& a, const mention& b) {
      return a.first != b.first ? a.first < b.first : a.last > b.last;
    };
    bool sorted = true;
    for (std::size_t i = 1; i < ms.size() && sorted; ++i) sorted = !before(ms[i], ms[i - 1]);
    if (sorted) return;
    std::vector<std::size_t> order(ms.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return before(ms[a], ms[b]); });
    std::vector<int> where(ms.size());
    for (std::size_t i = 0; i < order.size(); ++i) where[order[i]] = static_cast<int>(i);
    std::vector<mention> out;
    out.reserve(ms.size());
    for (std::size_t i : order) {
      out.push_back(ms[i]);
      if (out.back().role_of >= 0) out.back().role_of = where[static_cast<std::size_t>(out.back().role_of)];
    }
    ms.swap(out);
  }

  std::string_view word(const token& t) const noexcept { return t_.substr(t.begin, t.end - t.begin); }


 private:
  bool same_zone(const token& a, const token& b) const noexcept {
    return a.is(tf_in_quote) == b.is(tf_in_quote) && a.is(tf_in_single) == b.is(tf_in_single);
  }

  // The end of the run of capitalized words starting at `i`.
  std::uint32_t chunk_end(const paragraph_scan& p, std::uint32_t i) const noexcept {
    const auto& tk = p.tokens;
    const std::uint32_t n = static_cast<std::uint32_t>(tk.size());
    std::uint32_t e = i + 1;
    if (tk[i].is(tf_possessive) && !collective_possessive(p, i, i)) return e;
    // An organization's head (or a media word) anywhere before a connector
    // lets it join ("Committee for the Peaceful Reunification of Korea"); a
    // title only right before it ("Secretary of State"), so that a titled
    // person ends at "of" ("Sen. Ana Lind of Ohio").
    bool org = org_like(p.info(i)) && !title_only(p.info(i));
    while (e < n && e - i < max_chunk) {
      const token& t = tk[e];
      if (!same_zone(tk[i], t)) break;
      if (t.kind == token_kind::word && (t.is(tf_capitalized) || particle_compound(word(t)))) {
        if (headline_verb(p, e)) break;
        org = org || (org_like(p.info(e)) && !title_only(p.info(e)));
        ++e;
        if (t.is(tf_possessive) && !collective_possessive(p, e - 1, i)) break;
        continue;
      }
      // An initial: "George W. Bush"; the period of an abbreviated title:
      // "Mr. Clarke", "Sen. Ruth Calder", "Gov. Lind".
      // ("St." inside a name: "Kathryn St. J. Moore", "St. Louis".)
      if (t.kind == token_kind::punct && t_[t.begin] == '.' && e > i && tk[e - 1].end == t.begin &&
          (tk[e - 1].end - tk[e - 1].begin == 1 || (p.info(e - 1).word_flags & whosaid::lexicon::word_class::title) != 0 ||
           word(tk[e - 1]) == "St") &&
          e + 1 < n && tk[e + 1].is(tf_capitalized) && tk[e + 1].begin > t.end) {
        ++e;
        continue;
      }
      // "Curriculum Assessment and Reporting Authority", "Trade and Industry
      // Ministry": "and" inside an organization's name, when the words after
      // it end in an organization's head and those before have none (nor
      // name a known entity: "Norway and Harbour Authority" are two).
      if (t.kind == token_kind::word && !org && iequals(word(t), "and") && e + 1 < n) {
        const std::uint32_t r = org_name_rest(p, e + 1, i);
        if (r > e + 1 && !lex_.find_entity(lookup_text(p, i, e))) {
          e = r;
          org = true;
          continue;
        }
      }
      // Particles and "of": "Committee for the Peaceful Reunification of Korea".
      if (t.kind == token_kind::word && !t.is(tf_capitalized) && (p.info(e).vocab & vc_is_name_connector) != 0) {
        // "of", "for", "the" join organization names and titles only
        // ("Bank of England", "Secretary of State"), never a person to an
        // organization ("Ruth Calder of the Harbour Policy Unit").
        std::string_view cw = word(t);
        if ((iequals(cw, "of") || iequals(cw, "for") || iequals(cw, "the")) && !org && !org_like(p.info(e - 1))) break;
        std::uint32_t k = e + 1;
        // "van der", "of the", "bin al"
        for (int extra = 0; extra < 2 && k + 1 < n && tk[k].kind == token_kind::word && !tk[k].is(tf_capitalized) &&
                            (p.info(k).vocab & vc_is_name_connector) != 0;
             ++extra)
          ++k;
        // "on" only after the head of a body named for its subject, before
        // no date: "High Commission on Refugees", "Council on Foreign
        // Relations"; not "the Authority on Monday" or "on Oslo Street".
        bool on_ok = !iequals(cw, "on");
        if (!on_ok && in_list(subject_body_words, word(tk[e - 1])) && k < n &&
            (p.info(k).vocab & (vc_is_calendar_word | vc_is_weekday)) == 0) {
          on_ok = true;
          for (std::uint32_t q = k; q < n && q < k + 4 && tk[q].is(tf_capitalized); ++q)
            on_ok = on_ok && (p.info(q).vocab & vc_is_place_head) == 0;
        }
        if (k < n && tk[k].kind == token_kind::word && tk[k].is(tf_capitalized) && same_zone(tk[i], tk[k]) &&
            !iequals(word(t), "and") && on_ok) {
          e = k;
          continue;
        }
      }
      // Digits right after a media word: "Radio 4", "France 24".
      if (t.kind == token_kind::word && t.is(tf_digit) && e > i && (p.info(e - 1).vocab & vc_is_media_head) != 0 &&
          t.end - t.begin <= 3) {
        ++e;
        continue;
      }
      // ... or after a name the lexicon knows with the number: an outlet
      // such as "France 24" is not the country "France".
      if (t.kind == token_kind::word && t.is(tf_digit) && e == i + 1 && t.end - t.begin <= 3 &&
          tk[e - 1].end + 1 == t.begin) {
        auto hit = lex_.find_entity(lookup_text(p, i, e + 1));
        if (hit && hit->kind == actor_kind::media) {
          ++e;
          continue;
        }
      }
      break;
    }
    return e;
  }

  // A headline's verb of saying, which ends a name and starts none: "Lind
  // Says Bridge Will Reopen", "Ruiz Warns of Floods". (Only the "-s" forms:
  // "Said" is also a surname.)
  bool headline_verb(const paragraph_scan& p, std::uint32_t k) const noexcept {
    const word_info& wi = p.info(k);
    return p.tokens[k].is(tf_capitalized) && wi.has_cue() && word(p.tokens[k]).back() == 's' &&
           (wi.cue_flags & (cue_flags::speech | cue_flags::cognition)) != 0 &&
           (wi.cue_flags & (cue_flags::ambiguous | cue_flags::phrase)) == 0;
  }

  // "Teachers' Union", "Workers’ Party", "People's Liberation Army",
  // "Children's Hospital": a plural possessive inside an organization's
  // name, when the capitalized words after it end in an organization's head.
  bool collective_possessive(const paragraph_scan& p, std::uint32_t k, std::uint32_t first) const noexcept {
    const auto& tk = p.tokens;
    std::string_view w = word(tk[k]);
    const bool plural = (w.size() > 2 && w.back() == '\'' && w[w.size() - 2] == 's') ||
                        (w.size() > 4 && w.substr(w.size() - 4) == "s\xE2\x80\x99");
    static constexpr std::string_view irregular[] = {"People's", "People\xE2\x80\x99s", "Children's",
                                                     "Children\xE2\x80\x99s", "Women's", "Women\xE2\x80\x99s",
                                                     "Men's", "Men\xE2\x80\x99s"};
    if (!plural && !in_list(irregular, w)) return false;
    return org_name_rest(p, k + 1, first) > k + 1;
  }

  // The end of the capitalized words from `k` (within a name that starts at
  // `first`) when they end in an organization's head ("Reporting
  // Authority", "Union"); else `k`.
  std::uint32_t org_name_rest(const paragraph_scan& p, std::uint32_t k, std::uint32_t first) const noexcept {
    const auto& tk = p.tokens;
    std::uint32_t r = k;
    while (r < tk.size() && r - first < max_chunk && tk[r].kind == token_kind::word && tk[r].is(tf_capitalized) &&
           same_zone(tk[first], tk[r]) && !tk[r].is(tf_possessive))
      ++r;
    return r > k && (p.info(r - 1).word_flags & whosaid::lexicon::word_class::org_head) != 0 ? r : k;
  }

  // lexicon::is_org_head, lexicon::is_title or is_media_head of a token.
  static bool org_like(const word_info& wi) noexcept {
    return (wi.word_flags & (whosaid::lexicon::word_class::org_head | whosaid::lexicon::word_class::title)) != 0 ||
           (wi.vocab & vc_is_media_head) != 0;
  }

  // A title word that is no organization's head or media word ("Senator",
  // not "Ministry").
  static bool title_only(const word_info& wi) noexcept {
    return (wi.word_flags & (whosaid::lexicon::word_class::org_head | whosaid::lexicon::word_class::title)) ==
               whosaid::lexicon::word_class::title &&
           (wi.vocab & vc_is_media_head) == 0;
  }

  // "al-Rashid", "el-Sisi", "bin-Talal": a lower-case particle joined to a
  // capitalized name.
  static bool particle_compound(std::string_view w) noexcept {
    auto dash = w.find('-');
    return dash != std::string_view::npos && dash >= 2 && dash <= 3 && dash + 1 < w.size() &&
           is_ascii_upper(w[dash + 1]) && is_ascii_lower(w[0]);
  }

  struct segment {
    std::uint32_t first, last;
    enum kind_t : std::uint8_t { entity, title, name } kind;
    std::optional<gazetteer_hit> hit;
  };

  std::string_view span_text(const paragraph_scan& p, std::uint32_t a, std::uint32_t b) const noexcept {
    return t_.substr(p.tokens[a].begin, p.tokens[b - 1].end - p.tokens[a].begin);
  }
  // The text of tokens [a, b) without a final possessive ending.
  std::string_view lookup_text(const paragraph_scan& p, std::uint32_t a, std::uint32_t b) const noexcept {
    std::string_view s = span_text(p, a, b);
    if (p.tokens[b - 1].is(tf_possessive)) {
      std::string_view last = word(p.tokens[b - 1]);
      s = s.substr(0, s.size() - (last.size() - strip_possessive(last).size()));
    }
    return s;
  }
  text_span lookup_span(const paragraph_scan& p, std::uint32_t a, std::uint32_t b) const noexcept {
    std::string_view s = lookup_text(p, a, b);
    return {p.tokens[a].begin, static_cast<std::uint32_t>(p.tokens[a].begin + s.size())};
  }

  // lexicon::is_org_head or is_media_head of the word without a possessive ending.
  static bool is_org_word(const word_info& wi) noexcept {
    return (wi.base_word_flags & whosaid::lexicon::word_class::org_head) != 0 || (wi.base_vocab & vc_is_media_head) != 0;
  }

  void analyse_chunk(const paragraph_scan& p, std::uint32_t a, std::uint32_t b,
                     const std::vector<std::uint8_t>& sentence_start, std::vector<mention>& out) const {
    const auto& tk = p.tokens;
    // Leading function words ("But", "The", "Earlier") and calendar words.
    while (a < b) {
      std::string_view w = word(tk[a]);
      bool strip = (p.info(a).vocab & (vc_is_function_word | vc_is_calendar_word)) != 0 || headline_verb(p, a);
      // A sentence-initial participle or adverb: "Speaking", "Separately".
      if (!strip && sentence_start[a] && w.size() > 4 &&
          (w.substr(w.size() - 3) == "ing" || w.substr(w.size() - 2) == "ly") && !lex_.find_entity(w))
        strip = true;
      if (strip && a + 1 < b && lex_.find_entity(span_text(p, a, b))) strip = false;  // "The Times"
      // "Oslo-based Harbour Trust": where a body is based is no part of
      // its name.
      if (!strip && a + 1 < b && w.size() > 6 && iends_with(w, "-based")) strip = true;
      // "Former minister Ann Lind": a role's adjective alone before its noun.
      if (!strip && sentence_start[a] && a + 1 == b && in_list(qualifies_role_words, w)) strip = true;
      // "Head coach Dana Kerr", "Town manager X": capitalized only as the
      // sentence's first word, it opens a title written in lower case.
      if (!strip && sentence_start[a] && a + 1 == b && b < tk.size() && tk[b].kind == token_kind::word &&
          !tk[b].is(tf_capitalized) && same_zone(tk[a], tk[b]) &&
          (lex_.is_title(span_text(p, a, b + 1)) || lex_.is_role_noun(span_text(p, a, b + 1))) &&
          !lex_.find_entity(w))
        strip = true;
      if (!strip) break;
      ++a;
    }
    // Trailing calendar words ("Lee Monday").
    while (b > a && (p.info(b - 1).vocab & vc_is_calendar_word) != 0) --b;
    // A connector cannot end a chunk (a number can: chunk_end takes one
    // only into an outlet's name, "France 24").
    while (b > a && !tk[b - 1].is(tf_capitalized) && !tk[b - 1].is(tf_digit) && !particle_compound(word(tk[b - 1]))) --b;
    if (a >= b) return;

    // Segment into lexicon entities, titles and name words.
    std::vector<segment>& segs = buf_.segs;  // analyse_chunk does not nest
    segs.clear();
    const std::uint32_t maxw = static_cast<std::uint32_t>(lex_.max_entity_words() > 0 ? lex_.max_entity_words() : 1);
    std::uint32_t k = a;
    while (k < b) {
      bool done = false;
      // The longest entity first, then the longest title.
      std::uint32_t lim = b - k < maxw ? b - k : maxw;
      // No entity starts with this word (the scan looked it up): no probes.
      const word_info& wk = p.info(k);
      if (wk.entity_words == 0 && !tk[k].is(tf_possessive) && (wk.first_word_whole || lim == 1)) lim = 0;
      for (std::uint32_t len = lim; len >= 1 && !done; --len) {
        // A possessive may only end the match.
        bool ok = true;
        for (std::uint32_t j = k; j + 1 < k + len; ++j)
          if (tk[j].is(tf_possessive)) ok = false;
        if (!ok) continue;
        if (auto hit = lex_.find_entity(lookup_text(p, k, k + len))) {
          segs.push_back({k, k + len, segment::entity, hit});
          k += len;
          done = true;
        }
      }
      if (done) continue;
      // A capitalized role noun before a full name is a descriptor, as a
      // title is: "Analyst Priya Raman", "Striker Joe Kerr" (not "Partner
      // Group", whose last word is an organization's).
      // ("Republican Tom Berg": a descriptor word, lexicon/titles.hpp.)
      const bool descriptor =
          k == a && b - k >= 3 && !is_org_word(p.info(b - 1)) &&
          ((wk.word_flags & (whosaid::lexicon::word_class::role | whosaid::lexicon::word_class::org_head)) ==
               whosaid::lexicon::word_class::role ||
           (lex_.title_flags_of(word(tk[k])) & title_flags::descriptor) != 0);
      for (std::uint32_t len = (b - k < 4 ? b - k : 4); len >= 1 && !done; --len) {
        // One word: the scan's record; more: only where a phrase may start.
        if (len == 1 ? (wk.word_flags & whosaid::lexicon::word_class::title) != 0 || descriptor
                     : (wk.word_phrase_first || !wk.first_word_whole) && lex_.is_title(span_text(p, k, k + len))) {
          segs.push_back({k, k + len, segment::title, std::nullopt});
          k += len;
          done = true;
        }
      }
      if (done) continue;
      if (!segs.empty() && segs.back().kind == segment::name) segs.back().last = k + 1;
      else segs.push_back({k, k + 1, segment::name, std::nullopt});
      ++k;
    }

    // A one-word outlet or organization before a name is a given name that
    // happens to be in the lexicon ("Dawn Price"), not a premodifier.
    for (std::size_t si = 0; si + 1 < segs.size(); ++si) {
      segment& e = segs[si];
      segment& nx = segs[si + 1];
      if (e.kind != segment::entity || nx.kind != segment::name || e.last - e.first != 1) continue;
      if (e.hit->kind != actor_kind::media && e.hit->kind != actor_kind::organization) continue;
      if (tk[e.first].is(tf_possessive) || is_acronym(word(tk[e.first]))) continue;
      bool org = false;
      for (std::uint32_t j = nx.first; j < nx.last; ++j) org = org || is_org_word(p.info(j));
      if (org) continue;
      nx.first = e.first;
      segs.erase(segs.begin() + static_cast<std::ptrdiff_t>(si));
      break;
    }

    // A country or capital that doubles as a given name before a surname is
    // the person's first name: "Sofia Lind", "Jordan Peele", "Georgia Moss".
    for (std::size_t si = 0; si + 1 < segs.size(); ++si) {
      segment& e = segs[si];
      segment& nx = segs[si + 1];
      if (e.kind != segment::entity || nx.kind != segment::name || e.last - e.first != 1) continue;
      if (e.hit->kind != actor_kind::country && e.hit->kind != actor_kind::location) continue;
      if (e.hit->how == gazetteer_hit::via::demonym || tk[e.first].is(tf_possessive)) continue;
      if (is_acronym(word(tk[e.first])) || nx.last - nx.first > 2) continue;
      bool name_like = true;
      for (std::uint32_t j = nx.first; j < nx.last; ++j) {
        std::string_view w = strip_possessive(word(tk[j]));
        name_like = name_like && !is_org_word(p.info(j)) && (p.info(j).base_vocab & vc_is_place_head) == 0 && !is_acronym(w) &&
                    !(w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's');
      }
      if (!name_like) continue;
      nx.first = e.first;
      segs.erase(segs.begin() + static_cast<std::ptrdiff_t>(si));
      break;
    }
    // After an abbreviated honorific, a lone title word that ends the run is
    // a surname: "Mr. King", "Ms. Judge", "Dr. Bishop".
    for (std::size_t si = 0; si + 1 < segs.size(); ++si) {
      const segment& h = segs[si];
      segment& nx = segs[si + 1];
      if (h.kind != segment::title || nx.kind != segment::title || nx.last - nx.first != 1) continue;
      if (si + 2 != segs.size()) continue;
      const std::uint32_t hf = lex_.title_flags_of(span_text(p, h.first, h.last));
      if ((hf & title_flags::honorific) == 0 || (hf & title_flags::abbreviation) == 0) continue;
      nx.kind = segment::name;
    }
    // A title's of-phrase names its portfolio, and the last two words the
    // person: "Minister of Finance Ana Lind", "Minister for Foreign Affairs
    // Bo Ek". (Shorter, "Duke of Kent" names no one after the title.)
    for (std::size_t si = 0; si + 1 < segs.size(); ++si) {
      segment& nx = segs[si + 1];
      if (segs[si].kind != segment::title || nx.kind != segment::name || tk[nx.first].is(tf_capitalized)) continue;
      const std::string_view cw = word(tk[nx.first]);
      if (!iequals(cw, "of") && !iequals(cw, "for")) continue;
      // The person's two words from the end, over initials ("Ana B. Lind").
      std::uint32_t words = 0, name = nx.last;
      bool plain = true;
      for (std::uint32_t j = nx.last; j-- > nx.first + 1;) {
        const bool initial = tk[j].kind == token_kind::word && tk[j].end - tk[j].begin == 1;
        if (tk[j].kind != token_kind::word) plain = plain && t_[tk[j].begin] == '.';
        else if (tk[j].is(tf_capitalized) && !initial && ++words <= 2) name = j;
      }
      if (!plain || words < 3) continue;
      segs[si].last = name;
      nx.first = name;
    }
    // A capitalized word between an entity (or the run start) and a title
    // names the portfolio: "Estonian Infrastructure Minister Kadri Tamm",
    // "Interior Minister X", "Treasury Secretary X".
    for (std::size_t si = 0; si + 2 < segs.size(); ++si) {
      if (segs[si].kind != segment::name || segs[si + 1].kind != segment::title || segs[si + 2].kind != segment::name)
        continue;
      if (si > 0 && segs[si - 1].kind != segment::entity) continue;
      if (segs[si].last - segs[si].first > 2 || tk[segs[si].last - 1].is(tf_possessive)) continue;
      segs[si].kind = segment::title;
    }

    // An organization: any organization head among the words, unless the run
    // ends with a titled name ("NATO Secretary-General Jens Stoltenberg").
    bool titled_name = segs.size() >= 2 && segs.back().kind == segment::name &&
                       segs[segs.size() - 2].kind == segment::title;
    if (!titled_name) {
      for (std::uint32_t j = a; j < b; ++j) {
        const word_info& wj = p.info(j);
        if (!is_org_word(wj)) continue;
        // An entity that covers the whole run wins ("Yonhap News Agency").
        if (segs.size() == 1 && segs[0].kind == segment::entity) break;
        // The organization starts after a leading title ("President"?) and
        // ends at the head word's run end.
        std::uint32_t s = a;
        while (s < b && (p.info(s).word_flags & whosaid::lexicon::word_class::title) != 0 && !is_org_word(p.info(s))) ++s;
        if (s >= b) break;
        mention m = make(p, s, b);
        m.kind = (wj.base_vocab & vc_is_media_head) != 0 && (wj.base_word_flags & whosaid::lexicon::word_class::org_head) == 0
                     ? actor_kind::media
                     : actor_kind::organization;
        if (auto hit = lex_.find_entity(lookup_text(p, s, b))) {
          m.kind = hit->kind;
          m.canonical = hit->canonical;
          m.flags |= mf_lexicon;
        }
        out.push_back(m);
        return;
      }
    }

    // Otherwise: entities, and a name with the titles and entities before it
    // as its premodifier.
    int last_entity = -1;
    std::uint32_t title_first = 0, title_last = 0;
    for (std::size_t si = 0; si < segs.size(); ++si) {
      const segment& s = segs[si];
      if (s.kind == segment::entity) {
        mention m = make(p, s.first, s.last);
        m.kind = s.hit->kind;
        m.canonical = s.hit->canonical;
        m.flags |= mf_lexicon;
        if (s.hit->how == gazetteer_hit::via::demonym) m.flags |= mf_demonym;
        if (s.hit->how == gazetteer_hit::via::capital) m.flags |= mf_capital;
        if (si + 1 < segs.size()) m.flags |= mf_modifier;
        last_entity = static_cast<int>(out.size());
        out.push_back(m);
        title_first = title_last = 0;
        continue;
      }
      if (s.kind == segment::title) {
        if (title_last == s.first && title_last != 0) title_last = s.last;
        else title_first = s.first, title_last = s.last;
        continue;
      }
      // A name run.
      mention m = make(p, s.first, s.last);
      bool titled = title_last == s.first && title_last > title_first;
      if (titled) {
        m.first = title_first;
        m.span.begin = tk[title_first].begin;
        m.flags |= mf_titled;
        m.kind = actor_kind::person;
        // Honorifics are not roles.
        if (!lex_.is_honorific(span_text(p, title_first, title_last))) {
          m.role = {tk[title_first].begin, tk[title_last - 1].end};
          if (last_entity >= 0 && out[static_cast<std::size_t>(last_entity)].last == title_first)
            m.role_of = last_entity;
        }
      } else {
        std::uint32_t words = s.last - s.first;
        // A run that opens with an acronym of three letters or more ("INK
        // Concert", "NATO Summit") is no personal name: its kind stays open.
        // (A run in capitals throughout is a headline's, left as it was.)
        const std::string_view w0 = word(tk[s.first]);
        bool acronym_first = w0.size() >= 3 && is_acronym(w0) && w0.find('.') == std::string_view::npos;  // not "J.J."
        if (acronym_first) {
          bool mixed = false;
          for (std::uint32_t j = s.first + 1; j < s.last && !mixed; ++j) mixed = !is_acronym(word(tk[j]));
          acronym_first = mixed;
        }
        if ((p.info(s.last - 1).base_vocab & vc_is_place_head) != 0) m.kind = actor_kind::location;
        else if (words >= 2 && !acronym_first) m.kind = actor_kind::person;
        // (A word in capitals that labels a paragraph, "WALLACE: ...", is a
        // transcript's speaker, of a kind still open.)
        else if (is_acronym(word(tk[s.first])) &&
                 !((s.first == 0 || (s.first == 1 && tk[0].kind == token_kind::open_quote)) && words == 1 &&
                   s.last < tk.size() && tk[s.last].kind == token_kind::punct && t_[tk[s.last].begin] == ':'))
          m.kind = actor_kind::organization;
      }
      // "John Lind", "Mary Lind": a given name that one gender bears.
      if (s.last - s.first >= 2 && (m.kind == actor_kind::person || m.kind == actor_kind::unknown)) {
        const char g = lex_.given_name_gender(word(tk[s.first]));
        if (g == 'm') m.flags |= mf_male;
        if (g == 'f') m.flags |= mf_female;
      }
      title_first = title_last = 0;
      out.push_back(m);
    }
  }


  mention make(const paragraph_scan& p, std::uint32_t a, std::uint32_t b) const noexcept {
    mention m;
    m.type = mention_type::name;
    m.first = a;
    m.last = b;
    m.span = {p.tokens[a].begin, p.tokens[b - 1].end};
    m.name = lookup_span(p, a, b);
    m.head = lookup_span(p, b - 1, b);
    if (p.tokens[b - 1].is(tf_possessive)) m.flags |= mf_possessive;
    if (p.tokens[a].is(tf_in_quote)) m.flags |= mf_in_quote;
    return m;
  }

  // A nominal headed at token `i`; returns the token after it (or `i` when
  // there is none).
  std::uint32_t nominal(const paragraph_scan& p, std::uint32_t i, std::vector<mention>& out) const {
    const auto& tk = p.tokens;
    const std::uint32_t n = static_cast<std::uint32_t>(tk.size());
    std::string_view w = word(tk[i]);
    // Cheap rejection first: most words head nothing.
    const std::uint32_t wflags = p.info(i).word_flags;
    bool maybe_plural_role = w.size() > 3 && w.back() == 's';
    const std::uint32_t vc = p.info(i).vocab;
    const bool unknown_subject = wflags == 0 && vc == 0 && says_after(p, i) && !in_list(pointing_adjective_words, w) &&
                                 !manner_adverb(p, i);
    if (wflags == 0 && (vc & (vc_is_org_noun | vc_is_media_noun)) == 0 && !maybe_plural_role && !iequals(w, "person") &&
        !iequals(w, "people") && !iequals(w, "source") && !iequals(w, "sources") && !unknown_subject)
      return i;
    // Multi-word anonymous heads: "people familiar with the matter".
    std::uint32_t head_end = i + 1;
    std::uint32_t sflags = 0;
    const word_info& wi = p.info(i);
    bool multi = (wi.word_phrase_first || !wi.first_word_whole) &&
                 (iequals(w, "person") || iequals(w, "people") || iequals(w, "source") || iequals(w, "sources") ||
                  iequals(w, "official") || iequals(w, "officials"));
    for (std::uint32_t len = 6; len >= 2 && multi; --len) {
      if (i + len > n) continue;
      bool words = true;
      for (std::uint32_t j = i; j < i + len; ++j)
        if (tk[j].kind != token_kind::word) words = false;
      if (!words) continue;
      std::string_view s = span_text(p, i, i + len);
      if (lex_.is_anonymous_head(s)) {
        head_end = i + len;
        sflags = lex_.speaker_flags_of(s);
        break;
      }
    }
    // Any matter after a qualifier: "people briefed on the bank's plans".
    if (multi && head_end == i + 1) {
      const std::uint32_t e = qualified_source_end(p, i + 1);
      if (e > i + 1) {
        head_end = e;
        const bool many = iequals(w, "people") || w.back() == 's';
        sflags = speaker_flags::anonymous | (many ? speaker_flags::plural | speaker_flags::collective : 0u);
      }
    }
    bool anon = head_end > i + 1 || (wflags & whosaid::lexicon::word_class::anonymous_head) != 0;
    bool group = (wflags & whosaid::lexicon::word_class::group_noun) != 0;
    // Multi-word group nouns ending here: "human rights groups", "state media".
    for (std::uint32_t len = 3; len >= 2 && !group && !anon && maybe_plural_role; --len) {
      if (i + 1 < len) continue;
      std::uint32_t b = i + 1 - len;
      bool words = true;
      for (std::uint32_t j = b; j <= i; ++j) words = words && tk[j].kind == token_kind::word;
      // (Only where a multi-word speaker noun may end: the scan said which.)
      if (words && (p.info(i).word_phrase_last || !p.info(i).last_word_whole) &&
          lex_.is_group_noun(span_text(p, b, i + 1)))
        group = true;
    }
    // The plural of a role noun is a group: "correspondents", "ministers".
    if (!anon && !group && w.size() > 3 && w.back() == 's' && !tk[i].is(tf_capitalized)) {
      // is_role_noun or is_anonymous_head of the singular, looked up by the scan.
      if ((p.info(i).singular_flags &
           (whosaid::lexicon::word_class::role | whosaid::lexicon::word_class::anonymous_head)) != 0)
        group = true;
    }
    // "Humanitarian organisations", "unions": bodies together are a group.
    if (!anon && !group && p.info(i).plural_org_noun && !tk[i].is(tf_capitalized)) group = true;
    bool role = !anon && (wflags & whosaid::lexicon::word_class::role) != 0;
    bool org = !anon && !group && !role && (vc & (vc_is_org_noun | vc_is_media_noun)) != 0;
    const bool doc = !anon && !group && !role && !org && (wflags & whosaid::lexicon::word_class::document) != 0;
    // "The hikers said", "a passer-by told police": a noun the lexicon does
    // not know is a person (a group, if plural) when it is the subject of a
    // verb of saying. It needs a determiner, or, plural, to open its clause
    // ("..., hikers said"); a capitalized one may be a surname ("Jones said").
    const bool speaking_noun = !(anon || group || role || org || doc) && unknown_subject;
    if (!(anon || group || role || org || doc || speaking_noun)) return i;
    if (speaking_noun && maybe_plural_role && w[w.size() - 2] != 's') group = true;
    // "local media report that", "officials poll voters": after a plural
    // speaker, a document noun that is also a cue's base form is the verb.
    if (doc && p.info(i).has_cue() && !out.empty() && out.back().last == i && out.back().is(mf_plural) &&
        w.back() != 's')
      return i;
    // "Ida Holm reports that ...", "Lind claims": a cue form right after a
    // name is the name's verb, not a plural noun it modifies.
    if (p.info(i).has_cue() && i > 0 && tk[i - 1].kind == token_kind::word && tk[i - 1].is(tf_capitalized) &&
        !tk[i].is(tf_capitalized) && (p.info(i - 1).vocab & vc_is_determiner) == 0 && !tk[i - 1].is(tf_possessive))
      return i;
    // The head must end its phrase: "official figures" is not an official.
    if (head_end == i + 1 && i + 1 < n && tk[i + 1].kind == token_kind::word) {
      std::string_view nx = word(tk[i + 1]);
      const word_info& wn = p.info(i + 1);
      // (An adverb between the subject and its verb ends it too: "the
      // foreign secretary meanwhile said", "the spokesman quickly added".)
      bool next_noun = (wn.vocab & (vc_breaks_noun_phrase | vc_is_weekday | vc_is_adverb_or_aux)) == 0 &&
                       !wn.has_cue() && !irregular_past(nx) &&
                       !(nx.size() > 2 && nx.substr(nx.size() - 2) == "ed") && wn.pronoun == pronoun_kind::none &&
                       !participle_with_object(p, i + 1);
      if (next_noun && !tk[i + 1].is(tf_capitalized)) return i;
      // "the official Korean Central News Agency": an adjective before a name
      // of an organization.
      if (tk[i + 1].is(tf_capitalized)) {
        std::uint32_t e = chunk_end(p, i + 1);
        bool org_name = false;
        for (std::uint32_t j = i + 1; j < e && !org_name; ++j) org_name = is_org_word(p.info(j));
        if (org_name || (e > i + 1 && lex_.find_entity(span_text(p, i + 1, e)))) return i;
        // "Netherlands-based group LNM", "the company Acme": a collective
        // or organization noun right before a name describes the name,
        // which is the actor.
        if ((group || org) && !role && same_zone(tk[i], tk[i + 1]) &&
            (wn.vocab & (vc_is_calendar_word | vc_is_function_word)) == 0 && !tk[i + 1].is(tf_possessive) &&
            (wn.word_flags & whosaid::lexicon::word_class::title) == 0)  // "central bank Governor Ana Ruiz"
          return i;
      }
    }
    if (sflags == 0) sflags = lex_.speaker_flags_of(w);
    // Extend left over modifiers to a determiner.
    std::uint32_t a = i;
    bool definite = false, determiner = false, related = false;
    while (a > 0) {
      const token& prev = tk[a - 1];
      if (!same_zone(prev, tk[i])) break;
      if (prev.kind != token_kind::word) break;
      const word_info& wp = p.info(a - 1);
      if ((wp.vocab & vc_is_determiner) != 0) {
        --a;
        determiner = true;
        definite = (wp.vocab & vc_is_definite) != 0;
        related = possessive_determiner(word(prev));
        break;
      }
      if (prev.is(tf_possessive)) {  // "Lee’s office", "China’s foreign ministry"
        --a;
        definite = true;
        determiner = true;
        break;
      }
      // A word of a name found just before is the name's, whatever the
      // word alone would be: "A State Department spokesperson" ("state"
      // is a cue).
      const bool in_name = !out.empty() && out.back().type == mention_type::name && out.back().first < a &&
                           out.back().last >= a && out.back().last <= i;
      if (!in_name && ((wp.vocab & vc_breaks_noun_phrase) != 0 || wp.has_cue() || wp.pronoun != pronoun_kind::none))
        break;
      // "Earlier Tory leader X", "But party officials": an opening adverb
      // or conjunction is not the phrase's.
      if ((wp.vocab & vc_is_function_word) != 0 && prev.is(tf_capitalized)) break;
      if (i - a >= 6) break;
      // "Matt Holm praised local candidates": a past tense right after a
      // full name is that name's verb, not a modifier. (A compound such as
      // "Oslo-based" keeps its hyphen; "Democratic registered voters" and
      // "New York registered voters" have no personal name before it.)
      if (!prev.is(tf_capitalized) && (ends_in_ed(word(prev)) || irregular_past(word(prev))) &&
          personal_name_before(p, a - 1))
        break;
      --a;
    }
    if (speaking_noun) {
      // After a comma or a quotation, the phrase is an attribution's
      // subject ("“...,” the boy said."); elsewhere the verb must go on to
      // a report, not stop or take a preposition as a participle does
      // ("the licences denied under the code", "a winner declared.").
      const bool after_content = a > 0 && (tk[a - 1].kind == token_kind::close_quote || word(tk[a - 1]) == ",");
      if (!determiner && !(group && a == i && (a == 0 || tk[a - 1].kind != token_kind::word))) return i;
      if (a > 0 && tk[a - 1].kind == token_kind::word && preposition(word(tk[a - 1]))) return i;
      const std::uint32_t next = i + 2;
      const bool stops = next >= n || (tk[next].kind == token_kind::punct && word(tk[next]) != ":" && word(tk[next]) != ",");
      // ("said on Monday that" is a cue's adjunct of time.)
      const bool prep = next < n && tk[next].kind == token_kind::word && preposition(word(tk[next])) &&
                        !(next + 1 < n && (p.info(next + 1).vocab & vc_is_calendar_word) != 0);
      if ((stops || prep) && !after_content) return i;
    }
    // A bare singular organization noun with only lower-case words before it
    // is a verb's object, not an actor: "since taking office", "left
    // government". Nouns used without an article for the institution
    // ("police said", "parliament voted") stay.
    // A document without one is a verb's object too ("issued statement"),
    // unless plural ("polls show").
    const bool doc_plural = doc && (sflags & speaker_flags::plural) != 0;
    if (((org && !(w.size() > 3 && w.back() == 's') && !bare_institution(w)) || (doc && !doc_plural)) && !determiner) {
      bool capital = false;
      for (std::uint32_t j = a; j <= i && !capital; ++j) capital = tk[j].is(tf_capitalized);
      if (!capital) return i;
    }
    // Strip modifiers that are really a preceding clause's words: keep at most
    // the words up to the determiner; without one, keep lower-case adjectives
    // and capitalized modifiers only.
    mention m;
    m.type = mention_type::nominal;
    m.first = a;
    m.last = head_end;
    m.span = {tk[a].begin, tk[head_end - 1].end};
    std::uint32_t nb = determiner && !tk[a].is(tf_possessive) ? a + 1 : a;
    if (nb >= head_end) nb = i;
    m.name = {tk[nb].begin, tk[head_end - 1].end};
    m.head = tk[i].span();
    if (tk[i].is(tf_in_quote)) m.flags |= mf_in_quote;
    if (definite) m.flags |= mf_definite;
    if (related) m.flags |= mf_related;
    // "the 31-year-old skipper": an age makes the role a description of
    // someone already named.
    for (std::uint32_t j = a; j < i && definite; ++j)
      if (age_word(word(tk[j]))) m.flags |= mf_description;
    bool plural = (sflags & speaker_flags::plural) != 0 || (w.size() > 3 && w.back() == 's' && !org && !doc);
    if (plural) m.flags |= mf_plural;
    if (anon && !definite) m.flags |= mf_anonymous;
    if (group || (anon && plural)) m.flags |= mf_group;
    if (role) m.flags |= mf_role;
    if (org) m.kind = is_media_noun(w) ? actor_kind::media : actor_kind::organization;
    else if (doc) m.kind = actor_kind::document;
    else if (group || (anon && plural)) m.kind = actor_kind::group;
    else m.kind = actor_kind::person;
    if ((sflags & speaker_flags::media) != 0) m.kind = actor_kind::media, m.flags |= mf_group;
    // An outlet's name before an outlet noun is the actor, and the noun
    // only says what it is: "the AFP news agency", "the Nordic Radio
    // station" (a phrase of its own would be a second outlet).
    if (org && (vc & vc_is_outlet_noun) != 0)
      for (auto it = out.rbegin(); it != out.rend() && it->first >= a; ++it)
        if (it->kind == actor_kind::media && it->type == mention_type::name) return head_end;
    // Names inside the phrase are its modifiers ("Norvik" in "Norvik
    // spokesman", "Liberal Democrat" in "Liberal Democrat leader").
    for (auto it = out.rbegin(); it != out.rend() && it->first >= a; ++it) it->flags |= mf_modifier;
    out.push_back(m);
    return head_end;
  }

  // Descriptions that stand for a person already named, news English's
  // way to vary a reference: "the 27-year-old", "said the Brazilian, who
  // ...". A definite article, then an age ("N-year-old") or a demonym that
  // ends the phrase (not "the Brazilian government", which is an
  // organization's nominal). Coreference takes them back to the last person.
  // Appends them to `out` (the caller sorts again); true if it added any.
  bool descriptions(const paragraph_scan& p, std::vector<mention>& out) const {
    const auto& tk = p.tokens;
    const std::uint32_t n = static_cast<std::uint32_t>(tk.size());
    const std::size_t found = out.size();
    // The phrase ends here: punctuation, or a word that is not a noun of it.
    auto ends_phrase = [&](std::uint32_t k) {
      if (k >= n || tk[k].kind != token_kind::word) return true;
      const word_info& w = p.info(k);
      return w.has_cue() || (w.vocab & (vc_is_relative | vc_is_finite_aux | vc_is_be | vc_is_adverb_or_aux |
                                        vc_is_function_word | vc_opens_adverbial)) != 0;
    };
    // One pass, mentions and tokens in step: how far the nominals started
    // so far reach, and the demonym starting at the current token.
    std::size_t next = 0;
    std::uint32_t nominal_to = 0;
    for (std::uint32_t k = 1; k < n; ++k) {
      std::size_t demonym = found;
      for (; next < found && out[next].first <= k; ++next) {
        const mention& m = out[next];
        if (m.type == mention_type::nominal && m.last > nominal_to) nominal_to = m.last;
        // A demonym, or a party word that describes a person ("the
        // Democrat said", as "the Brazilian said"). Opening a sentence,
        // the capital article is inside the name ("The Brazilian said").
        const bool article_inside = m.first + 1 == k && (p.info(m.first).vocab & vc_is_definite) != 0;
        if ((m.first == k || article_inside) && m.type == mention_type::name && m.last == k + 1 &&
            (m.is(mf_demonym) || (lex_.title_flags_of(word(tk[k])) & title_flags::descriptor) != 0))
          demonym = next;
      }
      const token& d = tk[k - 1];
      if (d.kind != token_kind::word || (p.info(k - 1).vocab & vc_is_definite) == 0 ||
          (p.info(k - 1).vocab & vc_is_determiner) == 0)
        continue;
      if (tk[k].kind != token_kind::word || !same_zone(d, tk[k]) || nominal_to > k || !ends_phrase(k + 1)) continue;
      if (demonym < found) {
        if (out[demonym].is(mf_possessive) || plural_demonym(word(tk[k]))) continue;
        out[demonym].flags |= mf_modifier;
      } else if (!age_word(word(tk[k]))) {
        // "the 27-year-old" alone; with a role after it ("the 27-year-old
        // skipper") the role nominal is already there.
        continue;
      }
      mention m;
      m.type = mention_type::nominal;
      m.kind = actor_kind::person;
      m.first = k - 1;
      m.last = k + 1;
      m.span = {d.begin, tk[k].end};
      m.name = m.head = tk[k].span();
      m.flags = mf_definite | mf_description;
      if (tk[k].is(tf_in_quote)) m.flags |= mf_in_quote;
      out.push_back(m);
    }
    return out.size() > found;
  }

  // A demonym that is its own plural names a people or its government,
  // never one person: "the Chinese", "the British", "the French", "the
  // Swiss" (not "the Brazilian", "the Canadian").
  static bool plural_demonym(std::string_view w) noexcept {
    return w.size() > 3 && (iends_with(w, "ese") || iends_with(w, "ish") || iends_with(w, "ch") || iends_with(w, "sh") ||
                            iends_with(w, "ss"));
  }

  // "27-year-old", "two-year-old": an age used as a noun or adjective.
  static bool age_word(std::string_view w) noexcept {
    constexpr std::string_view tail = "-year-old";
    return w.size() > tail.size() && iends_with(w, tail);
  }

  // Two or more capitalized words end right before token `k`, in one zone,
  // and the lexicon does not know them as an entity.
  bool personal_name_before(const paragraph_scan& p, std::uint32_t k) const {
    const auto& tk = p.tokens;
    std::uint32_t b = k;
    while (b > 0 && k - b < 4 && tk[b - 1].kind == token_kind::word && tk[b - 1].is(tf_capitalized) &&
           !tk[b - 1].is(tf_possessive) && same_zone(tk[b - 1], tk[k]))
      --b;
    return k - b >= 2 && !lex_.find_entity(span_text(p, b, k));
  }

  // The end of "familiar with the matter" after a source noun: a qualifier
  // from the lexicon, then the matter, a short noun phrase that ends at
  // punctuation or at the verb ("people briefed on the plans said"); 0 if
  // there is none.
  std::uint32_t qualified_source_end(const paragraph_scan& p, std::uint32_t k) const {
    const auto& tk = p.tokens;
    const std::uint32_t n = static_cast<std::uint32_t>(tk.size());
    std::uint32_t q = 0;
    for (std::string_view phrase : anonymous_qualifiers) {
      std::uint32_t j = k;
      std::size_t at = 0;
      bool ok = true;
      while (ok && at < phrase.size()) {
        const std::size_t sp = phrase.find(' ', at);
        const std::string_view part = phrase.substr(at, sp == std::string_view::npos ? std::string_view::npos : sp - at);
        ok = j < n && tk[j].kind == token_kind::word && iequals(word(tk[j]), part);
        ++j;
        at = sp == std::string_view::npos ? phrase.size() : sp + 1;
      }
      if (ok && j > q) q = j;
    }
    if (q == 0) return 0;
    std::uint32_t e = q;
    while (e < n && e - q < 8 && tk[e].kind == token_kind::word && same_zone(tk[k], tk[e])) {
      const word_info& wi = p.info(e);
      // "the bank's thinking": a cue form after a possessive is a noun.
      const bool after_possessive = e > q && tk[e - 1].is(tf_possessive);
      if ((wi.has_cue() && !after_possessive) || wi.pronoun != pronoun_kind::none ||
          (wi.vocab & (vc_is_relative | vc_is_finite_aux | vc_is_be)) != 0)
        break;
      ++e;
    }
    // The matter must have a word of its own, not only "the".
    return e > q && !((p.info(e - 1).vocab & vc_is_determiner) != 0) ? e : 0;
  }

  // "the union representing the workers", "a firm owning two ports": an
  // "-ing" word with an object after it is a participle, not a noun the
  // head modifies ("the council meeting on Monday").
  bool participle_with_object(const paragraph_scan& p, std::uint32_t k) const noexcept {
    const auto& tk = p.tokens;
    if (k + 1 >= tk.size() || !ends_in_ing(word(tk[k])) || tk[k + 1].kind != token_kind::word) return false;
    return (p.info(k + 1).vocab & vc_is_determiner) != 0 || tk[k + 1].is(tf_capitalized) || tk[k + 1].is(tf_digit);
  }

  // The next token is a verb of saying in the past that takes a report
  // ("said", "told", "insisted"), and token `i` a plain lower-case word of
  // the same zone: the verb's likely subject. (A present "-s" form might be
  // a noun: "insurance claims", "campaign promises".)
  bool says_after(const paragraph_scan& p, std::uint32_t i) const noexcept {
    const auto& tk = p.tokens;
    if (i + 1 >= tk.size() || tk[i].kind != token_kind::word || tk[i + 1].kind != token_kind::word) return false;
    if (tk[i].is(tf_capitalized) || tk[i].is(tf_digit) || tk[i].is(tf_possessive) || !same_zone(tk[i], tk[i + 1]))
      return false;
    const word_info& v = p.info(i + 1);
    if (!v.has_cue() || p.info(i).pronoun != pronoun_kind::none) return false;
    constexpr std::uint32_t needs = cue_flags::speech | cue_flags::that_clause;
    constexpr std::uint32_t not_these = cue_flags::ambiguous | cue_flags::cognition | cue_flags::document_subject |
                                        cue_flags::phrase | cue_flags::passive | cue_flags::about_object |
                                        cue_flags::particle;
    if ((v.cue_flags & needs) != needs || (v.cue_flags & not_these) != 0) return false;
    const std::string_view verb = word(tk[i + 1]);
    return ends_in_ed(verb) || irregular_past(verb);
  }

  // An "-ly" word between a subject and its verb is a manner adverb ("Holt
  // boldly said"), not the subject; after a determiner it is a noun ("an
  // ally said", "the family said").
  bool manner_adverb(const paragraph_scan& p, std::uint32_t i) const noexcept {
    const std::string_view w = word(p.tokens[i]);
    if (w.size() < 5 || w.substr(w.size() - 2) != "ly") return false;
    return i == 0 || (p.info(i - 1).vocab & vc_is_determiner) == 0;
  }

  // A regular past tense or participle, one word ("praised", not "Oslo-based").
  static bool ends_in_ed(std::string_view w) noexcept {
    return w.size() > 3 && w.substr(w.size() - 2) == "ed" && w.find('-') == std::string_view::npos;
  }

  // Past tenses without "-ed" that follow a subject: "the bank held".
  static bool irregular_past(std::string_view w) noexcept {
    static constexpr std::string_view list[] = {
        "held", "kept", "left", "took", "made", "set", "cut", "won", "lost", "met", "sent", "led", "put", "paid",
        "sold", "bought", "began", "gave", "got", "ran", "saw", "struck", "stood", "brought", "fell", "rose",
        "spent", "found", "thought", "felt", "knew", "became", "came", "went", "chose", "drew", "hit", "let",
        "meant", "sought", "spoke", "wrote", "took", "told", "said", "heard", "shut", "withdrew", "upheld", "overturned"};
    return in_list(list, w);
  }

  static bool bare_institution(std::string_view w) noexcept {
    static constexpr std::string_view list[] = {"police", "parliament", "congress", "government", "opposition",
                                                "military", "army", "navy", "senate", "cabinet", "management",
                                                "administration", "intelligence", "customs"};
    return in_list(list, w);
  }

  std::string_view t_;
  const whosaid::lexicon& lex_;

 public:
  // Work buffers kept across paragraphs (and by the extractor across
  // articles).
  struct buffers {
    std::vector<std::uint8_t> sentence_start;
    std::vector<segment> segs;

    void trim() noexcept { release_large(sentence_start, segs); }
  };

 private:
  std::unique_ptr<buffers> own_;
  buffers& buf_;  // a finder serves one article on one thread
};

}  // namespace whosaid::detail
