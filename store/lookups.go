package store

import (
	"context"
	"slices"
	"strings"
)

// Lookups are the analysts' questions about supply chains and talent. Each
// is one store call (one Cypher query on Neo4j); the backends fetch, and the
// shared functions below order and shape what they fetched, so that every
// backend gives the same answer.
type Lookups interface {
	// Chains gathers what industry chains are made of, one report per id
	// (nil where the id is not an entity). regionID is the region that
	// "local" refers to; empty means each chain's own region (its
	// smallest-id LOCATED_IN target), if it has one.
	Chains(ctx context.Context, chainIDs []string, regionID string) ([]*ChainReport, error)
	// SupplyTiers walks SUPPLIES relations from an entity, up to q.Depth
	// tiers (1..MaxSupplyDepth): upstream to its suppliers, downstream to
	// its customers. Each entity sits at its nearest tier only.
	SupplyTiers(ctx context.Context, q SupplyQuery) ([]SupplyTier, error)
	// FindTalents lists people matching a filter, ordered by name and id.
	FindTalents(ctx context.Context, f TalentFilter, p Page) (EntityPage, error)
	// TalentPipeline lists the university's alumni who work at an
	// enterprise of the chain (member or leader) or at a body supporting it.
	TalentPipeline(ctx context.Context, q PipelineQuery) ([]Placement, error)
	// ShortestPaths returns up to limit shortest paths, all of the same,
	// minimal length, smallest first in the order ShortestPath uses.
	ShortestPaths(ctx context.Context, from, to string, maxHops int, types []RelType, limit int) ([]*Path, error)
	// Neighborhood returns the entities within hops relations of center
	// (nearest first, then by name and id, at most limit of them) and the
	// relations among them; nil if center is not an entity.
	Neighborhood(ctx context.Context, center string, hops int, types []RelType, limit int) (*Subgraph, error)
}

// Bounds of the lookups; Neo4j splices them into patterns, so they are
// checked before any query runs.
const (
	MaxSupplyDepth       = 6
	MaxNeighborhoodHops  = 3
	MaxNeighborhoodLimit = 2000
	MaxPaths             = 100
	// MaxRegionDepth bounds the PART_OF chain followed to decide whether a
	// place lies within a region (district → city → province ...).
	MaxRegionDepth = 6
)

// Position is where a segment sits in a chain.
type Position string

const (
	Upstream   Position = "UPSTREAM"
	Midstream  Position = "MIDSTREAM"
	Downstream Position = "DOWNSTREAM"
)

// SupplyQuery asks SupplyTiers for a walk.
type SupplyQuery struct {
	EntityID  string
	Direction SupplyDirection
	Depth     int
	// Light tiers carry entities and relations without props and evidence,
	// as light neighbour pages do.
	Light bool
	// NoRelations leaves the tiers' relations out (empty), for callers that
	// show who sits in each tier, not who supplies whom: on Neo4j the
	// relations among thousands of reached entities cost more than the walk.
	NoRelations bool
	// NoAliases, with Light and NoRelations, lets a backend leave the
	// entities' aliases out (nil), for callers that do not show them; it
	// may fill them in, and readers must not look at them.
	NoAliases bool
}

// PipelineQuery asks TalentPipeline for a university's alumni in a chain.
type PipelineQuery struct {
	UniversityID string
	ChainID      string
	// NoEvidence leaves the placements' entities and relations without
	// evidence (nil), for callers that show no sources; props stay, since
	// a placement's role and discipline are read from them.
	NoEvidence bool
}

// SupplyDirection is the way SupplyTiers walks.
type SupplyDirection string

const (
	SupplyUpstream   SupplyDirection = "UPSTREAM"
	SupplyDownstream SupplyDirection = "DOWNSTREAM"
)

// SupporterKinds are the kinds that support a chain by serving its
// enterprises.
var SupporterKinds = []Kind{KindLab, KindPilotPlatform, KindPlatform, KindUniversity, KindResearchInstitute}

