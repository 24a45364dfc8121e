#include "graph/layout.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <utility>
// Boost's Johnson all-pairs (used by Kamada-Kawai) trips a false
// maybe-uninitialized on boost::optional under g++ 12 -O2.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#include <boost/graph/topology.hpp>
#include <boost/property_map/property_map.hpp>

namespace actorgraph {
namespace {

using UndirectedGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
// Boost's square with plain Euclidean arithmetic: its own distance() and
// norm() go through hypot(), which is most of the cost of a large layout.
struct Topology : boost::square_topology<> {
  using boost::square_topology<>::square_topology;
  double distance(point_type a, point_type b) const {
    return norm(difference(b, a));
  }
  double norm(point_difference_type d) const {
    return std::sqrt(d[0] * d[0] + d[1] * d[1]);
  }
};
using TopologyPoint = Topology::point_type;
using VertexIndexMap =
    boost::property_map<UndirectedGraph, boost::vertex_index_t>::const_type;
using PositionMap =
    boost::iterator_property_map<std::vector<TopologyPoint>::iterator,
                                 VertexIndexMap>;

// splitmix64's finalizer over FNV-1a: FNV alone leaves ids that differ in
// their last byte ("person:a", "person:b") next to each other.
uint64_t HashId(const std::string& id) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

// A point in [-1, 1]^2 that depends only on the actor id.
TopologyPoint InitialPosition(const std::string& id) {
  uint64_t h = HashId(id);
  TopologyPoint p;
  p[0] = static_cast<double>(h & 0xffffffffu) / 4294967296.0 * 2 - 1;
  p[1] = static_cast<double>(h >> 32) / 4294967296.0 * 2 - 1;
  return p;
}

// Fruchterman-Reingold repulsion between vertices closer than `cell`, found
// through a grid over the whole [-1, 1]^2 square.  (Boost's own grid only
// covers half of the square its topology lets vertices reach.)
struct GridForcePairs {
  PositionMap position;
  double cell;

  template <typename Graph, typename ApplyForce>
  void operator()(const Graph& g, ApplyForce apply_force) const {
    const int side = std::max(1, static_cast<int>(std::ceil(2 / cell)));
    std::vector<std::vector<size_t>> buckets(side * side);
    auto cell_of = [&](double coordinate) {
      int c = static_cast<int>((coordinate + 1) / cell);
      return std::clamp(c, 0, side - 1);
    };
    const size_t n = num_vertices(g);
    for (size_t v = 0; v < n; ++v) {
      TopologyPoint p = get(position, v);
      buckets[cell_of(p[1]) * side + cell_of(p[0])].push_back(v);
    }
    for (int row = 0; row < side; ++row) {
      for (int col = 0; col < side; ++col) {
        RepulseBucket(buckets, side, row, col, apply_force);
      }
    }
  }

  template <typename ApplyForce>
  void RepulseBucket(const std::vector<std::vector<size_t>>& buckets, int side,
                     int row, int col, ApplyForce& apply_force) const {
    const std::vector<size_t>& own = buckets[row * side + col];
    for (size_t i = 0; i < own.size(); ++i) {
      for (size_t j = i + 1; j < own.size(); ++j) {
        apply_force(own[i], own[j]);
        apply_force(own[j], own[i]);
      }
      for (int r = std::max(0, row - 1); r <= std::min(side - 1, row + 1);
           ++r) {
        for (int c = std::max(0, col - 1); c <= std::min(side - 1, col + 1);
             ++c) {
          if (r == row && c == col) continue;
          for (size_t other : buckets[r * side + c]) {
            if (Distance(own[i], other) < cell) apply_force(own[i], other);
          }
        }
      }
    }
  }

  double Distance(size_t u, size_t v) const {
    TopologyPoint a = get(position, u), b = get(position, v);
    return std::sqrt((a[0] - b[0]) * (a[0] - b[0]) +
                     (a[1] - b[1]) * (a[1] - b[1]));
  }
};

// Kamada-Kawai's own tolerance, with a cap on the number of steps so that
// an unlucky start cannot stall `actorgraph build`.
struct CappedTolerance {
  boost::layout_tolerance<double> tolerance;
  size_t steps_left;

