package importer

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"innograph/importer/tagger"
	"innograph/store"
	"innograph/store/memory"
)

func TestTaggerSequencesLabelTheLongestName(t *testing.T) {
	text := []rune("星河市星湖区的星河科技有限公司。星湖区又称湖区")
	sents := Sentences(text)
	gold := []store.EntityInput{
		{Kind: store.KindRegion, Name: "星河市星湖区", Aliases: []string{"星湖区", "湖区"}},
		{Kind: store.KindRegion, Name: "星河市"},
		{Kind: store.KindEnterprise, Name: "星河科技有限公司"},
		// One character is no name to learn.
		{Kind: store.KindRegion, Name: "湖"},
	}
	var got []string
	for _, s := range TaggerSequences(text, sents, gold) {
		got = append(got, spansOf(s)...)
	}
	want := []string{"REGION 星河市星湖区", "ENTERPRISE 星河科技有限公司", "REGION 星湖区", "REGION 湖区"}
	if strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("labelled %q, want %q", got, want)
	}
}

func TestTaggerSequencesReadTraditionalNames(t *testing.T) {
	// The importer reads a page in simplified characters; an annotation
	// that writes the page's traditional form labels it all the same.
	text := []rune("星河電子在星城")
	gold := []store.EntityInput{{Kind: store.KindEnterprise, Name: "星河電子"}}
	read := []rune("星河电子在星城")
	seqs := TaggerSequences(read, Sentences(read), gold)
	if got := spansOf(seqs[0]); len(got) != 1 || got[0] != "ENTERPRISE 星河电子" {
		t.Errorf("labelled %q in %s", got, string(text))
	}
}

func spansOf(s tagger.Sequence) []string {
	var out []string
	for i := 0; i < len(s.Labels); i++ {
		if strings.HasPrefix(s.Labels[i], "B-") {
			j := i + 1
			for j < len(s.Labels) && s.Labels[j] == "I-"+s.Labels[i][2:] {
				j++
			}
			out = append(out, s.Labels[i][2:]+" "+string(s.Runes[i:j]))
			i = j - 1
		}
	}
	return out
}

// invented sentences of firms the rules cannot read (no suffix marks
// them) before 落户 and 签约.
var brandSentences = []string{
	"星河智造落户星城。", "月光云图签约星城。", "北辰芯光落户云海。", "天枢数智签约南岭。",
	"青岚微电落户南岭。", "紫微光启签约云海。", "玄武智航落户星城。", "朱雀算力签约南岭。",
}

func brandModel(t *testing.T) *tagger.Model { return brandModelAfter(t, "") }

// brandModelAfter is brandModel fitted on the sentences with words before
// each brand, which the model learns are no part of it.
func brandModelAfter(t *testing.T, before string) *tagger.Model {
	t.Helper()
	var seqs []tagger.Sequence
	n := len([]rune(before))
	for _, s := range brandSentences {
		rs := []rune(before + s)
		gold := []store.EntityInput{{Kind: store.KindEnterprise, Name: string(rs[n : n+4])}}
		seqs = append(seqs, TaggerSequences(rs, Sentences(rs), gold)...)
	}
	return tagger.Fit(seqs, tagger.Options{L2: 0.1, Iterations: 100, MinCount: 1})
}

// brandTagger is a tagger of brandModel that adds the names it is sure of
// and keeps them.
func brandTagger(t *testing.T) *Tagger {
	return &Tagger{Model: brandModel(t), Gap: 0.5, Threshold: 0.5,
		Weights: map[string]float64{"bias": -1, "acceptor": 1, "tagger": 3}}
}

