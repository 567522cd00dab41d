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
    bare_clause = 1u << 1,    ///< any words after it are the clause, "that" or not: "said the fares were high"
    addressee = 1u << 2,      ///< may take an addressee before its content: "told Reuters that", "warned investors:"
    addressee_to = 1u << 3,   ///< the addressee in a to-phrase: "said to reporters that", "explained to"
    speech = 1u << 4,         ///< a verb of saying or writing: its progressive reports ("is accusing")
    cognition = 1u << 5,      ///< a verb of thinking: its infinitive is a plan ("hopes to win"), not a report
    particle = 1u << 6,       ///< multi-word verb; with about_object its object is the content: "called for X"
    written = 1u << 7,        ///< written: "wrote in the Harbour Review" names the channel
    about_object = 1u << 8,   ///< its object comes first: "criticised X for", "urged X to", "called X “...”"
    quote_only = 1u << 9,     ///< with about_object: reports only a quotation, "called it “a disgrace”"
    infinitive = 1u << 10,    ///< takes a to-infinitive: "vowed to", "urged X to"
    ambiguous = 1u << 11,     ///< often not a reporting verb ("added 3%"): needs a quote or clause
    phrase = 1u << 12,        ///< a non-verbal cue phrase ("according to"); never a noun
    source_follows = 1u << 13,///< the speaker follows the phrase: "according to X"
    adjunct = 1u << 14,       ///< attaches to a reporting clause: "in a statement"
    passive = 1u << 15,       ///< the speaker is the subject of a passive: "X was quoted as saying"
    chains = 1u << 16,        ///< its participle or a second, coordinated use opens a claim of its own:
                              ///< "..., adding that ...", "... and said ..."
    document_subject = 1u << 17,  ///< reports only with a document as its subject: "the poll shows",
                                  ///< "the letter read" (not "Lind showed the house")
    continues = 1u << 18,  ///< goes on from the speaker's last claim, in the same setting: "added",
                           ///< "went on to say" (a channel, "told Reuters", carries over)
    cites = 1u << 19,      ///< names the source of a report: "Citing an unnamed minister, the paper
                           ///< reported ..." (the minister speaks, the paper is the channel)
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
inline constexpr std::uint32_t cB = cue_flags::bare_clause;
inline constexpr std::uint32_t cQo = cue_flags::quote_only;
inline constexpr std::uint32_t cA = cue_flags::addressee;
inline constexpr std::uint32_t cTo = cue_flags::addressee_to;
inline constexpr std::uint32_t cS = cue_flags::speech;
inline constexpr std::uint32_t cC = cue_flags::cognition;
inline constexpr std::uint32_t cP = cue_flags::particle;
inline constexpr std::uint32_t cW = cue_flags::written;
inline constexpr std::uint32_t cO = cue_flags::about_object;
inline constexpr std::uint32_t cI = cue_flags::infinitive;
inline constexpr std::uint32_t cX = cue_flags::ambiguous;
inline constexpr std::uint32_t cCh = cue_flags::chains;
inline constexpr std::uint32_t cDoc = cue_flags::document_subject;
inline constexpr std::uint32_t cCont = cue_flags::continues;
inline constexpr std::uint32_t cCi = cue_flags::cites;

