package neo4jstore

import (
	"testing"

	"innograph/store"
	"innograph/store/storetest"
)

// BenchmarkNeo4j runs the shared read benchmarks on synthetic graphs (sizes
// from INNOGRAPH_BENCH_SIZES), against INNOGRAPH_TEST_NEO4J:
//
//	go test -run '^$' -bench . ./store/neo4j/ ./store/memory/
func BenchmarkNeo4j(b *testing.B) {
	storetest.Bench(b, func(tb testing.TB) store.Store { return openTest(tb) })
}
