#include "entities/entity_registry.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace storytrace
