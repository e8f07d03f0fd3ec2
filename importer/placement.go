package importer

// Placement: where bodies lie, read from their names, their brackets, the
// places a sentence opens with or builds in, and the parks that hold them.

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

// placeGathers: "成都高新区已有A、B、C5家企业登陆科创板", "成都天府国际生物城
// 落地包括A、B等项目", "成都已成功吸引包括A、B等在内的重点企业": firms a named
// zone, district or city gathers, right after it, lie in it.
func (v *sentenceView) placeGathers() {
	for _, p := range v.ms {
		if p.Kind != store.KindRegion || level(p.Name) == 3 || macroRegions[p.Name] {
			continue
		}
		rest := string(v.r.text[p.End:min(v.s.End, p.End+10)])
		loc := rePlaceGather.FindStringIndex(rest)
		if loc == nil {
			continue
		}
		at := p.End + utf8.RuneCountInString(rest[:loc[1]])
		end := v.listsOn(v.outer(), v.clauseEnd(at))
		for _, m := range v.outer() {
			// "该区已落地…测试场——中德智能网联汽车四川试验基地": a platform
			// a place gathers lies there as a firm does.
			if m.Start >= at && m.End <= end && (m.Kind == store.KindEnterprise || m.Kind == store.KindResearchInstitute ||
				m.Kind == store.KindPlatform || m.Kind == store.KindPilotPlatform || m.Kind == store.KindLab) {
				v.add(store.RelLocatedIn, m, p, "place-gathers", 0.6, nil)
			}
		}
	}
}

// nationalZones: "成都获批国家新一代人工智能创新发展试验区", "作为国家A试验区
// 和国家B先导区,成都已有…", "A、B在成都的落地": a zone the state
// designates, named without a place, lies in the city or district the
// sentence says was made it or holds it. Each zone of a list joined by 、
// or 和 does.
func (v *sentenceView) nationalZones() {
	ms := v.outer()
	national := func(m *Mention) bool {
		return m.Kind == store.KindRegion && strings.HasPrefix(m.Name, "国家") && strings.HasSuffix(m.Name, "区")
	}
	place := func(m *Mention) bool {
		return m.Kind == store.KindRegion && !national(m) && (level(m.Name) == 1 || level(m.Name) == 2) && !macroRegions[m.Name]
	}
	// run returns the zones listed from ms[i] on.
	run := func(i int) []*Mention {
		out := []*Mention{ms[i]}
		for k := i + 1; k < len(ms) && national(ms[k]) && reZoneJoin.MatchString(v.gap(out[len(out)-1].End, ms[k].Start)); k++ {
			out = append(out, ms[k])
		}
		return out
	}
	for i, z := range ms {
		if !national(z) || i > 0 && national(ms[i-1]) && reZoneJoin.MatchString(v.gap(ms[i-1].End, z.Start)) {
			continue
		}
		zones := run(i)
		last := zones[len(zones)-1]
		var p *Mention
		switch {
		case i > 0 && place(ms[i-1]) && reMadeZone.MatchString(v.gap(ms[i-1].End, z.Start)):
			p = ms[i-1]
		case i+len(zones) < len(ms) && place(ms[i+len(zones)]):
			next := ms[i+len(zones)]
			g := v.gap(last.End, next.Start)
			opened := z.Start-2 >= v.s.Start && v.gap(z.Start-2, z.Start) == "作为" && g == ","
			if opened || g == "在" && strings.HasPrefix(v.gap(next.End, v.s.End), "的落地") {
				p = next
			}
		}
		if p == nil {
			continue
		}
		for _, zone := range zones {
			v.add(store.RelLocatedIn, zone, p, "national-zone", 0.6, nil)
		}
	}
}

var (
	// reMadeZone: the words between a place and the zone it was made.
	reMadeZone = regexp.MustCompile(`^(市|省)?(已|成功|先后|正式|相继)?(获批|获批建设|获批创建|成为|入选|推动建设|获批设立)$`)
	// reZoneJoin: the words between zones listed together.
	reZoneJoin = regexp.MustCompile(`^(、|和|及|以及)$`)
)

// districtBefore: "前往新都区成都新研氢能源科技有限公司": a district set
// right before a body whose own name opens with its city says where the
// body is.
func (v *sentenceView) districtBefore() {
	ms := v.outer()
	for i := 1; i < len(ms); i++ {
		d, o := ms[i-1], ms[i]
		if d.Kind == store.KindRegion && level(d.Name) == 1 && o.Start == d.End && orgKinds[o.Kind] && opensWithCity(o.Surface) {
			v.add(store.RelLocatedIn, o, d, "district-before", 0.6, nil)
		}
	}
}

