// Package synth generates synthetic graphs of any size for benchmarks and
// load tests, in the dataset JSON Lines format. Everything it writes is
// marked synthetic (props.synthetic = "true", a document titled as such,
// names starting with 合成) so that it can never pass for curated facts.
//
// The shape follows the real ecosystem: a province of cities and
// districts; industry chains with declared segments, leaders and members by
// segment; suppliers arranged upstream → midstream → downstream with
// power-law degrees (a few enterprises supply many); universities whose
// alumni work mostly at a few large employers; labs co-built by universities
// and supporting chains; pilot platforms serving and incubating enterprises.
package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"

	"innograph/dataset"
	"innograph/store"
)

// Config sizes a graph.
type Config struct {
	Entities int
	Seed     uint64
}

// DocumentID is the id of the document every synthetic fact cites.
func DocumentID(seed uint64) string { return "synthetic-" + strconv.FormatUint(seed, 10) }

// Shares of each kind, per mille of the entities; enterprises and talents
// take the rest.
var shares = []struct {
	kind     store.Kind
	perMille int
	min      int
}{
	{store.KindRegion, 4, 6},
	{store.KindIndustryChain, 2, 3},
	{store.KindUniversity, 4, 3},
	{store.KindLab, 8, 3},
	{store.KindPilotPlatform, 4, 2},
	{store.KindResearchInstitute, 4, 2},
}

var (
	positions   = []store.Position{store.Upstream, store.Midstream, store.Downstream}
	segmentsFor = map[store.Position][]string{
		store.Upstream:   {"原材料", "核心部件", "芯片", "传感器"},
		store.Midstream:  {"整机制造", "系统集成"},
		store.Downstream: {"运营服务", "应用场景", "维修保障"},
	}
	disciplines = []string{"电子工程", "计算机科学", "机械工程", "材料科学", "生物医学", "化学工程", "航空航天", "自动化"}
	roles       = []string{"工程师", "高级工程师", "总工程师", "首席技术官", "研究员", "产品经理", "科技副总", "总经理"}
)

