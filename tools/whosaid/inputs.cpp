#include "inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <new>
#include <string_view>

#include <whosaid/utf8.hpp>
#include <whosaid/io/json_reader.hpp>

namespace whosaid::cli {
namespace fs = std::filesystem;

namespace {

bool has_extension(const fs::path& p, std::string_view wanted);

bool has_jsonl_name(const fs::path& p) { return has_extension(p, ".jsonl") || has_extension(p, ".ndjson"); }

bool has_extension(const fs::path& p, std::string_view wanted) {
  auto ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == wanted;
}

input_format decide(const fs::path& p, input_format forced) {
  if (forced != input_format::automatic) return forced;
  if (has_jsonl_name(p)) return input_format::jsonl;
  return has_extension(p, ".json") ? input_format::json : input_format::text;
}

std::uintmax_t size_of(const fs::path& p) {
  std::error_code ec;
  auto n = fs::file_size(p, ec);
  return ec ? 0 : n;
}

// A parse_error's message without its "line N: " prefix: the caller names
// the file and line itself.
std::string without_line_prefix(const std::string& what) {
  if (what.rfind("line ", 0) == 0) {
    auto colon = what.find(": ");
    if (colon != std::string::npos) return what.substr(colon + 2);
  }
  return what;
}

std::string errno_text() { return std::strerror(errno); }

const std::string too_large = "larger than the limit of 1 GiB for one article; skipped";

constexpr std::size_t block = 1 << 16;

// Room in `s` for `need` bytes, growing geometrically but never past what
// the limit can use: a string that doubles would reach twice the limit.
// (A string grows to at least twice its capacity whatever is asked, so the
// last step, to the most, is taken from at most half of it.)
void make_room(std::string& s, std::size_t need, std::uintmax_t limit) {
  if (need <= s.capacity()) return;
  const std::uintmax_t most = limit + 2 * block;
  const std::uintmax_t doubled = 2 * std::uintmax_t{s.capacity()};
  std::uintmax_t want = doubled > most / 2 ? most : std::max<std::uintmax_t>(need, doubled);
  s.reserve(static_cast<std::size_t>(std::max<std::uintmax_t>(want, need)));
}

// Appends the rest of `in` to `out`, up to `limit` bytes; false when there
// was more. Reads in blocks, into the string itself: no second copy.
bool read_bounded(std::istream& in, std::string& out, std::uintmax_t limit) {
  for (;;) {
    const std::size_t had = out.size();
    make_room(out, had + block, limit);
    out.resize(had + block);
    in.read(&out[had], static_cast<std::streamsize>(block));
    out.resize(had + static_cast<std::size_t>(in.gcount()));
    if (out.size() > limit) return false;
    if (!in) return true;
  }
}

enum class line_read { line, too_long, end };

// std::getline with a bound: a line longer than `limit` is read past (its
// bytes dropped as they come, so memory stays bounded) and reported as
// too_long. A last line without a line break is a line.
line_read read_line(std::istream& in, std::string& line, std::uintmax_t limit) {
  char buf[block];
  line.clear();
  bool over = false, any = false;
  for (;;) {
    in.getline(buf, static_cast<std::streamsize>(block));
    const std::streamsize got = in.gcount();
    any = any || got > 0;
    if (in.eof()) {
      if (!over) line.append(buf, static_cast<std::size_t>(got));
      if (!over && line.size() > limit) over = true;
      in.clear(in.rdstate() & ~std::ios::failbit);
      if (!any) return line_read::end;
      return over ? line_read::too_long : line_read::line;
    }
    if (in.fail()) {
      if (in.bad()) return line_read::end;
      // The buffer filled before the line ended.
      in.clear();
      if (!over) {
        make_room(line, line.size() + static_cast<std::size_t>(got), limit);
        line.append(buf, static_cast<std::size_t>(got));
      }
      if (!over && line.size() > limit) {
        over = true;
        line.clear();
        line.shrink_to_fit();
      }
      continue;
    }
    // The line ended; gcount counted its line break.
    if (!over) line.append(buf, static_cast<std::size_t>(got - 1));
    if (!over && line.size() > limit) over = true;
    if (over) line.clear();
    return over ? line_read::too_long : line_read::line;
  }
}

bool article_file_name(const fs::path& p) {
  return has_extension(p, ".txt") || has_extension(p, ".json") || has_jsonl_name(p);
}

// The article files under directory `root`, in path order. Every path the
// walk cannot use is reported, never skipped in silence: a subdirectory it
// cannot list, and under an article file's name a broken link or something
// that is not a file (a FIFO, a device), are errors (so --strict fails); a
// link to a directory is not followed (a loop would never end) and is a
// warning. Other files are not articles and are passed over.
std::vector<fs::path> walk_directory(const fs::path& root, diagnostics& diag) {
  std::vector<fs::path> found;
  std::vector<fs::path> pending{root};
  while (!pending.empty() && !diag.stopped()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& f = it->path();
      std::error_code le, fe;
      const fs::file_status link = it->symlink_status(le);
      if (le) {
        diag.error(f.string(), "cannot read its directory entry: " + le.message());
        continue;
      }
      if (fs::is_directory(link)) {
        pending.push_back(f);
        continue;
      }
      const fs::file_status target = fs::is_symlink(link) ? it->status(fe) : link;
      if (fs::is_symlink(link) && (fe || !fs::exists(target))) {
        if (article_file_name(f)) diag.error(f.string(), "broken symbolic link, skipped");
        continue;
      }
      if (fs::is_directory(target)) {
        diag.warning(f.string(), "symbolic link to a directory, not followed");
        continue;
      }
      if (!article_file_name(f)) continue;
      if (fs::is_regular_file(target))
        found.push_back(f);
      else
        diag.error(f.string(), "not a regular file (a FIFO, socket or device), skipped");
    }
    if (ec) diag.error(dir.string(), "cannot list the directory: " + ec.message());
  }
  std::sort(found.begin(), found.end());
  return found;
}

// The key of an article that comes without one: the file's name without
// its extension ("reuters-lavrov" for reuters-lavrov.txt).
std::string key_for(const std::string& path) {
  if (path == "-") return "stdin";
  return fs::path(path).stem().string();
}

}  // namespace

