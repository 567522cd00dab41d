// Stage 4 of the extractor: from mentions to the article's actors.
//
//  - a lexicon entity resolves to its canonical actor, whatever the surface
//    ("Seoul", "South Korean" -> South Korea); the surface becomes an alias;
//  - a full name is an actor; a later surname or title + surname ("Kang",
//    "Mr Straw") resolves to the most recent person whose first or last
//    word it is; a full name that follows a lone surname upgrades it (the
//    canonical name is always the fullest form);
//  - "he"/"she" resolve to the most recent person who spoke or was a
//    sentence subject; "they" and "it" to the most recent group,
//    organization or country;
//  - "the official" resolves to the last anonymous source with that head,
//    "the minister" to the last person whose role has that word, "the
//    company" to the last organization;
//  - an indefinite anonymous source ("a senior official") is a new actor
//    every time; groups ("analysts") are one actor per wording.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../../detail/flat_multimap.hpp"
#include "../../detail/text.hpp"
#include "../../kinds.hpp"
#include "mentions.hpp"
#include "text_scanner.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

struct local_actor {
  std::string name;
  actor_kind kind = actor_kind::unknown;
  std::vector<std::string> aliases;
  std::string head;            // head noun of an unnamed source or group
  std::vector<std::string> roles;  // role labels, lower case
  bool anonymous = false;
  bool from_lexicon = false;
  bool used = false;           // in a claim or relation: goes into the graph
  std::uint32_t seen = 0;      // recency stamp
  char gender = 0;             // 'm' or 'f' from a courtesy title ("Mr", "Ms") or a given name; 0 unknown
  std::uint16_t he = 0, she = 0;  // he/she pronouns resolved to this actor
  int stands_for = -1;         // a document that is its author's voice: the author
  bool headline_name = false;  // named so far only in a title-case line, where any word looks like a name
  std::size_t word_entries = 0;  // the size of the word index when it was created
};

class coreference {
 public:
  explicit coreference(std::string_view text) : t_(text) {
    actors_.reserve(64);  // a news article's actors, without moving them as the list grows
  }

  const std::vector<local_actor>& actors() const noexcept { return actors_; }
  std::vector<local_actor>& actors() noexcept { return actors_; }

  // Resolves a mention to an actor index, or -1.
  int resolve(const paragraph_scan& p, const mention& m) {
    ++clock_;
    int a = -1;
    switch (m.type) {
      case mention_type::pronoun:
        a = resolve_pronoun(m);
        if (a >= 0 && m.pronoun == pronoun_kind::he) ++actors_[static_cast<std::size_t>(a)].he;
        if (a >= 0 && m.pronoun == pronoun_kind::she) ++actors_[static_cast<std::size_t>(a)].she;
        // "he" and "she" are people's.
        if (a >= 0 && (m.pronoun == pronoun_kind::he || m.pronoun == pronoun_kind::she) &&
            actors_[static_cast<std::size_t>(a)].kind == actor_kind::unknown)
          actors_[static_cast<std::size_t>(a)].kind = actor_kind::person;
        break;
      case mention_type::name: a = resolve_name(p, m); break;
      case mention_type::nominal:
        a = resolve_nominal(p, m);
        // "the ministry", "the 27-year-old": a description of a named
        // actor is one of the forms the text calls it by. A possessive one
        // ("Seoul's largest partner") is not: it is an actor of its own
        // more often than a second name.
        if (a >= 0 && starts_with_the(text(m.span))) add_description(a, text(m.span));
        break;
    }
    // A document known to be its author's ("the poll" after "a Harbour
    // University poll") is the author.
    if (a >= 0 && actors_[static_cast<std::size_t>(a)].stands_for >= 0) {
      actors_[static_cast<std::size_t>(a)].seen = clock_;
      a = actors_[static_cast<std::size_t>(a)].stands_for;
    }
    if (a >= 0) actors_[static_cast<std::size_t>(a)].seen = clock_;
    return a;
  }

  // Document actor `doc` speaks for `author` from now on.
  void stands_for(int doc, int author) {
    if (doc < 0 || author < 0 || doc == author) return;
    actors_[static_cast<std::size_t>(doc)].stands_for = author;
  }

