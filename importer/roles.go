package importer

// Roles: where people work and study, read from the titles and bodies
// before their names and from the clauses that go on about them; and the
// partners a clause names.

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

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

// namedAlumni: "广安市邓小平图书馆馆长邹某校友汇报…" — a person called 校友
// after the name is an alumnus of the university whose alumni association
// the sentence names, or else of the page's own university.
func (v *sentenceView) namedAlumni() {
	uni := v.university
	for _, m := range v.ms {
		if m.Kind != store.KindPlatform || !reAlumniAssociation.MatchString(m.Name) {
			continue
		}
		for _, u := range v.ms {
			if u.Kind == store.KindUniversity && u.Start == m.Start && u.End < m.End {
				uni = u
			}
		}
	}
	if uni == nil {
		return
	}
	for _, p := range v.outer() {
		if p.Kind != store.KindTalent || !reAlumnusAfter.MatchString(string(v.r.text[p.End:min(v.s.End, p.End+4)])) {
			continue
		}
		v.add(store.RelAlumnusOf, p, uni, "alumnus-of", 0.65, nil)
	}
}

var (
	reAlumniAssociation = regexp.MustCompile(`校友(总)?会$`)
	// reAlumnusAfter: 校友 right after a name, not an association of them.
	reAlumnusAfter = regexp.MustCompile(`^校友($|[^会总们])`)
)

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
			reDegreeAt.MatchString(lead) && reDegreeTail.MatchString(string(v.r.text[m.End:min(v.s.End, m.End+8)])) ||
			reGraduatedFrom.MatchString(lead) && reGraduatedTail.MatchString(string(v.r.text[m.End:min(v.s.End, m.End+8)]))):
			// "…,2025年6月从东华大学博士毕业后"
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
			seat  bool // a seat on the body's committee, no post there
		}
		var toks []tok // read right to left
		skipTitles := false
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
					// A head of a government shares the body of the person
					// before, not their posts: "市委副书记朱某、副市长牛某".
					skipTitles = skipTitles || slices.ContainsFunc(toks, func(t tok) bool { return governmentHeads[t.title] })
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
			// "鞍钢集团党委常委、副总经理,攀钢党委书记、董事长李某": posts
			// at several bodies, each body with its own, run back over
			// commas; a comma after anything but a post ends them.
			if v.r.text[pos-1] == ',' && pos-1 > v.s.Start && v.titleEnding(pos-1) != "" &&
				len(toks) >= 2 && toks[len(toks)-1].body != nil {
				pos--
				continue
			}
			// "东方电气(成都)氢能科技有限公司(以下简称“东方氢能”)项目经理苏某":
			// the short name a body declares stands between it and the post.
			if n := v.declaredBefore(pos); n > 0 && len(toks) > 0 {
				pos -= n
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
				// "某某有限责任公司展位负责人倪某": a word of the body's own
				// between it and the post.
				if n := v.bodyQualifier(pos, byEnd); n > 0 && len(toks) > 0 && toks[len(toks)-1].title != "" {
					pos -= n
					continue
				}
				break
			}
			if !skipTitles {
				toks = append(toks, tok{title: t})
			}
			pos -= utf8.RuneCountInString(t)
			// "电子科技大学科技委主任", "功能区管委会综合管理部部长": a post in
			// a body's department is a post at the body.
			if n := v.department(pos, byEnd); n > 0 {
				// "…重点实验室学术委员会主任": a seat on a body's committee is
				// no post at the body, though the titles before it are.
				if strings.HasSuffix(string(v.r.text[pos-n:pos]), "委员会") && len(toks) > 0 && toks[len(toks)-1].title == t {
					toks[len(toks)-1].seat = true
				}
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
		// "学校党委书记刘毅、校长余曙光", "校党委书记王某": a university's posts
		// named without it are at the page's own university, once the
		// page has named it.
		// "我校党委副书记、院长李某": the page's own university, wherever
		// it names it.
		school, own := v.schoolBefore(pos)
		if v.university != nil && (v.university.Start < p.Start || own) && len(toks) > 0 && !slices.ContainsFunc(toks, func(t tok) bool { return t.body != nil }) &&
			(school || slices.ContainsFunc(toks, func(t tok) bool { return schoolHeads[t.title] || v.collegeHome && collegeHeads[t.title] })) {
			toks = append(toks, tok{body: v.university})
		}
		// "副省长彭宇行": a head of a government named by the post alone is
		// at the government of that level the page names, when it names one.
		if !slices.ContainsFunc(toks, func(t tok) bool { return t.body != nil }) {
			for _, t := range toks {
				if !governmentHeads[t.title] {
					continue
				}
				level := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t.title, "常务"), "副"), "代理"), "长")
				if gov := v.levelGovernments[level]; gov != nil {
					v.add(store.RelWorksAt, p, gov, "works-at", 0.7, propsIf("role", t.title))
				}
			}
		}
		var body, joint *Mention
		for k := len(toks) - 1; k >= 0; k-- {
			t := toks[k]
			switch {
			case t.body != nil:
				// "成都市经信局市新经济委机关党委书记": two departments
				// named together, with no post between, are one office,
				// and the post is at both.
				// "四川省企业联合会、四川省企业家协会驻会副会长徐某": so are two
				// bodies of a kind listed with no post between.
				joint = nil
				if k+1 < len(toks) && toks[k+1].body != nil && toks[k+1].body.Kind == t.body.Kind {
					prev := toks[k+1].body
					departments := t.body.Kind == store.KindGovernmentAgency && prev.End == t.body.Start && department(prev) && department(t.body)
					if departments || v.gap(prev.End, t.body.Start) == "、" {
						joint = prev
					}
				}
				body = t.body
			case body == nil:
			case noPostTitles[t.title] || t.seat:
			case t.title == "校友" || graduateTitles[t.title]:
				if body.Kind == store.KindUniversity {
					v.add(store.RelAlumnusOf, p, body, "alumnus-of", 0.75, nil)
				}
			case governmentHeads[t.title] && body.Kind == store.KindGovernmentAgency && strings.HasPrefix(body.Name, "中共") && strings.HasSuffix(body.Name, "委"):
				// "成都市委副书记、市长罗某": the mayor's post after the
				// committee's is at the city's government, when the page
				// names it.
				if gov := v.governmentOf(strings.TrimSuffix(strings.TrimPrefix(body.Name, "中共"), "委")); gov != nil {
					v.add(store.RelWorksAt, p, gov, "works-at", 0.75, propsIf("role", t.title))
				}
			case governmentHeads[t.title] && body.Kind != store.KindGovernmentAgency:
				// "大学校长徐某、副省长李某": a governor is no university's.
			case t.title != "院士":
				v.add(store.RelWorksAt, p, body, "works-at", 0.75, propsIf("role", t.title))
				if joint != nil {
					v.add(store.RelWorksAt, p, joint, "works-at", 0.7, propsIf("role", t.title))
				}
			}
		}
	}
}

