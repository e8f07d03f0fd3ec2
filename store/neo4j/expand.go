package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"innograph/store"
)

// Expand implements store.Store in one statement: a subquery per level of
// the query tree, nested as the tree is, each sorting and slicing its page
// like neighborsCypher does. An entity met under several parents is
// expanded once per parent; the dataloader path would read it once, but a
// second round trip costs more than the repeated reads at page sizes.
func (s *Store) Expand(ctx context.Context, roots []string, q store.ExpandQuery) ([]*store.Expansion, error) {
	if err := store.CheckExpand(q); err != nil {
		return nil, fmt.Errorf("neo4j: expand: %w", err)
	}
	out := make([]*store.Expansion, len(roots))
	for i := range out {
		// Roots that are not entities get no row: an empty page.
		_, _, info, _ := store.Window(q.Page, 0)
		out[i] = &store.Expansion{NeighborPage: store.NeighborPage{PageInfo: info}}
	}
	if len(roots) == 0 {
		return out, ctx.Err()
	}
	cypher, params := expandCypher(q)
	params["ids"] = toAny(roots)
	recs, err := s.query(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("neo4j: expand: %w", err)
	}
	dec := newExpansionDecoder(q)
	for _, rec := range recs {
		i := intOf(rec.Values[0])
		total, page := 0, rec.Values[1]
		if !q.Bare {
			total, page = intOf(rec.Values[1]), rec.Values[2]
		}
		x, err := dec.decode(roots[i], total, page)
		if err != nil {
			return nil, fmt.Errorf("neo4j: expand: %w", err)
		}
		out[i] = x
	}
	return out, nil
}

// expandCypher renders the statement of an expansion and its parameters
// (all but $ids). Each query of the tree has a path ("0", "0_1", ...) that
// names its variables and parameters, so that nested subqueries never
// shadow each other.
func expandCypher(q store.ExpandQuery) (string, map[string]any) {
	eb := &expandBuilder{params: map[string]any{}}
	eb.b.WriteString("UNWIND range(0, size($ids) - 1) AS root\nMATCH (n:Entity {id: $ids[root]})\n")
	eb.level(q, "n", "0", "", []string{"root", "n"})
	if q.Bare {
		eb.b.WriteString("RETURN root, p0")
	} else {
		eb.b.WriteString("RETURN root, t0, p0")
	}
	return eb.b.String(), eb.params
}

type expandBuilder struct {
	b      strings.Builder
	params map[string]any
}

func (eb *expandBuilder) line(indent, format string, args ...any) {
	eb.b.WriteString(indent)
	fmt.Fprintf(&eb.b, format, args...)
	eb.b.WriteByte('\n')
}

