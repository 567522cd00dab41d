// Stage 2b of the extractor: roles and memberships stated around names.
//
//   Japanese Prime Minister Sanae Takaichi    title premodifier   -> role (Japan)
//   Norvik spokesman Pavel Orlin               nominal premodifier -> member (Norvik)
//   South Korea’s national security adviser, Wi Sung-lac,          -> role (South Korea)
//   Kang, a professor of economics at Hankuk University,           -> member
//   Shin, a former South Korean vice minister and senior fellow at the Sejong Institute,
//   Ana Ruiz, from Human Rights Watch,                            -> member
//
// Works on one paragraph's mentions. A nominal used as a role of a named
// person is marked as a modifier so that the attribution stage takes the
// name, not the role, as the speaker.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "../kinds.hpp"
#include "../text_span.hpp"
#include "mentions.hpp"
#include "text_scanner.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

struct relation_hit {
  int subject = -1;  // mention index (a person)
  int object = -1;   // mention index (country or organization)
  predicate pred = predicate::role;
  text_span label;
  text_span evidence;
};

class relation_finder {
 public:
  explicit relation_finder(std::string_view text) noexcept : t_(text) {}

  void find(const paragraph_scan& p, std::vector<mention>& ms, std::vector<relation_hit>& out) const {
    out.clear();
    const auto& tk = p.tokens;
    const std::size_t n = ms.size();
    // Index: mention starting at each token (first one wins: the outer one
    // when nominals cover names).
    std::vector<int> at_start(tk.size() + 1, -1);
    for (std::size_t i = 0; i < n; ++i)
      if (at_start[ms[i].first] < 0 || ms[static_cast<std::size_t>(at_start[ms[i].first])].last < ms[i].last)
        at_start[ms[i].first] = static_cast<int>(i);

    for (std::size_t i = 0; i < n; ++i) {
      mention& m = ms[i];
      // 1. Title premodifiers found by the mention stage.
      if (m.type == mention_type::name && m.role_of >= 0 && !m.role.empty()) {
        const mention& o = ms[static_cast<std::size_t>(m.role_of)];
        add(out, static_cast<int>(i), m.role_of, o.kind == actor_kind::country ? predicate::role : predicate::role,
            m.role, {o.span.begin, m.span.end});
      }
      // 1b. An organization right before a titled name: "Central bank
      //     Governor Rosa Villanueva", "the ministry spokesman Li".
      if (m.type == mention_type::name && m.role_of < 0 && !m.role.empty() && m.is(mf_titled) && i > 0) {
        for (std::size_t j = i, steps = 0; j-- > 0 && steps < 4; ++steps) {
          const mention& o = ms[j];
          if (o.last != m.first || o.type != mention_type::nominal) continue;
          if (o.kind != actor_kind::organization && o.kind != actor_kind::media) continue;
          add(out, static_cast<int>(i), static_cast<int>(j), predicate::role, m.role, {o.span.begin, m.span.end});
          break;
        }
      }
      // 1c. "Ruth Calder of the Harbour Policy Unit": a person and
      //     the organization they speak for.
      if (m.type == mention_type::name && m.kind == actor_kind::person && !m.is(mf_in_quote) &&
          m.last + 1 < tk.size() && tk[m.last].kind == token_kind::word && iequals(word(tk[m.last]), "of")) {
        std::uint32_t r = m.last + 1;
        if (r + 1 < tk.size() && iequals(word(tk[r]), "the")) ++r;
        int o = at_start[r];
        if (o >= 0 && ms[static_cast<std::size_t>(o)].type == mention_type::name &&
            (ms[static_cast<std::size_t>(o)].kind == actor_kind::organization ||
             ms[static_cast<std::size_t>(o)].kind == actor_kind::media))
          add(out, static_cast<int>(i), o, predicate::member, {tk[m.last].begin, ms[static_cast<std::size_t>(o)].span.end},
              {m.span.begin, ms[static_cast<std::size_t>(o)].span.end});
      }
      // 2. A nominal right before a name: "Norvik spokesman Pavel Orlin",
      //    or in apposition: "the adviser, Wi Sung-lac,".
      if (m.type == mention_type::nominal && !m.is(mf_group) && m.kind == actor_kind::person) {
        std::uint32_t k = m.last;
        bool comma = k < tk.size() && is_punct(tk[k], ',');
        int nm = at_start.size() > k + (comma ? 1 : 0) ? at_start[k + (comma ? 1 : 0)] : -1;
        if (nm >= 0 && ms[static_cast<std::size_t>(nm)].type == mention_type::name &&
            (ms[static_cast<std::size_t>(nm)].kind == actor_kind::person ||
             ms[static_cast<std::size_t>(nm)].kind == actor_kind::unknown) &&
            !ms[static_cast<std::size_t>(nm)].is(mf_in_quote)) {
          mention& person = ms[static_cast<std::size_t>(nm)];
          bool closes = !comma || person.last >= tk.size() || is_punct(tk[person.last], ',') ||
                        !tk[person.last].is(tf_capitalized);
          if (closes) {
            person.kind = actor_kind::person;
            m.flags |= mf_modifier;
            int obj = object_inside(ms, i);
            if (obj >= 0 && ms[static_cast<std::size_t>(obj)].kind == actor_kind::unknown)
              ms[static_cast<std::size_t>(obj)].kind = actor_kind::organization;
            text_span label = label_of(p, ms, i, obj);
            if (person.role.empty()) person.role = label;
            if (obj >= 0)
              add(out, nm, obj, relation_kind(ms[static_cast<std::size_t>(obj)], m), label,
                  {m.span.begin, person.span.end});
          }
        }
      }
      // 3. An apposition after a name: "X, a professor at Y," / "X, from Y,".
      if (m.type == mention_type::name && m.kind == actor_kind::person && !m.is(mf_in_quote) &&
          m.last < tk.size() && is_punct(tk[m.last], ',')) {
        apposition(p, ms, at_start, i, out);
      }
    }
  }

