// The extractor's own word lists: the closed classes of English that the
// stages need besides the lexicon (function words, pronouns, calendar words,
// place and media head words, organization nouns). These are grammar, not
// facts about the world, so they are not user-extendable data like the
// lexicon's countries and cue verbs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../../detail/text.hpp"

namespace whosaid::detail {

// For short lists checked once or twice per sentence.
template <std::size_t N>
constexpr bool in_list(const std::string_view (&list)[N], std::string_view w) noexcept {
  for (std::string_view x : list)
    if (iequals(x, w)) return true;
  return false;
}

// The word classes, as bits of one lookup: every token costs one hash probe.
enum : std::uint32_t {
  vc_is_function_word = 1u << 0,
  vc_is_calendar_word = 1u << 1,
  vc_is_weekday = 1u << 2,
  vc_is_place_head = 1u << 3,
  vc_is_media_head = 1u << 4,
  vc_is_org_noun = 1u << 5,
  vc_is_media_noun = 1u << 6,
  vc_is_determiner = 1u << 7,
  vc_is_definite = 1u << 8,
  vc_breaks_noun_phrase = 1u << 9,
  vc_is_name_connector = 1u << 10,
  // Classes the attribution sieves read (see attribution/):
  vc_is_be = 1u << 11,               // is, was, been: passives and copulas
  vc_is_finite_aux = 1u << 12,       // has, will, could: a finite verb follows or is here
  vc_is_clause_verb = 1u << 13,      // words that make a span a clause, not a noun phrase
  vc_is_adverb_or_aux = 1u << 14,    // may stand between a subject and its cue ("he also said")
  vc_is_time_adverb = 1u << 15,      // may follow a cue before its content ("said again that")
  vc_opens_adverbial = 1u << 16,     // opens a phrase of time, place or manner
  vc_is_relative = 1u << 17,         // who, which: a relative clause
  vc_is_outlet_noun = 1u << 18,      // station, agency: the common noun of a media outlet
  vc_is_contrast = 1u << 19,         // but, while: may open a new subject's clause
  vc_is_coordinator = 1u << 20,      // and, but: a second predicate or subject
  vc_is_predicate_start = 1u << 21,  // "..., and had sought": a second predicate of the subject
  vc_ends_parenthetical = 1u << 22,  // after "..., X said, ": what does not continue the report
  vc_is_sentence_conj = 1u << 23,    // "And ...", "But ...": not content
  vc_is_quantifier = 1u << 24,       // "two said", "some argued": a determiner that can be a subject
  vc_opens_cue_adjunct = 1u << 25,   // "said on Friday", "in a statement": a phrase after a cue
  vc_is_finite_be = 1u << 26,        // is, are, was, were
  vc_is_affiliation = 1u << 27,      // "director of X", "an analyst at X": a person's organization follows
  vc_is_object_pronoun = 1u << 28,   // him, them: "told him that"
  vc_opens_channel = 1u << 29,       // "in an interview with X", "speaking to X": X is the channel
  vc_is_medium = 1u << 30,           // "said by phone that": how, not what
  vc_turns_subject = 1u << 31,       // "Lind said A, while Holm said B": a new subject may follow
};

namespace vocab_lists {
inline constexpr std::string_view is_function_word_words[] = {
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
      "yes", "oh", "well", "please", "thank", "thanks"};
inline constexpr std::string_view is_calendar_word_words[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "ramadan"};
inline constexpr std::string_view is_weekday_words[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                              "sunday", "today", "yesterday", "tonight", "tomorrow"};
inline constexpr std::string_view is_place_head_words[] = {
    // Not "park", "hill", "city", "town", "port", "bay", "harbour": they are
    // also surnames and club names ("Lena Park", "Manchester City").
    "square", "street", "avenue", "road", "peninsula", "island", "islands", "sea", "ocean", "river", "mountains",
    "valley", "province", "region", "strait", "straits", "gulf", "airport", "station", "bridge", "lake", "desert",
    "coast", "border", "county", "district", "village", "asia", "europe", "africa", "america", "east", "west",
    "north", "south", "heights", "plaza", "canal", "zone", "corridor", "strip", "pacific", "atlantic"};
inline constexpr std::string_view is_media_head_words[] = {
      "news", "times", "post", "journal", "herald", "tribune", "telegraph", "gazette", "radio", "tv", "television",
      "broadcasting", "press", "daily", "chronicle", "observer", "guardian", "mail", "express", "magazine",
      "channel", "network", "programme", "program", "show", "agency", "newspaper", "wire", "review", "standard",
      "weekly", "monitor", "bulletin"};
inline constexpr std::string_view is_org_noun_words[] = {
      "company", "firm", "ministry", "government", "administration", "department", "agency", "commission",
      "committee", "council", "court", "party", "bank", "union", "embassy", "military", "army", "navy",
      "office", "regulator", "opposition", "cabinet", "parliament", "board", "group", "organisation",
      "organization", "institute", "foundation", "alliance", "bloc", "authority", "watchdog", "campaign",
      "coalition", "junta", "regime", "team", "club", "league", "federation", "association", "centre", "center",
      "secretariat", "presidency", "kremlin", "pentagon", "police", "tribunal", "assembly", "senate", "congress",
      "charity", "ngo", "broker", "brokers", "brokerage", "stockbroker", "stockbrokers", "consultancy",
      "insurer", "lender", "retailer", "carmaker", "automaker", "airline", "think-tank",
      "legislature", "prosecutor's office", "spokesman's office", "operator", "carrier", "airline", "manufacturer",
      "maker", "producer", "retailer", "lender", "insurer", "bureau", "directorate", "service", "forces",
      "hospital", "school", "university", "college", "museum", "clinic", "city", "town", "municipality"};
inline constexpr std::string_view is_media_noun_words[] = {"newspaper", "paper", "broadcaster", "magazine", "daily",
                                              "website", "tabloid", "channel", "station", "outlet", "weekly",
                                              "network", "journal"};
inline constexpr std::string_view is_determiner_words[] = {
      "a", "an", "the", "one", "two", "three", "four", "five", "six", "some", "several", "many", "other", "another",
      "its", "his", "her", "their", "our", "this", "that", "these", "those", "most", "all", "no", "both", "each",
      "any", "few", "numerous", "various", "multiple", "unnamed", "anonymous"};
inline constexpr std::string_view is_definite_words[] = {"the", "this", "that", "these", "those", "its", "his", "her", "their",
                                              "our"};
inline constexpr std::string_view breaks_noun_phrase_words[] = {
      "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "that", "which", "who",
      "whom", "whose", "as", "than", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
      "would", "can", "could", "should", "may", "might", "must", "not", "said", "says", "say", "told", "after",
      "before", "while", "when", "where", "if", "because", "about", "into", "over", "under", "between", "against",
      "during", "since", "until", "also", "he", "she", "they", "it", "we", "i", "you", "him", "them", "us",
      "me", "what", "how", "why", "there", "here", "then", "so", "do", "does", "did", "not", "no", "yes"};
inline constexpr std::string_view is_name_connector_words[] = {"of", "for", "de", "da", "do", "dos", "das", "du", "van", "von",
                                              "der", "den", "al", "el", "bin", "bint", "ibn", "la", "le", "y",
                                              "di", "del", "della", "ter", "ten", "and", "on", "the"};
inline constexpr std::string_view is_be_words[] = {"is", "was", "are", "were", "be", "been", "being", "'s", "\u2019s"};
inline constexpr std::string_view is_finite_aux_words[] = {"is", "are", "was", "were", "has", "have", "had", "will",
                                                           "would", "can", "could", "should", "may", "might",
                                                           "must", "did", "does"};
inline constexpr std::string_view is_clause_verb_words[] = {
    "is", "are", "was", "were", "will", "would", "could", "can", "should", "may", "might", "must", "has",
    "have", "had", "did", "does", "do", "shall", "won't", "wouldn't", "can't", "couldn't", "isn't",
    "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "needs",
    "need", "remains", "remained", "plans", "planned", "wants", "wanted", "intends", "seems", "appears"};
inline constexpr std::string_view is_adverb_or_aux_words[] = {
    "has", "have", "had", "also", "again", "repeatedly", "earlier", "later", "previously", "recently",
    "then", "now", "once", "publicly", "privately", "separately", "reportedly", "further", "today",
    "yesterday", "tonight", "week", "month", "year", "last", "this", "will", "would", "did", "does", "do",
    "already", "first", "initially", "subsequently", "finally", "swiftly", "quickly", "immediately",
    "simply", "just", "always", "never", "often", "frequently", "similarly", "likewise", "too", "meanwhile",
    "however", "though", "instead", "nonetheless", "nevertheless", "still", "even", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow"};
inline constexpr std::string_view is_time_adverb_words[] = {
    "also", "again", "earlier", "later", "repeatedly", "publicly", "privately", "separately", "recently",
    "previously", "then", "now", "reportedly", "further", "too"};
inline constexpr std::string_view opens_adverbial_words[] = {
    "after", "before", "when", "while", "during", "following", "ahead", "as", "at", "in", "on", "outside",
    "upon", "since", "until", "amid", "despite", "from", "shortly", "just"};
inline constexpr std::string_view is_relative_words[] = {"who", "which", "whose", "where"};
inline constexpr std::string_view is_outlet_noun_words[] = {"station", "radio", "channel", "broadcaster", "network",
                                                            "newspaper", "television", "tv", "news", "agency",
                                                            "programme", "program"};
inline constexpr std::string_view is_contrast_words[] = {"but", "while", "whereas", "although"};
inline constexpr std::string_view is_coordinator_words[] = {"and", "but"};
inline constexpr std::string_view is_predicate_start_words[] = {"has", "had", "have", "was", "is", "will", "would",
                                                                "did", "does", "also", "then", "later"};
inline constexpr std::string_view ends_parenthetical_words[] = {
    "who", "which", "whose", "where", "when", "that", "in", "on", "at", "after", "before", "during", "while",
    "as", "according", "citing", "referring", "speaking", "noting", "though", "although"};
inline constexpr std::string_view is_sentence_conj_words[] = {"and", "but", "so"};
inline constexpr std::string_view is_object_pronoun_words[] = {"him", "her", "them", "us", "me"};
inline constexpr std::string_view is_affiliation_words[] = {"of", "at", "for", "with", "from"};
inline constexpr std::string_view is_finite_be_words[] = {"is", "are", "was", "were"};
inline constexpr std::string_view opens_cue_adjunct_words[] = {"on", "in", "at", "by", "during", "via",
                                                               "through", "over", "late", "early"};
inline constexpr std::string_view opens_channel_words[] = {"interview", "speaking", "talking"};
inline constexpr std::string_view is_medium_words[] = {"phone", "telephone"};
inline constexpr std::string_view turns_subject_words[] = {"and", "but", "while", "yet", "meanwhile"};
inline constexpr std::string_view is_quantifier_words[] = {"that", "one", "two", "three", "some", "many",
                                                           "all", "both", "several", "other", "most"};

// Every list with its class, for the two readers: vocab_table below and the
// lexicon's per-key facts.
struct class_list {
  const std::string_view* words;
  std::size_t size;
  std::uint32_t bit;
};
template <std::size_t N>
constexpr class_list list_of(const std::string_view (&l)[N], std::uint32_t bit) noexcept {
  return {l, N, bit};
}
inline constexpr class_list all[] = {
    list_of(is_function_word_words, vc_is_function_word),
    list_of(is_calendar_word_words, vc_is_calendar_word),
    list_of(is_weekday_words, vc_is_weekday),
    list_of(is_place_head_words, vc_is_place_head),
    list_of(is_media_head_words, vc_is_media_head),
    list_of(is_org_noun_words, vc_is_org_noun),
    list_of(is_media_noun_words, vc_is_media_noun),
    list_of(is_determiner_words, vc_is_determiner),
    list_of(is_definite_words, vc_is_definite),
    list_of(breaks_noun_phrase_words, vc_breaks_noun_phrase),
    list_of(is_name_connector_words, vc_is_name_connector),
    list_of(is_be_words, vc_is_be),
    list_of(is_finite_aux_words, vc_is_finite_aux),
    list_of(is_clause_verb_words, vc_is_clause_verb),
    list_of(is_adverb_or_aux_words, vc_is_adverb_or_aux),
    list_of(is_time_adverb_words, vc_is_time_adverb),
    list_of(opens_adverbial_words, vc_opens_adverbial),
    list_of(is_relative_words, vc_is_relative),
    list_of(is_outlet_noun_words, vc_is_outlet_noun),
    list_of(is_contrast_words, vc_is_contrast),
    list_of(is_coordinator_words, vc_is_coordinator),
    list_of(is_predicate_start_words, vc_is_predicate_start),
    list_of(ends_parenthetical_words, vc_ends_parenthetical),
    list_of(is_sentence_conj_words, vc_is_sentence_conj),
    list_of(is_quantifier_words, vc_is_quantifier),
    list_of(opens_cue_adjunct_words, vc_opens_cue_adjunct),
    list_of(is_finite_be_words, vc_is_finite_be),
    list_of(is_affiliation_words, vc_is_affiliation),
    list_of(is_object_pronoun_words, vc_is_object_pronoun),
    list_of(opens_channel_words, vc_opens_channel),
    list_of(is_medium_words, vc_is_medium),
    list_of(turns_subject_words, vc_turns_subject),
};
}  // namespace vocab_lists

// Verbs whose subject is the author of the document they take as object:
// "the ministry issued a statement", "Lind sent a letter". Checked only
// before a document noun.
inline constexpr std::string_view issues_document_words[] = {
    "issued", "issues", "released", "releases", "published", "publishes", "sent", "sends", "posted", "posts",
    "circulated", "wrote", "writes", "filed", "files", "submitted", "submits", "put", "puts", "distributed"};

// Verbs of an interview before "to/with <outlet>": "spoke to Reuters".
inline constexpr std::string_view interview_verb_words[] = {"spoke", "speaks", "talked", "talks", "speaking",
                                                             "talking"};

// Heads of bodies named for their subject with "on": "Commission on
// Human Rights", "Committee on Foreign Affairs".
inline constexpr std::string_view subject_body_words[] = {
    "commission", "committee", "subcommittee", "council", "conference", "panel", "forum", "convention",
    "center", "centre", "institute", "office", "board", "coalition", "alliance"};

// Adjectives that qualify a role ("former minister Ann Lind", "veteran
// lawmaker X"): capitalized at a sentence's start they are not a name.
inline constexpr std::string_view qualifies_role_words[] = {
    "former", "ex", "late", "veteran", "longtime", "long-time", "outgoing", "incoming", "acting", "interim",
    "retired", "then", "current", "newly", "fellow", "embattled", "beleaguered", "shadow"};

// Heads of a phrase that, as a speaker, is the local government of the
// place an article is filed from: "the city said", "the town says".
inline constexpr std::string_view home_place_words[] = {"city", "town", "municipality"};

// Before "to" and a verb of saying whose subject is the main clause's:
// "declined to comment, except to say that ...", "other than to say".
inline constexpr std::string_view except_to_words[] = {"except", "than", "save"};

// Set off by commas between a subject and its verb: "Lind, however, said".
inline constexpr std::string_view discourse_adverb_words[] = {"however", "meanwhile", "though", "too", "instead",
                                                              "nevertheless", "moreover", "also", "likewise"};

// May open a sentence before a participle phrase: "Despite urging ...".
inline constexpr std::string_view opens_participle_words[] = {"despite", "after", "before", "while", "since",
                                                              "besides", "without", "by", "when", "in"};

// Open a finite clause with its own subject: "after Lind defended it".
inline constexpr std::string_view opens_clause_words[] = {"after", "before", "when", "while", "as", "because",
                                                          "since", "until", "although", "though", "once", "whereas"};

// End in "-ing" but open no gerund phrase: "said nothing", "said during".
inline constexpr std::string_view not_gerund_words[] = {
    "nothing", "something", "anything", "everything", "thing", "things", "morning", "evening", "during",
    "according", "regarding", "concerning", "following", "including", "pending", "notwithstanding", "being"};

// Open a condition, not a report: "if Lind concludes that ...".
inline constexpr std::string_view opens_condition_words[] = {"if", "unless", "whether", "once", "until"};

// An open-addressing table of the lower-case list words and their class
// bits: a word is lower-cased into a stack buffer and probed once, without
// the node hops of std::unordered_map.
class vocab_table {
 public:
  vocab_table() {
    for (const vocab_lists::class_list& l : vocab_lists::all) add(l.words, l.size, l.bit);
  }

