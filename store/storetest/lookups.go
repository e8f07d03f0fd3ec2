package storetest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"innograph/dataset"
	"innograph/store"
)

// The lookups are pinned on testdata/chain.jsonl: a 低空经济 chain located
// in 成都市 with a leader, four members (one in 深圳市), declared segments
// (one with no member), a supply cycle, supporters by SUPPORTS_CHAIN and by
// SERVES (and a fund whose SERVES does not count), and alumni of two
// universities working inside and outside the chain.

var lookupTests = []struct {
	name string
	fn   func(t *testing.T, s store.Store)
}{
	{"Chain", testChain},
	{"ChainInAnotherRegion", testChainInAnotherRegion},
	{"SupplyTiers", testSupplyTiers},
	{"FindTalents", testFindTalents},
	{"TalentPipeline", testTalentPipeline},
	{"ShortestPaths", testShortestPaths},
	{"Neighborhood", testNeighborhood},
	{"Expand", testExpand},
}

// ChainGraph is the path of the lookups' hand-made graph.
func ChainGraph() string { return filepath.Join(filepath.Dir(SmallGraph()), "chain.jsonl") }

// LoadChain loads the lookups' graph into s.
func LoadChain(t testing.TB, s store.Store) {
	t.Helper()
	raw, err := os.ReadFile(ChainGraph())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dataset.Load(context.Background(), s, bytes.NewReader(raw)); err != nil {
		t.Fatalf("load chain graph: %v", err)
	}
}

func linkedNames(ls []store.Linked) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Entity.Name
		if l.Local {
			out[i] += "*"
		}
	}
	return out
}

func relNames(s store.Store, rs []*store.Relation) []string {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.From, r.To)
	}
	es, _ := s.GetEntities(ctx, ids)
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = es[2*i].Name + " " + string(r.Type) + " " + es[2*i+1].Name
	}
	return out
}

func testChain(t *testing.T, s store.Store) {
	LoadChain(t, s)
	reps, err := s.Chains(ctx, []string{"e_missing", id("低空经济")}, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 2 || reps[0] != nil {
		t.Fatalf("reports for a missing chain and a chain: %v", reps)
	}
	rep := reps[1]
	if rep == nil || rep.Chain.Name != "低空经济" || rep.Region == nil || rep.Region.Name != "成都市" {
		t.Fatalf("report = %+v", rep)
	}
	// A * marks entities local to 成都市.
	eq(t, "leaders", linkedNames(rep.Leaders), []string{"某整机企业*"})
	eq(t, "members", linkedNames(rep.Members), []string{"某整机企业*", "电池甲", "芯片乙*", "运营丙*"})
	eq(t, "supporters", linkedNames(rep.Supporters), []string{"智能中试平台", "航空实验室", "西南交通大学"})
	for _, sup := range rep.Supporters {
		if sup.Entity.Name == "航空实验室" && sup.Relation.Type != store.RelSupportsChain {
			t.Errorf("航空实验室 supports through %s, want SUPPORTS_CHAIN preferred over SERVES", sup.Relation.Type)
		}
	}
	var supplies []string
	for _, sp := range rep.Supplies {
		local := ""
		if sp.SupplierLocal {
			local = "*"
		}
		supplies = append(supplies, sp.Supplier.Name+local+"→"+sp.Customer.Name+":"+sp.Relation.Props["product"])
	}
	eq(t, "supplies", supplies, []string{"电池甲→某整机企业:电池", "芯片乙*→某整机企业:芯片", "材料丁→电池甲:正极材料",
		"芯片乙*→电池甲:BMS芯片", "运营丙*→芯片乙:数据服务", "某整机企业*→运营丙:整机"})

	var segs []string
	for _, seg := range store.Segments(rep) {
		segs = append(segs, string(seg.Position)+":"+seg.Name+"="+join(linkedNames(seg.Members)))
	}
	eq(t, "segments", segs, []string{"UPSTREAM:电池=电池甲", "UPSTREAM:芯片=芯片乙*", "MIDSTREAM:整机=某整机企业*",
		"DOWNSTREAM:维修=", "DOWNSTREAM:运营=运营丙*"})
	var gaps []string
	for _, g := range store.Gaps(rep) {
		if g.Segment != nil {
			gaps = append(gaps, string(g.Kind)+" "+g.Segment.Name)
		} else {
			gaps = append(gaps, string(g.Kind)+" "+g.Supply.Supplier.Name+"→"+g.Supply.Customer.Name)
		}
	}
	eq(t, "gaps", gaps, []string{"NO_LOCAL_ENTERPRISE 电池", "NO_LOCAL_ENTERPRISE 维修",
		"EXTERNAL_SUPPLIER 电池甲→某整机企业", "EXTERNAL_SUPPLIER 材料丁→电池甲"})

}

func join(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += ","
		}
		out += s
	}
	return out
}

