package graph

import (
	"context"

	"innograph/graph/model"
	"innograph/loaders"
	"innograph/store"
)

// chainReport loads a chain's report through the request's loader, so a
// list of chains costs one store call.
func (r *Resolver) chainReport(ctx context.Context, id string, region *string) (*store.ChainReport, error) {
	k := loaders.ChainKey{ID: id}
	if region != nil {
		k.Region = *region
	}
	rep, err := loaders.For(ctx).Chains.Load(ctx, k)
	if err == nil && rep == nil {
		err = badInput("industry chain %s does not exist", id)
	}
	return rep, err
}

func (r *Resolver) chainLeaders(ctx context.Context, chain *model.IndustryChain) ([]*model.Enterprise, error) {
	rep, err := r.chainReport(ctx, chain.ID, nil)
	if err != nil {
		return nil, err
	}
	out := []*model.Enterprise{}
	for _, l := range rep.Leaders {
		if e, ok := model.FromEntity(l.Entity).(*model.Enterprise); ok {
			out = append(out, e)
		}
	}
	return out, nil
}

func (r *Resolver) chainSupporters(ctx context.Context, chain *model.IndustryChain) ([]model.Entity, error) {
	rep, err := r.chainReport(ctx, chain.ID, nil)
	if err != nil {
		return nil, err
	}
	out := []model.Entity{}
	for _, s := range rep.Supporters {
		out = append(out, model.FromEntity(s.Entity))
	}
	return out, nil
}

func (r *Resolver) chainSegments(ctx context.Context, chain *model.IndustryChain, region *string) ([]*model.ChainSegment, error) {
	rep, err := r.chainReport(ctx, chain.ID, region)
	if err != nil {
		return nil, err
	}
	out := []*model.ChainSegment{}
	for _, s := range store.Segments(rep) {
		out = append(out, model.FromSegment(s))
	}
	return out, nil
}

func (r *Resolver) chainGaps(ctx context.Context, chain *model.IndustryChain, region *string) ([]*model.ChainGap, error) {
	rep, err := r.chainReport(ctx, chain.ID, region)
	if err != nil {
		return nil, err
	}
	out := []*model.ChainGap{}
	for _, g := range store.Gaps(rep) {
		out = append(out, model.FromGap(g, rep.Region))
	}
	return out, nil
}

func (r *Resolver) chainRegion(ctx context.Context, chain *model.IndustryChain) (model.Entity, error) {
	rep, err := r.chainReport(ctx, chain.ID, nil)
	if err != nil {
		return nil, err
	}
	return model.FromEntity(rep.Region), nil
}

func (r *Resolver) industryChain(ctx context.Context, name string) (*model.IndustryChain, error) {
	found, err := r.Store.LookupNames(ctx, []string{name})
	if err != nil {
		return nil, err
	}
	chain, _ := model.FromEntity(found[0]).(*model.IndustryChain)
	return chain, nil
}

func (r *Resolver) supplyChain(ctx context.Context, enterprise string, dir *model.SupplyDirection, depth *int) ([]*model.SupplyTier, error) {
	d, walk := 3, store.SupplyUpstream
	if depth != nil {
		d = *depth
	}
	if dir != nil {
		walk = store.SupplyDirection(*dir)
	}
	if d < 1 || d > store.MaxSupplyDepth {
		return nil, badInput("depth must be between 1 and %d", store.MaxSupplyDepth)
	}
	light, edges := tiersSelection(ctx)
	tiers, err := r.Store.SupplyTiers(ctx, store.SupplyQuery{EntityID: enterprise, Direction: walk, Depth: d, Light: light, NoRelations: !edges})
	if err != nil {
		return nil, wrapStore(err)
	}
	out := []*model.SupplyTier{}
	for _, t := range tiers {
		out = append(out, model.FromTier(t))
	}
	return out, nil
}

func (r *Resolver) talents(ctx context.Context, f *model.TalentFilter, first *int, after *string) (*model.TalentConnection, error) {
	p, countOnly, err := r.page(first, after)
	if err != nil {
		return nil, err
	}
	var tf store.TalentFilter
	if f != nil {
		tf = store.TalentFilter{AlumniOf: deref(f.AlumniOf), Discipline: deref(f.Discipline), Employer: deref(f.Employer),
			Chain: deref(f.Chain), Role: deref(f.Role)}
	}
	page, err := r.Store.FindTalents(ctx, tf, p)
	if err != nil {
		return nil, wrapStore(err)
	}
	if countOnly {
		page.Entities, page.HasNext = nil, page.TotalCount > page.Offset
	}
	conn := &model.TalentConnection{TotalCount: page.TotalCount, Edges: []*model.TalentEdge{}, Nodes: []*model.Talent{}}
	for i, e := range page.Entities {
		t, ok := model.FromEntity(e).(*model.Talent)
		if !ok {
			continue
		}
		loaders.For(ctx).Entities.Prime(e.ID, e)
		conn.Edges = append(conn.Edges, &model.TalentEdge{Cursor: store.EncodeCursor(page.Offset + i), Node: t})
		conn.Nodes = append(conn.Nodes, t)
	}
	conn.PageInfo = pageInfo(page.PageInfo, len(page.Entities))
	return conn, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func (r *Resolver) talentPipeline(ctx context.Context, university, chain string) ([]*model.TalentPlacement, error) {
	ps, err := r.Store.TalentPipeline(ctx, store.PipelineQuery{UniversityID: university, ChainID: chain, NoEvidence: !placementsNeedEvidence(ctx)})
	if err != nil {
		return nil, wrapStore(err)
	}
	out := []*model.TalentPlacement{}
	for _, p := range ps {
		out = append(out, model.FromPlacement(p))
	}
	return out, nil
}

func (r *Resolver) paths(ctx context.Context, from, to string, maxHops, first *int, types []model.RelationType) ([]*model.Path, error) {
	hops, err := hopsArg(maxHops)
	if err != nil {
		return nil, err
	}
	n := 5
	if first != nil {
		n = *first
	}
	if n < 1 || n > store.MaxPaths {
		return nil, badInput("first must be between 1 and %d", store.MaxPaths)
	}
	ps, err := r.Store.ShortestPaths(ctx, from, to, hops, relTypes(types), n)
	if err != nil {
		return nil, wrapStore(err)
	}
	out := []*model.Path{}
	for _, p := range ps {
		out = append(out, model.FromPath(p))
	}
	return out, nil
}

func (r *Resolver) subgraph(ctx context.Context, center string, hops *int, types []model.RelationType, limit *int) (*model.Subgraph, error) {
	h, n := 1, 200
	if hops != nil {
		h = *hops
	}
	if limit != nil {
		n = *limit
	}
	if h < 0 || h > store.MaxNeighborhoodHops || n < 1 || n > store.MaxNeighborhoodLimit {
		return nil, badInput("hops must be 0 to %d and limit 1 to %d", store.MaxNeighborhoodHops, store.MaxNeighborhoodLimit)
	}
	g, err := r.Store.Neighborhood(ctx, center, h, relTypes(types), n)
	if err != nil || g == nil {
		return nil, wrapStore(err)
	}
	return model.FromSubgraph(g), nil
}

func relTypes(ts []model.RelationType) []store.RelType {
	var out []store.RelType
	for _, t := range ts {
		out = append(out, store.RelType(t))
	}
	return out
}
