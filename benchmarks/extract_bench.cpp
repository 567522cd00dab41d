// Extraction throughput: the sample articles repeated to 1 KB, 1 MB, 10 MB,
// 50 MB and 100 MB, extracted on one core article by article and as one huge
// text, with the time and the peak memory of each run; then `wc -w` over the
// same bytes, the speed users compare us with.
//
// Usage: whosaid_extract_bench [--data DIR] [--max-mb N] [--no-wc]
//
// Each run happens in a child process of its own, so its peak resident set
// (getrusage via wait4) is that run's alone: the input, the extractor's
// buffers and its output. MB are 10^6 bytes.
#include <whosaid/extract.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_util.hpp"

#ifndef WHOSAID_BENCH_DATA_DIR
#define WHOSAID_BENCH_DATA_DIR "examples/data"
#endif

namespace {

using whosaid_bench::clock;
using whosaid_bench::seconds_since;

std::vector<std::string> load_samples(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (!ss.str().empty()) out.push_back(ss.str());
  }
  return out;
}

// The samples in turn until `size` bytes; the last one cut at a space so
// that every article ends on a whole word.
std::vector<std::string> articles_of_size(const std::vector<std::string>& samples, std::size_t size) {
  std::vector<std::string> out;
  std::size_t total = 0;
  for (std::size_t i = 0; total < size; ++i) {
    std::string a = samples[i % samples.size()];
    if (total + a.size() > size) {
      std::size_t cut = a.rfind(' ', size - total);
      a.resize(cut == std::string::npos || cut == 0 ? size - total : cut);
    }
    total += a.size();
    out.push_back(std::move(a));
  }
  return out;
}

// One text: the articles joined by blank lines, as a file of many articles
// would be.
std::string one_text(const std::vector<std::string>& samples, std::size_t size) {
  std::string t;
  t.reserve(size);
  for (std::size_t i = 0; t.size() < size; ++i) {
    if (!t.empty()) t += "\n\n";
    t += samples[i % samples.size()];
  }
  t.resize(size);
  return t;
}

double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

enum class mode { per_article, per_article_merged, one_text };

const char* name_of(mode m) {
  switch (m) {
    case mode::per_article: return "article by article";
    case mode::per_article_merged: return "articles into one graph";
    case mode::one_text: return "one huge text";
  }
  return "?";
}

struct result {
  double seconds = 0;      // per run, wall clock
  double cpu_seconds = 0;  // per run, this process's CPU time: immune to other load on the machine
  std::uint64_t runs = 0, bytes = 0, claims = 0, actors = 0;
  std::uint64_t rss_before = 0;  // after building the input, before extracting
};

// Runs in the child: builds the input, extracts it (repeatedly for small
// inputs, until 0.3 s have passed), and reports.
result run(const std::vector<std::string>& samples, std::size_t size, mode m) {
  const whosaid::extractor ex;
  result r;
  double elapsed = 0;
  do {
    // A fresh copy of the input each time, built outside the clock: the
    // extractor takes the article's text by move.
    std::vector<std::string> articles;
    std::string text;
    if (m == mode::one_text) text = one_text(samples, size);
    else articles = articles_of_size(samples, size);
    if (r.runs == 0) r.rss_before = whosaid_bench::rss_now();
    std::uint64_t claims = 0, actors = 0, bytes = 0;
    double cpu0 = cpu_now();
    auto t0 = clock::now();
    if (m == mode::one_text) {
      bytes = text.size();
      whosaid::article a;
      a.text = std::move(text);
      whosaid::graph g = ex.extract(std::move(a));
      claims = g.claim_count();
      actors = g.actor_count();
    } else if (m == mode::per_article) {
      for (std::string& t : articles) {
        bytes += t.size();
        whosaid::article a;
        a.text = std::move(t);
        whosaid::graph g = ex.extract(std::move(a));
        claims += g.claim_count();
        actors += g.actor_count();
      }
    } else {
      whosaid::graph all;
      for (std::string& t : articles) {
        bytes += t.size();
        whosaid::article a;
        a.text = std::move(t);
        ex.extract_into(all, std::move(a));
      }
      claims = all.claim_count();
      actors = all.actor_count();
    }
    elapsed += seconds_since(t0);
    r.cpu_seconds += cpu_now() - cpu0;
    ++r.runs;
    r.bytes = bytes;
    r.claims = claims;
    r.actors = actors;
  } while (elapsed < 0.3);
  r.seconds = elapsed / static_cast<double>(r.runs);
  r.cpu_seconds /= static_cast<double>(r.runs);
  return r;
}

struct measured {
  result r;
  std::uint64_t peak_rss = 0;
  bool ok = false;
};

// The run in a child process, so that its peak memory is its own.
measured in_child(const std::vector<std::string>& samples, std::size_t size, mode m) {
  measured out;
  int fd[2];
  if (pipe(fd) != 0) return out;
  std::fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    close(fd[0]);
    result r = run(samples, size, m);
    ssize_t n = write(fd[1], &r, sizeof r);
    _exit(n == static_cast<ssize_t>(sizeof r) ? 0 : 1);
  }
  close(fd[1]);
  ssize_t n = read(fd[0], &out.r, sizeof out.r);
  close(fd[0]);
  int status = 0;
  struct rusage ru {};
  wait4(pid, &status, 0, &ru);
  out.peak_rss = static_cast<std::uint64_t>(ru.ru_maxrss) * 1024;
  out.ok = n == static_cast<ssize_t>(sizeof out.r) && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return out;
}

