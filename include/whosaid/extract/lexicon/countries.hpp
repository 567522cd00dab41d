// whosaid - built-in gazetteer of countries, territories and government metonyms.
//
// One row per country (all 193 UN member states), per commonly quoted
// non-member actor (Taiwan, Palestine, Kosovo, the Vatican) and per place that
// news treats as a location rather than a state (Hong Kong, Gaza, Crimea...).
// The European Union is an organization: see organizations.hpp.
//
// Fields are '|'-separated lists:
//   name      canonical English short name as news wire style uses it
//   aliases   other names of the state ("U.S.", "Britain", "Republic of Korea")
//   capitals  capitals and other places used as metonyms for the government
//             ("Seoul", "the Kremlin" is written "Kremlin": a leading "the" is
//             stripped at lookup time)
//   demonyms  adjectives / nationality nouns that unambiguously point to the
//             state ("South Korean"; not "Korean", "Congolese", "Dominican")
//
// Deliberate choices (documented so the duplicate test can enforce them):
//   * "Korea" alone is an alias of South Korea, as in news usage; the
//     demonym "Korean" is left out (it is used for both Koreas).
//   * "Congo" alone is left out: it names two states. Use "DR Congo", "DRC",
//     "Congo-Kinshasa", "Republic of Congo", "Congo-Brazzaville"...
//   * "Georgia" is the country (the U.S. state is not in this gazetteer).
//   * "Brussels" is a metonym for the European Union (organizations.hpp),
//     so Belgium lists no capital.
//   * Capitals that collide with common words or names are left out:
//     Male (Maldives), Victoria (Seychelles), San Jose (Costa Rica, and a
//     large U.S. city). City-states list no separate capital.
//   * "Capitol Hill" is Congress, not the U.S. government: not here.
#pragma once

#include <cstdint>
#include <string_view>

#include "table.hpp"

