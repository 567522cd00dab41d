// whosaid - built-in reporting cues: verbs of saying and thinking, with every
// inflected form (British and American spellings), and the non-verbal cue
// phrases ("according to", "in a statement").
//
// cue_entry:
//   base   the citation form ("say", "point out", "go on to say")
//   forms  '|'-separated list of every surface form, base included
//          ("say|says|said|saying"); phrasal verbs list the whole phrase
//          ("point out|points out|pointed out|pointing out")
//   flags  a set of cue_flags bits describing the verb's syntax
//
// No form appears under two bases (the lexicon test checks it).
#pragma once

#include <cstdint>
#include <string_view>

#include "table.hpp"

namespace whosaid {

/// Bits describing how a reporting cue behaves. Combine with `|`.
struct cue_flags {
  enum : std::uint32_t {
    that_clause = 1u << 0,    ///< takes a reported clause: "said (that) ..."
    direct_quote = 1u << 1,   ///< tags a direct quote: "'...,' she said"
    addressee = 1u << 2,      ///< direct-object addressee: "told Reuters", "urged Seoul to"
    addressee_to = 1u << 3,   ///< addressee in a to-phrase: "said to reporters", "explained to"
    speech = 1u << 4,         ///< a verb of saying or writing (a strong cue)
    cognition = 1u << 5,      ///< a verb of thinking / attitude (weaker cue): believe, hope
    particle = 1u << 6,       ///< multi-word: "point out", "hint at", "go on to say"
    written = 1u << 7,        ///< written channel: write, tweet, post
    about_object = 1u << 8,   ///< its object is the one spoken about: "criticised X", "praised X"
    denial = 1u << 9,         ///< negative stance toward the content: deny, reject, dispute
    infinitive = 1u << 10,    ///< takes a to-infinitive: "vowed to", "urged X to"
    ambiguous = 1u << 11,     ///< often not a reporting verb ("added 3%"): needs a quote or clause
    phrase = 1u << 12,        ///< a non-verbal cue phrase ("according to")
    source_follows = 1u << 13,///< the speaker follows the phrase: "according to X"
    adjunct = 1u << 14,       ///< attaches to a reporting clause: "in a statement"
    passive = 1u << 15,       ///< the speaker is the subject of a passive: "X was quoted as saying"
  };
};

struct cue_entry {
  std::string_view base;
  std::string_view forms;
  std::uint32_t flags;
};

namespace detail {

// Short names for the table below.
inline constexpr std::uint32_t cT = cue_flags::that_clause;
inline constexpr std::uint32_t cQ = cue_flags::direct_quote;
inline constexpr std::uint32_t cA = cue_flags::addressee;
inline constexpr std::uint32_t cTo = cue_flags::addressee_to;
inline constexpr std::uint32_t cS = cue_flags::speech;
inline constexpr std::uint32_t cC = cue_flags::cognition;
inline constexpr std::uint32_t cP = cue_flags::particle;
inline constexpr std::uint32_t cW = cue_flags::written;
inline constexpr std::uint32_t cO = cue_flags::about_object;
inline constexpr std::uint32_t cD = cue_flags::denial;
inline constexpr std::uint32_t cI = cue_flags::infinitive;
inline constexpr std::uint32_t cX = cue_flags::ambiguous;

// clang-format off
inline constexpr cue_entry cue_verbs[] = {
  {"say", "say|says|said|saying", cS|cT|cQ|cTo},
  {"tell", "tell|tells|told|telling", cS|cT|cQ|cA},
  {"add", "add|adds|added|adding", cS|cT|cQ|cX},
  {"note", "note|notes|noted|noting", cS|cT|cQ|cX},
  {"argue", "argue|argues|argued|arguing", cS|cT|cQ},
  {"warn", "warn|warns|warned|warning", cS|cT|cQ|cA|cI},
  {"insist", "insist|insists|insisted|insisting", cS|cT|cQ},
  {"stress", "stress|stresses|stressed|stressing", cS|cT|cQ|cX},
  {"explain", "explain|explains|explained|explaining", cS|cT|cQ|cTo},
  {"acknowledge", "acknowledge|acknowledges|acknowledged|acknowledging", cS|cT|cQ},
  {"admit", "admit|admits|admitted|admitting", cS|cT|cQ},
  {"claim", "claim|claims|claimed|claiming", cS|cT|cQ},
  {"suggest", "suggest|suggests|suggested|suggesting", cS|cT|cQ},
  {"reiterate", "reiterate|reiterates|reiterated|reiterating", cS|cT|cQ},
  {"write", "write|writes|wrote|written|writing", cS|cT|cQ|cW},
  {"tweet", "tweet|tweets|tweeted|tweeting", cS|cT|cQ|cW},
  {"post", "post|posts|posted|posting", cS|cQ|cW|cX},
  {"announce", "announce|announces|announced|announcing", cS|cT|cQ},
  {"declare", "declare|declares|declared|declaring", cS|cT|cQ},
  {"state", "state|states|stated|stating", cS|cT|cQ|cX},
  {"confirm", "confirm|confirms|confirmed|confirming", cS|cT|cQ},
  {"deny", "deny|denies|denied|denying", cS|cT|cQ|cD},
  {"hint", "hint|hints|hinted|hinting", cS|cT},
  {"hint at", "hint at|hints at|hinted at|hinting at", cS|cP|cO},
  {"urge", "urge|urges|urged|urging", cS|cQ|cA|cI},
  {"ask", "ask|asks|asked|asking", cS|cQ|cA|cI},
  {"reply", "reply|replies|replied|replying", cS|cT|cQ},
  {"respond", "respond|responds|responded|responding", cS|cQ},
  {"recall", "recall|recalls|recalled|recalling", cS|cT|cQ},
  {"predict", "predict|predicts|predicted|predicting", cS|cT},
  {"caution", "caution|cautions|cautioned|cautioning", cS|cT|cQ|cA},
  {"concede", "concede|concedes|conceded|conceding", cS|cT|cQ},
  {"complain", "complain|complains|complained|complaining", cS|cT|cQ},
  {"vow", "vow|vows|vowed|vowing", cS|cT|cQ|cI},
  {"pledge", "pledge|pledges|pledged|pledging", cS|cT|cQ|cI},
  {"promise", "promise|promises|promised|promising", cS|cT|cQ|cA|cI},
  {"estimate", "estimate|estimates|estimated|estimating", cS|cT|cX},
  {"believe", "believe|believes|believed|believing", cC|cT},
  {"think", "think|thinks|thought|thinking", cC|cT},
  {"accuse", "accuse|accuses|accused|accusing", cS|cO},
  {"call", "call|calls|called|calling", cS|cO|cX},
  {"call for", "call for|calls for|called for|calling for", cS|cP},
  {"describe", "describe|describes|described|describing", cS|cO},
  {"demand", "demand|demands|demanded|demanding", cS|cT|cQ|cI},
  {"indicate", "indicate|indicates|indicated|indicating", cS|cT|cX},
  {"continue", "continue|continues|continued|continuing", cS|cQ|cX},
  {"maintain", "maintain|maintains|maintained|maintaining", cS|cT|cQ|cX},
  {"contend", "contend|contends|contended|contending", cS|cT|cQ},
  {"allege", "allege|alleges|alleged|alleging", cS|cT},
  {"assert", "assert|asserts|asserted|asserting", cS|cT|cQ},
  {"emphasise", "emphasise|emphasises|emphasised|emphasising|emphasize|emphasizes|emphasized|emphasizing", cS|cT|cQ},
  {"observe", "observe|observes|observed|observing", cS|cT|cQ|cX},
  {"remark", "remark|remarks|remarked|remarking", cS|cT|cQ},
  {"report", "report|reports|reported|reporting", cS|cT|cX},
  {"reveal", "reveal|reveals|revealed|revealing", cS|cT},
  {"disclose", "disclose|discloses|disclosed|disclosing", cS|cT},
  {"testify", "testify|testifies|testified|testifying", cS|cT},
  {"agree", "agree|agrees|agreed|agreeing", cS|cT|cX},
  {"point out", "point out|points out|pointed out|pointing out", cS|cT|cQ|cP},
  {"conclude", "conclude|concludes|concluded|concluding", cS|cT|cQ|cX},
  {"comment", "comment|comments|commented|commenting", cS|cQ},
  {"mention", "mention|mentions|mentioned|mentioning", cS|cT},
  {"boast", "boast|boasts|boasted|boasting", cS|cT|cQ},
  {"brag", "brag|brags|bragged|bragging", cS|cT|cQ},
  {"joke", "joke|jokes|joked|joking", cS|cT|cQ},
  {"lament", "lament|laments|lamented|lamenting", cS|cT|cQ},
  {"quip", "quip|quips|quipped|quipping", cS|cT|cQ},
  {"scoff", "scoff|scoffs|scoffed|scoffing", cS|cQ},
  {"retort", "retort|retorts|retorted|retorting", cS|cT|cQ},
  {"shout", "shout|shouts|shouted|shouting", cS|cQ},
  {"chant", "chant|chants|chanted|chanting", cS|cQ},
  {"whisper", "whisper|whispers|whispered|whispering", cS|cQ},
  {"exclaim", "exclaim|exclaims|exclaimed|exclaiming", cS|cQ},
  {"yell", "yell|yells|yelled|yelling", cS|cQ},
  {"mutter", "mutter|mutters|muttered|muttering", cS|cQ},
  {"snap", "snap|snaps|snapped|snapping", cS|cQ|cX},
  {"repeat", "repeat|repeats|repeated|repeating", cS|cT|cQ|cX},
  {"signal", "signal|signals|signalled|signaled|signalling|signaling", cS|cT},
  {"welcome", "welcome|welcomes|welcomed|welcoming", cS|cO},
  {"criticise", "criticise|criticises|criticised|criticising|criticize|criticizes|criticized|criticizing", cS|cO},
  {"condemn", "condemn|condemns|condemned|condemning", cS|cO},
  {"denounce", "denounce|denounces|denounced|denouncing", cS|cO},
  {"decry", "decry|decries|decried|decrying", cS|cO},
  {"praise", "praise|praises|praised|praising", cS|cO},
  {"hail", "hail|hails|hailed|hailing", cS|cO},
  {"blame", "blame|blames|blamed|blaming", cS|cO},
  {"slam", "slam|slams|slammed|slamming", cS|cO|cX},
  {"threaten", "threaten|threatens|threatened|threatening", cS|cO|cI},
  {"forecast", "forecast|forecasts|forecasted|forecasting", cS|cT},
  {"expect", "expect|expects|expected|expecting", cC|cT|cI},
  {"fear", "fear|fears|feared|fearing", cC|cT},
  {"hope", "hope|hopes|hoped|hoping", cC|cT|cI},
  {"feel", "feel|feels|felt|feeling", cC|cT},
  {"reckon", "reckon|reckons|reckoned|reckoning", cC|cT},
  {"worry", "worry|worries|worried|worrying", cC|cT},
  {"doubt", "doubt|doubts|doubted|doubting", cC|cT},
  {"suspect", "suspect|suspects|suspected|suspecting", cC|cT},
  {"wonder", "wonder|wonders|wondered|wondering", cC|cQ},
  {"speculate", "speculate|speculates|speculated|speculating", cS|cT},
  {"recount", "recount|recounts|recounted|recounting", cS|cT|cQ},
  {"recommend", "recommend|recommends|recommended|recommending", cS|cT},
  {"propose", "propose|proposes|proposed|proposing", cS|cT|cI},
  {"advise", "advise|advises|advised|advising", cS|cT|cA|cI},
  {"order", "order|orders|ordered|ordering", cS|cA|cI|cX},
  {"instruct", "instruct|instructs|instructed|instructing", cS|cA|cI},
  {"proclaim", "proclaim|proclaims|proclaimed|proclaiming", cS|cT|cQ},
  {"counter", "counter|counters|countered|countering", cS|cT|cQ},
  {"rebut", "rebut|rebuts|rebutted|rebutting", cS|cO|cD},
  {"refute", "refute|refutes|refuted|refuting", cS|cO|cD},
  {"dispute", "dispute|disputes|disputed|disputing", cS|cT|cO|cD},
  {"reject", "reject|rejects|rejected|rejecting", cS|cO|cD},
  {"dismiss", "dismiss|dismisses|dismissed|dismissing", cS|cO|cD|cX},
  {"question", "question|questions|questioned|questioning", cS|cO|cX},
  {"challenge", "challenge|challenges|challenged|challenging", cS|cO|cX},
  {"charge", "charge|charges|charged|charging", cS|cT|cX},
  {"assure", "assure|assures|assured|assuring", cS|cT|cA},
  {"reassure", "reassure|reassures|reassured|reassuring", cS|cT|cA},
  {"remind", "remind|reminds|reminded|reminding", cS|cT|cA},
  {"inform", "inform|informs|informed|informing", cS|cT|cA},
  {"brief", "brief|briefs|briefed|briefing", cS|cA|cX},
  {"affirm", "affirm|affirms|affirmed|affirming", cS|cT},
  {"reaffirm", "reaffirm|reaffirms|reaffirmed|reaffirming", cS|cT},
  {"clarify", "clarify|clarifies|clarified|clarifying", cS|cT},
  {"elaborate", "elaborate|elaborates|elaborated|elaborating", cS|cQ},
  {"underline", "underline|underlines|underlined|underlining", cS|cT},
  {"underscore", "underscore|underscores|underscored|underscoring", cS|cT},
  {"highlight", "highlight|highlights|highlighted|highlighting", cS|cT|cX},
  {"muse", "muse|muses|mused|musing", cS|cT|cQ},
  {"protest", "protest|protests|protested|protesting", cS|cT|cQ|cX},
  {"object", "object|objects|objected|objecting", cS|cT|cX},
  {"confess", "confess|confesses|confessed|confessing", cS|cT|cQ},
  {"confide", "confide|confides|confided|confiding", cS|cT|cTo},
  {"concur", "concur|concurs|concurred|concurring", cS|cT},
  {"apologise", "apologise|apologises|apologised|apologising|apologize|apologizes|apologized|apologizing", cS|cTo},
  {"thank", "thank|thanks|thanked|thanking", cS|cO|cX},
  {"echo", "echo|echoes|echoed|echoing", cS|cO},
  {"summarise", "summarise|summarises|summarised|summarising|summarize|summarizes|summarized|summarizing", cS|cQ},
  {"plead", "plead|pleads|pleaded|pled|pleading", cS|cQ|cI},
  {"beg", "beg|begs|begged|begging", cS|cQ|cA|cI},
  {"implore", "implore|implores|implored|imploring", cS|cQ|cA|cI},
  {"appeal", "appeal|appeals|appealed|appealing", cS|cI|cX},
  {"press", "press|presses|pressed|pressing", cS|cA|cI|cX},
  {"imply", "imply|implies|implied|implying", cS|cT},
  {"inquire", "inquire|inquires|inquired|inquiring|enquire|enquires|enquired|enquiring", cS|cQ},
  {"query", "query|queries|queried|querying", cS|cQ|cO},
  {"answer", "answer|answers|answered|answering", cS|cQ|cX},
  {"swear", "swear|swears|swore|sworn|swearing", cS|cT|cI},
  {"opine", "opine|opines|opined|opining", cS|cT|cQ},
  {"go on to say", "go on to say|goes on to say|went on to say|gone on to say|going on to say", cS|cT|cQ|cP},
  {"quote", "quote|quotes|quoted|quoting", cS|cX},
  {"cite", "cite|cites|cited|citing", cS|cX},
};
// clang-format on

}  // namespace detail

/// A non-verbal cue phrase. `flags` always contains cue_flags::phrase.
struct cue_phrase_entry {
  std::string_view text;
  std::uint32_t flags;
};

namespace detail {

inline constexpr std::uint32_t cPh = cue_flags::phrase;
inline constexpr std::uint32_t cSrc = cue_flags::source_follows;
inline constexpr std::uint32_t cAdj = cue_flags::adjunct;
inline constexpr std::uint32_t cPass = cue_flags::passive;

// clang-format off
inline constexpr cue_phrase_entry cue_phrases[] = {
  {"according to", cPh|cSrc},
  {"in the words of", cPh|cSrc},
  {"as reported by", cPh|cSrc},
  {"as quoted by", cPh|cSrc},
  {"as cited by", cPh|cSrc},
  {"quoted as saying", cPh|cPass},
  {"was quoted as saying", cPh|cPass},
  {"were quoted as saying", cPh|cPass},
  {"is quoted as saying", cPh|cPass},
  {"cited as saying", cPh|cPass},
  {"in a statement", cPh|cAdj},
  {"in a joint statement", cPh|cAdj},
  {"in an interview", cPh|cAdj},
  {"in a speech", cPh|cAdj},
  {"in remarks", cPh|cAdj},
  {"in comments", cPh|cAdj},
  {"in a post", cPh|cAdj},
  {"in a tweet", cPh|cAdj},
  {"in a letter", cPh|cAdj},
  {"in an op-ed", cPh|cAdj},
  {"in an email", cPh|cAdj},
  {"in a briefing", cPh|cAdj},
  {"in a report", cPh|cAdj},
  {"in a televised address", cPh|cAdj},
  {"at a news conference", cPh|cAdj},
  {"at a press conference", cPh|cAdj},
  {"at a press briefing", cPh|cAdj},
  {"on condition of anonymity", cPh|cAdj},
  {"speaking on condition of anonymity", cPh|cAdj},
  {"speaking to", cPh|cAdj},
  {"writing in", cPh|cAdj},
};
// clang-format on

}  // namespace detail

/// All built-in reporting verbs.
constexpr table_ref<cue_entry> builtin_cue_verbs() noexcept {
  return detail::make_table_ref(detail::cue_verbs);
}

/// All built-in non-verbal cue phrases.
constexpr table_ref<cue_phrase_entry> builtin_cue_phrases() noexcept {
  return detail::make_table_ref(detail::cue_phrases);
}

}  // namespace whosaid
