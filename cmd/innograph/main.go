// Command innograph serves and loads the innovation-ecosystem graph.
//
//	innograph serve  [--addr HOST:PORT] [--store URI]   GraphQL API (seeds an empty store)
//	innograph seed   [--store URI] [--replace]          load the curated graph
//	innograph import [--store URI] [--json] FILE...     import documents and JSON Lines lists
//	innograph eval   GOLD FILE...                       score the importer on annotated documents
//	innograph stats  [--store URI]                      count what a store holds
//	innograph gen    --entities N [--seed S] [--load URI] a synthetic graph
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
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
  innograph import [--store URI] [--json] [--force] [--acceptor FILE|none] [--tagger FILE|none] [--pairer FILE|none] FILE...   (.txt .md .html .jsonl)
  innograph eval   [--store URI] [--held-out DOC] [--errors] [--json] [--acceptor FILE|none] [--tagger FILE|none] [--pairer FILE|none] GOLD FILE...
  innograph eval   --fit FILE [--threshold P] GOLD FILE...   (fit an acceptor on annotated pages)
  innograph eval   --fit-tagger FILE [--prior FILE] [--folds K] [--threshold P] GOLD FILE...   (fit a tagger on annotated pages)
  innograph eval   --fit-pairer FILE [--threshold P] GOLD FILE...   (fit a pairer of relations on annotated pages)
  innograph stats  [--store URI]
  innograph gen    [--entities N] [--seed S] [--out FILE | --load URI]

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
	case "eval":
		err = evaluate(ctx, args)
	case "gen":
		err = gen(ctx, args)
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
	opts := serveFlags(fs) // limits and access: serve_flags.go
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
	srv := opts.httpServer(server.New(opts.config(s, log)))
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