// Linked is an entity with the relation that links it to the question.
type Linked struct {
	Entity   *Entity
	Relation *Relation
	// Local tells whether the entity lies in the report's region: LOCATED_IN
	// the region or a place PART_OF it, up to MaxRegionDepth steps.
	Local bool
}

// Supply is a SUPPLIES relation into one of a chain's enterprises.
type Supply struct {
	Relation       *Relation
	Supplier       *Entity
	Customer       *Entity
	SupplierLocal  bool
	CustomerMember bool
}

// ChainReport is what a chain is made of, as fetched by a backend.
type ChainReport struct {
	Chain  *Entity
	Region *Entity // nil: no region, so nothing is local or external
	// Leaders are LEADS_CHAIN, Members MEMBER_OF_CHAIN, Supporters
	// SUPPORTS_CHAIN into the chain, plus SERVES from a body of
	// SupporterKinds into the chain or one of its leaders or members.
	Leaders    []Linked
	Members    []Linked
	Supporters []Linked
	// Supplies are the SUPPLIES relations into leaders and members.
	Supplies []Supply
}

// Segment is a part of a chain: its members named by segment and position.
type Segment struct {
	Name     string // "" for members whose segment is not stated
	Position Position
	Members  []Linked
}

// GapKind says why a gap is one.
type GapKind string

const (
	// GapNoLocalEnterprise: a segment with no enterprise in the region.
	GapNoLocalEnterprise GapKind = "NO_LOCAL_ENTERPRISE"
	// GapExternalSupplier: an enterprise of the chain is supplied from
	// outside the region.
	GapExternalSupplier GapKind = "EXTERNAL_SUPPLIER"
)

// Gap is a weakness of a chain in a region.
type Gap struct {
	Kind    GapKind
	Segment *Segment // for GapNoLocalEnterprise
	Supply  *Supply  // for GapExternalSupplier
}

// SupplyTier is one tier of a supply walk: the entities first reached at
// Depth, and the SUPPLIES relations that reach them from the tier before.
type SupplyTier struct {
	Depth     int
	Entities  []*Entity
	Relations []*Relation
}

// TalentFilter selects people. Empty fields do not filter. AlumniOf and
// Discipline must hold on one ALUMNUS_OF relation; Employer, Role and
// Chain on one WORKS_AT relation, whose employer for Chain must lead, be a
// member of or support the chain. Discipline and Role match as substrings
// under Key (so 电子 matches 电子工程); Role also matches the person's
// title when the relation states no role.
type TalentFilter struct {
	AlumniOf   string
	Discipline string
	Employer   string
	Chain      string
	Role       string
}

// Placement is an alumnus at work in or for a chain.
type Placement struct {
	Talent    *Entity
	Employer  *Entity
	AlumnusOf *Relation
	WorksAt   *Relation
}

// Role is the placement's role: the WORKS_AT role, else the person's title.
func (p Placement) Role() string { return RoleOf(p.WorksAt, p.Talent) }

// Discipline is the ALUMNUS_OF discipline.
func (p Placement) Discipline() string { return p.AlumnusOf.Props["discipline"] }

// RoleOf is a WORKS_AT relation's role, falling back on the person's title.
func RoleOf(worksAt *Relation, person *Entity) string {
	if r := worksAt.Props["role"]; r != "" {
		return r
	}
	return person.Props["title"]
}

// Subgraph is an entity's neighbourhood, for drawing.
type Subgraph struct {
	Center    *Entity
	Entities  []*Entity
	Distance  map[string]int // entity id → hops from the center
	Relations []*Relation
	// Truncated is set when more entities were within reach than the limit.
	Truncated bool
}

// ParsePosition reads a position as written in a relation's props: the
// enum names, or the Chinese 上游/中游/下游. Unknown gives "".
func ParsePosition(s string) Position {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "UPSTREAM", "上游":
		return Upstream
	case "MIDSTREAM", "中游":
		return Midstream
	case "DOWNSTREAM", "下游":
		return Downstream
	}
	return ""
}

