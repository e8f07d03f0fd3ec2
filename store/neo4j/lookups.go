package neo4jstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"innograph/store"
)

// Each lookup is one Cypher statement. Bounds (depths, hops) must be
// literals in a quantified path pattern, so they are checked and spliced
// as integers; relationship types come from the allowlist. The statements
// return what they reached; store's shared functions order and shape it as
// the embedded store's answers are ordered and shaped.

// localExpr decides whether entity v lies in the region bound to reg.
func localExpr(v string) string {
	return `(reg IS NOT NULL AND EXISTS { MATCH (` + v + `)-[:LOCATED_IN]->(:Entity)-[:PART_OF*0..` +
		strconv.Itoa(store.MaxRegionDepth) + `]->(reg) })`
}

func linkedMap(e, r string) string {
	return `{e: ` + e + ` ` + entityMap + `, r: ` + relationMap(r) + `, local: ` + localExpr(e) + `}`
}

// chainCypher gathers a chain's leaders, members, supporters and the
// supplies into its enterprises, each marked local or not.
var chainCypher = `UNWIND range(0, size($chains) - 1) AS i
MATCH (c:Entity {id: $chains[i]})
OPTIONAL MATCH (c)-[:LOCATED_IN]->(own:Entity)
WITH i, c, min(own.id) AS ownRegion
OPTIONAL MATCH (reg:Entity {id: CASE WHEN $region <> '' THEN $region ELSE ownRegion END})
WITH i, c, reg
RETURN i, c ` + entityMap + ` AS chain, reg ` + entityMap + ` AS region,
  COLLECT { MATCH (e:Entity)-[r:LEADS_CHAIN]->(c) RETURN ` + linkedMap("e", "r") + ` } AS leaders,
  COLLECT { MATCH (e:Entity)-[r:MEMBER_OF_CHAIN]->(c) RETURN ` + linkedMap("e", "r") + ` } AS members,
  COLLECT {
    MATCH (e:Entity)-[r:SUPPORTS_CHAIN]->(c) RETURN ` + linkedMap("e", "r") + ` AS x
    UNION
    MATCH (e:Entity)-[r:SERVES]->(c) WHERE e.kind IN $supporterKinds RETURN ` + linkedMap("e", "r") + ` AS x
    UNION
    MATCH (e:Entity)-[r:SERVES]->(:Entity)-[:LEADS_CHAIN|MEMBER_OF_CHAIN]->(c) WHERE e.kind IN $supporterKinds
    RETURN ` + linkedMap("e", "r") + ` AS x
  } AS supporters,
  COLLECT {
    MATCH (s:Entity)-[r:SUPPLIES]->(m:Entity)-[:LEADS_CHAIN|MEMBER_OF_CHAIN]->(c)
    RETURN DISTINCT {r: ` + relationMap("r") + `, s: s ` + entityMap + `, m: m ` + entityMap + `, local: ` + localExpr("s") + `}
  } AS supplies`

// Chains implements store.Lookups.
func (s *Store) Chains(ctx context.Context, chainIDs []string, regionID string) ([]*store.ChainReport, error) {
	recs, err := s.query(ctx, chainCypher, map[string]any{"chains": chainIDs, "region": regionID,
		"supporterKinds": toAny(store.SupporterKinds)})
	if err != nil {
		return nil, fmt.Errorf("neo4j: chains: %w", err)
	}
	out := make([]*store.ChainReport, len(chainIDs))
	for _, rec := range recs {
		rep, err := decodeChainReport(rec.Values[1:])
		if err != nil {
			return nil, fmt.Errorf("neo4j: chains: %w", err)
		}
		out[intOf(rec.Values[0])] = rep
	}
	return out, nil
}

