#include "entities/entity_registry.h"

#include <gtest/gtest.h>

#include "entities/gazetteer.h"
#include "entities/name_key.h"

namespace storytrace {
namespace {

Mention Person(const std::string& name) {
  Mention m;
  m.text = name;
  m.type = "PER";
  m.key = NameKey(name);
  m.full_name = true;
  return m;
}

// A place mention written `text`, which the gazetteer knows as `entry` (null: unknown).
Mention Place(const GazetteerEntry* entry, const std::string& text) {
  Mention m = Person(text);
  m.type = "LOC";
  m.full_name = false;
  m.known = entry;
  return m;
}

// A lone surname names the person of that surname the stream has named most, when that one has
// at least three times the mentions of each other.
TEST(EntityRegistryTest, ASurnameNamesItsDominantPerson) {
  EntityRegistry registry;
  for (int i = 0; i < 3; ++i) registry.Resolve(Person("Luka Dončić"));
  registry.Resolve(Person("Saša Dončić"));
  const EntityRecord* luka = registry.PersonBySurname(NameKey("Doncic"));
  ASSERT_NE(luka, nullptr);
  EXPECT_EQ(luka->canonical, "Luka Dončić");
  // Pau twice, Marc once: no one.
  registry.Resolve(Person("Pau Gasol"));
  registry.Resolve(Person("Pau Gasol"));
  registry.Resolve(Person("Marc Gasol"));
  EXPECT_EQ(registry.PersonBySurname(NameKey("Gasol")), nullptr);
  // A person no full-name mention named lends no surname ("Seven COVID").
  Mention covid = Person("Seven COVID");
  covid.full_name = false;
  registry.Resolve(covid);
  EXPECT_EQ(registry.PersonBySurname(NameKey("COVID")), nullptr);
  EXPECT_EQ(registry.PersonBySurname(NameKey("Nobody")), nullptr);
}

// A known place one edit from another known place elsewhere is another place; two entries of
// one country (the curated United States and the country's entry US) stay one entity, and a
// spelling the gazetteer does not know meets a known place one edit away.
TEST(EntityRegistryTest, KnownPlacesOneEditApartAreOneOnlyWhereTheyMayBe) {
  GazetteerEntry olympic{"Olympic", "LOC", "HK", 22.32, 114.16};
  GazetteerEntry olympia{"Olympia", "LOC", "US", 47.04, -122.90};
  GazetteerEntry united_states{"United States", "LOC", "US"};
  GazetteerEntry us{"US", "LOC", "US", std::nullopt, std::nullopt, /*is_country=*/true};
  EntityRegistry registry;
  const std::string first = registry.Resolve(Place(&olympic, "Olympic")).id;
  EXPECT_NE(registry.Resolve(Place(&olympia, "Olympia")).id, first);
  EXPECT_EQ(registry.Resolve(Place(nullptr, "Olimpic")).id, first);
  const std::string usa = registry.Resolve(Place(&united_states, "US")).id;
  EXPECT_EQ(registry.Resolve(Place(&us, "America")).id, usa);
}

// A person known by the surname alone (a qualifier went before it: "Judoka Ressel") lends it
// until someone of that surname is named in full, who then takes it; a lone name finds no one
// by a key one edit away ("Dressel" is not "Ressel").
TEST(EntityRegistryTest, APersonNamedInFullTakesTheSurnameFromOneNamedBySurname) {
  EntityRegistry registry;
  registry.Resolve(Person("Ressel"));
  registry.Resolve(Person("Takato"));
  const EntityRecord* ressel = registry.PersonBySurname(NameKey("Ressel"));
  ASSERT_NE(ressel, nullptr);
  EXPECT_EQ(ressel->canonical, "Ressel");
  registry.Resolve(Person("Naohisa Takato"));
  const EntityRecord* takato = registry.PersonBySurname(NameKey("Takato"));
  ASSERT_NE(takato, nullptr);
  EXPECT_EQ(takato->canonical, "Naohisa Takato");
  registry.Resolve(Person("Caeleb Dressel"));
  auto dressel = registry.KnownPersonIn(Person("Dressel"));
  ASSERT_TRUE(dressel.has_value());
  EXPECT_EQ(registry.Resolve(*dressel).canonical, "Caeleb Dressel");
}

// A person's canonical name is the spelling most of its full-name mentions use, once that
// spelling leads by more than two to one; a name from the gazetteer stays.
TEST(EntityRegistryTest, ThePersonsCanonicalNameIsItsLeadingSpelling) {
  EntityRegistry registry;
  bool renamed = false;
  EXPECT_EQ(registry.Resolve(Person("Janjo Garnbret"), nullptr, &renamed).canonical,
            "Janjo Garnbret");  // a Slovenian accusative, seen first
  EXPECT_FALSE(renamed);
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(registry.Resolve(Person("Janja Garnbret"), nullptr, &renamed).canonical,
              "Janjo Garnbret");
    EXPECT_FALSE(renamed);
  }
  const EntityRecord& e = registry.Resolve(Person("Janja Garnbret"), nullptr, &renamed);
  EXPECT_EQ(e.canonical, "Janja Garnbret");
  EXPECT_TRUE(renamed);
  EXPECT_EQ(e.id, "per:" + NameKey("Janjo Garnbret"));  // the id stays
  // Going back needs more than twice the new leader's count.
  for (int i = 0; i < 3; ++i) registry.Resolve(Person("Janjo Garnbret"));
  EXPECT_EQ(registry.Resolve(Person("Janjo Garnbret")).canonical, "Janja Garnbret");