// department reports an agency that is a government's department, not its
// party committee or the government itself ("宜宾市委市政府领导" are no
// office's).
func department(m *Mention) bool {
	return !strings.HasPrefix(m.Name, "中共") && !strings.HasSuffix(m.Name, "人民政府")
}

// staffListed: "会上,我院何勤、龚涛、黄静等教授代表先后作报告" — people listed
// right after a body and closed by their rank work there.
// The rank may also stand right after the last name ("学院郑某、卢某、孔某
// 教授等").
func (v *sentenceView) staffListed() {
	ms := v.outer()
	for i, b := range ms {
		if !orgKinds[b.Kind] || i+1 >= len(ms) || ms[i+1].Kind != store.KindTalent || ms[i+1].Start != b.End {
			continue
		}
		k := i + 1
		for k+1 < len(ms) && ms[k+1].Kind == store.KindTalent && v.gap(ms[k].End, ms[k+1].Start) == "、" {
			k++
		}
		after := string(v.r.text[ms[k].End:min(v.s.End, ms[k].End+12)])
		if k == i+1 || !reStaffRank.MatchString(after) && !reRankLast.MatchString(after) {
			continue
		}
		for _, p := range ms[i+1 : k+1] {
			v.add(store.RelWorksAt, p, b, "works-at-listed", 0.65, nil)
		}
	}
}

