package importer

// Agencies: bureaus and committees named in full, in short forms relative
// to the page's place, or run together with one another, and the official
// names they go by.

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

// notBureau are words that end in 局 and name no bureau.
var notBureau = wordSet(`布局 格局 新局 大局 全局 开局 结局 当局 变局 破局 定局 胜局 僵局 残局 棋局 饭局 邮局 骗局 时局 政局 战局 赛局 终局 对局 出局 入局 局局`)

// agencySplit returns where the last agency of a run of agencies starts in
// a stem, or 0: after a complete agency name when a place follows it.
func (r *recognizer) agencySplit(stem string) int {
	rs := []rune(stem)
	for k := len(rs) - 1; k >= 1; k-- {
		// "成都市经信局市新经济委": a relative level after a complete
		// agency starts the next.
		// "成都市科学技术局中共成都市委组织部": so does the Party's.
		if !placeAt(rs[k:]) && !strings.ContainsRune("市区县省", rs[k]) && !strings.HasPrefix(string(rs[k:]), "中共") {
			continue
		}
		left := string(rs[:k])
		// "中国证监会四川监管局": a national body's office in a province is
		// one name.
		if strings.HasPrefix(left, "中国") || strings.HasPrefix(left, "国家") {
			continue
		}
		// "…社会保障局成都市国有资产…": any bureau, as 局 ends no other
		// word before a place here but 布局 and 格局; the stem may open
		// with its 局 alone when a boundary word (保障) cut the rest off.
		if rs[k-1] == '局' && (k == 1 || !notBureau[string(rs[k-2:k])]) {
			return k
		}
		if k < 3 {
			continue
		}
		if e, ok := r.gaz.Lookup(left); ok && e.Kind == store.KindGovernmentAgency {
			return k
		}
		if sr, ok := suffixOf(left); ok && sr.Kind == store.KindGovernmentAgency && !sr.Weak {
			return k
		}
	}
	return 0
}

// relativeStems make agencies named relative to the document's place:
// "区科技局", "区委组织部".
var relativeStems = wordSet(`区 市 县 省 州 区委 市委 县委 省委 州委 区政府 市政府 县政府`)

// agencyCentre: centres that are public bodies rather than platforms.
var agencyCentre = regexp.MustCompile(`(疾控中心|疾病预防控制中心|促进中心|政务服务中心|便民服务中心|人才服务中心|就业服务中心)$`)

// zoneAgency: the body that runs a zone is named after it ("金牛坝科技服务
// 产业功能区管委会"), and the zone is where it is.
func zoneAgency(m *Mention) bool {
	return m.Kind == store.KindGovernmentAgency && (strings.HasSuffix(m.Name, "管委会") || strings.HasSuffix(m.Name, "管理委员会") || strings.HasSuffix(m.Name, "党工委"))
}

// listedDepartments: "成都市经信局、公安局、交通运输局、住建局" — the
// departments listed after a place's first are the same place's, named
// bare; officialNames gives them their official names.
func (r *recognizer) listedDepartments(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reDepartmentList.FindAllStringSubmatchIndex(str, -1) {
		place, ok := r.placeNamed(str[loc[2]:loc[3]])
		if !ok || level(place) < 1 {
			continue
		}
		// "阿坝州发展改革委、经信局": a prefecture's departments go by its
		// short name, as the first does.
		if written := str[loc[2]:loc[3]]; strings.HasSuffix(written, "州") {
			place = written
		}
		at := s.Start + utf8.RuneCountInString(str[:loc[6]])
		for _, item := range strings.FieldsFunc(str[loc[6]:loc[7]], func(c rune) bool { return c == '、' || c == '及' }) {
			n := utf8.RuneCountInString(item)
			if item != "" && !placeAt([]rune(item)) && !reCommitteeItem.MatchString(item) {
				r.add(si, at, at+n, place+item, store.KindGovernmentAgency, "listed-department", 0.6)
			}
			at += n + 1
		}
	}
}

var (
	// reDepartmentList: a place's department, then more named bare.
	reDepartmentList = regexp.MustCompile(`(\p{Han}{2,6}?[省市区县州])(\p{Han}{2,8}?[局厅委])、((?:\p{Han}{2,8}?[局厅委])(?:[、及]\p{Han}{2,8}?[局厅委])*)`)
	// reCommitteeItem: a committee or a party body, which no department
	// list holds ("绵阳市委常委、科技城党工委…").
	reCommitteeItem = regexp.MustCompile(`(工委|常委|[省市区县]委|管委)$|党`)
)

// reBareDepartment: a provincial department named without its province,
// "科技厅", "教育厅党组成员": only provinces have 厅.
var reBareDepartment = regexp.MustCompile(`(科技|科学技术|教育|财政|经信|经济和信息化|人社|人力资源和社会保障|商务|民政|司法|水利|卫健|卫生健康|文旅|文化和旅游|应急管理|自然资源|生态环境|环保|交通运输|农业农村|住房和城乡建设)厅`)

// bareDepartments reads a provincial department named bare, as "省科技厅"
// for relative to resolve.
func (r *recognizer) bareDepartments(si int, s Span) {
	for _, at := range runeMatches(r.text, s, reBareDepartment) {
		start, end := at[0], at[1]
		if start > s.Start && nameRune(r.text[start-1]) && r.text[start-1] != '(' && r.boundaryAt(s, start) == 0 {
			continue // "四川省科技厅", "省科技厅": named with its place
		}
		if end < s.End && r.text[end] == '长' {
			continue // 厅长 is a title
		}
		r.add(si, start, end, "省"+string(r.text[start:end]), store.KindGovernmentAgency, "bare-department", 0.6)
	}
}

// reBareCongress: a place's people's congress or political consultative
// conference named by its level alone, "在市人大及其常委会的监督下",
// "请区政协委员提出意见".
var reBareCongress = regexp.MustCompile(`[省市区县](人大|政协)`)