  template <typename Graph>
  bool operator()(double delta, typename Graph::vertex_descriptor v,
                  const Graph& g, bool global) {
    if (steps_left == 0) return true;
    --steps_left;
    return tolerance(delta, v, g, global);
  }
};

using Link = std::pair<size_t, size_t>;

struct Component {
  std::vector<size_t> actors;  // indices into graph.Actors(), ascending
  std::vector<Link> links;     // between positions in `actors`
  std::vector<Point> points;   // parallel to actors
};

// `links` holds each linked pair once, smaller index first.
std::vector<Component> FindComponents(size_t actor_count,
                                      const std::set<Link>& links) {
  UndirectedGraph g(actor_count);
  for (const auto& [u, v] : links) boost::add_edge(u, v, g);
  std::vector<int> component_of(actor_count);
  int count = boost::connected_components(g, component_of.data());
  std::vector<Component> components(count);
  std::vector<size_t> position_in_component(actor_count);
  for (size_t v = 0; v < actor_count; ++v) {
    Component& c = components[component_of[v]];
    position_in_component[v] = c.actors.size();
    c.actors.push_back(v);
  }
  for (const auto& [u, v] : links) {
    components[component_of[u]].links.push_back(
        {position_in_component[u], position_in_component[v]});
  }
  return components;
}

// Big components get fewer cooling steps: each step costs about n times the
// crowding around hubs, and a big picture is read at a coarser grain.
int IterationsFor(size_t n, const LayoutOptions& options) {
  const size_t kFull = 1000;
  if (n <= kFull) return options.iterations;
  return std::max<int>(options.iterations / 4,
                       static_cast<int>(options.iterations * kFull / n));
}

// Lays one connected component out in roughly [-1, 1]^2.
std::vector<TopologyPoint> LayoutComponent(
    const std::vector<const ActorNode*>& actors, const Component& component,
    const LayoutOptions& options) {
  const size_t n = component.actors.size();
  UndirectedGraph g(n);
  std::vector<TopologyPoint> points(n);
  for (size_t i = 0; i < n; ++i) {
    points[i] = InitialPosition(actors[component.actors[i]]->info.id);
  }
  if (n < 2) return points;
  for (const auto& [u, v] : component.links) boost::add_edge(u, v, g);
  PositionMap position(points.begin(), get(boost::vertex_index, g));
  Topology topology(1.0);
  std::vector<Topology::point_difference_type> displacement(n);
  double k = 1 / std::sqrt(static_cast<double>(n));
  boost::fruchterman_reingold_force_directed_layout(
      g, position, topology, boost::square_distance_attractive_force(),
      boost::square_distance_repulsive_force(), GridForcePairs{position, 2 * k},
      boost::linear_cooling<double>(IterationsFor(n, options), 0.2),
      boost::make_iterator_property_map(displacement.begin(),
                                        get(boost::vertex_index, g)));
  // Small components: Kamada-Kawai evens out the distances.  It starts from
  // the Fruchterman-Reingold result, which is untangled already; from the
  // hashed positions it can fold a ring onto itself.
  // (Two actors have no shape to even out, and their Kamada-Kawai step
  // divides by zero.)
  if (n >= 3 && n <= options.kamada_kawai_max_actors) {
    const std::vector<TopologyPoint> untangled = points;
    // Edges at a hub are longer, so that its many neighbours get a wider
    // ring (and room for their labels) than a plain chain's.
    std::map<UndirectedGraph::edge_descriptor, double> lengths;
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
      size_t degree = std::max(boost::degree(boost::source(*e, g), g),
                               boost::degree(boost::target(*e, g), g));
      lengths[*e] = std::max(1.0, std::sqrt(static_cast<double>(degree)) / 2);
    }
    boost::kamada_kawai_spring_layout(
        g, position, boost::make_assoc_property_map(lengths), topology,
        boost::edge_length(k),
        CappedTolerance{boost::layout_tolerance<double>(), 1000 * n});
    // Its Newton steps can still hit a singular system; keep the result of
    // Fruchterman-Reingold then.
    for (const TopologyPoint& p : points) {
      if (!std::isfinite(p[0]) || !std::isfinite(p[1])) {
        points = untangled;
        break;
      }
    }
  }
  return points;
}

// Scales a laid-out component so that neighbours sit `edge_length` apart.
std::vector<Point> ScaleComponent(const Component& component,
                                  const std::vector<TopologyPoint>& raw,
                                  double edge_length) {
  double total = 0;
  for (const auto& [u, v] : component.links) {
    total += std::hypot(raw[u][0] - raw[v][0], raw[u][1] - raw[v][1]);
  }
  const size_t count = component.links.size();
  double scale = (count > 0 && total > 0) ? edge_length * count / total : 0;
  std::vector<Point> points(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    points[i] = {raw[i][0] * scale, raw[i][1] * scale};
  }
  return points;
}

struct Box {
  double min_x, min_y, max_x, max_y;
  double width() const { return max_x - min_x; }
  double height() const { return max_y - min_y; }
};

Box BoundsOf(const std::vector<Point>& points) {
  Box box{points[0].x, points[0].y, points[0].x, points[0].y};
  for (const Point& p : points) {
    box.min_x = std::min(box.min_x, p.x);
    box.min_y = std::min(box.min_y, p.y);
    box.max_x = std::max(box.max_x, p.x);
    box.max_y = std::max(box.max_y, p.y);
  }
  return box;
}

// Shelf packing: components with relations in the given order, left to
// right in rows about as wide as a 2:1 rectangle of their total area.
// Returns the height used and widens *width to the widest row.
double PackConnected(const std::vector<Component>& components, double gap,
                     double* width, std::vector<Point>* out) {
  std::vector<Box> boxes;
  double area = 0, widest = 0;
  for (const Component& c : components) {
    boxes.push_back(BoundsOf(c.points));
    area += (boxes.back().width() + gap) * (boxes.back().height() + gap);
    widest = std::max(widest, boxes.back().width() + gap);
  }
  const double row_width = std::max(widest, std::sqrt(area * 2));
  double x = 0, y = 0, row_height = 0;
  for (size_t i = 0; i < components.size(); ++i) {
    const Box& box = boxes[i];
    if (x > 0 && x + box.width() + gap > row_width) {
      x = 0;
      y += row_height;
      row_height = 0;
    }
    for (size_t j = 0; j < components[i].actors.size(); ++j) {
      const Point& p = components[i].points[j];
      (*out)[components[i].actors[j]] = {p.x - box.min_x + x + gap / 2,
                                         p.y - box.min_y + y + gap / 2};
    }
    x += box.width() + gap;
    *width = std::max(*width, x);
    row_height = std::max(row_height, box.height() + gap);
  }
  return y + row_height;
}

// How many columns of isolated actors keep the whole picture closest to a
// 4:3 screen: the grid may be narrower than the rest, or wider.
size_t IsolatedColumns(size_t count, double width, double height, double cell,
                       double row) {
  size_t best = 1;
  double best_side = std::numeric_limits<double>::infinity();
  for (size_t columns = 1; columns <= count; ++columns) {
    const size_t rows = (count + columns - 1) / columns;
    double side =
        std::max(std::max(width, columns * cell) * 0.75, height + rows * row);
    if (side < best_side) {
      best = columns;
      best_side = side;
    }
  }
  return best;
}

// Isolated actors: a grid under the rest, in rows of half a gap so that
// they take little room from the picture.
void PackIsolated(const std::vector<size_t>& isolated, double top, double width,
                  const LayoutOptions& options, std::vector<Point>* out) {
  const double cell = options.isolated_width;
  const double row = options.component_gap / 2;
  const size_t columns =
      IsolatedColumns(isolated.size(), width, top, cell, row);
  for (size_t i = 0; i < isolated.size(); ++i) {
    (*out)[isolated[i]] = {
        options.component_gap / 2 + (i % columns) * cell,
        top + options.component_gap / 2 + (i / columns) * row};
  }
}

}  // namespace

std::vector<Point> LayoutActors(const ActorGraph& graph,
                                const LayoutOptions& options) {
  const std::vector<const ActorNode*> actors = graph.Actors();
  std::set<Link> links;
  for (const ActorGraph::IndexedEdge& e : graph.IndexedEdges()) {
    if (e.source == e.target) continue;
    links.insert(std::minmax(e.source, e.target));
  }
  std::vector<Component> components = FindComponents(actors.size(), links);
  for (Component& c : components) {
    c.points = ScaleComponent(c, LayoutComponent(actors, c, options),
                              options.edge_length);
  }
  // Largest first; ties keep id order (components are built in id order).
  std::stable_sort(components.begin(), components.end(),
                   [](const Component& a, const Component& b) {
                     return a.actors.size() > b.actors.size();
                   });
  std::vector<Point> points(actors.size());
  std::vector<size_t> isolated;
  while (!components.empty() && components.back().actors.size() == 1) {
    isolated.push_back(components.back().actors[0]);
    components.pop_back();
  }
  std::reverse(isolated.begin(), isolated.end());  // id order
  double width = 0;
  double height =
      PackConnected(components, options.component_gap, &width, &points);
  PackIsolated(isolated, height, width, options, &points);
  return points;
}

}  // namespace actorgraph