// placeGathersLater: "龙泉驿区除了10家整车企业,还聚集了A、B等关键零部件企业",
// "成都高新区生物医药产业发展呈现蓬勃之势,聚集A、B等医药企业": a place
// that opens the sentence is the subject of a later clause that opens with
// a verb of gathering, when no other place comes between; the firms that
// clause lists lie in it. So do the universities a later clause says it
// has ("德阳国家高新区是…试点园区,拥有A学院、B学院等一批高校").
func (v *sentenceView) placeGathersLater() {
	ms := v.outer()
	for i, p := range ms {
		// The place opens the sentence, or a clause after a lead of time
		// ("作为…承载地,近年来,成都天府国际生物城…已聚集A、B").
		cs := v.clauseStart(p.Start)
		opens := p.Start-v.s.Start <= 6 && !slices.ContainsFunc(ms[:i], func(o *Mention) bool { return o.Kind == store.KindRegion }) ||
			cs > v.s.Start && p.Start == cs && reTimeClause.MatchString(string(v.r.text[v.clauseStart(cs-1):cs]))
		if p.Kind != store.KindRegion || level(p.Name) == 3 || macroRegions[p.Name] || !opens {
			continue
		}
		// "龙泉驿区(成都经开区)": the place's other name in brackets is the
		// subject too.
		subjects := []*Mention{p}
		if i+1 < len(ms) && ms[i+1].Kind == store.KindRegion && ms[i+1].Start == p.End+1 && v.r.text[p.End] == '(' {
			subjects = append(subjects, ms[i+1])
		}
		for c := v.clauseEnd(p.End); c < v.s.End && v.r.text[c] == ','; c = v.clauseEnd(c + 1) {
			rest := string(v.r.text[c+1 : min(v.s.End, c+12)])
			loc := reGatherOpens.FindStringIndex(rest)
			// "成都高新西区拥有规上电子信息企业120余家,包括A、B等龙头企业":
			// the firms a place has, listed in the next clause.
			// "德阳经开区现有规上工业企业131家,其中拥有A、B": or among them.
			if loc == nil && reHasFirms.MatchString(v.gap(p.End, c)) {
				loc = reFirmsListed.FindStringIndex(rest)
			}
			if loc == nil {
				continue
			}
			at, end := c+1+utf8.RuneCountInString(rest[:loc[1]]), v.listsOn(ms, v.clauseEnd(c+1))
			// Another place that opens a clause, or stands in this one, is
			// the subject instead; one inside a description is not
			// ("成都医学城是成都市确定的…核心区域,…,目前已聚集了A").
			if slices.ContainsFunc(ms[i+len(subjects):], func(o *Mention) bool {
				return o.Kind == store.KindRegion && o.Start < at && (o.Start > c || strings.ContainsRune(",;", v.r.text[max(v.s.Start, o.Start-1)]))
			}) {
				break
			}
			for _, m := range ms[i+1:] {
				// "拥有A学院、B学院等一批高校": a university listed, not one
				// that names a kind of firm ("清华系"企业).
				if m.Start >= at && m.End <= end && (m.Kind == store.KindEnterprise || m.Kind == store.KindResearchInstitute ||
					m.Kind == store.KindUniversity && m.End < v.s.End && strings.ContainsRune("、等和及,;。", v.r.text[m.End])) {
					for _, z := range subjects {
						v.add(store.RelLocatedIn, m, z, "place-gathers", 0.55, nil)
					}
				}
			}
			break
		}
	}
}

// listsOn returns where a gathering clause ending at end ends with the
// clauses after it that only list more bodies, each run closed by 等 and
// their class: "已聚集了A等53家医药企业,B、C等高端医疗机构", "已引进A等
// 产业化项目;B、C等重大科创平台项目" go on with the same verb.
func (v *sentenceView) listsOn(ms []*Mention, end int) int {
	for end < v.s.End && strings.ContainsRune(",;", v.r.text[end]) {
		next := v.clauseEnd(end + 1)
		if !v.listsOnly(ms, end+1, next) {
			break
		}
		end = next
	}
	return end
}

// listsOnly reports whether the clause [cs, ce) is a list of bodies and
// nothing else but 等 and the words that class them: "B、C等高端医疗机构".
func (v *sentenceView) listsOnly(ms []*Mention, cs, ce int) bool {
	var in []*Mention
	for _, m := range ms {
		if m.Start >= cs && m.End <= ce {
			in = append(in, m)
		}
	}
	if len(in) == 0 || in[0].Start != cs {
		return false
	}
	// Items no rule read may stand between those read ("A、先导药物、B").
	for k := 1; k < len(in); k++ {
		if !reListGap.MatchString(v.gap(in[k-1].End, in[k].Start)) {
			return false
		}
	}
	return reListClassTail.MatchString(v.gap(in[len(in)-1].End, ce))
}

var (
	// reListGap: between two bodies of a list, with names no rule read.
	reListGap = regexp.MustCompile(`^(、|和|及|以及)([^,;。、]{2,10}、)*$`)
	// reListClassTail: 等 and the class of the bodies a list names,
	// closing it.
	reListClassTail = regexp.MustCompile(`^(、[^,;。、]{2,10})*等[^,;。、]{1,16}(企业|机构|项目|平台|医院|高校|院所|单位)$`)
)

// reTimeClause: a clause of time alone, "近年来,", "目前,".
var reTimeClause = regexp.MustCompile(`^(近年来|近几年来?|近年|目前|当前|如今|截至目前|截至今年\d+月|去年以来|今年以来|多年来|\d{4}年以来)[,，]$`)

// reHasFirms: a clause in which a place has or gathers firms.
var reHasFirms = regexp.MustCompile(`(拥有|已有|现有|集聚|聚集|汇聚|吸引|引进)[^,;。]*(企业|公司)`)

// reFirmsListed: the words that open the clause listing the firms a place
// has.
var reFirmsListed = regexp.MustCompile(`^(包括|其中(拥有|包括|有)?)`)

// reGatherOpens: a clause that opens with a verb of gathering.
var reGatherOpens = regexp.MustCompile(`^(还|已|并|目前|先后|累计|共){0,2}(集聚|聚集|汇聚|吸引|引进|拥有)了?`)

// rePlaceGather: the verbs of a place gathering bodies, right after it.
var rePlaceGather = regexp.MustCompile(`^[内里]?(已|已经|目前|先后|累计|共|正|正在|初步){0,3}(成功)?(集聚|聚集|已有|拥有|汇聚|汇集|落地|落户了|引进了?|导入了?|引进和落地了?|引进落地了?|吸引[了着]?|招引了?|签约包括|入驻了?|进驻了?)(包括|了)?`)

