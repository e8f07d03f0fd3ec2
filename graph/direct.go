package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"innograph/graph/model"
	"innograph/store"
)

// Direct reads: the common root fields, when their selections hold only
// what a light read answers, are answered by Direct without the executor:
// a lookup by name (entity, industryChain) selecting names and nested
// shortcut lists (the shape of a nested browse: chain → members →
// suppliers → staff) and Relay pages of the root's neighbours, supply
// tiers and talent pipelines. The store calls are the ones the resolvers
// make; what it saves is the executor's cost per object (a field context,
// a goroutine per list element and per resolver field, a deferred group),
// which on a nested answer of a thousand entities costs more than the
// database does. The JSON it writes is byte for byte the executor's; any
// other field, argument, @defer, error or panic hands the root field back
// to the executor, which then runs it from scratch, so that errors are
// reported in one place only. What was given up: a second writer of
// these types to keep in step with the schema, which
// TestDirectReadsMatchExecutor holds to the executor's bytes.

// Direct is a root-field middleware (gqlgen's AroundRootFields).
func (r *Resolver) Direct(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	oc := graphql.GetOperationContext(ctx)
	rf := graphql.GetRootFieldContext(ctx)
	if oc == nil || rf == nil || oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return next(ctx)
	}
	out, err := r.safeDirect(ctx, oc, rf.Field)
	if err != nil {
		return next(ctx)
	}
	return graphql.WriterFunc(func(w io.Writer) { w.Write(out) })
}

// safeDirect is direct with a panic turned into a fall-back: the executor
// then answers, and reports, as it would have without direct reads.
func (r *Resolver) safeDirect(ctx context.Context, oc *graphql.OperationContext, f graphql.CollectedField) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("graph: direct read: %v", p)
		}
	}()
	return r.direct(ctx, oc, f)
}

// errNotDirect hands a root field back to the executor.
var errNotDirect = errors.New("graph: not a direct read")

// directRoots are the root fields Direct answers: each finds one entity by
// name, optionally of one kind.
var directRoots = map[string]store.Kind{"entity": "", "industryChain": store.KindIndustryChain}

