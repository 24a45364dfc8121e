#define BOOST_TEST_MODULE layout
#include "graph/layout.h"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <map>
#include <string>

#include "tests/actor_fixture.h"

namespace actorgraph {
namespace {

ActorInfo Actor(const std::string& id) {
  return testing::MakeActor(id, id, "Country");
}

void Link(ActorGraph* g, const std::string& s, const std::string& t) {
  RelationMention m = testing::MakeRelation(s, "met_with", t);
  m.evidence.doc = "d";
  g->AddRelation(m);
}

// Three components: a ring of 60 (Fruchterman-Reingold), a star of 6
// (Kamada-Kawai), a pair; and four isolated actors.
ActorGraph Sample() {
  ActorGraph g;
  auto id = [](const std::string& prefix, int i) {
    return prefix + std::to_string(i);
  };
  for (int i = 0; i < 60; ++i) g.AddActor(Actor(id("ring:", i)));
  for (int i = 0; i < 60; ++i) {
    Link(&g, id("ring:", i), id("ring:", (i + 1) % 60));
    if (i % 7 == 0) Link(&g, id("ring:", i), id("ring:", (i + 30) % 60));
  }
  for (int i = 0; i < 6; ++i) g.AddActor(Actor(id("star:", i)));
  for (int i = 1; i < 6; ++i) Link(&g, "star:0", id("star:", i));
  g.AddActor(Actor("pair:a"));
  g.AddActor(Actor("pair:b"));
  Link(&g, "pair:a", "pair:b");
  for (int i = 0; i < 4; ++i) g.AddActor(Actor(id("alone:", i)));
  return g;
}

BOOST_AUTO_TEST_CASE(same_graph_gives_same_coordinates) {
  std::vector<Point> first = LayoutActors(Sample(), LayoutOptions());
  std::vector<Point> second = LayoutActors(Sample(), LayoutOptions());
  BOOST_REQUIRE_EQUAL(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    BOOST_TEST(first[i].x == second[i].x);
    BOOST_TEST(first[i].y == second[i].y);
  }
}

BOOST_AUTO_TEST_CASE(coordinates_are_finite_and_start_at_the_origin) {
  LayoutOptions options;
  for (const Point& p : LayoutActors(Sample(), options)) {
    BOOST_TEST(std::isfinite(p.x));
    BOOST_TEST(std::isfinite(p.y));
    BOOST_TEST(p.x >= options.component_gap / 2);
    BOOST_TEST(p.y >= options.component_gap / 2);
  }
}

// Many small components, each from its own hashed start: pairs (where
// Kamada-Kawai's step is singular: the first pair gave NaN once), paths
// and stars.
BOOST_AUTO_TEST_CASE(small_components_are_finite_whatever_their_ids) {
  ActorGraph g;
  g.AddActor(Actor("person:miguel-guerrero"));
  g.AddActor(Actor("country:DOM"));
  Link(&g, "person:miguel-guerrero", "country:DOM");
  for (int c = 0; c < 300; ++c) {
    const int size = 2 + c % 6;
    const std::string prefix = "c" + std::to_string(c) + ":";
    for (int i = 0; i < size; ++i)
      g.AddActor(Actor(prefix + std::to_string(i)));
    for (int i = 1; i < size; ++i) {
      Link(&g, prefix + std::to_string(c % 2 ? 0 : i - 1),
           prefix + std::to_string(i));
    }
  }
  for (const Point& p : LayoutActors(g, LayoutOptions())) {
    BOOST_REQUIRE(std::isfinite(p.x));
    BOOST_REQUIRE(std::isfinite(p.y));
  }
}

BOOST_AUTO_TEST_CASE(empty_and_single_actor_graphs) {
  BOOST_TEST(LayoutActors(ActorGraph(), LayoutOptions()).empty());
  ActorGraph one;
  one.AddActor(Actor("x"));
  std::vector<Point> points = LayoutActors(one, LayoutOptions());
  BOOST_REQUIRE_EQUAL(points.size(), 1u);
  BOOST_TEST(std::isfinite(points[0].x));
}

struct Bounds {
  double min_x = 1e300, min_y = 1e300, max_x = -1e300, max_y = -1e300;
};

bool Overlap(const Bounds& a, const Bounds& b) {
  return a.min_x <= b.max_x && b.min_x <= a.max_x && a.min_y <= b.max_y &&
         b.min_y <= a.max_y;
}

BOOST_AUTO_TEST_CASE(components_do_not_overlap) {
  ActorGraph g = Sample();
  std::vector<Point> points = LayoutActors(g, LayoutOptions());
  std::map<std::string, Bounds> boxes;  // by id prefix = component
  std::vector<const ActorNode*> actors = g.Actors();
  for (size_t i = 0; i < actors.size(); ++i) {
    std::string component = actors[i]->info.id;
    if (component.rfind("alone:", 0) != 0) {
      component = component.substr(0, component.find(':'));
    }
    Bounds& b = boxes[component];
    b.min_x = std::min(b.min_x, points[i].x);
    b.min_y = std::min(b.min_y, points[i].y);
    b.max_x = std::max(b.max_x, points[i].x);
    b.max_y = std::max(b.max_y, points[i].y);
  }
  BOOST_REQUIRE_EQUAL(boxes.size(), 7u);
  for (auto a = boxes.begin(); a != boxes.end(); ++a) {
    for (auto b = std::next(a); b != boxes.end(); ++b) {
      BOOST_TEST(!Overlap(a->second, b->second),
                 a->first << " overlaps " << b->first);
    }
  }
}

double Distance(const Point& a, const Point& b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

BOOST_AUTO_TEST_CASE(neighbours_are_about_one_edge_length_apart) {
  ActorGraph g = Sample();
  LayoutOptions options;
  std::vector<Point> points = LayoutActors(g, options);
  double total = 0;
  std::vector<ActorGraph::IndexedEdge> edges = g.IndexedEdges();
  for (const ActorGraph::IndexedEdge& e : edges) {
    total += Distance(points[e.source], points[e.target]);
  }
  BOOST_TEST(total / edges.size() == options.edge_length,
             boost::test_tools::tolerance(0.01));
  // And no two actors of the ring sit on top of each other.
  std::vector<size_t> ring;
  std::vector<const ActorNode*> actors = g.Actors();
  for (size_t i = 0; i < actors.size(); ++i) {
    if (actors[i]->info.id.rfind("ring:", 0) == 0) ring.push_back(i);
  }
  BOOST_REQUIRE_EQUAL(ring.size(), 60u);
  for (size_t i : ring) {
    for (size_t j : ring) {
      if (i < j) {
        BOOST_TEST(Distance(points[i], points[j]) > options.edge_length / 20);
      }
    }
  }
}

}  // namespace
}  // namespace actorgraph
