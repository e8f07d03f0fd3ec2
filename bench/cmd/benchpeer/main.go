// Command benchpeer measures innograph side by side with the Neo4j GraphQL
// Library (@neo4j/graphql on Apollo Server) and with hand-written Cypher,
// on one Neo4j holding a synthetic graph, and innograph on its embedded
// store too. For each scale it starts a fresh Neo4j of its own, loads the
// graph, checks that all four systems give the same answers, drives each
// with an open-loop load and writes bench/results/scale-N.json; then it
// renders bench/REPORT.md from every scale measured so far.
//
//	go run ./bench/cmd/benchpeer -scale 10000,100000 -duration 30s [-json FILE]
//
// It exits non-zero when any answers differ.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	"innograph/bench/report"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.scales, "scale", "10000", "graph sizes in entities, comma-separated")
	flag.DurationVar(&cfg.budget, "duration", 30*time.Second, "rate search budget per system and query")
	flag.DurationVar(&cfg.bound, "bound", 100*time.Millisecond, "p99 latency a sustained rate must stay under")
	flag.StringVar(&cfg.jsonOut, "json", "", "also write the flat JSON summary to this file")
	flag.StringVar(&cfg.results, "results", "bench/results", "folder of the per-scale results")
	flag.StringVar(&cfg.reportPath, "report", "bench/REPORT.md", "the Markdown report to regenerate ('' for none)")
	flag.StringVar(&cfg.repo, "repo", ".", "the repository root")
	flag.StringVar(&cfg.neo4jHome, "neo4j-home", "bench/.neo4j", "home folder of the benchmark's own Neo4j")
	flag.IntVar(&cfg.neo4jPort, "neo4j-port", 0, "Bolt port of the benchmark's Neo4j (0: a free one)")
	flag.StringVar(&cfg.heap, "neo4j-heap", "3g", "Neo4j heap")
	flag.StringVar(&cfg.pageCache, "neo4j-pagecache", "2g", "Neo4j page cache")
	flag.Uint64Var(&cfg.seed, "seed", 1, "seed of the synthetic graph")
	flag.StringVar(&cfg.only, "only", "", "run only the queries whose names contain this")
	flag.BoolVar(&cfg.verbose, "v", false, "log each of innograph's statements with its db hits")
	flag.DurationVar(&cfg.loaderWait, "loader-wait", 0, "innograph's dataloader wait (0: its default)")
	flag.BoolVar(&cfg.reportOnly, "report-only", false, "measure nothing: rewrite the report (and -json) from the results folder")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the benchmark's process (innograph, the floor and the client) to this file")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	log.SetFlags(log.Ltime)
	log.SetPrefix("benchpeer: ")

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, cfg); err != nil {
		pprof.StopCPUProfile()
		log.Fatal(err)
	}
}

type config struct {
	scales, jsonOut, results, reportPath, repo string
	neo4jHome, heap, pageCache, only           string
	neo4jPort                                  int
	verbose, reportOnly                        bool
	commit                                     string
	budget, bound, loaderWait                  time.Duration
	seed                                       uint64
}

func run(ctx context.Context, cfg config) error {
	if _, err := os.Stat(filepath.Join(cfg.repo, "scripts", "neo4j")); err != nil {
		return fmt.Errorf("run from the repository root (or set -repo): %w", err)
	}
	var sizes []int
	for _, f := range strings.Split(cfg.scales, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 100 {
			return fmt.Errorf("bad -scale %q", cfg.scales)
		}
		sizes = append(sizes, n)
	}
	if cfg.reportOnly {
		sizes = nil
	}
	cfg.commit = commit(cfg.repo)
	unequal := 0
	for _, n := range sizes {
		sc, err := measure(ctx, cfg, n)
		if err != nil {
			return fmt.Errorf("scale %d: %w", n, err)
		}
		if err := report.Save(cfg.results, sc); err != nil {
			return err
		}
		for _, q := range sc.Queries {
			if !q.Equal {
				unequal++
				log.Printf("scale %d: %s: answers differ: %v", n, q.Name, q.Differences)
			}
		}
	}
	scales, err := report.LoadAll(cfg.results)
	if err != nil {
		return err
	}
	if cfg.reportPath != "" {
		f, err := os.Create(cfg.reportPath)
		if err != nil {
			return err
		}
		if err := report.Markdown(f, scales, preface); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		log.Printf("wrote %s", cfg.reportPath)
	}
	if cfg.jsonOut != "" {
		if err := report.WriteJSON(cfg.jsonOut, scales); err != nil {
			return err
		}
		log.Printf("wrote %s", cfg.jsonOut)
	}
	if unequal > 0 {
		return fmt.Errorf("%d queries answered differently across systems", unequal)
	}
	return nil
}