  // The actor who spoke last or was the subject of a sentence; pronouns
  // look here first.
  void note_subject(int a) {
    if (a < 0) return;
    const local_actor& x = actors_[static_cast<std::size_t>(a)];
    if (x.kind == actor_kind::person) last_person_ = a, remember_person(a);
    else if (x.kind == actor_kind::group || x.anonymous) last_group_ = a, last_thing_ = a;
    else if (x.kind != actor_kind::location && x.kind != actor_kind::unknown) last_thing_ = a;
    if (x.anonymous && x.kind == actor_kind::person) last_person_ = a, remember_person(a);
  }
  void note_speaker(int a) {
    last_speaker_ = a;
    note_subject(a);
    // A name of unknown kind that speaks ("E'Dawn told the paper") is
    // most often a person the lexicon does not know: "he" may be them.
    const local_actor& x = actors_[static_cast<std::size_t>(a)];
    if (x.kind == actor_kind::unknown && !x.anonymous && x.head.empty()) last_person_ = a, remember_person(a);
  }
  int last_speaker() const noexcept { return last_speaker_; }
  actor_kind kind_of(int a) const noexcept { return actors_[static_cast<std::size_t>(a)].kind; }

  // The place the article is filed from (its dateline): "the city" and
  // "the town" speak for it.
  void home(std::string_view place) { home_ = name_case(place); }

  void add_role(int a, std::string_view label) {
    if (a < 0 || label.empty()) return;
    actors_[static_cast<std::size_t>(a)].roles.push_back(to_lower(label));
  }

  // Records a description that refers to a named actor ("the ministry")
  // among its aliases, for the reader only: names are not looked up by
  // it, so one wrong reading of a description does not spread.
  void add_description(int a, std::string_view s) {
    local_actor& x = actors_[static_cast<std::size_t>(a)];
    if (x.anonymous || !starts_with_the(s) || s.size() > 200 || x.aliases.size() >= max_aliases ||
        iequals(x.name, s.substr(4)))
      return;
    for (const auto& al : x.aliases)
      if (iequals(al, s)) return;
    x.aliases.emplace_back(s);
  }

  // Records a surface form of an actor (name or alias).
  void add_alias(int a, std::string_view s) {
    if (a < 0 || s.empty() || s.size() > 200) return;
    local_actor& x = actors_[static_cast<std::size_t>(a)];
    if (x.aliases.size() >= max_aliases || iequals(x.name, s)) return;
    for (const auto& al : x.aliases)
      if (iequals(al, s)) return;
    x.aliases.emplace_back(s);
    index(s, a);
    // "the Conservatives" is also written "Conservatives".
    if (starts_with_the(s)) add_alias(a, s.substr(4));
  }

 private:
  std::string_view text(text_span s) const noexcept { return s.of(t_); }
  static bool starts_with_the(std::string_view s) noexcept { return s.size() > 4 && iequals(s.substr(0, 4), "the "); }

  // Searches by recency look at the newest actors only: a bound that keeps
  // resolution linear on texts with thousands of actors. A news article has
  // far fewer.
  static constexpr std::size_t recent_window = 256;
  // Surface forms kept per actor. A referent in a news article has a handful
  // (seven at most in 878 of the corpus articles); a generated text can give
  // one thousands ("the 18-year-old", "the 19-year-old", ...), and lookups
  // compare an actor's forms one by one.
  static constexpr std::size_t max_aliases = 32;
  std::size_t scan_from() const noexcept {
    return actors_.size() > recent_window ? actors_.size() - recent_window : 0;
  }
  // Walks the word index for actors of the recent window only. Their entries
  // were all made once the window's oldest actor was, so the walk stops
  // there: a word that thousands of older names share ("Duarte") costs
  // nothing past the window.
  template <class F>
  void for_each_recent_word(std::string_view word, F&& f) const {
    const std::size_t since = actors_.empty() ? 0 : actors_[scan_from()].word_entries;
    by_word_.for_each_since(ihash(word), since, [&](int i) {
      if (static_cast<std::size_t>(i) >= scan_from()) f(i);
    });
  }

  void index(std::string_view s, int a) { by_name_.insert(ihash(s), a); }

  // Every name an actor is given is also indexed by its first and last
  // words, so that "Kang" finds "Kang Jun-young" without a scan of the
  // actors. Entries of a name since replaced stay; lookups check the name.
  void index_words(std::string_view name, int a) {
    by_word_.insert(ihash(first_word(name)), a);
    if (name.find(' ') != std::string_view::npos) by_word_.insert(ihash(last_word(name)), a);
  }

  // The most recent actor with the name or alias `s`; the lowest index
  // among equally recent ones.
  int find(std::string_view s) const {
    int best = -1;
    by_name_.for_each(ihash(s), [&](int i) {
      const local_actor& x = actors_[static_cast<std::size_t>(i)];
      bool hit = iequals(x.name, s);
      for (const auto& al : x.aliases) hit = hit || iequals(al, s);
      if (hit && (best < 0 || newer(i, best))) best = i;
    });
    return best;
  }
  bool newer(int a, int b) const noexcept {
    const std::uint32_t sa = actors_[static_cast<std::size_t>(a)].seen, sb = actors_[static_cast<std::size_t>(b)].seen;
    return sa != sb ? sa > sb : a < b;
  }

