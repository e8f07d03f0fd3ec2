package memory

import (
	"unicode/utf8"

	"innograph/store"
)

// grams indexes the name and alias keys of every entity by their rune
// trigrams and single runes, as Neo4j's text indexes do, so that a search
// reads the entities holding the text's rarest gram instead of every
// entity: at a million entities a scan took over a second. Postings are
// entity ordinals in the order entities were first written; a posting
// outlives an alias an update removed, which costs a candidate that the
// ranking then refuses, not a wrong answer.
type grams struct {
	ord   map[string]int32 // entity id -> ordinal
	ents  []*store.Entity  // by ordinal, the current version
	posts map[uint64][]int32
}

func newGrams() *grams {
	return &grams{ord: map[string]int32{}, posts: map[uint64][]int32{}}
}

// add indexes e, a new entity or a new version of one (old): only the keys
// old did not have, so that rewriting an entity, as every import of a
// document naming it does, adds no postings.
func (g *grams) add(e, old *store.Entity) {
	o, ok := g.ord[e.ID]
	if !ok {
		o = int32(len(g.ents))
		g.ord[e.ID] = o
		g.ents = append(g.ents, e)
	}
	g.ents[o] = e
	had := map[string]bool{}
	if old != nil {
		had[store.Key(old.Name)] = true
		for _, a := range old.Aliases {
			had[store.Key(a)] = true
		}
	}
	for _, k := range append([]string{e.Name}, e.Aliases...) {
		if k = store.Key(k); !had[k] {
			had[k] = true
			g.index(k, o)
		}
	}
}

func (g *grams) index(key string, o int32) {
	rs := []rune(key)
	for i := range rs {
		g.post(gram(rs[i:i+1]), o)
		if i+3 <= len(rs) {
			g.post(gram(rs[i:i+3]), o)
		}
	}
}

func (g *grams) post(k uint64, o int32) {
	ps := g.posts[k]
	// Ordinals arrive in order except on updates; the last one is the
	// only duplicate a key's grams can make.
	if n := len(ps); n > 0 && ps[n-1] == o {
		return
	}
	g.posts[k] = append(ps, o)
}

// candidates returns the entities whose keys may contain text (a Key),
// and false when text is empty (every entity is).
func (g *grams) candidates(text string) ([]*store.Entity, bool) {
	if text == "" {
		return nil, false
	}
	rs := []rune(text)
	n := 3
	if len(rs) < 3 {
		n = 1
	}
	var best []int32
	for i := 0; i+n <= len(rs); i++ {
		ps, ok := g.posts[gram(rs[i:i+n])]
		if !ok {
			return nil, true
		}
		if best == nil || len(ps) < len(best) {
			best = ps
		}
	}
	out := make([]*store.Entity, 0, len(best))
	seen := make(map[int32]bool, len(best))
	for _, o := range best {
		if !seen[o] {
			seen[o] = true
			out = append(out, g.ents[o])
		}
	}
	return out, true
}

// gram packs a trigram into 63 bits (21 per rune), or a single rune with
// the top bit set, so that the two never meet.
func gram(rs []rune) uint64 {
	var k uint64
	for i, r := range rs {
		if r < 0 || r > utf8.MaxRune {
			r = utf8.RuneError
		}
		k |= uint64(r) << (21 * i)
	}
	if len(rs) == 1 {
		k |= 1 << 63
	}
	return k
}