// homeAt is a mention of the page's own place, home, which the two
// characters surface (全区, 我市, 区内) stand for at at.
func (v *sentenceView) homeAt(at int, surface, home string) *Mention {
	return &Mention{Span: Span{at, at + 2}, Sentence: v.si, Surface: surface, Name: home, Kind: store.KindRegion, Rule: "home-place", Conf: 0.6}
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
		place := v.homeAt(at, word, home)
		end := v.clauseEnd(at)
		for _, m := range v.outer() {
			if m.Start > at && m.End <= end && (m.Kind == store.KindEnterprise || builtKinds[m.Kind] && m.Kind != store.KindRegion) {
				v.add(store.RelLocatedIn, m, place, "home-gathers", 0.6, nil)
			}
		}
	}
	// The list before "等…区内…企业".
	for _, loc := range v.matches(reHomeList) {
		at := loc[0]
		home := v.homes["区"]
		if home == "" {
			continue
		}
		place := v.homeAt(at, "区内", home)
		cs := v.clauseStart(at)
		for _, m := range v.outer() {
			if m.Start >= cs && m.End <= at && m.Kind == store.KindEnterprise {
				v.add(store.RelLocatedIn, m, place, "home-gathers", 0.6, nil)
			}
		}
	}
}

// placeHeadedLists: "雅安市6家为:A、B、C", "我市的A、B、C" — a list of
// bodies headed by a place, as a list of awards by city gives them, or by
// the page's own city, lies in that place.
func (v *sentenceView) placeHeadedLists() {
	ms := v.outer()
	str := string(v.r.text[v.s.Start:v.s.End])
	var heads []*Mention
	for _, p := range ms {
		if p.Kind == store.KindRegion && rePlaceCounted.MatchString(string(v.r.text[p.End:min(v.s.End, p.End+10)])) {
			heads = append(heads, p)
		}
	}
	for _, loc := range reHomeHeaded.FindAllStringSubmatchIndex(str, -1) {
		word := str[loc[2]:loc[3]]
		home := v.homes[string([]rune(word)[1:2])]
		if home == "" {
			continue
		}
		at := v.s.Start + utf8.RuneCountInString(str[:loc[2]])
		heads = append(heads, v.homeAt(at, word, home))
	}
	for _, p := range heads {
		prev := -1
		for _, m := range ms {
			if m.Start <= p.End || !placedKinds[m.Kind] {
				continue
			}
			// The list runs on over 、 from the first body after the head.
			if prev >= 0 && v.gap(prev, m.Start) != "、" || prev < 0 && utf8.RuneCountInString(v.gap(p.End, m.Start)) > 8 {
				break
			}
			v.add(store.RelLocatedIn, m, p, "place-headed", 0.6, nil)
			prev = m.End
		}
	}
}

// placeClassedLists: "A、B、C等成都高新区企业相继登陆科创板" — a list of
// firms closed by 等 and a class of firms named by their place lies in
// that place.
func (v *sentenceView) placeClassedLists() {
	ms := v.outer()
	for i := 1; i < len(ms); i++ {
		p, last := ms[i], ms[i-1]
		if p.Kind != store.KindRegion || v.gap(last.End, p.Start) != "等" || !placedKinds[last.Kind] ||
			!reFirmClassAfter.MatchString(string(v.r.text[p.End:min(v.s.End, p.End+10)])) {
			continue
		}
		for _, m := range v.listUntil(i-1, ms) {
			if placedKinds[m.Kind] {
				v.add(store.RelLocatedIn, m, p, "place-classed", 0.65, nil)
			}
		}
	}
}

// reFirmClassAfter: a class of firms right after a place.
var reFirmClassAfter = regexp.MustCompile(`^(的)?\p{Han}{0,6}?(企业|公司|厂商)`)

// zoneSpans: "西部(重庆)科学城…涉及北碚、沙坪坝、九龙坡、江津、璧山5个区" — a
// zone that opens the sentence lies in each district its area is said to
// span.
func (v *sentenceView) zoneSpans() {
	ms := v.outer()
	if len(ms) == 0 || ms[0].Kind != store.KindRegion || ms[0].Start-v.s.Start > 6 || !zoneName(ms[0].Name) {
		return
	}
	zone := ms[0]
	str := string(v.r.text[zone.End:v.s.End])
	loc := reSpans.FindStringIndex(str)
	if loc == nil {
		return
	}
	for _, m := range v.runAt(zone.End+utf8.RuneCountInString(str[:loc[1]]), ms[1:], store.KindRegion) {
		v.add(store.RelLocatedIn, zone, m, "zone-spans", 0.65, nil)
	}
}

// runAt returns the mentions of kind listed from at on, the first right at
// it and the others after 、, 和 or 及: "涉及北碚、沙坪坝、九龙坡" gives the three.
func (v *sentenceView) runAt(at int, ms []*Mention, kind store.Kind) []*Mention {
	j := slices.IndexFunc(ms, func(m *Mention) bool { return m.Start >= at })
	if j < 0 || ms[j].Kind != kind || v.gap(at, ms[j].Start) != "" {
		return nil
	}
	return v.runFrom(j, ms, func(m *Mention) bool { return m.Kind == kind })
}

