package importer

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

// Fact is a relation found in a sentence between two mentions' bodies.
type Fact struct {
	Type     store.RelType
	From, To *Mention
	Props    map[string]string
	Sentence int
	Rule     string
	Conf     float64
}

var (
	builderKinds = kinds(store.KindUniversity, store.KindResearchInstitute, store.KindEnterprise, store.KindRegion,
		store.KindGovernmentAgency, store.KindLab)
	builtKinds = kinds(store.KindLab, store.KindPilotPlatform, store.KindPlatform, store.KindResearchInstitute,
		store.KindUniversity, store.KindRegion, store.KindEnterprise)
	platformKinds = kinds(store.KindPlatform, store.KindPilotPlatform, store.KindLab, store.KindResearchInstitute,
		store.KindUniversity, store.KindFund, store.KindEnterprise, store.KindRegion)
	bodyKinds = kinds(store.KindLab, store.KindPilotPlatform, store.KindPlatform, store.KindUniversity,
		store.KindResearchInstitute, store.KindEnterprise, store.KindGovernmentAgency, store.KindFund, store.KindRegion)
	focusKinds = kinds(store.KindRegion, store.KindLab, store.KindPlatform, store.KindPilotPlatform,
		store.KindResearchInstitute, store.KindUniversity, store.KindFund)
)

func kinds(ks ...store.Kind) map[store.Kind]bool {
	m := map[store.Kind]bool{}
	for _, k := range ks {
		m[k] = true
	}
	return m
}

var (
	reCoBuild       = regexp.MustCompile(`(联手发起成立|联手成立|联手打造|联手共建|携手打造|携手建设|共同组建|联合组建|合作组建|共同建设|联合建设|合作建设|合作共建|联合共建|携手共建|共同打造|联合打造|共同成立|联合成立|合资成立|共同设立|联合设立|共建|组建)`)
	reBuild         = regexp.MustCompile(`(建设|组建|设立|布局|成立|建立|打造|创建|落地|筹建|新建|开展|实施|举办|举行)`)
	reHeld          = regexp.MustCompile(`^(将|已|还|也|每年|定期|持续|将持续|连续|成功)?(举行|举办|召开|承办|开展|实施)(了)?$`)
	reIntegrate     = regexp.MustCompile(`^(集成|包含|包括|涵盖|纳入|整合)(了)?$`)
	reHosted        = regexp.MustCompile(`^(建设|组建|设立|打造|成立|创建|筹建)(的)?$`)
	reOpenedAt      = regexp.MustCompile(`^(已|已经|将|正式|近日|日前)?在$`)
	reOpenedTail    = regexp.MustCompile(`^(正式|成功|隆重|顺利)?(揭牌|挂牌|成立|投运|投入运营|投入使用|开园|启用|落成|亮相|开业|揭幕)`)
	reSettle        = regexp.MustCompile(`^(正式|已|已经|将|成功|于\d+年\d*月?)?(落户|入驻|扎根|落地|迁入|搬进|搬入|签约落户|签约入驻)(于|在|到)?$`)
	reLocated       = regexp.MustCompile(`^(总部|核心区|本部)?(位于|坐落于|地处|设在|选址|坐落在)$`)
	reServeVia      = regexp.MustCompile(`^(已|已经|将|主要|重点|累计|先后)?(为|向)$`)
	reServeTail     = regexp.MustCompile(`^(等)?(\d+[家个])?(企业|单位|团队|项目)?(提供|开展|完成)`)
	reServes        = regexp.MustCompile(`^(已|已经|将|主要|重点|累计|先后)?(服务|服务于|面向|赋能)(了)?$`)
	reIncubate      = regexp.MustCompile(`^(已|已经|先后|累计|成功)?(孵化|孵化出|孵化了|培育出|培育了)$`)
	reIncubBy       = regexp.MustCompile(`^(由|是|系|为)$`)
	reIncubTail     = regexp.MustCompile(`^(孵化|培育)`)
	reIncubFrom     = regexp.MustCompile(`^(孵化自|孵化于|脱胎于|源自|起步于)$`)
	reLeads         = regexp.MustCompile(`^(是|为|作为|成为|系|担任)?(.{0,10}?)(产业链|产业)?(的)?链主(企业)?`)
	reMember        = regexp.MustCompile(`^(是|为|作为|成为|系|属于)(.{0,10}?)(产业链|产业)?(上游|中游|下游)?(的)?(链属企业|配套企业|成员企业)`)
	reSupplyVia     = regexp.MustCompile(`^(已|已经|还|并|主要|长期|先后|目前|同时|将|累计)?(为|向)$`)
	reSupplyTo      = regexp.MustCompile(`^(?:等(?:\d+[家个])?(?:\p{Han}{0,4}?)(?:企业|客户|厂商|单位))?(?:批量|长期|稳定)?(提供|供应|配套|批量供应|供货)(\p{Han}{2,12})`)
	reSupplier      = regexp.MustCompile(`^(是|为|成为|系)$`)
	reSupTail       = regexp.MustCompile(`^(等[^,。;的]{0,10})?(的)?(一级|二级|核心|主要|重要)?(供应商|配套商|供货商|上游)`)
	reSupChain      = regexp.MustCompile(`^(已|已经|成功|先后)?(进入|打入)$`)
	reHeldTail      = regexp.MustCompile(`^(隆重|正式|成功)?(举行|举办|召开|开幕|启幕|落幕)`)
	reSupChainT     = regexp.MustCompile(`^(的)?供应链`)
	reAlumnus       = regexp.MustCompile(`^(本科|硕士|博士|研究生)?(毕业于|就读于|求学于)$`)
	reAlumTail      = regexp.MustCompile(`^(\d{2,4}(级|届))?(的)?(校友|毕业生|毕业)`)
	reAlumIs        = regexp.MustCompile(`^(同样|也|同为|亦|均)?(是|系|为)$`)
	reWorksVia      = regexp.MustCompile(`^(现任|任|担任|出任|就职于|任职于|供职于|受聘于)$`)
	reSigned        = regexp.MustCompile(`^(在[^,。;与和]{1,12})?(共同|双方|正式|成功|现场|当天|顺利|再次|还|集中)*(签约|签署|签订|举行[^,。;]{0,8}签约|达成|缔结)`)
	rePartner       = regexp.MustCompile(`^(开展|深化|建立|达成|签署)?(战略|全面|深度)?合作`)
	reFocus         = regexp.MustCompile(`^(将|还|也)?((重点|主要|着力|将|全力|持续)?(围绕|聚焦|发展|突破发展|夯实|面向|瞄准|布局|深耕|专注于?|主攻|服务于?|支撑|投向|关注|投资于)|(重点|主要)投资|以[^,。;]{1,12}?(赋能|支撑|助力))`)
	reFocusPre      = regexp.MustCompile(`(围绕|聚焦|瞄准|面向)`)
	reWhere         = regexp.MustCompile(`(位于|地处|坐落于|落户|落户于|落户在|入驻|落地|搬进|迁入)$`)
	reWith          = regexp.MustCompile(`^(在[^,。;与和]{1,10}上)?(还|也|已|已经|正式|将|再次|又|并|今天|日前|近日|当天|成功|先后)?(先后|分别|陆续|相继)?(与|和|同)$`)
	reChainBase     = regexp.MustCompile(`^(产业链|产业)?(主要|重点)?以$`)
	reChainBaseTail = regexp.MustCompile(`^为(主承载地|承载地|核心|核心区|主阵地|主要载体|重要载体|载体|依托)`)
	reChainSited    = regexp.MustCompile(`^(产业链|产业)?(主要|重点)?(依托|布局在|布局于|集聚在|集聚于|落位在|落位于)$`)
	reHeldAt        = regexp.MustCompile(`^(将|拟|计划|将于[^,。]{1,6}|于[^,。在]{1,8})?在$`)
	reDeclaredTail  = regexp.MustCompile(`^\((以下简称|以下称|下称|简称)[^()]{1,16}\)`)
	reListEtc       = regexp.MustCompile(`^(等` + listQualifier + `(\d+|[一二三四五六七八九十两几多]+)?余?[家个所]?|(\d+|[一二三四五六七八九十两几多]+)余?[家个所])` + listQualifier + `(单位|机构|高校|企业|院所|地区|区县|区(市)?县|基金管理人)?(\(GP\))?`)
	reLeadsText     = regexp.MustCompile(`^(是|为|作为|成为|系)([^,。;、“]{2,14}?)(产业链|产业)?的?“?链主`)
	// A clause may open with when or how long ("去年以来", "三年来",
	// "投运半年") before its verb.
	reClauseServe = regexp.MustCompile(`^` + clauseTime + `(已|已经|将|还|并|先后|累计)?(为|向)`)
	// "…,已服务成都天擎汽车有限公司等8家企业": served without 为…提供.
	reClauseServed = regexp.MustCompile(`^` + clauseTime + `(已|已经|累计|先后|还|并)(服务|服务了)`)
	reClauseInc    = regexp.MustCompile(`^` + clauseTime + `(已|已经|先后|累计|成功)?(孵化出|孵化了|孵化|培育出)`)
	reChainLeader  = regexp.MustCompile(`^(产业链|产业)?链主(企业)?$`)
	reParkName     = regexp.MustCompile(`(园|园区)$`)
	reNameLead     = regexp.MustCompile(`^((19|20)\d{2}年?|中国\(|中共)$`)
	rePartName     = regexp.MustCompile(`(大学科技园|科技园|校友会|校友总会|分院|分所|分中心|园区|分公司|子公司|分校|校区|研究生院|学院|研究院|研究所|基地|中心|实验室|办公厅|办公室)$`)
)

// reLeadersOf: "以A、B等链主企业为主的X产业集群" — the firms listed lead
// the chain named after.
var reLeadersOf = regexp.MustCompile(`以([^,。;]{2,60}?)等?(\d+家|多家)?链主企业为(主|核心|龙头|引领)的`)

func (v *sentenceView) leadersOf() {
	str := string(v.r.text[v.s.Start:v.s.End])
	for _, loc := range reLeadersOf.FindAllStringSubmatchIndex(str, -1) {
		ls := v.s.Start + utf8.RuneCountInString(str[:loc[2]])
		le := v.s.Start + utf8.RuneCountInString(str[:loc[3]])
		after := v.s.Start + utf8.RuneCountInString(str[:loc[1]])
		var chain *Mention
		for _, m := range v.outer() {
			if m.Start >= after && m.Start <= after+8 && m.Kind == store.KindIndustryChain {
				chain = m
				break
			}
		}
		if chain == nil {
			continue
		}
		for _, m := range v.outer() {
			if m.Start >= ls && m.End <= le && (m.Kind == store.KindEnterprise || m.Kind == store.KindResearchInstitute) {
				v.add(store.RelLeadsChain, m, chain, "leads-chain", 0.7, nil)
			}
		}
	}
}

// homeGathers: "全区已集聚A等整车企业和B等关键零部件企业", "A、B等多家区内链主
// 企业" — firms the page's own district gathers lie in it.
func (v *sentenceView) homeGathers() {
	str := string(v.r.text[v.s.Start:v.s.End])
	for _, loc := range reHomeGather.FindAllStringSubmatchIndex(str, -1) {
		word := str[loc[2]:loc[3]]
		level := string([]rune(word)[1:2])
		home := v.homes[level]
		if home == "" {
			continue
		}
		at := v.s.Start + utf8.RuneCountInString(str[:loc[2]])
		place := &Mention{Span: Span{at, at + 2}, Sentence: v.si, Surface: word, Name: home, Kind: store.KindRegion, Rule: "home-place", Conf: 0.6}
		end := v.clauseEnd(at)
		for _, m := range v.outer() {
			if m.Start > at && m.End <= end && (m.Kind == store.KindEnterprise || builtKinds[m.Kind] && m.Kind != store.KindRegion) {
				v.add(store.RelLocatedIn, m, place, "home-gathers", 0.6, nil)
			}
		}
	}
	// The list before "等…区内…企业".
	for _, loc := range reHomeList.FindAllStringIndex(str, -1) {
		at := v.s.Start + utf8.RuneCountInString(str[:loc[0]])
		home := v.homes["区"]
		if home == "" {
			continue
		}
		place := &Mention{Span: Span{at, at + 2}, Sentence: v.si, Surface: "区内", Name: home, Kind: store.KindRegion, Rule: "home-place", Conf: 0.6}
		cs := v.clauseStart(at)
		for _, m := range v.outer() {
			if m.Start >= cs && m.End <= at && m.Kind == store.KindEnterprise {
				v.add(store.RelLocatedIn, m, place, "home-gathers", 0.6, nil)
			}
		}
	}
}

var (
	reHomeGather = regexp.MustCompile(`(全区|该区|本区|我区|全县|该县|本县|全市|该市|本市|我市)(已|已经|目前|先后|累计|共)?(集聚|聚集|引进|招引|拥有|汇聚|吸引|培育)`)
	reHomeList   = regexp.MustCompile(`等[^,。;]{0,6}区内[^,。;]{0,8}(企业|公司)`)
)

type sentenceView struct {
	homes map[string]string
	funds []*Mention // the document's funds, in text order
	// governments maps a place to the mention of its 人民政府 on the page.
	governments map[string]*Mention
	r           *recognizer
	si          int
	s           Span
	ms          []*Mention // in text order
	facts       *[]Fact
}

// gap is the text between two positions.
func (v *sentenceView) gap(a, b int) string {
	if b < a {
		return ""
	}
	return string(v.r.text[a:b])
}

// clauseEnd returns where the clause holding position i ends.
func (v *sentenceView) clauseEnd(i int) int {
	for j := i; j < v.s.End; j++ {
		if strings.ContainsRune(",;:。!?", v.r.text[j]) {
			return j
		}
	}
	return v.s.End
}

func (v *sentenceView) clauseStart(i int) int {
	for j := i; j > v.s.Start; j-- {
		if strings.ContainsRune(",;:。!?", v.r.text[j-1]) {
			return j
		}
	}
	return v.s.Start
}

func (v *sentenceView) add(t store.RelType, from, to *Mention, rule string, conf float64, props map[string]string) {
	if from == nil || to == nil || key(from.Name) == key(to.Name) {
		return
	}
	// "双流区副区长X": a place's head works at its government when the page
	// names that government (成都市双流区人民政府). Otherwise, and for other
	// posts in a place ("成都市专家X"), the place employs nobody.
	if t == store.RelWorksAt && to.Kind == store.KindRegion {
		gov := v.governments[to.Name]
		if !governmentHeads[props["role"]] || gov == nil {
			return
		}
		to = gov
	}
	*v.facts = append(*v.facts, Fact{Type: t, From: from, To: to, Props: props, Sentence: v.si, Rule: rule, Conf: conf})
}

// governmentHeads are the posts that head a place's government.
var governmentHeads = wordSet(`区长 副区长 代理区长 市长 副市长 代理市长 县长 副县长 代理县长 省长 副省长`)

