// Graph benchmark: one million claims across 100,000 articles, built with the
// public API, then queried and merged.
//
// The workload is synthetic and deterministic (same seed, same graph on every
// run): speakers follow a Zipf law over 100,000 actors (a few speak in
// thousands of articles, most once), each claim is about 1 to 3 actors (a
// country in four cases of ten), about one claim in seven comes through a
// media channel, and each article has 1 to 19 claims plus two relations. The
// article texts are short generated sentences whose spans the claims point
// into.
//
// Usage: whosaid_graph_bench [claims [articles [actors]]]
//
// Memory is measured as the allocator's bytes in use (glibc mallinfo2) before
// and after building, with the article texts allocated before the first
// measurement and moved into the graph, so the difference is everything the
// graph costs beyond the texts. A breakdown by container, counted from the
// capacities the public API exposes, says where it goes.
#include <whosaid/graph.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "bench_util.hpp"

namespace {

using namespace whosaid;
using whosaid_bench::clock;
using whosaid_bench::keep;
using whosaid_bench::rng;
using whosaid_bench::seconds_since;

struct params {
  std::uint32_t claims = 1'000'000;
  std::uint32_t articles = 100'000;
  std::uint32_t actors = 100'000;
};

// ---- the world: actors and their popularity ---------------------------------

constexpr std::uint32_t country_count = 193;
constexpr std::uint32_t media_count = 120;

const char* const syllables[] = {"ka", "lo", "min", "ra", "sen", "ta", "vi", "dor", "el", "na", "gu", "ber",
                                  "shi", "an", "mo", "ri", "pa", "zel", "to", "ha", "ne", "lin", "so", "vak"};

std::string make_word(std::uint64_t x, int parts) {
  std::string s;
  for (int i = 0; i < parts; ++i) {
    s += syllables[x % std::size(syllables)];
    x /= std::size(syllables);
  }
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

struct world {
  std::vector<std::string> names;
  std::vector<std::string> surnames;  // the short form a text uses after the first mention
  std::vector<actor_kind> kinds;
  std::vector<std::uint32_t> by_popularity;  // rank -> actor index, most popular first
  std::vector<double> speaker_cdf;           // Zipf(s = 1) over popularity ranks
  std::vector<double> country_cdf;
  std::vector<double> media_cdf;
};

std::vector<double> zipf_cdf(std::size_t n) {
  std::vector<double> cdf(n);
  double sum = 0;
  for (std::size_t r = 0; r < n; ++r) cdf[r] = (sum += 1.0 / static_cast<double>(r + 1));
  for (double& x : cdf) x /= sum;
  return cdf;
}

std::uint32_t draw(const std::vector<double>& cdf, rng& r) {
  auto it = std::lower_bound(cdf.begin(), cdf.end(), r.unit());
  return static_cast<std::uint32_t>(std::min<std::ptrdiff_t>(it - cdf.begin(), static_cast<std::ptrdiff_t>(cdf.size()) - 1));
}

// Actors 0..192 are countries, the next 120 media outlets, then one in six of
// the rest an organization and the others people. Names are unique; surnames
// repeat, as they do in the news.
world make_world(std::uint32_t n) {
  world w;
  w.names.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (i < country_count) {
      w.names.push_back(make_word(i * 7919u + 11, 3) + "ia");
      w.kinds.push_back(actor_kind::country);
      w.surnames.push_back(w.names.back());
    } else if (i < country_count + media_count) {
      w.names.push_back(make_word(i * 104729u, 2) + " News");
      w.kinds.push_back(actor_kind::media);
      w.surnames.push_back(w.names.back());
    } else if (i % 6 == 0) {
      w.names.push_back(make_word(i, 3) + " Institute");
      w.kinds.push_back(actor_kind::organization);
      w.surnames.push_back("the institute");
    } else {
      std::string surname = make_word(i % 2000 + 3, 2);
      w.names.push_back(make_word(i / 2000 * 31 + i % 2000, 2) + " " + make_word(i / 2000, 1) + " " + surname);
      w.kinds.push_back(actor_kind::person);
      w.surnames.push_back(std::move(surname));
    }
  }
  w.by_popularity.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) w.by_popularity[i] = i;
  rng r(42);
  for (std::uint32_t i = n - 1; i > 0; --i) std::swap(w.by_popularity[i], w.by_popularity[r.below(i + 1)]);
  w.speaker_cdf = zipf_cdf(n);
  w.country_cdf = zipf_cdf(country_count);
  w.media_cdf = zipf_cdf(media_count);
  return w;
}

