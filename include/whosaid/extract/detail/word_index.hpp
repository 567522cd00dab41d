// What the extractor's stages ask about each word token, computed once per
// token when the paragraph is scanned: its reporting cue, its lexicon word
// classes, its grammar word classes, how long an entity can start with it,
// and whether a multi-word cue or title can. Every stage used to look each
// word up again (and fold it again) for each question; now one fold of the
// token answers them all, and the stages read the record.
#pragma once

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include "../lexicon.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

// Packed into 32 bytes: the word cache holds one per distinct word and the
// scan copies one per token, so its size is what the per-token cost is.
struct word_info {
  // lexicon::find_cue(token): the citation form (as a pointer and length,
  // into the lexicon) and the flags; cue_base is null when the token is
  // no cue.
  const char* cue_base = nullptr;
  std::uint32_t cue_flags = 0;
  std::uint32_t vocab = 0;          // vocab_class(token)
  std::uint16_t cue_base_len = 0;
  // vocab and word_flags of the word without a possessive ending
  // (strip_possessive: "Ministry’s" -> "Ministry"); the token's own for
  // any other word. Only the noun classes below bit 16 are kept: the
  // possessive base is read for the kind of a name.
  std::uint16_t base_vocab = 0;
  std::uint8_t word_flags = 0;      // lexicon::word_flags(token)
  std::uint8_t base_word_flags = 0;
  // lexicon::word_flags of the word without its final "s" (words longer than
  // three letters ending in "s"; 0 otherwise): "ministers" -> "minister".
  std::uint8_t singular_flags = 0;
  // The plural of an organization noun ("unions", "charities",
  // "organisations"): a collective of such bodies.
  bool plural_org_noun = false;
  std::uint8_t entity_words = 0;    // lexicon::max_entity_words_from(token), at most 255
  pronoun_kind pronoun = pronoun_kind::none;  // subject_pronoun(token)
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
  bool cue_phrase_last = true;    // a multi-word cue may end with it

  bool has_cue() const noexcept { return cue_base != nullptr; }
  std::optional<cue_info> cue() const noexcept {
    if (cue_base == nullptr) return std::nullopt;
    return cue_info{std::string_view(cue_base, cue_base_len), cue_flags};
  }
};
static_assert(sizeof(word_info) <= 32, "word_info is copied per token: keep it small");

// The word without a possessive ending: "Korea’s" -> "Korea", "Norvik'" -> "Norvik".
inline std::string_view strip_possessive(std::string_view w) noexcept {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.substr(w.size() - 2) == "'S")) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  if (w.size() > 1 && w.back() == '\'') return w.substr(0, w.size() - 1);
  if (w.size() > 3 && w.substr(w.size() - 3) == "\xE2\x80\x99") return w.substr(0, w.size() - 3);
  return w;
}

// True when the bytes between two tokens fold to one word separator and
// nothing else: ASCII white space (other control bytes, no-break and
// typographic spaces are left to the slow path).
inline bool plain_gap(std::string_view gap) noexcept {
  if (gap.empty()) return false;
  for (char c : gap)
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) return false;
  return true;
}

// The records of the distinct words met so far: a word met again costs one
// hash of its bytes instead of the lexicon lookups. The cache keeps its own
// copy of each word, so it can outlive the text and serve article after
// article: news vocabulary repeats, and an article of a few kilobytes
// would otherwise pay the lookups for most of its words. It answers for
// one state of one lexicon (bind() forgets everything when that changes)
// and is bounded: at max_words words or max_pool_bytes of keys it starts
// again empty, so hostile text with no repeated word costs memory in
// proportion to those bounds, not to the text.
class word_cache {
 public:
  static constexpr std::size_t max_words = 1u << 15;
  static constexpr std::size_t max_key_bytes = 64;  // longer tokens are looked up each time
  static constexpr std::size_t max_pool_bytes = max_words * 16;

  // Makes the cache answer for `lex` as it is now.
  void bind(const whosaid::lexicon& lex) {
    if (stamp_ == lex.stamp()) return;
    clear();
    stamp_ = lex.stamp();
  }

  // The key of a word: its hash, length and a "head" of up to eight bytes
  // that, for words of eight bytes or fewer, determines the word with the
  // length. Most words are that short, so a probe confirms them from the
  // slot alone.
  struct key {
    std::uint64_t head = 0;
    std::uint32_t hash = 0;
    std::uint32_t len = 0;
  };
  static key key_of(std::string_view w, const char* readable_end = nullptr) noexcept;

  // A word's record (first_word_whole aside: it depends on the next token)
  // is find(), or insert() when the cache does not have it yet; `lex` must
  // be the lexicon of the last bind().

