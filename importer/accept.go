package importer

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"innograph/hanzi"
	"innograph/store"
)

// An Acceptor weighs each new entity the rules found in a document and
// keeps it when the weight says a reader would call it a name of its own.
//
// The rules find names by their suffixes and contexts, and a suffix alone
// cannot tell "成都市概念验证中心" (a body) from "企业创新服务中心" (a
// description) or an industry a page builds up from one it lists in
// passing. Which of these readers count as names is a convention learned
// better from annotated pages than written as more rules: the acceptor is
// a logistic model over named features of an entity's mentions (their
// rules, kind, the name's first and last characters, the characters
// around it, how often and where the page names it). It removes entities
// only; an entity the graph already has is always kept, and the relations
// of a removed entity go with it.
//
// What was given up: a removed entity is gone from the batch, not kept
// at a lower confidence, since the graph has no way to hide a weak fact
// from its readers.
type Acceptor struct {
	Weights map[string]float64
	// Threshold is the least probability an entity is kept at.
	Threshold float64
}

// KeepAll is an acceptor that keeps every entity the rules find.
var KeepAll = &Acceptor{Threshold: 0}

//go:embed acceptor.tsv
var defaultAcceptor string

// DefaultAcceptor returns the acceptor fitted on the annotated pages the
// project was evaluated on (see importer/testdata/gold/README.md). It is
// read on first use, not at start-up: reading it takes some milliseconds
// and two megabytes that a server which imports nothing need not spend.
var DefaultAcceptor = sync.OnceValue(func() *Acceptor { return embeddedAcceptor(defaultAcceptor) })

// embeddedAcceptor reads weights built into the binary, in the acceptor's
// form (the acceptor's and the pairer's); a file that does not read is a
// broken build, not bad input.
func embeddedAcceptor(src string) *Acceptor {
	a, err := ReadAcceptor(strings.NewReader(src))
	if err != nil {
		panic(err)
	}
	return a
}

