package graph

import (
	"bytes"
	"context"
	"errors"
	"io"
	"reflect"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"innograph/graph/model"
	"innograph/store"
)

// Direct reads: a root field that looks an entity up and selects, below
// it, only names and shortcut lists (the shape of a nested browse:
// chain → members → suppliers → staff) is answered by Direct without
// the executor. Its store calls are the ones the planner makes anyway
// (the lookup, then one expansion per shortcut field of the root); what
// it saves is the executor's cost per object (a field context, a
// goroutine per list element and per resolver field, a deferred group),
// which on a nested answer of a thousand entities costs more than the
// database does. The JSON it writes is byte for byte the executor's; any
// other field, argument, @defer or error hands the root field back to the
// executor, which then runs it from scratch, so that errors are reported
// in one place only.

// Direct is a root-field middleware (gqlgen's AroundRootFields).
func (r *Resolver) Direct(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	oc := graphql.GetOperationContext(ctx)
	rf := graphql.GetRootFieldContext(ctx)
	if oc == nil || rf == nil || oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return next(ctx)
	}
	out, err := r.direct(ctx, oc, rf.Field)
	if err != nil {
		return next(ctx)
	}
	return graphql.WriterFunc(func(w io.Writer) { w.Write(out) })
}

// errNotDirect hands a root field back to the executor.
var errNotDirect = errors.New("graph: not a direct read")

// directRoots are the root fields Direct answers: each finds one entity by
// name, optionally of one kind.
var directRoots = map[string]store.Kind{"entity": "", "industryChain": store.KindIndustryChain}

func (r *Resolver) direct(ctx context.Context, oc *graphql.OperationContext, f graphql.CollectedField) ([]byte, error) {
	kind, ok := directRoots[f.Name]
	if !ok {
		return nil, errNotDirect
	}
	name, ok := f.ArgumentMap(oc.Variables)["name"].(string)
	if !ok {
		return nil, errNotDirect
	}
	// A shortcut field of the root plans as many levels below itself as
	// the field would when the executor ran it.
	p := planSelection(oc, f.Selections, maxPlanLevels)
	sel, err := compileDirect(oc, f.Selections, p.children)
	if err != nil {
		return nil, err
	}
	// An entity's id is a function of its name, so the expansions can run
	// beside the lookup, from the id the name would have: for a canonical
	// name the answer waits for one statement instead of two in a row. A
	// name that turns out to be an alias costs one more expansion, of the
	// entity it names.
	guess := store.EntityID(name)
	spec := make(chan expansions, 1)
	if len(p.children) > 0 {
		go func() { spec <- r.expandAll(ctx, guess, p.children) }()
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
		got = r.expandAll(ctx, e.ID, p.children)
	}
	if got.err != nil {
		return nil, got.err
	}
	xs := got.xs
	if err := sel.entity(&buf, e, func(c int) *store.Expansion { return xs[c] }); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type expansions struct {
	xs  []*store.Expansion
	err error
}

// expandAll reads each of the queries from entity id, at once.
func (r *Resolver) expandAll(ctx context.Context, id string, qs []store.ExpandQuery) expansions {
	out := expansions{xs: make([]*store.Expansion, len(qs))}
	errs := make([]error, len(qs))
	var wg sync.WaitGroup
	for c, q := range qs {
		wg.Go(func() {
			got, err := r.Store.Expand(ctx, []string{id}, q)
			if err == nil {
				out.xs[c] = got[0]
			}
			errs[c] = err
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
}

// compileDirect compiles sel, whose shortcut fields were planned as
// children; errNotDirect when any field is not a light field or a
// shortcut the plan expanded.
func compileDirect(oc *graphql.OperationContext, sel ast.SelectionSet, children []store.ExpandQuery) (*directSel, error) {
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
				sub := planSelection(oc, f.Selections, 0)
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
				s, err := compileDirect(oc, f.Selections, children[c].Children)
				if err != nil {
					return nil, err
				}
				df.child, df.sub = c, s
				df.dedup = len(spec.types) != 1 || spec.dir == store.Both
			default:
				return nil, errNotDirect
			}
			fs = append(fs, df)
		}
		out.byKind[k] = fs
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
		if i > 0 {
			w.WriteByte(',')
		}
		graphql.MarshalString(f.alias).MarshalGQL(w)
		w.WriteByte(':')
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
