// storytrace command line: thin CLI11 front end over the pipeline and the store.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/eval_command.h"
#include "cli/ingest_commands.h"
#include "cli/places_command.h"
#include "cli/serve_command.h"
#include "cluster/story_clusterer.h"
#include "server/story_summary.h"

int main(int argc, char** argv) {
  using namespace storytrace;
  CLI::App app{"storytrace: turns a stream of news articles into stories, across languages"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "storytrace 0.1.0");
  CommonOptions o;
  std::vector<std::string> inputs;
  std::string id, query;
  size_t batch = 256;

  auto add_db = [&](CLI::App* c) {
    c->add_option("--db", o.db, "SQLite database file")->capture_default_str();
  };

  auto* ingest = app.add_subcommand(
      "ingest", "Ingest files, folders or '-' (stdin: JSONL, or one text or HTML article)");
  add_db(ingest);
  ingest->add_option("--data", o.data_dir, "data directory (default: $STORYTRACE_DATA, then next to the binary)");
  ingest->add_option("--batch", batch, "articles per transaction")->capture_default_str();
  ingest->add_option("inputs", inputs, "files, folders, or - for stdin")->required();

  auto* exp = app.add_subcommand("export", "Export articles with their analysis");
  add_db(exp);
  exp->add_option("--format", o.format, "jsonl or json");
  exp->add_option("--lang", o.lang, "only this language");
  exp->add_option("--story", o.story, "only this story");
  exp->add_flag("--with-raw", o.with_raw, "include the raw input");

  auto* stories = app.add_subcommand("stories", "List stories, most recent first");
  add_db(stories);
  stories->add_option("--format", o.format, "table, json or jsonl");
  stories->add_option("--lang", o.lang, "stories with an article in this language");
  stories->add_option("--limit", o.limit, "at most this many");
  stories->add_option("--data", o.data_dir, "data directory (stopwords, kept out of keywords)");
  StoryListOptions story_list;
  stories
      ->add_option("--sort", story_list.sort,
                   "rank the stories with live articles: size (most articles), recent, or "
                   "growth (breaking first, then the fastest growing over the last 24 h)")
      ->check([](const std::string& name) -> std::string {
        return StoryOrderFromName(name) ? "" : "'" + name + "' is not size, recent or growth";
      });
  stories
      ->add_option("--hours", story_list.hours,
                   "only stories with live articles in the last H hours of the stream")
      ->check(CLI::Range(0.0, 1e6));

  auto* story = app.add_subcommand("story", "Show one story and its articles");
  add_db(story);
  story->add_option("--format", o.format, "table, json or jsonl");
  story->add_option("--data", o.data_dir, "data directory (stopwords, kept out of keywords)");
  story->add_option("id", id, "story id")->required();

  auto* articles = app.add_subcommand("articles", "List articles");
  add_db(articles);
  articles->add_option("--format", o.format, "table, json or jsonl");
  articles->add_option("--lang", o.lang, "only this language");
  articles->add_option("--story", o.story, "only this story");
  articles->add_option("--limit", o.limit, "at most this many");

  auto* search = app.add_subcommand("search", "Full-text search (BM25) over titles and texts");
  add_db(search);
  search->add_option("--format", o.format, "table, json or jsonl");
  search->add_option("--limit", o.limit, "at most this many (default 20)");
  search->add_option("query", query, "words to search for")->required();
  bool expand = false;
  search->add_flag("--expand", expand,
                   "also find the words' dictionary translations (articles in other languages) "
                   "and the names' other spellings (\"Abu Kamal\" finds \"al-Bukamal\")");
  search->add_option("--data", o.data_dir, "data directory (lexicons, for --expand)");

  auto* rejected = app.add_subcommand("rejected", "List inputs that could not be ingested");
  add_db(rejected);
  rejected->add_option("--format", o.format, "table, json or jsonl");

  auto* links = app.add_subcommand("links", "List reprint and translation links");
  add_db(links);
  std::string kind;
  links->add_option("--kind", kind, "reprint or translation (default: both)");
  links->add_option("--format", o.format, "table, json or jsonl");

  auto* entities = app.add_subcommand("entities", "List entities with their name variants");
  add_db(entities);
  auto* entities_story = entities->add_option("--story", o.story, "only mentions in this story");
  std::string entity_name;
  entities->add_option("--name", entity_name,
                       "only the entities this name denotes in any spelling, with their spellings "
                       "(\"Albu Kamal\": Abu Kamal, al-Bukamal, ...)")
      ->excludes(entities_story);
  entities->add_option("--limit", o.limit, "at most this many");
  entities->add_option("--format", o.format, "table, json or jsonl");

  auto* places = app.add_subcommand("places", "List places on the map, with coordinates");
  add_db(places);
  places->add_option("--story", o.story, "only this story's places (its focus first)");
  places->add_option("--limit", o.limit, "at most this many");
  places->add_option("--format", o.format, "table, json or jsonl");

  auto* quotes = app.add_subcommand("quotes", "List quotations and who said them");
  add_db(quotes);
  std::string speaker;
  quotes->add_option("--speaker", speaker, "only quotes by this person or organisation (any spelling)");
  quotes->add_option("--story", o.story, "only quotes in this story");
  quotes->add_option("--limit", o.limit, "at most this many");
  quotes->add_option("--format", o.format, "table, json or jsonl");

  auto* lexicon = app.add_subcommand(
      "lexicon", "Compile FreeDict dictionaries (dictd format) into translation lexicons");
  std::string dictd_dir = "/usr/share/dictd", lexicon_out, lexicon_pairs;
  lexicon->add_option("--dictd", dictd_dir, "folder with freedict-*.index files")
      ->capture_default_str();
  lexicon->add_option("--out", lexicon_out, "output folder (default: <data dir>/lexicon)");
  lexicon->add_option("--pairs", lexicon_pairs,
                      "folder with further word pairs <x>-<y>.tsv (scripts/apertium_pairs.sh)");
  lexicon->add_option("--data", o.data_dir, "data directory (stopwords)");
  std::string lexicon_dump;
  lexicon->add_option("--dump", lexicon_dump,
                      "print one FreeDict dictionary (its path without .index) as word pairs "
                      "word<TAB>translation, for --pairs, and compile nothing");

  auto* extract = app.add_subcommand("extract", "Run only article extraction and print JSON");
  extract->add_option("--format", o.format, "json (pretty) or jsonl (one line)");
  extract->add_option("inputs", inputs, "files, folders, or - for stdin")->required();

  auto* recluster = app.add_subcommand(
      "recluster", "Re-run story clustering over stored articles (deterministic)");
  std::string since, until;
  add_db(recluster);
  recluster->add_option("--data", o.data_dir, "data directory");
  recluster->add_option("--since", since, "from this time (ISO 8601; default: the first article)");
  recluster->add_option("--until", until, "to this time (ISO 8601; default: the last article)");

  auto* eval = app.add_subcommand("eval", "Evaluate a stage against gold data");
  eval->require_subcommand(1);
  auto* eval_stories = eval->add_subcommand("stories", "Replay a gold stream through the clusterer");
  std::string gold, assignments;
  ClustererOptions copt;
  eval_stories->add_option("--gold", gold, "JSONL with id, lang, published, title, text, story_id")
      ->required();
  eval_stories->add_option("--data", o.data_dir, "data directory");
  eval_stories->add_option("--format", o.format, "table or json");
  std::string model_text, features_path;
  eval_stories->add_option("--join-probability-full-text", copt.join_probability_full_text,
                           "join probability for articles with a full body")
      ->capture_default_str();
  eval_stories->add_option("--link-probability-full-text", copt.linker.full_text.link,
                           "link probability for clusters of full articles")
      ->capture_default_str();
  eval_stories->add_option("--join-probability", copt.join_probability,
                           "an article joins its best story at this probability")
      ->capture_default_str();
  eval_stories->add_option("--model", model_text,
                           "join model weights 'bias,w1,...' (default: the built-in model)");
  eval_stories->add_option("--dump-features", features_path,
                           "replay with the gold stories and write join features here (TSV)");
  eval_stories->add_option("--assignments", assignments,
                           "write each article's gold and predicted story here (JSONL)");
  std::string link_model_text, cross_link_model_text, link_features_path;
  eval_stories->add_option("--cross-link-model", cross_link_model_text,
                           "link model for clusters of two languages 'bias,w1,...'");
  eval_stories->add_option("--link-probability", copt.linker.headline.link,
                           "two clusters' stories merge at this link probability")
      ->capture_default_str();
  eval_stories->add_option("--unlink-probability", copt.linker.headline.unlink,
                           "a re-scored link below this probability is dropped (stories may "
                           "split); negative: never")
      ->capture_default_str();
  eval_stories->add_option("--split-compounds", copt.profile.split_compounds,
                           "unknown compound words take the concepts of their parts")
      ->capture_default_str();
  eval_stories->add_option("--country-weight", copt.profile.country_weight,
                           "words naming a country (any language) are keyed by the country, "
                           "at this multiple of its idf; 0: off")
      ->capture_default_str();
  eval_stories->add_option("--story-probability", copt.linker.story_probability,
                           "a cluster links to a story only at this mean link probability with "
                           "the story's clusters (size-weighted); negative: never checked")
      ->capture_default_str();
  eval_stories->add_option("--unlink-probability-full-text",
                           copt.linker.full_text.unlink,
                           "the same for clusters of full articles")
      ->capture_default_str();
  eval_stories->add_option("--story-link-probability", copt.linker.headline.story_link,
                           "stories merge at this mean link probability over all pairs of their "
                           "clusters (size-weighted); negative: off")
      ->capture_default_str();
  eval_stories->add_option("--story-link-probability-full-text",
                           copt.linker.full_text.story_link,
                           "the same for clusters of full articles")
      ->capture_default_str();
  eval_stories->add_option("--story-keep-probability", copt.linker.headline.story_keep,
                           "a re-linked cluster whose mean link probability with the rest of its "
                           "story falls below this leaves it; negative: off")
      ->capture_default_str();
  eval_stories->add_option("--story-keep-probability-full-text",
                           copt.linker.full_text.story_keep,
                           "the same for clusters of full articles")
      ->capture_default_str();
  eval_stories->add_option("--link-country-overlap", copt.linker.headline.min_country_overlap,
                           "clusters that both name countries link only when their country "
                           "shares overlap by this much; negative: off")
      ->capture_default_str();
  eval_stories->add_option("--link-country-overlap-full-text",
                           copt.linker.full_text.min_country_overlap,
                           "the same for clusters of full articles")
      ->capture_default_str();
  eval_stories->add_option("--impute-unmatched-scripts",
                           copt.linker.headline.impute_unmatched_scripts,
                           "a cross-language pair with a cluster in Arabic script, Hebrew or "
                           "Chinese/Japanese/Korean counts its gram and key similarities as at "
                           "least their expected value (headlines)")
      ->capture_default_str();
  eval_stories->add_option("--link-candidate-terms", copt.linker.candidate_terms,
                           "a cluster looks up others through this many top entries per space")
      ->capture_default_str();
  eval_stories->add_option("--link-candidates", copt.linker.max_candidates,
                           "... and scores this many of those that share the most")
      ->capture_default_str();
  eval_stories->add_option("--link-model", link_model_text,
                           "link model for clusters of one language 'bias,w1,...'");
  eval_stories->add_option("--dump-link-features", link_features_path,
                           "write the features of every cluster pair considered for linking");
  eval_stories->add_option("--centroid-terms", copt.centroid_terms, "entries kept per centroid")
      ->capture_default_str();
  eval_stories->add_option("--prior-docs", copt.profile.prior_docs, "idf prior")
      ->capture_default_str();
  bool no_entities = false;
  eval_stories->add_flag("--no-entities", no_entities, "cluster without entity keys");
  bool through_ingest = false;
  eval_stories
      ->add_flag("--through-ingest", through_ingest,
                 "ingest the stream with the whole pipeline (links, entities, store), as "
                 "'storytrace ingest' does, and score the stored stories")
      ->excludes("--dump-features")
      ->excludes("--dump-link-features")
      ->excludes("--no-entities");
  eval_stories->add_option("--entity-weight", copt.profile.entity_weight,
                           "weight of a shared entity relative to a name key")
      ->capture_default_str();

  auto* serve = AddServeCommand(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  if (*ingest) return RunIngest(o, inputs, batch);
  if (*recluster) return RunRecluster(o, since, until);
  if (*exp) return RunExport(o);
  if (*stories) return RunStories(o, story_list);
  if (*story) return RunStory(o, id);
  if (*articles) return RunArticles(o);
  if (*search) return RunSearch(o, query, expand);
  if (*rejected) return RunRejected(o);
  if (*extract) return RunExtract(o, inputs);
  if (*serve) return RunServeCommand();
  if (*links) return RunLinks(o, kind);
  if (*entities) return RunEntities(o, entity_name);
  if (*quotes) return RunQuotes(o, speaker);
  if (*places) return RunPlaces(o);
  if (*lexicon && !lexicon_dump.empty()) return RunDumpDictionary(lexicon_dump);
  if (*lexicon) return RunBuildLexicon(o, dictd_dir, lexicon_out, lexicon_pairs);
  if (*eval_stories) {
    if (!model_text.empty() && !JoinModel::Parse(model_text, &copt.model)) {
      std::cerr << "storytrace: --model needs " << kJoinFeatureCount + 1 << " numbers\n";
      return kExitUsage;
    }
    if ((!link_model_text.empty() &&
         !LinkModel::Parse(link_model_text, &copt.linker.same_lang_model)) ||
        (!cross_link_model_text.empty() &&
         !LinkModel::Parse(cross_link_model_text, &copt.linker.cross_lang_model))) {
      std::cerr << "storytrace: link models need " << kLinkFeatureCount + 1 << " numbers\n";
      return kExitUsage;
    }
    return RunEvalStories(o, gold, copt, !no_entities, assignments, features_path,
                          link_features_path, through_ingest);
  }
  return kExitUsage;
}