namespace whosaid {

/// What kind of place a country row describes.
enum class country_status : std::uint8_t {
  un_member,   ///< one of the 193 UN member states
  non_member,  ///< a state-like actor outside the UN (Taiwan, Kosovo, ...)
  territory,   ///< a place news treats as a location (Hong Kong, Gaza, ...)
};

struct country_entry {
  std::string_view name;
  std::string_view aliases;
  std::string_view capitals;
  std::string_view demonyms;
  country_status status;
};

namespace detail {

inline constexpr country_status un_ = country_status::un_member;
inline constexpr country_status nm_ = country_status::non_member;
inline constexpr country_status loc_ = country_status::territory;

// clang-format off
inline constexpr country_entry countries[] = {
  {"Afghanistan", "Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan", "Kabul", "Afghan", un_},
  {"Albania", "Republic of Albania", "Tirana|Tirane", "Albanian", un_},
  {"Algeria", "People's Democratic Republic of Algeria", "Algiers", "Algerian", un_},
  {"Andorra", "Principality of Andorra", "Andorra la Vella", "Andorran", un_},
  {"Angola", "Republic of Angola", "Luanda", "Angolan", un_},
  {"Antigua and Barbuda", "Antigua|Antigua & Barbuda", "St. John's|St John's|Saint John's", "Antiguan|Barbudan", un_},
  {"Argentina", "Argentine Republic", "Buenos Aires|Casa Rosada", "Argentine|Argentinian|Argentinean", un_},
  {"Armenia", "Republic of Armenia", "Yerevan", "Armenian", un_},
  {"Australia", "Commonwealth of Australia", "Canberra", "Australian", un_},
  {"Austria", "Republic of Austria", "Vienna", "Austrian", un_},
  {"Azerbaijan", "Republic of Azerbaijan", "Baku", "Azerbaijani|Azeri", un_},
  {"Bahamas", "The Bahamas|Commonwealth of the Bahamas", "Nassau", "Bahamian", un_},
  {"Bahrain", "Kingdom of Bahrain", "Manama", "Bahraini", un_},
  {"Bangladesh", "People's Republic of Bangladesh", "Dhaka|Dacca", "Bangladeshi", un_},
  {"Barbados", "", "Bridgetown", "Barbadian|Bajan", un_},
  {"Belarus", "Republic of Belarus|Byelorussia|Belorussia", "Minsk", "Belarusian|Belarussian|Belorussian", un_},
  {"Belgium", "Kingdom of Belgium", "", "Belgian", un_},
  {"Belize", "", "Belmopan", "Belizean", un_},
  {"Benin", "Republic of Benin", "Porto-Novo|Cotonou", "Beninese", un_},
  {"Bhutan", "Kingdom of Bhutan", "Thimphu", "Bhutanese", un_},
  {"Bolivia", "Plurinational State of Bolivia", "La Paz|Sucre", "Bolivian", un_},
  {"Bosnia and Herzegovina", "Bosnia|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH", "Sarajevo", "Bosnian|Herzegovinian", un_},
  {"Botswana", "Republic of Botswana", "Gaborone", "Motswana|Batswana|Botswanan", un_},
  {"Brazil", "Federative Republic of Brazil|Brasil", "Brasilia|Brasília|Planalto|Planalto Palace", "Brazilian", un_},
  {"Brunei", "Brunei Darussalam", "Bandar Seri Begawan", "Bruneian", un_},
  {"Bulgaria", "Republic of Bulgaria", "Sofia", "Bulgarian", un_},
  {"Burkina Faso", "Burkina", "Ouagadougou", "Burkinabe|Burkinabè", un_},
  {"Burundi", "Republic of Burundi", "Gitega|Bujumbura", "Burundian", un_},
  {"Cabo Verde", "Cape Verde|Republic of Cabo Verde", "Praia", "Cabo Verdean|Cape Verdean", un_},
  {"Cambodia", "Kingdom of Cambodia|Kampuchea", "Phnom Penh", "Cambodian", un_},
  {"Cameroon", "Republic of Cameroon", "Yaounde|Yaoundé", "Cameroonian", un_},
  {"Canada", "", "Ottawa", "Canadian", un_},
  {"Central African Republic", "Centrafrique", "Bangui", "Central African", un_},
  {"Chad", "Republic of Chad", "N'Djamena|Ndjamena|N'Djaména", "Chadian", un_},
  {"Chile", "Republic of Chile", "Santiago|La Moneda", "Chilean", un_},
  {"China", "People's Republic of China|PRC|P.R.C.|Mainland China", "Beijing|Zhongnanhai", "Chinese", un_},
  {"Colombia", "Republic of Colombia", "Bogota|Bogotá|Casa de Nariño|Casa de Narino", "Colombian", un_},
  {"Comoros", "Union of the Comoros|Comoro Islands", "Moroni", "Comorian", un_},
  {"Republic of the Congo", "Republic of Congo|Congo-Brazzaville|Congo Republic", "Brazzaville", "", un_},
  {"Costa Rica", "Republic of Costa Rica", "", "Costa Rican", un_},
  {"Ivory Coast", "Côte d'Ivoire|Cote d'Ivoire|Cote dIvoire|Republic of Côte d'Ivoire", "Yamoussoukro|Abidjan", "Ivorian", un_},
  {"Croatia", "Republic of Croatia|Hrvatska", "Zagreb", "Croatian|Croat", un_},
  {"Cuba", "Republic of Cuba", "Havana|La Habana", "Cuban", un_},
  {"Cyprus", "Republic of Cyprus", "Nicosia", "Cypriot", un_},
  {"Czech Republic", "Czechia|Czech Rep.", "Prague", "Czech", un_},
  {"North Korea", "Democratic People's Republic of Korea|DPRK|D.P.R.K.|N. Korea|N.Korea", "Pyongyang", "North Korean|N. Korean", un_},
  {"Democratic Republic of the Congo", "Democratic Republic of Congo|DR Congo|D.R. Congo|DRC|D.R.C.|Congo-Kinshasa", "Kinshasa", "", un_},
  {"Denmark", "Kingdom of Denmark", "Copenhagen", "Danish|Dane", un_},
  {"Djibouti", "Republic of Djibouti", "", "Djiboutian", un_},
  {"Dominica", "Commonwealth of Dominica", "Roseau", "", un_},
  {"Dominican Republic", "", "Santo Domingo", "", un_},
  {"Ecuador", "Republic of Ecuador", "Quito", "Ecuadorian|Ecuadorean", un_},
  {"Egypt", "Arab Republic of Egypt", "Cairo", "Egyptian", un_},
  {"El Salvador", "Republic of El Salvador", "San Salvador", "Salvadoran|Salvadorean", un_},
  {"Equatorial Guinea", "Republic of Equatorial Guinea", "Malabo", "Equatorial Guinean|Equatoguinean", un_},
  {"Eritrea", "State of Eritrea", "Asmara", "Eritrean", un_},
  {"Estonia", "Republic of Estonia", "Tallinn", "Estonian", un_},
  {"Eswatini", "Swaziland|Kingdom of Eswatini", "Mbabane|Lobamba", "Swazi|Emaswati", un_},
  {"Ethiopia", "Federal Democratic Republic of Ethiopia", "Addis Ababa", "Ethiopian", un_},
  {"Fiji", "Republic of Fiji", "Suva", "Fijian", un_},
  {"Finland", "Republic of Finland|Suomi", "Helsinki", "Finnish|Finn", un_},
  {"France", "French Republic", "Paris|Elysee|Élysée|Elysee Palace|Élysée Palace|Quai d'Orsay", "French", un_},
  {"Gabon", "Gabonese Republic", "Libreville", "Gabonese", un_},
  {"Gambia", "The Gambia|Republic of the Gambia", "Banjul", "Gambian", un_},
  {"Georgia", "", "Tbilisi", "Georgian", un_},
  {"Germany", "Federal Republic of Germany|Deutschland", "Berlin", "German", un_},
  {"Ghana", "Republic of Ghana", "Accra", "Ghanaian", un_},
  {"Greece", "Hellenic Republic|Hellas", "Athens", "Greek", un_},
  {"Grenada", "", "St. George's|St George's|Saint George's", "Grenadian", un_},
  {"Guatemala", "Republic of Guatemala", "Guatemala City", "Guatemalan", un_},
  {"Guinea", "Republic of Guinea|Guinea-Conakry", "Conakry", "Guinean", un_},
  {"Guinea-Bissau", "Republic of Guinea-Bissau", "Bissau", "Bissau-Guinean", un_},
  {"Guyana", "Co-operative Republic of Guyana|Cooperative Republic of Guyana", "Georgetown", "Guyanese", un_},
  {"Haiti", "Republic of Haiti", "Port-au-Prince", "Haitian", un_},
  {"Honduras", "Republic of Honduras", "Tegucigalpa", "Honduran", un_},
  {"Hungary", "", "Budapest", "Hungarian", un_},
  {"Iceland", "", "Reykjavik|Reykjavík", "Icelandic|Icelander", un_},
  {"India", "Republic of India|Bharat", "New Delhi", "Indian", un_},
  {"Indonesia", "Republic of Indonesia", "Jakarta", "Indonesian", un_},
  {"Iran", "Islamic Republic of Iran|Islamic Republic", "Tehran|Teheran", "Iranian", un_},
  {"Iraq", "Republic of Iraq", "Baghdad", "Iraqi", un_},
  {"Ireland", "Republic of Ireland|Eire|Éire", "Dublin", "Irish", un_},
  {"Israel", "State of Israel", "Jerusalem|Tel Aviv", "Israeli", un_},
  {"Italy", "Italian Republic|Italia", "Rome|Palazzo Chigi", "Italian", un_},
  {"Jamaica", "", "Kingston", "Jamaican", un_},
  {"Japan", "Nippon", "Tokyo", "Japanese", un_},
  {"Jordan", "Hashemite Kingdom of Jordan", "Amman", "Jordanian", un_},
  {"Kazakhstan", "Republic of Kazakhstan", "Astana|Nur-Sultan", "Kazakh|Kazakhstani", un_},
  {"Kenya", "Republic of Kenya", "Nairobi", "Kenyan", un_},
  {"Kiribati", "Republic of Kiribati", "Tarawa|South Tarawa", "I-Kiribati", un_},
  {"Kuwait", "State of Kuwait", "Kuwait City", "Kuwaiti", un_},
  {"Kyrgyzstan", "Kyrgyz Republic|Kirghizia", "Bishkek", "Kyrgyz|Kyrgyzstani", un_},
  {"Laos", "Lao PDR|Lao People's Democratic Republic", "Vientiane", "Laotian|Lao", un_},
  {"Latvia", "Republic of Latvia", "Riga", "Latvian", un_},
  {"Lebanon", "Lebanese Republic", "Beirut", "Lebanese", un_},
  {"Lesotho", "Kingdom of Lesotho", "Maseru", "Basotho|Mosotho", un_},
  {"Liberia", "Republic of Liberia", "Monrovia", "Liberian", un_},
  {"Libya", "State of Libya", "Tripoli", "Libyan", un_},
  {"Liechtenstein", "Principality of Liechtenstein", "Vaduz", "Liechtensteiner", un_},
  {"Lithuania", "Republic of Lithuania", "Vilnius", "Lithuanian", un_},
  {"Luxembourg", "Grand Duchy of Luxembourg", "Luxembourg City", "Luxembourgish|Luxembourger", un_},
  {"Madagascar", "Republic of Madagascar", "Antananarivo", "Malagasy", un_},
  {"Malawi", "Republic of Malawi", "Lilongwe", "Malawian", un_},
  {"Malaysia", "", "Kuala Lumpur|Putrajaya", "Malaysian", un_},
  {"Maldives", "Republic of Maldives", "", "Maldivian", un_},
  {"Mali", "Republic of Mali", "Bamako", "Malian", un_},
  {"Malta", "Republic of Malta", "Valletta", "Maltese", un_},
  {"Marshall Islands", "Republic of the Marshall Islands", "Majuro", "Marshallese", un_},
  {"Mauritania", "Islamic Republic of Mauritania", "Nouakchott", "Mauritanian", un_},
  {"Mauritius", "Republic of Mauritius", "Port Louis", "Mauritian", un_},
  {"Mexico", "United Mexican States", "Mexico City", "Mexican", un_},
  {"Micronesia", "Federated States of Micronesia|FSM", "Palikir", "Micronesian", un_},
  {"Moldova", "Republic of Moldova", "Chisinau|Chișinău|Chişinău", "Moldovan", un_},
  {"Monaco", "Principality of Monaco", "", "Monegasque|Monégasque", un_},
  {"Mongolia", "", "Ulaanbaatar|Ulan Bator", "Mongolian", un_},
  {"Montenegro", "", "Podgorica", "Montenegrin", un_},
  {"Morocco", "Kingdom of Morocco", "Rabat", "Moroccan", un_},
  {"Mozambique", "Republic of Mozambique", "Maputo", "Mozambican", un_},
  {"Myanmar", "Burma|Republic of the Union of Myanmar", "Naypyidaw|Nay Pyi Taw|Naypyitaw", "Burmese", un_},
  {"Namibia", "Republic of Namibia", "Windhoek", "Namibian", un_},
  {"Nauru", "Republic of Nauru", "Yaren", "Nauruan", un_},
  {"Nepal", "", "Kathmandu", "Nepali|Nepalese", un_},
  {"Netherlands", "The Netherlands|Holland|Kingdom of the Netherlands", "Amsterdam|The Hague", "Dutch", un_},
  {"New Zealand", "Aotearoa", "Wellington", "New Zealander", un_},
  {"Nicaragua", "Republic of Nicaragua", "Managua", "Nicaraguan", un_},
  {"Niger", "Republic of the Niger|Republic of Niger", "Niamey", "Nigerien", un_},
  {"Nigeria", "Federal Republic of Nigeria", "Abuja", "Nigerian", un_},
  {"North Macedonia", "Republic of North Macedonia|Macedonia|FYROM", "Skopje", "North Macedonian|Macedonian", un_},
  {"Norway", "Kingdom of Norway", "Oslo", "Norwegian", un_},
  {"Oman", "Sultanate of Oman", "Muscat", "Omani", un_},
  {"Pakistan", "Islamic Republic of Pakistan", "Islamabad", "Pakistani", un_},
  {"Palau", "Republic of Palau", "Ngerulmud|Melekeok", "Palauan", un_},
  {"Panama", "Republic of Panama", "Panama City", "Panamanian", un_},
  {"Papua New Guinea", "PNG", "Port Moresby", "Papua New Guinean", un_},
  {"Paraguay", "Republic of Paraguay", "Asuncion|Asunción", "Paraguayan", un_},
  {"Peru", "Republic of Peru", "Lima", "Peruvian", un_},
  {"Philippines", "The Philippines|Republic of the Philippines", "Manila|Malacanang|Malacañang", "Filipino|Philippine", un_},
  {"Poland", "Republic of Poland|Polska", "Warsaw", "Polish", un_},
  {"Portugal", "Portuguese Republic", "Lisbon", "Portuguese", un_},
  {"Qatar", "State of Qatar", "Doha", "Qatari", un_},
  {"South Korea", "Korea|Republic of Korea|ROK|R.O.K.|S. Korea|S.Korea", "Seoul|Blue House|Cheong Wa Dae", "South Korean|S. Korean", un_},
  {"Romania", "Roumania|Rumania", "Bucharest", "Romanian", un_},
  {"Russia", "Russian Federation", "Moscow|Kremlin", "Russian", un_},
  {"Rwanda", "Republic of Rwanda", "Kigali", "Rwandan", un_},
  {"Saint Kitts and Nevis", "St Kitts and Nevis|St. Kitts and Nevis|Saint Kitts & Nevis|St Kitts & Nevis|St Kitts|St. Kitts|Saint Kitts", "Basseterre", "Kittitian|Nevisian", un_},
  {"Saint Lucia", "St Lucia|St. Lucia", "Castries", "Saint Lucian|St Lucian|St. Lucian", un_},
  {"Saint Vincent and the Grenadines", "St Vincent and the Grenadines|St. Vincent and the Grenadines|Saint Vincent|St Vincent|St. Vincent", "Kingstown", "Vincentian", un_},
  {"Samoa", "Independent State of Samoa|Western Samoa", "Apia", "Samoan", un_},
  {"San Marino", "Republic of San Marino", "", "Sammarinese", un_},
  {"Sao Tome and Principe", "Sao Tome & Principe|Democratic Republic of Sao Tome and Principe", "Sao Tome|São Tomé", "Santomean", un_},
  {"Saudi Arabia", "Kingdom of Saudi Arabia|KSA", "Riyadh", "Saudi|Saudi Arabian", un_},
  {"Senegal", "Republic of Senegal", "Dakar", "Senegalese", un_},
  {"Serbia", "Republic of Serbia", "Belgrade", "Serbian|Serb", un_},
  {"Seychelles", "Republic of Seychelles", "", "Seychellois", un_},
  {"Sierra Leone", "Republic of Sierra Leone", "Freetown", "Sierra Leonean", un_},
  {"Singapore", "Republic of Singapore", "", "Singaporean", un_},
  {"Slovakia", "Slovak Republic", "Bratislava", "Slovak|Slovakian", un_},
  {"Slovenia", "Republic of Slovenia", "Ljubljana", "Slovenian|Slovene", un_},
  {"Solomon Islands", "Solomons", "Honiara", "Solomon Islander", un_},
  {"Somalia", "Federal Republic of Somalia", "Mogadishu", "Somali", un_},
  {"South Africa", "Republic of South Africa|RSA", "Pretoria|Cape Town|Bloemfontein|Union Buildings", "South African", un_},
  {"South Sudan", "Republic of South Sudan", "Juba", "South Sudanese", un_},
  {"Spain", "Kingdom of Spain|España|Espana", "Madrid|Moncloa|La Moncloa", "Spanish|Spaniard", un_},
  {"Sri Lanka", "Ceylon", "Colombo|Sri Jayawardenepura Kotte|Kotte", "Sri Lankan", un_},
  {"Sudan", "Republic of the Sudan|Republic of Sudan", "Khartoum", "Sudanese", un_},
  {"Suriname", "Surinam|Republic of Suriname", "Paramaribo", "Surinamese", un_},
  {"Sweden", "Kingdom of Sweden|Sverige", "Stockholm", "Swedish|Swede", un_},
  {"Switzerland", "Swiss Confederation|Confoederatio Helvetica", "Bern|Berne", "Swiss", un_},
  {"Syria", "Syrian Arab Republic", "Damascus", "Syrian", un_},
  {"Tajikistan", "Republic of Tajikistan", "Dushanbe", "Tajik|Tajikistani", un_},
  {"Thailand", "Kingdom of Thailand|Siam", "Bangkok", "Thai", un_},
  {"East Timor", "Timor-Leste|Democratic Republic of Timor-Leste", "Dili", "Timorese|East Timorese", un_},
  {"Togo", "Togolese Republic", "Lome|Lomé", "Togolese", un_},
  {"Tonga", "Kingdom of Tonga", "Nuku'alofa|Nukualofa", "Tongan", un_},
  {"Trinidad and Tobago", "Trinidad|Trinidad & Tobago|Republic of Trinidad and Tobago", "Port of Spain|Port-of-Spain", "Trinidadian|Tobagonian|Trinbagonian", un_},
  {"Tunisia", "Tunisian Republic", "Tunis", "Tunisian", un_},
  {"Turkey", "Türkiye|Turkiye|Republic of Turkey|Republic of Türkiye", "Ankara", "Turkish", un_},
  {"Turkmenistan", "", "Ashgabat|Ashkhabad", "Turkmen", un_},
  {"Tuvalu", "", "Funafuti", "Tuvaluan", un_},
  {"Uganda", "Republic of Uganda", "Kampala", "Ugandan", un_},
  {"Ukraine", "", "Kyiv|Kiev|Bankova", "Ukrainian", un_},
  {"United Arab Emirates", "UAE|U.A.E.", "Abu Dhabi", "Emirati", un_},
  {"United Kingdom", "UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland", "London|Downing Street|Number 10|No 10|No. 10|Whitehall", "British|Briton", un_},
  {"Tanzania", "United Republic of Tanzania", "Dodoma|Dar es Salaam", "Tanzanian", un_},
  {"United States", "U.S.|US|USA|U.S.A.|America|United States of America|U.S.A", "Washington|Washington, D.C.|Washington DC|Washington D.C.|White House|Pentagon|State Department|Oval Office|Foggy Bottom", "American", un_},
  {"Uruguay", "Oriental Republic of Uruguay", "Montevideo", "Uruguayan", un_},
  {"Uzbekistan", "Republic of Uzbekistan", "Tashkent", "Uzbek|Uzbekistani", un_},
  {"Vanuatu", "Republic of Vanuatu", "Port Vila", "Ni-Vanuatu", un_},
  {"Venezuela", "Bolivarian Republic of Venezuela", "Caracas|Miraflores", "Venezuelan", un_},
  {"Vietnam", "Viet Nam|Socialist Republic of Vietnam", "Hanoi", "Vietnamese", un_},
  {"Yemen", "Republic of Yemen", "Sanaa|Sana'a|Aden", "Yemeni", un_},
  {"Zambia", "Republic of Zambia", "Lusaka", "Zambian", un_},
  {"Zimbabwe", "Republic of Zimbabwe", "Harare", "Zimbabwean", un_},

  // State-like actors outside the UN.
  {"Taiwan", "Republic of China|ROC|R.O.C.", "Taipei", "Taiwanese", nm_},
  {"Palestine", "State of Palestine|Palestinian Territories|Palestinian territories|Occupied Palestinian Territories", "Ramallah", "Palestinian", nm_},
  {"Kosovo", "Republic of Kosovo", "Pristina|Prishtina", "Kosovar|Kosovan", nm_},
  {"Vatican", "Holy See|Vatican City|Vatican City State", "", "", nm_},

  // Places quoted as locations, not as states.
  {"Hong Kong", "HK|Hong Kong SAR", "", "Hong Konger|Hongkonger", loc_},
  {"Macau", "Macao|Macau SAR", "", "Macanese", loc_},
  {"Gaza", "Gaza Strip", "Gaza City", "Gazan", loc_},
  {"West Bank", "occupied West Bank", "", "", loc_},
  {"Crimea", "Crimean Peninsula", "Simferopol", "Crimean", loc_},
  {"Donbas", "Donbass", "", "", loc_},
  {"Greenland", "", "Nuuk", "Greenlandic|Greenlander", loc_},
  {"Puerto Rico", "", "San Juan", "Puerto Rican", loc_},
  {"Scotland", "", "Edinburgh|Holyrood", "Scottish|Scot", loc_},
  {"Wales", "", "Cardiff", "Welsh", loc_},
  {"Northern Ireland", "", "Belfast|Stormont", "Northern Irish", loc_},
  {"England", "", "", "", loc_},
  {"Tibet", "Tibet Autonomous Region", "Lhasa", "Tibetan", loc_},
  {"Xinjiang", "Xinjiang Uyghur Autonomous Region", "Urumqi", "", loc_},
  {"Kashmir", "Jammu and Kashmir", "Srinagar", "Kashmiri", loc_},
  {"Western Sahara", "Sahrawi Arab Democratic Republic", "Laayoune", "Sahrawi", loc_},
  {"Somaliland", "", "Hargeisa", "Somalilander", loc_},
  {"Kurdistan Region", "Iraqi Kurdistan", "Erbil|Irbil", "", loc_},
  {"Abkhazia", "", "Sukhumi", "Abkhaz|Abkhazian", loc_},
  {"South Ossetia", "", "Tskhinvali", "South Ossetian", loc_},
  {"Transnistria", "Trans-Dniester|Transdniestria", "Tiraspol", "Transnistrian", loc_},
};
// clang-format on

}  // namespace detail

/// All built-in country / territory rows.
constexpr table_ref<country_entry> builtin_countries() noexcept {
  return detail::make_table_ref(detail::countries);
}

}  // namespace whosaid
