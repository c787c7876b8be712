// The ingest pipeline: inputs → decode → extract → analyse → assign story → store.
#ifndef STORYTRACE_PIPELINE_PIPELINE_H_
#define STORYTRACE_PIPELINE_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cluster/story_assigner.h"
#include "cluster/story_clusterer.h"
#include "core/article.h"
#include "core/status.h"
#include "dedup/link_finder.h"
#include "entities/entity_registry.h"
#include "entities/mention_finder.h"
#include "entities/pending_names.h"
#include "entities/word_case.h"
#include "extract/boilerplate_learner.h"
#include "geo/geotagger.h"
#include "ingest/input_reader.h"
#include "store/store.h"
#include "text/analyzed_text.h"

namespace storytrace {

struct IngestSummary {
  int64_t documents = 0;          // good documents read
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  int64_t duplicate_content = 0;  // same content as a stored article under another id
  int64_t reprints = 0;           // new or changed articles found to reprint an earlier one
  int64_t translations = 0;       // translation links recorded
  int64_t rejected = 0;
  int64_t warnings = 0;
  // The first kWarningsKept warnings, each "origin: message" (all are counted in `warnings`).
  static constexpr size_t kWarningsKept = 20;
  std::vector<std::string> first_warnings;
  double seconds = 0;
  bool interrupted = false;  // reading stopped at an interrupt (core/interrupt.h); the rest unread
};

// Called after every document with the running totals.
using ProgressFn = std::function<void(const IngestSummary&)>;

// Turns one decoded document into an analysed article (extraction, title fallback, language,
// content hash) and, when `finder` is given, finds its entity mentions (returned in `*mentions`,
// offsets into the article text) and quotes (in the article), and when `geotagger` is given
// too, its places. `*title_from_body` (when given) tells whether the title was made from the
// body. Without a source given or extracted, an outlet the title ends with is the source
// ("... | The China Post, Taiwan", extract/outlet_suffix.h); the title keeps it, and no mention
// is found in it where the text ends with it. Fails with InvalidArgument when no article text
// is left after extraction.
Result<Article> BuildArticle(RawDocument&& doc, const TextAnalyzer& analyzer,
                             AnalyzedText* analyzed, const MentionFinder* finder = nullptr,
                             std::vector<Mention>* mentions = nullptr,
                             bool* title_from_body = nullptr,
                             const Geotagger* geotagger = nullptr);

// The analysis part of BuildArticle, for an article whose text changed: language, title from
// the body when `title_from_body`, mentions and quotes, places (replacing the article's).
void AnalyzeArticle(Article& a, bool title_from_body, const TextAnalyzer& analyzer,
                    AnalyzedText* analyzed, const MentionFinder* finder = nullptr,
                    std::vector<Mention>* mentions = nullptr,
                    const Geotagger* geotagger = nullptr);

// The mention-finding part of AnalyzeArticle for an article already analysed: `analysed_text`
// (the title, a blank line and the text, or the text alone when there is no title) and its
// analysis `analyzed`. Appends to `a.entities`, `a.quotes` (and sets `a.places` when `geotagger`
// is given) and, when given, `*mentions` (offsets into the article text, untyped lone names
// included).
void FindAnnotations(Article& a, const std::string& analysed_text, const AnalyzedText& analyzed,
                     const MentionFinder& finder, std::vector<Mention>* mentions = nullptr,
                     const Geotagger* geotagger = nullptr);

// Runs the whole ingest stage against a store. Not copyable; one per thread.
class Pipeline {
 public:
  // `store`, `analyzer` and `links` must outlive the pipeline. `links` may be null (no reprint
  // or translation detection); when set, a reprint or translation joins its original's story.
  Pipeline(Store* store, const TextAnalyzer* analyzer, std::unique_ptr<StoryAssigner> assigner,
           LinkFinder* links = nullptr, InputLimits limits = {})
      : store_(store),
        analyzer_(analyzer),
        assigner_(std::move(assigner)),
        links_(links),
        limits_(limits) {}
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Ingests every input (see InputReader::Read), committing in batches of `batch_size`.
  // Rejected inputs are stored and reported via `on_reject` (may be null). Fails only when
  // the store fails; bad inputs never stop the run.
  Result<IngestSummary> Ingest(const std::vector<std::string>& inputs,
                               const ProgressFn& progress = nullptr,
                               const InputReader::RejectFn& on_reject = nullptr,
                               size_t batch_size = 256);

  // Turns on entity and quote extraction: mentions are found with `finder` and resolved to
  // canonical entities with `registry` (both must outlive the pipeline).
  void SetEntityStage(const MentionFinder* finder, EntityRegistry* registry) {
    finder_ = finder;
    registry_ = registry;
  }
  // Warm-up (needs the entity stage): holds again the names stored article `a` (with its
  // annotations loaded; `analyzed` the analysis of its title and text, see FindAnnotations)
  // held when it was ingested, its untyped mentions that no stored mention overlaps, so that a
  // person named in full in a later run claims them (RecordEntities).
  void HoldNamesOf(const Article& a, const AnalyzedText& analyzed);
  // Turns on geotagging (needs the entity stage): each article's places are resolved with
  // `geotagger` (which must outlive the pipeline) and stored with its mentions.
  void SetGeoStage(const Geotagger* geotagger) { geotagger_ = geotagger; }