// bareCongresses reads a congress or a conference named by its level
// alone, as "市人大" for relative to resolve. One named after its place
// ("成都市政协") is read by its suffix, and one with its standing committee
// (市人大常委会) as the committee.
func (r *recognizer) bareCongresses(si int, s Span) {
	for _, at := range runeMatches(r.text, s, reBareCongress) {
		start, end := at[0], at[1]
		if start > s.Start && !strings.ContainsRune("在请和与及、由向对经,。:;", r.text[start-1]) {
			continue
		}
		// "市人大代表": a deputy's title, which names no body a reader
		// annotates.
		if after := string(r.text[end:min(s.End, end+3)]); strings.HasPrefix(after, "常委会") || strings.HasPrefix(after, "代表") {
			continue
		}
		r.add(si, start, end, string(r.text[start:end]), store.KindGovernmentAgency, "bare-department", 0.6)
	}
}

// relative resolves names relative to the document's own place: in a
// district's news, "区科技局" is that district's 科技局.
func (r *recognizer) relative(ms []Mention) []Mention {
	homes := homePlaces(ms)
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindGovernmentAgency {
			continue
		}
		if m.Name == "州政府" {
			if h := homes["州"]; h != "" {
				m.Aliases = append(m.Aliases, m.Name)
				m.Name = h + "人民政府"
			}
			continue
		}
		for _, level := range []string{"区", "市", "县", "省", "州"} {
			rest, ok := strings.CutPrefix(m.Name, level)
			if !ok || !(strings.HasPrefix(rest, "委") || strings.HasSuffix(rest, "局") || strings.HasSuffix(rest, "委") ||
				strings.HasSuffix(rest, "部") || strings.HasSuffix(rest, "厅") || strings.HasSuffix(rest, "办") ||
				strings.HasSuffix(rest, "总工会") || strings.HasSuffix(rest, "法院") || strings.HasSuffix(rest, "检察院") ||
				rest == "科协" || rest == "侨联" ||
				rest == "人大常委会" || rest == "政协" || rest == "人大") {
				continue
			}
			h := levelHome(homes, level)
			if near := r.namedBefore(ms, i, level); near != "" {
				h = near
			}
			if h != "" {
				// A prefecture's party committee goes by its short name
				// (中共甘孜州委, not 中共甘孜藏族自治州委); its other bodies
				// by its full one.
				if e, ok := r.gaz.Lookup(h); ok && level == "州" && strings.HasPrefix(rest, "委") {
					if k := slices.IndexFunc(e.Aliases, func(a string) bool { return strings.HasSuffix(a, "州") }); k >= 0 {
						h = e.Aliases[k]
					}
				}
				m.Aliases = append(m.Aliases, m.Name)
				m.Name = h + rest
				// "市人大", "区政协": the congress and the conference by
				// their official names, a district's or a county's with its
				// city (中国人民政治协商会议成都市成华区委员会).
				if rest == "人大" || rest == "政协" {
					full := strings.TrimSuffix(inCity(levelHome(homes, "市"), h+"委", "委"), "委")
					m.Name = full + "人民代表大会"
					if rest == "政协" {
						m.Name = "中国人民政治协商会议" + full + "委员会"
					}
				}
				// "市科技局" in a city's notice is the lexicon's 成都市科学技术局.
				if e, ok := r.gaz.Lookup(m.Name); ok && e.Kind == store.KindGovernmentAgency {
					m.Name = e.Name
				}
				m.Rule, m.Conf = "relative-agency", 0.6
			}
			break
		}
	}
	return ms
}

// levelHome is the page's place of a level ("省", "市", …) that an agency
// named by the level alone belongs to. The province's is the genre's when
// the page names none: a department named bare (科技厅, which
// bareDepartments reads as 省科技厅), the committee (省委、省政府, as the
// lexicon takes 省政府 for 四川省人民政府), any agency named by 省 alone.
func levelHome(homes map[string]string, level string) string {
	if h := homes[level]; h != "" || level != "省" {
		return h
	}
	return "四川省"
}

// agencyShort maps the short forms that agencies go by in prose to the
// words of their official names. A place's agency is named officially
// (成都市经济和信息化局), its short forms kept as aliases, so that a text
// that names it either way, or a graph that holds the other form, meets
// it. Ambiguous short forms (交通局: 交通运输局 or 交通局) are left out.
var agencyShort = []struct{ short, full string }{
	{"科技局", "科学技术局"}, {"环保厅", "环境保护厅"}, {"经信局", "经济和信息化局"}, {"经科信局", "经济科技和信息化局"}, {"经科局", "经济和科技局"},
	{"发改委", "发展和改革委员会"}, {"发展改革委", "发展和改革委员会"}, {"发改局", "发展和改革局"},
	{"投促局", "投资促进局"}, {"人社局", "人力资源和社会保障局"}, {"市场监管局", "市场监督管理局"},
	{"新经济委", "新经济发展委员会"}, {"住建局", "住房和城乡建设局"}, {"规自局", "规划和自然资源局"},
	{"卫健委", "卫生健康委员会"}, {"卫健局", "卫生健康局"}, {"卫计委", "卫生和计划生育委员会"}, {"卫生计生委", "卫生和计划生育委员会"}, {"国资委", "人民政府国有资产监督管理委员会"},
	{"应急局", "应急管理局"}, {"文广旅局", "文化广电旅游局"}, {"经信委", "经济和信息化委员会"},
	{"科技厅", "科学技术厅"}, {"经信厅", "经济和信息化厅"}, {"人社厅", "人力资源和社会保障厅"},
	{"科协", "科学技术协会"}, {"投促委", "投资促进委员会"}, {"法院", "人民法院"}, {"检察院", "人民检察院"},
	{"政府新闻办", "人民政府新闻办公室"}, {"政府办公厅", "人民政府办公厅"}, {"政府办公室", "人民政府办公室"},
	{"侨联", "归国华侨联合会"}, {"新科局", "新经济和科技局"},
	{"卫生健康委", "卫生健康委员会"}, {"人力资源社会保障厅", "人力资源和社会保障厅"}, {"地方金融监管局", "地方金融监督管理局"},
}

