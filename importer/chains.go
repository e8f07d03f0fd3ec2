package importer

// Chains: the industries bodies support, the chains firms lead, belong to
// or supply, and the funds' and places' focus.

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

// reLeadersOf: "以A、B等链主企业为主的X产业集群" — the firms listed lead
// the chain named after.
var reLeadersOf = regexp.MustCompile(`以([^,。;]{2,60}?)等?(\d+家|多家)?链主企业为(主|核心|龙头|引领)的`)

func (v *sentenceView) leadersOf() {
	for _, at := range v.matches(reLeadersOf) {
		ls, le, after := at[2], at[3], at[1]
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
		// "成都推动汽车产业建圈强链", "成都市生物医药产业建圈强链战略": a
		// place builds up its own chain.
		if reBuildsUp.MatchString(string(v.r.text[c.End:min(v.s.End, c.End+8)])) && i > 0 {
			if z := ms[i-1]; z.Kind == store.KindRegion && z.Start >= cs && reBuildsUpVerb.MatchString(v.gap(z.End, c.Start)) {
				v.add(store.RelSupportsChain, z, c, "chain-site", 0.65, nil)
			}
		}
		// "Z是…发展C产业的主阵地"
		if reMainBase.MatchString(string(v.r.text[c.End:min(v.s.End, c.End+10)])) {
			found := false
			for k := i - 1; k >= 0; k-- {
				z := ms[k]
				if z.Start < cs {
					break
				}
				if focusKinds[z.Kind] && strings.Contains(v.gap(z.End, c.Start), "是") {
					v.add(store.RelSupportsChain, z, c, "chain-site", 0.65, nil)
					found = true
					break
				}
			}
			// "Z由A与B合作共建,是成都发展C产业的核心集聚空间": a clause that
			// opens with 是 is about the body the sentence opens with.
			if z := ms[0]; !found && z != c && z.Start < cs && focusKinds[z.Kind] && z.Start-v.s.Start <= 6 && strings.HasPrefix(v.gap(cs, c.Start), "是") {
				v.add(store.RelSupportsChain, z, c, "chain-site", 0.65, nil)
			}
		}
	}
}

var (
	reSitingVerb = regexp.MustCompile(`^(产业链|产业)?[^,;。]{0,20}?(集聚发展|布局|为主要承载区|为主承载地|为主阵地|为核心承载区)`)
	reMainBase   = regexp.MustCompile(`^(产业链|产业)?的(主阵地|主承载地|主要承载区|核心承载区|重要承载地|核心集聚空间|核心集聚区)`)
	// reBuildsUp: 建圈强链, the genre's word for building up a chain.
	reBuildsUp     = regexp.MustCompile(`^(产业链|产业)?建圈强链`)
	reBuildsUpVerb = regexp.MustCompile(`^(推动|推进|加快|助力|深化|全力推动)?$`)
)

// customers: the firms a firm supplies, named as its customers or as the
// other parties of its supply contracts: "X主要客户包括:A、B、C", "X已与A、
// B等知名品牌签订供货合同"; and "作为A等面板龙头的核心供应商,X…", where the
// customer comes first. The supplier is the firm the sentence opens with.
func (v *sentenceView) customers() {
	ms := v.outer()
	if subj := v.firmSubject(ms); subj != nil {
		for j := 1; j < len(ms); j++ {
			m := ms[j]
			if m.Kind != store.KindEnterprise || m.Name == subj.Name || j > 1 && v.gap(ms[j-1].End, m.Start) == "、" {
				continue
			}
			// The words between a list and the body before it say what
			// the list is: the firm's customers, or the other parties
			// of a contract the firm signed.
			lead := v.gap(ms[j-1].End, m.Start)
			list := v.listFrom(j, ms)
			if strings.ContainsAny(lead, "。;") {
				j += len(list) - 1
				continue
			}
			if reCustomersLead.MatchString(lead) || ms[j-1] == subj && reContractWith.MatchString(lead) && reSupplyContract.MatchString(v.textAfter(list)) {
				for _, t := range list {
					if t.Name != subj.Name {
						v.add(store.RelSupplies, subj, t, "customers", 0.65, nil)
					}
				}
			}
			j += len(list) - 1
		}
	}
	// "作为A等…的核心供应商,X…"
	if len(ms) < 2 || ms[0].Kind != store.KindEnterprise || !strings.HasPrefix(v.gap(v.s.Start, ms[0].Start), "作为") {
		return
	}
	list := v.listFrom(0, ms)
	ce := v.clauseEnd(list[len(list)-1].End)
	if !reSupplierOf.MatchString(v.gap(list[len(list)-1].End, ce)) {
		return
	}
	for _, x := range ms[len(list):] {
		if x.Start < ce {
			continue
		}
		if x.Kind == store.KindEnterprise && v.clauseStart(x.Start) == ce+1 && utf8.RuneCountInString(v.gap(ce+1, x.Start)) <= 2 {
			for _, c := range list {
				v.add(store.RelSupplies, x, c, "customers", 0.65, nil)
			}
		}
		break
	}
}

