// Helpers shared by the benchmark programs: a deterministic random source, a
// wall clock, and the process's heap and resident memory. Not part of the
// library.
#pragma once

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace whosaid_bench {

// splitmix64: small, fast, and the same sequence on every machine, so every
// run benchmarks the same graph.
class rng {
 public:
  explicit rng(std::uint64_t seed) noexcept : s_(seed) {}
  std::uint64_t next() noexcept {
    std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n).
  std::uint32_t below(std::uint32_t n) noexcept {
    return static_cast<std::uint32_t>((next() >> 32) * n >> 32);
  }
  // Uniform in [0, 1).
  double unit() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t s_;
};

using clock = std::chrono::steady_clock;

inline double seconds_since(clock::time_point t0) noexcept {
  return std::chrono::duration<double>(clock::now() - t0).count();
}

// This process's CPU time in seconds: unlike the wall clock, it does not
// count the time other processes on a shared machine took.
inline double cpu_seconds() noexcept {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Bytes the allocator has handed out and not had back (main arena plus
// mmapped blocks). Exact, unlike RSS, which keeps freed pages.
inline std::size_t heap_in_use() noexcept {
  struct mallinfo2 mi = mallinfo2();
  return mi.uordblks + mi.hblkhd;
}

// The current resident set size, from /proc/self/statm.
inline std::size_t rss_now() noexcept {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long pages = 0, resident = 0;
  int n = std::fscanf(f, "%lu %lu", &pages, &resident);
  std::fclose(f);
  return n == 2 ? resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE)) : 0;
}

// The peak resident set size of this process so far.
inline std::size_t rss_peak() noexcept {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<std::size_t>(ru.ru_maxrss) * 1024;
}

// Keeps the optimizer from discarding a result the benchmark computed.
template <class T>
inline void keep(const T& value) noexcept {
  asm volatile("" : : "r,m"(value) : "memory");
}

}  // namespace whosaid_bench
