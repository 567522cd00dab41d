// Where results go: standard output, or the file named by -o; and the
// graph formats every command that ends in a graph can write.
#pragma once

#include <fstream>
#include <iosfwd>
#include <string>

#include <whosaid/graph.hpp>

#include "cli.hpp"
#include "diagnostics.hpp"

namespace whosaid::cli {

class output {
 public:
  // An empty path is standard output. Reports and returns false when the
  // file cannot be created.
  bool open(const std::string& path, diagnostics& diag);
  std::ostream& stream() noexcept { return *os_; }
  // Flushes, and reports a failed write (a full disk, a closed pipe).
  bool close(diagnostics& diag);

 private:
  std::ofstream file_;
  std::ostream* os_ = nullptr;
  std::string name_;
};

// The formats of `graph` and `merge`.
bool is_graph_format(const std::string& format) noexcept;

// Writes g as json, jsonl, dot or graphml to the output, or as neo4j CSV
// files into the directory o.output. Returns false after reporting a
// failure to write.
bool write_graph(const whosaid::graph& g, const std::string& format, const common_options& o, diagnostics& diag);

}  // namespace whosaid::cli
