#include "pipeline/story_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/test_paths.h"

namespace storytrace {
namespace {
namespace fs = std::filesystem;

class StoryEvalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           (std::string("st_story_eval_") +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto analyzer = TextAnalyzer::Create(testing::DataDir());
    ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
    analyzer_ = std::move(analyzer).value();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    const fs::path path = dir_ / name;
    std::ofstream(path) << text;
    return path.string();
  }

  fs::path dir_;
  std::unique_ptr<TextAnalyzer> analyzer_;
};

// A cluster's first links are scored as its first article arrives, before that article is
// counted: the dump must still label them by the article's gold story.
TEST_F(StoryEvalTest, LinkDumpLabelsANewClustersFirstLinks) {
  const std::string gold = Write(
      "gold.jsonl",
      R"({"id":"1","lang":"en","published":"2021-07-23T23:00:00Z","title":"Naomi Osaka lights the Olympic cauldron in Tokyo","text":"Naomi Osaka lights the Olympic cauldron in Tokyo","story_id":"s1"}
{"id":"2","lang":"es","published":"2021-07-23T23:30:00Z","title":"Naomi Osaka enciende el pebetero olímpico en Tokio","text":"Naomi Osaka enciende el pebetero olímpico en Tokio","story_id":"s1"}
)");
  const std::string dump = (dir_ / "links.tsv").string();
  auto result = EvaluateStories(gold, *analyzer_, ClustererOptions(), nullptr, nullptr, nullptr,
                                {}, dump);
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(result.value().clusters.size(), 2u);
  EXPECT_NE(result.value().clusters[0], result.value().clusters[1]);  // two languages
  std::ifstream in(dump);
  std::string line, header;
  std::getline(in, header);
  EXPECT_EQ(header.rfind("pair\tlabel\t", 0), 0u);
  const std::string wanted = result.value().clusters[1] + "|" + result.value().clusters[0] + "\t1\t";
  bool found = false;
  while (std::getline(in, line)) found = found || line.rfind(wanted, 0) == 0;
  EXPECT_TRUE(found) << "no line starting with " << wanted;
}

TEST_F(StoryEvalTest, RecordWithoutStoryIdIsAnError) {
  const std::string gold = Write(
      "bad.jsonl",
      R"({"id":"1","lang":"en","published":"2021-07-23T23:00:00Z","title":"A","text":"A"}
)");
  auto result = EvaluateStories(gold, *analyzer_, ClustererOptions(), nullptr, nullptr, nullptr);
  EXPECT_FALSE(result.ok());
}

// Through ingest, the stored stories are scored: a copy under another id is stored as an
// alias and counts with its original's story; a record ingest rejects is a story of its own.
TEST_F(StoryEvalTest, ThroughIngestScoresCopiesWithTheirOriginal) {
  const std::string gold = Write(
      "gold.jsonl",
      R"({"id":"a1","lang":"en","published":"2021-07-23T23:00:00Z","title":"Naomi Osaka lights the Olympic cauldron in Tokyo","text":"Naomi Osaka lights the Olympic cauldron in Tokyo","story_id":"s1"}
{"id":"a2","lang":"en","published":"2021-07-23T23:10:00Z","title":"Naomi Osaka lights the Olympic cauldron in Tokyo","text":"Naomi Osaka lights the Olympic cauldron in Tokyo","story_id":"s1"}
{"id":"b1","lang":"en","published":"2021-07-24T08:00:00Z","title":"Heavy rain floods the lower town of Passau","text":"Heavy rain floods the lower town of Passau","story_id":"s2"}
{"id":"c1","lang":"en","published":"2021-07-24T09:00:00Z","title":"","text":"","story_id":"s3"}
)");
  auto result = EvaluateStoriesThroughIngest(gold, testing::DataDir(), ClustererOptions());
  ASSERT_TRUE(result.ok()) << result.status().message();
  const StoryEvalResult& r = result.value();
  ASSERT_EQ(r.ids, (std::vector<std::string>{"a1", "a2", "b1", "c1"}));
  EXPECT_FALSE(r.items[0].predicted.empty());
  EXPECT_EQ(r.items[1].predicted, r.items[0].predicted);
  EXPECT_EQ(r.items[1].lang, "en");
  EXPECT_NE(r.items[2].predicted, r.items[0].predicted);
  EXPECT_EQ(r.items[3].predicted, "(not stored) c1");
  EXPECT_EQ(r.clusters[1], r.clusters[0]);
  EXPECT_EQ(r.scores.items, 4u);
  EXPECT_DOUBLE_EQ(r.scores.bcubed.f1, 1.0);
}

}  // namespace
}  // namespace storytrace
