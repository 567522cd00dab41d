// Stage 4 of the extractor, per paragraph: every mention and every
// attribution's speaker resolved to an actor of the article, in text order.
//
// Order matters because coreference is stateful: "he" is the last person who
// spoke or was a sentence subject, so a speaker counts from the point where
// the text names them, and a sentence's subject from where it opens the
// sentence. An attribution that inherits its speaker (a quote paragraph
// after "X said:") takes it from speaker_memory.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "../../detail/work_buffers.hpp"
#include "attribution/context.hpp"
#include "attribution/inherited_speaker.hpp"
#include "coreference.hpp"
#include "mention.hpp"
#include "text_scanner.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

class resolution {
 public:
  struct buffers {
    std::vector<int> actor_of, speaker_of, sentence_of;
    std::vector<std::uint8_t> named, subject_seen, early;  // early: resolved ahead, as a document's author
    std::vector<std::uint8_t> by_name;                     // per actor: met as a name, not only a description
    std::vector<std::size_t> order;

    void trim() noexcept { release_large(actor_of, speaker_of, sentence_of, named, by_name, subject_seen, early, order); }
  };

  // One per article, over its text; `work` may be null for own buffers.
  resolution(std::string_view text, buffers* work)
      : t_(text), coref_(text), own_(work != nullptr ? nullptr : std::make_unique<buffers>()),
        b_(work != nullptr ? *work : *own_) {
    b_.named.clear();
    b_.by_name.clear();
  }

  // Resolves paragraph `p`: its mentions `ms` and the speakers of `atts`.
  void resolve(const paragraph_scan& p, const std::vector<mention>& ms, const std::vector<attribution>& atts) {
    b_.actor_of.assign(ms.size(), -1);
    b_.early.assign(ms.size(), 0);
    b_.sentence_of.assign(p.tokens.size() + 1, -1);
    for (std::size_t si = 0; si < p.sentences.size(); ++si)
      for (std::uint32_t k = p.sentences[si].first; k < p.sentences[si].last; ++k) b_.sentence_of[k] = static_cast<int>(si);
    b_.subject_seen.assign(p.sentences.size(), 0);
    // Attributions in the order their speakers become known.
    auto position = [&](const attribution& a) -> std::uint32_t {
      return a.speaker >= 0 ? ms[static_cast<std::size_t>(a.speaker)].last : a.content_first;
    };
    b_.order.resize(atts.size());
    for (std::size_t i = 0; i < b_.order.size(); ++i) b_.order[i] = i;
    std::stable_sort(b_.order.begin(), b_.order.end(),
                     [&](std::size_t x, std::size_t y) { return position(atts[x]) < position(atts[y]); });
    b_.speaker_of.assign(atts.size(), -1);
    std::size_t next = 0;
    for (std::size_t i = 0; i < ms.size(); ++i) {
      while (next < b_.order.size() && position(atts[b_.order[next]]) <= ms[i].first)
        speaker(p, atts, b_.order[next++]);
      mention_actor(p, ms, i);
      document_of_speaker(p, ms, atts, i);
    }
    while (next < b_.order.size()) speaker(p, atts, b_.order[next++]);
    memory_.forget_introduction();
  }

  // "Tate said in a statement that ...": the statement (mention `i`) is
  // her voice, so a later "according to the statement" is Tate's. (Her
  // claim's speaker is known: it comes before the statement.)
  void document_of_speaker(const paragraph_scan& p, const std::vector<mention>& ms,
                           const std::vector<attribution>& atts, std::size_t i) {
    const auto& tk = p.tokens;
    const mention& d = ms[i];
    if (d.type != mention_type::nominal || d.kind != actor_kind::document || d.first < 2) return;
    const token& in = tk[d.first - 1];
    if (in.kind != token_kind::word || !iequals(in.span().of(t_), "in")) return;
    const int doc = b_.actor_of[i];
    if (doc < 0 || coref_.kind_of(doc) != actor_kind::document) return;
    for (std::size_t k = 0; k < atts.size(); ++k)
      if (!atts[k].cue.empty() && atts[k].cue.end == tk[d.first - 2].end && b_.speaker_of[k] >= 0)
        coref_.stands_for(doc, b_.speaker_of[k]);
  }

