package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"innograph/eval"
	"innograph/importer"
	"innograph/store"
	"innograph/store/memory"
	"innograph/store/open"
)

// evaluate scores the importer on annotated documents: each file is
// extracted (nothing is written) and compared with the gold annotation of
// the document named like the file.
func evaluate(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ExitOnError)
	uri := fs.String("store", "", "link against this store's names (default: an empty store, the lexicon only)")
	asJSON := fs.Bool("json", false, "print a machine-readable report")
	errs := fs.Bool("errors", false, "list every missed and spurious entity and relation")
	heldOut := fs.String("held-out", "", "document kept out of tuning, totalled apart")
	accFile := fs.String("acceptor", "", "judge entities with the acceptor in this file (\"none\" keeps them all)")
	fit := fs.String("fit", "", "fit an acceptor on these documents and write it to this file")
	threshold := fs.Float64("threshold", 0.2, "with --fit or --fit-tagger, the least probability an entity is kept at; with --fit-pairer, a relation")
	tagFile := fs.String("tagger", "", "weigh entities with the tagger in this file (\"none\": the acceptor alone)")
	fitTagger := fs.String("fit-tagger", "", "fit a tagger on these documents and write it to this file")
	priorFile := fs.String("prior", "", "with --fit-tagger, fit from the tagger in this file and hold the fit near it")
	pairFile := fs.String("pairer", "", "propose relations with the pairer in this file (\"none\": the rules' relations alone)")
	fitPairer := fs.String("fit-pairer", "", "fit a pairer on these documents and write it to this file")
	folds := fs.Int("folds", 7, "with --fit-tagger, the folds (runs of files in the order given) its combination is fitted over")
	fs.Parse(args)
	if fs.NArg() < 2 {
		return errors.New("usage: innograph eval [--store URI] [--json] [--errors] [--held-out DOC] [--acceptor FILE|none] [--tagger FILE|none] [--fit FILE [--threshold P]] [--fit-tagger FILE [--prior FILE] [--folds K] [--threshold P]] [--pairer FILE|none] [--fit-pairer FILE [--threshold P]] GOLD FILE...")
	}
	acc, err := loadAcceptor(*accFile)
	if err != nil {
		return err
	}
	tg, err := loadTagger(*tagFile)
	if err != nil {
		return err
	}
	prior, err := loadTagger(*priorFile)
	if err != nil {
		return err
	}
	pr, err := loadPairer(*pairFile)
	if err != nil {
		return err
	}
	if *fitPairer != "" {
		pr = importer.FitPairer
	}
	if *fitTagger != "" {
		tg = importer.NoTagger
	}
	if *fit != "" {
		// An acceptor is fitted on every entity the rules find.
		acc = importer.KeepAll
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	gold, err := eval.LoadGold(f)
	f.Close()
	if err != nil {
		return err
	}
	var s store.Store = memory.New()
	if *uri != "" {
		if s, err = open.Open(ctx, *uri); err != nil {
			return err
		}
	}
	defer s.Close()
	im := &importer.Importer{Store: s, Acceptor: acc, Tagger: tg, Pairer: pr}
	var scores []eval.Score
	var examples, pairs []importer.Example
	var docs []taggedDoc
	for _, path := range fs.Args()[1:] {
		doc := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		if !gold.Has(doc) {
			return fmt.Errorf("%s: the gold file has no document %q", path, doc)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		ex, err := im.Extract(ctx, importer.Input{Name: path, Data: data})
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		scores = append(scores, gold.ScoreDocument(doc, ex.Batch))
		if *fitTagger != "" {
			docs = append(docs, taggedDoc{doc: doc, in: importer.Input{Name: path, Data: data},
				seqs: importer.TaggerSequences(ex.Read, ex.Sentences, gold.Entities(doc))})
		}
		if *fitPairer != "" {
			relates := gold.Relates(doc, ex.Batch)
			for _, c := range ex.Candidates {
				pairs = append(pairs, importer.Example{Features: c.Features, Correct: relates(c.Type, c.From, c.To)})
			}
		}
		correct := gold.Correct(doc, ex.Batch)
		for _, j := range ex.Judgements {
			examples = append(examples, importer.Example{Features: j.Features, Correct: j.Entity >= 0 && correct[j.Entity]})
		}
	}
	if *fitTagger != "" {
		t, err := fitTaggerOn(ctx, im, gold, docs, *folds, thresholdOr(fs, *threshold, taggerThreshold), prior)
		if err != nil {
			return err
		}
		return writeModel(*fitTagger, func(w io.Writer) error { return t.Write(w, taggerPrune) })
	}
	if *fitPairer != "" {
		th := thresholdOr(fs, *threshold, pairerThreshold)
		return writeModel(*fitPairer, importer.FitPairerOn(pairs, pairerL2, acceptorEpochs, th).Write)
	}
	if *fit != "" {
		return writeModel(*fit, importer.FitAcceptor(examples, acceptorL2, acceptorEpochs, *threshold).Write)
	}
	return printScores(os.Stdout, scores, *heldOut, *asJSON, *errs)
}

// The penalty and the steps of a fit: chosen by holding out annotated
// sets in turn; the figures barely move between l2 1 and 10, for the
// acceptor and the pairer alike. The pairer's threshold is where the
// relations it adds to pages held out are still right more often than
// not.
const (
	acceptorL2      = 3
	acceptorEpochs  = 300
	pairerL2        = 3
	pairerThreshold = 0.4
)

// loadModel reads the model file named by a flag: nil for none given,
// off for "none".
func loadModel[T any](path string, off T, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	switch path {
	case "":
		return zero, nil
	case "none":
		return off, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	m, err := read(f)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// thresholdOr is the --threshold given, else a model's own default: the
// flag's default is the acceptor's.
func thresholdOr(fs *flag.FlagSet, given, def float64) float64 {
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "threshold" {
			def = given
		}
	})
	return def
}

func loadPairer(path string) (*importer.Pairer, error) {
	return loadModel(path, importer.NoPairer, importer.ReadPairer)
}

func loadAcceptor(path string) (*importer.Acceptor, error) {
	return loadModel(path, importer.KeepAll, importer.ReadAcceptor)
}

// writeModel writes a fitted model to a file, the file closed (and its
// error reported) before the fit is called written.
func writeModel(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func printScores(w io.Writer, scores []eval.Score, heldOut string, asJSON, errs bool) error {
	rows := append([]eval.Score(nil), scores...)
	var tuned, all eval.Score
	tuned.Doc, all.Doc = "tuning documents", "all documents"
	nTuned := 0
	for _, s := range scores {
		all = all.Add(s)
		if s.Doc != heldOut {
			tuned = tuned.Add(s)
			nTuned++
		}
	}
	if heldOut != "" && nTuned > 0 && nTuned < len(scores) {
		rows = append(rows, tuned)
	}
	if len(scores) > 1 {
		rows = append(rows, all)
	}
	if asJSON {
		type counts struct {
			TP, FP, FN            int
			Precision, Recall, F1 float64
		}
		c := func(x eval.Counts) counts {
			return counts{x.TP, x.FP, x.FN, round(x.Precision()), round(x.Recall()), round(x.F1())}
		}
		var out []map[string]any
		for _, s := range rows {
			m := map[string]any{"doc": s.Doc, "entities": c(s.Entities), "names": c(s.Names), "relations": c(s.Relations)}
			if s.Doc == heldOut {
				m["heldOut"] = true
			}
			if errs {
				m["missed"], m["spurious"] = s.Missed, s.Spurious
			}
			out = append(out, m)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "document\tentities P\tR\tF1\tnames P\tR\tF1\trelations P\tR\tF1\t")
	for _, s := range rows {
		name := s.Doc
		if name == heldOut {
			name += " (held out)"
		}
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t\n", name,
			s.Entities.Precision(), s.Entities.Recall(), s.Entities.F1(), s.Names.Precision(), s.Names.Recall(), s.Names.F1(),
			s.Relations.Precision(), s.Relations.Recall(), s.Relations.F1())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if errs {
		for _, s := range scores {
			fmt.Fprintf(w, "\n%s\n", s.Doc)
			for _, m := range s.Missed {
				fmt.Fprintln(w, "  missed   ", m)
			}
			for _, m := range s.Spurious {
				fmt.Fprintln(w, "  spurious ", m)
			}
		}
	}
	return nil
}

func round(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
