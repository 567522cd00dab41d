// whosaid: the command-line tool. This file only parses the command line
// (CLI11) into the option structs of cli.hpp and dispatches.
#include <exception>
#include <iostream>
#include <map>
#include <new>
#include <string>

#include <CLI/CLI.hpp>

#include <whosaid/detail/text.hpp>
#include <whosaid/version.hpp>

#include "cli.hpp"

namespace {

using namespace whosaid::cli;

const std::map<std::string, input_format> input_formats{
    {"auto", input_format::automatic},
    {"text", input_format::text},
    {"json", input_format::json},
    {"jsonl", input_format::jsonl}};

// --no-join-people: the merged graph as merge() leaves it.
void add_join(CLI::App* cmd, bool& join) {
  cmd->add_flag("!--no-join-people", join,
                "Keep a person named by surname alone (\"Obama\") or without an initial apart from the full name "
                "the corpus gives them (see README, \"One person, one node\")");
}

void add_common(CLI::App* cmd, common_options& o, const char* output_help) {
  cmd->add_option("-o,--output", o.output, output_help);
  cmd->add_flag("-q,--quiet", o.quiet, "No progress line and no warnings; errors are still shown");
  cmd->add_flag("--strict", o.strict, "Stop at the first input that cannot be read (exit code 1)");
}

void add_input(CLI::App* cmd, input_format& f, const char* stdin_default) {
  // Read as a word and looked up here: a CLI11 transformer would show its
  // mapping in --help and in errors ("ENUM:value in {auto->0,...}").
  cmd->add_option_function<std::string>(
         "--input",
         [&f](const std::string& s) {
           f = input_formats.at(whosaid::detail::to_lower(s));  // the check below admits only its keys
         },
         std::string("How to read inputs: text (one article per file), json (one article object per "
                     "file), jsonl (one article object per line), or auto: by the name (.json; .jsonl, "
                     ".ndjson; else text), and standard input as ") +
             stdin_default)
      ->check(CLI::IsMember({"auto", "text", "json", "jsonl"}, CLI::ignore_case).description(""))
      ->type_name("auto|text|json|jsonl")
      ->default_str("auto");
}

void add_jobs(CLI::App* cmd, unsigned& jobs) {
  cmd->add_option("-j,--jobs", jobs, "Threads that extract articles (0: one per core); the output is the same for any")
      ->default_val(1)
      ->check(CLI::NonNegativeNumber);
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);

  CLI::App app{"whosaid: who said what about whom, from English news text.\n"
               "Exit codes: 0 all went well, 1 some input could not be read or output written, 2 usage error.",
               "whosaid"};
  app.set_version_flag("--version", whosaid::version_string);
  app.require_subcommand(1);

  extract_options ex;
  auto* extract = app.add_subcommand("extract", "Extract who said what about whom from articles, one by one");
  extract->add_option("files", ex.inputs,
                      "Article text files, .json article files, JSON Lines files (.jsonl), directories of them; '-' "
                      "or none: standard input");
  extract->add_option("-f,--format", ex.format,
                      "text: a table to read; json: one document per article, indented; jsonl: one per line")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->default_str("text");
  extract->add_flag("--explain", ex.explain,
                    "Per claim, why: its sentence with [content], {cue} and <speaker> marked, and the rule (sieve) "
                    "that decided it")
      ->excludes("--format");
  add_input(extract, ex.input, "text");
  add_jobs(extract, ex.jobs);
  add_common(extract, ex.common, "Write to this file instead of standard output");

  graph_options gr;
  auto* graph = app.add_subcommand("graph", "Extract every article and merge them into one graph");
  graph->add_option("inputs", gr.inputs,
                    "Article text files, .json article files, JSON Lines files, directories of them; '-' or none: JSON "
                    "Lines on standard input, one {\"id\",\"headline\",\"outlet\",\"url\",\"published\",\"text\"} "
                    "per line");
  graph->add_option("-f,--format", gr.format,
                    "json: the whole graph; jsonl: one article's graph per line, streamed; dot; graphml; neo4j: "
                    "CSV files for neo4j-admin import, into the directory given by -o")
      ->check(CLI::IsMember({"json", "jsonl", "dot", "graphml", "neo4j"}))
      ->default_str("json");
  add_input(graph, gr.input, "jsonl");
  add_jobs(graph, gr.jobs);
  add_common(graph, gr.common, "Write to this file (a directory for --format neo4j) instead of standard output");
  add_join(graph, gr.join_people);

  merge_options me;
  auto* merge = app.add_subcommand("merge", "Merge saved graphs (JSON or JSON Lines from whosaid graph) into one");
  merge->add_option("graphs", me.inputs, "Saved graphs, merged in this order; '-': standard input")->required();
  merge->add_option("-f,--format", me.format, "json, jsonl, dot, graphml or neo4j (as for graph)")
      ->check(CLI::IsMember({"json", "jsonl", "dot", "graphml", "neo4j"}))
      ->default_str("json");
  add_common(merge, me.common, "Write to this file (a directory for --format neo4j) instead of standard output");
  add_join(merge, me.join_people);

  query_options qu;
  auto* query = app.add_subcommand("query", "Ask a saved graph who said what about whom");
  query->add_option("graphs", qu.inputs, "Saved graphs (merged when several); '-': standard input")->required();
  auto* said_by = query->add_option("--said-by", qu.said_by, "Claims by this actor (a name or an alias)");
  auto* about = query->add_option("--about", qu.about, "Claims about this actor");
  query->add_option("--between", qu.between, "What the first actor said about the second")
      ->expected(2)
      ->excludes(said_by)
      ->excludes(about);
  query->add_option("--article", qu.article, "Claims in this article (its id or key)");
  query->add_option("--kind", qu.kind, "Only direct, indirect or mixed claims")
      ->check(CLI::IsMember({"direct", "indirect", "mixed"}));
  query->add_option("--top-speakers", qu.top_speakers, "The N actors with the most claims (of those selected)");
  query->add_option("--top-targets", qu.top_targets, "The N actors most talked about (in the claims selected)");
  query->add_option("-f,--format", qu.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_str("text");
  add_common(query, qu.common, "Write to this file instead of standard output");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? exit_ok : exit_usage;
  }

  try {
    if (*extract) return run_extract(ex);
    if (*graph) {
      if (gr.format == "neo4j" && gr.common.output.empty()) {
        std::cerr << "whosaid: --format neo4j writes several files: give their directory with -o DIR\n";
        return exit_usage;
      }
      return run_graph(gr);
    }
    if (*merge) {
      if (me.format == "neo4j" && me.common.output.empty()) {
        std::cerr << "whosaid: --format neo4j writes several files: give their directory with -o DIR\n";
        return exit_usage;
      }
      return run_merge(me);
    }
    if (*query) return run_query(qu);
  } catch (const std::bad_alloc&) {
    std::cerr << "whosaid: out of memory\n";
    return exit_partial;
  } catch (const std::exception& e) {
    std::cerr << "whosaid: " << e.what() << '\n';
    return exit_partial;
  }
  return exit_usage;
}
