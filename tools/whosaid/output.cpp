#include "output.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <string_view>

#include <whosaid/io/dot.hpp>
#include <whosaid/io/graphml.hpp>
#include <whosaid/io/json_writer.hpp>
#include <whosaid/io/jsonl.hpp>
#include <whosaid/io/neo4j_csv.hpp>

namespace whosaid::cli {

bool output::open(const std::string& path, diagnostics& diag) {
  name_ = path.empty() ? "standard output" : path;
  if (path.empty()) {
    os_ = &std::cout;
    return true;
  }
  errno = 0;
  file_.open(path, std::ios::binary | std::ios::trunc);
  if (!file_) {
    diag.error(path, std::string("cannot create: ") + std::strerror(errno));
    return false;
  }
  os_ = &file_;
  return true;
}

bool output::close(diagnostics& diag) {
  if (!os_) return false;
  errno = 0;
  os_->flush();
  if (file_.is_open()) file_.close();
  if (*os_) return true;
  // The stream keeps no reason; the failed write(2) left it in errno (a
  // full disk, a file size limit, a closed pipe).
  const int reason = errno;
  std::string what = "write failed";
  if (reason != 0) what += std::string(": ") + std::strerror(reason);
  // What was written is incomplete: a regular file is removed rather than
  // left to pass for a result. (A device or FIFO named by -o is not ours to
  // remove.)
  namespace fs = std::filesystem;
  std::error_code ec;
  if (os_ == &file_ && fs::is_regular_file(name_, ec)) {
    fs::remove(name_, ec);
    what += ec ? "; the incomplete file could not be removed: " + ec.message() : "; the incomplete file was removed";
  }
  diag.error(name_, what);
  return false;
}

bool is_graph_format(const std::string& f) noexcept {
  return f == "json" || f == "jsonl" || f == "dot" || f == "graphml" || f == "neo4j";
}

namespace {

bool write_neo4j(const whosaid::graph& g, const std::string& dir, diagnostics& diag) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    diag.error(dir, "cannot create the directory: " + ec.message());
    return false;
  }
  bool ok = true;
  for (std::string_view name : whosaid::neo4j_csv_files) {
    output out;
    std::string path = (fs::path(dir) / std::string(name)).string();
    if (!out.open(path, diag)) {
      ok = false;
      continue;
    }
    std::ostreambuf_iterator<char> it(out.stream());
    if (name == "actors.csv") whosaid::write_neo4j_actors(it, g);
    if (name == "articles.csv") whosaid::write_neo4j_articles(it, g);
    if (name == "claims.csv") whosaid::write_neo4j_claims(it, g);
    if (name == "relations.csv") whosaid::write_neo4j_relations(it, g);
    ok = out.close(diag) && ok;
  }
  return ok;
}

}  // namespace

bool write_graph(const whosaid::graph& g, const std::string& format, const common_options& o, diagnostics& diag) {
  if (format == "neo4j") return write_neo4j(g, o.output, diag);
  output out;
  if (!out.open(o.output, diag)) return false;
  std::ostreambuf_iterator<char> it(out.stream());
  if (format == "json") {
    whosaid::write_graph_json(it, g);
    out.stream() << '\n';
  } else if (format == "jsonl") {
    whosaid::write_jsonl(it, g);
  } else if (format == "dot") {
    whosaid::write_dot(it, g);
  } else if (format == "graphml") {
    whosaid::write_graphml(it, g);
  }
  return out.close(diag);
}

}  // namespace whosaid::cli
