// The command-line tool's commands and their options. main.cpp parses the
// command line into these structs (with CLI11); each run_* does the work and
// returns the process exit code.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace whosaid::cli {

// Exit codes, as the manual page states them.
enum exit_code : int {
  exit_ok = 0,       // every input read and written
  exit_partial = 1,  // some input could not be read, or an output not written
  exit_usage = 2     // the command line itself is wrong
};

// How to read an input: plain text (one article per file), one JSON
// article object per file, JSON Lines of articles, or decided by the file
// name (.json; .jsonl or .ndjson; anything else is text) and, for standard
// input, by the command.
enum class input_format { automatic, text, json, jsonl };

struct common_options {
  std::string output;  // -o: a file, or a directory for neo4j; empty is stdout
  bool quiet = false;
  bool strict = false;
};

struct extract_options {
  common_options common;
  std::vector<std::string> inputs;
  std::string format = "text";  // text, json, jsonl
  bool explain = false;         // per claim: its sentence, rule, cue and speaker mention
  input_format input = input_format::automatic;
  unsigned jobs = 1;
};

struct graph_options {
  common_options common;
  std::vector<std::string> inputs;
  std::string format = "json";  // json, jsonl, dot, graphml, neo4j
  input_format input = input_format::automatic;
  unsigned jobs = 1;
  bool join_people = true;  // whosaid::join_people() on the merged graph
};

struct merge_options {
  common_options common;
  std::vector<std::string> inputs;
  std::string format = "json";
  bool join_people = true;
};

struct query_options {
  common_options common;
  std::vector<std::string> inputs;  // saved graphs, merged when several
  std::string said_by, about, article, kind;
  std::vector<std::string> between;  // two names: what the first said about the second
  std::size_t top_speakers = 0, top_targets = 0;
  std::string format = "text";  // text, json
};

int run_extract(const extract_options& o);
int run_graph(const graph_options& o);
int run_merge(const merge_options& o);
int run_query(const query_options& o);

}  // namespace whosaid::cli
