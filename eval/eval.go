// Package eval scores what the importer extracts from a document against a
// gold annotation of it.
//
// The gold is a file in the JSON Lines format of package dataset: entity
// and relation lines whose evidence names the documents they occur in.
// Matching rules:
//
//   - An extracted entity matches a gold entity of the same document when
//     their names meet under store.Key: the extracted name or one of its
//     aliases equals the gold name or one of its aliases (so 川大 and 四川
//     大学 are one body), in traditional or simplified characters alike and
//     without readings in pinyin set inside.
//     Each gold entity matches at most one extracted entity. Strict
//     matching also needs the same kind.
//   - An extracted relation matches a gold relation when the types agree
//     and both ends match the gold relation's ends by the name rule above
//     (PARTNERS_WITH in either direction).
package eval

import (
	"fmt"
	"io"
	"sort"

	"innograph/dataset"
	"innograph/hanzi"
	"innograph/store"
)

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Add sums counts.
func (c Counts) Add(o Counts) Counts { return Counts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN} }

// Precision is TP / (TP + FP); 1 when nothing was predicted.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP / (TP + FN); 1 when there was nothing to find.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Score is the result for one document, or a sum over documents.
type Score struct {
	Doc string
	// Entities needs name and kind to agree; Names only the name.
	Entities, Names, Relations Counts
	// The misses and false alarms, for whoever tunes the rules.
	Missed, Spurious []string
}

// Add sums scores.
func (s Score) Add(o Score) Score {
	return Score{Doc: s.Doc, Entities: s.Entities.Add(o.Entities), Names: s.Names.Add(o.Names), Relations: s.Relations.Add(o.Relations)}
}

// Gold is the annotation of several documents.
type Gold struct {
	entities  map[string][]store.EntityInput // per document
	relations map[string][]dataset.NamedRelation
	docs      []string
}

// LoadGold reads a gold file.
func LoadGold(r io.Reader) (*Gold, error) {
	f, err := dataset.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	g := &Gold{entities: map[string][]store.EntityInput{}, relations: map[string][]dataset.NamedRelation{}}
	seen := map[string]bool{}
	note := func(d string) {
		if !seen[d] {
			seen[d] = true
			g.docs = append(g.docs, d)
		}
	}
	for _, d := range f.Documents {
		note(d.ID)
	}
	for _, e := range f.Entities {
		for _, d := range store.Sources(e.Evidence) {
			note(d)
			g.entities[d] = append(g.entities[d], e)
		}
	}
	for _, r := range f.Relations {
		for _, d := range store.Sources(r.Evidence) {
			note(d)
			g.relations[d] = append(g.relations[d], r)
		}
	}
	return g, nil
}

// Docs lists the annotated documents.
func (g *Gold) Docs() []string { return g.docs }

// Entities are the entities annotated in doc.
func (g *Gold) Entities(doc string) []store.EntityInput { return g.entities[doc] }

// Has reports whether doc is annotated.
func (g *Gold) Has(doc string) bool {
	for _, d := range g.docs {
		if d == doc {
			return true
		}
	}
	return false
}

// keys are the forms a name matches by: the name and its aliases, each
// under nameKey.
// nameKey folds a name to simplified characters without readings in
// pinyin, since a page in traditional characters names the same body as
// one in simplified ("成都産投集團" is 成都产投集团), and a reading a page
// sets inside a name is no part of it ("產業(yè)").
func nameKey(name string) string {
	return store.Key(hanzi.SimplifyString(hanzi.DropReadings(name)))
}

func keys(name string, aliases []string) map[string]bool {
	m := map[string]bool{nameKey(name): true}
	for _, a := range aliases {
		if k := nameKey(a); k != "" {
			m[k] = true
		}
	}
	return m
}

