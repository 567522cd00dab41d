// Stage 1 of the extractor: from raw bytes to paragraphs, tokens, quotation
// spans and sentences.
//
// The scanner walks the text once, one paragraph at a time, and reuses its
// buffers, so memory is bounded by the longest paragraph, not the article.
// It never throws and accepts any bytes: invalid UTF-8 and NUL bytes are
// word characters like any other non-ASCII byte, and every loop advances.
//
// Quotation marks follow news typography:
//  - straight " (direction read from the neighbouring characters), curly
//    “ ”, low „, guillemets « »; single ‘ ’ and ' inside or outside double
//    quotes; an apostrophe inside or at the edge of a word (Korea’s, don't,
//    the ’90s, workers') is part of the word, not a quote;
//  - nested quotes raise a depth counter (capped, so hostile nesting costs
//    nothing); only the outermost double quote is a quotation;
//  - an opening mark met inside an open quote right after the end of a
//    sentence starts a new quotation (the writer dropped a closing mark, or
//    a paragraph break was lost);
//  - a quote still open at the end of its paragraph either runs on into the
//    next paragraph, when that one starts with an opening mark (the news
//    convention for long quotes), or is closed at the paragraph end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "../../detail/text.hpp"
#include "../../text_span.hpp"
#include "../lexicon.hpp"
#include "word_index.hpp"

namespace whosaid::detail {

enum class token_kind : std::uint8_t {
  word,         // letters, digits and the apostrophes, hyphens and dots inside them
  punct,        // one punctuation character
  dash,         // - – — used as a dash
  ellipsis,     // … or ...
  open_quote,   // a double quotation mark that opens
  close_quote,  // a double quotation mark that closes
  open_single,  // ‘ or ' opening a single-quoted stretch
  close_single  // ’ or ' closing one
};

// Token flags.
enum : std::uint8_t {
  tf_capitalized = 1,   // starts with an upper-case letter
  tf_in_quote = 2,      // inside a double quotation (any depth)
  tf_digit = 4,         // starts with a digit
  tf_possessive = 8,    // ends in 's, ’s or s'
  tf_in_single = 16,    // inside a single-quoted stretch at depth 0
};

struct token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  token_kind kind = token_kind::word;
  std::uint8_t flags = 0;
  // Index of the token's record in paragraph_scan::words. The record follows
  // the token when a later stage drops or moves tokens.
  std::uint32_t word = 0;

  bool is(std::uint8_t f) const noexcept { return (flags & f) != 0; }
  text_span span() const noexcept { return {begin, end}; }
};

// A stretch of quoted text in one paragraph.
struct quotation {
  text_span outer;              // from the opening mark to the closing one (or the paragraph end)
  text_span inner;              // without the marks and surrounding spaces
  std::uint32_t first = 0;      // tokens inside: [first, last), marks excluded
  std::uint32_t last = 0;
  std::uint32_t open_token = 0; // index of the opening mark token
  bool closed = false;          // ended by a closing mark
  bool continued = false;       // runs on into the next paragraph
  bool continuation = false;    // continues a quote left open by the previous paragraph
  bool single = false;          // single quotation marks at the top level
};

// A sentence as a token range of its paragraph. Sentence ends inside a
// quotation do not split: a quote and the words that attribute it belong to
// one sentence.
struct sentence {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

// One paragraph, as scanned. Token, quotation and sentence indices are local
// to the paragraph.
struct paragraph_scan {
  text_span span;
  std::uint32_t index = 0;  // 0-based paragraph number in the article
  std::vector<token> tokens;
  std::vector<quotation> quotes;  // double quotations first-to-last, then single ones
  std::vector<sentence> sentences;
  std::vector<word_info> words;  // what the lexicon knows of each token: see info()

  // The lexicon's facts about token `k`.
  const word_info& info(std::uint32_t k) const noexcept { return words[tokens[k].word]; }

  void clear() noexcept {
    tokens.clear();
    quotes.clear();
    sentences.clear();
    words.clear();
  }
};

// A paragraph wholly in square brackets: a web page's embed or editor's
// note ("[Video: Mayor Lind Speech at the Harbour Forum]", "[Read more:
// ...]"), not the article's prose: its capitalized words are no names.
inline bool bracketed(std::string_view text, const paragraph_scan& p) noexcept {
  std::string_view s = p.span.of(text);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '.' || s.back() == '\r')) s.remove_suffix(1);
  return s.size() >= 2 && s.front() == '[' && s.back() == ']' && s.find(']') == s.size() - 1;
}

