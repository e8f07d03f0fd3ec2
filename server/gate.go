package server

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"innograph/store"
)

// Costs of the complexity estimate. A query's cost approximates the number
// of values it can return, so the limit bounds response size and the work
// behind it.
const (
	// RootFieldCost is the cost of each root field: one store query that
	// no loader batches with the others.
	RootFieldCost = 25
	// ListEstimate is the assumed length of a list field without `first`
	// (coBuilders and the other shortcuts, which the resolvers cap at 100;
	// evidence, sources, mentions, path nodes). Counting the cap would make
	// a card listing ten labs with their co-builders cost 2,000 where it
	// returns about 50; the depth limit and RootFieldCost keep hostile
	// nesting of shortcuts in check.
	ListEstimate = 10
)

// listEstimates overrides ListEstimate for lists known to be longer: a
// curated document names 50 to 300 entities.
var listEstimates = map[string]int64{
	"Document.mentions": 100,
}

// gate is the last check of an operation before it runs: method, token,
// introspection, depth and cost. Its walk of the operation visits each
// fragment once, whatever the number of spreads, so the check costs linear
// time in the size of the document even for fragment bombs.
type gate struct {
	tokens        tokens
	introspection bool
	maxDepth      int   // <= 0: off
	maxCost       int64 // <= 0: off
	maxFirst      int
	query         string // the schema's root type names
	mutation      string
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*gate)(nil)

func (g *gate) ExtensionName() string { return "innograph gate" }

func (g *gate) Validate(es graphql.ExecutableSchema) error {
	s := es.Schema()
	if s.Query != nil {
		g.query = s.Query.Name
	}
	if s.Mutation != nil {
		g.mutation = s.Mutation.Name
	}
	return nil
}

// reqState carries what the transport knows of the HTTP request to the
// gate, and the status the gate wants back.
type reqState struct {
	method string
	status int
}

type reqStateKey struct{}

func stateFrom(ctx context.Context) *reqState {
	s, _ := ctx.Value(reqStateKey{}).(*reqState)
	if s == nil {
		return &reqState{}
	}
	return s
}

func (g *gate) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	st := stateFrom(ctx)
	op := rc.Operation.Operation
	if op != ast.Query && st.method == http.MethodGet {
		st.status = http.StatusMethodNotAllowed
		return requestError(CodeBadRequest, "GET only runs queries: send "+string(op)+"s with POST")
	}
	if op == ast.Mutation {
		if code, msg := g.tokens.mutationAllowed(roleFrom(ctx)); code != "" {
			return requestError(code, msg)
		}
	}
	rc.DisableIntrospection = !g.introspection
	w := walker{g: g, frags: rc.Doc.Fragments, vars: rc.Variables, memo: map[fragKey]cost{}, busy: map[string]bool{}}
	c := w.selectionSet(rc.Operation.SelectionSet, false)
	if w.introspected && !g.introspection {
		return requestError(CodeValidationFailed, "introspection is disabled on this server")
	}
	if g.maxDepth > 0 && c.depth > g.maxDepth {
		return requestError(CodeTooDeep, fmt.Sprintf("the operation is %d levels deep; the limit is %d", c.depth, g.maxDepth))
	}
	if total := add(c.paged, c.flat); g.maxCost > 0 && total > g.maxCost {
		return requestError(CodeTooComplex, fmt.Sprintf("the operation costs %s; the limit is %d (ask for smaller pages or fewer nested lists)", costString(total), g.maxCost))
	}
	return nil
}

// cost of a selection set. paged is the part that a connection's `first`
// multiplies (its edges and nodes), flat the rest (totalCount, pageInfo,
// and everything outside connections).
type cost struct {
	paged, flat int64
	depth       int
}

type fragKey struct {
	name string
	meta bool
}

type walker struct {
	g            *gate
	frags        ast.FragmentDefinitionList
	vars         map[string]any
	memo         map[fragKey]cost
	busy         map[string]bool
	introspected bool
}

