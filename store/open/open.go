// Package open turns a store URI into a store, so that every command
// selects its backend the same way:
//
//	mem:                 ephemeral, in memory
//	file:DIR             embedded, persisted in DIR (the default, file:.data)
//	bolt://HOST:PORT     Neo4j, one server
//	neo4j://HOST:PORT    Neo4j with cluster routing
//
// Neo4j credentials come from NEO4J_USER and NEO4J_PASSWORD, never from the
// URI, so that they stay out of logs and process lists.
package open

import (
	"context"
	"fmt"
	"os"
	"strings"

	"innograph/store"
	"innograph/store/memory"
	neo4jstore "innograph/store/neo4j"
)

// DefaultURI is where `innograph serve` keeps the graph when told nothing.
const DefaultURI = "file:.data"

// Open opens the store named by uri.
func Open(ctx context.Context, uri string) (store.Store, error) {
	scheme, rest, _ := strings.Cut(uri, ":")
	switch scheme {
	case "mem":
		return memory.New(), nil
	case "file":
		if rest == "" {
			return nil, fmt.Errorf("store %q: file: needs a folder, e.g. file:.data", uri)
		}
		return memory.Open(strings.TrimPrefix(rest, "//"))
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
		return openNeo4j(ctx, uri)
	}
	return nil, fmt.Errorf("store %q: unknown scheme; use mem:, file:DIR, bolt://HOST:PORT or neo4j://HOST:PORT", uri)
}

func openNeo4j(ctx context.Context, uri string) (store.Store, error) {
	s, err := neo4jstore.Open(ctx, neo4jstore.Config{
		URI:      uri,
		User:     os.Getenv("NEO4J_USER"), // empty: no auth
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"), // empty: the server's default
	})
	if err != nil {
		return nil, fmt.Errorf("store %q: %w", uri, err)
	}
	return s, nil
}
