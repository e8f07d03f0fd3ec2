package graph

import (
	"context"
	"reflect"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"innograph/graph/model"
	"innograph/loaders"
	"innograph/store"
)

// A shortcut field whose entities select further shortcut fields is
// answered with its whole subtree in one store call (one Cypher statement
// on Neo4j), as the Neo4j GraphQL Library does for every query: the
// dataloaders would cost a call and a batching wait per level. The
// subtree's pages land in the Neighbors loader, where the nested fields
// find them. Entities whose selection names only light fields are read
// without props and evidence.

// shortcuts are the shortcut fields by name; each name means the same
// neighbour query on every type that has it.
var shortcuts = map[string]rel{
	"coBuilders": coBuilders, "coBuilt": coBuilt, "partOf": partOf, "parts": parts, "regions": regions,
	"located": located, "supportedChains": supportedChains, "served": served, "servedBy": servedBy,
	"incubated": incubated, "incubatedBy": incubatedBy, "partners": partners, "staff": staff, "chains": chains,
	"ledChains": ledChains, "suppliers": suppliers, "customers": customers, "almaMaters": almaMaters,
	"employers": employers, "members": members,
}

// lightFields are what an entity without props and evidence still
// answers; shortcut fields too, since they read only the entity's id.
var lightFields = map[string]bool{"id": true, "kind": true, "name": true, "aliases": true, "__typename": true}

// maxPlanLevels bounds an expansion: each level multiplies the rows of the
// statement by up to a page, and deeper fields plan again from where the
// plan stopped.
const maxPlanLevels = 4

// typeNames are the GraphQL object type of each kind, the type conditions
// an entity of that kind satisfies.
var typeNames = func() map[store.Kind][]string {
	out := map[store.Kind][]string{}
	for _, k := range store.Kinds {
		t := reflect.TypeOf(model.FromEntity(&store.Entity{Kind: k})).Elem().Name()
		out[k] = []string{t, "Entity", "Node"}
	}
	return out
}()

// plan is what a selection of entities needs: light or not, and the
// expansions of its shortcut fields.
type plan struct {
	light    bool
	children []store.ExpandQuery
}

// planFor returns the plan of the entities that the field resolving in
// ctx returns, memoised per request and field.
func planFor(ctx context.Context, l *loaders.Loaders) plan {
	fc := graphql.GetFieldContext(ctx)
	if p, ok := l.Memo.Load(fc.Field.Field); ok {
		return p.(plan)
	}
	return newPlan(ctx, l, fc)
}

//go:noinline
func newPlan(ctx context.Context, l *loaders.Loaders, fc *graphql.FieldContext) plan {
	p := planSelection(graphql.GetOperationContext(ctx), fc.Field.Selections, maxPlanLevels-1)
	l.Memo.Store(fc.Field.Field, p)
	return p
}

// planSelection plans a selection of entities of any kind, with up to
// levels levels of expansion below them.
func planSelection(oc *graphql.OperationContext, sel ast.SelectionSet, levels int) plan {
	return planner{oc: oc, memo: map[planKey]plan{}}.plan(sel, levels)
}

// A planner plans each selection once: a field selected on every kind
// (members, under a selection with no type condition) brings the same
// selection once per kind, and planning it again at each level would cost
// the product of the kinds over the levels.
type planner struct {
	oc   *graphql.OperationContext
	memo map[planKey]plan
}

// planKey is a selection, by its place in the document, and the levels
// left below it.
type planKey struct {
	first  *ast.Selection
	n      int
	levels int
}

func (pl planner) plan(sel ast.SelectionSet, levels int) plan {
	key := planKey{n: len(sel), levels: levels}
	if len(sel) > 0 {
		key.first = &sel[0]
	}
	if p, ok := pl.memo[key]; ok {
		return p
	}
	p := pl.planOnce(sel, levels)
	pl.memo[key] = p
	return p
}

func (pl planner) planOnce(sel ast.SelectionSet, levels int) plan {
	oc := pl.oc
	type childKey struct {
		field string
		light bool
	}
	p := plan{light: true}
	byKey := map[childKey]*store.ExpandQuery{}
	var order []childKey
	for _, k := range store.Kinds {
		for _, f := range graphql.CollectFields(oc, sel, typeNames[k]) {
			spec, isShortcut := shortcuts[f.Name]
			switch {
			case lightFields[f.Name]:
			case isShortcut && len(f.Arguments) == 0:
				if levels == 0 {
					continue
				}
				sub := pl.plan(f.Selections, levels-1)
				ck := childKey{f.Name, sub.light}
				q, ok := byKey[ck]
				if !ok {
					q = &store.ExpandQuery{NeighborQuery: spec.query("", sub.light)}
					byKey[ck] = q
					order = append(order, ck)
				}
				if !slices.Contains(q.OnlyKinds, k) {
					q.OnlyKinds = append(q.OnlyKinds, k)
				}
				q.Children = mergeChildren(q.Children, sub.children)
			default:
				p.light = false
			}
		}
	}
	for _, ck := range order {
		q := byKey[ck]
		if len(q.OnlyKinds) == len(store.Kinds) {
			q.OnlyKinds = nil
		}
		p.children = append(p.children, *q)
	}
	return p
}

