// Engine construction and warm-up.
#include "pipeline/ingest_engine.h"

#include "dedup/minhash.h"

namespace storytrace {

Result<std::unique_ptr<IngestEngine>> OpenIngestEngine(Store* store, const std::string& data_dir,
                                                       const ClustererOptions& options,
                                                       InputLimits limits) {
  auto engine = std::make_unique<IngestEngine>();
  auto analyzer = TextAnalyzer::Create(data_dir);
  if (!analyzer.ok()) return analyzer.status();
  engine->analyzer = std::move(analyzer).value();
  engine->lexicons = std::make_unique<LexiconSet>(LexiconSet::Load(data_dir + "/lexicon"));
  engine->translation_lexicons =
      std::make_unique<LexiconSet>(engine->lexicons->ForTranslation(data_dir + "/lexicon"));
  engine->links = std::make_unique<LinkFinder>(engine->translation_lexicons.get());
  engine->links->UseDictionaryRoots(engine->analyzer->language_identifier().spelling_dictionaries());
  engine->concepts = std::make_unique<ConceptMapper>(engine->lexicons.get());
  auto gazetteer = Gazetteer::Load(data_dir);
  if (!gazetteer.ok()) return gazetteer.status();
  engine->gazetteer = std::move(gazetteer).value();
  auto clusterer = std::make_unique<StoryClusterer>(options, engine->concepts.get(),
                                                    engine->gazetteer.get());
  engine->mentions = std::make_unique<MentionFinder>(
      engine->gazetteer.get(), engine->lexicons.get(),
      engine->analyzer->language_identifier().spelling_dictionaries());
  engine->entities = std::make_unique<EntityRegistry>();
  engine->geotagger = std::make_unique<Geotagger>(engine->gazetteer.get());
  auto known = store->ListAllEntities();
  if (!known.ok()) return known.status();
  for (const StoredEntity& e : known.value()) {
    engine->entities->Add({e.id, e.canonical, e.type, e.key, e.country, e.lat, e.lng}, e.mentions,
                          e.named_in_full);
  }

  auto sigs = store->ListSignatures();
  if (!sigs.ok()) return sigs.status();
  for (const StoredSignature& s : sigs.value()) {
    MinHashSignature sig;
    if (!ParseSignature(s.blob, &sig)) continue;
    engine->links->AddStoredSignature(s.article_id, sig, s.published, s.duplicate_of);
    ++engine->warm_signatures;
  }
  StoryClusterer* warm = clusterer.get();
  engine->pipeline = std::make_unique<Pipeline>(store, engine->analyzer.get(), std::move(clusterer),
                                                engine->links.get(), limits);
  engine->pipeline->SetEntityStage(engine->mentions.get(), engine->entities.get());
  engine->pipeline->SetGeoStage(engine->geotagger.get());
  {
    // The live set as the clusterer left it: by publication time (an undated article in the
    // store must not move the window to its ingest time, leaving out every dated story).
    ArticleFilter f;
    f.live_window = options.window_seconds;
    auto articles = store->ListArticles(f);
    if (!articles.ok()) return articles.status();
    // The names the newest articles held when they were ingested wait again for their persons,
    // as they would have had the stream come in one run (bounded: finding names costs about as
    // much again as reading the articles).
    constexpr size_t kHeldNameArticles = 8192;
    const size_t hold_from =
        articles.value().size() > kHeldNameArticles ? articles.value().size() - kHeldNameArticles : 0;
    for (size_t i = 0; i < articles.value().size(); ++i) {
      Article& a = articles.value()[i];
      const bool holds = i >= hold_from;
      if (a.story_id.empty() && !holds) continue;
      std::string text = a.title.empty() ? a.text : a.title + "\n\n" + a.text;
      AnalyzedText at = engine->analyzer->AnalyzeDecided(text, a.lang, a.lang_confidence);
      if (!a.story_id.empty()) {
        warm->Observe(a, at, a.story_id);
        engine->links->AddRecent(a, at);
        ++engine->warm_articles;
      }
      if (holds) {
        if (Status s = store->LoadAnnotations(a); !s.ok()) return s;
        engine->pipeline->HoldNamesOf(a, at);
      }
    }
  }
  return engine;
}

}  // namespace storytrace
