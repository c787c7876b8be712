// Bump allocation in 256 KiB chunks; a request larger than a chunk gets a chunk of its own.
#include "extract/parse_arena.h"

namespace storytrace {

void* ParseArena::Allocate(size_t size) {
  size = (size + 15) & ~size_t{15};
  allocated_ += size;
  if (size > kChunk / 4) {  // large: its own chunk, so the current one keeps serving
    chunks_.emplace_back(new std::byte[size]);
    return chunks_.back().get();
  }
  if (size > left_) {
    chunks_.emplace_back(new std::byte[kChunk]);
    next_ = chunks_.back().get();
    left_ = kChunk;
  }
  void* block = next_;
  next_ += size;
  left_ -= size;
  return block;
}

void* ParseArena::GumboAllocate(void* arena, size_t size) {
  return static_cast<ParseArena*>(arena)->Allocate(size);
}

void ParseArena::GumboRelease(void*, void*) {}

}  // namespace storytrace
