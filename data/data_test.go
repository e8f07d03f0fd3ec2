package data_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"innograph/data"
	"innograph/dataset"
	"innograph/store"
	"innograph/store/memory"
)

// corpusDir is where the source documents live: shared/ beside the repo.
const corpusDir = "../../shared/corpus"

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// TestEvidenceQuotesTheSources checks every evidence span of the curated
// graph against its source document: the quoted text must be the text at
// its offsets, white space aside.
func TestEvidenceQuotesTheSources(t *testing.T) {
	f, err := dataset.Parse(bytes.NewReader(data.Curated))
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string][]rune{}
	for _, d := range f.Documents {
		raw, err := os.ReadFile(filepath.Join(corpusDir, d.ID+".txt"))
		if err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("source document missing under CI: %v", err)
			}
			t.Skipf("source documents not beside the repo: %v", err)
		}
		texts[d.ID] = []rune(string(raw))
	}
	check := func(what string, evs []store.Evidence) {
		if len(evs) == 0 {
			t.Errorf("%s has no evidence", what)
		}
		for _, ev := range evs {
			doc, ok := texts[ev.Doc]
			if !ok {
				t.Errorf("%s cites unknown document %q", what, ev.Doc)
				continue
			}
			if ev.Start < 0 || ev.End > len(doc) || ev.Start >= ev.End {
				t.Errorf("%s: span [%d,%d) outside %s", what, ev.Start, ev.End, ev.Doc)
				continue
			}
			if got := stripSpace(string(doc[ev.Start:ev.End])); got != stripSpace(ev.Text) {
				t.Errorf("%s: %s[%d:%d] is %q, evidence says %q", what, ev.Doc, ev.Start, ev.End, got, ev.Text)
			}
		}
	}
	for _, e := range f.Entities {
		check("entity "+e.Name, e.Evidence)
	}
	for _, r := range f.Relations {
		check(string(r.Type)+" "+r.From+" → "+r.To, r.Evidence)
	}
}

// TestCuratedGraphLoads loads the curated graph: every relation end
// resolves, names are unique, and a second load changes nothing.
func TestCuratedGraphLoads(t *testing.T) {
	f, err := dataset.Parse(bytes.NewReader(data.Curated))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, e := range f.Entities {
		if names[store.Key(e.Name)] {
			t.Errorf("entity %q appears twice", e.Name)
		}
		names[store.Key(e.Name)] = true
	}
	s := memory.New()
	res, err := dataset.Load(context.Background(), s, bytes.NewReader(data.Curated))
	if err != nil {
		t.Fatal(err)
	}
	if res.EntitiesCreated != len(f.Entities) || res.RelationsCreated != len(f.Relations) || res.DocumentsCreated != len(f.Documents) {
		t.Errorf("loaded %+v from %d entities, %d relations, %d documents", res, len(f.Entities), len(f.Relations), len(f.Documents))
	}
	if len(f.Entities) < 300 || len(f.Relations) < 250 {
		t.Errorf("curated graph shrank: %d entities, %d relations", len(f.Entities), len(f.Relations))
	}
	again, err := dataset.Load(context.Background(), s, bytes.NewReader(data.Curated))
	if err != nil || again != (store.ApplyResult{}) {
		t.Errorf("second load: %+v, %v", again, err)
	}
}
