// Ingest orchestration with batched transactions.
#include "pipeline/pipeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iterator>
#include <optional>
#include <thread>

#include "core/content_hash.h"
#include "core/interrupt.h"
#include "core/time.h"
#include "dedup/minhash.h"
#include "extract/date_parser.h"
#include "extract/extractor.h"
#include "extract/html_blocks.h"
#include "extract/outlet_suffix.h"
#include "geo/dateline_mentions.h"
#include "quotes/quote_extractor.h"
#include "pipeline/stream_order.h"

namespace storytrace {
namespace {

// A title for articles whose input has none: the first sentence, cut at a word boundary.
std::string TitleFromBody(const std::string& body, const AnalyzedText& analyzed) {
  if (analyzed.sentences.empty()) return {};
  const SentenceSpan& s = analyzed.sentences.front();
  // `analyzed` covers the body only when the title was empty, so offsets index `body`.
  std::string first = body.substr(s.begin, s.end - s.begin);
  constexpr size_t kMax = 140;
  if (first.size() <= kMax) return first;
  size_t cut = first.rfind(' ', kMax);
  if (cut == std::string::npos || cut < 40) cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(first[cut]) & 0xC0) == 0x80) --cut;
  return first.substr(0, cut) + "…";
}

// One input in stream order: a document to build, or a rejection from the reader.
struct PendingItem {
  std::optional<RawDocument> doc;  // moved from once built
  std::string input;               // where it came from, for a rejection after building
  int64_t line = 0;
  Rejection rejection;
  std::optional<Result<Article>> built;
  AnalyzedText analyzed;
  std::vector<Mention> mentions;
  bool title_from_body = false;
  // The story assigner's stateless first step, done with the analysis (may be null).
  std::unique_ptr<PreparedArticle> prepared;
};

constexpr size_t kChunk = 64;

// Where the outlet `source` starts in `text` when the text's last line ends with it; else the
// text's size.
uint32_t OutletStart(const std::string& text, const std::string& source) {
  size_t line = text.rfind('\n');
  line = line == std::string::npos ? 0 : line + 1;
  std::string_view last = std::string_view(text).substr(line);
  return static_cast<uint32_t>(line + WithoutOutlet(last, source).size());
}

}  // namespace

void AnalyzeArticle(Article& a, bool title_from_body, const TextAnalyzer& analyzer,
                    AnalyzedText* analyzed, const MentionFinder* finder,
                    std::vector<Mention>* mentions, const Geotagger* geotagger) {
  if (title_from_body) a.title.clear();
  a.entities.clear();
  a.quotes.clear();
  a.places.clear();
  if (mentions != nullptr) mentions->clear();
  std::string analysed_text = a.title.empty() ? a.text : a.title + "\n\n" + a.text;
  *analyzed = analyzer.Analyze(analysed_text, a.lang_given);
  if (a.title.empty()) a.title = TitleFromBody(a.text, *analyzed);
  a.lang = analyzed->lang;
  a.lang_confidence = analyzed->lang_confidence;
  if (finder != nullptr) FindAnnotations(a, analysed_text, *analyzed, *finder, mentions, geotagger);
}