// A paragraph in title case ("Ferry Fares Will Double by Spring"), as a
// headline is: after its first word, every word is capitalized but for
// short function words, and there are a few.
inline bool title_case(const paragraph_scan& p) noexcept {
  std::size_t words = 0, capitalized = 0;
  bool first = true;
  for (std::uint32_t k = 0; k < p.tokens.size(); ++k) {
    const token& t = p.tokens[k];
    if (t.kind != token_kind::word) continue;
    if (first) {
      first = false;
      continue;
    }
    ++words;
    if (t.is(tf_capitalized) || t.is(tf_digit)) ++capitalized;
    else if ((p.info(k).vocab & vc_is_function_word) == 0) return false;
  }
  return words >= 3 && capitalized >= 2;
}

// ---- character classes -------------------------------------------------------

// What a multi-byte (or ASCII) punctuation or space sequence at `i` is.
enum class glyph : std::uint8_t {
  none,  // a word character (letter, digit, any other byte)
  space,
  newline,
  dquote_straight,
  dquote_open,
  dquote_close,
  squote_straight,
  squote_open,
  squote_close,
  dash,
  ellipsis,
  punct
};

struct glyph_info {
  glyph g = glyph::none;
  std::uint32_t size = 1;
};

inline glyph_info glyph_at(std::string_view t, std::size_t i) noexcept {
  auto u = [&](std::size_t k) -> unsigned char { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0; };
  unsigned char c = u(0);
  if (c < 0x80) {
    if (c == '\n' || c == '\r') return {glyph::newline, 1};
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0) return {glyph::space, 1};
    if (c == '"') return {glyph::dquote_straight, 1};
    // Two apostrophes or two backticks stand for a double quotation mark in
    // some archives and wire feeds: ''...'' and ``...''.
    if (c == '\'') return u(1) == '\'' ? glyph_info{glyph::dquote_straight, 2} : glyph_info{glyph::squote_straight, 1};
    if (c == '`' && u(1) == '`') return {glyph::dquote_open, 2};
    if (c == '-') return {glyph::dash, 1};
    if (c == '.' && u(1) == '.' && u(2) == '.') return {glyph::ellipsis, 3};
    if (is_ascii_alpha(static_cast<char>(c)) || is_ascii_digit(static_cast<char>(c))) return {glyph::none, 1};
    if (c < 0x20 || c == 0x7f) return {glyph::space, 1};  // control characters separate words
    return {glyph::punct, 1};
  }
  if (c == 0xC2) {
    unsigned char d = u(1);
    if (d == 0xA0) return {glyph::space, 2};         // no-break space
    if (d == 0xAB) return {glyph::dquote_open, 2};   // «
    if (d == 0xBB) return {glyph::dquote_close, 2};  // »
    if (d == 0x85) return {glyph::newline, 2};       // NEL
    return {glyph::none, 1};
  }
  if (c == 0xE2 && u(1) == 0x80) {
    unsigned char d = u(2);
    // Invalid UTF-8 (no continuation byte) is one word byte: a glyph never
    // swallows an ASCII byte, which may be a line break.
    if ((d & 0xC0) != 0x80) return {glyph::none, 1};
    if (d <= 0x8B || d == 0xAF) return {glyph::space, 3};  // en quad .. zero-width space, narrow nbsp
    if (d == 0xA8 || d == 0xA9) return {glyph::newline, 3};  // line / paragraph separator
    if (d == 0x90 || d == 0x91) return {glyph::punct, 3};    // hyphens: keep as punctuation
    if (d >= 0x92 && d <= 0x95) return {glyph::dash, 3};     // figure dash, en, em, bar
    if (d == 0x98) return {glyph::squote_open, 3};           // ‘
    if (d == 0x99) return {glyph::squote_close, 3};          // ’
    if (d == 0x9A) return {glyph::punct, 3};                 // ‚
    if (d == 0x9B) return {glyph::squote_open, 3};           // ‛
    if (d == 0x9C || d == 0x9E || d == 0x9F) return {glyph::dquote_open, 3};  // “ „ ‟
    if (d == 0x9D) return {glyph::dquote_close, 3};          // ”
    if (d == 0xA2 || d == 0xA3 || d == 0xA7) return {glyph::punct, 3};
    if (d == 0xA6) return {glyph::ellipsis, 3};              // …
    if (d == 0xB9) return {glyph::squote_open, 3};           // ‹
    if (d == 0xBA) return {glyph::squote_close, 3};          // ›
    return {glyph::none, 1};
  }
  if (c == 0xE3 && u(1) == 0x80 && u(2) == 0x80) return {glyph::space, 3};  // ideographic space
  return {glyph::none, 1};
}

