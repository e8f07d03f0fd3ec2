package tagger

import (
	"bytes"
	"math"
	"math/rand"
	"strings"
	"testing"
)

// randomProblem is a small model with random weights over a random
// sentence, for checking the lattice against brute force.
func randomProblem(r *rand.Rand, n, L int) (sc, trans [][]float64) {
	sc = make([][]float64, n)
	for t := range sc {
		sc[t] = make([]float64, L)
		for j := range sc[t] {
			sc[t][j] = r.NormFloat64() * 3
		}
	}
	trans = make([][]float64, L)
	for i := range trans {
		trans[i] = make([]float64, L)
		for j := range trans[i] {
			trans[i][j] = r.NormFloat64() * 3
		}
	}
	return sc, trans
}

// enumerate calls f with every labelling of n positions and its weight.
func enumerate(sc, trans [][]float64, f func(path []int, w float64)) {
	n, L := len(sc), len(trans)
	path := make([]int, n)
	var rec func(t int, w float64)
	rec = func(t int, w float64) {
		if t == n {
			f(path, w)
			return
		}
		for j := 0; j < L; j++ {
			path[t] = j
			x := w + sc[t][j]
			if t > 0 {
				x += trans[path[t-1]][j]
			}
			rec(t+1, x)
		}
	}
	rec(0, 0)
}

func TestLatticeMatchesBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for trial := 0; trial < 20; trial++ {
		n, L := 1+r.Intn(5), 2+r.Intn(3)
		sc, trans := randomProblem(r, n, L)
		z := 0.0
		marg := make([][]float64, n)
		for i := range marg {
			marg[i] = make([]float64, L)
		}
		best, bestW := []int(nil), math.Inf(-1)
		enumerate(sc, trans, func(path []int, w float64) {
			z += math.Exp(w)
			for t, j := range path {
				marg[t][j] += math.Exp(w)
			}
			if w > bestW {
				best, bestW = append([]int(nil), path...), w
			}
		})
		lt := forwardBackward(sc, trans, nil)
		if math.Abs(lt.logZ-math.Log(z)) > 1e-9*math.Max(1, math.Abs(lt.logZ)) {
			t.Fatalf("trial %d: logZ %v, brute force %v", trial, lt.logZ, math.Log(z))
		}
		got := marginals(sc, trans, nil)
		for i := range marg {
			for j := range marg[i] {
				if want := marg[i][j] / z; math.Abs(got[i][j]-want) > 1e-9 {
					t.Fatalf("trial %d: marginal at %d of label %d: %v, brute force %v", trial, i, j, got[i][j], want)
				}
			}
		}
		if path := viterbi(sc, trans); !equal(path, best) {
			t.Fatalf("trial %d: viterbi %v, brute force %v", trial, path, best)
		}
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestGradientMatchesDifferences checks the fit's gradient against
// central differences of its objective.
func TestGradientMatchesDifferences(t *testing.T) {
	seqs := []Sequence{
		{Runes: []rune("星河公司在蓉"), Labels: []string{"B-ENTERPRISE", "I-ENTERPRISE", "I-ENTERPRISE", "I-ENTERPRISE", "O", "B-REGION"}},
		{Runes: []rune("在星海"), Labels: []string{"O", "B-REGION", "I-REGION"}},
	}
	pr := compile(seqs, Options{L2: 0.5, MinCount: 1})
	r := rand.New(rand.NewSource(2))
	w := make([]float64, pr.nState+pr.nLabels*pr.nLabels)
	for i := range w {
		w[i] = r.NormFloat64()
	}
	checkGradient(t, pr, w, 1)
}

// checkGradient compares the objective's gradient at w with central
// differences, every step-th weight.
func checkGradient(t *testing.T, pr *problem, w []float64, step int) {
	t.Helper()
	g := make([]float64, len(w))
	pr.value(w, g, 0.5)
	scratch := make([]float64, len(w))
	for i := 0; i < len(w); i += step {
		const h = 1e-5
		w0 := w[i]
		w[i] = w0 + h
		fp := pr.value(w, scratch, 0.5)
		w[i] = w0 - h
		fm := pr.value(w, scratch, 0.5)
		w[i] = w0
		if num := (fp - fm) / (2 * h); math.Abs(num-g[i]) > 1e-5*math.Max(1, math.Abs(num)) {
			t.Errorf("weight %d: gradient %v, differences %v", i, g[i], num)
		}
	}
}

// sentences are invented: firms end in 公司 or 科技, places are read
// after 在 and 位于.
var sentences = []struct{ text, firm, place string }{
	{"星河公司在星城设立总部", "星河公司", "星城"},
	{"月光科技位于云海", "月光科技", "云海"},
	{"北辰公司在南岭建厂", "北辰公司", "南岭"},
	{"天枢科技在星城签约", "天枢科技", "星城"},
	{"青岚公司位于南岭", "青岚公司", "南岭"},
	{"紫微科技在云海落户", "紫微科技", "云海"},
}

func label(text, firm, place string) Sequence {
	rs := []rune(text)
	labels := make([]string, len(rs))
	for i := range labels {
		labels[i] = Outside
	}
	mark := func(name, kind string) {
		i := strings.Index(text, name)
		start := len([]rune(text[:i]))
		labels[start] = "B-" + kind
		for j := 1; j < len([]rune(name)); j++ {
			labels[start+j] = "I-" + kind
		}
	}
	mark(firm, "ENTERPRISE")
	mark(place, "REGION")
	return Sequence{Runes: rs, Labels: labels}
}

func fitted(t *testing.T) *Model {
	t.Helper()
	var seqs []Sequence
	for _, s := range sentences {
		seqs = append(seqs, label(s.text, s.firm, s.place))
	}
	return Fit(seqs, Options{L2: 0.1, Iterations: 100, MinCount: 1})
}

func TestFitFindsNamesItWasNotShown(t *testing.T) {
	m := fitted(t)
	for _, tc := range []struct {
		text string
		want []Span
	}{
		// A firm it never saw, named like those it did.
		{"玄武公司在云海设厂", []Span{{Start: 0, End: 4, Kind: "ENTERPRISE"}, {Start: 5, End: 7, Kind: "REGION"}}},
		{"朱雀科技位于星城", []Span{{Start: 0, End: 4, Kind: "ENTERPRISE"}, {Start: 6, End: 8, Kind: "REGION"}}},
	} {
		got := m.Tag([]rune(tc.text))
		if len(got) != len(tc.want) {
			t.Errorf("%s: %+v, want %+v", tc.text, got, tc.want)
			continue
		}
		for i, s := range got {
			w := tc.want[i]
			if s.Start != w.Start || s.End != w.End || s.Kind != w.Kind || s.Prob <= 0.5 || s.Prob > 1 {
				t.Errorf("%s: span %d is %+v, want %+v with a probability over 0.5", tc.text, i, s, w)
			}
		}
	}
	l := m.Label([]rune("玄武公司在云海设厂"))
	if p := l.SpanProb(0, 4, "ENTERPRISE"); p <= 0.5 {
		t.Errorf("SpanProb of the firm = %v, want over 0.5", p)
	}
	if p := l.SpanProb(0, 3, "ENTERPRISE"); p >= 0.5 {
		t.Errorf("SpanProb of the firm cut short = %v, want under 0.5", p)
	}
	if p := l.SpanProb(0, 4, "LAB"); p != 0 {
		t.Errorf("SpanProb of a kind the model does not know = %v, want 0", p)
	}
}

func TestFitIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := fitted(t).Write(&a, 0); err != nil {
		t.Fatal(err)
	}
	if err := fitted(t).Write(&b, 0); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("two fits of the same sentences wrote different models")
	}
}

func TestWriteThenRead(t *testing.T) {
	m := fitted(t)
	var buf bytes.Buffer
	if err := m.Write(&buf, 0); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"玄武公司在云海设厂", "在星城", "朱雀科技位于星城"} {
		a, b := m.Tag([]rune(s)), back.Tag([]rune(s))
		if len(a) != len(b) {
			t.Fatalf("%s: %+v before writing, %+v after", s, a, b)
		}
		for i := range a {
			if a[i].Start != b[i].Start || a[i].End != b[i].End || a[i].Kind != b[i].Kind || math.Abs(a[i].Prob-b[i].Prob) > 1e-2 {
				t.Errorf("%s: %+v before writing, %+v after", s, a[i], b[i])
			}
		}
	}
}

