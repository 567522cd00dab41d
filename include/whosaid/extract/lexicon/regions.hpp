// whosaid - built-in gazetteer of regions: the states, provinces and
// territories inside countries that news names most (the United States,
// Canada, Australia, India, Germany). They are locations: "the floods in
// New South Wales", "Ohio Gov. Ann Lind" (a role of the state). Without them
// a two-word region reads as a person's name ("New Hampshire") and one that
// ends in a country's name as that country ("New Mexico", "Western
// Australia").
//
// region_entry:
//   name      the region's usual English name
//   aliases   '|'-separated other names ("Newfoundland", "Bayern")
//   country   the country it lies in, as countries.hpp names it
//
// Left out, because the name means something else first in news English:
// Georgia (the country, countries.hpp), Washington (the U.S. government's
// capital), Victoria (a given name; also a capital left out of
// countries.hpp), Delhi (New Delhi is India's capital), and postal codes
// ("CA", "WA"), which are acronyms of much else.
#pragma once

#include <string_view>

#include "table.hpp"

namespace whosaid {

struct region_entry {
  std::string_view name;
  std::string_view aliases;
  std::string_view country;
};

namespace detail {

// clang-format off
inline constexpr region_entry regions[] = {
  // The United States: 49 states (not Washington or Georgia) and the capital district.
  {"Alabama", "", "United States"},
  {"Alaska", "", "United States"},
  {"Arizona", "", "United States"},
  {"Arkansas", "", "United States"},
  {"California", "", "United States"},
  {"Colorado", "", "United States"},
  {"Connecticut", "", "United States"},
  {"Delaware", "", "United States"},
  {"Florida", "", "United States"},
  {"Hawaii", "", "United States"},
  {"Idaho", "", "United States"},
  {"Illinois", "", "United States"},
  {"Indiana", "", "United States"},
  {"Iowa", "", "United States"},
  {"Kansas", "", "United States"},
  {"Kentucky", "", "United States"},
  {"Louisiana", "", "United States"},
  {"Maine", "", "United States"},
  {"Maryland", "", "United States"},
  {"Massachusetts", "", "United States"},
  {"Michigan", "", "United States"},
  {"Minnesota", "", "United States"},
  {"Mississippi", "", "United States"},
  {"Missouri", "", "United States"},
  {"Montana", "", "United States"},
  {"Nebraska", "", "United States"},
  {"Nevada", "", "United States"},
  {"New Hampshire", "", "United States"},
  {"New Jersey", "", "United States"},
  {"New Mexico", "", "United States"},
  {"New York", "New York State|New York state", "United States"},
  {"North Carolina", "", "United States"},
  {"North Dakota", "", "United States"},
  {"Ohio", "", "United States"},
  {"Oklahoma", "", "United States"},
  {"Oregon", "", "United States"},
  {"Pennsylvania", "", "United States"},
  {"Rhode Island", "", "United States"},
  {"South Carolina", "", "United States"},
  {"South Dakota", "", "United States"},
  {"Tennessee", "", "United States"},
  {"Texas", "", "United States"},
  {"Utah", "", "United States"},
  {"Vermont", "", "United States"},
  {"Virginia", "", "United States"},
  {"West Virginia", "", "United States"},
  {"Wisconsin", "", "United States"},
  {"Wyoming", "", "United States"},
  {"District of Columbia", "D.C.", "United States"},
  // Canada: ten provinces and three territories.
  {"Ontario", "", "Canada"},
  {"Quebec", "Québec", "Canada"},
  {"British Columbia", "", "Canada"},
  {"Alberta", "", "Canada"},
  {"Manitoba", "", "Canada"},
  {"Saskatchewan", "", "Canada"},
  {"Nova Scotia", "", "Canada"},
  {"New Brunswick", "", "Canada"},
  {"Newfoundland and Labrador", "Newfoundland", "Canada"},
  {"Prince Edward Island", "", "Canada"},
  {"Yukon", "", "Canada"},
  {"Northwest Territories", "", "Canada"},
  {"Nunavut", "", "Canada"},
  // Australia: states and territories (not Victoria).
  {"New South Wales", "", "Australia"},
  {"Queensland", "", "Australia"},
  {"South Australia", "", "Australia"},
  {"Western Australia", "", "Australia"},
  {"Tasmania", "", "Australia"},
  {"Northern Territory", "", "Australia"},
  {"Australian Capital Territory", "", "Australia"},
  // India: the most populous states.
  {"Uttar Pradesh", "", "India"},
  {"Maharashtra", "", "India"},
  {"Bihar", "", "India"},
  {"West Bengal", "", "India"},
  {"Madhya Pradesh", "", "India"},
  {"Tamil Nadu", "", "India"},
  {"Rajasthan", "", "India"},
  {"Karnataka", "", "India"},
  {"Gujarat", "", "India"},
  {"Andhra Pradesh", "", "India"},
  {"Odisha", "Orissa", "India"},
  {"Telangana", "", "India"},
  {"Kerala", "", "India"},
  {"Assam", "", "India"},
  {"Punjab", "", "India"},
  {"Haryana", "", "India"},
  {"Manipur", "", "India"},
  // Germany: the sixteen states, in their English names.
  {"Bavaria", "Bayern", "Germany"},
  {"Baden-Wurttemberg", "Baden-Württemberg", "Germany"},
  {"North Rhine-Westphalia", "", "Germany"},
  {"Lower Saxony", "", "Germany"},
  {"Hesse", "", "Germany"},
  {"Saxony", "", "Germany"},
  {"Saxony-Anhalt", "", "Germany"},
  {"Thuringia", "", "Germany"},
  {"Brandenburg", "", "Germany"},
  {"Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern", "Germany"},
  {"Schleswig-Holstein", "", "Germany"},
  {"Rhineland-Palatinate", "", "Germany"},
  {"Saarland", "", "Germany"},
};
// clang-format on

}  // namespace detail

/// All built-in region rows.
constexpr table_ref<region_entry> builtin_regions() noexcept { return detail::make_table_ref(detail::regions); }

}  // namespace whosaid
