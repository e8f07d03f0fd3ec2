package importer

import (
	_ "embed"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"innograph/store"
)

// A Pairer weighs two bodies a sentence names together, which no rule
// relates, and says which relation, if any, a reader would see between
// them.
//
// The rules read relations from the words that state them (共建, 落户,
// 位于); each is written from pages read and carries to new pages only
// as far as new pages use its words. Annotators also relate bodies the
// rules pass over: a firm and the district it is named with, a platform
// and the chain a sentence says it serves, two bodies a sentence lists
// as building one thing. Which pairs they relate is learned better from
// annotated pages than written as more rules: the pairer is a logistic
// model over named features of a pair (the relation and its direction,
// the two kinds, the characters between the two mentions and around
// them, how far apart they are, how many other bodies stand between)
// and proposes, for each pair of bodies in a sentence that the rules
// left unrelated, the most probable relation when its probability
// reaches the threshold.
//
// What was given up: a pair is weighed only within a sentence and only
// when no rule relates it, so the pairer adds relations and never
// removes or retypes one; and it proposes at most one relation a pair.
type Pairer struct {
	*Acceptor
}

// NoPairer proposes nothing: the relations are the rules' alone.
var NoPairer = &Pairer{Acceptor: &Acceptor{Threshold: math.Inf(1)}}

// FitPairer proposes nothing and lists every pair of every kind as a
// candidate, for a pairer to be fitted on (eval --fit-pairer).
var FitPairer = &Pairer{Acceptor: &Acceptor{Threshold: math.Inf(1)}}

//go:embed pairer.tsv
var defaultPairer string

// DefaultPairer returns the pairer fitted on the annotated pages the
// project was evaluated on (see importer/testdata/gold/README.md), read
// on first use.
var DefaultPairer = sync.OnceValue(func() *Pairer { return &Pairer{Acceptor: embeddedAcceptor(defaultPairer)} })

// ReadPairer reads a pairer written by Write, in the acceptor's form.
func ReadPairer(r io.Reader) (*Pairer, error) {
	a, err := ReadAcceptor(r)
	if err != nil {
		return nil, err
	}
	return &Pairer{Acceptor: a}, nil
}

// Candidate is one relation the pairer weighed between two bodies of
// the batch: its features, and the probability it gave.
type Candidate struct {
	Type     store.RelType
	From, To string // entity IDs
	Features []string
	Prob     float64
	Kept     bool
}

// pairTypes are the relations a pairer weighs; PARTNERS_WITH has no
// direction and is weighed once.
var pairTypes = []store.RelType{store.RelCoBuiltBy, store.RelPartOf, store.RelLocatedIn, store.RelServes,
	store.RelIncubated, store.RelLeadsChain, store.RelMemberOfChain, store.RelSupplies, store.RelAlumnusOf,
	store.RelWorksAt, store.RelSupportsChain, store.RelPartnersWith}

// pairerMinSeen is the fewest candidates a feature of a fitted pairer
// is seen in.
const pairerMinSeen = 3

// pairerMinWeight is the least weight a fitted pairer keeps a feature
// at (pairs of kinds aside): the smaller ones, more than nine in ten of a
// fit on the annotated pages, changed no relation there and made the
// file more than ten times the size.
const pairerMinWeight = 0.05

// pairTags prefix the features of each relation and direction (">":
// the first mention is the relation's source).
var pairTags = func() [][2]string {
	out := make([][2]string, len(pairTypes))
	for i, t := range pairTypes {
		out[i] = [2]string{string(t) + ">|", string(t) + "<|"}
	}
	return out
}()

// hasKey is a body's relation of a type from the rules, as its source
// or its target.
type hasKey struct {
	id     string
	t      store.RelType
	source bool
}

// pairGap is the farthest apart, in characters, two mentions are weighed.
const pairGap = 60

// pairTry is one relation and direction weighed between two mentions,
// with the weight of its pair of kinds.
type pairTry struct {
	t            store.RelType
	tag          string
	from, to     pairMention
	fromID, toID string
	kinds        float64
}

// pairMention is a mention of a kept body in a sentence.
type pairMention struct {
	m *Mention
	b *body
}

