// Reading what the user names on the command line: article files,
// directories of them, JSON Lines of articles, standard input, and saved
// graphs. Every failure is reported through diagnostics with the file (and
// line) it concerns, and reading goes on with the next input unless --strict.
#pragma once

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include <whosaid/article.hpp>
#include <whosaid/graph.hpp>

#include "cli.hpp"
#include "diagnostics.hpp"

namespace whosaid::cli {

// The most one article may take: a text file, a JSON article file, or one
// line of JSON Lines. A larger one is refused with an error and the next
// input is read; without a bound, a stream with no end (/dev/zero) would
// take memory until there is none.
inline constexpr std::uintmax_t max_article_bytes = std::uintmax_t{1} << 30;  // 1 GiB

struct input_item {
  std::string path;      // as the user gave it, or found in a directory; "-" for standard input
  input_format format;   // text, json or jsonl, decided
  std::uintmax_t size;   // bytes, 0 when unknown
};

// Expands operands into inputs: a directory gives its .txt, .json, .jsonl
// and .ndjson files (recursively, in path order); "-" or no operand at all is
// standard input, read as `stdin_format` unless the user forced a format.
// A file that does not exist is kept, to be reported when its turn comes.
std::vector<input_item> expand_inputs(const std::vector<std::string>& operands, input_format forced,
                                      input_format stdin_format, diagnostics& diag);

struct input_article {
  whosaid::article article;
  std::string origin;        // "file" or "file:line", for messages
  std::uintmax_t bytes = 0;  // input bytes it took, for the progress line
};

// Articles one at a time, in input order, in memory proportional to one
// article: text files whole, JSON Lines a line at a time.
class article_reader {
 public:
  article_reader(std::vector<input_item> items, diagnostics& diag);

  // The next article; false at the end of the input, or after a failure
  // under --strict.
  bool next(input_article& out);

  std::uintmax_t total_bytes() const noexcept { return total_bytes_; }
  std::size_t total_articles() const noexcept { return total_articles_; }

 private:
  bool open_next_item();
  bool read_text_item(const input_item& item, input_article& out);
  bool next_jsonl_line(input_article& out);

  std::vector<input_item> items_;
  std::size_t next_item_ = 0;
  diagnostics& diag_;
  std::uintmax_t total_bytes_ = 0;
  std::size_t total_articles_ = 0;  // known only when no input is JSON Lines
  // The JSON Lines input being read, if any.
  std::unique_ptr<std::ifstream> file_;
  std::istream* lines_ = nullptr;
  const input_item* lines_item_ = nullptr;
  std::size_t line_no_ = 0;
  bool text_hint_given_ = false;  // told that standard input is JSON Lines, not text
};

// Reads one saved graph input: a single graph document, or graph documents
// one per line (JSON Lines: a .jsonl/.ndjson name, or a first line that is
// a whole JSON value). Calls on_graph for each in order; bad lines are
// reported with their line number and skipped.
void read_graphs(const input_item& item, diagnostics& diag, const std::function<void(whosaid::graph&&)>& on_graph);

// Makes sure article text is UTF-8 before it enters a graph, replacing what
// is not with U+FFFD, so every output format can carry it with spans intact.
void ensure_utf8(std::string& text, std::string_view origin, diagnostics& diag);

}  // namespace whosaid::cli