// officialNames renames a place's agency named by a short form ("成都市经信局",
// or "市经信局" resolved by relative) to its official name.
func officialNames(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindGovernmentAgency {
			continue
		}
		for _, a := range agencyShort {
			if renameShort(m, a.short, func(place string) string { return place + a.full }) {
				break
			}
		}
		// "四川省攀枝花市发展改革委": a city's or a county's agency is named
		// without the province a page may write before its place (the
		// annotated pages: 507 names to 1).
		for _, prov := range []string{"四川省", "四川"} {
			if rest, ok := strings.CutPrefix(m.Name, prov); ok {
				rs := []rune(rest)
				if l := placeLead(rs, 2); l > 0 && strings.ContainsRune("市州县", rs[l-1]) {
					m.Aliases = append(m.Aliases, m.Name)
					m.Name = rest
				}
				break
			}
		}
	}
}

// reParty: the party's committee of a place, "中共成都市金牛区委",
// "中共四川省委员会".
var reParty = regexp.MustCompile(`中共(\p{Han}{2,12}?)(委员会|工委|委)`)

// reMeeting: a meeting of a party committee, after its level and 委:
// "(成都)市委十四届八次全会", "(四川)省委十一届三次全会", "(成都)市委经济工作会议".
var reMeeting = regexp.MustCompile(`[省市区县]委((第?[一二三四五六七八九十]{1,3}届)?[一二三四五六七八九十]{1,3}次全(会|体会议)|全会|经济工作会议|全体会议|常委会会议)`)

// partyMeetings reads a party committee's meetings as events of the
// committee. The place before the level must be one (成都市, 四川省), or
// the level stands bare for the page's place (省委…); the committee is
// named apart, after selection, by meetingCommittees.
func (r *recognizer) partyMeetings(si int, s Span) {
	for _, at := range runeMatches(r.text, s, reMeeting) {
		lv, end := at[0], at[1]
		start := lv
		for l := 8; l >= 1; l-- {
			if lv-l < s.Start {
				continue
			}
			place := string(r.text[lv-l : lv+1])
			if e, ok := r.gaz.Lookup(place); ok && e.Kind == store.KindRegion {
				start = lv - l
				break
			}
			if _, _, ok := r.twoPlaces(place); ok {
				start = lv - l
				break
			}
		}
		if start == lv && start > s.Start && nameRune(r.text[start-1]) && r.boundaryAt(s, start) == 0 {
			continue // "…市委…" inside a longer word
		}
		if start-2 >= s.Start && string(r.text[start-2:start]) == "中共" {
			start -= 2
		}
		r.add(si, start, end, string(r.text[start:end]), store.KindEvent, "party-meeting", 0.9)
	}
}

// meetingCommittees adds the committee whose meeting each party-meeting is:
// "成都市委" in "成都市委十四届八次全会", named as any committee is.
func meetingCommittees(ms []Mention) []Mention {
	for _, m := range ms {
		if m.Rule != "party-meeting" {
			continue
		}
		rs := []rune(m.Surface)
		k := slices.Index(rs, '委')
		rule := "party-committee-short"
		if strings.HasPrefix(m.Surface, "中共") {
			rule = "party-committee"
		}
		ms = append(ms, Mention{Span: Span{m.Start, m.Start + k + 1}, Sentence: m.Sentence, Surface: string(rs[:k+1]),
			Name: string(rs[:k+1]), Kind: store.KindGovernmentAgency, Rule: rule, Conf: 0.8})
	}
	return ms
}

// meetingNames names a party meeting after its committee's full name,
// 中共成都市委十四届八次全会, the page's form an alias.
func meetingNames(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Rule != "party-meeting" {
			continue
		}
		for _, c := range ms {
			if c.Kind == store.KindGovernmentAgency && c.Start == m.Start && c.End < m.End && strings.HasPrefix(c.Name, "中共") {
				tail := string([]rune(m.Surface)[c.End-c.Start:])
				if full := c.Name + tail; full != m.Name {
					m.Aliases = append(m.Aliases, m.Name)
					m.Name = full
				}
				break
			}
		}
	}
}

