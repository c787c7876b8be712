// The store's schema as an ordered list of migrations.
#ifndef STORYTRACE_STORE_SCHEMA_H_
#define STORYTRACE_STORE_SCHEMA_H_

#include <string_view>
#include <vector>

namespace storytrace {

// Migration i (0-based) brings the schema from version i to version i+1. Append only: never
// edit a released migration, add a new one.
const std::vector<std::string_view>& SchemaMigrations();

}  // namespace storytrace

#endif  // STORYTRACE_STORE_SCHEMA_H_