  static constexpr std::size_t max_length = 24;  // longer words are in no list

  std::uint32_t find(std::string_view w) const noexcept {
    if (w.empty() || w.size() > max_length) return 0;
    char buf[max_length];
    for (std::size_t i = 0; i < w.size(); ++i) buf[i] = ascii_lower(w[i]);
    const std::string_view key(buf, w.size());
    for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.bits == 0) return 0;
      if (s.word == key) return s.bits;
    }
  }

 private:
  static constexpr std::size_t size = 2048;  // a power of two, over twice the words
  static constexpr std::size_t mask = size - 1;
  struct slot {
    std::string_view word;
    std::uint32_t bits = 0;
  };

  // The keys are lower case already: the case-insensitive hash is the plain one.
  static std::size_t hash(std::string_view s) noexcept {
    const std::uint64_t h = ihash(s);
    return static_cast<std::size_t>(h ^ (h >> 29));
  }

  void add(const std::string_view* list, std::size_t n, std::uint32_t bit) {
    for (std::size_t li = 0; li < n; ++li) {
      const std::string_view x = list[li];
      // The lists are lower case; entries too long to look up never match.
      if (x.empty() || x.size() > max_length) continue;
      std::size_t i = hash(x) & mask;
      while (slots_[i].bits != 0 && slots_[i].word != x) i = (i + 1) & mask;
      slots_[i].word = x;
      slots_[i].bits |= bit;
    }
  }

