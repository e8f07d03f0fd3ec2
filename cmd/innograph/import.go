package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"innograph/importer"
	"innograph/store/open"
)

// fileReport is one file's line of the import report.
type fileReport struct {
	File string `json:"file"`
	importer.Report
	Error string `json:"error,omitempty"`
}

// importFiles loads documents (text, Markdown, HTML) and JSON Lines lists,
// each file as one atomic batch: a bad file is reported and skipped, the
// others still load, and the command fails if any did.
func importFiles(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("import", flag.ExitOnError)
	uri := storeFlag(fs)
	asJSON := fs.Bool("json", false, "print a machine-readable report")
	force := fs.Bool("force", false, "extract documents again even when their text is already imported")
	accFile := fs.String("acceptor", "", "judge new entities with the acceptor in this file (\"none\" keeps all the rules find)")
	tagFile := fs.String("tagger", "", "weigh new entities with the tagger in this file (\"none\": the acceptor alone)")
	pairFile := fs.String("pairer", "", "propose relations with the pairer in this file (\"none\": the rules' relations alone)")
	fs.Parse(args)
	if fs.NArg() == 0 {
		return errors.New("no files given")
	}
	acc, err := loadAcceptor(*accFile)
	if err != nil {
		return err
	}
	tg, err := loadTagger(*tagFile)
	if err != nil {
		return err
	}
	pr, err := loadPairer(*pairFile)
	if err != nil {
		return err
	}
	s, err := open.Open(ctx, *uri)
	if err != nil {
		return err
	}
	defer s.Close()
	im := &importer.Importer{Store: s, Force: *force, Acceptor: acc, Tagger: tg, Pairer: pr}
	var report struct {
		Documents []fileReport `json:"documents"`
	}
	bar := newProgress(os.Stderr, fs.NArg())
	failed := 0
	for i, path := range fs.Args() {
		bar.step(i, path)
		rep := fileReport{File: path}
		res, err := importFile(ctx, im, path)
		rep.Report = res
		if err != nil {
			rep.Error = err.Error()
			failed++
		}
		report.Documents = append(report.Documents, rep)
		if !*asJSON {
			bar.clear()
			printFileReport(rep)
		}
	}
	bar.done()
	if *asJSON {
		printResult(os.Stdout, report)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files failed", failed, fs.NArg())
	}
	return nil
}

func printFileReport(r fileReport) {
	switch {
	case r.Error != "":
		fmt.Fprintf(os.Stderr, "%s: %s\n", r.File, r.Error)
	case r.Unchanged:
		fmt.Printf("%s: unchanged (%s already imported)\n", r.File, orDash(r.ID))
	default:
		fmt.Printf("%s: %s %d entities (%d linked, %d rejected), %d relations; %d entities created, %d updated; %d relations created, %d updated\n",
			r.File, orDash(r.ID), r.Entities, r.Linked, r.Rejected, r.Relations, r.EntitiesCreated, r.EntitiesUpdated, r.RelationsCreated, r.RelationsUpdated)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// importFile reads one file within the size limit and imports it.
func importFile(ctx context.Context, im *importer.Importer, path string) (importer.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return importer.Report{}, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return importer.Report{}, err
	} else if st.IsDir() {
		return importer.Report{}, fmt.Errorf("%w: a folder, not a document", importer.ErrBadInput)
	} else if st.Size() > importer.MaxBytes {
		return importer.Report{}, fmt.Errorf("%w: %d bytes is over the limit of %d bytes for one document", importer.ErrBadInput, st.Size(), importer.MaxBytes)
	}
	data, err := io.ReadAll(io.LimitReader(f, importer.MaxBytes+1))
	if err != nil {
		return importer.Report{}, err
	}
	return im.Import(ctx, importer.Input{Name: path, Data: data})
}

// progress draws a bar on a terminal for imports of several files; when
// stderr is a file or a pipe it prints nothing, the per-file lines say it.
type progress struct {
	w     io.Writer
	total int
	on    bool
}

func newProgress(f *os.File, total int) *progress {
	st, err := f.Stat()
	return &progress{w: f, total: total, on: total > 1 && err == nil && st.Mode()&os.ModeCharDevice != 0}
}

func (p *progress) step(i int, name string) {
	if !p.on {
		return
	}
	const width = 30
	filled := width * i / p.total
	if utf8.RuneCountInString(name) > 40 {
		name = "…" + string([]rune(name)[utf8.RuneCountInString(name)-39:])
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d %s", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), i, p.total, name)
}

func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

func (p *progress) done() {
	if p.on {
		fmt.Fprintf(p.w, "\r\x1b[K[%s] %d/%d\n", strings.Repeat("#", 30), p.total, p.total)
	}
}