// cityDistricts: "重庆市渝北区、渝中区、大足区" — the districts listed after
// one named with its city are that city's too.
func (v *sentenceView) cityDistricts() {
	ms := v.outer()
	for i, d := range ms {
		if !countyName(d) {
			continue
		}
		city := v.cityOpening(d)
		if city == nil {
			continue
		}
		// Each listed after it, named without a place of its own.
		listed := v.runFrom(i, ms, func(m *Mention) bool {
			return countyName(m) && v.cityOpening(m) == nil &&
				!slices.ContainsFunc(v.ms, func(o *Mention) bool { return o != m && o.Kind == store.KindRegion && o.Start == m.Start })
		})
		for _, m := range listed[1:] {
			// "资阳临空经济区、简阳市": a county the lexicon gives another
			// city is not this one's.
			if c := cityOfCounty(m.Name); c != "" && c != city.Name {
				continue
			}
			v.add(store.RelPartOf, m, city, "city-districts", 0.65, nil)
		}
	}
}

// countyName: a district's or a county's name, not a zone's ("成都高新区",
// "四川天府新区" are zones).
func countyName(m *Mention) bool {
	return m.Kind == store.KindRegion && level(m.Name) == 1 && !zoneName(m.Name)
}

// cityOpening returns the city a district's name opens with, or that is
// written right before it ("重庆市" in "重庆市渝北区"), if any.
func (v *sentenceView) cityOpening(d *Mention) *Mention {
	for _, c := range v.ms {
		if c != d && c.Kind == store.KindRegion && level(c.Name) == 2 && (c.Start == d.Start && c.End < d.End || c.End == d.Start) {
			return c
		}
	}
	return nil
}

// reSpans: the verbs of an area spanning places.
var reSpans = regexp.MustCompile(`(涉及|覆盖|横跨|地跨|跨越|范围包括)`)

// zoneName: a zone's name, not a district's or a city's.
func zoneName(name string) bool {
	return reZoneDistrict.MatchString(name) || strings.HasSuffix(name, "城") || strings.HasSuffix(name, "新区") || strings.HasSuffix(name, "谷")
}

var (
	// rePlaceCounted: a count of bodies and a colon after a place.
	rePlaceCounted = regexp.MustCompile(`^(共|有)?\d+(家|个|项|所)(单位|企业)?(为|是|分别是|分别为|入选)?[::]`)
	reHomeHeaded   = regexp.MustCompile(`(我市|本市|我区|本区|我县|本县)的`)
	reHomeGather   = regexp.MustCompile(`(全区|该区|本区|我区|全县|该县|本县|全市|该市|本市|我市)(已|已经|目前|先后|累计|共)?(集聚|聚集|引进|招引|拥有|汇聚|吸引|培育)`)
	reHomeList     = regexp.MustCompile(`等[^,。;]{0,6}区内[^,。;]{0,8}(企业|公司)`)
)

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

// ownerBetween reports a body named inside out that holds in
// ("大连理工大学成都研究院中试中心" holds 大连理工大学成都研究院, which holds
// 大连理工大学): out is part of that body, not of in.
func (v *sentenceView) ownerBetween(in, out *Mention) bool {
	return v.heldBetween(in, out, func(m *Mention) bool { return orgKinds[m.Kind] })
}

// firmBetween reports a firm, by its legal name, named inside out that
// holds in: "四川某某有限公司技术中心" holds 四川某某有限公司, which holds 四川.
func (v *sentenceView) firmBetween(in, out *Mention) bool {
	return v.heldBetween(in, out, func(m *Mention) bool { return m.Kind == store.KindEnterprise && reLegalForm.MatchString(m.Name) })
}

// heldBetween reports a name read inside out, from its start, that holds
// in and that holder accepts.
func (v *sentenceView) heldBetween(in, out *Mention, holder func(*Mention) bool) bool {
	for _, m := range v.ms {
		if m != in && m != out && m.Rule == "nested" && m.Start == out.Start && m.End > in.End && m.End < out.End && holder(m) {
			return true
		}
	}
	return false
}