std::string size_label(std::size_t bytes) {
  if (bytes >= 1000000) return std::to_string(bytes / 1000000) + " MB";
  if (bytes >= 1000) return std::to_string(bytes / 1000) + " KB";
  return std::to_string(bytes) + " B";
}

// Seconds for `command` run by the shell, best of `tries`.
double time_command(const std::string& command, int tries) {
  double best = 1e300;
  for (int i = 0; i < tries; ++i) {
    auto t0 = clock::now();
    if (std::system(command.c_str()) != 0) return -1;
    best = std::min(best, seconds_since(t0));
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = WHOSAID_BENCH_DATA_DIR;
  std::size_t max_mb = 100;
  bool wc = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) dir = argv[++i];
    else if (a == "--max-mb" && i + 1 < argc) max_mb = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--no-wc") wc = false;
    else {
      std::fprintf(stderr, "usage: %s [--data DIR] [--max-mb N] [--no-wc]\n", argv[0]);
      return 2;
    }
  }
#ifndef NDEBUG
  std::printf("warning: assertions are on; configure with -DCMAKE_BUILD_TYPE=Release for real figures\n");
#endif
  std::vector<std::string> samples = load_samples(dir);
  if (samples.empty()) {
    std::fprintf(stderr, "no .txt sample articles in %s\n", dir.c_str());
    return 1;
  }
  std::size_t sample_bytes = 0;
  for (const auto& s : samples) sample_bytes += s.size();
  std::printf("whosaid extraction benchmark: %zu sample articles (%zu bytes) from %s, one core\n", samples.size(),
              sample_bytes, dir.c_str());

  std::vector<std::size_t> sizes = {1000, 1000000, 10000000, 50000000, 100000000};
  sizes.erase(std::remove_if(sizes.begin(), sizes.end(), [&](std::size_t s) { return s > max_mb * 1000000; }),
              sizes.end());

  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) > 0) std::printf("load average before the runs: %.2f (this machine has %ld cores)\n", load[0], sysconf(_SC_NPROCESSORS_ONLN));
  std::printf("\n  %-24s %8s %6s %11s %9s %9s %9s %10s %10s %9s\n", "mode", "input", "runs", "s/run", "MB/s",
              "CPU MB/s", "claims", "peak MB", "over base", "x input");
  for (mode m : {mode::per_article, mode::one_text, mode::per_article_merged}) {
    std::uint64_t base = 0;  // the smallest run's peak: the constant part
    for (std::size_t size : sizes) {
      measured x = in_child(samples, size, m);
      if (!x.ok) {
        std::printf("  %-24s %8s  failed (the child process died)\n", name_of(m), size_label(size).c_str());
        continue;
      }
      if (base == 0) base = x.peak_rss;
      double mb = static_cast<double>(x.r.bytes) / 1e6;
      double over = static_cast<double>(x.peak_rss - std::min(x.peak_rss, base)) / 1e6;
      std::printf("  %-24s %8s %6llu %11.6f %9.1f %9.1f %9llu %10.1f %10.1f %9.2f\n", name_of(m),
                  size_label(size).c_str(), static_cast<unsigned long long>(x.r.runs), x.r.seconds, mb / x.r.seconds,
                  mb / x.r.cpu_seconds,
                  static_cast<unsigned long long>(x.r.claims), static_cast<double>(x.peak_rss) / 1e6, over,
                  size >= 1000000 ? over / mb : 0.0);
    }
  }
  std::printf("  (MB/s: by the wall clock; CPU MB/s: by the process's CPU time, what one free core would do;\n"
              "   peak MB: the child's peak resident set; over base: above the 1 KB run's peak, the constant;\n"
              "   x input: that excess over the input size, the input itself included)\n");

  if (wc) {
    std::size_t size = std::min<std::size_t>(max_mb, 100) * 1000000;
    std::string path = "/tmp/whosaid_extract_bench_" + std::to_string(getpid()) + ".txt";
    {
      std::ofstream f(path, std::ios::binary);
      std::string t = one_text(samples, size);
      f.write(t.data(), static_cast<std::streamsize>(t.size()));
    }
    std::printf("\n`wc -w` on the same %s as one file (best of 3, file in the page cache):\n", size_label(size).c_str());
    for (const char* locale : {"", "LC_ALL=C ", "LC_ALL=C.UTF-8 "}) {
      double s = time_command(std::string(locale) + "wc -w " + path + " > /dev/null", 3);
      std::printf("  %-28s %8.3f s %9.1f MB/s\n", (std::string(locale) + "wc -w").c_str(), s,
                  s > 0 ? static_cast<double>(size) / 1e6 / s : 0.0);
    }
    std::remove(path.c_str());
  }
  return 0;
}