// ---- one corpus: article texts and the claims to add ------------------------

struct claim_plan {
  std::uint32_t article, speaker, via;  // via: invalid_value when none
  actor_id about[3];
  std::uint8_t about_count;
  claim_kind kind;
  text_span content, cue, mention;
};

struct relation_plan {
  std::uint32_t article, subject, object;
  predicate pred;
  text_span evidence;
};

struct corpus {
  std::vector<std::string> texts;
  std::vector<claim_plan> claims;
  std::vector<relation_plan> relations;
  std::size_t text_bytes = 0;
};

const char* const vocabulary[] = {
    "the",     "talks",    "would",    "not",      "resume",   "until",    "sanctions", "were",     "lifted",
    "we",      "have",     "made",     "progress", "on",       "trade",    "and",       "security", "border",
    "this",    "is",       "a",        "serious",  "mistake",  "they",     "must",      "stop",     "market",
    "growth",  "slowed",   "in",       "third",    "quarter",  "plan",     "will",      "create",   "jobs",
    "deal",    "remains",  "possible", "our",      "position", "has",      "changed",   "election", "rules",
    "budget",  "cuts",     "hurt",     "schools",  "ceasefire", "holding", "for",       "now",      "prices"};

// Builds the texts and the plan. An article is a run of sentences, one per
// claim: “<content>,” <mention> <cue>. Every span points into its text.
corpus make_corpus(const world& w, const params& p, std::uint64_t seed) {
  rng r(seed);
  corpus c;
  // Claims per article: 1..19, then nudged until they add up exactly.
  std::vector<std::uint32_t> per_article(p.articles);
  std::uint64_t total = 0;
  for (auto& n : per_article) total += (n = 1 + r.below(19));
  while (total != p.claims) {
    auto& n = per_article[r.below(p.articles)];
    if (total < p.claims && n < 19) ++n, ++total;
    else if (total > p.claims && n > 1) --n, --total;
  }
  c.texts.resize(p.articles);
  c.claims.reserve(p.claims);
  c.relations.reserve(2 * std::size_t(p.articles));
  static const char* const cues[] = {"said", "told", "added", "warned", "according to", "insisted"};
  const std::uint32_t n_actors = static_cast<std::uint32_t>(w.names.size());
  for (std::uint32_t a = 0; a < p.articles; ++a) {
    std::string& t = c.texts[a];
    std::uint32_t first_speaker = 0;
    for (std::uint32_t k = 0; k < per_article[a]; ++k) {
      claim_plan cp{};
      cp.article = a;
      cp.speaker = w.by_popularity[draw(w.speaker_cdf, r)];
      if (k == 0) first_speaker = cp.speaker;
      cp.via = r.below(7) == 0 ? country_count + draw(w.media_cdf, r) : basic_id<void>::invalid_value;
      cp.about_count = static_cast<std::uint8_t>(1 + r.below(3));
      for (int i = 0; i < cp.about_count; ++i)
        cp.about[i] = actor_id(r.below(10) < 4 ? draw(w.country_cdf, r) : w.by_popularity[draw(w.speaker_cdf, r)]);
      cp.kind = static_cast<claim_kind>(r.below(3));
      t += "\xE2\x80\x9C";  // “
      auto begin = static_cast<std::uint32_t>(t.size());
      for (std::uint32_t i = 0, n = 4 + r.below(7); i < n; ++i) {
        if (i) t += ' ';
        t += vocabulary[r.below(static_cast<std::uint32_t>(std::size(vocabulary)))];
      }
      cp.content = {begin, static_cast<std::uint32_t>(t.size())};
      t += ",\xE2\x80\x9D ";  // ,”
      const std::string& mention = k == 0 ? w.names[cp.speaker] : w.surnames[cp.speaker];
      cp.mention = {static_cast<std::uint32_t>(t.size()), static_cast<std::uint32_t>(t.size() + mention.size())};
      t += mention;
      t += ' ';
      const char* cue = cues[r.below(static_cast<std::uint32_t>(std::size(cues)))];
      cp.cue = {static_cast<std::uint32_t>(t.size()), static_cast<std::uint32_t>(t.size() + std::string_view(cue).size())};
      t += cue;
      t += ". ";
      c.claims.push_back(cp);
    }
    // Two affiliations per article: the first speaker's role in a country and
    // membership of an organization.
    text_span ev = c.claims[c.claims.size() - per_article[a]].mention;
    c.relations.push_back({a, first_speaker, draw(w.country_cdf, r), predicate::role, ev});
    const std::uint32_t first_org = (country_count + media_count + 5) / 6;  // organizations are the multiples of 6
    std::uint32_t org = 6 * (first_org + r.below(n_actors / 6 - first_org));
    c.relations.push_back({a, first_speaker, org, predicate::member, ev});
    c.text_bytes += t.size();
  }
  return c;
}

