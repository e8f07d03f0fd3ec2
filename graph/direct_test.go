package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/vektah/gqlparser/v2/ast"

	"innograph/graph"
	"innograph/graph/generated"
	"innograph/internal/backendtest"
	"innograph/loaders"
	"innograph/store"
	"innograph/store/memory"
	"innograph/store/storetest"
)

// TestDirectReadsMatchExecutor runs each query through a handler with
// direct reads and through one without, on every backend, and requires
// the very same bytes; and that the direct path answered exactly the root
// fields it claims (the others fall back to the executor).
func TestDirectReadsMatchExecutor(t *testing.T) {
	cases := []struct {
		name   string
		query  string
		vars   map[string]any
		direct int // root fields Direct answered itself
		errs   bool
	}{
		{"nested chain", `{ industryChain(name: "低空经济") { name
			members { name ... on Enterprise { suppliers { name ... on Enterprise { staff { name } } } } } } }`, nil, 1, false},
		{"alias lookup, every light field", `{ entity(name: "西南交大") { __typename id kind name aliases
			... on University { people: staff { __typename id name kind } regions { name } } } }`, nil, 1, false},
		{"aliases, merged fields, fragments", `query ($skip: Boolean!, $n: String!) {
			a: entity(name: $n) { n1: name name ...F ... on Enterprise { customers { name @skip(if: $skip) id } }
			  ... on Enterprise { customers { kind } } }
			b: industryChain(name: "eVTOL") { leaders: members { name } name @include(if: $skip) } }
			fragment F on Entity { id ... on Enterprise { chains { name kind } suppliers { name } } }`,
			map[string]any{"skip": true, "n": "某整机企业"}, 2, false},
		{"entity joined twice is written once", `{ entity(name: "某整机企业") { ... on Enterprise { chains { name } ledChains { name } } } }`, nil, 1, false},
		{"several kinds under one field", `{ entity(name: "某整机企业") { ... on Enterprise { servedBy { name
			... on Lab { staff { name ... on Talent { almaMaters { name } } } } ... on University { kind regions { name } } } } } }`, nil, 1, false},
		{"not found and wrong kind", `{ x: entity(name: "无此机构") { name } y: industryChain(name: "电池甲") { name } }`, nil, 2, false},
		{"props fall back", `{ entity(name: "电池甲") { name ... on Enterprise { suppliers { name props } } } }`, nil, 0, false},
		{"root connections", `query ($after: String, $n: Int) { entity(name: "西南交大") { name
			... on University { alumni(first: $n, after: $after) { __typename totalCount
			  pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name kind } } nodes { id } }
			  all: neighbors(direction: OUT) { totalCount nodes { name } }
			  some: neighbors(type: [SERVES, LOCATED_IN], kinds: ENTERPRISE, first: 1) { edges { __typename cursor } pageInfo { endCursor } } } } }`,
			map[string]any{"after": "bzow", "n": 2}, 1, false},
		{"count only, empty page", `{ entity(name: "电池甲") { neighbors(first: 0) { totalCount pageInfo { hasNextPage startCursor } nodes { name } }
			none: neighbors(type: INCUBATED) { totalCount pageInfo { hasNextPage endCursor } } } }`, nil, 1, false},
		{"connections below the root fall back", `{ entity(name: "电池甲") { name ... on Enterprise { suppliers { neighbors(first: 2) { totalCount } } } } }`, nil, 0, false},
		{"relations in connections fall back", `{ entity(name: "电池甲") { neighbors(first: 2) { edges { relation { type } } } } }`, nil, 0, false},
		{"bad arguments fall back", `{ entity(name: "电池甲") { neighbors(first: -1) { totalCount } } }`, nil, 0, true},
		{"deeper than a plan falls back", `{ entity(name: "运营丙") { ... on Enterprise { suppliers { ... on Enterprise { suppliers { ... on Enterprise { suppliers { ... on Enterprise { suppliers { ... on Enterprise { suppliers { ... on Enterprise { suppliers { name } } } } } } } } } } } } } }`, nil, 0, false},
		{"supply tiers", `query ($id: ID!) { up: supplyChain(enterprise: $id) { __typename depth enterprises { name ... on Enterprise { id kind } } }
			down: supplyChain(enterprise: $id, direction: DOWNSTREAM, depth: 2) { enterprises { name } d: depth } }`,
			map[string]any{"id": store.EntityID("某整机企业")}, 2, false},
		{"supply tiers with aliases", `query ($id: ID!) { supplyChain(enterprise: $id) { enterprises { name aliases } } }`,
			map[string]any{"id": store.EntityID("某整机企业")}, 1, false},
		{"supply tiers with relations fall back", `query ($id: ID!) { supplyChain(enterprise: $id) { depth edges { type } } }`,
			map[string]any{"id": store.EntityID("某整机企业")}, 0, false},
		{"supply depth out of range falls back", `query ($id: ID!) { supplyChain(enterprise: $id, depth: 99) { depth } }`,
			map[string]any{"id": store.EntityID("某整机企业")}, 0, true},
		{"talent pipeline", `query ($u: ID!, $c: ID!) { talentPipeline(university: $u, chain: $c) { __typename role discipline
			talent { name ... on Talent { id } } boss: employer { name kind __typename } } }`,
			map[string]any{"u": store.EntityID("西南交通大学"), "c": store.EntityID("低空经济")}, 1, false},
		{"talent pipeline with relations falls back", `query ($u: ID!, $c: ID!) { talentPipeline(university: $u, chain: $c) { role worksAt { type } } }`,
			map[string]any{"u": store.EntityID("西南交通大学"), "c": store.EntityID("低空经济")}, 0, false},
		{"other roots fall back", `{ search(text: "电池", first: 2) { nodes { name } } entity(name: "电池甲") { name } }`, nil, 1, false},
	}
	for backend, open := range backendtest.Backends() {
		t.Run(backend, func(t *testing.T) {
			s := open(t)
			storetest.LoadChain(t, s)
			// A supplier with an alias, which lists that skip aliases
			// would lose.
			if _, err := s.Apply(context.Background(), store.Batch{Entities: []store.EntityInput{
				{Kind: store.KindEnterprise, Name: "电池甲", Aliases: []string{"甲电池"}}}}); err != nil {
				t.Fatal(err)
			}
			plain := newHandler(s, nil)
			var served atomic.Int64
			direct := newHandler(s, &served)
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					want := postRaw(t, plain, c.query, c.vars)
					// The second time the document comes from the query
					// cache, and its root fields' compiled selections from
					// the resolver's.
					for _, round := range []string{"first", "again"} {
						served.Store(0)
						got := postRaw(t, direct, c.query, c.vars)
						if !bytes.Equal(got, want) {
							t.Errorf("%s: direct answer differs:\n got %s\nwant %s", round, got, want)
						}
						if n := served.Load(); n != int64(c.direct) {
							t.Errorf("%s: direct reads answered %d root fields, want %d", round, n, c.direct)
						}
					}
					if bytes.Contains(want, []byte(`"errors"`)) != c.errs {
						t.Errorf("errors: %s", want)
					}
				})
			}
		})
	}
}

