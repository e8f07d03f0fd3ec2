package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"innograph/store"
)

// query runs one read statement in a managed read transaction.
func (s *Store) query(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if f := s.observe.Load(); f != nil {
		(*f)(cypher, params)
	}
	var recs []*neo4j.Record
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		var err error
		recs, err = run(ctx, tx, cypher, params)
		return err
	})
	return recs, err
}

// Stats implements store.Store.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	recs, err := s.query(ctx, statsCypher, nil)
	if err != nil {
		return store.Stats{}, fmt.Errorf("neo4j: stats: %w", err)
	}
	v := recs[0].Values
	return store.Stats{Entities: intOf(v[0]), Relations: intOf(v[1]), Documents: intOf(v[2])}, nil
}

// GetEntities implements store.Store.
func (s *Store) GetEntities(ctx context.Context, ids []string) ([]*store.Entity, error) {
	out := make([]*store.Entity, len(ids))
	if len(ids) == 0 {
		return out, ctx.Err()
	}
	byID, err := s.entitiesByID(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("neo4j: get entities: %w", err)
	}
	for i, id := range ids {
		out[i] = cloneEntity(byID[id])
	}
	return out, nil
}

func (s *Store) entitiesByID(ctx context.Context, ids []string) (map[string]*store.Entity, error) {
	recs, err := s.query(ctx, getEntitiesCypher, map[string]any{"ids": toAny(ids)})
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*store.Entity, len(recs))
	for _, rec := range recs {
		e, err := decodeEntity(rec.Values[0])
		if err != nil {
			return nil, err
		}
		byID[e.ID] = e
	}
	return byID, nil
}

// cloneEntity copies e so that a key asked for twice gives two values the
// caller may change independently.
func cloneEntity(e *store.Entity) *store.Entity {
	if e == nil {
		return nil
	}
	c := *e
	c.Aliases = append([]string{}, e.Aliases...)
	c.Props = make(map[string]string, len(e.Props))
	for k, v := range e.Props {
		c.Props[k] = v
	}
	c.Evidence = append([]store.Evidence{}, e.Evidence...)
	return &c
}

func cloneRelation(r *store.Relation) *store.Relation {
	if r == nil {
		return nil
	}
	c := *r
	c.Props = make(map[string]string, len(r.Props))
	for k, v := range r.Props {
		c.Props[k] = v
	}
	c.Evidence = append([]store.Evidence{}, r.Evidence...)
	return &c
}

