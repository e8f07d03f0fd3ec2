package graph

import (
	"sync"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// Compiled direct reads are kept by root field across requests. The
// server keeps parsed documents in a cache, so a query sent again (the
// common case: an app sends the same few documents with new variables)
// brings the same *ast.Field, and planning it again would cost more than
// the store call: collecting a nested selection for every kind at every
// level is the product of the kinds over the levels. Only selections
// whose outcome cannot change with the variables are kept (no variable
// below the root field, in an argument or a directive); the root's own
// arguments are read on every request.

// directCacheSize bounds the compiled root fields kept, as the server
// bounds the documents it keeps.
const directCacheSize = 1000

type directCache struct {
	once  sync.Once
	cache *lru.Cache[*ast.Field, compiledRoot]
}

// compiledRoot is what compiling a root field gave: a value or an error
// (errNotDirect is kept too, so that a field the executor must answer is
// not compiled again).
type compiledRoot struct {
	v   any
	err error
}

// compiledFor returns what compile gives for f, kept when f's selection
// does not depend on the variables.
func (r *Resolver) compiledFor(f *ast.Field, compile func() (any, error)) (any, error) {
	c := &r.directCache
	c.once.Do(func() { c.cache, _ = lru.New[*ast.Field, compiledRoot](directCacheSize) })
	if got, ok := c.cache.Get(f); ok {
		return got.v, got.err
	}
	v, err := compile()
	if f != nil && !selectionUsesVariables(f.SelectionSet, 0) {
		c.cache.Add(f, compiledRoot{v, err})
	}
	return v, err
}

// maxFragmentDepth bounds the walk through fragment spreads; validation
// refuses cycles, and a deeper nesting is merely not kept.
const maxFragmentDepth = 16

// selectionUsesVariables tells whether any argument or directive in sel,
// or in the fragments it spreads, refers to a variable.
func selectionUsesVariables(sel ast.SelectionSet, depth int) bool {
	if depth > maxFragmentDepth {
		return true
	}
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			if argumentsUseVariables(s.Arguments) || directivesUseVariables(s.Directives) ||
				selectionUsesVariables(s.SelectionSet, depth) {
				return true
			}
		case *ast.InlineFragment:
			if directivesUseVariables(s.Directives) || selectionUsesVariables(s.SelectionSet, depth) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition == nil || directivesUseVariables(s.Directives) ||
				selectionUsesVariables(s.Definition.SelectionSet, depth+1) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

func directivesUseVariables(ds ast.DirectiveList) bool {
	for _, d := range ds {
		if argumentsUseVariables(d.Arguments) {
			return true
		}
	}
	return false
}

func argumentsUseVariables(args ast.ArgumentList) bool {
	for _, a := range args {
		if valueUsesVariables(a.Value) {
			return true
		}
	}
	return false
}

func valueUsesVariables(v *ast.Value) bool {
	if v == nil {
		return false
	}
	if v.Kind == ast.Variable {
		return true
	}
	for _, c := range v.Children {
		if valueUsesVariables(c.Value) {
			return true
		}
	}
	return false
}
