package importer

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"innograph/hanzi"
	"innograph/importer/tagger"
	"innograph/store"
)

// A Tagger is a character model of names (package tagger) and how its
// view of an entity is weighed with the acceptor's.
//
// The rules read most names the model reads, and read them better: they
// also say what a name is part of and how the page shortens it. What the
// model adds is a second opinion learned from the annotated pages, and
// the acceptor listens to it: an entity the rules found and the model
// would not have named is more often words that only describe a body.
// So each new entity's probability is a small logistic model of the
// acceptor's (as log-odds) and the model's probability for the entity's
// best mention, fitted on pages whose model was fitted without them.
// The model also fills gaps: a name it is sure of where no rule read
// anything becomes an entity, weighed the same way.
//
// What was given up: the combination weighs the probabilities of the
// acceptor it was fitted with; an importer given an acceptor of its own
// wants a tagger fitted with that one (eval --fit-tagger --acceptor).
type Tagger struct {
	Model *tagger.Model
	// Weights of the combination, by feature (see combineFeatures).
	Weights map[string]float64
	// Threshold is the least combined probability an entity is kept at.
	Threshold float64
	// Gap is the least probability of a name the model alone finds.
	Gap float64
}

// NoTagger finds no names and leaves the acceptor alone.
var NoTagger = &Tagger{}

//go:embed tagger.tsv
var defaultTagger []byte

// DefaultTagger returns the tagger fitted on the annotated pages the
// project was evaluated on (see importer/testdata/gold/README.md), read
// on first use like the acceptor.
var DefaultTagger = sync.OnceValue(func() *Tagger {
	t, err := ReadTagger(bytes.NewReader(defaultTagger))
	if err != nil {
		panic(err)
	}
	return t
})

func (t *Tagger) active() bool { return t != nil && t.Model != nil && len(t.Model.Labels) > 1 }

// combineNames name the features of the combination: the acceptor's
// log-odds, the model's probability, whether only the model found the
// entity, and that with each of the other two.
var combineNames = [...]string{"bias", "acceptor", "tagger", "tagger-only", "tagger-only*tagger", "tagger-only*acceptor"}

func combineFeatures(acceptor, tagged float64, onlyTagger bool) [len(combineNames)]float64 {
	p := min(max(acceptor, 1e-4), 1-1e-4)
	logit := math.Log(p / (1 - p))
	f := [len(combineNames)]float64{1, logit, tagged}
	if onlyTagger {
		f[3], f[4], f[5] = 1, tagged, logit
	}
	return f
}