func decodeChainReport(v []any) (*store.ChainReport, error) {
	rep := &store.ChainReport{}
	var err error
	if rep.Chain, err = decodeEntity(v[0]); err != nil {
		return nil, err
	}
	if v[1] != nil {
		if rep.Region, err = decodeEntity(v[1]); err != nil {
			return nil, err
		}
	}
	for i, dst := range []*[]store.Linked{&rep.Leaders, &rep.Members, &rep.Supporters} {
		if *dst, err = decodeLinked(v[2+i]); err != nil {
			return nil, err
		}
	}
	rep.Supplies = []store.Supply{}
	list, _ := v[5].([]any)
	for _, item := range list {
		m, _ := item.(map[string]any)
		sp := store.Supply{CustomerMember: true}
		if sp.Relation, err = decodeRelation(m["r"]); err == nil {
			if sp.Supplier, err = decodeEntity(m["s"]); err == nil {
				sp.Customer, err = decodeEntity(m["m"])
			}
		}
		if err != nil {
			return nil, err
		}
		sp.SupplierLocal, _ = m["local"].(bool)
		rep.Supplies = append(rep.Supplies, sp)
	}
	store.NormalizeChainReport(rep)
	return rep, nil
}

func decodeLinked(v any) ([]store.Linked, error) {
	list, _ := v.([]any)
	out := make([]store.Linked, 0, len(list))
	for _, item := range list {
		m, _ := item.(map[string]any)
		e, err := decodeEntity(m["e"])
		if err != nil {
			return nil, err
		}
		r, err := decodeRelation(m["r"])
		if err != nil {
			return nil, err
		}
		local, _ := m["local"].(bool)
		out = append(out, store.Linked{Entity: e, Relation: r, Local: local})
	}
	return out, nil
}

// reachCypher finds, for every entity within hops of the start along
// pattern, its distance (ANY SHORTEST gives one shortest path per end, so
// the walk is a breadth-first search, not an enumeration of paths), and the
// relations among the start and what it reached.
func reachCypher(pattern string, relFilter string, light, relations, aliases bool) string {
	entity, relation := entityMap, relationMap("r")
	if light {
		entity, relation = lightEntityExpr("x"), lightRelationExpr("r")
	}
	if !relations && light {
		// Light, without the relations among them: each reached entity is
		// projected once, as it is found, as a list (map keys repeated in
		// every item cost a fifth of the statement on a supplier tree),
		// aliases only when asked for.
		item := "x.id, x.kind, x.name, length(p)"
		if aliases {
			item += ", x.aliases"
		}
		return `MATCH (start:Entity {id: $id})
MATCH p = ANY SHORTEST (start)` + pattern + `(x:Entity) WHERE x <> start
RETURN collect([` + item + `]) AS reached, [] AS rels`
	}
	if !relations {
		// Without the relations among them, the start node and the list of
		// reached nodes are not needed: each reached entity is projected
		// once, as it is found (a tenth less work on a supplier tree).
		return `MATCH (start:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (start)` + pattern + `(x:Entity) WHERE x <> start
WITH x, length(p) AS d WHERE x IS NOT NULL
RETURN collect({e: ` + projection(entity, "x") + `, d: d}) AS reached, [] AS rels`
	}
	rels := "COLLECT { UNWIND nodes AS a MATCH (a)-[r" + relFilter + "]->(b:Entity) WHERE b IN nodes RETURN " + relation + " }"
	return `MATCH (start:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (start)` + pattern + `(x:Entity) WHERE x <> start
WITH start, collect(CASE WHEN x IS NULL THEN null ELSE {x: x, d: length(p)} END) AS reached
WITH start, [{x: start, d: 0}] + reached AS reached
WITH reached, [r IN reached | r.x] AS nodes
UNWIND reached AS r
WITH nodes, r.x AS x, r.d AS d
WITH nodes, collect({e: ` + projection(entity, "x") + `, d: d}) AS reached
RETURN reached,
  ` + rels + ` AS rels`
}

// projection applies a map projection to variable x: entityMap is written
// for a variable ({.id, ...}), the light one for an expression.
func projection(p, x string) string {
	if strings.HasPrefix(p, "{.") {
		return x + " " + p
	}
	return p
}

