// The index-server API of the 2019 Telegram news-clustering contest: PUT and DELETE /<name>
// keep articles with a lifetime, GET /threads lists the stories of a recent period.
#ifndef STORYTRACE_SERVER_CONTEST_API_H_
#define STORYTRACE_SERVER_CONTEST_API_H_

#include <httplib.h>

#include <string>
#include <vector>

#include "server/article_writer.h"
#include "server/store_pool.h"
#include "store/store.h"

namespace storytrace {

// One thread of GET /threads: the window's articles of one story.
struct ContestThread {
  std::string story_id;
  std::string title;                  // the title of the thread's first article
  std::vector<std::string> articles;  // earliest first, then by name
};

// Groups window articles (as from Store::ArticlesInWindow) into threads by story. Threads come
// most articles first, then with the newest article first, then by story id; articles without
// a story form threads of their own.
std::vector<ContestThread> GroupThreads(const std::vector<Store::WindowArticle>& articles);

// PUT /<name>: body = the article (HTML or text), header Cache-Control: max-age=<seconds>
// (required). 201 when the name is new, 204 when it existed; 400 for a bad name, a missing
// max-age or a body that yields no article.
void HandlePutArticle(ArticleWriter& writer, const std::string& name, const httplib::Request& req,
                      const std::string& body, httplib::Response& res);

// DELETE /<name>: 204 when it existed, 404 otherwise; 400 for a bad name.
void HandleDeleteArticle(ArticleWriter& writer, const std::string& name, httplib::Response& res);

// GET /threads?period=<seconds>&lang_code=<xx|any>&category=<any|...>: {"threads": [{"title",
// "category", "articles"}]} over the live articles of the last `period` seconds before the
// newest article. 400 for a missing or invalid period, lang_code or category. storytrace has
// no category classifier: a category other than "any" yields no threads.
void HandleThreads(StorePool& readers, const httplib::Request& req, httplib::Response& res);

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_CONTEST_API_H_
