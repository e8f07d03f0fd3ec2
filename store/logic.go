package store

import (
	"encoding/base64"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The rules below are shared by every backend so that the conformance suite
// can pin identical answers: a backend may compute in its own query language
// what these compute in Go, but it must agree with them.

// MaxPage bounds any page a backend returns.
const MaxPage = 1000

// DefaultPage is the page size when First is zero or negative.
const DefaultPage = 20

// Limit returns the page size to use for first.
func Limit(first int) int {
	switch {
	case first <= 0:
		return DefaultPage
	case first > MaxPage:
		return MaxPage
	}
	return first
}

// EncodeCursor returns the opaque cursor of the item at offset in an ordered
// list. Cursors are positional: they stay valid while the list is unchanged,
// which suits a curated graph that changes by batch imports.
func EncodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(offset)))
}

// DecodeCursor returns the offset just after the item the cursor names, so
// "" gives 0.
func DecodeCursor(c string) (int, error) {
	if c == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil && strings.HasPrefix(string(raw), "o:") {
		if n, err := strconv.Atoi(string(raw[2:])); err == nil && n >= 0 {
			return n + 1, nil
		}
	}
	return 0, fmt.Errorf("%w: malformed cursor %q", ErrInvalid, c)
}

// Window turns a page request into the slice bounds [start, end) of a list of
// total items, and the page info that goes with it.
func Window(p Page, total int) (start, end int, info PageInfo, err error) {
	start, err = DecodeCursor(p.After)
	if err != nil {
		return 0, 0, PageInfo{}, err
	}
	start = min(start, total)
	end = min(start+Limit(p.First), total)
	return start, end, PageInfo{Offset: start, HasNext: end < total, HasPrevious: start > 0}, nil
}

// Rank is the relevance of an entity to a search text already passed
// through Key: 0 exact name, 1 exact alias, 2 name prefix, 3 alias prefix,
// 4 name substring, 5 alias substring; -1 when it does not match. With an
// empty text everything ranks 0.
func Rank(e *Entity, text string) int {
	if text == "" {
		return 0
	}
	name := Key(e.Name)
	best := -1
	try := func(r int) {
		if best < 0 || r < best {
			best = r
		}
	}
	switch {
	case name == text:
		try(0)
	case strings.HasPrefix(name, text):
		try(2)
	case strings.Contains(name, text):
		try(4)
	}
	for _, a := range e.Aliases {
		a = Key(a)
		switch {
		case a == text:
			try(1)
		case strings.HasPrefix(a, text):
			try(3)
		case strings.Contains(a, text):
			try(5)
		}
	}
	return best
}

// NameLen is the length, in code points, that relevance ordering uses to
// put shorter names first.
func NameLen(s string) int { return utf8.RuneCountInString(s) }

// NormalizeBatch checks a batch and returns a cleaned copy: names and
// aliases normalised and de-duplicated, kinds and types checked, evidence
// de-duplicated, relations merged per natural key. It does not check that
// relation endpoints exist; backends do, inside their transaction.
func NormalizeBatch(b Batch) (Batch, error) {
	var out Batch
	docs := map[string]int{}
	for _, d := range b.Documents {
		d.ID = strings.TrimSpace(d.ID)
		if d.ID == "" {
			return Batch{}, fmt.Errorf("%w: document without id", ErrInvalid)
		}
		if i, ok := docs[d.ID]; ok {
			out.Documents[i] = d
			continue
		}
		docs[d.ID] = len(out.Documents)
		out.Documents = append(out.Documents, d)
	}
	ents := map[string]int{}
	for _, e := range b.Entities {
		e.Name = CleanName(e.Name)
		if Key(e.Name) == "" {
			return Batch{}, fmt.Errorf("%w: entity without name", ErrInvalid)
		}
		if !e.Kind.Valid() {
			return Batch{}, fmt.Errorf("%w: entity %q has unknown kind %q", ErrInvalid, e.Name, e.Kind)
		}
		if err := checkEvidence(e.Evidence); err != nil {
			return Batch{}, fmt.Errorf("entity %q: %w", e.Name, err)
		}
		k := Key(e.Name)
		if i, ok := ents[k]; ok {
			prev := &out.Entities[i]
			merged, _ := MergeEntity(&Entity{Kind: prev.Kind, Name: prev.Name, Aliases: prev.Aliases, Props: prev.Props, Evidence: prev.Evidence}, e)
			*prev = EntityInput{Kind: merged.Kind, Name: merged.Name, Aliases: merged.Aliases, Props: merged.Props, Evidence: merged.Evidence}
			continue
		}
		fresh := NewEntity(e)
		ents[k] = len(out.Entities)
		out.Entities = append(out.Entities, EntityInput{Kind: fresh.Kind, Name: fresh.Name, Aliases: fresh.Aliases, Props: fresh.Props, Evidence: fresh.Evidence})
	}
	rels := map[string]int{}
	for _, r := range b.Relations {
		if !r.Type.Valid() {
			return Batch{}, fmt.Errorf("%w: unknown relation type %q", ErrInvalid, r.Type)
		}
		if r.From == "" || r.To == "" {
			return Batch{}, fmt.Errorf("%w: %s relation without both ends", ErrInvalid, r.Type)
		}
		if r.From == r.To {
			return Batch{}, fmt.Errorf("%w: %s relation from %s to itself", ErrInvalid, r.Type, r.From)
		}
		if err := checkEvidence(r.Evidence); err != nil {
			return Batch{}, fmt.Errorf("%s relation: %w", r.Type, err)
		}
		id := RelationID(r.Type, r.From, r.To)
		if i, ok := rels[id]; ok {
			prev := &out.Relations[i]
			merged, _ := MergeRelation(&Relation{Type: prev.Type, From: prev.From, To: prev.To, Props: prev.Props, Evidence: prev.Evidence}, r)
			prev.Props, prev.Evidence = merged.Props, merged.Evidence
			continue
		}
		fresh := NewRelation(r)
		rels[id] = len(out.Relations)
		out.Relations = append(out.Relations, RelationInput{Type: r.Type, From: r.From, To: r.To, Props: fresh.Props, Evidence: fresh.Evidence})
	}
	return out, nil
}

