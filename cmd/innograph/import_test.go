package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"innograph/importer"
)

// TestImportDocuments imports a text file, an HTML page without an
// extension and a binary file in one run: the good ones load, the bad one
// is reported, the run fails, and a second run changes nothing.
func TestImportDocuments(t *testing.T) {
	dir := t.TempDir()
	uri := "file:" + filepath.Join(dir, "data")
	txt := filepath.Join(dir, "news.txt")
	os.WriteFile(txt, []byte("成都新添概念验证中心\n来源:成都日报\n电子科技大学与成都高新区共建的成都概念验证中心正式揭牌。该中心位于成都高新区。\n"), 0o644)
	page := filepath.Join(dir, "page")
	os.WriteFile(page, []byte("<!DOCTYPE html><html><body><div class=\"nav\">首页 &gt; 新闻</div><h1>四川大学新建实验室</h1><p>四川大学与成都东部新区共建生命健康实验室。</p></body></html>"), 0o644)
	bin := filepath.Join(dir, "image.txt")
	os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644)

	out, err := run(t, "import", "--store", uri, "--json", txt, page, bin)
	if err == nil {
		t.Fatalf("an import with a bad file succeeded:\n%s", out)
	}
	var rep struct {
		Documents []struct {
			File             string
			ID               string
			Format           string
			EntitiesCreated  int
			RelationsCreated int
			Unchanged        bool
			Error            string
		}
	}
	if err := json.Unmarshal([]byte(out[:strings.LastIndex(out, "}")+1]), &rep); err != nil || len(rep.Documents) != 3 {
		t.Fatalf("report: %v\n%s", err, out)
	}
	for i, want := range []string{"text", "html"} {
		d := rep.Documents[i]
		if d.Format != want || !strings.HasPrefix(d.ID, "doc_") || d.EntitiesCreated < 2 || d.RelationsCreated < 1 || d.Error != "" {
			t.Errorf("%s: %+v", d.File, d)
		}
	}
	if d := rep.Documents[2]; !strings.Contains(d.Error, "binary") {
		t.Errorf("binary file: %+v", d)
	}
	out, err = run(t, "import", "--store", uri, "--json", txt, page)
	if err != nil {
		t.Fatalf("second import: %v\n%s", err, out)
	}
	json.Unmarshal([]byte(out), &rep)
	for _, d := range rep.Documents {
		if !d.Unchanged || d.EntitiesCreated != 0 {
			t.Errorf("second import changed %s: %+v", d.File, d)
		}
	}
	// Without --json and without a terminal: one line per file, no bar.
	out, _ = run(t, "import", "--store", uri, txt)
	if strings.Contains(out, "\r") || !strings.Contains(out, "unchanged") {
		t.Errorf("plain report: %q", out)
	}
}

