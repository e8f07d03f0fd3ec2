// Package tagger labels the characters of a sentence as the beginning,
// inside or outside of a name of some kind: a linear-chain conditional
// random field over character features, fitted on annotated pages.
//
// The importer's rules find names by their suffixes and the words around
// them, and what they miss is what no suffix marks: a firm named by its
// brand (华为、京东方等企业), an event whose name runs long, a park given
// with its place. A model of the characters themselves learns such names
// from the pages readers annotated, and says how sure it is of each, so
// that its finds can be weighed against the rules'.
//
// What was given up: the features are the characters near each position
// and nothing of words, since a segmenter's dictionary would be one more
// convention to keep in step with the annotation. A name longer than the
// window is found by its ends alone.
package tagger

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Outside is the label of a character in no name.
const Outside = "O"

// Span is one name the tagger found: runes [Start, End) of the text it
// was given, its kind and the least marginal probability of its labels.
type Span struct {
	Start, End int
	Kind       string
	Prob       float64
}

// Model is a fitted tagger.
type Model struct {
	// Labels are "O", then "B-KIND" and "I-KIND" for each kind.
	Labels []string
	// state maps a feature to its weights, one per label it was seen with.
	state map[string][]weight
	// trans[i][j] is the weight of label j after label i.
	trans [][]float64
}

type weight struct {
	label int
	w     float64
}

// class sorts a character into Han, digit, Latin letter, other, or "E"
// past the sentence's ends.
func class(r rune, ok bool) string {
	switch {
	case !ok:
		return "E"
	case unicode.Is(unicode.Han, r):
		return "H"
	case unicode.IsDigit(r):
		return "D"
	case unicode.IsLetter(r):
		return "L"
	}
	return "P"
}

// Features are the names of what the model weighs at each position of a
// sentence: the character there and its two neighbours either side,
// the pairs and triples they make, and the classes of the three middle
// ones.
func Features(s []rune) [][]string {
	out := make([][]string, len(s))
	var buf []byte
	for i := range s {
		out[i] = make([]string, 0, nFeatures)
		buf = eachFeature(s, i, buf, func(f []byte) { out[i] = append(out[i], string(f)) })
	}
	return out
}

const nFeatures = 14

// eachFeature calls f with each feature of position i, written into buf
// (returned for reuse), so that reading a sentence looks its features up
// without making a string of each.
func eachFeature(s []rune, i int, buf []byte, f func([]byte)) []byte {
	at := func(j int) (rune, bool) {
		if j < 0 || j >= len(s) {
			return 0, false
		}
		return s[j], true
	}
	put := func(b []byte, j int) []byte {
		r, ok := at(j)
		switch {
		case !ok:
			return b
		case unicode.IsSpace(r) || unicode.IsControl(r):
			// White space is one mark, so that a feature is one field of
			// a line of the model's file.
			return append(b, '_')
		}
		return utf8.AppendRune(b, r)
	}
	emit := func(name string, js ...int) {
		buf = append(buf[:0], name...)
		for _, j := range js {
			buf = put(buf, j)
		}
		f(buf)
	}
	emit("b")
	emit("c0=", i)
	emit("c-1=", i-1)
	emit("c1=", i+1)
	emit("c-2=", i-2)
	emit("c2=", i+2)
	emit("b-1=", i-1, i)
	emit("b1=", i, i+1)
	emit("b-2=", i-2, i-1)
	emit("b2=", i+1, i+2)
	emit("t0=", i-1, i, i+1)
	rm1, okm1 := at(i - 1)
	r0, ok0 := at(i)
	r1, ok1 := at(i + 1)
	buf = append(append(append(append(buf[:0], "k="...), class(rm1, okm1)...), class(r0, ok0)...), class(r1, ok1)...)
	f(buf)
	emit("n3=", i+1, i+2, i+3)
	emit("p3=", i-3, i-2, i-1)
	return buf
}

// scores returns, for each position of a sentence, the weight of each
// label there.
func (m *Model) scores(s []rune) [][]float64 {
	out := make([][]float64, len(s))
	flat := make([]float64, len(s)*len(m.Labels))
	var buf []byte
	for i := range s {
		row := flat[i*len(m.Labels) : (i+1)*len(m.Labels)]
		buf = eachFeature(s, i, buf, func(f []byte) {
			for _, w := range m.state[string(f)] {
				row[w.label] += w.w
			}
		})
		out[i] = row
	}
	return out
}

// Labelling is a model's reading of one sentence: the labels of highest
// total weight, and the probability of every label at every position.
type Labelling struct {
	m    *Model
	path []int
	Marg [][]float64
}

// Label reads one sentence.
func (m *Model) Label(s []rune) *Labelling {
	if len(s) == 0 || len(m.Labels) == 0 {
		return &Labelling{m: m}
	}
	sc := m.scores(s)
	return &Labelling{m: m, path: viterbi(sc, m.trans), Marg: marginals(sc, m.trans, nil)}
}

