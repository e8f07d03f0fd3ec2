package memory_test

import (
	"testing"

	"innograph/store"
	"innograph/store/memory"
	"innograph/store/storetest"
)

// BenchmarkMemory runs the shared read benchmarks on synthetic graphs
// (sizes from INNOGRAPH_BENCH_SIZES).
func BenchmarkMemory(b *testing.B) {
	storetest.Bench(b, func(testing.TB) store.Store { return memory.New() })
}
