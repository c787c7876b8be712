#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/time.h"
#include "entities/mention_finder.h"
#include "pipeline/ingest_engine.h"
#include "pipeline/pipeline_test_fixture.h"
#include "pipeline/recluster.h"
#include "tests/shared_entities.h"
#include "tests/test_paths.h"

namespace storytrace {
namespace {

using testing::PipelineTest;
namespace fs = std::filesystem;

TEST_F(PipelineTest, SeedsTwiceGiveFiveArticles) {
  STORYTRACE_SKIP_WITHOUT_SEEDS();
  auto first = Ingest({testing::SeedsDir()});
  EXPECT_EQ(first.inserted, 5);
  auto second = Ingest({testing::SeedsDir()});
  EXPECT_EQ(second.inserted, 0);
  EXPECT_EQ(second.unchanged, 5);
  auto articles = store_->ListArticles().value();
  ASSERT_EQ(articles.size(), 5u);
  for (const auto& a : articles) {
    EXPECT_FALSE(a.text.empty()) << a.id;
    EXPECT_TRUE(a.lang == "de" || a.lang == "en") << a.id;
    EXPECT_FALSE(a.story_id.empty()) << a.id;
    EXPECT_FALSE(a.title.empty()) << a.id;
  }
  EXPECT_EQ(store_->ListStories().value().size(), 5u);
}

// The full engine (reprint and translation links, the story clusterer) on the seeds: 000 is
// a German adaptation of 001, so they are one story; 002 (2024), 003 (a SouthFront piece on
// ar-Raqqa) and 004 (a translated magazine piece on Abu Kamal) are stories of their own.
TEST_F(PipelineTest, SeedStories) {
  STORYTRACE_SKIP_WITHOUT_SEEDS();
  auto engine = OpenIngestEngine(store_.get(), testing::DataDir());
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  auto r = engine.value()->pipeline->Ingest({testing::SeedsDir()});
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::map<std::string, std::string> story;
  auto articles = store_->ListArticles();
  ASSERT_TRUE(articles.ok());
  for (const auto& a : articles.value()) story[a.id.substr(0, 3)] = a.story_id;
  ASSERT_EQ(story.size(), 5u);
  EXPECT_EQ(story["000"], story["001"]);
  std::set<std::string> distinct = {story["000"], story["002"], story["003"], story["004"]};
  EXPECT_EQ(distinct.size(), 4u);
}

// The seeds' stories do not depend on what else a run reads, nor on re-clustering: read after
// a folder of 2025 articles, 000 (undated) is taken in beside 001 (2017), its folder's
// neighbour, not after the 2025 articles, when 001 had left the live window; and recluster,
// which puts undated articles where ingest did and follows links in both directions, keeps them
// together (before, it placed 000 by its ingest time, years after 001).
TEST_F(PipelineTest, SeedStoriesHoldAfterANewerFolderAndThroughRecluster) {
  STORYTRACE_SKIP_WITHOUT_SEEDS();
  auto engine = OpenIngestEngine(store_.get(), testing::DataDir());
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  auto r = engine.value()->pipeline->Ingest(
      {testing::SourceDir() + "/examples/corpus", testing::SeedsDir()});
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto seed_stories = [&]() {
    std::map<std::string, std::string> story;
    auto articles = store_->ListArticles();
    EXPECT_TRUE(articles.ok());
    for (const auto& a : articles.value()) {
      if (a.id.size() > 3 && std::isdigit(static_cast<unsigned char>(a.id[0]))) {
        story[a.id.substr(0, 3)] = a.story_id;
      }
    }
    return story;
  };
  auto check = [&](const char* when) {
    auto story = seed_stories();
    ASSERT_EQ(story.size(), 5u) << when;
    EXPECT_EQ(story["000"], story["001"]) << when;
    std::set<std::string> distinct = {story["000"], story["002"], story["003"], story["004"]};
    EXPECT_EQ(distinct.size(), 4u) << when;
  };
  check("after ingest");
  auto re = Recluster(store_.get(), *engine.value()->analyzer, engine.value()->concepts.get(),
                      engine.value()->gazetteer.get(), ClustererOptions(), std::nullopt,
                      std::nullopt);
  ASSERT_TRUE(re.ok()) << re.status().message();
  EXPECT_EQ(re.value().moved, 0);
  check("after recluster");
  // A range that leaves 000 out (its time is its ingest time): 001 stays in 000's story.
  re = Recluster(store_.get(), *engine.value()->analyzer, engine.value()->concepts.get(),
                 engine.value()->gazetteer.get(), ClustererOptions(), std::nullopt,
                 ParseTimestamp("2025-06-01T00:00:00Z"));
  ASSERT_TRUE(re.ok()) << re.status().message();
  EXPECT_EQ(re.value().articles, 32);
  check("after reclustering up to June 2025");
}

// Recluster follows a translation link from either end: here the link starts at 001 (ingested
// second, so it was matched against 000), but in stream order 001 (2017) comes first and 000,
// undated, is placed beside its folder's 2024 article, years after 001 left the live window.
TEST_F(PipelineTest, ReclusterFollowsALinkFromItsTarget) {
  STORYTRACE_SKIP_WITHOUT_SEEDS();
  fs::path folder = dir_ / "scrape";
  fs::create_directories(folder);
  fs::copy_file(testing::SeedsDir() + "/002_d6bc3228ecf4b712.txt", folder / "00-dated.txt");
  fs::copy_file(testing::SeedsDir() + "/000_3e26478349579299.txt", folder / "000.txt");
  auto engine = OpenIngestEngine(store_.get(), testing::DataDir());
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  ASSERT_TRUE(engine.value()->pipeline->Ingest({folder.string()}).ok());
  ASSERT_TRUE(
      engine.value()->pipeline->Ingest({testing::SeedsDir() + "/001_367bf738dcaa9115.txt"}).ok());
  auto story_of = [&](const std::string& id) { return store_->GetArticle(id).value()->story_id; };
  ASSERT_EQ(store_->GetArticle("001_367bf738dcaa9115").value()->translation_of,
            std::vector<std::string>{"000"});
  EXPECT_EQ(story_of("000"), story_of("001_367bf738dcaa9115"));
  auto re = Recluster(store_.get(), *engine.value()->analyzer, engine.value()->concepts.get(),
                      engine.value()->gazetteer.get(), ClustererOptions(), std::nullopt,
                      std::nullopt);
  ASSERT_TRUE(re.ok()) << re.status().message();
  EXPECT_EQ(story_of("000"), story_of("001_367bf738dcaa9115"));
  EXPECT_NE(story_of("000"), story_of("00-dated"));
}

// A later run warms its clusterer up with the stories live at the end of the stored stream,
// also when the store holds undated articles: their ingest time (today) used to set the window,
// so the sample corpus' 2025 stories were left out and an article of one of them started a
// story of its own.
TEST_F(PipelineTest, ALaterRunContinuesTheStoriesBesideAnUndatedArticle) {
  fs::path corpus = dir_ / "corpus";
  fs::create_directories(corpus);
  for (const auto& e : fs::directory_iterator(testing::SourceDir() + "/examples/corpus")) {
    if (e.path().filename() != "quake-fr-01.txt") fs::copy_file(e.path(), corpus / e.path().filename());
  }
  std::ofstream(corpus / "zz-undated.txt")
      << "Stadtrat beschließt neue Parkgebühren\n\nDer Stadtrat hat am Abend neue Gebühren für "
         "das Parken in der Innenstadt beschlossen. Die Gebühren steigen im Herbst.\n";
  {
    auto engine = OpenIngestEngine(store_.get(), testing::DataDir());
    ASSERT_TRUE(engine.ok()) << engine.status().message();
    ASSERT_TRUE(engine.value()->pipeline->Ingest({corpus.string()}).ok());
  }
  ASSERT_FALSE(store_->GetArticle("zz-undated").value()->published.has_value());
  auto engine = OpenIngestEngine(store_.get(), testing::DataDir());
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  EXPECT_GT(engine.value()->warm_articles, 1u);  // before: the undated article alone
  ASSERT_TRUE(engine.value()
                  ->pipeline->Ingest({testing::SourceDir() + "/examples/corpus/quake-fr-01.txt"})
                  .ok());
  EXPECT_EQ(store_->GetArticle("quake-fr-01").value()->story_id,
            store_->GetArticle("quake-de-01").value()->story_id);
}

// Batch re-clustering of what ingest stored gives the same stories, every time.
TEST_F(PipelineTest, ReclusterReproducesIngestDeterministically) {
  auto engine = OpenIngestEngine(store_.get(), testing::DataDir());
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  ASSERT_TRUE(engine.value()->pipeline->Ingest({testing::SourceDir() + "/examples/corpus"}).ok());
  auto stories = [&]() {
    std::map<std::string, std::string> out;
    auto articles = store_->ListArticles();
    EXPECT_TRUE(articles.ok());
    for (const auto& a : articles.value()) out[a.id] = a.story_id + "/" + a.cluster_id;
    return out;
  };
  auto ingested = stories();
  for (int round = 0; round < 2; ++round) {
    auto r = Recluster(store_.get(), *engine.value()->analyzer, engine.value()->concepts.get(),
                       engine.value()->gazetteer.get(), ClustererOptions(), std::nullopt,
                       std::nullopt);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r.value().articles, 30);
    EXPECT_EQ(r.value().moved, 0);
    EXPECT_EQ(stories(), ingested);
  }
  EXPECT_EQ(store_->ListStories().value().size(), 6u);
}

TEST_F(PipelineTest, BadInputsAreReportedAndGoodOnesKept) {
  fs::path in = dir_ / "in";
  fs::create_directories(in);
  std::ofstream(in / "binary.txt", std::ios::binary) << std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0", 11);
  std::ofstream(in / "empty.txt");
  std::ofstream(in / "latin1.txt", std::ios::binary)
      << "Gr\xFC\xDF" "e aus M\xFCnchen: Die Stra\xDF" "enbahn f\xE4hrt wieder nach dem Unwetter.";
  std::ofstream(in / "feed.jsonl") << "{\"id\": \"good\", \"title\": \"Good line\", \"text\": "
                                      "\"A valid article about the flood.\", \"lang\": \"en\"}\n"
                                   << "{\"id\": \"broken\", \"text\": \n";
  auto s = Ingest({in.string()});
  EXPECT_EQ(s.inserted, 2);
  EXPECT_EQ(s.rejected, 3);
  ASSERT_EQ(rejected_.size(), 3u);
  std::string all;
  for (const auto& r : rejected_) all += r.input + ":" + std::to_string(r.line) + " " + r.reason + "\n";
  EXPECT_NE(all.find("binary.txt"), std::string::npos) << all;
  EXPECT_NE(all.find("empty.txt"), std::string::npos) << all;
  EXPECT_NE(all.find("feed.jsonl:2"), std::string::npos) << all;
  auto latin = store_->GetArticle("latin1").value();
  ASSERT_TRUE(latin.has_value());
  EXPECT_NE(latin->text.find("Grüße aus München"), std::string::npos);
  EXPECT_NE(latin->text.find("Straßenbahn fährt"), std::string::npos);
  EXPECT_EQ(latin->lang, "de");
  auto good = store_->GetArticle("good").value();
  ASSERT_TRUE(good.has_value());
  EXPECT_EQ(good->title, "Good line");
  EXPECT_EQ(store_->ListRejections().value().size(), 3u);
}

// A 'published' value that is no timestamp is read as a date in text is, and said.
TEST_F(PipelineTest, DatesWrittenAsInTextAreRead) {
  fs::path in = dir_ / "dates.jsonl";
  std::ofstream(in) << "{\"id\": \"eu\", \"published\": \"01.07.2021\", \"text\": \"The "
                       "river flooded the old town on Monday night.\"}\n"
                    << "{\"id\": \"us\", \"published\": \"Thursday, July 1, 2021 1:21 PM\", "
                       "\"text\": \"Firefighters battled the blaze through the night.\"}\n";
  auto s = Ingest({in.string()});
  EXPECT_EQ(s.inserted, 2);
  EXPECT_EQ(s.warnings, 2);
  ASSERT_EQ(s.first_warnings.size(), 2u);
  EXPECT_NE(s.first_warnings[0].find("dates.jsonl:1"), std::string::npos) << s.first_warnings[0];
  auto eu = store_->GetArticle("eu").value();
  auto us = store_->GetArticle("us").value();
  ASSERT_TRUE(eu.has_value() && us.has_value());
  EXPECT_EQ(FormatIso8601(eu->published.value_or(0)), "2021-07-01T00:00:00Z");
  EXPECT_EQ(FormatIso8601(us->published.value_or(0)), "2021-07-01T13:21:00Z");
}

// A publication time later than now is a mistyped or misread date: one such record would move
// the stream's clock years ahead, past every live story, and the next run's warm-up with it.
// Given in the record, it is said and dropped; read from the text, dropped. So is the epoch, a
// scraper's placeholder for a date it did not find.
TEST_F(PipelineTest, PublicationTimesInTheFutureAreNotTaken) {
  // The clock of the run: 1 August 2021 (dates in 2031 stay in its future).
  ASSERT_EQ(setenv("STORYTRACE_NOW", "2021-08-01T00:00:00Z", 1), 0);
  fs::path in = dir_ / "future.jsonl";
  std::ofstream(in) << "{\"id\": \"typo\", \"published\": \"2031-07-23T10:00:00Z\", \"text\": "
                       "\"The river flooded the old town on Monday night.\"}\n"
                    << "{\"id\": \"text\", \"text\": \"23.07.2031\\n\\nThe summit will open "
                       "in Porto, the organisers said on Monday.\"}\n"
                    << "{\"id\": \"soon\", \"published\": \"2021-08-01T20:00:00+02:00\", "
                       "\"text\": \"Firefighters battled the blaze through the night.\"}\n"
                    << "{\"id\": \"zero\", \"published\": 0, \"text\": \"The mayor opened "
                       "the new bridge on Tuesday.\"}\n";
  auto s = Ingest({in.string()});
  unsetenv("STORYTRACE_NOW");
  EXPECT_EQ(s.inserted, 4);
  ASSERT_EQ(s.warnings, 2);
  EXPECT_NE(s.first_warnings[1].find("future.jsonl:4: 'published' is the epoch"),
            std::string::npos)
      << s.first_warnings[1];
  EXPECT_FALSE(store_->GetArticle("zero").value()->published.has_value());
  EXPECT_NE(s.first_warnings[0].find("future.jsonl:1: 'published' is in the future "
                                     "(2031-07-23T10:00:00Z); read as undated"),
            std::string::npos)
      << s.first_warnings[0];
  EXPECT_FALSE(store_->GetArticle("typo").value()->published.has_value());
  EXPECT_FALSE(store_->GetArticle("text").value()->published.has_value());
  // Within a day of the clock (a time zone written wrongly, an embargo): kept.
  EXPECT_EQ(FormatIso8601(store_->GetArticle("soon").value()->published.value_or(0)),
            "2021-08-01T18:00:00Z");
}

// Two inputs of one run under one id: the later replaces the earlier, and the run says so; in one
// folder, files of one name in different subfolders are different articles.
TEST_F(PipelineTest, OneIdFromTwoInputsOfARunIsSaid) {
  for (const char* day : {"23", "24"}) {
    fs::create_directories(dir_ / "site" / day);
    std::ofstream(dir_ / "site" / day / "article.txt")
        << "Report of July " << day << "\n\nThe river rose again on July " << day
        << ", the city said, and the old town was closed to traffic.\n";
  }
  auto folder = Ingest({(dir_ / "site").string()});
  EXPECT_EQ(folder.inserted, 2);
  EXPECT_EQ(folder.warnings, 0);
  EXPECT_TRUE(store_->GetArticle("23/article").value().has_value());
  EXPECT_TRUE(store_->GetArticle("24/article").value().has_value());
  for (const char* feed : {"a", "b"}) {
    fs::create_directories(dir_ / "feeds" / feed);
    std::ofstream(dir_ / "feeds" / feed / "article.txt")
        << "Feed " << feed << " report\n\nThe council of town " << feed
        << " met on Monday and voted for the new budget.\n";
  }
  auto files = Ingest({(dir_ / "feeds" / "a" / "article.txt").string(),
                       (dir_ / "feeds" / "b" / "article.txt").string()});
  EXPECT_EQ(files.inserted, 1);
  EXPECT_EQ(files.updated, 1);
  ASSERT_EQ(files.warnings, 1);
  EXPECT_NE(files.first_warnings[0].find("b/article.txt: id 'article' was also read from "),
            std::string::npos)
      << files.first_warnings[0];
}

// Headline feeds give records whose text is the title. A short one reads like page furniture
// ("Olympics roundup", "FOTO: ..."), but as the whole record it is the article, not rejected;
// a record whose text differs from its title and is all furniture still is.
TEST_F(PipelineTest, HeadlineOnlyRecordsAreKept) {
  fs::path f = dir_ / "headlines.jsonl";
  std::ofstream(f) << R"({"id": "h1", "title": "Olympics roundup", "text": "Olympics roundup"})"
                   << "\n"
                   << R"({"id": "h2", "title": "FOTO: Olimpijske igre so se začele!", )"
                   << R"("text": "FOTO: Olimpijske igre so se začele!", "lang": "sl"})" << "\n"
                   << R"({"id": "h3", "title": "A headline", "text": "Loading..."})" << "\n";
  auto s = Ingest({f.string()});
  EXPECT_EQ(s.inserted, 2);
  EXPECT_EQ(s.rejected, 1);
  auto h1 = store_->GetArticle("h1").value();
  ASSERT_TRUE(h1.has_value());
  EXPECT_EQ(h1->title, "Olympics roundup");
  EXPECT_EQ(h1->text, "Olympics roundup");
  EXPECT_TRUE(store_->GetArticle("h2").value().has_value());
  ASSERT_EQ(rejected_.size(), 1u);
  // Rejected after extraction, it is named like a reader's rejection: the file and its line.
  EXPECT_TRUE(rejected_[0].input.ends_with("headlines.jsonl")) << rejected_[0].input;
  EXPECT_EQ(rejected_[0].line, 3);
}

// A headline feed's record names its outlet after the headline: it becomes the source, the
// title is kept as given, and the outlet's words are not the article's entities.
TEST_F(PipelineTest, OutletAfterAHeadlineIsTheSourceNotEntities) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  MentionFinder finder(&testing::SharedGazetteer(), &testing::SharedLexicons());
  auto build = [&](std::string headline, std::string source, std::vector<Mention>* mentions) {
    RawDocument doc;
    doc.id = "h";
    doc.format = "text";
    doc.title = doc.content = std::move(headline);
    doc.source = std::move(source);
    doc.lang = "en";
    AnalyzedText analyzed;
    auto a = BuildArticle(std::move(doc), *analyzer_, &analyzed, &finder, mentions);
    EXPECT_TRUE(a.ok());
    return a.ok() ? a.value() : Article();
  };
  auto names = [](const std::vector<Mention>& mentions) {  // typed: what becomes an entity
    std::set<std::string> out;
    for (const Mention& m : mentions) {
      if (!m.type.empty()) out.insert(m.text);
    }
    return out;
  };
  const std::string headline =
      "Japan hosts the Olympics in Tokyo without spectators | The China Post, Taiwan";
  std::vector<Mention> mentions;
  Article a = build(headline, "", &mentions);
  EXPECT_EQ(a.source, "The China Post, Taiwan");
  EXPECT_EQ(a.title, headline);
  EXPECT_EQ(names(mentions), (std::set<std::string>{"Japan", "Tokyo"}));
  // A source the record gives wins, and the same outlet at the end is still not an entity.
  a = build(headline, "Agency Feed", &mentions);
  EXPECT_EQ(a.source, "Agency Feed");
  EXPECT_TRUE(names(mentions).count("Taiwan"));
  a = build(headline, "The China Post, Taiwan", &mentions);
  EXPECT_EQ(names(mentions), (std::set<std::string>{"Japan", "Tokyo"}));
}

