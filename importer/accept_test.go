package importer_test

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"innograph/importer"
	"innograph/internal/backendtest"
	"innograph/store"
	"innograph/store/memory"
)

func TestAcceptorFileRoundTrip(t *testing.T) {
	a := &importer.Acceptor{Weights: map[string]float64{"k=PLATFORM": -1.5, "bias": 0.25, "l1=_": 0.5}, Threshold: 0.3}
	var buf bytes.Buffer
	if err := a.Write(&buf); err != nil {
		t.Fatal(err)
	}
	b, err := importer.ReadAcceptor(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if b.Threshold != a.Threshold || len(b.Weights) != len(a.Weights) {
		t.Fatalf("read %+v, wrote %+v", b, a)
	}
	for k, w := range a.Weights {
		if b.Weights[k] != w {
			t.Errorf("%s: read %g, wrote %g", k, b.Weights[k], w)
		}
	}
	for _, bad := range []string{"threshold\t0.3\nk=LAB\n", "k=LAB\tmuch\n"} {
		if _, err := importer.ReadAcceptor(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line 2") && !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%q: err %v, want the line named", bad, err)
		}
	}
}

// A fit learns which features go with entities the gold has, and two fits
// of the same examples write the same file.
func TestFitAcceptor(t *testing.T) {
	var ex []importer.Example
	for i := 0; i < 30; i++ {
		ex = append(ex,
			importer.Example{Features: []string{"bias", "k=LAB", "rule=suffix"}, Correct: true},
			importer.Example{Features: []string{"bias", "k=PLATFORM", "rule=suffix"}, Correct: i%10 == 0},
			importer.Example{Features: []string{"bias", "k=PLATFORM", "rule=lexicon"}, Correct: true})
	}
	a := importer.FitAcceptor(ex, 1, 300, 0.5)
	for _, c := range []struct {
		fs   []string
		keep bool
	}{
		{[]string{"bias", "k=LAB", "rule=suffix"}, true},
		{[]string{"bias", "k=PLATFORM", "rule=suffix"}, false},
		{[]string{"bias", "k=PLATFORM", "rule=lexicon"}, true},
	} {
		if p := a.Prob(c.fs); (p >= a.Threshold) != c.keep {
			t.Errorf("%v: p %.2f, want kept %v", c.fs, p, c.keep)
		}
	}
	var one, two bytes.Buffer
	a.Write(&one)
	importer.FitAcceptor(ex, 1, 300, 0.5).Write(&two)
	if one.String() != two.String() {
		t.Error("two fits of the same examples differ")
	}
}

const acceptorText = `星河大学与星辰科技有限公司共建星光智能计算平台。星光智能计算平台位于成都高新区。`

// rejectPlatforms is an acceptor that keeps everything but platforms.
var rejectPlatforms = &importer.Acceptor{Weights: map[string]float64{"k=PLATFORM": -20, "bias": 5}, Threshold: 0.5}

func extract(t *testing.T, s store.Store, acc *importer.Acceptor) *importer.Extraction {
	t.Helper()
	ex, err := (&importer.Importer{Store: s, Acceptor: acc}).Extract(context.Background(), importer.Input{Name: "a.txt", Data: []byte(acceptorText)})
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func entityNamed(b store.Batch, name string) bool {
	for _, e := range b.Entities {
		if e.Name == name {
			return true
		}
	}
	return false
}

// An entity the acceptor does not keep leaves the batch with its
// relations, and the report counts it.
func TestAcceptorRejects(t *testing.T) {
	const platform = "星光智能计算平台"
	all := extract(t, memory.New(), importer.KeepAll)
	if !entityNamed(all.Batch, platform) || len(all.Batch.Relations) < 2 {
		t.Fatalf("without an acceptor: %+v", all.Batch)
	}
	ex := extract(t, memory.New(), rejectPlatforms)
	if entityNamed(ex.Batch, platform) {
		t.Errorf("%s kept", platform)
	}
	if !entityNamed(ex.Batch, "星河大学") {
		t.Error("the university went too")
	}
	id := store.EntityID(platform)
	for _, r := range ex.Batch.Relations {
		if r.From == id || r.To == id {
			t.Errorf("relation %s of a removed entity kept", r.Type)
		}
	}
	if ex.Report.Rejected != 1 || len(ex.Report.Rejects) != 1 || ex.Report.Rejects[0].Name != platform ||
		ex.Report.Rejects[0].Kind != store.KindPlatform || ex.Report.Rejects[0].Prob >= 0.5 {
		t.Errorf("report says %d rejected: %+v", ex.Report.Rejected, ex.Report.Rejects)
	}
	var judged bool
	for _, j := range ex.Judgements {
		if j.Name == platform {
			judged = true
			if j.Kept || j.Entity != -1 || j.Prob >= 0.5 {
				t.Errorf("judgement %+v", j)
			}
		} else if !j.Kept || ex.Batch.Entities[j.Entity].Name != j.Name {
			t.Errorf("judgement %+v does not point at its entity", j)
		}
	}
	if !judged {
		t.Error("no judgement of the platform")
	}
}

// An entity the graph already has is never judged: curated facts stand.
func TestAcceptorKeepsTheGraphsEntities(t *testing.T) {
	ctx := context.Background()
	for name, open := range backendtest.Backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			if _, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{{Kind: store.KindPlatform, Name: "星光智能计算平台"}}}); err != nil {
				t.Fatal(err)
			}
			ex := extract(t, s, rejectPlatforms)
			if !entityNamed(ex.Batch, "星光智能计算平台") || ex.Report.Linked == 0 {
				t.Errorf("the graph's platform was dropped: %+v", ex.Batch.Entities)
			}
		})
	}
}