func testChainInAnotherRegion(t *testing.T, s store.Store) {
	LoadChain(t, s)
	reps, err := s.Chains(ctx, []string{id("低空经济")}, id("深圳市"))
	if err != nil {
		t.Fatal(err)
	}
	rep := reps[0]
	eq(t, "members local to 深圳市", linkedNames(rep.Members), []string{"某整机企业", "电池甲*", "芯片乙", "运营丙"})
	var gaps []string
	for _, g := range store.Gaps(rep) {
		if g.Segment != nil {
			gaps = append(gaps, g.Segment.Name)
		}
	}
	eq(t, "segments without a 深圳市 member", gaps, []string{"芯片", "整机", "维修", "运营"})
	// A region that is not an entity means no locality at all: only
	// segments without any member are gaps.
	reps, _ = s.Chains(ctx, []string{id("低空经济")}, "e_nowhere")
	rep = reps[0]
	if rep.Region != nil || len(store.Gaps(rep)) != 1 {
		t.Errorf("unknown region: region %v, gaps %d", rep.Region, len(store.Gaps(rep)))
	}
}

func tierNames(s store.Store, ts []store.SupplyTier) []string {
	var out []string
	for _, tr := range ts {
		out = append(out, join(names(tr.Entities))+" | "+join(relNames(s, tr.Relations)))
	}
	return out
}