// propose weighs the pairs of kept bodies each sentence names that no
// relation of the batch joins, and adds the relations the pairer keeps.
// FitPairer weighs every pair of kinds, keeps none, and returns them all
// as candidates to fit on.
func (p *Pairer) propose(ex *Extraction, text []rune, sents []Span, owner map[*Mention]*body, rejected map[*body]bool,
	related map[[2]string]map[store.RelType]bool) {
	fitting := p == FitPairer
	bySent := map[int][]pairMention{}
	for i := range ex.Mentions {
		m := &ex.Mentions[i]
		b := owner[m]
		if b == nil || rejected[b] || m.End <= m.Start {
			continue
		}
		bySent[m.Sentence] = append(bySent[m.Sentence], pairMention{m, b})
	}
	order := make([]int, 0, len(bySent))
	for si := range bySent {
		order = append(order, si)
	}
	sort.Ints(order)
	// has says what rule relations each body has, by type and direction:
	// a firm the rules already place is seldom placed again.
	has := map[hasKey]bool{}
	for k, ts := range related {
		for t := range ts {
			has[hasKey{k[0], t, true}] = true
			has[hasKey{k[1], t, false}] = true
		}
	}
	var buf []byte
	weigh := func(tag, f string) float64 {
		buf = append(append(buf[:0], tag...), f...)
		return p.Weights[string(buf)]
	}
	var tries []pairTry
	for _, si := range order {
		seen := map[[2]string]bool{}
		ms := bySent[si]
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].m.Start < ms[j].m.Start })
		for i := 0; i < len(ms); i++ {
			a := ms[i]
			for j := i + 1; j < len(ms); j++ {
				b := ms[j]
				if b.m.Start < a.m.End {
					continue // nested or overlapping mentions
				}
				if b.m.Start-a.m.End > pairGap {
					break
				}
				if a.b == b.b {
					continue
				}
				idA, idB := store.EntityID(a.b.finalName()), store.EntityID(b.b.finalName())
				if idA == idB || related[[2]string{idA, idB}] != nil || related[[2]string{idB, idA}] != nil {
					continue
				}
				pk := [2]string{idA, idB}
				if seen[pk] || seen[[2]string{idB, idA}] {
					continue
				}
				seen[pk] = true
				// The relations weighed between the two: those of a pair
				// of kinds the pairer knows (every one, when fitting). A
				// pair of kinds no relation is weighed between (an event
				// and a policy) costs no features.
				tries = tries[:0]
				for ti, t := range pairTypes {
					for d, fwd := range []bool{true, false} {
						if !fwd && t == store.RelPartnersWith {
							continue
						}
						tr := pairTry{t: t, tag: pairTags[ti][d], from: a, to: b, fromID: idA, toID: idB}
						if !fwd {
							tr.from, tr.to, tr.fromID, tr.toID = b, a, idB, idA
						}
						if !fitting {
							buf = append(append(append(append(buf[:0], tr.tag...), "kk="...), tr.from.b.kind...), '>')
							buf = append(buf, tr.to.b.kind...)
							w, ok := p.Weights[string(buf)]
							if !ok {
								continue
							}
							tr.kinds = w
						}
						tries = append(tries, tr)
					}
				}
				if len(tries) == 0 {
					continue
				}
				between := 0
				for k := i + 1; k < j; k++ {
					if ms[k].m.Start >= a.m.End && ms[k].m.End <= b.m.Start && ms[k].b != a.b && ms[k].b != b.b {
						between++
					}
				}
				base := pairFeatures(ex.Read, sents[si], a, b, between)
				features := func(tr pairTry) []string {
					fs := make([]string, 0, len(base)+4)
					fs = append(fs, tr.tag+"bias", tr.tag+"kk="+string(tr.from.b.kind)+">"+string(tr.to.b.kind))
					for _, f := range base {
						fs = append(fs, tr.tag+f)
					}
					if has[hasKey{tr.fromID, tr.t, true}] {
						fs = append(fs, tr.tag+"from-has")
					}
					if has[hasKey{tr.toID, tr.t, false}] {
						fs = append(fs, tr.tag+"to-has")
					}
					return fs
				}
				var best *Candidate
				var bestTry pairTry
				for _, tr := range tries {
					if fitting {
						ex.Candidates = append(ex.Candidates, Candidate{Type: tr.t, From: tr.fromID, To: tr.toID, Features: features(tr)})
						continue
					}
					// Weighed without building the features' names,
					// which most pairs would spend for nothing.
					z := tr.kinds + weigh(tr.tag, "bias")
					for _, f := range base {
						z += weigh(tr.tag, f)
					}
					if has[hasKey{tr.fromID, tr.t, true}] {
						z += weigh(tr.tag, "from-has")
					}
					if has[hasKey{tr.toID, tr.t, false}] {
						z += weigh(tr.tag, "to-has")
					}
					if prob := 1 / (1 + math.Exp(-z)); best == nil || prob > best.Prob {
						best = &Candidate{Type: tr.t, From: tr.fromID, To: tr.toID, Prob: prob}
						bestTry = tr
					}
				}
				if best == nil || best.Prob < p.Threshold {
					continue
				}
				best.Kept = true
				best.Features = features(bestTry)
				related[[2]string{best.From, best.To}] = map[store.RelType]bool{best.Type: true}
				ex.Candidates = append(ex.Candidates, *best)
				s := sents[si]
				ex.Batch.Relations = append(ex.Batch.Relations, store.RelationInput{Type: best.Type, From: best.From, To: best.To,
					Evidence: []store.Evidence{{Doc: ex.Document.ID, Text: string(text[s.Start:s.End]), Start: s.Start, End: s.End,
						Rule: "pairer", Confidence: math.Round(best.Prob*100) / 100}}})
			}
		}
	}
}