// Prob is the probability that an entity with these features is a name
// a reader would annotate.
func (a *Acceptor) Prob(features []string) float64 {
	z := 0.0
	for _, f := range features {
		z += a.Weights[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// Judgement is the acceptor's view of one entity of a document.
type Judgement struct {
	Name string
	Kind store.Kind
	// Entity is the entity's index in the batch, -1 when it was not kept.
	Entity   int
	Features []string
	// Prob is the probability it was kept or left out by: the
	// acceptor's, combined with the tagger's when there is one.
	Prob float64
	Kept bool
	// Acceptor is the acceptor's probability; Tagged the tagger's
	// highest for a mention of it; OnlyTagger says no rule found it.
	Acceptor, Tagged float64
	OnlyTagger       bool
}

// Reject is an entity the acceptor left out, as a report names it.
type Reject struct {
	Name string     `json:"name"`
	Kind store.Kind `json:"kind"`
	Prob float64    `json:"probability"`
}

// ReadAcceptor reads an acceptor written by Write: a line
// "threshold\tP", then one "feature\tweight" line per feature.
func ReadAcceptor(r io.Reader) (*Acceptor, error) {
	a := &Acceptor{Weights: map[string]float64{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		k, v, ok := strings.Cut(t, "\t")
		w, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil {
			return nil, fmt.Errorf("acceptor line %d: want feature<TAB>weight, have %q", line, t)
		}
		if k == "threshold" {
			a.Threshold = w
			continue
		}
		a.Weights[k] = w
	}
	return a, sc.Err()
}

// Write writes the acceptor in the form ReadAcceptor reads, features
// sorted so that two fits of the same pages write the same file.
func (a *Acceptor) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "threshold\t%g\n", a.Threshold)
	keys := make([]string, 0, len(a.Weights))
	for k, v := range a.Weights {
		if math.Abs(v) >= 1e-4 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(bw, "%s\t%.4f\n", k, a.Weights[k])
	}
	return bw.Flush()
}

// Example is one entity an acceptor is fitted on: its features and
// whether the gold annotation has it.
type Example struct {
	Features []string
	Correct  bool
}

// FitAcceptor fits a logistic model by gradient descent with a penalty
// on the square of the weights (l2), which keeps features seen on few
// pages near zero. The steps are AdaGrad's, over the whole set at once,
// so that a fit is the same on every run.
func FitAcceptor(examples []Example, l2 float64, epochs int, threshold float64) *Acceptor {
	index := map[string]int{}
	rows := make([][]int, len(examples))
	for i, e := range examples {
		for _, f := range e.Features {
			j, ok := index[f]
			if !ok {
				j = len(index)
				index[f] = j
			}
			rows[i] = append(rows[i], j)
		}
	}
	w := make([]float64, len(index))
	g2 := make([]float64, len(index))
	grad := make([]float64, len(index))
	const rate = 0.5
	for ep := 0; ep < epochs; ep++ {
		for j := range grad {
			grad[j] = l2 * w[j]
		}
		for i, e := range examples {
			z := 0.0
			for _, j := range rows[i] {
				z += w[j]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if e.Correct {
				y = 1
			}
			for _, j := range rows[i] {
				grad[j] += p - y
			}
		}
		for j, g := range grad {
			g2[j] += g * g
			if g2[j] > 0 {
				w[j] -= rate * g / math.Sqrt(g2[j])
			}
		}
	}
	a := &Acceptor{Weights: map[string]float64{}, Threshold: threshold}
	for f, j := range index {
		a.Weights[f] = w[j]
	}
	return a
}

// bodyFeatures names what the acceptor weighs of one entity: its kind;
// its rules, alone and with the kind; the name's length, first and last
// characters and pairs of characters; the characters around its first
// mention; how many mentions and sentences it has; its best rule's
// confidence; whether the title names it.
func bodyFeatures(b *body, text []rune, title string) []string {
	k := string(b.kind)
	name := []rune(blank(hanzi.SimplifyString(b.name)))
	fs := []string{"bias", "k=" + k, "len=" + strconv.Itoa(min(len(name)/2, 8))}
	if len(name) > 0 {
		fs = append(fs, "k_suf1="+k+"_"+string(name[len(name)-1:]), "pre1="+string(name[:1]))
	}
	if len(name) > 1 {
		fs = append(fs, "k_suf2="+k+"_"+string(name[len(name)-2:]), "pre2="+string(name[:2]))
	}
	sentences := map[int]bool{}
	rules := map[string]bool{}
	conf, inTitle := 0.0, false
	for _, m := range b.mentions {
		sentences[m.Sentence] = true
		rules[m.Rule] = true
		conf = max(conf, m.Conf)
		if title != "" && m.Surface != "" && strings.Contains(title, m.Surface) {
			inTitle = true
		}
	}
	fs = append(fs, "nm="+strconv.Itoa(min(len(b.mentions), 4)), "nsent="+strconv.Itoa(min(len(sentences), 4)),
		"conf="+strconv.FormatFloat(conf, 'f', 2, 64))
	if inTitle {
		fs = append(fs, "title")
	}
	for r := range rules {
		base, _, _ := strings.Cut(r, "(")
		fs = append(fs, "rule="+base, "k_rule="+k+"_"+r)
	}
	first := b.mentions[0]
	around := func(from, to int) string {
		from, to = max(0, min(from, len(text))), max(0, min(to, len(text)))
		return blank(hanzi.SimplifyString(string(text[from:to])))
	}
	l1, l2 := around(first.Start-1, first.Start), around(first.Start-2, first.Start)
	fs = append(fs, "l1="+l1, "l2="+l2, "r1="+around(first.End, first.End+1), "r2="+around(first.End, first.End+2),
		"k_l1="+k+"_"+l1)
	latin := false
	for i, r := range name {
		if i+1 < len(name) {
			fs = append(fs, "bg="+string(name[i:i+2]))
		}
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			latin = true
		}
	}
	if latin {
		fs = append(fs, "latin")
	}
	sort.Strings(fs)
	return fs
}

// blank writes white space as "_", so that a feature is one field of a
// line.
func blank(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return '_'
		}
		return r
	}, s)
}