void ensure_utf8(std::string& text, std::string_view origin, diagnostics& diag) {
  if (whosaid::is_valid_utf8(text)) return;
  text = whosaid::to_valid_utf8(text);
  diag.warning(origin, "not valid UTF-8; invalid bytes replaced by U+FFFD");
}

std::vector<input_item> expand_inputs(const std::vector<std::string>& operands, input_format forced,
                                      input_format stdin_format, diagnostics& diag) {
  std::vector<input_item> items;
  auto add_stdin = [&] {
    items.push_back({"-", forced != input_format::automatic ? forced : stdin_format, 0});
  };
  if (operands.empty()) add_stdin();
  for (const std::string& op : operands) {
    if (op == "-") {
      add_stdin();
      continue;
    }
    fs::path p(op);
    std::error_code ec;
    auto st = fs::status(p, ec);
    // A path that is not a directory is read in its turn, and reported then
    // if it cannot be: --strict stops there, after the inputs before it.
    if (!ec && fs::is_directory(st)) {
      const std::vector<fs::path> found = walk_directory(p, diag);
      if (found.empty() && !diag.stopped())
        diag.warning(op, "no .txt, .json, .jsonl or .ndjson files in this directory");
      for (const fs::path& f : found) items.push_back({f.string(), decide(f, forced), size_of(f)});
      continue;
    }
    items.push_back({op, decide(p, forced), size_of(p)});
  }
  return items;
}