// level writes q's page from the entity bound to parent as p<path>, a list
// of {rel, other, out, c}, and its total as t<path>, keeping the variables
// of carry. The page is a top-k sort (ORDER BY ... LIMIT) and the total a
// COUNT subquery, which Neo4j answers from the node's degree when no kind
// filter applies: a hub's thousand neighbours are neither collected nor
// projected to cut a page of a hundred.
func (eb *expandBuilder) level(q store.ExpandQuery, parent, path, in string, carry []string) {
	r, o := "r"+path, "o"+path
	eb.params["l"+path] = store.Limit(q.First)
	var conds []string
	if len(q.OnlyKinds) > 0 {
		eb.params["f"+path] = toAny(q.OnlyKinds)
		conds = append(conds, parent+".kind IN $f"+path)
	}
	if len(q.Kinds) > 0 {
		eb.params["k"+path] = toAny(q.Kinds)
		conds = append(conds, o+".kind IN $k"+path)
	}
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	sh := newNeighborShape(q.NeighborQuery)
	pattern := sh.patternFrom(parent, r, o)

	eb.line(in, "CALL (%s) {", parent)
	in2 := in + "  "
	eb.line(in2, "MATCH %s%s", pattern, where)
	eb.line(in2, "WITH %s, %s, %s AS out ORDER BY %s LIMIT $l%s", r, o, sh.outExpr(r, parent), sh.orderBy(r, o), path)
	vars := []string{r, o, "out"}
	var xs []string
	for c, child := range q.Children {
		cp := path + "_" + strconv.Itoa(c)
		eb.level(child, o, cp, in2, vars)
		if child.Bare {
			vars = append(vars, "p"+cp)
			xs = append(xs, "p"+cp)
		} else {
			vars = append(vars, "p"+cp, "t"+cp)
			xs = append(xs, fmt.Sprintf("t%[1]s, p%[1]s", cp))
		}
	}
	// collect keeps the order of the rows, which ORDER BY set and the
	// subqueries (one call per row) kept.
	item := expandItem(sh, q.Light, r, o, "out", len(q.Children) > 0, strings.Join(xs, ", "))
	if q.Bare {
		item = bareItem(o, len(q.Children) > 0, strings.Join(xs, ", "))
	}
	eb.line(in2, "RETURN collect(%s) AS p%s", item, path)
	eb.line(in, "}")
	if q.Bare {
		// No total: reading a degree per row is cheap, but not free.
		eb.line(in, "WITH %s, p%s", strings.Join(carry, ", "), path)
		return
	}
	// The count leaves out the parent's kind: a parent that fails it has
	// no page to count, and without a predicate on the parent, and on the
	// other end when no kind filter applies, Neo4j reads the node's degree
	// instead of walking its relations.
	count, countWhere := sh.patternFrom(parent, "", ""), ""
	if len(q.Kinds) > 0 {
		count, countWhere = sh.patternFrom(parent, "", o), " WHERE "+o+".kind IN $k"+path
	}
	eb.line(in, "WITH %s, p%s, COUNT { %s%s } AS t%s", strings.Join(carry, ", "), path, count, countWhere, path)
}

// expandItem projects one neighbour of a page as a list, not a map: an
// expansion returns thousands of them, and map keys would repeat in each
// (a page of light items with keys takes twice as long to stream). The
// relation's ends are not sent: one is the parent, out tells which; nor is
// its id, which is a function of its type and ends (store.RelationID) that
// costs the reader less to compute than the database to read; nor, when
// the shape has one type in one direction, its type and out, which the
// shape tells.
//
//	[(unless fixed:) type, out, id, kind, name, aliases,
//	 (full:) relation props, relation evidence, props, evidence,
//	 (with children:) [total, page] per child]
func expandItem(sh neighborShape, light bool, r, o, out string, withChildren bool, children string) string {
	item := fmt.Sprintf("%[1]s.id, %[1]s.kind, %[1]s.name, %[1]s.aliases", o)
	if _, _, fixed := sh.fixed(); !fixed {
		item = fmt.Sprintf("type(%s), %s, ", r, out) + item
	}
	if !light {
		item += fmt.Sprintf(", %[1]s.props, %[1]s.evidence, %[2]s.props, %[2]s.evidence", r, o)
	}
	if withChildren {
		item += ", [" + children + "]"
	}
	return "[" + item + "]"
}

// bareItem projects one neighbour of a bare page: what a list of names
// needs, half or less of what a light item sends.
//
//	[kind, name, (with children:) [page] per child]
func bareItem(o string, withChildren bool, children string) string {
	item := fmt.Sprintf("%[1]s.kind, %[1]s.name", o)
	if withChildren {
		item += ", [" + children + "]"
	}
	return "[" + item + "]"
}

// fixed tells the type and direction every relation of the shape has,
// when it has one type in one direction.
func (sh neighborShape) fixed() (store.RelType, store.Direction, bool) {
	if sh.dir == store.Both || sh.types == "" || strings.Contains(sh.types, ",") || sh.types == noType {
		return "", "", false
	}
	return store.RelType(sh.types), sh.dir, true
}

