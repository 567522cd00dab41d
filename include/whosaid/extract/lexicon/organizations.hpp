// whosaid - built-in organization words and well-known organizations.
//
// Four tables:
//   org_heads        capitalized head words that make a name an organization
//                    ("Korea Institute for National Unification",
//                    "Samsung Electronics Co", "Human Rights Watch")
//   organizations    well-known organizations: {name, '|' aliases, kind};
//                    kind is "organization", "group", "media" or "country"
//   group_nouns      plural nouns naming a collective or unnamed speaker
//                    ("analysts said", "state media reported")
//   anonymous_heads  head nouns of anonymous sources ("a senior official",
//                    "people familiar with the matter")
//
// Government metonyms ("the Kremlin", "the White House", "the Pentagon",
// "Downing Street") are in countries.hpp: they speak for a state.
// Ambiguous short forms are left out: "PA", "PPP", "RN", "IS", bare
// "Communist Party", "House", and "Democratic Party" for anything but the
// U.S. party.
#pragma once

#include <cstdint>
#include <string_view>

#include "table.hpp"

namespace whosaid {

struct organization_entry {
  std::string_view name;
  std::string_view aliases;
  std::string_view kind;  ///< "organization", "group", "media" or "country"
};

/// Bits describing a speaker noun (group nouns and anonymous-source heads).
struct speaker_flags {
  enum : std::uint32_t {
    collective = 1u << 0,  ///< a plural group speaking together: "analysts"
    anonymous = 1u << 1,   ///< an unnamed source: "a senior official"
    media = 1u << 2,       ///< media as speaker: "state media", "local reports"
    official = 1u << 3,    ///< state / organization officials: "officials", "a diplomat"
    expert = 1u << 4,      ///< expert voices: "analysts", "economists"
    plural = 1u << 5,      ///< the noun is plural
    document = 1u << 6,    ///< a document or finding that reports: "the poll shows", "a report found"
  };
};

struct speaker_noun_entry {
  std::string_view text;
  std::uint32_t flags;
};

namespace detail {

// clang-format off
inline constexpr std::string_view org_heads[] = {
  "Ministry", "Institute", "Institution", "University", "College", "School", "Academy",
  "Party", "Council", "Commission", "Agency", "Bank", "Group", "Corp", "Corp.",
  "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "LLP", "PLC", "Plc", "AG", "GmbH",
  "Co", "Co.", "Holdings", "Association", "Union", "Foundation", "Committee",
  "Department", "Office", "Court", "Tribunal", "Parliament", "Congress", "Senate",
  "Assembly", "Army", "Navy", "Forces", "Guard", "Guards", "Corps", "Police",
  "Watch", "Fund", "Organisation", "Organization", "Federation", "League",
  "Authority", "Company", "Technologies", "Technology", "Entertainment", "Industries",
  "Motors", "Airlines", "Airways", "Systems", "Services", "Solutions", "Partners",
  "Capital", "Securities", "Investments", "Management", "Pharmaceuticals", "Energy",
  "Petroleum", "Electronics", "Telecom", "Communications", "Networks", "Center",
  "Centre", "Board", "Bureau", "Service", "Administration", "Secretariat", "Cabinet",
  "Chamber", "Society", "Trust", "Alliance", "Coalition", "Movement", "Front",
  "Brigade", "Brigades", "Battalion", "Regiment", "Division", "Command", "Directorate",
  "Inspectorate", "Consortium", "Cooperative", "Forum", "Club", "Church", "Hospital",
  "Laboratory", "Laboratories", "Labs", "Observatory", "Museum", "Exchange",
  "Network", "Initiative", "Programme", "Program", "Project", "Conference",
  "Syndicate", "Caucus", "Think Tank",
  // Sports clubs: "Harbour Rovers", "Eastport United", "Northfield FC".
  "FC", "F.C.", "AFC", "United", "Rovers", "Rangers", "Wanderers", "Athletic", "Albion", "Hotspur",
};

inline constexpr organization_entry organizations[] = {
  // International organizations.
  {"United Nations", "UN|U.N.", "organization"},
  {"UN Security Council", "U.N. Security Council|United Nations Security Council|Security Council|UNSC", "organization"},
  {"UN General Assembly", "U.N. General Assembly|United Nations General Assembly|UNGA", "organization"},
  {"UN Human Rights Council", "U.N. Human Rights Council|United Nations Human Rights Council|UNHRC", "organization"},
  {"European Union", "EU|E.U.|Brussels", "organization"},
  {"European Commission", "EU Commission", "organization"},
  {"European Parliament", "EU Parliament", "organization"},
  {"European Council", "", "organization"},
  {"European Central Bank", "ECB", "organization"},
  {"NATO", "Nato|North Atlantic Treaty Organization|North Atlantic Treaty Organisation", "organization"},
  {"International Monetary Fund", "IMF", "organization"},
  {"World Bank", "", "organization"},
  {"World Health Organization", "WHO|World Health Organisation", "organization"},
  {"World Trade Organization", "WTO|World Trade Organisation", "organization"},
  {"OPEC", "Opec|Organization of the Petroleum Exporting Countries", "organization"},
  {"OPEC+", "Opec+|OPEC Plus", "organization"},
  {"G7", "G-7|Group of Seven", "organization"},
  {"G20", "G-20|Group of 20|Group of Twenty", "organization"},
  {"BRICS", "Brics", "organization"},
  {"ASEAN", "Asean|Association of Southeast Asian Nations", "organization"},
  {"African Union", "AU", "organization"},
  {"Arab League", "League of Arab States", "organization"},
  {"Gulf Cooperation Council", "GCC", "organization"},
  {"Organisation of Islamic Cooperation", "Organization of Islamic Cooperation|OIC", "organization"},
  {"OSCE", "Organization for Security and Co-operation in Europe|Organisation for Security and Co-operation in Europe", "organization"},
  {"OECD", "Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development", "organization"},
  {"Council of Europe", "", "organization"},
  {"Shanghai Cooperation Organisation", "Shanghai Cooperation Organization|SCO", "organization"},
  {"International Criminal Court", "ICC", "organization"},
  {"International Court of Justice", "ICJ|World Court", "organization"},
  {"International Atomic Energy Agency", "IAEA", "organization"},
  {"UNICEF", "Unicef|United Nations Children's Fund", "organization"},
  {"UNHCR", "UN refugee agency|U.N. refugee agency|United Nations High Commissioner for Refugees", "organization"},
  {"UNESCO", "Unesco", "organization"},
  {"World Food Programme", "WFP|World Food Program", "organization"},
  {"UNRWA", "Unrwa", "organization"},
  {"Interpol", "", "organization"},

  // NGOs and watchdogs.
  {"Human Rights Watch", "HRW", "organization"},
  {"Amnesty International", "Amnesty", "organization"},
  {"International Committee of the Red Cross", "ICRC|Red Cross", "organization"},
  {"Red Crescent", "", "organization"},
  {"Doctors Without Borders", "MSF|Médecins Sans Frontières|Medecins Sans Frontieres", "organization"},
  {"Greenpeace", "", "organization"},
  {"Oxfam", "", "organization"},
  {"Save the Children", "", "organization"},
  {"Transparency International", "", "organization"},
  {"Reporters Without Borders", "RSF|Reporters Sans Frontières|Reporters Sans Frontieres", "organization"},
  {"Committee to Protect Journalists", "CPJ", "organization"},
  {"International Crisis Group", "Crisis Group", "organization"},

  // Armed and militant groups.
  {"Hamas", "", "organization"},
  {"Hezbollah", "Hizbollah|Hizbullah|Hizballah", "organization"},
  {"Taliban", "", "organization"},
  {"Islamic State", "ISIS|ISIL|Daesh|Islamic State group", "organization"},
  {"al-Qaeda", "al Qaeda|Al-Qaeda|al-Qaida|al Qaida", "organization"},
  {"Houthis", "Houthi|Houthi rebels|Ansar Allah", "organization"},
  {"Islamic Jihad", "Palestinian Islamic Jihad", "organization"},
  {"PKK", "Kurdistan Workers' Party", "organization"},
  {"Boko Haram", "", "organization"},
  {"al-Shabaab", "al Shabaab|Al-Shabaab|al-Shabab", "organization"},
  {"Wagner Group", "Wagner", "organization"},
  {"Muslim Brotherhood", "", "organization"},
  {"Islamic Revolutionary Guard Corps", "IRGC|Revolutionary Guards|Revolutionary Guard", "organization"},
  {"Fatah", "", "organization"},
  {"Palestine Liberation Organization", "PLO|Palestine Liberation Organisation", "organization"},
  {"Palestinian Authority", "", "organization"},

  // Political parties.
  {"Conservative Party", "Conservatives|Tories|Tory Party|Tory", "organization"},
  {"Labour Party", "Labour", "organization"},
  {"Liberal Democrats", "Lib Dems|Lib Dem|Liberal Democrat", "organization"},
  {"Scottish National Party", "SNP", "organization"},
  {"Reform UK", "", "organization"},
  {"Democratic Party", "Democrats|Dems", "organization"},
  {"Republican Party", "Republicans|GOP", "organization"},
  {"Chinese Communist Party", "Communist Party of China|CCP|CPC", "organization"},
  {"Workers' Party of Korea", "Workers Party of Korea|WPK", "organization"},
  {"Democratic Party of Korea", "", "organization"},
  {"People Power Party", "", "organization"},
  {"United Russia", "", "organization"},
  {"Bharatiya Janata Party", "BJP", "organization"},
  {"Indian National Congress", "", "organization"},
  {"Likud", "", "organization"},
  {"Alternative for Germany", "AfD|Alternative für Deutschland|Alternative fur Deutschland", "organization"},
  {"Christian Democratic Union", "CDU", "organization"},
  {"Social Democratic Party of Germany", "SPD", "organization"},
  {"National Rally", "Rassemblement National", "organization"},
  {"Sinn Fein", "Sinn Féin", "organization"},
  {"Democratic Unionist Party", "DUP", "organization"},
  {"Fidesz", "", "organization"},
  {"Law and Justice", "PiS", "organization"},
  {"Kuomintang", "KMT", "organization"},
  {"Democratic Progressive Party", "DPP", "organization"},
  {"African National Congress", "ANC", "organization"},

  // Legislatures, courts and agencies.
  {"Congress", "U.S. Congress|US Congress|Capitol Hill", "organization"},
  {"Senate", "U.S. Senate|US Senate", "organization"},
  {"House of Representatives", "U.S. House|US House|U.S. House of Representatives|US House of Representatives", "organization"},
  {"House of Commons", "Commons", "organization"},
  {"House of Lords", "", "organization"},
  {"Supreme Court", "U.S. Supreme Court|US Supreme Court", "organization"},
  {"Federal Reserve", "Fed|U.S. Federal Reserve|US Federal Reserve", "organization"},
  {"U.S. Treasury", "Treasury Department|US Treasury|Department of the Treasury", "organization"},
  {"Department of Justice", "Justice Department|DOJ", "organization"},
  {"Department of Homeland Security", "Homeland Security Department|DHS", "organization"},
  {"Department of Defense", "Defense Department|DoD", "organization"},
  {"FBI", "F.B.I.|Federal Bureau of Investigation", "organization"},
  {"CIA", "C.I.A.|Central Intelligence Agency", "organization"},
  {"NSA", "National Security Agency", "organization"},
  {"Securities and Exchange Commission", "SEC", "organization"},
  {"Food and Drug Administration", "FDA", "organization"},
  {"Centers for Disease Control and Prevention", "CDC", "organization"},
  {"Environmental Protection Agency", "EPA", "organization"},
  {"NASA", "", "organization"},
  {"National Intelligence Service", "NIS", "organization"},
  {"Mossad", "", "organization"},
  {"Shin Bet", "", "organization"},
  {"MI5", "", "organization"},
  {"MI6", "Secret Intelligence Service", "organization"},
  {"FSB", "Federal Security Service", "organization"},
  {"GRU", "", "organization"},
  {"Bank of England", "BoE", "organization"},
  {"Bank of Japan", "BOJ|BoJ", "organization"},
  {"People's Bank of China", "PBOC|PBoC", "organization"},
  {"Bank of Korea", "BOK", "organization"},
  {"Bundesbank", "", "organization"},
  {"Joint Chiefs of Staff", "JCS", "organization"},

  // Companies often quoted.
  {"Samsung Electronics", "Samsung", "organization"},
  {"Hyundai Motor", "Hyundai", "organization"},
  {"LG Electronics", "", "organization"},
  {"SK Hynix", "", "organization"},
  {"Huawei", "", "organization"},
  {"Alibaba", "", "organization"},
  {"Tencent", "", "organization"},
  {"TSMC", "Taiwan Semiconductor Manufacturing Co", "organization"},
  {"Toyota", "Toyota Motor", "organization"},
  {"Sony", "", "organization"},
  {"Google", "Alphabet", "organization"},
  {"Microsoft", "", "organization"},
  {"Amazon", "", "organization"},
  {"Meta", "Meta Platforms|Facebook", "organization"},
  {"Apple", "Apple Inc", "organization"},
  {"Tesla", "", "organization"},
  {"OpenAI", "", "organization"},
  {"Nvidia", "", "organization"},
  {"Boeing", "", "organization"},
  {"Airbus", "", "organization"},
  {"Goldman Sachs", "", "organization"},
  {"JPMorgan Chase", "JPMorgan|JP Morgan|J.P. Morgan", "organization"},
  {"Morgan Stanley", "", "organization"},
  {"BlackRock", "", "organization"},
  {"Gazprom", "", "organization"},
  {"Rosneft", "", "organization"},
  {"Saudi Aramco", "Aramco", "organization"},
  {"ExxonMobil", "Exxon|Exxon Mobil", "organization"},
  {"Pfizer", "", "organization"},
};

inline constexpr std::uint32_t sColl = speaker_flags::collective | speaker_flags::plural;
inline constexpr std::uint32_t sExp = sColl | speaker_flags::expert;
inline constexpr std::uint32_t sOffl = sColl | speaker_flags::official;
inline constexpr std::uint32_t sMed = sColl | speaker_flags::media;

inline constexpr speaker_noun_entry group_nouns[] = {
  {"analysts", sExp}, {"experts", sExp}, {"economists", sExp}, {"strategists", sExp},
  {"scientists", sExp}, {"researchers", sExp}, {"scholars", sExp}, {"academics", sExp},
  {"historians", sExp}, {"observers", sExp}, {"commentators", sExp}, {"pundits", sExp},
  {"officials", sOffl}, {"diplomats", sOffl}, {"lawmakers", sOffl}, {"legislators", sOffl},
  {"senators", sOffl}, {"MPs", sOffl}, {"ministers", sOffl}, {"leaders", sOffl},
  {"authorities", sOffl}, {"police", sOffl}, {"prosecutors", sOffl}, {"investigators", sOffl},
  {"regulators", sOffl}, {"negotiators", sOffl}, {"mediators", sOffl}, {"envoys", sOffl},
  {"delegates", sOffl}, {"inspectors", sOffl}, {"monitors", sOffl}, {"military officials", sOffl},
  {"government officials", sOffl}, {"senior officials", sOffl}, {"health officials", sOffl},
  {"health authorities", sOffl}, {"local authorities", sOffl}, {"western officials", sOffl},
  {"western diplomats", sOffl}, {"intelligence officials", sOffl},
  {"security officials", sOffl}, {"spokespeople", sOffl},
  {"critics", sColl}, {"residents", sColl}, {"witnesses", sColl}, {"eyewitnesses", sColl},
  {"protesters", sColl}, {"protestors", sColl}, {"demonstrators", sColl}, {"activists", sColl},
  {"campaigners", sColl}, {"investors", sColl}, {"traders", sColl}, {"dealers", sColl},
  {"bankers", sColl}, {"executives", sColl}, {"doctors", sColl}, {"medics", sColl},
  {"paramedics", sColl}, {"rescuers", sColl}, {"rescue workers", sColl}, {"aid workers", sColl},
  {"aid groups", sColl}, {"rights groups", sColl}, {"human rights groups", sColl},
  {"opponents", sColl}, {"supporters", sColl}, {"voters", sColl}, {"villagers", sColl},
  {"locals", sColl}, {"citizens", sColl}, {"relatives", sColl}, {"families", sColl},
  {"parents", sColl}, {"students", sColl}, {"teachers", sColl}, {"workers", sColl},
  {"employees", sColl}, {"staff", sColl}, {"unions", sColl}, {"rebels", sColl},
  {"militants", sColl}, {"insurgents", sColl}, {"organisers", sColl}, {"organizers", sColl},
  {"members", sColl}, {"defectors", sColl}, {"survivors", sColl}, {"lawyers", sColl},
  {"people", sColl},
  // Shares of a poll's respondents: "another 19 percent said they ...".
  {"percent", sColl}, {"per cent", sColl},
  {"local media", sMed}, {"state media", sMed}, {"state-run media", sMed},
  {"state television", sMed}, {"state TV", sMed}, {"state-run television", sMed},
  {"local reports", sMed}, {"media reports", sMed}, {"press reports", sMed},
  {"news reports", sMed}, {"reports", sMed}, {"the media", sMed}, {"media", sMed},
  {"newspapers", sMed}, {"broadcasters", sMed}, {"official media", sMed},
};

// Documents and findings that news English lets speak: "the poll shows",
// "a statement said", "the study found", "records show". Their author,
// where the text names one ("a Harbour University poll", "a study by the
// institute"), is the speaker; otherwise the document is. ("reports" is a
// media group above: "reports said".)
inline constexpr std::uint32_t dSing = speaker_flags::document;
inline constexpr std::uint32_t dPl = speaker_flags::document | speaker_flags::plural;

inline constexpr speaker_noun_entry document_nouns[] = {
  {"poll", dSing}, {"polls", dPl}, {"survey", dSing}, {"surveys", dPl}, {"study", dSing},
  {"studies", dPl}, {"report", dSing}, {"analysis", dSing}, {"analyses", dPl},
  {"statement", dSing}, {"memo", dSing}, {"memorandum", dSing}, {"letter", dSing},
  {"filing", dSing}, {"filings", dPl}, {"brief", dSing}, {"complaint", dSing}, {"lawsuit", dSing},
  {"indictment", dSing}, {"affidavit", dSing}, {"judgment", dSing}, {"judgement", dSing},
  {"ruling", dSing}, {"verdict", dSing}, {"document", dSing}, {"documents", dPl}, {"data", dPl},
  {"figures", dPl}, {"records", dPl}, {"census", dSing}, {"audit", dSing}, {"review", dSing},
  {"assessment", dSing}, {"estimate", dSing}, {"estimates", dPl}, {"forecast", dSing},
  {"research", dSing}, {"findings", dPl}, {"transcript", dSing}, {"email", dSing},
  {"tweet", dSing}, {"video", dSing}, {"advertisement", dSing}, {"ad", dSing},
  {"release", dSing}, {"press release", dSing}, {"notice", dSing}, {"petition", dSing},
  {"manifesto", dSing}, {"communique", dSing}, {"communiqu\u00e9", dSing}, {"dossier", dSing},
  {"agreement", dSing}, {"contract", dSing}, {"treaty", dSing}, {"law", dSing}, {"bill", dSing},
  {"decree", dSing}, {"resolution", dSing}, {"order", dSing}, {"guidance", dSing}, {"message", dSing},
  {"article", dSing}, {"website", dSing}, {"sign", dSing}, {"draft", dSing},
  {"constitution", dSing}, {"warrant", dSing}, {"summons", dSing},
};

inline constexpr std::uint32_t aSing = speaker_flags::anonymous;
inline constexpr std::uint32_t aPl = speaker_flags::anonymous | speaker_flags::plural | speaker_flags::collective;
inline constexpr std::uint32_t aOff = aSing | speaker_flags::official;
inline constexpr std::uint32_t aOffPl = aPl | speaker_flags::official;

inline constexpr speaker_noun_entry anonymous_heads[] = {
  {"official", aOff}, {"source", aSing}, {"diplomat", aOff}, {"spokesman", aOff},
  {"spokeswoman", aOff}, {"spokesperson", aOff}, {"aide", aOff}, {"insider", aSing},
  {"officer", aOff}, {"adviser", aOff}, {"advisor", aOff}, {"lawmaker", aOff},
  {"executive", aSing}, {"employee", aSing}, {"resident", aSing}, {"witness", aSing},
  {"analyst", aSing}, {"expert", aSing},
  {"sources", aPl}, {"officials", aOffPl}, {"diplomats", aOffPl}, {"aides", aOffPl},
  {"insiders", aPl}, {"spokespeople", aOffPl},
  {"person familiar with the matter", aSing}, {"people familiar with the matter", aPl},
  {"person familiar with the situation", aSing}, {"people familiar with the situation", aPl},
  {"person familiar with the plans", aSing}, {"people familiar with the plans", aPl},
  {"person familiar with the talks", aSing}, {"people familiar with the talks", aPl},
  {"person familiar with the negotiations", aSing}, {"people familiar with the negotiations", aPl},
  {"person familiar with the discussions", aSing}, {"people familiar with the discussions", aPl},
  {"person with knowledge of the matter", aSing}, {"people with knowledge of the matter", aPl},
  {"person briefed on the matter", aSing}, {"people briefed on the matter", aPl},
  {"source familiar with the matter", aSing}, {"sources familiar with the matter", aPl},
};

// What follows "people", "a person", "sources" or "officials" to make them
// an unnamed source of any matter: "people briefed on the bank's plans",
// "a source with direct knowledge of the talks".
inline constexpr std::string_view anonymous_qualifiers[] = {
  "familiar with", "briefed on", "with knowledge of", "with direct knowledge of", "close to",
  "involved in", "aware of", "knowledgeable about", "informed about", "informed of", "privy to",
  "with ties to", "briefed about",
};
// clang-format on

}  // namespace detail

/// Capitalized head words of organization names ("Institute", "Ministry").
constexpr table_ref<std::string_view> builtin_org_heads() noexcept {
  return detail::make_table_ref(detail::org_heads);
}
/// Well-known organizations with aliases.
constexpr table_ref<organization_entry> builtin_organizations() noexcept {
  return detail::make_table_ref(detail::organizations);
}
/// Plural nouns that make a collective or unnamed speaker ("analysts").
constexpr table_ref<speaker_noun_entry> builtin_group_nouns() noexcept {
  return detail::make_table_ref(detail::group_nouns);
}
/// Documents and findings that report ("poll", "statement", "records").
constexpr table_ref<speaker_noun_entry> builtin_document_nouns() noexcept {
  return detail::make_table_ref(detail::document_nouns);
}
/// Head nouns of anonymous sources ("official", "people familiar with the matter").
constexpr table_ref<speaker_noun_entry> builtin_anonymous_heads() noexcept {
  return detail::make_table_ref(detail::anonymous_heads);
}

}  // namespace whosaid