// partyCommittees finds the party's committees of places; what comes
// between 中共 and 委 must be places, or it is some other committee.
func (r *recognizer) partyCommittees(si int, s Span) {
	for _, at := range runeMatches(r.text, s, reParty) {
		places := string(r.text[at[2]:at[3]])
		if _, _, ok := r.twoPlaces(places); !ok {
			if e, ok := r.gaz.Lookup(places); !ok || e.Kind != store.KindRegion {
				continue
			}
		}
		start, end := at[0], at[1]
		r.add(si, start, end, string(r.text[start:end]), store.KindGovernmentAgency, "party-committee", 0.85)
	}
	// "温江区委副书记", "区委副书记": a place's committee by its short form,
	// before a post; relative resolves the bare one to the page's place.
	for i := s.Start + 1; i < s.End-1; i++ {
		if r.text[i] != '委' {
			continue
		}
		// "市委市政府": the committee and the government of one place.
		// "双流区党委书记": the same committee, with 党 written out.
		lv := i - 1
		if r.text[i-1] == '党' && i-2 > s.Start && strings.ContainsRune("省市区县", r.text[i-2]) {
			lv = i - 2
		}
		// "甘孜州委书记", and "州委书记" on a prefecture's page: a
		// prefecture's committee, named after it or bare where a word ends
		// (广州委托 is no committee).
		prefecture := r.text[lv] == '州' && (lv-2 >= s.Start && r.regionEnds(s, lv+1) || lv == s.Start || !nameRune(r.text[lv-1]) || r.boundaryAt(s, lv) > 0)
		if !strings.ContainsRune("省市区县", r.text[lv]) && !prefecture {
			continue
		}
		paired := i+4 <= s.End && string(r.text[i+1:i+4]) == string(r.text[lv])+"政府"
		// "落实市委产业建圈强链部署", "按照市委统一部署": the committee as
		// the body that decides, before what it decided.
		if r.titleAt(i+1, s.End) == "" && !strings.ContainsRune("、,", r.text[i+1]) && !paired &&
			!reCommitteeDecides.MatchString(string(r.text[i+1:min(s.End, i+30)])) {
			continue
		}
		start := lv
		for l := 6; l >= 2; l-- {
			if lv+1-l >= s.Start {
				if e, ok := r.gaz.Lookup(string(r.text[lv+1-l : lv+1])); ok && e.Kind == store.KindRegion {
					start = lv + 1 - l
					break
				}
			}
		}
		// "成都市温江区委": the city before the district is part of the
		// committee's name (a province before it is not: 中共成都市新津区委).
		if inner, _ := r.placeNamed(string(r.text[start : lv+1])); start < lv && level(inner) == 1 {
			for l := 4; l >= 2; l-- {
				if start-l < s.Start {
					continue
				}
				if c, ok := r.placeNamed(string(r.text[start-l : start])); ok && level(c) == 2 {
					start -= l
					break
				}
			}
		}
		// "并报省委省政府同意": the province's committee and government
		// named together stand after any word; a city's or a county's may
		// close a place's name the gazetteer lacks.
		if start == lv && lv > s.Start && nameRune(r.text[lv-1]) && r.boundaryAt(s, lv) == 0 &&
			!(lv-2 >= s.Start && committeeVerbs[string(r.text[lv-2:lv])]) && !(paired && r.text[lv] == '省') {
			continue // "市委" inside a longer word that is no place
		}
		m := r.add(si, start, i+1, string(r.text[start:lv+1])+"委", store.KindGovernmentAgency, "party-committee-short", 0.8)
		if lv != i-1 {
			m.Aliases = append(m.Aliases, string(r.text[start:i+1]))
		}
		// "新津区委区政府", "县委、县政府": the government of the committee's
		// place, named by its level after it (committeeGovernments names
		// it in full); 市政府 and 省政府 the lexicon reads.
		if lvl := r.text[lv]; lvl == '区' || lvl == '县' {
			g := i + 1
			if g < s.End && r.text[g] == '、' {
				g++
			}
			if g+3 <= s.End && string(r.text[g:g+3]) == string(lvl)+"政府" {
				r.add(si, g, g+3, string(lvl)+"政府", store.KindGovernmentAgency, "bare-government", 0.7)
			}
		}
	}
}

// committeeVerbs: the verbs of heeding that a committee follows bare,
// "响应省委省政府号召", "落实市委部署".
var committeeVerbs = wordSet(`响应 落实 贯彻 按照 根据 遵照 执行 围绕 紧扣 感谢`)

// reCommitteeDecides: what a committee decides, after its name.
// What it decided may be named in quotes first: "省委“一干多支”、“五区协同”战略部署".
// Or what it heads, "市委主要负责人", or what its decision is about,
// "省委关于在川高校更好服务地方…要求".
var reCommitteeDecides = regexp.MustCompile(`^([、和]?[市区县省]?政府)?(关于[^,。;]{1,24}?|的)?(\p{Han}|“[\p{Han}、]{1,24}”、?){0,8}?(部署|决策|战略|要求|号召|决定|精神)|^(主要负责人|主要领导)|^(出台|印发|召开)|^的?(坚强|正确|统一)?的?领导下`)

// reAgencyAnd: a bureau or a commission whose name joins two remits with
// 和, after the places it serves: "成都市新都区新经济和科技局", "彭州市投资促进
// 和外事局", "四川省发展和改革委员会".
// The suffix rules stop a name's left edge at 和; here the places fix it.
var (
	reAgencyAnd    = regexp.MustCompile(`((?:\p{Han}{2,4}?[省市区县]){1,3})(\p{Han}{2,8}?)和(\p{Han}{1,6}?)(局|厅|委员会)`)
	reAgencyAndNot = regexp.MustCompile(`政府|局|厅|委|办|的|与|及|在|等`)
)

func (r *recognizer) agenciesWithAnd(si int, s Span) {
	for _, at := range runeMatches(r.text, s, reAgencyAnd) {
		places, a, b := r.text[at[2]:at[3]], string(r.text[at[4]:at[5]]), string(r.text[at[6]:at[7]])
		if reAgencyAndNot.MatchString(a) || reAgencyAndNot.MatchString(b) {
			continue
		}
		// The match may open with a word before the place ("与温江区").
		k := 0
		for k < len(places)-2 && placeLead(places[k:], 0) == 0 {
			k++
		}
		if placeLead(places[k:], 0) == 0 {
			continue
		}
		start := at[0] + k
		// "四川天府新区发展和经济运行局": the place pattern reads at most four
		// characters before 区, so a zone the province's name opens starts
		// before it.
		if lead := placeLead(places[k:], 0); start-2 >= s.Start {
			if e, ok := r.gaz.Lookup(string(r.text[start-2 : start+lead])); ok && e.Kind == store.KindRegion {
				start -= 2
			}
		}
		r.add(si, start, at[1], string(r.text[start:at[1]]), store.KindGovernmentAgency, "agency-and", 0.8)
	}
}

