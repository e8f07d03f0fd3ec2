// Package model holds the Go side of the GraphQL types: the generated
// connection and enum types, and the hand-written entity types below.
package model

import (
	"innograph/store"
)

// Node is any object with a global id.
type Node interface{ IsNode() }

// Entity is implemented by the one Go type per kind.
type Entity interface {
	IsNode()
	IsEntity()
	Base() *EntityBase
}

// EntityBase is what every entity type has; the kind-specific fields are
// resolvers over the entity's relations.
type EntityBase struct {
	ID      string
	Kind    EntityKind
	Name    string
	Aliases []string
	Record  *store.Entity
}

// Props and Evidence convert the record's on demand: most queries select
// neither, and a nested list holds thousands of entities.
func (b *EntityBase) Props() map[string]any { return Props(b.Record.Props) }

// Evidence is the record's evidence.
func (b *EntityBase) Evidence() []*Evidence { return FromEvidence(b.Record.Evidence) }

// Base gives the common part of any entity type.
func (b *EntityBase) Base() *EntityBase { return b }

// Description is the "description" property, when set.
func (b *EntityBase) Description() *string { return b.prop("description") }

// Title is the "title" property of a person, when set.
func (b *EntityBase) Title() *string { return b.prop("title") }

func (b *EntityBase) prop(k string) *string {
	if v, ok := b.Record.Props[k]; ok && v != "" {
		return &v
	}
	return nil
}

func newBase(e *store.Entity) EntityBase {
	return EntityBase{ID: e.ID, Kind: EntityKind(e.Kind), Name: e.Name, Aliases: e.Aliases, Record: e}
}

// Props turns string properties into the JSON scalar's map.
func Props(p map[string]string) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}

// Evidence is a fact's source sentence; Document resolves DocID.
type Evidence struct {
	Text       string
	DocID      string
	Start      int
	End        int
	Rule       *string
	Confidence *float64
}

// FromEvidence converts stored evidence.
func FromEvidence(ev []store.Evidence) []*Evidence {
	out := make([]*Evidence, len(ev))
	for i, e := range ev {
		out[i] = &Evidence{Text: e.Text, DocID: e.Doc, Start: e.Start, End: e.End}
		if e.Rule != "" {
			out[i].Rule = &ev[i].Rule
		}
		if e.Confidence != 0 {
			out[i].Confidence = &ev[i].Confidence
		}
	}
	return out
}

// Relation is a fact between two entities; From and To resolve the ids.
type Relation struct {
	ID     string
	Type   RelationType
	FromID string
	ToID   string
	Record *store.Relation
}

func (Relation) IsNode() {}

// Props and Evidence convert the record's on demand, as EntityBase's do.
func (r *Relation) Props() map[string]any { return Props(r.Record.Props) }

// Evidence is the record's evidence.
func (r *Relation) Evidence() []*Evidence { return FromEvidence(r.Record.Evidence) }

// FromRelation converts a stored relation; nil stays nil.
func FromRelation(r *store.Relation) *Relation {
	if r == nil {
		return nil
	}
	return &Relation{ID: r.ID, Type: RelationType(r.Type), FromID: r.From, ToID: r.To, Record: r}
}

// Mention is an entity named in a document.
type Mention struct {
	EntityID string
	Text     string
	Start    int
	End      int
}

// Path is a walk between two entities.
type Path struct {
	Nodes  []Entity
	Edges  []*Relation
	Length int
}

// FromPath converts a path.
func FromPath(p *store.Path) *Path {
	out := &Path{Nodes: []Entity{}, Edges: []*Relation{}, Length: len(p.Relations)}
	for _, e := range p.Entities {
		out.Nodes = append(out.Nodes, FromEntity(e))
	}
	for _, r := range p.Relations {
		out.Edges = append(out.Edges, FromRelation(r))
	}
	return out
}