// Prob is the combined probability of an entity.
func (t *Tagger) Prob(acceptor, tagged float64, onlyTagger bool) float64 {
	z := 0.0
	for i, v := range combineFeatures(acceptor, tagged, onlyTagger) {
		z += t.Weights[combineNames[i]] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// CombineExample is one entity the combination is fitted on.
type CombineExample struct {
	Acceptor, Tagged float64
	OnlyTagger       bool
	Correct          bool
}

// FitCombination fits the weights of the combination like the acceptor's
// (AdaGrad over the whole set at once, so that a fit is the same on every
// run; a penalty on the square of the weights but the bias's).
func FitCombination(examples []CombineExample, l2 float64, epochs int) map[string]float64 {
	const n = len(combineNames)
	var w, g2 [n]float64
	feats := make([][n]float64, len(examples))
	for i, e := range examples {
		feats[i] = combineFeatures(e.Acceptor, e.Tagged, e.OnlyTagger)
	}
	for ep := 0; ep < epochs; ep++ {
		var grad [n]float64
		for k := 1; k < n; k++ {
			grad[k] = l2 * w[k]
		}
		for i, e := range examples {
			z := 0.0
			for k, v := range feats[i] {
				z += w[k] * v
			}
			p := 1 / (1 + math.Exp(-z))
			if e.Correct {
				p--
			}
			for k, v := range feats[i] {
				grad[k] += p * v
			}
		}
		for k, g := range grad {
			g2[k] += g * g
			if g2[k] > 0 {
				w[k] -= 0.5 * g / math.Sqrt(g2[k])
			}
		}
	}
	out := map[string]float64{}
	for k, name := range combineNames {
		out[name] = w[k]
	}
	return out
}

// ReadTagger reads a tagger written by Write: "combine", "threshold" and
// "gap" lines (and comments), then, from its "labels" line on, the model
// (tagger.Read).
func ReadTagger(r io.Reader) (*Tagger, error) {
	br := bufio.NewReader(r)
	t := &Tagger{Weights: map[string]float64{}}
	for line := 1; ; line++ {
		if head, _ := br.Peek(len("labels\t")); string(head) == "labels\t" {
			break
		}
		l, err := br.ReadString('\n')
		if err != nil && (err != io.EOF || l == "") {
			if err == io.EOF {
				return nil, fmt.Errorf("tagger: no model after line %d", line-1)
			}
			return nil, err
		}
		f := strings.Split(strings.TrimRight(l, "\r\n"), "\t")
		if f[0] == "" || strings.HasPrefix(f[0], "#") {
			continue
		}
		v, perr := strconv.ParseFloat(f[len(f)-1], 64)
		switch {
		case perr != nil:
			return nil, fmt.Errorf("tagger line %d: bad number in %q", line, l)
		case f[0] == "combine" && len(f) == 3:
			t.Weights[f[1]] = v
		case f[0] == "threshold" && len(f) == 2:
			t.Threshold = v
		case f[0] == "gap" && len(f) == 2:
			t.Gap = v
		default:
			return nil, fmt.Errorf("tagger line %d: want combine, threshold or gap, have %q", line, l)
		}
	}
	m, err := tagger.Read(br)
	if err != nil {
		return nil, err
	}
	t.Model = m
	return t, nil
}

// Write writes the tagger in the form ReadTagger reads, dropping model
// weights smaller than prune.
func (t *Tagger) Write(w io.Writer, prune float64) error {
	bw := bufio.NewWriter(w)
	keys := make([]string, 0, len(t.Weights))
	for k := range t.Weights {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(bw, "combine\t%s\t%.4f\n", k, t.Weights[k])
	}
	fmt.Fprintf(bw, "threshold\t%g\ngap\t%g\n", t.Threshold, t.Gap)
	if err := bw.Flush(); err != nil {
		return err
	}
	return t.Model.Write(w, prune)
}

// reAtMeeting: "会议上" or "大会上" inside a span, where a meeting ends and
// the words after it begin; and 会同 between two agencies, which join to
// act ("人力资源社会保障厅会同经济和信息化厅").
var reAtMeeting = regexp.MustCompile(`(会议|大会)上.|.会同.`)

// Where the model reads a longer name around a rule's mention it doubts,
// the longer name replaces it: "成都希望食品有限公司" for the rules'
// "食品有限公司", "中共绵阳科技城工作委员会" for a piece of it. A mention
// is doubted when the model gives its span and kind under doubted; a
// longer name needs every label at least extendGap, less than a name in
// a gap needs, since a rule found a name there. A name the graph or the
// lexicon knows is never replaced, only joined. Both figures were chosen
// on HI-HP with a tagger fitted without it (0.01 to 0.05 and 0.5 to 0.9
// differ by a name or two), then checked on HQ-HX and HY-IF: on the
// three batches the longer names added 25 right entities and took away
// 3 wrong ones (README, "The tagger").
const (
	doubted   = 0.02
	untrimmed = 0.1
	extendGap = 0.7
)

// tagged reads every sentence with the model, sets each mention's Tagged
// to the model's probability of its span and kind, and adds the names the
// model finds that no rule reads: spans of at least two characters whose
// every label has at least the tagger's Gap where no rule read anything,
// or at least extendGap where the span holds only doubted mentions, which
// it replaces. pairs is the page's index of character pairs the rules
// built (nil: the repeats build one).
func (t *Tagger) tagged(ms []Mention, text []rune, sents []Span, pairs *pairIndex) []Mention {
	if !t.active() {
		return ms
	}
	read := make([]*tagger.Labelling, len(sents))
	for si, s := range sents {
		read[si] = t.Model.Label(text[s.Start:s.End])
	}
	doubt := make([]bool, len(ms))
	for i := range ms {
		x := &ms[i]
		if x.Sentence < 0 || x.Sentence >= len(sents) {
			continue
		}
		s := sents[x.Sentence]
		if x.Start >= s.Start && x.End <= s.End {
			x.Tagged = read[x.Sentence].SpanProb(x.Start-s.Start, x.End-s.Start, string(x.Kind))
			doubt[i] = x.Tagged < doubted
		}
	}
	spans := make([][]tagger.Span, len(sents))
	for si := range sents {
		spans[si] = read[si].Spans()
	}
	trimStarts(ms, spans, sents)
	taken := takenBy(ms, len(text))
	near := newSpanIndex(ms)
	var gaps []Mention
	var replaced []bool
	for si, s := range sents {
		for _, sp := range spans[si] {
			start, end := s.Start+sp.Start, s.Start+sp.End
			// "我校研究生院": the page's own body opens no name; the unit
			// is read after it (homeSchools names it the body's).
			if end-start > 4 && reSelfBody.MatchString(string(text[start:start+2])) {
				start += 2
			}
			// "天府锦城实验室(前沿医学中心)": a bracket or a quote the span
			// opens, it closes; a span that leaves one open, or runs over a
			// clause's end, is no name.
			for _, p := range [][2]string{{"(", ")"}, {"“", "”"}} {
				if name := string(text[start:end]); end < s.End && string(text[end]) == p[1] && strings.Count(name, p[0]) > strings.Count(name, p[1]) {
					end++
				}
			}
			if name := string(text[start:end]); strings.Count(name, "(") != strings.Count(name, ")") || strings.Count(name, "“") != strings.Count(name, "”") || strings.ContainsAny(name, ";。") {
				continue
			}
			// "…第三次会议上成都市成华区人民政府": a meeting the words before
			// were spoken at ends there; no name runs over 会议上, nor over
			// 会同.
			if name := string(text[start:end]); reAtMeeting.MatchString(name) {
				continue
			}
			kind := store.Kind(sp.Kind)
			if end-start < 2 || !kind.Valid() || kind == store.KindOther {
				continue
			}
			if kind == store.KindRegion && reOutletAfter.MatchString(string(text[end:min(s.End, end+5)])) {
				continue
			}
			// "为雷清泉院士颁奖", "向于立军书记": a preposition before a
			// name of three characters is no part of it.
			if kind == store.KindTalent && end-start == 4 && strings.ContainsRune("为向对由与和被给把将从", text[start]) &&
				surnames[string(text[start+1])] && !surnames[string(text[start:start+2])] {
				start++
			}
			var inside []int
			if !slices.Contains(taken[start:end], true) {
				if sp.Prob < t.Gap {
					continue
				}
			} else if sp.Prob < extendGap {
				continue
			} else if inside = within(near, doubt, start, end); inside == nil {
				continue
			}
			name := strings.TrimSpace(string(text[start:end]))
			if len([]rune(name)) < 2 {
				continue
			}
			gaps = append(gaps, Mention{Span: Span{Start: start, End: end}, Sentence: si, Surface: string(text[start:end]),
				Name: name, Kind: kind, Rule: "tagger", Conf: sp.Prob, Tagged: sp.Prob})
			if replaced == nil {
				replaced = make([]bool, len(ms))
			}
			for _, i := range inside {
				replaced[i] = true
			}
		}
	}
	if len(gaps) == 0 {
		return ms
	}
	relativeAgencies(gaps, homePlaces(ms))
	kept := ms[:0]
	for i, m := range ms {
		if !replaced[i] || known(m.Rule) {
			kept = append(kept, m)
		}
	}
	ms = append(kept, gaps...)
	// A name the model reads once stands for the same body wherever the
	// page repeats it, as a rule's name does (repeats): the relations of
	// the sentences it is repeated in need it there.
	r := &recognizer{text: text, sents: sents, pairs: pairs}
	ms = r.repeats(ms, func(m Mention) bool { return m.Rule == "tagger" }, "tagger-repeat")
	for i := range ms {
		if x := &ms[i]; x.Rule == "tagger-repeat" {
			s := sents[x.Sentence]
			x.Tagged = read[x.Sentence].SpanProb(x.Start-s.Start, x.End-s.Start, string(x.Kind))
		}
	}
	sortMentions(ms)
	return ms
}

// trimStarts: a rule that reads a name back from its suffix can run
// into the words before it ("有国务院办公厅", "高效运行国家高性能医疗器械
// 创新中心四川分中心", "离不开中国川菜产业城"). Where the model doubts the
// whole span and is sure of a shorter one of the same kind that ends with
// it, the name starts where the model's does. Only names that are their
// own text: a name a rule rewrote is not the span's to cut.
func trimStarts(ms []Mention, spans [][]tagger.Span, sents []Span) {
	for i := range ms {
		x := &ms[i]
		if x.Tagged >= untrimmed || x.Name != x.Surface || known(x.Rule) || x.Sentence < 0 || x.Sentence >= len(sents) ||
			utf8.RuneCountInString(x.Surface) != x.End-x.Start {
			continue
		}
		s := sents[x.Sentence]
		for _, sp := range spans[x.Sentence] {
			start := s.Start + sp.Start
			if s.Start+sp.End != x.End || start <= x.Start || sp.Kind != string(x.Kind) || sp.Prob < extendGap {
				continue
			}
			// "四川绵阳工业园区", "成都中医大附属医院健康科技有限公司": a
			// place that opens the name is the name's own.
			if placeAt([]rune(x.Surface)[:start-x.Start]) {
				continue
			}
			// "成都双流创新创业企业服务有限公司": a firm's stem of two
			// characters before its suffix is as often a word of the name
			// (服务, 科技, 投资) as a name.
			if suffix, ok := strings.CutPrefix(x.Rule, "suffix("); ok && x.Kind == store.KindEnterprise &&
				x.End-start-utf8.RuneCountInString(strings.TrimSuffix(suffix, ")")) < 3 {
				continue
			}
			x.Surface = string([]rune(x.Surface)[start-x.Start:])
			x.Name, x.Start, x.Tagged = x.Surface, start, sp.Prob
			break
		}
	}
}

// relativeAgencies names the agencies the model reads by their level alone
// ("省卫计委", "市经信局", "市委") after the page's province or city, as
// relative does the rules', and by their official names.
func relativeAgencies(ms []Mention, homes map[string]string) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindGovernmentAgency {
			continue
		}
		for _, level := range []string{"省", "市"} {
			// "市委明确…": the page's city's party committee, named as the
			// rules name it, 中共雅安市委.
			if h := levelHome(homes, level); m.Name == level+"委" && h != "" {
				m.Aliases = append(m.Aliases, m.Name)
				m.Name = "中共" + h + "委"
				break
			}
			rest, ok := strings.CutPrefix(m.Name, level)
			// "市场监管局" opens with 市 as a word of its own, no level.
			if !ok || utf8.RuneCountInString(rest) < 2 || strings.HasPrefix(rest, "委") || strings.HasPrefix(rest, "政府") ||
				strings.HasPrefix(rest, "场") || !reLevelAgency.MatchString(rest) {
				continue
			}
			if h := levelHome(homes, level); h != "" {
				m.Aliases = append(m.Aliases, m.Name)
				m.Name = h + rest
			}
		}
	}
	officialNames(ms)
}