// extractWith extracts text with the tagger given.
func extractWith(t *testing.T, tg *Tagger, text string) *Extraction {
	t.Helper()
	ex, err := (&Importer{Store: memory.New(), Tagger: tg}).Extract(context.Background(), Input{Name: "a.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// shippedNames extracts text with the shipped tagger and returns the names
// of the entities found.
func shippedNames(t *testing.T, text string) []string {
	t.Helper()
	var names []string
	for _, e := range extractWith(t, nil, text).Batch.Entities {
		names = append(names, e.Name)
	}
	return names
}

func TestTaggerFillsGapsTheRulesLeave(t *testing.T) {
	tg := brandTagger(t)
	ex := extractWith(t, tg, "白泽灵犀落户云海。")
	var found *Judgement
	for i, j := range ex.Judgements {
		if j.Name == "白泽灵犀" {
			found = &ex.Judgements[i]
		}
	}
	if found == nil || !found.OnlyTagger || found.Kind != store.KindEnterprise || found.Tagged < 0.5 {
		t.Fatalf("the firm only the model reads: %+v (judgements %+v)", found, ex.Judgements)
	}
	if want := tg.Prob(found.Acceptor, found.Tagged, true); math.Abs(found.Prob-want) > 1e-12 || found.Kept != (want >= 0.5) {
		t.Errorf("judged at %v (kept %v), want the combination's %v", found.Prob, found.Kept, want)
	}
	for _, m := range ex.Mentions {
		if m.Rule == "tagger" && m.Name != "白泽灵犀" {
			t.Errorf("the model added %q where the rules read a name or nothing is", m.Name)
		}
	}
	// Without the model the rules read no firm here.
	ex = extractWith(t, NoTagger, "白泽灵犀落户云海。")
	for _, j := range ex.Judgements {
		if j.Name == "白泽灵犀" || j.OnlyTagger || j.Prob != j.Acceptor {
			t.Errorf("without a tagger: %+v", j)
		}
	}
}

func TestKeepAllReadsTheRulesAlone(t *testing.T) {
	// An acceptor that keeps everything weighs nothing, so a tagger
	// that would add a name takes no part: what is kept is what the rules
	// read (eval --acceptor none, and the acceptor's own fit).
	tg := &Tagger{Model: brandModel(t), Gap: 0.5, Threshold: 0.5, Weights: map[string]float64{"tagger": 3}}
	ex, err := (&Importer{Store: memory.New(), Acceptor: KeepAll, Tagger: tg}).Extract(context.Background(),
		Input{Name: "a.txt", Data: []byte("白泽灵犀落户云海。")})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ex.Mentions {
		if m.Rule == "tagger" || m.Tagged != 0 {
			t.Errorf("with KeepAll the tagger read %+v", m)
		}
	}
	for _, j := range ex.Judgements {
		if !j.Kept || j.Prob != j.Acceptor {
			t.Errorf("with KeepAll %+v was weighed by the tagger", j)
		}
	}
}

func TestTaggerLeavesRuleNamesToTheRules(t *testing.T) {
	// A model sure of a shorter name inside one the rules read adds
	// nothing: the rules' reading stands, and the model's probability of
	// it is set on the mention.
	tg := &Tagger{Model: brandModel(t), Gap: 0.01, Threshold: 0.5, Weights: map[string]float64{"acceptor": 1}}
	ex, err := (&Importer{Store: memory.New(), Tagger: tg}).Extract(context.Background(),
		Input{Name: "a.txt", Data: []byte("白泽灵犀科技有限公司落户云海。")})
	if err != nil {
		t.Fatal(err)
	}
	rule := false
	for _, m := range ex.Mentions {
		if m.Rule == "tagger" {
			t.Errorf("the model added %q over a rule's name", m.Name)
		}
		if m.Name == "白泽灵犀科技有限公司" {
			rule = true
			if m.Tagged < 0 || m.Tagged > 1 {
				t.Errorf("Tagged = %v", m.Tagged)
			}
		}
	}
	if !rule {
		t.Fatalf("the rules did not read the firm: %+v", ex.Mentions)
	}
}

func TestTaggerWriteThenRead(t *testing.T) {
	tg := &Tagger{Model: brandModel(t), Weights: map[string]float64{"bias": -1.5, "acceptor": 0.9, "tagger-only": -0.25},
		Threshold: 0.3, Gap: 0.9}
	var buf bytes.Buffer
	if err := tg.Write(&buf, 0); err != nil {
		t.Fatal(err)
	}
	back, err := ReadTagger(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Threshold != 0.3 || back.Gap != 0.9 || len(back.Weights) != 3 || back.Weights["tagger-only"] != -0.25 {
		t.Errorf("read back %+v", back)
	}
	if a, b := tg.Prob(0.4, 0.7, true), back.Prob(0.4, 0.7, true); math.Abs(a-b) > 1e-9 {
		t.Errorf("Prob %v before writing, %v after", a, b)
	}
	if got := back.Model.Tag([]rune("白泽灵犀落户云海")); len(got) != 1 || got[0].Start != 0 || got[0].End != 4 {
		t.Errorf("the model read back tags %+v", got)
	}
	for _, bad := range []string{"combine\tbias\n", "threshold\tx\n", "gap\t0.5\n", "combine\tbias\t1\nnot a model\n"} {
		if _, err := ReadTagger(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadTagger(%q) accepted a bad file", bad)
		}
	}
}

func TestFitCombinationLearnsTheSignal(t *testing.T) {
	// Entities the model backs are right, the others wrong, whatever the
	// acceptor says: the fit weighs the model up and the acceptor not.
	var ex []CombineExample
	for i := 0; i < 200; i++ {
		a := float64(i%10)/10 + 0.05
		ex = append(ex, CombineExample{Acceptor: a, Tagged: 0.9, Correct: true}, CombineExample{Acceptor: a, Tagged: 0.1})
	}
	w := FitCombination(ex, 0.01, 500)
	tg := &Tagger{Weights: w}
	if hi, lo := tg.Prob(0.5, 0.9, false), tg.Prob(0.5, 0.1, false); hi < 0.8 || lo > 0.2 {
		t.Errorf("Prob with the model's backing %v, without %v; weights %v", hi, lo, w)
	}
	if math.Abs(w["acceptor"]) > 0.5*math.Abs(w["tagger"]) {
		t.Errorf("the acceptor, which says nothing here, weighs %v against the model's %v", w["acceptor"], w["tagger"])
	}
}

func TestDefaultTaggerLoads(t *testing.T) {
	tg := DefaultTagger()
	if !tg.active() || len(tg.Weights) == 0 || tg.Threshold <= 0 || tg.Gap <= 0 {
		t.Fatalf("the shipped tagger: %d labels, weights %v, threshold %v, gap %v", len(tg.Model.Labels), tg.Weights, tg.Threshold, tg.Gap)
	}
	for _, k := range []store.Kind{store.KindEnterprise, store.KindRegion, store.KindUniversity, store.KindLab} {
		if !strings.Contains(strings.Join(tg.Model.Labels, " "), "B-"+string(k)) {
			t.Errorf("the shipped tagger has no label for %s", k)
		}
	}
}

func TestTaggerReplacesDoubtedPiecesOfALongerName(t *testing.T) {
	// The model reads 白泽灵犀 as a firm. A rule's mention inside it that
	// the model doubts (a kind it never gives) is replaced by the longer
	// name; one the lexicon knows stays beside it; one that reaches out of
	// the name leaves the rules' reading alone.
	tg := &Tagger{Model: brandModel(t), Gap: 0.99, Threshold: 0.5}
	text := []rune("白泽灵犀落户云海。")
	mention := func(start, end int, rule string) Mention {
		return Mention{Span: Span{start, end}, Surface: string(text[start:end]), Name: string(text[start:end]),
			Kind: store.KindRegion, Rule: rule, Conf: 0.6}
	}
	for _, tc := range []struct {
		name string
		rule Mention
		want []string
	}{
		{"doubted piece", mention(1, 3, "place"), []string{"tagger 白泽灵犀"}},
		{"known piece", mention(1, 3, "lexicon"), []string{"tagger 白泽灵犀", "lexicon 泽灵"}},
		{"reaching out", mention(3, 6, "place"), []string{"place 犀落户"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := tg.tagged([]Mention{tc.rule}, text, Sentences(text), nil)
			var got []string
			for _, m := range ms {
				got = append(got, m.Rule+" "+m.Name)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("mentions %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTaggerTrimsWordsBeforeARuleName(t *testing.T) {
	// The model reads a firm after 有 (白泽灵犀). A rule that read 有 into
	// the name starts where the model does, unless the lexicon read it, a
	// rule rewrote the name, or a suffix would be left a stem of two
	// characters.
	tg := &Tagger{Model: brandModelAfter(t, "有"), Gap: 0.99, Threshold: 0.5}
	text := []rune("有白泽灵犀落户云海。")
	mention := func(rule, name string) Mention {
		return Mention{Span: Span{0, 5}, Surface: string(text[0:5]), Name: name, Kind: store.KindEnterprise, Rule: rule, Conf: 0.6}
	}
	for _, tc := range []struct {
		name string
		rule Mention
		want string
	}{
		{"a rule's long name", mention("enum-firm", "有白泽灵犀"), "白泽灵犀"},
		{"the lexicon's name", mention("lexicon", "有白泽灵犀"), "有白泽灵犀"},
		{"a rewritten name", mention("enum-firm", "白泽灵犀公司"), "白泽灵犀公司"},
		{"a two-character stem", mention("suffix(灵犀)", "有白泽灵犀"), "有白泽灵犀"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := tg.tagged([]Mention{tc.rule}, text, Sentences(text), nil)
			if len(ms) != 1 || ms[0].Name != tc.want || string(text[ms[0].Start:ms[0].End]) != ms[0].Surface {
				t.Errorf("mentions %+v, want one named %s", ms, tc.want)
			}
		})
	}
	// A place that opens the name is the name's own, however sure the
	// model is of the name without it.
	placed := &Tagger{Model: brandModelAfter(t, "成都"), Gap: 0.99, Threshold: 0.5}
	city := []rune("成都白泽灵犀落户云海。")
	m := Mention{Span: Span{0, 6}, Surface: string(city[:6]), Name: string(city[:6]), Kind: store.KindEnterprise, Rule: "enum-firm", Conf: 0.6}
	if ms := placed.tagged([]Mention{m}, city, Sentences(city), nil); len(ms) != 1 || ms[0].Name != "成都白泽灵犀" {
		t.Errorf("mentions %+v, want 成都白泽灵犀 whole", ms)
	}
	// With the shipped model, on a page's sentence.
	names := shippedNames(t, "在国家层面,有国务院办公厅公布的《关于完善科技成果评价机制的指导意见》。")
	if !slices.Contains(names, "国务院办公厅") {
		t.Errorf("entities %q, want 国务院办公厅", names)
	}
}

// The places the lexicon reads inside a name the tagger reads over them
// say where the named body is, the district after the city being its
// place and the city's part, as they would inside a name the rules read.
func TestPlacesInsideATaggedName(t *testing.T) {
	text := []rune("成都市星津区推进星河行动大会举行。")
	sents := Sentences(text)
	at := func(s string) Span {
		i := strings.Index(string(text), s)
		start := utf8.RuneCountInString(string(text)[:i])
		return Span{start, start + utf8.RuneCountInString(s)}
	}
	ms := []Mention{
		{Span: at("成都市星津区推进星河行动大会"), Name: "成都市星津区推进星河行动大会", Surface: "成都市星津区推进星河行动大会", Kind: store.KindEvent, Rule: "tagger", Conf: 0.9},
		{Span: at("成都市"), Name: "成都市", Surface: "成都市", Kind: store.KindRegion, Rule: "lexicon", Conf: 0.9},
		{Span: at("星津区"), Name: "星津区", Surface: "星津区", Kind: store.KindRegion, Rule: "lexicon", Conf: 0.9},
	}
	var got []string
	for _, f := range Relations(text, sents, ms) {
		got = append(got, fmt.Sprintf("%s %s -> %s", f.Type, f.From.Name, f.To.Name))
	}
	for _, w := range []string{"LOCATED_IN 成都市星津区推进星河行动大会 -> 星津区", "PART_OF 星津区 -> 成都市"} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q; got %q", w, got)
		}
	}
	if w := "LOCATED_IN 成都市星津区推进星河行动大会 -> 成都市"; slices.Contains(got, w) {
		t.Errorf("found %q: the district after the city is the name's place", w)
	}
}

func TestTaggedNameRepeated(t *testing.T) {
	// The model reads the firm where it settles; the page names it again
	// where nothing marks it as a firm, and the body it builds there
	// needs it.
	ex := extractWith(t, brandTagger(t), "白泽灵犀落户云海。星河储能实验室由白泽灵犀投资建设。")
	var rules []string
	for _, m := range ex.Mentions {
		if m.Name == "白泽灵犀" {
			rules = append(rules, m.Rule)
		}
	}
	if !slices.Equal(rules, []string{"tagger", "tagger-repeat"}) {
		t.Errorf("the firm's mentions were read by %q, want the model's and its repeat", rules)
	}
	built := false
	for _, f := range ex.Facts {
		built = built || f.Type == store.RelCoBuiltBy && f.From.Name == "星河储能实验室" && f.To.Name == "白泽灵犀"
	}
	if !built {
		t.Errorf("no CO_BUILT_BY 星河储能实验室 -> 白泽灵犀 in %+v; mentions %+v", ex.Facts, ex.Mentions)
	}
	for _, j := range ex.Judgements {
		if j.Name == "白泽灵犀" && !j.OnlyTagger {
			t.Errorf("a name only the model reads, repeated, is still only the model's: %+v", j)
		}
	}
}

// The model's agencies named by their level alone are the page's
// province's or city's, named officially; a bare 市委 is the city's party
// committee.
func TestTaggedRelativeAgencies(t *testing.T) {
	ms := []Mention{
		{Name: "市委", Kind: store.KindGovernmentAgency, Rule: "tagger"},
		{Name: "市经信局", Kind: store.KindGovernmentAgency, Rule: "tagger"},
		{Name: "省委", Kind: store.KindGovernmentAgency, Rule: "tagger"},
	}
	relativeAgencies(ms, map[string]string{"市": "雅安市"})
	want := []string{"中共雅安市委", "雅安市经济和信息化局", "中共四川省委"}
	for i, m := range ms {
		if m.Name != want[i] {
			t.Errorf("%v read as %s; want %s", m.Aliases, m.Name, want[i])
		}
	}
}

// A preposition the model reads into a person's name of three characters
// (为雷清泉, 向于立军) is no part of it.
func TestTaggerLeavesPrepositionsOutOfNames(t *testing.T) {
	names := shippedNames(t, "现任实验室学术委员会主任为雷清泉院士,实验室主任为李言荣院士。调研过程中,王建国书记和李言荣校长向于立军一行介绍学校。")
	for _, bad := range []string{"为雷清泉", "向于立军"} {
		if slices.Contains(names, bad) {
			t.Errorf("entities %q hold %s", names, bad)
		}
	}
	if !slices.Contains(names, "雷清泉") {
		t.Errorf("entities %q, want 雷清泉", names)
	}
}

// A name of a closed form is kept whatever the models make of its words:
// a model of firms' brands reads 党的十九大 as no name, and the tagger the
// project shipped before read it so in a policy's preamble.
func TestClosedFormsAreKept(t *testing.T) {
	ex := extractWith(t, brandTagger(t), "为深入贯彻党的十九大精神,结合我市实际,制定本政策。")
	var names []string
	for _, e := range ex.Batch.Entities {
		names = append(names, e.Name)
	}
	if !slices.Contains(names, "党的十九大") {
		t.Errorf("entities %q, want 党的十九大 (judgements %+v)", names, ex.Judgements)
	}
}

// The high-tech zone's parts that the shipped model reads by their short
// names (高新西区) are the zone's parts where a sentence names both.
func TestZonePartsTheModelReads(t *testing.T) {
	ex := extractWith(t, DefaultTagger(), "据介绍,成都高新区工业无人机采取“一体两翼”的产业发展布局,高新南区为研发创新集聚区,高新西区为整机生产智造、验证中心,未来科技城为整机制造拓展发展空间和零部件生产制造基地。")
	part := false
	for _, f := range ex.Facts {
		part = part || f.Type == store.RelPartOf && f.From.Name == "高新西区" && f.To.Name == "成都高新区"
	}
	if !part {
		t.Errorf("no PART_OF 高新西区 -> 成都高新区 in %+v; mentions %+v", ex.Facts, ex.Mentions)
	}
}

// A model fitted on pages that (wrongly) name a span over a word where
// names part as one name: "…会议上…政府", where a meeting ends and what was
// said at it begins, and "X厅会同Y厅", two agencies that join to act. The
// span is no name.
func TestTaggerReadsNoNameOverAPartingWord(t *testing.T) {
	for _, c := range []struct {
		word  string
		kind  store.Kind
		pages []string
		end   int // the (wrong) name's end in each page, in characters
	}{
		{"会议上", store.KindEvent, []string{"在星河第一次会议上星海政府作报告。", "在云海第二次会议上云山政府作报告。", "在明月第三次会议上明湖政府作报告。", "在青城第四次会议上青山政府作报告。"}, 14},
		{"会同", store.KindGovernmentAgency, []string{"由星河厅会同星海厅设立平台。", "由云海厅会同云山厅设立平台。", "由明月厅会同明湖厅设立平台。", "由青城厅会同青山厅设立平台。"}, 9},
	} {
		var seqs []tagger.Sequence
		for _, s := range c.pages {
			rs := []rune(s)
			gold := []store.EntityInput{{Kind: c.kind, Name: string(rs[1:c.end])}}
			seqs = append(seqs, TaggerSequences(rs, Sentences(rs), gold)...)
		}
		tg := &Tagger{Model: tagger.Fit(seqs, tagger.Options{L2: 0.1, Iterations: 100, MinCount: 1}), Gap: 0.5, Threshold: 0.5}
		text := []rune(c.pages[0])
		for _, m := range tg.tagged(nil, text, Sentences(text), nil) {
			if strings.Contains(m.Name, c.word) {
				t.Errorf("the model's %q runs over %s", m.Name, c.word)
			}
		}
	}
}