func (r *Resolver) direct(ctx context.Context, oc *graphql.OperationContext, f graphql.CollectedField) ([]byte, error) {
	switch f.Name {
	case "supplyChain":
		return r.directSupply(ctx, oc, f)
	case "talentPipeline":
		return r.directPipeline(ctx, oc, f)
	}
	kind, ok := directRoots[f.Name]
	if !ok {
		return nil, errNotDirect
	}
	name, ok := f.ArgumentMap(oc.Variables)["name"].(string)
	if !ok {
		return nil, errNotDirect
	}
	v, err := r.compiledFor(f.Field, func() (any, error) {
		// A shortcut field of the root plans as many levels below itself
		// as the field would when the executor ran it.
		c := &compiledLookup{p: planSelection(oc, f.Selections, maxPlanLevels)}
		var err error
		c.sel, err = r.compileDirect(oc, f.Selections, c.p.children, &c.conns)
		return c, err
	})
	if err != nil {
		return nil, err
	}
	c := v.(*compiledLookup)
	p, conns := c.p, c.conns
	// The compiled selection is shared by requests; the pages are this
	// request's.
	sel := *c.sel
	// An entity's id is a function of its name, so the expansions can run
	// beside the lookup, from the id the name would have: for a canonical
	// name the answer waits for one statement instead of two in a row. A
	// name that turns out to be an alias costs one more expansion, of the
	// entity it names.
	guess := store.EntityID(name)
	spec := make(chan expansions, 1)
	if len(p.children)+len(conns) > 0 {
		go func() { spec <- r.expandAll(ctx, guess, p.children, conns) }()
	} else {
		spec <- expansions{}
	}
	found, err := r.Store.LookupNames(ctx, []string{name})
	got := <-spec
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	e := found[0]
	if e == nil || (kind != "" && e.Kind != kind) {
		buf.WriteString("null")
		return buf.Bytes(), nil
	}
	if e.ID != guess {
		got = r.expandAll(ctx, e.ID, p.children, conns)
	}
	if got.err != nil {
		return nil, got.err
	}
	xs := got.xs
	sel.pages = got.pages
	if err := sel.entity(&buf, e, func(c int) *store.Expansion { return xs[c] }); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// compiledLookup is a root lookup compiled: the plan of its expansions,
// its selection and the queries of its connections.
type compiledLookup struct {
	p     plan
	sel   *directSel
	conns []store.NeighborQuery
}

type expansions struct {
	xs    []*store.Expansion
	pages []store.NeighborPage
	err   error
}

// expandAll reads each of the expansions from entity id, and the pages of
// the connections, at once.
func (r *Resolver) expandAll(ctx context.Context, id string, qs []store.ExpandQuery, conns []store.NeighborQuery) expansions {
	out := expansions{xs: make([]*store.Expansion, len(qs))}
	errs := make([]error, len(qs)+1)
	var wg sync.WaitGroup
	// A panic in a store call is an error here, as in the loaders: these
	// goroutines are beyond the executor's recovery.
	safe := func(i int, f func() error) {
		wg.Go(func() {
			defer func() {
				if p := recover(); p != nil {
					errs[i] = fmt.Errorf("graph: direct read: %v", p)
				}
			}()
			errs[i] = f()
		})
	}
	for c, q := range qs {
		safe(c, func() error {
			got, err := r.Store.Expand(ctx, []string{id}, q)
			if err == nil {
				out.xs[c] = got[0]
			}
			return err
		})
	}
	if len(conns) > 0 {
		safe(len(errs)-1, func() error {
			qs := slices.Clone(conns)
			for i := range qs {
				qs[i].EntityID = id
			}
			var err error
			out.pages, err = r.Store.Neighbors(ctx, qs)
			return err
		})
	}
	wg.Wait()
	out.err = errors.Join(errs...)
	return out
}

// directSel is a compiled selection of entities: per kind, the fields to
// write in order.
type directSel struct {
	byKind map[store.Kind][]directField
	// pages are the connections' pages, by the index compileDirect gave
	// each connection (root selections only).
	pages []store.NeighborPage
}

type directField struct {
	alias string
	name  string
	// For a shortcut field: the index of its expansion among the
	// selection's, its entities' selection, and whether an entity joined
	// twice is written once (as related() does).
	child int
	sub   *directSel
	dedup bool
	conn  *directConn
}

// directConn is a compiled neighbour connection of the root: its page's
// index, and what it selects.
type directConn struct {
	page      int
	countOnly bool
	fields    []connField
}

// connField is a field of a connection, of its pageInfo or of an edge.
type connField struct {
	alias, name string
	node        *directSel  // nodes, edges.node
	sub         []connField // pageInfo, edges
}

// compileDirect compiles sel, whose shortcut fields were planned as
// children; errNotDirect when any field is not a light field or a
// shortcut the plan expanded, or, with conns (the root), a neighbour
// connection of light entities, whose queries it appends to conns.
func (r *Resolver) compileDirect(oc *graphql.OperationContext, sel ast.SelectionSet, children []store.ExpandQuery, conns *[]store.NeighborQuery) (*directSel, error) {
	c := &compiler{oc: oc, memo: map[compileKey]*directSel{}, pl: planner{oc: oc, memo: map[planKey]plan{}},
		needs: map[*store.ExpandQuery]bool{}}
	out, err := r.compileSel(c, sel, children, conns)
	if err == nil {
		markBare(children, c.needs)
	}
	return out, err
}

// markBare makes bare the expansions whose entities are written with
// names and kinds only (and shortcut lists of the same), which needs
// tells apart: a page of names is what a nested browse mostly reads, and
// ids, aliases and totals are most of what it would otherwise carry. An
// expansion is bare only when its children are, as the store asks.
func markBare(qs []store.ExpandQuery, needs map[*store.ExpandQuery]bool) {
	for i := range qs {
		q := &qs[i]
		markBare(q.Children, needs)
		q.Bare = q.Light && !needs[q] && !slices.ContainsFunc(q.Children, func(c store.ExpandQuery) bool { return !c.Bare })
	}
}

// reads tells whether s writes the field name of any kind's entities.
func (s *directSel) reads(name string) bool {
	for _, fs := range s.byKind {
		for _, f := range fs {
			if f.name == name {
				return true
			}
		}
	}
	return false
}

// bare tells whether s writes nothing of its entities but names, kinds
// and shortcut lists.
func (s *directSel) bare() bool {
	for _, fs := range s.byKind {
		for _, f := range fs {
			switch {
			case f.name == "name" || f.name == "kind" || f.name == "__typename":
			case f.sub != nil:
			default:
				return false
			}
		}
	}
	return true
}

// compileKey is a selection, by its place in the document, and the
// expansions planned for it: a field selected on every kind brings the
// same selection once per kind, compiled once (as planner plans it once).
type compileKey struct {
	first    *ast.Selection
	n        int
	children *store.ExpandQuery
	nc       int
}

// compiler is one compiling of a root's selection: what it compiled and
// planned so far.
type compiler struct {
	oc   *graphql.OperationContext
	memo map[compileKey]*directSel
	pl   planner
	// needs holds the expansions some field reads more of than a bare
	// page has.
	needs map[*store.ExpandQuery]bool
}

func (r *Resolver) compileSel(cp *compiler, sel ast.SelectionSet, children []store.ExpandQuery, conns *[]store.NeighborQuery) (*directSel, error) {
	oc, memo := cp.oc, cp.memo
	key := compileKey{n: len(sel), nc: len(children)}
	if len(sel) > 0 {
		key.first = &sel[0]
	}
	if len(children) > 0 {
		key.children = &children[0]
	}
	if s, ok := memo[key]; ok && conns == nil {
		return s, nil
	}
	out := &directSel{byKind: map[store.Kind][]directField{}}
	for _, k := range store.Kinds {
		var fs []directField
		for _, f := range graphql.CollectFields(oc, sel, typeNames[k]) {
			if f.IsDeferred() || len(f.Directives) > 0 && !onlySkipInclude(f.Directives) {
				return nil, errNotDirect
			}
			df := directField{alias: f.Alias, name: f.Name}
			spec, isShortcut := shortcuts[f.Name]
			switch {
			case lightFields[f.Name]:
			case isShortcut && len(f.Arguments) == 0:
				sub := cp.pl.plan(f.Selections, 0)
				want := spec.query("", sub.light)
				c := -1
				for i, q := range children {
					if reflect.DeepEqual(q.NeighborQuery, want) && q.Applies(k) {
						c = i
						break
					}
				}
				if c < 0 { // deeper than the plan reaches
					return nil, errNotDirect
				}
				s, err := r.compileSel(cp, f.Selections, children[c].Children, nil)
				if err != nil {
					return nil, err
				}
				df.child, df.sub = c, s
				df.dedup = len(spec.types) != 1 || spec.dir == store.Both
				if df.dedup || !s.bare() { // dedup reads the ids
					cp.needs[&children[c]] = true
				}
			case conns != nil && (f.Name == "neighbors" || f.Name == "alumni"):
				c, err := r.compileConn(oc, f, len(*conns))
				if err != nil {
					return nil, err
				}
				*conns = append(*conns, c.q)
				df.conn = c.conn
			default:
				return nil, errNotDirect
			}
			fs = append(fs, df)
		}
		out.byKind[k] = fs
	}
	if conns == nil {
		memo[key] = out
	}
	return out, nil
}

func onlySkipInclude(ds ast.DirectiveList) bool {
	for _, d := range ds {
		if d.Name != "skip" && d.Name != "include" {
			return false
		}
	}
	return true
}

// entity writes e as the executor would: its selected fields in order,
// shortcut lists from the expansions kids gives by child index.
func (s *directSel) entity(w *bytes.Buffer, e *store.Entity, kids func(int) *store.Expansion) error {
	fs, ok := s.byKind[e.Kind]
	if !ok {
		return errNotDirect
	}
	w.WriteByte('{')
	for i, f := range fs {
		writeKey(w, i, f.alias)
		switch f.name {
		case "__typename":
			graphql.MarshalString(typeNames[e.Kind][0]).MarshalGQL(w)
		case "id":
			graphql.MarshalID(e.ID).MarshalGQL(w)
		case "kind":
			model.EntityKind(e.Kind).MarshalGQL(w)
		case "name":
			graphql.MarshalString(e.Name).MarshalGQL(w)
		case "aliases":
			w.WriteByte('[')
			for j, a := range e.Aliases {
				if j > 0 {
					w.WriteByte(',')
				}
				graphql.MarshalString(a).MarshalGQL(w)
			}
			w.WriteByte(']')
		case "neighbors", "alumni":
			if f.conn == nil || f.conn.page >= len(s.pages) {
				return errNotDirect
			}
			if err := f.conn.write(w, s.pages[f.conn.page]); err != nil {
				return err
			}
		default:
			x := kids(f.child)
			if x == nil {
				return errNotDirect
			}
			if err := f.sub.list(w, x, f.dedup); err != nil {
				return err
			}
		}
	}
	w.WriteByte('}')
	return nil
}

// list writes a shortcut field's page of x.
func (s *directSel) list(w *bytes.Buffer, x *store.Expansion, dedup bool) error {
	var seen map[string]bool
	if dedup {
		seen = make(map[string]bool, len(x.Neighbors))
	}
	w.WriteByte('[')
	first := true
	for i, n := range x.Neighbors {
		if dedup {
			if seen[n.Other.ID] {
				continue
			}
			seen[n.Other.ID] = true
		}
		if !first {
			w.WriteByte(',')
		}
		first = false
		kids := func(c int) *store.Expansion {
			if i >= len(x.Children) || c >= len(x.Children[i]) {
				return nil
			}
			return x.Children[i][c]
		}
		if err := s.entity(w, n.Other, kids); err != nil {
			return err
		}
	}
	w.WriteByte(']')
	return nil
}

type compiledConn struct {
	q    store.NeighborQuery
	conn *directConn
}

// compileConn compiles a neighbour connection field as r.neighbors reads
// it; arguments it would refuse leave the field to the executor, which
// reports them.
func (r *Resolver) compileConn(oc *graphql.OperationContext, f graphql.CollectedField, page int) (compiledConn, error) {
	args := f.ArgumentMap(oc.Variables)
	var types []store.RelType
	var kinds []store.Kind
	var dir *store.Direction
	if f.Name == "alumni" {
		in := store.In
		types, dir = []store.RelType{store.RelAlumnusOf}, &in
	} else {
		ts, ok1 := enumList(args["type"])
		ks, ok2 := enumList(args["kinds"])
		if !ok1 || !ok2 {
			return compiledConn{}, errNotDirect
		}
		for _, t := range ts {
			types = append(types, store.RelType(t))
		}
		for _, k := range ks {
			kinds = append(kinds, store.Kind(k))
		}
		if d, ok := args["direction"]; ok && d != nil {
			ds, ok := enumString(d)
			if !ok {
				return compiledConn{}, errNotDirect
			}
			sd := store.Direction(ds)
			dir = &sd
		}
	}
	var first *int
	if v, ok := args["first"]; ok && v != nil {
		n, ok := intArg(v)
		if !ok {
			return compiledConn{}, errNotDirect
		}
		first = &n
	}
	var after *string
	if v, ok := args["after"]; ok && v != nil {
		a, ok := v.(string)
		if !ok {
			return compiledConn{}, errNotDirect
		}
		after = &a
	}
	q, countOnly, err := r.neighborQuery(types, dir, kinds, first, after)
	if err != nil {
		return compiledConn{}, errNotDirect
	}
	q.Light = true
	fields, err := r.compileConnFields(oc, f.Selections, "NeighborConnection")
	if err != nil {
		return compiledConn{}, err
	}
	return compiledConn{q: q, conn: &directConn{page: page, countOnly: countOnly, fields: fields}}, nil
}

// compileConnFields compiles the fields of a connection (typ
// NeighborConnection), of its PageInfo or of a NeighborEdge.
func (r *Resolver) compileConnFields(oc *graphql.OperationContext, sel ast.SelectionSet, typ string) ([]connField, error) {
	var out []connField
	for _, f := range graphql.CollectFields(oc, sel, []string{typ}) {
		if f.IsDeferred() || len(f.Directives) > 0 && !onlySkipInclude(f.Directives) {
			return nil, errNotDirect
		}
		cf := connField{alias: f.Alias, name: f.Name}
		var err error
		switch typ + "." + f.Name {
		case typ + ".__typename", "NeighborConnection.totalCount", "PageInfo.hasNextPage", "PageInfo.hasPreviousPage",
			"PageInfo.startCursor", "PageInfo.endCursor", "NeighborEdge.cursor":
		case "NeighborConnection.pageInfo":
			cf.sub, err = r.compileConnFields(oc, f.Selections, "PageInfo")
		case "NeighborConnection.edges":
			cf.sub, err = r.compileConnFields(oc, f.Selections, "NeighborEdge")
		case "NeighborConnection.nodes", "NeighborEdge.node":
			cf.node, err = r.compileDirect(oc, f.Selections, nil, nil)
		default:
			return nil, errNotDirect
		}
		if err != nil {
			return nil, err
		}
		out = append(out, cf)
	}
	return out, nil
}

// write writes the connection of page as r.neighbors builds it.
func (c *directConn) write(w *bytes.Buffer, page store.NeighborPage) error {
	if c.countOnly {
		page = countPage(page)
	}
	info := pageInfo(page.PageInfo, len(page.Neighbors))
	var obj func(fs []connField, typ string, i int) error
	obj = func(fs []connField, typ string, i int) error {
		w.WriteByte('{')
		for j, f := range fs {
			writeKey(w, j, f.alias)
			var err error
			switch f.name {
			case "__typename":
				graphql.MarshalString(typ).MarshalGQL(w)
			case "totalCount":
				graphql.MarshalInt(page.TotalCount).MarshalGQL(w)
			case "hasNextPage":
				graphql.MarshalBoolean(info.HasNextPage).MarshalGQL(w)
			case "hasPreviousPage":
				graphql.MarshalBoolean(info.HasPreviousPage).MarshalGQL(w)
			case "startCursor", "endCursor":
				v := info.StartCursor
				if f.name == "endCursor" {
					v = info.EndCursor
				}
				if v == nil {
					w.WriteString("null")
				} else {
					graphql.MarshalString(*v).MarshalGQL(w)
				}
			case "cursor":
				graphql.MarshalString(store.EncodeCursor(page.Offset + i)).MarshalGQL(w)
			case "node":
				err = f.node.entity(w, page.Neighbors[i].Other, noKids)
			case "pageInfo":
				err = obj(f.sub, "PageInfo", 0)
			case "nodes", "edges":
				w.WriteByte('[')
				for k, n := range page.Neighbors {
					if k > 0 {
						w.WriteByte(',')
					}
					if f.name == "nodes" {
						err = f.node.entity(w, n.Other, noKids)
					} else {
						err = obj(f.sub, "NeighborEdge", k)
					}
					if err != nil {
						break
					}
				}
				w.WriteByte(']')
			default:
				err = errNotDirect
			}
			if err != nil {
				return err
			}
		}
		w.WriteByte('}')
		return nil
	}
	return obj(c.fields, "NeighborConnection", 0)
}

// enumList reads a list-of-enums argument (absent: empty).
func enumList(v any) ([]string, bool) {
	if v == nil {
		return nil, true
	}
	switch v := v.(type) {
	case []any:
		out := make([]string, len(v))
		for i, x := range v {
			s, ok := enumString(x)
			if !ok {
				return nil, false
			}
			out[i] = s
		}
		return out, true
	default: // a single value given for a list
		s, ok := enumString(v)
		return []string{s}, ok
	}
}

func enumString(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case fmt.Stringer:
		return v.String(), true
	}
	return "", false
}

