// A test fixture with a fresh store in a temporary file, removed (with its WAL) afterwards.
#ifndef STORYTRACE_TESTS_TEMP_STORE_H_
#define STORYTRACE_TESTS_TEMP_STORE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "store/store.h"

namespace storytrace::testing {

// Opens `store_` at `path_`, a temporary file named after the running test, before each test;
// closes and deletes it after.
class TempStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             (std::string("st_") +
              ::testing::UnitTest::GetInstance()->current_test_info()->test_suite_name() + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
                .string();
    Remove();
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(s).value();
  }
  void TearDown() override {
    store_.reset();
    Remove();
  }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }

  std::string path_;
  std::unique_ptr<Store> store_;
};

}  // namespace storytrace::testing

#endif  // STORYTRACE_TESTS_TEMP_STORE_H_