  slot slots_[size];
};

// All the classes of `w` (case-insensitive), 0 for an ordinary word.
inline std::uint32_t vocab_class(std::string_view w) noexcept {
  static const vocab_table table;
  return table.find(w);
}

inline bool is_function_word(std::string_view w) noexcept { return (vocab_class(w) & vc_is_function_word) != 0; }
inline bool is_calendar_word(std::string_view w) noexcept { return (vocab_class(w) & vc_is_calendar_word) != 0; }
inline bool is_weekday(std::string_view w) noexcept { return (vocab_class(w) & vc_is_weekday) != 0; }
inline bool is_place_head(std::string_view w) noexcept { return (vocab_class(w) & vc_is_place_head) != 0; }
inline bool is_media_head(std::string_view w) noexcept { return (vocab_class(w) & vc_is_media_head) != 0; }
inline bool is_org_noun(std::string_view w) noexcept { return (vocab_class(w) & vc_is_org_noun) != 0; }
inline bool is_media_noun(std::string_view w) noexcept { return (vocab_class(w) & vc_is_media_noun) != 0; }
inline bool is_determiner(std::string_view w) noexcept { return (vocab_class(w) & vc_is_determiner) != 0; }
inline bool is_definite(std::string_view w) noexcept { return (vocab_class(w) & vc_is_definite) != 0; }
inline bool breaks_noun_phrase(std::string_view w) noexcept { return (vocab_class(w) & vc_breaks_noun_phrase) != 0; }
inline bool is_name_connector(std::string_view w) noexcept { return (vocab_class(w) & vc_is_name_connector) != 0; }

