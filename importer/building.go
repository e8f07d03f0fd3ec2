package importer

// Building: who builds, co-builds, signs for and runs a body, read from
// verbs of building, from an agreement and its parties, and from the
// clauses that go on about them.

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

// reBuilderClass: a list of builders closed by their class, "等重点单位".
var reBuilderClass = regexp.MustCompile(`等[^,;。]{0,4}(单位|企业|高校|院所|机构|院校)(共同|联合)?$`)

// reSecondVerb: a verb a verb of building shares its object with.
var reSecondVerb = regexp.MustCompile(`^(和|与|及|并)?(运营|运行|管理)$`)

// reBuiltBefore: a verb of building just before a body.
var reBuiltBefore = regexp.MustCompile(`(组建|建设|共建|筹建|新建|设立|成立|打造)$`)

// coBuild: "四川天府新区与中科院光电所在成都科学城组建光电科学与技术实验室"
// — the builders before the verb, the places after 在, the built body
// after the verb.
func (v *sentenceView) coBuild() {
	text := v.r.text
	for _, at := range v.matches(reCoBuild) {
		vs, ve := at[0], at[1]
		verb := string(text[vs:ve])
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
				// "合作共建四川区域协作发展总部基地": a place the gazetteer
				// knows is no body built, but the start of one unread.
				if m.Kind == store.KindRegion && m.Rule == "lexicon" {
					break
				}
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
				// "X为A及B共同组建的企业": 为 before the builders, the verb
				// closed by 的.
				lead := reLeadBracket.ReplaceAllString(strings.TrimLeft(v.gap(m.End, vs), "”"), "")
				if m.Start >= cs && m.End <= vs && builtKinds[m.Kind] && (strings.HasPrefix(lead, "由") || strings.HasPrefix(lead, "为") && ve < v.s.End && text[ve] == '的') {
					target = m
					break
				}
			}
		}
		if target == nil && (strings.HasPrefix(verb, "共") || strings.HasPrefix(verb, "联合") || strings.HasPrefix(verb, "合")) {
			// "天府绛溪实验室将依托电子科技大学,联合A和B等单位合作共建": a
			// clause of partners and a joint verb with nothing after it goes
			// on about the body the sentence is about.
			// "由A与B共同建设运营": a second verb (运营) ends the clause too.
			if ce <= ve+1 || v.gap(ve, ce) == "" || reSecondVerb.MatchString(v.gap(ve, ce)) {
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
			} else if builder(m) && m != target && !reBuiltBefore.MatchString(string(text[max(cs, m.Start-2):m.Start])) {
				// "确定了共建A、打造B、共建C": a body a verb of building
				// governs is built, not one of C's builders.
				builders = append(builders, m)
			}
		}
		// "攀钢牵头组建…", "管委会发起成立…", "作为成员单位参与组建…": one
		// builder among others the sentence need not name.
		joint := strings.HasPrefix(verb, "共") || strings.HasPrefix(verb, "联合") || strings.HasPrefix(verb, "合") || strings.HasPrefix(verb, "携手") ||
			strings.HasPrefix(verb, "联手") || strings.HasPrefix(verb, "牵头") || strings.HasPrefix(verb, "发起") || strings.HasPrefix(verb, "参与") ||
			strings.HasSuffix(verb, "立了") && len(builders) == 1 && builders[0].End == vs
		// "联合A、B等重点单位,C、D等重点企业共同建设": lists of builders,
		// each closed by its class, run back over commas.
		if joint && at < 0 && len(builders) > 0 && reBuilderClass.MatchString(v.gap(cs, vs)) {
			for pe := cs - 1; pe > v.s.Start && text[pe] == ','; {
				ps := v.clauseStart(pe)
				if !reBuilderClass.MatchString(v.gap(ps, pe)) {
					break
				}
				for _, m := range v.outer() {
					if m.Start >= ps && m.End <= pe && builder(m) && m != target {
						builders = append(builders, m)
					}
				}
				pe = ps - 1
			}
		}
		if len(builders) == 0 && joint {
			builders = v.signedBefore(cs, vs)
		}
		// "…签订协议。根据协议,双方将…,共建X": 双方 may open the sentence
		// rather than the clause.
		if len(builders) == 0 && joint && (reParties.MatchString(v.gap(cs, vs)) || reParties.MatchString(string(v.r.text[v.s.Start:min(v.s.End, v.s.Start+10)]))) {
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
			if ms := v.outer(); len(ms) > 0 && ms[0].End <= cs && builder(ms[0]) && (v.r.opensSentence(ms[0]) || ms[0].Rule == "anaphora") {
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
	v.joinedBuild()
	v.hostUnitIs()
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
			if builder(h) || h.Kind == store.KindPlatform {
				v.add(store.RelCoBuiltBy, t, h, "hosted-by", 0.6, nil)
			}
		}
		// "成都科学中心依托光电所启动建设X", "支持攀枝花市依托A、B建设X":
		// the body that builds by relying on the hosts builds too.
		if i > 0 && t.Start > m.Start {
			s := outer[i-1]
			if (builder(s) || s.Kind == store.KindRegion || s.Kind == store.KindPlatform) && s != t &&
				reRelyLead.MatchString(string(text[s.End:m.Start])) && v.clauseStart(s.Start) == v.clauseStart(m.Start) {
				v.add(store.RelCoBuiltBy, t, s, "hosted-by", 0.6, nil)
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
				// "支持A在Y设立X", "A拟在Y打造X": A, named just before 在
				// or a word of intent, builds X.
				for k := i - 1; k >= 0; k-- {
					a := v.ms[k]
					if a.Rule == "nested" || a.End > m.Start-1 || a.End < m.Start-1 && !reIntent.MatchString(v.gap(a.End, m.Start-1)) {
						continue
					}
					if (builder(a) && a.Kind != store.KindRegion || a.Kind == store.KindLab) && builtKinds[t.Kind] && reCoBuiltVerb.MatchString(g) {
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

// reIntent: the words of intent or time between a builder and 在 where it
// builds.
var reIntent = regexp.MustCompile(`^(拟|将|计划|已|还|正|正在|已经|先后|率先|决定|也)$`)

var reCoBuiltVerb = regexp.MustCompile(`^(建设|组建|设立|打造|筹建|新建|创建|共建)$`)

// builtAttributive: "鲲擎动力投资1.8亿元建设的热端部件中试平台", "以F为依托单位
// 组建的研究中心": the body before the attributive verb built what follows.
func (v *sentenceView) builtAttributive() {
	ms := v.outer()
	for i, a := range ms {
		if i+1 >= len(ms) || !(builder(a) || a.Kind == store.KindLab) {
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
	reBuiltAttr       = regexp.MustCompile(`^(投资[\d.]+[亿万]?元)?(正在|牵头|独资|自主)?(建设|组建|打造|建成|设立|承担|承建)的“?$|^牵头(申报|申建)?的“?$`)
	reRegionBuiltAttr = regexp.MustCompile(`^(正在|着力|全力|重点|所)(建设|打造)的$`)
	reHostUnit        = regexp.MustCompile(`^为(依托单位|牵头单位|建设单位|承建单位)(组建|建设|设立)?的$`)
)

// builtByLead: "由攀钢牵头,联合A等10家企业、B等7所高校及C等9个科研院所,组建的
// X获批建设" — a clause that opens with 由 lists builders, over commas, up
// to a verb of building closed by 的; the body after it is what they
// built. Only joining words, counts and classes may stand between the
// builders.
func (v *sentenceView) builtByLead() {
	ms := v.outer()
	for i, t := range ms {
		if i == 0 || !builtKinds[t.Kind] || t.Kind == store.KindRegion {
			continue
		}
		prev := ms[i-1]
		verb := reBuiltByLeadVerb.FindString(v.gap(prev.End, t.Start))
		if verb == "" {
			continue
		}
		var builders []*Mention
		for k := i - 1; k >= 0 && builder(ms[k]) && ms[k].Kind != store.KindRegion; k-- {
			end := t.Start
			if k+1 < i {
				end = ms[k+1].Start
			}
			if k+1 < i && !reBuilderJoin.MatchString(v.gap(ms[k].End, end)) {
				break
			}
			builders = append(builders, ms[k])
		}
		if len(builders) < 2 {
			continue
		}
		// 由 opens the clause, the sentence or one after a comma or colon.
		cs := v.clauseStart(builders[len(builders)-1].Start)
		if v.gap(cs, builders[len(builders)-1].Start) != "由" || cs > v.s.Start && !strings.ContainsRune(",:", v.r.text[cs-1]) {
			continue
		}
		for _, b := range builders {
			v.add(store.RelCoBuiltBy, t, b, "built-by", 0.7, nil)
		}
	}
}

var (
	// reBuiltByLeadVerb: the words after the last builder, closing the
	// list with a verb of building and 的.
	reBuiltByLeadVerb = regexp.MustCompile(`^等?[^,。;、与和及]{0,12}?,?(共同|联合|合作)?(组建|建设|共建|打造|发起成立|成立|设立)的“?$`)
)

// buildTogether: "成都高新区携手川大、电子科大加快建设未来科技城", "彭州与
// 成都中医药大学共同投资50亿元建设X": a body that joins others, and
// those it joins, build what the verb after them names.
func (v *sentenceView) buildTogether() {
	ms := v.outer()
	for i, a := range ms {
		if i+1 >= len(ms) || !builder(a) {
			continue
		}
		join := v.gap(a.End, ms[i+1].Start)
		if !reJoinWith.MatchString(join) {
			continue
		}
		builders := v.runFrom(i+1, ms, func(m *Mention) bool { return builder(m) })
		k := i + 1 + len(builders)
		// A zone so built is one the page names by its own words
		// (未来科技城), not a district or city of the lexicon.
		if k >= len(ms) || !builtKinds[ms[k].Kind] || ms[k].Kind == store.KindRegion && !namedBySuffix(ms[k]) {
			continue
		}
		verb := reJointVerb.FindStringSubmatch(v.gap(builders[len(builders)-1].End, ms[k].Start))
		// After 与 or 和 the verb must say the building is joint.
		if verb == nil || (join == "与" || join == "和") && verb[1] == "" {
			continue
		}
		for _, b := range append([]*Mention{a}, builders...) {
			if builder(b) {
				v.add(store.RelCoBuiltBy, ms[k], b, "build-together", 0.7, nil)
			}
		}
	}
}

var (
	reJoinWith  = regexp.MustCompile(`^(携手|联手|会同|与|和)$`)
	reJointVerb = regexp.MustCompile(`^(?:将|正|正在)?(共同|合力|携手)?(?:加快|全力|着力)?(?:投资[\d.]+[亿万]?元)?(?:建设|打造|共建)(?:的)?$`)
)

// hostUnitIs: "X是…批准建设的国家重点实验室,…依托单位为A": the host a
// sentence names for the body it opens with builds it.
func (v *sentenceView) hostUnitIs() {
	outer := v.outer()
	if len(outer) == 0 || !builtKinds[outer[0].Kind] || outer[0].Kind == store.KindRegion || outer[0].Start-v.s.Start > 4 {
		return
	}
	for _, a := range outer[1:] {
		// "X以A为牵头单位,联合…共同打造", "X以集团下属A为牵头单位".
		led := strings.HasPrefix(v.gap(outer[0].End, a.Start), "以") && reHostAfter.MatchString(v.gap(a.End, min(v.s.End, a.End+6)))
		if builder(a) && (reHostIs.MatchString(v.gap(max(v.s.Start, a.Start-7), a.Start)) || led) {
			v.add(store.RelCoBuiltBy, outer[0], a, "host-unit", 0.7, nil)
		}
	}
}

// hostUnits are the words for a body's host unit, in either order of the
// sentence.
const hostUnits = `依托单位|牵头单位|建设单位|承建单位`

// reHostAfter: the words that make the body before them a body's host
// (建设主体 is so only after it).
var reHostAfter = regexp.MustCompile(`^为(` + hostUnits + `|建设主体)`)

// reHostIs: the words that name a body's host right before it.
var reHostIs = regexp.MustCompile(`(` + hostUnits + `)(为|是)$`)

// builtByList: "X则由A联合B和C建设", "X由A、B共同建设运营", "X项目,由A与B
// 共同建设运营", "X是由A和B共同投入…打造而成", "X由A、B 2家单位共同发起",
// "设立X(以下简称X'),由A、B以及C共同组建": the bodies between 由 and a
// verb of building build X, however they are joined.
func (v *sentenceView) builtByList() {
	outer := v.outer()
	for i, t := range outer {
		if !builtKinds[t.Kind] || i+1 >= len(outer) {
			continue
		}
		// "天府轻动是A、B和C共同组建的全国资企业": after 是 without 由,
		// only a verb that qualifies what follows (…组建的) says who
		// built it.
		lead := v.gap(t.End, outer[i+1].Start)
		is := lead == "是"
		if !is && !reByLead.MatchString(lead) {
			continue
		}
		// After a bare comma, X is a body the clause before opens with or
		// sets up, or the short name declared for one: "星海智算中心位于Y,
		// 由A与B共同建设运营" builds no Y.
		setUp := func(m *Mention) bool {
			return v.clauseStart(m.Start) == m.Start || reSetUp.MatchString(string(v.r.text[max(v.s.Start, m.Start-4):m.Start]))
		}
		if strings.HasPrefix(strings.TrimPrefix(lead, ")"), ",") && !setUp(t) &&
			!reShortFor.MatchString(string(v.r.text[max(v.s.Start, t.Start-6):t.Start])) {
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
		after := v.gap(last.End, v.clauseEnd(last.End))
		verb := reByVerb.FindString(after)
		if verb == "" || is && !reQualifies.MatchString(after[len(verb):]) {
			continue
		}
		for _, b := range builders {
			if builder(b) {
				v.add(store.RelCoBuiltBy, t, b, "built-by", 0.75, nil)
			}
		}
	}
}

var (
	reByLead = regexp.MustCompile(`^(项目,?|成立于[^,。;]{2,12},|\)?,)?((则|将|已|均|主要|是)?由|是依托)$`)
	// reBuilderJoin: between two builders of a list, in either order of
	// clause (X由A、B共建; 由A牵头,联合B等10家企业…组建的X).
	reBuilderJoin = regexp.MustCompile(`^(等[^,。;、与和及]{0,12}?|\([^()]{1,12}\))?(、|和|与|及|以及|牵头,|(牵头,?)?,?(联合|携手|会同))$`)
	reByVerb      = regexp.MustCompile(`^(\([^()]{1,20}\))?(等[^,。;]{0,16}?|[\d一二三四五六七八九十两]+家(单位|企业|机构|高校|院所))?(负责)?(整体)?(共同|联合|合作|牵头|主导|投资|联动|协同|携手|合力|推动)?(牵头)?(投入[^,。;]{0,12}?|入股|出资)?(建设|组建|打造|建成|运营|筹建|共建|发起(设立|成立)?|(出资|合资|投资)?(设立|成立))`)
	reSetUp       = regexp.MustCompile(`(设立|组建|成立|建设|筹建|创建|建立|共建)$`)
	reShortFor    = regexp.MustCompile(`\((以下)?(简称|称)“?$`)
	reQualifies   = regexp.MustCompile(`^((而成)?的|(高校|大学|院校|平台|实验室|研究院|基地))`)
)

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

// reBuiltAfterSigning: the clause after an agreement that says what it
// builds, "签订合作协议,将在该区石板滩镇建设X", "签署…协议,内容包括在双流挂
// 牌设立X".
var (
	reAgreementEnd      = regexp.MustCompile(`(协议|备忘录|协议书|合同)$`)
	reBuiltAfterSigning = regexp.MustCompile(`^(内容包括|根据协议,?)?(双方)?(将|拟|正式)?(共同)?(在[^,。;]{1,14})?(投资)?(挂牌设立|建设|设立|打造|建立|组建|创建)(一个|一座|其)?$`)
)

// signedThenBuilt: "中国联通与双流区签订投资合作协议,建设联通四川天府信息中
// 心" — the parties that sign an agreement build what the next clause, with
// no subject of its own, says it builds.
func (v *sentenceView) signedThenBuilt() {
	parties := v.signedParties()
	if len(parties) < 2 {
		return
	}
	last := 0
	for _, p := range parties {
		last = max(last, p.End)
	}
	for _, t := range v.outer() {
		if t.Start <= last || !builtKinds[t.Kind] || t.Kind == store.KindRegion && !namedBySuffix(t) || slices.Contains(parties, t) {
			continue
		}
		cs := v.clauseStart(t.Start)
		if cs <= last || !reBuiltAfterSigning.MatchString(strings.TrimSuffix(v.gap(cs, t.Start), "“")) {
			continue
		}
		// "五方签署合作框架协议,决定建立…合作关系,共同创建X": clauses
		// that name no body may stand between the agreement and the
		// building.
		if !v.agreementClause(last, cs) {
			continue
		}
		for _, p := range parties {
			v.add(store.RelCoBuiltBy, t, p, "signed-to-build", 0.7, nil)
		}
	}
}

// agreementClause reports that the clause holding position last ends
// with an agreement, and that the clauses after it, up to cs (two at
// most), name no body.
func (v *sentenceView) agreementClause(last, cs int) bool {
	g := strings.Split(strings.TrimSuffix(v.gap(last, cs), ","), ",")
	if !reAgreementEnd.MatchString(g[0]) {
		return false
	}
	if len(g) == 1 {
		return true
	}
	at := last + utf8.RuneCountInString(g[0])
	return len(g) <= 3 && !slices.ContainsFunc(v.outer(), func(m *Mention) bool { return m.Start >= at && m.End <= cs && bodyKinds[m.Kind] })
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
	// This sentence's facts are the last ones added: the sentences are read
	// in order.
	facts := *v.facts
	first := len(facts)
	for first > 0 && facts[first-1].Sentence >= v.si {
		first--
	}
	var out []*Mention
	for _, f := range facts[first:] {
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
		// "A联合B、C成功签约": the parties one joins sign with it.
		list := []*Mention{ms[i]}
		for j := i + 1; j < len(ms); j++ {
			if withinPlace(list[len(list)-1], ms[j]) {
				list[len(list)-1] = ms[j]
				continue
			}
			if g := v.gap(list[len(list)-1].End, ms[j].Start); (g == "、" || g == "和" || g == "及" || g == "与" || g == "联合" && j == i+1) && bodyKinds[ms[j].Kind] {
				list = append(list, ms[j])
				continue
			}
			break
		}
		last := list[len(list)-1]
		tail := string(v.r.text[last.End:min(v.s.End, last.End+80)])
		// "省政府与A、B等签署": the parties after 与 and 等 sign with the
		// one before, which the rule of 与 reads.
		signed := reSigned.MatchString(tail) && reSignedWhat.MatchString(tail) && !strings.HasPrefix(tail, "等")
		// "A、B和C在人才培养等方面开展了全面合作", "A和B的合作,是…": the
		// parties listed as the subject of cooperation work together.
		// Parties after 与 cooperate with someone else ("将与A和B加强合作").
		together := !signed && reCooperateTogether.MatchString(tail) && !reWithLead.MatchString(v.gap(v.clauseStart(list[0].Start), list[0].Start))
		if len(list) < 2 || !signed && !together {
			i += len(list) - 1
			continue
		}
		// "A与B、C签署": B and C each sign with A, not with each other
		// (the annotated pages pair 13 of 92 such B and C); "A与B、C与D
		// 签署": each pair that 与 joins signs.
		withs := 0
		for k := 1; k < len(list); k++ {
			if v.gap(list[k-1].End, list[k].Start) == "与" {
				withs++
			}
		}
		for a := 0; a < len(list); a++ {
			for b := a + 1; b < len(list); b++ {
				switch {
				case withs == 1 && v.gap(list[0].End, list[1].Start) == "与" && a > 0:
					continue
				case withs > 1 && (b != a+1 || v.gap(list[a].End, list[b].Start) != "与"):
					continue
				}
				if signed {
					v.add(store.RelPartnersWith, list[a], list[b], "signed-together", 0.75, map[string]string{"how": signedHow(tail)})
				} else {
					v.add(store.RelPartnersWith, list[a], list[b], "cooperate-together", 0.65, nil)
				}
			}
		}
		i += len(list) - 1
	}
}

// ceremonyParties: "绵阳市人民政府与上海交通大学校地合作协议签约仪式举行",
// "攀钢、南京理工大学、江苏某研究院战略项目合作协议签约仪式" — a signing
// ceremony named after its parties, the last of them (or all of them)
// read inside its name, has them partner each other.
func (v *sentenceView) ceremonyParties() {
	ms := v.outer()
	for i, e := range ms {
		if e.Kind != store.KindEvent || !reCeremonyName.MatchString(e.Name) {
			continue
		}
		var last *Mention
		for _, m := range v.ms {
			if m != e && m.Start == e.Start && m.End < e.End && bodyKinds[m.Kind] && m.Kind != store.KindRegion && (last == nil || m.End > last.End) {
				last = m
			}
		}
		if last == nil {
			continue
		}
		parties := []*Mention{last}
		// "成都市人民政府与科大讯飞股份有限公司战略合作协议签署仪式": the
		// parties joined inside the name.
		for prev := last; ; {
			var next *Mention
			for _, m := range v.ms {
				if g := v.gap(prev.End, m.Start); m != e && m.Start > prev.End && m.End < e.End && bodyKinds[m.Kind] && m.Kind != store.KindRegion &&
					(g == "与" || g == "和" || g == "、") && (next == nil || m.End > next.End) {
					next = m
				}
			}
			if next == nil {
				break
			}
			parties = append(parties, next)
			prev = next
		}
		for k, at := i-1, e.Start; k >= 0; k-- {
			// "巴中市—西南石油大学战略合作协议签约仪式": a dash joins the
			// parties too, and the name the rules read starts after it.
			if g := v.gap(ms[k].End, at); (g != "、" && g != "与" && g != "和" && g != "—") || !bodyKinds[ms[k].Kind] {
				break
			}
			parties = append(parties, ms[k])
			at = ms[k].Start
		}
		for a := 0; a < len(parties); a++ {
			for b := a + 1; b < len(parties); b++ {
				v.add(store.RelPartnersWith, parties[b], parties[a], "ceremony-parties", 0.7, nil)
			}
		}
	}
}

// reCeremonyName: the name of a signing ceremony or of the agreement signed.
var reCeremonyName = regexp.MustCompile(`(签约仪式|签署仪式|签约活动|签约大会)$`)

// reSignedLead: the words that may open the clause of a joint verb after
// a signing, "将在成都共建X".
var reSignedLead = regexp.MustCompile(`^(将|并|还|拟|双方将|三方将)?(在|于)[^,。;、与和]{1,10}$`)

// reParties: the parties of an agreement, named by their number.
var reParties = regexp.MustCompile(`双方|三方|四方|各方|多方`)

// reRelyLead: between the body that builds and the 依托 of its hosts.
var reRelyLead = regexp.MustCompile(`^(将|已|还|也|正|主要|积极|充分|拟)?依托$`)

// reCooperateTogether: what a list of parties does together is cooperate,
// "在…方面开展了全面合作", "的合作".
var reCooperateTogether = regexp.MustCompile(`^(在[^,。;]{1,30}(方面|领域)|将|已|还|共同|进一步)*(开展|深化|建立|达成|加强|展开|进行)了?(深入|全面|深度|广泛|紧密|战略|务实)*合作|^的(战略|全面|深度)?合作`)

// reWithLead: a lead that makes the list after it the object of 与 or 同.
var reWithLead = regexp.MustCompile(`(与|同|和|跟)$`)

// reSignedWhat: what the parties sign is an agreement.
var reSignedWhat = regexp.MustCompile(`^[^,。;]{0,40}(协议|备忘录|合同|合作)|^[^,。;《]{0,8}《[^》]{0,60}(协议|备忘录|合同)》|^[^,。;]{0,6}签约(设立|成立|组建|共建)`)

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
		if m.Start >= pcs && m.End < cs && builder(m) {
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
var reJointTail = regexp.MustCompile(`(协同发展|协同创新|合作发展|联动发展|携手发展|一道|一起|强强联合|优势互补)$`)

// coBuildDesignations open the names of bodies that two levels build
// (省部共建…国家重点实验室): designations, not verbs of a clause.
var coBuildDesignations = wordSet(`省部 部省 省市 部市 省校 市校 院省 省院 部委`)

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

var reBuiltEnd = regexp.MustCompile(`(组建|建设|共建|设立|成立|打造|创建|发起|发起设立|发起成立|运营)$`)

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

// subjectBuildsLater: "近年来,邛崃构建…机制,统筹科研院所和企业,共同组建
// 四川现代种业研究院", "攀枝花市坚持…,组建四川省钒钛产业创新联合体" — a
// body or a place that opens the sentence, or its part after a semicolon,
// builds what a later clause, with no subject of its own, opens by
// building.
func (v *sentenceView) subjectBuildsLater() {
	ms := v.outer()
	for _, t := range ms {
		if !facilityKinds[t.Kind] && t.Kind != store.KindPilotPlatform {
			continue
		}
		cs := v.clauseStart(t.Start)
		if !reBuildsLater.MatchString(string(v.r.text[cs:t.Start])) {
			continue
		}
		seg := v.partStart(cs)
		i := slices.IndexFunc(ms, func(m *Mention) bool { return m.Start >= seg })
		if i < 0 || !builderKinds[ms[i].Kind] || ms[i].End >= cs {
			continue
		}
		subj := ms[i]
		// "支持A作为链主企业,牵头组建X": a plan's support builds nothing yet.
		if lead := string(v.r.text[seg:subj.Start]); utf8.RuneCountInString(lead) > 4 && !reDateLead.MatchString(lead) || rePlanLead.MatchString(lead) {
			continue
		}
		v.add(store.RelCoBuiltBy, t, subj, "subject-builds", 0.6, nil)
	}
}

var rePlanLead = regexp.MustCompile(`^(支持|鼓励|推动|引导|推进)`)

var reBuildsLater = regexp.MustCompile(`^(现已|已|将|还|并|正|正在|加快|着力)?(共同|联合|牵头)?(组建|成立|设立|创建|共建|揭牌建设)$`)

// reJoinLead: the word that joins a builder's partners to it ("联合B建设X").
var reJoinLead = regexp.MustCompile(`^(将|并|还|也|同时|积极|主动|共同)?(联合|携手|会同)$`)

// reJoinVerb: the verb of building after the partners.
var reJoinVerb = regexp.MustCompile(`^(共同|合作|一起|一道)?(建设|打造|组建|共建|筹建|设立|成立|创建|建立)(了)?$`)

// joinedBuild: "青羊区…,联合611所建设四川成都飞行器研究协同创新中心",
// "联合成都海关建设外贸综合园区和进出口货物集中查验平台". The partners
// after 联合 build what the verb after them names, and so does the body
// the clause or the sentence is about, when there is one. The compound
// verbs (联合建设, 共同打造) are coBuild's.
func (v *sentenceView) joinedBuild() {
	outer := v.outer()
	for i, m := range outer {
		cs := v.clauseStart(m.Start)
		from := cs
		var prev *Mention
		if i > 0 && outer[i-1].End > cs {
			prev, from = outer[i-1], outer[i-1].End
		}
		if from > m.Start || !reJoinLead.MatchString(v.gap(from, m.Start)) || !builder(m) {
			continue
		}
		builders := []*Mention{m}
		j := i + 1
		for ; j < len(outer); j++ {
			if g := v.gap(builders[len(builders)-1].End, outer[j].Start); (g == "、" || g == "和" || g == "与" || g == "及") && builder(outer[j]) {
				builders = append(builders, outer[j])
				continue
			}
			break
		}
		if j >= len(outer) || !builtKinds[outer[j].Kind] || !reJoinVerb.MatchString(v.gap(builders[len(builders)-1].End, outer[j].Start)) {
			continue
		}
		ce := v.clauseEnd(outer[j].End)
		targets := v.runFrom(j, outer, func(o *Mention) bool { return o.End <= ce && builtKinds[o.Kind] })
		switch {
		case prev != nil && builder(prev):
			builders = append(builders, prev)
		case prev == nil:
			if subj := v.sentenceSubjects(outer, cs); len(subj) == 1 && builder(subj[0]) {
				builders = append(builders, subj[0])
			}
		}
		for _, t := range targets {
			for _, b := range builders {
				if b != t {
					v.add(store.RelCoBuiltBy, t, b, "joined-build", 0.75, nil)
				}
			}
		}
	}
}
