package importer_test

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"innograph/importer"
	"innograph/store"
	"innograph/store/memory"
)

// pairText names a firm, a university and a district in one sentence
// no rule relates, and a firm a rule places in a district of a city.
const pairText = "星河科技有限公司的代表和星海大学的学生在郫都区一起参观了展览。星河科技有限公司位于成都市武侯区。"

// pairsOf extracts pairText with a pairer and lists its relations as
// "TYPE from -> to rule confidence".
func pairsOf(t *testing.T, p *importer.Pairer) (map[string]bool, *importer.Extraction) {
	t.Helper()
	im := &importer.Importer{Store: memory.New(), Acceptor: importer.KeepAll, Pairer: p}
	ex, err := im.Extract(context.Background(), importer.Input{Name: "pairs.txt", Data: []byte(pairText)})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, e := range ex.Batch.Entities {
		names[store.EntityID(e.Name)] = e.Name
	}
	out := map[string]bool{}
	for _, r := range ex.Batch.Relations {
		for _, ev := range r.Evidence {
			out[fmt.Sprintf("%s %s -> %s %s %.2f", r.Type, names[r.From], names[r.To], ev.Rule, ev.Confidence)] = true
		}
	}
	return out, ex
}

func TestPairerProposesWhatItWeighs(t *testing.T) {
	p := &importer.Pairer{Acceptor: &importer.Acceptor{Threshold: 0.6, Weights: map[string]float64{
		// The kinds a relation is weighed between, and what it weighs.
		"PARTNERS_WITH>|kk=ENTERPRISE>UNIVERSITY": 0,
		"PARTNERS_WITH>|bias":                     1,
		"PARTNERS_WITH>|m1=和":                     1,
		"LOCATED_IN>|kk=ENTERPRISE>REGION":        0,
		"LOCATED_IN>|bias":                        5,
		// Weighed for no pair of kinds: no candidate.
		"LOCATED_IN<|bias": 9,
	}}}
	got, ex := pairsOf(t, p)
	conf := func(z float64) float64 { return math.Round(100/(1+math.Exp(-z))) / 100 }
	for _, want := range []string{
		fmt.Sprintf("PARTNERS_WITH 星河科技有限公司 -> 星海大学 pairer %.2f", conf(2)),
		fmt.Sprintf("LOCATED_IN 星河科技有限公司 -> 郫都区 pairer %.2f", conf(5)),
		// A pair the rules leave unrelated in the second sentence.
		fmt.Sprintf("LOCATED_IN 星河科技有限公司 -> 成都市 pairer %.2f", conf(5)),
		// The rules' relations stand as they were.
		"LOCATED_IN 星河科技有限公司 -> 武侯区 located-in 0.85",
	} {
		if !got[want] {
			t.Errorf("no %q in %v", want, got)
		}
	}
	for r := range got {
		for _, bad := range []string{"星海大学 -> 郫都区", "郫都区 -> 星海大学", "武侯区 pairer", "成都市 -> 星河科技有限公司"} {
			if contains(r, bad) {
				t.Errorf("the pairer proposed %q", r)
			}
		}
	}
	kept := 0
	for _, c := range ex.Candidates {
		if !c.Kept {
			t.Errorf("a candidate not kept is listed: %+v", c)
		}
		kept++
	}
	if kept != 3 {
		t.Errorf("%d candidates kept, want 3", kept)
	}

	// Above the firm and the university's probability, only the places
	// are proposed; with no pairer, nothing is.
	p.Threshold = 0.95
	got, _ = pairsOf(t, p)
	if got[fmt.Sprintf("PARTNERS_WITH 星河科技有限公司 -> 星海大学 pairer %.2f", conf(2))] ||
		!got[fmt.Sprintf("LOCATED_IN 星河科技有限公司 -> 郫都区 pairer %.2f", conf(5))] {
		t.Errorf("threshold 0.95: %v", got)
	}
	got, _ = pairsOf(t, importer.NoPairer)
	for r := range got {
		if contains(r, "pairer") {
			t.Errorf("no pairer proposed %q", r)
		}
	}
}

// TestFitPairerListsEveryPair: fitting lists every pair of bodies of a
// sentence the rules leave unrelated, under every relation, and
// proposes none.
func TestFitPairerListsEveryPair(t *testing.T) {
	got, ex := pairsOf(t, importer.FitPairer)
	for r := range got {
		if contains(r, "pairer") {
			t.Errorf("fitting proposed %q", r)
		}
	}
	id := store.EntityID
	pairs := map[[2]string]bool{}
	for _, c := range ex.Candidates {
		if c.Kept || c.Prob != 0 {
			t.Errorf("a candidate of a fit was weighed: %+v", c)
		}
		pairs[[2]string{c.From, c.To}] = true
	}
	for _, want := range [][2]string{{id("星河科技有限公司"), id("星海大学")}, {id("星海大学"), id("星河科技有限公司")},
		{id("星海大学"), id("郫都区")}, {id("星河科技有限公司"), id("成都市")}} {
		if !pairs[want] {
			t.Errorf("no candidate %v", want)
		}
	}
	for _, related := range [][2]string{{id("星河科技有限公司"), id("武侯区")}, {id("武侯区"), id("成都市")}} {
		if pairs[related] || pairs[[2]string{related[1], related[0]}] {
			t.Errorf("a pair the rules relate is a candidate: %v", related)
		}
	}
}

// TestFitPairerOn: a fitted pairer weighs what tells related pairs from
// the others, and weighs no pair of kinds seen related fewer than twice.
func TestFitPairerOn(t *testing.T) {
	var examples []importer.Example
	for i := 0; i < 20; i++ {
		examples = append(examples,
			importer.Example{Features: []string{"T>|bias", "T>|kk=A>B", "T>|m1=与"}, Correct: true},
			importer.Example{Features: []string{"T>|bias", "T>|kk=A>B", "T>|m1=的"}},
			importer.Example{Features: []string{"U>|bias", "U>|kk=C>D", "U>|m1=的"}, Correct: i == 0})
	}
	p := importer.FitPairerOn(examples, 1, 300, 0.5)
	if _, ok := p.Weights["T>|kk=A>B"]; !ok {
		t.Error("a pair of kinds related twenty times is not weighed")
	}
	if _, ok := p.Weights["U>|kk=C>D"]; ok {
		t.Error("a pair of kinds related once is weighed")
	}
	if yes, no := p.Prob([]string{"T>|bias", "T>|kk=A>B", "T>|m1=与"}), p.Prob([]string{"T>|bias", "T>|kk=A>B", "T>|m1=的"}); yes < 0.8 || no > 0.2 {
		t.Errorf("related %.3f, unrelated %.3f", yes, no)
	}
	if p.Threshold != 0.5 {
		t.Errorf("threshold %v", p.Threshold)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