func meet(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// matchEntities pairs extracted entities with gold ones, exact names first,
// and returns for each extracted entity the index of its gold entity or -1.
func matchEntities(pred []store.EntityInput, gold []store.EntityInput, strict bool) []int {
	out := make([]int, len(pred))
	for i := range out {
		out[i] = -1
	}
	used := make([]bool, len(gold))
	gk := make([]map[string]bool, len(gold))
	for i, g := range gold {
		gk[i] = keys(g.Name, g.Aliases)
	}
	for pass := 0; pass < 2; pass++ {
		for i, p := range pred {
			if out[i] >= 0 {
				continue
			}
			pk := keys(p.Name, p.Aliases)
			for j, g := range gold {
				if used[j] || strict && p.Kind != g.Kind {
					continue
				}
				if pass == 0 && store.Key(p.Name) == store.Key(g.Name) || pass == 1 && meet(pk, gk[j]) {
					out[i], used[j] = j, true
					break
				}
			}
		}
	}
	return out
}

// Correct says for each entity of the batch whether the gold annotation of
// the document names it, by name alone: a body named right and given the
// wrong kind is still a name, and its relations still count.
func (g *Gold) Correct(doc string, b store.Batch) []bool {
	out := make([]bool, len(b.Entities))
	for i, j := range matchEntities(b.Entities, g.entities[doc], false) {
		out[i] = j >= 0
	}
	return out
}

// ScoreDocument scores the batch extracted from one document.
func (g *Gold) ScoreDocument(doc string, b store.Batch) Score {
	gold := g.entities[doc]
	s := Score{Doc: doc}
	for _, strict := range []bool{true, false} {
		m := matchEntities(b.Entities, gold, strict)
		c := Counts{}
		matched := map[int]bool{}
		for i, j := range m {
			if j >= 0 {
				c.TP++
				matched[j] = true
			} else {
				c.FP++
				if strict {
					s.Spurious = append(s.Spurious, fmt.Sprintf("entity %s %s", b.Entities[i].Kind, b.Entities[i].Name))
				}
			}
		}
		c.FN = len(gold) - len(matched)
		if strict {
			for j, e := range gold {
				if !matched[j] {
					s.Missed = append(s.Missed, fmt.Sprintf("entity %s %s", e.Kind, e.Name))
				}
			}
			s.Entities = c
		} else {
			s.Names = c
		}
	}
	// Relations: ends by name.
	goldName, want := g.relationKeys(doc, b)
	names := map[string]string{}
	for _, e := range b.Entities {
		names[store.EntityID(e.Name)] = e.Name
	}
	got := map[relationKey]bool{}
	for _, r := range b.Relations {
		from, okF := goldName[r.From]
		to, okT := goldName[r.To]
		k := relKey(r.Type, from, to)
		if !okF || !okT || !want[k] {
			s.Relations.FP++
			s.Spurious = append(s.Spurious, fmt.Sprintf("relation %s %s -> %s", r.Type, names[r.From], names[r.To]))
			continue
		}
		if !got[k] {
			got[k] = true
			s.Relations.TP++
		}
	}
	for k := range want {
		if !got[k] {
			s.Relations.FN++
			s.Missed = append(s.Missed, fmt.Sprintf("relation %s %s -> %s", k.t, k.from, k.to))
		}
	}
	sort.Strings(s.Missed)
	sort.Strings(s.Spurious)
	return s
}

type relationKey struct {
	t        store.RelType
	from, to string
}

// relKey is the key a relation is matched by: PARTNERS_WITH has no
// direction.
func relKey(t store.RelType, from, to string) relationKey {
	if t == store.RelPartnersWith && from > to {
		from, to = to, from
	}
	return relationKey{t, from, to}
}

// relationKeys gives the gold name each entity of the batch matches (by
// entity ID) and the gold relations of doc, keyed by gold names.
func (g *Gold) relationKeys(doc string, b store.Batch) (map[string]string, map[relationKey]bool) {
	gold := g.entities[doc]
	m := matchEntities(b.Entities, gold, false)
	goldName := map[string]string{}
	for i, e := range b.Entities {
		if m[i] >= 0 {
			goldName[store.EntityID(e.Name)] = store.Key(gold[m[i]].Name)
		}
	}
	byKey := map[string]string{} // any gold form -> canonical gold key
	for _, e := range gold {
		for k := range keys(e.Name, e.Aliases) {
			byKey[k] = store.Key(e.Name)
		}
	}
	want := map[relationKey]bool{}
	for _, r := range g.relations[doc] {
		want[relKey(r.Type, byKey[nameKey(r.From)], byKey[nameKey(r.To)])] = true
	}
	return goldName, want
}

// Relates says, for the batch extracted from doc, whether the gold
// annotation relates two of its entities (by entity ID) by type t.
func (g *Gold) Relates(doc string, b store.Batch) func(t store.RelType, from, to string) bool {
	goldName, want := g.relationKeys(doc, b)
	return func(t store.RelType, from, to string) bool {
		f, okF := goldName[from]
		o, okT := goldName[to]
		return okF && okT && want[relKey(t, f, o)]
	}
}