// Bytes that glyph_at() always reads as a one-byte word character: ASCII
// letters and digits, and every byte from 0x80 up except the lead bytes of
// the spaces, quotes and dashes it knows (C2, E2, E3). The scanner's loops
// skip runs of them without decoding.
struct plain_word_bytes {
  bool is[256] = {};
  constexpr plain_word_bytes() {
    for (int c = 0; c < 256; ++c)
      is[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              (c >= 0x80 && c != 0xC2 && c != 0xE2 && c != 0xE3);
  }
};
inline constexpr plain_word_bytes plain_word{};

inline bool is_plain_word_byte(char c) noexcept { return plain_word.is[static_cast<unsigned char>(c)]; }

inline bool is_word_glyph(std::string_view t, std::size_t i) noexcept {
  return i < t.size() && glyph_at(t, i).g == glyph::none;
}

// Upper-case initial: ASCII, or a Latin-1 capital (À..Þ) in UTF-8.
inline bool starts_upper(std::string_view t, std::size_t i) noexcept {
  if (i >= t.size()) return false;
  auto c = static_cast<unsigned char>(t[i]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && i + 1 < t.size()) {
    auto d = static_cast<unsigned char>(t[i + 1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  if ((c == 0xC4 || c == 0xC5) && i + 1 < t.size()) return (static_cast<unsigned char>(t[i + 1]) & 1) == 0;
  return false;
}

// ---- paragraphs --------------------------------------------------------------

// Paragraph boundaries. A blank line always ends a paragraph; a single line
// break ends one when the line before ends a sentence or a quote, or the next
// line opens a quote, so both one-paragraph-per-line texts and hard-wrapped
// texts come out right.
//
// A paragraph is at most max_paragraph_bytes long: a longer stretch without
// a paragraph break is cut after a sentence. The scan of a paragraph takes
// some thirty times its size, and a text with no breaks at all (a megabyte
// on one line) is no paragraph a writer meant; the longest line in the 962
// corpus articles is 2.6 KB.
class paragraph_splitter {
 public:
  static constexpr std::size_t max_paragraph_bytes = std::size_t{1} << 16;

  explicit paragraph_splitter(std::string_view text) noexcept : t_(text) {}

  // The next non-empty paragraph, trimmed; false at the end.
  bool next(text_span& out) noexcept {
    const std::size_t n = t_.size();
    // Skip leading blanks.
    while (pos_ < n) {
      glyph_info g = glyph_at(t_, pos_);
      if (g.g != glyph::space && g.g != glyph::newline) break;
      pos_ += g.size;
    }
    if (pos_ >= n) return false;
    const std::size_t begin = pos_;
    const std::size_t cap = n - begin > max_paragraph_bytes ? begin + max_paragraph_bytes : n;
    // Only line breaks can end a paragraph, so the scan jumps from one to
    // the next and looks back from each over the white space before it.
    // Between a line break that does not end the paragraph and the next
    // there is always text, so the look back never crosses a line.
    for (;;) {
      const std::size_t nl = next_newline(pos_, cap);
      if (nl >= cap) {
        const std::size_t e = cap == n ? n : cut_point(begin, cap);
        out = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(solid_end(begin, e))};
        pos_ = e;
        return true;
      }
      std::size_t j = nl + glyph_at(t_, nl).size;
      bool blank = false;
      // A second line break before any text: a blank line.
      while (j < n) {
        glyph_info h = glyph_at(t_, j);
        if (h.g == glyph::newline) {
          if (!(t_[j - 1] == '\r' && t_[j] == '\n')) blank = true;
        } else if (h.g != glyph::space) {
          break;
        }
        j += h.size;
      }
      const std::size_t end = solid_end(begin, nl);
      bool ends = blank || j >= n;
      if (!ends) {
        const char last_char = t_[end - 1];
        const glyph last = last_glyph(begin, end);
        bool sentence_end = last_char == '.' || last_char == '!' || last_char == '?' || last_char == ':' ||
                            last_char == ')' || last == glyph::dquote_close || last == glyph::dquote_straight ||
                            last == glyph::squote_close || last == glyph::ellipsis;
        glyph_info h = glyph_at(t_, j);
        bool opens = h.g == glyph::dquote_open || h.g == glyph::dquote_straight || h.g == glyph::squote_open ||
                     h.g == glyph::dash || t_[j] == '*' || t_[j] == '#';
        ends = sentence_end || opens;
      }
      pos_ = j;
      if (ends) {
        out = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
        return true;
      }
    }
  }

 private:
  // Where to cut a paragraph that reaches `cap` without a break: after the
  // last sentence end ('.', '!' or '?' and a space) in the second half of
  // it, else at its last space there, else at the last glyph boundary.
  std::size_t cut_point(std::size_t begin, std::size_t cap) const noexcept {
    const std::size_t half = begin + (cap - begin) / 2;
    for (std::size_t k = cap - 1; k > half; --k)
      if (t_[k] == ' ' && (t_[k - 1] == '.' || t_[k - 1] == '!' || t_[k - 1] == '?')) return k;
    for (std::size_t k = cap - 1; k > half; --k)
      if (t_[k] == ' ') return k;
    std::size_t k = cap;
    while (k > half && (static_cast<unsigned char>(t_[k]) & 0xC0) == 0x80) --k;
    return k;
  }

  // The first line break at or after `i` and before `n` (`n` when none): a
  // byte loop that decodes only at the lead bytes of the line breaks.
  std::size_t next_newline(std::size_t i, std::size_t n) const noexcept {
    // Eight bytes at a time while none of them is \n, \r or the lead byte
    // of a Unicode line break (C2, E2): most of a paragraph.
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has = [](std::uint64_t x, std::uint64_t b) {
      const std::uint64_t v = x ^ (ones * b);
      return (v - ones) & ~v & highs;
    };
    auto newline_at = [&](std::size_t j) {
      const auto c = static_cast<unsigned char>(t_[j]);
      return c == '\n' || c == '\r' || ((c == 0xC2 || c == 0xE2) && glyph_at(t_, j).g == glyph::newline);
    };
    for (; i + 8 <= n; i += 8) {
      std::uint64_t x;
      std::memcpy(&x, t_.data() + i, 8);
      std::uint64_t hits = has(x, '\n') | has(x, '\r') | has(x, 0xC2) | has(x, 0xE2);
      if (hits == 0) continue;
      // Each flagged byte in text order (the test may also flag a byte
      // after a real one; every flag is checked).
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      for (std::size_t b = 0; hits != 0; ++b, hits >>= 8)
        if ((hits & 0x80) != 0 && newline_at(i + b)) return i + b;
#else
      for (std::size_t b = 0; b < 8; ++b)
        if (newline_at(i + b)) return i + b;
#endif
    }
    for (; i < n; ++i)
      if (newline_at(i)) return i;
    return n;
  }

  // The end of the last glyph before `e` that is not white space (`begin`,
  // a glyph that is not, bounds the look back). Decoding backwards agrees
  // with glyph_at()'s forward decoding: no multi-byte glyph it knows ends
  // with a byte that could start another.
  std::size_t solid_end(std::size_t begin, std::size_t e) const noexcept {
    auto u = [&](std::size_t k) { return static_cast<unsigned char>(t_[k]); };
    while (e > begin) {
      const unsigned char c = u(e - 1);
      if (c < 0x80) {
        if (c == ' ' || c < 0x20 || c == 0x7f) {
          --e;
          continue;
        }
        break;
      }
      if (e - begin >= 2 && c == 0xA0 && u(e - 2) == 0xC2) {
        e -= 2;
        continue;
      }
      if (e - begin >= 3 && u(e - 2) == 0x80 && ((u(e - 3) == 0xE2 && (c <= 0x8B || c == 0xAF)) ||
                                                (u(e - 3) == 0xE3 && c == 0x80))) {
        e -= 3;
        continue;
      }
      break;
    }
    return e;
  }

  // The glyph that ends at `e`.
  glyph last_glyph(std::size_t begin, std::size_t e) const noexcept {
    const auto c = static_cast<unsigned char>(t_[e - 1]);
    if (c == '\'') {
      // A run of apostrophes decodes in pairs from its start: an even run
      // ends with a double mark.
      std::size_t run = 0;
      while (e - run > begin && t_[e - run - 1] == '\'') ++run;
      return run % 2 == 0 ? glyph::dquote_straight : glyph::squote_straight;
    }
    if (c < 0x80) return glyph_at(t_, e - 1).g == glyph::dquote_straight ? glyph::dquote_straight : glyph::punct;
    if (e - begin >= 3 && static_cast<unsigned char>(t_[e - 3]) == 0xE2) {
      glyph_info g = glyph_at(t_, e - 3);
      if (g.size == 3) return g.g;
    }
    if (e - begin >= 2 && static_cast<unsigned char>(t_[e - 2]) == 0xC2) {
      glyph_info g = glyph_at(t_, e - 2);
      if (g.size == 2) return g.g;
    }
    return glyph::none;
  }

  std::string_view t_;
  std::size_t pos_ = 0;
};

// ---- the scanner -------------------------------------------------------------

// Words that end with a dot that does not end a sentence.
inline bool is_abbreviation(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {
      "mr",   "mrs",  "ms",   "dr",   "prof", "gen",  "sen",  "rep",  "gov",  "lt",   "col",  "capt", "sgt",
      "st",   "jr",   "sr",   "inc",  "corp", "ltd",  "co",   "no",   "vs",   "etc",  "jan",  "feb",  "mar",
      "apr",  "jun",  "jul",  "aug",  "sep",  "sept", "oct",  "nov",  "dec",  "mt",   "ft",   "adm",  "brig",
      "maj",  "cmdr", "hon",  "rev",  "fr",   "pres", "supt", "insp", "cpl",  "pvt",  "messrs", "approx", "est",
      "dept", "univ", "assn", "bros", "cf",   "al",   "op",   "p",    "pp",   "vol",  "fig"};
  if (w.size() == 1 && is_ascii_alpha(w[0])) return true;  // an initial: "J. Smith"
  if (w.size() <= 6)  // the longest in the list
    for (std::string_view a : list)
      if (iequals(a, w)) return true;
  // Initialisms with inner dots: "U.S", "U.N", "a.m", "p.m".
  return w.size() >= 3 && w.find('.') != std::string_view::npos;
}

class text_scanner {
 public:
  // `lex` answers the word lookups that fill paragraph_scan::words; it must
  // outlive the scanner.
  explicit text_scanner(std::string_view text, const whosaid::lexicon& lex = whosaid::lexicon::builtin())
      : text_scanner(text, lex, nullptr) {}
  // With a word cache kept by the caller across texts (see word_cache).
  text_scanner(std::string_view text, const whosaid::lexicon& lex, word_cache* words)
      : t_(text), paragraphs_(text), lex_(&lex), words_(words != nullptr ? words : &own_words_) {
    words_->bind(lex);
    have_next_ = paragraphs_.next(next_span_);
  }
  text_scanner(const text_scanner&) = delete;  // words_ may point into the object
  text_scanner& operator=(const text_scanner&) = delete;

  // Scans the next paragraph into `out` (its vectors are reused); false at
  // the end of the text.
  bool next(paragraph_scan& out) {
    if (!have_next_) return false;
    out.clear();
    out.span = next_span_;
    out.index = index_++;
    have_next_ = paragraphs_.next(next_span_);
    bool next_opens = have_next_ && opens_with_quote(next_span_);
    tokenize(out);
    find_quotes(out, next_opens);
    split_sentences(out);
    index_words(*lex_, *words_, t_, out.tokens, out.words);
    return true;
  }

  std::string_view text() const noexcept { return t_; }

 private:
  static constexpr int max_depth = 64;

  bool opens_with_quote(text_span s) const noexcept {
    if (s.begin >= t_.size()) return false;
    glyph g = glyph_at(t_, s.begin).g;
    return g == glyph::dquote_open || g == glyph::dquote_straight;
  }

  // True when the character before `i` lets a mark at `i` open: the
  // paragraph start, a space, a dash, a bracket or another quotation mark.
  bool left_boundary(std::size_t i, text_span p) const noexcept {
    if (i <= p.begin) return true;
    glyph g = glyph_at(t_, prev_glyph(i, p.begin)).g;
    if (g == glyph::space || g == glyph::newline || g == glyph::dash || g == glyph::dquote_open ||
        g == glyph::dquote_straight || g == glyph::dquote_close)
      return true;
    char c = t_[i - 1];
    return c == '(' || c == '[';
  }

  // The start of the glyph that ends right before `i` (UTF-8 aware, bounded).
  std::size_t prev_glyph(std::size_t i, std::size_t floor) const noexcept {
    if (i <= floor) return floor;
    std::size_t j = i - 1;
    for (int k = 0; k < 3 && j > floor && (static_cast<unsigned char>(t_[j]) & 0xC0) == 0x80; ++k) --j;
    return j;
  }

  void tokenize(paragraph_scan& out) {
    const text_span p = out.span;
    std::size_t i = p.begin;
    bool single_open = false;
    while (i < p.end) {
      if (t_[i] == ' ') {  // the common separator, without decoding
        ++i;
        continue;
      }
      // A plain byte is a one-byte word glyph: no need to decode it.
      glyph_info g = is_plain_word_byte(t_[i]) ? glyph_info{glyph::none, 1} : glyph_at(t_, i);
      auto b = static_cast<std::uint32_t>(i);
      switch (g.g) {
        case glyph::space:
        case glyph::newline:
          i += g.size;
          continue;
        case glyph::none: {
          std::size_t e = word_end(i, p, single_open);
          token tk{b, static_cast<std::uint32_t>(e), token_kind::word, 0};
          if (starts_upper(t_, i)) tk.flags |= tf_capitalized;
          if (is_ascii_digit(t_[i])) tk.flags |= tf_digit;
          std::string_view w = t_.substr(i, e - i);
          // Only a word ending in s, ' or the last byte of ’ can be possessive.
          const char last = w.back();
          const std::size_t n = w.size();
          auto curly_at = [&](std::size_t k) {  // ’ at w[k..k+2]
            return w[k] == '\xE2' && w[k + 1] == '\x80' && w[k + 2] == '\x99';
          };
          if (n > 2 && ((last == 's' && (w[n - 2] == '\'' || (n >= 4 && curly_at(n - 4)))) ||
                        (last == '\'' && w[n - 2] == 's') || (last == '\x99' && n >= 4 && curly_at(n - 3) && w[n - 4] == 's')))
            tk.flags |= tf_possessive;
          out.tokens.push_back(tk);
          i = e;
          continue;
        }
        case glyph::squote_straight:
        case glyph::squote_open:
        case glyph::squote_close: {
          // An apostrophe that starts a word: the ’90s, ’em.
          bool left_open = left_boundary(i, p);
          bool right_word = is_word_glyph(t_, i + g.size) && i + g.size < p.end;
          if (g.g != glyph::squote_open && left_open && right_word && is_ascii_digit(t_[i + g.size])) {
            std::size_t e = word_end(i + g.size, p, single_open);
            out.tokens.push_back({b, static_cast<std::uint32_t>(e), token_kind::word, tf_digit});
            i = e;
            continue;
          }
          bool right_closed = !right_word;
          token_kind k = token_kind::punct;
          if (g.g == glyph::squote_open || (g.g == glyph::squote_straight && left_open && right_word)) {
            if (!single_open) k = token_kind::open_single, single_open = true;
          } else if (single_open && (g.g == glyph::squote_close || right_closed)) {
            k = token_kind::close_single, single_open = false;
          }
          out.tokens.push_back({b, b + g.size, k, 0});
          i += g.size;
          continue;
        }
        case glyph::dquote_straight:
        case glyph::dquote_open:
        case glyph::dquote_close:
          // Direction is settled in find_quotes(); remember the glyph.
          out.tokens.push_back({b, b + g.size,
                                g.g == glyph::dquote_close ? token_kind::close_quote : token_kind::open_quote,
                                static_cast<std::uint8_t>(g.g == glyph::dquote_straight ? 0x80 : 0)});
          i += g.size;
          continue;
        case glyph::dash:
          out.tokens.push_back({b, b + g.size, token_kind::dash, 0});
          i += g.size;
          continue;
        case glyph::ellipsis:
          out.tokens.push_back({b, b + g.size, token_kind::ellipsis, 0});
          i += g.size;
          continue;
        case glyph::punct:
          out.tokens.push_back({b, b + g.size, token_kind::punct, 0});
          i += g.size;
          continue;
      }
      i += g.size;  // unreachable; keeps every path advancing
    }
  }

  static bool ends_with(std::string_view s, std::string_view suf) noexcept {
    return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
  }

  // The end of the word starting at `i`.
  std::size_t word_end(std::size_t i, text_span p, bool single_open) const noexcept {
    std::size_t e = i;
    std::size_t letters = 0;
    bool dotted = false;
    const char* const s = t_.data();
    while (e < p.end) {
      // The common case: a run of plain bytes, without decoding.
      std::size_t run = e;
      while (run < p.end && plain_word.is[static_cast<unsigned char>(s[run])]) ++run;
      letters += run - e;
      e = run;
      if (e >= p.end) break;
      if (t_[e] == ' ' || t_[e] == '\n') break;  // white space ends every word
      glyph_info g = glyph_at(t_, e);
      if (g.g == glyph::none) {
        e += 1;
        ++letters;
        continue;
      }
      std::size_t after = e + g.size;
      bool word_after = after < p.end && is_word_glyph(t_, after);
      char prev = t_[e - 1];
      if (g.g == glyph::squote_straight || g.g == glyph::squote_close) {
        if (word_after) { e = after; continue; }  // don't, Korea’s, O'Neill
        // workers' / Norvik' : a plural possessive, unless it closes a single quote.
        if (!single_open && (prev == 's' || prev == 'S') && letters > 1) { e = after; break; }
        break;
      }
      if (g.g == glyph::dash && t_[e] == '-' && word_after) { e = after; continue; }  // Sung-lac, 35-year
      if (g.g == glyph::punct && word_after) {
        char c = t_[e];
        // 1.26, 40,668
        if ((c == '.' || c == ',') && is_ascii_digit(prev) && is_ascii_digit(t_[after])) { e = after; continue; }
        if (c == '&' && is_ascii_upper(prev) && is_ascii_upper(t_[after])) { e = after; continue; }  // AT&T
        // U.S., U.N., a.m.: single letters joined by dots, with the last dot.
        // (Also after a hyphen: "R-S.C.", a party and state.)
        if (c == '.' && is_ascii_alpha(prev) && (e - i == 1 || (e >= 2 && (t_[e - 2] == '.' || t_[e - 2] == '-'))) &&
            is_ascii_alpha(t_[after]) && (after + 1 >= p.end || t_[after + 1] == '.')) {
          e = after;
          dotted = true;
          continue;
        }
      }
      break;
    }
    if (dotted && e < p.end && t_[e] == '.') ++e;
    return e;
  }

  // Decides the direction of each double mark and records the quotations.
  void find_quotes(paragraph_scan& out, bool next_opens) {
    auto& tk = out.tokens;
    const text_span p = out.span;
    int depth = 0;
    std::uint32_t open_idx = 0;
    bool open_is_continuation = false;
    bool first_mark = true;
    std::size_t n = tk.size();
    auto emit = [&](std::uint32_t close_idx, bool closed, bool continued, std::uint32_t end_off) {
      quotation q;
      q.open_token = open_idx;
      q.first = open_idx + 1;
      q.last = close_idx;
      q.closed = closed;
      q.continued = continued;
      q.continuation = open_is_continuation;
      q.outer = {tk[open_idx].begin, closed ? tk[close_idx].end : end_off};
      std::uint32_t ib = q.first < q.last ? tk[q.first].begin : tk[open_idx].end;
      std::uint32_t ie = q.first < q.last ? tk[q.last - 1].end : ib;
      q.inner = {ib, ie};
      out.quotes.push_back(q);
      open_is_continuation = false;
    };
    for (std::size_t k = 0; k < n; ++k) {
      token& t = tk[k];
      if (t.kind != token_kind::open_quote && t.kind != token_kind::close_quote) {
        if (depth > 0) t.flags |= tf_in_quote;
        continue;
      }
      bool straight = (t.flags & 0x80) != 0;
      t.flags = 0;
      bool left_open = k == 0 || tk[k - 1].end < t.begin || tk[k - 1].kind == token_kind::dash ||
                       (tk[k - 1].kind == token_kind::punct && (t_[tk[k - 1].begin] == '(' || t_[tk[k - 1].begin] == '['));
      bool right_open = k + 1 < n && tk[k + 1].begin == t.end &&
                        (tk[k + 1].kind == token_kind::word || tk[k + 1].kind == token_kind::open_single ||
                         tk[k + 1].kind == token_kind::ellipsis ||
                         (tk[k + 1].kind == token_kind::punct && (t_[tk[k + 1].begin] == '(' || t_[tk[k + 1].begin] == '[' ||
                                                                  t_[tk[k + 1].begin] == '$')));
      bool opener;
      if (straight) {
        if (left_open && right_open) opener = true;
        else if (!left_open && !right_open) opener = false;
        else opener = depth == 0;  // the neighbours disagree: toggle
      } else {
        opener = t.kind == token_kind::open_quote;
        // Typos: a closing glyph used to open, or the other way round.
        if (opener && depth > 0 && !left_open && !right_open) opener = false;
        if (!opener && depth == 0 && left_open && right_open) opener = true;
      }
      if (opener) {
        if (depth == 0) {
          depth = 1;
          open_idx = static_cast<std::uint32_t>(k);
          open_is_continuation = first_mark && k == 0 && continues_;
          t.kind = token_kind::open_quote;
        } else if (left_open && ends_sentence_before(tk, k)) {
          // A new quote after a sentence end: close the open one here.
          emit(static_cast<std::uint32_t>(k), false, false, tk[k - 1].end);
          depth = 1;
          open_idx = static_cast<std::uint32_t>(k);
          t.kind = token_kind::open_quote;
        } else {
          if (depth < max_depth) ++depth;
          t.kind = token_kind::punct;  // a nested mark: part of the content
          t.flags |= tf_in_quote;
        }
      } else {
        if (depth == 1) {
          depth = 0;
          t.kind = token_kind::close_quote;
          emit(static_cast<std::uint32_t>(k), true, false, t.end);
        } else if (depth > 1) {
          --depth;
          t.kind = token_kind::punct;
          t.flags |= tf_in_quote;
        } else {
          t.kind = token_kind::punct;  // a stray closing mark
        }
      }
      first_mark = false;
    }
    continues_ = false;
    if (depth > 0) {
      emit(static_cast<std::uint32_t>(n), false, next_opens, p.end);
      continues_ = next_opens;
    }
    // Single-quoted stretches at the top level.
    std::uint32_t sopen = 0;
    bool sin = false;
    for (std::size_t k = 0; k < n; ++k) {
      token& t = tk[k];
      if (t.kind == token_kind::open_single && !t.is(tf_in_quote)) {
        sopen = static_cast<std::uint32_t>(k);
        sin = true;
      } else if (t.kind == token_kind::close_single && sin && !t.is(tf_in_quote)) {
        quotation q;
        q.single = true;
        q.closed = true;
        q.open_token = sopen;
        q.first = sopen + 1;
        q.last = static_cast<std::uint32_t>(k);
        q.outer = {tk[sopen].begin, t.end};
        q.inner = q.first < q.last ? text_span{tk[q.first].begin, tk[q.last - 1].end} : text_span{t.begin, t.begin};
        for (std::uint32_t j = q.first; j < q.last; ++j) tk[j].flags |= tf_in_single;
        out.quotes.push_back(q);
        sin = false;
      }
    }
  }

  // True when the token before `k` ends a sentence: . ! ? … possibly after
  // a closing bracket.
  bool ends_sentence_before(const std::vector<token>& tk, std::size_t k) const noexcept {
    if (k == 0) return false;
    const token& p = tk[k - 1];
    if (p.kind == token_kind::ellipsis) return true;
    if (p.kind != token_kind::punct) return false;
    char c = t_[p.begin];
    return c == '.' || c == '!' || c == '?';
  }

  void split_sentences(paragraph_scan& out) {
    const auto& tk = out.tokens;
    std::size_t n = tk.size();
    std::uint32_t start = 0;
    for (std::size_t k = 0; k < n; ++k) {
      const token& t = tk[k];
      bool terminal = false;
      if (t.kind == token_kind::punct && !t.is(tf_in_quote)) {
        char c = t_[t.begin];
        if (c == '!' || c == '?' || c == ';') terminal = c != ';';
        if (c == '.') terminal = !(k > 0 && tk[k - 1].kind == token_kind::word && tk[k - 1].end == t.begin &&
                                   is_abbreviation(word(tk[k - 1])));
      } else if (t.kind == token_kind::ellipsis && !t.is(tf_in_quote)) {
        terminal = true;
      } else if (t.kind == token_kind::close_quote && k > 0) {
        const token& p = tk[k - 1];
        terminal = (p.kind == token_kind::punct && (t_[p.begin] == '.' || t_[p.begin] == '!' || t_[p.begin] == '?')) ||
                   p.kind == token_kind::ellipsis;
      }
      if (!terminal) continue;
      // Closing marks and brackets right after the stop belong to this sentence.
      std::size_t e = k + 1;
      while (e < n && (tk[e].kind == token_kind::close_quote || tk[e].kind == token_kind::close_single ||
                       (tk[e].kind == token_kind::punct && (t_[tk[e].begin] == ')' || t_[tk[e].begin] == ']'))))
        ++e;
      if (e < n) {
        const token& nx = tk[e];
        bool starts = nx.is(tf_capitalized) || nx.is(tf_digit) || nx.kind == token_kind::open_quote ||
                      nx.kind == token_kind::open_single || nx.kind == token_kind::dash ||
                      (nx.kind == token_kind::punct && (t_[nx.begin] == '(' || t_[nx.begin] == '['));
        if (!starts) continue;
      }
      out.sentences.push_back({start, static_cast<std::uint32_t>(e)});
      start = static_cast<std::uint32_t>(e);
      k = e - 1;
    }
    if (start < n) out.sentences.push_back({start, static_cast<std::uint32_t>(n)});
  }

  std::string_view word(const token& t) const noexcept { return t_.substr(t.begin, t.end - t.begin); }

  std::string_view t_;
  paragraph_splitter paragraphs_;
  const whosaid::lexicon* lex_;
  word_cache own_words_;  // when the caller keeps none
  word_cache* words_;     // the distinct words, looked up once each
  text_span next_span_{};
  bool have_next_ = false;
  bool continues_ = false;  // the previous paragraph's quote runs on into this one
  std::uint32_t index_ = 0;
};

}  // namespace whosaid::detail
