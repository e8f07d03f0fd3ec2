package synth_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"innograph/data"
	"innograph/dataset"
	"innograph/store"
	"innograph/store/memory"
	"innograph/synth"
)

func generate(t *testing.T, n int, seed uint64) []byte {
	var buf bytes.Buffer
	if err := synth.Generate(&buf, synth.Config{Entities: n, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGraphIsDeterministicAndMarked(t *testing.T) {
	a, b := generate(t, 2000, 3), generate(t, 2000, 3)
	if !bytes.Equal(a, b) {
		t.Fatal("the same seed gave two graphs")
	}
	if bytes.Equal(a, generate(t, 2000, 4)) {
		t.Fatal("another seed gave the same graph")
	}
	f, err := dataset.Parse(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Entities) != 2000 || len(f.Relations) < 4000 {
		t.Errorf("%d entities, %d relations", len(f.Entities), len(f.Relations))
	}
	for _, e := range f.Entities {
		if e.Props["synthetic"] != "true" || !strings.HasPrefix(e.Name, "合成") || e.Evidence[0].Doc != synth.DocumentID(3) {
			t.Fatalf("entity not marked synthetic: %+v", e)
		}
	}
	// Entities come before relations, so a chunked load resolves every end.
	lines := bytes.Split(bytes.TrimSpace(a), []byte("\n"))
	seenRelation := false
	for _, l := range lines {
		isRel := bytes.Contains(l, []byte(`"type":"relation"`))
		if seenRelation && !isRel {
			t.Fatal("an entity line follows a relation line")
		}
		seenRelation = seenRelation || isRel
	}
}

func TestGraphHasTheShapeLookupsNeed(t *testing.T) {
	s := memory.New()
	res, err := dataset.Stream(context.Background(), s, bytes.NewReader(generate(t, 3000, 1)), 700, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.EntitiesCreated != 3000 {
		t.Errorf("loaded %+v", res)
	}
	ctx := context.Background()
	chain := store.EntityID("合成产业链0000000")
	reps, _ := s.Chains(ctx, []string{chain}, "")
	rep := reps[0]
	if rep == nil || len(rep.Leaders) == 0 || len(rep.Members) < 50 || len(rep.Supporters) == 0 || len(rep.Supplies) == 0 || rep.Region == nil {
		t.Fatalf("chain 0 lacks parts: %d leaders, %d members, %d supporters, %d supplies", len(rep.Leaders), len(rep.Members), len(rep.Supporters), len(rep.Supplies))
	}
	tiers, _ := s.SupplyTiers(ctx, store.SupplyQuery{EntityID: store.EntityID("合成企业0000000"), Direction: store.SupplyUpstream, Depth: 3})
	if len(tiers) < 2 {
		t.Errorf("the hub enterprise has %d supply tiers", len(tiers))
	}
	uni := store.EntityID("合成大学0000000")
	if ps, _ := s.TalentPipeline(ctx, store.PipelineQuery{UniversityID: uni, ChainID: chain}); len(ps) == 0 {
		t.Error("no alumni of the top university in the top chain")
	}
}

func TestCuratedGraphHasNothingSynthetic(t *testing.T) {
	if bytes.Contains(data.Curated, []byte("synthetic")) || bytes.Contains(data.Curated, []byte("合成图谱")) {
		t.Error("the curated graph contains synthetic data")
	}
}