  int add(std::string_view name, actor_kind kind) {
    local_actor x;
    x.name.assign(name);
    x.kind = kind;
    x.seen = clock_;
    x.word_entries = by_word_.size();
    actors_.push_back(std::move(x));
    int id = static_cast<int>(actors_.size() - 1);
    index(name, id);
    index_words(name, id);
    return id;
  }

  static std::string_view first_word(std::string_view s) noexcept {
    auto sp = s.find(' ');
    return sp == std::string_view::npos ? s : s.substr(0, sp);
  }
  static std::string_view last_word(std::string_view s) noexcept {
    auto sp = s.rfind(' ');
    return sp == std::string_view::npos ? s : s.substr(sp + 1);
  }
  static std::size_t word_count(std::string_view s) noexcept {
    std::size_t n = 1;
    for (char c : s) n += c == ' ';
    return n;
  }

  int resolve_name(const paragraph_scan& p, const mention& m) {
    std::string_view surface = text(m.name);
    if (surface.empty()) return -1;
    const std::size_t known = actors_.size();
    const int a = resolve_name_as_written(m, surface);
    // A name taken from a headline ("Obama Sees 'Insult' ...") gives way to
    // the first form the body uses for the same actor ("Mr. Obama").
    if (a < 0 || !m.canonical.empty()) return a;
    local_actor& x = actors_[static_cast<std::size_t>(a)];
    const bool headline = in_title_case(p);
    if (headline && static_cast<std::size_t>(a) >= known) {
      x.headline_name = true;
    } else if (!headline && x.headline_name) {
      x.headline_name = false;
      if (!iequals(x.name, surface)) {
        x.name.assign(surface);
        index(surface, a);
        index_words(surface, a);
      }
    }
    return a;
  }

  // Whether paragraph `p` is in title case, computed once per paragraph.
  bool in_title_case(const paragraph_scan& p) {
    if (p.span.begin != title_case_of_) {
      title_case_of_ = p.span.begin;
      title_case_ = title_case(p);
    }
    return title_case_;
  }