// nameStructure reads relations off how names are built: "成都高新区前沿
// 医学中心" lies in 成都高新区, "中国科学院成都分院" is part of 中国科学院,
// "成都市锦江区" is part of 成都市.
func (v *sentenceView) nameStructure() {
	// "中华龙舟大赛(成都·简阳站)": a touring event's leg is held where its
	// station is, the last place in the brackets.
	for _, out := range v.ms {
		k := strings.LastIndex(out.Surface, "(")
		if out.Kind != store.KindEvent || k <= 0 || !strings.HasSuffix(out.Surface, ")") || !reStation.MatchString(strings.TrimSuffix(out.Surface[k+1:], ")")) {
			continue
		}
		open := out.Start + utf8.RuneCountInString(out.Surface[:k])
		var last *Mention
		for _, in := range v.ms {
			if in.Kind == store.KindRegion && in.Start > open && in.End < out.End && (last == nil || in.Start > last.Start) {
				last = in
			}
		}
		v.add(store.RelLocatedIn, out, last, "name-located-in", 0.7, nil)
	}
	// "成都、德阳…市人民政府": an agency named by its place alone in a list
	// lies where its place does, when the page names the place.
	for _, m := range v.ms {
		if m.Rule == "shared-head" {
			v.add(store.RelLocatedIn, m, v.regions[m.Props["place"]], "name-located-in", 0.8, nil)
		}
	}
	// "成都市委十四届八次全会" is the committee's meeting.
	for _, out := range v.ms {
		if out.Rule != "party-meeting" {
			continue
		}
		for _, in := range v.ms {
			if in.Kind == store.KindGovernmentAgency && in.Start == out.Start && in.End < out.End {
				v.add(store.RelPartOf, out, in, "name-part-of", 0.8, nil)
			}
		}
	}
	for _, out := range v.ms {
		// "药明康德集团成都…产业园": a park named right after its firm is
		// built by it.
		if b := out.Props["builder"]; b != "" {
			if i := slices.IndexFunc(v.ms, func(m *Mention) bool { return m.Name == b && m.End == out.Start }); i >= 0 {
				v.add(store.RelCoBuiltBy, out, v.ms[i], "name-built-by", 0.7, nil)
			}
		}
		// "罗江经济开发区迪弗电工科技有限公司": a firm named after its zone
		// is in it.
		if z := out.Props["zone"]; z != "" {
			if i := slices.IndexFunc(v.ms, func(m *Mention) bool { return m.Kind == store.KindRegion && m.Surface == z && m.End == out.Start }); i >= 0 {
				v.add(store.RelLocatedIn, out, v.ms[i], "name-located-in", 0.7, nil)
			}
		}
		// "西南医科大学附属中医医院、附属医院": a unit named with its list's
		// owner is the owner's.
		if owner := out.Props["owner"]; owner != "" {
			if i := slices.IndexFunc(v.ms, func(m *Mention) bool { return m.Name == owner }); i >= 0 {
				v.add(store.RelPartOf, out, v.ms[i], "name-part-of", 0.7, nil)
			} else if v.university != nil && v.university.Name == owner {
				// A school named bare on its university's page (homeSchools).
				v.add(store.RelPartOf, out, v.university, "name-part-of", 0.7, nil)
			}
		}
		// "管委会主任" after the zone's party committee: the zone's agency
		// lies in the zone.
		if zone, ok := strings.CutSuffix(out.Name, "管理委员会"); ok && out.Rule == "relative-agency" && v.regions[zone] != nil {
			v.add(store.RelLocatedIn, out, v.regions[zone], "name-located-in", 0.7, nil)
		}
		// "四川省人民政府驻上海办事处", "意大利驻重庆总领事馆": a body
		// stationed (驻) somewhere lies there.
		if k := strings.Index(out.Name, "驻"); k > 0 && out.Name == out.Surface {
			at := out.Start + utf8.RuneCountInString(out.Name[:k]) + 1
			if name, l := leadingPlace(v.r.text[at:out.End]); name != "" && at+l < out.End {
				place := &Mention{Span: Span{at, at + l}, Sentence: out.Sentence, Surface: string(v.r.text[at : at+l]), Name: name,
					Kind: store.KindRegion, Rule: "stationed", Conf: 0.8}
				v.add(store.RelLocatedIn, out, place, "stationed-in", 0.75, nil)
			}
		}
		// "成都市、德阳市、绵阳市人民政府": the government named by its place
		// alone lies there.
		if out.Rule == "shared-government" {
			place := &Mention{Span: out.Span, Sentence: out.Sentence, Surface: out.Surface, Name: out.Surface,
				Kind: store.KindRegion, Rule: "shared-government", Conf: 0.85}
			v.add(store.RelLocatedIn, out, place, "name-located-in", 0.7, nil)
		}
	}
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
				// "成都·新都…": the district is the city's.
				if out.Rule == "dot-city" && out.End+1 == in.Start {
					v.add(store.RelPartOf, in, out, "name-part-of", 0.75, nil)
				}
			}
			continue
		}
		// A known body the lexicon read inside another's name opens it as
		// one read nested does: "中国建设银行四川分行", "西南财经大学…研究所".
		// So does a place the lexicon read inside a name the tagger read
		// over it ("成都市新津区推进…大会"): no other rule leaves a place
		// inside a longer name.
		tagged := in.Rule == "lexicon" && in.Kind == store.KindRegion && slices.ContainsFunc(v.ms, func(o *Mention) bool {
			return o.Rule == "tagger" && o.Start <= in.Start && in.End <= o.End && o != in
		})
		if in.Rule != "nested" && !(in.Rule == "lexicon" && orgKinds[in.Kind]) && !tagged {
			continue
		}
		// "蓉城创客荟": the city's byname names no place of its own.
		if strings.HasPrefix(in.Surface, "蓉") {
			continue
		}
		// "四川省成都市新津区委": a wider place right before a name that
		// opens with a place holds that place.
		if in.Kind == store.KindRegion && !macroRegions[in.Name] {
			for _, p := range v.ms {
				if p.Kind == store.KindRegion && p.End == in.Start && p.Rule != "nested" && higher(p.Name, in.Name) {
					v.add(store.RelPartOf, in, p, "adjacent-regions", 0.8, nil)
				}
			}
		}
		// "中国气象局-成都信息工程大学…联合研究中心", "德阳-华为…创新中心":
		// the bodies a facility's name joins with a dash built it. A place
		// before the dash is also where it is (the annotated pages place
		// it so), a body is not its owner. A park so named lies in the
		// place after the dash as in the one before it (成都高新—郫都电子
		// 信息产业园).
		for _, out := range v.ms {
			if !jointName(out.Kind, out.Name) || !jointBuilder(in.Kind, in.Name) || in.Start <= out.Start || in.End >= out.End ||
				v.r.text[in.Start-1] != '-' || strings.ContainsRune(string(v.r.text[out.Start:in.Start-1]), '-') {
				continue
			}
			switch {
			case out.Kind != store.KindRegion:
				v.add(store.RelCoBuiltBy, out, in, "joint-name", 0.7, nil)
			case in.Kind == store.KindRegion:
				v.add(store.RelLocatedIn, out, in, "name-located-in", 0.7, nil)
			}
		}
		joint := func(out *Mention) bool {
			return jointKinds[out.Kind] && in.End < out.End && v.r.text[in.End] == '-' && jointBuilder(in.Kind, in.Name)
		}
		for _, out := range v.ms {
			if out == in || out.End <= in.End || out.Start > in.Start || out.Rule == "party-meeting" || tagged && out.Rule != "tagger" {
				continue
			}
			if out.Start == in.Start && joint(out) {
				v.add(store.RelCoBuiltBy, out, in, "joint-name", 0.7, nil)
				if in.Kind != store.KindRegion {
					continue
				}
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
			// "成都市人民政府驻深圳办事处": a body stationed (驻) elsewhere
			// does not lie in the place of the body that sent it.
			if in.Kind == store.KindRegion && strings.Contains(string(v.r.text[in.End:out.End]), "驻") {
				continue
			}
			// "成都都市圈": a metropolitan area holds the city it is named
			// after.
			if in.Kind == store.KindRegion && strings.HasSuffix(out.Name, "都市圈") {
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
			case in.Kind == store.KindRegion && out.Kind == store.KindRegion && level(in.Name) == 1 && out.Start == start && reZoneName.MatchString(out.Name):
				// "江安经开区", "成都高新区高校成果转化产业带": a zone named
				// after a district, a county or another zone is sited there
				// (the real pages' annotators place 56 such zones and make 8
				// parts); one named after a city is the city's part (187
				// parts, 29 placed).
				v.add(store.RelLocatedIn, out, in, "name-located-in", 0.7, nil)
			case in.Kind == store.KindRegion && out.Kind == store.KindRegion && !reParkName.MatchString(out.Name):
				v.add(store.RelPartOf, out, in, "name-part-of", 0.75, nil)
			case in.Kind == store.KindRegion && out.Kind == store.KindRegion && out.Start == start:
				// A park is sited in its district rather than a part of it.
				v.add(store.RelLocatedIn, out, in, "name-located-in", 0.7, nil)
			case in.Kind == store.KindRegion && out.Kind == store.KindEvent && level(in.Name) == 3:
				// "四川省科技成果转化大会": an event named by its province is
				// no more held in it than anywhere (the annotated pages
				// place 6 of 26 so); one named by its city is.
			case in.Kind == store.KindRegion && out.Kind != store.KindPolicy && out.Kind != store.KindTalent &&
				out.Kind != store.KindUniversity && out.Start == start && !v.firmBetween(in, out) &&
				!(out.Rule == "owned-name" && v.ownerBetween(in, out)):
				// "四川某某有限公司技术中心": the place is the firm's, and the
				// centre is the firm's.
				v.add(store.RelLocatedIn, out, in, "name-located-in", 0.7, nil)
			case orgKinds[in.Kind] && (rePartName.MatchString(out.Name) || in.Kind == store.KindUniversity && reUniversityUnit.MatchString(out.Name) ||
				// "中国商飞四川公司": a firm's branch for a place.
				in.Kind == store.KindEnterprise && out.Kind == store.KindEnterprise && branchFor(string(v.r.text[in.End:out.End]))) &&
				out.Start == start && !v.ownerBetween(in, out):
				v.add(store.RelPartOf, out, in, "name-part-of", 0.75, nil)
			case in.Kind == store.KindGovernmentAgency && out.Kind == store.KindGovernmentAgency && out.Start == start && reAgencyUnit.MatchString(out.Name):
				// "国家知识产权局专利局", "工业和信息化部信息通信管理局": an
				// agency's bureau named after it is its part.
				v.add(store.RelPartOf, out, in, "name-part-of", 0.75, nil)
			case in.Kind == store.KindPlatform && out.Start == start && reBranchName.MatchString(out.Name):
				// "国家技术转移西南中心川南分中心": a branch named after its
				// centre.
				v.add(store.RelPartOf, out, in, "name-part-of", 0.75, nil)
			}
			if out.Start == in.Start && (in.Kind == store.KindUniversity || in.Kind == store.KindResearchInstitute || in.Kind == store.KindGovernmentAgency && out.Kind == store.KindGovernmentAgency) {
				v.ownerPlace(in, out)
			}
		}
	}
}

