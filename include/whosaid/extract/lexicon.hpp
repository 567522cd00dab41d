// whosaid - the runtime lexicon: fast, allocation-free lookups over the
// built-in tables (countries, regions, outlets, organizations, cues, titles), which the
// user can extend at run time.
//
//   const auto& lx = whosaid::lexicon::builtin();   // built once, thread-safe
//   lx.find_cue("emphasised")->base                 // "emphasise"
//   lx.find_entity("Seoul")->canonical              // "South Korea" (via capital)
//   lx.is_title("Prime Minister")                   // true
//
//   whosaid::lexicon mine;                          // a copy of the built-in one
//   mine.add_entity("Korea Institute for National Unification",
//                   whosaid::actor_kind::organization, "KINU");
//
// Matching rules
//   * Keys are folded: ASCII case, Latin-1 / Latin Extended-A accents
//     ("Élysée" == "Elysee"), the apostrophes ’ ‘ ʼ == ', hyphens == spaces,
//     runs of white space == one space.
//   * Entity surfaces without a lowercase letter ("US", "U.S.", "WHO", "AP")
//     match only with the same letter case: "US" is a country, "us" is not.
//   * A few surfaces that are also common words ("Turkey", "Guardian",
//     "Labour", "White House") match only when capitalized.
//   * A leading "the" is optional: "the Kremlin" finds "Kremlin"; surfaces
//     written with "The" in the tables ("The Times") need it.
//   * Lookups never allocate (the input is folded into a stack buffer) and
//     never throw.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../kinds.hpp"
#include "lexicon/countries.hpp"
#include "lexicon/given_names.hpp"
#include "lexicon/cues.hpp"
#include "lexicon/organizations.hpp"
#include "lexicon/outlets.hpp"
#include "lexicon/regions.hpp"
#include "lexicon/titles.hpp"
#include "detail/vocabulary.hpp"