  int resolve_name_as_written(const mention& m, std::string_view surface) {
    if (!m.canonical.empty()) {
      int a = find(m.canonical);
      if (a < 0) {
        a = add(m.canonical, m.kind);
        actors_[static_cast<std::size_t>(a)].from_lexicon = true;
      }
      add_alias(a, surface);
      return a;
    }
    int a = find(surface);
    bool person_like = m.kind == actor_kind::person || m.kind == actor_kind::unknown;
    // A courtesy title's gender: "Mrs. Holm" is no man, "Mr. Holm" not the
    // woman the surname last went to.
    const char g = m.is(mf_titled) ? title_gender(first_word(text(m.span))) : 0;
    if (a >= 0 && g != 0 && word_count(surface) == 1 && stated_gender(a) != 0 && stated_gender(a) != g) a = -1;
    if (a >= 0) {
      local_actor& x = actors_[static_cast<std::size_t>(a)];
      if (x.kind == actor_kind::unknown && m.kind != actor_kind::unknown) x.kind = m.kind;
    } else if (person_like && word_count(surface) >= 2) {
      // A full name after its surname alone: upgrade that actor.
      // (The newest such actor in the recent window, found through the
      // index of its name's words.)
      // Not across genders: "Mr. Obama" is not the "Michelle Obama" named
      // later, nor "Mrs. Holm" a later "John Holm".
      const char named_gender = g != 0 ? g : m.is(mf_male) ? 'm' : m.is(mf_female) ? 'f' : 0;
      int best = -1;
      auto consider = [&](int i) {
        const local_actor& x = actors_[static_cast<std::size_t>(i)];
        if (i <= best) return;
        if (x.anonymous || x.from_lexicon || word_count(x.name) != 1) return;
        if (x.kind != actor_kind::person && x.kind != actor_kind::unknown) return;
        if (named_gender != 0 && x.gender != 0 && x.gender != named_gender) return;
        if (iequals(x.name, last_word(surface)) || iequals(x.name, first_word(surface))) best = i;
      };
      for_each_recent_word(last_word(surface), consider);
      for_each_recent_word(first_word(surface), consider);
      if (best >= 0) {
        local_actor& x = actors_[static_cast<std::size_t>(best)];
        std::string old = x.name;
        x.name.assign(surface);
        // A full name is a person's, as a new actor of it would be.
        if (x.kind == actor_kind::unknown) x.kind = m.kind == actor_kind::unknown ? actor_kind::person : m.kind;
        index(surface, best);
        index_words(surface, best);
        add_alias(best, old);
        a = best;
      } else {
        a = add(surface, m.kind == actor_kind::unknown ? actor_kind::person : m.kind);
      }
    } else if (person_like && word_count(surface) == 1) {
      // A surname (or given name): the most recent person or organization
      // whose name has it as first or last word.
      // (Candidates come from the index of names' words.)
      // The title's gender rules out a person stated to be of the other one,
      // and prefers one stated to agree ("Mrs. Clinton" after "Bill Clinton" and
      // "Hillary Clinton, who ... she").
      int best = -1, described = -1;
      bool best_agrees = false;
      for_each_recent_word(surface, [&](int i) {
        const local_actor& x = actors_[static_cast<std::size_t>(i)];
        if (x.anonymous || x.kind == actor_kind::group || x.kind == actor_kind::location) return;
        if (x.from_lexicon) return;
        bool hit = false;
        if (x.kind == actor_kind::person || x.kind == actor_kind::unknown)
          hit = iequals(last_word(x.name), surface) || iequals(first_word(x.name), surface);
        else if (x.kind == actor_kind::organization || x.kind == actor_kind::media)
          // "Goldman" for Goldman Sachs; a word that names a body by itself
          // (the mention is an organization's) the last: "Rovers" for
          // Harbour Rovers.
          hit = iequals(first_word(x.name), surface) ||
                (m.kind == actor_kind::organization && iequals(last_word(x.name), surface));
        if (!hit) return;
        const char xg = g != 0 ? stated_gender(i) : 0;
        if (xg != 0 && xg != g) return;
        // A description named for someone or something ("the Clinton
        // campaign") is the word's referent only where the word modifies
        // a phrase of its own ("Environment principal secretary X": the
        // Environment ministry); a "Clinton" that stands alone is a person.
        if (!x.head.empty() && x.kind != actor_kind::person && x.kind != actor_kind::unknown) {
          if (described < 0 || newer(i, described)) described = i;
          return;
        }
        const bool agrees = xg != 0;
        if (best < 0 || (agrees && !best_agrees) || (agrees == best_agrees && newer(i, best))) {
          best = i;
          best_agrees = agrees;
        }
      });
      // (Not as its alias: a later "Clinton" alone is still a person.)
      if (best < 0 && m.is(mf_modifier) && described >= 0) return described;
      a = best >= 0 ? best : add(surface, m.is(mf_titled) ? actor_kind::person : m.kind);
    } else if (const int described = described_before(surface, m.kind); described >= 0) {
      // "The union representing the workers says ... The Canadian Union
      // of Public Employees says ...": the name the description was
      // waiting for.
      local_actor& x = actors_[static_cast<std::size_t>(described)];
      std::string description = "the " + x.name;
      x.name.assign(surface);
      x.head.clear();
      index(surface, described);
      index_words(surface, described);
      add_description(described, description);
      a = described;
    } else if (const int named_for = description_named(surface, m.kind); named_for >= 0) {
      // "Environment principal secretary X" after "the Environment
      // ministry": the body the description is named for.
      a = named_for;
    } else if (const int short_form = short_name_before(surface, m.kind); short_form >= 0) {
      // "Rovers ... Harbour Rovers": the full name of a body named before
      // by its last word alone, which stays an alias.
      local_actor& x = actors_[static_cast<std::size_t>(short_form)];
      std::string old = x.name;
      x.name.assign(surface);
      index(surface, short_form);
      index_words(surface, short_form);
      add_alias(short_form, old);
      a = short_form;
    } else {
      a = add(surface, m.kind);
    }
    if (m.is(mf_titled)) {
      actors_[static_cast<std::size_t>(a)].kind = actor_kind::person;
      if (char g = title_gender(first_word(text(m.span)))) actors_[static_cast<std::size_t>(a)].gender = g;
      add_alias(a, text({m.span.begin, m.name.end}));
    }
    // A given name borne by one gender, where no title said otherwise.
    if (local_actor& x = actors_[static_cast<std::size_t>(a)]; x.gender == 0 && m.is(mf_male | mf_female))
      x.gender = m.is(mf_male) ? 'm' : 'f';
    if (actors_[static_cast<std::size_t>(a)].kind == actor_kind::person) remember(recent_named_, a);
    if (!m.role.empty()) add_role(a, text(m.role));
    add_alias(a, surface);
    return a;
  }

