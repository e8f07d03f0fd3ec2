// Package graph holds the resolvers: a few lines each, all reads going
// through the request's loaders (for nested fields) or straight to the
// store (for root fields, which run once per request).
package graph

import (
	"context"
	"errors"
	"fmt"

	"innograph/graph/model"
	"innograph/loaders"
	"innograph/store"
)

// Resolver is the root resolver.
type Resolver struct {
	Store store.Store
	// MaxFirst bounds `first` on every connection.
	MaxFirst int

	directCache directCache
}

// ErrBadInput marks errors that the client caused; the server reports them
// as BAD_USER_INPUT rather than hiding them as internal errors.
var ErrBadInput = errors.New("bad input")

func badInput(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadInput, fmt.Sprintf(format, args...))
}

// shortcutLimit caps the shortcut list fields (coBuilders, suppliers, ...).
const shortcutLimit = 100

// rel describes a shortcut field as a neighbour query.
type rel struct {
	types []store.RelType
	dir   store.Direction
	kinds []store.Kind
}

var (
	coBuilders      = rel{types: []store.RelType{store.RelCoBuiltBy}, dir: store.Out}
	coBuilt         = rel{types: []store.RelType{store.RelCoBuiltBy}, dir: store.In}
	partOf          = rel{types: []store.RelType{store.RelPartOf}, dir: store.Out}
	parts           = rel{types: []store.RelType{store.RelPartOf}, dir: store.In}
	regions         = rel{types: []store.RelType{store.RelLocatedIn}, dir: store.Out}
	located         = rel{types: []store.RelType{store.RelLocatedIn}, dir: store.In}
	supportedChains = rel{types: []store.RelType{store.RelSupportsChain}, dir: store.Out}
	served          = rel{types: []store.RelType{store.RelServes}, dir: store.Out}
	servedBy        = rel{types: []store.RelType{store.RelServes}, dir: store.In}
	incubated       = rel{types: []store.RelType{store.RelIncubated}, dir: store.Out}
	incubatedBy     = rel{types: []store.RelType{store.RelIncubated}, dir: store.In}
	partners        = rel{types: []store.RelType{store.RelPartnersWith}, dir: store.Both}
	staff           = rel{types: []store.RelType{store.RelWorksAt}, dir: store.In}
	chains          = rel{types: []store.RelType{store.RelLeadsChain, store.RelMemberOfChain}, dir: store.Out}
	ledChains       = rel{types: []store.RelType{store.RelLeadsChain}, dir: store.Out}
	suppliers       = rel{types: []store.RelType{store.RelSupplies}, dir: store.In}
	customers       = rel{types: []store.RelType{store.RelSupplies}, dir: store.Out}
	almaMaters      = rel{types: []store.RelType{store.RelAlumnusOf}, dir: store.Out}
	employers       = rel{types: []store.RelType{store.RelWorksAt}, dir: store.Out}
	leaders         = rel{types: []store.RelType{store.RelLeadsChain}, dir: store.In}
	members         = rel{types: []store.RelType{store.RelMemberOfChain}, dir: store.In}
	supporters      = rel{types: []store.RelType{store.RelSupportsChain}, dir: store.In}
	alumni          = rel{types: []store.RelType{store.RelAlumnusOf}, dir: store.In}
)

// related resolves a shortcut field: the distinct entities at the other end,
// in neighbour order. An entity joined twice (e.g. a chain it both leads and
// belongs to) appears once. It runs once per entity of a nested list, in a
// goroutine of its own, so its frame is kept small: a large one makes
// every such goroutine grow and copy its stack.
func (r *Resolver) related(ctx context.Context, e *model.EntityBase, spec rel) ([]model.Entity, error) {
	l := loaders.For(ctx)
	p := planFor(ctx, l)
	// A field above that expanded its subtree has left this page in the
	// cache.
	page, ok, err := l.Neighbors.Peek(spec.key(e.ID, p.light))
	if !ok {
		page, err = fetchRelated(ctx, l, e.ID, spec, p)
	}
	if err != nil {
		return nil, err
	}
	// One type in one direction cannot join an entity twice.
	return distinctOthers(page.Neighbors, len(spec.types) != 1 || spec.dir == store.Both), nil
}

//go:noinline
func distinctOthers(ns []store.Neighbor, dedup bool) []model.Entity {
	out := make([]model.Entity, 0, len(ns))
	if !dedup {
		for _, n := range ns {
			out = append(out, model.FromEntity(n.Other))
		}
		return out
	}
	seen := make(map[string]bool, len(ns))
	for _, n := range ns {
		if !seen[n.Other.ID] {
			seen[n.Other.ID] = true
			out = append(out, model.FromEntity(n.Other))
		}
	}
	return out
}