namespace whosaid {

/// A reporting cue found by lexicon::find_cue.
struct cue_info {
  std::string_view base;  ///< citation form: "say", "point out", "according to"
  std::uint32_t flags;    ///< cue_flags bits
};

/// An entity found by lexicon::find_entity.
struct gazetteer_hit {
  std::string_view canonical;  ///< "South Korea"
  actor_kind kind;             ///< country, organization, media, location, ...
  enum class via : std::uint8_t { name, alias, capital, demonym } how;  ///< how the surface matched
};

namespace detail {

// Surfaces that are also ordinary English words or phrases: they match only
// when capitalized ("Turkey", not "turkey"). Folded forms, '|'-separated.
inline constexpr std::string_view lexicon_capitalized_only =
    "turkey|chad|guinea|china|jordan|polish|french|dutch|swede|scot|lima|pentagon|"
    "white house|state department|number 10|no 10|no. 10|blue house|islamic republic|"
    "mirror|the mirror|guardian|the guardian|telegraph|the telegraph|economist|the economist|"
    "fortune|wired|sputnik|dawn|liberation|vox|verge|the verge|intercept|the intercept|"
    "inquirer|the sun|the times|the hill|the atlantic|the independent|the observer|"
    "the australian|the hindu|the scotsman|scotsman|commons|amnesty|labour|conservatives|"
    "democrats|republicans|dems|congress|senate|fed|meta|apple|amazon|wagner|crisis group|"
    "red cross|red crescent|security council|supreme court|islamic state|islamic jihad|"
    "law and justice|national rally|treasury department|justice department|"
    "defense department|homeland security department|european council|reform uk|"
    "house of commons|house of lords|house of representatives|world court|fatah|"
    "taliban|brussels|alternative for germany";

inline constexpr std::uint32_t lexicon_npos = 0xFFFFFFFFu;

constexpr bool lex_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool lex_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool lex_alpha(char c) noexcept { return lex_upper(c) || lex_lower(c); }
constexpr char lex_to_lower(char c) noexcept { return lex_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII base letters for U+00C0..U+00FF ('\0': keep the bytes as they are;
// '*' marks the two-letter foldings handled in code: Æ æ ß).
inline constexpr char lex_latin1_fold[64] = {
    'a', 'a', 'a', 'a', 'a', 'a', '*', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',   // C0-CF
    'd', 'n', 'o', 'o', 'o', 'o', 'o', '\0', 'o', 'u', 'u', 'u', 'u', 'y', '\0', '*', // D0-DF
    'a', 'a', 'a', 'a', 'a', 'a', '*', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',   // E0-EF
    'd', 'n', 'o', 'o', 'o', 'o', 'o', '\0', 'o', 'u', 'u', 'u', 'u', 'y', '\0', 'y', // F0-FF
};
// ASCII base letters for U+0100..U+017F (Latin Extended-A; Œ œ handled in code).
inline constexpr std::string_view lex_latin_ext_a_fold =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllln"
    "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// ASCII folding table: lowercase letters, '`' -> '\'', and 0 for the bytes
// that separate words (white space and '-').
struct lex_ascii_table {
  char map[128] = {};
  constexpr lex_ascii_table() {
    for (int c = 0; c < 128; ++c) map[c] = lex_to_lower(static_cast<char>(c));
    map[static_cast<int>('`')] = '\'';
    for (char c : {' ', '\t', '\n', '\r', '\f', '\v', '-'}) map[static_cast<int>(c)] = 0;
  }
};
inline constexpr lex_ascii_table lex_ascii{};

// The fold of each byte in a plain word (see lex_fold_plain), or -1 for the
// bytes that make a word not plain: separators, '`' and bytes from 0x80 up.
struct lex_plain_table {
  short map[256] = {};
  constexpr lex_plain_table() {
    for (int c = 0; c < 256; ++c) {
      const bool plain = c < 0x80 && c != '`' && (c == 0 || lex_ascii.map[c] != 0);
      map[c] = plain ? static_cast<short>(static_cast<unsigned char>(lex_ascii.map[c])) : short{-1};
    }
  }
};
inline constexpr lex_plain_table lex_plain{};

/// Folds `in` into `out` (capacity `cap`); returns the folded length, or
/// `cap + 1` when the result does not fit. Never allocates.
inline std::size_t lex_fold(std::string_view in, char* out, std::size_t cap) noexcept {
  std::size_t n = 0;
  bool pending_space = false;
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const std::size_t len = in.size();
  std::size_t i = 0;
  // Appends one folded byte, with the pending word separator before it.
  auto put = [&](char c) noexcept -> bool {
    if (pending_space) {
      pending_space = false;
      if (n > 0) {
        if (n >= cap) return false;
        out[n++] = ' ';
      }
    }
    if (n >= cap) return false;
    out[n++] = c;
    return true;
  };
  // Fastest path: the leading run of plain ASCII (most words are nothing
  // else), copied through the table without the bookkeeping below.
  while (i < len && n < cap) {
    const unsigned char c = p[i];
    if (c >= 0x80) break;
    const char f = lex_ascii.map[c];
    if (f == 0) break;  // a separator or NUL: the loop below decides
    out[n++] = f;
    ++i;
  }
  while (i < len) {
    const unsigned char c = p[i];
    if (c < 0x80) {  // fast path: ASCII
      const char f = lex_ascii.map[c];
      ++i;
      if (f == 0 && c != 0) {
        pending_space = true;
        continue;
      }
      if (!pending_space && n < cap) {
        out[n++] = f;
        continue;
      }
      if (!put(f)) return cap + 1;
      continue;
    }
    // Two-byte sequences: Latin-1 supplement and Latin Extended-A, NBSP, ʼ.
    if ((c == 0xC2 || c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < len && (p[i + 1] & 0xC0) == 0x80) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
      if (cp == 0xA0) {  // no-break space
        pending_space = true;
        i += 2;
        continue;
      }
      if (cp == 0xB4) {  // acute accent used as an apostrophe
        if (!put('\'')) return cap + 1;
        i += 2;
        continue;
      }
      if (cp >= 0xC0 && cp <= 0xFF) {
        const char f = lex_latin1_fold[cp - 0xC0];
        if (f == '*') {
          const bool ss = (cp == 0xDF);
          if (!put(ss ? 's' : 'a') || !put(ss ? 's' : 'e')) return cap + 1;
          i += 2;
          continue;
        }
        if (f != '\0') {
          if (!put(f)) return cap + 1;
          i += 2;
          continue;
        }
      } else if (cp >= 0x100 && cp <= 0x17F) {
        if (cp == 0x152 || cp == 0x153) {
          if (!put('o') || !put('e')) return cap + 1;
        } else if (!put(lex_latin_ext_a_fold[cp - 0x100])) {
          return cap + 1;
        }
        i += 2;
        continue;
      }
    } else if (c == 0xCA && i + 1 < len && p[i + 1] == 0xBC) {  // U+02BC modifier apostrophe
      if (!put('\'')) return cap + 1;
      i += 2;
      continue;
    } else if (c == 0xE2 && i + 2 < len && p[i + 1] == 0x80) {
      const unsigned char t = p[i + 2];
      if (t == 0x98 || t == 0x99 || t == 0x9B) {  // ‘ ’ ‛
        if (!put('\'')) return cap + 1;
        i += 3;
        continue;
      }
      if (t == 0x90 || t == 0x91 || (t >= 0x80 && t <= 0x8A) || t == 0xAF) {  // hyphens, typographic spaces
        pending_space = true;
        i += 3;
        continue;
      }
    }
    if (!put(static_cast<char>(c))) return cap + 1;
    ++i;
  }
  return n;
}

constexpr std::uint32_t lex_hash(std::string_view s) noexcept {
  const std::uint64_t h = fnv1a(s);
  return static_cast<std::uint32_t>(h ^ (h >> 32));
}

/// The fold of a plain word, in one pass with its lex_hash(): bytes below
/// 0x80 other than separators and '`' fold to their lower case, so most
/// words need neither lex_fold's bookkeeping nor a second pass to hash.
/// Returns false, leaving the general path to the caller, when `in` is
/// empty, longer than `cap` or not plain.
inline bool lex_fold_plain(std::string_view in, char* out, std::size_t cap, std::uint32_t& hash) noexcept {
  if (in.empty() || in.size() > cap) return false;
  std::uint64_t h = fnv1a_basis;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const short f = lex_plain.map[static_cast<unsigned char>(in[i])];
    if (f < 0) return false;
    out[i] = static_cast<char>(f);
    h = fnv1a_step(h, static_cast<unsigned char>(f));
  }
  hash = static_cast<std::uint32_t>(h ^ (h >> 32));
  return true;
}

/// Calls f(item) for every non-empty item of a '|'-separated list.
template <class F>
void lex_split(std::string_view list, F&& f) {
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t bar = list.find('|', start);
    if (bar == std::string_view::npos) bar = list.size();
    std::string_view item = list.substr(start, bar - start);
    while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\t')) item.remove_suffix(1);
    if (!item.empty()) f(item);
    start = bar + 1;
  }
}

/// Open-addressing map from folded keys (stored in a shared string pool) to
/// 32-bit values. Lookups take a string_view and never allocate.
class lex_index {
 public:
  /// Value stored for `key`, or nullptr.
  const std::uint32_t* find(std::string_view key, const std::string& pool) const noexcept {
    return find(key, lex_hash(key), pool);
  }
  /// The same with the key's lex_hash() already computed, for probing
  /// several indices with one key.
  const std::uint32_t* find(std::string_view key, std::uint32_t h, const std::string& pool) const noexcept {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.value == lexicon_npos) return nullptr;
      if (s.hash == h && s.len == key.size() && std::string_view(pool.data() + s.off, s.len) == key)
        return &s.value;
    }
  }
  std::uint32_t* find(std::string_view key, const std::string& pool) noexcept {
    return const_cast<std::uint32_t*>(static_cast<const lex_index&>(*this).find(key, pool));
  }
  /// Inserts `key` (copied into `pool`) with `value`; returns false and
  /// leaves the map unchanged if the key is already present.
  bool insert(std::string_view key, std::uint32_t value, std::string& pool) {
    if (find(key, pool) != nullptr) return false;
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const auto off = static_cast<std::uint32_t>(pool.size());
    pool.append(key.data(), key.size());
    place(slot{lex_hash(key), off, static_cast<std::uint32_t>(key.size()), value});
    ++count_;
    if (key.size() > max_len_) max_len_ = key.size();
    return true;
  }
  std::size_t size() const noexcept { return count_; }
  /// Length of the longest key: longer inputs need not be folded in full.
  std::size_t max_key_length() const noexcept { return max_len_; }

