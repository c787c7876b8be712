// JSON responses and JSON errors ({"error": "..."}) of the HTTP API.
#ifndef STORYTRACE_SERVER_HTTP_RESPONSE_H_
#define STORYTRACE_SERVER_HTTP_RESPONSE_H_

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string_view>

#include "core/status.h"

namespace storytrace {

// Sets `res` to `body` as application/json with `status`. Invalid UTF-8 in strings is
// replaced, never thrown.
void SendJson(httplib::Response& res, const nlohmann::ordered_json& body, int status = 200);

// Sets `res` to {"error": message} with `status`.
void SendError(httplib::Response& res, int status, std::string_view message);

// Sends a failed status: InvalidArgument 400, NotFound 404, Unavailable 503, others 500.
void SendStatus(httplib::Response& res, const Status& status);

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_HTTP_RESPONSE_H_