var positionOrder = map[Position]int{Upstream: 0, Midstream: 1, Downstream: 2, "": 3}

func compareLinked(a, b Linked) int {
	if c := strings.Compare(a.Entity.Name, b.Entity.Name); c != 0 {
		return c
	}
	if c := strings.Compare(a.Entity.ID, b.Entity.ID); c != 0 {
		return c
	}
	return strings.Compare(a.Relation.ID, b.Relation.ID)
}

// NormalizeChainReport orders a fetched report: entities by name and id,
// supporters once each (the SUPPORTS_CHAIN relation preferred over SERVES),
// supplies by customer, supplier and relation id.
func NormalizeChainReport(r *ChainReport) {
	slices.SortFunc(r.Leaders, compareLinked)
	slices.SortFunc(r.Members, compareLinked)
	slices.SortFunc(r.Supporters, func(a, b Linked) int {
		if c := strings.Compare(a.Entity.ID, b.Entity.ID); c != 0 {
			return c
		}
		if a.Relation.Type != b.Relation.Type { // SUPPORTS_CHAIN first
			if a.Relation.Type == RelSupportsChain {
				return -1
			}
			if b.Relation.Type == RelSupportsChain {
				return 1
			}
		}
		return strings.Compare(a.Relation.ID, b.Relation.ID)
	})
	r.Supporters = slices.CompactFunc(r.Supporters, func(a, b Linked) bool { return a.Entity.ID == b.Entity.ID })
	slices.SortFunc(r.Supporters, compareLinked)
	slices.SortFunc(r.Supplies, func(a, b Supply) int {
		if c := strings.Compare(a.Customer.Name, b.Customer.Name); c != 0 {
			return c
		}
		if c := strings.Compare(a.Supplier.Name, b.Supplier.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Relation.ID, b.Relation.ID)
	})
	r.Supplies = slices.CompactFunc(r.Supplies, func(a, b Supply) bool { return a.Relation.ID == b.Relation.ID })
}

// DeclaredSegments reads the segments a chain entity declares in its
// "segments" property: "UPSTREAM:电池;MIDSTREAM:整机;DOWNSTREAM:运营"
// (上游/中游/下游 also work; a bare name has no position). They let gaps
// show segments that have no member at all.
func DeclaredSegments(chain *Entity) []Segment {
	var out []Segment
	for _, part := range strings.FieldsFunc(chain.Props["segments"], func(r rune) bool { return r == ';' || r == '；' }) {
		pos, name, ok := strings.Cut(part, ":")
		if !ok {
			pos, name, ok = strings.Cut(part, "：")
		}
		seg := Segment{Name: strings.TrimSpace(part)}
		if ok && ParsePosition(pos) != "" {
			seg = Segment{Name: strings.TrimSpace(name), Position: ParsePosition(pos)}
		}
		if seg.Name != "" {
			out = append(out, seg)
		}
	}
	return out
}