// districtGovernments: a place's government in short form, "郫都区政府",
// is its 人民政府 (governmentsFull adds the district's city).
func (r *recognizer) districtGovernments(si int, s Span) {
	for i := s.Start + 1; i+2 <= s.End; i++ {
		if string(r.text[i:i+2]) != "政府" {
			continue
		}
		// "遂宁政府、企业、西南科技大学三方": a city named by its stem.
		if k := i - 2; k >= s.Start && (k == s.Start || !nameRune(r.text[k-1]) || strings.ContainsRune("、和与及", r.text[k-1])) {
			if full := placeStems[string(r.text[k:i])]; sichuanCities[full] {
				r.addGovernment(si, k, i+2, full, string(r.text[k:i]), "district-government", 0.75)
				continue
			}
		}
		if !strings.ContainsRune("区县市州", r.text[i-1]) {
			continue
		}
		found := false
		for l := 4; l >= 2; l-- {
			if i-1-l < s.Start {
				continue
			}
			place := string(r.text[i-1-l : i])
			e, ok := r.gaz.Lookup(place)
			// "凉山州政府": a prefecture's short name with its level.
			if ok && e.Kind == store.KindRegion && e.Name != place && strings.HasSuffix(place, "州") && strings.HasSuffix(e.Name, "州") {
				r.addGovernment(si, i-1-l, i+2, e.Name, place, "district-government", 0.8)
				found = true
				break
			}
			if !ok || e.Kind != store.KindRegion || e.Name != place {
				continue
			}
			found = true
			// "成都市温江区政府": a city right before the district opens
			// the name, as it opens the government's own.
			start, name := i-1-l, place
			for lc := 4; lc >= 2; lc-- {
				if start-lc < s.Start {
					continue
				}
				city := string(r.text[start-lc : start])
				if e, ok := r.gaz.Lookup(city); ok && e.Kind == store.KindRegion && e.Name == city && higher(city, place) {
					start, name = start-lc, city+name
					break
				}
			}
			m := r.addGovernment(si, start, i+2, name, place, "district-government", 0.8)
			if start < i-1-l {
				m.Aliases = append(m.Aliases, place+"人民政府")
			}
			break
		}
		// "州政府副州长…", "代表州委、州政府", "代表州政府与…签订": the
		// government of the page's prefecture, which relative names.
		if !found && r.text[i-1] == '州' && (i-1 == s.Start || strings.ContainsRune("、,;:和与及表", r.text[i-2])) {
			r.add(si, i-1, i+2, "州政府", store.KindGovernmentAgency, "district-government", 0.7)
			continue
		}
		// "攀枝花市政府、承德市政府、哈密市政府": a city the lexicon does not
		// know, named by two characters and 市 at a list's or a clause's
		// edge, has a government of its own.
		if k := i - 3; !found && r.text[i-1] == '市' && k >= s.Start && allHan(r.text[k:i-1]) && !strings.ContainsRune(notCityStem, r.text[k]) &&
			!strings.ContainsRune(notCityStem, r.text[k+1]) && (k == s.Start || strings.ContainsRune("、,;:和与及“(", r.text[k-1])) {
			city := string(r.text[k:i])
			r.addGovernment(si, k, i+2, city, city, "district-government", 0.7)
		}
	}
}

// addGovernment adds the 人民政府 of place, named short on the page after
// the form it goes by there (short, "凉山州" for 凉山彝族自治州).
func (r *recognizer) addGovernment(si, start, end int, place, short, rule string, conf float64) *Mention {
	m := r.add(si, start, end, place+"人民政府", store.KindGovernmentAgency, rule, conf)
	m.Aliases = append(m.Aliases, short+"政府")
	return m
}

// notCityStem are the characters that make no city's name before 市政府
// ("全市政府", "本市政府", "各市政府").
const notCityStem = "全本该各我两三四五六十省市区县州地城"

// sharedGovernments reads a notice's addressees, "成都市、德阳市、绵阳市人民
// 政府": the places listed before the last share its government, so each
// names its own.
var reSharedGovernment = regexp.MustCompile(`((?:\p{Han}{2,5}?[省市州县区]、)+)\p{Han}{2,5}?[省市州县区](?:人民)?政府`)

func (r *recognizer) sharedGovernments(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reSharedGovernment.FindAllStringSubmatchIndex(str, -1) {
		at := s.Start + utf8.RuneCountInString(str[:loc[2]])
		for _, item := range strings.Split(strings.TrimSuffix(str[loc[2]:loc[3]], "、"), "、") {
			n := utf8.RuneCountInString(item)
			if e, ok := r.gaz.Lookup(item); ok && e.Kind == store.KindRegion && e.Name == item {
				r.addGovernment(si, at, at+n, item, item, "shared-government", 0.92)
			}
			at += n + 1
		}
	}
}

// governmentsFull names a district's government with its city, as the
// government names itself (成都市郫都区人民政府), when the page gives the
// city.
func governmentsFull(ms []Mention, city string) {
	for i := range ms {
		m := &ms[i]
		if full := inCity(city, m.Name, "人民政府"); m.Rule == "district-government" && full != m.Name {
			m.Aliases = append(m.Aliases, m.Name)
			m.Name = full
		}
		// "成都市政协", "市人大常委会": a place's congress and its political
		// consultative conference by the names they go by officially,
		// a district's with its city.
		if m.Kind != store.KindGovernmentAgency {
			continue
		}
		for _, c := range congressNames {
			if renameShort(m, c.short, func(place string) string {
				// "四川省成都市政协" is the city's conference.
				if rest, ok := strings.CutPrefix(place, "四川省"); ok && utf8.RuneCountInString(rest) >= 2 && strings.ContainsAny(lastRune(rest), "市州") {
					place = rest
				}
				return c.prefix + inCity(city, place, "") + c.full
			}) {
				break
			}
		}
	}
}