type reached struct {
	depth map[string]int
	ents  []*store.Entity
	rels  []*store.Relation
}

func (s *Store) reach(ctx context.Context, cypher string, params map[string]any, light bool) (*reached, error) {
	decodeE, decodeR := decodeEntity, decodeRelation
	if light {
		decodeE, decodeR = decodeLightEntity, decodeLightRelation
	}
	recs, err := s.query(ctx, cypher, params)
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	out := &reached{depth: map[string]int{}}
	list, _ := recs[0].Values[0].([]any)
	for _, item := range list {
		if l, ok := item.([]any); ok { // [id, kind, name, depth(, aliases)]
			e, err := decodeReachedItem(l)
			if err != nil {
				return nil, err
			}
			out.depth[e.ID] = intOf(l[3])
			out.ents = append(out.ents, e)
			continue
		}
		m, _ := item.(map[string]any)
		e, err := decodeE(m["e"])
		if err != nil {
			return nil, err
		}
		out.depth[e.ID] = intOf(m["d"])
		out.ents = append(out.ents, e)
	}
	rels, _ := recs[0].Values[1].([]any)
	for _, v := range rels {
		r, err := decodeR(v)
		if err != nil {
			return nil, err
		}
		out.rels = append(out.rels, r)
	}
	return out, nil
}

// decodeReachedItem reads the entity of a reached list item.
func decodeReachedItem(l []any) (*store.Entity, error) {
	if len(l) < 4 {
		return nil, fmt.Errorf("reached item of %d values, want 4 or 5", len(l))
	}
	s := func(i int) string { v, _ := l[i].(string); return v }
	e := &store.Entity{ID: s(0), Kind: store.Kind(s(1)), Name: s(2)}
	if len(l) > 4 {
		e.Aliases = decodeStrings(l[4])
	}
	return e, nil
}

// SupplyTiers implements store.Lookups.
func (s *Store) SupplyTiers(ctx context.Context, q store.SupplyQuery) ([]store.SupplyTier, error) {
	id, dir, depth := q.EntityID, q.Direction, q.Depth
	if depth < 1 || depth > store.MaxSupplyDepth {
		return nil, fmt.Errorf("neo4j: supply tiers: %w: depth must be between 1 and %d", store.ErrInvalid, store.MaxSupplyDepth)
	}
	pattern := `<-[:SUPPLIES]-{1,` + strconv.Itoa(depth) + `}`
	if dir == store.SupplyDownstream {
		pattern = `-[:SUPPLIES]->{1,` + strconv.Itoa(depth) + `}`
	}
	got, err := s.reach(ctx, reachCypher(pattern, ":SUPPLIES", q.Light, !q.NoRelations, !q.NoAliases), map[string]any{"id": id}, q.Light)
	if err != nil {
		return nil, fmt.Errorf("neo4j: supply tiers: %w", err)
	}
	tiers := []store.SupplyTier{}
	if got == nil {
		return tiers, nil
	}
	names := map[string]string{}
	byDepth := map[int]*store.SupplyTier{}
	maxDepth := 0
	for _, e := range got.ents {
		names[e.ID] = e.Name
		if d := got.depth[e.ID]; d > 0 {
			if byDepth[d] == nil {
				byDepth[d] = &store.SupplyTier{Depth: d, Entities: []*store.Entity{}, Relations: []*store.Relation{}}
			}
			byDepth[d].Entities = append(byDepth[d].Entities, e)
			maxDepth = max(maxDepth, d)
		}
	}
	for _, r := range got.rels {
		near, far := r.To, r.From // upstream: the supplier is one tier further
		if dir == store.SupplyDownstream {
			near, far = r.From, r.To
		}
		if d := got.depth[far]; d > 0 && got.depth[near] == d-1 {
			byDepth[d].Relations = append(byDepth[d].Relations, r)
		}
	}
	for d := 1; d <= maxDepth; d++ {
		store.SortTier(byDepth[d], names)
		tiers = append(tiers, *byDepth[d])
	}
	return tiers, nil
}

