package neo4jstore

import (
	"testing"

	"innograph/store"
)

// TestSortExpansionKeepsChildrenWithTheirEntity checks the reordering of a
// page that came back out of order: each entity keeps its own subtree.
func TestSortExpansionKeepsChildrenWithTheirEntity(t *testing.T) {
	n := func(name string) store.Neighbor {
		return store.Neighbor{Relation: &store.Relation{ID: "r" + name, Type: store.RelSupplies}, Other: &store.Entity{Name: name}}
	}
	sub := func(name string) []*store.Expansion {
		return []*store.Expansion{{NeighborPage: store.NeighborPage{Neighbors: []store.Neighbor{n(name + "的员工")}}}}
	}
	x := &store.Expansion{NeighborPage: store.NeighborPage{Neighbors: []store.Neighbor{n("乙"), n("甲"), n("丙")}},
		Children: [][]*store.Expansion{sub("乙"), sub("甲"), sub("丙")}}
	sortExpansionBy(x, store.CompareNeighbors)
	for i, want := range []string{"丙", "乙", "甲"} {
		if got := x.Neighbors[i].Other.Name; got != want {
			t.Fatalf("position %d: %s, want %s", i, got, want)
		}
		if got := x.Children[i][0].Neighbors[0].Other.Name; got != want+"的员工" {
			t.Errorf("%s carries the subtree of %s", want, got)
		}
	}
}