// ---- building ----------------------------------------------------------------

struct build_times {
  double articles = 0, actors = 0, claims = 0, relations = 0;
  double cpu = 0;  // CPU seconds of the whole build
  double total() const { return articles + actors + claims + relations; }
};

// Moves the texts into a new graph and adds everything through the public API.
graph build(const world& w, corpus& c, bool reserve, build_times& t) {
  graph g;
  double cpu0 = whosaid_bench::cpu_seconds();
  if (reserve) g.reserve(c.texts.size(), w.names.size(), c.claims.size(), c.relations.size());
  auto t0 = clock::now();
  for (std::string& text : c.texts) g.add_article(std::move(text));
  t.articles = seconds_since(t0);

  t0 = clock::now();
  for (std::size_t i = 0; i < w.names.size(); ++i) {
    std::vector<std::string> aliases;
    if (w.kinds[i] == actor_kind::person) aliases.push_back(w.surnames[i]);
    g.add_actor(w.names[i], w.kinds[i], std::move(aliases));
  }
  t.actors = seconds_since(t0);

  t0 = clock::now();
  for (const claim_plan& p : c.claims) {
    claim cl;
    cl.article = article_id(p.article);
    cl.speaker = actor_id(p.speaker);
    cl.via = actor_id(p.via);
    cl.kind = p.kind;
    cl.content = p.content;
    cl.cue = p.cue;
    cl.speaker_mention = p.mention;
    cl.about.assign(p.about, p.about + p.about_count);
    g.add_claim(std::move(cl));
  }
  t.claims = seconds_since(t0);

  t0 = clock::now();
  for (const relation_plan& p : c.relations) {
    relation r;
    r.article = article_id(p.article);
    r.subject = actor_id(p.subject);
    r.object = actor_id(p.object);
    r.predicate = p.pred;
    r.label = p.pred == predicate::role ? "minister" : "senior fellow";
    r.evidence = p.evidence;
    g.add_relation(std::move(r));
  }
  t.relations = seconds_since(t0);
  t.cpu = whosaid_bench::cpu_seconds() - cpu0;
  return g;
}

