#!/usr/bin/env bash
# Builds storytrace with AddressSanitizer + UBSan and runs every test with ctest.
# Installs missing dependencies first (scripts/setup.sh --deps-only).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --deps-only
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Asan -DSTORYTRACE_BUILD_TESTS=ON \
  -DSTORYTRACE_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j "$(nproc)"
scripts/lexicons.sh build-asan/storytrace
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