func TestReadRejectsBadFiles(t *testing.T) {
	for _, text := range []string{
		"",
		"labels\tB-X\tO\n",
		"labels\tO\tB-X\tI-X\nS\tc0=星\tB-Y\t1\n",
		"labels\tO\tB-X\tI-X\nS\tc0=星\tB-X\tone\n",
		"labels\tO\tB-X\tI-X\nT\tO\tB-Y\t1\n",
		"S\tc0=星\tB-X\t1\n",
		"labels\tO\tB-X\tI-X\nQ\tx\n",
	} {
		if _, err := Read(strings.NewReader(text)); err == nil {
			t.Errorf("Read(%q) accepted a bad file", text)
		}
	}
}

func TestFeaturesBlankWhiteSpace(t *testing.T) {
	for _, fs := range Features([]rune("星\t河 公司\n")) {
		for _, f := range fs {
			if strings.ContainsAny(f, "\t\n ") {
				t.Fatalf("feature %q holds white space, which the model's file cannot", f)
			}
		}
	}
}

// TestFeatureNames pins the names of the features: the shipped model's
// file is keyed by them, and a name that changed would silently drop its
// weight.
func TestFeatureNames(t *testing.T) {
	got := strings.Join(Features([]rune("星河 A1"))[1], " ")
	want := "b c0=河 c-1=星 c1=_ c-2= c2=A b-1=星河 b1=河_ b-2=星 b2=_A t0=星河_ k=HHP n3=_A1 p3=星"
	if got != want {
		t.Errorf("features of 河 in 星河 A1:\n got %s\nwant %s", got, want)
	}
}

// TestFitFromPriorKeepsWhatNewPagesDoNotShow: new pages that name only
// funds teach a model fitted from a prior to find funds, and it still
// finds the firms and places only the prior's pages showed; fitted on the
// new pages alone, it knows no firm.
func TestFitFromPriorKeepsWhatNewPagesDoNotShow(t *testing.T) {
	var seqs []Sequence
	for _, s := range []struct{ text, fund string }{
		{"设立星河基金助力创业", "星河基金"},
		{"设立云海基金助力创业", "云海基金"},
		{"发起南岭基金支持科技", "南岭基金"},
		{"设立月光基金支持科技", "月光基金"},
	} {
		rs := []rune(s.text)
		seq := Sequence{Runes: rs, Labels: make([]string, len(rs))}
		start := len([]rune(s.text[:strings.Index(s.text, s.fund)]))
		for i := range seq.Labels {
			switch {
			case i == start:
				seq.Labels[i] = "B-FUND"
			case i > start && i < start+len([]rune(s.fund)):
				seq.Labels[i] = "I-FUND"
			default:
				seq.Labels[i] = Outside
			}
		}
		seqs = append(seqs, seq)
	}
	opt := Options{L2: 1, Iterations: 100, MinCount: 1}
	alone := Fit(seqs, opt)
	opt.Prior = fitted(t)
	adapted := Fit(seqs, opt)
	firm := "玄武公司在云海设厂"
	if got := alone.Tag([]rune(firm)); len(got) != 0 {
		t.Fatalf("fitted on funds alone, the model found %+v in %s", got, firm)
	}
	for _, tc := range []struct {
		text string
		want []Span
	}{
		{firm, []Span{{Start: 0, End: 4, Kind: "ENTERPRISE"}, {Start: 5, End: 7, Kind: "REGION"}}},
		{"设立朱雀基金助力创业", []Span{{Start: 2, End: 6, Kind: "FUND"}}},
	} {
		got := adapted.Tag([]rune(tc.text))
		if len(got) != len(tc.want) {
			t.Errorf("%s: %+v, want %+v", tc.text, got, tc.want)
			continue
		}
		for i, s := range got {
			if w := tc.want[i]; s.Start != w.Start || s.End != w.End || s.Kind != w.Kind {
				t.Errorf("%s: span %d is %+v, want %+v", tc.text, i, s, w)
			}
		}
	}
}

// TestPriorGradientMatchesDifferences: the penalty towards a prior's
// weights is differentiated as it is computed.
func TestPriorGradientMatchesDifferences(t *testing.T) {
	var seqs []Sequence
	for _, s := range sentences[:3] {
		seqs = append(seqs, label(s.text, s.firm, s.place))
	}
	pr := compile(seqs, Options{MinCount: 1, Prior: fitted(t)})
	w := append([]float64(nil), pr.prior...)
	for i := range w {
		w[i] += 0.01 * float64(i%7-3)
	}
	checkGradient(t, pr, w, max(1, len(w)/40))
}