// reRankLast: the rank that closes a list of a body's people after the
// last name.
var reRankLast = regexp.MustCompile(`^(教授|副教授|研究员|副研究员|博士|专家|老师)等`)

// reStaffRank: the rank that closes a list of a body's people.
var reStaffRank = regexp.MustCompile(`^等(\d+名|[一二三四五六七八九十几多]+位|\d+位)?(知名)?(教授|专家|研究员|老师|博士|学者|科研人员|骨干|青年教师)`)

// governmentOf returns the page's 人民政府 of a place, named as a
// committee names it: "成都市温江区" is 温江区's.
func (v *sentenceView) governmentOf(place string) *Mention {
	if gov := v.governments[place]; gov != nil {
		return gov
	}
	if _, district, ok := strings.Cut(place, "市"); ok && district != "" {
		return v.governments[district]
	}
	return nil
}

// nameRow: a person listed on a line of their own works at the body the
// line names after them.
func (v *sentenceView) nameRow() {
	for i, p := range v.ms {
		if p.Rule != "name-row" {
			continue
		}
		for _, b := range v.ms[i+1:] {
			if b.Start >= p.End && rowBodies[b.Kind] {
				v.add(store.RelWorksAt, p, b, "works-at-row", 0.7, nil)
				break
			}
		}
	}
}

// schoolHeads are the posts only a university (or a school) has.
var schoolHeads = wordSet(`校长 副校长 常务副校长 执行校长 校长助理 校领导`)

// collegeHeads are a college's heads: on a page whose own university is a
// 学院 and that names no other 院, "院长" is the college's.
var collegeHeads = wordSet(`院长 副院长 常务副院长 执行院长 院长助理`)

// schoolAt reports 学校, 校 or the like right before pos.
func (v *sentenceView) schoolAt(pos int) bool {
	found, _ := v.schoolBefore(pos)
	return found
}

// schoolBefore reports 学校 or 校 right before pos, opening a clause or a
// list: "学校党委书记", "校党委副书记", and a university's own page's 我校,
// which own reports.
func (v *sentenceView) schoolBefore(pos int) (found, own bool) {
	words := []string{"学校", "我校", "本校", "校"}
	if v.collegeHome {
		words = append(words, "学院", "我院", "本院")
	}
	for _, w := range words {
		n := utf8.RuneCountInString(w)
		// "仪式由校党委副书记某主持", "出差在外的校党委书记某": a word that
		// joins or introduces opens the school's post as a clause would.
		if pos-n >= v.s.Start && string(v.r.text[pos-n:pos]) == w && (pos-n == v.s.Start || !nameRune(v.r.text[pos-n-1]) || strings.ContainsRune("由的和与及", v.r.text[pos-n-1])) {
			return true, strings.HasPrefix(w, "我") || strings.HasPrefix(w, "本")
		}
	}
	return false, false
}

// homeUniversity returns the first mention of the university the page
// names most, or nil when none or two are named most.
func homeUniversity(ms []Mention) *Mention {
	count := map[string]int{}
	first := map[string]*Mention{}
	// "四川大学制造科学与工程学院" is a school of a university, no page's
	// own university, nor is the university named inside it.
	var schools []Span
	for _, m := range ms {
		if m.Kind == store.KindUniversity && reUniversitySchool.MatchString(m.Name) {
			schools = append(schools, m.Span)
		}
	}
	inSchool := func(m *Mention) bool {
		return slices.ContainsFunc(schools, func(s Span) bool { return s.Start <= m.Start && m.End <= s.End })
	}
	for i := range ms {
		if m := &ms[i]; m.Kind == store.KindUniversity && !inSchool(m) {
			count[m.Name]++
			if first[m.Name] == nil {
				first[m.Name] = m
			}
		}
	}
	return mostNamed(count, first)
}