// reAgencyUnit, reBranchName: the last words of an agency's bureau and of
// a body's branch.
var (
	reAgencyUnit = regexp.MustCompile(`(局|司|署|办公室|办公厅|中心|研究院|研究所)$`)
	reBranchName = regexp.MustCompile(`(分中心|分院|分所|分会|分部|分基地)$`)
)

// reUniversityUnit: a hospital, a firm, a platform or a think tank named
// after a university is the university's: "四川大学华西医院", "四川大学科技
// 产业集团", "四川大学高新技术企业孵化平台", "西南财经大学西财智库".
var reUniversityUnit = regexp.MustCompile(`(医院|集团|公司|平台|工作站|智库|联合会|创新港)$`)

// ownerPlace: "北航成都创新研究院", "西南交通大学郫都先进制造科创园" — a
// university's or institute's unit named with a place right after the
// owner's name lies in that place (the owner itself lies elsewhere).
func (v *sentenceView) ownerPlace(owner, unit *Mention) {
	if unit.Kind == store.KindTalent || unit.Kind == store.KindPolicy || unit.Kind == store.KindEvent {
		return
	}
	rs := v.r.text[owner.End:unit.End]
	name, l := leadingPlace(rs)
	// "中飞院四川省通用航空器维修工程技术研究中心": a province after the
	// owner ranks a designated unit (a provincial centre), and places
	// nothing; "清华四川能源互联网研究院" lies in the province.
	if name == "" || level(name) == 3 && reDesignated.MatchString(unit.Name) {
		return
	}
	region := &Mention{Span: Span{owner.End, owner.End + l}, Sentence: unit.Sentence, Surface: string(rs[:l]), Name: name,
		Kind: store.KindRegion, Rule: "owner-place", Conf: 0.65}
	v.add(store.RelLocatedIn, unit, region, "owner-place", 0.65, nil)
}