// chainBodiesExpr lists a chain's leaders, members and supporters (as
// chainCypher finds them) as nodes, which a membership test compares by
// identity rather than by a property read per candidate; $chain may be
// empty.
const chainBodiesExpr = `COLLECT {
    MATCH (e:Entity)-[:LEADS_CHAIN|MEMBER_OF_CHAIN|SUPPORTS_CHAIN]->(:Entity {id: $chain}) RETURN e
    UNION
    MATCH (e:Entity)-[:SERVES]->(:Entity {id: $chain}) WHERE e.kind IN $supporterKinds RETURN e
    UNION
    MATCH (e:Entity)-[:SERVES]->(:Entity)-[:LEADS_CHAIN|MEMBER_OF_CHAIN]->(:Entity {id: $chain})
    WHERE e.kind IN $supporterKinds RETURN e
  }`

// roleKeyExpr is the key of a WORKS_AT w's role, else of person t's title.
const roleKeyExpr = `(CASE WHEN coalesce(w.k_role, '') <> '' THEN w.k_role ELSE coalesce(t.k_title, '') END)`

var findTalentsCypher = `WITH ` + chainBodiesExpr + ` AS bodies
MATCH (t:Entity:TALENT)
WHERE ($alumniOf = '' AND $discipline = '' OR EXISTS {
    MATCH (t)-[a:ALUMNUS_OF]->(u:Entity)
    WHERE ($alumniOf = '' OR u.id = $alumniOf) AND coalesce(a.k_discipline, '') CONTAINS $discipline })
  AND ($employer = '' AND $role = '' AND $chain = '' OR EXISTS {
    MATCH (t)-[w:WORKS_AT]->(emp:Entity)
    WHERE ($employer = '' OR emp.id = $employer) AND ` + roleKeyExpr + ` CONTAINS $role
      AND ($chain = '' OR emp IN bodies) })
WITH t ORDER BY t.name, t.id
WITH collect(t) AS hits
RETURN size(hits) AS total, [x IN hits[$skip..$skip + $limit] | x ` + entityMap + `] AS page`

// FindTalents implements store.Lookups.
func (s *Store) FindTalents(ctx context.Context, f store.TalentFilter, p store.Page) (store.EntityPage, error) {
	start, err := store.DecodeCursor(p.After)
	if err != nil {
		return store.EntityPage{}, fmt.Errorf("neo4j: find talents: %w", err)
	}
	recs, err := s.query(ctx, findTalentsCypher, map[string]any{
		"alumniOf": f.AlumniOf, "discipline": store.Key(f.Discipline), "employer": f.Employer,
		"role": store.Key(f.Role), "chain": f.Chain, "supporterKinds": toAny(store.SupporterKinds),
		"skip": start, "limit": store.Limit(p.First),
	})
	if err != nil {
		return store.EntityPage{}, fmt.Errorf("neo4j: find talents: %w", err)
	}
	total := intOf(recs[0].Values[0])
	_, _, info, err := store.Window(p, total)
	if err != nil {
		return store.EntityPage{}, fmt.Errorf("neo4j: find talents: %w", err)
	}
	list, _ := recs[0].Values[1].([]any)
	page := store.EntityPage{TotalCount: total, PageInfo: info, Entities: make([]*store.Entity, 0, len(list))}
	for _, v := range list {
		e, err := decodeEntity(v)
		if err != nil {
			return store.EntityPage{}, fmt.Errorf("neo4j: find talents: %w", err)
		}
		page.Entities = append(page.Entities, e)
	}
	return page, nil
}