// clang-format off
inline constexpr cue_entry cue_verbs[] = {
  {"say", "say|says|said|saying", cS|cT|cB|cTo|cCh},
  {"tell", "tell|tells|told|telling", cS|cT|cB|cA|cCh},
  {"add", "add|adds|added|adding", cS|cT|cX|cCh|cCont},
  {"note", "note|notes|noted|noting", cS|cT|cX|cCh},
  {"argue", "argue|argues|argued|arguing", cS|cT|cCh},
  {"warn", "warn|warns|warned|warning", cS|cT|cA|cI|cCh},
  {"insist", "insist|insists|insisted|insisting", cS|cT|cCh},
  {"stress", "stress|stresses|stressed|stressing", cS|cT|cX|cCh},
  {"explain", "explain|explains|explained|explaining", cS|cT|cTo|cCh},
  {"acknowledge", "acknowledge|acknowledges|acknowledged|acknowledging", cS|cT|cCh},
  {"admit", "admit|admits|admitted|admitting", cS|cT|cCh},
  {"claim", "claim|claims|claimed|claiming", cS|cT|cCh},
  {"suggest", "suggest|suggests|suggested|suggesting", cS|cT|cCh},
  {"reiterate", "reiterate|reiterates|reiterated|reiterating", cS|cT|cCh},
  {"write", "write|writes|wrote|written|writing", cS|cT|cW},
  {"tweet", "tweet|tweets|tweeted|tweeting", cS|cT|cW},
  {"post", "post|posts|posted|posting", cS|cW|cX},
  {"announce", "announce|announces|announced|announcing", cS|cT},
  {"declare", "declare|declares|declared|declaring", cS|cT},
  {"state", "state|states|stated|stating", cS|cT|cX|cCh},
  {"confirm", "confirm|confirms|confirmed|confirming", cS|cT|cCh},
  {"deny", "deny|denies|denied|denying", cS|cT|cCh},
  {"hint", "hint|hints|hinted|hinting", cS|cT},
  {"hint at", "hint at|hints at|hinted at|hinting at", cS|cP|cO},
  {"urge", "urge|urges|urged|urging", cS|cA|cI|cO},
  {"ask", "ask|asks|asked|asking", cS|cA|cI|cO},
  {"reply", "reply|replies|replied|replying", cS|cT},
  {"respond", "respond|responds|responded|responding", cS|cT},
  {"recall", "recall|recalls|recalled|recalling", cS|cT},
  {"predict", "predict|predicts|predicted|predicting", cS|cT},
  {"caution", "caution|cautions|cautioned|cautioning", cS|cT|cA},
  {"concede", "concede|concedes|conceded|conceding", cS|cT},
  {"complain", "complain|complains|complained|complaining", cS|cT},
  {"vow", "vow|vows|vowed|vowing", cS|cT|cI},
  {"pledge", "pledge|pledges|pledged|pledging", cS|cT|cI},
  {"promise", "promise|promises|promised|promising", cS|cT|cA|cI},
  {"estimate", "estimate|estimates|estimated|estimating", cS|cT|cX},
  {"believe", "believe|believes|believed|believing", cC|cT},
  {"think", "think|thinks|thought|thinking", cC|cT},
  {"accuse", "accuse|accuses|accused|accusing", cS|cO},
  {"call", "call|calls|called|calling", cS|cO|cQo|cX},
  {"call for", "call for|calls for|called for|calling for", cS|cP|cO},
  {"call on", "call on|calls on|called on|calling on|call upon|calls upon|called upon|calling upon", cS|cP|cA|cI|cO},
  {"advocate for", "advocate for|advocates for|advocated for|advocating for", cS|cP|cO},
  {"push for", "push for|pushes for|pushed for|pushing for", cS|cP|cO},
  {"argue for", "argue for|argues for|argued for|arguing for", cS|cP|cO},
  {"lobby for", "lobby for|lobbies for|lobbied for|lobbying for", cS|cP|cO},
  {"press for", "press for|presses for|pressed for|pressing for", cS|cP|cO},
  {"appeal for", "appeal for|appeals for|appealed for|appealing for", cS|cP|cO},
  {"encourage", "encourage|encourages|encouraged|encouraging", cS|cA|cI|cO},
  {"describe", "describe|describes|described|describing", cS|cO},
  {"demand", "demand|demands|demanded|demanding", cS|cT|cI},
  {"indicate", "indicate|indicates|indicated|indicating", cS|cT|cX},
  {"continue", "continue|continues|continued|continuing", cS|cT|cX},
  {"maintain", "maintain|maintains|maintained|maintaining", cS|cT|cX},
  {"contend", "contend|contends|contended|contending", cS|cT},
  {"allege", "allege|alleges|alleged|alleging", cS|cT},
  {"assert", "assert|asserts|asserted|asserting", cS|cT},
  {"emphasise", "emphasise|emphasises|emphasised|emphasising|emphasize|emphasizes|emphasized|emphasizing", cS|cT|cCh},
  {"observe", "observe|observes|observed|observing", cS|cT|cX},
  {"remark", "remark|remarks|remarked|remarking", cS|cT},
  {"report", "report|reports|reported|reporting", cS|cT|cX},
  {"reveal", "reveal|reveals|revealed|revealing", cS|cT},
  {"disclose", "disclose|discloses|disclosed|disclosing", cS|cT},
  {"testify", "testify|testifies|testified|testifying", cS|cT},
  {"agree", "agree|agrees|agreed|agreeing", cS|cT|cX},
  {"point out", "point out|points out|pointed out|pointing out", cS|cT|cP},
  {"conclude", "conclude|concludes|concluded|concluding", cS|cT|cX},
  {"comment", "comment|comments|commented|commenting", cS|cT},
  {"mention", "mention|mentions|mentioned|mentioning", cS|cT},
  {"boast", "boast|boasts|boasted|boasting", cS|cT},
  {"brag", "brag|brags|bragged|bragging", cS|cT},
  {"joke", "joke|jokes|joked|joking", cS|cT},
  {"lament", "lament|laments|lamented|lamenting", cS|cT},
  {"quip", "quip|quips|quipped|quipping", cS|cT},
  {"scoff", "scoff|scoffs|scoffed|scoffing", cS},
  {"retort", "retort|retorts|retorted|retorting", cS|cT},
  {"shout", "shout|shouts|shouted|shouting", cS},
  {"chant", "chant|chants|chanted|chanting", cS},
  {"whisper", "whisper|whispers|whispered|whispering", cS},
  {"exclaim", "exclaim|exclaims|exclaimed|exclaiming", cS},
  {"yell", "yell|yells|yelled|yelling", cS},
  {"mutter", "mutter|mutters|muttered|muttering", cS},
  {"snap", "snap|snaps|snapped|snapping", cS|cX},
  {"repeat", "repeat|repeats|repeated|repeating", cS|cT|cX},
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
  {"wonder", "wonder|wonders|wondered|wondering", cC},
  {"speculate", "speculate|speculates|speculated|speculating", cS|cT},
  {"recount", "recount|recounts|recounted|recounting", cS|cT},
  {"recommend", "recommend|recommends|recommended|recommending", cS|cT},
  {"propose", "propose|proposes|proposed|proposing", cS|cT|cI},
  {"advise", "advise|advises|advised|advising", cS|cT|cA|cI},
  {"order", "order|orders|ordered|ordering", cS|cA|cI|cX},
  {"instruct", "instruct|instructs|instructed|instructing", cS|cA|cI},
  {"proclaim", "proclaim|proclaims|proclaimed|proclaiming", cS|cT},
  {"counter", "counter|counters|countered|countering", cS|cT},
  {"rebut", "rebut|rebuts|rebutted|rebutting", cS|cO},
  {"refute", "refute|refutes|refuted|refuting", cS|cO},
  {"dispute", "dispute|disputes|disputed|disputing", cS|cT|cO},
  {"reject", "reject|rejects|rejected|rejecting", cS|cO},
  {"dismiss", "dismiss|dismisses|dismissed|dismissing", cS|cO|cX},
  {"question", "question|questions|questioned|questioning", cS|cO|cX},
  {"challenge", "challenge|challenges|challenged|challenging", cS|cO|cX},
  {"charge", "charge|charges|charged|charging", cS|cT|cX},
  {"assure", "assure|assures|assured|assuring", cS|cT|cA},
  {"reassure", "reassure|reassures|reassured|reassuring", cS|cT|cA},
  {"remind", "remind|reminds|reminded|reminding", cS|cT|cA},
  {"inform", "inform|informs|informed|informing", cS|cT|cA},
  {"brief", "brief|briefs|briefed|briefing", cS|cT|cA|cX},
  {"affirm", "affirm|affirms|affirmed|affirming", cS|cT},
  {"reaffirm", "reaffirm|reaffirms|reaffirmed|reaffirming", cS|cT},
  {"clarify", "clarify|clarifies|clarified|clarifying", cS|cT},
  {"elaborate", "elaborate|elaborates|elaborated|elaborating", cS},
  {"underline", "underline|underlines|underlined|underlining", cS|cT|cCh},
  {"underscore", "underscore|underscores|underscored|underscoring", cS|cT|cCh},
  {"highlight", "highlight|highlights|highlighted|highlighting", cS|cT|cX},
  {"muse", "muse|muses|mused|musing", cS|cT},
  {"protest", "protest|protests|protested|protesting", cS|cT|cX},
  {"object", "object|objects|objected|objecting", cS|cT|cX},
  {"confess", "confess|confesses|confessed|confessing", cS|cT},
  {"confide", "confide|confides|confided|confiding", cS|cT|cTo},
  {"concur", "concur|concurs|concurred|concurring", cS|cT},
  {"apologise", "apologise|apologises|apologised|apologising|apologize|apologizes|apologized|apologizing", cS|cTo},
  {"thank", "thank|thanks|thanked|thanking", cS|cO|cX},
  {"echo", "echo|echoes|echoed|echoing", cS|cO},
  {"summarise", "summarise|summarises|summarised|summarising|summarize|summarizes|summarized|summarizing", cS},
  {"plead", "plead|pleads|pleaded|pled|pleading", cS|cI},
  {"beg", "beg|begs|begged|begging", cS|cA|cI},
  {"implore", "implore|implores|implored|imploring", cS|cA|cI},
  {"appeal", "appeal|appeals|appealed|appealing", cS|cI|cX},
  {"press", "press|presses|pressed|pressing", cS|cA|cI|cX},
  {"imply", "imply|implies|implied|implying", cS|cT},
  {"inquire", "inquire|inquires|inquired|inquiring|enquire|enquires|enquired|enquiring", cS},
  {"query", "query|queries|queried|querying", cS|cO},
  {"answer", "answer|answers|answered|answering", cS|cX},
  {"swear", "swear|swears|swore|sworn|swearing", cS|cT|cI},
  {"opine", "opine|opines|opined|opining", cS|cT},
  // Verbs of saying that other genres lean on: courts ("ruled that",
  // "submitted that"), inquiries and studies ("found that", "determined
  // that"), sport and culture ("chided", "enthused", "laughed"). Forms
  // that are mostly nouns or adjectives ("the ruling party", "a finding")
  // are left out.
  {"chide", "chide|chides|chided|chiding", cS|cT},
  {"scold", "scold|scolds|scolded|scolding", cS},
  {"rebuke", "rebuke|rebukes|rebuked|rebuking", cS},
  {"reason", "reason|reasons|reasoned", cS|cT|cX},
  {"rule", "rule|rules|ruled", cS|cT|cX},
  {"find", "find|finds|found", cT|cX},
  // What documents and findings do: "the poll shows", "records showed
  // that", "the letter read: “...”".
  {"show", "show|shows|showed|shown", cT|cB|cDoc},
  {"read", "read|reads", cT|cDoc},
  {"determine", "determine|determines|determined|determining", cT|cX},
  {"submit", "submit|submits|submitted|submitting", cS|cT|cX},
  {"share", "share|shares|shared", cS|cT|cX},
  {"enthuse", "enthuse|enthuses|enthused|enthusing", cS|cT},
  {"gush", "gush|gushes|gushed|gushing", cS|cT},
  {"marvel", "marvel|marvels|marvelled|marveled|marvelling|marveling", cS|cT},
  {"sigh", "sigh|sighs|sighed|sighing", cS},
  {"laugh", "laugh|laughs|laughed|laughing", cS|cX},
  {"tease", "tease|teases|teased|teasing", cS|cT},
  {"fume", "fume|fumes|fumed|fuming", cS|cT},
  {"notify", "notify|notifies|notified|notifying", cS|cT|cA},
  {"alert", "alert|alerts|alerted|alerting", cS|cT|cA|cX},
  {"attest", "attest|attests|attested|attesting", cS|cT},
  {"posit", "posit|posits|posited|positing", cS|cT},
  {"go on to say", "go on to say|goes on to say|went on to say|gone on to say|going on to say", cS|cT|cP|cCont},
  // A stance held, with "be" or "remain": "is confident that", "were
  // adamant that". Only with the copula, so "a confident start" is none.
  {"be concerned", "be concerned|is concerned|are concerned|was concerned|were concerned|am concerned|remain concerned|remains concerned|remained concerned", cC|cT|cP},
  {"be worried", "be worried|is worried|are worried|was worried|were worried|am worried|remain worried|remains worried|remained worried", cC|cT|cP},
  {"be confident", "be confident|is confident|are confident|was confident|were confident|am confident|remain confident|remains confident|remained confident", cC|cT|cP},
  {"be convinced", "be convinced|is convinced|are convinced|was convinced|were convinced|am convinced|remain convinced|remains convinced|remained convinced", cC|cT|cP},
  {"be optimistic", "be optimistic|is optimistic|are optimistic|was optimistic|were optimistic|am optimistic|remain optimistic|remains optimistic|remained optimistic", cC|cT|cP},
  {"be pessimistic", "be pessimistic|is pessimistic|are pessimistic|was pessimistic|were pessimistic|am pessimistic|remain pessimistic|remains pessimistic|remained pessimistic", cC|cT|cP},
  {"be hopeful", "be hopeful|is hopeful|are hopeful|was hopeful|were hopeful|am hopeful|remain hopeful|remains hopeful|remained hopeful", cC|cT|cP},
  {"be adamant", "be adamant|is adamant|are adamant|was adamant|were adamant|am adamant|remain adamant|remains adamant|remained adamant", cC|cT|cP},
  {"quote", "quote|quotes|quoted|quoting", cS|cX|cCi},
  {"cite", "cite|cites|cited|citing", cS|cX|cCi},
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
  {"quoted as saying", cPh|cPass|cS|cT},
  {"was quoted as saying", cPh|cPass|cS|cT},
  {"were quoted as saying", cPh|cPass|cS|cT},
  {"is quoted as saying", cPh|cPass|cS|cT},
  {"cited as saying", cPh|cPass|cS|cT},
  {"was cited as saying", cPh|cPass|cS|cT},
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
  {"talking to", cPh|cAdj},
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