func intArg(v any) (int, bool) {
	switch v := v.(type) {
	case int:
		return v, true
	case int64:
		return int(v), true
	case json.Number:
		n, err := v.Int64()
		return int(n), err == nil
	case float64:
		return int(v), v == float64(int(v))
	}
	return 0, false
}

// directSupply answers supplyChain when its tiers select their depth and
// light enterprises, with the store call r.supplyChain makes.
func (r *Resolver) directSupply(ctx context.Context, oc *graphql.OperationContext, f graphql.CollectedField) ([]byte, error) {
	args := f.ArgumentMap(oc.Variables)
	id, ok := args["enterprise"].(string)
	if !ok {
		return nil, errNotDirect
	}
	dir, ok := enumString(args["direction"])
	if !ok {
		return nil, errNotDirect
	}
	depth, ok := intArg(args["depth"])
	if !ok || depth < 1 || depth > store.MaxSupplyDepth {
		return nil, errNotDirect
	}
	fields, err := r.compiledObject(oc, f, "SupplyTier", []string{"depth"}, []string{"enterprises"})
	if err != nil {
		return nil, err
	}
	noAliases := !slices.ContainsFunc(fields, func(f objField) bool { return f.sel != nil && f.sel.reads("aliases") })
	tiers, err := r.Store.SupplyTiers(ctx, store.SupplyQuery{EntityID: id, Direction: store.SupplyDirection(dir),
		Depth: depth, Light: true, NoRelations: true, NoAliases: noAliases})
	if err != nil {
		return nil, err
	}
	return writeObjects(tiers, fields, func(w *bytes.Buffer, f objField, t store.SupplyTier) error {
		if f.name == "depth" {
			graphql.MarshalInt(t.Depth).MarshalGQL(w)
			return nil
		}
		return f.sel.entities(w, t.Entities)
	})
}

