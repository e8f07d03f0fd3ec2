// Package backendtest gives tests an empty store of each backend they run
// against: the embedded one always, Neo4j when INNOGRAPH_TEST_NEO4J names a
// server (and, under CI, it must). A package that uses it calls
// neo4jtest.Main from its TestMain, so that packages do not clear the
// shared server under each other.
package backendtest

import (
	"context"
	"os"
	"testing"

	"innograph/internal/neo4jtest"
	"innograph/store"
	"innograph/store/memory"
	"innograph/store/open"
)

// Opener returns an empty store, closed when the test ends.
type Opener func(t testing.TB) store.Store

// Backends names an Opener per backend.
func Backends() map[string]Opener {
	out := map[string]Opener{
		"memory": func(t testing.TB) store.Store { return memory.New() },
	}
	if os.Getenv(neo4jtest.EnvURI) != "" || os.Getenv("CI") == "true" {
		out["neo4j"] = func(t testing.TB) store.Store {
			uri := neo4jtest.URI(t)
			s, err := open.Open(context.Background(), uri)
			if err != nil {
				t.Fatalf("Neo4j at %s: %v", uri, err)
			}
			t.Cleanup(func() { s.Close() })
			if err := s.Clear(context.Background()); err != nil {
				t.Fatal(err)
			}
			return s
		}
	}
	return out
}