var (
	reCustomersLead  = regexp.MustCompile(`^[^,。;]{0,12}?(主要|重要|核心)?客户(包括|有|涵盖|覆盖|遍及)[:,]?$`)
	reContractWith   = regexp.MustCompile(`^(已|已经|先后|分别|还|并|目前已)?(与|和|同)$`)
	reSupplyContract = regexp.MustCompile(`^(等[^,。;]{0,12}?)?(签订|签署|达成)了?[^,。;]{0,6}?(供货|供应|采购)(合同|协议)`)
	reSupplierOf     = regexp.MustCompile(`^(等)?[^,。;]{0,10}?的(一级|二级|核心|主要|重要)?(供应商|供货商|配套商)$`)
)

// leaderAsSubject: "作为成都高新区低空经济链主企业,沃飞长空是…" — a firm
// introduced as a chain's leader by the clause that opens the sentence
// leads the chain.
func (v *sentenceView) leaderAsSubject() {
	ms := v.outer()
	if len(ms) < 2 || !strings.HasPrefix(reDateLead.ReplaceAllString(v.gap(v.s.Start, ms[0].Start), ""), "作为") {
		return
	}
	ce := v.clauseEnd(ms[0].Start)
	if ce >= v.s.End || v.r.text[ce] != ',' || !reLeaderClause.MatchString(v.gap(v.s.Start, ce)) {
		return
	}
	var chain *Mention
	for _, m := range ms {
		if m.Start >= ce {
			if chain != nil && m.Kind == store.KindEnterprise && m.Start == ce+1 {
				v.add(store.RelLeadsChain, m, chain, "leads-chain", 0.7, nil)
			}
			return
		}
		if m.Kind == store.KindIndustryChain {
			chain = m
		}
	}
}

// reLeaderClause: a clause that ends by naming a chain's leader.
var reLeaderClause = regexp.MustCompile(`(产业链|产业|链)?“?链主(企业)?”?(企业)?$`)

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
				// "青白江区先进能源产业的链主": the level goes with the place.
				if l, n := utf8.DecodeRuneInString(c); strings.ContainsRune("省市区县州", l) && utf8.RuneCountInString(c[n:]) >= 2 {
					c = c[n:]
				}
				chain = c
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

// focusBefore: "今年,围绕先进材料、能源化工等五大主导产业,四川巴中细分出18条
// 赛道" — a clause that focuses on industries before its subject is named
// gives them to the place that opens the next clause.
func (v *sentenceView) focusBefore() {
	ms := v.outer()
	for i, p := range ms {
		if p.Kind != store.KindRegion || v.clauseStart(p.Start) != p.Start || p.Start == v.s.Start {
			continue
		}
		j := placeRunEnd(i, ms)
		ce := p.Start - 1
		cs := v.clauseStart(ce)
		if !reFocusLead.MatchString(string(v.r.text[cs:ce])) {
			continue
		}
		for _, m := range ms[:i] {
			if m.Kind == store.KindIndustryChain && m.Start >= cs && m.End <= ce {
				v.add(store.RelSupportsChain, ms[j], m, "focus-before", 0.65, nil)
			}
		}
	}
}

// reFocusLead: a clause of focus on a list of industries, which a subject
// after it holds.
var reFocusLead = regexp.MustCompile(`^(围绕|聚焦)[^,;。]{2,60}(主导产业|优势产业|重点产业|支柱产业|产业集群|产业链)$`)

