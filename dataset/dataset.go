// Package dataset reads and writes the JSON Lines format of the curated
// graph, which is also what importers accept for analysts' own lists: one
// document, entity or relation per line, relations naming their ends by
// name or alias.
package dataset

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"innograph/store"
)

// Line is one line of the format; Type says which fields apply.
type Line struct {
	Type string `json:"type"` // "document", "entity" or "relation"

	// document
	ID        string `json:"id,omitempty"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Publisher string `json:"publisher,omitempty"`

	// entity
	Kind    store.Kind `json:"kind,omitempty"`
	Name    string     `json:"name,omitempty"`
	Aliases []string   `json:"aliases,omitempty"`

	// relation
	Rel  store.RelType `json:"rel,omitempty"`
	From string        `json:"from,omitempty"`
	To   string        `json:"to,omitempty"`

	Props    map[string]string `json:"props,omitempty"`
	Evidence []store.Evidence  `json:"evidence,omitempty"`
}

// MaxLine bounds one line, so a file that is not JSON Lines fails fast.
const MaxLine = 4 << 20

// File is a parsed dataset. Relations still name their ends; Resolve turns
// them into ids.
type File struct {
	Documents []store.Document
	Entities  []store.EntityInput
	Relations []NamedRelation
}

// NamedRelation is a relation whose ends are names or aliases.
type NamedRelation struct {
	Line     int
	Type     store.RelType
	From, To string
	Props    map[string]string
	Evidence []store.Evidence
}

// Parse reads a dataset. Errors name the line; nothing is returned for a
// file with any bad line, so a half-read list is never loaded.
func Parse(r io.Reader) (*File, error) {
	f := &File{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLine)
	n := 0
	for sc.Scan() {
		n++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		if err := f.parseLine(n, raw); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, scanError(err, n+1)
	}
	return f, nil
}

// scanError explains why reading stopped at line n.
func scanError(err error, n int) error {
	if errors.Is(err, bufio.ErrTooLong) {
		return fmt.Errorf("line %d: longer than %d bytes", n, MaxLine)
	}
	return fmt.Errorf("line %d: %w", n, err)
}

// parseLine adds line n to f.
func (f *File) parseLine(n int, raw []byte) error {
	var l Line
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return fmt.Errorf("line %d: %w", n, err)
	}
	switch l.Type {
	case "document":
		if strings.TrimSpace(l.ID) == "" {
			return fmt.Errorf("line %d: document without id", n)
		}
		f.Documents = append(f.Documents, store.Document{ID: l.ID, Title: l.Title, Source: l.Source,
			URL: l.URL, Published: l.Published, Publisher: l.Publisher})
	case "entity":
		if store.Key(l.Name) == "" {
			return fmt.Errorf("line %d: entity without name", n)
		}
		if !l.Kind.Valid() {
			return fmt.Errorf("line %d: entity %q: unknown kind %q", n, l.Name, l.Kind)
		}
		f.Entities = append(f.Entities, store.EntityInput{Kind: l.Kind, Name: l.Name, Aliases: l.Aliases,
			Props: l.Props, Evidence: l.Evidence})
	case "relation":
		if !l.Rel.Valid() {
			return fmt.Errorf("line %d: unknown relation type %q", n, l.Rel)
		}
		if store.Key(l.From) == "" || store.Key(l.To) == "" {
			return fmt.Errorf("line %d: relation needs from and to", n)
		}
		f.Relations = append(f.Relations, NamedRelation{Line: n, Type: l.Rel, From: l.From, To: l.To,
			Props: l.Props, Evidence: l.Evidence})
	default:
		return fmt.Errorf("line %d: type must be document, entity or relation, not %q", n, l.Type)
	}
	return nil
}

// Resolve turns the file into a batch. A relation end is, in order: an
// entity of the file by name, an entity of the file by alias, an entity of
// the store by name or alias. An end found nowhere is an error naming the
// line, and nothing is written.
func (f *File) Resolve(ctx context.Context, s store.Store) (store.Batch, error) {
	return f.resolve(ctx, s, map[string]string{})
}

// resolve is Resolve with local, the names already known (Key → id), which
// it extends with the file's own.
func (f *File) resolve(ctx context.Context, s store.Store, local map[string]string) (store.Batch, error) {
	b := store.Batch{Documents: f.Documents, Entities: f.Entities}
	for _, e := range f.Entities {
		local[store.Key(e.Name)] = store.EntityID(e.Name)
	}
	for _, e := range f.Entities {
		for _, a := range e.Aliases {
			if _, taken := local[store.Key(a)]; !taken {
				local[store.Key(a)] = store.EntityID(e.Name)
			}
		}
	}
	var missing []string
	for _, r := range f.Relations {
		for _, n := range []string{r.From, r.To} {
			if _, ok := local[store.Key(n)]; !ok {
				missing = append(missing, n)
			}
		}
	}
	if len(missing) > 0 {
		found, err := s.LookupNames(ctx, missing)
		if err != nil {
			return store.Batch{}, fmt.Errorf("look up relation ends: %w", err)
		}
		for i, e := range found {
			if e != nil {
				local[store.Key(missing[i])] = e.ID
			}
		}
	}
	for _, r := range f.Relations {
		from, okFrom := local[store.Key(r.From)]
		to, okTo := local[store.Key(r.To)]
		switch {
		case !okFrom:
			return store.Batch{}, fmt.Errorf("line %d: %w: %s from %q: no such entity", r.Line, store.ErrNotFound, r.Type, r.From)
		case !okTo:
			return store.Batch{}, fmt.Errorf("line %d: %w: %s to %q: no such entity", r.Line, store.ErrNotFound, r.Type, r.To)
		}
		b.Relations = append(b.Relations, store.RelationInput{Type: r.Type, From: from, To: to, Props: r.Props, Evidence: r.Evidence})
	}
	return b, nil
}

// Load parses r and applies it to s as one atomic batch.
func Load(ctx context.Context, s store.Store, r io.Reader) (store.ApplyResult, error) {
	f, err := Parse(r)
	if err != nil {
		return store.ApplyResult{}, err
	}
	b, err := f.Resolve(ctx, s)
	if err != nil {
		return store.ApplyResult{}, err
	}
	return s.Apply(ctx, b)
}