// LookupNames implements store.Store.
func (s *Store) LookupNames(ctx context.Context, names []string) ([]*store.Entity, error) {
	out := make([]*store.Entity, len(names))
	var keys []any
	for _, n := range names {
		if k := store.Key(n); k != "" {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return out, ctx.Err()
	}
	recs, err := s.query(ctx, lookupNamesCypher, map[string]any{"keys": keys, "aliasQueries": aliasQueries(keys)})
	if err != nil {
		return nil, fmt.Errorf("neo4j: lookup names: %w", err)
	}
	byName := map[string]*store.Entity{}  // key -> entity of that name
	byAlias := map[string]*store.Entity{} // key -> alias holder with the smallest id
	for _, rec := range recs {
		e, err := decodeEntity(rec.Values[0])
		if err != nil {
			return nil, fmt.Errorf("neo4j: lookup names: %w", err)
		}
		byName[store.Key(e.Name)] = e
		aliasKeys, _ := rec.Values[1].([]any)
		for _, a := range aliasKeys {
			k, _ := a.(string)
			if cur := byAlias[k]; cur == nil || e.ID < cur.ID {
				byAlias[k] = e
			}
		}
	}
	for i, n := range names {
		k := store.Key(n)
		if k == "" {
			continue
		}
		if e := byName[k]; e != nil {
			out[i] = cloneEntity(e)
		} else if e := byAlias[k]; e != nil {
			out[i] = cloneEntity(e)
		}
	}
	return out, nil
}

// FindEntities implements store.Store.
func (s *Store) FindEntities(ctx context.Context, q store.EntityQuery) (store.EntityPage, error) {
	text := store.Key(q.Text)
	cypher, ok := findEntitiesCypher(q.Sort, text != "" && !strings.Contains(text, "\n"))
	if !ok {
		return store.EntityPage{}, fmt.Errorf("neo4j: find entities: %w: unknown sort %q", store.ErrInvalid, q.Sort)
	}
	start, err := store.DecodeCursor(q.After)
	if err != nil {
		return store.EntityPage{}, fmt.Errorf("neo4j: find entities: %w", err)
	}
	recs, err := s.query(ctx, cypher, map[string]any{
		"text":  text,
		"kinds": toAny(q.Kinds),
		"skip":  start,
		"limit": store.Limit(q.First),
	})
	if err != nil {
		return store.EntityPage{}, fmt.Errorf("neo4j: find entities: %w", err)
	}
	total := intOf(recs[0].Values[0])
	_, _, info, err := store.Window(q.Page, total)
	if err != nil {
		return store.EntityPage{}, fmt.Errorf("neo4j: find entities: %w", err)
	}
	list, _ := recs[0].Values[1].([]any)
	page := store.EntityPage{TotalCount: total, PageInfo: info, Entities: make([]*store.Entity, 0, len(list))}
	for _, v := range list {
		e, err := decodeEntity(v)
		if err != nil {
			return store.EntityPage{}, fmt.Errorf("neo4j: find entities: %w", err)
		}
		page.Entities = append(page.Entities, e)
	}
	return page, nil
}

// Neighbors implements store.Store.
func (s *Store) Neighbors(ctx context.Context, qs []store.NeighborQuery) ([]store.NeighborPage, error) {
	out := make([]store.NeighborPage, len(qs))
	if len(qs) == 0 {
		return out, ctx.Err()
	}
	qparams := make([]any, len(qs))
	params := map[string]any{"qs": qparams}
	var groups []neighborGroup
	groupOf := map[neighborGroup]int{}
	for i, q := range qs {
		start, err := store.DecodeCursor(q.After)
		if err != nil {
			return nil, fmt.Errorf("neo4j: neighbors: %w", err)
		}
		g := neighborGroup{shape: newNeighborShape(q), skip: start, limit: store.Limit(q.First)}
		k, ok := groupOf[g]
		if !ok {
			k = len(groups)
			groupOf[g] = k
			groups = append(groups, g)
			params[fmt.Sprintf("skip%d", k)] = g.skip
			params[fmt.Sprintf("limit%d", k)] = g.limit
		}
		qparams[i] = map[string]any{"i": i, "id": q.EntityID, "group": k, "kinds": toAny(q.Kinds), "light": q.Light}
		// Entities absent from the store get no row: an empty page.
		_, _, info, _ := store.Window(q.Page, 0)
		out[i] = store.NeighborPage{PageInfo: info}
	}
	recs, err := s.query(ctx, neighborsCypher(groups), params)
	if err != nil {
		return nil, fmt.Errorf("neo4j: neighbors: %w", err)
	}
	for _, rec := range recs {
		i, total := intOf(rec.Values[0]), intOf(rec.Values[1])
		_, _, info, err := store.Window(qs[i].Page, total)
		if err != nil {
			return nil, fmt.Errorf("neo4j: neighbors: %w", err)
		}
		list, _ := rec.Values[2].([]any)
		page := store.NeighborPage{TotalCount: total, PageInfo: info}
		if total > 0 { // like the memory store: nil only when there are none at all
			page.Neighbors = make([]store.Neighbor, 0, len(list))
		}
		for _, v := range list {
			m, _ := v.(map[string]any)
			n, err := decodeNeighbor(m, qs[i].Light)
			if err != nil {
				return nil, fmt.Errorf("neo4j: neighbors: %w", err)
			}
			page.Neighbors = append(page.Neighbors, n)
		}
		out[i] = page
	}
	return out, nil
}

// decodeNeighbor reads one item of a page: {rel, other, out}.
func decodeNeighbor(m map[string]any, light bool) (store.Neighbor, error) {
	decodeR, decodeE := decodeRelation, decodeEntity
	if light {
		decodeR, decodeE = decodeLightRelation, decodeLightEntity
	}
	r, err := decodeR(m["rel"])
	if err != nil {
		return store.Neighbor{}, err
	}
	o, err := decodeE(m["other"])
	if err != nil {
		return store.Neighbor{}, err
	}
	d := store.In
	if out, _ := m["out"].(bool); out {
		d = store.Out
	}
	return store.Neighbor{Relation: r, Other: o, Direction: d}, nil
}

// GetRelations implements store.Store.
func (s *Store) GetRelations(ctx context.Context, ids []string) ([]*store.Relation, error) {
	out := make([]*store.Relation, len(ids))
	if len(ids) == 0 {
		return out, ctx.Err()
	}
	recs, err := s.query(ctx, getRelationsCypher(), map[string]any{"ids": toAny(ids)})
	if err != nil {
		return nil, fmt.Errorf("neo4j: get relations: %w", err)
	}
	byID := map[string]*store.Relation{}
	for _, rec := range recs {
		r, err := decodeRelation(rec.Values[0])
		if err != nil {
			return nil, fmt.Errorf("neo4j: get relations: %w", err)
		}
		byID[r.ID] = r
	}
	for i, id := range ids {
		out[i] = cloneRelation(byID[id])
	}
	return out, nil
}

// GetDocuments implements store.Store.
func (s *Store) GetDocuments(ctx context.Context, ids []string) ([]*store.Document, error) {
	out := make([]*store.Document, len(ids))
	if len(ids) == 0 {
		return out, ctx.Err()
	}
	recs, err := s.query(ctx, getDocumentsCypher, map[string]any{"ids": toAny(ids)})
	if err != nil {
		return nil, fmt.Errorf("neo4j: get documents: %w", err)
	}
	byID := map[string]*store.Document{}
	for _, rec := range recs {
		d, err := decodeDocument(rec.Values[0])
		if err != nil {
			return nil, fmt.Errorf("neo4j: get documents: %w", err)
		}
		byID[d.ID] = d
	}
	for i, id := range ids {
		if d := byID[id]; d != nil {
			c := *d
			out[i] = &c
		}
	}
	return out, nil
}

// FindDocuments implements store.Store.
func (s *Store) FindDocuments(ctx context.Context, p store.Page) (store.DocumentPage, error) {
	start, err := store.DecodeCursor(p.After)
	if err != nil {
		return store.DocumentPage{}, fmt.Errorf("neo4j: find documents: %w", err)
	}
	recs, err := s.query(ctx, findDocumentsCypher, map[string]any{"skip": start, "limit": store.Limit(p.First)})
	if err != nil {
		return store.DocumentPage{}, fmt.Errorf("neo4j: find documents: %w", err)
	}
	total := intOf(recs[0].Values[0])
	_, _, info, err := store.Window(p, total)
	if err != nil {
		return store.DocumentPage{}, fmt.Errorf("neo4j: find documents: %w", err)
	}
	page := store.DocumentPage{TotalCount: total, PageInfo: info}
	list, _ := recs[0].Values[1].([]any)
	for _, v := range list {
		d, err := decodeDocument(v)
		if err != nil {
			return store.DocumentPage{}, fmt.Errorf("neo4j: find documents: %w", err)
		}
		page.Documents = append(page.Documents, d)
	}
	return page, nil
}

// Mentions implements store.Store.
func (s *Store) Mentions(ctx context.Context, docIDs []string) ([][]store.Mention, error) {
	out := make([][]store.Mention, len(docIDs))
	if len(docIDs) == 0 {
		return out, ctx.Err()
	}
	recs, err := s.query(ctx, mentionsCypher, map[string]any{"docs": toAny(docIDs)})
	if err != nil {
		return nil, fmt.Errorf("neo4j: mentions: %w", err)
	}
	names := map[string]string{}
	byDoc := map[string][]store.Mention{}
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		name, _ := rec.Values[1].(string)
		raw, _ := rec.Values[2].(string)
		ev, err := decodeEvidence(raw)
		if err != nil {
			return nil, fmt.Errorf("neo4j: mentions: entity %s: %w", id, err)
		}
		names[id] = name
		for _, e := range ev {
			byDoc[e.Doc] = append(byDoc[e.Doc], store.Mention{EntityID: id, Evidence: e})
		}
	}
	for i, doc := range docIDs {
		ms := append([]store.Mention(nil), byDoc[doc]...)
		store.SortMentions(ms, names)
		out[i] = ms
	}
	return out, nil
}