// The graph an extractor returns for one article: its text, the actors it
// names, its claims and relations. `whosaid graph` merges one of these per
// article into the corpus graph.
graph one_article_graph(const world& w, const corpus& c, std::size_t article, std::size_t& next_claim,
                        std::size_t& next_relation) {
  graph g;
  article_id art = g.add_article(c.texts[article]);
  std::vector<actor_id> local(w.names.size());  // world index -> id here; invalid when absent
  auto actor = [&](std::uint32_t i) {
    if (!local[i].valid()) {
      std::vector<std::string> aliases;
      if (w.kinds[i] == actor_kind::person) aliases.push_back(w.surnames[i]);
      local[i] = g.add_actor(w.names[i], w.kinds[i], std::move(aliases));
    }
    return local[i];
  };
  for (; next_claim < c.claims.size() && c.claims[next_claim].article == article; ++next_claim) {
    const claim_plan& p = c.claims[next_claim];
    claim cl;
    cl.article = art;
    cl.speaker = actor(p.speaker);
    if (p.via != basic_id<void>::invalid_value) cl.via = actor(p.via);
    cl.kind = p.kind;
    cl.content = p.content;
    cl.cue = p.cue;
    cl.speaker_mention = p.mention;
    for (int i = 0; i < p.about_count; ++i) cl.about.push_back(actor(p.about[i].value()));
    g.add_claim(std::move(cl));
  }
  for (; next_relation < c.relations.size() && c.relations[next_relation].article == article; ++next_relation) {
    const relation_plan& p = c.relations[next_relation];
    relation r;
    r.article = art;
    r.subject = actor(p.subject);
    r.object = actor(p.object);
    r.predicate = p.pred;
    r.label = p.pred == predicate::role ? "minister" : "senior fellow";
    r.evidence = p.evidence;
    g.add_relation(std::move(r));
  }
  return g;
}

// ---- memory accounting ---------------------------------------------------------

// glibc's chunk for a request of n bytes: 8 bytes of header, 16-byte aligned,
// 32 bytes at least.
std::size_t chunk(std::size_t n) { return n == 0 ? 0 : std::max<std::size_t>(32, (n + 8 + 15) / 16 * 16); }

void print_breakdown(const graph& g, std::size_t measured) {
  std::size_t claims = g.claims().capacity() * sizeof(claim);
  std::size_t about = 0;
  for (const claim& c : g.claims())
    if (c.about.capacity() > decltype(c.about)::inline_capacity) about += chunk(c.about.capacity() * sizeof(actor_id));
  std::size_t articles = g.articles().capacity() * sizeof(article);
  std::size_t actors = g.actors().capacity() * sizeof(actor);
  std::size_t actor_strings = 0;
  for (const actor& a : g.actors()) {
    if (a.name.capacity() > 15) actor_strings += chunk(a.name.capacity() + 1);
    actor_strings += chunk(a.aliases.capacity() * sizeof(std::string));
    for (const auto& s : a.aliases)
      if (s.capacity() > 15) actor_strings += chunk(s.capacity() + 1);
  }
  std::size_t relations = g.relations().capacity() * sizeof(relation);
  // The per-actor and per-article indices are private: estimate them from
  // their sizes and id_list's rule (16 bytes each, inline up to 3 ids, then
  // blocks of 6, 14, 30, ... ids).
  auto list_heap = [](std::size_t n) -> std::size_t {
    if (n <= 3) return 0;
    std::size_t cap = 6;
    while (cap < n) cap = cap * 2 + 2;
    return chunk(cap * 4);
  };
  std::size_t claim_index = 0, other_index = 0, index_headers = 0;
  for (const actor& a : g.actors()) {
    claim_index += list_heap(g.claims_by(a.id).size()) + list_heap(g.claims_about(a.id).size()) +
                   list_heap(g.claims_via(a.id).size());
    other_index += list_heap(g.relations_of(a.id).size());
    index_headers += 4 * 16;
  }
  for (const article& a : g.articles()) {
    claim_index += list_heap(g.claims_in(a.id).size());
    other_index += list_heap(g.relations_in(a.id).size());
    index_headers += 2 * 16;
  }
  std::size_t counted =
      claims + about + articles + actors + actor_strings + relations + claim_index + other_index + index_headers;
  double n = static_cast<double>(g.claim_count());
  auto row = [&](const char* what, std::size_t bytes) {
    std::printf("  %-52s %12zu B  %7.1f B/claim\n", what, bytes, static_cast<double>(bytes) / n);
  };
  std::printf("  breakdown (counted from public containers; sizeof(claim) = %zu, sizeof(actor) = %zu, "
              "sizeof(article) = %zu):\n", sizeof(claim), sizeof(actor), sizeof(article));
  row("claims vector (capacity x sizeof)", claims);
  row("claim.about heap blocks", about);
  row("articles vector (metadata, not text)", articles);
  row("actors vector", actors);
  row("actor names and aliases on the heap", actor_strings);
  row("relations vector", relations);
  row("claim indices' heap blocks (estimated)", claim_index);
  row("relation indices' heap blocks (estimated)", other_index);
  row("index list headers, 16 B per list", index_headers);
  row("rest: name hash, vector slack, estimate error", measured > counted ? measured - counted : 0);
  std::printf("  per-claim structures alone (claims vector + about + claim indices): %.1f B/claim\n",
              static_cast<double>(claims + about + claim_index) / n);
}