// homeSchools names the schools a university's own page names bare ("以及
// 电气工程学院、经济管理学院等…负责人出席") with the university, the bare
// name kept as an alias, and makes each the university's: the annotated
// pages make 21 of 27 such schools so. Two universities' 经济学院 are two
// bodies; named bare, the graph would hold them as one. A page whose most
// named university is tied names no home and leaves its schools bare.
func homeSchools(ms []Mention) {
	var named []Mention
	for _, m := range ms {
		if !bareSchool(&m) {
			named = append(named, m)
		}
	}
	home := homeUniversity(named)
	if home == nil || !strings.HasSuffix(home.Name, "大学") && !strings.HasSuffix(home.Name, "学院") {
		return
	}
	for i := range ms {
		if m := &ms[i]; bareSchool(m) && !strings.HasSuffix(home.Name, m.Name) {
			m.Aliases = append(m.Aliases, m.Name)
			// "川职院锂电科技学院": the university's short name opens the
			// school's.
			rest := []rune(m.Name)
			for l := min(4, len(rest)-3); l >= 2; l-- {
				if p := rest[:l]; (p[l-1] == '院' || p[l-1] == '大') && subsequence(p, []rune(home.Name)) {
					rest = rest[l:]
					break
				}
			}
			m.Name = home.Name + string(rest)
			if m.Props == nil {
				m.Props = map[string]string{}
			}
			m.Props["owner"] = home.Name
		}
	}
}

// bareSchool: a school the rules read by its suffix alone, named by its
// disciplines ("土木工程学院", "经济学院"), not by a place, a country or a
// brand that makes it a college of its own (四川旅游学院, 中国白酒学院, 华西
// 医学院), nor a trade's college that a page's partners set up (预制菜产业学
// 院, named with the university in 1 of the 5 pages that name one).
func bareSchool(m *Mention) bool {
	rs := []rune(m.Name)
	return m.Kind == store.KindUniversity && strings.HasPrefix(m.Rule, "suffix(") && strings.HasSuffix(m.Name, "学院") &&
		len(rs) >= 4 && len(rs) <= 12 && placeLead(rs, 2) == 0 && !reNotBareSchool.MatchString(m.Name)
}

// reNotBareSchool: the words that make a 学院 a college of its own, or no
// school of a university at all.
var reNotBareSchool = regexp.MustCompile(`^(中国|国际|全国|华西|东盟|四川|成都|重庆|西部|西南|本科|作出|同)|大学|职业|产业学院|和|部门|公司|[()]`)

// mostNamed returns the first mention of the name counted most, or nil
// when two names tie.
func mostNamed(count map[string]int, first map[string]*Mention) *Mention {
	best, tie := "", false
	for n, c := range count {
		switch {
		case best == "" || c > count[best]:
			best, tie = n, false
		case c == count[best]:
			tie = true
		}
	}
	if best == "" || tie {
		return nil
	}
	return first[best]
}

// reUniversitySchool: a school or department named with its university.
var reUniversitySchool = regexp.MustCompile(`大学\p{Han}{2,}(学院|学部|系)$`)

// graduateTitles name a university's graduates and students, who are its
// alumni in the graph, not its staff.
var graduateTitles = wordSet(`学生 毕业生 博士生 硕士生 研究生 博士 在读博士 在读硕士 博士研究生 硕士研究生`)

// noPostTitles name people by what they are to a body without a post
// or a degree there: a body's scholars and representatives.
var noPostTitles = wordSet(`学者 专家学者 代表`)

