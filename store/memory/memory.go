// Package memory is the embedded store: the whole graph in memory, made
// durable by an append-only log when opened on a folder. It is the
// zero-setup default; Neo4j is the store for production.
package memory

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"innograph/store"
)

// Store is an in-memory graph, optionally persisted to a folder.
type Store struct {
	mu      sync.RWMutex
	ents    map[string]*store.Entity
	alias   map[string][]string // Key(alias) -> ids, sorted
	rels    map[string]*store.Relation
	out     map[string][]string // entity id -> relation ids
	in      map[string][]string
	docs    map[string]*store.Document
	docEnts map[string]map[string]bool // document id -> entity ids citing it
	grams   *grams
	log     *wal
}

var _ store.Store = (*Store)(nil)

// New returns an empty store that keeps nothing on disk.
func New() *Store {
	s := &Store{}
	s.reset()
	return s
}

// compactRecords is how many log records trigger a compaction at open.
const compactRecords = 256

// Open returns a store persisted in dir, replaying its log. Only one
// process may hold a folder at a time.
func Open(dir string) (*Store, error) {
	s := New()
	w, err := openWAL(dir, s.put)
	if err != nil {
		return nil, err
	}
	s.log = w
	if w.records > compactRecords {
		if err := w.rewrite(s.snapshot()); err != nil {
			w.Close()
			return nil, err
		}
	}
	return s, nil
}

func (s *Store) reset() {
	s.ents = map[string]*store.Entity{}
	s.alias = map[string][]string{}
	s.rels = map[string]*store.Relation{}
	s.out = map[string][]string{}
	s.in = map[string][]string{}
	s.docs = map[string]*store.Document{}
	s.docEnts = map[string]map[string]bool{}
	s.grams = newGrams()
}

// snapshot is the current state as log records, in chunks so that no line
// grows without bound.
func (s *Store) snapshot() []record {
	const chunk = 5000
	var recs []record
	add := func(fill func(*record)) {
		if len(recs) == 0 {
			recs = append(recs, record{})
		}
		fill(&recs[len(recs)-1])
		last := recs[len(recs)-1]
		if len(last.Entities)+len(last.Relations)+len(last.Documents) >= chunk {
			recs = append(recs, record{})
		}
	}
	for _, id := range slices.Sorted(maps.Keys(s.docs)) {
		add(func(r *record) { r.Documents = append(r.Documents, s.docs[id]) })
	}
	for _, id := range slices.Sorted(maps.Keys(s.ents)) {
		add(func(r *record) { r.Entities = append(r.Entities, s.ents[id]) })
	}
	for _, id := range slices.Sorted(maps.Keys(s.rels)) {
		add(func(r *record) { r.Relations = append(r.Relations, s.rels[id]) })
	}
	return recs
}

// put applies a record to memory. It cannot fail on a record that Apply
// built, which is what makes "logged, then applied" atomic.
func (s *Store) put(rec record) error {
	if rec.Clear {
		s.reset()
	}
	for _, d := range rec.Documents {
		s.docs[d.ID] = d
	}
	for _, e := range rec.Entities {
		old := s.ents[e.ID]
		if old != nil {
			for _, a := range old.Aliases {
				k := store.Key(a)
				s.alias[k] = slices.DeleteFunc(s.alias[k], func(id string) bool { return id == e.ID })
			}
		}
		s.ents[e.ID] = e
		s.grams.add(e, old)
		for _, a := range e.Aliases {
			k := store.Key(a)
			ids := s.alias[k]
			if i, found := slices.BinarySearch(ids, e.ID); !found {
				s.alias[k] = slices.Insert(ids, i, e.ID)
			}
		}
		for _, ev := range e.Evidence {
			s.cite(ev.Doc, e.ID)
		}
	}
	for _, r := range rec.Relations {
		if s.ents[r.From] == nil || s.ents[r.To] == nil {
			return fmt.Errorf("relation %s joins a missing entity", r.ID)
		}
		if s.rels[r.ID] == nil {
			s.out[r.From] = append(s.out[r.From], r.ID)
			s.in[r.To] = append(s.in[r.To], r.ID)
		}
		s.rels[r.ID] = r
	}
	return nil
}

func (s *Store) cite(doc, entity string) {
	m := s.docEnts[doc]
	if m == nil {
		m = map[string]bool{}
		s.docEnts[doc] = m
	}
	m[entity] = true
}

