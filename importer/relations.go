package importer

import (
	"regexp"
	"slices"
	"sort"
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
	reCoBuild   = regexp.MustCompile(`(牵头组建|牵头成立|牵头建设|牵头共建|牵头打造|发起成立|发起设立|发起组建|参与组建|参与建设|共同发起成立|联合发起成立|共同发起设立|联合发起设立|联手发起成立|联手成立|联手打造|联手共建|携手打造|携手建设|共同组建|联合组建|合作组建|共同建设|联合建设|合作建设|合作共建|联合共建|携手共建|共同打造|联合打造|共同成立|联合成立|合资成立|共同设立|联合设立|共同建成|联合建成|合作建成|合作成立|共建|组建|成立了|设立了)`)
	reBuild     = regexp.MustCompile(`(建设|组建|设立|布局|成立|建立|打造|创建|落地|筹建|新建|开展|实施|举办|举行)`)
	reHeld      = regexp.MustCompile(`^(近日|日前|今天|今日|昨天|昨日|当天|近期)?(将|已|还|也|每年|定期|持续|将持续|连续|成功)?(组织|联合)?(举行|举办|召开|承办|开展|实施)(了|的)?$`)
	reIntegrate = regexp.MustCompile(`^(集成|包含|包括|涵盖|纳入|整合)(了)?$`)
	reHosted    = regexp.MustCompile(`^(等(单位)?)?(启动|正式|共同|联合|合作)?(建设|组建|设立|打造|成立|创建|筹建)(布局)?(的)?$`)
	reOpenedAt  = regexp.MustCompile(`^(已|已经|将|正式|近日|日前)?在$`)
	// "A在Y组建X" builds X there; "X在Y签约组建" is X's own founding.
	reOpenedTail = regexp.MustCompile(`^(正式|成功|隆重|顺利|宣告|签约){0,2}(揭牌|挂牌|成立|投运|投入运营|投入使用|开园|启用|落成|亮相|开业|揭幕)|^签约组建`)
	// A zone or a park is opened where a place is not ("成都国家人工智能创新
	// 应用先导区在成都高新区揭牌").
	reOpenedZone = regexp.MustCompile(`(先导区|示范区|试验区|功能区|集聚区|产业园|科技园|创业园|园区|基地|科学城|科技城|小镇)$`)
	// "国家超高清视频创新中心在去年落户成都", "…首次落地成都", "…布局成都高新区",
	// "…定址成都高新区": when, how, and the verb of settling (how).
	reSettle = regexp.MustCompile(`^(?:(?:等|在内的)[^,。;]{0,12}?(?:企业|公司|单位|机构|项目|平台|载体|院所|高校|基地))?(?:在[^,。;]{2,10}时期)?` +
		`(?:(?:在|于)?(?:去年|今年|前年|同年|当年|年初|年内|年底|近日|日前|近期|\d{4}年(?:\d{1,2}月)?))?` +
		`(?:正式|已|已经|将|成功|先后|相继|均|都|也|就|纷纷|同时|首次|率先|顺利|陆续|于\d+年\d*月?){0,2}(?:宣布)?` +
		`(?P<how>落户|入驻|进驻|扎根|落地|迁入|搬进|搬入|签约落户|签约入驻|定址|布局)(?:于|在|到)?$`)
	// reEntryAgreement: an agreement to move into a park, "签订入园协议".
	reEntryAgreement = regexp.MustCompile(`^[^,。;]{0,20}?(签订|签署|签约)了?(入园|入驻|落户)(协议|合同)`)
	reLocated        = regexp.MustCompile(`^(总部|核心区|本部)?(,?就|则|均|也)?(位于|坐落于|地处|设在|选址|坐落在)$|^(是|系)(一家)?(落户|扎根)(在|于)?$`)
	reServeVia       = regexp.MustCompile(`^(已|已经|将|主要|重点|累计|先后)?(为|向)$`)
	reServeTail      = regexp.MustCompile(`^(等)?(\d+[家个])?(企业|单位|团队|项目)?(提供|开展|完成)`)
	reServes         = regexp.MustCompile(`^(已|已经|将|主要|重点|累计|先后)?(服务|服务于|面向|赋能)(了)?$`)
	reIncubate       = regexp.MustCompile(`^(还|也)?(已|已经|先后|累计|成功)?(孵化|孵化出|孵化了|培育出|培育了|“孵化”(培育出)?)$`)
	reIncubBy        = regexp.MustCompile(`^(由|是|系|为)$`)
	reIncubTail      = regexp.MustCompile(`^(孵化|培育)`)
	reIncubFrom      = regexp.MustCompile(`^(孵化自|孵化于|脱胎于|源自|起步于)$`)
	reLeads          = regexp.MustCompile(`^(是|为|作为|成为|系|担任)?(.{0,10}?)(产业链|产业)?(的)?链主(企业)?`)
	reMember         = regexp.MustCompile(`^(是|为|作为|成为|系|属于)(.{0,10}?)(产业链|产业)?(上游|中游|下游)?(的)?(链属企业|配套企业|成员企业)`)
	reSupplyVia      = regexp.MustCompile(`^(已|已经|还|并|主要|长期|先后|目前|同时|将|累计)?(为|向)$`)
	reSupplyTo       = regexp.MustCompile(`^(?:等(?:\d+[家个])?(?:\p{Han}{0,4}?)(?:企业|客户|厂商|单位))?(?:批量|长期|稳定)?(提供|供应|配套|批量供应|供货)(\p{Han}{2,12})`)
	reSupplier       = regexp.MustCompile(`^(是|为|成为|系)$`)
	reSupTail        = regexp.MustCompile(`^(等[^,。;的]{0,10})?(的)?(一级|二级|核心|主要|重要)?(供应商|配套商|供货商|上游)`)
	reSupChain       = regexp.MustCompile(`^(已|已经|成功|先后)?(进入|打入)$`)
	reHeldTail       = regexp.MustCompile(`^(\p{Han}{0,10}(酒店|宾馆|会议中心|会展中心|大厦|会堂|礼堂|剧院|体育馆|报告厅|会议室|展览馆))?(隆重|正式|成功)?(举行|举办|召开|开幕|启幕|落幕|闭幕|启动|拉开帷幕|揭幕)`)
	reSupChainT      = regexp.MustCompile(`^(的)?供应链`)
	// "…1994年毕业于", "…上世纪八十年代毕业于": when, before the verb.
	reMajorAlum   = regexp.MustCompile(`^(\d{4}(届|级))?[^,。;、的与和]{2,16}专业(\d{4}(届|级))?(本科|硕士|博士|研究生|博士研究生|硕士研究生|博士生|硕士生|毕业生|学生|校友)+$`)
	reAlumnus     = regexp.MustCompile(`^((19|20)\d{2}年|上世纪\p{Han}{2,4}年代|早年)?(本科|硕士|博士|研究生)?(毕业于|就读于|求学于)$`)
	reIsDescribed = regexp.MustCompile(`^(是|系|现为)([^,。;:是]{0,20}、)?$`)
	reTitleEnds   = regexp.MustCompile(`^([、,。;]|$)`)
	reAlumFrom    = regexp.MustCompile(`^((19|20)\d{2}年)?从$`)
	reAlumFromEnd = regexp.MustCompile(`^(本科|硕士|博士|研究生)?毕业`)
	reAlumTail    = regexp.MustCompile(`^(\d{2,4}(级|届))?(的)?(校友|毕业生|毕业)`)
	reAlumIs      = regexp.MustCompile(`^(同样|也|同为|亦|均)?(是|系|为)$`)
	reHeadIs      = regexp.MustCompile(`^(主任|副主任|院长|副院长|所长|副所长|负责人|首席科学家|理事长|会长|董事长|总经理|执行主任)(为|由)$`)
	reServesAs    = regexp.MustCompile(`^(\p{Han}{0,6}?(教授|研究员|院士|博士))?(担任|出任|兼任)`)
	reWorksVia    = regexp.MustCompile(`^(现任|任|担任|出任|就职于|任职于|供职于|受聘于|获聘成为|获聘为|受聘为|被聘为|受聘担任)$`)
	reSigned      = regexp.MustCompile(`^等?(在[^,。;与和]{1,16}(下,)?|就[^,。;与和]{1,12})?(共同|双方|[三四五六七八九十\d]+方|正式|成功|现场|当天|顺利|再次|再|还|集中|分别)*(签约|签署|签订|签下|举行(《[^》]{1,60}》)?[^,。;]{0,8}签约|进行了?[^,。;]{0,10}签约|达成|缔结)|^[^,。;、与和]{0,10}合作签约|^[^,。;、与和]{0,24}(协议|合同)(签约|签署)`)
	rePartner     = regexp.MustCompile(`^(在[^,。;与和]{1,12}|就[^,。;与和]{1,12})?(双方|将|还|也|拟|正式|共同|进一步|持续|继续|积极)*(开展|深化|建立|达成|签署|开启|强化|推进|加强|展开|进行)?了?(深入|初步|新一轮|广泛|紧密)?(战略|全面|深度|校地|校企|产学研|务实)?合作`)
	reFocus       = regexp.MustCompile(`^(将|还|也|正|正在)?((重点|主要|着力|将|全力|持续|大力|加快)?(围绕|聚焦|发展|推动|突破发展|培育|夯实|面向|瞄准|锚定|布局|深耕|专注于?|主攻|服务于?|支撑|投向|关注|投资于)|(重点|主要)投资|以[^,。;]{1,12}?(赋能|支撑|助力))`)
	reFocusPre    = regexp.MustCompile(`(围绕|聚焦|瞄准|面向)`)
	// reWhereOf: between the place after 位于 and what lies there, "位于X的Y",
	// "位于X核心区的Y", "位于X的“Y”", and a landmark's side within the
	// place, "坐落于天府新区兴隆湖畔的Y".
	reWhereOf       = regexp.MustCompile(`^(核心区|核心区域|片区|境内|辖区内|内|\p{Han}{0,4}(湖|河|江|山)?(畔|旁|之滨|脚下))?的“?$`)
	reWhere         = regexp.MustCompile(`(位于|地处|坐落于|落户|落户于|落户在|入驻|落地|搬进|迁入)$`)
	reWith          = regexp.MustCompile(`^(在[^,。;与和]{1,10}上?)?(还|也|已|已经|正式|将|再次|再|又|并|今天|日前|近日|当天|成功|先后)?(先后|分别|陆续|相继)?(与|和|同)$`)
	reChainBase     = regexp.MustCompile(`^(产业链|产业)?(主要|重点)?以$`)
	reChainBaseTail = regexp.MustCompile(`^为(产业)?(主承载地|承载地|重要承载地|核心|核心区|主阵地|主要载体|重要载体|载体|依托)`)
	reChainSited    = regexp.MustCompile(`^(产业链|产业)?(主要|重点)?(依托|布局在|布局于|集聚在|集聚于|落位在|落位于)$`)
	reHeldAt        = regexp.MustCompile(`^(活动|系列活动)?(近日|日前|不久前|此前|今天|今日|昨天|昨日|当天|近期)?(将|拟|计划|将于[^,。]{1,6}|于[^,。在]{1,12})?在$`)
	reDeclaredTail  = regexp.MustCompile(`^\((以下简称|以下称|下称|简称|下文简称)[^()]{1,16}\)`)
	reListEtc       = regexp.MustCompile(`^(等` + listQualifier + `(\d+|[一二三四五六七八九十两几多]+)?余?[家个所]?|共?(\d+|[一二三四五六七八九十两几多]+)余?[家个所])` + listQualifier + `(\p{Han}{0,6}?(单位|机构|高校|院校|企业|公司|院所|校企|校院)(\([^()]{1,6}\))?|地区|区县|区(市)?县|市州|市\(州\)|县\(市、区\)|县市区|基金管理人)?(代表)?(\(GP\))?`)
	reLeadsText     = regexp.MustCompile(`^(是|为|作为|成为|系)([^,。;、“]{2,14}?)(产业链|产业)?的?“?链主`)
	// A clause may open with when or how long ("去年以来", "三年来",
	// "投运半年") before its verb.
	reClauseServe = regexp.MustCompile(`^` + clauseTime + `(已|已经|将|还|并|先后|累计)?(为|向)`)
	// "…,已服务成都天擎汽车有限公司等8家企业": served without 为…提供.
	reClauseServed = regexp.MustCompile(`^` + clauseTime + `(已|已经|累计|先后|还|并)(服务|服务了)`)
	reClauseInc    = regexp.MustCompile(`^` + clauseTime + `(已|已经|先后|累计|成功)?(孵化出|孵化了|孵化|培育出)`)
	reChainLeader  = regexp.MustCompile(`^(产业链|产业)?链主(企业)?$`)
	reParkName     = regexp.MustCompile(`(园|园区|谷|医学中心|基地)$`)
	reNameLead     = regexp.MustCompile(`^((19|20)\d{2}年?|中国\(|中共|第[\d一二三四五六七八九十百]+届)$`)
	rePartName     = regexp.MustCompile(`(大学科技园|科技园|科创园|监管局|分局|校友会|校友总会|联谊会|分院|分所|分中心|园区|分公司|子公司|分行|分校|校区|研究生院|学院|研究院|研究所|基地|中心|实验室|办公厅|办公室|办事处)(\([^()]{2,6}\))?$`)
)