// renameShort names an agency named by a place and a short form
// officially, keeping the page's form: official makes the name from the
// place. It reports whether the name was such a form.
func renameShort(m *Mention, short string, official func(place string) string) bool {
	place, ok := placeBefore(m.Name, short)
	if !ok {
		return false
	}
	m.Official = append(m.Official, m.Name)
	m.Name = official(place)
	return true
}

// placeBefore returns the place a name opens with before a short form of
// an agency's ("成都市" in 成都市经信局), when it ends in a level.
func placeBefore(name, short string) (string, bool) {
	place, ok := strings.CutSuffix(name, short)
	return place, ok && utf8.RuneCountInString(place) >= 2 && strings.ContainsAny(lastRune(place), "省市区县州")
}

// congressNames: the short names of a place's people's congress, its
// standing committee and its political consultative conference, and the
// words of their official names around the place.
var congressNames = []struct{ short, prefix, full string }{
	{"人大常委会", "", "人民代表大会常务委员会"},
	{"政协", "中国人民政治协商会议", "委员会"},
}

// countyAgenciesFull gives a Chengdu district's or county's agency the
// name with its city that official lists use as well: 新都区科学技术协会 is
// also 成都市新都区科学技术协会. The page's form stays the name; a
// county-level city's agencies (崇州市…) and the party's organs are named
// without the prefecture.
func countyAgenciesFull(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindGovernmentAgency || strings.HasPrefix(m.Name, "成都市") {
			continue
		}
		for county := range chengduCounties {
			if strings.HasSuffix(county, "市") {
				continue
			}
			// Official: a name the agency goes by anywhere, kept even when
			// the page named it relative to its place.
			if rest, ok := strings.CutPrefix(m.Name, county); ok && rest != "" && !strings.HasPrefix(rest, "委") && !strings.HasPrefix(rest, "党") &&
				!slices.Contains(m.Official, "成都市"+m.Name) {
				m.Official = append(m.Official, "成都市"+m.Name)
				break
			}
		}
	}
}

// inCity names a district's body (head after 区 or 县) with its city,
// when the name lacks it: 双流区委 → 成都市双流区委.
func inCity(city, name, head string) string {
	// Chengdu's districts and counties are the city's though the page
	// names no city.
	// A district of another city is that city's: 大足区 is Chongqing's on
	// a page about 资阳市.
	if own := cityOfCounty(strings.TrimSuffix(name, head)); own != "" {
		city = own
	}
	// "自贡市大安区委": a name that opens with its own city keeps it.
	if k := strings.Index(name, "市"); k > 0 && placeStems[name[:k]] != "" {
		return name
	}
	if city != "" && (strings.HasSuffix(name, "区"+head) || strings.HasSuffix(name, "县"+head)) && !strings.HasPrefix(name, city) {
		// "成都双流区委": the city named by its stem.
		return city + strings.TrimPrefix(name, strings.TrimSuffix(city, "市"))
	}
	return name
}

// homePlaces returns, for each level (区, 县, 市, 省), the place of that level
// a page names most often: what 全区, 该区, 区科技局 and 市委 stand for. Zones
// (新区, 高新区, 经开区) are no districts.
func homePlaces(ms []Mention) map[string]string {
	count, first := map[string]int{}, map[string]int{}
	sichuan := 0
	for _, m := range ms {
		if m.Kind == store.KindRegion {
			if _, ok := count[m.Name]; !ok || m.Start < first[m.Name] {
				first[m.Name] = m.Start
			}
			count[m.Name]++
			if sichuanCities[m.Name] || sichuanCounty(m.Name) {
				sichuan++
			}
		}
	}
	// "雅安市政府、农业农村厅…": each of Sichuan's cities and counties a
	// page names counts for the province, which a page on them need not
	// name, however often it names another.
	if sichuan > 0 {
		if _, ok := count["四川省"]; !ok {
			first["四川省"] = math.MaxInt
		}
		count["四川省"] += sichuan
	}
	out := map[string]string{}
	for _, level := range []string{"区", "县", "市", "省", "州"} {
		best := ""
		for name, c := range count {
			if strings.HasSuffix(name, level) && !strings.HasSuffix(name, "新区") && !strings.HasSuffix(name, "高新区") && !strings.HasSuffix(name, "经开区") &&
				// A park or a zone ("龙潭工业机器人产业功能区") has no bureaus.
				(level != "区" || utf8.RuneCountInString(name) <= 5 && !reZoneDistrict.MatchString(name)) &&
				// Of two named as often, the page names its own first.
				(c > count[best] || c == count[best] && (first[name] < first[best] || first[name] == first[best] && name < best)) {
				best = name
			}
		}
		if best != "" {
			out[level] = best
		}
	}
	return out
}

// reZoneDistrict: names that end in 区 but name a zone, not a district.
var reZoneDistrict = regexp.MustCompile(`(功能区|园区|片区|示范区|试验区|产业区|集聚区|街区|社区|景区|开发区|保税区|合作区|先行区|核心区|承载区|发展区|创新区|城区|港区|校区|厂区)$`)

// rePartyDepartment: a department of a place's party committee, which the
// party names with 中共 (中共成都市委组织部) and pages often without.
var rePartyDepartment = regexp.MustCompile(`^\p{Han}{2,12}?[省市区县州]委(组织部|宣传部|统战部|政法委|教育工委|教育工作委员会|网信办|社会工作部|人才办|外宣办)$`)

// partyOffices are the short names pages give a committee's offices, and
// the names the party gives them.
var partyOffices = strings.NewReplacer("教育工委", "教育工作委员会", "人才办", "人才工作领导小组办公室", "外宣办", "对外宣传办公室", "统战部", "统一战线工作部")