article_reader::article_reader(std::vector<input_item> items, diagnostics& diag)
    : items_(std::move(items)), diag_(diag) {
  bool lines = false, unknown = false;
  for (const input_item& i : items_) {
    total_bytes_ += i.size;
    lines = lines || i.format == input_format::jsonl;
    unknown = unknown || i.path == "-";
  }
  if (unknown) total_bytes_ = 0;
  // One article per text file; JSON Lines hold an unknown number.
  total_articles_ = lines ? 0 : items_.size();
}

bool article_reader::read_text_item(const input_item& item, input_article& out) {
  std::string text;
  const std::string name = item.path == "-" ? std::string("standard input") : item.path;
  try {
    std::ifstream f;
    std::istream* in = &std::cin;
    if (item.path != "-") {
      f.open(item.path, std::ios::binary);
      if (!f) {
        diag_.error(item.path, "cannot open: " + errno_text());
        return false;
      }
      in = &f;
      // Room for the whole file and the one block read that finds its end.
      if (item.size > 0 && item.size <= max_article_bytes) text.reserve(static_cast<std::size_t>(item.size) + block);
    }
    if (!read_bounded(*in, text, max_article_bytes)) {
      diag_.error(name, too_large);
      return false;
    }
    if (in->bad()) {
      diag_.error(name, "read error: " + errno_text());
      return false;
    }
  } catch (const std::bad_alloc&) {
    diag_.error(name, "out of memory reading it; skipped");
    return false;
  }
  out = input_article{};
  out.origin = name;
  out.bytes = text.size();
  if (item.format == input_format::json) {
    // One article object, pretty-printed or not: {"id", ..., "text"}.
    try {
      out.article = whosaid::read_article_json(text);
    } catch (const whosaid::parse_error& e) {
      // `whosaid graph dir -o dir/news.json`, run again, meets its own
      // output: a saved graph is no article, and no error either.
      if (std::string_view(text).substr(0, 200).find("\"whosaid-graph\"") != std::string_view::npos) {
        diag_.warning(out.origin, "a saved graph, not an article: skipped (whosaid merge reads graphs)");
        return false;
      }
      diag_.error(e.line() > 0 ? out.origin + ":" + std::to_string(e.line()) : out.origin,
                  without_line_prefix(e.what()));
      return false;
    }
    if (out.article.key.empty()) out.article.key = key_for(item.path);
    ensure_utf8(out.article.text, out.origin, diag_);
    return true;
  }
  ensure_utf8(text, out.origin, diag_);
  out.article.key = key_for(item.path);
  out.article.text = std::move(text);
  return true;
}

bool article_reader::open_next_item() {
  // Opens the next JSON Lines input, or returns false when the next one is
  // a text file (or there is none).
  if (next_item_ >= items_.size() || items_[next_item_].format != input_format::jsonl) return false;
  const input_item& item = items_[next_item_++];
  lines_item_ = &item;
  line_no_ = 0;
  if (item.path == "-") {
    file_.reset();
    lines_ = &std::cin;
    return true;
  }
  file_ = std::make_unique<std::ifstream>(item.path, std::ios::binary);
  if (!*file_) {
    diag_.error(item.path, "cannot open: " + errno_text());
    file_.reset();
    lines_ = nullptr;
    return true;  // handled: nothing to read from it
  }
  lines_ = file_.get();
  return true;
}