  // The newest recent organization known by a description whose first word
  // is the one-word organization name `surface` ("the Environment
  // ministry" for "Environment"), or -1.
  int description_named(std::string_view surface, actor_kind kind) {
    if ((kind != actor_kind::organization && kind != actor_kind::media) || word_count(surface) != 1) return -1;
    int best = -1;
    for_each_recent_word(surface, [&](int i) {
      const local_actor& x = actors_[static_cast<std::size_t>(i)];
      if (x.anonymous || x.head.empty() || (x.kind != actor_kind::organization && x.kind != actor_kind::media)) return;
      if (iequals(first_word(x.name), surface) && (best < 0 || newer(i, best))) best = i;
    });
    return best;
  }

  // The newest recent organization named so far by one word, not the
  // lexicon's, that is the last word of the new organization name
  // `surface`; or -1.
  int short_name_before(std::string_view surface, actor_kind kind) {
    if (kind != actor_kind::organization || word_count(surface) < 2) return -1;
    const std::string_view last = last_word(surface);
    int best = -1;
    for_each_recent_word(last, [&](int i) {
      const local_actor& x = actors_[static_cast<std::size_t>(i)];
      if (x.anonymous || x.from_lexicon || x.kind != actor_kind::organization || !x.head.empty()) return;
      if (word_count(x.name) == 1 && iequals(x.name, last) && (best < 0 || newer(i, best))) best = i;
    });
    return best;
  }

  // The one recent organization known so far only by a description
  // ("the union", "the ministry") whose head is a word of the new name
  // `surface`, or -1: with two such, or none, the name is a new actor.
  int described_before(std::string_view surface, actor_kind kind) const {
    if ((kind != actor_kind::organization && kind != actor_kind::media) || word_count(surface) < 2) return -1;
    int found = -1;
    for (std::size_t i = scan_from(); i < actors_.size(); ++i) {
      const local_actor& x = actors_[i];
      if (x.kind != kind || x.anonymous || x.from_lexicon || x.head.empty() || !is_description(x.name)) continue;
      bool has = false;
      for (std::string_view rest = surface; !rest.empty() && !has;) {
        const std::size_t sp = rest.find(' ');
        has = iequals(singular(rest.substr(0, sp)), x.head);
        rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
      }
      if (!has) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(i);
    }
    return found;
  }

  // Lower-case words only, no possessive: "union", "central bank".
  static bool is_description(std::string_view s) noexcept {
    for (char ch : s)
      if ((ch >= 'A' && ch <= 'Z') || ch == '\'' || static_cast<unsigned char>(ch) >= 0x80) return false;
    return true;
  }

  static std::string_view singular(std::string_view w) noexcept {
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') return w.substr(0, w.size() - 1);
    return w;
  }

