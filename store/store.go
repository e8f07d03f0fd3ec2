package store

import (
	"context"
	"errors"
)

// ErrNotFound is returned (wrapped) when a named entity or document is absent.
var ErrNotFound = errors.New("not found")

// ErrInvalid is returned (wrapped) for writes that break the model's rules:
// an unknown kind or relation type, an empty name, a relation whose endpoint
// does not exist. Nothing of an invalid batch is written.
var ErrInvalid = errors.New("invalid input")

// Store is the contract of a graph backend. Every read takes many keys at
// once so that a dataloader batch costs one call (one Cypher round trip);
// slices returned for a slice of keys are aligned with the keys.
type Store interface {
	// GetEntities returns the entities with the given ids; nil where absent.
	GetEntities(ctx context.Context, ids []string) ([]*Entity, error)
	// LookupNames resolves each name to the entity whose canonical name or,
	// failing that, alias matches it under Key; nil where nothing matches.
	// An alias shared by several entities resolves to the smallest id.
	LookupNames(ctx context.Context, names []string) ([]*Entity, error)
	// FindEntities lists entities: a filtered, ordered, paginated search.
	FindEntities(ctx context.Context, q EntityQuery) (EntityPage, error)
	// Neighbors returns one page of relations per query, with the entity at
	// the other end of each.
	Neighbors(ctx context.Context, qs []NeighborQuery) ([]NeighborPage, error)
	// Expand answers a tree of neighbour queries from each root at once:
	// q's page of each root, then the pages of q.Children for every entity
	// on it, and so on down. Every page equals what Neighbors returns for
	// the same query. One result per root, never nil.
	Expand(ctx context.Context, roots []string, q ExpandQuery) ([]*Expansion, error)
	// GetRelations returns the relations with the given ids; nil where absent.
	GetRelations(ctx context.Context, ids []string) ([]*Relation, error)
	// ShortestPath finds the shortest undirected path between two entities
	// of at most maxHops relations, following only types when given. Among
	// several shortest paths it picks the one whose sequence of entity ids,
	// then of relation ids, is smallest, so every backend returns the same
	// one. It returns nil when there is none.
	ShortestPath(ctx context.Context, from, to string, maxHops int, types []RelType) (*Path, error)

	// GetDocuments returns the documents with the given ids; nil where absent.
	GetDocuments(ctx context.Context, ids []string) ([]*Document, error)
	// FindDocuments lists documents ordered by id.
	FindDocuments(ctx context.Context, q Page) (DocumentPage, error)
	// Mentions returns, per document id, the entities whose evidence cites
	// it, ordered by entity name, id and evidence start.
	Mentions(ctx context.Context, docIDs []string) ([][]Mention, error)

	// Lookups answer the supply-chain and talent questions.
	Lookups

	// Apply upserts a batch atomically: all of it is written or none.
	// Entities are keyed by Key(name), relations by (type, from, to),
	// documents by id; applying the same batch twice changes nothing.
	Apply(ctx context.Context, b Batch) (ApplyResult, error)
	// Clear removes everything (used by seed --replace).
	Clear(ctx context.Context) error
	// Stats counts what the store holds; it doubles as a readiness probe.
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// Page is a forward page request: at most First items after the cursor.
type Page struct {
	First int
	After string
}

// PageInfo describes where a page sits in the full ordered list.
type PageInfo struct {
	Offset      int // position of the first item in the full list
	HasNext     bool
	HasPrevious bool
}

// EntitySort is the order of an entity listing.
type EntitySort string

const (
	// SortRelevance ranks exact name matches first, then exact aliases,
	// prefixes, substrings; then shorter names; then name and id. It is the
	// default and, with no text, equals SortName by length.
	SortRelevance EntitySort = "RELEVANCE"
	SortName      EntitySort = "NAME"
	SortNameDesc  EntitySort = "NAME_DESC"
	// SortDegree puts the most connected entities first.
	SortDegree EntitySort = "DEGREE"
)

// EntityQuery filters entities by a substring of name or alias (empty text
// matches all) and by kinds.
type EntityQuery struct {
	Text  string
	Kinds []Kind
	Sort  EntitySort
	Page
}

// EntityPage is one page of an entity listing.
type EntityPage struct {
	Entities   []*Entity
	TotalCount int
	PageInfo
}

// NeighborQuery asks for the relations of one entity.
type NeighborQuery struct {
	EntityID  string
	Types     []RelType // empty: all types
	Direction Direction // empty: Both
	Kinds     []Kind    // kinds of the entity at the other end; empty: all
	Page
	// Light pages carry entities and relations without props and evidence
	// (both nil), for callers that show names only: reading and decoding
	// them is most of a page's cost.
	Light bool
}

// ExpandQuery is a neighbour query (EntityID unused, no cursor) and the
// queries to run from every entity on its page.
type ExpandQuery struct {
	NeighborQuery
	// OnlyKinds limits the query, when it is a child, to parents of these
	// kinds (empty: all): a GraphQL field inside "... on Enterprise".
	OnlyKinds []Kind
	// Bare asks, of a Light query, for no more than a list of names
	// needs: each neighbour's kind and name. A backend may leave out the
	// rest (the other entity's id and aliases, the relation, the total and
	// page info), and may fill it in; readers must not look at it. The
	// children of a Bare query are Bare, having no parent id to start from.
	Bare     bool
	Children []ExpandQuery
}

// Expansion is one page of an expansion and the expansions below it.
type Expansion struct {
	NeighborPage
	// Children[i][c] expands Neighbors[i].Other by the query's Children[c];
	// nil where that child's OnlyKinds leave the entity out. Children is
	// nil when the page is empty or the query has no children.
	Children [][]*Expansion
}

// Neighbor is a relation seen from one of its ends.
type Neighbor struct {
	Relation *Relation
	Other    *Entity
	// Direction is Out when the queried entity is the relation's From.
	Direction Direction
}

// NeighborPage is one page of neighbours, ordered by relation type, the
// other entity's name, then relation id.
type NeighborPage struct {
	Neighbors  []Neighbor
	TotalCount int
	PageInfo
}

// Path is a walk from one entity to another; Relations[i] joins Entities[i]
// and Entities[i+1], in either direction.
type Path struct {
	Entities  []*Entity
	Relations []*Relation
}

// DocumentPage is one page of documents.
type DocumentPage struct {
	Documents  []*Document
	TotalCount int
	PageInfo
}

// EntityInput is an entity to upsert, keyed by Key(Name).
type EntityInput struct {
	Kind     Kind
	Name     string
	Aliases  []string
	Props    map[string]string
	Evidence []Evidence
}

// RelationInput is a relation to upsert between two entity ids.
type RelationInput struct {
	Type     RelType
	From, To string
	Props    map[string]string
	Evidence []Evidence
}

// Batch is the unit of atomic writing.
type Batch struct {
	Documents []Document
	Entities  []EntityInput
	Relations []RelationInput
}

// ApplyResult counts what a batch changed; unchanged items count nowhere.
type ApplyResult struct {
	DocumentsCreated int `json:"documentsCreated"`
	EntitiesCreated  int `json:"entitiesCreated"`
	EntitiesUpdated  int `json:"entitiesUpdated"`
	RelationsCreated int `json:"relationsCreated"`
	RelationsUpdated int `json:"relationsUpdated"`
}

// Stats counts the contents of a store.
type Stats struct {
	Entities  int
	Relations int
	Documents int
}