void FindAnnotations(Article& a, const std::string& analysed_text, const AnalyzedText& analyzed,
                     const MentionFinder& finder, std::vector<Mention>* mentions,
                     const Geotagger* geotagger) {
  // A headline record's text is its title again: names are looked for in it alone, or each
  // would count as mentioned twice (a one-word town from the city list needs a second
  // mention: "Ferreira", "Medina", "Nishiya" became places).
  const bool repeated = !a.title.empty() && a.text == a.title;
  AnalyzedText text_alone;
  if (repeated) {
    text_alone = TailOf(analyzed, static_cast<uint32_t>(analysed_text.size() - a.text.size()));
  }
  const std::string& scanned = repeated ? a.text : analysed_text;
  const AnalyzedText& scanned_analysis = repeated ? text_alone : analyzed;
  // Offsets of the analysed text (title + blank line + body) shifted to the body; mentions
  // and quotes in the title are not kept (the body repeats them).
  const uint32_t body = scanned.size() == a.text.size()
                            ? 0
                            : static_cast<uint32_t>(scanned.size() - a.text.size());
  // An outlet the text ends with, as the article's source ("... | The China Post, Taiwan"
  // closing a headline record), names who reported the story, not what it is about.
  const uint32_t outlet_at = OutletStart(a.text, a.source);
  std::vector<Mention> lone_names;
  std::vector<Mention> found =
      finder.Find(scanned, scanned_analysis, mentions != nullptr ? &lone_names : nullptr);
  for (const ExtractedQuote& q : ExtractQuotes(scanned, scanned_analysis, found)) {
    if (q.begin < body) continue;
    a.quotes.push_back({q.text, q.speaker, "", q.speaker_key, q.begin - body, q.end - body});
  }
  // Lone names go along untyped; RecordEntities types them by the registry or drops them.
  if (!lone_names.empty()) {
    std::vector<Mention> all;
    all.reserve(found.size() + lone_names.size());
    std::merge(std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()),
               std::make_move_iterator(lone_names.begin()),
               std::make_move_iterator(lone_names.end()), std::back_inserter(all),
               [](const Mention& x, const Mention& y) { return x.begin < y.begin; });
    found = std::move(all);
  }
  // A newspaper's dateline names its places ("MADRID — …", "Dekalb, Ill. — …").
  if (geotagger != nullptr && geotagger->gazetteer() != nullptr) {
    AddDatelineMentions(scanned, a.dateline, *geotagger->gazetteer(), body, &found);
  }
  for (Mention& m : found) {
    if (m.begin < body || m.begin - body >= outlet_at) continue;
    m.begin -= body;
    m.end -= body;
    for (uint32_t& start : m.name_starts) start -= body;
    if (!m.qualifier_word.empty()) m.unqualified_from -= body;
    if (m.longer_from) {
      m.longer_from = *m.longer_from >= body ? std::optional<uint32_t>(*m.longer_from - body)
                                             : std::nullopt;
    }
    a.entities.push_back({m.text, "", m.type, "", m.key, m.begin, m.end});
    if (mentions != nullptr) mentions->push_back(std::move(m));
  }
  if (geotagger != nullptr) a.places = geotagger->Tag(a.text, a.dateline, a.entities, a.lang);
}

Result<Article> BuildArticle(RawDocument&& doc, const TextAnalyzer& analyzer,
                             AnalyzedText* analyzed, const MentionFinder* finder,
                             std::vector<Mention>* mentions, bool* title_from_body,
                             const Geotagger* geotagger) {
  ExtractedArticle ex = Extract(doc.content, doc.format, /*find_title=*/doc.title.empty());
  if (ex.body.find_first_not_of(" \n\t") == std::string::npos) {
    // A headline-only record (its text is its title, as headline feeds give) is the headline:
    // alone on its line, "Olympics roundup" or "FOTO: ..." reads as page furniture.
    std::string whole = doc.title.empty() ? std::string() : CollapseSpace(doc.content);
    if (whole.empty() || whole != CollapseSpace(doc.title)) {
      return InvalidArgument("no article text found after removing page furniture");
    }
    ex.body = std::move(whole);
  }
  Article a;
  a.id = std::move(doc.id);
  a.origin = std::move(doc.origin);
  a.raw_format = doc.format;
  a.title = !doc.title.empty() ? doc.title : ex.title;
  a.text = std::move(ex.body);
  a.source = !doc.source.empty() ? doc.source : ex.source;
  if (a.source.empty()) {  // a headline feed's "... - Reuters"
    if (auto outlet = FindOutletSuffix(a.title)) a.source = std::move(outlet->outlet);
  }
  a.url = !doc.url.empty() ? doc.url : ex.url;
  // A date the reader could not read as a timestamp ("01.07.2021", "July 1, 2021") is read as
  // dates in text are, before the text's own date.
  if (!doc.published && !doc.published_text.empty()) doc.published = FindDate(doc.published_text);
  a.fetched = NowSeconds();
  a.published = doc.published ? doc.published : ex.published;
  // A date in the text later than now is not when the article was published (an event's date,
  // a misread): the article is undated rather than moving the stream's clock years ahead.
  if (a.published && !CrediblePublicationTime(*a.published, a.fetched)) a.published.reset();
  a.dateline = std::move(ex.dateline);
  a.content_hash = ContentHash(doc.title + "\n" + doc.content);
  a.raw = std::move(doc.content);
  a.lang_given = doc.lang;
  bool from_body = a.title.empty();
  if (title_from_body != nullptr) *title_from_body = from_body;
  AnalyzeArticle(a, from_body, analyzer, analyzed, finder, mentions, geotagger);
  return a;
}