// headlineChains: "成都高新区:打造生物产业发展高地", "内江市东兴区:建链育企
// 人工智能产业加速崛起" — a headline that opens with a place and a colon
// is about the place, and the industries it names are the place's.
func (v *sentenceView) headlineChains() {
	ms := v.outer()
	if len(ms) < 2 || ms[0].Kind != store.KindRegion || ms[0].Start != v.s.Start || !v.r.inHeadline(ms[0]) {
		return
	}
	j := placeRunEnd(0, ms)
	if ms[j].End >= v.s.End || v.r.text[ms[j].End] != ':' {
		return
	}
	for _, m := range ms[j+1:] {
		if m.Kind == store.KindIndustryChain {
			v.add(store.RelSupportsChain, ms[j], m, "headline-chain", 0.65, nil)
		}
	}
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
		// "电子科大科技园(天府园)主要布局…": a bracket after the name says
		// which of its sites.
		after := reLeadBracket.ReplaceAllString(string(v.r.text[s.End:min(v.s.End, s.End+30)]), "")
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
	for _, at := range v.matches(reFocusPre) {
		p := at[0]
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

// firmFields: "华为在通信网络、IT、智能终端等领域具有全球竞争力" — the
// fields a firm that opens a clause is said to be strong in are chains
// it belongs to.
func (v *sentenceView) firmFields() {
	ms := v.outer()
	for i, f := range ms {
		if f.Kind != store.KindEnterprise || utf8.RuneCountInString(v.gap(v.clauseStart(f.Start), f.Start)) > 2 {
			continue
		}
		after := string(v.r.text[f.End:min(v.s.End, f.End+60)])
		loc := reStrongIn.FindStringIndex(after)
		if loc == nil {
			continue
		}
		end := f.End + utf8.RuneCountInString(after[:loc[1]])
		for _, c := range ms[i+1:] {
			if c.Start >= end {
				break
			}
			if c.Kind == store.KindIndustryChain {
				v.add(store.RelMemberOfChain, f, c, "strong-in", 0.65, nil)
			}
		}
	}
}

// reStrongIn: the fields a body is strong in, "在A、B等领域具有…".
var reStrongIn = regexp.MustCompile(`^(已|还|也|均|更)?` + strongInFields)

// strongInFields: fields after 在 and a verb of strength, "在A、B等领域具有".
const strongInFields = `在[^,;。在]{2,40}?(等)?(领域|赛道)(具有|拥有|具备|形成|处于|位居|居于?|领先)`

// focusCarried: "共建激光感知联合实验室,聚焦低空经济、工业机器人等领域" —
// a clause that opens with 聚焦 or 围绕 and names no
// subject goes on about the body the clause before it built. Only a body
// that is the object of a verb of building is carried over; a clause
// before it that merely names bodies leaves the focus unattributed.
func (v *sentenceView) focusCarried(ms []*Mention) {
	for i := v.s.Start + 1; i < v.s.End; i++ {
		if v.r.text[i-1] != ',' && v.r.text[i-1] != ';' {
			continue
		}
		// "…天府园)已注册企业128家,园区主要布局A、B等产业": the body named
		// by its class alone is the one the sentence is about.
		open := reClassLead.ReplaceAllString(v.gap(i, min(v.s.End, i+50)), "")
		if !reFocusOpen.MatchString(open) {
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
		if subjects == nil {
			subjects = v.homeSubject(i)
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
		if utf8.RuneCountInString(rest) < 2 || reClauseVerb.FindStringIndex(rest) == nil && !strings.HasPrefix(rest, "的") && !reBaClause.MatchString(rest) &&
			!reAsAttr.MatchString(string(v.r.text[cs:m.Start])) {
			continue
		}
		return subj
	}
	return nil
}

// reBaClause: "金堂县将2020年确定为“项目攻坚年”": the subject acts on an
// object set before its verb.
var reBaClause = regexp.MustCompile(`^(将|把)[^,;。]{1,14}?(确定为|列为|作为|定位为|打造成|建设成|建成)`)

// homeSubject: "目前,全市有装备制造企业1500多家,初步形成了A、B等五大产业
// 集群" — a sentence that opens, after a clause of time, with the page's
// own city, district or county (全市, 全区, 全县) is about that place.
func (v *sentenceView) homeSubject(before int) []*Mention {
	at := v.s.Start
	if ce := v.clauseEnd(at); ce < before && reTimeClause.MatchString(string(v.r.text[at:min(v.s.End, ce+1)])) {
		at = ce + 1
	}
	if at+2 > before || v.r.text[at] != '全' || !strings.ContainsRune("市区县", v.r.text[at+1]) {
		return nil
	}
	home := v.homes[string(v.r.text[at+1])]
	if home == "" {
		return nil
	}
	return []*Mention{v.homeAt(at, string(v.r.text[at:at+2]), home)}
}

// rePrepLead: prepositions that open a clause before a body that is then
// no subject.
var rePrepLead = regexp.MustCompile(`^(作为|在|对|与|和|为|由|把|被|向|从|据|经)$`)

// reAsAttr: "作为中国西部(成都)科学城“一核四区”之一的": an attribute that
// opens a clause and qualifies its subject.
var reAsAttr = regexp.MustCompile(`^作为[^,。;]{2,30}的$`)

var reFocusOpen = regexp.MustCompile(`^(并|将)?((重点|主要|着力|全力)?(聚焦|围绕|瞄准|主攻|深耕|专注|投向|服务于|服务|关注|投资于|明确|赋能)|(重点|主要)(投资|布局)|(重点|着力|大力)(培育|发展))` +
	// "…,前瞻布局转化医学、医工融合等战略赛道", "…,形成A、B产业集群",
	// "…,囊括了A、B等": what a place lays out, has formed, or takes in.
	`|^(目前|现已|已经|已|并|还|正|加快|初步)*(前瞻布局|超前布局|布局发展|形成了?|囊括了?|培育壮大|加快发展|大力发展|聚集了?|集聚了?|汇聚了?)` +
	// "…,尤其在电子信息领域拥有良好的产业基础", "…,在商业航天、无人机等
	// 领域形成…": the fields a place is strong in.
	`|^(尤其|特别是|特别|并|还|已|均)?` + strongInFields)

// reClassLead: a body named again by its class alone at the head of a
// clause (园区, 该基地).
var reClassLead = regexp.MustCompile(`^(该|其)?(园区|基地|平台|中心|研究院)(内)?`)

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
			if between := string(r.text[min(place.End, m.Start):m.Start]); m.Kind == store.KindIndustryChain && m.Rule != "industry-firms" && !has[key(m.Name)+"|"+strconv.Itoa(si)] &&
				m.Start > place.End && reFocusWord.MatchString(between) && !strings.ContainsAny(between, ",;:") {
				facts = append(facts, Fact{Type: store.RelSupportsChain, From: place, To: m, Sentence: si, Rule: "place-focus", Conf: 0.5})
			}
		}
	}
	return facts
}

var reFocusWord = regexp.MustCompile(`聚焦|围绕|主攻|做强|做优|壮大|培育|主导|优势|重点|特色|支柱|首位|打造|布局|发展`)

// industryFirms reads an industry named by the firms of it: "规上电子信息企
// 业", "四川生物医药企业", "工业无人机企业". Only the industries the genre
// names by their common words are read so (industryTerms and the
// gazetteer's chains), the longest that ends before 企业: a bare "X企业"
// has no left edge of its own, which a list of known words gives it.
func (r *recognizer) industryFirms(si int, s Span) {
	head := []rune("企业")
	for h := s.Start + 2; h+len(head) <= s.End; h++ {
		if r.text[h] != head[0] || r.text[h+1] != head[1] {
			continue
		}
		// "航空龙头企业", "电子信息产业上下游企业": a rank, the chain's
		// links or 产业 between the industry and its firms.
		q := h
		if h-2 > s.Start && firmRanks[string(r.text[h-2:h])] {
			q = h - 2
		}
		for _, w := range []string{"上下游", "上中下游", "配套", "产业"} {
			if l := utf8.RuneCountInString(w); q-l > s.Start && string(r.text[q-l:q]) == w {
				q -= l
			}
		}
		for l := min(q-s.Start, industryMaxLen); l >= 2; l-- {
			term := string(r.text[q-l : q])
			e, known := r.gaz.Lookup(term)
			if !industryTerms[term] && !(known && e.Kind == store.KindIndustryChain) {
				continue
			}
			if known && e.Kind != store.KindIndustryChain {
				break
			}
			r.add(si, q-l, q, term, store.KindIndustryChain, "industry-firms", 0.6)
			break
		}
	}
}

// countedFirms: "集聚集成电路企业100余家,包括英特尔、德州仪器", "规上锂电企业3
// 家,分别是A、B、C" — the firms listed after an industry's firms are
// counted are of that industry.
func (v *sentenceView) countedFirms() {
	ms := v.outer()
	for i, c := range ms {
		if c.Kind != store.KindIndustryChain {
			continue
		}
		rest := string(v.r.text[c.End:min(v.s.End, c.End+24)])
		loc := reFirmsCounted.FindStringIndex(rest)
		if loc == nil {
			continue
		}
		for _, f := range v.runAt(c.End+utf8.RuneCountInString(rest[:loc[1]]), ms[i+1:], store.KindEnterprise) {
			v.add(store.RelMemberOfChain, f, c, "counted-firms", 0.65, nil)
		}
	}
}

var reFirmsCounted = regexp.MustCompile(`^(规上|规模以上)?(龙头|骨干|重点|领军|头部|知名)?企业(已达|达|超过?|近|共)?\d+余?家(以上)?[,:](包括|分别是|分别为|其中有|其中|如)`)

// firmRanks rank the firms of an industry: "医药龙头企业".
var firmRanks = wordSet(`龙头 骨干 重点 领军 头部 知名 链主`)

// industryTerms are industries the genre names in common words, by which
// their firms are named too ("生物医药企业").
var industryTerms = wordSet(`电子信息 集成电路 新型显示 智能终端 软件 人工智能 大数据 云计算 物联网 区块链 工业互联网 网络安全 信息安全
	卫星互联网 数字经济 数字文创 文创 网络视听 游戏 装备制造 高端装备 智能制造 航空航天 航空 航天 商业航天 无人机 工业无人机 低空经济
	轨道交通 新能源汽车 智能网联汽车 汽车 汽车零部件 工业机器人 机器人 人形机器人 生物医药 医药健康 医疗器械 高端医疗器械 创新药
	中医药 生物技术 大健康 医药 医疗服务 新材料 先进材料 化工 锂电 动力电池 储能 光伏 氢能 新能源 清洁能源 节能环保 现代物流 物流
	科技服务 文旅 现代农业 绿色食品 食品饮料 白酒 光通信 半导体 传感器 微波射频 航空物流 增材制造
	种业 现代种业 钒钛 晶硅光伏 多晶硅 核医疗 新型储能 生物制造 医疗装备 轨道交通装备`)

var industryMaxLen = func() int {
	n := 0
	for w := range industryTerms {
		n = max(n, utf8.RuneCountInString(w))
	}
	return n
}()

// chainRoleLists: "金牛轨道交通产业链…,新增A、B、C等链主企业13家,新增链属企业D
// 等科技型企业" — firms listed as a chain's leaders or members, after the
// sentence has named the chain, lead it or belong to it.
func (v *sentenceView) chainRoleLists() {
	ms := v.outer()
	var chain *Mention
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind == store.KindIndustryChain {
			chain = m
			continue
		}
		// An institute may lead a chain as a firm does (中航发四川燃气涡轮研究院).
		leader := func(m *Mention) bool { return m.Kind == store.KindEnterprise || m.Kind == store.KindResearchInstitute }
		if !leader(m) {
			continue
		}
		// "围绕A、B等链主企业,新都高新区已集聚航空航天上下游产业链": before
		// the sentence names a chain, the one chain it names later.
		target := chain
		if target == nil {
			target = onlyChain(ms[i+1:])
		}
		if target == nil {
			continue
		}
		j := i
		for j+1 < len(ms) && leader(ms[j+1]) && v.gap(ms[j].End, ms[j+1].Start) == "、" {
			j++
		}
		role := ""
		if sm := reRoleAfter.FindStringSubmatch(string(v.r.text[ms[j].End:min(v.s.End, ms[j].End+12)])); sm != nil {
			role = sm[1]
		} else if sm := reRoleBefore.FindStringSubmatch(string(v.r.text[max(v.s.Start, m.Start-6):m.Start])); sm != nil {
			role = sm[1]
		}
		for _, f := range ms[i : j+1] {
			switch role {
			case "链主":
				v.add(store.RelLeadsChain, f, target, "chain-role-list", 0.65, nil)
			case "链属", "配套":
				v.add(store.RelMemberOfChain, f, target, "chain-role-list", 0.65, nil)
			}
		}
		i = j
	}
}