  // Ingests documents already in memory (e.g. from an HTTP request), exactly as Ingest does
  // for files, in one or more batches. Per-document outcomes are in the summary's counters.
  Result<IngestSummary> IngestDocuments(std::vector<RawDocument> docs, size_t batch_size = 256);

  // Keeps (when on; off by default) the ids of the stories each committed batch changed,
  // merged and split ones included, until TakeTouchedStories(): for caches of rendered stories.
  void TrackTouchedStories(bool on) { track_touched_ = on; }
  std::vector<std::string> TakeTouchedStories() {
    std::vector<std::string> out;
    out.swap(touched_log_);
    return out;
  }

 private:
  // Feeds documents and reader rejections, in order, to the first two callbacks; calls the
  // third when a live input pauses (see InputReader::Read).
  using SourceFn = std::function<void(const InputReader::DocumentFn&, const InputReader::RejectFn&,
                                      const InputReader::PauseFn&)>;
  Result<IngestSummary> Run(const SourceFn& source, const ProgressFn& progress,
                            const InputReader::RejectFn& on_reject, size_t batch_size);
  Status Flush(std::vector<std::string>& touched_stories);
  // Finds and stores the reprint and translation links of a new or changed article; returns
  // the story it joined because of them ("" when none).
  Result<std::string> RecordLinks(const Article& a, const AnalyzedText& analyzed, bool updated,
                                  IngestSummary* sum);
  // Resolves the article's mentions to canonical entities and stores mentions and quotes
  // (pipeline_entities.cc). An untyped mention (a lone name, see MentionFinder::Find) becomes
  // the person PersonForUntyped gives, or is dropped from `a.entities` and held; a person the
  // article names in full claims the names held for it (ClaimHeldNames).
  // How the stream writes words (`word_case_`) is counted from `analyzed` (see ReadCase); an
  // untyped run of a given name and a word the stream writes capitalised only is a person
  // (Mention::case_word).
  Status RecordEntities(Article& a, const AnalyzedText& analyzed,
                        const std::vector<Mention>& mentions, std::vector<std::string>* touched);
  // Counts the capitalised use untyped mention `m` of language `lang` makes of its case word
  // (Mention::case_word); false when `m` is a common word the stream writes in lower case
  // (Mention::lower_case_veto), which names no one. The stream's lower case is counted first,
  // per article (WordCase::CountLowerCase).
  bool ReadCase(const Mention& m, const std::string& lang);
  // A person named after a word the stream writes in lower case (Mention::qualifier_word:
  // "Judoca Idalys Ortiz", "Дзюдоистка Таймазова"), by the rest of the name; nullopt when
  // the word is not written so, or `m` has no such word.
  std::optional<Mention> Unqualified(const Mention& m, const std::string& lang,
                                     const std::string& text) const;
  // The person an untyped mention names, as far as the stream knows now: the person known by
  // its whole words, or by its last two or more (not from a lower-case word), when established
  // (EntityRegistry::EstablishedPerson; the mention narrowed to those words), else the one
  // EntityRegistry::KnownPersonIn gives; nullopt when none.
  std::optional<Mention> PersonForUntyped(const Mention& m) const;
  // Person mention `m` of article text `text` widened to its longer name (Mention::longer_from)
  // when the stream has established the person by that name ("Letícia Bufoni não festeja…" once
  // Letícia Bufoni was named in full; EntityRegistry::EstablishedPerson); nullopt otherwise.
  std::optional<Mention> LongerKnownName(const Mention& m, const std::string& text) const;
  // Types the names held under `keys` that now name a person and stores each as a mention of
  // the article it was read in; their stories (but that of article `current`, being stored)
  // are added to `*touched` (may be null). Names still naming no one are held again. Quotes
  // of those articles keep the speakers they had.
  Status ClaimHeldNames(const std::vector<std::string>& keys, const std::string& current,
                        std::vector<std::string>* touched);
  // Boilerplate learning applies to plain-text articles that name a source.
  bool LearnsBoilerplateOf(const Article& a) const;
  // Removes the source's learned boilerplate from `a` (loading the source's table from the
  // store on first use) and analyses it again when its text changed.
  Status StripLearnedBoilerplate(bool title_from_body, Article& a, AnalyzedText& analyzed,
                                 std::vector<Mention>& mentions);
  // Counts a new article's extracted text for its source (stored by Flush).
  void LearnBoilerplate(const Article& a, const std::string& extracted);

  Store* store_;
  bool track_touched_ = false;
  std::vector<std::string> touched_log_;  // see TrackTouchedStories
  void LogTouched(const std::vector<std::string>& ids) {
    if (track_touched_) touched_log_.insert(touched_log_.end(), ids.begin(), ids.end());
  }
  const TextAnalyzer* analyzer_;
  std::unique_ptr<StoryAssigner> assigner_;
  LinkFinder* links_;
  const MentionFinder* finder_ = nullptr;
  EntityRegistry* registry_ = nullptr;
  PendingNames held_names_;  // untyped names read before their person (RecordEntities)
  WordCase word_case_;       // how the stream writes the words of Mention::case_word
  const Geotagger* geotagger_ = nullptr;
  InputLimits limits_;
  BoilerplateLearner learner_;
};

}  // namespace storytrace

#endif  // STORYTRACE_PIPELINE_PIPELINE_H_