  // After the paragraph: "X said:" at its end introduces the next one's quotes.
  void carry(const attribution_state& left) {
    if (left.intro_speaker >= 0) memory_.introduce(b_.actor_of[static_cast<std::size_t>(left.intro_speaker)]);
  }

  // The actor of mention `i` of the paragraph last resolved, or -1.
  int actor_of(int i) const noexcept { return i >= 0 ? b_.actor_of[static_cast<std::size_t>(i)] : -1; }
  // The speaker's actor of attribution `i` of that paragraph, or -1.
  int speaker_of(std::size_t i) const noexcept { return b_.speaker_of[i]; }
  // Actor `a` was used as a name somewhere in the article, not only weakly
  // (see weak_name()).
  bool named(int a) const noexcept {
    return a >= 0 && static_cast<std::size_t>(a) < b_.named.size() && b_.named[static_cast<std::size_t>(a)];
  }

  // Actor `a` was met as a name ("Harbour Trust"), not only as a
  // description of its own ("the previous administration").
  bool has_name(int a) const noexcept {
    return a >= 0 && static_cast<std::size_t>(a) < b_.by_name.size() && b_.by_name[static_cast<std::size_t>(a)];
  }

  coreference& coref() noexcept { return coref_; }

 private:
  void speaker(const paragraph_scan& p, const std::vector<attribution>& atts, std::size_t idx) {
    const attribution& a = atts[idx];
    int actor = -1;
    if (a.inherit) actor = memory_.resolve(p.index, coref_.last_speaker());
    else if (a.speaker >= 0) actor = b_.actor_of[static_cast<std::size_t>(a.speaker)];
    b_.speaker_of[idx] = actor;
    if (actor >= 0) {
      coref_.note_speaker(actor);
      memory_.spoke(p.index);
    }
  }

  void mention_actor(const paragraph_scan& p, const std::vector<mention>& ms, std::size_t i) {
    const mention& m = ms[i];
    if (b_.early[i]) return;
    int actor = b_.actor_of[i] = coref_.resolve(p, m);
    // A document whose author the text names stands for the author ("a
    // Harbour University poll shows": the university), and so does every
    // later mention of it ("the poll"). An author inside the phrase or
    // after it is resolved here, ahead of its turn.
    if (actor >= 0 && m.type == mention_type::nominal && m.kind == actor_kind::document && m.role_of >= 0) {
      const auto j = static_cast<std::size_t>(m.role_of);
      if (j > i) {
        mention_actor(p, ms, j);
        b_.early[j] = 1;
      }
      const int author = b_.actor_of[j];
      if (author >= 0 && author != actor) {
        coref_.stands_for(actor, author);
        actor = b_.actor_of[i] = author;
      }
    }
    if (actor < 0) return;
    if (!weak_name(p, m)) {
      if (b_.named.size() <= static_cast<std::size_t>(actor)) b_.named.resize(static_cast<std::size_t>(actor) + 1, 0);
      b_.named[static_cast<std::size_t>(actor)] = 1;
      if (m.type == mention_type::name) {
        if (b_.by_name.size() <= static_cast<std::size_t>(actor)) b_.by_name.resize(static_cast<std::size_t>(actor) + 1, 0);
        b_.by_name[static_cast<std::size_t>(actor)] = 1;
      }
    }
    const int si = b_.sentence_of[m.first];
    // "City coach Ellen Marsh was ...": a role right before a person's name
    // is the name's, and the person is the sentence's subject.
    auto names_next = [&](const mention& r, const mention& nm) {
      return r.type == mention_type::nominal && r.is(mf_role) && r.last == nm.first &&
             nm.type == mention_type::name && nm.kind == actor_kind::person;
    };
    // (The names inside the role, "City", come after it in `ms`.)
    for (std::size_t k = i + 1; k < ms.size() && ms[k].first <= m.last; ++k)
      if (names_next(m, ms[k])) return;
    mention subject = m;
    for (std::size_t j = i, steps = 0; j-- > 0 && steps < 4; ++steps)
      if (names_next(ms[j], m)) subject.first = ms[j].first;
    if (si < 0 || b_.subject_seen[static_cast<std::size_t>(si)] || !opens_sentence(p, subject, si)) return;
    if (m.is(mf_in_quote) || m.is(mf_modifier) || m.is(mf_possessive) || m.type == mention_type::pronoun) return;
    b_.subject_seen[static_cast<std::size_t>(si)] = 1;
    coref_.note_subject(actor);
  }