// onlyChain returns the chain ms name when they name one chain only; a
// sentence that names several leaves open which its firms lead.
func onlyChain(ms []*Mention) *Mention {
	var one *Mention
	for _, m := range ms {
		if m.Kind != store.KindIndustryChain {
			continue
		}
		if one != nil && one.Name != m.Name {
			return nil
		}
		one = m
	}
	return one
}

var (
	reRoleAfter  = regexp.MustCompile(`^(?:等|等?(?:\d+|[两三四五六七八九十多]+)[家大]|为)?(?:区内|市内|园区内|本地)?“?(链主|链属|配套)”?(?:企业|[,;。])`)
	reRoleBefore = regexp.MustCompile(`(链主|链属|配套)企业$`)
)

// reIndustryGathers: the words between an industry that opens a sentence and
// the firms it gathers ("功率半导体产业现已基本构建了…产业链,集聚了A、B等重点
// 企业"), or between a field and the firms of it a page lists ("一批商业航天
// 初创企业,包括A、B等").
var (
	reIndustryGathers = regexp.MustCompile(`^(产业)?[^。;]{0,40}?(集聚|汇聚|聚集)了$|^(产业)?的?\p{Han}{0,4}(企业|公司),?(包括|如|主要有)$`)
	reOpenerPlace     = regexp.MustCompile(`^(\p{Han}{0,6}[省市区县州])?$`)
	reFirmsClose      = regexp.MustCompile(`^[^,。;]{0,40}?等[^,。;]{0,8}?(企业|公司)`)
)

