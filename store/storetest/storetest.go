// Package storetest is the conformance suite of the store contract. Every
// backend runs it from a small test file; the answers it pins are the same
// for all backends, on a small hand-made graph (testdata/small.jsonl).
package storetest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"

	"innograph/dataset"
	"innograph/store"
)

// Opener returns an empty store for one test; the suite closes it.
type Opener func(t testing.TB) store.Store

// Run runs the whole suite against the backend that open returns.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"LoadIsIdempotent", testLoadIsIdempotent},
		{"GetEntities", testGetEntities},
		{"LookupNames", testLookupNames},
		{"FindEntitiesRanking", testFindEntitiesRanking},
		{"FindEntitiesSorts", testFindEntitiesSorts},
		{"FindEntitiesPagination", testFindEntitiesPagination},
		{"Neighbors", testNeighbors},
		{"NeighborsPagination", testNeighborsPagination},
		{"GetRelations", testGetRelations},
		{"ShortestPath", testShortestPath},
		{"Documents", testDocuments},
		{"Mentions", testMentions},
		{"MergeRules", testMergeRules},
		{"InvalidBatchWritesNothing", testInvalidBatchWritesNothing},
		{"Clear", testClear},
		{"ConcurrentReadsAndWrites", testConcurrent},
	}
	tests = append(tests, lookupTests...)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tc.fn(t, s)
		})
	}
}

// SmallGraph is the path of the suite's hand-made graph.
func SmallGraph() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "testdata", "small.jsonl")
}

// LoadSmall loads the hand-made graph into s.
func LoadSmall(t testing.TB, s store.Store) store.ApplyResult {
	t.Helper()
	raw, err := os.ReadFile(SmallGraph())
	if err != nil {
		t.Fatal(err)
	}
	res, err := dataset.Load(context.Background(), s, bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("load small graph: %v", err)
	}
	return res
}

var ctx = context.Background()

func id(name string) string { return store.EntityID(name) }

func names(es []*store.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		if e == nil {
			out[i] = "<nil>"
		} else {
			out[i] = e.Name
		}
	}
	return out
}

func eq[T comparable](t *testing.T, what string, got, want []T) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s:\n got  %v\n want %v", what, got, want)
	}
}

func testLoadIsIdempotent(t *testing.T, s store.Store) {
	first := LoadSmall(t, s)
	want := store.ApplyResult{DocumentsCreated: 2, EntitiesCreated: 14, RelationsCreated: 16}
	if first != want {
		t.Errorf("first load = %+v, want %+v", first, want)
	}
	again := LoadSmall(t, s)
	if again != (store.ApplyResult{}) {
		t.Errorf("second load changed something: %+v", again)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st != (store.Stats{Entities: 14, Relations: 16, Documents: 2}) {
		t.Errorf("stats = %+v", st)
	}
}

func testGetEntities(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	es, err := s.GetEntities(ctx, []string{id("四川大学"), "e_missing", id("张三")})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "names", names(es), []string{"四川大学", "<nil>", "张三"})
	zs := es[2]
	if zs.ID != id("张三") || zs.Kind != store.KindTalent || zs.Props["title"] != "教授" {
		t.Errorf("张三 = %+v", zs)
	}
	if len(zs.Evidence) != 1 || zs.Evidence[0].Doc != "doc-a" || zs.Evidence[0].Start != 58 || zs.Evidence[0].End != 81 {
		t.Errorf("张三 evidence = %+v", zs.Evidence)
	}
	lab, _ := s.GetEntities(ctx, []string{id("光电科学与技术实验室")})
	eq(t, "aliases", lab[0].Aliases, []string{"光电实验室"})
	eq(t, "sources", store.Sources(lab[0].Evidence), []string{"doc-a", "doc-b"})
	// The caller owns what it gets: changing it must not change the store.
	lab[0].Aliases[0] = "changed"
	again, _ := s.GetEntities(ctx, []string{id("光电科学与技术实验室")})
	eq(t, "aliases after caller's change", again[0].Aliases, []string{"光电实验室"})
	none, err := s.GetEntities(ctx, nil)
	if err != nil || len(none) != 0 {
		t.Errorf("no ids: %v, %v", none, err)
	}
}

