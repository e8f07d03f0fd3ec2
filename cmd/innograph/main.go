// Command innograph serves and loads the innovation-ecosystem graph.
//
//	innograph serve  [--addr HOST:PORT] [--store URI]   GraphQL API (seeds an empty store)
//	innograph seed   [--store URI] [--replace]          load the curated graph
//	innograph import [--store URI] [--json] FILE...     load JSON Lines lists
//	innograph stats  [--store URI]                      count what a store holds
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"innograph/data"
	"innograph/dataset"
	"innograph/server"
	"innograph/store"
	"innograph/store/open"
)

const usage = `innograph: a GraphQL knowledge graph of Chengdu's innovation ecosystem

Usage:
  innograph serve  [--addr HOST:PORT] [--store URI] [--seed=true]
  innograph seed   [--store URI] [--replace]
  innograph import [--store URI] [--json] FILE.jsonl...
  innograph stats  [--store URI]

Stores (--store, or INNOGRAPH_STORE):
  file:DIR           embedded, persisted in DIR (default file:.data)
  mem:               embedded, in memory only
  bolt://HOST:PORT   Neo4j (NEO4J_USER, NEO4J_PASSWORD)
  neo4j://HOST:PORT  Neo4j cluster with routing
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	var err error
	switch cmd, args := os.Args[1], os.Args[2:]; cmd {
	case "serve":
		err = serve(ctx, log, args)
	case "seed":
		err = seed(ctx, args)
	case "import":
		err = importFiles(ctx, args)
	case "stats":
		err = stats(ctx, args)
	case "help", "-h", "--help":
		fmt.Print(usage)
	default:
		fmt.Fprintf(os.Stderr, "innograph: unknown command %q\n\n%s", cmd, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "innograph %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

func storeFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("INNOGRAPH_STORE")
	if def == "" {
		def = open.DefaultURI
	}
	return fs.String("store", def, "store URI: file:DIR, mem:, bolt://HOST:PORT or neo4j://HOST:PORT")
}

func serve(ctx context.Context, log *slog.Logger, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	uri := storeFlag(fs)
	seedEmpty := fs.Bool("seed", true, "load the curated graph when the store is empty")
	timeout := fs.Duration("timeout", 10*time.Second, "time limit of one request")
	fs.Parse(args)

	s, err := open.Open(ctx, *uri)
	if err != nil {
		return err
	}
	defer s.Close()
	if *seedEmpty {
		st, err := s.Stats(ctx)
		if err != nil {
			return fmt.Errorf("read store: %w", err)
		}
		if st.Entities == 0 {
			res, err := loadCurated(ctx, s)
			if err != nil {
				return fmt.Errorf("seed empty store: %w", err)
			}
			log.Info("seeded empty store with the curated graph", "entities", res.EntitiesCreated, "relations", res.RelationsCreated)
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           server.New(server.Config{Store: s, Logger: log, Timeout: *timeout}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "graphql", "http://"+ln.Addr().String()+"/graphql", "store", *uri)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}

func loadCurated(ctx context.Context, s store.Store) (store.ApplyResult, error) {
	return dataset.Load(ctx, s, bytes.NewReader(data.Curated))
}

func seed(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("seed", flag.ExitOnError)
	uri := storeFlag(fs)
	replace := fs.Bool("replace", false, "wipe the store first")
	fs.Parse(args)
	s, err := open.Open(ctx, *uri)
	if err != nil {
		return err
	}
	defer s.Close()
	if *replace {
		if err := s.Clear(ctx); err != nil {
			return fmt.Errorf("wipe store: %w", err)
		}
	}
	res, err := loadCurated(ctx, s)
	if err != nil {
		return err
	}
	return printResult(os.Stdout, res)
}

func printResult(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// importFiles loads JSON Lines files, each as one atomic batch: a bad file
// is reported and skipped, and the others still load.
func importFiles(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("import", flag.ExitOnError)
	uri := storeFlag(fs)
	asJSON := fs.Bool("json", false, "print a machine-readable report")
	fs.Parse(args)
	if fs.NArg() == 0 {
		return errors.New("no files given")
	}
	s, err := open.Open(ctx, *uri)
	if err != nil {
		return err
	}
	defer s.Close()
	type fileReport struct {
		File string `json:"file"`
		store.ApplyResult
		Error string `json:"error,omitempty"`
	}
	var report struct {
		Documents []fileReport `json:"documents"`
	}
	failed := 0
	for _, path := range fs.Args() {
		rep := fileReport{File: path}
		res, err := importFile(ctx, s, path)
		if err != nil {
			rep.Error = err.Error()
			failed++
		}
		rep.ApplyResult = res
		report.Documents = append(report.Documents, rep)
		if !*asJSON {
			if err != nil {
				fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			} else {
				fmt.Printf("%s: %d entities created, %d updated; %d relations created, %d updated\n", path,
					res.EntitiesCreated, res.EntitiesUpdated, res.RelationsCreated, res.RelationsUpdated)
			}
		}
	}
	if *asJSON {
		printResult(os.Stdout, report)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files failed", failed, fs.NArg())
	}
	return nil
}

func importFile(ctx context.Context, s store.Store, path string) (store.ApplyResult, error) {
	if ext := filepath.Ext(path); ext != ".jsonl" && ext != ".ndjson" {
		return store.ApplyResult{}, fmt.Errorf("only JSON Lines (.jsonl) lists can be imported so far")
	}
	f, err := os.Open(path)
	if err != nil {
		return store.ApplyResult{}, err
	}
	defer f.Close()
	return dataset.Load(ctx, s, f)
}

func stats(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("stats", flag.ExitOnError)
	uri := storeFlag(fs)
	fs.Parse(args)
	s, err := open.Open(ctx, *uri)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	return printResult(os.Stdout, st)
}
