// Stage 2b of the extractor: roles and memberships stated around names.
//
//   Japanese Prime Minister Sanae Takaichi    title premodifier   -> role (Japan)
//   Norvik spokesman Pavel Orlin               nominal premodifier -> member (Norvik)
//   South Korea’s national security adviser, Wi Sung-lac,          -> role (South Korea)
//   Kang, a professor of economics at Hankuk University,           -> member
//   Shin, a former South Korean vice minister and senior fellow at the Sejong Institute,
//   Ana Ruiz, from Human Rights Watch,                            -> member
//
// Works on one paragraph's mentions after mention finding has settled them
// (roles.hpp); it reads them and changes none.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "../../kinds.hpp"
#include "../../text_span.hpp"
#include "../lexicon.hpp"
#include "mention.hpp"
#include "roles.hpp"
#include "text_scanner.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

struct relation_hit {
  int subject = -1;  // mention index (a person)
  int object = -1;   // mention index (country or organization)
  predicate pred = predicate::role;
  text_span label;
  text_span evidence;
  bool source_only = false;  // kept only if the subject speaks in the article (an unnamed source)
};

// Keeps the first of each (subject, object) pair in `rs`, in order; `order`
// and `repeat` are scratch. Sorting an index, not comparing each relation
// with every earlier one, keeps many relations linear-logarithmic.
template <class Relation>
void keep_first_of_each_pair(std::vector<Relation>& rs, std::vector<std::uint32_t>& order, std::vector<bool>& repeat) {
  if (rs.size() < 2) return;
  order.resize(rs.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  auto pair_less = [&](std::uint32_t a, std::uint32_t b) {
    const Relation &x = rs[a], &y = rs[b];
    return x.subject != y.subject ? x.subject < y.subject : x.object < y.object;
  };
  std::stable_sort(order.begin(), order.end(), pair_less);
  repeat.assign(rs.size(), false);
  for (std::size_t k = 1; k < order.size(); ++k)
    if (!pair_less(order[k - 1], order[k])) repeat[order[k]] = true;
  std::size_t kept = 0;
  for (std::size_t k = 0; k < rs.size(); ++k)
    if (!repeat[k]) rs[kept++] = rs[k];
  rs.resize(kept);
}

class relation_finder {
 public:
  relation_finder(std::string_view text, const whosaid::lexicon& lex) noexcept : t_(text), lex_(lex) {}

  // The relations stated in paragraph `p` among its mentions `ms`, which
  // settle_roles() has already settled; the mentions are not changed.
  void find(const paragraph_scan& p, const std::vector<mention>& ms, std::vector<relation_hit>& out) const {
    out.clear();
    const auto& tk = p.tokens;
    const role_reader roles(t_, p, ms);
    for (std::size_t i = 0; i < ms.size(); ++i) {
      const mention& m = ms[i];
      const int self = static_cast<int>(i);
      // 1. Title premodifiers found by the mention stage.
      if (m.type == mention_type::name && m.role_of >= 0 && !m.role.empty()) {
        const mention& o = ms[static_cast<std::size_t>(m.role_of)];
        add(out, self, m.role_of, predicate::role, m.role, {o.span.begin, m.span.end});
      }
      // 1b. An organization right before a titled name: "Central bank
      //     Governor Rosa Villanueva", "the ministry spokesman Li"; or a
      //     country's or body's possessive: "Norway's Prime Minister Eva
      //     Lunde", "Harbour Bank's chief economist Ida Berg".
      if (m.type == mention_type::name && m.role_of < 0 && !m.role.empty() && m.is(mf_titled) && i > 0) {
        for (std::size_t j = i, steps = 0; j-- > 0 && steps < 4; ++steps) {
          const mention& o = ms[j];
          const bool owner = o.type == mention_type::name && o.is(mf_possessive) &&
                             (o.kind == actor_kind::country || o.kind == actor_kind::organization ||
                              o.kind == actor_kind::media);
          // "Chile's 70-year-old incumbent President X": an owner's title
          // may follow a few lower-case adjectives.
          if (o.last != m.first && !(owner && o.last < m.first && adjectives_only(p, o.last, m.first))) continue;
          if (o.type != mention_type::nominal && !owner) continue;
          if (o.kind != actor_kind::organization && o.kind != actor_kind::media && !owner) continue;
          add(out, self, static_cast<int>(j), predicate::role, m.role, {o.span.begin, m.span.end});
          break;
        }
      }
      // 1c. "Ruth Calder of the Harbour Policy Unit": a person and
      //     the organization they speak for.
      if (m.type == mention_type::name && m.kind == actor_kind::person && !m.is(mf_in_quote) &&
          m.last + 1 < tk.size() && tk[m.last].kind == token_kind::word && iequals(roles.word(tk[m.last]), "of")) {
        const int o = roles.body_after_of(m.last + 1);
        if (o >= 0 && ms[static_cast<std::size_t>(o)].type == mention_type::name &&
            (ms[static_cast<std::size_t>(o)].kind == actor_kind::organization ||
             ms[static_cast<std::size_t>(o)].kind == actor_kind::media))
          add(out, self, o, predicate::member, {tk[m.last].begin, ms[static_cast<std::size_t>(o)].span.end},
              {m.span.begin, ms[static_cast<std::size_t>(o)].span.end});
      }
      // 2. A role nominal before a name: "Norvik spokesman Pavel Orlin",
      //    or in apposition: "the adviser, Wi Sung-lac,".
      if (const int nm = roles.named_by_role(i); nm >= 0) {
        const int obj = roles.object_inside(i);
        if (obj >= 0 && !nationality(m, ms[static_cast<std::size_t>(obj)]))
          add(out, nm, obj, predicate_for(ms[static_cast<std::size_t>(obj)]), roles.label_of(i, obj),
              {m.span.begin, ms[static_cast<std::size_t>(nm)].span.end});
      }
      // 2b. An unnamed source's own body: "CIA analysts", "a senior U.S.
      //     official", "Harbour Bank spokesman". Stated for the sources
      //     that speak, as they are the article's actors; "US officials"
      //     only talked about are not.
      if (m.type == mention_type::nominal && !m.is(mf_modifier) && (m.is(mf_anonymous) || m.is(mf_group)) &&
          (m.kind == actor_kind::person || m.kind == actor_kind::group)) {
        const int obj = roles.object_inside(i);
        // A body the name is known to be: not a person's name ("Obama
        // administration officials"), a place ("European officials") or a
        // capitalized word that opens the sentence ("Humanitarian groups").
        const mention* o = obj >= 0 ? &ms[static_cast<std::size_t>(obj)] : nullptr;
        // ("Chile's voters" are people of the country, not a body in it.)
        const bool body = o != nullptr &&
                          (o->kind == actor_kind::organization || o->kind == actor_kind::country ||
                           o->kind == actor_kind::media) &&
                          !(o->is(mf_possessive) && m.is(mf_group));
        if (body && !nationality(m, *o)) {
          add(out, self, obj, predicate::member, m.name, m.span);
          out.back().source_only = true;
        }
      }
      // 3. An apposition after a name: "X, a professor at Y," / "X, from Y,".
      if (const std::uint32_t end = roles.apposition_end(i); end != 0) apposition(p, ms, roles, i, end, out);
    }
    drop_repeats(out);
  }

 private:
  // "Swedish singer X", "the Chilean candidate X": a demonym before a role
  // that is neither an office nor a post in a body states where someone is
  // from, not an affiliation ("Swedish Foreign Minister X" does).
  bool nationality(const mention& role, const mention& obj) const noexcept {
    if (!obj.is(mf_demonym) || obj.kind != actor_kind::country) return false;
    const std::uint32_t f = lex_.title_flags_of(role.head.of(t_));
    return (f & title_flags::role) != 0 && (f & (title_flags::affiliation | title_flags::official)) == 0;
  }

  // Tokens [a, b) are at most three lower-case words that are no function
  // word, verb of saying or noun-phrase break.
  static bool adjectives_only(const paragraph_scan& p, std::uint32_t a, std::uint32_t b) noexcept {
    if (b - a > 3) return false;
    for (std::uint32_t q = a; q < b; ++q) {
      const token& t = p.tokens[q];
      const word_info& w = p.info(q);
      if (t.kind != token_kind::word || t.is(tf_capitalized) || w.has_cue() ||
          (w.vocab & (vc_is_function_word | vc_breaks_noun_phrase)) != 0)
        return false;
    }
    return true;
  }

  static predicate predicate_for(const mention& obj) noexcept {
    return obj.kind == actor_kind::country ? predicate::role : predicate::member;
  }

  static void add(std::vector<relation_hit>& out, int s, int o, predicate p, text_span label, text_span ev) {
    out.push_back({s, o, p, label, ev});
  }

  // Rules that see the same relation twice state it once.
  static void drop_repeats(std::vector<relation_hit>& out) {
    std::vector<std::uint32_t> order;
    std::vector<bool> repeat;
    keep_first_of_each_pair(out, order, repeat);
  }

  void apposition(const paragraph_scan& p, const std::vector<mention>& ms, const role_reader& roles,
                  std::size_t person, std::uint32_t end, std::vector<relation_hit>& out) const {
    const auto& tk = p.tokens;
    const std::uint32_t k = ms[person].last + 1;
    const text_span evidence{ms[person].span.begin, tk[end - 1].end};
    // "from Y" / "of Y"
    if (roles.apposition_of_origin(person)) {
      int o = roles.at(k + 1);
      if (o < 0 && k + 2 < end && iequals(roles.word(tk[k + 1]), "the")) o = roles.at(k + 2);
      if (o >= 0 && role_reader::org_like(ms[static_cast<std::size_t>(o)]) && ms[static_cast<std::size_t>(o)].last == end)
        add(out, static_cast<int>(person), o, predicate::member, {tk[k].begin, tk[end - 1].end}, evidence);
      return;
    }
    // Role nominals inside the apposition, each with its object.
    for (std::size_t j = first_at(ms, k); j < ms.size() && ms[j].first < end; ++j) {
      if (!roles.role_in_apposition(j, end)) continue;
      int obj = roles.object_inside(j);
      text_span label = roles.label_of(j, obj);
      if (obj < 0) {
        const role_reader::workplace w = roles.workplace_after(j, end);
        if (w.mention >= 0) {
          obj = w.mention;
          label = {ms[j].name.begin, tk[w.word - 1].end};
        }
      }
      if (obj >= 0 && !nationality(ms[j], ms[static_cast<std::size_t>(obj)]))
        add(out, static_cast<int>(person), obj, predicate_for(ms[static_cast<std::size_t>(obj)]), label, evidence);
    }
  }

  std::string_view t_;
  const whosaid::lexicon& lex_;
};

}  // namespace whosaid::detail