// TestEval scores the corpus against the gold file in the repository.
func TestEval(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/*.txt")
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("the corpus is missing from ../shared/corpus")
		}
		t.Skip("the corpus is not beside the repository")
	}
	args := append([]string{"eval", "--held-out", "002_debec1ccd95cebf5", "../../importer/testdata/gold/corpus.jsonl"}, files...)
	out, err := run(t, args...)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, out)
	}
	for _, want := range []string{"entities P", "(held out)", "tuning documents", "all documents"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
}

// TestEvalFitsAnAcceptor fits an acceptor on the dev texts, and eval
// judges with it; one that keeps everything scores the rules alone.
func TestEvalFitsAnAcceptor(t *testing.T) {
	files, _ := filepath.Glob("../../importer/testdata/dev/*.txt")
	gold := "../../importer/testdata/gold/dev.jsonl"
	path := filepath.Join(t.TempDir(), "acceptor.tsv")
	if out, err := run(t, append([]string{"eval", "--fit", path, "--threshold", "0.4", gold}, files...)...); err != nil {
		t.Fatalf("eval --fit: %v\n%s", err, out)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	acc, err := importer.ReadAcceptor(f)
	f.Close()
	if err != nil || acc.Threshold != 0.4 || len(acc.Weights) < 100 {
		t.Fatalf("fitted acceptor: %v, threshold %g, %d weights", err, acc.Threshold, len(acc.Weights))
	}
	score := func(acceptor string) (ent, all float64) {
		// Without the tagger, whose own weighing of entities would blur
		// the acceptor's.
		out, err := run(t, append([]string{"eval", "--json", "--tagger", "none", "--acceptor", acceptor, gold}, files...)...)
		if err != nil {
			t.Fatalf("eval --acceptor %s: %v\n%s", acceptor, err, out)
		}
		var rows []struct {
			Doc      string
			Entities struct{ TP, FP int }
		}
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		last := rows[len(rows)-1].Entities
		return float64(last.TP) / float64(last.TP+last.FP), float64(last.TP + last.FP)
	}
	pFit, nFit := score(path)
	pAll, nAll := score("none")
	if nFit >= nAll || pFit <= pAll {
		t.Errorf("the fitted acceptor kept %v entities at precision %.3f; keeping all, %v at %.3f", nFit, pFit, nAll, pAll)
	}
	if out, err := run(t, "eval", "--acceptor", "/no/such/file", gold, files[0]); err == nil {
		t.Errorf("a missing acceptor file was accepted:\n%s", out)
	}
}

// TestEvalFitsATagger fits a tagger on six of the dev texts, its
// combination over two folds of them, and eval weighs entities with it.
// (Six, since the binary is built with the race detector, which slows
// a fit tenfold.)
func TestEvalFitsATagger(t *testing.T) {
	files, _ := filepath.Glob("../../importer/testdata/dev/*.txt")
	files = files[:6]
	gold := "../../importer/testdata/gold/dev.jsonl"
	path := filepath.Join(t.TempDir(), "tagger.tsv")
	if out, err := run(t, append([]string{"eval", "--fit-tagger", path, "--folds", "2", gold}, files...)...); err != nil {
		t.Fatalf("eval --fit-tagger: %v\n%s", err, out)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := importer.ReadTagger(f)
	f.Close()
	if err != nil || tg.Threshold <= 0 || tg.Gap <= 0 || len(tg.Weights) != 6 || len(tg.Model.Labels) < 9 {
		t.Fatalf("fitted tagger: %v, threshold %g, gap %g, weights %v", err, tg.Threshold, tg.Gap, tg.Weights)
	}
	// The dev texts were annotated with the conventions the model
	// learned, so it backs the entities that are right more than the
	// others.
	if tg.Weights["tagger"] <= 0 {
		t.Errorf("the combination weighs the model's probability %v", tg.Weights["tagger"])
	}
	out, err := run(t, append([]string{"eval", "--json", "--tagger", path, gold}, files...)...)
	if err != nil {
		t.Fatalf("eval --tagger: %v\n%s", err, out)
	}
	var rows []struct{ Entities struct{ TP int } }
	if err := json.Unmarshal([]byte(out), &rows); err != nil || rows[len(rows)-1].Entities.TP == 0 {
		t.Fatalf("eval --tagger found nothing: %v\n%s", err, out)
	}
	// Fitted from the shipped tagger on two more texts, a tagger keeps
	// every kind of name the shipped one knows, more than two texts show.
	adapted := filepath.Join(t.TempDir(), "adapted.tsv")
	if out, err := run(t, "eval", "--fit-tagger", adapted, "--prior", "../../importer/tagger.tsv", "--folds", "2", gold, files[0], files[1]); err != nil {
		t.Fatalf("eval --fit-tagger --prior: %v\n%s", err, out)
	}
	f, err = os.Open(adapted)
	if err != nil {
		t.Fatal(err)
	}
	ad, err := importer.ReadTagger(f)
	f.Close()
	if err != nil || len(ad.Model.Labels) != len(importer.DefaultTagger().Model.Labels) {
		t.Fatalf("tagger fitted from the shipped one: %v, labels %v", err, ad.Model.Labels)
	}
	for _, bad := range [][]string{{"--tagger", "/no/such/file"}, {"--fit-tagger", path, "--folds", "1"},
		{"--fit-tagger", path, "--prior", "/no/such/file"}} {
		if out, err := run(t, append(append([]string{"eval"}, bad...), gold, files[0])...); err == nil {
			t.Errorf("eval %v was accepted:\n%s", bad, out)
		}
	}
}

// TestEvalFitsAPairer fits a pairer on six of the dev texts; eval
// proposes relations with it, and with --pairer none the rules' alone.
// (Six, since the binary is built with the race detector.)
func TestEvalFitsAPairer(t *testing.T) {
	files, _ := filepath.Glob("../../importer/testdata/dev/*.txt")
	files = files[:6]
	gold := "../../importer/testdata/gold/dev.jsonl"
	path := filepath.Join(t.TempDir(), "pairer.tsv")
	if out, err := run(t, append([]string{"eval", "--fit-pairer", path, "--threshold", "0.3", gold}, files...)...); err != nil {
		t.Fatalf("eval --fit-pairer: %v\n%s", err, out)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := importer.ReadAcceptor(f)
	f.Close()
	kinds := 0
	for k := range p.Weights {
		if strings.Contains(k, "|kk=") {
			kinds++
		}
	}
	if err != nil || p.Threshold != 0.3 || kinds == 0 {
		t.Fatalf("fitted pairer: %v, threshold %g, %d pairs of kinds", err, p.Threshold, kinds)
	}
	relations := func(pairer string) (tp, fp int) {
		out, err := run(t, append([]string{"eval", "--json", "--pairer", pairer, gold}, files...)...)
		if err != nil {
			t.Fatalf("eval --pairer %s: %v\n%s", pairer, err, out)
		}
		var rows []struct{ Relations struct{ TP, FP int } }
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		last := rows[len(rows)-1].Relations
		return last.TP, last.FP
	}
	// Fitted on these texts, the pairer finds relations of theirs the
	// rules miss.
	tpFit, fpFit := relations(path)
	tpNone, fpNone := relations("none")
	if tpFit <= tpNone {
		t.Errorf("with the fitted pairer %d right relations (%d wrong); without, %d (%d)", tpFit, fpFit, tpNone, fpNone)
	}
	if out, err := run(t, "eval", "--pairer", "/no/such/file", gold, files[0]); err == nil {
		t.Errorf("a missing pairer file was accepted:\n%s", out)
	}
}

// TestImportAcceptorFlag: the shipped acceptor leaves out what only
// describes a base; --acceptor none keeps all the rules find.
func TestImportAcceptorFlag(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "bases.txt")
	os.WriteFile(txt, []byte("成都星辉科技有限公司打造西部地区重工业基地,建设高级人才培养基地。\n"), 0o644)
	rejected := func(args ...string) (int, int) {
		out, err := run(t, append(append([]string{"import", "--json"}, args...), txt)...)
		if err != nil {
			t.Fatalf("import %v: %v\n%s", args, err, out)
		}
		var rep struct {
			Documents []struct {
				Entities, Rejected int
				Rejects            []struct{ Name, Kind string }
			}
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil || len(rep.Documents) != 1 {
			t.Fatalf("%v\n%s", err, out)
		}
		d := rep.Documents[0]
		if len(d.Rejects) != d.Rejected {
			t.Errorf("%d rejected, %d named: %s", d.Rejected, len(d.Rejects), out)
		}
		for _, r := range d.Rejects {
			if r.Name == "" || r.Kind == "" {
				t.Errorf("a reject without name or kind: %s", out)
			}
		}
		return d.Entities, d.Rejected
	}
	nDef, rDef := rejected("--store", "file:"+filepath.Join(dir, "a"))
	nAll, rAll := rejected("--store", "file:"+filepath.Join(dir, "b"), "--acceptor", "none")
	if rDef == 0 || rAll != 0 || nAll != nDef+rDef {
		t.Errorf("default: %d entities, %d rejected; --acceptor none: %d entities, %d rejected", nDef, rDef, nAll, rAll)
	}
}

// TestImportPairerFlag: import proposes relations with the pairer given,
// none with --pairer none, and refuses a missing pairer file.
func TestImportPairerFlag(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "visit.txt")
	os.WriteFile(txt, []byte("星河科技有限公司的代表和星海大学的学生一起参观了展览。\n"), 0o644)
	pairer := filepath.Join(dir, "pairer.tsv")
	os.WriteFile(pairer, []byte("threshold\t0.5\nPARTNERS_WITH>|kk=ENTERPRISE>UNIVERSITY\t0\nPARTNERS_WITH>|bias\t3\n"), 0o644)
	relations := func(store string, args ...string) int {
		out, err := run(t, append(append([]string{"import", "--json", "--store", "file:" + filepath.Join(dir, store)}, args...), txt)...)
		if err != nil {
			t.Fatalf("import %v: %v\n%s", args, err, out)
		}
		var rep struct {
			Documents []struct{ Entities, Relations int }
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil || len(rep.Documents) != 1 || rep.Documents[0].Entities < 2 {
			t.Fatalf("%v\n%s", err, out)
		}
		return rep.Documents[0].Relations
	}
	if with, without := relations("a", "--pairer", pairer), relations("b", "--pairer", "none"); with != without+1 {
		t.Errorf("--pairer FILE: %d relations; --pairer none: %d", with, without)
	}
	if out, err := run(t, "import", "--store", "file:"+filepath.Join(dir, "c"), "--pairer", "/no/such/file", txt); err == nil {
		t.Errorf("a missing pairer file was accepted:\n%s", out)
	}
}