// Generate writes a graph of about cfg.Entities entities to w: the
// document, then every entity, then every relation, so that a loader can
// take it in chunks. The generator runs twice with the same seed, writing
// entities the first time and relations the second, rather than holding
// millions of relations in memory.
func Generate(w io.Writer, cfg Config) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	for _, phase := range []string{"entity", "relation"} {
		g := &gen{w: bw, rnd: rand.New(rand.NewPCG(cfg.Seed, 0x5eed)), doc: DocumentID(cfg.Seed), phase: phase}
		if err := g.run(cfg); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func (g *gen) run(cfg Config) error {
	g.line(dataset.Line{Type: "document", ID: g.doc, Title: fmt.Sprintf("合成图谱（%d 个实体，种子 %d）：仅用于测试，非真实数据", cfg.Entities, cfg.Seed),
		Source: "innograph gen", Publisher: "synthetic"})
	n := max(cfg.Entities, 100)
	count := map[store.Kind]int{}
	rest := n
	for _, s := range shares {
		count[s.kind] = max(s.min, n*s.perMille/1000)
		rest -= count[s.kind]
	}
	count[store.KindEnterprise] = rest * 42 / 100
	count[store.KindTalent] = rest - count[store.KindEnterprise]

	// Regions: a province, cities, and districts within the cities.
	regions := g.entities(store.KindRegion, "区域", count[store.KindRegion], nil)
	cities := regions[1:max(2, len(regions)/8)]
	districts := regions[len(cities)+1:]
	for _, c := range cities {
		g.rel(store.RelPartOf, c, regions[0], nil)
	}
	for i, d := range districts {
		g.rel(store.RelPartOf, d, cities[i%len(cities)], nil)
	}
	place := func() string { return districts[g.rnd.IntN(len(districts))] }

	chains := g.entities(store.KindIndustryChain, "产业链", count[store.KindIndustryChain], func(int) map[string]string {
		return map[string]string{"segments": declaredSegments()}
	})
	for _, c := range chains {
		g.rel(store.RelLocatedIn, c, cities[g.rnd.IntN(len(cities))], nil)
	}
	unis := g.entities(store.KindUniversity, "大学", count[store.KindUniversity], nil)
	for _, u := range unis {
		g.rel(store.RelLocatedIn, u, place(), nil)
	}

	// Enterprises: each in a district; most in one chain, at a segment.
	ents := g.entities(store.KindEnterprise, "企业", count[store.KindEnterprise], nil)
	pos := make([]store.Position, len(ents))
	chainOf := make([]int, len(ents))
	for i, e := range ents {
		g.rel(store.RelLocatedIn, e, place(), nil)
		chainOf[i] = -1
		if i < len(chains) || g.rnd.IntN(10) < 8 {
			c := g.zipf(len(chains))
			p := positions[g.rnd.IntN(3)]
			if i < len(chains) {
				// Enterprise c leads chain c and is its biggest downstream
				// integrator: first in line for suppliers.
				c, p = i, store.Downstream
			}
			seg := segmentsFor[p][g.rnd.IntN(len(segmentsFor[p]))]
			chainOf[i], pos[i] = c, p
			g.rel(store.RelMemberOfChain, e, chains[c], map[string]string{"segment": seg, "position": string(p)})
		}
	}
	for c, chain := range chains {
		g.rel(store.RelLeadsChain, ents[c], chain, nil)
		for l := 1; l < 1+g.rnd.IntN(3); l++ {
			g.rel(store.RelLeadsChain, ents[(c*7919+l*104729)%len(ents)], chain, nil)
		}
	}
	// Supplies: upstream members supply midstream ones, midstream supply
	// downstream; customers are picked with a power law, so a few large
	// integrators have many suppliers.
	byChainPos := map[[2]int][]int{}
	for i := range ents {
		if chainOf[i] >= 0 {
			k := [2]int{chainOf[i], posIndex(pos[i])}
			byChainPos[k] = append(byChainPos[k], i)
		}
	}
	for i, e := range ents {
		if chainOf[i] < 0 || pos[i] == store.Downstream {
			continue
		}
		customers := byChainPos[[2]int{chainOf[i], posIndex(pos[i]) + 1}]
		if len(customers) == 0 {
			continue
		}
		for k := 0; k < 1+g.rnd.IntN(3); k++ {
			c := customers[g.zipf(len(customers))]
			g.rel(store.RelSupplies, e, ents[c], map[string]string{"product": segmentsFor[pos[i]][g.rnd.IntN(len(segmentsFor[pos[i]]))]})
		}
	}

	labs := g.entities(store.KindLab, "实验室", count[store.KindLab], nil)
	for _, l := range labs {
		g.rel(store.RelCoBuiltBy, l, unis[g.zipf(len(unis))], nil)
		g.rel(store.RelSupportsChain, l, chains[g.rnd.IntN(len(chains))], nil)
		g.rel(store.RelLocatedIn, l, place(), nil)
	}
	platforms := g.entities(store.KindPilotPlatform, "中试平台", count[store.KindPilotPlatform], nil)
	for _, p := range platforms {
		g.rel(store.RelSupportsChain, p, chains[g.rnd.IntN(len(chains))], nil)
		for k := 0; k < 3+g.rnd.IntN(10); k++ {
			g.rel(store.RelServes, p, ents[g.rnd.IntN(len(ents))], nil)
		}
		g.rel(store.RelIncubated, p, ents[g.rnd.IntN(len(ents))], nil)
	}
	insts := g.entities(store.KindResearchInstitute, "研究院", count[store.KindResearchInstitute], nil)
	for _, in := range insts {
		g.rel(store.RelSupportsChain, in, chains[g.rnd.IntN(len(chains))], nil)
		g.rel(store.RelLocatedIn, in, place(), nil)
	}

	// Talents: alumni of one or two universities, working mostly at a few
	// large employers, some at labs.
	talents := g.entities(store.KindTalent, "人才", count[store.KindTalent], nil)
	for _, t := range talents {
		for k := 0; k < 1+g.rnd.IntN(2); k++ {
			g.rel(store.RelAlumnusOf, t, unis[g.zipf(len(unis))], map[string]string{
				"discipline": disciplines[g.rnd.IntN(len(disciplines))], "year": strconv.Itoa(1990 + g.rnd.IntN(35))})
		}
		employer := ents[g.zipf(len(ents))]
		if g.rnd.IntN(10) == 0 {
			employer = labs[g.rnd.IntN(len(labs))]
		}
		g.rel(store.RelWorksAt, t, employer, map[string]string{"role": roles[g.rnd.IntN(len(roles))]})
	}
	return g.err
}

func posIndex(p store.Position) int {
	for i, q := range positions {
		if p == q {
			return i
		}
	}
	return -1
}

func declaredSegments() string {
	out := ""
	for _, p := range positions {
		for _, s := range segmentsFor[p] {
			if out != "" {
				out += ";"
			}
			out += string(p) + ":" + s
		}
	}
	return out
}

type gen struct {
	w     *bufio.Writer
	rnd   *rand.Rand
	doc   string
	phase string // the line type this run writes; documents go with entities
	err   error
	ids   map[string]bool
}

func (g *gen) line(l dataset.Line) {
	if g.err != nil || (l.Type != g.phase && !(l.Type == "document" && g.phase == "entity")) {
		return
	}
	b, err := json.Marshal(l)
	if err == nil {
		b = append(b, '\n')
		_, err = g.w.Write(b)
	}
	g.err = err
}

func (g *gen) evidence() []store.Evidence {
	return []store.Evidence{{Doc: g.doc, Text: "合成数据，非真实事实。", Start: 0, End: 11}}
}

// entities writes n entities of a kind and returns their names.
func (g *gen) entities(kind store.Kind, noun string, n int, props func(int) map[string]string) []string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("合成%s%07d", noun, i)
		p := map[string]string{"synthetic": "true"}
		if props != nil {
			for k, v := range props(i) {
				p[k] = v
			}
		}
		g.line(dataset.Line{Type: "entity", Kind: kind, Name: names[i], Aliases: []string{}, Props: p, Evidence: g.evidence()})
	}
	return names
}

// rel writes a relation once: the same (type, from, to) drawn twice is
// skipped, as a store would merge it anyway.
func (g *gen) rel(t store.RelType, from, to string, props map[string]string) {
	if from == to {
		return
	}
	if g.ids == nil {
		g.ids = map[string]bool{}
	}
	k := string(t) + "\x00" + from + "\x00" + to
	if g.ids[k] {
		return
	}
	g.ids[k] = true
	if props == nil {
		props = map[string]string{}
	}
	g.line(dataset.Line{Type: "relation", Rel: t, From: from, To: to, Props: props, Evidence: g.evidence()})
}

// zipf picks an index in [0, n) with a power law: index 0 most often.
func (g *gen) zipf(n int) int {
	if n <= 1 {
		return 0
	}
	// u³ piles the picks near 0: P(index < k) = (k/n)^⅓, so the first
	// percent of indexes gets a fifth of the picks. Cheap, and heavy-tailed
	// enough for degrees.
	u := g.rnd.Float64()
	x := int(float64(n) * u * u * u)
	return min(x, n-1)
}