 private:
  bool is_punct(const token& t, char c) const noexcept { return t.kind == token_kind::punct && t_[t.begin] == c; }
  std::string_view word(const token& t) const noexcept { return t_.substr(t.begin, t.end - t.begin); }

  static predicate relation_kind(const mention& obj, const mention& nominal) noexcept {
    (void)nominal;
    return obj.kind == actor_kind::country ? predicate::role : predicate::member;
  }

  static void add(std::vector<relation_hit>& out, int s, int o, predicate p, text_span label, text_span ev) {
    for (const auto& r : out)
      if (r.subject == s && r.object == o) return;
    out.push_back({s, o, p, label, ev});
  }

  // A country or organization named inside a nominal ("South Korean" in
  // "a former South Korean vice defence minister").
  static int object_inside(const std::vector<mention>& ms, std::size_t nominal) {
    const mention& m = ms[nominal];
    for (std::size_t j = mention_finder::first_at(ms, m.first); j < ms.size() && ms[j].first < m.last; ++j) {
      if (j == nominal) continue;
      const mention& o = ms[j];
      if (o.type != mention_type::name || o.last > m.last) continue;
      if (o.kind == actor_kind::country || o.kind == actor_kind::organization || o.kind == actor_kind::media)
        return static_cast<int>(j);
      // An unknown single name before a role noun is its organization:
      // "Brightwater spokesman".
      if (o.kind == actor_kind::unknown && o.last < m.last) return static_cast<int>(j);
    }
    return -1;
  }

  // The nominal's words without its determiner and, when the object is at
  // its start ("Norvik spokesman"), without the object.
  text_span label_of(const paragraph_scan& p, const std::vector<mention>& ms, std::size_t nominal, int obj) const {
    const mention& m = ms[nominal];
    text_span l = m.name;
    if (obj >= 0) {
      const mention& o = ms[static_cast<std::size_t>(obj)];
      if (o.span.begin <= l.begin && o.span.end < l.end && !o.is(mf_demonym)) {
        // Skip the object and the space after it.
        std::uint32_t b = o.span.end;
        for (const token& t : p.tokens)
          if (t.begin >= b) {
            b = t.begin;
            break;
          }
        l.begin = b;
      }
    }
    return l;
  }

