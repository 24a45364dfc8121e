// BinaryWriter and BinaryReader: a compact binary form of plain data, for
// caches that spare re-parsing text files.  Numbers, enums and other
// trivially copyable values are their bytes; a string or a container is
// its size and then its elements (an unordered map in key order, so that
// equal data give equal bytes); any other class is written by
// `Fields<T>::Visit(codec, value)`, which a module specializes to list the
// members of T in one order for both directions:
//
//   template <> struct Fields<Point> {
//     template <typename Codec, typename P>  // P: Point or const Point
//     static void Visit(Codec& c, P& p) { c(p.name, p.x, p.y); }
//   };
//   ACTORGRAPH_FIELDS(Point, p, p.name, p.x, p.y);  // the same, shorter
//   BinaryWriter w;  w(point);            // w.bytes()
//   BinaryReader r(bytes);  r(point);     // r.ok(): complete and sound
//
// The reader never trusts a size: one larger than the bytes left ends the
// read with ok() false, so damaged input costs no more than its length.
// The form is the machine's own (byte order, type sizes): a cache, not an
// exchange format.
#ifndef ACTORGRAPH_EXTRACT_BASE_BINARY_CODEC_H_
#define ACTORGRAPH_EXTRACT_BASE_BINARY_CODEC_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace actorgraph {

template <typename T>
struct Fields;  // specialized per class type

// Specializes Fields<Type>: `value` names the object in the member list.
#define ACTORGRAPH_FIELDS(Type, value, ...) \
  template <>                               \
  struct Fields<Type> {                     \
    template <typename Codec, typename V>   \
    static void Visit(Codec& c, V& value) { \
      c(__VA_ARGS__);                       \
    }                                       \
  }

template <typename T>
constexpr bool kRawBytes =
    std::is_trivially_copyable_v<T> && !std::is_pointer_v<T>;

class BinaryWriter {
 public:
  template <typename... T>
  void operator()(const T&... values) {
    (Put(values), ...);
  }
  const std::string& bytes() const { return out_; }

 private:
  void Raw(const void* p, size_t n) {
    out_.append(static_cast<const char*>(p), n);
  }
  void Size(size_t n) {
    uint64_t v = n;
    Raw(&v, sizeof v);
  }
  template <typename T>
  void Put(const T& v) {
    if constexpr (kRawBytes<T>) {
      Raw(&v, sizeof v);
    } else {
      Fields<T>::Visit(*this, v);
    }
  }
  void Put(const std::string& s) {
    Size(s.size());
    Raw(s.data(), s.size());
  }
  void Put(const std::vector<bool>& v) {
    Size(v.size());
    for (bool b : v) out_.push_back(b ? 1 : 0);
  }
  template <typename T>
  void Put(const std::vector<T>& v) {
    Size(v.size());
    if constexpr (kRawBytes<T>) {
      Raw(v.data(), v.size() * sizeof(T));
    } else {
      for (const T& x : v) Put(x);
    }
  }
  template <typename A, typename B>
  void Put(const std::pair<A, B>& p) {
    Put(p.first);
    Put(p.second);
  }
  template <typename Range>
  void PutRange(const Range& r) {
    Size(r.size());
    for (const auto& x : r) Put(x);
  }
  template <typename... T>
  void Put(const std::map<T...>& m) {
    PutRange(m);
  }
  // In key order, so that equal maps give equal bytes.
  template <typename... T>
  void Put(const std::unordered_map<T...>& m) {
    using Entry = typename std::unordered_map<T...>::value_type;
    std::vector<const Entry*> sorted;
    sorted.reserve(m.size());
    for (const Entry& e : m) sorted.push_back(&e);
    std::sort(sorted.begin(), sorted.end(), [](const Entry* a, const Entry* b) {
      return a->first < b->first;
    });
    Size(sorted.size());
    for (const Entry* e : sorted) Put(*e);
  }
  template <typename... T>
  void Put(const std::set<T...>& s) {
    PutRange(s);
  }

  std::string out_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string_view bytes) : in_(bytes) {}

  template <typename... T>
  void operator()(T&... values) {
    (Get(values), ...);
  }
  // Every read so far found its bytes.
  bool ok() const { return ok_; }
  // ok() and nothing left over.
  bool complete() const { return ok_ && pos_ == in_.size(); }

 private:
  bool Raw(void* p, size_t n) {
    if (!ok_ || in_.size() - pos_ < n) {
      ok_ = false;
      return false;
    }
    if (n > 0) std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  // A count of elements of at least `min_bytes` each, or 0 and !ok().
  size_t Size(size_t min_bytes) {
    uint64_t n = 0;
    if (!Raw(&n, sizeof n)) return 0;
    if (n > (in_.size() - pos_) / (min_bytes == 0 ? 1 : min_bytes)) {
      ok_ = false;
      return 0;
    }
    return static_cast<size_t>(n);
  }
  // Room for `n` elements of a container, but never more than the bytes
  // left could hold (every element takes at least 8 of them).
  size_t Capacity(size_t n) const {
    return std::min(n, (in_.size() - pos_) / 8);
  }
  template <typename T>
  void Get(T& v) {
    if constexpr (kRawBytes<T>) {
      Raw(&v, sizeof v);
    } else {
      Fields<T>::Visit(*this, v);
    }
  }
  void Get(std::string& s) {
    size_t n = Size(1);
    s.resize(n);
    Raw(s.data(), n);
  }
  void Get(std::vector<bool>& v) {
    size_t n = Size(1);
    v.assign(n, false);
    for (size_t i = 0; i < n && ok_; ++i) {
      char b = 0;
      Raw(&b, 1);
      v[i] = b != 0;
    }
  }
  template <typename T>
  void Get(std::vector<T>& v) {
    if constexpr (kRawBytes<T>) {
      size_t n = Size(sizeof(T));
      v.resize(n);
      Raw(v.data(), n * sizeof(T));
    } else {
      size_t n = Size(1);
      v.clear();
      v.reserve(Capacity(n));
      for (size_t i = 0; i < n && ok_; ++i) Get(v.emplace_back());
    }
  }
  template <typename A, typename B>
  void Get(std::pair<A, B>& p) {
    Get(p.first);
    Get(p.second);
  }
  template <typename Map>
  void GetMap(Map& m) {
    size_t n = Size(1);
    m.clear();
    if constexpr (std::is_same_v<
                      Map, std::unordered_map<typename Map::key_type,
                                              typename Map::mapped_type>>) {
      m.reserve(Capacity(n));
    }
    for (size_t i = 0; i < n && ok_; ++i) {
      std::pair<typename Map::key_type, typename Map::mapped_type> kv;
      Get(kv);
      if (ok_) m.emplace(std::move(kv));
    }
  }
  template <typename... T>
  void Get(std::map<T...>& m) {
    GetMap(m);
  }
  template <typename... T>
  void Get(std::unordered_map<T...>& m) {
    GetMap(m);
  }
  template <typename... T>
  void Get(std::set<T...>& s) {
    size_t n = Size(1);
    s.clear();
    for (size_t i = 0; i < n && ok_; ++i) {
      typename std::set<T...>::value_type x;
      Get(x);
      if (ok_) s.insert(std::move(x));
    }
  }

  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_BINARY_CODEC_H_