  // A sentence's subject opens it: first, after a comma ("In May, Holm
  // ..."), or after at most a few function or calendar words ("On Monday
  // the ministry ...").
  bool opens_sentence(const paragraph_scan& p, const mention& m, int si) const noexcept {
    const std::uint32_t b = p.sentences[static_cast<std::size_t>(si)].first;
    std::uint32_t first = m.first;
    // "Quebec's Xavier Dolan was ...": a possessive before the name is part
    // of the subject.
    if (first > b && p.tokens[first - 1].is(tf_possessive) && p.tokens[first - 1].is(tf_capitalized)) {
      --first;
      while (first > b && p.tokens[first - 1].kind == token_kind::word && p.tokens[first - 1].is(tf_capitalized)) --first;
    }
    if (first != m.first) {
      mention outer = m;
      outer.first = first;
      return opens_sentence(p, outer, si);
    }
    if (m.first == b) return true;
    // ("In May, the Harbour Trust ...": the article before a name.)
    const std::uint32_t f = m.first > b + 1 && (p.info(m.first - 1).vocab & vc_is_definite) != 0 &&
                                    p.tokens[m.first - 1].kind == token_kind::word
                                ? m.first - 1
                                : m.first;
    if (f > b && is_comma(p, f - 1)) return after_opener(p, m, b);
    for (std::uint32_t k = b; k < m.first; ++k) {
      if (k - b > 3) break;
      if ((p.info(k).vocab & (vc_is_function_word | vc_is_calendar_word)) == 0) break;
      if (k + 1 == m.first) return true;
    }
    return false;
  }

  bool is_comma(const paragraph_scan& p, std::uint32_t k) const noexcept {
    return p.tokens[k].kind == token_kind::punct && t_[p.tokens[k].begin] == ',';
  }

  // After a comma, a subject follows an opening phrase ("In May, Holm
  // ...", "Speaking on Friday, the ministry ..."): near the sentence's
  // start, and not an item of a list ("between Norway, Sweden and
  // Finland").
  bool after_opener(const paragraph_scan& p, const mention& m, std::uint32_t b) const noexcept {
    constexpr std::uint32_t opener = 20;  // tokens: an opening phrase is short
    if (m.first - b > opener) return false;
    const auto& tk = p.tokens;
    if (m.last < tk.size()) {
      if (is_comma(p, m.last)) return false;
      if (tk[m.last].kind == token_kind::word && (p.info(m.last).vocab & vc_is_coordinator) != 0) return false;
    }
    return true;
  }

  // A name seen only as one unknown capitalized word opening a sentence
  // ("Governments can ...", "Nobody has ...") may be a common word; it is an
  // about-actor only once the article uses it as a name elsewhere.
  bool weak_name(const paragraph_scan& p, const mention& m) const noexcept {
    if (m.type != mention_type::name || m.last != m.first + 1 || m.is(mf_lexicon) || m.is(mf_titled) ||
        m.kind != actor_kind::unknown)
      return false;
    if (m.first == 0) return true;
    const int si = b_.sentence_of[m.first];
    if (si >= 0 && p.sentences[static_cast<std::size_t>(si)].first == m.first) return true;
    const token& prev = p.tokens[m.first - 1];
    if (prev.kind == token_kind::open_quote) return true;
    if (prev.kind != token_kind::punct) return false;
    const char c = t_[prev.begin];
    return c == '.' || c == '!' || c == '?' || c == ':';
  }

  std::string_view t_;
  coreference coref_;
  speaker_memory memory_;
  std::unique_ptr<buffers> own_;
  buffers& b_;
};

}  // namespace whosaid::detail
