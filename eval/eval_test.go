package eval

import (
	"strings"
	"testing"

	"innograph/store"
)

const gold = `{"type":"document","id":"d1"}
{"type":"entity","kind":"UNIVERSITY","name":"四川大学","aliases":["川大"],"evidence":[{"doc":"d1","text":"川大"}]}
{"type":"entity","kind":"REGION","name":"成都高新区","evidence":[{"doc":"d1","text":"成都高新区"}]}
{"type":"entity","kind":"LAB","name":"生命健康实验室","evidence":[{"doc":"d1","text":"生命健康实验室"}]}
{"type":"entity","kind":"ENTERPRISE","name":"甲公司","evidence":[{"doc":"d2","text":"甲公司"}]}
{"type":"relation","rel":"CO_BUILT_BY","from":"生命健康实验室","to":"川大","evidence":[{"doc":"d1","text":"x"}]}
{"type":"relation","rel":"PARTNERS_WITH","from":"成都高新区","to":"四川大学","evidence":[{"doc":"d1","text":"x"}]}
`

func TestScoreDocument(t *testing.T) {
	g, err := LoadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	id := store.EntityID
	b := store.Batch{
		Entities: []store.EntityInput{
			{Kind: store.KindUniversity, Name: "川大"},    // an alias of the gold name
			{Kind: store.KindPlatform, Name: "生命健康实验室"}, // right name, wrong kind
			{Kind: store.KindRegion, Name: "成都高新技术产业开发区", Aliases: []string{"成都高新区"}},
			{Kind: store.KindEnterprise, Name: "乙公司"}, // not in the gold
		},
		Relations: []store.RelationInput{
			{Type: store.RelCoBuiltBy, From: id("生命健康实验室"), To: id("川大")},
			{Type: store.RelPartnersWith, From: id("川大"), To: id("成都高新技术产业开发区")}, // either direction
			{Type: store.RelLocatedIn, From: id("乙公司"), To: id("成都高新技术产业开发区")},
		},
	}
	s := g.ScoreDocument("d1", b)
	if s.Entities != (Counts{TP: 2, FP: 2, FN: 1}) {
		t.Errorf("entities %+v", s.Entities)
	}
	if s.Names != (Counts{TP: 3, FP: 1, FN: 0}) {
		t.Errorf("names %+v", s.Names)
	}
	if s.Relations != (Counts{TP: 2, FP: 1, FN: 0}) {
		t.Errorf("relations %+v", s.Relations)
	}
	if p, r := s.Names.Precision(), s.Names.Recall(); p != 0.75 || r != 1 {
		t.Errorf("precision %v recall %v", p, r)
	}
	if got := g.Docs(); len(got) != 2 || !g.Has("d2") {
		t.Errorf("docs %v", got)
	}
}

func TestCountsOfNothing(t *testing.T) {
	var c Counts
	if c.Precision() != 1 || c.Recall() != 1 || c.F1() != 1 {
		t.Errorf("%v %v %v", c.Precision(), c.Recall(), c.F1())
	}
	if (Counts{FP: 1, FN: 1}).F1() != 0 {
		t.Error("F1 of nothing found")
	}
}

// A name written in traditional characters in the gold, or with readings
// in pinyin inside, matches the same name extracted in simplified
// characters, and so do the relations between them.
func TestScoreAcrossScripts(t *testing.T) {
	const tg = `{"type":"document","id":"t1"}
{"type":"entity","kind":"GOVERNMENT_AGENCY","name":"四川省科學技術廳","evidence":[{"doc":"t1","text":"科技廳"}]}
{"type":"entity","kind":"REGION","name":"四川省","evidence":[{"doc":"t1","text":"四川省"}]}
{"type":"entity","kind":"UNIVERSITY","name":"四川農(nóng)業(yè)大學","evidence":[{"doc":"t1","text":"四川農(nóng)業(yè)大學"}]}
{"type":"relation","rel":"LOCATED_IN","from":"四川省科學技術廳","to":"四川省","evidence":[{"doc":"t1","text":"x"}]}
{"type":"relation","rel":"LOCATED_IN","from":"四川農(nóng)業(yè)大學","to":"四川省","evidence":[{"doc":"t1","text":"x"}]}
`
	g, err := LoadGold(strings.NewReader(tg))
	if err != nil {
		t.Fatal(err)
	}
	id := store.EntityID
	s := g.ScoreDocument("t1", store.Batch{
		Entities: []store.EntityInput{
			{Kind: store.KindGovernmentAgency, Name: "四川省科学技术厅", Aliases: []string{"科技廳"}},
			{Kind: store.KindRegion, Name: "四川省"},
			{Kind: store.KindUniversity, Name: "四川农业大学"},
		},
		Relations: []store.RelationInput{{Type: store.RelLocatedIn, From: id("四川省科学技术厅"), To: id("四川省")},
			{Type: store.RelLocatedIn, From: id("四川农业大学"), To: id("四川省")}},
	})
	if s.Entities != (Counts{TP: 3}) || s.Relations != (Counts{TP: 2}) {
		t.Errorf("entities %+v, relations %+v", s.Entities, s.Relations)
	}
}

// Correct judges an entity by its name alone: a right name with the wrong
// kind is right, as its relations are; a name the gold lacks is not, nor
// one the gold has for another document.
func TestCorrect(t *testing.T) {
	g, err := LoadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	b := store.Batch{Entities: []store.EntityInput{
		{Kind: store.KindUniversity, Name: "川大"},
		{Kind: store.KindPlatform, Name: "生命健康实验室"},
		{Kind: store.KindEnterprise, Name: "乙公司"},
		{Kind: store.KindEnterprise, Name: "甲公司"},
	}}
	got := g.Correct("d1", b)
	want := []bool{true, true, false, false}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: correct %v, want %v", b.Entities[i].Name, got[i], want[i])
		}
	}
}

// TestRelates labels the relations a pairer weighs: ends by any form of
// the gold names, PARTNERS_WITH in either direction, others in theirs.
func TestRelates(t *testing.T) {
	g, err := LoadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	id := store.EntityID
	b := store.Batch{Entities: []store.EntityInput{
		{Kind: store.KindUniversity, Name: "川大"},
		{Kind: store.KindLab, Name: "生命健康实验室"},
		{Kind: store.KindRegion, Name: "成都高新技术产业开发区", Aliases: []string{"成都高新区"}},
		{Kind: store.KindEnterprise, Name: "乙公司"},
	}}
	relates := g.Relates("d1", b)
	for _, c := range []struct {
		t        store.RelType
		from, to string
		want     bool
	}{
		{store.RelCoBuiltBy, "生命健康实验室", "川大", true},
		{store.RelCoBuiltBy, "川大", "生命健康实验室", false},
		{store.RelLocatedIn, "生命健康实验室", "川大", false},
		{store.RelPartnersWith, "川大", "成都高新技术产业开发区", true},
		{store.RelPartnersWith, "成都高新技术产业开发区", "川大", true},
		{store.RelPartnersWith, "乙公司", "川大", false},
	} {
		if got := relates(c.t, id(c.from), id(c.to)); got != c.want {
			t.Errorf("%s %s -> %s: %v, want %v", c.t, c.from, c.to, got, c.want)
		}
	}
	if g.Relates("d2", b)(store.RelCoBuiltBy, id("生命健康实验室"), id("川大")) {
		t.Error("a relation of d1 was found in d2")
	}
}
