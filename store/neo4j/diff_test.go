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

// TestSameAnswersAsMemory asks both backends many more questions about the
// small graph than the conformance suite pins, and compares the answers.
func TestSameAnswersAsMemory(t *testing.T) {
	neo := openTest(t)
	defer neo.Close()
	mem := memory.New()
	storetest.LoadSmall(t, neo)
	storetest.LoadSmall(t, mem)
	ctx := context.Background()
	all, err := mem.FindEntities(ctx, store.EntityQuery{Page: store.Page{First: 100}})
	if err != nil {
		t.Fatal(err)
	}
	var ids, names []string
	texts := map[string]bool{"": true}
	for _, e := range all.Entities {
		ids = append(ids, e.ID)
		names = append(names, e.Name)
		names = append(names, e.Aliases...)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			r := []rune(store.Key(n))
			for i := range r {
				for j := i + 1; j <= len(r) && j <= i+2; j++ {
					texts[string(r[i:j])] = true
				}
			}
		}
	}
	same := func(what string, f func(s store.Store) (any, error)) {
		t.Helper()
		a, errA := f(mem)
		b, errB := f(neo)
		if (errA == nil) != (errB == nil) || !reflect.DeepEqual(a, b) {
			t.Errorf("%s:\n memory %+v (%v)\n neo4j  %+v (%v)", what, a, errA, b, errB)
		}
	}
	same("get entities", func(s store.Store) (any, error) { return s.GetEntities(ctx, append(ids, "e_x")) })
	same("lookup names", func(s store.Store) (any, error) { return s.LookupNames(ctx, append(names, "nobody", "")) })
	for text := range texts {
		for _, sort := range []store.EntitySort{"", store.SortRelevance, store.SortName, store.SortNameDesc, store.SortDegree} {
			for _, p := range []store.Page{{}, {First: 2}, {First: 3, After: store.EncodeCursor(1)}} {
				q := store.EntityQuery{Text: text, Sort: sort, Page: p}
				same(fmt.Sprintf("find %+v", q), func(s store.Store) (any, error) { return s.FindEntities(ctx, q) })
			}
		}
		q := store.EntityQuery{Text: text, Kinds: []store.Kind{store.KindEnterprise, store.KindRegion}}
		same(fmt.Sprintf("find %+v", q), func(s store.Store) (any, error) { return s.FindEntities(ctx, q) })
	}
	var qs []store.NeighborQuery
	for _, id := range ids {
		for _, d := range []store.Direction{"", store.Out, store.In} {
			qs = append(qs, store.NeighborQuery{EntityID: id, Direction: d},
				store.NeighborQuery{EntityID: id, Direction: d, Page: store.Page{First: 1, After: store.EncodeCursor(0)}},
				store.NeighborQuery{EntityID: id, Direction: d, Types: []store.RelType{store.RelAlumnusOf, store.RelCoBuiltBy}},
				store.NeighborQuery{EntityID: id, Direction: d, Kinds: []store.Kind{store.KindEnterprise}})
		}
	}
	pm, err := mem.Neighbors(ctx, qs)
	if err != nil {
		t.Fatal(err)
	}
	pn, err := neo.Neighbors(ctx, qs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range qs {
		if !reflect.DeepEqual(pm[i], pn[i]) {
			t.Errorf("neighbors %+v: memory %+v nil=%v, neo4j %+v nil=%v", qs[i], pm[i], pm[i].Neighbors == nil, pn[i], pn[i].Neighbors == nil)
		}
	}
	for _, a := range ids {
		for _, b := range ids {
			for _, hops := range []int{2, 5} {
				for _, types := range [][]store.RelType{nil, {store.RelAlumnusOf, store.RelWorksAt, store.RelCoBuiltBy}} {
					same(fmt.Sprintf("path %s %s %d %v", a, b, hops, types), func(s store.Store) (any, error) {
						return s.ShortestPath(ctx, a, b, hops, types)
					})
				}
			}
		}
	}
	same("documents", func(s store.Store) (any, error) { return s.GetDocuments(ctx, []string{"doc-b", "x", "doc-a"}) })
	same("find documents", func(s store.Store) (any, error) { return s.FindDocuments(ctx, store.Page{}) })
	same("mentions", func(s store.Store) (any, error) { return s.Mentions(ctx, []string{"doc-a", "doc-b", "doc-x"}) })
	same("stats", func(s store.Store) (any, error) { return s.Stats(ctx) })
}
