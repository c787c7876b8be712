#include "ingest/input_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

namespace storytrace {
namespace {
namespace fs = std::filesystem;

class InputReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("st_input_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& bytes) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }

  void ReadAll(const std::vector<std::string>& inputs, InputLimits limits = {}) {
    InputReader reader(limits);
    reader.Read(
        inputs, [&](RawDocument&& d) { docs_.push_back(std::move(d)); },
        [&](Rejection&& r) { rejections_.push_back(std::move(r)); });
  }

  fs::path dir_;
  std::vector<RawDocument> docs_;
  std::vector<Rejection> rejections_;
};

TEST_F(InputReaderTest, IdIsFileNameWithoutExtensions) {
  EXPECT_EQ(InputReader::IdFromPath("a/b/000_3e26478349579299.txt"), "000_3e26478349579299");
  EXPECT_EQ(InputReader::IdFromPath("page.html.gz"), "page");
  EXPECT_EQ(InputReader::IdFromPath("v1.2-report.htm"), "v1.2-report");
  EXPECT_EQ(InputReader::IdFromPath("README"), "README");
  // Below an input folder: the path within it.
  EXPECT_EQ(InputReader::IdFromPath("site/2021/07/index.html", "site"), "2021/07/index");
  EXPECT_EQ(InputReader::IdFromPath("site/2021/07/index.html", "site/"), "2021/07/index");
  EXPECT_EQ(InputReader::IdFromPath("seeds/000_3e26.txt", "seeds"), "000_3e26");
}

TEST_F(InputReaderTest, ReadsFolderRecursivelyInSortedOrder) {
  Write("b.txt", "Second article body.");
  Write("sub/a.html", "<html><body><p>Hello</p></body></html>");
  Write(".hidden/x.txt", "skipped");
  ReadAll({dir_.string()});
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "b");
  EXPECT_EQ(docs_[0].format, "text");
  EXPECT_EQ(docs_[1].id, "sub/a");
  EXPECT_EQ(docs_[1].format, "html");
  EXPECT_TRUE(rejections_.empty());
}

// Files of one name in different subfolders (a scraped site's index.html pages) are different
// articles; before, the second replaced the first.
TEST_F(InputReaderTest, FilesOfOneNameInSubfoldersKeepTheirOwnIds) {
  Write("2021/07/23/index.html", "<html><body><p>First day.</p></body></html>");
  Write("2021/07/24/index.html", "<html><body><p>Second day.</p></body></html>");
  ReadAll({dir_.string()});
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "2021/07/23/index");
  EXPECT_EQ(docs_[1].id, "2021/07/24/index");
}

TEST_F(InputReaderTest, RejectsEmptyBinaryMissingAndOversize) {
  Write("empty.txt", "");
  Write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Write("big.txt", std::string(2000, 'a'));
  InputLimits limits;
  limits.max_document_bytes = 1000;
  ReadAll({dir_.string(), (dir_ / "missing.txt").string()}, limits);
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(rejections_.size(), 4u);
  EXPECT_NE(rejections_[0].input.find("big.txt"), std::string::npos);
  EXPECT_NE(rejections_[0].reason.find("limit"), std::string::npos);
  EXPECT_NE(rejections_[1].input.find("empty.txt"), std::string::npos);
  EXPECT_NE(rejections_[2].input.find("image.txt"), std::string::npos);
  EXPECT_NE(rejections_[2].reason.find("binary"), std::string::npos);
  EXPECT_NE(rejections_[3].reason.find("no such file"), std::string::npos);
}

TEST_F(InputReaderTest, Latin1TextIsTranscoded) {
  Write("de.txt", "Stra\xDF" "e in M\xFCnchen gesperrt");
  ReadAll({dir_.string()});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].content, "Straße in München gesperrt");
  EXPECT_EQ(docs_[0].encoding, "windows-1252");
}

TEST_F(InputReaderTest, JsonlKeepsGoodLinesAroundBrokenOnes) {
  Write("feed.jsonl",
        "{\"id\": \"a1\", \"text\": \"Good one\", \"lang\": \"en\", \"published\": "
        "\"2025-03-14T08:30:00Z\"}\n"
        "{\"id\": \"a2\", \"text\": \"broken\n"
        "\n"
        "{\"text\": \"no id\"}\n"
        "{\"id\": \"a3\", \"title\": \"No body\"}\n"
        "{\"id\": 7, \"html\": \"<p>Seven</p>\", \"published\": \"last week\"}\n");
  ReadAll({(dir_ / "feed.jsonl").string()});
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "a1");
  EXPECT_EQ(docs_[0].lang, "en");
  ASSERT_TRUE(docs_[0].published.has_value());
  EXPECT_EQ(docs_[1].id, "7");
  EXPECT_EQ(docs_[1].format, "html");
  EXPECT_FALSE(docs_[1].published.has_value());
  EXPECT_EQ(docs_[1].warnings.size(), 1u);
  ASSERT_EQ(rejections_.size(), 3u);
  EXPECT_EQ(rejections_[0].line, 2);
  EXPECT_NE(rejections_[0].reason.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(rejections_[1].line, 4);
  EXPECT_NE(rejections_[1].reason.find("'id'"), std::string::npos);
  EXPECT_EQ(rejections_[2].line, 5);
}