TEST_F(PipelineTest, ChangedContentUnderSameIdUpdates) {
  fs::path f = dir_ / "a.txt";
  std::ofstream(f) << "Flood waters rise in the valley after days of heavy rain.";
  EXPECT_EQ(Ingest({f.string()}).inserted, 1);
  std::ofstream(f) << "Flood waters recede in the valley after days of heavy rain.";
  auto s = Ingest({f.string()});
  EXPECT_EQ(s.updated, 1);
  EXPECT_NE(store_->GetArticle("a").value()->text.find("recede"), std::string::npos);
}

// Plain-text articles of one source that all end with the same appeal: from the fourth on, the
// appeal is learned boilerplate and goes; the table lives in the store, across runs, and
// re-ingesting an article does not count it twice.
TEST_F(PipelineTest, LearnsBoilerplateOfASource) {
  const std::string appeal =
      "Become a member today and keep independent journalism alive, every euro counts.";
  const char* stories[] = {
      "The river rose two metres overnight and flooded the lower town. Residents spent the "
      "night on upper floors while firefighters pumped out cellars.",
      "Farmers counted their losses after the hail storm on Tuesday. Orchards on the southern "
      "slopes lost most of this year's apples, the growers' association said.",
      "The council voted to rebuild the old bridge by next summer. The crossing has been "
      "closed to lorries since cracks were found in its central arch.",
      "Rail traffic resumed on the northern line after repairs. Trains will run at reduced "
      "speed through the valley until the embankment has settled.",
      "A new school opened its doors to four hundred pupils. It replaces two village schools "
      "whose buildings no longer met safety rules."};
  auto write = [&](const std::string& name, int from, int to) {
    std::ofstream out(dir_ / name);
    for (int i = from; i < to; ++i) {
      std::string n = std::to_string(i);
      nlohmann::json j{{"id", std::string("a").append(n)},
                       {"title", std::string("Story ").append(n)},
                       {"source", "Valley Courier"},
                       {"text", std::string(stories[i]).append("\n\n").append(appeal)}};
      out << j.dump() << "\n";
    }
  };
  write("first.jsonl", 0, 4);
  EXPECT_EQ(Ingest({(dir_ / "first.jsonl").string()}).inserted, 4);
  for (int i = 0; i < 4; ++i) {
    std::string text = store_->GetArticle(std::string("a").append(std::to_string(i))).value()->text;
    EXPECT_EQ(text.find(appeal) == std::string::npos, i == 3) << i;
    EXPECT_NE(text.find(stories[i]), std::string::npos) << i;
  }
  write("second.jsonl", 4, 5);
  Ingest({(dir_ / "first.jsonl").string(), (dir_ / "second.jsonl").string()});
  EXPECT_EQ(store_->GetArticle("a4").value()->text, stories[4]);
  auto learned = store_->GetLearnedBoilerplate("Valley Courier");
  ASSERT_TRUE(learned.ok() && learned.value().has_value());
  EXPECT_EQ(learned.value()->articles, 5);  // the re-ingested four are not counted again
  bool found = false;
  for (const LearnedLine& line : learned.value()->lines) {
    if (line.sample == appeal) found = line.articles == 5 && line.first_seen == 1;
  }
  EXPECT_TRUE(found);
  EXPECT_FALSE(store_->GetLearnedBoilerplate("Other Paper").value().has_value());
}

}  // namespace
}  // namespace storytrace
