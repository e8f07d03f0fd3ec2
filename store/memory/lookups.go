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

// The lookups walk the in-memory indexes the way the Neo4j store's single
// queries walk the graph; store's shared functions order the results.

// within reports whether entity id is LOCATED_IN region or a place PART_OF
// it, following at most store.MaxRegionDepth PART_OF steps.
func (s *Store) within(id, region string) bool {
	if region == "" {
		return false
	}
	for _, rid := range s.out[id] {
		r := s.rels[rid]
		if r.Type == store.RelLocatedIn && s.partOf(r.To, region, store.MaxRegionDepth) {
			return true
		}
	}
	return false
}

func (s *Store) partOf(place, region string, depth int) bool {
	if place == region {
		return true
	}
	if depth == 0 {
		return false
	}
	for _, rid := range s.out[place] {
		if r := s.rels[rid]; r.Type == store.RelPartOf && s.partOf(r.To, region, depth-1) {
			return true
		}
	}
	return false
}

func (s *Store) linked(n store.Neighbor, region string) store.Linked {
	return store.Linked{Entity: cloneEntity(n.Other), Relation: cloneRelation(n.Relation), Local: s.within(n.Other.ID, region)}
}

// Chains implements store.Lookups.
func (s *Store) Chains(ctx context.Context, chainIDs []string, regionID string) ([]*store.ChainReport, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*store.ChainReport, len(chainIDs))
	for i, id := range chainIDs {
		out[i] = s.chain(id, regionID)
	}
	return out, nil
}

func (s *Store) chain(chainID, regionID string) *store.ChainReport {
	chain := s.ents[chainID]
	if chain == nil {
		return nil
	}
	if regionID == "" {
		for _, n := range s.neighbors(chainID, store.Out, []store.RelType{store.RelLocatedIn}, nil) {
			if regionID == "" || n.Other.ID < regionID {
				regionID = n.Other.ID
			}
		}
	}
	rep := &store.ChainReport{Chain: cloneEntity(chain), Region: cloneEntity(s.ents[regionID]),
		Leaders: []store.Linked{}, Members: []store.Linked{}, Supporters: []store.Linked{}, Supplies: []store.Supply{}}
	if rep.Region == nil {
		regionID = ""
	}
	enterprises := map[string]bool{}
	for _, n := range s.neighbors(chainID, store.In, nil, nil) {
		switch n.Relation.Type {
		case store.RelLeadsChain:
			rep.Leaders = append(rep.Leaders, s.linked(n, regionID))
			enterprises[n.Other.ID] = true
		case store.RelMemberOfChain:
			rep.Members = append(rep.Members, s.linked(n, regionID))
			enterprises[n.Other.ID] = true
		case store.RelSupportsChain:
			rep.Supporters = append(rep.Supporters, s.linked(n, regionID))
		case store.RelServes:
			if slices.Contains(store.SupporterKinds, n.Other.Kind) {
				rep.Supporters = append(rep.Supporters, s.linked(n, regionID))
			}
		}
	}
	for id := range enterprises {
		for _, n := range s.neighbors(id, store.In, []store.RelType{store.RelServes, store.RelSupplies}, nil) {
			switch n.Relation.Type {
			case store.RelServes:
				if slices.Contains(store.SupporterKinds, n.Other.Kind) {
					rep.Supporters = append(rep.Supporters, s.linked(n, regionID))
				}
			case store.RelSupplies:
				rep.Supplies = append(rep.Supplies, store.Supply{Relation: cloneRelation(n.Relation),
					Supplier: cloneEntity(n.Other), Customer: cloneEntity(s.ents[id]),
					SupplierLocal: s.within(n.Other.ID, regionID), CustomerMember: true})
			}
		}
	}
	store.NormalizeChainReport(rep)
	return rep
}