namespace {

// Builds every document of `items` on all cores, with the assigner's stateless step. Only reads
// shared state.
void BuildArticles(std::vector<PendingItem>& items, const TextAnalyzer& analyzer,
                   const MentionFinder* finder, const Geotagger* geotagger,
                   const StoryAssigner& assigner) {
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t i; (i = next.fetch_add(1)) < items.size();) {
      PendingItem& item = items[i];
      if (!item.doc) continue;
      item.input = item.doc->input.empty() ? item.doc->origin : item.doc->input;
      item.line = item.doc->line;
      item.built = BuildArticle(std::move(*item.doc), analyzer, &item.analyzed, finder,
                                &item.mentions, &item.title_from_body, geotagger);
      if (item.built->ok()) item.prepared = assigner.Prepare(item.built->value(), item.analyzed);
    }
  };
  size_t threads = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), items.size());
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace

Result<IngestSummary> Pipeline::Ingest(const std::vector<std::string>& inputs,
                                       const ProgressFn& progress,
                                       const InputReader::RejectFn& on_reject, size_t batch_size) {
  InputReader reader(limits_);
  return Run(
      [&](const InputReader::DocumentFn& on_doc, const InputReader::RejectFn& on_rej,
          const InputReader::PauseFn& on_pause) { reader.Read(inputs, on_doc, on_rej, on_pause); },
      progress, on_reject, batch_size);
}

Result<IngestSummary> Pipeline::IngestDocuments(std::vector<RawDocument> docs,
                                                size_t batch_size) {
  return Run(
      [&](const InputReader::DocumentFn& on_doc, const InputReader::RejectFn&,
          const InputReader::PauseFn&) {
        for (RawDocument& d : docs) on_doc(std::move(d));
      },
      nullptr, nullptr, batch_size);
}