// industryGathers: the firms an industry gathers, or that a page lists as
// firms of a field, are members of its chain.
func (v *sentenceView) industryGathers() {
	ms := v.outer()
	for i, c := range ms {
		if c.Kind != store.KindIndustryChain || i+1 >= len(ms) || ms[i+1].Kind != store.KindEnterprise {
			continue
		}
		g := v.gap(c.End, ms[i+1].Start)
		if !reIndustryGathers.MatchString(g) {
			continue
		}
		firms := v.runFrom(i+1, ms, func(m *Mention) bool { return m.Kind == store.KindEnterprise })
		// Gathered names must be closed as firms; the list may go on past
		// names no rule read ("…、宇芯、达迩等重点企业"). Firms of a field
		// were declared so before the list.
		declared := !strings.HasSuffix(g, "了")
		if len(firms) < 2 || !declared && !reFirmsClose.MatchString(string(v.r.text[firms[len(firms)-1].End:min(v.s.End, firms[len(firms)-1].End+52)])) {
			continue
		}
		// What gathers them is the industry that opens the sentence, after
		// its place at most ("成都市功率半导体产业…集聚了"); one inside an
		// attribute ("是…发展生物医学产业的核心区域,…聚集了") is not.
		if !declared && !reOpenerPlace.MatchString(string(v.r.text[v.s.Start:c.Start])) {
			continue
		}
		for _, f := range firms {
			v.add(store.RelMemberOfChain, f, c, "industry-gathers", 0.65, nil)
		}
	}
}