// Segments groups a chain's members by the segment and position their
// MEMBER_OF_CHAIN relation states, adding the chain's declared segments;
// ordered upstream to downstream, then by name.
func Segments(r *ChainReport) []Segment {
	type key struct {
		name string
		pos  Position
	}
	idx := map[key]int{}
	var segs []Segment
	add := func(k key) int {
		if i, ok := idx[k]; ok {
			return i
		}
		idx[k] = len(segs)
		segs = append(segs, Segment{Name: k.name, Position: k.pos, Members: []Linked{}})
		return idx[k]
	}
	for _, s := range DeclaredSegments(r.Chain) {
		add(key{s.Name, s.Position})
	}
	for _, m := range r.Members {
		k := key{strings.TrimSpace(m.Relation.Props["segment"]), ParsePosition(m.Relation.Props["position"])}
		if k.pos == "" && k.name != "" {
			// A segment declared with a position claims members that state
			// only its name.
			for _, d := range DeclaredSegments(r.Chain) {
				if d.Name == k.name {
					k = key{d.Name, d.Position}
					break
				}
			}
		}
		i := add(k)
		segs[i].Members = append(segs[i].Members, m)
	}
	slices.SortFunc(segs, func(a, b Segment) int {
		if c := positionOrder[a.Position] - positionOrder[b.Position]; c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return segs
}

// Gaps lists a chain's gaps in its report's region: segments none of whose
// members is local (with no region: segments with no member at all), then
// supplies whose supplier is not local (only with a region).
func Gaps(r *ChainReport) []Gap {
	var gaps []Gap
	for _, seg := range Segments(r) {
		local := false
		for _, m := range seg.Members {
			if m.Local || r.Region == nil {
				local = true
			}
		}
		if !local {
			gaps = append(gaps, Gap{Kind: GapNoLocalEnterprise, Segment: &seg})
		}
	}
	if r.Region != nil {
		for i := range r.Supplies {
			if !r.Supplies[i].SupplierLocal {
				gaps = append(gaps, Gap{Kind: GapExternalSupplier, Supply: &r.Supplies[i]})
			}
		}
	}
	return gaps
}

// SortTier orders a tier: entities by name and id, relations by the names
// of their ends and id.
func SortTier(t *SupplyTier, names map[string]string) {
	slices.SortFunc(t.Entities, func(a, b *Entity) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	slices.SortFunc(t.Relations, func(a, b *Relation) int {
		if c := strings.Compare(names[a.From], names[b.From]); c != 0 {
			return c
		}
		if c := strings.Compare(names[a.To], names[b.To]); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// SortPlacements orders placements by talent, then employer, name and id.
func SortPlacements(ps []Placement) {
	slices.SortFunc(ps, func(a, b Placement) int {
		for _, c := range []int{
			strings.Compare(a.Talent.Name, b.Talent.Name), strings.Compare(a.Talent.ID, b.Talent.ID),
			strings.Compare(a.Employer.Name, b.Employer.Name), strings.Compare(a.Employer.ID, b.Employer.ID),
			strings.Compare(a.AlumnusOf.ID, b.AlumnusOf.ID), strings.Compare(a.WorksAt.ID, b.WorksAt.ID),
		} {
			if c != 0 {
				return c
			}
		}
		return 0
	})
}

// SortSubgraph orders a neighbourhood: nearest first, then name and id;
// relations by id.
func SortSubgraph(g *Subgraph) {
	slices.SortFunc(g.Entities, func(a, b *Entity) int {
		if c := g.Distance[a.ID] - g.Distance[b.ID]; c != 0 {
			return c
		}
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	slices.SortFunc(g.Relations, func(a, b *Relation) int { return strings.Compare(a.ID, b.ID) })
}

// KeepNearest orders a neighbourhood and keeps its limit nearest
// entities, marking it truncated when some had to go.
func KeepNearest(g *Subgraph, limit int) {
	SortSubgraph(g)
	if len(g.Entities) > limit {
		g.Truncated = true
		for _, e := range g.Entities[limit:] {
			delete(g.Distance, e.ID)
		}
		g.Entities = g.Entities[:limit]
	}
}

// FirstPath is ShortestPath's answer from ShortestPaths's.
func FirstPath(ps []*Path, err error) (*Path, error) {
	if err != nil || len(ps) == 0 {
		return nil, err
	}
	return ps[0], nil
}

// ComparePaths is the order of shortest paths: by entity ids, then
// relation ids, element by element.
func ComparePaths(a, b *Path) int {
	for i := range min(len(a.Entities), len(b.Entities)) {
		if c := strings.Compare(a.Entities[i].ID, b.Entities[i].ID); c != 0 {
			return c
		}
	}
	if c := len(a.Entities) - len(b.Entities); c != 0 {
		return c
	}
	for i := range min(len(a.Relations), len(b.Relations)) {
		if c := strings.Compare(a.Relations[i].ID, b.Relations[i].ID); c != 0 {
			return c
		}
	}
	return 0
}