// Relations finds the relations each sentence states between the bodies
// it names. Each rule is a pattern over the words between two mentions.
func Relations(text []rune, sents []Span, ms []Mention) []Fact {
	r := &recognizer{text: text, sents: sents}
	bySent := map[int][]*Mention{}
	for i := range ms {
		bySent[ms[i].Sentence] = append(bySent[ms[i].Sentence], &ms[i])
	}
	var facts []Fact
	homes := homePlaces(ms)
	var funds []*Mention
	for i := range ms {
		if ms[i].Kind == store.KindFund {
			funds = append(funds, &ms[i])
		}
	}
	sort.SliceStable(funds, func(i, j int) bool { return funds[i].Start < funds[j].Start })
	governments := map[string]*Mention{}
	for i := range ms {
		if g := &ms[i]; g.Kind == store.KindGovernmentAgency && strings.HasSuffix(g.Name, "人民政府") {
			for j := range ms {
				if p := &ms[j]; p.Kind == store.KindRegion && strings.HasSuffix(g.Name, p.Name+"人民政府") && governments[p.Name] == nil {
					governments[p.Name] = g
				}
			}
		}
	}
	for si, s := range sents {
		list := bySent[si]
		sort.SliceStable(list, func(i, j int) bool { return list[i].Start < list[j].Start })
		v := &sentenceView{r: r, si: si, s: s, ms: list, facts: &facts, homes: homes, funds: funds, governments: governments}
		v.nameStructure()
		v.localCompany()
		v.contextual()
		v.signedTogether()
		v.coBuild()
		v.pairs()
		v.agreementTitle()
		v.listedAlumni()
		v.implicitSubject()
		v.roles()
		v.partnerClause()
		v.bracketPlace()
		v.clauseSubject()
		v.clauseSupplies()
		v.leadsByText()
		v.labelledChain()
		v.memberOf()
		v.tenantsOf()
		v.zoneCore()
		v.collective()
		v.composedOf()
		v.suppliedBy()
		v.chainSites()
		v.builtAttributive()
		v.bracketRole()
		v.namedParts()
		v.listedMembers()
		v.focus()
		v.regionBuilds()
		v.homeGathers()
		v.placeOpened()
		v.fundFocus()
		v.leadersOf()
		v.fields()
	}
	headingLists(r, bySent, &facts)
	tableRows(r, bySent, &facts)
	facts = placeFocus(r, bySent, facts)
	return facts
}

// tableRows reads a table of projects laid out as lines whose columns are
// apart by wide spaces, under a header that names the columns ("序号 项目
// 名称 建设单位 建设地点"): each row's builders build its project, which
// lies in the row's place.
func tableRows(r *recognizer, bySent map[int][]*Mention, facts *[]Fact) {
	builderCol, placeCol, projectCol := -1, -1, -1
	for si, s := range r.sents {
		line := string(r.text[s.Start:s.End])
		cols := strings.Fields(line)
		if len(cols) >= 3 && reTableHead.MatchString(line) {
			builderCol, placeCol, projectCol = -1, -1, -1
			for i, c := range cols {
				switch {
				case reBuilderColumn.MatchString(c):
					builderCol = i
				case rePlaceColumn.MatchString(c):
					placeCol = i
				case reProjectColumn.MatchString(c):
					projectCol = i
				}
			}
			continue
		}
		if projectCol < 0 || len(cols) < 2 {
			continue
		}
		if !strings.Contains(line, " ") || strings.ContainsAny(line, "。;") {
			projectCol = -1 // the table has ended
			continue
		}
		// The column each mention falls in, by the spaces before it.
		col := func(m *Mention) int { return strings.Count(string(r.text[s.Start:m.Start]), " ") }
		var project *Mention
		var builders, places []*Mention
		for _, m := range bySent[si] {
			if m.Rule == "nested" || m.Rule == "nested-bracket" {
				continue
			}
			switch col(m) {
			case projectCol:
				if project == nil && builtKinds[m.Kind] {
					project = m
				}
			case builderCol:
				if builderKinds[m.Kind] || m.Kind == store.KindLab || m.Kind == store.KindPlatform {
					builders = append(builders, m)
				}
			case placeCol:
				if m.Kind == store.KindRegion {
					places = append(places, m)
				}
			}
		}
		if project == nil {
			continue
		}
		v := &sentenceView{r: r, si: si, s: s, facts: facts}
		for _, b := range builders {
			v.add(store.RelCoBuiltBy, project, b, "table-row", 0.65, nil)
		}
		if len(places) > 0 {
			v.add(store.RelLocatedIn, project, places[len(places)-1], "table-row", 0.65, nil)
		}
	}
}

var (
	reTableHead     = regexp.MustCompile(`(建设单位|依托单位|承建单位|牵头单位|责任单位).*(建设地点|地点|所在地|所在区域|区域)|(项目名称|平台名称|名称)`)
	reBuilderColumn = regexp.MustCompile(`^(建设单位|依托单位|承建单位|牵头单位|实施单位|建设主体)$`)
	rePlaceColumn   = regexp.MustCompile(`^(建设地点|地点|所在地|所在区域|区域|所在区\(市\)县)$`)
	reProjectColumn = regexp.MustCompile(`^(项目名称|平台名称|名称|项目)$`)
)

// headingLists: a heading that names a body and sets out its layout lists
// the body's parts, "天府实验室空间布局:推动…组建A实验室,…组建B实验室",
// or, on a line of its own, the bullets under it: "天府永兴实验室基地布局:"
// over "·碳中和前沿技术研究基地(成都科学城)", "·氢能装备中试验证平台(龙泉
// 驿区)". In the running text after the colon only bodies of the head's
// kind that a verb of building introduces are its parts (the builders
// named there are not); a bullet lists one part each.
func headingLists(r *recognizer, bySent map[int][]*Mention, facts *[]Fact) {
	for si, s := range r.sents {
		i := s.Start
		for i < s.End && strings.ContainsRune("·• ", r.text[i]) {
			i++
		}
		var head *Mention
		for _, m := range bySent[si] {
			if m.Start == i && (orgKinds[m.Kind] || m.Kind == store.KindPlatform) && (head == nil || m.End > head.End) {
				head = m
			}
		}
		if head == nil {
			continue
		}
		colon := head.End
		for colon < s.End && r.text[colon] != ':' {
			colon++
		}
		if colon >= s.End || !reLayout.MatchString(string(r.text[head.End:colon])) {
			continue
		}
		add := func(part *Mention) {
			if key(part.Name) != key(head.Name) {
				*facts = append(*facts, Fact{Type: store.RelPartOf, From: part, To: head, Sentence: part.Sentence, Rule: "heading-list", Conf: 0.6})
			}
		}
		if colon+1 < s.End {
			for _, m := range bySent[si] {
				if m.Start > colon && m.Kind == head.Kind && m.Rule != "nested" &&
					reBuiltBefore.MatchString(string(r.text[max(s.Start, m.Start-6):m.Start])) {
					add(m)
				}
			}
			continue
		}
		for k := si + 1; k < len(r.sents); k++ {
			b := r.sents[k]
			if !strings.ContainsRune("·•", r.text[b.Start]) {
				break
			}
			j := b.Start + 1
			for j < b.End && r.text[j] == ' ' {
				j++
			}
			var item *Mention
			for _, m := range bySent[k] {
				if m.Start == j && (facilityKinds[m.Kind] || m.Kind == store.KindPilotPlatform) && (item == nil || m.End > item.End) {
					item = m
				}
			}
			if item != nil {
				add(item)
			}
		}
	}
}

// reLayout: the words after a body's name in a heading over its parts.
var reLayout = regexp.MustCompile(`^\p{Han}{0,4}?(布局|分布|一览|组成|构成)$`)

// reBuiltBefore: a verb of building just before a body.
var reBuiltBefore = regexp.MustCompile(`(组建|建设|共建|筹建|新建|设立|成立|打造)$`)