// ---- queries ---------------------------------------------------------------------

// Seconds per call of f: the best of five batches of at least 10 ms and 3
// calls each, so that a batch the scheduler interrupted on a busy machine
// does not count.
double time_per_call(const std::function<std::size_t()>& f) {
  double best = 1e300;
  for (int batch = 0; batch < 5; ++batch) {
    std::size_t calls = 0;
    auto t0 = clock::now();
    double elapsed = 0;
    do {
      keep(f());
      ++calls;
      elapsed = seconds_since(t0);
    } while (elapsed < 0.01 || calls < 3);
    best = std::min(best, elapsed / static_cast<double>(calls));
  }
  return best;
}

void query_row(const char* query, const std::string& subject, std::size_t answer, double secs) {
  std::printf("  %-30s %-34s %9zu %12.2f %10.1f\n", query, subject.c_str(), answer, secs * 1e6,
              answer ? secs * 1e9 / static_cast<double>(answer) : 0.0);
}

// Actors ordered by an index's size, largest first.
std::vector<actor_id> ranked(const graph& g, id_view<claim_id> (graph::*index)(actor_id) const noexcept) {
  std::vector<actor_id> ids;
  for (const actor& a : g.actors()) ids.push_back(a.id);
  std::stable_sort(ids.begin(), ids.end(), [&](actor_id x, actor_id y) {
    return (g.*index)(x).size() > (g.*index)(y).size();
  });
  return ids;
}

// Sums something from every claim of a view, so that the query's answer is
// read and not just located.
std::size_t walk(const graph& g, id_view<claim_id> v) {
  std::size_t s = 0;
  for (claim_id id : v) s += g[id].content.size();
  return s;
}