// TestDirectReadsFollowVariables sends one document with the variables of
// its directives and connections changing: a compiled selection kept from
// one request must not answer the next.
func TestDirectReadsFollowVariables(t *testing.T) {
	s := memory.New()
	storetest.LoadChain(t, s)
	plain := newHandler(s, nil)
	direct := newHandler(s, new(atomic.Int64))
	q := `query ($with: Boolean!, $n: Int, $f: Boolean!) { entity(name: "西南交大") { name
		... on University { id @include(if: $with) alumni(first: $n) { nodes { name } } ...R } } }
		fragment R on University { regions @skip(if: $f) { name } }`
	var answers []string
	for _, vars := range []map[string]any{
		{"with": true, "n": 1, "f": false}, {"with": false, "n": 1, "f": false},
		{"with": false, "n": 2, "f": false}, {"with": false, "n": 2, "f": true}, {"with": true, "n": 1, "f": false},
	} {
		want := postRaw(t, plain, q, vars)
		if got := postRaw(t, direct, q, vars); !bytes.Equal(got, want) {
			t.Errorf("%v: direct answer differs:\n got %s\nwant %s", vars, got, want)
		}
		answers = append(answers, string(want))
	}
	for i := 1; i < 4; i++ {
		if answers[i] == answers[i-1] {
			t.Errorf("variables %d and %d give one answer; the test does not tell them apart: %s", i-1, i, answers[i])
		}
	}
}

