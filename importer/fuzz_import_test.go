package importer_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"innograph/importer"
	"innograph/store"
	"innograph/store/memory"
)

// FuzzImport feeds any bytes, as text, Markdown or HTML, to the document
// importer over an empty graph: it never panics; refused input is
// ErrBadInput and writes nothing; an imported document's evidence points
// at its own sentences (text[start:end] in code points); and importing the
// same bytes again changes nothing.
//
//	go test ./importer -run '^$' -fuzz FuzzImport -fuzztime 30s
func FuzzImport(f *testing.F) {
	if files, _ := filepath.Glob("testdata/*.txt"); len(files) > 0 {
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil && len(b) < 8<<10 {
				f.Add(b, uint8(0))
			}
		}
	}
	f.Add([]byte("成都市科技局发布通知。电子科技大学与四川大学共建光电科学与技术实验室。"), uint8(0))
	f.Add([]byte("# 标题\n\n天府实验室位于成都高新区，服务低空经济产业链。"), uint8(2))
	f.Add([]byte("<html><head><title>通知</title></head><body><p>成都市人民政府印发<b>规划</b>。</p><script>x()</script></body></html>"), uint8(1))
	f.Add([]byte("\xef\xbb\xbf\xff\xfe\x00\x00"), uint8(0))

	formats := []importer.Format{importer.FormatText, importer.FormatHTML, importer.FormatMarkdown}
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		ctx := context.Background()
		s := memory.New()
		im := &importer.Importer{Store: s}
		in := importer.Input{Name: "fuzz", Data: data, Format: formats[int(format)%len(formats)]}
		rep, err := im.Import(ctx, in)
		st, _ := s.Stats(ctx)
		if err != nil {
			if !errors.Is(err, importer.ErrBadInput) {
				t.Fatalf("error is not ErrBadInput: %v", err)
			}
			if st != (store.Stats{}) {
				t.Fatalf("refused input wrote %+v", st)
			}
			return
		}
		if rep.ID == "" {
			return
		}
		docs, err := s.GetDocuments(ctx, []string{rep.ID})
		if err != nil || docs[0] == nil {
			t.Fatalf("document %s not stored: %v", rep.ID, err)
		}
		text := []rune(docs[0].Text)
		check := func(what string, ev []store.Evidence) {
			for _, e := range ev {
				if e.Doc != rep.ID {
					continue
				}
				if e.Start < 0 || e.End > len(text) || e.Start > e.End || string(text[e.Start:e.End]) != e.Text {
					t.Fatalf("%s: evidence [%d,%d) %q does not index the document's text (%d code points)", what, e.Start, e.End, e.Text, len(text))
				}
			}
		}
		page, err := s.FindEntities(ctx, store.EntityQuery{Page: store.Page{First: store.MaxPage}})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Entities {
			check(e.Name, e.Evidence)
		}
		again, err := im.Import(ctx, in)
		after, _ := s.Stats(ctx)
		if err != nil || after != st || again.EntitiesCreated+again.RelationsCreated+again.DocumentsCreated > 0 {
			t.Fatalf("second import changed the graph: %v, %+v -> %+v (%+v)", err, st, after, again)
		}
	})
}