// talentPipelineCypher finds the placements; without evidence, the
// projections leave out the longest properties there are.
func talentPipelineCypher(noEvidence bool) string {
	head := `WITH ` + chainBodiesExpr + ` AS bodies
MATCH (:Entity {id: $university})<-[a:ALUMNUS_OF]-(t:Entity)-[w:WORKS_AT]->(emp:Entity)
WHERE emp IN bodies
`
	if noEvidence {
		// Without evidence, each placement is one flat row: a map per
		// entity and relation cost more to send and decode than the walk
		// (a pipeline runs to thousands of rows). The relations' ids and
		// ends follow from the row (store.RelationID), and are not sent.
		return head + `RETURN t.id, t.kind, t.name, t.aliases, t.props, emp.id, emp.kind, emp.name, emp.aliases, emp.props, a.props, w.props`
	}
	return head + `RETURN t ` + entityMap + ` AS t, emp ` + entityMap + ` AS emp, ` + relationMap("a") + ` AS a, ` + relationMap("w") + ` AS w`
}

// decodePlacementRow reads a row of the flat pipeline statement.
func decodePlacementRow(university string, v []any) (store.Placement, error) {
	if len(v) != 12 {
		return store.Placement{}, fmt.Errorf("placement row of %d values, want 12", len(v))
	}
	entity := func(at int) (*store.Entity, error) {
		s := func(i int) string { x, _ := v[at+i].(string); return x }
		e := &store.Entity{ID: s(0), Kind: store.Kind(s(1)), Name: s(2), Aliases: decodeStrings(v[at+3])}
		var err error
		if e.Props, err = decodeProps(s(4)); err != nil {
			return nil, fmt.Errorf("entity %s: %w", e.ID, err)
		}
		return e, nil
	}
	relation := func(t store.RelType, from, to string, props any) (*store.Relation, error) {
		r := &store.Relation{ID: store.RelationID(t, from, to), Type: t, From: from, To: to}
		p, _ := props.(string)
		var err error
		if r.Props, err = decodeProps(p); err != nil {
			return nil, fmt.Errorf("relation %s: %w", r.ID, err)
		}
		return r, nil
	}
	var p store.Placement
	var err error
	if p.Talent, err = entity(0); err != nil {
		return p, err
	}
	if p.Employer, err = entity(5); err != nil {
		return p, err
	}
	if p.AlumnusOf, err = relation(store.RelAlumnusOf, p.Talent.ID, university, v[10]); err != nil {
		return p, err
	}
	p.WorksAt, err = relation(store.RelWorksAt, p.Talent.ID, p.Employer.ID, v[11])
	return p, err
}

// TalentPipeline implements store.Lookups.
func (s *Store) TalentPipeline(ctx context.Context, q store.PipelineQuery) ([]store.Placement, error) {
	recs, err := s.query(ctx, talentPipelineCypher(q.NoEvidence), map[string]any{"university": q.UniversityID, "chain": q.ChainID,
		"supporterKinds": toAny(store.SupporterKinds)})
	if err != nil {
		return nil, fmt.Errorf("neo4j: talent pipeline: %w", err)
	}
	out := []store.Placement{}
	for _, rec := range recs {
		if q.NoEvidence {
			p, err := decodePlacementRow(q.UniversityID, rec.Values)
			if err != nil {
				return nil, fmt.Errorf("neo4j: talent pipeline: %w", err)
			}
			out = append(out, p)
			continue
		}
		var p store.Placement
		if p.Talent, err = decodeEntity(rec.Values[0]); err == nil {
			if p.Employer, err = decodeEntity(rec.Values[1]); err == nil {
				if p.AlumnusOf, err = decodeRelation(rec.Values[2]); err == nil {
					p.WorksAt, err = decodeRelation(rec.Values[3])
				}
			}
		}
		if err != nil {
			return nil, fmt.Errorf("neo4j: talent pipeline: %w", err)
		}
		out = append(out, p)
	}
	store.SortPlacements(out)
	return out, nil
}

