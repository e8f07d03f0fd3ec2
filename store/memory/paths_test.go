package memory

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"innograph/store"
	"innograph/store/storetest"
)

// TestBidirectionalPathsMatchOneSided checks the two-ended search against
// the plain one: a breadth-first search from the target alone, whose
// distances are exact everywhere, walked the same way. Pairs are drawn
// from a synthetic graph, hubs included, with and without type filters.
func TestBidirectionalPathsMatchOneSided(t *testing.T) {
	ctx := context.Background()
	s := New()
	storetest.LoadSynthetic(t, s, 3000)
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range s.ents {
			if !yield(id) {
				return
			}
		}
	})
	rng := rand.New(rand.NewPCG(3, 4))
	found := 0
	for i := range 300 {
		from, to := ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]
		if i%10 == 0 {
			to = from
		}
		var types []store.RelType
		if i%3 == 0 {
			types = []store.RelType{store.RelSupplies, store.RelWorksAt}
		}
		hops := 1 + rng.IntN(5)
		got, err := s.ShortestPaths(ctx, from, to, hops, types, 5)
		if err != nil {
			t.Fatal(err)
		}
		want := s.oneSidedPaths(ctx, from, to, hops, types, 5)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s → %s within %d hops (types %v): %d paths, want %d", from, to, hops, types, len(got), len(want))
		}
		if len(got) > 0 {
			found++
		}
	}
	if found < 50 {
		t.Fatalf("only %d pairs joined: the test says little", found)
	}
}

// oneSidedPaths is ShortestPaths over exact distances from the target.
func (s *Store) oneSidedPaths(ctx context.Context, from, to string, maxHops int, types []store.RelType, limit int) []*store.Path {
	if s.ents[from] == nil || s.ents[to] == nil {
		return []*store.Path{}
	}
	dist := map[string]int{to: 0}
	frontier := []string{to}
	for d := 1; d <= maxHops && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for _, n := range s.neighbors(id, store.Both, types, nil) {
				if _, seen := dist[n.Other.ID]; !seen {
					dist[n.Other.ID] = d
					next = append(next, n.Other.ID)
				}
			}
		}
		frontier = next
	}
	if _, ok := dist[from]; !ok {
		return []*store.Path{}
	}
	return s.walkPaths(from, to, dist, types, limit)
}