// SupplyTiers implements store.Lookups: a breadth-first walk.
func (s *Store) SupplyTiers(ctx context.Context, q store.SupplyQuery) ([]store.SupplyTier, error) {
	id, dir, depth := q.EntityID, q.Direction, q.Depth
	copyEntity, copyRelation := cloneEntity, cloneRelation
	if q.Light {
		copyEntity, copyRelation = lightEntity, lightRelation
	}
	if err := checkDepth(depth); err != nil {
		return nil, err
	}
	walk := store.In // upstream: who supplies it
	if dir == store.SupplyDownstream {
		walk = store.Out
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.ents[id] == nil {
		return []store.SupplyTier{}, nil
	}
	seen := map[string]bool{id: true}
	names := map[string]string{}
	frontier := []string{id}
	tiers := []store.SupplyTier{}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		tier := store.SupplyTier{Depth: d, Entities: []*store.Entity{}, Relations: []*store.Relation{}}
		var next []string
		reached := map[string]bool{}
		for _, cur := range frontier {
			names[cur] = s.ents[cur].Name
			for _, n := range s.neighbors(cur, walk, []store.RelType{store.RelSupplies}, nil) {
				if seen[n.Other.ID] && !reached[n.Other.ID] {
					continue
				}
				if !reached[n.Other.ID] {
					reached[n.Other.ID] = true
					next = append(next, n.Other.ID)
					tier.Entities = append(tier.Entities, copyEntity(n.Other))
					names[n.Other.ID] = n.Other.Name
				}
				if !q.NoRelations {
					tier.Relations = append(tier.Relations, copyRelation(n.Relation))
				}
			}
		}
		for _, n := range next {
			seen[n] = true
		}
		if len(next) == 0 {
			break
		}
		store.SortTier(&tier, names)
		tiers = append(tiers, tier)
		frontier = next
	}
	return tiers, nil
}

func checkDepth(depth int) error {
	if depth < 1 || depth > store.MaxSupplyDepth {
		return fmt.Errorf("%w: depth must be between 1 and %d", store.ErrInvalid, store.MaxSupplyDepth)
	}
	return nil
}

// chainBodies are the entities that lead or belong to a chain and its
// supporters, as Chain reports them.
func (s *Store) chainBodies(chain string) map[string]bool {
	out := map[string]bool{}
	var enterprises []string
	for _, n := range s.neighbors(chain, store.In, nil, nil) {
		switch n.Relation.Type {
		case store.RelLeadsChain, store.RelMemberOfChain:
			enterprises = append(enterprises, n.Other.ID)
			out[n.Other.ID] = true
		case store.RelSupportsChain:
			out[n.Other.ID] = true
		case store.RelServes:
			out[n.Other.ID] = out[n.Other.ID] || slices.Contains(store.SupporterKinds, n.Other.Kind)
		}
	}
	for _, id := range enterprises {
		for _, n := range s.neighbors(id, store.In, []store.RelType{store.RelServes}, store.SupporterKinds) {
			out[n.Other.ID] = true
		}
	}
	return out
}

func contains(value, want string) bool {
	return want == "" || strings.Contains(keyOf(value), store.Key(want))
}

// keyOf memoises store.Key for property values: disciplines and roles
// repeat across thousands of relations, and NFKC is not free.
var keys sync.Map

func keyOf(s string) string {
	if k, ok := keys.Load(s); ok {
		return k.(string)
	}
	k := store.Key(s)
	if len(s) < 256 {
		keys.Store(s, k)
	}
	return k
}

// talentCandidates narrows FindTalents to the people next to the most
// selective entity the filter names, else every entity.
func (s *Store) talentCandidates(f store.TalentFilter) []*store.Entity {
	from, t := f.AlumniOf, store.RelAlumnusOf
	if from == "" {
		from, t = f.Employer, store.RelWorksAt
	}
	if from == "" {
		out := make([]*store.Entity, 0, len(s.ents))
		for _, e := range s.ents {
			out = append(out, e)
		}
		return out
	}
	var out []*store.Entity
	seen := map[string]bool{}
	for _, n := range s.neighbors(from, store.In, []store.RelType{t}, nil) {
		if !seen[n.Other.ID] {
			seen[n.Other.ID] = true
			out = append(out, n.Other)
		}
	}
	return out
}

