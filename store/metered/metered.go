// Package metered wraps a store and counts its calls, so that tests and
// benchmarks can state how many store round trips a request costs.
package metered

import (
	"context"
	"sync/atomic"

	"innograph/store"
)

// Store counts every read and write call made to the store it wraps.
type Store struct {
	store.Store
	calls atomic.Int64
}

// New wraps s.
func New(s store.Store) *Store { return &Store{Store: s} }

// Calls returns the number of calls so far.
func (m *Store) Calls() int64 { return m.calls.Load() }

// Reset sets the count back to zero.
func (m *Store) Reset() { m.calls.Store(0) }

func (m *Store) GetEntities(ctx context.Context, ids []string) ([]*store.Entity, error) {
	m.calls.Add(1)
	return m.Store.GetEntities(ctx, ids)
}

func (m *Store) LookupNames(ctx context.Context, names []string) ([]*store.Entity, error) {
	m.calls.Add(1)
	return m.Store.LookupNames(ctx, names)
}

func (m *Store) FindEntities(ctx context.Context, q store.EntityQuery) (store.EntityPage, error) {
	m.calls.Add(1)
	return m.Store.FindEntities(ctx, q)
}

func (m *Store) Expand(ctx context.Context, roots []string, q store.ExpandQuery) ([]*store.Expansion, error) {
	m.calls.Add(1)
	return m.Store.Expand(ctx, roots, q)
}

func (m *Store) Neighbors(ctx context.Context, qs []store.NeighborQuery) ([]store.NeighborPage, error) {
	m.calls.Add(1)
	return m.Store.Neighbors(ctx, qs)
}

func (m *Store) GetRelations(ctx context.Context, ids []string) ([]*store.Relation, error) {
	m.calls.Add(1)
	return m.Store.GetRelations(ctx, ids)
}

func (m *Store) ShortestPath(ctx context.Context, from, to string, maxHops int, types []store.RelType) (*store.Path, error) {
	m.calls.Add(1)
	return m.Store.ShortestPath(ctx, from, to, maxHops, types)
}

func (m *Store) GetDocuments(ctx context.Context, ids []string) ([]*store.Document, error) {
	m.calls.Add(1)
	return m.Store.GetDocuments(ctx, ids)
}

func (m *Store) FindDocuments(ctx context.Context, p store.Page) (store.DocumentPage, error) {
	m.calls.Add(1)
	return m.Store.FindDocuments(ctx, p)
}

func (m *Store) Mentions(ctx context.Context, docIDs []string) ([][]store.Mention, error) {
	m.calls.Add(1)
	return m.Store.Mentions(ctx, docIDs)
}

func (m *Store) Apply(ctx context.Context, b store.Batch) (store.ApplyResult, error) {
	m.calls.Add(1)
	return m.Store.Apply(ctx, b)
}

func (m *Store) Stats(ctx context.Context) (store.Stats, error) {
	m.calls.Add(1)
	return m.Store.Stats(ctx)
}

func (m *Store) Chains(ctx context.Context, chainIDs []string, regionID string) ([]*store.ChainReport, error) {
	m.calls.Add(1)
	return m.Store.Chains(ctx, chainIDs, regionID)
}

func (m *Store) SupplyTiers(ctx context.Context, q store.SupplyQuery) ([]store.SupplyTier, error) {
	m.calls.Add(1)
	return m.Store.SupplyTiers(ctx, q)
}

func (m *Store) FindTalents(ctx context.Context, f store.TalentFilter, p store.Page) (store.EntityPage, error) {
	m.calls.Add(1)
	return m.Store.FindTalents(ctx, f, p)
}

func (m *Store) TalentPipeline(ctx context.Context, q store.PipelineQuery) ([]store.Placement, error) {
	m.calls.Add(1)
	return m.Store.TalentPipeline(ctx, q)
}

func (m *Store) ShortestPaths(ctx context.Context, from, to string, maxHops int, types []store.RelType, limit int) ([]*store.Path, error) {
	m.calls.Add(1)
	return m.Store.ShortestPaths(ctx, from, to, maxHops, types, limit)
}

func (m *Store) Neighborhood(ctx context.Context, center string, hops int, types []store.RelType, limit int) (*store.Subgraph, error) {
	m.calls.Add(1)
	return m.Store.Neighborhood(ctx, center, hops, types, limit)
}