// reFieldBodyHead: the heads of names of bodies set up for one field,
// "四川省动力电池产业创新中心", "四川省钒钛产业创新联合体", "核医药孵化加速园":
// the annotated pages give such a body its field 26 times in 28, against
// 1 in 4 for parks, centres or institutes named after a field.
var reFieldBodyHead = regexp.MustCompile(`(产业创新中心|创新联合体|孵化加速园)$`)

// namedFieldBodies: a body of reFieldBodyHead supports each field the page
// names as an industry that its own name holds.
func namedFieldBodies(ms []Mention, facts []Fact) []Fact {
	for i := range ms {
		b := &ms[i]
		if !reFieldBodyHead.MatchString(b.Name) || b.Kind == store.KindIndustryChain {
			continue
		}
		seen := map[string]bool{}
		for j := range ms {
			c := &ms[j]
			if c.Kind != store.KindIndustryChain || seen[c.Name] || utf8.RuneCountInString(c.Name) < 2 || !strings.Contains(b.Name, c.Name) {
				continue
			}
			seen[c.Name] = true
			facts = append(facts, Fact{Type: store.RelSupportsChain, From: b, To: c, Sentence: b.Sentence, Rule: "field-body", Conf: 0.6})
		}
	}
	return facts
}

// carrierAfter: "作为成都生物医药产业发展重要承载地,近年来,成都天府国际生物城
// …" — a phrase that opens a clause and names the carrier of an industry
// goes on about the place or the platform that opens the next clause,
// which supports the industries the phrase names.
func (v *sentenceView) carrierAfter() {
	outer := v.outer()
	for _, at := range v.matches(reCarrierPhrase) {
		start, end := at[0], at[1]
		if v.clauseStart(start) != start {
			continue
		}
		var chains []*Mention
		for _, m := range v.ms {
			if m.Kind == store.KindIndustryChain && m.Start >= start && m.End <= end {
				chains = append(chains, m)
			}
		}
		i := slices.IndexFunc(outer, func(m *Mention) bool { return m.Start >= end })
		if len(chains) == 0 || i < 0 || !focusKinds[outer[i].Kind] || !reCarrierNext.MatchString(v.gap(end, outer[i].Start)) {
			continue
		}
		for _, c := range chains {
			v.add(store.RelSupportsChain, outer[i], c, "carrier-of", 0.65, nil)
		}
	}
}

var (
	// reCarrierPhrase: 作为 and what a carrier of an industry is called.
	reCarrierPhrase = regexp.MustCompile(`作为[^,。;]{0,30}?(承载地|承载区|载体|主阵地|核心区|集聚区|聚集区|主战场)(之一)?`)
	// reCarrierNext: what stands between such a phrase and the carrier
	// that opens the next clause.
	reCarrierNext = regexp.MustCompile(`^,((近年来|近年|目前|如今|当前|多年来|今年以来|去年以来),?)?$`)
)

