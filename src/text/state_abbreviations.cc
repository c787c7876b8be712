// The abbreviation table.
#include "text/state_abbreviations.h"

#include <array>

namespace storytrace {
namespace {

struct State {
  std::string_view name, ap, postal, country;  // ap without its final period; "" when spelled out
};

constexpr std::array<State, 64> kStates = {{
    {"Alabama", "Ala", "AL", "US"},        {"Alaska", "", "AK", "US"},
    {"Arizona", "Ariz", "AZ", "US"},       {"Arkansas", "Ark", "AR", "US"},
    {"California", "Calif", "CA", "US"},   {"Colorado", "Colo", "CO", "US"},
    {"Connecticut", "Conn", "CT", "US"},   {"Delaware", "Del", "DE", "US"},
    {"Florida", "Fla", "FL", "US"},        {"Georgia", "Ga", "GA", "US"},
    {"Hawaii", "", "HI", "US"},            {"Idaho", "", "ID", "US"},
    {"Illinois", "Ill", "IL", "US"},       {"Indiana", "Ind", "IN", "US"},
    {"Iowa", "", "IA", "US"},              {"Kansas", "Kan", "KS", "US"},
    {"Kentucky", "Ky", "KY", "US"},        {"Louisiana", "La", "LA", "US"},
    {"Maine", "", "ME", "US"},             {"Maryland", "Md", "MD", "US"},
    {"Massachusetts", "Mass", "MA", "US"}, {"Michigan", "Mich", "MI", "US"},
    {"Minnesota", "Minn", "MN", "US"},     {"Mississippi", "Miss", "MS", "US"},
    {"Missouri", "Mo", "MO", "US"},        {"Montana", "Mont", "MT", "US"},
    {"Nebraska", "Neb", "NE", "US"},       {"Nevada", "Nev", "NV", "US"},
    {"New Hampshire", "N.H", "NH", "US"},  {"New Jersey", "N.J", "NJ", "US"},
    {"New Mexico", "N.M", "NM", "US"},     {"New York", "N.Y", "NY", "US"},
    {"North Carolina", "N.C", "NC", "US"}, {"North Dakota", "N.D", "ND", "US"},
    {"Ohio", "", "OH", "US"},              {"Oklahoma", "Okla", "OK", "US"},
    {"Oregon", "Ore", "OR", "US"},         {"Pennsylvania", "Pa", "PA", "US"},
    {"Rhode Island", "R.I", "RI", "US"},   {"South Carolina", "S.C", "SC", "US"},
    {"South Dakota", "S.D", "SD", "US"},   {"Tennessee", "Tenn", "TN", "US"},
    {"Texas", "", "TX", "US"},             {"Utah", "", "UT", "US"},
    {"Vermont", "Vt", "VT", "US"},         {"Virginia", "Va", "VA", "US"},
    {"Washington", "Wash", "WA", "US"},    {"West Virginia", "W.Va", "WV", "US"},
    {"Wisconsin", "Wis", "WI", "US"},      {"Wyoming", "Wyo", "WY", "US"},
    {"District of Columbia", "D.C", "DC", "US"},
    {"Ontario", "Ont", "ON", "CA"},        {"Quebec", "Que", "QC", "CA"},
    {"British Columbia", "B.C", "BC", "CA"}, {"Alberta", "Alta", "AB", "CA"},
    {"Manitoba", "Man", "MB", "CA"},       {"Saskatchewan", "Sask", "SK", "CA"},
    {"Nova Scotia", "N.S", "NS", "CA"},    {"New Brunswick", "N.B", "NB", "CA"},
    {"Newfoundland and Labrador", "Nfld", "NL", "CA"},
    {"Prince Edward Island", "P.E.I", "PE", "CA"},
    {"Yukon", "", "YT", "CA"},             {"Northwest Territories", "N.W.T", "NT", "CA"},
    {"Nunavut", "", "NU", "CA"},
}};

}  // namespace

AbbreviatedState StateOfAbbreviation(std::string_view a) {
  if (a.size() < 2 || a.size() > 6) return {};
  const bool period = a.back() == '.';
  std::string_view bare = period ? a.substr(0, a.size() - 1) : a;
  for (const State& s : kStates) {
    if ((period && !s.ap.empty() && bare == s.ap) || a == s.postal) return {s.name, s.country};
  }
  return {};
}

}  // namespace storytrace