func testLookupNames(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	smaller := "电子科技大学"
	if id("成都电力公司") < id("电子科技大学") {
		smaller = "成都电力公司"
	}
	got, err := s.LookupNames(ctx, []string{"电子科技大学", "川大", " 光电科学与技术实验室\n", "EVTOL", "成电", "不存在", ""})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "lookups", names(got), []string{"电子科技大学", "四川大学", "光电科学与技术实验室", "低空经济", smaller, "<nil>", "<nil>"})
}

func find(t *testing.T, s store.Store, q store.EntityQuery) []string {
	t.Helper()
	p, err := s.FindEntities(ctx, q)
	if err != nil {
		t.Fatalf("find %+v: %v", q, err)
	}
	return names(p.Entities)
}

func testFindEntitiesRanking(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	cases := []struct {
		q    store.EntityQuery
		want []string
	}{
		{store.EntityQuery{Text: "科技"}, []string{"芯脑科技", "电子科技大学"}},
		{store.EntityQuery{Text: "成电"}, []string{"成都电力公司", "电子科技大学"}},
		{store.EntityQuery{Text: "evtol"}, []string{"低空经济"}},
		{store.EntityQuery{Text: "成都"}, []string{"成都市", "成都高新区", "成都电力公司"}},
		{store.EntityQuery{Text: "川大"}, []string{"四川大学"}},
		{store.EntityQuery{Text: "大学"}, []string{"四川大学", "电子科技大学"}},
		{store.EntityQuery{Text: "实验室", Kinds: []store.Kind{store.KindLab}}, []string{"天府实验室", "光电科学与技术实验室"}},
		{store.EntityQuery{Text: "实验室", Kinds: []store.Kind{store.KindUniversity}}, []string{}},
		{store.EntityQuery{Kinds: []store.Kind{store.KindUniversity, store.KindTalent}}, []string{"张三", "李四", "四川大学", "电子科技大学"}},
		{store.EntityQuery{Text: "天府实验室"}, []string{"天府实验室"}},
		{store.EntityQuery{Text: "无此名"}, []string{}},
	}
	for _, c := range cases {
		eq(t, c.q.Text, find(t, s, c.q), c.want)
	}
}