// leadsTaken: "成都经开区以新能源和智能网联为主攻方向", "园区以装备制造、汽车、
// 新材料为主导产业" — the place or the platform that opens the clause, or
// an earlier clause of the sentence, supports the industries it takes as
// its lead.
func (v *sentenceView) leadsTaken() {
	outer := v.outer()
	for _, loc := range v.matches(reTakesAsLead) {
		at, from, to := loc[0], loc[2], loc[3]
		var body *Mention
		for k, m := range outer {
			if m.End > at {
				break
			}
			// "成都青白江是…": the last, most specific place of a run.
			if focusKinds[m.Kind] && v.clauseStart(m.Start) == m.Start {
				body = outer[placeRunEnd(k, outer)]
			}
		}
		if body == nil {
			continue
		}
		// "以A、B为先导,C、D等五大传统产业为支撑": the next clause shares the
		// 以 and names more of the body's industries.
		rest := string(v.r.text[loc[1]:v.s.End])
		if next := reTakesAsLeadNext.FindStringSubmatchIndex(rest); next != nil {
			to = loc[1] + utf8.RuneCountInString(rest[:next[3]])
		}
		for _, c := range v.ms {
			if c.Kind == store.KindIndustryChain && c.Start >= from && c.End <= to {
				v.add(store.RelSupportsChain, body, c, "takes-as-lead", 0.65, nil)
			}
		}
	}
}

// reTakesAsLeadNext: a clause after reTakesAsLead's that shares its 以.
var reTakesAsLeadNext = regexp.MustCompile(`^[^,。;]{0,6},([^,。;以为]{2,60}?)为(支撑|补充|基础|重点|方向|特色|主导)`)

// reTakesAsLead: 以, the industries, 为 and what they are to the body.
var reTakesAsLead = regexp.MustCompile(`以([^,。;以]{2,80}?)为(主导产业|先导|主攻方向|产业方向|主导|首位产业|重点产业|支柱产业|特色产业|核心产业|发展方向|主要方向|方向|代表的)`)

// carrierOf: "温江区作为全市生物医药产业的主要承载地之一", "成都高新区作为成都软
// 件服务业的核心聚集区" — a place that a sentence makes the ground an
// industry is carried on supports it.
func (v *sentenceView) carrierOf() {
	ms := v.outer()
	for i, a := range ms {
		if a.Kind != store.KindRegion {
			continue
		}
		for _, c := range ms[i+1:] {
			if c.Kind == store.KindRegion && c.Start > a.End+12 {
				break
			}
			if c.Kind != store.KindIndustryChain {
				continue
			}
			lead := reLeadBracket.ReplaceAllString(v.gap(a.End, c.Start), "")
			if reCarrierLead.MatchString(lead) && reCarrierTail.MatchString(string(v.r.text[c.End:min(v.s.End, c.End+16)])) {
				v.add(store.RelSupportsChain, a, c, "carrier-of", 0.65, nil)
			}
			break
		}
	}
}

var (
	// reCarrierLead: what comes between the place and the industry.
	reCarrierLead = regexp.MustCompile(`^(作为|是|已成为|成为)[^,。;]{0,10}?$`)
	// reCarrierTail: the ground the place is to the industry.
	reCarrierTail = regexp.MustCompile(`^(产业|行业|业)?(的)?[^,。;]{0,6}?(承载地|承载区|聚集区|集聚区|承载园区|核心区|示范基地|主阵地|主战场|集聚地|聚集地|发展高地)`)
)

