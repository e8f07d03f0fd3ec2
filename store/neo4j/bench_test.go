package neo4jstore

import (
	"context"
	"testing"

	"innograph/store"
	"innograph/store/storetest"
)

// The same workloads as store/memory/bench_test.go, on the small graph, so
// that the figures compare. Run with INNOGRAPH_TEST_NEO4J set:
//
//	go test -run '^$' -bench Neo4j ./store/neo4j/ ./store/memory/

func benchStore(b *testing.B) store.Store {
	s := openTest(b)
	b.Cleanup(func() { s.Close() })
	storetest.LoadSmall(b, s)
	return s
}

var benchIDs = []string{
	store.EntityID("四川大学"), store.EntityID("电子科技大学"), store.EntityID("光电科学与技术实验室"),
	store.EntityID("张三"), store.EntityID("星元空间"), "e_missing",
}

func BenchmarkNeo4jGetEntities(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if _, err := s.GetEntities(context.Background(), benchIDs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNeo4jNeighbors(b *testing.B) {
	s := benchStore(b)
	qs := []store.NeighborQuery{
		{EntityID: store.EntityID("光电科学与技术实验室")},
		{EntityID: store.EntityID("星元空间"), Direction: store.In},
		{EntityID: store.EntityID("电子科技大学"), Kinds: []store.Kind{store.KindTalent}},
	}
	for b.Loop() {
		if _, err := s.Neighbors(context.Background(), qs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNeo4jFindEntities(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if _, err := s.FindEntities(context.Background(), store.EntityQuery{Text: "成都"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNeo4jShortestPath(b *testing.B) {
	s := benchStore(b)
	from, to := store.EntityID("张三"), store.EntityID("成都市")
	for b.Loop() {
		if p, err := s.ShortestPath(context.Background(), from, to, 6, nil); err != nil || p == nil {
			b.Fatal(p, err)
		}
	}
}
