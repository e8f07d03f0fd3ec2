package store

import (
	"context"
	"fmt"
	"slices"
)

// MaxExpandDepth bounds the levels of an ExpandQuery: Neo4j nests one
// subquery per level in a single statement, and each level multiplies the
// rows by up to a page.
const MaxExpandDepth = 6

// CheckExpand validates an expansion before any backend runs it.
func CheckExpand(q ExpandQuery) error {
	return checkExpand(q, 1)
}

func checkExpand(q ExpandQuery, depth int) error {
	if depth > MaxExpandDepth {
		return fmt.Errorf("%w: expansion deeper than %d levels", ErrInvalid, MaxExpandDepth)
	}
	if q.After != "" {
		return fmt.Errorf("%w: an expansion starts its pages at the beginning", ErrInvalid)
	}
	if q.Bare && !q.Light {
		return fmt.Errorf("%w: a bare expansion is light", ErrInvalid)
	}
	for _, c := range q.Children {
		if q.Bare && !c.Bare {
			return fmt.Errorf("%w: the children of a bare expansion are bare", ErrInvalid)
		}
		if err := checkExpand(c, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// Applies tells whether child query c runs from an entity of kind k.
func (c ExpandQuery) Applies(k Kind) bool {
	return len(c.OnlyKinds) == 0 || slices.Contains(c.OnlyKinds, k)
}

// ExpandByLevels answers an expansion with one Neighbors call per level of
// the query tree: the store for which a call is cheap (the embedded one)
// needs nothing more, and it defines the answer every backend must give.
func ExpandByLevels(ctx context.Context, neighbors func(context.Context, []NeighborQuery) ([]NeighborPage, error), roots []string, q ExpandQuery) ([]*Expansion, error) {
	if err := CheckExpand(q); err != nil {
		return nil, err
	}
	out := make([]*Expansion, len(roots))
	for i := range out {
		out[i] = &Expansion{}
	}
	return out, expandLevel(ctx, neighbors, roots, out, q)
}

// expandLevel fills each of slots with q's page of the matching id, then
// recurses into the children of all of them at once.
func expandLevel(ctx context.Context, neighbors func(context.Context, []NeighborQuery) ([]NeighborPage, error), ids []string, slots []*Expansion, q ExpandQuery) error {
	if len(ids) == 0 {
		return nil
	}
	qs := make([]NeighborQuery, len(ids))
	for i, id := range ids {
		qs[i] = q.NeighborQuery
		qs[i].EntityID = id
	}
	pages, err := neighbors(ctx, qs)
	if err != nil {
		return err
	}
	for i := range slots {
		slots[i].NeighborPage = pages[i]
		if len(q.Children) > 0 && len(pages[i].Neighbors) > 0 {
			slots[i].Children = make([][]*Expansion, len(pages[i].Neighbors))
			for j := range pages[i].Neighbors {
				slots[i].Children[j] = make([]*Expansion, len(q.Children))
			}
		}
	}
	for c, child := range q.Children {
		var next []string
		var nextSlots []*Expansion
		for i := range slots {
			for j, n := range slots[i].Neighbors {
				if child.Applies(n.Other.Kind) {
					x := &Expansion{}
					slots[i].Children[j][c] = x
					next = append(next, n.Other.ID)
					nextSlots = append(nextSlots, x)
				}
			}
		}
		if err := expandLevel(ctx, neighbors, next, nextSlots, child); err != nil {
			return err
		}
	}
	return nil
}