Result<IngestSummary> Pipeline::Run(const SourceFn& source, const ProgressFn& progress,
                                    const InputReader::RejectFn& on_reject, size_t batch_size) {
  auto start = std::chrono::steady_clock::now();
  IngestSummary sum;
  Status failure;
  std::vector<std::string> touched;
  size_t in_batch = 0;
  auto report = [&]() {
    sum.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (progress) progress(sum);
  };
  auto begin_if_needed = [&]() -> bool {
    if (in_batch == 0) {
      failure = store_->Begin();
      if (!failure.ok()) return false;
    }
    return true;
  };
  auto end_of_item = [&]() {
    if (++in_batch >= batch_size) {
      failure = Flush(touched);
      in_batch = 0;
    }
    report();
  };
  auto reject = [&](Rejection&& r) {
    if (!failure.ok() || !begin_if_needed()) return;
    ++sum.rejected;
    if (Status s = store_->AddRejection(r); !s.ok()) failure = s;
    if (on_reject) on_reject(std::move(r));
    end_of_item();
  };
  // Rows this run wrote carry its clock or later (with STORYTRACE_NOW fixed, earlier runs too).
  const int64_t run_started = NowSeconds();
  auto warn = [&](std::string message) {
    ++sum.warnings;
    if (sum.first_warnings.size() < IngestSummary::kWarningsKept) {
      sum.first_warnings.push_back(std::move(message));
    }
  };
  auto store_article = [&](PendingItem& item) {
    if (!failure.ok() || !begin_if_needed()) return;
    ++sum.documents;
    Article& a = item.built->value();
    const AnalyzedText& analyzed = item.analyzed;
    const std::vector<Mention>& mentions = item.mentions;
    // The text before learned boilerplate goes: the learner counts what the source wrote.
    std::string extracted;
    if (LearnsBoilerplateOf(a)) extracted = a.text;
    if (Status s = StripLearnedBoilerplate(item.title_from_body, a, item.analyzed, item.mentions);
        !s.ok()) {
      failure = s;
      return;
    }
    // Stripped, the article was analysed again: what was prepared from the old text is stale.
    if (LearnsBoilerplateOf(a) && a.text != extracted) item.prepared.reset();
    ReplacedArticle replaced;
    auto outcome = store_->UpsertArticle(a, nullptr, &replaced);
    if (!outcome.ok()) {
      failure = outcome.status();
      return;
    }
    if (outcome.value() == UpsertOutcome::kInserted) LearnBoilerplate(a, extracted);
    // Two inputs of this run under one id: the later replaces the earlier, and is said. (The
    // replaced row tells: no table of the run's ids, which a live feed would grow for ever.)
    if (outcome.value() == UpsertOutcome::kUpdated && replaced.fetched >= run_started &&
        replaced.origin != a.origin) {
      warn(fmt::format("{}: id '{}' was also read from {} in this run; this one replaces it",
                       a.origin, a.id, replaced.origin));
    }
    switch (outcome.value()) {
      case UpsertOutcome::kInserted:
      case UpsertOutcome::kUpdated: {
        bool updated = outcome.value() == UpsertOutcome::kUpdated;
        updated ? ++sum.updated : ++sum.inserted;
        std::string story, previous;
        // Entities first: the clusterer uses them as language-independent keys.
        if (registry_ != nullptr) {
          if (Status s = RecordEntities(a, analyzed, mentions, &touched); !s.ok()) {
            failure = s;
            return;
          }
        }
        if (links_ != nullptr) {
          auto joined = RecordLinks(a, analyzed, updated, &sum);
          if (!joined.ok()) {
            failure = joined.status();
            return;
          }
          story = joined.value();
        }
        if (story.empty()) story = assigner_->AssignPrepared(a, analyzed, item.prepared.get());
        if (Status s = store_->SetStory(a.id, story, &previous, assigner_->last_cluster_id());
            !s.ok()) {
          failure = s;
          return;
        }
        if (!previous.empty() && previous != story) touched.push_back(std::move(previous));
        touched.push_back(std::move(story));
        // Parts of stories the clusterer found to be stories of their own, then stories it
        // found to be one: articles move, ids become (or stop being) aliases. The store
        // refreshes both stories itself; they are only logged for TakeTouchedStories.
        for (const StorySplit& p : assigner_->TakeSplits()) {
          if (Status s = store_->SplitStory(p.from, p.into, p.clusters, p.retargeted); !s.ok()) {
            failure = s;
            return;
          }
          LogTouched({p.from, p.into});
        }
        for (const StoryMerge& m : assigner_->TakeMerges()) {
          if (Status s = store_->MergeStory(m.from, m.into); !s.ok()) {
            failure = s;
            return;
          }
          LogTouched({m.from, m.into});
        }
        break;
      }
      case UpsertOutcome::kUnchanged: ++sum.unchanged; break;
      case UpsertOutcome::kDuplicateContent: ++sum.duplicate_content; break;
    }
    end_of_item();
  };

  // Extraction and analysis run in parallel over chunks of documents; storing and story
  // assignment stay sequential, so results do not depend on thread timing. Within a chunk,
  // articles are stored in stream order (by publication day, undated ones beside their
  // folder's or file's dated neighbours, see StreamOrder), so the clusterer reads the stream as
  // it happened even when files come in name order.
  std::vector<PendingItem> chunk;
  auto process_chunk = [&]() {
    BuildArticles(chunk, *analyzer_, finder_, geotagger_, *assigner_);
    std::vector<StreamItem> items;
    items.reserve(chunk.size());
    for (const PendingItem& item : chunk) {
      // Grouped by origin, as recluster groups the stored articles.
      if (item.built && item.built->ok()) {
        const Article& a = item.built->value();
        items.push_back({a.published, InputGroupOfOrigin(a.origin)});
      } else {
        items.push_back({std::nullopt, std::string()});
      }
    }
    const std::vector<size_t> order = StreamOrder(items);
    std::vector<PendingItem> sorted;
    sorted.reserve(chunk.size());
    for (size_t i : order) sorted.push_back(std::move(chunk[i]));
    chunk = std::move(sorted);
    for (auto& item : chunk) {
      if (!item.built) {
        reject(std::move(item.rejection));
      } else if (!item.built->ok()) {
        reject(Rejection{item.input, item.line, item.built->status().message()});
      } else {
        store_article(item);
      }
    }
    chunk.clear();
  };
  // Stores and commits what has been read. At the end of the input, and whenever a live feed
  // pauses (not only when the chunk or the batch is full), so that readers of the store see
  // each record about when it came.
  auto store_what_was_read = [&]() {
    process_chunk();
    if (failure.ok() && in_batch > 0) {
      failure = Flush(touched);
      in_batch = 0;
    }
  };
  source(
      [&](RawDocument&& doc) {
        for (const auto& w : doc.warnings) warn(fmt::format("{}: {}", doc.origin, w));
        chunk.push_back(
            PendingItem{std::move(doc), {}, 0, {}, std::nullopt, {}, {}, false, nullptr});
        if (chunk.size() >= kChunk) process_chunk();
      },
      [&](Rejection&& r) {
        chunk.push_back(
            PendingItem{std::nullopt, {}, 0, std::move(r), std::nullopt, {}, {}, false, nullptr});
        if (chunk.size() >= kChunk) process_chunk();
      },
      store_what_was_read);
  sum.interrupted = Interrupted();
  store_what_was_read();
  if (!failure.ok()) {
    store_->Rollback();
    return failure;
  }
  report();
  return sum;
}