// outExpr tells whether r leaves parent; a directed shape knows it.
func (sh neighborShape) outExpr(r, parent string) string {
	switch sh.dir {
	case store.Out:
		return "true"
	case store.In:
		return "false"
	}
	return "startNode(" + r + ") = " + parent
}

// orderBy is the page order: relation type, the other entity's name, the
// relation id. Names are unique (an entity is its normalised name), so with
// one type in one direction, where no entity is joined twice, the name
// alone decides, and the relations' properties need not be read.
func (sh neighborShape) orderBy(r, o string) string {
	if sh.dir != store.Both && sh.types != "" && !strings.Contains(sh.types, ",") {
		return o + ".name"
	}
	return "type(" + r + "), " + o + ".name, " + r + ".id"
}

// patternFrom is the shape's pattern from the bound node parent through r
// to o:Entity; with o empty, to any node (every relation joins entities),
// which lets a count read the node's degree.
func (sh neighborShape) patternFrom(parent, r, o string) string {
	rel := r
	if sh.types != "" {
		rel = r + ":" + strings.ReplaceAll(sh.types, ",", "|")
	}
	end := "()"
	if o != "" {
		end = "(" + o + ":Entity)"
	}
	switch sh.dir {
	case store.Out:
		return "(" + parent + ")-[" + rel + "]->" + end
	case store.In:
		return "(" + parent + ")<-[" + rel + "]-" + end
	}
	return "(" + parent + ")-[" + rel + "]-" + end
}

// expansionDecoder reads the pages of one query of an expansion's tree:
// what an item holds follows from the query alone, so it is worked out
// once per query, not once per page.
type expansionDecoder struct {
	q        store.ExpandQuery
	sh       neighborShape
	fields   int
	children []*expansionDecoder
	// childValues is the length of an item's list of children's values.
	childValues int
}

func newExpansionDecoder(q store.ExpandQuery) *expansionDecoder {
	d := &expansionDecoder{q: q, sh: newNeighborShape(q.NeighborQuery), fields: 4}
	if _, _, fixed := d.sh.fixed(); !fixed {
		d.fields += 2
	}
	if !q.Light {
		d.fields += 4
	}
	if q.Bare {
		d.fields = 2
	}
	for _, c := range q.Children {
		d.children = append(d.children, newExpansionDecoder(c))
		d.childValues += 2
		if c.Bare {
			d.childValues--
		}
	}
	return d
}

// decode reads the total and page of the query from the entity parentID.
func (d *expansionDecoder) decode(parentID string, total int, page any) (*store.Expansion, error) {
	q, fields := d.q, d.fields
	_, _, info, err := store.Window(q.Page, total)
	if err != nil {
		return nil, err
	}
	x := &store.Expansion{NeighborPage: store.NeighborPage{TotalCount: total, PageInfo: info}}
	list, _ := page.([]any)
	if total > 0 { // like Neighbors: nil only when there are none at all
		x.Neighbors = make([]store.Neighbor, 0, len(list))
	}
	if len(q.Children) > 0 && len(list) > 0 {
		x.Children = make([][]*store.Expansion, len(list))
	}
	for j, it := range list {
		item, ok := it.([]any)
		if !ok || len(item) < fields {
			return nil, fmt.Errorf("expansion item %T of %d fields, want %d", it, len(item), fields)
		}
		var n store.Neighbor
		if q.Bare {
			n = decodeBare(item)
		} else if n, err = decodeItem(parentID, item, d.sh, q.Light); err != nil {
			return nil, err
		}
		x.Neighbors = append(x.Neighbors, n)
		if len(q.Children) == 0 {
			continue
		}
		cs, _ := item[fields].([]any)
		if len(cs) != d.childValues {
			return nil, fmt.Errorf("expansion item has %d child values, want %d", len(cs), d.childValues)
		}
		x.Children[j] = make([]*store.Expansion, len(q.Children))
		at := 0
		for c, child := range q.Children {
			// A bare child has its page only; any other its total and page.
			total, page := 0, cs[at]
			if child.Bare {
				at++
			} else {
				total, page = intOf(cs[at]), cs[at+1]
				at += 2
			}
			if !child.Applies(n.Other.Kind) {
				continue
			}
			if x.Children[j][c], err = d.children[c].decode(n.Other.ID, total, page); err != nil {
				return nil, err
			}
		}
	}
	if q.Bare {
		// A bare page has no relation to sort by. With one type in one
		// direction the statement sorts by name alone, which is unique, so
		// the rare order that Cypher's UTF-16 comparison sets apart from
		// Go's is mended by name; other shapes keep the statement's order
		// (type, name, relation id), which a bare page cannot check.
		if _, _, fixed := d.sh.fixed(); fixed && !slices.IsSortedFunc(x.Neighbors, compareBare) {
			sortExpansionBy(x, compareBare)
		}
		return x, nil
	}
	if !slices.IsSortedFunc(x.Neighbors, store.CompareNeighbors) {
		// Cypher keeps the order of rows through subqueries in practice,
		// not by contract; and it compares strings by UTF-16 units where
		// Go compares code points, which differ for characters beyond the
		// BMP (rare CJK names). Sorting here makes the page agree with the
		// embedded store's order, if not always its cut.
		sortExpansionBy(x, store.CompareNeighbors)
	}
	return x, nil
}