  int resolve_nominal(const paragraph_scan& p, const mention& m) {
    std::string_view name = text(m.name);
    std::string_view head = text(m.head);
    // "a statement", "a new poll": a document of its own, not one met
    // before (which may be known to be someone's: "the statement" is the
    // last one's).
    if (m.kind == actor_kind::document && !m.is(mf_definite) && m.role_of < 0) {
      int a = add(name, actor_kind::document);
      actors_[static_cast<std::size_t>(a)].head = to_lower(singular(head));
      return a;
    }
    if (m.is(mf_anonymous)) {
      int a = add(name, m.kind == actor_kind::group ? actor_kind::group : actor_kind::person);
      local_actor& x = actors_[static_cast<std::size_t>(a)];
      x.anonymous = true;
      x.head = to_lower(singular(head));
      return a;
    }
    if (m.is(mf_group) && !m.is(mf_definite)) {
      int a = find(name);
      if (a < 0) {
        a = add(name, m.kind == actor_kind::media ? actor_kind::group : actor_kind::group);
        actors_[static_cast<std::size_t>(a)].head = to_lower(singular(head));
      }
      return a;
    }
    bool organization = m.kind == actor_kind::organization || m.kind == actor_kind::media;
    if (organization) {
      // "Chile's central bank", "Lee's office": a possessive names an
      // organization of its own, known later by its head ("the bank").
      std::string_view full = text(m.span);
      if (full.find('\'') != std::string_view::npos || full.find("\xE2\x80\x99") != std::string_view::npos) {
        int a = find(full);
        if (a < 0) {
          a = add(full, m.kind);
          actors_[static_cast<std::size_t>(a)].head = to_lower(singular(head));
        }
        return a;
      }
      // "the central bank", "Central bank": the organization whose name
      // ends with these words.
      int a = ends_with_name(name);
      if (a >= 0) return a;
    }
    if (m.is(mf_definite)) {
      // "the official": the last unnamed source with that head.
      std::string h = to_lower(singular(head));
      int best = -1;
      // ("The Trump campaign" is not the Clinton campaign met before.)
      for (std::size_t i = scan_from(); i < actors_.size(); ++i) {
        const local_actor& x = actors_[i];
        if (!x.head.empty() && x.head == h && !other_name_in(name, x.name) &&
            (best < 0 || x.seen > actors_[static_cast<std::size_t>(best)].seen))
          best = static_cast<int>(i);
      }
      if (best >= 0) return best;
      // "her neighbor", "his lawyer": someone other than the person the
      // possessive refers to, so neither the role holder nor the person
      // just spoken of.
      if (m.kind == actor_kind::person && m.is(mf_related)) return own_nominal(name, head, m);
      if (m.kind == actor_kind::person) {
        // "the minister": the last person whose role or title has that
        // word; "the prime minister": whose role or title has those words.
        // No holder: news English varies its reference to the person just
        // spoken of ("Mr Lunde warned ... The prime minister also urged"),
        // but only one with no other known title; else the phrase is its
        // own role actor, not whoever was mentioned last.
        best = role_holder(to_lower(name));
        if (best >= 0) return best;
        // "the 27-year-old", "the Brazilian": the person just spoken of.
        if (m.is(mf_description)) return last_person_ >= 0 ? last_person_ : own_nominal(name, head, m);
        // (Not a preposition's object: "less happy with the referee" is
        // someone else.)
        const bool object = m.first > 0 && p.tokens[m.first - 1].kind == token_kind::word &&
                            preposition(text(p.tokens[m.first - 1].span()));
        if (m.is(mf_role) && last_person_ >= 0 && untitled(last_person_) && !object) return last_person_;
      }
      if (m.kind == actor_kind::organization || m.kind == actor_kind::media) {
        // A possessive names a new organization ("Lee’s office").
        if (text(m.span).find('\'') != std::string_view::npos ||
            text(m.span).find("\xE2\x80\x99") != std::string_view::npos) {
          std::string_view full = text(m.span);
          int a = find(full);
          return a >= 0 ? a : add(full, m.kind);
        }
        // "the city said": the local government of the dateline's place,
        // before a club or firm with "City" or "Town" in its name.
        if (!home_.empty() && in_list(home_place_words, h)) {
          if (home_actor_ < 0) home_actor_ = add(home_, actor_kind::organization);
          return home_actor_;
        }
        // "the union", "the commission": the last named organization with
        // that word in its name ("Canadian Union of Public Employees").
        if (const int named = with_word(h, name); named >= 0) return named;
        // "the company said": the last firm. Only generic business heads
        // refer to any organization; "the government" is not "the PM".
        if (!generic_business(h)) return own_nominal(name, head, m);
        // The organization that spoke last, if one of this kind did: the
        // description goes on with it rather than with a firm named inside
        // its quotation.
        if (last_speaker_ >= 0) {
          const local_actor& x = actors_[static_cast<std::size_t>(last_speaker_)];
          if (x.kind == m.kind && !x.anonymous) return last_speaker_;
        }
        for (std::size_t i = scan_from(); i < actors_.size(); ++i) {
          const local_actor& x = actors_[i];
          if (x.kind != m.kind || x.anonymous) continue;
          if (best < 0 || x.seen > actors_[static_cast<std::size_t>(best)].seen) best = static_cast<int>(i);
        }
        if (best >= 0) return best;
      }
    }
    return own_nominal(name, head, m);
  }

  // The most recent named person whose role labels, or the title written
  // before their name ("Foreign Secretary Jane Holt"), contain `role` as
  // whole words, or -1.
  int role_holder(const std::string& role) const {
    auto has = [&](std::string_view s) {
      for (std::size_t at = s.find(role); at != std::string_view::npos; at = s.find(role, at + 1)) {
        bool left = at == 0 || s[at - 1] == ' ' || s[at - 1] == '-';
        std::size_t e = at + role.size();
        if (left && (e == s.size() || s[e] == ' ' || s[e] == ',')) return true;
      }
      return false;
    };
    int best = -1;
    for (std::size_t i = scan_from(); i < actors_.size(); ++i) {
      const local_actor& x = actors_[i];
      if (x.kind != actor_kind::person || x.anonymous) continue;
      bool hit = false;
      for (const auto& r : x.roles) hit = hit || has(r);
      for (const auto& al : x.aliases) {
        if (hit || al.size() <= x.name.size() + 1 || al.compare(al.size() - x.name.size(), x.name.size(), x.name) != 0)
          continue;
        hit = has(to_lower(std::string_view(al).substr(0, al.size() - x.name.size() - 1)));
      }
      if (hit && (best < 0 || x.seen > actors_[static_cast<std::size_t>(best)].seen)) best = static_cast<int>(i);
    }
    return best;
  }

