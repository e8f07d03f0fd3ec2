package importer

// Families: bodies that are one of a family, members of a whole or parts
// a text lists by number.

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"innograph/store"
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
		industry := v.industryAfter(list)
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
		case industry != nil:
			// "A、B、C等医药健康企业": the firms listed are of that industry.
			for _, t := range list {
				v.add(store.RelMemberOfChain, t, industry, "industry-list", 0.6, nil)
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

// industryAfter returns the industry that names the firms a list closes
// with, "A、B等一批医药健康企业", "A、B等生物医药龙头企业"; nil when none does.
func (v *sentenceView) industryAfter(list []*Mention) *Mention {
	end := list[len(list)-1].End
	for _, c := range v.ms {
		if c.Kind != store.KindIndustryChain || c.Start <= end || c.Start-end > 12 {
			continue
		}
		if reIndustryGap.MatchString(v.gap(end, c.Start)) && reIndustryFirms.MatchString(string(v.r.text[c.End:min(v.s.End, c.End+8)])) {
			return c
		}
	}
	return nil
}

var (
	// reIndustryGap: 等 and the words between it and the industry that
	// count or rank the firms, with no clause's end.
	reIndustryGap = regexp.MustCompile(`^等[^,。;:、“”()]{0,8}$`)
	// reIndustryFirms: the firms' head after their industry.
	reIndustryFirms = regexp.MustCompile(`^(产业链?|行业)?(领域)?(上下游|上中下游)?(配套)?(龙头|骨干|重点|领军|头部|知名|优质|核心|链属|创新型?|科技型?)?(企业|公司|厂商|车企|药企)`)
)

// allianceBefore returns the alliance a list of members at i belongs to:
// of those named before it (with the class word the list gives, if any),
// the one named most often, the latest of a tie, if it is named in the
// sentence or the two before. "该联盟由A、B及C协会等共同发起…成员包括…":
// the association among the founders is no alliance the list is of.
func (v *sentenceView) allianceBefore(i int, word string) *Mention {
	count := map[string]int{}
	last := map[string]*Mention{}
	var best *Mention
	for _, a := range v.alliances {
		if a.End > i || word != "" && !strings.HasSuffix(a.Name, word) {
			continue
		}
		count[a.Name]++
		last[a.Name] = a
		if best == nil || count[a.Name] >= count[best.Name] {
			best = a
		}
	}
	if best == nil || v.si-last[best.Name].Sentence > 2 {
		return nil
	}
	return last[best.Name]
}

// reAllianceName, reMembersOpen, reAllianceWord, reMembersGoOn: the names of
// alliances, the words that open a list of their members, the class word
// such a list may give, and the verb that goes on with it in a clause of
// its own.
const allianceWords = `(联盟|联合体|共同体|协会|商会)`

var (
	reAllianceName = regexp.MustCompile(`(联盟|联合体|共同体|协会|商会|联合会|促进会|研究会)$`)
	reMembersOpen  = regexp.MustCompile(`^(目前|现已|截至目前)?(该|本)?` + allianceWords + `?的?(首批)?(成员|成员单位|会员单位|理事单位|会员企业)(包括|涵盖|包含|有|囊括|涉及)了?|^(该|本)?` + allianceWords + `(目前|现已|已)?(吸纳|吸收|聚合|集结|汇聚|吸引|联合)了`)
	// reMembersClose: the words that close a list of members named before
	// them, "A、B等近50家高校、企业成为联盟首批成员单位".
	reMembersClose      = regexp.MustCompile(`(成为|作为|列为|加入)(该|本)?` + allianceWords + `?的?(首批|首届|第一批)?(成员单位|会员单位|理事单位|成员企业|会员企业|成员)`)
	reAllianceWord      = regexp.MustCompile(allianceWords)
	reMembersGoOn       = regexp.MustCompile(`^(还|并|也)?(吸纳|聚合|集结|汇聚|吸引|联合|包括)了`)
	allianceMemberKinds = map[store.Kind]bool{store.KindUniversity: true, store.KindResearchInstitute: true, store.KindEnterprise: true,
		store.KindLab: true, store.KindPlatform: true}
)

// allianceMembers: "成员包括A、B、C等", "联合体吸纳了A、B等11所院校,聚合了C、D等42
// 家重点企业,联合了E…" — the bodies an alliance's list of members names
// are part of it, the alliance allianceBefore finds; the list runs over
// the clauses that go on with a verb of taking in and no subject of their
// own.
func (v *sentenceView) allianceMembers() {
	text := v.r.text
	var alliance *Mention
	for cs := v.s.Start; cs < v.s.End; cs = v.clauseEnd(cs) + 1 {
		head := string(text[cs:min(v.s.End, cs+16)])
		loc := reMembersOpen.FindStringIndex(head)
		switch {
		case loc != nil:
			alliance = v.allianceBefore(cs, reAllianceWord.FindString(head[:loc[1]]))
		case alliance != nil:
			loc = reMembersGoOn.FindStringIndex(head)
		}
		if loc == nil || alliance == nil {
			alliance = nil
			v.membersBefore(cs)
			continue
		}
		from, ce := cs+utf8.RuneCountInString(head[:loc[1]]), v.clauseEnd(cs)
		for _, m := range v.outer() {
			if m.Start >= from && m.End <= ce && allianceMemberKinds[m.Kind] && m.Name != alliance.Name {
				v.add(store.RelPartOf, m, alliance, "alliance-members", 0.65, nil)
			}
		}
	}
}

// membersBefore: "电子科技大学、川投信息产业集团有限公司等近50家高校、企业等
// 成为联盟首批成员单位" — the bodies a clause lists before it says they
// became members are part of the alliance named before the clause (as
// allianceBefore finds it). The clause must open with the list: a subject
// of its own before it ("学校成为…联盟副理事长成员单位") would be the member,
// and an alliance named in the list is one of its members' kind only by
// accident, so the clause is left alone.
func (v *sentenceView) membersBefore(cs int) {
	found := runeMatches(v.r.text, Span{Start: cs, End: v.clauseEnd(cs)}, reMembersClose)
	if len(found) == 0 {
		return
	}
	at := found[0][0]
	alliance := v.allianceBefore(cs, reAllianceWord.FindString(string(v.r.text[at:found[0][1]])))
	if alliance == nil {
		return
	}
	var members []*Mention
	for _, m := range v.outer() {
		if m.Start >= cs && m.End <= at {
			if !allianceMemberKinds[m.Kind] || m.Name == alliance.Name {
				return
			}
			members = append(members, m)
		}
	}
	if len(members) == 0 || members[0].Start-cs > 2 {
		return
	}
	for _, m := range members {
		v.add(store.RelPartOf, m, alliance, "alliance-members", 0.65, nil)
	}
}