void run_queries(const graph& g) {
  std::printf("\nqueries (time per call; an id_view query includes reading every claim of the answer)\n");
  std::printf("  %-30s %-34s %9s %12s %10s\n", "query", "subject (popularity rank)", "answer", "us/call", "ns/item");
  const std::size_t ranks[] = {1, 10, 100, 1000, 10000};
  auto label = [&](actor_id a, std::size_t rank) {
    std::string name = g[a].name;
    if (name.size() > 20) name = name.substr(0, 20);
    return name + " (#" + std::to_string(rank) + ")";
  };

  auto speakers = ranked(g, &graph::claims_by);
  for (std::size_t r : ranks) {
    actor_id a = speakers[r - 1];
    auto v = g.claims_by(a);
    query_row("claims_by", label(a, r), v.size(), time_per_call([&] { return walk(g, g.claims_by(a)); }));
  }
  auto targets = ranked(g, &graph::claims_about);
  for (std::size_t r : ranks) {
    actor_id a = targets[r - 1];
    auto v = g.claims_about(a);
    query_row("claims_about", label(a, r), v.size(), time_per_call([&] { return walk(g, g.claims_about(a)); }));
  }
  auto channels = ranked(g, &graph::claims_via);
  for (std::size_t r : {1, 10, 100}) {
    actor_id a = channels[r - 1];
    auto v = g.claims_via(a);
    query_row("claims_via", label(a, r), v.size(), time_per_call([&] { return walk(g, g.claims_via(a)); }));
  }
  for (std::uint32_t want : {1u, 10u, 19u}) {
    article_id art;
    for (const article& a : g.articles())
      if (g.claims_in(a.id).size() == want) { art = a.id; break; }
    if (!art.valid()) continue;
    query_row("claims_in", "article " + std::to_string(art.value()), want,
              time_per_call([&] { return walk(g, g.claims_in(art)); }));
  }
  for (std::size_t r : ranks) {
    actor_id a = speakers[r - 1];
    auto v = g.relations_of(a);
    query_row("relations_of", label(a, r), v.size(), time_per_call([&] {
                std::size_t s = 0;
                for (relation_id id : g.relations_of(a)) s += g[id].object.value();
                return s;
              }));
  }
  for (std::size_t r : ranks) {
    actor_id a = targets[r - 1];
    std::size_t n = g.claims_about(a).size();
    query_row("speakers_about (in: claims)", label(a, r), n,
              time_per_call([&] { return g.speakers_about(a).size(); }));
  }
  for (std::size_t r : ranks) {
    actor_id a = speakers[r - 1];
    std::size_t n = g.claims_by(a).size();
    query_row("targets_of (in: claims)", label(a, r), n, time_per_call([&] { return g.targets_of(a).size(); }));
  }

  std::printf("\n  select() walks the shortest index among its criteria; ns/item is per claim of that index\n");
  std::printf("  %-52s %9s %9s %12s %10s\n", "filter", "answer", "walked", "us/call", "ns/walked");
  auto filter_row = [&](const std::string& what, const graph::filter_type& f, std::size_t walked) {
    double s = time_per_call([&] { return f.count(); });
    std::printf("  %-52s %9zu %9zu %12.2f %10.1f\n", what.c_str(), f.count(), walked, s * 1e6,
                walked ? s * 1e9 / static_cast<double>(walked) : 0.0);
  };
  actor_id country = targets[0];
  for (std::size_t r : ranks) {
    actor_id a = speakers[r - 1];
    auto f = g.select().said_by(a).about(country);
    filter_row("said_by(#" + std::to_string(r) + ").about(top target)", f,
               std::min(g.claims_by(a).size(), g.claims_about(country).size()));
  }
  for (std::size_t r : ranks) {
    actor_id a = targets[r - 1];
    auto f = g.select().about(a).kind(claim_kind::direct);
    filter_row("about(#" + std::to_string(r) + ").kind(direct)", f, g.claims_about(a).size());
  }
  for (std::size_t r : {1, 100, 10000}) {
    actor_id a = speakers[r - 1];
    auto f = g.select().said_by(a).cue("warned");
    filter_row("said_by(#" + std::to_string(r) + ").cue(\"warned\")", f, g.claims_by(a).size());
  }
  {
    auto f = g.select().via(channels[0]).about(country).kind(claim_kind::indirect);
    filter_row("via(top channel).about(top target).kind(indirect)", f,
               std::min(g.claims_via(channels[0]).size(), g.claims_about(country).size()));
  }
  {
    article_id art(12345);
    auto f = g.select().in(art).said_by(speakers[0]);
    filter_row("in(article 12345).said_by(#1)", f, g.claims_in(art).size());
  }
  {
    auto f = g.select().kind(claim_kind::mixed);
    filter_row("kind(mixed) (no index: every claim)", f, g.claim_count());
  }
  {
    double s = time_per_call([&] { return g.find_actor(g[speakers[0]].name).has_value() ? std::size_t(1) : 0; });
    std::printf("  %-52s %9d %9s %12.2f\n", "find_actor(name of #1)", 1, "-", s * 1e6);
  }
}

}  // namespace

