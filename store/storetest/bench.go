package storetest

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"innograph/dataset"
	"innograph/store"
	"innograph/synth"
)

// BenchSizes are the synthetic graph sizes the benchmarks run on, from
// INNOGRAPH_BENCH_SIZES (comma-separated entity counts; default 10000).
// Loading takes most of the time of a run: a million entities take minutes.
func BenchSizes() []int {
	spec := os.Getenv("INNOGRAPH_BENCH_SIZES")
	if spec == "" {
		spec = "10000"
	}
	var out []int
	for _, f := range strings.Split(spec, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
			out = append(out, n)
		}
	}
	return out
}

// bulkWriter is a store with a write path for loading into an empty store
// that skips reading before writing (Neo4j's Bulk): a million entities
// through Apply would take hours there.
type bulkWriter interface {
	Bulk(ctx context.Context, b store.Batch) (store.ApplyResult, error)
}

// bulkApply makes a bulkWriter's Bulk the Apply of a streamed load.
type bulkApply struct {
	store.Store
	bulk bulkWriter
}

func (b bulkApply) Apply(ctx context.Context, batch store.Batch) (store.ApplyResult, error) {
	return b.bulk.Bulk(ctx, batch)
}

// LoadSynthetic streams a synthetic graph of n entities into s, which must
// be empty.
func LoadSynthetic(tb testing.TB, s store.Store, n int) {
	tb.Helper()
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(synth.Generate(pw, synth.Config{Entities: n, Seed: 1})) }()
	target := s
	if bw, ok := s.(bulkWriter); ok {
		target = bulkApply{Store: s, bulk: bw}
	}
	if _, err := dataset.Stream(context.Background(), target, pr, 20000, nil); err != nil {
		tb.Fatalf("load synthetic graph: %v", err)
	}
}

// Bench runs every read of the contract, lookups included, on synthetic
// graphs of each of BenchSizes, so that one run shows how each read's cost
// grows with the graph. Backends call it from a one-line benchmark.
func Bench(b *testing.B, open Opener) {
	for _, n := range BenchSizes() {
		b.Run(fmt.Sprintf("entities=%d", n), func(b *testing.B) {
			s := open(b)
			defer s.Close()
			LoadSynthetic(b, s, n)
			benchReads(b, s)
		})
	}
}

func benchReads(b *testing.B, s store.Store) {
	// Index 0 of each kind is the most connected: the generator picks
	// with a power law.
	var (
		ctx        = context.Background()
		enterprise = store.EntityID("合成企业0000000")
		uni        = store.EntityID("合成大学0000000")
		chain      = store.EntityID("合成产业链0000000")
		talentA    = store.EntityID("合成人才0000001")
		talentB    = store.EntityID("合成人才0000002")
	)
	run := func(name string, fn func() error) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	run("GetEntities", func() error {
		_, err := s.GetEntities(ctx, []string{enterprise, uni, chain, talentA, talentB})
		return err
	})
	run("LookupNames", func() error {
		_, err := s.LookupNames(ctx, []string{"合成企业0000042", "合成大学0000001"})
		return err
	})
	run("Search", func() error {
		_, err := s.FindEntities(ctx, store.EntityQuery{Text: "合成实验室00000", Page: store.Page{First: 20}})
		return err
	})
	run("NeighborsPage", func() error {
		_, err := s.Neighbors(ctx, []store.NeighborQuery{{EntityID: uni, Page: store.Page{First: 20, After: store.EncodeCursor(99)}}})
		return err
	})
	run("Chain", func() error {
		_, err := s.Chains(ctx, []string{chain}, "")
		return err
	})
	run("SupplyTiers3", func() error {
		_, err := s.SupplyTiers(ctx, store.SupplyQuery{EntityID: enterprise, Direction: store.SupplyUpstream, Depth: 3})
		return err
	})
	run("FindTalents", func() error {
		_, err := s.FindTalents(ctx, store.TalentFilter{AlumniOf: uni, Discipline: "电子", Chain: chain}, store.Page{First: 20})
		return err
	})
	run("TalentPipeline", func() error {
		_, err := s.TalentPipeline(ctx, store.PipelineQuery{UniversityID: uni, ChainID: chain})
		return err
	})
	run("ShortestPath4", func() error {
		_, err := s.ShortestPath(ctx, talentA, talentB, 4, nil)
		return err
	})
	run("Neighborhood1", func() error {
		_, err := s.Neighborhood(ctx, chain, 1, nil, 200)
		return err
	})
}