// leadingPlace returns the place whose stem opens rs, named in full, and
// the length of its words there; "" when none does. It reads the place
// stems alone, so relations can call it without the gazetteer.
func leadingPlace(rs []rune) (string, int) {
	l := placeLead(rs, 2)
	if l == 0 {
		return "", 0
	}
	return placeStems[strings.TrimRight(string(rs[:l]), "省市区县州")], l
}

// reDesignated: the heads of units a government designates by rank.
var reDesignated = regexp.MustCompile(`(重点实验室|工程技术研究中心|工程研究中心|工程实验室|技术创新中心|企业技术中心)$`)

// placeBefore reports a nested place from the start of name out up to
// place in: "成都市" before "金牛区" in "成都市金牛区人民政府".
func (v *sentenceView) placeBefore(in, out *Mention) bool {
	for _, m := range v.ms {
		if m != in && innerPlace(m, out) && m.End == in.Start &&
			(m.Start == out.Start || m.Start > out.Start && reNameLead.MatchString(string(v.r.text[out.Start:m.Start]))) {
			return true
		}
	}
	return false
}

// innerPlace reports a place read inside out's name: nested by the rules,
// or by the lexicon inside a name the tagger read over it.
func innerPlace(m, out *Mention) bool {
	return m.Kind == store.KindRegion && (m.Rule == "nested" || m.Rule == "lexicon" && out.Rule == "tagger")
}

// placeAround reports a longer nested place than in within name out that
// holds in: "成都高新区" around "成都市" in "成都高新区管委会".
func (v *sentenceView) placeAround(in, out *Mention) bool {
	for _, m := range v.ms {
		if m != in && m != out && innerPlace(m, out) && m.Start <= in.Start && in.End <= m.End &&
			m.End-m.Start > in.End-in.Start && out.Start <= m.Start && m.End < out.End {
			return true
		}
	}
	return false
}

// placeAfter returns the nested place that follows place in within name
// out, if any.
func (v *sentenceView) placeAfter(in, out *Mention) *Mention {
	// "四川成都高新区…": of the places read there, the city that opens
	// the zone is the one right after the province.
	var after *Mention
	for _, m := range v.ms {
		if m != in && innerPlace(m, out) && m.Start == in.End && m.End < out.End && (after == nil || m.End < after.End) {
			after = m
		}
	}
	return after
}

// afterPlaces returns the words after the run of places that starts with
// ms[j], as far as 16 characters.
func (v *sentenceView) afterPlaces(j int, ms []*Mention) string {
	k := placeRunEnd(j, ms)
	return string(v.r.text[ms[k].End:min(v.s.End, ms[k].End+16)])
}

// placeRunEnd returns the index of the last place in the run of places
// written together that starts with ms[j] ("四川省成都市温江区").
func placeRunEnd(j int, ms []*Mention) int {
	for j+1 < len(ms) && ms[j+1].Kind == store.KindRegion && ms[j+1].Start == ms[j].End {
		j++
	}
	return j
}

// tenantsOf: "作为X的首批入驻企业之一,A及B已完成搬迁": the firms that open
// the next clause are X's tenants, and lie there.
func (v *sentenceView) tenantsOf() {
	ms := v.outer()
	for _, at := range v.matches(reTenantOf) {
		hostEnd, after := at[3], at[1]
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

// reUnitAfter: a campus or a plant named after a body, which is where the
// body's unit lies, not the body.
var reUnitAfter = regexp.MustCompile(`^\p{Han}{0,4}(校区|分校|院区|厂区)`)

// placeRunStart returns where the run of places that ends with ms[i]
// starts: "位于成都市新都区的X" names its place in two words.
func (v *sentenceView) placeRunStart(ms []*Mention, i int) int {
	for i > 0 && ms[i-1].Kind == store.KindRegion && ms[i-1].End == ms[i].Start {
		i--
	}
	return ms[i].Start
}

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
	// "成都经开区(龙泉驿区)": a zone with the district it lies in, in
	// brackets, whatever follows.
	for i, m := range ms {
		if i+1 >= len(ms) || m.Kind != store.KindRegion || !reZoneName.MatchString(m.Name) {
			continue
		}
		p := ms[i+1]
		if p.Kind == store.KindRegion && v.gap(m.End, p.Start) == "(" && p.End < v.s.End && v.r.text[p.End] == ')' &&
			level(p.Name) == 1 && !reZoneName.MatchString(p.Name) {
			v.add(store.RelLocatedIn, m, p, "bracket-place", 0.7, nil)
		}
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
			if builder(h) && h.Kind != store.KindRegion {
				v.add(store.RelCoBuiltBy, m, h, "bracket-builder", 0.65, nil)
			}
		}
	}
}

// reZoneName: zones that lie in a district rather than being one.
var reZoneName = regexp.MustCompile(`(经开区|开发区|高新区|新区|功能区|园区|示范区|试验区|合作区|产业带|生态岛|集聚区|保税区)$`)

// listLine reports a sentence that is a line of a list: it opens with a
// bullet or a number ("·", "1.", "(3)").
func listLine(v *sentenceView) bool {
	return reListLine.MatchString(string(v.r.text[v.s.Start:min(v.s.End, v.s.Start+5)]))
}

var reListLine = regexp.MustCompile(`^([·•\-*]|\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]+、)`)

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