// compareBare orders the neighbours of a bare page by name.
func compareBare(a, b store.Neighbor) int { return strings.Compare(a.Other.Name, b.Other.Name) }

// decodeBare reads a bareItem list.
func decodeBare(item []any) store.Neighbor {
	kind, _ := item[0].(string)
	name, _ := item[1].(string)
	return store.Neighbor{Other: &store.Entity{Kind: store.Kind(kind), Name: name}}
}

// sortExpansionBy orders a page and its children together.
func sortExpansionBy(x *store.Expansion, cmp func(a, b store.Neighbor) int) {
	idx := make([]int, len(x.Neighbors))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp(x.Neighbors[a], x.Neighbors[b]) })
	ns := make([]store.Neighbor, len(idx))
	var cs [][]*store.Expansion
	if x.Children != nil {
		cs = make([][]*store.Expansion, len(idx))
	}
	for to, from := range idx {
		ns[to] = x.Neighbors[from]
		if cs != nil {
			cs[to] = x.Children[from]
		}
	}
	x.Neighbors, x.Children = ns, cs
}

// decodeItem reads an expandItem list.
func decodeItem(parentID string, item []any, sh neighborShape, light bool) (store.Neighbor, error) {
	s := func(i int) string { v, _ := item[i].(string); return v }
	t, dir, fixed := sh.fixed()
	if !fixed {
		t, dir = store.RelType(s(0)), store.In
		if out, _ := item[1].(bool); out {
			dir = store.Out
		}
		item = item[2:]
	}
	r := &store.Relation{Type: t, From: s(0), To: parentID}
	n := store.Neighbor{Relation: r, Direction: dir}
	if dir == store.Out {
		r.From, r.To = parentID, s(0)
	}
	r.ID = store.RelationID(r.Type, r.From, r.To)
	e := &store.Entity{ID: s(0), Kind: store.Kind(s(1)), Name: s(2), Aliases: decodeStrings(item[3])}
	n.Other = e
	if light {
		return n, nil
	}
	var err error
	if r.Props, err = decodeProps(s(4)); err != nil {
		return n, fmt.Errorf("relation %s: %w", r.ID, err)
	}
	if r.Evidence, err = decodeEvidence(s(5)); err != nil {
		return n, fmt.Errorf("relation %s: %w", r.ID, err)
	}
	if e.Props, err = decodeProps(s(6)); err != nil {
		return n, fmt.Errorf("entity %s: %w", e.ID, err)
	}
	if e.Evidence, err = decodeEvidence(s(7)); err != nil {
		return n, fmt.Errorf("entity %s: %w", e.ID, err)
	}
	return n, nil
}
