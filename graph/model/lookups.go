package model

import (
	"fmt"
	"strconv"
	"strings"

	"innograph/store"
)

// ChainSegment is a segment of an industry chain.
type ChainSegment struct {
	Name        *string
	Position    *SegmentPosition
	Enterprises []*ChainMember
}

// ChainMember is an enterprise in a chain.
type ChainMember struct {
	Enterprise Entity
	Relation   *Relation
	Local      bool
}

// ChainGap is a weakness of a chain in a region.
type ChainGap struct {
	Kind        GapKind
	Description string
	Segment     *ChainSegment
	Supply      *Relation
	Supplier    Entity
	Customer    Entity
}

// SupplyTier is one tier of a supply chain walk.
type SupplyTier struct {
	Depth       int
	Enterprises []Entity
	Edges       []*Relation
}

// TalentPlacement is an alumnus at work in or for a chain.
type TalentPlacement struct {
	Talent     Entity
	Employer   Entity
	Role       *string
	Discipline *string
	AlumnusOf  *Relation
	WorksAt    *Relation
}

// Subgraph is an entity's neighbourhood.
type Subgraph struct {
	Center    Entity
	Nodes     []Entity
	Edges     []*Relation
	Distances []int
	Truncated bool
	Dot       string
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// FromSegment converts a chain segment.
func FromSegment(s store.Segment) *ChainSegment {
	out := &ChainSegment{Name: optional(s.Name), Enterprises: []*ChainMember{}}
	if s.Position != "" {
		p := SegmentPosition(s.Position)
		out.Position = &p
	}
	for _, m := range s.Members {
		out.Enterprises = append(out.Enterprises, &ChainMember{Enterprise: FromEntity(m.Entity), Relation: FromRelation(m.Relation), Local: m.Local})
	}
	return out
}

// FromGap converts a gap, describing it in a sentence.
func FromGap(g store.Gap, region *store.Entity) *ChainGap {
	where := "the region"
	if region != nil {
		where = region.Name
	}
	out := &ChainGap{Kind: GapKind(g.Kind)}
	switch g.Kind {
	case store.GapNoLocalEnterprise:
		out.Segment = FromSegment(*g.Segment)
		seg := g.Segment.Name
		if seg == "" {
			seg = "(unnamed)"
		}
		if g.Segment.Position != "" {
			seg = string(g.Segment.Position) + " segment " + seg
		} else {
			seg = "segment " + seg
		}
		if region == nil {
			out.Description = fmt.Sprintf("No enterprise covers the %s.", seg)
		} else {
			out.Description = fmt.Sprintf("No enterprise in %s covers the %s.", where, seg)
		}
	case store.GapExternalSupplier:
		sp := g.Supply
		out.Supply, out.Supplier, out.Customer = FromRelation(sp.Relation), FromEntity(sp.Supplier), FromEntity(sp.Customer)
		what := ""
		if p := sp.Relation.Props["product"]; p != "" {
			what = " with " + p
		}
		out.Description = fmt.Sprintf("%s is supplied%s by %s, outside %s.", sp.Customer.Name, what, sp.Supplier.Name, where)
	}
	return out
}

// FromTier converts a supply tier.
func FromTier(t store.SupplyTier) *SupplyTier {
	out := &SupplyTier{Depth: t.Depth, Enterprises: []Entity{}, Edges: []*Relation{}}
	for _, e := range t.Entities {
		out.Enterprises = append(out.Enterprises, FromEntity(e))
	}
	for _, r := range t.Relations {
		out.Edges = append(out.Edges, FromRelation(r))
	}
	return out
}

// FromPlacement converts a talent placement.
func FromPlacement(p store.Placement) *TalentPlacement {
	return &TalentPlacement{Talent: FromEntity(p.Talent), Employer: FromEntity(p.Employer), Role: optional(p.Role()),
		Discipline: optional(p.Discipline()), AlumnusOf: FromRelation(p.AlumnusOf), WorksAt: FromRelation(p.WorksAt)}
}

// FromSubgraph converts a neighbourhood and draws it in DOT.
func FromSubgraph(g *store.Subgraph) *Subgraph {
	out := &Subgraph{Center: FromEntity(g.Center), Nodes: []Entity{}, Edges: []*Relation{}, Distances: []int{}, Truncated: g.Truncated}
	for _, e := range g.Entities {
		out.Nodes = append(out.Nodes, FromEntity(e))
		out.Distances = append(out.Distances, g.Distance[e.ID])
	}
	for _, r := range g.Relations {
		out.Edges = append(out.Edges, FromRelation(r))
	}
	out.Dot = Dot(g)
	return out
}

// kindShapes gives each kind a shape, so a drawing tells kinds apart in
// black and white too.
var kindShapes = map[store.Kind]string{
	store.KindLab: "box", store.KindPilotPlatform: "box3d", store.KindPlatform: "component",
	store.KindUniversity: "house", store.KindResearchInstitute: "tab", store.KindEnterprise: "ellipse",
	store.KindTalent: "plain", store.KindIndustryChain: "hexagon", store.KindRegion: "folder",
}

// Dot renders a neighbourhood in Graphviz DOT, the center drawn bold.
func Dot(g *store.Subgraph) string {
	var b strings.Builder
	b.WriteString("digraph innograph {\n  graph [rankdir=LR, fontname=\"Noto Sans CJK SC\"];\n  node [fontname=\"Noto Sans CJK SC\"];\n  edge [fontname=\"Noto Sans CJK SC\", fontsize=10];\n")
	for _, e := range g.Entities {
		shape := kindShapes[e.Kind]
		if shape == "" {
			shape = "note"
		}
		style := ""
		if g.Center != nil && e.ID == g.Center.ID {
			style = ", style=bold"
		}
		fmt.Fprintf(&b, "  %s [label=%s, shape=%s, tooltip=%s%s];\n", strconv.Quote(e.ID), strconv.Quote(e.Name), shape, strconv.Quote(string(e.Kind)), style)
	}
	for _, r := range g.Relations {
		label := string(r.Type)
		if p := r.Props["product"]; p != "" {
			label += "\\n" + p
		} else if p := r.Props["role"]; p != "" {
			label += "\\n" + p
		}
		fmt.Fprintf(&b, "  %s -> %s [label=\"%s\"];\n", strconv.Quote(r.From), strconv.Quote(r.To), strings.ReplaceAll(label, "\"", "\\\""))
	}
	b.WriteString("}\n")
	return b.String()
}