func testFindEntitiesSorts(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	byName := find(t, s, store.EntityQuery{Sort: store.SortName, Page: store.Page{First: 100}})
	want := []string{"低空经济", "光电科学与技术实验室", "四川大学", "天府实验室", "孤岛公司", "张三", "成都市",
		"成都电力公司", "成都高新区", "星元空间", "智能硬件中试平台", "李四", "电子科技大学", "芯脑科技"}
	eq(t, "by name", byName, want)
	desc := find(t, s, store.EntityQuery{Sort: store.SortNameDesc, Page: store.Page{First: 100}})
	slices.Reverse(want)
	eq(t, "by name desc", desc, want)
	deg := find(t, s, store.EntityQuery{Sort: store.SortDegree, Page: store.Page{First: 6}})
	eq(t, "by degree", deg, []string{"光电科学与技术实验室", "星元空间", "芯脑科技", "低空经济", "李四", "电子科技大学"})
	if _, err := s.FindEntities(ctx, store.EntityQuery{Sort: "SIDEWAYS"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("unknown sort: err = %v, want ErrInvalid", err)
	}
}

func testFindEntitiesPagination(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	all := find(t, s, store.EntityQuery{Page: store.Page{First: 100}})
	if len(all) != 14 {
		t.Fatalf("all = %d entities", len(all))
	}
	var walked []string
	after := ""
	for pages := 0; ; pages++ {
		p, err := s.FindEntities(ctx, store.EntityQuery{Page: store.Page{First: 5, After: after}})
		if err != nil {
			t.Fatal(err)
		}
		if p.TotalCount != 14 {
			t.Errorf("page %d total = %d", pages, p.TotalCount)
		}
		if p.HasPrevious != (pages > 0) || p.Offset != pages*5 {
			t.Errorf("page %d info = %+v", pages, p.PageInfo)
		}
		walked = append(walked, names(p.Entities)...)
		if !p.HasNext {
			break
		}
		after = store.EncodeCursor(p.Offset + len(p.Entities) - 1)
	}
	eq(t, "walked", walked, all)
	p, err := s.FindEntities(ctx, store.EntityQuery{Page: store.Page{First: 5, After: store.EncodeCursor(100)}})
	if err != nil || len(p.Entities) != 0 || p.HasNext {
		t.Errorf("past the end: %+v, %v", p, err)
	}
	if _, err := s.FindEntities(ctx, store.EntityQuery{Page: store.Page{After: "not a cursor"}}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("bad cursor: err = %v, want ErrInvalid", err)
	}
	def, _ := s.FindEntities(ctx, store.EntityQuery{})
	if len(def.Entities) != 14 || def.HasNext {
		t.Errorf("default page = %d entities, hasNext %v", len(def.Entities), def.HasNext)
	}
}

type nb struct {
	Type  store.RelType
	Other string
	Dir   store.Direction
}

func neighbors(t *testing.T, s store.Store, q store.NeighborQuery) ([]nb, store.NeighborPage) {
	t.Helper()
	ps, err := s.Neighbors(ctx, []store.NeighborQuery{q})
	if err != nil {
		t.Fatalf("neighbors %+v: %v", q, err)
	}
	var out []nb
	for _, n := range ps[0].Neighbors {
		out = append(out, nb{n.Relation.Type, n.Other.Name, n.Direction})
		from, to := q.EntityID, n.Other.ID
		if n.Direction == store.In {
			from, to = to, from
		}
		if n.Relation.From != from || n.Relation.To != to || n.Relation.ID != store.RelationID(n.Relation.Type, from, to) {
			t.Errorf("relation %+v does not join %s and %s as its direction says", n.Relation, from, to)
		}
	}
	return out, ps[0]
}

func testNeighbors(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	lab := id("光电科学与技术实验室")
	got, page := neighbors(t, s, store.NeighborQuery{EntityID: lab})
	eq(t, "lab, all", got, []nb{
		{store.RelCoBuiltBy, "四川大学", store.Out}, {store.RelCoBuiltBy, "电子科技大学", store.Out},
		{store.RelLocatedIn, "成都高新区", store.Out}, {store.RelPartOf, "天府实验室", store.Out},
		{store.RelSupportsChain, "低空经济", store.Out},
	})
	if page.TotalCount != 5 || page.HasNext {
		t.Errorf("lab page = total %d next %v", page.TotalCount, page.HasNext)
	}
	got, _ = neighbors(t, s, store.NeighborQuery{EntityID: id("星元空间"), Direction: store.Both})
	eq(t, "星元空间, both", got, []nb{
		{store.RelIncubated, "智能硬件中试平台", store.In}, {store.RelLeadsChain, "低空经济", store.Out},
		{store.RelSupplies, "芯脑科技", store.In}, {store.RelWorksAt, "李四", store.In},
	})
	got, _ = neighbors(t, s, store.NeighborQuery{EntityID: id("星元空间"), Direction: store.In, Types: []store.RelType{store.RelSupplies, store.RelWorksAt}})
	eq(t, "星元空间, in, typed", got, []nb{{store.RelSupplies, "芯脑科技", store.In}, {store.RelWorksAt, "李四", store.In}})
	got, _ = neighbors(t, s, store.NeighborQuery{EntityID: id("星元空间"), Direction: store.Out})
	eq(t, "星元空间, out", got, []nb{{store.RelLeadsChain, "低空经济", store.Out}})
	got, _ = neighbors(t, s, store.NeighborQuery{EntityID: id("电子科技大学"), Kinds: []store.Kind{store.KindTalent}})
	eq(t, "电子科技大学, talent", got, []nb{{store.RelAlumnusOf, "张三", store.In}, {store.RelAlumnusOf, "李四", store.In}})
	got, page = neighbors(t, s, store.NeighborQuery{EntityID: id("孤岛公司")})
	if len(got) != 0 || page.TotalCount != 0 {
		t.Errorf("孤岛公司 has neighbours: %v", got)
	}
	// One call answers many queries, aligned with them.
	ps, err := s.Neighbors(ctx, []store.NeighborQuery{
		{EntityID: id("成都市")}, {EntityID: "e_missing"}, {EntityID: id("张三"), Types: []store.RelType{store.RelWorksAt}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 || ps[0].TotalCount != 1 || ps[0].Neighbors[0].Other.Name != "成都高新区" ||
		ps[1].TotalCount != 0 || ps[2].TotalCount != 1 || ps[2].Neighbors[0].Relation.Props["role"] != "首席技术官" {
		t.Errorf("batched neighbours = %+v", ps)
	}
}

func testNeighborsPagination(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	lab := id("光电科学与技术实验室")
	got, page := neighbors(t, s, store.NeighborQuery{EntityID: lab, Page: store.Page{First: 2, After: store.EncodeCursor(1)}})
	eq(t, "second page", got, []nb{{store.RelLocatedIn, "成都高新区", store.Out}, {store.RelPartOf, "天府实验室", store.Out}})
	if page.TotalCount != 5 || !page.HasNext || !page.HasPrevious || page.Offset != 2 {
		t.Errorf("second page info = %+v total %d", page.PageInfo, page.TotalCount)
	}
	if _, err := s.Neighbors(ctx, []store.NeighborQuery{{EntityID: lab, Page: store.Page{After: "%%%"}}}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("bad cursor: err = %v", err)
	}
}

func testGetRelations(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	rid := store.RelationID(store.RelSupplies, id("芯脑科技"), id("星元空间"))
	rs, err := s.GetRelations(ctx, []string{rid, "r_missing"})
	if err != nil {
		t.Fatal(err)
	}
	if rs[0] == nil || rs[0].Props["product"] != "传感器" || rs[0].Type != store.RelSupplies || len(rs[0].Evidence) != 1 || rs[1] != nil {
		t.Errorf("relations = %+v", rs)
	}
}

func pathNames(p *store.Path) []string {
	if p == nil {
		return nil
	}
	return names(p.Entities)
}

func testShortestPath(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	// Two shortest paths join the universities, through the lab and through
	// their common alumnus: the one with the smaller middle id wins.
	middle := "光电科学与技术实验室"
	if id("李四") < id(middle) {
		middle = "李四"
	}
	cases := []struct {
		from, to string
		hops     int
		types    []store.RelType
		want     []string
	}{
		{"电子科技大学", "四川大学", 4, nil, []string{"电子科技大学", middle, "四川大学"}},
		{"张三", "四川大学", 4, nil, []string{"张三", "电子科技大学", middle, "四川大学"}},
		{"张三", "四川大学", 2, nil, nil},
		{"张三", "四川大学", 4, []store.RelType{store.RelAlumnusOf}, []string{"张三", "电子科技大学", "李四", "四川大学"}},
		{"张三", "成都市", 6, nil, []string{"张三", "电子科技大学", "光电科学与技术实验室", "成都高新区", "成都市"}},
		{"芯脑科技", "低空经济", 3, nil, []string{"芯脑科技", "低空经济"}},
		{"孤岛公司", "成都市", 6, nil, nil},
		{"成都市", "成都市", 3, nil, []string{"成都市"}},
	}
	for _, c := range cases {
		p, err := s.ShortestPath(ctx, id(c.from), id(c.to), c.hops, c.types)
		if err != nil {
			t.Fatalf("%s→%s: %v", c.from, c.to, err)
		}
		eq(t, c.from+"→"+c.to, pathNames(p), c.want)
		if p == nil {
			continue
		}
		if len(p.Relations) != len(p.Entities)-1 {
			t.Errorf("%s→%s: %d relations for %d entities", c.from, c.to, len(p.Relations), len(p.Entities))
		}
		for i, r := range p.Relations {
			a, b := p.Entities[i].ID, p.Entities[i+1].ID
			if !(r.From == a && r.To == b) && !(r.From == b && r.To == a) {
				t.Errorf("%s→%s: relation %d (%s) does not join %s and %s", c.from, c.to, i, r.Type, p.Entities[i].Name, p.Entities[i+1].Name)
			}
			if len(r.Evidence) == 0 {
				t.Errorf("%s→%s: relation %d has no evidence", c.from, c.to, i)
			}
		}
	}
	if p, err := s.ShortestPath(ctx, "e_missing", id("成都市"), 3, nil); p != nil || err != nil {
		t.Errorf("missing start: %v, %v", p, err)
	}
}

func testDocuments(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	ds, err := s.GetDocuments(ctx, []string{"doc-b", "doc-x", "doc-a"})
	if err != nil {
		t.Fatal(err)
	}
	if ds[0] == nil || ds[0].Title != "测试文档乙" || ds[1] != nil || ds[2] == nil || ds[2].Published != "2026-01-02" {
		t.Errorf("documents = %+v", ds)
	}
	withText := store.Document{ID: "doc-t", Title: "有正文", Text: "第一句。\n第二句。", Hash: "h1"}
	if res, err := s.Apply(ctx, store.Batch{Documents: []store.Document{withText}}); err != nil || res.DocumentsCreated != 1 {
		t.Fatalf("apply document: %+v, %v", res, err)
	}
	if got, _ := s.GetDocuments(ctx, []string{"doc-t"}); got[0] == nil || *got[0] != withText {
		t.Errorf("document with text = %+v", got[0])
	}
	if res, _ := s.Apply(ctx, store.Batch{Documents: []store.Document{withText}}); res != (store.ApplyResult{}) {
		t.Errorf("re-applying a document: %+v", res)
	}
	p, err := s.FindDocuments(ctx, store.Page{First: 1})
	if err != nil {
		t.Fatal(err)
	}
	if p.TotalCount != 3 || len(p.Documents) != 1 || p.Documents[0].ID != "doc-a" || !p.HasNext {
		t.Errorf("first document page = %+v", p)
	}
	p, _ = s.FindDocuments(ctx, store.Page{First: 1, After: store.EncodeCursor(0)})
	if len(p.Documents) != 1 || p.Documents[0].ID != "doc-b" || !p.HasNext {
		t.Errorf("second document page = %+v", p)
	}
}

func testMentions(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	ms, err := s.Mentions(ctx, []string{"doc-b", "doc-x"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms[0] {
		es, _ := s.GetEntities(ctx, []string{m.EntityID})
		got = append(got, es[0].Name)
		if m.Evidence.Doc != "doc-b" {
			t.Errorf("mention of %s cites %s", es[0].Name, m.Evidence.Doc)
		}
	}
	eq(t, "doc-b mentions", got, []string{"低空经济", "光电科学与技术实验室", "孤岛公司", "成都电力公司", "星元空间", "智能硬件中试平台", "芯脑科技"})
	if len(ms[1]) != 0 {
		t.Errorf("unknown document has mentions: %v", ms[1])
	}
}

func testMergeRules(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	ev := store.Evidence{Doc: "doc-b", Text: "新句子。", Start: 1, End: 5}
	res, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{
		{Kind: store.KindOther, Name: "四川大学", Aliases: []string{"川大", "四川大學", "Sichuan University"}, Props: map[string]string{"city": "成都"}, Evidence: []store.Evidence{ev}},
		{Kind: store.KindOther, Name: "新公司", Aliases: []string{"新公司"}},
	}, Relations: []store.RelationInput{
		{Type: store.RelSupplies, From: id("芯脑科技"), To: id("星元空间"), Props: map[string]string{"product": "芯片"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if res != (store.ApplyResult{EntitiesCreated: 1, EntitiesUpdated: 1, RelationsUpdated: 1}) {
		t.Errorf("merge result = %+v", res)
	}
	es, _ := s.GetEntities(ctx, []string{id("四川大学"), id("新公司")})
	u := es[0]
	if u.Kind != store.KindUniversity {
		t.Errorf("OTHER replaced the kind: %s", u.Kind)
	}
	eq(t, "aliases", u.Aliases, []string{"川大", "四川大學", "Sichuan University"})
	if u.Props["city"] != "成都" || len(u.Evidence) != 2 || u.Evidence[1] != ev {
		t.Errorf("merged entity = %+v", u)
	}
	if es[1] == nil || es[1].Kind != store.KindOther || len(es[1].Aliases) != 0 {
		t.Errorf("new entity = %+v", es[1])
	}
	found, _ := s.LookupNames(ctx, []string{"sichuan university"})
	eq(t, "new alias lookup", names(found), []string{"四川大学"})
	rs, _ := s.GetRelations(ctx, []string{store.RelationID(store.RelSupplies, id("芯脑科技"), id("星元空间"))})
	if rs[0].Props["product"] != "芯片" || len(rs[0].Evidence) != 1 {
		t.Errorf("merged relation = %+v", rs[0])
	}
	res, err = s.Apply(ctx, store.Batch{Entities: []store.EntityInput{{Kind: store.KindUniversity, Name: "四川大学", Aliases: []string{"四川大學"}}}})
	if err != nil || res != (store.ApplyResult{}) {
		t.Errorf("re-applying known facts: %+v, %v", res, err)
	}
}

func testInvalidBatchWritesNothing(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	before, _ := s.Stats(ctx)
	bad := []store.Batch{
		{Entities: []store.EntityInput{{Kind: "PLANET", Name: "火星"}}},
		{Entities: []store.EntityInput{{Kind: store.KindLab, Name: "  "}}},
		{Entities: []store.EntityInput{{Kind: store.KindLab, Name: "新实验室"}},
			Relations: []store.RelationInput{{Type: store.RelCoBuiltBy, From: id("新实验室"), To: "e_nobody"}}},
		{Entities: []store.EntityInput{{Kind: store.KindLab, Name: "另一个实验室"}},
			Relations: []store.RelationInput{{Type: "LIKES", From: id("另一个实验室"), To: id("四川大学")}}},
		{Documents: []store.Document{{ID: "doc-c", Title: "丙"}},
			Entities: []store.EntityInput{{Kind: store.KindLab, Name: "第三实验室", Evidence: []store.Evidence{{Doc: "doc-c", Text: "x", Start: 5, End: 2}}}}},
	}
	for i, b := range bad {
		if _, err := s.Apply(ctx, b); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("batch %d: err = %v, want ErrInvalid", i, err)
		}
	}
	after, _ := s.Stats(ctx)
	if after != before {
		t.Errorf("invalid batches wrote something: %+v → %+v", before, after)
	}
	found, _ := s.LookupNames(ctx, []string{"新实验室", "另一个实验室", "第三实验室"})
	eq(t, "nothing of the bad batches", names(found), []string{"<nil>", "<nil>", "<nil>"})
}

func testClear(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	if err := s.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stats(ctx)
	if st != (store.Stats{}) {
		t.Errorf("after clear: %+v", st)
	}
	if res := LoadSmall(t, s); res.EntitiesCreated != 14 {
		t.Errorf("reload after clear: %+v", res)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	LoadSmall(t, s)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				name := "并发公司" + string(rune('甲'+w)) + string(rune('0'+i%10))
				_, err := s.Apply(ctx, store.Batch{
					Entities:  []store.EntityInput{{Kind: store.KindEnterprise, Name: name}},
					Relations: []store.RelationInput{{Type: store.RelMemberOfChain, From: id(name), To: id("低空经济")}},
				})
				if err != nil {
					errs <- err
					return
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if _, err := s.Neighbors(ctx, []store.NeighborQuery{{EntityID: id("低空经济")}}); err != nil {
					errs <- err
					return
				}
				if _, err := s.FindEntities(ctx, store.EntityQuery{Text: "并发"}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	_, page := neighbors(t, s, store.NeighborQuery{EntityID: id("低空经济"), Types: []store.RelType{store.RelMemberOfChain}})
	if page.TotalCount != 41 {
		t.Errorf("chain members after concurrent writes = %d, want 41", page.TotalCount)
	}
}