// directPipeline answers talentPipeline when its placements select light
// people and employers, roles and disciplines, with the store call
// r.talentPipeline makes.
func (r *Resolver) directPipeline(ctx context.Context, oc *graphql.OperationContext, f graphql.CollectedField) ([]byte, error) {
	args := f.ArgumentMap(oc.Variables)
	university, ok1 := args["university"].(string)
	chain, ok2 := args["chain"].(string)
	if !ok1 || !ok2 {
		return nil, errNotDirect
	}
	fields, err := r.compiledObject(oc, f, "TalentPlacement", []string{"role", "discipline"}, []string{"talent", "employer"})
	if err != nil {
		return nil, err
	}
	ps, err := r.Store.TalentPipeline(ctx, store.PipelineQuery{UniversityID: university, ChainID: chain, NoEvidence: true})
	if err != nil {
		return nil, err
	}
	return writeObjects(ps, fields, func(w *bytes.Buffer, f objField, p store.Placement) error {
		switch f.name {
		case "role", "discipline":
			v := p.Role()
			if f.name == "discipline" {
				v = p.Discipline()
			}
			if v == "" { // optional strings: null when empty
				w.WriteString("null")
			} else {
				graphql.MarshalString(v).MarshalGQL(w)
			}
		case "talent":
			return f.sel.entity(w, p.Talent, noKids)
		case "employer":
			return f.sel.entity(w, p.Employer, noKids)
		}
		return nil
	})
}

