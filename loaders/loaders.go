// Package loaders batches the store reads of one GraphQL request: every
// nested field asks its loader for one key, and the loader turns all keys
// asked within a short window into one store call. A nested list query thus
// costs a number of store calls bounded by its depth, not by list sizes.
// Loaders are built per request so that caches never outlive it.
package loaders

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"innograph/store"
)

// DefaultWait is the longest a loader collects keys before it calls the
// store; it sends sooner, once keys stop arriving (see Loader). gqlgen
// resolves sibling fields in parallel goroutines, and a level's keys
// arrive in one burst; late ones make a second batch, never one call each.
const DefaultWait = 2 * time.Millisecond

// MaxBatch bounds the keys of one store call.
const MaxBatch = 1000

// NeighborKey asks for one page of an entity's relations. Slices are
// joined into strings so the key is comparable.
type NeighborKey struct {
	EntityID  string
	Types     string // comma-joined store.RelType
	Direction store.Direction
	Kinds     string // comma-joined store.Kind
	First     int
	After     string
	Light     bool
}

// NewNeighborKey builds a key from a query.
func NewNeighborKey(q store.NeighborQuery) NeighborKey {
	return NeighborKey{EntityID: q.EntityID, Types: join(q.Types), Direction: q.Direction, Kinds: join(q.Kinds),
		First: q.First, After: q.After, Light: q.Light}
}

func join[T ~string](xs []T) string {
	ss := make([]string, len(xs))
	for i, x := range xs {
		ss[i] = string(x)
	}
	slices.Sort(ss)
	return strings.Join(ss, ",")
}

func split[T ~string](s string) []T {
	if s == "" {
		return nil
	}
	var out []T
	for _, p := range strings.Split(s, ",") {
		out = append(out, T(p))
	}
	return out
}

func (k NeighborKey) query() store.NeighborQuery {
	return store.NeighborQuery{EntityID: k.EntityID, Types: split[store.RelType](k.Types), Direction: k.Direction,
		Kinds: split[store.Kind](k.Kinds), Page: store.Page{First: k.First, After: k.After}, Light: k.Light}
}

// ExpandKey asks for an entity's expansion by the plan of that name (see
// Loaders.Plan).
type ExpandKey struct {
	EntityID string
	Plan     string
}

// Loaders holds one request's loaders.
type Loaders struct {
	Entities  *Loader[string, *store.Entity]
	Relations *Loader[string, *store.Relation]
	Documents *Loader[string, *store.Document]
	Neighbors *Loader[NeighborKey, store.NeighborPage]
	Mentions  *Loader[string, []store.Mention]
	Chains    *Loader[ChainKey, *store.ChainReport]
	// Expand answers a tree of neighbour queries in one store call and
	// primes Neighbors with every page of it, so that the nested fields
	// below find their pages without a call of their own.
	Expand *Loader[ExpandKey, store.NeighborPage]

	// Memo keeps what resolvers derive once per request from the query
	// (their expansion plans), keyed by the syntax node they derive it from.
	Memo sync.Map

	plans sync.Map // plan name → store.ExpandQuery
}

// Plan registers an expansion plan under name for Expand keys.
func (l *Loaders) Plan(name string, q store.ExpandQuery) {
	l.plans.LoadOrStore(name, q)
}

// ChainKey asks for a chain's report with "local" meaning Region ("" for
// the chain's own region).
type ChainKey struct {
	ID     string
	Region string
}