// mergeChildren returns the expansions of a with those of b added: the
// same field selected on several kinds or under several aliases is
// expanded once, with everything each selection asked for below it. It
// changes neither a nor b, which may be plans of selections met before.
func mergeChildren(a, b []store.ExpandQuery) []store.ExpandQuery {
	out := slices.Clone(a)
	for _, q := range b {
		i := slices.IndexFunc(out, func(x store.ExpandQuery) bool {
			return reflect.DeepEqual(x.NeighborQuery, q.NeighborQuery)
		})
		if i < 0 {
			out = append(out, q)
			continue
		}
		m := out[i]
		if len(m.OnlyKinds) == 0 || len(q.OnlyKinds) == 0 {
			m.OnlyKinds = nil // every kind
		} else {
			kinds := slices.Clone(m.OnlyKinds)
			for _, k := range q.OnlyKinds {
				if !slices.Contains(kinds, k) {
					kinds = append(kinds, k)
				}
			}
			m.OnlyKinds = kinds
		}
		m.Children = mergeChildren(m.Children, q.Children)
		out[i] = m
	}
	return out
}

// lightRelationFields are what a relation of a light page answers.
var lightRelationFields = map[string]bool{"id": true, "type": true, "from": true, "to": true, "__typename": true}

// connectionLight tells whether the neighbour connection resolving in ctx
// selects nothing a light page lacks, memoised per request and field.
func connectionLight(ctx context.Context, l *loaders.Loaders) bool {
	fc := graphql.GetFieldContext(ctx)
	key := connectionKey{fc.Field.Field}
	if v, ok := l.Memo.Load(key); ok {
		return v.(bool)
	}
	oc := graphql.GetOperationContext(ctx)
	light := true
	for _, f := range graphql.CollectFields(oc, fc.Field.Selections, []string{"NeighborConnection"}) {
		switch f.Name {
		case "totalCount", "pageInfo", "__typename":
		case "nodes":
			light = light && planSelection(oc, f.Selections, 0).light
		case "edges":
			light = light && edgesLight(oc, f.Selections)
		default:
			light = false
		}
	}
	l.Memo.Store(key, light)
	return light
}

type connectionKey struct{ field *ast.Field }

// placementsNeedEvidence tells whether the talent placements resolving in
// ctx select the evidence (or the sources, which come from it) of their
// people, employers or relations.
func placementsNeedEvidence(ctx context.Context) bool {
	oc := graphql.GetOperationContext(ctx)
	for _, f := range graphql.CollectFields(oc, graphql.GetFieldContext(ctx).Field.Selections, []string{"TalentPlacement"}) {
		switch f.Name {
		case "talent", "employer":
			for _, k := range store.Kinds {
				for _, ef := range graphql.CollectFields(oc, f.Selections, typeNames[k]) {
					if ef.Name == "evidence" || ef.Name == "sources" {
						return true
					}
				}
			}
		case "alumnusOf", "worksAt":
			for _, rf := range graphql.CollectFields(oc, f.Selections, []string{"Relation", "Node"}) {
				if rf.Name == "evidence" {
					return true
				}
			}
		}
	}
	return false
}

// tiersSelection tells whether the supply tiers resolving in ctx select
// nothing a light tier lacks, and whether they select their relations.
// Root fields run once a request: no memo.
func tiersSelection(ctx context.Context) (light, edges bool) {
	oc := graphql.GetOperationContext(ctx)
	light = true
	for _, f := range graphql.CollectFields(oc, graphql.GetFieldContext(ctx).Field.Selections, []string{"SupplyTier"}) {
		switch f.Name {
		case "depth", "__typename":
		case "enterprises":
			light = light && planSelection(oc, f.Selections, 0).light
		case "edges":
			edges = true
			light = light && relationsLight(oc, f.Selections)
		default:
			light = false
		}
	}
	return light, edges
}

// relationsLight tells whether a selection of relations needs nothing a
// light relation lacks.
func relationsLight(oc *graphql.OperationContext, sel ast.SelectionSet) bool {
	for _, f := range graphql.CollectFields(oc, sel, []string{"Relation", "Node"}) {
		if !lightRelationFields[f.Name] {
			return false
		}
	}
	return true
}

func edgesLight(oc *graphql.OperationContext, sel ast.SelectionSet) bool {
	for _, f := range graphql.CollectFields(oc, sel, []string{"NeighborEdge"}) {
		switch f.Name {
		case "cursor", "direction", "__typename":
		case "node":
			if !planSelection(oc, f.Selections, 0).light {
				return false
			}
		case "relation":
			if !relationsLight(oc, f.Selections) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// key is the loader key of a shortcut field's page of entity id.
func (spec rel) key(id string, light bool) loaders.NeighborKey {
	if len(spec.types) == 1 && len(spec.kinds) == 0 { // NewNeighborKey's strings, without allocating
		return loaders.NeighborKey{EntityID: id, Types: string(spec.types[0]), Direction: spec.dir, First: shortcutLimit, Light: light}
	}
	return loaders.NewNeighborKey(spec.query(id, light))
}

// query is the neighbour query of a shortcut field (EntityID empty for a
// plan).
func (spec rel) query(entityID string, light bool) store.NeighborQuery {
	return store.NeighborQuery{EntityID: entityID, Types: spec.types, Direction: spec.dir, Kinds: spec.kinds,
		Page: store.Page{First: shortcutLimit}, Light: light}
}