  // The stored record of `w`, or null, without a lexicon lookup.
  const word_info* find(std::string_view w, const key& k) const noexcept {
    if (w.size() == 1 && static_cast<unsigned char>(w[0]) < 0x80)
      return ascii_known_[static_cast<unsigned char>(w[0])] ? &ascii_[static_cast<unsigned char>(w[0])] : nullptr;
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = k.hash & mask;; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.entry == 0) return nullptr;
      if (s.hash != k.hash || s.len != k.len || s.head != k.head) continue;
      if (k.len <= 8 || same_bytes(pool_.data() + offs_[s.entry - 1u] + 8, w.data() + 8, k.len - 8))
        return &infos_[s.entry - 1u];
    }
  }

  // Looks `w` up in the lexicon and keeps the record. Records found before
  // may move or go (the cache may grow or empty).
  const word_info& insert(const whosaid::lexicon& lex, std::string_view w, const key& k) {
    // One ASCII byte (punctuation, "a", "I"): a direct table.
    if (w.size() == 1 && static_cast<unsigned char>(w[0]) < 0x80) {
      const auto c = static_cast<unsigned char>(w[0]);
      ascii_[c] = lookup(lex, w);
      ascii_known_[c] = true;
      return ascii_[c];
    }
    const word_info info = lookup(lex, w);
    if (w.size() > max_key_bytes) {
      scratch_ = info;
      return scratch_;
    }
    if (infos_.size() >= max_words || pool_.size() + w.size() > max_pool_bytes) clear();
    if ((infos_.size() + 1) * 2 > slots_.size()) grow();
    offs_.push_back(static_cast<std::uint32_t>(pool_.size()));
    infos_.push_back(info);
    pool_.append(w.data(), w.size());
    place(slot{k.head, k.hash, static_cast<std::uint16_t>(infos_.size()), static_cast<std::uint16_t>(w.size())});
    return infos_.back();
  }

  std::size_t size() const noexcept { return infos_.size(); }

 private:
  // A probe touches nothing else until a word matches in hash, length and
  // head.
  struct slot {
    std::uint64_t head = 0;
    std::uint32_t hash = 0;
    std::uint16_t entry = 0;  // index + 1 into offs_ and infos_; 0 for an empty slot
    std::uint16_t len = 0;
  };
  static_assert(max_words <= 0xFFFF && max_key_bytes <= 0xFFFF, "slot fields are 16-bit");

  static word_info lookup(const whosaid::lexicon& lex, std::string_view w) {
    word_info info;
    const whosaid::lexicon::token_facts f = lex.facts_of(w);
    if (f.cue) {
      info.cue_base = f.cue->base.data();
      info.cue_base_len = static_cast<std::uint16_t>(f.cue->base.size());
      info.cue_flags = f.cue->flags;
    }
    info.word_flags = narrow8(f.word_flags);
    info.vocab = f.vocab;
    // "US", "IN": a name the lexicon writes in capitals (and matches only
    // so) is not the function word its letters spell in lower case.
    if (info.vocab != 0 && w.size() >= 2 && capitals_only(w) && lex.find_entity(w)) info.vocab = 0;
    info.entity_words = static_cast<std::uint8_t>(f.entity_words < 255 ? f.entity_words : 255);
    info.cue_phrase_first = f.cue_phrase_first;
    info.word_phrase_first = f.word_phrase_first;
    info.word_phrase_last = f.word_phrase_last;
    info.cue_phrase_last = f.cue_phrase_last;
    info.first_word_whole = info.last_word_whole = f.folds_to_words;  // the token alone; see index_words()
    if (w.size() > 3 && w.back() == 's') {
      info.singular_flags = narrow8(lex.word_flags(w.substr(0, w.size() - 1)));
      info.plural_org_noun = (vocab_class(w.substr(0, w.size() - 1)) & vc_is_org_noun) != 0;
      if (!info.plural_org_noun && w.size() > 4 && iequals(w.substr(w.size() - 3), "ies")) {
        std::string singular(w.substr(0, w.size() - 3));
        singular += 'y';
        info.plural_org_noun = (vocab_class(singular) & vc_is_org_noun) != 0;
      }
    }
    const std::string_view base = strip_possessive(w);
    if (base.size() == w.size()) {
      info.base_word_flags = info.word_flags;
      info.base_vocab = static_cast<std::uint16_t>(info.vocab);
    } else {
      info.base_word_flags = narrow8(lex.word_flags(base));
      info.base_vocab = static_cast<std::uint16_t>(vocab_class(base));
    }
    info.pronoun = subject_pronoun(w);
    return info;
  }
  static bool capitals_only(std::string_view w) noexcept {
    for (char ch : w)
      if (ch >= 'a' && ch <= 'z') return false;
    return true;
  }
  // lexicon::word_class bits all fit in a byte.
  static std::uint8_t narrow8(std::uint32_t flags) noexcept { return static_cast<std::uint8_t>(flags); }

  static bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
    for (; n >= 8; a += 8, b += 8, n -= 8) {
      std::uint64_t x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      if (x != y) return false;
    }
    for (; n > 0; ++a, ++b, --n)
      if (*a != *b) return false;
    return true;
  }

  void place(slot s) noexcept {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = s.hash & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
  void grow() {
    std::vector<slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 4096 : old.size() * 2, slot{});  // an article's words fit the first size
    for (const slot& s : old)
      if (s.entry != 0) place(s);
  }
  void clear() noexcept {
    std::fill(std::begin(ascii_known_), std::end(ascii_known_), false);
    offs_.clear();
    infos_.clear();
    pool_.clear();
    std::fill(slots_.begin(), slots_.end(), slot{});
  }

  std::vector<slot> slots_;
  std::vector<std::uint32_t> offs_;  // each word's bytes in pool_
  std::vector<word_info> infos_;
  std::string pool_;
  word_info scratch_;
  word_info ascii_[128];
  bool ascii_known_[128] = {};
  std::uint64_t stamp_ = 0;  // lexicon stamps start at 1
};

