// Where a paragraph states a role around a name, read in one place for the
// two stages that need it:
//
//   Norvik spokesman Pavel Orlin         a role nominal before a name
//   the adviser, Wi Sung-lac,            a role nominal in apposition before it
//   Kang, a professor at Hankuk Univ.,   an apposition after a name
//
// settle_roles() is the last step of mention finding: what these structures
// say about the mentions themselves (the name is a person, the role nominal
// is a modifier and not a speaker of its own, a workplace is an
// organization). relation_finder reads the same structures, afterwards and
// without changing a mention, to state the roles as relations.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "../../detail/text.hpp"
#include "../../kinds.hpp"
#include "../../text_span.hpp"
#include "mention.hpp"
#include "text_scanner.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

class role_reader {
 public:
  // Reads `ms`, the sorted mentions of `p`; keeps references to both.
  role_reader(std::string_view text, const paragraph_scan& p, const std::vector<mention>& ms)
      : t_(text), p_(p), ms_(ms), at_start_(p.tokens.size() + 1, -1) {
    // The mention starting at each token; the outer one when nominals
    // cover names.
    for (std::size_t i = 0; i < ms.size(); ++i) {
      int& s = at_start_[ms[i].first];
      if (s < 0 || ms[static_cast<std::size_t>(s)].last < ms[i].last) s = static_cast<int>(i);
    }
  }

  // The mention starting at token `k`, or -1.
  int at(std::uint32_t k) const noexcept { return k < at_start_.size() ? at_start_[k] : -1; }

  // The name a person's role nominal `i` stands for: right after it
  // ("Norvik spokesman Pavel Orlin") or after a comma, closed by one ("the
  // adviser, Wi Sung-lac,"); -1 if none.
  int named_by_role(std::size_t i) const noexcept {
    const mention& m = ms_[i];
    if (m.type != mention_type::nominal || m.is(mf_group) || m.kind != actor_kind::person) return -1;
    const auto& tk = p_.tokens;
    std::uint32_t k = m.last;
    // "head of emergencies Ana Ruiz", "minister of state for trade Ian
    // Holt": the role's own of-phrase, lower-case words, before the name.
    if (k + 2 < tk.size() && iequals(word(tk[k]), "of") && at(k + 1) < 0) {
      std::uint32_t q = k + 1;
      while (q < tk.size() && q < k + 5 && tk[q].kind == token_kind::word && !tk[q].is(tf_capitalized) &&
             at(q) < 0)
        ++q;
      const int after = at(q);
      if (q > k + 1 && after >= 0 && ms_[static_cast<std::size_t>(after)].type == mention_type::name &&
          ms_[static_cast<std::size_t>(after)].last - ms_[static_cast<std::size_t>(after)].first >= 2)
        k = q;
    }
    const bool comma = k < tk.size() && is_punct(tk[k], ',');
    const int nm = at(k + (comma ? 1 : 0));
    if (nm < 0) return -1;
    const mention& person = ms_[static_cast<std::size_t>(nm)];
    // A name already inside a larger phrase ("a veteran Democratic
    // strategist") modifies it; it is not the person the role names.
    if (person.type != mention_type::name || person.is(mf_in_quote) || person.is(mf_modifier) ||
        (person.kind != actor_kind::person && person.kind != actor_kind::unknown))
      return -1;
    const bool closes =
        !comma || person.last >= tk.size() || is_punct(tk[person.last], ',') || !tk[person.last].is(tf_capitalized);
    return closes ? nm : -1;
  }