// ShortestPaths implements store.Lookups.
func (s *Store) ShortestPaths(ctx context.Context, from, to string, maxHops int, types []store.RelType, limit int) ([]*store.Path, error) {
	if maxHops > maxPathHops {
		return nil, fmt.Errorf("neo4j: shortest paths: %w: maxHops %d is above %d", store.ErrInvalid, maxHops, maxPathHops)
	}
	out := []*store.Path{}
	if from == to {
		byID, err := s.entitiesByID(ctx, []string{from})
		if err != nil {
			return nil, fmt.Errorf("neo4j: shortest paths: %w", err)
		}
		if byID[from] != nil && limit > 0 {
			out = append(out, &store.Path{Entities: []*store.Entity{byID[from]}})
		}
		return out, nil
	}
	if maxHops < 1 || limit < 1 {
		return out, ctx.Err()
	}
	// Types outside the allowlist cannot match any relation.
	var valid []store.RelType
	for _, t := range types {
		if t.Valid() {
			valid = append(valid, t)
		}
	}
	if len(types) > 0 && len(valid) == 0 {
		return out, ctx.Err()
	}
	recs, err := s.query(ctx, shortestPathCypher(maxHops, valid), map[string]any{"from": from, "to": to, "limit": limit})
	if err != nil {
		return nil, fmt.Errorf("neo4j: shortest paths: %w", err)
	}
	for _, rec := range recs {
		nodes, _ := rec.Values[0].([]any)
		rels, _ := rec.Values[1].([]any)
		p := &store.Path{}
		for _, v := range nodes {
			e, err := decodeEntity(v)
			if err != nil {
				return nil, fmt.Errorf("neo4j: shortest paths: %w", err)
			}
			p.Entities = append(p.Entities, e)
		}
		for _, v := range rels {
			r, err := decodeRelation(v)
			if err != nil {
				return nil, fmt.Errorf("neo4j: shortest paths: %w", err)
			}
			p.Relations = append(p.Relations, r)
		}
		out = append(out, p)
	}
	return out, nil
}

// ShortestPath implements store.Store: the first of ShortestPaths.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int, types []store.RelType) (*store.Path, error) {
	return store.FirstPath(s.ShortestPaths(ctx, from, to, maxHops, types, 1))
}

// Neighborhood implements store.Lookups.
func (s *Store) Neighborhood(ctx context.Context, center string, hops int, types []store.RelType, limit int) (*store.Subgraph, error) {
	if hops < 0 || hops > store.MaxNeighborhoodHops || limit < 1 || limit > store.MaxNeighborhoodLimit {
		return nil, fmt.Errorf("neo4j: neighborhood: %w: hops must be 0 to %d and limit 1 to %d", store.ErrInvalid, store.MaxNeighborhoodHops, store.MaxNeighborhoodLimit)
	}
	filter := ""
	if len(types) > 0 {
		names := make([]string, 0, len(types))
		for _, t := range types {
			if t.Valid() {
				names = append(names, mustType(t))
			}
		}
		if len(names) == 0 {
			names = []string{"NO_SUCH_TYPE"} // nothing outside the allowlist matches
		}
		filter = ":" + strings.Join(names, "|")
	}
	pattern := `-[` + filter + `]-{1,` + strconv.Itoa(max(hops, 1)) + `}`
	got, err := s.reach(ctx, reachCypher(pattern, filter, false, true, true), map[string]any{"id": center}, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: neighborhood: %w", err)
	}
	if got == nil {
		return nil, nil
	}
	g := &store.Subgraph{Distance: got.depth}
	for _, e := range got.ents {
		if e.ID == center {
			g.Center = e
		}
		if hops == 0 && e.ID != center {
			delete(g.Distance, e.ID)
			continue
		}
		g.Entities = append(g.Entities, e)
	}
	store.KeepNearest(g, limit)
	g.Relations = []*store.Relation{}
	for _, r := range got.rels {
		_, a := g.Distance[r.From]
		_, b := g.Distance[r.To]
		if a && b {
			g.Relations = append(g.Relations, r)
		}
	}
	store.SortSubgraph(g)
	return g, nil
}