 private:
  struct slot {  // 16 bytes
    std::uint32_t hash = 0;
    std::uint32_t off = 0;
    std::uint32_t len = 0;
    std::uint32_t value = lexicon_npos;
  };
  void place(const slot& s) noexcept {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(s.hash) & mask;
    while (slots_[i].value != lexicon_npos) i = (i + 1) & mask;
    slots_[i] = s;
  }
  void grow() {
    std::vector<slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, slot{});
    for (const slot& s : old)
      if (s.value != lexicon_npos) place(s);
  }
  std::vector<slot> slots_;
  std::size_t count_ = 0;
  std::size_t max_len_ = 0;
};

// Identifies one state of one lexicon, so that caches of its answers
// (the extractor's per-thread word cache) can tell when they are stale:
// every lexicon, copy and change gets a new value, and a moved-from
// lexicon too, since its contents are gone.
class lexicon_stamp {
 public:
  lexicon_stamp() noexcept : v_(next()) {}
  lexicon_stamp(const lexicon_stamp&) noexcept : v_(next()) {}
  lexicon_stamp(lexicon_stamp&& o) noexcept : v_(o.v_) { o.renew(); }
  lexicon_stamp& operator=(const lexicon_stamp&) noexcept {
    renew();
    return *this;
  }
  lexicon_stamp& operator=(lexicon_stamp&& o) noexcept {
    v_ = o.v_;
    o.renew();
    return *this;
  }
  ~lexicon_stamp() = default;
  void renew() noexcept { v_ = next(); }
  std::uint64_t value() const noexcept { return v_; }

 private:
  static std::uint64_t next() noexcept {
    static std::atomic<std::uint64_t> counter{1};
    return counter.fetch_add(1, std::memory_order_relaxed);
  }
  std::uint64_t v_;
};

class word_cache;  // reads a lexicon through its private per-token lookup

}  // namespace detail

/// The runtime lexicon. `builtin()` is the shared read-only instance built
/// from the constexpr tables; a default-constructed lexicon is a copy of it
/// that the user can extend. All lookups are const, thread-safe on a const
/// object, never allocate and never throw.
class lexicon {
 public:
  /// Longest entity surface, in folded bytes; longer ones are ignored by
  /// add_entity and load_gazetteer.
  static constexpr std::size_t max_surface_bytes = 240;

  /// Bits returned by word_flags().
  struct word_class {
    enum : std::uint32_t {
      title = 1u << 0,           ///< can stand before a name
      honorific = 1u << 1,       ///< Mr, Mrs, Dr ...
      role = 1u << 2,            ///< role noun
      org_head = 1u << 3,        ///< organization head word (capitalized use)
      group_noun = 1u << 4,      ///< collective speaker noun
      anonymous_head = 1u << 5,  ///< anonymous-source head noun
      document = 1u << 6,        ///< a document or finding that reports ("poll", "statement")
    };
  };

  /// The shared built-in lexicon (built on first use; thread-safe).
  static const lexicon& builtin() {
    static const lexicon instance{build_tag{}};
    return instance;
  }

  /// A copy of the built-in lexicon, ready to be extended.
  lexicon() : lexicon(builtin()) {}
  lexicon(const lexicon& other)
      : pool_(other.pool_),
        owned_(other.owned_),
        entities_(other.entities_),
        entity_index_(other.entity_index_),
        first_word_index_(other.first_word_index_),
        facts_index_(other.facts_index_),
        facts_(other.facts_),
        cues_(other.cues_),
        cue_index_(other.cue_index_),
        words_(other.words_),
        word_index_(other.word_index_),
        duplicates_(other.duplicates_),
        max_words_(other.max_words_),
        max_cue_words_(other.max_cue_words_),
        max_key_len_(other.max_key_len_) {
    rebind_owned();
  }
  lexicon& operator=(const lexicon& other) {
    if (this != &other) {
      lexicon copy(other);
      *this = std::move(copy);
    }
    return *this;
  }
  lexicon(lexicon&&) noexcept = default;
  lexicon& operator=(lexicon&&) noexcept = default;
  ~lexicon() = default;

  // ---- cues ----------------------------------------------------------------

  /// A reporting verb in any inflected form ("said", "pointed out",
  /// "emphasized") or a cue phrase ("according to"); case-insensitive.
  std::optional<cue_info> find_cue(std::string_view word) const noexcept {
    const std::uint32_t* v = lookup(cue_index_, word);
    if (v == nullptr) return std::nullopt;
    const cue_rec& c = cues_[*v];
    return cue_info{c.base, c.flags};
  }

  // ---- entities ------------------------------------------------------------

  /// An exact multi-word surface ("South Korea", "Yonhap News Agency",
  /// "the Kremlin"). See the matching rules at the top of this file.
  std::optional<gazetteer_hit> find_entity(std::string_view surface) const noexcept {
    if (entities_.empty()) return std::nullopt;
    // Folding never lengthens a string, so an input whose folded form is
    // longer than the longest key (plus a stripped "the ") cannot match:
    // folding stops there. Keys are at most max_surface_bytes long.
    char buf[max_surface_bytes + 8];
    const std::size_t cap = max_key_len_ + 4;
    const std::size_t n = detail::lex_fold(surface, buf, cap);
    if (n == 0 || n > cap) return std::nullopt;
    std::string_view key(buf, n);
    if (auto hit = match_entity(key, surface)) return hit;
    if (key.size() > 4 && key.substr(0, 4) == "the ") {
      return match_entity(key.substr(4), strip_article(surface));
    }
    return std::nullopt;
  }