// newHandler is the server's executor without transport concerns; with
// served, root fields go through Direct, and served counts those it
// answered without falling back.
func newHandler(s store.Store, served *atomic.Int64) http.Handler {
	r := &graph.Resolver{Store: s}
	gql := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: r}))
	gql.AddTransport(transport.POST{})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](100))
	if served != nil {
		gql.AroundRootFields(func(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
			fellBack := false
			m := r.Direct(ctx, func(ctx context.Context) graphql.Marshaler {
				fellBack = true
				return next(ctx)
			})
			if !fellBack {
				served.Add(1)
			}
			return m
		})
	}
	return loaders.Middleware(s, 0, gql)
}

func postRaw(t *testing.T, h http.Handler, query string, vars map[string]any) []byte {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	return rec.Body.Bytes()
}

// panicky is a store whose expansions panic.
type panicky struct{ store.Store }

func (panicky) Expand(context.Context, []string, store.ExpandQuery) ([]*store.Expansion, error) {
	panic("expand broke")
}

// TestDirectReadPanicsFallBack checks that a panic in a direct read's store
// call leaves the field to the executor (which here needs no expansion and
// answers), and that the process survives.
func TestDirectReadPanicsFallBack(t *testing.T) {
	s := memory.New()
	storetest.LoadChain(t, s)
	var served atomic.Int64
	h := newHandler(panicky{s}, &served)
	q := `{ industryChain(name: "低空经济") { name members { name } } }`
	out, want := postRaw(t, h, q, nil), postRaw(t, newHandler(s, nil), q, nil)
	if !bytes.Equal(out, want) || served.Load() != 0 {
		t.Errorf("answer %s, want %s; direct %d", out, want, served.Load())
	}
}

// recording is a store that keeps the expansions it is asked for.
type recording struct {
	store.Store
	mu sync.Mutex
	qs []store.ExpandQuery
}

func (r *recording) Expand(ctx context.Context, roots []string, q store.ExpandQuery) ([]*store.Expansion, error) {
	r.mu.Lock()
	r.qs = append(r.qs, q)
	r.mu.Unlock()
	return r.Store.Expand(ctx, roots, q)
}

// TestDirectReadsAskForBarePages checks which expansions a direct read
// asks for bare: those whose entities are written with names, kinds and
// bare lists only, and never where a field reads ids (written, or to
// write an entity joined twice once).
func TestDirectReadsAskForBarePages(t *testing.T) {
	for _, c := range []struct{ name, sel, want string }{
		{"names and kinds", `suppliers { name kind __typename ... on Enterprise { staff { name } } }`, "SUPPLIES bare [WORKS_AT bare]"},
		{"an id", `suppliers { id name }`, "SUPPLIES"},
		{"aliases", `suppliers { name aliases }`, "SUPPLIES"},
		{"a child reading ids", `suppliers { name ... on Enterprise { staff { id } } }`, "SUPPLIES [WORKS_AT]"},
		{"a parent reading ids", `suppliers { id ... on Enterprise { staff { name } } }`, "SUPPLIES [WORKS_AT bare]"},
		{"one of two selections reading ids", `suppliers { name } s2: suppliers { id }`, "SUPPLIES"},
		{"an entity joined twice", `chains { name }`, "LEADS_CHAIN,MEMBER_OF_CHAIN"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := &recording{Store: memory.New()}
			storetest.LoadChain(t, s)
			var served atomic.Int64
			h := newHandler(s, &served)
			postRaw(t, h, `{ entity(name: "某整机企业") { ... on Enterprise { `+c.sel+` } } }`, nil)
			if served.Load() != 1 || len(s.qs) != 1 {
				t.Fatalf("direct reads: %d, expansions %d; want 1 and 1", served.Load(), len(s.qs))
			}
			var render func(q store.ExpandQuery) string
			render = func(q store.ExpandQuery) string {
				var types []string
				for _, ty := range q.Types {
					types = append(types, string(ty))
				}
				out := strings.Join(types, ",")
				if q.Bare {
					out += " bare"
				}
				for _, c := range q.Children {
					out += " [" + render(c) + "]"
				}
				return out
			}
			if got := render(s.qs[0]); got != c.want {
				t.Errorf("expansion %q, want %q", got, c.want)
			}
		})
	}
}