  // The name of unknown kind that organization nominal `i` is set beside
  // by a comma, either way round: "the main opposition party, Tamsa," and
  // "Tamsa, the main opposition party,". The name then names an
  // organization (or outlet) of that kind; -1 if none.
  int named_by_body(std::size_t i) const noexcept {
    const mention& m = ms_[i];
    const auto& tk = p_.tokens;
    if (m.type != mention_type::nominal || m.is(mf_group) || m.is(mf_possessive) || m.is(mf_in_quote) ||
        (m.kind != actor_kind::organization && m.kind != actor_kind::media))
      return -1;
    auto closed = [&](std::uint32_t k) { return k >= tk.size() || is_punct(tk[k], ',') || is_punct(tk[k], '.'); };
    auto unknown_name = [&](int j) {
      return j >= 0 && ms_[static_cast<std::size_t>(j)].type == mention_type::name &&
             ms_[static_cast<std::size_t>(j)].kind == actor_kind::unknown &&
             !ms_[static_cast<std::size_t>(j)].is(mf_in_quote);
    };
    // After: "the party, Tamsa,".
    if (m.last + 1 < tk.size() && is_punct(tk[m.last], ',')) {
      const int j = at(m.last + 1);
      if (unknown_name(j) && closed(ms_[static_cast<std::size_t>(j)].last)) return j;
    }
    // Before: "Tamsa, the party,", with its article.
    if (m.first >= 2 && closed(m.last) && is_punct(tk[m.first - 1], ',') &&
        (p_.info(m.first).vocab & vc_is_determiner) != 0) {
      // A name is short: it starts within a few tokens of the comma.
      for (std::size_t j = first_at(ms_, m.first > 16 ? m.first - 16 : 0); j < ms_.size() && ms_[j].first < m.first; ++j)
        if (ms_[j].last == m.first - 1 && unknown_name(static_cast<int>(j))) return static_cast<int>(j);
    }
    return -1;
  }

  // The end (exclusive) of the apposition after person `i` and its comma,
  // "X, a professor at Y," / "X, from Y,": the next comma or period within a
  // short reach, outside quotations; 0 if none.
  std::uint32_t apposition_end(std::size_t i) const noexcept {
    const mention& m = ms_[i];
    const auto& tk = p_.tokens;
    if (m.type != mention_type::name || m.kind != actor_kind::person || m.is(mf_in_quote) || m.last >= tk.size() ||
        !is_punct(tk[m.last], ','))
      return 0;
    const std::uint32_t k = m.last + 1;
    const std::uint32_t lim = k + 30 < tk.size() ? k + 30 : static_cast<std::uint32_t>(tk.size());
    std::uint32_t end = k;
    while (end < lim && !is_punct(tk[end], ',') && !is_punct(tk[end], '.') && tk[end].kind != token_kind::open_quote &&
           !tk[end].is(tf_in_quote))
      ++end;
    return end >= lim || end == k ? 0 : end;
  }

  // The apposition opens with "from" or "of": "Ana Ruiz, from Human Rights
  // Watch,". Its role nominals are then not read.
  bool apposition_of_origin(std::size_t person) const noexcept {
    const std::string_view w = word(p_.tokens[ms_[person].last + 1]);
    return iequals(w, "from") || iequals(w, "of");
  }

  // A role nominal inside the apposition [from, end).
  bool role_in_apposition(std::size_t j, std::uint32_t end) const noexcept {
    const mention& nm = ms_[j];
    return nm.type == mention_type::nominal && nm.last <= end && !nm.is(mf_group) && nm.kind == actor_kind::person;
  }

  // A country or organization named inside a nominal ("South Korean" in
  // "a former South Korean vice defence minister").
  int object_inside(std::size_t nominal) const noexcept {
    const mention& m = ms_[nominal];
    for (std::size_t j = first_at(ms_, m.first); j < ms_.size() && ms_[j].first < m.last; ++j) {
      if (j == nominal) continue;
      const mention& o = ms_[j];
      if (o.type != mention_type::name || o.last > m.last) continue;
      if (o.kind == actor_kind::country || o.kind == actor_kind::organization || o.kind == actor_kind::media)
        return static_cast<int>(j);
      // An unknown single name before a role noun is its organization:
      // "Brightwater spokesman".
      if (o.kind == actor_kind::unknown && o.last < m.last) return static_cast<int>(j);
    }
    return -1;
  }

  // The mention after "X of" at token r: "of the Harbour Trust", or over
  // a lower-case noun that says what the body is, "of brokers Fenwick
  // Hale" (the name is then the body, whatever it looked like); -1 if none.
  int body_after_of(std::uint32_t r) const noexcept {
    const auto& tk = p_.tokens;
    if (r + 1 < tk.size() && iequals(word(tk[r]), "the")) ++r;
    if (r + 1 < tk.size() && tk[r].kind == token_kind::word && !tk[r].is(tf_capitalized) &&
        ((p_.info(r).vocab & vc_is_org_noun) != 0 || p_.info(r).plural_org_noun) && tk[r + 1].is(tf_capitalized))
      ++r;
    return at(r);
  }