// fetchRelated loads a shortcut field's page that no field above expanded:
// with its subtree when its entities select shortcut fields, else alone.
//
//go:noinline
func fetchRelated(ctx context.Context, l *loaders.Loaders, id string, spec rel, p plan) (store.NeighborPage, error) {
	if len(p.children) == 0 {
		return l.Neighbors.Load(ctx, spec.key(id, p.light))
	}
	eq := store.ExpandQuery{NeighborQuery: spec.query("", p.light), Children: p.children}
	name := fmt.Sprint(eq)
	l.Plan(name, eq)
	return l.Expand.Load(ctx, loaders.ExpandKey{EntityID: id, Plan: name})
}

// neighbors resolves Entity.neighbors and the paged shortcut fields.
func (r *Resolver) neighbors(ctx context.Context, e *model.EntityBase, types []model.RelationType, dir *model.Direction, kinds []model.EntityKind, first *int, after *string) (*model.NeighborConnection, error) {
	var ts []store.RelType
	for _, t := range types {
		ts = append(ts, store.RelType(t))
	}
	var d *store.Direction
	if dir != nil {
		sd := store.Direction(*dir)
		d = &sd
	}
	q, countOnly, err := r.neighborQuery(ts, d, storeKinds(kinds), first, after)
	if err != nil {
		return nil, err
	}
	q.EntityID = e.ID
	l := loaders.For(ctx)
	q.Light = connectionLight(ctx, l)
	page, err := l.Neighbors.Load(ctx, loaders.NewNeighborKey(q))
	if err != nil {
		return nil, wrapStore(err)
	}
	if countOnly {
		page = countPage(page)
	}
	conn := &model.NeighborConnection{TotalCount: page.TotalCount, Edges: []*model.NeighborEdge{}, Nodes: []model.Entity{}}
	for i, n := range page.Neighbors {
		node := model.FromEntity(n.Other)
		conn.Edges = append(conn.Edges, &model.NeighborEdge{Cursor: store.EncodeCursor(page.Offset + i),
			Relation: model.FromRelation(n.Relation), Node: node, Direction: model.Direction(n.Direction)})
		conn.Nodes = append(conn.Nodes, node)
	}
	conn.PageInfo = pageInfo(page.PageInfo, len(page.Neighbors))
	return conn, nil
}

// neighborQuery is the neighbour query of a connection's arguments (its
// EntityID left to the caller), and whether it asks for the count alone.
func (r *Resolver) neighborQuery(types []store.RelType, dir *store.Direction, kinds []store.Kind, first *int, after *string) (store.NeighborQuery, bool, error) {
	q := store.NeighborQuery{Direction: store.Both, Types: types, Kinds: kinds}
	if dir != nil {
		q.Direction = *dir
	}
	p, countOnly, err := r.page(first, after)
	q.Page = p
	return q, countOnly, err
}

// countPage is a page read for its count alone (see page): no neighbours,
// and a next page when there is anything at all.
func countPage(p store.NeighborPage) store.NeighborPage {
	p.Neighbors, p.HasNext = nil, p.TotalCount > p.Offset
	return p
}

func (r *Resolver) alumniOf(ctx context.Context, e *model.EntityBase, first *int, after *string) (*model.NeighborConnection, error) {
	dir := model.DirectionIn
	return r.neighbors(ctx, e, []model.RelationType{model.RelationTypeAlumnusOf}, &dir, nil, first, after)
}

// sources resolves Entity.sources: the documents its evidence cites.
func (r *Resolver) sources(ctx context.Context, e *model.EntityBase) ([]*store.Document, error) {
	docs, err := loaders.For(ctx).Documents.LoadAll(ctx, store.Sources(e.Record.Evidence))
	if err != nil {
		return nil, err
	}
	out := make([]*store.Document, 0, len(docs))
	for _, d := range docs {
		if d != nil {
			out = append(out, d)
		}
	}
	return out, nil
}

// page checks a connection's arguments. first: 0 is a valid request for
// totalCount alone; the store has no empty page size, so countOnly tells
// the caller to ask for one item and drop it.
func (r *Resolver) page(first *int, after *string) (p store.Page, countOnly bool, err error) {
	p.First = store.DefaultPage
	if first != nil {
		p.First = *first
	}
	max := r.MaxFirst
	if max <= 0 {
		max = store.MaxPage
	}
	if p.First < 0 || p.First > max {
		return p, false, badInput("first must be between 0 and %d", max)
	}
	if after != nil {
		p.After = *after
		if _, err := store.DecodeCursor(p.After); err != nil {
			return p, false, badInput("after is not a cursor of this list")
		}
	}
	if p.First == 0 {
		p.First, countOnly = 1, true
	}
	return p, countOnly, nil
}

