// Package neo4jstore is the Neo4j backend of the store contract. It gives the
// same answers as the embedded store (the conformance suite pins them) and
// answers every read of many keys in one Cypher round trip.
//
// Graph shape:
//
//   - An entity is a node labelled :Entity plus its kind as a second label,
//     spelled exactly as the kind (:LAB, :UNIVERSITY, ...). Labels come only
//     from store.Kinds; when an entity's kind changes, the other kind labels
//     are removed. Properties: id, kind, name, key (store.Key(name)),
//     nameLen (code points, for relevance order), aliases, aliasKeys
//     (store.Key of each alias), aliasText (aliases joined by new lines, for
//     the full-text index), props and evidence (JSON strings, since Neo4j
//     has no map properties) and docs (the distinct documents its evidence
//     cites, used by Mentions).
//   - A relation is a Neo4j relationship of its own type (from
//     store.RelTypes) with properties id, props and evidence (JSON).
//   - A document is a :Document node with its fields as string properties.
//
// Mentions are read from the entities' docs list, not from relationships:
// MENTIONED_IN is also one of the model's relation types between entities,
// and relationships to documents would otherwise show up in neighbours,
// degrees and paths.
//
// Schema (created idempotently by Open): uniqueness of :Entity(id),
// :Document(id) and of id on every relationship type, a range index on
// :Entity(key), and a CJK full-text index over names and aliases
// (entity_names) kept for later full-text search. Searches here use the
// exact substring rules of store.Rank over the stored keys instead.
package neo4jstore

import (
	"context"
	"fmt"
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"innograph/store"
)

// Config says how to reach the server. An empty User means no auth; an empty
// Database means the server's default database.
type Config struct {
	URI      string
	User     string
	Password string
	Database string
}

// Store is a store.Store backed by a Neo4j server.
type Store struct {
	driver  neo4j.DriverWithContext
	db      string
	observe atomic.Pointer[Observer]
}

// Observer sees a read statement and its parameters before it runs.
type Observer func(cypher string, params map[string]any)

// Observe makes f see every read statement from now on (nil: none), so
// that a benchmark can PROFILE exactly what a request costs the database.
func (s *Store) Observe(f Observer) {
	if f == nil {
		s.observe.Store(nil)
		return
	}
	s.observe.Store(&f)
}

var _ store.Store = (*Store)(nil)

// Open connects to the server, checks that it answers and sets the schema
// up, waiting for the indexes to come online.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return nil, fmt.Errorf("neo4j: open %s: %w", cfg.URI, err)
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("neo4j: connect to %s: %w", cfg.URI, err)
	}
	s := &Store{driver: driver, db: cfg.Database}
	if err := s.setupSchema(ctx); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	return s, nil
}

// setupSchema runs each schema statement in its own managed write
// transaction (Neo4j does not mix schema and data changes in one), then
// waits for the indexes.
func (s *Store) setupSchema(ctx context.Context) error {
	for _, stmt := range schemaStatements() {
		if err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
			_, err := run(ctx, tx, stmt, nil)
			return err
		}); err != nil {
			return fmt.Errorf("neo4j: schema: %w", err)
		}
	}
	if err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		_, err := run(ctx, tx, awaitIndexesCypher, nil)
		return err
	}); err != nil {
		return fmt.Errorf("neo4j: await indexes: %w", err)
	}
	return s.migrate(ctx)
}

// migrate runs the data migrations the database has not had yet.
func (s *Store) migrate(ctx context.Context) error {
	recs, err := s.query(ctx, readSchemaVersionCypher, nil)
	if err != nil {
		return fmt.Errorf("neo4j: schema version: %w", err)
	}
	if intOf(recs[0].Values[0]) >= schemaVersion {
		return nil
	}
	// CALL ... IN TRANSACTIONS needs an implicit transaction.
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite, DatabaseName: s.db})
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, backfillCypher, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("neo4j: backfill alias keys: %w", err)
	}
	// Recorded after the migration: a failure midway runs it again.
	if err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		_, err := run(ctx, tx, writeSchemaVersionCypher, map[string]any{"v": int64(schemaVersion)})
		return err
	}); err != nil {
		return fmt.Errorf("neo4j: schema version: %w", err)
	}
	return nil
}

// Close implements store.Store.
func (s *Store) Close() error {
	return s.driver.Close(context.Background())
}

// read runs work in a managed read transaction, in a session opened for
// reading so that a cluster routes it to a follower.
func (s *Store) read(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: s.db})
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) { return nil, work(tx) })
	return err
}

// write runs work in a managed write transaction, which the driver retries
// on transient errors: work must compute everything afresh on each call.
func (s *Store) write(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite, DatabaseName: s.db})
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) { return nil, work(tx) })
	return err
}

// run runs one statement and collects its records.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}