// builder reports a body that builds others: one of builderKinds, or an
// association ("中国竹产业协会和宜宾市人民政府决定在宜宾市共建…").
func builder(m *Mention) bool {
	return builderKinds[m.Kind] || m.Kind == store.KindPlatform && reAssociation.MatchString(m.Name)
}

// reAssociation: the names of associations and alliances of firms.
var reAssociation = regexp.MustCompile(`(协会|商会|联合会|促进会|产业联盟|创新联盟)$`)

type sentenceView struct {
	homes map[string]string
	// all is every mention of the page.
	all []Mention
	// governments maps a place to the mention of its 人民政府 on the page.
	governments map[string]*Mention
	// regions maps a place's name to its first mention on the page.
	regions map[string]*Mention
	// levelGovernments maps 省, 市, 区 or 县 to the page's one 人民政府 of
	// a place of that level, when it names one only.
	levelGovernments map[string]*Mention
	// university is the page's own university, the one it names most.
	university *Mention
	// alliances are the page's mentions of alliances and associations, in
	// text order: what a list of members names them by.
	alliances []*Mention
	// collegeHome: the page's university is a 学院 and no other 院 is
	// named, so 学院 and 院长 alone are the university's.
	collegeHome bool
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

// matches returns re's matches in the sentence (see runeMatches).
func (v *sentenceView) matches(re *regexp.Regexp) [][]int {
	return runeMatches(v.r.text, v.s, re)
}

// runeMatches returns re's matches in the span s of text, each bound of
// the match and of its groups as a position in text (-1 for a group that
// took no part), so that rules need not turn byte offsets into positions.
func runeMatches(text []rune, s Span, re *regexp.Regexp) [][]int {
	str := string(text[s.Start:s.End])
	var out [][]int
	for _, loc := range re.FindAllStringSubmatchIndex(str, -1) {
		at := make([]int, len(loc))
		// The bounds come in order of the text but for groups, which
		// nest: each is counted from the start, not from the last.
		for k, b := range loc {
			at[k] = -1
			if b >= 0 {
				at[k] = s.Start + utf8.RuneCountInString(str[:b])
			}
		}
		out = append(out, at)
	}
	return out
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
	// "青白江欧洲产业城", "成都国际铁路港": a town of industry, a port or a
	// headquarters base lies in its place rather than being a part of it
	// (25 of 27 annotated; a science city or a zone is a part, 3 in 4).
	if t == store.RelPartOf && from.Kind == store.KindRegion && to.Kind == store.KindRegion && reLiesIn.MatchString(from.Name) {
		t = store.RelLocatedIn
	}
	// "成都市产业建圈强链人才计划": a programme or a policy is not placed by
	// the place its name holds (the annotated pages locate 1 programme of
	// 4,088 bodies they locate).
	if t == store.RelLocatedIn && rule == "name-located-in" && (from.Kind == store.KindProgram || from.Kind == store.KindPolicy) {
		return
	}
	// "成都市高质量发展专题会议", "遂宁市…产销对接座谈会", "上海证券交易所": a
	// meeting is no more held in the place it is named after than a
	// committee's is, nor an exchange placed by its city (the annotated
	// pages: none of 14 so).
	if t == store.RelLocatedIn && rule == "name-located-in" && reUnplacedByName.MatchString(from.Name) {
		return
	}
	// "成都市人工智能产业集群": an industry is located nowhere; the place
	// that names it supports it.
	if t == store.RelLocatedIn && from.Kind == store.KindIndustryChain && to.Kind == store.KindRegion {
		t, from, to = store.RelSupportsChain, to, from
	}
	// "规上电子信息企业": an industry named by its firms says what the firms
	// are, not what a place or a body builds up.
	if t == store.RelSupportsChain && to.Rule == "industry-firms" {
		return
	}
	// "成都市龙泉驿区第十九届人民代表大会第三次会议": a session of a
	// congress is the congress's meeting and, like a party committee's,
	// lies nowhere; its place names the congress.
	if t == store.RelLocatedIn && from.Kind == store.KindEvent && (reSession.MatchString(from.Name) || rePartyMeeting.MatchString(from.Name)) {
		return
	}
	*v.facts = append(*v.facts, Fact{Type: t, From: from, To: to, Props: props, Sentence: v.si, Rule: rule, Conf: conf})
}

// reUnplacedByName ends the names of meetings and exchanges, which the
// place their names hold does not place.
var reUnplacedByName = regexp.MustCompile(`(会议|座谈会|交易所)$`)

// reLiesIn ends the names of places that lie in a place, not parts of it.
var reLiesIn = regexp.MustCompile(`(产业城|影视城|[^空]港|总部基地)$`)

// rePartyMeeting ends the name of a party's congress or of a meeting of
// its committee ("成都市十三次党代会", "成都市委工作会议", "十二届三次全会"),
// which lie nowhere as a congress's session does (80 of 87 annotated).
var rePartyMeeting = regexp.MustCompile(`(党代会|全会|[省市区县州]委工作会议|委全体会议|常委会议|经济工作会议)$`)

// reSession ends the name of a session of a people's congress or of a
// political consultative conference.
var reSession = regexp.MustCompile(`(人民代表大会|政治协商会议.{0,12}委员会|人大|政协)(常务委员会)?第[一二三四五六七八九十\d]+次(全体)?会议$`)

// governmentHeads are the posts that head a place's government.
var governmentHeads = wordSet(`区长 副区长 代理区长 常务副区长 市长 副市长 代理市长 常务副市长 县长 副县长 代理县长 常务副县长 省长 副省长 常务副省长`)

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
	university := homeUniversity(ms)
	// A page whose own university is a 学院 and that names no other body
	// ending in 院 calls the college 学院 and its head 院长.
	collegeHome := university != nil && strings.HasSuffix(university.Name, "学院") && !slices.ContainsFunc(ms, func(m Mention) bool {
		return m.Name != university.Name && strings.HasSuffix(m.Name, "院") && m.Kind != store.KindTalent
	})
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
	levelGovernments := map[string]*Mention{}
	for i := range ms {
		g := &ms[i]
		rs := []rune(strings.TrimSuffix(g.Name, "人民政府"))
		if g.Kind != store.KindGovernmentAgency || !strings.HasSuffix(g.Name, "人民政府") || len(rs) < 2 {
			continue
		}
		level := string(rs[len(rs)-1])
		if o, ok := levelGovernments[level]; ok && (o == nil || o.Name != g.Name) {
			levelGovernments[level] = nil
		} else if !ok {
			levelGovernments[level] = g
		}
	}
	regions := map[string]*Mention{}
	for i := range ms {
		if p := &ms[i]; p.Kind == store.KindRegion && regions[p.Name] == nil {
			regions[p.Name] = p
		}
	}
	var alliances []*Mention
	for i := range ms {
		if a := &ms[i]; reAllianceName.MatchString(a.Name) && a.Kind != store.KindEvent && a.Kind != store.KindTalent {
			alliances = append(alliances, a)
		}
	}
	sort.SliceStable(alliances, func(i, j int) bool { return alliances[i].Start < alliances[j].Start })
	for si, s := range sents {
		list := bySent[si]
		sort.SliceStable(list, func(i, j int) bool { return list[i].Start < list[j].Start })
		v := &sentenceView{r: r, si: si, s: s, ms: list, facts: &facts, homes: homes, all: ms, governments: governments, regions: regions, levelGovernments: levelGovernments, university: university,
			collegeHome: collegeHome, alliances: alliances}
		v.nameStructure()
		v.localCompany()
		v.contextual()
		v.signedTogether()
		v.ceremonyParties()
		v.coBuild()
		v.pairs()
		v.agreementTitle()
		v.signedThenBuilt()
		v.listedAlumni()
		v.namedAlumni()
		v.implicitSubject()
		v.roles()
		v.officersNext()
		v.staffListed()
		v.subjectOfficers()
		v.representatives()
		v.countedFirms()
		v.nameRow()
		v.partnerClause()
		v.bracketPlace()
		v.clauseSubject()
		v.clauseSupplies()
		v.leadsByText()
		v.labelledChain()
		v.memberOf()
		v.industryGathers()
		v.tenantsOf()
		v.zoneCore()
		v.zoneOfPlace()
		v.zoneParts()
		v.subjectBuildsLater()
		v.collective()
		v.composedOf()
		v.suppliedBy()
		v.customers()
		v.leaderAsSubject()
		v.chainSites()
		v.builtAttributive()
		v.buildTogether()
		v.builtByLead()
		v.bracketRole()
		v.namedParts()
		v.listedMembers()
		v.allianceMembers()
		v.focus()
		v.headlineChains()
		v.fieldFirms()
		v.focusBefore()
		v.firmFields()
		v.regionBuilds()
		v.homeGathers()
		v.placeGathers()
		v.nationalZones()
		v.placeHeadedLists()
		v.placeClassedLists()
		v.zoneSpans()
		v.cityDistricts()
		v.bynameClass()
		v.districtZone()
		v.chainRoleLists()
		v.placeGathersLater()
		v.topicGathers()
		v.districtBefore()
		v.placeOpened()
		v.laidOutIn()
		v.carrierOf()
		v.carrierAfter()
		v.leadsTaken()
		v.placeLeadingFields()
		v.leadersOf()
		v.fields()
	}
	partyParts(ms, &facts)
	headingLists(r, bySent, &facts)
	tableRows(r, bySent, &facts)
	facts = placeFocus(r, bySent, facts)
	facts = namedFieldBodies(ms, facts)
	return facts
}