Result<std::string> Pipeline::RecordLinks(const Article& a, const AnalyzedText& analyzed,
                                          bool updated, IngestSummary* sum) {
  if (updated) {
    for (const char* kind : {"reprint", "translation"}) {
      if (Status s = store_->ClearLinks(a.id, kind); !s.ok()) return s;
    }
  }
  FoundLinks found = links_->FindAndAdd(a, analyzed);
  if (Status s = store_->PutSignature(a.id, a.lang, a.published, found.signature.shingles,
                                      SerializeSignature(found.signature));
      !s.ok()) {
    return s;
  }
  // The story of the first linked article: a reprint or translation belongs to its story.
  std::string join;
  auto story_of = [&](const std::string& id) -> Status {
    if (!join.empty()) return Status::Ok();
    auto other = store_->GetArticle(id);
    if (!other.ok()) return other.status();
    if (other.value()) join = other.value()->story_id;
    return Status::Ok();
  };
  if (found.reprint) {
    const ReprintLink& r = *found.reprint;
    const std::string& copy = r.new_is_original ? r.original : a.id;
    const std::string& original = r.new_is_original ? a.id : r.original;
    if (Status s = store_->AddLink(copy, original, "reprint", r.score); !s.ok()) return s;
    if (Status s = store_->SetDuplicateOf(copy, original); !s.ok()) return s;
    if (Status s = story_of(r.original); !s.ok()) return s;
    ++sum->reprints;
  }
  for (const TranslationMatch& t : found.translations) {
    if (Status s = store_->AddLink(a.id, t.id, "translation", t.score); !s.ok()) return s;
    if (Status s = story_of(t.id); !s.ok()) return s;
    ++sum->translations;
  }
  if (!join.empty() && assigner_->Join(a, analyzed, join)) return join;
  return std::string();
}

bool Pipeline::LearnsBoilerplateOf(const Article& a) const {
  return a.raw_format == "text" && !a.source.empty();
}

Status Pipeline::StripLearnedBoilerplate(bool title_from_body, Article& a, AnalyzedText& analyzed,
                                         std::vector<Mention>& mentions) {
  if (!LearnsBoilerplateOf(a)) return Status::Ok();
  if (!learner_.Knows(a.source)) {
    auto stored = store_->GetLearnedBoilerplate(a.source);
    if (!stored.ok()) return stored.status();
    if (stored.value()) learner_.Load(*stored.value());
  }
  std::string stripped = learner_.Strip(a.source, a.text);
  if (stripped == a.text) return Status::Ok();
  a.text = std::move(stripped);
  // Rare (only articles of sources with learned boilerplate): analysed again, sequentially.
  AnalyzeArticle(a, title_from_body, *analyzer_, &analyzed, finder_, &mentions, geotagger_);
  return Status::Ok();
}

void Pipeline::LearnBoilerplate(const Article& a, const std::string& extracted) {
  if (LearnsBoilerplateOf(a)) learner_.Observe(a.source, extracted);
}

Status Pipeline::Flush(std::vector<std::string>& touched) {
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (const auto& story : touched) {
    if (Status s = store_->RefreshStory(story); !s.ok()) return s;
  }
  LogTouched(touched);
  touched.clear();
  // Each source's learned boilerplate once per batch, in the batch's transaction.
  for (const LearnedSource& learned : learner_.TakeChanged()) {
    if (Status s = store_->PutLearnedBoilerplate(learned); !s.ok()) return s;
  }
  return store_->Commit();
}

}  // namespace storytrace