  // A named person known to hold no office (role label or title before the
  // name ending in an office noun): "the prime minister" may refer to
  // "Mr Lunde" or "Ida Holm, the main challenger", not to "Grant, the
  // opposition leader".
  bool untitled(int a) const {
    const local_actor& x = actors_[static_cast<std::size_t>(a)];
    if (x.anonymous) return false;
    for (const auto& r : x.roles)
      if (office_noun(last_word(r))) return false;
    for (const auto& al : x.aliases)
      if (al.size() > x.name.size() + 1 && al.compare(al.size() - x.name.size(), x.name.size(), x.name) == 0 &&
          office_noun(last_word(std::string_view(al).substr(0, al.size() - x.name.size() - 1))))
        return false;
    return true;
  }
  static bool office_noun(std::string_view w) noexcept {
    static constexpr std::string_view list[] = {
        "minister", "secretary", "president", "premier", "chancellor", "governor", "mayor", "leader",
        "spokesman", "spokeswoman", "spokesperson", "senator", "ambassador", "chairman", "chairwoman", "chair",
        "director", "commissioner", "general", "king", "queen", "prince", "envoy", "speaker", "chief",
        "head", "mp", "lawmaker", "congressman", "congresswoman", "judge", "prosecutor", "attorney"};
    return in_list(list, w);
  }

  static bool generic_business(std::string_view h) noexcept {
    static constexpr std::string_view list[] = {"company", "firm", "group", "carrier", "airline", "manufacturer",
                                                "maker", "lender", "insurer", "retailer", "operator", "producer",
                                                "newspaper", "paper", "broadcaster", "magazine", "daily", "website",
                                                "tabloid", "channel", "station", "outlet", "weekly", "agency",
                                                "organisation", "organization", "charity", "ngo", "carmaker", "automaker",
                                                "brokerage", "consultancy"};
    return in_list(list, h);
  }

  // The description `name` and the actor name `other` are both a
  // capitalized word and the same noun, with different words: named for
  // different bodies or people ("Trump campaign", "Clinton campaign").
  // (Longer names are let be: "the Ethiopian ministry" may be the Foreign
  // Affairs ministry.)
  static bool other_name_in(std::string_view name, std::string_view other) noexcept {
    if (word_count(name) != 2 || word_count(other) != 2 || !is_ascii_upper(name[0]) || !is_ascii_upper(other[0]))
      return false;
    return iequals(last_word(name), last_word(other)) && !iequals(first_word(name), first_word(other));
  }

  // An unresolved nominal: its own actor, by its wording.
  int own_nominal(std::string_view name, std::string_view head, const mention& m) {
    int a = find(name);
    if (a < 0) {
      a = add(name, m.kind);
      actors_[static_cast<std::size_t>(a)].head = to_lower(singular(head));
      actors_[static_cast<std::size_t>(a)].anonymous = m.kind == actor_kind::person;
    }
    return a;
  }

  // The most recent named organization or outlet with `word` as one of
  // its words (case aside), or -1.
  // Not one whose name the description's own capitalized words
  // contradict (`description`: "the Holt campaign" is not the Berg
  // campaign).
  int with_word(std::string_view word, std::string_view description) const {
    if (word.empty()) return -1;
    int best = -1;
    for (std::size_t i = scan_from(); i < actors_.size(); ++i) {
      const local_actor& x = actors_[i];
      if ((x.kind != actor_kind::organization && x.kind != actor_kind::media) || x.anonymous) continue;
      if (other_name_in(description, x.name)) continue;
      if (x.name.find(' ') == std::string::npos) continue;  // "Union" alone is no name to go by
      bool has = false;
      std::string_view rest(x.name);
      while (!rest.empty() && !has) {
        const std::size_t sp = rest.find(' ');
        has = iequals(rest.substr(0, sp), word);
        rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
      }
      if (has && (best < 0 || x.seen > actors_[static_cast<std::size_t>(best)].seen)) best = static_cast<int>(i);
    }
    return best;
  }