int main(int argc, char** argv) {
  params p;
  if (argc > 1) p.claims = static_cast<std::uint32_t>(std::stoul(argv[1]));
  if (argc > 2) p.articles = static_cast<std::uint32_t>(std::stoul(argv[2]));
  if (argc > 3) p.actors = static_cast<std::uint32_t>(std::stoul(argv[3]));
  if (p.articles == 0 || p.claims < p.articles || p.claims > 19ull * p.articles || p.actors < 1000) {
    std::fprintf(stderr, "usage: %s [claims [articles [actors]]]: articles <= claims <= 19 x articles, actors >= 1000\n",
                 argv[0]);
    return 2;
  }
#ifndef NDEBUG
  std::printf("warning: assertions are on; configure with -DCMAKE_BUILD_TYPE=Release for real figures\n");
#endif
  std::printf("whosaid graph benchmark: %u claims, %u articles, %u actors\n", p.claims, p.articles, p.actors);
  world w = make_world(p.actors);

  std::printf("\nbuild (add_article, add_actor, add_claim, add_relation through the public API)\n");
  std::printf("  %-12s %10s %10s %10s %10s %10s %12s %14s %12s %12s\n", "mode", "articles s", "actors s", "claims s",
              "rels s", "total s", "claims/s", "CPU claims/s", "heap B/claim", "RSS B/claim");
  for (bool reserve : {false, true}) {
    corpus c = make_corpus(w, p, 1);
    std::size_t heap0 = whosaid_bench::heap_in_use(), rss0 = whosaid_bench::rss_now();
    build_times t;
    graph g = build(w, c, reserve, t);
    std::size_t heap = whosaid_bench::heap_in_use() - heap0;
    std::size_t rss = whosaid_bench::rss_now() - rss0;
    std::printf("  %-12s %10.3f %10.3f %10.3f %10.3f %10.3f %12.0f %14.0f %12.1f %12.1f\n",
                reserve ? "reserve()" : "no reserve", t.articles, t.actors, t.claims, t.relations, t.total(),
                p.claims / t.total(), p.claims / t.cpu,
                static_cast<double>(heap) / p.claims, static_cast<double>(rss) / p.claims);
    if (reserve) {
      std::printf("  text: %zu B (%.1f B/claim, not counted above); graph heap beyond the texts: %zu B\n",
                  c.text_bytes, static_cast<double>(c.text_bytes) / p.claims, heap);
      print_breakdown(g, heap);
    } else {
      std::printf("  claims alone (add_claim loop): %.0f claims/s\n", p.claims / t.claims);
    }
    if (reserve) run_queries(g);
  }

  std::printf("\nmerge of two such graphs (same actors, different claims and articles)\n");
  for (bool steal : {false, true}) {
    corpus ca = make_corpus(w, p, 1), cb = make_corpus(w, p, 2);
    build_times t;
    graph a = build(w, ca, false, t), b = build(w, cb, false, t);
    std::size_t before = a.actor_count();
    double cpu0 = whosaid_bench::cpu_seconds();
    auto t0 = clock::now();
    merge_map map = steal ? a.merge(std::move(b)) : a.merge(b);
    double s = seconds_since(t0), cpu = whosaid_bench::cpu_seconds() - cpu0;
    keep(map);
    std::printf("  %-22s %8.3f s (CPU %.3f s)  %12.0f claims/s  -> %zu claims, %zu articles, %zu actors (%zu new)\n",
                steal ? "merge(graph&&)" : "merge(const graph&)", s, cpu, p.claims / s, a.claim_count(),
                a.article_count(), a.actor_count(), a.actor_count() - before);
  }
  std::printf("\nmerge one article at a time (what a corpus run does): the first N articles' graphs into one\n");
  {
    corpus c = make_corpus(w, p, 1);
    for (std::size_t n : {std::size_t(p.articles / 8), std::size_t(p.articles / 4), std::size_t(p.articles / 2), std::size_t(p.articles)}) {
      std::vector<graph> parts;
      parts.reserve(n);
      std::size_t next_claim = 0, next_relation = 0;
      for (std::size_t a = 0; a < n; ++a) parts.push_back(one_article_graph(w, c, a, next_claim, next_relation));
      graph all;
      double cpu0 = whosaid_bench::cpu_seconds();
      auto t0 = clock::now();
      for (graph& part : parts) all.merge(std::move(part));
      double s = seconds_since(t0), cpu = whosaid_bench::cpu_seconds() - cpu0;
      std::printf("  %7zu articles %8zu claims  %8.3f s (CPU %.3f s)  %12.0f claims/s  %7.2f us/article\n", n,
                  next_claim, s, cpu, static_cast<double>(next_claim) / s, s * 1e6 / static_cast<double>(n));
      if (s > 20) {
        std::printf("  (stopping: over 20 s)\n");
        break;
      }
    }
  }
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) > 0) std::printf("\nload average at the end: %.2f\n", load[0]);
  std::printf("peak RSS: %.1f MB\n", static_cast<double>(whosaid_bench::rss_peak()) / 1e6);
  return 0;
}