  GazetteerEntry putin{"Vladimir Putin", "PER", "", std::nullopt, std::nullopt, false, "", false};
  Mention known = Person("Vladimir Putin");
  known.known = &putin;
  registry.Resolve(known);
  for (int i = 0; i < 5; ++i) registry.Resolve(Person("Wladimir Putin"));
  EXPECT_EQ(registry.Resolve(Person("Wladimir Putin")).canonical, "Vladimir Putin");
}

// A person mention the registry does not know is the known person its last words name.
TEST(EntityRegistryTest, QualifyingWordsBeforeAKnownPersonAreLeftOut) {
  EntityRegistry registry;
  registry.Resolve(Person("Luka Doncic"));
  registry.Resolve(Person("Giovanna Scoccimarro"));
  registry.Resolve(Person("Last-Minute Olympics"));
  // "NBA-Star Doncic", the name starting at byte 9 of an article at byte 100.
  Mention m = Person("NBA-Star Doncic");
  m.begin = 100;
  m.name_starts = {109};
  auto narrowed = registry.KnownPersonIn(m);
  ASSERT_TRUE(narrowed.has_value());
  EXPECT_EQ(narrowed->text, "Doncic");
  EXPECT_EQ(narrowed->begin, 109u);
  EXPECT_EQ(registry.Resolve(*narrowed).canonical, "Luka Doncic");
  // Several words left: the registry's name; a one-word person: its surname.
  Mention judoka = Person("Judoka Giovanna Scoccimarro");
  judoka.name_starts = {7};
  ASSERT_TRUE(registry.KnownPersonIn(judoka).has_value());
  EXPECT_EQ(registry.KnownPersonIn(judoka)->text, "Giovanna Scoccimarro");
  EXPECT_EQ(registry.KnownPersonIn(Person("Doncic"))->key, NameKey("Luka Doncic"));
  // No known person: nothing; a surname of a name that is no person's: nothing.
  Mention other = Person("Golfer Rahm");
  other.name_starts = {7};
  EXPECT_FALSE(registry.KnownPersonIn(other).has_value());
  EXPECT_FALSE(registry.KnownPersonIn(Person("Olympics")).has_value());
  // A mention the registry knows stays as it is.
  EXPECT_FALSE(registry.KnownPersonIn(Person("Luka Doncic")).has_value());
}

// A person's name read from another script or written in the other order is the same person.
TEST(EntityRegistryTest, NamesInAnotherScriptOrOrderAreOnePerson) {
  EntityRegistry registry;
  const std::string id = registry.Resolve(Person("Momiji Nishiya")).id;
  EXPECT_EQ(registry.Resolve(Person("Момидзи Нисия")).id, id);
  EXPECT_EQ(registry.Resolve(Person("NISHIYA Momiji")).id, id);
  // Its surname alone, in either script.
  for (const char* surname : {"Nishiya", "Нисия"}) {
    const EntityRecord* p = registry.PersonBySurname(NameKey(surname), surname);
    ASSERT_NE(p, nullptr) << surname;
    EXPECT_EQ(p->id, id) << surname;
  }
  // The other way round: the Cyrillic name first, the Latin surname later.
  const std::string taimazova = registry.Resolve(Person("Мадина Таймазова")).id;
  const EntityRecord* p = registry.PersonBySurname(NameKey("Taimazova"), "Taimazova");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->id, taimazova);
  // A different person stays apart.
  EXPECT_NE(registry.Resolve(Person("Yuto Horigome")).id, id);
}

// Whether a full-name mention named a person is kept with it: a later run (Add) knows it, and
// guesses from the name's shape only when a store did not keep it.
TEST(EntityRegistryTest, ALaterRunKnowsWhoWasNamedInFull) {
  EntityRegistry first;
  bool full = true;
  Mention covid = Person("First Covid");
  covid.full_name = false;  // a common word first: not a given name
  EXPECT_FALSE(first.Resolve(covid, nullptr, nullptr, &full).named_in_full);
  EXPECT_FALSE(full);
  EXPECT_TRUE(first.Resolve(Person("Pau Gasol"), nullptr, nullptr, &full).named_in_full);
  EXPECT_TRUE(full);
  first.Resolve(Person("Pau Gasol"), nullptr, nullptr, &full);
  EXPECT_FALSE(full);  // only the first full-name mention says so

  EntityRegistry later;
  later.Add({"per:firstcovid", "First Covid", "PER", NameKey("First Covid"), "", {}, {}}, 1, false);
  later.Add({"per:paugasol", "Pau Gasol", "PER", NameKey("Pau Gasol"), "", {}, {}}, 2, true);
  EXPECT_EQ(later.PersonBySurname(NameKey("Covid")), nullptr);
  ASSERT_NE(later.PersonBySurname(NameKey("Gasol")), nullptr);
  EXPECT_TRUE(later.PersonBySurname(NameKey("Gasol"))->named_in_full);
  EntityRegistry old;  // a store that did not keep it: the name's shape decides
  old.Add({"per:firstcovid", "First Covid", "PER", NameKey("First Covid"), "", {}, {}}, 1);
  EXPECT_NE(old.PersonBySurname(NameKey("Covid")), nullptr);
}

}  // namespace
}  // namespace storytrace
