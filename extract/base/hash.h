// HashBytes: a fast 64-bit hash of a byte string (the short-input path of
// wyhash and XXH3: a few overlapping loads and one multiply for a word,
// one multiply per 8 bytes beyond, in four lanes for long inputs).  Not
// cryptographic: it keys the lexicon's word index and tells whether cached data
// still matches its source files, where only accidental collisions matter.
//
//   uint64_t h = HashBytes("refused");
//   uint64_t both = HashBytes(second, HashBytes(first));  // chained
#ifndef ACTORGRAPH_EXTRACT_BASE_HASH_H_
#define ACTORGRAPH_EXTRACT_BASE_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace actorgraph {
namespace hash_internal {

inline uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

inline uint64_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

inline uint64_t Mix(uint64_t a, uint64_t b) {
  unsigned __int128 m = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
}

}  // namespace hash_internal

inline uint64_t HashBytes(std::string_view bytes,
                          uint64_t seed = 0x9E3779B97F4A7C15ull) {
  using hash_internal::Load32;
  using hash_internal::Load64;
  using hash_internal::Mix;
  constexpr uint64_t kMul = 0xD6E8FEB86659FD93ull;
  const char* p = bytes.data();
  const size_t n = bytes.size();
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = Load64(p);
    b = Load64(p + n - 8);
    size_t i = 8;
    if (n >= 256) {
      // Four independent lanes, so that megabytes do not wait on one
      // multiply after another.
      uint64_t lane[4] = {a, seed, kMul, seed ^ kMul};
      for (; i + 32 < n; i += 32) {
        for (int k = 0; k < 4; ++k) {
          lane[k] = Mix(lane[k] ^ Load64(p + i + 8 * k), kMul);
        }
      }
      a = Mix(lane[0] ^ lane[1], kMul) ^ Mix(lane[2] ^ seed, lane[3] | 1);
    }
    for (; i + 8 < n; i += 8) a = Mix(a ^ Load64(p + i), kMul);
  } else if (n >= 4) {
    a = Load32(p);
    b = Load32(p + n - 4);
  } else if (n > 0) {
    a = static_cast<uint8_t>(p[0]) |
        static_cast<uint64_t>(static_cast<uint8_t>(p[n / 2])) << 8;
    b = static_cast<uint8_t>(p[n - 1]);
  }
  return Mix(a ^ seed, b ^ kMul ^ n);
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_HASH_H_