  /// The longest entity surface, in words (hyphens count as word breaks):
  /// the largest n-gram worth looking up.
  std::size_t max_entity_words() const noexcept { return max_words_; }

  /// The longest entity, in words, that begins with `first_word` (0 when no
  /// entity begins with it): lets an n-gram scan skip most tokens with one
  /// lookup. The first word is matched case-insensitively; a leading "the"
  /// allows one more word than max_entity_words().
  std::size_t max_entity_words_from(std::string_view first_word) const noexcept {
    char buf[256];
    const std::size_t limit = first_word_index_.max_key_length();
    const std::size_t cap = limit < sizeof buf ? limit + 1 : sizeof buf;
    const std::size_t n = detail::lex_fold(first_word, buf, cap);
    if (n == 0) return 0;
    std::string_view key(buf, n > cap ? cap : n);
    const std::size_t sp = key.find(' ');
    if (sp != std::string_view::npos) {
      key = key.substr(0, sp);
    } else if (n > cap) {
      return 0;
    }
    if (key == "the") return max_words_ + 1;
    const std::uint32_t* v = first_word_index_.find(key, pool_);
    return v != nullptr ? *v : 0;
  }

  /// Number of distinct entity surfaces indexed.
  std::size_t entity_surface_count() const noexcept { return entities_.size(); }

  /// Number of distinct cue forms indexed (verb forms and cue phrases).
  std::size_t cue_form_count() const noexcept { return cue_index_.size(); }

  /// The most words in one cue form ("was quoted as saying": 4).
  std::size_t max_cue_words() const noexcept { return max_cue_words_; }

  /// Surfaces that the built-in tables gave to two different entities (the
  /// first one wins). Empty for a consistent table set; checked by the tests.
  const std::vector<std::string>& duplicate_surfaces() const noexcept { return duplicates_; }

  // ---- titles, roles and speaker nouns --------------------------------------

  /// All word_class bits of a word or phrase (0 when unknown).
  std::uint32_t word_flags(std::string_view word) const noexcept {
    const word_rec* w = find_word(word);
    return w != nullptr ? flags_of(*w, word) : 0;
  }
  /// title_flags bits of a title or role noun (0 when unknown).
  std::uint32_t title_flags_of(std::string_view word) const noexcept {
    const word_rec* w = find_word(word);
    return w != nullptr ? w->title : 0;
  }
  /// 'm' or 'f' for a capitalized given name that one gender bears ("John",
  /// "Mary"; lexicon/given_names.hpp), else 0.
  char given_name_gender(std::string_view word) const noexcept {
    if (!starts_upper(word)) return 0;
    const word_rec* w = find_word(word);
    return w != nullptr ? w->given : 0;
  }
  /// speaker_flags bits of a group noun or anonymous head (0 when unknown).
  std::uint32_t speaker_flags_of(std::string_view word) const noexcept {
    const word_rec* w = find_word(word);
    return w != nullptr ? (w->group | w->anonymous) : 0;
  }

 private:
  struct word_rec;
  static std::uint32_t flags_of(const word_rec& rec, std::string_view word) noexcept {
    const word_rec* w = &rec;
    std::uint32_t out = 0;
    if (w->title & title_flags::pre_name) out |= word_class::title;
    if (w->title & title_flags::honorific) out |= word_class::honorific;
    if (w->title & title_flags::role) out |= word_class::role;
    if (w->org_head && starts_upper(word)) out |= word_class::org_head;
    if (w->group & speaker_flags::collective) out |= word_class::group_noun;
    if (w->anonymous != 0) out |= word_class::anonymous_head;
    if (w->group & speaker_flags::document) out |= word_class::document;
    return out;
  }

 public:

  /// "President", "Prime Minister", "Mr", "Dr.", "Gen." (case-insensitive).
  bool is_title(std::string_view w) const noexcept { return (word_flags(w) & word_class::title) != 0; }
  /// Mr, Mrs, Ms, Dr, Sir ...
  bool is_honorific(std::string_view w) const noexcept { return (word_flags(w) & word_class::honorific) != 0; }
  /// "professor", "adviser", "minister", "spokesman", "national security adviser"
  bool is_role_noun(std::string_view w) const noexcept { return (word_flags(w) & word_class::role) != 0; }
  /// "Institute", "Ministry", "University" (capitalized only)
  bool is_org_head(std::string_view w) const noexcept { return (word_flags(w) & word_class::org_head) != 0; }
  /// "analysts", "officials", "state media"
  bool is_group_noun(std::string_view w) const noexcept { return (word_flags(w) & word_class::group_noun) != 0; }
  /// "official", "source", "diplomat", "people familiar with the matter"
  bool is_anonymous_head(std::string_view w) const noexcept {
    return (word_flags(w) & word_class::anonymous_head) != 0;
  }
  /// "poll", "statement", "study", "records"
  bool is_document_noun(std::string_view w) const noexcept { return (word_flags(w) & word_class::document) != 0; }

  // ---- extension -----------------------------------------------------------

  /// Adds a cue verb (or phrase). `forms` is '|'-separated; the base is
  /// indexed too. User forms replace built-in ones.
  void add_cue(std::string_view base, std::string_view forms_pipe_separated, std::uint32_t flags) {
    std::string_view b = trim(base);
    if (b.empty()) return;
    stamp_.renew();
    const auto owned = own(b);
    const auto idx = static_cast<std::uint32_t>(cues_.size());
    cues_.push_back(cue_rec{owned_[owned], owned, flags});
    index_cue(b, idx, true);
    detail::lex_split(forms_pipe_separated, [&](std::string_view f) { index_cue(f, idx, true); });
  }

