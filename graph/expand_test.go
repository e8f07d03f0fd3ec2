package graph

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestShortcutsMatchResolvers checks the planner's table of shortcut fields
// against the resolvers: every r.related(ctx, obj.Base(), spec) call sits
// in the resolver of the field the table maps to spec, so that a subtree
// expanded by the plan is the one the fields would read.
func TestShortcutsMatchResolvers(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "kinds.resolvers.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Recv == nil || fn.Body == nil {
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "related" || len(call.Args) != 3 {
				return true
			}
			spec, _ := call.Args[2].(*ast.Ident)
			r, size := utf8.DecodeRuneInString(fn.Name.Name)
			field := string(unicode.ToLower(r)) + fn.Name.Name[size:]
			if spec == nil || spec.Name != field {
				t.Errorf("%s resolves with %v, want the spec named like the field", fn.Name.Name, call.Args[2])
			}
			if _, ok := shortcuts[field]; !ok {
				t.Errorf("field %s is a shortcut the planner does not know", field)
			}
			seen[field] = true
			return true
		})
	}
	for field := range shortcuts {
		if !seen[field] {
			t.Errorf("the planner's shortcut %s has no resolver", field)
		}
	}
	if len(seen) == 0 || !strings.Contains(strings.Join(keys(seen), ","), "suppliers") {
		t.Fatalf("no shortcut resolvers found")
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