// partyDepartments names a party committee's department as the party
// does, keeping the page's form: the committee by its full name (a
// district's with its city, as partyFull names it), the office by its
// full title (统战部 is 统一战线工作部).
func partyDepartments(ms []Mention, city string) {
	for i := range ms {
		m := &ms[i]
		loc := rePartyDepartment.FindStringSubmatchIndex(m.Name)
		if m.Kind != store.KindGovernmentAgency || strings.HasPrefix(m.Name, "中共") || loc == nil {
			continue
		}
		committee, office := m.Name[:loc[2]], m.Name[loc[2]:]
		m.Official = append(m.Official, m.Name)
		m.Name = "中共" + inCity(city, committee, "委") + partyOffices.Replace(office)
	}
}

// agencyOffices reads "四川天府新区管委会办公室常务副主任刘某": a post in
// a committee's office is the office's, a body of its own, named with the
// committee's names (its forms, too).
func (r *recognizer) agencyOffices(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindGovernmentAgency || !strings.HasSuffix(m.Name, "管委会") && !strings.HasSuffix(m.Name, "委员会") {
			continue
		}
		s := r.sents[m.Sentence]
		e := m.End + 3
		// So is one that ends its line or clause: a notice's issuers,
		// signed one to a line ("中共成都市委网络安全和信息化委员会办公室").
		if e > s.End || string(r.text[m.End:e]) != "办公室" || r.titleAt(e, s.End) == "" && e < s.End && !strings.ContainsRune("、,;。", r.text[e]) {
			continue
		}
		office := func(ns []string) []string {
			out := make([]string, len(ns))
			for k, n := range ns {
				out[k] = n + "办公室"
			}
			return out
		}
		m.End, m.Surface, m.Name = e, m.Surface+"办公室", m.Name+"办公室"
		m.Aliases, m.Official = office(m.Aliases), office(m.Official)
	}
}

// committeeOffices reads "成都市委常委、组织部部长胡某": the office named
// bare after a committee's 常委 and before a title is that committee's.
func (r *recognizer) committeeOffices(ms []Mention) []Mention {
	var extra []Mention
	for _, m := range ms {
		// "市委常委、组织部部长刘某" on a city's page: the committee named
		// relative to the page is named so too.
		relative := m.Rule == "relative-agency" && slices.ContainsFunc(m.Aliases, func(a string) bool { return a == "市委" || a == "区委" || a == "县委" || a == "省委" })
		if m.Kind != store.KindGovernmentAgency || m.Rule != "party-committee" && m.Rule != "party-committee-short" && !relative {
			continue
		}
		s := r.sents[m.Sentence]
		k := m.End
		if k+3 >= s.End || string(r.text[k:k+3]) != "常委、" {
			continue
		}
		k += 3
		for _, office := range []string{"组织部", "宣传部", "统战部", "社会工作部", "人才办"} {
			e := k + utf8.RuneCountInString(office)
			if e <= s.End && string(r.text[k:e]) == office && r.titleAt(e, s.End) != "" {
				extra = append(extra, Mention{Span: Span{k, e}, Sentence: m.Sentence, Surface: office, Name: m.Name + office,
					Kind: store.KindGovernmentAgency, Rule: "relative-agency", Conf: 0.6})
				break
			}
		}
	}
	return append(ms, extra...)
}

// zoneCommittees reads "X党工委副书记、管委会主任": the bare 管委会 after a
// zone's party working committee and its titles is the zone's.
//
// "X党工委管委会" names the two bodies a zone's officials speak for together.
func (r *recognizer) zoneCommittees(ms []Mention) []Mention {
	var extra []Mention
	for i := range ms {
		m := &ms[i]
		zone, ok := strings.CutSuffix(m.Name, "党工委管委会")
		if m.Kind != store.KindGovernmentAgency || !ok || utf8.RuneCountInString(zone) < 2 || m.Surface != m.Name {
			continue
		}
		extra = append(extra, Mention{Span: Span{m.End - 3, m.End}, Sentence: m.Sentence, Surface: "管委会", Name: zone + "管理委员会",
			Official: []string{zone + "管委会"}, Kind: store.KindGovernmentAgency, Rule: "relative-agency", Conf: m.Conf})
		m.End -= 3
		m.Name, m.Surface = zone+"党工委", zone+"党工委"
	}
	for _, m := range ms {
		zone, ok := strings.CutSuffix(m.Name, "党工委")
		if m.Kind != store.KindGovernmentAgency || !ok || utf8.RuneCountInString(zone) < 2 {
			continue
		}
		s := r.sents[m.Sentence]
		k := m.End
		for k < s.End && k-m.End <= 8 && !strings.ContainsRune("、,;。", r.text[k]) {
			k++
		}
		if k+4 > s.End || r.text[k] != '、' || string(r.text[k+1:k+4]) != "管委会" || r.titleAt(k+4, s.End) == "" {
			continue
		}
		extra = append(extra, Mention{Span: Span{k + 1, k + 4}, Sentence: m.Sentence, Surface: "管委会", Name: zone + "管理委员会",
			Official: []string{zone + "管委会"}, Kind: store.KindGovernmentAgency, Rule: "relative-agency", Conf: 0.6})
	}
	return append(ms, extra...)
}

// partyFull names a place's committee by the full form the page gives
// ("温江区委" is the page's 中共成都市温江区委).
func partyFull(ms []Mention, city string) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindGovernmentAgency || !strings.HasSuffix(m.Name, "委") || strings.HasPrefix(m.Name, "中共") {
			continue
		}
		// A district's committee is its city's: 中共成都市双流区委.
		full := "中共" + inCity(city, m.Name, "委")
		for _, o := range ms {
			if o.Rule == "party-committee" && strings.HasSuffix(o.Name, m.Name) && o.Name != m.Name {
				full = o.Name
				break
			}
		}
		// A committee the page names only short is named as the party names
		// it, 中共四川省委.
		// "省卫生健康委" is the province's commission of health, no
		// committee of the party's.
		if utf8.RuneCountInString(m.Name) > 2 && (m.Rule == "party-committee-short" || m.Rule == "relative-agency" && rePlaceCommittee.MatchString(m.Name)) {
			m.Official = append(m.Official, m.Name)
			m.Name = full
		}
	}
}