// outer returns the mentions not nested in another one.
func (v *sentenceView) outer() []*Mention {
	var out []*Mention
	for _, m := range v.ms {
		inside := false
		for _, o := range v.ms {
			if o != m && o.Start <= m.Start && m.End <= o.End && (o.End-o.Start) > (m.End-m.Start) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// contextual adds the relations that contextual names imply: the policy a
// notice issues is part of the notice. A district's bureau named "区科技局"
// is not located: the page implies its district, the name does not state
// it (the gold's convention for relative names; a full form elsewhere on
// the page, "锦江区科技局", is located by its own name).
func (v *sentenceView) contextual() {
	for _, m := range v.ms {
		if m.Rule != "notice-title" {
			continue
		}
		for _, o := range v.ms {
			if o.Rule == "book-title" && o.Start >= m.Start && o.End <= m.End {
				v.add(store.RelPartOf, o, m, "notice-of", 0.85, nil)
			}
		}
	}
}

// nameStructure reads relations off how names are built: "成都高新区前沿
// 医学中心" lies in 成都高新区, "中国科学院成都分院" is part of 中国科学院,
// "成都市锦江区" is part of 成都市.
func (v *sentenceView) nameStructure() {
	for _, in := range v.ms {
		if in.Rule == "nested-bracket" {
			// "华为(成都)智能制造创新中心" lies in 成都市; a zone so named,
			// "西部(重庆)科学城", is part of the city.
			for _, out := range v.ms {
				if out == in || out.Start >= in.Start || in.End >= out.End || out.Rule == "nested-bracket" {
					continue
				}
				if out.Kind == store.KindRegion && !reParkName.MatchString(out.Name) {
					v.add(store.RelPartOf, out, in, "name-part-of", 0.7, nil)
				} else if out.Kind != store.KindTalent && out.Kind != store.KindPolicy {
					v.add(store.RelLocatedIn, out, in, "name-located-in", 0.7, nil)
				}
			}
			continue
		}
		if in.Rule == "nested-place" {
			// "国家实验室成都基地" lies in 成都市.
			for _, out := range v.ms {
				if out != in && out.Start < in.Start && in.End < out.End {
					v.add(store.RelLocatedIn, out, in, "name-located-in", 0.7, nil)
				}
			}
			continue
		}
		if in.Rule != "nested" {
			continue
		}
		// "蓉城创客荟": the city's byname names no place of its own.
		if strings.HasPrefix(in.Surface, "蓉") {
			continue
		}
		for _, out := range v.ms {
			if out == in || out.End <= in.End || out.Start > in.Start {
				continue
			}
			// "2026成都机器人产业生态大会", "中国(双流)航空经济发展论坛": a year or
			// the country before the place that starts the name.
			start := in.Start
			if out.Start < in.Start && reNameLead.MatchString(string(v.r.text[out.Start:in.Start])) {
				start = out.Start
			}
			if in.Kind == store.KindRegion && out.Start < in.Start && v.placeBefore(in, out) {
				start = out.Start
			}
			if out.Start != start && out.Start+1 != in.Start {
				continue
			}
			// "成都高新区管委会": the zone is the agency's place, and the city
			// that opens the zone's name is the zone's.
			if in.Kind == store.KindRegion && v.placeAround(in, out) {
				continue
			}
			// "成都市金牛区人民政府": the district after the city is the
			// name's place; the city is the district's.
			if d := v.placeAfter(in, out); in.Kind == store.KindRegion && d != nil {
				if higher(in.Name, d.Name) {
					v.add(store.RelPartOf, d, in, "name-part-of", 0.75, nil)
				}
				continue
			}
			switch {
			case in.Kind == store.KindRegion && out.Kind == store.KindRegion && !reParkName.MatchString(out.Name):
				v.add(store.RelPartOf, out, in, "name-part-of", 0.75, nil)
			case in.Kind == store.KindRegion && out.Kind == store.KindRegion && out.Start == start:
				// A park is sited in its district rather than a part of it.
				v.add(store.RelLocatedIn, out, in, "name-located-in", 0.7, nil)
			case in.Kind == store.KindRegion && out.Kind != store.KindPolicy && out.Kind != store.KindTalent &&
				out.Kind != store.KindUniversity && out.Start == start:
				v.add(store.RelLocatedIn, out, in, "name-located-in", 0.7, nil)
			case orgKinds[in.Kind] && rePartName.MatchString(out.Name) && out.Start == start:
				v.add(store.RelPartOf, out, in, "name-part-of", 0.75, nil)
			}
			if out.Start == in.Start && (in.Kind == store.KindUniversity || in.Kind == store.KindResearchInstitute) {
				v.ownerPlace(in, out)
			}
		}
	}
}

// ownerPlace: "北航成都创新研究院", "西南交通大学郫都先进制造科创园" — a
// university's or institute's unit named with a place right after the
// owner's name lies in that place (the owner itself lies elsewhere).
func (v *sentenceView) ownerPlace(owner, unit *Mention) {
	if unit.Kind == store.KindTalent || unit.Kind == store.KindPolicy || unit.Kind == store.KindEvent {
		return
	}
	rs := v.r.text[owner.End:unit.End]
	l := placeLead(rs, 2)
	if l == 0 {
		return
	}
	// Relations run without the gazetteer: the place stems name it.
	name := placeStems[strings.TrimRight(string(rs[:l]), "省市区县州")]
	if name == "" {
		return
	}
	region := &Mention{Span: Span{owner.End, owner.End + l}, Sentence: unit.Sentence, Surface: string(rs[:l]), Name: name,
		Kind: store.KindRegion, Rule: "owner-place", Conf: 0.65}
	v.add(store.RelLocatedIn, unit, region, "owner-place", 0.65, nil)
}

// placeBefore reports a nested place from the start of name out up to
// place in: "成都市" before "金牛区" in "成都市金牛区人民政府".
func (v *sentenceView) placeBefore(in, out *Mention) bool {
	for _, m := range v.ms {
		if m != in && m.Rule == "nested" && m.Kind == store.KindRegion && m.End == in.Start &&
			(m.Start == out.Start || m.Start > out.Start && reNameLead.MatchString(string(v.r.text[out.Start:m.Start]))) {
			return true
		}
	}
	return false
}

// placeAround reports a longer nested place than in within name out that
// holds in: "成都高新区" around "成都市" in "成都高新区管委会".
func (v *sentenceView) placeAround(in, out *Mention) bool {
	for _, m := range v.ms {
		if m != in && m != out && m.Kind == store.KindRegion && m.Rule == "nested" && m.Start <= in.Start && in.End <= m.End &&
			m.End-m.Start > in.End-in.Start && out.Start <= m.Start && m.End < out.End {
			return true
		}
	}
	return false
}

// placeAfter returns the nested place that follows place in within name
// out, if any.
func (v *sentenceView) placeAfter(in, out *Mention) *Mention {
	for _, m := range v.ms {
		if m != in && m.Rule == "nested" && m.Kind == store.KindRegion && m.Start == in.End && m.End < out.End {
			return m
		}
	}
	return nil
}

// coBuild: "四川天府新区与中科院光电所在成都科学城组建光电科学与技术实验室"
// — the builders before the verb, the places after 在, the built body
// after the verb.
func (v *sentenceView) coBuild() {
	text := v.r.text
	str := string(text[v.s.Start:v.s.End])
	for _, loc := range reCoBuild.FindAllStringIndex(str, -1) {
		vs := v.s.Start + utf8.RuneCountInString(str[:loc[0]])
		ve := vs + utf8.RuneCountInString(str[loc[0]:loc[1]])
		verb := str[loc[0]:loc[1]]
		cs, ce := v.clauseStart(vs), v.clauseEnd(ve)
		// "省部共建西南作物…国家重点实验室": the verb is part of a name, or of
		// a designation that opens one.
		if slices.ContainsFunc(v.ms, func(m *Mention) bool { return m.Start <= vs && m.End >= ve }) ||
			verb == "共建" && vs-2 >= v.s.Start && coBuildDesignations[string(text[vs-2:vs])] {
			continue
		}
		// 《深化校地合作共建环川大知识城框架协议》 titles an agreement: the
		// parties that signed it build, which agreementTitle reads.
		if before := string(text[v.s.Start:vs]); strings.LastIndex(before, "《") > strings.LastIndex(before, "》") {
			continue
		}
		var target *Mention
		for _, m := range v.outer() {
			if m.Start >= ve && m.End <= ce && builtKinds[m.Kind] {
				// "共同打造高智力密集度、高产业附加值的X": a long attribute
				// before 的 may list qualities.
				if g := v.gap(ve, m.Start); g == "" || g == "的" || utf8.RuneCountInString(g) <= 4 && !strings.ContainsAny(g, "与和、") ||
					strings.HasSuffix(g, "的") && utf8.RuneCountInString(g) <= 30 {
					target = m
				}
				break
			}
		}
		if target == nil {
			// "该平台由A与B联合共建": the body before 由.
			for _, m := range v.outer() {
				if m.Start >= cs && m.End <= vs && builtKinds[m.Kind] && strings.HasPrefix(reLeadBracket.ReplaceAllString(strings.TrimLeft(v.gap(m.End, vs), "”"), ""), "由") {
					target = m
					break
				}
			}
		}
		if target == nil && (strings.HasPrefix(verb, "共") || strings.HasPrefix(verb, "联合") || strings.HasPrefix(verb, "合")) {
			// "天府绛溪实验室将依托电子科技大学,联合A和B等单位合作共建": a
			// clause of partners and a joint verb with nothing after it goes
			// on about the body the sentence is about.
			if ce <= ve+1 || v.gap(ve, ce) == "" {
				if subj := v.sentenceSubjects(v.outer(), cs); len(subj) == 1 && builtKinds[subj[0].Kind] && subj[0].Kind != store.KindRegion {
					target = subj[0]
				}
			}
		}
		if target == nil {
			continue
		}
		// 在 separates the builders from the places.
		at := -1
		for k := vs - 1; k >= cs; k-- {
			if text[k] == '在' && !(k > cs && text[k-1] == '泛') {
				at = k
				break
			}
		}
		var builders, places []*Mention
		for _, m := range v.outer() {
			if m.Start < cs || m.End > vs || m == target {
				continue
			}
			// "位于X的T由A与B共同建设": builders come after 由.
			if target.End <= vs && m.Start < target.End {
				continue
			}
			if at >= 0 && m.Start > at {
				if m.Kind == store.KindRegion || m.Kind == store.KindPlatform {
					places = append(places, m)
				}
			} else if builderKinds[m.Kind] && m != target {
				builders = append(builders, m)
			}
		}
		joint := strings.HasPrefix(verb, "共") || strings.HasPrefix(verb, "联合") || strings.HasPrefix(verb, "合") || strings.HasPrefix(verb, "携手") ||
			strings.HasPrefix(verb, "联手")
		if len(builders) == 0 && joint {
			builders = v.signedBefore(cs, vs)
		}
		if len(builders) == 0 && joint && reParties.MatchString(v.gap(cs, vs)) {
			builders = v.signedLastSentence()
		}
		// "A与B签署的合作协议,双方将开展三个方面的合作:一是共建X": the
		// parties this sentence signed, named again by their number.
		if len(builders) == 0 && joint {
			builders = v.signedEarlier(vs)
		}
		// "X位于…,已与B合作建设P": a clause that opens with 与 goes on about
		// the body that opens the sentence, which builds with B.
		if len(builders) == 1 && joint && cs > v.s.Start && reWith.MatchString(v.gap(cs, builders[0].Start)) {
			if ms := v.outer(); len(ms) > 0 && ms[0].End <= cs && builderKinds[ms[0].Kind] && (v.r.opensSentence(ms[0]) || ms[0].Rule == "anaphora") {
				builders = append(builders, ms[0])
			}
		}
		// "共建A、B、C和D": a list after the verb is built alike, when the
		// verb comes before it.
		targets := []*Mention{target}
		if target.Start >= ve {
			for _, m := range v.outer() {
				last := targets[len(targets)-1]
				if m.Start < last.End || m.Start >= ce {
					continue
				}
				// Each item whole: "成都医学院附属医院" is no mention of the
				// college.
				if g := strings.Trim(v.gap(last.End, m.Start), "“”"); !builtKinds[m.Kind] || m.Kind == store.KindRegion || g != "、" && g != "和" && g != "及" && g != "以及" ||
					m.End < v.s.End && !strings.ContainsRune("、,。;和及等”", v.r.text[m.End]) {
					break
				}
				targets = append(targets, m)
			}
		}
		for _, t := range targets {
			if len(builders) >= 2 || joint && len(builders) >= 1 {
				for _, b := range builders {
					v.add(store.RelCoBuiltBy, t, b, "co-build", 0.8, nil)
				}
			}
			for _, p := range places {
				v.add(store.RelLocatedIn, t, p, "build-at", 0.75, nil)
			}
		}
	}
	v.builtByList()
	// "依托四川天府新区、成都高新区建设蓉南科创活力轴": hosted by.
	outer := v.outer()
	for i, m := range outer {
		if m.Start < 2 || string(text[m.Start-2:m.Start]) != "依托" {
			continue
		}
		hosts := []*Mention{m}
		j := i + 1
		for ; j < len(outer); j++ {
			g := v.gap(hosts[len(hosts)-1].End, outer[j].Start)
			if g != "、" && g != "和" && g != "与" {
				break
			}
			hosts = append(hosts, outer[j])
		}
		var t *Mention
		if j < len(outer) && reHosted.MatchString(v.gap(hosts[len(hosts)-1].End, outer[j].Start)) && builtKinds[outer[j].Kind] {
			t = outer[j]
		} else {
			t = v.hostedSubject(outer, i, hosts[len(hosts)-1])
		}
		if t == nil {
			continue
		}
		for _, h := range hosts {
			if builderKinds[h.Kind] || h.Kind == store.KindPlatform {
				v.add(store.RelCoBuiltBy, t, h, "hosted-by", 0.6, nil)
			}
		}
	}
	// "在成都科学城建设X": built in a place.
	for i, m := range v.ms {
		if m.Kind != store.KindRegion || m.Start < 1 || text[m.Start-1] != '在' || m.Rule == "nested" {
			continue
		}
		for j := i + 1; j < len(v.ms); j++ {
			t := v.ms[j]
			if t.Start < m.End || t.Rule == "nested" {
				continue
			}
			g := v.gap(m.End, t.Start)
			if utf8.RuneCountInString(g) <= 6 && reBuild.MatchString(g) && !strings.ContainsAny(g, ",;。、") &&
				(builtKinds[t.Kind] && t.Kind != store.KindRegion || t.Kind == store.KindProgram || t.Kind == store.KindEvent) {
				v.add(store.RelLocatedIn, t, m, "build-at", 0.7, nil)
				// "支持A在Y设立X": A, named just before 在, builds X.
				for k := i - 1; k >= 0; k-- {
					a := v.ms[k]
					if a.Rule == "nested" || a.End != m.Start-1 {
						continue
					}
					if (builderKinds[a.Kind] && a.Kind != store.KindRegion || a.Kind == store.KindLab) && builtKinds[t.Kind] && reCoBuiltVerb.MatchString(g) {
						v.add(store.RelCoBuiltBy, t, a, "builds-at", 0.7, nil)
					}
					break
				}
			}
			break
		}
	}
}

// reHostedTail: what follows the hosts of a body named before 依托: a
// verb of building, a class after 等, or the clause's end.
var reHostedTail = regexp.MustCompile(`^(等[^,。;、]{0,6})?(而建|建设|组建|建立|成立|设立|共建|运营|,|。|;|$)`)

// hostedSubject: "天府绛溪实验室依托电子科技大学建设", "当天揭牌的X位于Y,依托U等高校,
// 以…为发展方向" — the body hosted is named before 依托: right before it,
// or as the sentence's first body when 依托 opens a clause of its own.
// A place is never the one hosted ("成都市依托A建设X" makes the city a
// builder, read elsewhere).
func (v *sentenceView) hostedSubject(outer []*Mention, first int, last *Mention) *Mention {
	tail := string(v.r.text[last.End:min(v.s.End, last.End+10)])
	if !reHostedTail.MatchString(tail) || first == 0 {
		return nil
	}
	lead := outer[first].Start - 2
	prev := outer[first-1]
	// "依托H建设T": a body after the verb is what is built; that is the
	// rule above, not this one.
	if sm := reHostedTail.FindStringSubmatch(tail); sm[2] != "," && sm[2] != "。" && sm[2] != ";" && sm[2] != "" {
		for _, m := range outer[first:] {
			if m.Start > last.End && m.Start <= v.clauseEnd(last.End) && builtKinds[m.Kind] {
				return nil
			}
		}
	}
	switch g := v.gap(prev.End, lead); {
	case g == "" || g == "将" || g == "主要" || g == "均" || g == "已":
		if builtKinds[prev.Kind] && prev.Kind != store.KindRegion {
			return prev
		}
	case lead > v.s.Start && v.r.text[lead-1] == ',':
		if s := outer[0]; builtKinds[s.Kind] && s.Kind != store.KindRegion && !strings.ContainsAny(v.gap(v.s.Start, s.Start), ",;") {
			return s
		}
	}
	return nil
}

var reCoBuiltVerb = regexp.MustCompile(`^(建设|组建|设立|打造|筹建|新建|创建|共建)$`)

// builtAttributive: "鲲擎动力投资1.8亿元建设的热端部件中试平台", "以F为依托单位
// 组建的研究中心": the body before the attributive verb built what follows.
func (v *sentenceView) builtAttributive() {
	ms := v.outer()
	for i, a := range ms {
		if i+1 >= len(ms) || !(builderKinds[a.Kind] || a.Kind == store.KindLab) {
			continue
		}
		t := ms[i+1]
		g := v.gap(a.End, t.Start)
		// "成华区正在打造的环电子科大知识经济圈": a place builds what it
		// is building now, a zone of its own included; a place named
		// before a firm's works is only where they stand.
		if a.Kind == store.KindRegion && !(reRegionBuiltAttr.MatchString(g) && builtKinds[t.Kind]) {
			continue
		}
		if !builtKinds[t.Kind] || t.Kind == store.KindRegion && a.Kind != store.KindRegion {
			continue
		}
		if reBuiltAttr.MatchString(g) || reHostUnit.MatchString(g) && strings.HasSuffix(v.gap(max(v.s.Start, a.Start-1), a.Start), "以") {
			v.add(store.RelCoBuiltBy, t, a, "built-attributive", 0.7, nil)
		}
	}
}

var (
	reBuiltAttr       = regexp.MustCompile(`^(投资[\d.]+[亿万]?元)?(正在|牵头|独资|自主)?(建设|组建|打造|建成|设立)的$`)
	reRegionBuiltAttr = regexp.MustCompile(`^(正在|着力|全力|重点|所)(建设|打造)的$`)
	reHostUnit        = regexp.MustCompile(`^为(依托单位|牵头单位|建设单位|承建单位)(组建|建设|设立)的$`)
)

// builtByList: "X则由A联合B和C建设", "X由A、B共同建设运营": the bodies
// between 由 and a verb of building build X, however they are joined.
func (v *sentenceView) builtByList() {
	outer := v.outer()
	for i, t := range outer {
		if !builtKinds[t.Kind] || i+1 >= len(outer) || !reByLead.MatchString(v.gap(t.End, outer[i+1].Start)) {
			continue
		}
		builders := []*Mention{outer[i+1]}
		j := i + 2
		for ; j < len(outer); j++ {
			if !reBuilderJoin.MatchString(v.gap(builders[len(builders)-1].End, outer[j].Start)) {
				break
			}
			builders = append(builders, outer[j])
		}
		last := builders[len(builders)-1]
		if !reByVerb.MatchString(v.gap(last.End, v.clauseEnd(last.End))) {
			continue
		}
		for _, b := range builders {
			if builderKinds[b.Kind] {
				v.add(store.RelCoBuiltBy, t, b, "built-by", 0.75, nil)
			}
		}
	}
}

var (
	reByLead      = regexp.MustCompile(`^(则|将|已|均|主要)?由$`)
	reBuilderJoin = regexp.MustCompile(`^(、|和|与|及|以及|联合|携手|会同)$`)
	reByVerb      = regexp.MustCompile(`^(负责)?(整体)?(共同|联合|合作|牵头|投资|联动|协同|携手|合力)?(建设|组建|打造|建成|运营|筹建)`)
)

// memberOf: "作为天府实验室体系的新成员": the body the sentence is about
// (the first of the member's kind named before) is part of that family,
// which the words between 作为 and 体系 name (a class noun's rules refuse
// a name before 体系, so it is read here).
func (v *sentenceView) memberOf() {
	str := string(v.r.text[v.s.Start:v.s.End])
	// "X作为省政府批复建设的天府实验室四个重点实验室之一": the family after an
	// attribute, counted.
	locs := append(reFamily.FindAllStringSubmatchIndex(str, -1), reFamilyCounted.FindAllStringSubmatchIndex(str, -1)...)
	for _, loc := range locs {
		family := v.familyAt(str[loc[2]:loc[3]], v.s.Start+utf8.RuneCountInString(str[:loc[2]]), "member-of")
		if family == nil || !orgKinds[family.Kind] && !facilityKinds[family.Kind] {
			continue
		}
		found := false
		for _, m := range v.outer() {
			if m.End > family.Start {
				break
			}
			if m.Kind == family.Kind && m.Name != family.Name && m.Rule != "nested" {
				v.add(store.RelPartOf, m, family, "member-of", 0.7, nil)
				found = true
				break
			}
		}
		// "作为天府实验室的4个方向实验室之一,天府绛溪实验室…": the member opens
		// the clause after.
		end := v.s.Start + utf8.RuneCountInString(str[:loc[1]])
		for _, m := range v.outer() {
			if found || m.Start < end {
				continue
			}
			// "…之一,以A为核心载体的X": or after an attribute of its own.
			g := v.gap(end, m.Start)
			if m.Kind != family.Kind && reMemberAttrRun.MatchString(g) {
				continue // a place inside the member's attribute
			}
			if m.Kind == family.Kind && m.Name != family.Name && m.Rule != "nested" &&
				(utf8.RuneCountInString(g) <= 1 || reMemberAttr.MatchString(g)) {
				v.add(store.RelPartOf, m, family, "member-of", 0.7, nil)
			}
			break
		}
	}
}

// familyAt makes a mention of the family that name, written at start,
// names, of the kind its suffix says, or nil when the words name no body.
func (v *sentenceView) familyAt(name string, start int, rule string) *Mention {
	sr, ok := suffixOf(name)
	if !ok || utf8.RuneCountInString(name) <= utf8.RuneCountInString(sr.Suffix) {
		return nil
	}
	return &Mention{Span: Span{start, start + utf8.RuneCountInString(name)}, Sentence: v.si, Surface: name, Name: name,
		Kind: sr.Kind, Rule: rule, Conf: 0.7}
}

var (
	reFamilyCounted = regexp.MustCompile(`作为[^,。;]{0,14}?的([^,。;、“”《》()的]{3,12}?)[两三四五六七八九十\d]+个[^,。;]{0,8}之一`)
	reMemberAttr    = regexp.MustCompile(`^,?[^,。;]{0,30}的$`)
	reMemberAttrRun = regexp.MustCompile(`^,?以[^,。;]{0,20}$`)
)

var reFamily = regexp.MustCompile(`作为([^,。;、“”《》()]{3,16}?)(体系|序列|家族|集群)?的(新|首批|重要|第[一二三四五六七八九十]+个)?(成员|组成部分|[^,。;]{0,12}之一)`)

// collective: "天府兴隆湖实验室、天府锦城实验室(以下统称天府实验室)" — the
// bodies listed before the bracket are members of what it names.
func (v *sentenceView) collective() {
	ms := v.outer()
	for last, m := range ms {
		// The bracket is read as the recognizer reads a declared short
		// name; 统称 makes it the members' family instead.
		rest := string(v.r.text[m.End:min(v.s.End, m.End+20)])
		sm := reDeclared.FindStringSubmatchIndex(rest)
		if sm == nil || !strings.Contains(rest[sm[2]:sm[3]], "统称") {
			continue
		}
		family := v.familyAt(rest[sm[4]:sm[5]], m.End+utf8.RuneCountInString(rest[:sm[4]]), "collective")
		if family == nil {
			continue
		}
		members := []*Mention{m}
		for k := last - 1; k >= 0; k-- {
			if g := v.gap(ms[k].End, members[0].Start); g != "、" && g != "和" && g != "及" {
				break
			}
			members = append([]*Mention{ms[k]}, members...)
		}
		for _, m := range members {
			if m.Kind == family.Kind {
				v.add(store.RelPartOf, m, family, "collective", 0.7, nil)
			}
		}
	}
}

// reComposed: what follows the members in "由A、B和C组成的X体系".
var reComposed = regexp.MustCompile(`^(等|共同)?(组成|构成)的`)

// reComposedWhole: the whole after 组成的, a name with perhaps a word of
// structure after it.
var reComposedWhole = regexp.MustCompile(`^([^,。;、“”《》()的]{3,16}?)(体系|序列|家族|集群|联盟|矩阵|整体|已|将|正|共|,|。|;|$)`)

// composedOf: "由天府兴隆湖实验室、天府永兴实验室和天府锦城实验室组成的天府实验
// 室体系" — the bodies listed after 由 are parts of the whole named after
// 组成的, as the members a bracket names together are (collective).
func (v *sentenceView) composedOf() {
	ms := v.outer()
	for last, m := range ms {
		rest := string(v.r.text[m.End:min(v.s.End, m.End+40)])
		loc := reComposed.FindStringIndex(rest)
		if loc == nil {
			continue
		}
		members := []*Mention{m}
		k := last - 1
		for ; k >= 0; k-- {
			if g := v.gap(ms[k].End, members[0].Start); g != "、" && g != "和" && g != "及" && g != "与" {
				break
			}
			members = append([]*Mention{ms[k]}, members...)
		}
		if members[0].Start == v.s.Start || v.r.text[members[0].Start-1] != '由' {
			continue
		}
		at := m.End + utf8.RuneCountInString(rest[:loc[1]])
		var whole *Mention
		if last+1 < len(ms) && ms[last+1].Start == at {
			whole = ms[last+1]
		} else if sm := reComposedWhole.FindStringSubmatch(rest[loc[1]:]); sm != nil {
			whole = v.familyAt(sm[1], at, "composed-of")
		}
		if whole == nil {
			continue
		}
		for _, p := range members {
			if p.Kind == whole.Kind || whole.Kind == store.KindRegion && p.Kind == store.KindRegion {
				v.add(store.RelPartOf, p, whole, "composed-of", 0.7, nil)
			}
		}
	}
}

// namedParts: "三个基地分别是A、B和C": after a count of a class and
// 分别是, the bodies listed are parts of the body the sentence is about,
// its first lab, institute or university.
func (v *sentenceView) namedParts() {
	str := string(v.r.text[v.s.Start:v.s.End])
	loc := reNamedParts.FindStringIndex(str)
	if loc == nil {
		return
	}
	at := v.s.Start + utf8.RuneCountInString(str[:loc[1]])
	var owner *Mention
	var parts []*Mention
	for _, m := range v.outer() {
		switch {
		case m.End <= at && owner == nil && (m.Kind == store.KindLab || m.Kind == store.KindResearchInstitute || m.Kind == store.KindUniversity):
			owner = m
		case m.Start >= at && builtKinds[m.Kind] && m.Kind != store.KindRegion:
			if len(parts) > 0 && !reBuilderJoin.MatchString(v.gap(parts[len(parts)-1].End, m.Start)) {
				break
			}
			parts = append(parts, m)
		}
	}
	if owner == nil {
		return
	}
	for _, p := range parts {
		v.add(store.RelPartOf, p, owner, "named-parts", 0.7, nil)
	}
}

var reNamedParts = regexp.MustCompile(`[两三四五六七八九十\d]+[个家所座]?(基地|分中心|分院|园区|中心|平台|研究院|研究所|实验室)分别(是|为)`)

// signedLastSentence returns the two parties of an agreement the sentence
// before states ("A与B签署…协议。根据协议,双方将共建X").
func (v *sentenceView) signedLastSentence() []*Mention {
	var out []*Mention
	seen := map[*Mention]bool{}
	for i := len(*v.facts) - 1; i >= 0; i-- {
		f := (*v.facts)[i]
		if f.Sentence < v.si-1 {
			break
		}
		if f.Sentence == v.si-1 && f.Type == store.RelPartnersWith && (f.Rule == "signed-with" || f.Rule == "signed-together") {
			for _, m := range []*Mention{f.From, f.To} {
				if !seen[m] {
					seen[m] = true
					out = append(out, m)
				}
			}
		}
	}
	return out
}

// signedEarlier returns the parties that signed earlier in this sentence,
// when the words between the last of them and position vs name them by
// their number (双方, 三方).
func (v *sentenceView) signedEarlier(vs int) []*Mention {
	var out []*Mention
	last := -1
	for _, m := range v.signedParties() {
		if m.End <= vs {
			out = append(out, m)
			last = max(last, m.End)
		}
	}
	if last < 0 {
		return nil
	}
	// "A与B签署协议,将大力实施X计划,共建Y": clauses that open with no
	// subject of their own go on about the parties.
	if g := v.gap(last, vs); !reParties.MatchString(g) && !v.subjectless(last, vs) {
		return nil
	}
	return out
}

// subjectless reports that every clause from the one holding position a up
// to position b opens with an adverb or a verb, with no body named between.
func (v *sentenceView) subjectless(a, b int) bool {
	for _, m := range v.outer() {
		if m.Start >= a && m.End <= b && bodyKinds[m.Kind] {
			return false
		}
	}
	for i := a; i < b; i++ {
		if v.r.text[i] == ',' && !reCarryLead.MatchString(string(v.r.text[i+1:min(v.s.End, i+4)])) {
			return false
		}
	}
	return strings.ContainsRune(v.gap(a, b), ',') && reSigned.MatchString(v.gap(a, b))
}

// reCarryLead: the words that open a clause going on about the subject
// before.
var reCarryLead = regexp.MustCompile(`^(将|并|还|拟|同时|共同|共建|联合|合作|携手|大力|全力)`)

// agreementTitle: "A与B签署《关于共建X的投资合作协议》": an agreement the
// parties signed, whose title says they build X together, makes them X's
// builders.
func (v *sentenceView) agreementTitle() {
	parties := v.signedParties()
	if len(parties) < 2 {
		return
	}
	for _, t := range v.outer() {
		if !builtKinds[t.Kind] || slices.Contains(parties, t) || !strings.HasSuffix(strings.TrimSuffix(v.gap(max(v.s.Start, t.Start-3), t.Start), "“"), "共建") {
			continue
		}
		open := strings.LastIndex(v.gap(v.s.Start, t.Start), "《")
		if open < 0 || strings.Contains(v.gap(v.s.Start, t.Start)[open:], "》") {
			continue
		}
		at := v.s.Start + utf8.RuneCountInString(v.gap(v.s.Start, t.Start)[:open])
		for _, p := range parties {
			if p.End <= at {
				v.add(store.RelCoBuiltBy, t, p, "agreement-title", 0.7, nil)
			}
		}
	}
}

// listedAlumni: "由A、B、C等校友联合四川大学全球校友发起" — people listed
// as alumni are alumni of the one university their sentence names; with
// two or more named, the sentence does not say whose.
func (v *sentenceView) listedAlumni() {
	var uni *Mention
	for _, m := range v.outer() {
		if m.Kind != store.KindUniversity {
			continue
		}
		if uni != nil && uni.Name != m.Name {
			return
		}
		uni = m
	}
	if uni == nil {
		return
	}
	for _, m := range v.ms {
		if m.Kind == store.KindTalent && m.Rule == "person-list" && m.Props["title"] == "校友" {
			v.add(store.RelAlumnusOf, m, uni, "listed-alumni", 0.65, nil)
		}
	}
}

// signedHow returns how a signing is told, without where it took place
// ("在四川成都举行战略合作签约" → 举行战略合作签约).
func signedHow(s string) string {
	m := reSigned.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return strings.TrimPrefix(m[0], m[1])
}

// signedParties returns the parties this sentence says signed with each
// other, in the order the facts name them.
func (v *sentenceView) signedParties() []*Mention {
	var out []*Mention
	for _, f := range *v.facts {
		if f.Sentence != v.si || f.Type != store.RelPartnersWith || f.Rule != "signed-with" && f.Rule != "signed-together" {
			continue
		}
		for _, m := range []*Mention{f.From, f.To} {
			if !slices.Contains(out, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// signedTogether: "四川天府新区管委会、成都市科学技术局、西北工业大学签署合作协议" —
// parties listed at a clause's start and followed by a verb of signing
// partner each other.
func (v *sentenceView) signedTogether() {
	ms := v.outer()
	for i := 0; i < len(ms); i++ {
		if !bodyKinds[ms[i].Kind] || v.clauseStart(ms[i].Start) != ms[i].Start && utf8.RuneCountInString(v.gap(v.clauseStart(ms[i].Start), ms[i].Start)) > 4 {
			continue
		}
		list := []*Mention{ms[i]}
		for j := i + 1; j < len(ms); j++ {
			if g := v.gap(list[len(list)-1].End, ms[j].Start); (g == "、" || g == "和" || g == "及" || g == "与") && bodyKinds[ms[j].Kind] {
				list = append(list, ms[j])
				continue
			}
			break
		}
		last := list[len(list)-1]
		tail := string(v.r.text[last.End:min(v.s.End, last.End+20)])
		if len(list) < 2 || !reSigned.MatchString(tail) || !reSignedWhat.MatchString(tail) {
			i += len(list) - 1
			continue
		}
		for a := 0; a < len(list); a++ {
			for b := a + 1; b < len(list); b++ {
				v.add(store.RelPartnersWith, list[a], list[b], "signed-together", 0.75, map[string]string{"how": signedHow(tail)})
			}
		}
		i += len(list) - 1
	}
}

// reSignedLead: the words that may open the clause of a joint verb after
// a signing, "将在成都共建X".
var reSignedLead = regexp.MustCompile(`^(将|并|还|拟|双方将|三方将)?(在|于)[^,。;、与和]{1,10}$`)

// reParties: the parties of an agreement, named by their number.
var reParties = regexp.MustCompile(`双方|三方|四方|各方|多方`)

// reSignedWhat: what the parties sign is an agreement.
var reSignedWhat = regexp.MustCompile(`^[^,。;]{0,16}(协议|备忘录|合同|合作)`)

// signedBefore returns the parties of "A与B签约,共建L": when the clause of
// a joint verb names no builder and opens with it, the clause before that
// joins two bodies with 与 and signs or agrees to cooperate, and those two
// build. Only a clause just before, in the same sentence, is read.
func (v *sentenceView) signedBefore(cs, vs int) []*Mention {
	if lead := v.gap(cs, vs); utf8.RuneCountInString(lead) > 3 && !reSignedLead.MatchString(lead) || cs <= v.s.Start || v.r.text[cs-1] != ',' {
		return nil
	}
	pcs := v.clauseStart(cs - 1)
	var in []*Mention
	for _, m := range v.outer() {
		if m.Start >= pcs && m.End < cs && builderKinds[m.Kind] {
			in = append(in, m)
		}
	}
	if len(in) < 2 {
		return nil
	}
	// "A与B签约", or a list of parties "A、B、C签署合作协议".
	for k := 1; k < len(in); k++ {
		if g := v.gap(in[k-1].End, in[k].Start); !(k == 1 && reWith.MatchString(g) || g == "、" || g == "和" || g == "与" || g == "及") {
			return nil
		}
	}
	if len(in) > 2 && reWith.MatchString(v.gap(in[0].End, in[1].Start)) && v.gap(in[0].End, in[1].Start) != "与" {
		return nil
	}
	tail := v.gap(in[len(in)-1].End, cs-1)
	if !reSigned.MatchString(tail) && !rePartner.MatchString(tail) && !reJointTail.MatchString(tail) {
		return nil
	}
	return in
}

// reJointTail: "推动A与B在航空物流等领域协同发展,共建X" — working together
// at the end of the clause before 共建 makes A and B the builders.
var reJointTail = regexp.MustCompile(`(协同发展|协同创新|合作发展|联动发展|携手发展|一道|一起)$`)

var (
	// reLeadIndustryVerb, reLeadIndustryTail, reLeadIndustryOf: a place's
	// leading industry, "X产业作为Y的主导产业", "Y的主导产业是X".
	reLeadIndustryVerb = regexp.MustCompile(`^(产业)?(作为|是|为|成为|已成为)$`)
	reLeadIndustryTail = regexp.MustCompile(`^的?(主导|支柱|优势|首位|特色|重点|核心)产业`)
	reLeadIndustryOf   = regexp.MustCompile(`^的?(主导|支柱|优势|首位|特色|核心)产业(是|为|包括|有|主要有)$`)
)

// afterPlaces returns the words after the run of places that starts with
// ms[j], as far as 16 characters.
func (v *sentenceView) afterPlaces(j int, ms []*Mention) string {
	k := j
	for k+1 < len(ms) && ms[k+1].Kind == store.KindRegion && ms[k+1].Start == ms[k].End {
		k++
	}
	return string(v.r.text[ms[k].End:min(v.s.End, ms[k].End+16)])
}

// tenantsOf: "作为X的首批入驻企业之一,A及B已完成搬迁": the firms that open
// the next clause are X's tenants, and lie there.
func (v *sentenceView) tenantsOf() {
	str := string(v.r.text[v.s.Start:v.s.End])
	ms := v.outer()
	for _, loc := range reTenantOf.FindAllStringSubmatchIndex(str, -1) {
		hostEnd := v.s.Start + utf8.RuneCountInString(str[:loc[3]])
		after := v.s.Start + utf8.RuneCountInString(str[:loc[1]])
		var host *Mention
		for _, m := range ms {
			if m.End == hostEnd && (m.Kind == store.KindRegion || m.Kind == store.KindPlatform) {
				host = m
			}
		}
		if host == nil {
			continue
		}
		var prev *Mention
		for _, m := range ms {
			if m.Start < after {
				continue
			}
			if m.Kind != store.KindEnterprise {
				break
			}
			if prev == nil && m.Start != after || prev != nil && !reTenantJoin.MatchString(v.gap(prev.End, m.Start)) {
				break
			}
			v.add(store.RelLocatedIn, m, host, "tenant-of", 0.7, nil)
			prev = m
		}
	}
}

var (
	reTenantOf   = regexp.MustCompile(`作为([^,。;]{2,24}?)的[^,。;]{0,6}?(入驻|落户|引进)(企业|项目)(之一)?,`)
	reTenantJoin = regexp.MustCompile(`^(、|和|与|及|以及|及其?(全资|控股)?子公司)$`)
)

// reSideGap: a side of a place between it and a body.
var reSideGap = regexp.MustCompile(`^(东南岸|东北岸|西南岸|西北岸|东岸|西岸|南岸|北岸|湖畔|之畔|沿岸|畔)$`)

// coBuildDesignations open the names of bodies that two levels build
// (省部共建…国家重点实验室): designations, not verbs of a clause.
var coBuildDesignations = wordSet(`省部 部省 省市 部市 省校 市校 院省 省院 部委`)

// reOwnedGap: the words between a body and a firm it owns.
var reOwnedGap = regexp.MustCompile(`^(下属|旗下|控股|全资)的?$`)

// reFieldFirm: the words between a field and a firm it introduces.
var reFieldFirm = regexp.MustCompile(`^\)?[^,。;、]{0,8}?(企业|药企|企|龙头企业|龙头|巨头|服务商|供应商)(——)?$`)

// macroRegions span provinces; an industry named after one is the
// region's, not something it supports.
var macroRegions = wordSet(`粤港澳大湾区 长三角 珠三角 京津冀 成渝地区双城经济圈`)

// reUnitAfter: a campus or a plant named after a body, which is where the
// body's unit lies, not the body.
var reUnitAfter = regexp.MustCompile(`^\p{Han}{0,4}(校区|分校|院区|厂区|总部)`)

// placeRunStart returns where the run of places that ends with ms[i]
// starts: "位于成都市新都区的X" names its place in two words.
func (v *sentenceView) placeRunStart(ms []*Mention, i int) int {
	for i > 0 && ms[i-1].Kind == store.KindRegion && ms[i-1].End == ms[i].Start {
		i--
	}
	return ms[i].Start
}

// pairs applies the rules that read the words between two mentions.
func (v *sentenceView) pairs() {
	ms := v.outer()
	for i, a := range ms {
		for j := i + 1; j < len(ms) && j <= i+3; j++ {
			b := ms[j]
			g := v.gap(a.End, b.Start)
			if strings.ContainsAny(g, "。;") {
				break
			}
			// "与B(以下简称“B'”)签署": the declared short name is passed over.
			tail := reDeclaredTail.ReplaceAllString(string(v.r.text[b.End:min(v.s.End, b.End+40)]), "")
			tail = string([]rune(tail)[:min(16, utf8.RuneCountInString(tail))])
			switch {
			case a.Kind == store.KindIndustryChain && b.Kind == store.KindEnterprise && reFieldFirm.MatchString(g):
				// "创新药企劲方医药", "轨道交通智能监测企业交大铁发": a firm
				// introduced by its field belongs to that field's chain.
				// "工业机器人行业链主龙头企业——X" leads it.
				if strings.Contains(g, "链主") {
					v.add(store.RelLeadsChain, b, a, "field-firm", 0.65, nil)
				} else {
					v.add(store.RelMemberOfChain, b, a, "field-firm", 0.6, nil)
				}
			case a.Kind == store.KindIndustryChain && b.Kind == store.KindRegion && reLeadIndustryVerb.MatchString(g) && reLeadIndustryTail.MatchString(tail):
				// "汽车产业作为龙泉驿区的主导产业".
				v.add(store.RelSupportsChain, b, a, "leading-industry", 0.7, nil)
			case a.Kind == store.KindRegion && b.Kind == store.KindIndustryChain && reLeadIndustryOf.MatchString(g):
				// "龙泉驿区的主导产业是汽车".
				v.add(store.RelSupportsChain, a, b, "leading-industry", 0.7, nil)
			case g == "" && a.Kind == store.KindRegion && b.Kind == store.KindIndustryChain && j == i+1 && level(a.Name) != 3 &&
				a.Name != "成都市" && !macroRegions[a.Name]:
				// "郫都区电磁空间安全产业集群", "新都区航空产业": a district's or
				// a park's own industry. The city the genre is about names
				// its industries in passing ("成都生物医药产业").
				v.add(store.RelSupportsChain, a, b, "place-industry", 0.6, nil)
			case g == "" && a.Kind == store.KindRegion && b.Kind == store.KindRegion && higher(a.Name, b.Name):
				v.add(store.RelPartOf, b, a, "adjacent-regions", 0.8, nil)
			case reHeld.MatchString(stripQuoted(g)) && a.Kind == store.KindRegion && b.Kind == store.KindEvent:
				for _, t := range v.listFrom(j, ms) {
					v.add(store.RelLocatedIn, t, a, "held-in", 0.75, nil)
				}
			case reHeldAt.MatchString(reOpeningGap.ReplaceAllString(strings.TrimLeft(g, "”"), "")) && a.Kind == store.KindEvent && b.Kind == store.KindRegion &&
				reHeldTail.MatchString(v.afterPlaces(j, ms)):
				// "在成都市温江区开幕": held in the last, most specific place of
				// a run.
				k := j
				for k+1 < len(ms) && ms[k+1].Kind == store.KindRegion && ms[k+1].Start == ms[k].End {
					k++
				}
				v.add(store.RelLocatedIn, a, ms[k], "held-in", 0.75, nil)
			case reIntegrate.MatchString(g) && a.Kind == store.KindPolicy && (b.Kind == store.KindPolicy || b.Kind == store.KindProgram || b.Kind == store.KindFund):
				v.add(store.RelPartOf, b, a, "integrates", 0.75, nil)
			case reLeadBracket.ReplaceAllString(g, "") == "的" && a.Kind == store.KindRegion && builtKinds[b.Kind] && (b.Kind != store.KindRegion || level(b.Name) <= 0 || reZoneDistrict.MatchString(b.Name)) &&
				reWhere.MatchString(string(v.r.text[max(v.s.Start, v.placeRunStart(ms, i)-4):v.placeRunStart(ms, i)])) &&
				// "位于金牛区的电子科技大学九里堤校区": the campus lies there.
				!reUnitAfter.MatchString(string(v.r.text[b.End:min(v.s.End, b.End+8)])):
				// "位于龙泉驿区(成都经开区)的X": the place in brackets is the
				// same place by its other name; X lies in both.
				v.add(store.RelLocatedIn, b, a, "located-in", 0.8, nil)
				for _, o := range ms[i+1 : j] {
					if o.Kind == store.KindRegion && g != "的" {
						v.add(store.RelLocatedIn, b, o, "located-in", 0.8, nil)
					}
				}
			case reSettle.MatchString(g) && b.Kind == store.KindRegion && bodyKinds[a.Kind]:
				v.add(store.RelLocatedIn, a, b, "settled-in", 0.8, map[string]string{"how": strings.Trim(reSettle.FindStringSubmatch(g)[2], " ")})
			case reOpenedAt.MatchString(g) && b.Kind == store.KindRegion && builtKinds[a.Kind] && a.Kind != store.KindRegion:
				// "天府绛溪实验室、天府锦城实验室在四川省成都市正式揭牌": each body
				// listed opened in the most specific place.
				k := j
				for k+1 < len(ms) && ms[k+1].Kind == store.KindRegion && v.gap(ms[k].End, ms[k+1].Start) == "" {
					k++
				}
				if !reOpenedTail.MatchString(string(v.r.text[ms[k].End:min(v.s.End, ms[k].End+12)])) {
					break
				}
				v.add(store.RelLocatedIn, a, ms[k], "opened-in", 0.75, nil)
				for p := i - 1; p >= 0 && v.gap(ms[p].End, ms[p+1].Start) == "、" && builtKinds[ms[p].Kind] && ms[p].Kind != store.KindRegion; p-- {
					v.add(store.RelLocatedIn, ms[p], ms[k], "opened-in", 0.75, nil)
				}
			case reLocated.MatchString(carried(g)) && b.Kind == store.KindRegion:
				// "位于成都东部新区未来医学城": the most specific place.
				for k := j + 1; k < len(ms) && ms[k].Kind == store.KindRegion && v.gap(b.End, ms[k].Start) == ""; k++ {
					b = ms[k]
				}
				v.add(store.RelLocatedIn, a, b, "located-in", 0.85, nil)
			case reSupplyVia.MatchString(g) && a.Kind == store.KindEnterprise && b.Kind == store.KindEnterprise && reSupplyTo.MatchString(v.afterList(j, ms)):
				product := reSupplyTo.FindStringSubmatch(v.afterList(j, ms))[2]
				for _, t := range v.listFrom(j, ms) {
					v.add(store.RelSupplies, a, t, "supplies", 0.7, map[string]string{"product": product})
				}
			case reSupplier.MatchString(g) && a.Kind == store.KindEnterprise && b.Kind == store.KindEnterprise && reSupTail.MatchString(tail):
				v.add(store.RelSupplies, a, b, "supplies", 0.75, nil)
			case reSupChain.MatchString(g) && a.Kind == store.KindEnterprise && b.Kind == store.KindEnterprise && reSupChainT.MatchString(tail):
				v.add(store.RelSupplies, a, b, "supplies", 0.7, nil)
			case reServeVia.MatchString(g) && platformKinds[a.Kind] && a.Kind != store.KindEnterprise && b.Kind == store.KindEnterprise && reServeTail.MatchString(v.afterList(j, ms)):
				for _, t := range v.listFrom(j, ms) {
					v.add(store.RelServes, a, t, "serves", 0.75, nil)
				}
			case reServes.MatchString(g) && platformKinds[a.Kind] && a.Kind != store.KindEnterprise && b.Kind == store.KindEnterprise:
				for _, t := range v.listFrom(j, ms) {
					v.add(store.RelServes, a, t, "serves", 0.7, nil)
				}
			case reIncubate.MatchString(g) && platformKinds[a.Kind] && b.Kind == store.KindEnterprise:
				for _, t := range v.listFrom(j, ms) {
					v.add(store.RelIncubated, a, t, "incubated", 0.8, nil)
				}
			case reIncubBy.MatchString(g) && a.Kind == store.KindEnterprise && platformKinds[b.Kind] && reIncubTail.MatchString(tail):
				v.add(store.RelIncubated, b, a, "incubated", 0.75, nil)
			case reIncubFrom.MatchString(g) && a.Kind == store.KindEnterprise && platformKinds[b.Kind]:
				v.add(store.RelIncubated, b, a, "incubated", 0.75, nil)
			case g == "" && a.Kind == store.KindRegion && orgKinds[b.Kind] && countryAt(a.Name+"X") == a.Name:
				// "德国耶拿大学": a foreign university after its country; the
				// university, when a unit of it is named ("德国耶拿大学软物质
				// 研究中心").
				t := b
				for _, m := range v.ms {
					if m.Start == b.Start && m != b && m.Kind == store.KindUniversity {
						t = m
					}
				}
				v.add(store.RelLocatedIn, t, a, "country-of", 0.75, nil)
			case a.Kind == store.KindRegion && bodyKinds[b.Kind] && reSideGap.MatchString(g):
				// "三岔湖东南岸未来医学城": a body on a side of a place lies there.
				v.add(store.RelLocatedIn, b, a, "side-of", 0.7, nil)
			case reOwnedGap.MatchString(g) && (a.Kind == store.KindEnterprise || a.Kind == store.KindGovernmentAgency || a.Kind == store.KindUniversity) &&
				(b.Kind == store.KindEnterprise || b.Kind == store.KindResearchInstitute || b.Kind == store.KindFund):
				// "成都交子金控集团旗下智慧车城公司": a body's firm is part of it.
				v.add(store.RelPartOf, b, a, "owned-by", 0.75, nil)
			case reAlumnus.MatchString(g) && a.Kind == store.KindTalent && b.Kind == store.KindUniversity:
				v.add(store.RelAlumnusOf, a, b, "alumnus-of", 0.85, nil)
			case g == "" && a.Kind == store.KindUniversity && b.Kind == store.KindTalent && strings.HasPrefix(v.gapBefore(b), "校友"):
				v.add(store.RelAlumnusOf, b, a, "alumnus-of", 0.8, nil)
			case reAlumIs.MatchString(g) && a.Kind == store.KindTalent && b.Kind == store.KindUniversity && reAlumTail.MatchString(tail):
				v.add(store.RelAlumnusOf, a, b, "alumnus-of", 0.8, nil)
			case reWorksVia.MatchString(g) && a.Kind == store.KindTalent && bodyKinds[b.Kind]:
				role := ""
				if t := v.r.titleAt(b.End, v.s.End); t != "" {
					role = t
				}
				v.add(store.RelWorksAt, a, b, "works-at", 0.8, propsIf("role", role))
			case b.Kind == store.KindTalent && bodyKinds[a.Kind] && b.Props["title"] != "" && titleChain(g) && g != "院士" && !strings.HasSuffix(g, "校友") && !graduateTitles[g]:
				v.add(store.RelWorksAt, b, a, "works-at", 0.8, propsIf("role", g))
			case a.Kind == store.KindIndustryChain && focusKinds[b.Kind] && (reChainBase.MatchString(g) && reChainBaseTail.MatchString(tail) || reChainSited.MatchString(g)):
				// "网络安全产业链以成都电子信息产业功能区为主承载地", "卫星互联
				// 网产业链依托菁蓉镇卫星互联网产业园", "…产业链布局在德源…".
				v.add(store.RelSupportsChain, b, a, "chain-site", 0.7, nil)
			case reWith.MatchString(g) && bodyKinds[a.Kind] && bodyKinds[b.Kind] && reSigned.MatchString(tail):
				v.add(store.RelPartnersWith, a, b, "signed-with", 0.8, map[string]string{"how": signedHow(tail)})
			case reWith.MatchString(g) && bodyKinds[a.Kind] && bodyKinds[b.Kind] && len(v.listFrom(j, ms)) > 1 &&
				reSigned.MatchString(reListEtc.ReplaceAllString(v.afterList(j, ms), "")):
				// "四川大学已先后与成都高新区、双流区、武侯区等签署…协议"
				how := signedHow(reListEtc.ReplaceAllString(v.afterList(j, ms), ""))
				for _, t := range v.listFrom(j, ms) {
					v.add(store.RelPartnersWith, a, t, "signed-with", 0.75, map[string]string{"how": how})
				}
			case reWith.MatchString(g) && bodyKinds[a.Kind] && bodyKinds[b.Kind] && rePartner.MatchString(tail):
				v.add(store.RelPartnersWith, a, b, "partners-with", 0.6, nil)
			case a.Kind == store.KindEnterprise && b.Kind == store.KindIndustryChain && reLeads.MatchString(carried(g)+b.Surface+tail) && strings.Contains(tail[:min(len(tail), 24)], "链主"):
				v.add(store.RelLeadsChain, a, b, "leads-chain", 0.75, nil)
			case a.Kind == store.KindEnterprise && b.Kind == store.KindIndustryChain && reMember.MatchString(carried(g)+b.Surface+tail):
				sm := reMember.FindStringSubmatch(carried(g) + b.Surface + tail)
				v.add(store.RelMemberOfChain, a, b, "member-of-chain", 0.7, propsIf("position", position(sm[4])))
			case a.Kind == store.KindIndustryChain && b.Kind == store.KindEnterprise && reChainLeader.MatchString(g):
				v.add(store.RelLeadsChain, b, a, "leads-chain", 0.75, nil)
			}
		}
	}
}

// carried returns the words of a gap that bear on its second mention when
// the sentence goes on about its first in a later clause without naming
// it again: "X成立于2019年,是新都区轨道交通产业链的链主企业" reads as
// "X是…". A gap of one clause is returned whole; what was given up is a
// later clause whose subject is another body left unnamed.
func carried(g string) string {
	i := strings.LastIndexAny(g, ",;")
	if i < 0 {
		return g
	}
	rest := g[i+1:]
	if strings.ContainsAny(g[:i], "。") || !reCarriedCopula.MatchString(rest) {
		return g
	}
	return rest
}

var reCarriedCopula = regexp.MustCompile(`^(目前|现已|现|已|也|还)?(是|为|作为|成为|系|属于)|^总部(位于|设在)$`)

// higher reports whether region a contains region b by level: a province
// or city before a district or county ("成都市锦江区", "上海黄浦区").
func higher(a, b string) bool {
	if a == "成都市" && chengduCounties[b] {
		return true
	}
	la, lb := level(a), level(b)
	// A town or a street lies in the district or county named right
	// before it ("龙泉驿区大面街道").
	if lb < 0 {
		return la == 1 && !strings.HasSuffix(a, "新区") && !strings.HasSuffix(a, "开发区")
	}
	return la > 0 && lb > 0 && la > lb
}

func level(name string) int {
	switch {
	case strings.HasSuffix(name, "省") || strings.HasSuffix(name, "自治区"):
		return 3
	case strings.HasSuffix(name, "新区") || strings.HasSuffix(name, "高新区") || strings.HasSuffix(name, "开发区"):
		return 1
	case strings.HasSuffix(name, "市"):
		return 2
	case strings.HasSuffix(name, "区") || strings.HasSuffix(name, "县"):
		return 1
	case strings.HasSuffix(name, "街道") || strings.HasSuffix(name, "镇") || strings.HasSuffix(name, "乡"):
		return -1
	}
	return 0
}

// stripQuoted drops a quoted slogan from a gap: "举行“共赋高成长”".
func stripQuoted(g string) string {
	return reQuoted.ReplaceAllString(g, "")
}

var reQuoted = regexp.MustCompile(`“[^”]*”`)

// reOpeningGap: a ceremony joined to an event by 暨, between the event and
// the place both were held in ("A大会暨X科技园开园仪式在彭州市举办").
var reOpeningGap = regexp.MustCompile(`^暨[^,。;]{2,30}` + openingCeremony)

// implicitSubject: "张晓明毕业于电子科技大学,现任成都云图科技有限公司首席
// 技术官" — a clause without a subject continues the person before it.
func (v *sentenceView) implicitSubject() {
	var person *Mention
	for _, m := range v.outer() {
		if m.Kind == store.KindTalent {
			person = m
			continue
		}
		if person == nil || !bodyKinds[m.Kind] {
			continue
		}
		lead := string(v.r.text[v.clauseStart(m.Start):m.Start])
		if v.clauseStart(m.Start) <= person.Start {
			continue
		}
		switch {
		case reWorksVia.MatchString(lead):
			v.add(store.RelWorksAt, person, m, "works-at", 0.7, propsIf("role", v.r.titleAt(m.End, v.s.End)))
		case m.Kind == store.KindUniversity && (reClauseAlum.MatchString(lead) ||
			reDegreeAt.MatchString(lead) && reDegreeTail.MatchString(string(v.r.text[m.End:min(v.s.End, m.End+8)]))):
			// "…,1993年毕业于原成都科技大学", "…,后于四川大学获得博士学位"
			v.add(store.RelAlumnusOf, person, m, "alumnus-of", 0.7, nil)
		}
	}
}

// roles reads the descriptors that precede a person's name: "四川大学校友、
// 成都知芯生物医药有限公司总经理孙佳宁", "创始人兼董事长刘振宇", "实验室主任、
// 中国工程院院士吴建平". Each body there is followed by what the person is
// at it; 校友 makes an alumnus, a title a post. An academician (院士) is a
// member of an academy, not on its staff.
func (v *sentenceView) roles() {
	ms := v.outer()
	byEnd := map[int]*Mention{}
	for _, m := range ms {
		byEnd[m.End] = m
	}
	for _, p := range ms {
		if p.Kind != store.KindTalent {
			continue
		}
		type tok struct {
			body  *Mention
			title string
		}
		var toks []tok // read right to left
		pos := p.Start
		for pos > v.s.Start {
			if m := byEnd[pos]; m != nil && m != p {
				if m.Kind == store.KindTalent && pos < v.s.End && v.r.text[pos] == '、' {
					// "副区长朱光春、郑斐", "川大校友何晟、2012级博士校友孔令仪":
					// the titles and bodies before the first person of a list
					// are the others' too, unless the person has a body of
					// their own ("A主任王某、B主席周某").
					if slices.ContainsFunc(toks, func(t tok) bool { return t.body != nil }) {
						break
					}
					pos = m.Start
					continue
				}
				if !bodyKinds[m.Kind] {
					break
				}
				toks = append(toks, tok{body: m})
				pos = m.Start
				continue
			}
			if c := v.r.text[pos-1]; c == '、' || c == '兼' {
				pos--
				continue
			}
			t := v.titleEnding(pos)
			if t == "校友" {
				// "2006届校友", "2012级博士校友": the cohort goes with it.
				if c := reCohort.FindString(string(v.r.text[max(v.s.Start, pos-12) : pos-2])); c != "" {
					toks = append(toks, tok{title: t})
					pos -= 2 + utf8.RuneCountInString(c)
					continue
				}
			}
			if t == "" {
				// "副主任、合成生物学团队负责人龚振南": a title qualified by
				// what it heads, no body; the titles before it go on.
				if n := v.qualifier(pos); n > 0 && len(toks) > 0 && toks[len(toks)-1].title != "" {
					toks = toks[:len(toks)-1]
					pos -= n
					continue
				}
				break
			}
			toks = append(toks, tok{title: t})
			pos -= utf8.RuneCountInString(t)
			// "电子科技大学科技委主任", "功能区管委会综合管理部部长": a post in
			// a body's department is a post at the body.
			if n := v.department(pos, byEnd); n > 0 {
				pos -= n
				continue
			}
			// "清华大学环境学院硕士毕业生": the degree goes with it.
			if graduateTitles[t] {
				for _, d := range []string{"本科", "硕士", "博士", "研究生"} {
					if pos-2 >= v.s.Start && string(v.r.text[pos-2:pos]) == d {
						pos -= 2
						break
					}
				}
			}
		}
		var body *Mention
		for k := len(toks) - 1; k >= 0; k-- {
			t := toks[k]
			switch {
			case t.body != nil:
				body = t.body
			case body == nil:
			case t.title == "校友" || graduateTitles[t.title]:
				if body.Kind == store.KindUniversity {
					v.add(store.RelAlumnusOf, p, body, "alumnus-of", 0.75, nil)
				}
			case t.title != "院士":
				v.add(store.RelWorksAt, p, body, "works-at", 0.75, propsIf("role", t.title))
			}
		}
	}
}

// graduateTitles name a university's graduates and students, who are its
// alumni in the graph, not its staff.
var graduateTitles = wordSet(`毕业生 博士生 硕士生 研究生 博士 在读博士 在读硕士 博士研究生 硕士研究生`)

// qualifier returns the length of a run of plain words ending at pos that
// follows a 、 of a list of titles (at most ten characters), or 0.
// department returns the length of a department's name that ends at pos
// right after a body's name, or 0.
func (v *sentenceView) department(pos int, byEnd map[int]*Mention) int {
	for n := 2; n <= 8 && pos-n >= v.s.Start; n++ {
		if !allHan(v.r.text[pos-n : pos]) {
			return 0
		}
		if b := byEnd[pos-n]; b != nil && orgKinds[b.Kind] && reDepartment.MatchString(string(v.r.text[pos-n:pos])) {
			return n
		}
	}
	return 0
}

// reDepartment: the last words of a department's name.
var reDepartment = regexp.MustCompile(`^\p{Han}{1,6}(处|科|部|委|办|办公室|中心|研究室)$`)

func (v *sentenceView) qualifier(pos int) int {
	for n := 1; n <= 10 && pos-n > v.s.Start; n++ {
		c := v.r.text[pos-n]
		if !han(c) {
			return 0
		}
		if v.r.text[pos-n-1] == '、' {
			return n
		}
	}
	return 0
}

var (
	reClauseAlum = regexp.MustCompile(`^((19|20)\d{2}年)?(本科|硕士|博士|研究生)?(毕业于|就读于|求学于)(原)?$`)
	reDegreeAt   = regexp.MustCompile(`^(后|随后|之后|并|又|再)?于$`)
	reDegreeTail = regexp.MustCompile(`^(获得|取得|获)(博士|硕士|学士)?学位`)
)

var reCohort = regexp.MustCompile(`\d{2,4}(级|届)(本科|硕士|博士|研究生)?$`)

// bracketRole: "孔令仪(成都精准医学产业技术研究院院长)": a body and a title
// in brackets after a person say where the person works.
func (v *sentenceView) bracketRole() {
	ms := v.outer()
	for i, p := range ms {
		if p.Kind != store.KindTalent || i+1 >= len(ms) || v.gap(p.End, ms[i+1].Start) != "(" {
			continue
		}
		b := ms[i+1]
		t := v.r.titleAt(b.End, v.s.End)
		if !bodyKinds[b.Kind] || t == "" || t == "院士" || b.End+utf8.RuneCountInString(t) >= v.s.End || v.r.text[b.End+utf8.RuneCountInString(t)] != ')' {
			continue
		}
		v.add(store.RelWorksAt, p, b, "works-at", 0.7, propsIf("role", t))
	}
}

// titleEnding returns the longest title (or 校友) that ends at pos.
func (v *sentenceView) titleEnding(pos int) string {
	best := ""
	for _, t := range append([]string{"校友"}, titleWords...) {
		l := utf8.RuneCountInString(t)
		if pos-l >= v.s.Start && string(v.r.text[pos-l:pos]) == t && l > utf8.RuneCountInString(best) {
			best = t
		}
	}
	return best
}

// partnerClause: "X已引进…,与A、B等12家单位建立协同攻关机制" — a clause
// that opens with 与 and names no subject goes on about the body that
// opens the sentence, which partners with each body listed.
func (v *sentenceView) partnerClause() {
	ms := v.outer()
	if len(ms) == 0 || !bodyKinds[ms[0].Kind] || !v.r.opensSentence(ms[0]) && ms[0].Rule != "anaphora" {
		return
	}
	subj := ms[0]
	for j, m := range ms {
		cs := v.clauseStart(m.Start)
		if j == 0 || cs <= subj.End || !reWith.MatchString(v.gap(cs, m.Start)) || !bodyKinds[m.Kind] || ms[j-1].Start >= cs {
			continue
		}
		list := []*Mention{m}
		for k := j + 1; k < len(ms) && bodyKinds[ms[k].Kind]; k++ {
			if g := v.gap(ms[k-1].End, ms[k].Start); g != "、" && g != "和" && g != "及" {
				break
			}
			list = append(list, ms[k])
		}
		end := list[len(list)-1].End
		if !rePartnerTail.MatchString(string(v.r.text[end:min(v.s.End, end+24)])) {
			continue
		}
		for _, t := range list {
			v.add(store.RelPartnersWith, subj, t, "partners-with", 0.6, nil)
		}
	}
}

var rePartnerTail = regexp.MustCompile(`^(等` + listQualifier + `(\d+|[一二三四五六七八九十两几多]+)?余?[家个所]?` + listQualifier + `(单位|机构|高校|企业|院所)?)?((签署|签订|签约|达成|建立|开展|深化|共建)[^,。;]{0,8}(合作|协议|协同|联盟|机制)|(合作|携手)(建设|共建|组建|研发|开展|打造|成立))`)

// listQualifier: the words that qualify the count and class after a list
// of partners, "等42所国内外知名高校".
const listQualifier = `(国内外|国内|国外|海内外|境内外|全国|全球|知名|重点|顶尖|一流|头部|国内外知名|国内知名|国际知名|海内外知名)?`

// bracketPlace: "·氢能装备中试验证平台(龙泉驿区)" — a place in brackets
// right after a body's name is where the body is.
func (v *sentenceView) bracketPlace() {
	ms := v.outer()
	for i, m := range ms {
		if i+1 >= len(ms) || !builtKinds[m.Kind] || m.Kind == store.KindRegion {
			continue
		}
		p := ms[i+1]
		if p.Kind != store.KindRegion || v.gap(m.End, p.Start) != "(" || p.End >= v.s.End || v.r.text[p.End] != ')' {
			continue
		}
		// "X(成都)项目" goes on into a longer name.
		if p.End+1 < v.s.End && !hardStop(v.r.text[p.End+1]) {
			continue
		}
		v.add(store.RelLocatedIn, m, p, "bracket-place", 0.7, nil)
	}
	// "·遂宁锂盐新材料中试平台(四川锂川新材料股份有限公司、遂宁市)": a
	// facility in a list line followed by its host bodies in brackets.
	for i, m := range ms {
		if !facilityKinds[m.Kind] || i+1 >= len(ms) || v.gap(m.End, ms[i+1].Start) != "(" {
			continue
		}
		hosts := []*Mention{ms[i+1]}
		for k := i + 2; k < len(ms) && reBuilderJoin.MatchString(v.gap(ms[k-1].End, ms[k].Start)); k++ {
			hosts = append(hosts, ms[k])
		}
		last := hosts[len(hosts)-1]
		if last.End >= v.s.End || v.r.text[last.End] != ')' || !listLine(v) {
			continue
		}
		for _, h := range hosts {
			if builderKinds[h.Kind] && h.Kind != store.KindRegion {
				v.add(store.RelCoBuiltBy, m, h, "bracket-builder", 0.65, nil)
			}
		}
	}
}

// listLine reports a sentence that is a line of a list: it opens with a
// bullet or a number ("·", "1.", "(3)").
func listLine(v *sentenceView) bool {
	return reListLine.MatchString(string(v.r.text[v.s.Start:min(v.s.End, v.s.Start+5)]))
}

var reListLine = regexp.MustCompile(`^([·•\-*]|\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]+、)`)

// clauseSubject: "X正式投入运营",已为A、B等企业提供服务,已孵化出C" —
// clauses without a subject continue the sentence's first body.
func (v *sentenceView) clauseSubject() {
	ms := v.outer()
	var subj *Mention
	for _, m := range ms {
		if platformKinds[m.Kind] && m.Kind != store.KindEnterprise && m.Kind != store.KindRegion && m.Kind != store.KindUniversity {
			subj = m
			break
		}
	}
	if subj == nil {
		return
	}
	first := subj
	for i := v.s.Start; i < v.s.End; i++ {
		if i != v.s.Start && !strings.ContainsRune(",;", v.r.text[i-1]) {
			continue
		}
		// Each part of a sentence cut by semicolons has a subject of its
		// own: "A平台…已为…提供服务;B平台…已为…完成验证".
		subj = first
		seg := v.s.Start
		for k := i - 1; k > v.s.Start; k-- {
			if v.r.text[k] == ';' {
				seg = k + 1
				break
			}
		}
		for _, m := range ms {
			if m.Start >= seg && m.End <= i && platformKinds[m.Kind] && m.Kind != store.KindEnterprise && m.Kind != store.KindRegion && m.Kind != store.KindUniversity {
				subj = m
				break
			}
		}
		if i <= subj.End {
			continue
		}
		ce := v.clauseEnd(i)
		rest := string(v.r.text[i:ce])
		var targets []*Mention
		for _, m := range ms {
			if m.Start >= i && m.End <= ce && m.Kind == store.KindEnterprise {
				targets = append(targets, m)
			}
		}
		switch {
		case reClauseServe.MatchString(rest) && (strings.Contains(rest, "提供") || strings.Contains(rest, "完成") || strings.Contains(rest, "开展")):
			for _, t := range targets {
				v.add(store.RelServes, subj, t, "serves", 0.65, nil)
			}
		case reClauseServed.MatchString(rest):
			for _, t := range targets {
				v.add(store.RelServes, subj, t, "serves", 0.65, nil)
			}
		case reClauseInc.MatchString(rest):
			for _, t := range targets {
				v.add(store.RelIncubated, subj, t, "incubated", 0.65, nil)
			}
		}
	}
}

// firmSubject is the firm a sentence is about: its first body, when that
// is a firm that opens the sentence or a 该公司 standing for one.
func (v *sentenceView) firmSubject(ms []*Mention) *Mention {
	if len(ms) == 0 || ms[0].Kind != store.KindEnterprise || !v.r.opensSentence(ms[0]) && ms[0].Rule != "anaphora" {
		return nil
	}
	return ms[0]
}

// clauseSupplies: "X是…的链属企业,为Y提供激光雷达模组" — a later clause
// without a subject that supplies a firm continues the firm that opens the
// sentence.
func (v *sentenceView) clauseSupplies() {
	ms := v.outer()
	subj := v.firmSubject(ms)
	if subj == nil {
		return
	}
	for j, m := range ms[1:] {
		cs := v.clauseStart(m.Start)
		if cs <= subj.End || m.Kind != store.KindEnterprise || !reClauseSupply.MatchString(v.gap(cs, m.Start)) {
			continue
		}
		if j > 0 && ms[j].Start >= cs {
			continue // not the first body of its clause
		}
		tail := v.afterList(j+1, ms)
		sm := reSupplyTo.FindStringSubmatch(tail)
		if sm == nil {
			continue
		}
		for _, t := range v.listFrom(j+1, ms) {
			v.add(store.RelSupplies, subj, t, "supplies", 0.65, map[string]string{"product": sm[2]})
		}
	}
}

const clauseTime = `(?:[^,。;:]{0,4}?(?:以来|来|年|月|期间|半年|之后|后))?`

var reClauseSupply = regexp.MustCompile(`^(已|已经|还|并|主要|长期|先后|目前|同时)?(为|向)$`)

// chainSites: "集成电路产业重点在成都高新区集聚发展,人工智能产业依托成都
// 高新区、郫都区布局" — a clause that opens with a chain and places it
// makes every zone it names a supporter of the chain; so does "园区是
// 新都区发展航空发动机产业的主阵地".
func (v *sentenceView) chainSites() {
	ms := v.outer()
	for i, c := range ms {
		if c.Kind != store.KindIndustryChain {
			continue
		}
		cs, ce := v.clauseStart(c.Start), v.clauseEnd(c.End)
		if c.Start-cs <= 2 && reSitingVerb.MatchString(v.gap(c.End, ce)) {
			for _, z := range ms[i+1:] {
				if z.Start >= ce {
					break
				}
				if z.Kind == store.KindRegion {
					v.add(store.RelSupportsChain, z, c, "chain-site", 0.65, nil)
				}
			}
		}
		// "Z是…发展C产业的主阵地"
		if reMainBase.MatchString(string(v.r.text[c.End:min(v.s.End, c.End+10)])) {
			for k := i - 1; k >= 0; k-- {
				z := ms[k]
				if z.Start < cs {
					break
				}
				if focusKinds[z.Kind] && strings.Contains(v.gap(z.End, c.Start), "是") {
					v.add(store.RelSupportsChain, z, c, "chain-site", 0.65, nil)
					break
				}
			}
		}
	}
}

var (
	reSitingVerb = regexp.MustCompile(`^(产业链|产业)?[^,;。]{0,20}?(集聚发展|布局|为主要承载区|为主承载地|为主阵地|为核心承载区)`)
	reMainBase   = regexp.MustCompile(`^(产业链|产业)?的(主阵地|主承载地|主要承载区|核心承载区|重要承载地)`)
)

// suppliedBy: "公司现有一级供应商38家:叶片由A供应,机匣来自B,控制器则由C
// 配套" — the parts a firm (the sentence's subject) buys, and from whom.
func (v *sentenceView) suppliedBy() {
	ms := v.outer()
	buyer := v.firmSubject(ms)
	if buyer == nil {
		return
	}
	for _, m := range ms[1:] {
		if m.Kind != store.KindEnterprise || m.Name == buyer.Name {
			continue
		}
		before := v.gap(v.clauseStart(m.Start), m.Start)
		after := v.gap(m.End, v.clauseEnd(m.End))
		if reByTail.MatchString(before) && reSuppliedVerb.MatchString(after) || reBoughtFrom.MatchString(before) {
			v.add(store.RelSupplies, m, buyer, "supplied-by", 0.65, nil)
		}
	}
}

var (
	reByTail       = regexp.MustCompile(`(则由|均由|由)$`)
	reSuppliedVerb = regexp.MustCompile(`^(等\p{Han}{0,4})?(供应|供货|配套|提供|生产|批量供应|独家供应)`)
	reBoughtFrom   = regexp.MustCompile(`(来自|采购自|采购于|购自|采购)$`)
)

// labelledChain: a line of a list that names a chain and labels its firms,
// "2.卫星互联网产业链——链主企业:A;链属企业:B、C。", states who leads the
// chain and who belongs to it.
func (v *sentenceView) labelledChain() {
	text := v.r.text
	var chain *Mention
	role := store.RelType("")
	prevEnd := 0
	for _, m := range v.outer() {
		if m.Kind == store.KindIndustryChain && role == "" {
			chain, prevEnd = m, m.End
			continue
		}
		if chain == nil {
			return
		}
		label := string(text[min(prevEnd, m.Start):m.Start])
		prevEnd = m.End
		switch {
		case reLeaderLabel.MatchString(label):
			role = store.RelLeadsChain
		case reMemberLabel.MatchString(label):
			role = store.RelMemberOfChain
		case label != "、" && label != "和" && label != "及":
			role = ""
		}
		if role != "" && m.Kind == store.KindEnterprise {
			v.add(role, m, chain, "labelled-chain", 0.75, nil)
		}
	}
}

var (
	reLeaderLabel = regexp.MustCompile(`(链主企业|链主)[::]$`)
	reMemberLabel = regexp.MustCompile(`(链属企业|配套企业|成员企业)[::]$`)
)

// leadsByText: "X是成都机器人产业链链主企业" names the chain in the words
// before 链主 even when no rule found it as a name.
func (v *sentenceView) leadsByText() {
	for _, m := range v.outer() {
		if m.Kind != store.KindEnterprise {
			continue
		}
		rest := string(v.r.text[m.End:v.s.End])
		sm := reLeadsText.FindStringSubmatch(rest)
		if sm == nil {
			continue
		}
		chain := sm[2]
		for _, own := range []string{"我区", "我市", "我省", "本区", "本市", "全区", "全市"} {
			chain = strings.TrimPrefix(chain, own)
		}
		for _, p := range placeStemList {
			if c, ok := strings.CutPrefix(chain, p); ok && utf8.RuneCountInString(c) >= 2 {
				chain = strings.TrimPrefix(c, "市")
				break
			}
		}
		if utf8.RuneCountInString(chain) < 2 || distinctLen(chain) < 2 {
			continue
		}
		c := &Mention{Span: m.Span, Sentence: m.Sentence, Surface: chain, Name: chain, Kind: store.KindIndustryChain, Rule: "leads-chain", Conf: 0.7}
		v.add(store.RelLeadsChain, m, c, "leads-chain", 0.75, nil)
	}
}

// gapBefore returns the text just before a mention in its sentence.
func (v *sentenceView) gapBefore(m *Mention) string {
	return string(v.r.text[max(v.s.Start, m.Start-2):m.Start])
}

// listFrom returns the mention at j and those listed after it with 、 or 和.
func (v *sentenceView) listFrom(j int, ms []*Mention) []*Mention {
	out := []*Mention{ms[j]}
	for k := j + 1; k < len(ms); k++ {
		g := v.gap(ms[k-1].End, ms[k].Start)
		if g != "、" && g != "和" && g != "及" && g != "与" || ms[k].Kind != ms[j].Kind {
			break
		}
		out = append(out, ms[k])
	}
	return out
}

func (v *sentenceView) afterList(j int, ms []*Mention) string {
	l := v.listFrom(j, ms)
	end := l[len(l)-1].End
	return string(v.r.text[end:min(v.s.End, end+16)])
}

func titleChain(g string) bool {
	if g == "" {
		return false
	}
	for _, p := range strings.Split(g, "、") {
		found := false
		for _, t := range titleWords {
			if p == t {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func propsIf(k, v string) map[string]string {
	if v == "" {
		return nil
	}
	return map[string]string{k: v}
}

func position(s string) string {
	switch s {
	case "上游":
		return "UPSTREAM"
	case "中游":
		return "MIDSTREAM"
	case "下游":
		return "DOWNSTREAM"
	}
	return ""
}

// focus: "成都科学城重点围绕网络安全、空天技术、先进核能等领域" — a body
// that opens a clause and focuses on industries supports those chains; so
// does one built "聚焦空天科技、生命科学……等优势领域" after the list.
func (v *sentenceView) focus() {
	ms := v.outer()
	for i, s := range ms {
		if !focusKinds[s.Kind] {
			continue
		}
		cs := v.clauseStart(s.Start)
		if lead := string(v.r.text[cs:s.Start]); utf8.RuneCountInString(lead) > 2 && !strings.HasSuffix(lead, ":") {
			continue
		}
		after := string(v.r.text[s.End:min(v.s.End, s.End+12)])
		if !reFocus.MatchString(after) {
			continue
		}
		ce := v.clauseEnd(s.End)
		for _, c := range ms[i+1:] {
			if c.Start >= ce {
				break
			}
			if c.Kind == store.KindIndustryChain {
				v.add(store.RelSupportsChain, s, c, "supports-chain", 0.7, nil)
			}
		}
	}
	v.focusCarried(ms)
	// The list first, then the body: "聚焦…等优势领域加快组建天府实验室".
	str := string(v.r.text[v.s.Start:v.s.End])
	for _, loc := range reFocusPre.FindAllStringIndex(str, -1) {
		p := v.s.Start + utf8.RuneCountInString(str[:loc[0]])
		ce := v.clauseEnd(p)
		var chains []*Mention
		var target *Mention
		for _, m := range ms {
			if m.Start < p || m.Start >= ce {
				continue
			}
			if m.Kind == store.KindIndustryChain && target == nil {
				chains = append(chains, m)
			} else if len(chains) > 0 && focusKinds[m.Kind] && target == nil {
				if g := v.gap(chains[len(chains)-1].End, m.Start); reBuild.MatchString(g) {
					target = m
				}
			}
		}
		for _, c := range chains {
			v.add(store.RelSupportsChain, target, c, "supports-chain", 0.65, nil)
		}
	}
}

// focusCarried: "共建激光感知联合实验室,聚焦低空经济、工业机器人等领域" —
// a clause that opens with 聚焦 or 围绕 and names no
// subject goes on about the body the clause before it built. Only a body
// that is the object of a verb of building is carried over; a clause
// before it that merely names bodies leaves the focus unattributed.
func (v *sentenceView) focusCarried(ms []*Mention) {
	for i := v.s.Start + 1; i < v.s.End; i++ {
		if v.r.text[i-1] != ',' && v.r.text[i-1] != ';' || !reFocusOpen.MatchString(v.gap(i, min(v.s.End, i+6))) {
			continue
		}
		// The clause that says what was built may lie a clause or two
		// back: "X由A牵头建设,联合B共同运营,重点服务…".
		var subj *Mention
		for ce, k := i-1, 0; subj == nil && k < 3 && ce > v.s.Start; k++ {
			cs := v.clauseStart(ce)
			subj = v.builtIn(ms, cs, ce)
			ce = cs - 1
		}
		subjects := []*Mention{subj}
		if subj == nil {
			subjects = v.sentenceSubjects(ms, i)
		}
		ce := v.clauseEnd(i)
		for _, c := range ms {
			if c.Start >= i && c.End <= ce && c.Kind == store.KindIndustryChain {
				for _, sj := range subjects {
					v.add(store.RelSupportsChain, sj, c, "supports-chain", 0.65, nil)
				}
			}
		}
	}
}

// sentenceSubjects returns the bodies a sentence is about, when a later
// clause with no subject of its own goes on about them: "高新区和郫都区建立起
// …机制,聚焦集成电路、新型显示等产业方向" — the first bodies before before
// that open a clause (after at most a two-character lead, or a clause of
// place, "在X,") and are followed by a verb, a list joined by 和, 与 or 、.
func (v *sentenceView) sentenceSubjects(ms []*Mention, before int) []*Mention {
	for k, m := range ms {
		if m.End > before {
			return nil
		}
		cs := v.clauseStart(m.Start)
		// "作为X的…之一,Y…": what a preposition introduces is no subject;
		// "作为X之一的Y拔地而起": what it qualifies is.
		if lead := string(v.r.text[cs:m.Start]); !reAsAttr.MatchString(lead) && (utf8.RuneCountInString(lead) > 2 || rePrepLead.MatchString(lead)) || !focusKinds[m.Kind] {
			continue
		}
		subj := []*Mention{m}
		last := m
		for _, o := range ms[k+1:] {
			if g := v.gap(last.End, o.Start); (g == "和" || g == "与" || g == "、") && focusKinds[o.Kind] {
				subj = append(subj, o)
				last = o
				continue
			}
			break
		}
		ce := v.clauseEnd(last.End)
		// "在成都高新区," is a place, not a subject: a verb must follow.
		rest := reLeadBracket.ReplaceAllString(strings.TrimLeft(string(v.r.text[last.End:ce]), "”’"), "")
		// "X的目标总规模为10亿元": a sentence about X's attributes is about X.
		if utf8.RuneCountInString(rest) < 2 || reClauseVerb.FindStringIndex(rest) == nil && !strings.HasPrefix(rest, "的") &&
			!reAsAttr.MatchString(string(v.r.text[cs:m.Start])) {
			continue
		}
		return subj
	}
	return nil
}

// rePrepLead: prepositions that open a clause before a body that is then
// no subject.
var rePrepLead = regexp.MustCompile(`^(作为|在|对|与|和|为|由|把|被|向|从|据|经)$`)

// reClauseVerb: what follows a body that is a clause's subject.
var reClauseVerb = regexp.MustCompile(`^(已|将|还|正|也|则|均|共同|正在|正式|积极|加快|全力|着力|持续|深入|不断|率先|近年来|目前)?(建立|建设|打造|推进|推动|实施|出台|发布|形成|构建|培育|发展|布局|引进|坚持|聚焦|围绕|拥有|集聚|是|作为|由|位于|依托)`)

// reLeadBracket: a bracket right after a name ("X(前沿医学中心)由…").
var reLeadBracket = regexp.MustCompile(`^\([^)]{1,16}\)`)

// reAsAttr: "作为中国西部(成都)科学城“一核四区”之一的": an attribute that
// opens a clause and qualifies its subject.
var reAsAttr = regexp.MustCompile(`^作为[^,。;]{2,30}的$`)

var reFocusOpen = regexp.MustCompile(`^(并|将)?((重点|主要|着力|全力)?(聚焦|围绕|瞄准|主攻|深耕|专注|投向|服务于|服务|关注|投资于|明确|赋能)|(重点|主要)投资)`)

// builtIn returns the last body of [cs, ce) that a verb of building in the
// same clause introduces, when it ends the clause.
func (v *sentenceView) builtIn(ms []*Mention, cs, ce int) *Mention {
	var last *Mention
	for _, m := range ms {
		if m.Start >= cs && m.End <= ce {
			last = m
		}
	}
	if last == nil || last.End != ce || !focusKinds[last.Kind] || last.Kind == store.KindRegion {
		return v.builtBy(ms, cs, ce)
	}
	lead := v.gap(cs, last.Start)
	if !reCoBuild.MatchString(lead) && !reBuild.MatchString(lead) {
		return nil
	}
	return last
}

// builtBy returns the body that opens [cs, ce) when the clause says who
// built it: "天府永兴实验室由A、B和C等共同组建".
func (v *sentenceView) builtBy(ms []*Mention, cs, ce int) *Mention {
	var first *Mention
	for _, m := range ms {
		if m.Start >= cs && m.End <= ce {
			first = m
			break
		}
	}
	if first == nil || first.Start-cs > 2 || !focusKinds[first.Kind] || first.Kind == store.KindRegion ||
		!strings.HasPrefix(v.gap(first.End, ce), "由") || !reBuiltEnd.MatchString(v.gap(first.End, ce)) {
		return nil
	}
	return first
}

var reBuiltEnd = regexp.MustCompile(`(组建|建设|共建|设立|成立|打造|创建|发起|发起设立|运营)$`)

// fields: pilot platforms named by their field ("智能硬件、前沿材料等中试
// 平台") serve that field's chain.
func (v *sentenceView) fields() {
	for _, m := range v.ms {
		if m.Kind != store.KindPilotPlatform || m.Props["field"] == "" {
			continue
		}
		chain := &Mention{Span: m.Span, Sentence: m.Sentence, Surface: m.Props["field"], Name: m.Props["field"],
			Kind: store.KindIndustryChain, Rule: "pilot-platform-field", Conf: 0.7}
		v.add(store.RelServes, m, chain, "pilot-platform-field", 0.7, nil)
	}
}

// regionBuilds: "成都科学城重点建设综合性国家科学中心,建设天府实验室、创建
// 国际技术转移中心等" — a region that opens a clause and builds, lays out
// or gathers a list of bodies is where they are. The list runs over commas
// up to the next semicolon or full stop; a region that opens a later
// clause with a verb of its own takes over from there. What was given up:
// a body named in such a span for another reason ("带动A发展") is read as
// built there too.
var reRegionBuilds = regexp.MustCompile(`^(已|将|还|已经)?(重点|加快|着力|率先|集中|优先|大力)?(建设|布局|打造|建成|创建|聚集|集聚|汇聚|引进|引育|布局建设|涌现出|涌现)`)

func (v *sentenceView) regionBuilds() {
	ms := v.outer()
	for i, reg := range ms {
		if !v.opensBuildClause(reg) {
			continue
		}
		end := v.listScopeEnd(reg.End)
		for _, t := range ms[i+1:] {
			if t.Start >= end || t.Kind == store.KindRegion && v.opensBuildClause(t) {
				break
			}
			if !builtKinds[t.Kind] || t.Kind == store.KindRegion && !namedBySuffix(t) || t.Start > 0 && v.r.text[t.Start-1] == '在' {
				continue
			}
			if t.Kind == store.KindRegion {
				v.add(store.RelLocatedIn, t, reg, "region-builds", 0.65, nil)
				continue
			}
			v.add(store.RelLocatedIn, t, reg, "region-builds", 0.7, nil)
		}
	}
}

// opensBuildClause reports a region at the start of a clause followed by a
// verb of building or gathering.
func (v *sentenceView) opensBuildClause(m *Mention) bool {
	if m.Kind != store.KindRegion {
		return false
	}
	lead := string(v.r.text[v.clauseStart(m.Start):m.Start])
	if utf8.RuneCountInString(lead) > 2 && !strings.HasSuffix(lead, ":") {
		return false
	}
	after := string(v.r.text[m.End:min(v.s.End, m.End+10)])
	// "·新都区:建设A、B": a column's line opens with the region.
	after = strings.TrimPrefix(after, ":")
	verb := reRegionBuilds.FindString(after)
	// "环高校知识经济圈建设行动:" names a programme: the verb is a noun there.
	return verb != "" && !reNominal.MatchString(after[len(verb):])
}

var reNominal = regexp.MustCompile(`^(行动|工程|计划|项目|方案|专项|任务|:|,|;|。|、|$)`)

// listScopeEnd returns where a list begun at i ends: at ; or 。.
func (v *sentenceView) listScopeEnd(i int) int {
	for j := i; j < v.s.End; j++ {
		if strings.ContainsRune(";。!?", v.r.text[j]) {
			return j
		}
	}
	return v.s.End
}

// namedBySuffix: a zone the document names by its own words (…产业园,
// …创新区), not a district or city of the lexicon, which a plan does not
// build.
func namedBySuffix(m *Mention) bool {
	return strings.HasPrefix(m.Rule, "suffix(") || m.Rule == "enum-project"
}

// listedMembers reads lists whose head says what their firms are to a
// chain or a firm named earlier in the sentence: "发挥航空发动机产业链链主
// 企业作用,带动A、B等链属企业协同发展" (members of that chain), and "该公司
// 发布优秀供应商名单,A、B及C等12家企业入选" (suppliers of that firm).
var (
	reMemberHead   = regexp.MustCompile(`^等?(\d+|[一二三四五六七八九十两几多百]+)?[家个]?(链属企业|配套企业|成员企业|上下游企业)`)
	reSupplierList = regexp.MustCompile(`(发布|公布|评选|认定)[^,。;]{0,12}(供应商|配套商|供货商)(名单|榜单|目录)`)
	reListedTail   = regexp.MustCompile(`^等?(\d+|[一二三四五六七八九十两几多百]+)?[家个]?(企业|公司|供应商)?(入选|入围|上榜|获评)`)
)

func (v *sentenceView) listedMembers() {
	ms := v.outer()
	str := string(v.r.text[v.s.Start:v.s.End])
	supLoc := reSupplierList.FindStringIndex(str)
	for j := 0; j < len(ms); j++ {
		m := ms[j]
		if m.Kind != store.KindEnterprise || j > 0 && ms[j-1].Kind == store.KindEnterprise && v.gap(ms[j-1].End, m.Start) == "、" {
			continue
		}
		list := v.listFrom(j, ms)
		tail := v.afterList(j, ms)
		switch {
		case reMemberHead.MatchString(tail):
			var chain *Mention
			for _, c := range ms[:j] {
				if c.Kind == store.KindIndustryChain {
					chain = c
				}
			}
			if chain == nil {
				continue
			}
			for _, t := range list {
				v.add(store.RelMemberOfChain, t, chain, "member-list", 0.65, nil)
			}
		case supLoc != nil && reListedTail.MatchString(tail):
			at := v.s.Start + utf8.RuneCountInString(str[:supLoc[0]])
			if m.Start < at {
				continue
			}
			var owner *Mention
			for _, o := range ms[:j] {
				if o.Kind == store.KindEnterprise && o.End <= at {
					owner = o
				}
			}
			if owner == nil {
				continue
			}
			for _, t := range list {
				if t.Name != owner.Name {
					v.add(store.RelSupplies, t, owner, "supplier-list", 0.65, nil)
				}
			}
		}
	}
}

// placeFocus: "紧扣彭州市产业主攻方向和中医药、航空动力等产业链核心领域" — in
// a sentence that names one place below its province, the industries
// that follow it in its own clause after a word of focus (主攻, 聚焦,
// 重点, 优势…), and that no other rule gave a body, are that place's
// focus. The city the genre is about (成都市) and provinces are left out:
// they are named in passing far more often than they focus. What was
// given up: an industry that the clause ties to something else by a
// pattern no rule reads is given to the place as well; on the whole
// sentence, without the clause and the word of focus, two in three were
// wrong.
func placeFocus(r *recognizer, bySent map[int][]*Mention, facts []Fact) []Fact {
	has := map[string]bool{}
	for _, f := range facts {
		if f.Type == store.RelSupportsChain {
			has[key(f.To.Name)+"|"+strconv.Itoa(f.Sentence)] = true
		}
	}
	for si := range r.sents {
		var place *Mention
		n := 0
		seen := map[string]bool{}
		for _, m := range bySent[si] {
			if m.Kind == store.KindRegion && !seen[m.Name] && level(m.Name) != 3 && m.Name != "成都市" && m.Name != "中国" {
				seen[m.Name] = true
				place = m
				n++
			}
		}
		if n != 1 {
			continue
		}
		for _, m := range bySent[si] {
			if between := string(r.text[min(place.End, m.Start):m.Start]); m.Kind == store.KindIndustryChain && !has[key(m.Name)+"|"+strconv.Itoa(si)] &&
				m.Start > place.End && reFocusWord.MatchString(between) && !strings.ContainsAny(between, ",;:") {
				facts = append(facts, Fact{Type: store.RelSupportsChain, From: place, To: m, Sentence: si, Rule: "place-focus", Conf: 0.5})
			}
		}
	}
	return facts
}

var reFocusWord = regexp.MustCompile(`聚焦|围绕|主攻|做强|做优|壮大|培育|主导|优势|重点|特色|支柱|首位|打造|布局|发展`)

// placeOpened: "在成都空天产业功能区,继4月底正式投产后,成都玉能科技有限公司近日签下
// …订单" — a sentence that opens with where it happens, in a clause of its
// own, places the firms whose clause says they came, produce or gather
// there. A firm the sentence only names as a partner or a model (围绕A、B
// 等链主企业, 与A合作) stays unplaced.
func (v *sentenceView) placeOpened() {
	ms := v.outer()
	if len(ms) < 2 {
		return
	}
	place := ms[0]
	lead := v.gap(v.s.Start, place.Start)
	if place.Kind != store.KindRegion || level(place.Name) > 1 || !reOpenedLead.MatchString(lead) ||
		place.End >= v.s.End || v.r.text[place.End] != ',' {
		return
	}
	for _, m := range ms[1:] {
		if m.Kind != store.KindEnterprise {
			continue
		}
		cs, ce := v.clauseStart(m.Start), v.clauseEnd(m.End)
		clause := v.gap(cs, ce)
		// Only the words after the last verb of coming before the firm
		// say what it is to the place: "围绕A等链主企业招引B" places B.
		before := v.gap(cs, m.Start)
		if locs := reCameVerb.FindAllStringIndex(before, -1); len(locs) > 0 {
			before = before[locs[len(locs)-1][1]:]
		}
		if !reCameVerb.MatchString(clause) || reNotHere.MatchString(before) {
			continue
		}
		v.add(store.RelLocatedIn, m, place, "place-opened", 0.55, nil)
	}
}

var (
	// reOpenedLead: what may come before 在 at a sentence's start.
	reOpenedLead = regexp.MustCompile(`^(另一边,|同时,|此外,|目前,|如今,)?在$`)
	// reCameVerb: a firm's clause that says it came, produces or gathers.
	reCameVerb = regexp.MustCompile(`引进|招引|落户|入驻|投产|落地|签下|集聚|聚集|扎根|开工|建成|成为.{0,6}邻居`)
	// reNotHere: words before a firm that make it a partner or a model.
	reNotHere = regexp.MustCompile(`围绕|依托|与|和|对标|学习|借鉴`)
)

// zoneCore: "成都科学城作为西部(成都)科学城的创新极核", "作为天府新区的核心区,
// X…" — a zone that is another's core or part lies within it.
func (v *sentenceView) zoneCore() {
	ms := v.outer()
	for k, whole := range ms {
		if whole.Kind != store.KindRegion || whole.Start < 2 || string(v.r.text[whole.Start-2:whole.Start]) != "作为" ||
			!reCoreOf.MatchString(string(v.r.text[whole.End:min(v.s.End, whole.End+10)])) {
			continue
		}
		var part *Mention
		if k > 0 && ms[k-1].Kind == store.KindRegion && utf8.RuneCountInString(v.gap(ms[k-1].End, whole.Start-2)) <= 1 {
			part = ms[k-1]
		} else if ce := v.clauseEnd(whole.End); ce < v.s.End {
			// The part opens the clause after.
			for _, m := range ms[k+1:] {
				if m.Start > ce && m.Kind == store.KindRegion && utf8.RuneCountInString(v.gap(ce+1, m.Start)) <= 1 {
					part = m
				}
				if m.Start > ce {
					break
				}
			}
		}
		if part != nil {
			v.add(store.RelPartOf, part, whole, "zone-core", 0.7, nil)
		}
	}
}

// reCoreOf: the part of a zone that another zone is.
var reCoreOf = regexp.MustCompile(`^的(创新极核|极核|核心区|核心承载区|核心板块|重要组成部分|组成部分|重要板块|主阵地|先行区|起步区)`)

// fundFocus: "第二批子基金将重点关注车载智能、功率半导体等…", "首期基金主要聚焦
// 芯片、…" — a clause that opens with a fund named by its kind alone goes
// on about the fund of that kind the page named last, and focuses it on
// the industries it lists.
func (v *sentenceView) fundFocus() {
	str := string(v.r.text[v.s.Start:v.s.End])
	for _, loc := range reFundOpener.FindAllStringSubmatchIndex(str, -1) {
		at := v.s.Start + utf8.RuneCountInString(str[:loc[0]])
		if at != v.s.Start && !strings.ContainsRune(",;:。", v.r.text[at-1]) {
			continue
		}
		head := str[loc[2]:loc[3]]
		var fund *Mention
		for _, f := range v.funds {
			if f.Start >= at {
				break
			}
			if strings.HasSuffix(f.Name, head) || head == "基金" {
				fund = f
			}
		}
		if fund == nil {
			continue
		}
		end := v.s.End
		for _, c := range v.ms {
			if c.Start > at && c.End <= end && c.Kind == store.KindIndustryChain {
				v.add(store.RelSupportsChain, fund, c, "fund-focus", 0.6, nil)
			}
		}
	}
}

// reFundOpener: a fund named by its kind, then a verb of focus.
var reFundOpener = regexp.MustCompile(`(?:第[一二三四五]批|首期|首批|二期|三期)?(?:天使)?(子基金|母基金|基金)(?:将|还|也)?(?:重点|主要|着力)?(?:关注|聚焦|投向|投资于|围绕|瞄准)`)

// localCompany: "星立航空成都有限公司", "某某电气系统有限公司成都分公司", "华为四川
// 有限公司" — a firm named by its brand and then a place before its legal
// form is the brand's company there, and lies in that place.
func (v *sentenceView) localCompany() {
	for _, m := range v.ms {
		if m.Kind != store.KindEnterprise {
			continue
		}
		form := reLegalForm.FindString(m.Name)
		if form == "" {
			continue
		}
		rest := []rune(strings.TrimSuffix(m.Name, form))
		for l := min(4, len(rest)-2); l >= 2; l-- {
			stem := string(rest[len(rest)-l:])
			name := placeStems[stem]
			if name == "" {
				name = placeStems[strings.TrimRight(stem, "省市区县")]
			}
			if name == "" {
				continue
			}
			at := m.Start + utf8.RuneCountInString(m.Surface) - utf8.RuneCountInString(form) - l
			if at < m.Start {
				break
			}
			region := &Mention{Span: Span{at, at + l}, Sentence: m.Sentence, Surface: stem, Name: name, Kind: store.KindRegion, Rule: "local-company", Conf: 0.65}
			v.add(store.RelLocatedIn, m, region, "local-company", 0.65, nil)
			break
		}
	}
}

// reLegalForm: the legal forms that end a firm's name.
var reLegalForm = regexp.MustCompile(`(有限责任公司|股份有限公司|有限公司|分公司)$`)