func checkEvidence(ev []Evidence) error {
	for _, e := range ev {
		if e.Doc == "" || strings.TrimSpace(e.Text) == "" {
			return fmt.Errorf("%w: evidence needs a document and a text", ErrInvalid)
		}
		if e.Start < 0 || e.End < e.Start {
			return fmt.Errorf("%w: evidence offsets [%d,%d) out of order", ErrInvalid, e.Start, e.End)
		}
	}
	return nil
}

// NewEntity builds the stored form of a fresh entity.
func NewEntity(in EntityInput) *Entity {
	e := &Entity{Kind: in.Kind, Name: CleanName(in.Name), Props: map[string]string{}}
	e.ID = EntityID(e.Name)
	merged, _ := MergeEntity(e, EntityInput{Kind: in.Kind, Aliases: in.Aliases, Props: in.Props, Evidence: in.Evidence})
	return merged
}

// MergeEntity returns old with in merged into it, and whether anything
// changed. The kind is replaced unless in says OTHER (an importer's guess
// never overrides a curated kind); aliases and evidence are unions in
// first-seen order; props from in win.
func MergeEntity(old *Entity, in EntityInput) (*Entity, bool) {
	e := &Entity{ID: old.ID, Kind: old.Kind, Name: old.Name,
		Aliases: slices.Clone(old.Aliases), Props: maps.Clone(old.Props), Evidence: slices.Clone(old.Evidence)}
	if e.Props == nil {
		e.Props = map[string]string{}
	}
	if e.Aliases == nil {
		e.Aliases = []string{}
	}
	if e.Evidence == nil {
		e.Evidence = []Evidence{}
	}
	if in.Kind != "" && in.Kind != KindOther {
		e.Kind = in.Kind
	}
	seen := map[string]bool{Key(e.Name): true}
	for _, a := range e.Aliases {
		seen[Key(a)] = true
	}
	for _, a := range in.Aliases {
		a = CleanName(a)
		if k := Key(a); k != "" && !seen[k] {
			seen[k] = true
			e.Aliases = append(e.Aliases, a)
		}
	}
	for k, v := range in.Props {
		if k = strings.TrimSpace(k); k != "" {
			e.Props[k] = v
		}
	}
	e.Evidence = mergeEvidence(e.Evidence, in.Evidence)
	changed := e.Kind != old.Kind || !slices.Equal(e.Aliases, old.Aliases) ||
		!maps.Equal(e.Props, old.Props) || len(e.Evidence) != len(old.Evidence)
	return e, changed
}

// NewRelation builds the stored form of a fresh relation.
func NewRelation(in RelationInput) *Relation {
	r := &Relation{ID: RelationID(in.Type, in.From, in.To), Type: in.Type, From: in.From, To: in.To,
		Props: map[string]string{}, Evidence: []Evidence{}}
	merged, _ := MergeRelation(r, in)
	return merged
}

// MergeRelation is MergeEntity for relations: props from in win, evidence
// is a union.
func MergeRelation(old *Relation, in RelationInput) (*Relation, bool) {
	r := &Relation{ID: old.ID, Type: old.Type, From: old.From, To: old.To,
		Props: maps.Clone(old.Props), Evidence: slices.Clone(old.Evidence)}
	if r.Props == nil {
		r.Props = map[string]string{}
	}
	for k, v := range in.Props {
		if k = strings.TrimSpace(k); k != "" {
			r.Props[k] = v
		}
	}
	r.Evidence = mergeEvidence(r.Evidence, in.Evidence)
	if r.Evidence == nil {
		r.Evidence = []Evidence{}
	}
	changed := !maps.Equal(r.Props, old.Props) || len(r.Evidence) != len(old.Evidence)
	return r, changed
}

func mergeEvidence(have, add []Evidence) []Evidence {
	type key struct {
		doc, text  string
		start, end int
	}
	seen := map[key]bool{}
	for _, e := range have {
		seen[key{e.Doc, e.Text, e.Start, e.End}] = true
	}
	for _, e := range add {
		k := key{e.Doc, e.Text, e.Start, e.End}
		if !seen[k] {
			seen[k] = true
			have = append(have, e)
		}
	}
	return have
}

// SortNeighbors orders neighbours as NeighborPage documents.
func SortNeighbors(ns []Neighbor) {
	slices.SortFunc(ns, CompareNeighbors)
}

// CompareNeighbors is the order of SortNeighbors.
func CompareNeighbors(a, b Neighbor) int {
	if c := strings.Compare(string(a.Relation.Type), string(b.Relation.Type)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Other.Name, b.Other.Name); c != 0 {
		return c
	}
	return strings.Compare(a.Relation.ID, b.Relation.ID)
}

// SortMentions orders mentions as Mentions documents.
func SortMentions(ms []Mention, names map[string]string) {
	slices.SortFunc(ms, func(a, b Mention) int {
		if c := strings.Compare(names[a.EntityID], names[b.EntityID]); c != 0 {
			return c
		}
		if c := strings.Compare(a.EntityID, b.EntityID); c != 0 {
			return c
		}
		return a.Evidence.Start - b.Evidence.Start
	})
}