// rePlaceCommittee: a place's party committee by its short name, "四川省委",
// "德阳市委".
var rePlaceCommittee = regexp.MustCompile(`^\p{Han}{1,12}[省市州区县]委$`)

// reCommitteePlace: the place a party committee is of, "中共德阳市委".
var reCommitteePlace = regexp.MustCompile(`^中共(\p{Han}{2,12}[省市州区县])委$`)

// committeeGovernments: "德阳市委、市政府" names the government of the
// committee's place; 市政府 alone is the government of the page's city,
// which the lexicon takes for 成都市 unless the page names another most.
func (r *recognizer) committeeGovernments(ms []Mention, city string) {
	// The page's committees of a place, by where they end.
	committees := map[int]*Mention{}
	for k := range ms {
		if q := &ms[k]; committees[q.End] == nil && reCommitteePlace.MatchString(q.Name) {
			committees[q.End] = q
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindGovernmentAgency || !reBareGovernment.MatchString(m.Surface) {
			continue
		}
		var loc []string
		p := committees[m.Start]
		if p == nil {
			p = committees[m.Start-1]
		}
		if p != nil {
			loc = reCommitteePlace.FindStringSubmatch(p.Name)
		}
		if loc == nil && city != "" && strings.HasPrefix(m.Surface, "市") && m.Rule == "lexicon" {
			loc = []string{"", city}
		}
		if loc == nil || !strings.HasSuffix(loc[1], strings.TrimSuffix(strings.TrimSuffix(m.Surface, "人民政府"), "政府")) {
			continue
		}
		if p != nil && m.Start-p.End == 1 && !strings.ContainsRune("、和及", r.text[p.End]) {
			continue
		}
		// "甘孜州委、州政府": a prefecture's government by its full name.
		place := loc[1]
		if e, ok := r.gaz.Lookup(place); ok && e.Kind == store.KindRegion && strings.HasSuffix(place, "州") {
			place = e.Name
		}
		name := place + "人民政府"
		if name != m.Name {
			m.Aliases = append(m.Aliases, m.Surface)
			m.Name = name
		}
	}
}

// reBareGovernment: a government named by its level alone.
var reBareGovernment = regexp.MustCompile(`^[省市州区县](人民)?政府$`)

// sharedAgencyHeads: "成都、德阳、眉山、资阳市人民政府" — places listed before
// the last one's government share its head, as a notice's addressees are
// written: each names that place's government (成都市人民政府), not the
// place.
func (r *recognizer) sharedAgencyHeads(ms []Mention) {
	byEnd := map[int]int{}
	for i := range ms {
		if ms[i].Kind == store.KindRegion {
			byEnd[ms[i].End] = i
		}
	}
	for i := range ms {
		a := &ms[i]
		if a.Kind != store.KindGovernmentAgency || a.Start == 0 || r.text[a.Start-1] != '、' {
			continue
		}
		// The place the agency's name opens with, and the head after it.
		var place *Mention
		for k := range ms {
			if p := &ms[k]; p.Kind == store.KindRegion && p.Start == a.Start && p.End < a.End && strings.HasPrefix(a.Name, p.Name) {
				place = p
				break
			}
		}
		if place == nil {
			continue
		}
		// Only a government is written so in this genre; "成都天府新区、成都
		// 高新区管委会" lists a zone with another zone's committee.
		head := strings.TrimPrefix(a.Name, place.Name)
		if head != "人民政府" {
			continue
		}
		for at := a.Start - 1; at > 0 && r.text[at] == '、'; {
			k, ok := byEnd[at]
			if !ok || ms[k].Sentence != a.Sentence || level(ms[k].Name) != level(place.Name) {
				break
			}
			p := &ms[k]
			p.Props = map[string]string{"place": p.Name}
			p.Kind, p.Name, p.Rule, p.Aliases = store.KindGovernmentAgency, p.Name+head, "shared-head", nil
			at = p.Start - 1
		}
	}
}

// namedBefore returns the place of the given level that an agency named
// before ms[i] in its sentence opens with, when no other place of that
// level comes between: "成都市委书记范锐平,市委副书记、市长罗强" lists the
// city's officials, whichever city the page is about.
func (r *recognizer) namedBefore(ms []Mention, i int, level string) string {
	m := ms[i]
	// Only a post read after it makes the agency one of such a list:
	// "成都市委市政府和市委决策部署" in a county's report is the county's.
	if m.Sentence >= len(r.sents) || r.titleAt(m.End, r.sents[m.Sentence].End) == "" {
		return ""
	}
	best, bestEnd := "", -1
	for _, o := range ms {
		if o.Sentence != m.Sentence || o.End > m.Start || o.End <= bestEnd {
			continue
		}
		if o.Kind == store.KindRegion && strings.HasSuffix(o.Name, level) && !strings.HasPrefix(o.Rule, "nested") {
			best, bestEnd = "", o.End // a place named on its own ends the list
			continue
		}
		if o.Kind != store.KindGovernmentAgency || o.Rule == "relative-agency" {
			continue
		}
		name := strings.TrimPrefix(o.Name, "中共")
		rs := []rune(name)
		for l := min(len(rs)-1, 8); l >= 2; l-- {
			if e, ok := r.gaz.Lookup(string(rs[:l])); ok && e.Kind == store.KindRegion && strings.HasSuffix(e.Name, level) {
				best, bestEnd = e.Name, o.End
				break
			}
		}
	}
	return best
}