// Spans are the names of the best labels, each with the least marginal
// probability of its labels.
func (l *Labelling) Spans() []Span {
	var out []Span
	for i := 0; i < len(l.path); {
		lb := l.m.Labels[l.path[i]]
		if !strings.HasPrefix(lb, "B-") {
			i++
			continue
		}
		kind := lb[2:]
		p := l.Marg[i][l.path[i]]
		j := i + 1
		for j < len(l.path) && l.m.Labels[l.path[j]] == "I-"+kind {
			p = min(p, l.Marg[j][l.path[j]])
			j++
		}
		out = append(out, Span{Start: i, End: j, Kind: kind, Prob: p})
		i = j
	}
	return out
}

// Tag labels one sentence and returns the names in it.
func (m *Model) Tag(s []rune) []Span { return m.Label(s).Spans() }

// SpanProb is how sure the model is that runes [start, end) of the
// sentence are one name of the kind: the least probability of the labels
// that say so, the next character's not going on with it included. It is
// 0 for a kind the model does not know.
func (l *Labelling) SpanProb(start, end int, kind string) float64 {
	b, i := l.m.label("B-"+kind), l.m.label("I-"+kind)
	if b < 0 || i < 0 || start < 0 || end > len(l.Marg) || start >= end {
		return 0
	}
	p := l.Marg[start][b]
	for t := start + 1; t < end; t++ {
		p = min(p, l.Marg[t][i])
	}
	if end < len(l.Marg) {
		p = min(p, 1-l.Marg[end][i])
	}
	return p
}

// viterbi returns the labels of highest total weight.
func viterbi(sc [][]float64, trans [][]float64) []int {
	n, L := len(sc), len(trans)
	best := make([][]float64, n)
	back := make([][]int, n)
	best[0] = append([]float64(nil), sc[0]...)
	for t := 1; t < n; t++ {
		best[t] = make([]float64, L)
		back[t] = make([]int, L)
		for j := 0; j < L; j++ {
			bi, bv := 0, math.Inf(-1)
			for i := 0; i < L; i++ {
				if v := best[t-1][i] + trans[i][j]; v > bv {
					bi, bv = i, v
				}
			}
			best[t][j], back[t][j] = bv+sc[t][j], bi
		}
	}
	path := make([]int, n)
	for j := 1; j < L; j++ {
		if best[n-1][j] > best[n-1][path[n-1]] {
			path[n-1] = j
		}
	}
	for t := n - 1; t > 0; t-- {
		path[t-1] = back[t][path[t]]
	}
	return path
}

// lattice is the forward-backward pass over one sentence, scaled per
// position so that long sentences do not overflow.
type lattice struct {
	alpha, beta [][]float64
	psi         [][]float64 // exp of the state scores
	expT        [][]float64 // exp of the transition weights
	scale       []float64
	logZ        float64
}

func forwardBackward(sc [][]float64, trans [][]float64, expT [][]float64) *lattice {
	n, L := len(sc), len(trans)
	if expT == nil {
		expT = expTrans(trans)
	}
	lt := &lattice{alpha: make([][]float64, n), beta: make([][]float64, n), psi: make([][]float64, n), expT: expT, scale: make([]float64, n)}
	for t := 0; t < n; t++ {
		// Scores are shifted by their largest so that exp stays finite;
		// the shift returns in logZ.
		mx := sc[t][0]
		for _, v := range sc[t] {
			mx = max(mx, v)
		}
		lt.psi[t] = make([]float64, L)
		for j, v := range sc[t] {
			lt.psi[t][j] = math.Exp(v - mx)
		}
		lt.logZ += mx
	}
	for t := 0; t < n; t++ {
		a := make([]float64, L)
		if t == 0 {
			copy(a, lt.psi[0])
		} else {
			prev := lt.alpha[t-1]
			for i, pv := range prev {
				if pv == 0 {
					continue
				}
				row := expT[i]
				for j := range a {
					a[j] += pv * row[j]
				}
			}
			for j := range a {
				a[j] *= lt.psi[t][j]
			}
		}
		s := 0.0
		for _, v := range a {
			s += v
		}
		for j := range a {
			a[j] /= s
		}
		lt.alpha[t], lt.scale[t] = a, s
		lt.logZ += math.Log(s)
	}
	lt.beta[n-1] = make([]float64, L)
	for j := range lt.beta[n-1] {
		lt.beta[n-1][j] = 1
	}
	for t := n - 2; t >= 0; t-- {
		b := make([]float64, L)
		nb, np := lt.beta[t+1], lt.psi[t+1]
		for i := range b {
			row := expT[i]
			s := 0.0
			for j, v := range row {
				s += v * np[j] * nb[j]
			}
			b[i] = s / lt.scale[t+1]
		}
		lt.beta[t] = b
	}
	return lt
}

func expTrans(trans [][]float64) [][]float64 {
	out := make([][]float64, len(trans))
	for i, row := range trans {
		out[i] = make([]float64, len(row))
		for j, v := range row {
			out[i][j] = math.Exp(v)
		}
	}
	return out
}

// marginals returns the probability of each label at each position.
func marginals(sc [][]float64, trans [][]float64, expT [][]float64) [][]float64 {
	lt := forwardBackward(sc, trans, expT)
	out := make([][]float64, len(sc))
	for t := range sc {
		out[t] = make([]float64, len(trans))
		for j := range out[t] {
			out[t][j] = lt.alpha[t][j] * lt.beta[t][j]
		}
	}
	return out
}

func (m *Model) label(l string) int {
	for i, x := range m.Labels {
		if x == l {
			return i
		}
	}
	return -1
}
