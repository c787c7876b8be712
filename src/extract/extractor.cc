// Format dispatch for extraction.
#include "extract/extractor.h"

namespace storytrace {

ExtractedArticle Extract(std::string_view content, std::string_view format, bool find_title) {
  return format == "html" ? ExtractFromHtml(content) : ExtractFromText(content, find_title);
}

}  // namespace storytrace