// reLevelAgency: the heads of the agencies named by their level alone.
var reLevelAgency = regexp.MustCompile(`(局|厅|委|办|办公室|委员会|中心)$`)

// known says a rule found the name in the graph or the lexicon, as a
// body of its own whatever the model reads around it.
func known(rule string) bool { return rule == "gazetteer" || rule == "lexicon" }

// within lists the mentions overlapping [start, end) when every one is
// doubted, lies inside the span and is not the span itself; nil when
// one is not, or when there are none.
func within(near *spanIndex, doubt []bool, start, end int) []int {
	out := near.overlapping(start, end)
	for _, i := range out {
		if m := near.ms[i]; !doubt[i] || m.Start < start || m.End > end || m.Start == start && m.End == end {
			return nil
		}
	}
	return out
}

// TaggerSequences labels the sentences of a cleaned text with the names
// of a gold annotation, for fitting a model: every place a name or alias
// occurs (read in simplified characters, as the importer reads) is a span
// of its kind, the longest first where two overlap. Annotators give the
// names a page states, not where; a name written where the page does not
// state it as a body is labelled all the same, and the fit takes that as
// noise.
func TaggerSequences(text []rune, sents []Span, gold []store.EntityInput) []tagger.Sequence {
	type span struct {
		start, end int
		kind       store.Kind
	}
	read := string(text)
	var spans []span
	for _, e := range gold {
		forms := map[string]bool{}
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			f = strings.TrimSpace(hanzi.SimplifyString(hanzi.DropReadings(f)))
			if len([]rune(f)) >= 2 {
				forms[f] = true
			}
		}
		for f := range forms {
			for off := 0; ; {
				i := strings.Index(read[off:], f)
				if i < 0 {
					break
				}
				start := len([]rune(read[:off+i]))
				spans = append(spans, span{start, start + len([]rune(f)), e.Kind})
				off += i + len(f)
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool {
		a, b := spans[i], spans[j]
		if a.end-a.start != b.end-b.start {
			return a.end-a.start > b.end-b.start
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.kind < b.kind
	})
	labels := make([]string, len(text))
	for i := range labels {
		labels[i] = tagger.Outside
	}
	for _, s := range spans {
		free := true
		for i := s.start; i < s.end; i++ {
			free = free && labels[i] == tagger.Outside
		}
		if !free {
			continue
		}
		labels[s.start] = "B-" + string(s.kind)
		for i := s.start + 1; i < s.end; i++ {
			labels[i] = "I-" + string(s.kind)
		}
	}
	var out []tagger.Sequence
	for _, s := range sents {
		out = append(out, tagger.Sequence{Runes: text[s.Start:s.End], Labels: labels[s.Start:s.End]})
	}
	return out
}
