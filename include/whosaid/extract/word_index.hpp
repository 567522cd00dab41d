// What the extractor's stages ask about each word token, computed once per
// token when the paragraph is scanned: its reporting cue, its lexicon word
// classes, its grammar word classes, how long an entity can start with it,
// and whether a multi-word cue or title can. Every stage used to look each
// word up again (and fold it again) for each question; now one fold of the
// token answers them all, and the stages read the record.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include "lexicon.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

struct word_info {
  std::optional<cue_info> cue;     // lexicon::find_cue(token)
  std::uint32_t word_flags = 0;    // lexicon::word_flags(token)
  std::uint32_t vocab = 0;         // vocab_class(token)
  std::uint32_t entity_words = 0;  // lexicon::max_entity_words_from(token)
  // The first folded word of every span that starts at this token is the
  // first folded word of the token alone (the token folds to several words,
  // or plain white space follows it): then the two flags below rule out
  // multi-word lookups from here.
  bool first_word_whole = false;
  bool cue_phrase_first = true;   // a multi-word cue may start with the token's first word
  bool word_phrase_first = true;  // a multi-word title or speaker noun may
  // The same at the other end: every span that ends at this token ends with
  // the token's last folded word, and a multi-word title or speaker noun may
  // end with it.
  bool last_word_whole = false;
  bool word_phrase_last = true;
  // lexicon::word_flags of the word without its final "s" (words longer than
  // three letters ending in "s"; 0 otherwise): "ministers" -> "minister".
  std::uint32_t singular_flags = 0;
};

// True when the bytes between two tokens fold to one word separator and
// nothing else: ASCII white space (other control bytes, no-break and
// typographic spaces are left to the slow path).
inline bool plain_gap(std::string_view gap) noexcept {
  if (gap.empty()) return false;
  for (char c : gap)
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) return false;
  return true;
}

// The records of the distinct words of one text: a word met again costs
// one hash of its bytes instead of the lexicon lookups. Keys are views into
// the text, which must outlive the cache. The cache is bounded: when it holds
// max_words words it starts again empty, so hostile text with no repeated
// word costs memory in proportion to that bound, not to the text.
class word_cache {
 public:
  static constexpr std::size_t max_words = 1u << 15;

  // The record of `w`, first_word_whole aside (it depends on the next token).
  const word_info& get(const whosaid::lexicon& lex, std::string_view w) {
    const std::uint32_t h = hash(w);
    if (!slots_.empty()) {
      const std::size_t mask = slots_.size() - 1;
      for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const std::uint32_t e = slots_[i];
        if (e == 0) break;
        const entry& x = entries_[e - 1];
        if (x.hash == h && x.word == w) return x.info;
      }
    }
    if (entries_.size() >= max_words) {
      entries_.clear();
      slots_.assign(slots_.size(), 0);
    }
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    entry x;
    x.word = w;
    x.hash = h;
    const whosaid::lexicon::token_facts f = lex.facts_of(w);
    x.info.cue = f.cue;
    x.info.word_flags = f.word_flags;
    x.info.vocab = f.vocab;
    x.info.entity_words = f.entity_words;
    x.info.cue_phrase_first = f.cue_phrase_first;
    x.info.word_phrase_first = f.word_phrase_first;
    x.info.word_phrase_last = f.word_phrase_last;
    x.info.first_word_whole = x.info.last_word_whole = f.folds_to_words;  // the token alone; see index_words()
    if (w.size() > 3 && w.back() == 's') x.info.singular_flags = lex.word_flags(w.substr(0, w.size() - 1));
    entries_.push_back(x);
    place(h, static_cast<std::uint32_t>(entries_.size()));
    return entries_.back().info;
  }

 private:
  struct entry {
    std::string_view word;
    std::uint32_t hash = 0;
    word_info info;
  };

  // Eight bytes at a time: words are short, and this runs for every token.
  static std::uint32_t hash(std::string_view s) noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      h = (h ^ v) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    if (i < s.size()) {
      std::uint64_t v = 0;
      std::memcpy(&v, s.data() + i, s.size() - i);
      h = (h ^ v) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    return static_cast<std::uint32_t>(h);
  }
  void place(std::uint32_t h, std::uint32_t e) noexcept {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = e;
  }
  void grow() {
    slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);  // an article's words fit the first size
    entries_.reserve(slots_.size() / 2);
    for (std::size_t k = 0; k < entries_.size(); ++k) place(entries_[k].hash, static_cast<std::uint32_t>(k + 1));
  }

  std::vector<std::uint32_t> slots_;  // entry index + 1; 0 for an empty slot
  std::vector<entry> entries_;
};

// Fills `out` with one record per token and points each token's `word` at
// its record. `text` is the article; `begin`/`end` give each token's bytes.
template <class Tokens>
void index_words(const whosaid::lexicon& lex, word_cache& cache, std::string_view text, Tokens& tokens,
                 std::vector<word_info>& out) {
  out.resize(tokens.size());
  bool gap_before = false;  // plain white space between the previous token and this one
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    // Punctuation too: a stage may ask about any token.
    auto& t = tokens[k];
    t.word = static_cast<std::uint32_t>(k);
    word_info& wi = out[k];
    wi = cache.get(lex, text.substr(t.begin, t.end - t.begin));
    const bool gap_after = k + 1 < tokens.size() && plain_gap(text.substr(t.end, tokens[k + 1].begin - t.end));
    wi.first_word_whole = wi.first_word_whole || k + 1 >= tokens.size() || gap_after;
    wi.last_word_whole = wi.last_word_whole || k == 0 || gap_before;
    gap_before = gap_after;
  }
}

}  // namespace whosaid::detail