// pairFeatures names what the pairer weighs of two mentions, a before b,
// whatever the relation: the characters between them (one and two at a
// time, the ends of a long stretch only, and the first and the last
// apart), how far apart they are and how many bodies stand between, the
// characters before a and after b, the rules that found them, the last
// character of each name, whether a opens the sentence, and whether only
// a list's separators stand between.
//
// read is the text the rules read, in simplified characters.
func pairFeatures(read []rune, s Span, a, b pairMention, between int) []string {
	span := func(from, to int) string {
		from, to = max(s.Start, min(from, s.End)), max(s.Start, min(to, s.End))
		return blank(string(read[from:to]))
	}
	gap := b.m.Start - a.m.End
	fs := []string{"gap=" + gapBucket(gap), "nb=" + strconv.Itoa(min(between, 3)),
		"l2=" + span(a.m.Start-2, a.m.Start), "l1=" + span(a.m.Start-1, a.m.Start),
		"r2=" + span(b.m.End, b.m.End+2), "r1=" + span(b.m.End, b.m.End+1),
		"ra=" + ruleBase(a.m.Rule), "rb=" + ruleBase(b.m.Rule),
		"ka=" + string(a.b.kind) + "_" + span(a.m.Start-1, a.m.Start), "kb=" + string(b.b.kind) + "_" + span(b.m.End, b.m.End+1)}
	if gap == 0 {
		fs = append(fs, "adjacent")
	}
	if a.m.Start-s.Start <= 2 {
		fs = append(fs, "opens")
	}
	if n := []rune(a.m.Name); len(n) > 0 {
		fs = append(fs, "ha="+string(n[len(n)-1:]))
	}
	if n := []rune(b.m.Name); len(n) > 0 {
		fs = append(fs, "hb="+string(n[len(n)-1:]))
	}
	mid := []rune(span(a.m.End, b.m.Start))
	if len(mid) > 24 {
		mid = append(append(mid[:12:12], '…'), mid[len(mid)-12:]...)
	}
	uni := map[string]bool{}
	for i, r := range mid {
		if r == '…' {
			continue
		}
		if !uni[string(r)] {
			uni[string(r)] = true
			fs = append(fs, "m1="+string(r))
		}
		if i+1 < len(mid) && mid[i+1] != '…' {
			bg := "m2=" + string(mid[i:i+2])
			if !uni[bg] {
				uni[bg] = true
				fs = append(fs, bg)
			}
		}
	}
	if len(mid) > 0 {
		fs = append(fs, "mf="+string(mid[:1]), "ml="+string(mid[len(mid)-1:]))
	}
	// The characters between and the gap once more with the two kinds:
	// 与 between two universities says other than between a firm and a
	// place.
	kinds := string(a.b.kind) + ">" + string(b.b.kind)
	for _, f := range fs[:len(fs):len(fs)] {
		if name, v, _ := strings.Cut(f, "="); name == "m1" || name == "m2" || name == "gap" {
			fs = append(fs, "k"+name+"="+kinds+"|"+v)
		}
	}
	if len(mid) > 0 && strings.Trim(string(mid), "、和及与,") == "" {
		fs = append(fs, "listed")
	}
	return fs
}

func gapBucket(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n <= 2:
		return "1-2"
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	case n <= 20:
		return "11-20"
	case n <= 40:
		return "21-40"
	}
	return "41+"
}

// FitPairerOn fits a pairer on candidates and whether the gold relates
// each. Only the pairs of kinds seen related at least twice are weighed
// by the fitted pairer: a pair of kinds no page relates is no candidate.
func FitPairerOn(examples []Example, l2 float64, epochs int, threshold float64) *Pairer {
	positives, seen := map[string]int{}, map[string]int{}
	for _, e := range examples {
		for _, f := range e.Features {
			seen[f]++
			if e.Correct {
				positives[f]++
			}
		}
	}
	// A feature of fewer than pairerMinSeen candidates is left out: it
	// would only learn its pages.
	kept := make([]Example, len(examples))
	for i, e := range examples {
		fs := make([]string, 0, len(e.Features))
		for _, f := range e.Features {
			if seen[f] >= pairerMinSeen {
				fs = append(fs, f)
			}
		}
		kept[i] = Example{Features: fs, Correct: e.Correct}
	}
	a := FitAcceptor(kept, l2, epochs, threshold)
	for f, w := range a.Weights {
		if strings.Contains(f, "|kk=") {
			if positives[f] < 2 {
				delete(a.Weights, f)
			}
		} else if math.Abs(w) < pairerMinWeight {
			delete(a.Weights, f)
		}
	}
	return &Pairer{Acceptor: a}
}

func ruleBase(r string) string {
	base, _, _ := strings.Cut(r, "(")
	return base
}