// Feeds date items as e-mail does (RSS) or in epoch seconds; neither loses the date.
TEST_F(InputReaderTest, ReadsFeedDates) {
  Write("feed.jsonl",
        "{\"id\": \"r\", \"text\": \"x\", \"published\": \"Thu, 01 Jul 2021 13:21:00 +0200\"}\n"
        "{\"id\": \"s\", \"text\": \"x\", \"published\": 1625145660}\n"
        "{\"id\": \"m\", \"text\": \"x\", \"published\": 1625145660000}\n"
        "{\"id\": \"o\", \"text\": \"x\", \"published\": {\"date\": \"today\"}}\n");
  ReadAll({(dir_ / "feed.jsonl").string()});
  ASSERT_EQ(docs_.size(), 4u);
  EXPECT_EQ(docs_[0].published, std::optional<int64_t>(1625138460));
  EXPECT_EQ(docs_[1].published, std::optional<int64_t>(1625145660));
  EXPECT_EQ(docs_[2].published, std::optional<int64_t>(1625145660));
  EXPECT_FALSE(docs_[3].published.has_value());
  EXPECT_EQ(docs_[3].warnings.size(), 1u);
}

TEST_F(InputReaderTest, BrokenFirstLineLosesOnlyThatLine) {
  const std::string kGood =
      "{\"id\": \"b\", \"text\": \"Second record\"}\n{\"id\": \"c\", \"text\": \"Third\"}\n";
  Write("feed.jsonl", "{\"id\": \"a\", \"text\": \"broken\n" + kGood);
  Write("more.ndjson", "{\"id\": \"d\" \"text\": \"missing comma\"}\n" + kGood);
  Write("named.json", "{\"id\": \"e\", \"text\": \"cut\n" + kGood);
  ReadAll({dir_.string()});
  ASSERT_EQ(docs_.size(), 6u);
  ASSERT_EQ(rejections_.size(), 3u);
  for (const auto& r : rejections_) {
    EXPECT_EQ(r.line, 1) << r.input;
    EXPECT_NE(r.reason.find("invalid JSON"), std::string::npos) << r.reason;
  }
}

TEST_F(InputReaderTest, PrettyPrintedJsonIsOneRecordAndItsErrorIsOne) {
  Write("one.json", "{\n  \"id\": \"p\",\n  \"text\": \"Pretty printed\"\n}\n");
  Write("two.json", "{\n  \"id\": \"q\",\n  \"text\": \"no closing brace\"\n");
  ReadAll({dir_.string()});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "p");
  ASSERT_EQ(rejections_.size(), 1u);
  EXPECT_EQ(rejections_[0].line, 0);
  EXPECT_NE(rejections_[0].input.find("two.json"), std::string::npos);
}

TEST_F(InputReaderTest, WhatAFolderHoldsButCannotBeReadIsRejected) {
  Write("ok.txt", "fine");
  Write("sub/in.txt", "inside");
  fs::create_symlink(dir_ / "missing.txt", dir_ / "dangling.txt");
  fs::create_directory_symlink(dir_ / "sub", dir_ / "linked");
  ReadAll({dir_.string()});
  ASSERT_EQ(docs_.size(), 2u);
  ASSERT_EQ(rejections_.size(), 2u);
  EXPECT_NE(rejections_[0].input.find("dangling.txt"), std::string::npos);
  EXPECT_NE(rejections_[0].reason.find("broken symbolic link"), std::string::npos);
  EXPECT_NE(rejections_[1].input.find("linked"), std::string::npos);
  EXPECT_NE(rejections_[1].reason.find("not followed"), std::string::npos);
}

TEST_F(InputReaderTest, ReadsGzipAndJsonArrays) {
  std::string gz = (dir_ / "page.html.gz").string();
  gzFile f = gzopen(gz.c_str(), "wb");
  const char kPage[] = "<html><body><p>Compressed page</p></body></html>";
  gzwrite(f, kPage, sizeof kPage - 1);
  gzclose(f);
  Write("arr.json", "[{\"id\": \"x\", \"text\": \"one\"}, {\"id\": \"y\"}]");
  ReadAll({dir_.string()});
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "x");
  EXPECT_EQ(docs_[1].id, "page");
  EXPECT_EQ(docs_[1].content, kPage);
  ASSERT_EQ(rejections_.size(), 1u);
  EXPECT_EQ(rejections_[0].line, 2);
}

TEST_F(InputReaderTest, TruncatedGzipIsReportedNotFatal) {
  std::string gz = (dir_ / "cut.txt.gz").string();
  gzFile f = gzopen(gz.c_str(), "wb");
  std::string text(100000, 'x');
  for (size_t i = 0; i < text.size(); i += 7) text[i] = ' ';
  gzwrite(f, text.data(), text.size());
  gzclose(f);
  fs::resize_file(gz, fs::file_size(gz) / 2);
  Write("ok.txt", "fine");
  ReadAll({dir_.string()});
  ASSERT_EQ(rejections_.size(), 1u);
  EXPECT_NE(rejections_[0].input.find("cut.txt.gz"), std::string::npos);
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "ok");
}

}  // namespace
}  // namespace storytrace