// objField is a field of the objects a lookup returns: a scalar, or light
// entities (sel).
type objField struct {
	alias, name, typ string
	sel              *directSel
}

// compiledObject is compileObject of the root field f, kept across
// requests.
func (r *Resolver) compiledObject(oc *graphql.OperationContext, f graphql.CollectedField, typ string, scalars, entities []string) ([]objField, error) {
	v, err := r.compiledFor(f.Field, func() (any, error) {
		return r.compileObject(oc, f.Selections, typ, scalars, entities)
	})
	fields, _ := v.([]objField)
	return fields, err
}

// compileObject compiles a selection of objects of type typ whose fields
// are scalars or light entities; errNotDirect for any other field.
func (r *Resolver) compileObject(oc *graphql.OperationContext, sel ast.SelectionSet, typ string, scalars, entities []string) ([]objField, error) {
	var out []objField
	for _, f := range graphql.CollectFields(oc, sel, []string{typ}) {
		if f.IsDeferred() || len(f.Directives) > 0 && !onlySkipInclude(f.Directives) {
			return nil, errNotDirect
		}
		of := objField{alias: f.Alias, name: f.Name, typ: typ}
		switch {
		case f.Name == "__typename" || slices.Contains(scalars, f.Name):
		case slices.Contains(entities, f.Name):
			s, err := r.compileDirect(oc, f.Selections, nil, nil)
			if err != nil {
				return nil, err
			}
			of.sel = s
		default:
			return nil, errNotDirect
		}
		out = append(out, of)
	}
	return out, nil
}

