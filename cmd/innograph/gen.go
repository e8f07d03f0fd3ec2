package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"innograph/dataset"
	"innograph/store"
	"innograph/store/open"
	"innograph/synth"
)

// gen writes a synthetic graph, or streams it straight into a store and
// reports the load throughput.
func gen(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	n := fs.Int("entities", 10000, "about how many entities")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same graph")
	out := fs.String("out", "", "write JSON Lines to this file (default: standard output)")
	load := fs.String("load", "", "load into this store URI instead of writing a file")
	chunk := fs.Int("chunk", 5000, "lines per atomic batch when loading")
	fs.Parse(args)
	cfg := synth.Config{Entities: *n, Seed: *seed}
	if *load == "" {
		w := io.Writer(os.Stdout)
		if *out != "" {
			f, err := os.Create(*out)
			if err != nil {
				return err
			}
			defer f.Close()
			w = f
		}
		return synth.Generate(w, cfg)
	}
	s, err := open.Open(ctx, *load)
	if err != nil {
		return err
	}
	defer s.Close()
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(synth.Generate(pw, cfg)) }()
	start := time.Now()
	var progress func(store.ApplyResult)
	if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		progress = func(r store.ApplyResult) {
			fmt.Fprintf(os.Stderr, "\r%d entities, %d relations loaded", r.EntitiesCreated+r.EntitiesUpdated, r.RelationsCreated+r.RelationsUpdated)
		}
		defer fmt.Fprintln(os.Stderr)
	}
	res, err := dataset.Stream(ctx, s, pr, *chunk, progress)
	pr.CloseWithError(errors.New("load stopped"))
	if err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	return printResult(os.Stdout, map[string]any{
		"result": res, "seconds": secs,
		"entitiesPerSecond":  float64(res.EntitiesCreated+res.EntitiesUpdated) / secs,
		"relationsPerSecond": float64(res.RelationsCreated+res.RelationsUpdated) / secs,
	})
}