// The acceptor that ships reads, keeps what the lexicon knows and a firm
// named in full, and leaves out what only describes a base.
func TestDefaultAcceptor(t *testing.T) {
	def := importer.DefaultAcceptor()
	if len(def.Weights) < 100 || def.Threshold <= 0 {
		t.Fatalf("default acceptor: %d weights, threshold %g", len(def.Weights), def.Threshold)
	}
	ex, err := (&importer.Importer{Store: memory.New()}).Extract(context.Background(), importer.Input{Name: "b.txt", Data: []byte("四川大学与电子科技大学在成都市签署合作协议。")})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"四川大学", "电子科技大学", "成都市"} {
		if !entityNamed(ex.Batch, n) {
			t.Errorf("%s not kept", n)
		}
	}
	ex, err = (&importer.Importer{Store: memory.New()}).Extract(context.Background(), importer.Input{Name: "c.txt", Data: []byte("成都星辉科技有限公司打造西部地区重工业基地,建设高级人才培养基地。")})
	if err != nil {
		t.Fatal(err)
	}
	if !entityNamed(ex.Batch, "成都星辉科技有限公司") || entityNamed(ex.Batch, "高级人才培养基地") || ex.Report.Rejected == 0 {
		t.Errorf("kept %+v, %d rejected", ex.Batch.Entities, ex.Report.Rejected)
	}
}

// An industry the page writes with 产业 keeps that form as an alias, so a
// lookup of either form finds it; a form the page never writes is none.
func TestIndustryKeepsItsWrittenForm(t *testing.T) {
	const text = `星海市将大力发展钒钛产业,推动钒钛、白酒等产业建圈强链。`
	ex, err := (&importer.Importer{Store: memory.New(), Acceptor: importer.KeepAll}).Extract(context.Background(), importer.Input{Name: "a.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, e := range ex.Batch.Entities {
		if e.Kind == store.KindIndustryChain {
			got[e.Name] = e.Aliases
		}
	}
	if !slices.Contains(got["钒钛"], "钒钛产业") {
		t.Errorf("钒钛 has aliases %v, want 钒钛产业 among them (industries %v)", got["钒钛"], got)
	}
	if a, ok := got["白酒"]; !ok || slices.Contains(a, "白酒产业") {
		t.Errorf("白酒: %v, %v; want it read, without a form the page does not write", a, ok)
	}
}

// A zone named after its new area and later without it is one body, not
// two; a new area named after another stays apart from it.
func TestZoneNamedWithoutItsArea(t *testing.T) {
	text := "以成都东部新区未来医学城为核心载体的星河实验室正在推进。据了解,星河实验室位于三岔湖东南岸未来医学城,占地约225亩。《重庆高新区成都高新区合作协议》签署,成都高新区发布政策。"
	ex, err := (&importer.Importer{Store: memory.New()}).Extract(context.Background(), importer.Input{Name: "a.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	var zones []string
	for _, e := range ex.Batch.Entities {
		if strings.HasSuffix(e.Name, "未来医学城") {
			zones = append(zones, e.Name)
		}
	}
	if len(zones) != 1 {
		t.Errorf("the zone is %d bodies %v, want one", len(zones), zones)
	}
	if !entityNamed(ex.Batch, "成都高新区") {
		t.Errorf("成都高新区 was folded into another name")
	}
}