// writeObjects writes items as a list of objects of fields: __typename
// from the compiled type, every other field by field.
func writeObjects[T any](items []T, fields []objField, field func(*bytes.Buffer, objField, T) error) ([]byte, error) {
	var w bytes.Buffer
	w.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteByte('{')
		for j, f := range fields {
			writeKey(&w, j, f.alias)
			if f.name == "__typename" {
				graphql.MarshalString(f.typ).MarshalGQL(&w)
			} else if err := field(&w, f, it); err != nil {
				return nil, err
			}
		}
		w.WriteByte('}')
	}
	w.WriteByte(']')
	return w.Bytes(), nil
}

// noKids is the expansions of an entity read without any.
func noKids(int) *store.Expansion { return nil }

// entities writes es as a list.
func (s *directSel) entities(w *bytes.Buffer, es []*store.Entity) error {
	w.WriteByte('[')
	for i, e := range es {
		if i > 0 {
			w.WriteByte(',')
		}
		if err := s.entity(w, e, noKids); err != nil {
			return err
		}
	}
	w.WriteByte(']')
	return nil
}

// writeKey writes the key of an object's i-th field, as the executor does.
func writeKey(w *bytes.Buffer, i int, alias string) {
	if i > 0 {
		w.WriteByte(',')
	}
	graphql.MarshalString(alias).MarshalGQL(w)
	w.WriteByte(':')
}
