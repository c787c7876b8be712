#include "server/response_cache.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

CachedResponse Body(const std::string& body, const std::string& story = {}) {
  return CachedResponse{200, "application/json", body, story};
}

TEST(ResponseCacheTest, AWriteInvalidatesResponsesOfTheWholeStore) {
  ResponseCache cache;
  cache.Put("/threads", cache.generation(), Body("v1"));
  ASSERT_TRUE(cache.Get("/threads").has_value());
  cache.InvalidateStories({"st-other"});
  EXPECT_FALSE(cache.Get("/threads").has_value());
  cache.Put("/threads", cache.generation(), Body("v2"));
  cache.Invalidate();
  EXPECT_FALSE(cache.Get("/threads").has_value());
}

TEST(ResponseCacheTest, AStoryPageSurvivesWritesToOtherStoriesOnly) {
  ResponseCache cache;
  cache.Put("/api/v1/stories/st-a", cache.generation(), Body("a", "st-a"));
  cache.InvalidateStories({"st-b", "st-c"});
  auto hit = cache.Get("/api/v1/stories/st-a");
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->body, "a");
  cache.InvalidateStories({"st-a"});
  EXPECT_FALSE(cache.Get("/api/v1/stories/st-a").has_value());
  // A write that may have changed anything (a delete, the clock moving) ends it too.
  cache.Put("/api/v1/stories/st-a", cache.generation(), Body("a2", "st-a"));
  ASSERT_TRUE(cache.Get("/api/v1/stories/st-a").has_value());
  cache.Invalidate();
  EXPECT_FALSE(cache.Get("/api/v1/stories/st-a").has_value());
}

TEST(ResponseCacheTest, AResponseRenderedBeforeAWriteIsNotStored) {
  ResponseCache cache;
  const uint64_t gen = cache.generation();
  cache.InvalidateStories({"st-b"});  // committed while st-a's page was rendered
  cache.Put("/api/v1/stories/st-a", gen, Body("old", "st-a"));
  EXPECT_FALSE(cache.Get("/api/v1/stories/st-a").has_value());
}

TEST(ResponseCacheTest, GetOrRenderRendersOncePerValidity) {
  ResponseCache cache;
  int renders = 0;
  auto render = [&] {
    ++renders;
    return Body("page", "st-a");
  };
  EXPECT_EQ(cache.GetOrRender("/api/v1/stories/st-a", render).body, "page");
  EXPECT_EQ(cache.GetOrRender("/api/v1/stories/st-a", render).body, "page");
  EXPECT_EQ(renders, 1);
  cache.InvalidateStories({"st-z"});
  cache.GetOrRender("/api/v1/stories/st-a", render);
  EXPECT_EQ(renders, 1);
  cache.InvalidateStories({"st-a"});
  cache.GetOrRender("/api/v1/stories/st-a", render);
  EXPECT_EQ(renders, 2);
}

}  // namespace
}  // namespace storytrace