  struct workplace {
    int mention = -1;        // the organization
    std::uint32_t word = 0;  // the preposition before it
  };
  // "professor of economics at Y": the place of work after the role
  // nominal `j`, within the apposition ending at `end`, after at/of/for/with/
  // in; "in" does not lead to a country.
  workplace workplace_after(std::size_t j, std::uint32_t end) const noexcept {
    const auto& tk = p_.tokens;
    for (std::uint32_t q = ms_[j].last; q + 1 < end; ++q) {
      const std::string_view w = word(tk[q]);
      if (tk[q].kind != token_kind::word || iequals(w, "and")) break;
      if (!iequals(w, "at") && !iequals(w, "of") && !iequals(w, "for") && !iequals(w, "with") && !iequals(w, "in"))
        continue;
      std::uint32_t r = q + 1;
      if (r < end && iequals(word(tk[r]), "the")) ++r;
      const int o = at(r);
      if (o < 0) continue;
      const mention& m = ms_[static_cast<std::size_t>(o)];
      if (!org_like(m) && !person_named_workplace(m, w, end)) continue;
      if (iequals(w, "in") && m.kind == actor_kind::country) break;
      return {o, q};
    }
    return {};
  }

  // "analyst at Troika Dialog": a role's place of work is an organization
  // even when its name looks like a person's.
  static bool person_named_workplace(const mention& m, std::string_view prep, std::uint32_t end) noexcept {
    return m.type == mention_type::name && m.kind == actor_kind::person && !m.is(mf_titled) && m.last <= end &&
           (iequals(prep, "at") || iequals(prep, "for"));
  }

  static bool org_like(const mention& m) noexcept {
    return m.type == mention_type::name && (m.kind == actor_kind::organization || m.kind == actor_kind::media ||
                                            m.kind == actor_kind::country || m.kind == actor_kind::unknown);
  }

  bool is_punct(const token& t, char c) const noexcept { return t.kind == token_kind::punct && t_[t.begin] == c; }
  std::string_view word(const token& t) const noexcept { return t_.substr(t.begin, t.end - t.begin); }

  // The nominal's words without its determiner and, when the object is at
  // its start ("Norvik spokesman"), without the object.
  text_span label_of(std::size_t nominal, int obj) const noexcept {
    const mention& m = ms_[nominal];
    text_span l = m.name;
    if (obj >= 0) {
      const mention& o = ms_[static_cast<std::size_t>(obj)];
      if (o.span.begin <= l.begin && o.span.end < l.end && !o.is(mf_demonym)) {
        // Skip the object and the space after it: the label starts at the
        // first token past the object (found by bisection; the tokens are in
        // text order, and a scan from the paragraph's start per label would
        // be quadratic in a long paragraph).
        const auto& tk = p_.tokens;
        auto next = std::partition_point(tk.begin(), tk.end(), [&](const token& t) { return t.begin < o.span.end; });
        l.begin = next != tk.end() ? next->begin : o.span.end;
      }
    }
    return l;
  }

 private:
  std::string_view t_;
  const paragraph_scan& p_;
  const std::vector<mention>& ms_;
  std::vector<int> at_start_;
};