// rePartyCommittee: the committee a department's name opens with.
var rePartyCommittee = regexp.MustCompile(`^中共\p{Han}+?[省市区县州]委`)

// partyParts: a party committee's department (中共成都市委组织部) is part of
// the committee when the page names it too.
func partyParts(ms []Mention, facts *[]Fact) {
	committees := map[string]*Mention{}
	for i := range ms {
		if m := &ms[i]; m.Kind == store.KindGovernmentAgency && strings.HasPrefix(m.Name, "中共") && strings.HasSuffix(m.Name, "委") {
			if committees[m.Name] == nil {
				committees[m.Name] = m
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindGovernmentAgency || !strings.HasPrefix(m.Name, "中共") || !rePartyDepartment.MatchString(strings.TrimPrefix(m.Name, "中共")) {
			continue
		}
		if c := committees[rePartyCommittee.FindString(m.Name)]; c != nil {
			*facts = append(*facts, Fact{Type: store.RelPartOf, From: m, To: c, Sentence: m.Sentence, Rule: "party-department", Conf: 0.8})
		}
	}
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
				if builder(m) || m.Kind == store.KindLab || m.Kind == store.KindPlatform {
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

var (
	// reLeadIndustryVerb, reLeadIndustryTail, reLeadIndustryOf: a place's
	// leading industry, "X产业作为Y的主导产业", "Y的主导产业是X".
	reLeadIndustryVerb = regexp.MustCompile(`^(产业)?(作为|是|为|成为|已成为)([^,。;]{1,16}的)?$`)
	reLeadIndustryTail = regexp.MustCompile(`^的?(主导|支柱|优势|首位|特色|重点|核心)产业`)
	reLeadIndustryOf   = regexp.MustCompile(`^的?(主导|支柱|优势|首位|特色|核心)产业(是|为|包括|有|主要有)$`)
)

// reOwnedGap: the words between a body and a firm it owns.
// "A及全资子公司B", "A的控股子公司B" name the firm after its owner too.
// "富士康集团旗下高科技企业X", "工信部直属事业单位X": what kind of unit
// may come between. "科伦药业,其旗下公司X": so may a comma and 其.
var reOwnedGap = regexp.MustCompile(`^(,其)?((下属|旗下|控股|全资|直属|所属)的?(\p{Han}{0,6}(企业|公司|单位|机构|医院))?|(及|和|的)?其?(全资|控股)?子公司)$`)

// reHeadedBy, reHeadedTail: a body's post "由" a person "担任".
var (
	reHeadedBy   = regexp.MustCompile(`^(主任|副主任|院长|副院长|所长|副所长|理事长|会长|秘书长|主席|负责人|首席科学家|总经理|董事长)(一职)?由[^,。;由]{0,24}$`)
	reHeadedTail = regexp.MustCompile(`^(担任|出任|兼任)`)
)

// reOwnedIs, reOwnedTail: "B是A旗下…的公司", "B系A的全资子公司" — the firm
// named first is the second body's.
var (
	reOwnedIs = regexp.MustCompile(`^(是|系|为|作为)$`)
	// reBasedOn: "X是以Y为依托" between X and Y.
	reBasedOn = regexp.MustCompile(`^(是|系|将)?以$`)
	// reBelongsTo: "A隶属于世界500强B" — A is B's.
	reBelongsTo = regexp.MustCompile(`^(现|是|系|均)?(隶属于|隶属|直属于)[\p{Han}\d]{0,8}$`)
	reOwnedTail = regexp.MustCompile(`^(旗下|下属|的(全资|控股)?子公司|(全资|控股)子公司)`)
)

// reFirmOfPlace: "园区的核药企业", "该区的龙头企业": the words between a
// place and the firm it holds.
var reFirmOfPlace = regexp.MustCompile(`^(内)?的[^,。;、的与和及]{0,6}?(企业|龙头企业|链主企业|公司)$`)

// reFieldFirm: the words between a field and a firm it introduces.
var reFieldFirm = regexp.MustCompile(`^\)?[^,。;、]{0,8}?(企业|药企|企|龙头企业|龙头|巨头|服务商|供应商)(——)?$`)

// macroRegions span provinces; an industry named after one is the
// region's, not something it supports.
var macroRegions = wordSet(`粤港澳大湾区 长三角 珠三角 京津冀 成渝地区双城经济圈`)

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
			// "与成都市新都区签订": a district named after its city is the
			// party that signs; the city before it is no word of the gap.
			gs := g
			if c := ms[j-1]; j-1 > i && c.Kind == store.KindRegion && b.Kind == store.KindRegion && c.End == b.Start && level(c.Name) > level(b.Name) && level(b.Name) > 0 {
				gs = v.gap(a.End, c.Start)
			}
			// "星河医药开发有限公司的CEO李进": a post may follow 的.
			// "无锡校友会(筹)会长宋某": so may a body's mark that it is
			// still being set up.
			// "人民政府区长  魏柯": a signature's space before the name.
			post := strings.TrimRight(strings.TrimPrefix(strings.TrimPrefix(g, preparing), "的"), " ")
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
				// its industries in passing ("成都生物医药产业"). "该区绿色环保、
				// 航天装备、新材料等产业": each of a list, unless the place
				// ends a list of places ("投向成华区、蒲江县智能制造、新材料等
				// 领域"), whose fields are no one place's.
				fields := []*Mention{b}
				if i == 0 || ms[i-1].Kind != store.KindRegion || !reZoneJoin.MatchString(v.gap(ms[i-1].End, a.Start)) {
					fields = v.runFrom(j, ms, func(m *Mention) bool { return m.Kind == store.KindIndustryChain })
				}
				for _, c := range fields {
					v.add(store.RelSupportsChain, a, c, "place-industry", 0.6, nil)
				}
			case g == "" && a.Kind == store.KindRegion && b.Kind == store.KindRegion && higher(a.Name, b.Name) && !macroRegions[b.Name]:
				// "深圳大湾区" names the bay area by a city in it, not a part of it.
				v.add(store.RelPartOf, b, a, "adjacent-regions", 0.8, nil)
				// "四川省遂宁、绵阳、内江、自贡等地市": the cities listed after
				// the first are the province's too.
				if a.Name == "四川省" && sichuanCities[b.Name] {
					for _, c := range v.runFrom(j, ms, func(m *Mention) bool { return sichuanCities[m.Name] })[1:] {
						v.add(store.RelPartOf, c, a, "adjacent-regions", 0.75, nil)
					}
				}
			case reHeld.MatchString(stripQuoted(g)) && a.Kind == store.KindRegion && b.Kind == store.KindEvent:
				for _, t := range v.listFrom(j, ms) {
					v.add(store.RelLocatedIn, t, a, "held-in", 0.75, nil)
				}
			case a.Kind == store.KindEvent && reHeldAt.MatchString(reOpeningGap.ReplaceAllString(strings.TrimLeft(reLeadBracket.ReplaceAllString(g, ""), "”"), "")) &&
				(b.Kind == store.KindRegion && reHeldTail.MatchString(v.afterPlaces(j, ms)) ||
					(b.Kind == store.KindPlatform || b.Kind == store.KindPilotPlatform) && reHeldTail.MatchString(string(v.r.text[b.End:min(v.s.End, b.End+16)]))):
				if b.Kind == store.KindRegion {
					// "在成都市温江区开幕": held in the last, most specific place
					// of a run.
					v.add(store.RelLocatedIn, a, ms[placeRunEnd(j, ms)], "held-in", 0.75, nil)
				} else {
					// "“…对接交流会”在四川大学国家双创示范基地举行": a platform
					// that hosts an event is where it is held.
					v.add(store.RelLocatedIn, a, b, "held-at", 0.7, nil)
				}
			case reIntegrate.MatchString(g) && a.Kind == store.KindPolicy && (b.Kind == store.KindPolicy || b.Kind == store.KindProgram || b.Kind == store.KindFund):
				v.add(store.RelPartOf, b, a, "integrates", 0.75, nil)
			case reWhereOf.MatchString(reLeadBracket.ReplaceAllString(g, "")) && a.Kind == store.KindRegion && builtKinds[b.Kind] && (b.Kind != store.KindRegion || level(b.Name) <= 0 || reZoneDistrict.MatchString(b.Name)) &&
				reWhere.MatchString(string(v.r.text[max(v.s.Start, v.placeRunStart(ms, i)-4):v.placeRunStart(ms, i)])) &&
				// "位于金牛区的电子科技大学九里堤校区": the campus lies there.
				!reUnitAfter.MatchString(string(v.r.text[b.End:min(v.s.End, b.End+8)])):
				// "位于龙泉驿区(成都经开区)的X": the place in brackets is the
				// same place by its other name; X lies in both. "位于天府新区
				// 的A、B已正式揭牌": so do the bodies listed with X.
				for _, t := range v.listFrom(j, ms) {
					v.add(store.RelLocatedIn, t, a, "located-in", 0.8, nil)
					for _, o := range ms[i+1 : j] {
						if o.Kind == store.KindRegion && g != "的" {
							v.add(store.RelLocatedIn, t, o, "located-in", 0.8, nil)
						}
					}
				}
			case g == "的" && a.Kind == store.KindRegion && placedKinds[b.Kind] && countryAt(a.Name+"X") != a.Name && !strings.HasPrefix(b.Name, a.Name) &&
				!reUnitAfter.MatchString(string(v.r.text[b.End:min(v.s.End, b.End+8)])):
				// "抵达新都区的四川星河仪表有限公司": a place's body lies there.
				v.add(store.RelLocatedIn, b, a, "place-of", 0.7, nil)
			case a.Kind == store.KindRegion && b.Kind == store.KindEnterprise && reFirmOfPlace.MatchString(g) && countryAt(a.Name+"X") != a.Name:
				// "夹江核技术应用产业园区的核药企业乐山纽瑞特医疗科技有限公司":
				// a place's firm, introduced by its trade.
				v.add(store.RelLocatedIn, b, a, "place-of", 0.7, nil)
			case rePartnersJoin.MatchString(g) && bodyKinds[a.Kind] && bodyKinds[b.Kind] && b.Kind != store.KindRegion:
				// "A、B等首批15个生态伙伴签约入驻成都人工智能计算中心": the
				// partners a platform signs in are its partners.
				for _, f := range v.listUntil(i, ms) {
					v.add(store.RelPartnersWith, f, b, "partners-join", 0.7, nil)
				}
			case reSettle.MatchString(g) && b.Kind == store.KindRegion && bodyKinds[a.Kind] &&
				// "新都布局高端制造领域": a place lays out, it does not settle.
				!(a.Kind == store.KindRegion && reSettle.FindStringSubmatch(g)[reSettle.SubexpIndex("how")] == "布局"):
				// "A、B先后迁入绵阳", "A及B正式落户Y": each body the clause
				// opens with.
				for _, f := range v.listUntil(i, ms, "及", "和") {
					v.add(store.RelLocatedIn, f, b, "settled-in", 0.8, map[string]string{"how": reSettle.FindStringSubmatch(g)[reSettle.SubexpIndex("how")]})
				}
			case reOpenedAt.MatchString(g) && b.Kind == store.KindRegion && builtKinds[a.Kind] && (a.Kind != store.KindRegion || reOpenedZone.MatchString(a.Name)):
				// "天府绛溪实验室、天府锦城实验室在四川省成都市正式揭牌": each body
				// listed opened in the most specific place.
				k := placeRunEnd(j, ms)
				// "在四川天府新区兴隆湖畔揭牌": the shore of a lake in the place.
				if !reOpenedTail.MatchString(reShore.ReplaceAllString(string(v.r.text[ms[k].End:min(v.s.End, ms[k].End+16)]), "")) {
					break
				}
				v.add(store.RelLocatedIn, a, ms[k], "opened-in", 0.75, nil)
				for p := i - 1; p >= 0 && v.gap(ms[p].End, ms[p+1].Start) == "、" && builtKinds[ms[p].Kind] && ms[p].Kind != store.KindRegion; p-- {
					v.add(store.RelLocatedIn, ms[p], ms[k], "opened-in", 0.75, nil)
				}
			case reLocated.MatchString(carried(dropAlias(g))) && b.Kind == store.KindRegion:
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
				// "美国罗克韦尔公司、安费诺公司,日本东丽株式会社": the country
				// goes on over the firms listed after it.
				for k := j + 1; k < len(ms) && v.gap(ms[k-1].End, ms[k].Start) == "、" && ms[k].Kind == b.Kind; k++ {
					v.add(store.RelLocatedIn, ms[k], a, "country-of", 0.7, nil)
				}
			case g == "所在的" && bodyKinds[a.Kind] && a.Kind != store.KindRegion && b.Kind == store.KindRegion:
				// "在墨境天合所在的成都天府长岛数字文创园": the park the firm is in.
				v.add(store.RelLocatedIn, a, b, "located-in", 0.75, nil)
			case a.Kind == store.KindRegion && bodyKinds[b.Kind] && reSideGap.MatchString(g):
				// "三岔湖东南岸未来医学城": a body on a side of a place lies there.
				v.add(store.RelLocatedIn, b, a, "side-of", 0.7, nil)
			case reOwnedGap.MatchString(g) && (a.Kind == store.KindEnterprise || a.Kind == store.KindGovernmentAgency || a.Kind == store.KindUniversity) &&
				(b.Kind == store.KindEnterprise || b.Kind == store.KindResearchInstitute || b.Kind == store.KindFund):
				// "成都交子金控集团旗下智慧车城公司": a body's firm is part of it;
				// so is each of a list of them ("旗下的A、B和C签约": C, after
				// 和, may be the party they sign with).
				v.add(store.RelPartOf, b, a, "owned-by", 0.75, nil)
				for k := j + 1; k < len(ms) && v.gap(ms[k-1].End, ms[k].Start) == "、" && ms[k].Kind == b.Kind; k++ {
					v.add(store.RelPartOf, ms[k], a, "owned-by", 0.75, nil)
				}
			case bodyKinds[a.Kind] && b.Kind == store.KindTalent && reHeadedBy.MatchString(g) && reHeadedTail.MatchString(tail):
				// "实验室主任由中飞院院长关某担任": the post is at the body named
				// first.
				v.add(store.RelWorksAt, b, a, "works-at-headed", 0.75, propsIf("role", reHeadedBy.FindStringSubmatch(g)[1]))
			case builtKinds[a.Kind] && a.Kind != store.KindRegion && builder(b) && reBasedOn.MatchString(reDeclaredTail.ReplaceAllString(g, "")) && strings.HasPrefix(tail, "为依托"):
				// "成都新一代信息技术产教联合体(下文简称“联合体”)是以成都高新区为
				// 依托": the body a new one rests on builds it.
				v.add(store.RelCoBuiltBy, a, b, "hosted-by", 0.6, nil)
			case reBelongsTo.MatchString(g) && orgKinds[a.Kind] && a.Kind != store.KindUniversity && (b.Kind == store.KindEnterprise || b.Kind == store.KindGovernmentAgency || b.Kind == store.KindUniversity):
				// "吉利科技集团隶属于世界500强吉利控股集团".
				v.add(store.RelPartOf, a, b, "owned-by", 0.7, nil)
			case reOwnedIs.MatchString(g) && a.Kind == store.KindEnterprise && (b.Kind == store.KindEnterprise || b.Kind == store.KindGovernmentAgency || b.Kind == store.KindUniversity) &&
				reOwnedTail.MatchString(tail):
				v.add(store.RelPartOf, a, b, "owned-by", 0.7, nil)
			case reAlumnus.MatchString(g) && a.Kind == store.KindTalent && b.Kind == store.KindUniversity:
				v.add(store.RelAlumnusOf, a, b, "alumnus-of", 0.85, nil)
			case reAlumFrom.MatchString(g) && a.Kind == store.KindTalent && b.Kind == store.KindUniversity && reAlumFromEnd.MatchString(tail):
				// "刘某1994年从电子科大毕业后来到深圳".
				v.add(store.RelAlumnusOf, a, b, "alumnus-of", 0.8, nil)
			case a.Kind == store.KindUniversity && b.Kind == store.KindTalent && reMajorAlum.MatchString(g):
				// "清华大学机器人技术及应用专业博士桂某": a graduate of a major.
				v.add(store.RelAlumnusOf, b, a, "alumnus-of", 0.8, nil)
			case g == "" && a.Kind == store.KindUniversity && b.Kind == store.KindTalent && strings.HasPrefix(v.gapBefore(b), "校友"):
				v.add(store.RelAlumnusOf, b, a, "alumnus-of", 0.8, nil)
			case reAlumIs.MatchString(g) && a.Kind == store.KindTalent && b.Kind == store.KindUniversity && reAlumTail.MatchString(tail):
				v.add(store.RelAlumnusOf, a, b, "alumnus-of", 0.8, nil)
			case reIsDescribed.MatchString(g) && a.Kind == store.KindTalent && bodyKinds[b.Kind] && postsAfter[v.r.titleAt(b.End, v.s.End)] &&
				reTitleEnds.MatchString(string(v.r.text[b.End+utf8.RuneCountInString(v.r.titleAt(b.End, v.s.End)):min(v.s.End, b.End+12)])):
				// "王某是电子科大1983级校友、北京星河科技股份有限公司董事长": what
				// a person is, after 是, names a post at a body.
				v.add(store.RelWorksAt, a, b, "works-at-described", 0.75, propsIf("role", v.r.titleAt(b.End, v.s.End)))
			case reRepresents.MatchString(g) && a.Kind == store.KindTalent && bodyKinds[b.Kind] && b.Kind != store.KindRegion &&
				reSignsFor.MatchString(string(v.r.text[b.End:min(v.s.End, b.End+40)])):
				// "副县长易恩弟代表双流县人民政府与…签订": whom one signs for
				// is where one works.
				v.add(store.RelWorksAt, a, b, "represents", 0.7, nil)
			case b.Kind == store.KindTalent && bodyKinds[a.Kind] && a.Kind != store.KindRegion && reHeadIs.MatchString(g) &&
				(strings.HasSuffix(g, "为") || reServesAs.MatchString(tail)):
				// "实验室主任为陈某教授", "中心主任由王某担任": who heads a body.
				v.add(store.RelWorksAt, b, a, "head-is", 0.75, propsIf("role", reHeadIs.FindStringSubmatch(g)[1]))
			case reWorksVia.MatchString(g) && a.Kind == store.KindTalent && bodyKinds[b.Kind]:
				role := ""
				if t := v.r.titleAt(b.End, v.s.End); t != "" {
					role = t
				}
				v.add(store.RelWorksAt, a, b, "works-at", 0.8, propsIf("role", role))
			case b.Kind == store.KindTalent && bodyKinds[a.Kind] && b.Props["title"] != "" && titleChain(post) && post != "院士" && !strings.HasSuffix(g, "校友") &&
				!graduateTitles[post] && !noPostTitles[post]:
				v.add(store.RelWorksAt, b, a, "works-at", 0.8, propsIf("role", post))
			case g == "" && j == i+1 && bodyKinds[a.Kind] && b.Kind == store.KindTalent && (postsAfter[v.r.titleAt(b.End, v.s.End)] ||
				// "四川大学王琪院士团队": an academician named after a body
				// other than an academy works there (the annotated pages:
				// 3 of 3; after an academy, 0 of 5: membership, no post).
				v.r.titleAt(b.End, v.s.End) == "院士" && !reAcademy.MatchString(a.Name)):
				// "西南技术物理研究所宋海智研究员", and the list that goes
				// on, "A樊军教授、翟亮教授、林克斌研究员": a name between its
				// body and its post.
				v.add(store.RelWorksAt, b, a, "works-at-post-after", 0.75, propsIf("role", v.r.titleAt(b.End, v.s.End)))
				for k := j + 1; k < len(ms) && ms[k].Kind == store.KindTalent; k++ {
					t, ok := strings.CutSuffix(v.gap(ms[k-1].End, ms[k].Start), "、")
					if !ok || !postsAfter[t] || !postsAfter[v.r.titleAt(ms[k].End, v.s.End)] {
						break
					}
					v.add(store.RelWorksAt, ms[k], a, "works-at-post-after", 0.7, propsIf("role", v.r.titleAt(ms[k].End, v.s.End)))
				}
			case a.Kind == store.KindIndustryChain && focusKinds[b.Kind] && (reChainBase.MatchString(g) && reChainBaseTail.MatchString(tail) || reChainSited.MatchString(g)):
				// "网络安全产业链以成都电子信息产业功能区为主承载地", "卫星互联
				// 网产业链依托菁蓉镇卫星互联网产业园", "…产业链布局在德源…".
				v.add(store.RelSupportsChain, b, a, "chain-site", 0.7, nil)
				// "…为产业主承载地,以A、B、C为重要承载地": the sites the next
				// clauses give the chain too.
				for _, site := range v.sitesAfter(b) {
					v.add(store.RelSupportsChain, site, a, "chain-site", 0.65, nil)
				}
			case withGap(gs) && bodyKinds[a.Kind] && bodyKinds[b.Kind] && (reSigned.MatchString(tail) || v.heldSigning(j, ms) || v.signsAbout(b)) && !v.venue(a):
				// "A、B、C与彭州市签约": each party listed signs with the one
				// after 与; the list's parties are not said to sign with
				// each other.
				for _, f := range v.listUntil(i, ms) {
					v.add(store.RelPartnersWith, f, b, "signed-with", 0.8, map[string]string{"how": signedHow(tail)})
				}
				v.entryAgreement(a, []*Mention{b}, tail)
				// "新都区分别与A签署了…协议、与B签署了…协议": each later
				// "、与B签署" of the clause is the same subject's signing.
				for _, c := range ms[j+1:] {
					after := string(v.r.text[c.End:min(v.s.End, c.End+40)])
					if !bodyKinds[c.Kind] || !strings.HasSuffix(v.gap(max(v.s.Start, c.Start-2), c.Start), "、与") || !reSigned.MatchString(after) {
						continue
					}
					for _, f := range v.listUntil(i, ms) {
						v.add(store.RelPartnersWith, f, c, "signed-with", 0.75, map[string]string{"how": signedHow(after)})
					}
				}
			case withGap(g) && bodyKinds[a.Kind] && bodyKinds[b.Kind] && len(v.partiesFrom(j, ms)) > 1 && !v.venue(a) &&
				v.listSigns(v.partiesFrom(j, ms)):
				// "四川大学已先后与成都高新区、双流区、武侯区等签署…协议";
				// the parties may be of several kinds ("彭州市与A大学、B研究
				// 院、C公司签约").
				parties := v.partiesFrom(j, ms)
				how := signedHow(reListEtc.ReplaceAllString(v.textAfter(parties), ""))
				// A list may sign with a list ("A、B等7家校企和C、D签订").
				for _, f := range v.listUntil(i, ms) {
					for _, t := range parties {
						v.add(store.RelPartnersWith, f, t, "signed-with", 0.75, map[string]string{"how": how})
					}
				}
				v.entryAgreement(a, parties, v.textAfter(parties))
			case withGap(g) && bodyKinds[a.Kind] && bodyKinds[b.Kind] && rePartner.MatchString(tail) &&
				!strings.HasSuffix(string(v.r.text[v.clauseStart(a.Start):a.Start]), "与"):
				// "明泰微电子、长川科技等…与电子科大强化校地合作": each of a
				// list that opens the clause. Two parties after 与 are both
				// the partners of someone else ("希望与A和B加强合作").
				for _, f := range v.listUntil(i, ms) {
					v.add(store.RelPartnersWith, f, b, "partners-with", 0.6, nil)
				}
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

// dropAlias drops the short name a text gives a body in brackets right
// after it, "西南交通大学(简称“西南交大”)与…", from a gap.
func dropAlias(g string) string {
	return reAliasGloss.ReplaceAllString(g, "")
}

// withGap reports the words between two parties that join them ("与",
// "还与"), after a short name in brackets or the count of a list that
// ends at the first ("等7家校企和").
func withGap(g string) bool {
	g = dropAlias(g)
	// "A、B等单位,与C达成…": a list's count may end its clause.
	return reWith.MatchString(g) || strings.HasPrefix(g, "等") && reWith.MatchString(strings.TrimPrefix(reListEtc.ReplaceAllString(g, ""), ","))
}

// signsAbout reports a signing after b that first says what it is about
// at length: "与彭州市就促进中医药传承创新发展、共建研究院…等领域,达成8个合作
// 协议".
func (v *sentenceView) signsAbout(b *Mention) bool {
	t := reDeclaredTail.ReplaceAllString(string(v.r.text[b.End:min(v.s.End, b.End+120)]), "")
	if loc := reSignedAbout.FindStringIndex(t); loc != nil && reSigned.MatchString(t[loc[1]:]) {
		return true
	}
	// "与B就建立实习基地、就业见习基地举行签约挂牌仪式": what it is about,
	// then the signing, in one clause.
	if !strings.HasPrefix(t, "就") {
		return false
	}
	// The subject runs to the clause's end, forty characters at most.
	n := 0
	for k, c := range t {
		if c == ',' || c == '。' || c == ';' || n > 40 {
			break
		}
		if n > 1 && reHeldSigned.MatchString(t[k:]) {
			return true
		}
		n++
	}
	return false
}

// reHeldSigned: a signing held, or an agreement signed, after what it is
// about.
var reHeldSigned = regexp.MustCompile(`^(举行[^,。;]{0,8}(签约|签署)|(签订|签署)[^,。;]{0,16}(协议|合同|备忘录))`)

var reSignedAbout = regexp.MustCompile(`^就[^。;]{1,100}?(领域|方面|事宜|问题|事项|工作),?`)

// reHeldSigning: the words between the last party and the signing
// ceremony they hold, "(以下简称“深农集团”)在天府农博园举行".
var (
	reHeldSigning  = regexp.MustCompile(`^(在[^,。;与和]{1,12})?(隆重|正式|成功|共同)?举行(了)?$`)
	reSigningEvent = regexp.MustCompile(`(签约仪式|签约活动|签署仪式|签约大会)$`)
)

// heldSigning: "A与B在Y举行X项目签约仪式", a ceremony named too long for
// reSigned's window after B.
func (v *sentenceView) heldSigning(j int, ms []*Mention) bool {
	for k := j + 1; k < len(ms); k++ {
		m := ms[k]
		if m.Name == ms[j].Name {
			continue // the short name it declares
		}
		g := reDeclaredTail.ReplaceAllString(v.gap(ms[j].End, m.Start), "")
		if m.Kind == store.KindEvent && reSigningEvent.MatchString(m.Name) {
			return reHeldSigning.MatchString(g)
		}
		// The place of the ceremony may be a mention of its own.
		if m.Kind != store.KindRegion || !strings.HasPrefix(g, "在") {
			return false
		}
	}
	return false
}

var reAliasGloss = regexp.MustCompile(`^\((以下)?(简称|下称)[^()]{1,20}\)`)

// reShore: a lake's or a river's shore after a place.
var reShore = regexp.MustCompile(`^\p{Han}{1,4}?[湖河江]畔`)

// venue reports a place named after 在, where a party signs: "A在深圳市与B
// 签订合作协议" makes no partner of 深圳市.
func (v *sentenceView) venue(m *Mention) bool {
	return m.Kind == store.KindRegion && m.Start > v.s.Start && v.r.text[m.Start-1] == '在'
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
	if a == "成都市" && chengduCounties[b] || sichuanCounties[b] == a || sichuanCountiesFull[b] == a {
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

// placedKinds are the bodies a place's name before 的 locates.
var placedKinds = kinds(store.KindEnterprise, store.KindLab, store.KindResearchInstitute, store.KindPilotPlatform, store.KindPlatform,
	store.KindUniversity)

func level(name string) int {
	switch {
	case strings.HasSuffix(name, "省") || strings.HasSuffix(name, "自治区"):
		return 3
	case strings.HasSuffix(name, "新区") || strings.HasSuffix(name, "高新区") || strings.HasSuffix(name, "开发区"):
		return 1
	case strings.HasSuffix(name, "市") && sichuanCounty(name):
		// 彭州市, 广汉市: a city of county level ranks with the counties.
		return 1
	case strings.HasSuffix(name, "市") || strings.HasSuffix(name, "自治州"):
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
		seg := v.partStart(i)
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

// partiesFrom is the list of bodies of any kinds that starts at ms[j].
func (v *sentenceView) partiesFrom(j int, ms []*Mention) []*Mention {
	return v.runFrom(j, ms, func(m *Mention) bool { return bodyKinds[m.Kind] })
}

// runFrom is the list that starts at ms[j] and goes on over 、, 和 or 及
// while keep accepts the next item. Unlike listFrom it does not join by
// 与, which also joins parties ("A与B签约").
//
// An item named with its city ("与A、B、成都市双流区签署") is the last,
// most specific place of the run.
func (v *sentenceView) runFrom(j int, ms []*Mention, keep func(*Mention) bool) []*Mention {
	out := []*Mention{ms[j]}
	for k := j + 1; k < len(ms); k++ {
		if withinPlace(ms[k-1], ms[k]) && keep(ms[k]) {
			out[len(out)-1] = ms[k]
			continue
		}
		if g := v.gap(ms[k-1].End, ms[k].Start); g != "、" && g != "和" && g != "及" || !keep(ms[k]) {
			break
		}
		out = append(out, ms[k])
	}
	return out
}

// withinPlace reports a place named right after the place that holds it,
// "成都市双流区": the two are one item of a list.
func withinPlace(outer, inner *Mention) bool {
	return outer.Kind == store.KindRegion && inner.Kind == store.KindRegion && inner.Start == outer.End &&
		level(inner.Name) > 0 && level(outer.Name) > level(inner.Name)
}

// representatives: the firms named as representatives of an industry's
// firms are of that industry (reRepresented), and so are the firms named by
// their roles in its cluster (reRoleCluster).
func (v *sentenceView) representatives() {
	str := string(v.r.text[v.s.Start:v.s.End])
	at := func(b int) int { return v.s.Start + utf8.RuneCountInString(str[:b]) }
	for _, loc := range reRepresented.FindAllStringSubmatchIndex(str, -1) {
		var firms, fields []*Mention
		for _, m := range v.outer() {
			switch {
			case m.Kind == store.KindEnterprise && m.Start >= at(loc[2]) && m.End <= at(loc[3]):
				firms = append(firms, m)
			case m.Kind == store.KindIndustryChain && m.Start >= at(loc[4]) && m.End <= at(loc[5]):
				fields = append(fields, m)
			}
		}
		for _, f := range firms {
			for _, c := range fields {
				v.add(store.RelMemberOfChain, f, c, "represented-firm", 0.65, nil)
			}
		}
	}
	// "以A、B为龙头,以C、D等为骨干,以E等为配套的太阳能产业集群": the leaders
	// lead the cluster the roles end with, the others are its members.
	for _, loc := range reRoleCluster.FindAllStringSubmatchIndex(str, -1) {
		var fields []*Mention
		for _, m := range v.outer() {
			if m.Kind == store.KindIndustryChain && m.Start >= at(loc[4]) && m.End <= at(loc[5]) {
				fields = append(fields, m)
			}
		}
		roles := str[loc[2]:loc[3]]
		for _, rl := range reRoleList.FindAllStringSubmatchIndex(roles, -1) {
			rel := store.RelMemberOfChain
			if r := roles[rl[4]:rl[5]]; r == "龙头" || r == "链主" {
				rel = store.RelLeadsChain
			}
			a, b := at(loc[2]+rl[2]), at(loc[2]+rl[3])
			for _, f := range v.outer() {
				if f.Kind != store.KindEnterprise || f.Start < a || f.End > b {
					continue
				}
				for _, c := range fields {
					v.add(rel, f, c, "role-cluster", 0.6, nil)
				}
			}
		}
	}
}

// reRoleCluster: the roles firms play in the cluster a run of them ends
// with (reRoleList's), and the cluster's industry.
var reRoleCluster = regexp.MustCompile(`((?:以[^,。;:以“”]{2,40}?(?:等)?为(?:龙头|骨干|配套|链主)[,、]?)+)的([^,。;:的]{2,20}?)(?:产业)?(?:集群|产业链)`)

// officersNext: "A党委书记、董事长徐某,党委副书记、总经理郭某,副总经理
// 王某" — after a body and the titles of one person there, each next
// person whose titles alone follow a comma (or a 、) holds them at the
// same body.
// Only the body's own offices carry over: "副省长" after a firm's officers
// belongs to another body, and ends the run. Agencies start no run, since
// their officers' titles (主任, 副书记) are every body's.
func (v *sentenceView) officersNext() {
	ms := v.outer()
	for i := 0; i+2 < len(ms); i++ {
		a, p := ms[i], ms[i+1]
		titles := officesOf(a)
		first := strings.TrimPrefix(v.gap(a.End, p.Start), preparing)
		// "西华大学地方合作与服务处处长王某、科技处处长栾某": the head of a
		// department opens the run as the body's officer.
		dept := !titleChain(first) && reDeptTitle.MatchString(first)
		if titles == nil || p.Kind != store.KindTalent || !titleChain(first) && !dept {
			continue
		}
		if dept {
			v.add(store.RelWorksAt, p, a, "works-at", 0.75, propsIf("role", first))
		}
		role := ""
		for k := i + 2; k < len(ms) && ms[k].Kind == store.KindTalent && ms[k].Props["title"] != ""; k++ {
			// The next person's titles follow a comma, or a 、 in a list
			// of people ("副总经理程旗、总工程师刘志刚"); a name right after
			// a 、 shares the titles before it ("副总经理薛某、朱某").
			g := v.gap(ms[k-1].End, ms[k].Start)
			t, ok := strings.CutPrefix(g, ",")
			if !ok {
				t, ok = strings.CutPrefix(g, "、")
			}
			if ok && t == "" && g == "、" && role != "" {
				t = role
			}
			if !ok || !allTitles(t, titles) && !reDeptTitle.MatchString(t) {
				break
			}
			role = t
			v.add(store.RelWorksAt, ms[k], a, "works-at", 0.75, propsIf("role", t))
		}
	}
}

// subjectOfficers: "基础与前沿研究院前往宜宾市开展实践活动,党委书记饶某、院长
// 王某、副院长吕某…" — the people a sentence lists by posts alone after its
// first body hold the posts there, when they are offices of a body of its
// kind and no other body comes between. The body need not open the
// sentence: "开馆仪式由成都市地方金融局主办,局长梁某主持".
func (v *sentenceView) subjectOfficers() {
	ms := v.outer()
	f := slices.IndexFunc(ms, func(m *Mention) bool { return orgKinds[m.Kind] })
	if f < 0 || f+1 >= len(ms) || officesOf(ms[f]) == nil {
		return
	}
	subj := ms[f]
	for _, p := range ms[f+1:] {
		if orgKinds[p.Kind] {
			return
		}
		t := p.Props["title"]
		if p.Kind != store.KindTalent || t == "" || !allTitles(t, officesOf(subj)) {
			continue
		}
		at := p.Start - utf8.RuneCountInString(t)
		if at <= subj.End || v.r.text[at-1] != ',' && v.r.text[at-1] != '、' || string(v.r.text[at:p.Start]) != t {
			continue
		}
		v.add(store.RelWorksAt, p, subj, "subject-officer", 0.65, propsIf("role", t))
	}
}

// reDateLead: a date that opens a sentence before its subject.
var reDateLead = regexp.MustCompile(`^(\d{4}年)?(\d{1,2}月)?\d{1,2}日(上午|下午|晚)?,$`)

// reDeptTitle: the head of one of a body's departments, "科技处副处长",
// "成果转化处副处长", in a run of the body's officers.
var reDeptTitle = regexp.MustCompile(`^\p{Han}{1,8}(处|部|办公室)(处长|副处长|部长|副部长|主任|副主任)$`)

func allTitles(t string, titles map[string]bool) bool {
	for _, x := range strings.Split(t, "、") {
		if !titles[x] {
			return false
		}
	}
	return t != ""
}

// postsAfter are the posts a name is followed by in a list of those
// present, "四川农业大学周小秋教授": posts held at the body before the name.
// An academician's title (院士) and a degree are not posts there.
var postsAfter = wordSet(`教授 副教授 研究员 副研究员 总经理 副总经理 董事长 副董事长 总裁 副总裁 院长 副院长 所长 副所长 主任 副主任
	总工程师 首席科学家 首席技术官 首席执行官 创始人 联合创始人 高级工程师 负责人 理事长 会长 秘书长 行长
	主席 副主席 局长 副局长 处长 副处长 厅长 副厅长 部长 副部长 书记 副书记 博士 工程师
	校长 副校长 常务副校长 党委书记 党委副书记 执行院长 常务副院长 常务副总经理 总监 董事 首席专家 主任医师
	市长 副市长 区长 副区长 县长 副县长`)

// reAcademy: the academies whose academicians are members, not staff.
var reAcademy = regexp.MustCompile(`(科学院|工程院)$`)

// officeTitles are the offices of a body of each kind, as the genre lists
// its officers.
var officeTitles = map[store.Kind]map[string]bool{
	store.KindEnterprise: wordSet(`董事长 副董事长 董事 总经理 副总经理 常务副总经理 总裁 副总裁 执行总裁 党委书记 党委副书记 纪委书记 监事
		党总支书记 党总支副书记 党支部书记 党总支委员 总经理助理
		监事会主席 总工程师 总会计师 财务总监 首席执行官 首席技术官 党委委员 党委常委 董事会秘书 副总工程师 工会主席
		党组书记 党组副书记 党组成员`),
	store.KindUniversity: wordSet(universityOffices),
	store.KindResearchInstitute: wordSet(`院长 副院长 常务副院长 所长 副所长 主任 副主任 党委书记 党委副书记 副书记 纪委书记 院长助理 所长助理
		总工程师`),
}

// collegeOffices and bureauOffices are the offices of a university or
// its school named 学院 ("宜宾学院", "四川大学化学学院"), and of a bureau
// or department of a government (局, 厅): a 院长 heads the one, a 局长 the
// other. Other agencies' titles (主任, 副书记) are every body's, so they
// start no run.
const universityOffices = `校长 副校长 常务副校长 党委书记 党委副书记 副书记 党委常委 校长助理 纪委书记 总会计师`

var (
	collegeOffices = wordSet(universityOffices + ` 院长 副院长 常务副院长 执行院长 院长助理 党委委员`)
	bureauOffices  = wordSet(`局长 副局长 厅长 副厅长 常务副厅长 党组书记 党组副书记 党组成员 一级巡视员 二级巡视员 副巡视员`)
	// associationOffices: a 会长 or a 秘书长 holds office at the
	// association, alumni society or alliance just named.
	associationOffices = wordSet(`会长 副会长 常务副会长 执行会长 名誉会长 秘书长 副秘书长 常务副秘书长 理事长 副理事长 常务副理事长 监事长`)
)

// reSociety: the classes of bodies whose officers associationOffices
// names: reAssociation's, and the societies of alumni and scholars.
var reSociety = regexp.MustCompile(`(校友会|校友总会|协会|商会|学会|联合会|促进会|研究会|联盟)$`)

// preparing marks a body still being set up, "无锡校友会(筹)".
const preparing = "(筹)"

// officesOf returns the offices of body m, or nil when its officers' titles
// say nothing of which body they hold them at.
func officesOf(m *Mention) map[string]bool {
	switch {
	case m.Kind == store.KindUniversity && strings.HasSuffix(m.Name, "学院"):
		return collegeOffices
	case m.Kind == store.KindGovernmentAgency && (strings.HasSuffix(m.Name, "局") || strings.HasSuffix(m.Name, "厅")):
		return bureauOffices
	case m.Kind == store.KindPlatform && reSociety.MatchString(m.Name):
		return associationOffices
	}
	return officeTitles[m.Kind]
}

// entryAgreement: "X产业园已与A、B等企业签订入园协议" — the parties a park
// signs an agreement to move in with move into the park.
func (v *sentenceView) entryAgreement(park *Mention, parties []*Mention, after string) {
	if park.Kind != store.KindRegion || !reEntryAgreement.MatchString(after) {
		return
	}
	for _, t := range parties {
		if t.Kind != store.KindRegion {
			v.add(store.RelLocatedIn, t, park, "settled-in", 0.7, map[string]string{"how": "入园"})
		}
	}
}

// listUntil is the list of bodies joined by 、 (or by the joins given)
// that ends with ms[i], at the start of its clause: "A、B、C与X签约"
// gives A, B and C. A list that follows other words in its clause
// ("与A、B签约") is ms[i] alone.
func (v *sentenceView) listUntil(i int, ms []*Mention, joins ...string) []*Mention {
	k := i
	for k > 0 && bodyKinds[ms[k-1].Kind] {
		if g := v.gap(ms[k-1].End, ms[k].Start); g != "、" && !slices.Contains(joins, g) {
			break
		}
		k--
	}
	if k == i || v.clauseStart(ms[k].Start) != ms[k].Start && utf8.RuneCountInString(v.gap(v.clauseStart(ms[k].Start), ms[k].Start)) > 4 {
		return ms[i : i+1]
	}
	return ms[k : i+1]
}

func (v *sentenceView) afterList(j int, ms []*Mention) string {
	return v.textAfter(v.listFrom(j, ms))
}

// listSigns reports the words after a list of parties after 与 saying
// they sign or agree to work together: "签署…协议", "等企业,就开展战略合作",
// "9所院校,签署了…合作计划" (the clause of signing may follow a comma).
func (v *sentenceView) listSigns(l []*Mention) bool {
	t := reListEtc.ReplaceAllString(v.textAfter(l), "")
	if reSigned.MatchString(t) {
		return true
	}
	t, comma := strings.CutPrefix(t, ",")
	return comma && (reSigned.MatchString(t) || reAboutPartner.MatchString(t))
}

// reAboutPartner: "就开展战略合作", "就深化校企合作" — what two sides agree to
// work together on.
var reAboutPartner = regexp.MustCompile(`^就(开展|深化|加强|推进)[^,。;]{0,4}合作`)

// sitesAfter returns the places that the clauses after the one naming
// site give as sites the same way: ",以A、B为重要承载地".
func (v *sentenceView) sitesAfter(site *Mention) []*Mention {
	var out []*Mention
	ms := v.outer()
	for c := v.clauseEnd(site.End); c < v.s.End && v.r.text[c] == ',' && c+1 < v.s.End && v.r.text[c+1] == '以'; c = v.clauseEnd(c + 1) {
		i := slices.IndexFunc(ms, func(m *Mention) bool { return m.Start == c+2 && focusKinds[m.Kind] })
		if i < 0 {
			break
		}
		list := v.runFrom(i, ms, func(m *Mention) bool { return focusKinds[m.Kind] })
		if !reChainBaseTail.MatchString(v.gap(list[len(list)-1].End, v.clauseEnd(c+1))) {
			break
		}
		out = append(out, list...)
	}
	return out
}

// partStart is where the part of the sentence that position i is in
// starts, the parts cut by semicolons.
func (v *sentenceView) partStart(i int) int {
	for k := i - 1; k > v.s.Start; k-- {
		if v.r.text[k] == ';' {
			return k + 1
		}
	}
	return v.s.Start
}

// textAfter is the text after a list's last item, sixteen characters at
// most.
func (v *sentenceView) textAfter(l []*Mention) string {
	end := l[len(l)-1].End
	return string(v.r.text[end:min(v.s.End, end+16)])
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

// rePartnersJoin: partners listed before the platform they sign into.
var rePartnersJoin = regexp.MustCompile(`^等[^,。;]{0,12}?(生态伙伴|合作伙伴|伙伴)(签约)?(入驻|加入)$`)

// reRepresents: a person who acts for a body, and reSignsFor the signing
// the person does for it (one who speaks for a committee and a government
// together works at one of them).
var (
	reRepresents = regexp.MustCompile(`^(参加[^,。;]{0,8}并)?代表$`)
	reSignsFor   = regexp.MustCompile(`^[^。;]{0,36}?(签约|签订|签署)`)
)

// reClauseVerb: what follows a body that is a clause's subject.
var reClauseVerb = regexp.MustCompile(`^(已|将|还|正|也|则|均|共同|正在|正式|积极|加快|全力|着力|持续|深入|不断|率先|近年来|目前)?(建立|建设|打造|推进|推动|实施|出台|发布|形成|构建|培育|发展|布局|引进|坚持|聚焦|围绕|拥有|集聚|是|作为|由|位于|依托|注册|入驻|累计|现有|已有|共有|聚集|汇聚|明确|提出|立足|致力于|计划|规划|力争|确定)`)

// reLeadBracket: a bracket right after a name ("X(前沿医学中心)由…").
var reLeadBracket = regexp.MustCompile(`^\([^)]{1,16}\)`)

// zoneParts: "成都高新区…高新南区为研发创新集聚区,高新西区为…" — the
// high-tech zone's parts, named in a sentence that names the zone, are its
// parts (the annotated pages: 7 of the 10 that name one).
func (v *sentenceView) zoneParts() {
	var zone *Mention
	for _, m := range v.ms {
		if m.Kind == store.KindRegion && m.Name == "成都高新区" {
			zone = m
		}
	}
	if zone == nil {
		return
	}
	for _, m := range v.outer() {
		if m.Kind == store.KindRegion && reZonePart.MatchString(m.Name) {
			v.add(store.RelPartOf, m, zone, "zone-part", 0.7, nil)
		}
	}
}

// reZonePart: the parts of 成都高新区, named with or without the city.
var reZonePart = regexp.MustCompile(`^(成都)?高新(东|西|南)区$`)

// zoneOfPlace: "武侯新城的西部智谷园区", "彭州市的成都新材料产业功能区" — a
// park or a zone named after a place and 的 lies there. The annotated
// pages place 6 of the 8 they name so, and make 1 a part.
func (v *sentenceView) zoneOfPlace() {
	ms := v.outer()
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.Kind != store.KindRegion || b.Kind != store.KindRegion || b.Rule == "lexicon" || v.gap(a.End, b.Start) != "的" || level(a.Name) < 0 {
			continue
		}
		if reParkName.MatchString(b.Name) || strings.HasSuffix(b.Name, "区") {
			v.add(store.RelLocatedIn, b, a, "zone-of-place", 0.6, nil)
		}
	}
}