  /// Adds an entity with its aliases ('|'-separated). User surfaces take
  /// precedence over built-in ones with the same spelling.
  void add_entity(std::string_view name, actor_kind kind, std::string_view aliases_pipe_separated) {
    std::string_view n = trim(name);
    if (n.empty()) return;
    stamp_.renew();
    const auto owned = own(n);
    const std::string_view canonical = owned_[owned];
    add_surface(n, canonical, owned, kind, gazetteer_hit::via::name, true);
    detail::lex_split(aliases_pipe_separated, [&](std::string_view a) {
      add_surface(a, canonical, owned, kind, gazetteer_hit::via::alias, true);
    });
  }

  /// Adds a speaker noun with speaker_flags bits: a group ("pollsters",
  /// collective | plural; a phrase such as "rival pollsters" is matched
  /// whole), an anonymous-source head ("insider", anonymous) or a document
  /// that reports ("whitepaper", document; one word).
  void add_speaker_noun(std::string_view text, std::uint32_t flags) {
    std::string_view t = trim(text);
    if (t.empty()) return;
    stamp_.renew();
    word_rec& w = word(t);
    if (flags & speaker_flags::anonymous) w.anonymous |= flags;
    else w.group |= flags;
  }

  /// Loads a gazetteer: one entity per line, `name<TAB>kind<TAB>alias|alias`
  /// (the alias field is optional); blank lines and lines starting with '#'
  /// are skipped. Returns the number of lines that could not be read (empty
  /// name, unknown kind, too many fields). Never throws on bad lines.
  std::size_t load_gazetteer(std::string_view text) {
    std::size_t bad = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos) eol = text.size();
      std::string_view line = text.substr(pos, eol - pos);
      pos = eol + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      std::string_view t = trim(line);
      if (t.empty() || t.front() == '#') continue;
      std::string_view fields[3];
      std::size_t nf = 0;
      bool too_many = false;
      std::size_t start = 0;
      while (true) {
        std::size_t tab = line.find('\t', start);
        std::string_view f = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
        if (nf < 3) {
          fields[nf++] = trim(f);
        } else {
          too_many = true;
        }
        if (tab == std::string_view::npos) break;
        start = tab + 1;
      }
      if (too_many || nf < 2 || fields[0].empty()) {
        ++bad;
        continue;
      }
      const std::optional<actor_kind> kind = parse_kind(fields[1]);
      if (!kind) {
        ++bad;
        continue;
      }
      add_entity(fields[0], *kind, nf == 3 ? fields[2] : std::string_view{});
    }
    return bad;
  }

 private:
  // The word cache asks these once per distinct word of a text; they are
  // its contract with the lexicon, not part of the public surface.
  friend class detail::word_cache;

  // What the extractor asks about one token, answered from one fold of
  // it and one probe: each field equals the named lookup on the same token.
  struct token_facts {
    std::optional<cue_info> cue;     // find_cue(token)
    std::uint32_t word_flags = 0;    // word_flags(token)
    std::uint32_t entity_words = 0;  // max_entity_words_from(token)
    std::uint32_t vocab = 0;         // detail::vocab_class(token)
    bool folds_to_words = false;     // the token folds to several words ("Sung-lac")
    bool cue_phrase_first = true;    // its first folded word may open a multi-word cue
    bool word_phrase_first = true;   // ... or a multi-word title or speaker noun
    bool word_phrase_last = true;    // its last folded word may close a multi-word title or speaker noun
    bool cue_phrase_last = true;     // ... or a multi-word cue
  };
  token_facts facts_of(std::string_view token) const noexcept {
    token_facts f;
    char buf[256];
    std::uint32_t ph = 0;
    if (detail::lex_fold_plain(token, buf, sizeof buf, ph)) {
      // The common case: one word, its fold its lower case.
      const std::string_view key(buf, token.size());
      const key_facts* k = find_facts(key, ph);
      f.cue_phrase_first = f.word_phrase_first = f.word_phrase_last = f.cue_phrase_last = false;
      if (key == "the") f.entity_words = static_cast<std::uint32_t>(max_words_ + 1);
      if (k == nullptr) return f;
      if (k->cue != detail::lexicon_npos) f.cue = cue_info{cues_[k->cue].base, cues_[k->cue].flags};
      if (k->word != detail::lexicon_npos) f.word_flags = flags_of(words_[k->word], token);
      f.vocab = k->vocab;
      if (key != "the") f.entity_words = k->entity_words;
      f.cue_phrase_first = (k->phrase & phrase_cue) != 0;
      f.word_phrase_first = (k->phrase & phrase_word) != 0;
      f.word_phrase_last = (k->phrase & phrase_word_last) != 0;
      f.cue_phrase_last = (k->phrase & phrase_cue_last) != 0;
      return f;
    }
    const std::size_t n = detail::lex_fold(token, buf, sizeof buf);
    if (n == 0 || n > sizeof buf) {  // empty or very long: the lookups one by one
      f.cue = find_cue(token);
      f.word_flags = word_flags(token);
      f.entity_words = static_cast<std::uint32_t>(max_entity_words_from(token));
      f.vocab = detail::vocab_class(token);
      return f;
    }
    const std::string_view key(buf, n);
    const key_facts* k = find_facts(key, detail::lex_hash(key));
    if (k != nullptr) {
      // A key of an index is never longer than that index's longest key, so
      // these are exactly find_cue() and word_flags().
      if (k->cue != detail::lexicon_npos) f.cue = cue_info{cues_[k->cue].base, cues_[k->cue].flags};
      if (k->word != detail::lexicon_npos) f.word_flags = flags_of(words_[k->word], token);
    }
    // The word classes are ASCII lists matched without case: for a token
    // whose fold is its ASCII lower case they are the fold's.
    bool plain = true;
    for (char c : token)
      if (static_cast<unsigned char>(c) >= 0x80 || c == '`' || (detail::lex_ascii.map[static_cast<unsigned char>(c)] == 0 && c != 0)) {
        plain = false;
        break;
      }
    f.vocab = plain ? (k != nullptr ? k->vocab : 0) : detail::vocab_class(token);
    const std::size_t sp = key.find(' ');
    f.folds_to_words = sp != std::string_view::npos;
    const key_facts* first = f.folds_to_words ? find_facts(key.substr(0, sp), detail::lex_hash(key.substr(0, sp))) : k;
    if (key.substr(0, sp) == "the") {
      f.entity_words = static_cast<std::uint32_t>(max_words_ + 1);
    } else if (first != nullptr) {
      f.entity_words = first->entity_words;
    }
    f.cue_phrase_first = first != nullptr && (first->phrase & phrase_cue) != 0;
    f.word_phrase_first = first != nullptr && (first->phrase & phrase_word) != 0;
    const std::size_t lsp = key.rfind(' ');
    const key_facts* last =
        f.folds_to_words ? find_facts(key.substr(lsp + 1), detail::lex_hash(key.substr(lsp + 1))) : k;
    f.word_phrase_last = last != nullptr && (last->phrase & phrase_word_last) != 0;
    f.cue_phrase_last = last != nullptr && (last->phrase & phrase_cue_last) != 0;
    return f;
  }

  // Changes whenever the lexicon does (and differs between lexicons):
  // what a cache of lookups checks before it trusts its entries.
  std::uint64_t stamp() const noexcept { return stamp_.value(); }

  struct build_tag {};

  enum class case_mode : std::uint8_t { fold, exact, capitalized };

  struct entity_rec {
    std::string_view canonical;
    std::uint32_t owned;    // index into owned_ when the canonical is user data, else npos
    std::uint32_t surface;  // offset of the original surface in pool_
    std::uint32_t surface_len;
    std::uint32_t next;     // next record with the same folded key, or npos
    actor_kind kind;
    gazetteer_hit::via how;
    case_mode mode;
  };
  struct cue_rec {
    std::string_view base;
    std::uint32_t owned;
    std::uint32_t flags;
  };
  struct word_rec {
    std::uint32_t title = 0;
    std::uint32_t group = 0;
    std::uint32_t anonymous = 0;
    bool org_head = false;
    char given = 0;  // 'm' or 'f': a given name (given_names.hpp)
  };

  explicit lexicon(build_tag) {
    for (const country_entry& c : builtin_countries()) {
      const actor_kind k = c.status == country_status::territory ? actor_kind::location : actor_kind::country;
      using via = gazetteer_hit::via;
      add_surface(c.name, c.name, detail::lexicon_npos, k, via::name, false);
      detail::lex_split(c.aliases, [&](std::string_view s) {
        add_surface(s, c.name, detail::lexicon_npos, k, via::alias, false);
      });
      detail::lex_split(c.capitals, [&](std::string_view s) {
        add_surface(s, c.name, detail::lexicon_npos, k, via::capital, false);
      });
      detail::lex_split(c.demonyms, [&](std::string_view s) {
        add_surface(s, c.name, detail::lexicon_npos, k, via::demonym, false);
      });
    }
    for (const region_entry& r : builtin_regions()) {
      add_surface(r.name, r.name, detail::lexicon_npos, actor_kind::location, gazetteer_hit::via::name, false);
      detail::lex_split(r.aliases, [&](std::string_view s) {
        add_surface(s, r.name, detail::lexicon_npos, actor_kind::location, gazetteer_hit::via::alias, false);
      });
    }
    for (const organization_entry& o : builtin_organizations()) {
      const actor_kind k = parse_kind(o.kind).value_or(actor_kind::organization);
      add_surface(o.name, o.name, detail::lexicon_npos, k, gazetteer_hit::via::name, false);
      detail::lex_split(o.aliases, [&](std::string_view s) {
        add_surface(s, o.name, detail::lexicon_npos, k, gazetteer_hit::via::alias, false);
      });
    }
    for (const outlet_entry& o : builtin_outlets()) {
      add_surface(o.name, o.name, detail::lexicon_npos, actor_kind::media, gazetteer_hit::via::name, false);
      detail::lex_split(o.aliases, [&](std::string_view s) {
        add_surface(s, o.name, detail::lexicon_npos, actor_kind::media, gazetteer_hit::via::alias, false);
      });
    }
    for (const cue_entry& c : builtin_cue_verbs()) {
      const auto idx = static_cast<std::uint32_t>(cues_.size());
      cues_.push_back(cue_rec{c.base, detail::lexicon_npos, c.flags});
      detail::lex_split(c.forms, [&](std::string_view f) { index_cue(f, idx, false); });
    }
    for (const cue_phrase_entry& c : builtin_cue_phrases()) {
      const auto idx = static_cast<std::uint32_t>(cues_.size());
      cues_.push_back(cue_rec{c.text, detail::lexicon_npos, c.flags});
      index_cue(c.text, idx, false);
    }
    for (const title_entry& t : builtin_titles()) word(t.text).title |= t.flags;
    for (std::string_view h : builtin_org_heads()) word(h).org_head = true;
    detail::lex_split(detail::male_given_names, [&](std::string_view s) { word(s).given = 'm'; });
    detail::lex_split(detail::female_given_names, [&](std::string_view s) { word(s).given = 'f'; });
    for (const speaker_noun_entry& g : builtin_group_nouns()) word(g.text).group |= g.flags;
    for (const speaker_noun_entry& a : builtin_anonymous_heads()) word(a.text).anonymous |= a.flags;
    for (const speaker_noun_entry& d : builtin_document_nouns()) word(d.text).group |= d.flags;
    index_title_variants();
    for (const detail::vocab_lists::class_list& l : detail::vocab_lists::all)
      for (std::size_t i = 0; i < l.size; ++i) facts(l.words[i]).vocab |= l.bit;  // lower-case ASCII: already folded
  }

  // -- helpers ---------------------------------------------------------------

  static std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
      s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
      s.remove_suffix(1);
    return s;
  }

  static std::optional<actor_kind> parse_kind(std::string_view s) noexcept {
    char buf[16];
    if (s.size() > sizeof buf) return std::nullopt;
    for (std::size_t i = 0; i < s.size(); ++i) buf[i] = detail::lex_to_lower(s[i]);
    return parse_actor_kind(std::string_view(buf, s.size()));
  }

  // The original surface without a leading "the " (any case).
  static std::string_view strip_article(std::string_view s) noexcept {
    s = trim(s);
    if (s.size() > 4 && detail::lex_to_lower(s[0]) == 't' && detail::lex_to_lower(s[1]) == 'h' &&
        detail::lex_to_lower(s[2]) == 'e' && (s[3] == ' ' || s[3] == '\t' || s[3] == '-'))
      s.remove_prefix(4);
    return trim(s);
  }

  // First letter (after an optional leading "the ") is uppercase or non-ASCII.
  static bool starts_upper(std::string_view s) noexcept {
    for (char c : strip_article(s)) {
      if (detail::lex_alpha(c)) return detail::lex_upper(c);
      if (static_cast<unsigned char>(c) >= 0x80) return true;
    }
    return false;
  }

  // ASCII letters of a and b are the same, case included.
  static bool same_letters(std::string_view a, std::string_view b) noexcept {
    std::size_t i = 0, j = 0;
    while (true) {
      while (i < a.size() && !detail::lex_alpha(a[i])) ++i;
      while (j < b.size() && !detail::lex_alpha(b[j])) ++j;
      if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
      if (a[i] != b[j]) return false;
      ++i;
      ++j;
    }
  }

  static case_mode mode_for(std::string_view surface) noexcept {
    bool upper = false;
    for (char c : surface) {
      if (detail::lex_lower(c)) return case_mode::fold;
      if (detail::lex_upper(c)) upper = true;
    }
    return upper ? case_mode::exact : case_mode::fold;
  }

  bool is_capitalized_only(std::string_view folded) const noexcept {
    bool found = false;
    detail::lex_split(detail::lexicon_capitalized_only, [&](std::string_view w) {
      if (w == folded) found = true;
    });
    return found;
  }

  std::uint32_t own(std::string_view s) {
    owned_.emplace_back(s);
    return static_cast<std::uint32_t>(owned_.size() - 1);
  }

  void rebind_owned() noexcept {
    for (entity_rec& e : entities_)
      if (e.owned != detail::lexicon_npos) e.canonical = owned_[e.owned];
    for (cue_rec& c : cues_)
      if (c.owned != detail::lexicon_npos) c.base = owned_[c.owned];
  }

  // Folds `s` into `buf`; returns the folded view or an empty one.
  static std::string_view fold_into(std::string_view s, char* buf, std::size_t cap) noexcept {
    const std::size_t n = detail::lex_fold(s, buf, cap);
    if (n == 0 || n > cap) return {};
    return std::string_view(buf, n);
  }

  // Folding stops as soon as the input is longer than the index's longest
  // key, so long tokens are rejected early.
  const std::uint32_t* lookup(const detail::lex_index& index, std::string_view word) const noexcept {
    char buf[256];
    const std::size_t cap = index.max_key_length() < sizeof buf ? index.max_key_length() : sizeof buf;
    std::uint32_t h = 0;
    if (detail::lex_fold_plain(word, buf, cap, h)) return index.find(std::string_view(buf, word.size()), h, pool_);
    std::string_view key = fold_into(word, buf, cap);
    if (key.empty()) return nullptr;
    return index.find(key, pool_);
  }

  const word_rec* find_word(std::string_view word) const noexcept {
    const std::uint32_t* v = lookup(word_index_, word);
    return v != nullptr ? &words_[*v] : nullptr;
  }

  // Titles are indexed with and without a final period ("Dr" and "Dr.",
  // "Gen" and "Gen."), so that a lookup needs one probe.
  void index_title_variants() {
    for (const title_entry& t : builtin_titles()) {
      if (t.text.empty()) continue;
      std::string variant(t.text);
      if (variant.back() == '.') {
        variant.pop_back();
      } else if (t.flags & title_flags::abbreviation) {
        variant.push_back('.');
      } else {
        continue;
      }
      char buf[256];
      char src_buf[256];
      const std::string_view key = fold_into(variant, buf, sizeof buf);
      const std::string_view src_key = fold_into(t.text, src_buf, sizeof src_buf);
      if (key.empty() || src_key.empty() || word_index_.find(key, pool_) != nullptr) continue;
      if (const std::uint32_t* src = word_index_.find(src_key, pool_)) {
        word_index_.insert(key, *src, pool_);
        facts(key).word = *src;
        note_phrase(key, phrase_word);
      }
    }
  }

  word_rec& word(std::string_view text) {
    char buf[256];
    std::string_view key = fold_into(text, buf, sizeof buf);
    if (key.empty()) return scratch_;
    if (std::uint32_t* v = word_index_.find(key, pool_)) return words_[*v];
    const auto idx = static_cast<std::uint32_t>(words_.size());
    words_.push_back(word_rec{});
    word_index_.insert(key, idx, pool_);
    facts(key).word = idx;
    note_phrase(key, phrase_word);
    return words_.back();
  }

  void index_cue(std::string_view form, std::uint32_t idx, bool replace) {
    std::string folded(form.size(), '\0');
    std::string_view key = fold_into(form, folded.data(), folded.size());
    if (key.empty() || key.size() > max_surface_bytes) return;
    if (std::uint32_t* v = cue_index_.find(key, pool_)) {
      if (replace) *v = idx, facts(key).cue = idx;
      return;
    }
    cue_index_.insert(key, idx, pool_);
    facts(key).cue = idx;
    note_phrase(key, phrase_cue);
    const std::size_t words = 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' '));
    if (words > max_cue_words_) max_cue_words_ = words;
  }

  // Everything facts_of() needs about one folded key, so that a token costs
  // one probe: kept in step with the indices above by every insertion.
  enum : std::uint8_t { phrase_cue = 1, phrase_word = 2, phrase_word_last = 4, phrase_cue_last = 8 };
  struct key_facts {
    std::uint32_t cue = detail::lexicon_npos;   // cue_index_ value
    std::uint32_t word = detail::lexicon_npos;  // word_index_ value
    std::uint32_t entity_words = 0;             // first_word_index_ value
    std::uint32_t vocab = 0;                    // detail::vocab_class() of the key
    std::uint8_t phrase = 0;                    // first (or last) word of a multi-word cue or word key
  };
  const key_facts* find_facts(std::string_view key, std::uint32_t h) const noexcept {
    const std::uint32_t* v = facts_index_.find(key, h, pool_);
    return v != nullptr ? &facts_[*v] : nullptr;
  }
  key_facts& facts(std::string_view key) {
    if (const std::uint32_t* v = facts_index_.find(key, pool_)) return facts_[*v];
    facts_index_.insert(key, static_cast<std::uint32_t>(facts_.size()), pool_);
    facts_.emplace_back();
    return facts_.back();
  }
  // Remembers the first word of a multi-word key (and the last of a word
  // key), so that facts_of() can tell that no phrase of that kind starts (or
  // ends) with a token.
  void note_phrase(std::string_view key, std::uint8_t bit) {
    const std::size_t sp = key.find(' ');
    if (sp == std::string_view::npos) return;
    facts(key.substr(0, sp)).phrase |= bit;
    if (bit == phrase_word) facts(key.substr(key.rfind(' ') + 1)).phrase |= phrase_word_last;
    if (bit == phrase_cue) facts(key.substr(key.rfind(' ') + 1)).phrase |= phrase_cue_last;
  }

  void add_surface(std::string_view surface, std::string_view canonical, std::uint32_t owned, actor_kind kind,
                   gazetteer_hit::via how, bool user) {
    surface = trim(surface);
    std::string folded(surface.size(), '\0');
    const std::string_view key = fold_into(surface, folded.data(), folded.size());
    if (key.empty() || key.size() > max_surface_bytes) return;
    case_mode mode = mode_for(surface);
    if (mode == case_mode::fold && is_capitalized_only(key)) mode = case_mode::capitalized;

    const auto surface_off = static_cast<std::uint32_t>(pool_.size());
    entity_rec rec{canonical, owned, surface_off, static_cast<std::uint32_t>(surface.size()),
                   detail::lexicon_npos, kind, how, mode};
    std::uint32_t* head = entity_index_.find(key, pool_);
    if (head != nullptr) {
      // Same spelling seen before: skip exact repeats, report clashes.
      for (std::uint32_t i = *head; i != detail::lexicon_npos; i = entities_[i].next) {
        const entity_rec& e = entities_[i];
        const bool same_entity = e.canonical == canonical && e.kind == kind;
        const std::string_view other(pool_.data() + e.surface, e.surface_len);
        const bool can_collide = !(e.mode == case_mode::exact && mode == case_mode::exact &&
                                   !same_letters(other, surface));
        if (same_entity && e.mode == mode && (mode != case_mode::exact || same_letters(other, surface))) return;
        if (!same_entity && can_collide && !user) {
          duplicates_.push_back(std::string(surface) + " -> " + std::string(canonical) + " / " +
                                std::string(e.canonical));
          return;
        }
      }
      pool_.append(surface.data(), surface.size());
      const auto idx = static_cast<std::uint32_t>(entities_.size());
      if (user) {  // user surfaces go first
        rec.next = *head;
        entities_.push_back(rec);
        *head = idx;
      } else {  // built-in: append at the end of the chain
        entities_.push_back(rec);
        std::uint32_t i = *entity_index_.find(key, pool_);
        while (entities_[i].next != detail::lexicon_npos) i = entities_[i].next;
        entities_[i].next = idx;
      }
    } else {
      pool_.append(surface.data(), surface.size());
      const auto idx = static_cast<std::uint32_t>(entities_.size());
      entities_.push_back(rec);
      entity_index_.insert(key, idx, pool_);
    }
    std::size_t words = 1;
    for (char c : key)
      if (c == ' ') ++words;
    if (words > max_words_) max_words_ = words;
    const std::string_view first = key.substr(0, key.find(' '));
    if (std::uint32_t* v = first_word_index_.find(first, pool_)) {
      if (*v < words) *v = static_cast<std::uint32_t>(words);
    } else {
      first_word_index_.insert(first, static_cast<std::uint32_t>(words), pool_);
    }
    facts(first).entity_words = *first_word_index_.find(first, pool_);
    if (key.size() > max_key_len_) max_key_len_ = key.size();
  }

  std::optional<gazetteer_hit> match_entity(std::string_view key, std::string_view original) const noexcept {
    const std::uint32_t* head = entity_index_.find(key, pool_);
    if (head == nullptr) return std::nullopt;
    for (std::uint32_t i = *head; i != detail::lexicon_npos; i = entities_[i].next) {
      const entity_rec& e = entities_[i];
      if (e.mode == case_mode::exact &&
          !same_letters(std::string_view(pool_.data() + e.surface, e.surface_len), original))
        continue;
      if (e.mode == case_mode::capitalized && !starts_upper(original)) continue;
      return gazetteer_hit{e.canonical, e.kind, e.how};
    }
    return std::nullopt;
  }

  std::string pool_;               // folded keys and original surfaces
  std::deque<std::string> owned_;  // user-provided canonical names and cue bases
  std::vector<entity_rec> entities_;
  detail::lex_index entity_index_;
  detail::lex_index first_word_index_;  // first folded word -> longest entity from it, in words
  detail::lex_index facts_index_;  // folded key -> index into facts_
  std::vector<key_facts> facts_;
  std::vector<cue_rec> cues_;
  detail::lex_index cue_index_;
  std::vector<word_rec> words_;
  detail::lex_index word_index_;
  std::vector<std::string> duplicates_;
  std::size_t max_words_ = 0;
  std::size_t max_cue_words_ = 1;
  std::size_t max_key_len_ = 0;
  detail::lexicon_stamp stamp_;
  word_rec scratch_;  // sink for unusable table rows (empty or too long)
};

}  // namespace whosaid
