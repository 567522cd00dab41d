// `whosaid extract` and `whosaid graph`: the commands that run the
// extractor. Articles are read in order, extracted in batches by -j threads,
// and handed on in input order, so the output never depends on -j.
#include <algorithm>
#include <atomic>
#include <exception>
#include <iostream>
#include <iterator>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <whosaid/extract.hpp>
#include <whosaid/identity.hpp>
#include <whosaid/io/json_writer.hpp>
#include <whosaid/io/jsonl.hpp>

#include "cli.hpp"
#include "diagnostics.hpp"
#include "explain.hpp"
#include "inputs.hpp"
#include "output.hpp"
#include "table.hpp"

namespace whosaid::cli {
namespace {

unsigned thread_count(unsigned jobs) {
  if (jobs > 0) return jobs;
  unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? n : 1;
}

// Reads every article, extracts it, and calls consume(graph&&) with each
// article's graph in input order. Memory holds one batch of articles.
template <class Consume>
void extract_all(article_reader& reader, unsigned jobs, diagnostics& diag, Consume&& consume) {
  const whosaid::extractor ex;
  const unsigned threads = thread_count(jobs);
  // Enough articles per batch to keep every thread busy while the slowest
  // one finishes, few enough that memory stays small.
  const std::size_t batch_size = threads == 1 ? 1 : 8 * std::size_t{threads};
  progress prog(!diag.quiet() && stderr_is_terminal(), reader.total_bytes(), reader.total_articles());
  diag.attach(&prog);

  std::vector<input_article> batch;
  std::vector<std::optional<whosaid::graph>> results;
  std::vector<std::string> failures;
  bool thread_warning_given = false;
  auto run_one = [&](std::size_t i) {
    try {
      results[i] = ex.extract(std::move(batch[i].article));
    } catch (const std::bad_alloc&) {
      failures[i] = "out of memory";
    } catch (const std::exception& e) {
      failures[i] = e.what();  // the extractor promises not to throw; say so if it did
    } catch (...) {
      failures[i] = "unknown error";
    }
  };
  auto flush = [&] {
    results.assign(batch.size(), std::nullopt);
    failures.assign(batch.size(), std::string());
    if (threads == 1 || batch.size() == 1) {
      for (std::size_t i = 0; i < batch.size(); ++i) run_one(i);
    } else {
      std::atomic<std::size_t> next{0};
      auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < batch.size();) run_one(i);
      };
      // This thread works too, beside n - 1 others. A thread that cannot be
      // started (a process or memory limit) leaves the work to those that
      // could, down to this one alone: slower, never lost.
      const unsigned n = static_cast<unsigned>(std::min<std::size_t>(threads, batch.size()));
      std::vector<std::thread> pool;
      pool.reserve(n - 1);
      for (unsigned t = 1; t < n; ++t) {
        try {
          pool.emplace_back(work);
        } catch (const std::system_error& e) {
          if (!thread_warning_given) {
            diag.warning("-j " + std::to_string(threads),
                         "cannot start another thread (" + std::string(e.what()) + "); going on with " +
                             std::to_string(pool.size() + 1));
            thread_warning_given = true;
          }
          break;
        }
      }
      work();
      for (auto& th : pool) th.join();
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (results[i])
        consume(std::move(*results[i]));
      else
        diag.error(batch[i].origin, "extraction failed: " + failures[i]);
      prog.advance(1, batch[i].bytes);
    }
    batch.clear();
  };
  input_article item;
  while (reader.next(item)) {
    batch.push_back(std::move(item));
    if (batch.size() >= batch_size) flush();
  }
  if (!batch.empty()) flush();
  prog.finish();
  diag.attach(nullptr);
}

int finish(const diagnostics& diag, bool wrote) {
  return wrote && diag.failures() == 0 ? exit_ok : exit_partial;
}

}  // namespace

int run_extract(const extract_options& o) {
  diagnostics diag(o.common.strict, o.common.quiet);
  auto items = expand_inputs(o.inputs, o.input, input_format::text, diag);
  article_reader reader(std::move(items), diag);
  output out;
  if (!out.open(o.common.output, diag)) return exit_partial;
  std::ostream& os = out.stream();
  bool first = true;
  std::string buf;  // one article's JSON, written to the stream in one call
  extract_all(reader, o.jobs, diag, [&](whosaid::graph&& g) {
    for (std::size_t i = 0; i < g.article_count(); ++i) {
      whosaid::article_id a(static_cast<std::uint32_t>(i));
      if (o.explain) {
        if (!first) os << '\n';
        print_explanation(os, g, a);
      } else if (o.format == "text") {
        if (!first) os << '\n';
        print_article(os, g, a);
      } else {
        whosaid::json_style style;
        style.indent = o.format == "json" ? 2 : 0;
        buf.clear();
        whosaid::write_article_json(buf, g, a, style);
        buf += '\n';
        os.write(buf.data(), static_cast<std::streamsize>(buf.size()));
      }
      first = false;
    }
  });
  bool wrote = out.close(diag);
  return finish(diag, wrote);
}

int run_graph(const graph_options& o) {
  diagnostics diag(o.common.strict, o.common.quiet);
  auto items = expand_inputs(o.inputs, o.input, input_format::jsonl, diag);
  article_reader reader(std::move(items), diag);
  if (o.format == "jsonl") {
    // The map step of a map-reduce: each article's graph as soon as it is
    // made, nothing held back; `whosaid merge` is the reduce.
    output out;
    if (!out.open(o.common.output, diag)) return exit_partial;
    whosaid::jsonl_writer<std::ostreambuf_iterator<char>> w{std::ostreambuf_iterator<char>(out.stream())};
    extract_all(reader, o.jobs, diag, [&](whosaid::graph&& g) { w.write(g); });
    bool wrote = out.close(diag);
    return finish(diag, wrote);
  }
  whosaid::graph all;
  bool first = true;
  extract_all(reader, o.jobs, diag, [&](whosaid::graph&& g) {
    // The first article's graph is taken as it is, the rest merged in input
    // order: the same rule as `whosaid merge`, so merging the graphs of two
    // halves of a corpus gives this graph.
    if (first)
      all = std::move(g);
    else
      all.merge(std::move(g));
    first = false;
  });
  if (o.join_people) whosaid::join_people(all);
  bool wrote = write_graph(all, o.format, o.common, diag);
  return finish(diag, wrote);
}

}  // namespace whosaid::cli
