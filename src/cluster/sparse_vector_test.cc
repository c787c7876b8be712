#include "cluster/sparse_vector.h"

#include <gtest/gtest.h>

#include <cmath>

namespace storytrace {
namespace {

TEST(SparseVectorTest, FromPairsSortsAndSumsEqualKeys) {
  SparseVector v = SparseVector::FromPairs({{7, 1.f}, {3, 2.f}, {7, 2.f}});
  ASSERT_EQ(v.entries.size(), 2u);
  EXPECT_EQ(v.entries[0].key, 3u);
  EXPECT_EQ(v.entries[1].key, 7u);
  EXPECT_FLOAT_EQ(v.entries[1].weight, 3.f);
  EXPECT_NEAR(v.norm, std::sqrt(13.0), 1e-9);
}

TEST(SparseVectorTest, CosineOfDisjointIdenticalAndEmpty) {
  SparseVector a = SparseVector::FromPairs({{1, 1.f}, {2, 1.f}});
  SparseVector b = SparseVector::FromPairs({{3, 1.f}});
  EXPECT_DOUBLE_EQ(Cosine(a, b), 0);
  EXPECT_NEAR(Cosine(a, a), 1.0, 1e-9);
  EXPECT_DOUBLE_EQ(Cosine(a, SparseVector{}), 0);
  SparseVector c = SparseVector::FromPairs({{2, 1.f}, {9, 1.f}});
  EXPECT_NEAR(Cosine(a, c), 0.5, 1e-9);
}

TEST(SparseVectorTest, AddAndPruneKeepsTheLargestAndReportsNewKeys) {
  SparseVector sum = SparseVector::FromPairs({{1, 5.f}, {2, 1.f}});
  SparseVector add = SparseVector::FromPairs({{2, 1.f}, {3, 4.f}, {4, 0.5f}});
  std::vector<uint32_t> added;
  AddAndPrune(&sum, add, 1.f, 3, &added);
  ASSERT_EQ(sum.entries.size(), 3u);  // 4 (weight 0.5) is pruned
  EXPECT_EQ(sum.entries[0].key, 1u);
  EXPECT_EQ(sum.entries[1].key, 2u);
  EXPECT_FLOAT_EQ(sum.entries[1].weight, 2.f);
  EXPECT_EQ(sum.entries[2].key, 3u);
  EXPECT_EQ(added, std::vector<uint32_t>{3u});
}

TEST(SparseVectorTest, TopKeysBreaksTiesByKey) {
  SparseVector v = SparseVector::FromPairs({{9, 1.f}, {4, 1.f}, {6, 2.f}});
  std::vector<uint32_t> top = TopKeys(v, 2);
  std::sort(top.begin(), top.end());
  EXPECT_EQ(top, (std::vector<uint32_t>{4u, 6u}));
  SparseVector t = Truncated(v, 1);
  ASSERT_EQ(t.entries.size(), 1u);
  EXPECT_EQ(t.entries[0].key, 6u);
}

}  // namespace
}  // namespace storytrace