// selectionSet walks a selection set; meta is true under __schema and
// __type, whose size the schema bounds (and gqlparser's
// MaxIntrospectionDepth rule bounds their nesting), so they count one per
// field and no depth.
func (w *walker) selectionSet(set ast.SelectionSet, meta bool) cost {
	var c cost
	merge := func(s cost) {
		c.paged, c.flat = add(c.paged, s.paged), add(c.flat, s.flat)
		c.depth = max(c.depth, s.depth)
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			fc, depth := w.field(s, meta)
			if !meta && isPaged(s) {
				c.paged = add(c.paged, fc)
			} else {
				c.flat = add(c.flat, fc)
			}
			c.depth = max(c.depth, depth)
		case *ast.InlineFragment:
			merge(w.selectionSet(s.SelectionSet, meta))
		case *ast.FragmentSpread:
			merge(w.fragment(s.Name, meta))
		}
	}
	return c
}

// fragment costs a named fragment once per request: its cost does not
// depend on where it is spread, as its type condition and the variables
// are fixed.
func (w *walker) fragment(name string, meta bool) cost {
	k := fragKey{name, meta}
	if c, ok := w.memo[k]; ok {
		return c
	}
	def := w.frags.ForName(name)
	if def == nil || w.busy[name] {
		// Validation rejects unknown fragments and cycles first; refuse
		// rather than loop should one get through.
		return cost{flat: costCeiling, depth: math.MaxInt32}
	}
	w.busy[name] = true
	c := w.selectionSet(def.SelectionSet, meta)
	w.busy[name] = false
	w.memo[k] = c
	return c
}

func (w *walker) field(f *ast.Field, meta bool) (int64, int) {
	if f.Name == "__schema" || f.Name == "__type" {
		w.introspected = true
		meta = true
	}
	sub := w.selectionSet(f.SelectionSet, meta)
	if meta || f.Definition == nil {
		return add(1, add(sub.paged, sub.flat)), 1
	}
	depth := sub.depth + 1
	base := int64(1)
	if f.ObjectDefinition != nil && (f.ObjectDefinition.Name == w.g.query || f.ObjectDefinition.Name == w.g.mutation) {
		base = RootFieldCost
	}
	def := f.Definition
	switch {
	case def.Arguments.ForName("first") != nil:
		// A connection: its edges and nodes come `first` times.
		return add(base, add(sub.flat, mul(w.first(f), sub.paged))), depth
	case def.Type.Elem != nil && len(f.SelectionSet) > 0 && !isPaged(f):
		n := int64(ListEstimate)
		if f.ObjectDefinition != nil {
			if e, ok := listEstimates[f.ObjectDefinition.Name+"."+f.Name]; ok {
				n = e
			}
		}
		if def.Arguments.ForName("ids") != nil {
			n = w.listLen(f, "ids")
		}
		return add(base, mul(n, add(sub.paged, sub.flat))), depth
	}
	return add(base, add(sub.paged, sub.flat)), depth
}

// first is the page size a connection field asks for: the argument or its
// default, at least 1 (first: 0 still returns totalCount), at most MaxFirst
// (larger values are refused by the resolver as BAD_USER_INPUT).
func (w *walker) first(f *ast.Field) int64 {
	n := int64(store.DefaultPage) // what the resolvers take for null
	if v, ok := toInt(f.ArgumentMap(w.vars)["first"]); ok {
		n = v
	}
	return min(max(n, 1), int64(w.g.maxFirst))
}

func (w *walker) listLen(f *ast.Field, arg string) int64 {
	switch v := f.ArgumentMap(w.vars)[arg].(type) {
	case []any:
		return max(int64(len(v)), 1)
	case []string:
		return max(int64(len(v)), 1)
	}
	return 1
}

// isPaged tells the list fields of a connection type (edges, nodes), which
// the connection's `first` multiplies.
func isPaged(f *ast.Field) bool {
	return f.Definition != nil && f.Definition.Type.Elem != nil &&
		f.ObjectDefinition != nil && strings.HasSuffix(f.ObjectDefinition.Name, "Connection")
}

func toInt(v any) (int64, bool) {
	switch n := v.(type) {
	case int:
		return int64(n), true
	case int32:
		return int64(n), true
	case int64:
		return n, true
	case float64:
		return int64(n), true
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	}
	return 0, false
}

// costCeiling keeps the arithmetic from overflowing; any cost this large
// is refused anyway.
const costCeiling = int64(1) << 60

func add(a, b int64) int64 {
	if a > costCeiling-b {
		return costCeiling
	}
	return a + b
}

func mul(a, b int64) int64 {
	if a != 0 && b > costCeiling/a {
		return costCeiling
	}
	return a * b
}

func costString(c int64) string {
	if c >= costCeiling {
		return "more than 10^18"
	}
	return fmt.Sprint(c)
}