// laidOutIn: "国家便在德阳布局了中国二重、东方电机、东方汽轮机等" — what a
// clause lays out, brings in or gathers in a place named after 在 lies
// there.
func (v *sentenceView) laidOutIn() {
	ms := v.outer()
	for i, p := range ms {
		if i+1 >= len(ms) || p.Kind != store.KindRegion || p.Start == v.s.Start || v.r.text[p.Start-1] != '在' ||
			!reLaidOutVerb.MatchString(v.gap(p.End, ms[i+1].Start)) {
			continue
		}
		for _, m := range v.runFrom(i+1, ms, func(m *Mention) bool { return m.Kind != store.KindRegion && builtKinds[m.Kind] }) {
			if m.Kind != store.KindRegion && builtKinds[m.Kind] {
				v.add(store.RelLocatedIn, m, p, "laid-out-in", 0.65, nil)
			}
		}
	}
}

var reLaidOutVerb = regexp.MustCompile(`^(先后|相继|已|陆续|成功|已经)?(布局|引进|落地|建成|集聚|聚集|汇聚)了?$`)

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

// branchFor reports what follows a firm's name in its branch's: the
// place the branch serves, bracketed or not, and 公司.
func branchFor(rest string) bool {
	place, ok := strings.CutSuffix(rest, "公司")
	if p, bracketed := strings.CutPrefix(place, "("); bracketed {
		if place, ok = strings.CutSuffix(p, ")"); !ok {
			return false
		}
	}
	_, known := placeStems[place]
	return ok && known
}

// localCompany: "星立航空成都有限公司", "某某电气系统有限公司成都分公司", "华为四川
// 有限公司" — a firm named by its brand and then a place before its legal
// form is the brand's company there, and lies in that place; so is a
// bank's branch, a public bank's too (人民银行成都分行).
func (v *sentenceView) localCompany() {
	for _, m := range v.ms {
		if m.Kind != store.KindEnterprise && !strings.HasSuffix(m.Name, "分行") {
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
var reLegalForm = regexp.MustCompile(`(有限责任公司|股份有限公司|有限公司|分公司|分行)$`)

// reBynameClass: "在蓉高校", "8家在蓉“双一流”高校", "在川企业" — a class
// of bodies said to be in a place by its byname.
var reBynameClass = regexp.MustCompile(`^等?(?:[\d一二三四五六七八九十]+[家所个])?在(蓉|川|渝)(?:“[^”]{1,6}”)?(?:高校|大学|院所|科研院所|高校院所|企业|央企|国企|机构|单位|医院)`)

var bynames = map[string]string{"蓉": "成都市", "川": "四川省", "渝": "重庆市"}

// bynameClass: "四川大学、电子科大、西南交大等在蓉高校" — the bodies listed
// before such a class lie in its place.
func (v *sentenceView) bynameClass() {
	ms := v.outer()
	for i, m := range ms {
		rest := v.gap(m.End, min(v.s.End, m.End+20))
		loc := reBynameClass.FindStringSubmatchIndex(rest)
		if loc == nil {
			continue
		}
		at := m.End + utf8.RuneCountInString(rest[:loc[2]])
		place := &Mention{Span: Span{at, at + 1}, Sentence: v.si, Surface: rest[loc[2]:loc[3]], Name: bynames[rest[loc[2]:loc[3]]],
			Kind: store.KindRegion, Rule: "byname-class", Conf: 0.6}
		for k := i; k >= 0; k-- {
			if !bodyKinds[ms[k].Kind] || ms[k].Kind == store.KindRegion {
				break
			}
			if k < i {
				if g := v.gap(ms[k].End, ms[k+1].Start); g != "、" && g != "和" && g != "及" {
					break
				}
			}
			v.add(store.RelLocatedIn, ms[k], place, "byname-class", 0.6, nil)
		}
	}
}

// districtZone: "龙泉驿区(成都经开区)" — a zone in brackets after a district
// lies in it.
func (v *sentenceView) districtZone() {
	ms := v.outer()
	for i := 1; i < len(ms); i++ {
		d, z := ms[i-1], ms[i]
		if d.Kind == store.KindRegion && z.Kind == store.KindRegion && countyName(d) && reZoneName.MatchString(z.Name) &&
			z.Start == d.End+1 && v.r.text[d.End] == '(' && z.End < v.s.End && v.r.text[z.End] == ')' {
			v.add(store.RelLocatedIn, z, d, "district-zone", 0.65, nil)
		}
	}
}

// topicGathers: "目前,汇集了A、B等生态合作伙伴", "发展至今,已聚集A、B等医药
// 健康企业超200家" — a sentence that opens with a verb of gathering, its
// subject left out, goes on about the park the page is about (the one its
// headline names, or that it names most); the bodies it lists lie there.
// A sentence that names a place before the verb is left to the rules that
// read that place. Zones named 城 or 谷, or districts, were tried as such
// topics too: on the annotated pages as many of their readings were wrong
// as right, a page on a district naming its 医学城 most.
func (v *sentenceView) topicGathers() {
	ms := v.outer()
	for _, loc := range v.matches(reTopicGather) {
		at := loc[1]
		zone := v.r.docTopic(v.all, at, "园区")
		if zone == nil || zone.Kind != store.KindRegion {
			return
		}
		end := v.listsOn(ms, v.clauseEnd(at))
		for _, m := range ms {
			if m.Start >= at && m.End <= end && (m.Kind == store.KindEnterprise || m.Kind == store.KindResearchInstitute) {
				v.add(store.RelLocatedIn, m, zone, "topic-gathers", 0.5, nil)
			}
		}
	}
}

// reTopicGather: a verb of gathering that opens a sentence, after at most a
// clause of time.
var reTopicGather = regexp.MustCompile(`^((目前|如今|当前|现在|发展至今|截至目前|近年来|此外|同时),?)?(已经|已|先后|累计|共|成功|还|现已)*(聚集|集聚|汇聚|汇集|引进|吸引|招引|引入)了?`)