// Apply implements store.Store.
func (s *Store) Apply(ctx context.Context, b store.Batch) (store.ApplyResult, error) {
	var res store.ApplyResult
	b, err := store.NormalizeBatch(b)
	if err != nil {
		return res, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return res, err
	}
	var rec record
	for i := range b.Documents {
		d := b.Documents[i]
		old := s.docs[d.ID]
		if old == nil {
			res.DocumentsCreated++
		}
		if old == nil || *old != d {
			rec.Documents = append(rec.Documents, &d)
		}
	}
	batchEnts := map[string]bool{}
	for _, in := range b.Entities {
		id := store.EntityID(in.Name)
		batchEnts[id] = true
		if old := s.ents[id]; old == nil {
			rec.Entities = append(rec.Entities, store.NewEntity(in))
			res.EntitiesCreated++
		} else if merged, changed := store.MergeEntity(old, in); changed {
			rec.Entities = append(rec.Entities, merged)
			res.EntitiesUpdated++
		}
	}
	for _, in := range b.Relations {
		for _, end := range []string{in.From, in.To} {
			if s.ents[end] == nil && !batchEnts[end] {
				return store.ApplyResult{}, fmt.Errorf("%w: %s relation names entity %s, which does not exist", store.ErrInvalid, in.Type, end)
			}
		}
		if old := s.rels[store.RelationID(in.Type, in.From, in.To)]; old == nil {
			rec.Relations = append(rec.Relations, store.NewRelation(in))
			res.RelationsCreated++
		} else if merged, changed := store.MergeRelation(old, in); changed {
			rec.Relations = append(rec.Relations, merged)
			res.RelationsUpdated++
		}
	}
	if len(rec.Documents)+len(rec.Entities)+len(rec.Relations) == 0 {
		return res, nil
	}
	if s.log != nil {
		if err := s.log.append(rec); err != nil {
			return store.ApplyResult{}, err
		}
	}
	return res, s.put(rec)
}

// Clear implements store.Store.
func (s *Store) Clear(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.log != nil {
		if err := s.log.rewrite(nil); err != nil {
			return err
		}
	}
	s.reset()
	return nil
}

// Stats implements store.Store.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return store.Stats{Entities: len(s.ents), Relations: len(s.rels), Documents: len(s.docs)}, nil
}

// Close implements store.Store.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.log == nil {
		return nil
	}
	err := s.log.Close()
	s.log = nil
	return err
}

func cloneEntity(e *store.Entity) *store.Entity {
	if e == nil {
		return nil
	}
	c := *e
	c.Aliases = slices.Clone(e.Aliases)
	c.Props = maps.Clone(e.Props)
	c.Evidence = slices.Clone(e.Evidence)
	return &c
}

func cloneRelation(r *store.Relation) *store.Relation {
	if r == nil {
		return nil
	}
	c := *r
	c.Props = maps.Clone(r.Props)
	c.Evidence = slices.Clone(r.Evidence)
	return &c
}

// lightEntity and lightRelation are the copies of a light page: without
// props and evidence.
func lightEntity(e *store.Entity) *store.Entity {
	return &store.Entity{ID: e.ID, Kind: e.Kind, Name: e.Name, Aliases: slices.Clone(e.Aliases)}
}

func lightRelation(r *store.Relation) *store.Relation {
	return &store.Relation{ID: r.ID, Type: r.Type, From: r.From, To: r.To}
}

// Expand implements store.Store: a level costs one Neighbors call, which
// here is a few map reads.
func (s *Store) Expand(ctx context.Context, roots []string, q store.ExpandQuery) ([]*store.Expansion, error) {
	return store.ExpandByLevels(ctx, s.Neighbors, roots, q)
}

// GetEntities implements store.Store.
func (s *Store) GetEntities(ctx context.Context, ids []string) ([]*store.Entity, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*store.Entity, len(ids))
	for i, id := range ids {
		out[i] = cloneEntity(s.ents[id])
	}
	return out, nil
}

// LookupNames implements store.Store.
func (s *Store) LookupNames(ctx context.Context, names []string) ([]*store.Entity, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*store.Entity, len(names))
	for i, n := range names {
		if store.Key(n) == "" {
			continue
		}
		if e := s.ents[store.EntityID(n)]; e != nil {
			out[i] = cloneEntity(e)
		} else if ids := s.alias[store.Key(n)]; len(ids) > 0 {
			out[i] = cloneEntity(s.ents[ids[0]])
		}
	}
	return out, nil
}

func (s *Store) degree(id string) int { return len(s.out[id]) + len(s.in[id]) }

// FindEntities implements store.Store.
func (s *Store) FindEntities(ctx context.Context, q store.EntityQuery) (store.EntityPage, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	text := store.Key(q.Text)
	type hit struct {
		e    *store.Entity
		rank int
	}
	var hits []hit
	consider := func(e *store.Entity) {
		if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, e.Kind) {
			return
		}
		if r := store.Rank(e, text); r >= 0 {
			hits = append(hits, hit{e, r})
		}
	}
	if cands, indexed := s.grams.candidates(text); indexed {
		for _, e := range cands {
			consider(e)
		}
	} else {
		for _, e := range s.ents {
			consider(e)
		}
	}
	var less func(a, b hit) int
	switch q.Sort {
	case store.SortName:
		less = func(a, b hit) int {
			return cmpChain(strings.Compare(a.e.Name, b.e.Name), strings.Compare(a.e.ID, b.e.ID))
		}
	case store.SortNameDesc:
		less = func(a, b hit) int {
			return cmpChain(strings.Compare(b.e.Name, a.e.Name), strings.Compare(a.e.ID, b.e.ID))
		}
	case store.SortDegree:
		less = func(a, b hit) int {
			return cmpChain(s.degree(b.e.ID)-s.degree(a.e.ID), strings.Compare(a.e.Name, b.e.Name), strings.Compare(a.e.ID, b.e.ID))
		}
	case store.SortRelevance, "":
		less = func(a, b hit) int {
			return cmpChain(a.rank-b.rank, store.NameLen(a.e.Name)-store.NameLen(b.e.Name),
				strings.Compare(a.e.Name, b.e.Name), strings.Compare(a.e.ID, b.e.ID))
		}
	default:
		return store.EntityPage{}, fmt.Errorf("%w: unknown sort %q", store.ErrInvalid, q.Sort)
	}
	slices.SortFunc(hits, less)
	start, end, info, err := store.Window(q.Page, len(hits))
	if err != nil {
		return store.EntityPage{}, err
	}
	page := store.EntityPage{TotalCount: len(hits), PageInfo: info, Entities: make([]*store.Entity, 0, end-start)}
	for _, h := range hits[start:end] {
		page.Entities = append(page.Entities, cloneEntity(h.e))
	}
	return page, nil
}