// FindTalents implements store.Lookups.
func (s *Store) FindTalents(ctx context.Context, f store.TalentFilter, p store.Page) (store.EntityPage, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var bodies map[string]bool
	if f.Chain != "" {
		bodies = s.chainBodies(f.Chain)
	}
	var hits []*store.Entity
	for _, e := range s.talentCandidates(f) {
		if e.Kind != store.KindTalent {
			continue
		}
		study := f.AlumniOf == "" && f.Discipline == ""
		work := f.Employer == "" && f.Role == "" && f.Chain == ""
		for _, rid := range s.out[e.ID] {
			r := s.rels[rid]
			switch r.Type {
			case store.RelAlumnusOf:
				study = study || ((f.AlumniOf == "" || r.To == f.AlumniOf) && contains(r.Props["discipline"], f.Discipline))
			case store.RelWorksAt:
				work = work || ((f.Employer == "" || r.To == f.Employer) && contains(store.RoleOf(r, e), f.Role) &&
					(f.Chain == "" || bodies[r.To]))
			}
		}
		if study && work {
			hits = append(hits, e)
		}
	}
	slices.SortFunc(hits, func(a, b *store.Entity) int {
		return cmpChain(strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	start, end, info, err := store.Window(p, len(hits))
	if err != nil {
		return store.EntityPage{}, err
	}
	page := store.EntityPage{TotalCount: len(hits), PageInfo: info, Entities: make([]*store.Entity, 0, end-start)}
	for _, e := range hits[start:end] {
		page.Entities = append(page.Entities, cloneEntity(e))
	}
	return page, nil
}

// TalentPipeline implements store.Lookups.
func (s *Store) TalentPipeline(ctx context.Context, q store.PipelineQuery) ([]store.Placement, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	copyEntity, copyRelation := cloneEntity, cloneRelation
	if q.NoEvidence {
		copyEntity = func(e *store.Entity) *store.Entity {
			c := &store.Entity{ID: e.ID, Kind: e.Kind, Name: e.Name, Aliases: slices.Clone(e.Aliases), Props: maps.Clone(e.Props)}
			return c
		}
		copyRelation = func(r *store.Relation) *store.Relation {
			return &store.Relation{ID: r.ID, Type: r.Type, From: r.From, To: r.To, Props: maps.Clone(r.Props)}
		}
	}
	bodies := s.chainBodies(q.ChainID)
	out := []store.Placement{}
	for _, a := range s.neighbors(q.UniversityID, store.In, []store.RelType{store.RelAlumnusOf}, nil) {
		for _, w := range s.neighbors(a.Other.ID, store.Out, []store.RelType{store.RelWorksAt}, nil) {
			if bodies[w.Other.ID] {
				out = append(out, store.Placement{Talent: copyEntity(a.Other), Employer: copyEntity(w.Other),
					AlumnusOf: copyRelation(a.Relation), WorksAt: copyRelation(w.Relation)})
			}
		}
	}
	store.SortPlacements(out)
	return out, nil
}

// ShortestPaths implements store.Lookups: the distances from the target
// form a layered graph, and a depth-first walk over it in id order yields
// the shortest paths smallest first, so it can stop at limit.
func (s *Store) ShortestPaths(ctx context.Context, from, to string, maxHops int, types []store.RelType, limit int) ([]*store.Path, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	dist, ok := s.distances(ctx, from, to, maxHops, types)
	if !ok {
		return []*store.Path{}, ctx.Err()
	}
	return s.walkPaths(from, to, dist, types, limit), nil
}

// walkPaths walks from from to to through entities each one step nearer
// to, by dist, in id order, until limit paths.
func (s *Store) walkPaths(from, to string, dist map[string]int, types []store.RelType, limit int) []*store.Path {
	out := []*store.Path{}
	var ents []*store.Entity
	var rels []*store.Relation
	var walk func(cur string)
	walk = func(cur string) {
		ents = append(ents, s.ents[cur])
		defer func() { ents = ents[:len(ents)-1] }()
		if cur == to {
			p := &store.Path{}
			for _, e := range ents {
				p.Entities = append(p.Entities, cloneEntity(e))
			}
			for _, r := range rels {
				p.Relations = append(p.Relations, cloneRelation(r))
			}
			out = append(out, p)
			return
		}
		steps := s.neighbors(cur, store.Both, types, nil)
		slices.SortFunc(steps, func(a, b store.Neighbor) int {
			return cmpChain(strings.Compare(a.Other.ID, b.Other.ID), strings.Compare(a.Relation.ID, b.Relation.ID))
		})
		for _, n := range steps {
			if d, ok := dist[n.Other.ID]; !ok || d != dist[cur]-1 || len(out) >= limit {
				continue
			}
			rels = append(rels, n.Relation)
			walk(n.Other.ID)
			rels = rels[:len(rels)-1]
		}
	}
	walk(from)
	return out
}

// distances searches from both ends at once, each step widening the
// smaller frontier, until the two meet at the shortest length L: through a
// hub, one side alone would read every entity within L hops. It returns,
// for the walk, each entity's distance to the target where the search
// knows it: exact in the target's ball, L minus the distance from the
// source in the source's; the latter is exact for every entity on a
// shortest path, and a wrong one only leads the walk to a dead end.
func (s *Store) distances(ctx context.Context, from, to string, maxHops int, types []store.RelType) (map[string]int, bool) {
	if s.ents[from] == nil || s.ents[to] == nil {
		return nil, false
	}
	if from == to {
		return map[string]int{to: 0}, true
	}
	dFrom, dTo := map[string]int{from: 0}, map[string]int{to: 0}
	fFrom, fTo := []string{from}, []string{to}
	kFrom, kTo, length := 0, 0, -1
	for length < 0 && kFrom+kTo < maxHops && len(fFrom) > 0 && len(fTo) > 0 && ctx.Err() == nil {
		mine, other, front, k := dFrom, dTo, &fFrom, &kFrom
		if len(fTo) < len(fFrom) {
			mine, other, front, k = dTo, dFrom, &fTo, &kTo
		}
		*k++
		var next []string
		for _, id := range *front {
			for _, n := range s.neighbors(id, store.Both, types, nil) {
				o := n.Other.ID
				if _, seen := mine[o]; seen {
					continue
				}
				mine[o] = *k
				next = append(next, o)
				if d, ok := other[o]; ok && (length < 0 || *k+d < length) {
					length = *k + d
				}
			}
		}
		*front = next
	}
	if length < 0 || ctx.Err() != nil {
		return nil, false
	}
	dist := make(map[string]int, len(dFrom)+len(dTo))
	for id, d := range dFrom {
		dist[id] = length - d
	}
	for id, d := range dTo {
		dist[id] = d
	}
	return dist, true
}

// Neighborhood implements store.Lookups.
func (s *Store) Neighborhood(ctx context.Context, center string, hops int, types []store.RelType, limit int) (*store.Subgraph, error) {
	if hops < 0 || hops > store.MaxNeighborhoodHops || limit < 1 || limit > store.MaxNeighborhoodLimit {
		return nil, fmt.Errorf("%w: hops must be 0 to %d and limit 1 to %d", store.ErrInvalid, store.MaxNeighborhoodHops, store.MaxNeighborhoodLimit)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	c := s.ents[center]
	if c == nil {
		return nil, nil
	}
	g := &store.Subgraph{Center: cloneEntity(c), Distance: map[string]int{center: 0}}
	frontier := []string{center}
	for d := 1; d <= hops && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for _, n := range s.neighbors(id, store.Both, types, nil) {
				if _, seen := g.Distance[n.Other.ID]; !seen {
					g.Distance[n.Other.ID] = d
					next = append(next, n.Other.ID)
				}
			}
		}
		frontier = next
	}
	for id := range g.Distance {
		g.Entities = append(g.Entities, s.ents[id])
	}
	store.KeepNearest(g, limit)
	g.Relations = []*store.Relation{}
	for i, e := range g.Entities {
		g.Entities[i] = cloneEntity(e)
		for _, n := range s.neighbors(e.ID, store.Out, types, nil) {
			if _, in := g.Distance[n.Other.ID]; in {
				g.Relations = append(g.Relations, cloneRelation(n.Relation))
			}
		}
	}
	store.SortSubgraph(g)
	return g, nil
}
