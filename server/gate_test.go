package server

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"innograph/graph/generated"
	"innograph/store"
)

// measure runs the gate's walk over a valid query and returns its cost and
// depth.
func measure(t testing.TB, query string, vars map[string]any) (int64, int) {
	t.Helper()
	es := generated.NewExecutableSchema(generated.Config{})
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if errs := validator.ValidateWithRules(es.Schema(), doc, rules.NewDefaultRules()); len(errs) > 0 {
		t.Fatalf("validate: %v", errs)
	}
	g := &gate{maxFirst: store.MaxPage}
	g.Validate(es)
	w := walker{g: g, frags: doc.Fragments, vars: vars, memo: map[fragKey]cost{}, busy: map[string]bool{}}
	c := w.selectionSet(doc.Operations[0].SelectionSet, false)
	return add(c.paged, c.flat), c.depth
}

func TestCostAndDepth(t *testing.T) {
	cases := []struct {
		name, query string
		vars        map[string]any
		cost        int64
		depth       int
	}{
		{"root scalar", `{ stats { entities } }`, nil, RootFieldCost + 1, 2},
		{"typename", `{ __typename }`, nil, RootFieldCost, 1},
		// 25 + totalCount 1 + 5 × (nodes 1 + name 1)
		{"page multiplies nodes only", `{ search(first: 5) { totalCount nodes { name } } }`, nil, RootFieldCost + 1 + 5*2, 3},
		{"default first is 20", `{ search { nodes { name } } }`, nil, RootFieldCost + 20*2, 3},
		{"first from a variable", `query ($n: Int) { search(first: $n) { nodes { name } } }`, map[string]any{"n": int64(7)}, RootFieldCost + 7*2, 3},
		{"null first is the default", `query ($n: Int) { search(first: $n) { nodes { name } } }`, map[string]any{"n": nil}, RootFieldCost + 20*2, 3},
		{"first 0 counts one", `{ search(first: 0) { totalCount } }`, nil, RootFieldCost + 1, 2},
		{"first above the cap counts the cap", `{ search(first: 5000) { nodes { name } } }`, nil, RootFieldCost + store.MaxPage*2, 3},
		// A shortcut list counts ListEstimate items: 25 + coBuilders 1 + 10 × name.
		{"shortcut list", `{ entity(name: "x") { ... on Lab { coBuilders { name } } } }`, nil, RootFieldCost + 1 + ListEstimate*1, 3},
		{"mentions count 100", `{ document(id: "d") { mentions { text } } }`, nil, RootFieldCost + 1 + 100*1, 3},
		{"nodes by ids", `{ nodes(ids: ["a", "b", "c"]) { id } }`, nil, RootFieldCost + 3*1, 2},
		{"fragments count like inline fields", `{ search(first: 2) { ...F } } fragment F on EntityConnection { nodes { name } }`, nil, RootFieldCost + 2*2, 3},
		{"introspection: one per field, no depth", `{ __schema { types { name fields { name type { name ofType { name } } } } } }`, nil, 9, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cost, depth := measure(t, c.query, c.vars)
			if cost != c.cost || depth != c.depth {
				t.Errorf("cost %d depth %d, want %d and %d", cost, depth, c.cost, c.depth)
			}
		})
	}
}

// fragmentBomb is n fragments, each spreading the next twice: 2^n field
// visits for a naive walk, from a document of about 50·n bytes.
func fragmentBomb(n int) string {
	var b strings.Builder
	b.WriteString("{ search { ...F0 } }\n")
	for i := 0; i < n-1; i++ {
		fmt.Fprintf(&b, "fragment F%d on EntityConnection { totalCount ...F%d ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on EntityConnection { nodes { name } }\n", n-1)
	return b.String()
}

func TestFragmentBombCostIsExact(t *testing.T) {
	// F_{n-1} costs 20 × 2 (a page of names); each level above it costs
	// 1 + twice the next.
	want := int64(20 * 2)
	for i := 0; i < 25; i++ {
		want = 1 + 2*want
	}
	if cost, _ := measure(t, fragmentBomb(26), nil); cost != RootFieldCost+want {
		t.Errorf("cost %d, want %d", cost, RootFieldCost+want)
	}
	// Far past int64: saturates instead of wrapping to a small number.
	if cost, _ := measure(t, fragmentBomb(90), nil); cost != costCeiling {
		t.Errorf("cost of a 90-level bomb %d, want the ceiling", cost)
	}
}

// BenchmarkFragmentBomb measures the gate's whole check of a 26-level
// fragment bomb (parse and validation excluded): linear, microseconds,
// where gqlgen's FixedComplexityLimit walks 2^26 spreads.
func BenchmarkFragmentBomb(b *testing.B) {
	es := generated.NewExecutableSchema(generated.Config{})
	doc, err := parser.ParseQuery(&ast.Source{Input: fragmentBomb(26)})
	if err != nil {
		b.Fatal(err)
	}
	if errs := validator.ValidateWithRules(es.Schema(), doc, rules.NewDefaultRules()); len(errs) > 0 {
		b.Fatal(errs)
	}
	g := &gate{maxFirst: store.MaxPage, maxDepth: DefaultMaxDepth, maxCost: DefaultComplexityLimit, introspection: true}
	g.Validate(es)
	rc := &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0]}
	ctx := context.Background()
	for b.Loop() {
		if err := g.MutateOperationContext(ctx, rc); err == nil || err.Extensions["code"] != CodeTooComplex {
			b.Fatalf("bomb not refused: %v", err)
		}
	}
}

func TestNegotiate(t *testing.T) {
	cases := map[string]string{
		"":                                  mediaJSON,
		"*/*":                               mediaJSON,
		"application/*":                     mediaJSON,
		"application/json":                  mediaJSON,
		"application/graphql-response+json": mediaGraphQLResponse,
		"application/graphql-response+json, application/json;q=0.9": mediaGraphQLResponse,
		"application/json, application/graphql-response+json":       mediaGraphQLResponse,
		"application/json, application/graphql-response+json;q=0.5": mediaJSON,
		"text/html, application/xhtml+xml, */*;q=0.8":               mediaJSON,
		"text/html": mediaJSON,
		"application/graphql-response+json;q=0, application/json": mediaJSON,
		"garbage;;;": mediaJSON,
	}
	for accept, want := range cases {
		if got := negotiate(accept); got != want {
			t.Errorf("negotiate(%q) = %q, want %q", accept, got, want)
		}
	}
}