// New builds loaders over s that wait up to wait (DefaultWait if zero)
// for a batch to fill.
func New(s store.Store, wait time.Duration) *Loaders {
	if wait <= 0 {
		wait = DefaultWait
	}
	l := &Loaders{}
	l.Entities = NewLoader(aligned(s.GetEntities), wait, MaxBatch)
	l.Relations = NewLoader(aligned(s.GetRelations), wait, MaxBatch)
	l.Documents = NewLoader(aligned(s.GetDocuments), wait, MaxBatch)
	l.Mentions = NewLoader(aligned(s.Mentions), wait, MaxBatch)
	l.Chains = NewLoader(func(ctx context.Context, keys []ChainKey) ([]*store.ChainReport, []error) {
		// One store call per region asked about; nearly always one.
		return byGroup(keys, func(k ChainKey) (string, string) { return k.Region, k.ID },
			func(region string, ids []string) ([]*store.ChainReport, error) { return s.Chains(ctx, ids, region) })
	}, wait, MaxBatch)
	l.Neighbors = NewLoader(func(ctx context.Context, keys []NeighborKey) ([]store.NeighborPage, []error) {
		qs := make([]store.NeighborQuery, len(keys))
		for i, k := range keys {
			qs[i] = k.query()
		}
		pages, err := s.Neighbors(ctx, qs)
		if err != nil {
			return nil, fill(len(keys), err)
		}
		// The other ends come with the pages; later loads of them by id
		// need no store call. Light ones lack props and evidence.
		for i, p := range pages {
			if !qs[i].Light {
				for _, n := range p.Neighbors {
					l.Entities.Prime(n.Other.ID, n.Other)
				}
			}
		}
		return pages, nil
	}, wait, MaxBatch)
	l.Expand = NewLoader(func(ctx context.Context, keys []ExpandKey) ([]store.NeighborPage, []error) {
		return byGroup(keys, func(k ExpandKey) (string, string) { return k.Plan, k.EntityID },
			func(name string, ids []string) ([]store.NeighborPage, error) {
				v, ok := l.plans.Load(name)
				if !ok {
					return nil, fmt.Errorf("loaders: no expansion plan %q", name)
				}
				q := v.(store.ExpandQuery)
				xs, err := s.Expand(ctx, ids, q)
				if err != nil {
					return nil, err
				}
				out := make([]store.NeighborPage, len(ids))
				for j, x := range xs {
					l.prime(ids[j], q, x)
					out[j] = x.NeighborPage
				}
				return out, nil
			})
	}, wait, MaxBatch)
	return l
}

// byGroup answers a batch whose keys fall into groups (a region, a plan)
// with one store call per group, aligned with the keys; split gives a key's
// group and id.
func byGroup[K any, V any](keys []K, split func(K) (string, string), fetch func(group string, ids []string) ([]V, error)) ([]V, []error) {
	idx := map[string][]int{}
	for i, k := range keys {
		g, _ := split(k)
		idx[g] = append(idx[g], i)
	}
	out := make([]V, len(keys))
	for g, is := range idx {
		ids := make([]string, len(is))
		for j, i := range is {
			_, ids[j] = split(keys[i])
		}
		vs, err := fetch(g, ids)
		if err != nil {
			return nil, fill(len(keys), err)
		}
		for j, i := range is {
			out[i] = vs[j]
		}
	}
	return out, nil
}

// prime caches every page of an expansion under its neighbour key, and
// the full entities on them by id.
func (l *Loaders) prime(id string, q store.ExpandQuery, x *store.Expansion) {
	nq := q.NeighborQuery
	nq.EntityID = id
	l.Neighbors.Prime(NewNeighborKey(nq), x.NeighborPage)
	for i, n := range x.Neighbors {
		if !q.Light {
			l.Entities.Prime(n.Other.ID, n.Other)
		}
		for c, child := range q.Children {
			if cx := x.Children[i][c]; cx != nil {
				l.prime(n.Other.ID, child, cx)
			}
		}
	}
}

// aligned adapts a store batch read, whose result is aligned with its keys,
// to a loader fetch.
func aligned[K comparable, V any](read func(context.Context, []K) ([]V, error)) func(context.Context, []K) ([]V, []error) {
	return func(ctx context.Context, keys []K) ([]V, []error) {
		vs, err := read(ctx, keys)
		if err != nil {
			return nil, fill(len(keys), err)
		}
		return vs, nil
	}
}

func fill(n int, err error) []error {
	errs := make([]error, n)
	for i := range errs {
		errs[i] = err
	}
	return errs
}

type ctxKey struct{}

// Middleware gives each request fresh loaders over s.
func Middleware(s store.Store, wait time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(With(r.Context(), New(s, wait))))
	})
}

// With returns ctx carrying l.
func With(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// For returns the loaders of the request ctx belongs to.
func For(ctx context.Context) *Loaders {
	l, _ := ctx.Value(ctxKey{}).(*Loaders)
	if l == nil {
		panic("loaders: request context has no loaders; wrap the handler with loaders.Middleware")
	}
	return l
}