bool article_reader::next_jsonl_line(input_article& out) {
  std::string line;
  line_read got;
  while (lines_ && (got = read_line(*lines_, line, max_article_bytes)) != line_read::end) {
    ++line_no_;
    std::uintmax_t bytes = line.size() + 1;
    const std::string& path = lines_item_->path;
    auto origin = [&] { return (path == "-" ? std::string("standard input") : path) + ":" + std::to_string(line_no_); };
    if (got == line_read::too_long) {
      diag_.error(origin(), too_large);
      if (diag_.stopped()) return false;
      continue;
    }
    if (line.find_first_not_of(" \t\r\f\v") == std::string::npos) continue;
    try {
      out = input_article{};
      out.article = whosaid::read_article_json(line, line_no_);
    } catch (const whosaid::parse_error& e) {
      std::string msg = without_line_prefix(e.what());
      // `cat story.txt | whosaid graph`: say once why text fails here.
      if (path == "-" && !text_hint_given_ && line[line.find_first_not_of(" \t\r\f\v")] != '{') {
        msg += " (standard input is read as JSON Lines here, one article object per line; for plain text, "
               "give --input text)";
        text_hint_given_ = true;
      }
      diag_.error(origin(), msg);
      if (diag_.stopped()) return false;
      continue;
    } catch (const std::bad_alloc&) {
      diag_.error(origin(), "out of memory reading it; skipped");
      if (diag_.stopped()) return false;
      continue;
    }
    out.origin = origin();
    out.bytes = bytes;
    ensure_utf8(out.article.text, out.origin, diag_);
    if (out.article.key.empty()) out.article.key = key_for(path) + ":" + std::to_string(line_no_);
    return true;
  }
  if (lines_ && lines_->bad()) diag_.error(lines_item_->path, "read error");
  lines_ = nullptr;
  file_.reset();
  return false;
}

bool article_reader::next(input_article& out) {
  while (!diag_.stopped()) {
    if (lines_) {
      if (next_jsonl_line(out)) return true;
      continue;
    }
    if (next_item_ >= items_.size()) return false;
    if (open_next_item()) continue;
    const input_item& item = items_[next_item_++];
    if (read_text_item(item, out)) return true;
  }
  return false;
}

namespace {

void read_graphs_from(const input_item& item, const std::string& name, diagnostics& diag,
                      const std::function<void(whosaid::graph&&)>& on_graph) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (item.path != "-") {
    file.open(item.path, std::ios::binary);
    if (!file) {
      diag.error(name, "cannot open: " + errno_text());
      return;
    }
    in = &file;
  }
  // Decide between one document and JSON Lines from the first line.
  std::string first;
  std::size_t first_no = 0;
  while (std::getline(*in, first)) {
    ++first_no;
    if (first.find_first_not_of(" \t\r\f\v") != std::string::npos) break;
    first.clear();
  }
  if (first.empty()) {
    diag.error(name, "empty: no graph in it");
    return;
  }
  const bool first_line_ended = !in->eof();
  bool lines = has_jsonl_name(item.path) || nlohmann::json::accept(first);
  if (!lines) {
    std::string rest(std::istreambuf_iterator<char>(*in), {});
    // The lines before the first non-blank one are kept as line breaks, so
    // an error's line number is the file's.
    std::string doc = std::string(first_no - 1, '\n') + first + (first_line_ended ? "\n" : "") + rest;
    try {
      on_graph(whosaid::read_graph_json(doc));
    } catch (const whosaid::parse_error& e) {
      diag.error(e.line() > 0 ? name + ":" + std::to_string(e.line()) : name, without_line_prefix(e.what()));
    }
    return;
  }
  std::string line = std::move(first);
  std::size_t line_no = first_no;
  do {
    if (line.find_first_not_of(" \t\r\f\v") != std::string::npos) {
      try {
        on_graph(whosaid::read_graph_json(line));
      } catch (const whosaid::parse_error& e) {
        diag.error(name + ":" + std::to_string(line_no), without_line_prefix(e.what()));
        if (diag.stopped()) return;
      }
    }
    ++line_no;
  } while (std::getline(*in, line));
  if (in->bad()) diag.error(name, "read error");
}

}  // namespace

void read_graphs(const input_item& item, diagnostics& diag, const std::function<void(whosaid::graph&&)>& on_graph) {
  const std::string name = item.path == "-" ? "standard input" : item.path;
  // Out of memory costs this input only; the ones after it are still read.
  try {
    read_graphs_from(item, name, diag, on_graph);
  } catch (const std::bad_alloc&) {
    diag.error(name, "out of memory reading it; skipped");
  }
}

}  // namespace whosaid::cli
