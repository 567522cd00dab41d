// The README's example, kept identical to it: text in, who said what about
// whom out.
#include <whosaid/extract.hpp>
#include <whosaid/summary.hpp>
#include <cstdio>

int main() {
  const char* text =
      "Finnish Transport Minister Mikko Lahtinen said Helsinki would pay half of the study's cost.\n\n"
      "\u201cA tunnel would change how people in both capitals think about work,\u201d Lahtinen told Reuters.";

  whosaid::graph g = whosaid::extract(text);
  std::fputs(whosaid::summary(g).c_str(), stdout);

  for (const auto& c : g.claims())  // every claim is data: speaker, kind, cue, channel, spans
    std::printf("%s -> %s\n", g[c.speaker].name.c_str(), std::string(g.cue(c)).c_str());
}
