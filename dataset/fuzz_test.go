package dataset_test

import (
	"bytes"
	"context"
	"os"
	"testing"

	"innograph/data"
	"innograph/dataset"
	"innograph/store"
	"innograph/store/memory"
)

// FuzzDatasetParse feeds any bytes to the JSON Lines reader: it never
// panics, accepts only well-formed facts, and a list that loads once loads
// again without changing anything (imports are idempotent).
//
//	go test ./dataset -run '^$' -fuzz FuzzDatasetParse -fuzztime 30s
func FuzzDatasetParse(f *testing.F) {
	lines := bytes.SplitAfter(data.Curated, []byte("\n"))
	for i := 0; i+8 <= len(lines); i += 40 {
		f.Add(bytes.Join(lines[i:i+8], nil))
	}
	if small, err := os.ReadFile("../store/storetest/testdata/small.jsonl"); err == nil {
		f.Add(small)
	}
	f.Add([]byte(`{"type":"entity","kind":"LAB","name":"甲"}` + "\n" + `{"type":"entity","kind":"ENTERPRISE","name":" 甲 "}`))
	f.Add([]byte(`{"type":"relation","rel":"SUPPLIES","from":"甲","to":"甲"}`))
	f.Add([]byte(`{"type":"document","id":"d"}` + "\n" + `{"type":"entity","kind":"LAB","name":"乙","evidence":[{"doc":"d","text":"乙。","start":3,"end":1}]}`))
	f.Add([]byte("\xff\xfe{}\n\n  \n"))

	f.Fuzz(func(t *testing.T, in []byte) {
		file, err := dataset.Parse(bytes.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range file.Documents {
			if d.ID == "" {
				t.Fatalf("document without id: %q", in)
			}
		}
		for _, e := range file.Entities {
			if store.Key(e.Name) == "" || !e.Kind.Valid() {
				t.Fatalf("bad entity %+v from %q", e, in)
			}
		}
		for _, r := range file.Relations {
			if !r.Type.Valid() || store.Key(r.From) == "" || store.Key(r.To) == "" {
				t.Fatalf("bad relation %+v from %q", r, in)
			}
		}
		ctx := context.Background()
		s := memory.New()
		first, err := dataset.Load(ctx, s, bytes.NewReader(in))
		if err != nil {
			return // e.g. a relation to an entity named nowhere
		}
		before, _ := s.Stats(ctx)
		again, err := dataset.Load(ctx, s, bytes.NewReader(in))
		if err != nil {
			t.Fatalf("loaded once (%+v) but not twice: %v\n%q", first, err, in)
		}
		after, _ := s.Stats(ctx)
		if again.EntitiesCreated+again.RelationsCreated+again.DocumentsCreated > 0 || after != before {
			t.Fatalf("second load changed the store: %+v, %+v -> %+v\n%q", again, before, after, in)
		}
	})
}
