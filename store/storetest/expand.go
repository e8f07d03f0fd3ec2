package storetest

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"innograph/store"
)

// testExpand pins an expansion of the chain graph: members, their
// suppliers (enterprises only), the suppliers' staff, and a child that
// applies to no member's kind; then checks that every page equals the one
// Neighbors gives for the same query, light or not.
func testExpand(t *testing.T, s store.Store) {
	LoadChain(t, s)
	in := func(ty store.RelType, light bool, children ...store.ExpandQuery) store.ExpandQuery {
		return store.ExpandQuery{NeighborQuery: store.NeighborQuery{Types: []store.RelType{ty}, Direction: store.In,
			Page: store.Page{First: 100}, Light: light}, Children: children}
	}
	staff := in(store.RelWorksAt, true)
	suppliers := in(store.RelSupplies, false, staff)
	suppliers.OnlyKinds = []store.Kind{store.KindEnterprise}
	labStaff := in(store.RelWorksAt, true)
	labStaff.OnlyKinds = []store.Kind{store.KindLab}
	q := in(store.RelMemberOfChain, true, suppliers, labStaff)

	chain := id("低空经济")
	xs, err := s.Expand(ctx, []string{chain, "e_missing", chain}, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(xs) != 3 {
		t.Fatalf("got %d expansions for 3 roots", len(xs))
	}
	want := "[某整机企业 [电池甲 [周某] 芯片乙 [赵经理]] - 电池甲 [材料丁 [] 芯片乙 [赵经理]] - 芯片乙 [运营丙 []] - 运营丙 [某整机企业 [王工]] -]"
	if got := renderExpansion(xs[0], q); got != want {
		t.Errorf("expansion:\n got  %s\n want %s", got, want)
	}
	if xs[1] == nil || xs[1].TotalCount != 0 || len(xs[1].Neighbors) != 0 {
		t.Errorf("missing root = %+v, want an empty page", xs[1])
	}
	if renderExpansion(xs[2], q) != want {
		t.Error("a repeated root expands differently")
	}
	checkPages(t, s, chain, xs[0], q)

	// Bare pages name the same entities, of the same kinds, in the same
	// order; a bare child may hang under a page that is not bare.
	bare := func(q store.ExpandQuery, children ...store.ExpandQuery) store.ExpandQuery {
		q.Bare, q.Children = true, children
		return q
	}
	bareStaff := bare(staff)
	bareSuppliers := bare(in(store.RelSupplies, true), bareStaff)
	bareSuppliers.OnlyKinds = suppliers.OnlyKinds
	bareLabStaff := bare(labStaff)
	for name, bq := range map[string]store.ExpandQuery{
		"bare":           bare(in(store.RelMemberOfChain, true), bareSuppliers, bareLabStaff),
		"bare below one": in(store.RelMemberOfChain, true, bareSuppliers, bareLabStaff),
	} {
		xs, err := s.Expand(ctx, []string{chain, "e_missing"}, bq)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := renderExpansion(xs[0], bq); got != want {
			t.Errorf("%s expansion:\n got  %s\n want %s", name, got, want)
		}
		if len(xs[1].Neighbors) != 0 {
			t.Errorf("%s: missing root has %d neighbours", name, len(xs[1].Neighbors))
		}
		for _, n := range xs[0].Neighbors {
			if n.Other.Kind == "" {
				t.Errorf("%s: %s has no kind", name, n.Other.Name)
			}
		}
	}
	// A bare page of every type in both directions names its entities in
	// the light page's order (type, name, relation).
	all := store.ExpandQuery{NeighborQuery: store.NeighborQuery{Direction: store.Both, Page: store.Page{First: 100}, Light: true}}
	lightAll, err := s.Expand(ctx, []string{id("某整机企业")}, all)
	if err != nil {
		t.Fatal(err)
	}
	all.Bare = true
	bareAll, err := s.Expand(ctx, []string{id("某整机企业")}, all)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := renderExpansion(bareAll[0], all), renderExpansion(lightAll[0], all); got != want || len(lightAll[0].Neighbors) < 3 {
		t.Errorf("bare page of all types:\n got  %s\n want %s", got, want)
	}
	for name, bq := range map[string]store.ExpandQuery{
		"bare and not light":      bare(in(store.RelMemberOfChain, false)),
		"bare above one not bare": bare(in(store.RelMemberOfChain, true), staff),
	} {
		if _, err := s.Expand(ctx, []string{chain}, bq); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}

	// Pages are cut at First, with their totals.
	q.First = 2
	xs, err = s.Expand(ctx, []string{chain}, q)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(xs[0].Neighbors); got != 2 || xs[0].TotalCount != 4 || !xs[0].HasNext {
		t.Errorf("first 2 members: %d of %d, next %v", got, xs[0].TotalCount, xs[0].HasNext)
	}
	checkPages(t, s, chain, xs[0], q)

	bad := q
	bad.After = store.EncodeCursor(1)
	if _, err := s.Expand(ctx, []string{chain}, bad); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("expansion with a cursor: err = %v, want ErrInvalid", err)
	}
	deep := staff
	for range store.MaxExpandDepth {
		deep = in(store.RelWorksAt, true, deep)
	}
	if _, err := s.Expand(ctx, []string{chain}, deep); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("expansion of %d levels: err = %v, want ErrInvalid", store.MaxExpandDepth+1, err)
	}
}

// renderExpansion writes an expansion as nested names; "-" marks a child
// that does not apply to the entity's kind.
func renderExpansion(x *store.Expansion, q store.ExpandQuery) string {
	var b strings.Builder
	var walk func(x *store.Expansion, q store.ExpandQuery)
	walk = func(x *store.Expansion, q store.ExpandQuery) {
		b.WriteString("[")
		for i, n := range x.Neighbors {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(n.Other.Name)
			for c, child := range q.Children {
				b.WriteString(" ")
				if cx := x.Children[i][c]; cx != nil {
					walk(cx, child)
				} else {
					b.WriteString("-")
				}
			}
		}
		b.WriteString("]")
	}
	walk(x, q)
	return b.String()
}

// checkPages compares every page of an expansion with Neighbors' answer to
// the same query, and checks that light pages carry no props or evidence.
func checkPages(t *testing.T, s store.Store, id string, x *store.Expansion, q store.ExpandQuery) {
	t.Helper()
	nq := q.NeighborQuery
	nq.EntityID = id
	pages, err := s.Neighbors(ctx, []store.NeighborQuery{nq})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(pages[0], x.NeighborPage) {
		t.Errorf("page of %s (%v) differs from Neighbors:\n expand    %+v\n neighbors %+v", id, q.Types, x.NeighborPage, pages[0])
	}
	for i, n := range x.Neighbors {
		light := n.Other.Props == nil && n.Other.Evidence == nil && n.Relation.Props == nil && n.Relation.Evidence == nil
		if light != q.Light {
			t.Errorf("%s: light = %v, asked %v", n.Other.Name, light, q.Light)
		}
		for c, child := range q.Children {
			if cx := x.Children[i][c]; cx != nil {
				checkPages(t, s, n.Other.ID, cx, child)
			} else if child.Applies(n.Other.Kind) {
				t.Errorf("%s: child %d missing", n.Other.Name, c)
			}
		}
	}
}
