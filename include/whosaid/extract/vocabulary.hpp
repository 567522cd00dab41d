// The extractor's own word lists: the closed classes of English that the
// stages need besides the lexicon (function words, pronouns, calendar words,
// place and media head words, organization nouns). These are grammar, not
// facts about the world, so they are not user-extendable data like the
// lexicon's countries and cue verbs.
#pragma once

#include <string_view>

#include "../detail/text.hpp"

namespace whosaid::detail {

template <std::size_t N>
constexpr bool in_list(const std::string_view (&list)[N], std::string_view w) noexcept {
  for (std::string_view x : list)
    if (iequals(x, w)) return true;
  return false;
}

// Capitalized only because they start a sentence: never part of a name.
inline bool is_function_word(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {
      "the", "a", "an", "but", "and", "or", "nor", "so", "yet", "in", "on", "at", "as", "by", "for", "from", "into",
      "of", "to", "with", "without", "after", "before", "during", "since", "until", "despite", "although", "though",
      "because", "unlike", "like", "among", "amid", "under", "over", "about", "around", "against", "beyond",
      "between", "through", "throughout", "within", "outside", "inside", "elsewhere", "earlier", "later",
      "meanwhile", "however", "moreover", "also", "still", "then", "now", "instead", "indeed", "thus", "therefore",
      "if", "when", "where", "while", "whether", "what", "which", "who", "whom", "whose", "why", "how", "there",
      "here", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
      "their", "our", "my", "your", "him", "them", "us", "me", "some", "many", "most", "several", "all", "any",
      "each", "every", "no", "not", "only", "just", "even", "such", "other", "another", "both", "either",
      "neither", "last", "next", "nearly", "roughly", "almost", "about", "once", "asked", "according",
      "speaking", "separately", "additionally", "further", "furthermore", "overall", "finally", "first",
      "second", "third", "yesterday", "today", "tomorrow", "tonight", "recently", "previously", "currently",
      "already", "again", "nevertheless", "nonetheless", "otherwise", "perhaps", "meantime", "following",
      "do", "does", "did", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can",
      "could", "should", "may", "might", "must", "shall", "one", "two", "three", "four", "five", "ten",
      "mr", "mrs", "ms", "dr", "prof", "sir", "yes", "oh", "well", "please", "thank", "thanks"};
  return in_list(list, w);
}

// Words that take "Mr"/"Ms"-like honorifics off a name but are not titles
// in the lexicon's sense are handled there; this list is the calendar.
inline bool is_calendar_word(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "ramadan"};
  return in_list(list, w);
}

inline bool is_weekday(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                              "sunday", "today", "yesterday", "tonight", "tomorrow"};
  return in_list(list, w);
}

enum class pronoun_kind : unsigned char { none, he, she, they, it, we, i };

inline pronoun_kind subject_pronoun(std::string_view w) noexcept {
  if (iequals(w, "he")) return pronoun_kind::he;
  if (iequals(w, "she")) return pronoun_kind::she;
  if (iequals(w, "they")) return pronoun_kind::they;
  if (iequals(w, "it")) return pronoun_kind::it;
  if (iequals(w, "we")) return pronoun_kind::we;
  if (w == "I") return pronoun_kind::i;
  return pronoun_kind::none;
}

// Last words that make a capitalized name a place, not an actor.
inline bool is_place_head(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {
      "square", "street", "avenue", "road", "peninsula", "island", "islands", "sea", "ocean", "river", "mountain",
      "mountains", "valley", "province", "region", "strait", "straits", "gulf", "bay", "airport", "station",
      "park", "bridge", "lake", "desert", "coast", "border", "city", "county", "district", "village", "town",
      "asia", "europe", "africa", "america", "east", "west", "north", "south", "hill", "heights", "plaza",
      "harbour", "harbor", "port", "canal", "zone", "corridor", "strip", "pacific", "atlantic"};
  return in_list(list, w);
}

// Last words that make an organization name a media outlet.
inline bool is_media_head(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {
      "news", "times", "post", "journal", "herald", "tribune", "telegraph", "gazette", "radio", "tv", "television",
      "broadcasting", "press", "daily", "chronicle", "observer", "guardian", "mail", "express", "magazine",
      "channel", "network", "programme", "program", "show", "agency", "newspaper", "wire", "review", "standard",
      "weekly", "monitor", "bulletin"};
  return in_list(list, w);
}

// Common nouns for an organization: "the company said", "the ministry said".
inline bool is_org_noun(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {
      "company", "firm", "ministry", "government", "administration", "department", "agency", "commission",
      "committee", "council", "court", "party", "bank", "union", "embassy", "military", "army", "navy",
      "office", "regulator", "opposition", "cabinet", "parliament", "board", "group", "organisation",
      "organization", "institute", "foundation", "alliance", "bloc", "authority", "watchdog", "campaign",
      "coalition", "junta", "regime", "team", "club", "league", "federation", "association", "centre", "center",
      "secretariat", "presidency", "kremlin", "pentagon", "police", "tribunal", "assembly", "senate", "congress",
      "legislature", "prosecutor's office", "spokesman's office", "operator", "carrier", "airline", "manufacturer",
      "maker", "producer", "retailer", "lender", "insurer", "bureau", "directorate", "service", "forces"};
  return in_list(list, w);
}

// Common nouns for a media outlet: "the newspaper reported".
inline bool is_media_noun(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {"newspaper", "paper", "broadcaster", "magazine", "daily",
                                              "website", "tabloid", "channel", "station", "outlet", "weekly"};
  return in_list(list, w);
}

// Words that open a noun phrase.
inline bool is_determiner(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {
      "a", "an", "the", "one", "two", "three", "four", "five", "six", "some", "several", "many", "other", "another",
      "its", "his", "her", "their", "our", "this", "that", "these", "those", "most", "all", "no", "both", "each",
      "any", "few", "numerous", "various", "multiple", "unnamed", "anonymous"};
  return in_list(list, w);
}

inline bool is_definite(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {"the", "this", "that", "these", "those", "its", "his", "her", "their",
                                              "our"};
  return in_list(list, w);
}

// Words that cannot sit inside a noun phrase: they end a leftward scan.
inline bool breaks_noun_phrase(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {
      "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "that", "which", "who",
      "whom", "whose", "as", "than", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
      "would", "can", "could", "should", "may", "might", "must", "not", "said", "says", "say", "told", "after",
      "before", "while", "when", "where", "if", "because", "about", "into", "over", "under", "between", "against",
      "during", "since", "until", "also", "he", "she", "they", "it", "we", "i", "you", "him", "them", "us",
      "me", "what", "how", "why", "there", "here", "then", "so", "do", "does", "did", "not", "no", "yes"};
  return in_list(list, w);
}

// Particles inside personal and organization names.
inline bool is_name_connector(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {"of", "for", "de", "da", "do", "dos", "das", "du", "van", "von",
                                              "der", "den", "al", "el", "bin", "bint", "ibn", "la", "le", "y",
                                              "di", "del", "della", "ter", "ten", "and", "on", "the"};
  return in_list(list, w);
}

}  // namespace whosaid::detail
