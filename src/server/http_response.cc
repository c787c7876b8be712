// JSON response helpers.
#include "server/http_response.h"

#include <string>

namespace storytrace {

void SendJson(httplib::Response& res, const nlohmann::ordered_json& body, int status) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
                  "application/json");
}

void SendError(httplib::Response& res, int status, std::string_view message) {
  SendJson(res, {{"error", std::string(message)}}, status);
}

void SendStatus(httplib::Response& res, const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
      SendError(res, 400, status.message());
      break;
    case StatusCode::kNotFound:
      SendError(res, 404, status.message());
      break;
    case StatusCode::kUnavailable:
      SendError(res, 503, status.message());
      break;
    default:
      SendError(res, 500, status.message());
      break;
  }
}

}  // namespace storytrace