  void apposition(const paragraph_scan& p, std::vector<mention>& ms, const std::vector<int>& at_start,
                  std::size_t person, std::vector<relation_hit>& out) const {
    const auto& tk = p.tokens;
    std::uint32_t k = ms[person].last + 1;
    std::uint32_t lim = k + 30 < tk.size() ? k + 30 : static_cast<std::uint32_t>(tk.size());
    std::uint32_t end = k;
    while (end < lim && !is_punct(tk[end], ',') && !is_punct(tk[end], '.') && tk[end].kind != token_kind::open_quote &&
           !tk[end].is(tf_in_quote))
      ++end;
    if (end >= lim || end == k) return;
    // "from Y" / "of Y"
    if (iequals(word(tk[k]), "from") || iequals(word(tk[k]), "of")) {
      int o = at_start[k + 1];
      if (o < 0 && k + 2 < end && iequals(word(tk[k + 1]), "the")) o = at_start[k + 2];
      if (o >= 0 && org_like(ms[static_cast<std::size_t>(o)]) && ms[static_cast<std::size_t>(o)].last == end)
        add(out, static_cast<int>(person), o, predicate::member, {tk[k].begin, tk[end - 1].end},
            {ms[person].span.begin, tk[end - 1].end});
      return;
    }
    // Role nominals inside the apposition, each with its object.
    for (std::size_t j = mention_finder::first_at(ms, k); j < ms.size() && ms[j].first < end; ++j) {
      mention& nm = ms[j];
      if (nm.type != mention_type::nominal || nm.last > end || nm.is(mf_group)) continue;
      if (nm.kind != actor_kind::person) continue;
      nm.flags |= mf_modifier;
      nm.flags &= static_cast<std::uint16_t>(~mf_anonymous);
      int obj = object_inside(ms, j);
      text_span label = label_of(p, ms, j, obj);
      if (obj < 0) {
        // "professor of economics at Y": the object after at/of/for/with.
        for (std::uint32_t q = nm.last; q + 1 < end; ++q) {
          std::string_view w = word(tk[q]);
          if (tk[q].kind != token_kind::word) break;
          if (iequals(w, "and")) break;
          if (iequals(w, "at") || iequals(w, "of") || iequals(w, "for") || iequals(w, "with") || iequals(w, "in")) {
            std::uint32_t r = q + 1;
            if (r < end && iequals(word(tk[r]), "the")) ++r;
            int o = at_start[r];
            // "analyst at Troika Dialog": a role's place of work is an
            // organization even when its name looks like a person's.
            if (o >= 0 && !iequals(w, "in") && ms[static_cast<std::size_t>(o)].type == mention_type::name &&
                ms[static_cast<std::size_t>(o)].kind == actor_kind::person && !ms[static_cast<std::size_t>(o)].is(mf_titled) &&
                ms[static_cast<std::size_t>(o)].last <= end && (iequals(w, "at") || iequals(w, "for")))
              ms[static_cast<std::size_t>(o)].kind = actor_kind::organization;
            if (o >= 0 && org_like(ms[static_cast<std::size_t>(o)])) {
              if (iequals(w, "in") && ms[static_cast<std::size_t>(o)].kind == actor_kind::country) break;
              obj = o;
              label = {nm.name.begin, tk[q - 1].end};
              break;
            }
          }
        }
      }
      if (obj >= 0)
        add(out, static_cast<int>(person), obj, relation_kind(ms[static_cast<std::size_t>(obj)], nm), label,
            {ms[person].span.begin, tk[end - 1].end});
    }
  }

  static bool org_like(const mention& m) noexcept {
    return m.type == mention_type::name && (m.kind == actor_kind::organization || m.kind == actor_kind::media ||
                                            m.kind == actor_kind::country || m.kind == actor_kind::unknown);
  }

  std::string_view t_;
};

}  // namespace whosaid::detail
