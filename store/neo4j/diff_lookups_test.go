package neo4jstore

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"innograph/store"
	"innograph/store/memory"
	"innograph/store/storetest"
)

// TestLookupsSameAsMemory compares the lookups of both backends on a
// synthetic graph, far beyond the cases the conformance suite pins:
// every chain, supply walks from many enterprises, talent filters,
// pipelines, several shortest paths and neighbourhoods.
func TestLookupsSameAsMemory(t *testing.T) {
	neo := openTest(t)
	defer neo.Close()
	mem := memory.New()
	storetest.LoadSynthetic(t, neo, 1500)
	storetest.LoadSynthetic(t, mem, 1500)
	ctx := context.Background()
	same := func(what string, f func(s store.Store) (any, error)) {
		t.Helper()
		a, errA := f(mem)
		b, errB := f(neo)
		if (errA == nil) != (errB == nil) || !reflect.DeepEqual(a, b) {
			t.Errorf("%s differs:\n memory %+v (%v)\n neo4j  %+v (%v)", what, a, errA, b, errB)
		}
	}
	id := func(format string, i int) string { return store.EntityID(fmt.Sprintf(format, i)) }
	var chains []string
	for i := 0; i < 3; i++ {
		chains = append(chains, id("合成产业链%07d", i))
	}
	for _, region := range []string{"", id("合成区域%07d", 0), id("合成区域%07d", 9)} {
		same("chains in "+region, func(s store.Store) (any, error) { return s.Chains(ctx, chains, region) })
	}
	for i := 0; i < 25; i++ {
		e := id("合成企业%07d", i)
		for _, dir := range []store.SupplyDirection{store.SupplyUpstream, store.SupplyDownstream} {
			same(fmt.Sprintf("supply tiers %d %s", i, dir), func(s store.Store) (any, error) {
				return s.SupplyTiers(ctx, store.SupplyQuery{EntityID: e, Direction: dir, Depth: 3})
			})
		}
	}
	uni := id("合成大学%07d", 0)
	for _, f := range []store.TalentFilter{
		{AlumniOf: uni}, {AlumniOf: uni, Discipline: "工程"}, {Chain: chains[0], Role: "工程师"},
		{Employer: id("合成企业%07d", 0)}, {AlumniOf: uni, Chain: chains[1]}, {Role: "总"},
	} {
		for _, p := range []store.Page{{First: 10}, {First: 5, After: store.EncodeCursor(4)}} {
			same(fmt.Sprintf("talents %+v %+v", f, p), func(s store.Store) (any, error) { return s.FindTalents(ctx, f, p) })
		}
	}
	for u := 0; u < 3; u++ {
		for _, c := range chains {
			same(fmt.Sprintf("pipeline %d %s", u, c), func(s store.Store) (any, error) {
				return s.TalentPipeline(ctx, store.PipelineQuery{UniversityID: id("合成大学%07d", u), ChainID: c})
			})
		}
	}
	for a := 1; a < 6; a++ {
		for b := 6; b < 9; b++ {
			from, to := id("合成人才%07d", a), id("合成人才%07d", b)
			same(fmt.Sprintf("paths %d→%d", a, b), func(s store.Store) (any, error) { return s.ShortestPaths(ctx, from, to, 4, nil, 3) })
		}
	}
	for _, c := range []string{chains[0], uni, id("合成实验室%07d", 1)} {
		for _, hops := range []int{0, 1, 2} {
			same(fmt.Sprintf("neighborhood %s %d", c, hops), func(s store.Store) (any, error) { return s.Neighborhood(ctx, c, hops, nil, 60) })
		}
		same("supply neighborhood "+c, func(s store.Store) (any, error) {
			return s.Neighborhood(ctx, c, 2, []store.RelType{store.RelSupplies, store.RelMemberOfChain}, 500)
		})
	}
	// Expansions: a chain's members, their suppliers (enterprises only,
	// full), their staff and a both-ways level, from hubs and from the tail.
	in := func(types []store.RelType, dir store.Direction, light bool, children ...store.ExpandQuery) store.ExpandQuery {
		return store.ExpandQuery{NeighborQuery: store.NeighborQuery{Types: types, Direction: dir, Page: store.Page{First: 7}, Light: light},
			Children: children}
	}
	sup := in([]store.RelType{store.RelSupplies}, store.In, false, in([]store.RelType{store.RelWorksAt}, store.In, true))
	sup.OnlyKinds = []store.Kind{store.KindEnterprise}
	q := in([]store.RelType{store.RelMemberOfChain, store.RelLeadsChain}, store.In, true, sup, in(nil, store.Both, true))
	roots := append([]string{uni, id("合成企业%07d", 0), id("合成企业%07d", 700)}, chains...)
	same("expand", func(s store.Store) (any, error) { return s.Expand(ctx, roots, q) })
}