// Eight bytes at a time, little-endian, the last chunk zero-padded: words
// are short, and this runs for every token. The head is the first chunk.
// With `readable_end` (the end of the text the word lies in), a chunk is
// one eight-byte load, masked, wherever eight bytes can be read: no
// branches on the word's length, whose mispredictions cost more than the
// hashing. The key is the same either way.
inline word_cache::key word_cache::key_of(std::string_view w, const char* readable_end) noexcept {
  static constexpr std::uint64_t masks[9] = {0,
                                             0xFFull,
                                             0xFFFFull,
                                             0xFFFFFFull,
                                             0xFFFFFFFFull,
                                             0xFFFFFFFFFFull,
                                             0xFFFFFFFFFFFFull,
                                             0xFFFFFFFFFFFFFFull,
                                             ~0ull};
  const char* p = w.data();
  const std::size_t n = w.size();
  key k;
  k.len = static_cast<std::uint32_t>(n);
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  for (std::size_t i = 0; i < n; i += 8) {
    const std::size_t m = n - i < 8 ? n - i : 8;
    std::uint64_t v = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (readable_end != nullptr && readable_end - (p + i) >= 8) {
      std::memcpy(&v, p + i, 8);
      v &= masks[m];
    } else
#endif
    {
      for (std::size_t j = 0; j < m; ++j) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i + j])) << (8 * j);
    }
    if (i == 0) k.head = v;
    h = (h ^ v) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  k.hash = static_cast<std::uint32_t>(h);
  return k;
}

// Fills `out` with one record per token and points each token's `word` at
// its record. `text` is the article; `begin`/`end` give each token's bytes.
template <class Tokens>
void index_words(const whosaid::lexicon& lex, word_cache& cache, std::string_view text, Tokens& tokens,
                 std::vector<word_info>& out) {
  const std::size_t n = tokens.size();
  out.resize(n);
  const char* const s = text.data();
  auto bytes = [&](std::size_t k) {
    return std::string_view(s + tokens[k].begin, tokens[k].end - tokens[k].begin);
  };
  // Plain white space between tokens k and k + 1 (one space, most often).
  auto gap_after = [&](std::size_t k) {
    if (k + 1 >= n) return false;
    const std::uint32_t e = tokens[k].end, b = tokens[k + 1].begin;
    if (b == e + 1 && s[e] == ' ') return true;
    return plain_gap(std::string_view(s + e, b - e));
  };
  bool gap_before = false;  // plain white space between the previous token and this one
  const char* const readable_end = s + text.size();
  for (std::size_t k = 0; k < n; ++k) {
    // Punctuation too: a stage may ask about any token.
    tokens[k].word = static_cast<std::uint32_t>(k);
    const std::string_view w = bytes(k);
    const word_cache::key key = word_cache::key_of(w, readable_end);
    const word_info* hit = cache.find(w, key);
    word_info& wi = out[k];
    wi = hit != nullptr ? *hit : cache.insert(lex, w, key);
    const bool after = gap_after(k);
    wi.first_word_whole = wi.first_word_whole || k + 1 >= n || after;
    wi.last_word_whole = wi.last_word_whole || k == 0 || gap_before;
    gap_before = after;
  }
}

}  // namespace whosaid::detail