  // The most recent organization or outlet whose name ends with the words
  // of `name` ("central bank" in "Chile's central bank"), or -1.
  int ends_with_name(std::string_view name) const {
    if (name.empty()) return -1;
    int best = -1;
    for (std::size_t i = scan_from(); i < actors_.size(); ++i) {
      const local_actor& x = actors_[i];
      if (x.kind != actor_kind::organization && x.kind != actor_kind::media) continue;
      if (x.name.size() <= name.size() + 1) continue;
      std::string_view tail = std::string_view(x.name).substr(x.name.size() - name.size());
      if (!iequals(tail, name) || x.name[x.name.size() - name.size() - 1] != ' ') continue;
      if (best < 0 || x.seen > actors_[static_cast<std::size_t>(best)].seen) best = static_cast<int>(i);
    }
    return best;
  }

  // "Mr"/"Sir" is a man, "Ms"/"Mrs"/"Miss"/"Dame" a woman.
  static char title_gender(std::string_view w) noexcept {
    static constexpr std::string_view men[] = {"Mr", "Mr.", "Sir", "Lord", "King", "Prince"};
    static constexpr std::string_view women[] = {"Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dame", "Lady", "Queen", "Princess"};
    return in_list(men, w) ? 'm' : in_list(women, w) ? 'f' : 0;
  }

  // A gender stated by a title or a given name; pronouns are not enough to
  // rule a name out (one misread "he" would make "Ms. Moore" someone new).
  char stated_gender(int a) const noexcept { return actors_[static_cast<std::size_t>(a)].gender; }

  // A title says; else earlier pronouns, when they all agree (a pronoun
  // resolved wrongly once must not fix a gender).
  char gender_of(int a) const noexcept {
    const local_actor& x = actors_[static_cast<std::size_t>(a)];
    if (x.gender != 0) return x.gender;
    if (x.he > 0 && x.she == 0) return 'm';
    if (x.she > 0 && x.he == 0) return 'f';
    return 0;
  }

  void remember_person(int a) { remember(recent_people_, a); }

  // Newest first, without repeats.
  static void remember(int (&ring)[4], int a) {
    if (ring[0] == a) return;
    int carry = a;
    for (int& r : ring) {
      std::swap(r, carry);
      if (carry == a) break;
    }
  }

  // "he"/"she": the last subject or speaker who is a person, unless their
  // known gender disagrees; then the newest of the last few who agrees
  // ("Ms Holm met Mr Berg. Mr Berg said ... She said" is Ms Holm).
  int person_for(char g) const {
    if (last_person_ < 0) return -1;
    auto agrees = [&](int a) {
      char x = gender_of(a);
      return x == 0 || x == g;
    };
    if (agrees(last_person_)) return last_person_;
    for (int a : recent_people_)
      if (a >= 0 && a != last_person_ && gender_of(a) == g) return a;
    // A person named but neither subject nor speaker ("Mr Berg met Ms
    // Holm. She said ...").
    for (int a : recent_named_)
      if (a >= 0 && a != last_person_ && gender_of(a) == g) return a;
    // No one known to agree: the evidence against the last person may be a
    // misread pronoun, so keep them.
    return last_person_;
  }

  int resolve_pronoun(const mention& m) const {
    switch (m.pronoun) {
      case pronoun_kind::he:
      case pronoun_kind::she: return person_for(m.pronoun == pronoun_kind::he ? 'm' : 'f');
      case pronoun_kind::they:
        // A group that has just spoken ("sources said ... they noted") before
        // a country or organization, which news English calls "it".
        if (last_speaker_ >= 0 && last_speaker_ == last_group_) return last_group_;
        return last_group_ >= 0 && (last_thing_ < 0 || actors_[static_cast<std::size_t>(last_group_)].seen >= actors_[static_cast<std::size_t>(last_thing_)].seen) ? last_group_ : last_thing_;
      case pronoun_kind::it: return last_thing_;
      default: return -1;
    }
  }

  std::string_view t_;
  std::vector<local_actor> actors_;
  flat_multimap<int> by_name_;  // ihash of every name and alias -> actor
  flat_multimap<int> by_word_;  // ihash of each name's first and last word -> actor
  std::uint32_t clock_ = 0;
  int last_person_ = -1;
  int recent_people_[4] = {-1, -1, -1, -1};  // the last subjects and speakers who are people, newest first
  int recent_named_[4] = {-1, -1, -1, -1};   // the last people named anywhere, newest first
  std::uint32_t title_case_of_ = 0xFFFFFFFFu;  // the paragraph (its first byte) title_case_ is of; none yet
  bool title_case_ = false;
  int last_group_ = -1;
  int last_thing_ = -1;
  int last_speaker_ = -1;
  std::string home_;     // the dateline's place, as a name
  int home_actor_ = -1;  // its actor, once "the city" has spoken of it
};

}  // namespace whosaid::detail
