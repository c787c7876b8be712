// The fixture of the pipeline's tests (pipeline_test.cc, pipeline_entities_test.cc): a fresh
// store in a temporary folder, the shared analyser, and ways to ingest into it.
#ifndef STORYTRACE_PIPELINE_PIPELINE_TEST_FIXTURE_H_
#define STORYTRACE_PIPELINE_PIPELINE_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/ingest_engine.h"
#include "pipeline/pipeline.h"
#include "tests/test_paths.h"

namespace storytrace {
namespace testing {

namespace fs = std::filesystem;

// A JSONL record of a headline published on 2021-07-2`hour` (":00:00Z" follows), its text the
// headline again.
inline std::string HeadlineRecord(const std::string& id, const std::string& lang,
                                  const std::string& hour, const std::string& title) {
  return R"({"id":")" + id + R"(","lang":")" + lang + R"(","published":"2021-07-2)" + hour +
         R"(:00:00Z","title":")" + title + R"(","text":")" + title + "\"}\n";
}

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           (std::string("st_pipeline_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto analyzer = TextAnalyzer::Create(testing::DataDir());
    ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
    analyzer_ = std::move(analyzer).value();
    auto store = Store::Open((dir_ / "t.db").string());
    ASSERT_TRUE(store.ok());
    store_ = std::move(store).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  // The persons (PER mentions) of stored article `id`: surface → canonical name.
  std::map<std::string, std::string> PersonsOf(const std::string& id) {
    std::map<std::string, std::string> persons;
    auto a = store_->GetArticle(id).value();
    EXPECT_TRUE(a.has_value()) << id;
    if (!a.has_value()) return persons;
    for (const EntityMention& m : a->entities) {
      if (m.type == "PER") persons[m.text] = m.canonical;
    }
    return persons;
  }
  // Ingests `records` (JSONL lines, see HeadlineRecord) as one run: a full engine opened on the
  // store for them alone, so that a later call is a later run. False when either fails.
  bool IngestRun(const std::vector<std::string>& records) {
    auto engine = OpenIngestEngine(store_.get(), testing::DataDir());
    if (!engine.ok()) {
      ADD_FAILURE() << engine.status().message();
      return false;
    }
    const fs::path f = dir_ / ("run" + std::to_string(++runs_) + ".jsonl");
    {
      std::ofstream out(f);
      for (const std::string& r : records) out << r;
    }
    return engine.value()->pipeline->Ingest({f.string()}).ok();
  }
  IngestSummary Ingest(const std::vector<std::string>& inputs) {
    Pipeline p(store_.get(), analyzer_.get(), std::make_unique<SingletonStoryAssigner>());
    auto r = p.Ingest(inputs, nullptr, [&](Rejection&& r) { rejected_.push_back(r); });
    EXPECT_TRUE(r.ok());
    return r.ok() ? r.value() : IngestSummary();
  }

  fs::path dir_;
  std::unique_ptr<TextAnalyzer> analyzer_;
  std::unique_ptr<Store> store_;
  std::vector<Rejection> rejected_;
  int runs_ = 0;
};

}  // namespace testing
}  // namespace storytrace

#endif  // STORYTRACE_PIPELINE_PIPELINE_TEST_FIXTURE_H_