func cmpChain(cs ...int) int {
	for _, c := range cs {
		if c != 0 {
			return c
		}
	}
	return 0
}

// Neighbors implements store.Store.
func (s *Store) Neighbors(ctx context.Context, qs []store.NeighborQuery) ([]store.NeighborPage, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]store.NeighborPage, len(qs))
	for i, q := range qs {
		ns := s.neighbors(q.EntityID, q.Direction, q.Types, q.Kinds)
		store.SortNeighbors(ns)
		start, end, info, err := store.Window(q.Page, len(ns))
		if err != nil {
			return nil, err
		}
		page := store.NeighborPage{TotalCount: len(ns), PageInfo: info, Neighbors: ns[start:end]}
		for j, n := range page.Neighbors {
			if q.Light {
				page.Neighbors[j] = store.Neighbor{Relation: lightRelation(n.Relation), Other: lightEntity(n.Other), Direction: n.Direction}
			} else {
				page.Neighbors[j] = store.Neighbor{Relation: cloneRelation(n.Relation), Other: cloneEntity(n.Other), Direction: n.Direction}
			}
		}
		out[i] = page
	}
	return out, nil
}

// neighbors returns the unsorted, uncloned neighbours of id.
func (s *Store) neighbors(id string, dir store.Direction, types []store.RelType, kinds []store.Kind) []store.Neighbor {
	var ns []store.Neighbor
	add := func(relIDs []string, d store.Direction) {
		for _, rid := range relIDs {
			r := s.rels[rid]
			if len(types) > 0 && !slices.Contains(types, r.Type) {
				continue
			}
			other := r.To
			if d == store.In {
				other = r.From
			}
			o := s.ents[other]
			if len(kinds) > 0 && !slices.Contains(kinds, o.Kind) {
				continue
			}
			ns = append(ns, store.Neighbor{Relation: r, Other: o, Direction: d})
		}
	}
	if dir != store.In {
		add(s.out[id], store.Out)
	}
	if dir != store.Out {
		add(s.in[id], store.In)
	}
	return ns
}

// GetRelations implements store.Store.
func (s *Store) GetRelations(ctx context.Context, ids []string) ([]*store.Relation, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*store.Relation, len(ids))
	for i, id := range ids {
		out[i] = cloneRelation(s.rels[id])
	}
	return out, nil
}

// ShortestPath implements store.Store: the first of ShortestPaths.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int, types []store.RelType) (*store.Path, error) {
	return store.FirstPath(s.ShortestPaths(ctx, from, to, maxHops, types, 1))
}

// GetDocuments implements store.Store.
func (s *Store) GetDocuments(ctx context.Context, ids []string) ([]*store.Document, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*store.Document, len(ids))
	for i, id := range ids {
		if d := s.docs[id]; d != nil {
			c := *d
			out[i] = &c
		}
	}
	return out, nil
}

// FindDocuments implements store.Store.
func (s *Store) FindDocuments(ctx context.Context, p store.Page) (store.DocumentPage, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ids := slices.Sorted(maps.Keys(s.docs))
	start, end, info, err := store.Window(p, len(ids))
	if err != nil {
		return store.DocumentPage{}, err
	}
	page := store.DocumentPage{TotalCount: len(ids), PageInfo: info}
	for _, id := range ids[start:end] {
		c := *s.docs[id]
		page.Documents = append(page.Documents, &c)
	}
	return page, nil
}

// Mentions implements store.Store.
func (s *Store) Mentions(ctx context.Context, docIDs []string) ([][]store.Mention, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([][]store.Mention, len(docIDs))
	for i, doc := range docIDs {
		names := map[string]string{}
		var ms []store.Mention
		for id := range s.docEnts[doc] {
			e := s.ents[id]
			names[id] = e.Name
			for _, ev := range e.Evidence {
				if ev.Doc == doc {
					ms = append(ms, store.Mention{EntityID: id, Evidence: ev})
				}
			}
		}
		store.SortMentions(ms, names)
		out[i] = ms
	}
	return out, nil
}