// placeLeadingFields: "宜宾市布局的动力电池、晶硅光伏、数字经济等主导产业",
// "夯实乐山电子信息、新能源、新材料等优势产业", "以新能源、电子信息等优势产业
// 为代表的四川乐山": the fields a place's own leading, strong or pillar
// industries are listed as, before it or after it, are the place's.
func (v *sentenceView) placeLeadingFields() {
	ms := v.outer()
	for i, m := range ms {
		if m.Kind != store.KindIndustryChain || i > 0 && ms[i-1].Kind == store.KindIndustryChain && reFieldJoin.MatchString(v.gap(ms[i-1].End, m.Start)) {
			continue
		}
		fields := v.runFrom(i, ms, func(o *Mention) bool { return o.Kind == store.KindIndustryChain })
		last := fields[len(fields)-1]
		after := string(v.r.text[last.End:min(v.s.End, last.End+16)])
		head := reLeadingHead.FindString(after)
		if head == "" {
			continue
		}
		var place *Mention
		// The place right before the list, or after a verb of laying out.
		if i > 0 && ms[i-1].Kind == store.KindRegion && reBeforeFields.MatchString(v.gap(ms[i-1].End, m.Start)) {
			place = ms[i-1]
		}
		// "…等优势产业为代表的四川乐山".
		k := i + len(fields)
		if place == nil && k < len(ms) && ms[k].Kind == store.KindRegion {
			if g := v.gap(last.End, ms[k].Start); strings.HasPrefix(g, head) && strings.TrimPrefix(g, head) == "为代表的" {
				place = ms[k]
			}
		}
		// "投向成华区、蒲江县智能制造…等重点产业": places listed as what
		// something else serves hold no fields of their own here.
		if place == nil || level(place.Name) == 3 || place.Start > v.s.Start && (v.r.text[place.Start-1] == '、' ||
			reServedPlace.MatchString(string(v.r.text[max(v.s.Start, place.Start-4):place.Start]))) {
			continue
		}
		for _, f := range fields {
			v.add(store.RelSupportsChain, place, f, "place-leading-fields", 0.65, nil)
		}
	}
}

var (
	// reLeadingHead: the class a list of a place's fields closes with.
	reLeadingHead = regexp.MustCompile(`^等?([一二三四五六七八九十两\d]+大)?(主导|优势|重点|支柱|特色|首位)产业`)
	// reBeforeFields: what may stand between a place and its fields.
	reBeforeFields = regexp.MustCompile(`^((重点|着力|大力)?(布局|发展|打造|培育)的)?$`)
	// reServedPlace: verbs whose object a place is.
	reServedPlace = regexp.MustCompile(`(投向|投资|面向|服务|支持|聚焦)$`)
	// reFieldJoin: what joins fields in a list.
	reFieldJoin = regexp.MustCompile(`^(、|和|及|与|以及)$`)
)

// A field a clause opens with ("在电子信息领域,晶艺半导体…"), and the
// work a firm is introduced by ("主要从事集成电路产业运营的北京奕斯伟科技有限公司").
var (
	reFieldLead  = regexp.MustCompile(`(^|[,;:。])(例如|比如|如|其中|而|同时)?在$`)
	reFieldTail  = regexp.MustCompile(`^(产业|行业)?(领域|赛道|板块)(方面)?,$`)
	reEngagedIn  = regexp.MustCompile(`从事$`)
	reEngagedFor = regexp.MustCompile(`^(产业|行业|领域)?(的)?(运营|研发|生产|制造|业务|服务|研发制造|研发生产)?的$`)
)

// fieldFirms: the firm that opens the clause after "在X领域," is one of
// the field's, as is a firm introduced as working in it ("从事X的F").
func (v *sentenceView) fieldFirms() {
	ms := v.outer()
	for i, c := range ms {
		if c.Kind != store.KindIndustryChain || i+1 >= len(ms) {
			continue
		}
		f := ms[i+1]
		if f.Kind != store.KindEnterprise {
			continue
		}
		before := string(v.r.text[max(v.s.Start, c.Start-6):c.Start])
		g := v.gap(c.End, f.Start)
		switch {
		case reFieldLead.MatchString(before) && reFieldTail.MatchString(g):
			v.add(store.RelMemberOfChain, f, c, "field-firm", 0.65, nil)
		case reEngagedIn.MatchString(before) && reEngagedFor.MatchString(g):
			v.add(store.RelMemberOfChain, f, c, "engaged-in", 0.7, nil)
		}
	}
	// "电子信息产业是成都高新区产业历史最悠久…的产业", "生物医药产业是成都市的
	// 重要支柱产业": an industry that opens a clause and is called a place's
	// industry.
	for i, c := range ms {
		if c.Kind != store.KindIndustryChain || i+1 >= len(ms) || v.clauseStart(c.Start) != c.Start {
			continue
		}
		p := ms[i+1]
		if !focusKinds[p.Kind] || !reIndustryIs.MatchString(v.gap(c.End, p.Start)) {
			continue
		}
		if rest := v.gap(p.End, v.clauseEnd(p.End)); reIndustryOf.MatchString(rest) {
			v.add(store.RelSupportsChain, p, c, "industry-of", 0.7, nil)
		}
	}
}

var (
	reIndustryIs = regexp.MustCompile(`^(产业)?(已经|已|一直|也|始终)?(是|成为|作为)$`)
	reIndustryOf = regexp.MustCompile(`^[^,。;:]{0,30}(产业|支柱|主导|名片)`)
)