// findEntities resolves every entity listing.
func (r *Resolver) findEntities(ctx context.Context, kinds []store.Kind, text *string, sort *model.EntitySort, first *int, after *string) (*model.EntityConnection, error) {
	p, countOnly, err := r.page(first, after)
	if err != nil {
		return nil, err
	}
	q := store.EntityQuery{Kinds: kinds, Page: p, Sort: store.SortRelevance}
	if text != nil {
		q.Text = *text
	}
	if sort != nil {
		q.Sort = store.EntitySort(*sort)
	}
	page, err := r.Store.FindEntities(ctx, q)
	if err != nil {
		return nil, wrapStore(err)
	}
	if countOnly {
		page.Entities, page.HasNext = nil, page.TotalCount > page.Offset
	}
	conn := &model.EntityConnection{TotalCount: page.TotalCount, Edges: []*model.EntityEdge{}, Nodes: []model.Entity{}}
	for i, e := range page.Entities {
		loaders.For(ctx).Entities.Prime(e.ID, e)
		node := model.FromEntity(e)
		conn.Edges = append(conn.Edges, &model.EntityEdge{Cursor: store.EncodeCursor(page.Offset + i), Node: node})
		conn.Nodes = append(conn.Nodes, node)
	}
	conn.PageInfo = pageInfo(page.PageInfo, len(page.Entities))
	return conn, nil
}

func storeKinds(ks []model.EntityKind) []store.Kind {
	var out []store.Kind
	for _, k := range ks {
		out = append(out, store.Kind(k))
	}
	return out
}

func pageInfo(p store.PageInfo, n int) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: p.HasNext, HasPreviousPage: p.HasPrevious}
	if n > 0 {
		start, end := store.EncodeCursor(p.Offset), store.EncodeCursor(p.Offset+n-1)
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
}

// wrapStore marks the store's input errors as the client's.
func wrapStore(err error) error {
	if errors.Is(err, store.ErrInvalid) {
		return fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	return err
}

func (r *Resolver) entity(ctx context.Context, id string) (model.Entity, error) {
	e, err := loaders.For(ctx).Entities.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	return model.FromEntity(e), nil
}

// node resolves a global id: entities and relations have distinct prefixes.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	if len(id) > 2 && id[:2] == "r_" {
		rel, err := loaders.For(ctx).Relations.Load(ctx, id)
		if err != nil || rel == nil {
			return nil, err
		}
		return model.FromRelation(rel), nil
	}
	e, err := loaders.For(ctx).Entities.Load(ctx, id)
	if err != nil || e == nil {
		return nil, err
	}
	return model.FromEntity(e), nil
}

// MaxPathHops bounds path queries: six hops already reach most of a
// curated graph, and the cost of a search grows with the fan-out per hop.
const MaxPathHops = 6

func (r *Resolver) path(ctx context.Context, from, to string, maxHops *int, types []model.RelationType) (*model.Path, error) {
	hops, err := hopsArg(maxHops)
	if err != nil {
		return nil, err
	}
	p, err := r.Store.ShortestPath(ctx, from, to, hops, relTypes(types))
	if err != nil || p == nil {
		return nil, wrapStore(err)
	}
	return model.FromPath(p), nil
}

func hopsArg(maxHops *int) (int, error) {
	hops := 4
	if maxHops != nil {
		hops = *maxHops
	}
	if hops < 1 || hops > MaxPathHops {
		return 0, badInput("maxHops must be between 1 and %d", MaxPathHops)
	}
	return hops, nil
}

// mentions resolves Document.mentions; the mention's text is the sentence.
func (r *Resolver) mentions(ctx context.Context, doc string) ([]*model.Mention, error) {
	ms, err := loaders.For(ctx).Mentions.Load(ctx, doc)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Mention, len(ms))
	for i, m := range ms {
		out[i] = &model.Mention{EntityID: m.EntityID, Text: m.Evidence.Text, Start: m.Evidence.Start, End: m.Evidence.End}
	}
	return out, nil
}

func (r *Resolver) documents(ctx context.Context, first *int, after *string) (*model.DocumentConnection, error) {
	p, countOnly, err := r.page(first, after)
	if err != nil {
		return nil, err
	}
	page, err := r.Store.FindDocuments(ctx, p)
	if err != nil {
		return nil, wrapStore(err)
	}
	if countOnly {
		page.Documents, page.HasNext = nil, page.TotalCount > page.Offset
	}
	conn := &model.DocumentConnection{TotalCount: page.TotalCount, Edges: []*model.DocumentEdge{}, Nodes: []*store.Document{}}
	for i, d := range page.Documents {
		conn.Edges = append(conn.Edges, &model.DocumentEdge{Cursor: store.EncodeCursor(page.Offset + i), Node: d})
		conn.Nodes = append(conn.Nodes, d)
	}
	conn.PageInfo = pageInfo(page.PageInfo, len(page.Documents))
	return conn, nil
}

func (r *Resolver) document(ctx context.Context, id string) (*store.Document, error) {
	return loaders.For(ctx).Documents.Load(ctx, id)
}

func (r *Resolver) relation(ctx context.Context, id string) (*store.Relation, error) {
	return loaders.For(ctx).Relations.Load(ctx, id)
}

// optional maps the store's empty strings to GraphQL nulls.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