func testSupplyTiers(t *testing.T, s store.Store) {
	LoadChain(t, s)
	up, err := s.SupplyTiers(ctx, store.SupplyQuery{EntityID: id("某整机企业"), Direction: store.SupplyUpstream, Depth: 3})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "upstream", tierNames(s, up), []string{
		"电池甲,芯片乙 | 电池甲 SUPPLIES 某整机企业,芯片乙 SUPPLIES 某整机企业",
		"材料丁,运营丙 | 材料丁 SUPPLIES 电池甲,运营丙 SUPPLIES 芯片乙",
	})
	if up[0].Depth != 1 || up[1].Depth != 2 {
		t.Errorf("depths %d, %d", up[0].Depth, up[1].Depth)
	}
	// A light walk is the same walk without props and evidence.
	light, err := s.SupplyTiers(ctx, store.SupplyQuery{EntityID: id("某整机企业"), Direction: store.SupplyUpstream, Depth: 3, Light: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tier := range up {
		for _, e := range tier.Entities {
			e.Props, e.Evidence = nil, nil
		}
		for _, r := range tier.Relations {
			r.Props, r.Evidence = nil, nil
		}
	}
	if !reflect.DeepEqual(light, up) {
		t.Errorf("light tiers differ from the full ones stripped:\n light %+v\n full  %+v", light, up)
	}
	bare, err := s.SupplyTiers(ctx, store.SupplyQuery{EntityID: id("某整机企业"), Direction: store.SupplyUpstream, Depth: 3, Light: true, NoRelations: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := range light {
		light[i].Relations = []*store.Relation{}
	}
	if !reflect.DeepEqual(bare, light) {
		t.Errorf("tiers without relations differ from the light ones without them:\n bare  %+v\n light %+v", bare, light)
	}
	// Without aliases: the same tiers, whatever aliases a backend fills in.
	names, err := s.SupplyTiers(ctx, store.SupplyQuery{EntityID: id("某整机企业"), Direction: store.SupplyUpstream, Depth: 3,
		Light: true, NoRelations: true, NoAliases: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, ts := range [][]store.SupplyTier{names, bare} {
		for _, tier := range ts {
			for _, e := range tier.Entities {
				e.Aliases = nil
			}
		}
	}
	if !reflect.DeepEqual(names, bare) {
		t.Errorf("tiers without aliases differ from the bare ones:\n no aliases %+v\n bare       %+v", names, bare)
	}
	down, _ := s.SupplyTiers(ctx, store.SupplyQuery{EntityID: id("某整机企业"), Direction: store.SupplyDownstream, Depth: 6})
	eq(t, "downstream, round the cycle", tierNames(s, down), []string{
		"运营丙 | 某整机企业 SUPPLIES 运营丙", "芯片乙 | 运营丙 SUPPLIES 芯片乙", "电池甲 | 芯片乙 SUPPLIES 电池甲",
	})
	one, _ := s.SupplyTiers(ctx, store.SupplyQuery{EntityID: id("某整机企业"), Direction: store.SupplyUpstream, Depth: 1})
	if len(one) != 1 {
		t.Errorf("depth 1 gave %d tiers", len(one))
	}
	none, err := s.SupplyTiers(ctx, store.SupplyQuery{EntityID: id("材料丁"), Direction: store.SupplyUpstream, Depth: 2})
	if err != nil || len(none) != 0 {
		t.Errorf("no suppliers: %v, %v", none, err)
	}
	for _, d := range []int{0, store.MaxSupplyDepth + 1} {
		if _, err := s.SupplyTiers(ctx, store.SupplyQuery{EntityID: id("某整机企业"), Direction: store.SupplyUpstream, Depth: d}); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("depth %d: err = %v", d, err)
		}
	}
}

func testFindTalents(t *testing.T, s store.Store) {
	LoadChain(t, s)
	cases := []struct {
		name string
		f    store.TalentFilter
		want []string
	}{
		{"all", store.TalentFilter{}, []string{"周某", "孙老师", "李博士", "王工", "赵经理", "钱工"}},
		{"alumni", store.TalentFilter{AlumniOf: id("西南交通大学")}, []string{"周某", "孙老师", "李博士", "王工"}},
		{"alumni in a discipline", store.TalentFilter{AlumniOf: id("西南交通大学"), Discipline: "工程"}, []string{"李博士"}},
		{"discipline", store.TalentFilter{Discipline: "工程"}, []string{"李博士", "赵经理"}},
		{"chain", store.TalentFilter{Chain: id("低空经济")}, []string{"周某", "李博士", "王工", "赵经理", "钱工"}},
		{"chain and role", store.TalentFilter{Chain: id("低空经济"), Role: "总"}, []string{"王工", "赵经理"}},
		{"role falls back on title", store.TalentFilter{Role: "首席"}, []string{"周某"}},
		{"employer", store.TalentFilter{Employer: id("某整机企业")}, []string{"王工"}},
		{"alumni in the chain", store.TalentFilter{AlumniOf: id("电子科技大学"), Chain: id("低空经济")}, []string{"周某", "赵经理", "钱工"}},
		{"employer and role on one relation", store.TalentFilter{Employer: id("某整机企业"), Role: "研究员"}, []string{}},
	}
	for _, c := range cases {
		p, err := s.FindTalents(ctx, c.f, store.Page{First: 50})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		eq(t, c.name, names(p.Entities), c.want)
		if p.TotalCount != len(c.want) {
			t.Errorf("%s: total %d", c.name, p.TotalCount)
		}
	}
	p, _ := s.FindTalents(ctx, store.TalentFilter{}, store.Page{First: 2, After: store.EncodeCursor(1)})
	eq(t, "second page", names(p.Entities), []string{"李博士", "王工"})
	if !p.HasNext || !p.HasPrevious || p.TotalCount != 6 {
		t.Errorf("second page info %+v total %d", p.PageInfo, p.TotalCount)
	}
}

func testTalentPipeline(t *testing.T, s store.Store) {
	LoadChain(t, s)
	got := func(uni string) []string {
		ps, err := s.TalentPipeline(ctx, store.PipelineQuery{UniversityID: id(uni), ChainID: id("低空经济")})
		if err != nil {
			t.Fatal(err)
		}
		out := []string{}
		for _, p := range ps {
			out = append(out, p.Talent.Name+"@"+p.Employer.Name+" "+p.Role()+"/"+p.Discipline())
		}
		return out
	}
	eq(t, "西南交通大学", got("西南交通大学"), []string{"周某@电池甲 首席技术官/通信", "李博士@航空实验室 研究员/电气工程", "王工@某整机企业 总工程师/飞行器设计"})
	eq(t, "电子科技大学", got("电子科技大学"), []string{"周某@电池甲 首席技术官/通信", "赵经理@芯片乙 销售总监/电子工程", "钱工@智能中试平台 工程师/材料"})
	eq(t, "nobody's alumni", got("成都市"), []string{})
	// Without evidence: the same placements, the evidence stripped.
	full, err := s.TalentPipeline(ctx, store.PipelineQuery{UniversityID: id("西南交通大学"), ChainID: id("低空经济")})
	if err != nil {
		t.Fatal(err)
	}
	bare, err := s.TalentPipeline(ctx, store.PipelineQuery{UniversityID: id("西南交通大学"), ChainID: id("低空经济"), NoEvidence: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range full {
		p.Talent.Evidence, p.Employer.Evidence, p.AlumnusOf.Evidence, p.WorksAt.Evidence = nil, nil, nil, nil
	}
	if !reflect.DeepEqual(bare, full) {
		t.Errorf("placements without evidence differ from the full ones stripped:\n bare %+v\n full %+v", bare, full)
	}
}

func testShortestPaths(t *testing.T, s store.Store) {
	LoadChain(t, s)
	all, err := s.ShortestPaths(ctx, id("电池甲"), id("运营丙"), 4, nil, 10)
	if err != nil {
		t.Fatal(err)
	}
	middles := []string{id("某整机企业"), id("芯片乙"), id("低空经济")}
	slices.Sort(middles)
	var got []string
	for _, p := range all {
		if len(p.Entities) != 3 || p.Entities[0].Name != "电池甲" || p.Entities[2].Name != "运营丙" {
			t.Fatalf("path %v", pathNames(p))
		}
		got = append(got, p.Entities[1].ID)
	}
	eq(t, "middles, smallest first", got, middles)
	two, _ := s.ShortestPaths(ctx, id("电池甲"), id("运营丙"), 4, nil, 2)
	if len(two) != 2 || two[0].Entities[1].ID != middles[0] || two[1].Entities[1].ID != middles[1] {
		t.Errorf("limit 2: %d paths", len(two))
	}
	// Two relations join 某整机企业 and 低空经济: two paths through the same
	// entities, ordered by relation id.
	ps, _ := s.ShortestPaths(ctx, id("王工"), id("低空经济"), 3, nil, 10)
	var types []string
	for _, p := range ps {
		types = append(types, string(p.Relations[1].Type))
	}
	leads, member := store.RelationID(store.RelLeadsChain, id("某整机企业"), id("低空经济")), store.RelationID(store.RelMemberOfChain, id("某整机企业"), id("低空经济"))
	want := []string{"LEADS_CHAIN", "MEMBER_OF_CHAIN"}
	if member < leads {
		want = []string{"MEMBER_OF_CHAIN", "LEADS_CHAIN"}
	}
	eq(t, "parallel relations", types, want)
	first, _ := s.ShortestPath(ctx, id("电池甲"), id("运营丙"), 4, nil)
	if first == nil || store.ComparePaths(first, all[0]) != 0 {
		t.Errorf("ShortestPath is not the first of ShortestPaths")
	}
	none, err := s.ShortestPaths(ctx, id("电池甲"), id("运营丙"), 1, nil, 10)
	if err != nil || len(none) != 0 {
		t.Errorf("too few hops: %v, %v", none, err)
	}
}

func testNeighborhood(t *testing.T, s store.Store) {
	LoadChain(t, s)
	g, err := s.Neighborhood(ctx, id("芯片乙"), 1, nil, 100)
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "entities", names(g.Entities), []string{"芯片乙", "低空经济", "天府新区", "智能中试平台", "某整机企业", "电池甲", "赵经理", "运营丙"})
	if len(g.Relations) != 13 || g.Truncated || g.Distance[id("芯片乙")] != 0 || g.Distance[id("运营丙")] != 1 {
		t.Errorf("relations %d, truncated %v, distances %v", len(g.Relations), g.Truncated, g.Distance)
	}
	g, _ = s.Neighborhood(ctx, id("芯片乙"), 1, nil, 3)
	eq(t, "truncated", names(g.Entities), []string{"芯片乙", "低空经济", "天府新区"})
	eqSet(t, "relations among the kept", relNames(s, g.Relations), []string{"芯片乙 MEMBER_OF_CHAIN 低空经济", "芯片乙 LOCATED_IN 天府新区"})
	if !g.Truncated || len(g.Distance) != 3 {
		t.Errorf("truncated %v, distances %v", g.Truncated, g.Distance)
	}
	g, _ = s.Neighborhood(ctx, id("芯片乙"), 2, []store.RelType{store.RelSupplies}, 100)
	eq(t, "supplies, two hops", names(g.Entities), []string{"芯片乙", "某整机企业", "电池甲", "运营丙", "材料丁"})
	if len(g.Relations) != 6 {
		t.Errorf("supply relations: %v", relNames(s, g.Relations))
	}
	if g, err := s.Neighborhood(ctx, "e_missing", 1, nil, 10); g != nil || err != nil {
		t.Errorf("missing center: %v, %v", g, err)
	}
	if _, err := s.Neighborhood(ctx, id("芯片乙"), store.MaxNeighborhoodHops+1, nil, 10); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("too many hops: err = %v", err)
	}
}

// eqSet compares as sets, for lists ordered by hashed ids.
func eqSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	got, want = slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))
	eq(t, what, got, want)
}