// qualifier returns the length of a run of plain words ending at pos that
// follows a 、 of a list of titles (at most ten characters), or 0.
// department returns the length of a department's name that ends at pos
// right after a body's name, or 0.
func (v *sentenceView) department(pos int, byEnd map[int]*Mention) int {
	for n := 2; n <= 8 && pos-n >= v.s.Start; n++ {
		if !allHan(v.r.text[pos-n : pos]) {
			return 0
		}
		// "学校科技处处长周某": the page's university's office, which
		// schoolBefore then reads.
		if b := byEnd[pos-n]; (b != nil && orgKinds[b.Kind] || v.university != nil && v.schoolAt(pos-n)) && reDepartment.MatchString(string(v.r.text[pos-n:pos])) {
			return n
		}
	}
	return 0
}

// reDepartment: the last words of a department's name.
var reDepartment = regexp.MustCompile(`^\p{Han}{1,6}(处|科|部|委|办|办公室|中心|研究室|委员会)$`)

// bodyQualifier returns the length of two to four Han characters that
// end at pos right after a body's name (or the short name it declares),
// or 0.
func (v *sentenceView) bodyQualifier(pos int, byEnd map[int]*Mention) int {
	for n := 1; n <= 4 && pos-n > v.s.Start; n++ {
		if !han(v.r.text[pos-n]) {
			return 0
		}
		if n < 2 {
			continue
		}
		k := pos - n
		k -= v.declaredBefore(k)
		if b := byEnd[k]; b != nil && bodyKinds[b.Kind] && b.Kind != store.KindRegion {
			return n
		}
	}
	return 0
}

// declaredBefore returns the length of a bracket declaring a short name,
// "(以下简称“X”)", that ends at pos, or 0.
func (v *sentenceView) declaredBefore(pos int) int {
	if pos-1 <= v.s.Start || v.r.text[pos-1] != ')' {
		return 0
	}
	for o := pos - 2; o > v.s.Start && pos-o <= 20; o-- {
		if v.r.text[o] == '(' {
			if in := string(v.r.text[o+1 : pos-1]); strings.HasPrefix(in, "以下简称") || strings.HasPrefix(in, "简称") {
				return pos - o
			}
			return 0
		}
	}
	return 0
}

func (v *sentenceView) qualifier(pos int) int {
	for n := 1; n <= 10 && pos-n > v.s.Start; n++ {
		c := v.r.text[pos-n]
		if !han(c) {
			return 0
		}
		if v.r.text[pos-n-1] == '、' {
			// "意大利驻重庆总领事馆总领事": words that name places are a body
			// the sentence left unnamed, whose post is no one else's.
			if slices.ContainsFunc(v.ms, func(m *Mention) bool { return m.Kind == store.KindRegion && m.Start >= pos-n && m.End <= pos }) {
				return 0
			}
			return n
		}
	}
	return 0
}

var (
	reClauseAlum = regexp.MustCompile(`^((19|20)\d{2}年)?(本科|硕士|博士|研究生)?(毕业于|就读于|求学于)(原)?$`)
	reDegreeAt   = regexp.MustCompile(`^(后|随后|之后|并|又|再)?于$`)
	reDegreeTail = regexp.MustCompile(`^(获得|取得|获)(博士|硕士|学士)?学位`)
	// "2025年6月从东华大学博士毕业": graduated from, the date first.
	reGraduatedFrom = regexp.MustCompile(`^((19|20)\d{2}年)?(\d{1,2}月)?从$`)
	reGraduatedTail = regexp.MustCompile(`^(本科|硕士|博士|研究生)?毕业`)
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
const listQualifier = `(国内外|国内|国外|川内|省内|市内|区内|本地|海内外|境内外|全国|全球|知名|重点|顶尖|一流|头部|国内外知名|国内知名|国际知名|海内外知名)?`

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
