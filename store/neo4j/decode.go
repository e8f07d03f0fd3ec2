package neo4jstore

import (
	"encoding/json"
	"fmt"
	"strings"

	"innograph/store"
)

// The stored form of entities and relations: what Apply writes, and what the
// map projections of cypher.go read back.

func entityRow(e *store.Entity) map[string]any {
	aliasKeys := make([]any, len(e.Aliases))
	aliases := make([]any, len(e.Aliases))
	for i, a := range e.Aliases {
		aliases[i] = a
		aliasKeys[i] = store.Key(a)
	}
	docs := []any{}
	for _, d := range store.Sources(e.Evidence) {
		docs = append(docs, d)
	}
	return map[string]any{
		"id":        e.ID,
		"kind":      string(e.Kind),
		"name":      e.Name,
		"key":       store.Key(e.Name),
		"nameLen":   store.NameLen(e.Name),
		"aliases":   aliases,
		"aliasKeys": aliasKeys,
		"aliasText": strings.Join(e.Aliases, "\n"),
		// The alias keys as one string, each between newlines, for the text
		// index that substring search reads: a list property has none.
		"aliasKeyText": aliasKeyText(aliasKeys),
		"props":        mustJSON(e.Props),
		"evidence":     mustJSON(e.Evidence),
		"docs":         docs,
		"k_title":      store.Key(e.Props["title"]),
	}
}

func aliasKeyText(keys []any) string {
	var b strings.Builder
	b.WriteByte('\n')
	for _, k := range keys {
		b.WriteString(k.(string))
		b.WriteByte('\n')
	}
	return b.String()
}

func relationRow(r *store.Relation) map[string]any {
	return map[string]any{
		"id":       r.ID,
		"from":     r.From,
		"to":       r.To,
		"props":    mustJSON(r.Props),
		"evidence": mustJSON(r.Evidence),
		// Keys of the props that lookups filter on, since Cypher cannot
		// read inside the props JSON.
		"k_discipline": store.Key(r.Props["discipline"]),
		"k_role":       store.Key(r.Props["role"]),
	}
}

func documentRow(d store.Document) map[string]any {
	return map[string]any{
		"id": d.ID, "title": d.Title, "source": d.Source, "url": d.URL,
		"published": d.Published, "publisher": d.Publisher, "hash": d.Hash, "text": d.Text,
	}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // maps of strings and evidence always marshal
	}
	return string(b)
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func asMap(v any) (map[string]any, error) {
	if v == nil {
		return nil, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("unexpected value %T", v)
	}
	return m, nil
}

func decodeProps(raw string) (map[string]string, error) {
	props := map[string]string{}
	if raw != "" {
		if err := json.Unmarshal([]byte(raw), &props); err != nil {
			return nil, fmt.Errorf("props: %w", err)
		}
	}
	if props == nil {
		props = map[string]string{}
	}
	return props, nil
}

func decodeEvidence(raw string) ([]store.Evidence, error) {
	ev := []store.Evidence{}
	if raw != "" {
		if err := json.Unmarshal([]byte(raw), &ev); err != nil {
			return nil, fmt.Errorf("evidence: %w", err)
		}
	}
	if ev == nil {
		ev = []store.Evidence{}
	}
	return ev, nil
}

// decodeLightEntity reads a lightEntityExpr projection; nil stays nil.
func decodeLightEntity(v any) (*store.Entity, error) {
	m, err := asMap(v)
	if m == nil {
		return nil, err
	}
	e := &store.Entity{ID: str(m, "id"), Kind: store.Kind(str(m, "kind")), Name: str(m, "name"), Aliases: decodeStrings(m["aliases"])}
	return e, nil
}

// decodeStrings reads a list of strings as the driver gives it ([]any),
// empty rather than nil, its other values skipped.
func decodeStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, a := range list {
		if s, ok := a.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// decodeLightRelation reads a lightRelationExpr projection; nil stays nil.
func decodeLightRelation(v any) (*store.Relation, error) {
	m, err := asMap(v)
	if m == nil {
		return nil, err
	}
	return &store.Relation{ID: str(m, "id"), Type: store.RelType(str(m, "type")), From: str(m, "from"), To: str(m, "to")}, nil
}

// decodeEntity reads an entityMap projection; nil stays nil.
func decodeEntity(v any) (*store.Entity, error) {
	e, err := decodeLightEntity(v)
	if e == nil {
		return nil, err
	}
	m, _ := asMap(v)
	if e.Props, err = decodeProps(str(m, "props")); err != nil {
		return nil, fmt.Errorf("entity %s: %w", e.ID, err)
	}
	if e.Evidence, err = decodeEvidence(str(m, "evidence")); err != nil {
		return nil, fmt.Errorf("entity %s: %w", e.ID, err)
	}
	return e, nil
}

// decodeRelation reads a relationMap projection; nil stays nil.
func decodeRelation(v any) (*store.Relation, error) {
	m, err := asMap(v)
	if m == nil {
		return nil, err
	}
	r := &store.Relation{ID: str(m, "id"), Type: store.RelType(str(m, "type")), From: str(m, "from"), To: str(m, "to")}
	if r.Props, err = decodeProps(str(m, "props")); err != nil {
		return nil, fmt.Errorf("relation %s: %w", r.ID, err)
	}
	if r.Evidence, err = decodeEvidence(str(m, "evidence")); err != nil {
		return nil, fmt.Errorf("relation %s: %w", r.ID, err)
	}
	return r, nil
}

// decodeDocument reads a document node's properties; nil stays nil.
func decodeDocument(v any) (*store.Document, error) {
	m, err := asMap(v)
	if m == nil {
		return nil, err
	}
	return &store.Document{ID: str(m, "id"), Title: str(m, "title"), Source: str(m, "source"), URL: str(m, "url"),
		Published: str(m, "published"), Publisher: str(m, "publisher"), Hash: str(m, "hash"), Text: str(m, "text")}, nil
}

func toAny[T ~string](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

func intOf(v any) int {
	n, _ := v.(int64)
	return int(n)
}