// What the role structures settle about the mentions, in text order: the
// name a role nominal stands for is a person and takes the role as its
// label; the role nominal becomes a modifier (the name, not the role, is who
// speaks) and, in an apposition, no longer an anonymous source; an unknown
// name inside the role ("Brightwater spokesman") and a person-like workplace
// ("analyst at Troika Dialog") are organizations; an unnamed person's phrase
// takes in the organization after "for/of/at/with/from".
inline void settle_roles(std::string_view text, const paragraph_scan& p, std::vector<mention>& ms) {
  const role_reader roles(text, p, ms);  // reads ms as it is settled, mention by mention
  for (std::size_t i = 0; i < ms.size(); ++i) {
    if (const int nm = roles.named_by_role(i); nm >= 0) {
      mention& person = ms[static_cast<std::size_t>(nm)];
      // "head of emergencies Ana Ruiz": the of-phrase is the role's.
      if (person.first > ms[i].last && !p.tokens[ms[i].last].is(tf_in_quote) &&
          p.tokens[person.first - 1].kind == token_kind::word) {
        ms[i].last = person.first;
        ms[i].span.end = ms[i].name.end = p.tokens[person.first - 1].end;
      }
      person.kind = actor_kind::person;
      ms[i].flags |= mf_modifier;
      const int obj = roles.object_inside(i);
      // (A possessive may be a person's: "Hollis's lawyer"; its kind stays
      // open for coreference to settle.)
      if (obj >= 0 && ms[static_cast<std::size_t>(obj)].kind == actor_kind::unknown &&
          !ms[static_cast<std::size_t>(obj)].is(mf_possessive))
        ms[static_cast<std::size_t>(obj)].kind = actor_kind::organization;
      if (person.role.empty()) person.role = roles.label_of(i, obj);
    }
    if (const int nm = roles.named_by_body(i); nm >= 0) ms[static_cast<std::size_t>(nm)].kind = ms[i].kind;
    // "Rick Barton of brokers Fenwick Hale": the described name is a body.
    if (ms[i].type == mention_type::name && ms[i].kind == actor_kind::person && ms[i].last + 2 < p.tokens.size() &&
        iequals(roles.word(p.tokens[ms[i].last]), "of") && !p.tokens[ms[i].last + 1].is(tf_capitalized) &&
        !iequals(roles.word(p.tokens[ms[i].last + 1]), "the")) {
      const int o = roles.body_after_of(ms[i].last + 1);
      if (o >= 0 && ms[static_cast<std::size_t>(o)].type == mention_type::name &&
          (ms[static_cast<std::size_t>(o)].kind == actor_kind::person ||
           ms[static_cast<std::size_t>(o)].kind == actor_kind::unknown))
        ms[static_cast<std::size_t>(o)].kind = actor_kind::organization;
    }
    const std::uint32_t end = roles.apposition_end(i);
    if (end == 0 || roles.apposition_of_origin(i)) continue;
    for (std::size_t j = first_at(ms, ms[i].last + 1); j < ms.size() && ms[j].first < end; ++j) {
      if (!roles.role_in_apposition(j, end)) continue;
      ms[j].flags |= mf_modifier;
      ms[j].flags &= static_cast<std::uint16_t>(~mf_anonymous);
      if (roles.object_inside(j) >= 0) continue;
      const role_reader::workplace w = roles.workplace_after(j, end);
      if (w.mention >= 0 && ms[static_cast<std::size_t>(w.mention)].kind == actor_kind::person)
        ms[static_cast<std::size_t>(w.mention)].kind = actor_kind::organization;
    }
  }
  // "a spokeswoman for the council", "a senior official at the ministry":
  // an unnamed person's phrase takes in the organization they speak for,
  // which becomes its modifier. The phrase is then who speaks ("..., a
  // spokeswoman for the council said"), not the council.
  for (std::size_t i = 0; i < ms.size(); ++i) {
    mention& m = ms[i];
    if (m.type != mention_type::nominal || m.kind != actor_kind::person || m.is(mf_possessive) ||
        m.is(mf_modifier) || m.last + 1 >= p.tokens.size())
      continue;
    const token& prep = p.tokens[m.last];
    if (prep.kind != token_kind::word || (p.info(m.last).vocab & vc_is_affiliation) == 0 ||
        prep.is(tf_in_quote) != p.tokens[m.first].is(tf_in_quote))
      continue;
    // "for the council" (a nominal with its article), "for the Harbour
    // Trust" (a name after it).
    const std::uint32_t r = m.last + 1;
    int oi = roles.at(r);
    if (oi < 0 && r + 1 < p.tokens.size() && iequals(roles.word(p.tokens[r]), "the")) oi = roles.at(r + 1);
    if (oi < 0) continue;
    mention& o = ms[static_cast<std::size_t>(oi)];
    const bool body = o.kind == actor_kind::organization || o.kind == actor_kind::media ||
                      (o.type == mention_type::name && (o.kind == actor_kind::country || o.kind == actor_kind::unknown));
    if (!body || o.is(mf_possessive) || o.type == mention_type::pronoun) continue;
    o.flags |= mf_modifier;
    m.last = o.last;
    m.span.end = o.span.end;
    m.name.end = o.span.end;
  }
}

}  // namespace whosaid::detail