// Capitals throughout, two letters or more: "NATO", "U.S.", "AT&T", and a
// transcript's speaker label, "WALLACE".
inline bool is_acronym(std::string_view w) noexcept {
  if (w.size() < 2) return false;
  for (char c : w)
    if (!(is_ascii_upper(c) || c == '.' || c == '&')) return false;
  return true;
}

// A participle or gerund by its shape ("saying", "representing"; not "king").
inline bool ends_in_ing(std::string_view w) noexcept { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

enum class pronoun_kind : unsigned char { none, he, she, they, it, we, i };

inline pronoun_kind subject_pronoun(std::string_view w) noexcept {
  if (w.empty() || w.size() > 4) return pronoun_kind::none;  // asked of every word: most are longer
  if (iequals(w, "he")) return pronoun_kind::he;
  if (iequals(w, "she")) return pronoun_kind::she;
  if (iequals(w, "they")) return pronoun_kind::they;
  if (iequals(w, "it")) return pronoun_kind::it;
  if (iequals(w, "we")) return pronoun_kind::we;
  if (w == "I") return pronoun_kind::i;
  return pronoun_kind::none;
}

// A preposition: its noun phrase is its object, not a verb's subject
// ("a summary of his opinion suggested"), and after a participle it makes
// the participle a modifier ("the money pledged by the US").
inline bool preposition(std::string_view w) noexcept {
  static constexpr std::string_view list[] = {
      "of", "in", "on", "at", "to", "for", "with", "by", "from", "under", "over", "into", "about", "against",
      "between", "among", "through", "without", "within", "across", "behind", "beyond", "near", "toward",
      "towards", "upon", "via", "than", "like", "onto", "amid", "despite", "during"};
  if (w.size() < 2 || w.size() > 7) return false;
  for (std::string_view x : list)
    if (iequals(w, x)) return true;
  return false;
}

// "the latter", "the former": they point back to one of two actors named
// before; neither is a noun for a speaker of its own.
inline constexpr std::string_view pointing_adjective_words[] = {"latter", "former"};

// "her", "his", "their": a possessive determiner. A person it owns ("her
// neighbor", "his lawyer") is someone other than its antecedent.
inline bool possessive_determiner(std::string_view w) noexcept {
  if (w.size() < 2 || w.size() > 5) return false;
  for (std::string_view d : {"his", "her", "their", "its", "our", "my", "your"})
    if (iequals(w, d)) return true;
  return false;
}

}  // namespace whosaid::detail
