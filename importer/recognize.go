package importer

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"innograph/store"
)

// Mention is a name found in a document: where it is, the canonical name
// it proposes, its kind, and the rule that found it.
type Mention struct {
	Span
	Sentence int // index of the sentence it is in
	Surface  string
	Name     string
	Kind     store.Kind
	Aliases  []string
	// Official are forms of the name that stand whatever rule found the
	// mention: "锦江区经信局" for "区经信局" named 锦江区经济和信息化局.
	Official []string
	Props    map[string]string
	Rule     string
	Conf     float64
	// Tagged is the tagger's probability that the mention's span is a
	// name of its kind.
	Tagged float64
}

// Gazetteer maps known names and aliases (under store.Key) to the body
// they name: the graph's own entities, then the built-in lexicon.
type Gazetteer struct {
	byKey  map[string]GazEntry
	maxLen int
	// first holds the first character of every key: a scan of a text
	// skips the characters no name starts with. last holds the last.
	first, last map[rune]bool
}

// GazEntry is one body a gazetteer knows.
type GazEntry struct {
	Name    string
	Kind    store.Kind
	Aliases []string
	// Stored is true for entities of the graph, whose name and kind win.
	Stored bool
}

// NewGazetteer returns a gazetteer holding the built-in lexicon.
func NewGazetteer() *Gazetteer {
	g := &Gazetteer{byKey: map[string]GazEntry{}, first: map[rune]bool{}, last: map[rune]bool{}}
	for _, e := range gazetteer {
		g.add(GazEntry{Name: e.Name, Kind: e.Kind, Aliases: e.Aliases}, false)
	}
	return g
}

// Add adds an entity of the graph; its names take precedence over the
// lexicon's.
func (g *Gazetteer) Add(e *store.Entity) {
	// Two-character aliases are standard short names of universities,
	// institutes, places and firms (川大, 成都); of anything else ("纲要" for
	// one outline) they would link every other document's word to it.
	var aliases []string
	for _, a := range e.Aliases {
		if utf8.RuneCountInString(key(a)) > 2 || shortNamed[e.Kind] {
			aliases = append(aliases, a)
		}
	}
	g.add(GazEntry{Name: e.Name, Kind: e.Kind, Aliases: aliases, Stored: true}, true)
}

var shortNamed = map[store.Kind]bool{store.KindUniversity: true, store.KindResearchInstitute: true,
	store.KindRegion: true, store.KindEnterprise: true}

func (g *Gazetteer) add(e GazEntry, override bool) {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		k := key(n)
		if utf8.RuneCountInString(k) < 2 || genericWords[k] || reNumeric.MatchString(k) {
			continue
		}
		// An alias never displaces another body's canonical name.
		if old, ok := g.byKey[k]; ok && (!override || old.Stored && key(old.Name) == k) {
			continue
		}
		g.byKey[k] = e
		g.maxLen = max(g.maxLen, utf8.RuneCountInString(k))
		c, _ := utf8.DecodeRuneInString(k)
		g.first[c] = true
		c, _ = utf8.DecodeLastRuneInString(k)
		g.last[c] = true
	}
}

// Lookup returns the body a name denotes.
func (g *Gazetteer) Lookup(name string) (GazEntry, bool) {
	e, ok := g.byKey[key(name)]
	return e, ok
}

// hardStop reports characters a name never spans.
func hardStop(r rune) bool {
	return strings.ContainsRune(",。;:!?、“”‘’《》—…|丨/\\[]{}<>\"'=\n", r) || unicode.IsSpace(r)
}

func nameRune(r rune) bool {
	return han(r) || unicode.IsLetter(r) || unicode.IsDigit(r) || r == '(' || r == ')' || r == '-'
}

// nameVerbs end names as verbs but stand inside firms' legal names.
var nameVerbs = wordSet(`联合 引导 建设 发展 招商`)

// firmOpening reports words that may open a firm's legal name before one
// of nameVerbs: a place's stem (深圳), or a place and a trade (四川省产业投资);
// not a body of its own that the verb's clause is about (彭州市, 成都高新区,
// 成都市政府联合…).
func (r *recognizer) firmOpening(rs []rune) bool {
	if l := placeLead(rs, 0); l == len(rs) {
		return !strings.ContainsRune("省市区县州", rs[l-1])
	}
	t := string(rs)
	if _, ok := r.gaz.Lookup(t); ok || endsWithSuffix(t) || strings.Contains(t, "政府") {
		return false
	}
	return startsWithPlace(rs)
}

// opensWithFirm reports words that open with a firm the lexicon knows and
// go on (中建西部 in 中建西部建设股份有限公司): a group's subsidiary is named
// after it, as a place's firm is after the place.
func (r *recognizer) opensWithFirm(rs []rune) bool {
	for l := min(6, len(rs)-2); l >= 2; l-- {
		if e, ok := r.gaz.Lookup(string(rs[:l])); ok && e.Kind == store.KindEnterprise {
			return true
		}
	}
	return false
}

// maxName bounds a name: the long ones of planning outlines ("重大新药创制
// 国家科技重大专项成果转移转化试点示范基地") stay below it.
const maxName = 32

type recognizer struct {
	text  []rune
	sents []Span
	gaz   *Gazetteer
	out   []Mention
	// quoted and titled mark code points inside “” and 《》.
	booked []bool
	// fullBefore[k] counts the sentences before k that end a sentence
	// proper (sentenceGap).
	fullBefore []int
	// sentenceOut is where the mentions of the sentence being read start
	// in out.
	sentenceOut int
	// pairs lists where each pair of characters stands inside a sentence
	// (pairsAt).
	pairs *pairIndex
}

// pairIndex lists where each pair of characters stands inside the
// sentences of a page, built on first use. One page's rules and the
// tagger's repeats share it.
type pairIndex struct {
	text  []rune
	sents []Span
	at    map[[2]rune][]int
}

func newPairIndex(text []rune, sents []Span) *pairIndex {
	return &pairIndex{text: text, sents: sents}
}

// starts returns, in text order, the positions inside sentences where the
// name nr may start.
func (x *pairIndex) starts(nr []rune) []int {
	if x.at == nil {
		x.at = map[[2]rune][]int{}
		for _, s := range x.sents {
			for i := s.Start; i+1 < s.End; i++ {
				k := [2]rune{x.text[i], x.text[i+1]}
				x.at[k] = append(x.at[k], i)
			}
		}
	}
	return x.at[[2]rune{nr[0], nr[1]}]
}

// pairsAt returns, in text order, the positions inside sentences where the
// name nr may start. Steps that seek a name all over the page look it up
// here: scanning the text once per name grew with the square of a long
// text.
func (r *recognizer) pairsAt(nr []rune) []int {
	if r.pairs == nil {
		r.pairs = newPairIndex(r.text, r.sents)
	}
	return r.pairs.starts(nr)
}

// sentenceOf returns the index of the sentence that holds position i.
func (r *recognizer) sentenceOf(i int) int {
	return sort.Search(len(r.sents), func(k int) bool { return r.sents[k].End > i })
}

// Recognize finds the names in a cleaned text.
func Recognize(text []rune, sents []Span, gaz *Gazetteer) []Mention {
	return recognize(text, sents, gaz, newPairIndex(text, sents))
}

// recognize is Recognize with the page's index of character pairs, which
// the tagger's step uses after it.
func recognize(text []rune, sents []Span, gaz *Gazetteer, pairs *pairIndex) []Mention {
	r := &recognizer{text: text, sents: sents, gaz: gaz, booked: make([]bool, len(text)), pairs: pairs}
	for si, s := range sents {
		r.sentenceOut = len(r.out)
		if si == 0 {
			r.noticeTitle(s)
		}
		r.bookTitles(si, s)
		r.quotes(si, s)
		r.headingName(si, s)
		r.congresses(si, s)
		r.operatorBranches(si, s)
		r.gazetteer(si, s)
		r.suffixes(si, s)
		r.subsidiaries(si, s)
		r.enumerations(si, s)
		r.buildList(si, s)
		r.buildObjects(si, s)
		r.launched(si, s)
		r.bulletItem(si, s)
		r.chainNames(si, s)
		r.knownFields(si, s)
		r.leadFields(si, s)
		r.focusLists(si, s)
		r.industryFirms(si, s)
		r.people(si, s)
		r.foreignLists(si, s)
		r.peopleInContext(si, s)
		r.listedPeople(si, s)
		r.leadPeople(si, s)
		r.nameRows(si, s)
		r.shortFirms(si, s)
		r.firmsBeforeTitles(si, s)
		r.firmsAsSubjects(si, s)
		r.firmProjects(si, s)
		r.firmsAfterClass(si, s)
		r.representatives(si, s)
		r.roleFirms(si, s)
		r.firmsFounded(si, s)
		r.firmIs(si, s)
		r.eventClauses(si, s)
		r.partyCommittees(si, s)
		r.partyMeetings(si, s)
		r.bareDepartments(si, s)
		r.bareCongresses(si, s)
		r.listedDepartments(si, s)
		r.numberedMeetings(si, s)
		r.agenciesWithAnd(si, s)
		r.districtGovernments(si, s)
		r.sharedGovernments(si, s)
		r.ownedNames(si, s)
		r.numberedInstitutes(si, s)
		r.cityByname(si, s)
		r.signingParties(si, s)
	}
	ms := selectMentions(r.out)
	ms = meetingCommittees(ms)
	r.placeDotEvents(ms)
	r.eventStations(ms)
	r.placeBrackets(ms)
	ms = r.noticeBooks(ms)
	ms = r.bookIssuers(ms)
	ms = r.zoneFirms(ms)
	ms = r.nested(ms)
	ms = r.branchOwners(ms)
	ms = countyZones(ms)
	ms = r.declared(ms)
	ms = r.relative(ms)
	ms = r.zoneCommittees(ms)
	ms = r.sharedOwners(ms)
	ms = r.committeeOffices(ms)
	officialNames(ms)
	r.ownerFull(ms)
	// A district's committee and government are named with the page's city.
	city := homePlaces(ms)["市"]
	partyFull(ms, city)
	meetingNames(ms)
	partyDepartments(ms, city)
	governmentsFull(ms, city)
	countyAgenciesFull(ms)
	r.agencyOffices(ms)
	r.committeeGovernments(ms, city)
	// A bare "市委" or "州政府" the page gives no place for names no body.
	ms = slices.DeleteFunc(ms, func(m Mention) bool {
		return m.Rule == "party-committee-short" && utf8.RuneCountInString(m.Name) == 2 || m.Name == "州政府"
	})
	// "国家循环化改造示范试点园区", "四川省绿色园区": a title the state or
	// the province gives parks names a class of them, not one (the
	// annotated pages give 1 of 9 such as a body).
	ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Kind != store.KindEvent && reDesignation.MatchString(m.Name) })
	// "国家高新区" is a class of zones; a name that ends in it was run on
	// from words before the class ("国务院高度重视国家高新区"), unless a
	// place opens it ("乐山国家高新区"). A circle of travel time is no
	// place at all.
	var circles []Span
	for _, m := range ms {
		if m.Kind == store.KindRegion && reTravelCircle.MatchString(m.Name) {
			circles = append(circles, m.Span)
		}
	}
	ms = slices.DeleteFunc(ms, func(m Mention) bool {
		if loc := reZoneClass.FindStringIndex(m.Name); m.Kind == store.KindRegion && loc != nil && placeLead([]rune(m.Name[:loc[0]]), 0) == 0 {
			return true
		}
		// The places inside a circle are no places of the page's.
		return slices.ContainsFunc(circles, func(c Span) bool { return c.Start <= m.Start && m.End <= c.End })
	})
	ms = r.shortForms(ms)
	r.zonePrefixed(ms)
	ms = r.countyStems(ms)
	ms = r.repeats(ms, nil, "repeat")
	ms = r.siblingFirms(ms)
	ms = r.firmBrands(ms)
	r.sameFirms(ms)
	ms = r.bareZones(ms)
	r.sameNames(ms)
	placeShortForms(ms)
	r.sharedAgencyHeads(ms)
	ms = r.parallelNames(ms)
	r.headlineForms(ms)
	ms = r.anaphora(ms)
	ms = r.ownBody(ms)
	homeSchools(ms)
	r.quotedForms(ms)
	sortMentions(ms)
	return ms
}

// sameBodies reads the short forms of names again once the tagger has
// added its own: "四川时代新能源科技有限公司…四川时代" where only the model
// read the short one. The steps rename a short form to its long name and
// leave names already settled alone, so a second run changes only the
// model's names and those the rules read in their light.
func sameBodies(ms []Mention, text []rune, sents []Span, gaz *Gazetteer, pairs *pairIndex) {
	r := &recognizer{text: text, sents: sents, gaz: gaz, pairs: pairs}
	r.sameFirms(ms)
	r.sameNames(ms)
}

// sameFirms names a firm's short forms by its legal name. The rules read
// bare zones between it and sameNames; the tagger's step runs the two
// together.
func (r *recognizer) sameFirms(ms []Mention) {
	sameCoreFirms(ms)
	groupShortForms(ms)
	r.legalPrefixes(ms)
}

// sameNames names the short forms of other bodies by their long names:
// the ends, middles and letters of a name, and a zone's class words.
func (r *recognizer) sameNames(ms []Mention) {
	committeeNames(ms)
	designationForms(ms)
	tailForms(ms)
	middleForms(ms)
	r.abbreviations(ms)
	zoneShortForms(ms)
}

// committeeNames: "四川天府新区管委会" is officially 四川天府新区管理委员会,
// and a page that names it both ways names one body (the real pages'
// annotators name 70 such committees in full and 1 short).
func committeeNames(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if stem, ok := strings.CutSuffix(m.Name, "管委会"); ok && m.Kind == store.KindGovernmentAgency && utf8.RuneCountInString(stem) >= 2 {
			if !slices.Contains(m.Official, m.Name) {
				m.Official = append(m.Official, m.Name)
			}
			m.Name = stem + "管理委员会"
		}
	}
}

// designationForms: "四川大学国家大学科技园" is also "四川大学科技园" — a
// university's park named with its national designation and without it is
// one body, named in full.
func designationForms(ms []Mention) {
	full := map[string]string{}
	for _, m := range ms {
		if owner, ok := strings.CutSuffix(m.Name, "国家大学科技园"); ok && owner != "" {
			full[owner+"科技园"] = m.Name
			full[owner+"大学科技园"] = m.Name
		}
	}
	if len(full) == 0 {
		return
	}
	for i := range ms {
		if f := full[ms[i].Name]; f != "" {
			ms[i].Aliases = append(ms[i].Aliases, ms[i].Name)
			ms[i].Name = f
		}
	}
}

// sortMentions puts mentions in the order of the text, the longer first
// of two that start together.
func sortMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool {
		return ms[i].Start < ms[j].Start || ms[i].Start == ms[j].Start && ms[i].End > ms[j].End
	})
}

// ownerFull names a unit that opens with its university's or academy's
// short name by the full one, "电子科大人工智能研究院" as 电子科技大学人工智能研究院,
// keeping the page's form as an alias: one unit, however the page shortens
// its owner. Firms are left as written, since a short name in a firm's
// (交大光芒公司) is a brand, not a claim of ownership.
func (r *recognizer) ownerFull(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if !ownedKinds[m.Kind] || contextual[m.Rule] {
			continue
		}
		if _, ok := r.gaz.Lookup(m.Name); ok {
			continue
		}
		rs := []rune(m.Name)
		for l := min(5, len(rs)-2); l >= 2; l-- {
			e, ok := r.gaz.Lookup(string(rs[:l]))
			if !ok || e.Kind != store.KindUniversity && !strings.HasSuffix(e.Name, "科学院") || key(e.Name) == key(string(rs[:l])) || strings.HasPrefix(m.Name, e.Name) {
				continue
			}
			if !slices.Contains(m.Aliases, m.Name) {
				m.Aliases = append(m.Aliases, m.Name)
			}
			m.Name = e.Name + string(rs[l:])
			break
		}
	}
}

// dotDistrict reads an event named "城市·区县…": the city, with the rule
// dot-city, and the district, with the rule nested-place (what holds it
// lies in it).
func (r *recognizer) dotDistrict(m Mention) (Mention, Mention, bool) {
	rs := []rune(m.Surface)
	dot := slices.Index(rs, '·')
	if m.Kind != store.KindEvent || dot < 2 || dot > 4 {
		return Mention{}, Mention{}, false
	}
	city, ok := r.placeNamed(string(rs[:dot]))
	if !ok || !strings.HasSuffix(city, "市") {
		return Mention{}, Mention{}, false
	}
	for l := 4; l >= 2; l-- {
		if dot+1+l+2 > len(rs) {
			continue
		}
		d, ok := r.placeNamed(string(rs[dot+1 : dot+1+l]))
		if !ok || d == city || !higher(city, d) {
			continue
		}
		at := m.Start + dot + 1
		return Mention{Span: Span{m.Start, m.Start + dot}, Sentence: m.Sentence, Surface: string(rs[:dot]), Name: city, Kind: store.KindRegion, Rule: "dot-city", Conf: 0.75},
			Mention{Span: Span{at, at + l}, Sentence: m.Sentence, Surface: string(rs[dot+1 : dot+1+l]), Name: d, Kind: store.KindRegion, Rule: "nested-place", Conf: 0.75}, true
	}
	return Mention{}, Mention{}, false
}

// ownedKinds are the kinds of unit a university or an academy holds.
var ownedKinds = map[store.Kind]bool{store.KindResearchInstitute: true, store.KindPlatform: true, store.KindLab: true,
	store.KindPilotPlatform: true, store.KindUniversity: true, store.KindEvent: true}

// placeDotEvents reads an event named after its city with a dot
// ("成都·卫星互联网…大会", "成都·崇州电子信息产业链…大会"): the city and
// the dot open the name.
func (r *recognizer) placeDotEvents(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindEvent || m.Start < 3 || r.text[m.Start-1] != '·' {
			continue
		}
		for l := 4; l >= 2; l-- {
			k := m.Start - 1 - l
			if k < r.sents[m.Sentence].Start {
				continue
			}
			if _, ok := r.placeNamed(string(r.text[k : m.Start-1])); ok && (k == r.sents[m.Sentence].Start || !nameRune(r.text[k-1]) || r.boundaryAt(r.sents[m.Sentence], k) > 0) {
				m.Name = string(r.text[k:m.Start]) + m.Name
				m.Start = k
				m.Surface = string(r.text[m.Start:m.End])
				break
			}
		}
	}
}

// eventStations reads the station of a touring event in the brackets after
// its name as part of the name: "中华龙舟大赛(成都·简阳站)" is that leg,
// held where the brackets say.
func (r *recognizer) eventStations(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		s := r.sents[m.Sentence]
		if m.Kind != store.KindEvent || m.End >= s.End || r.text[m.End] != '(' {
			continue
		}
		k := m.End + 1
		for k < s.End && k-m.End <= 12 && r.text[k] != ')' && r.text[k] != '(' {
			k++
		}
		if k >= s.End || r.text[k] != ')' || !reStation.MatchString(string(r.text[m.End+1:k])) {
			continue
		}
		m.Name += string(r.text[m.End : k+1])
		m.End = k + 1
		m.Surface = string(r.text[m.Start:m.End])
	}
}

// reStation: the leg of a touring event, "成都·简阳站", "四川赛区".
var reStation = regexp.MustCompile(`^\p{Han}{2,}(·\p{Han}{2,})?(站|分站|赛区|专场)$`)

// quotedForms keeps an event's or a programme's name as the page writes
// it, quotes and all, beside the plain name: “金熊猫”全球创新创业大赛 is
// looked up both ways.
func (r *recognizer) quotedForms(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindEvent && m.Kind != store.KindProgram || contextual[m.Rule] {
			continue
		}
		raw := string(r.text[m.Start:m.End])
		if m.Start > 0 && r.text[m.Start-1] == '“' && strings.Count(raw, "”") > strings.Count(raw, "“") {
			raw = "“" + raw
		}
		if m.End < len(r.text) && r.text[m.End] == '”' && strings.Count(raw, "“") > strings.Count(raw, "”") {
			raw += "”"
		}
		if strings.ContainsAny(raw, "“”") && key(raw) != key(m.Name) && !slices.Contains(m.Aliases, raw) {
			m.Aliases = append(m.Aliases, raw)
		}
	}
}

func (r *recognizer) add(si, start, end int, name string, kind store.Kind, rule string, conf float64) *Mention {
	name = store.CleanName(name)
	// "第十七届中国国际软件合作洽谈会开幕式", "…能力大赛开赛": the opening of
	// an event is the event.
	if kind == store.KindEvent {
		for _, w := range []string{"开幕式", "闭幕式", "开赛"} {
			if t, ok := strings.CutSuffix(name, w); ok && reEventEnd.MatchString(t) && strings.HasSuffix(string(r.text[start:end]), w) {
				name, end = t, end-utf8.RuneCountInString(w)
				break
			}
		}
	}
	for _, lead := range []string{"·", "-", "+"} {
		if t, ok := strings.CutPrefix(name, lead); ok {
			name = t
			if string(r.text[start]) == lead {
				start++
			}
		}
	}
	r.out = append(r.out, Mention{Span: Span{start, end}, Sentence: si, Surface: string(r.text[start:end]),
		Name: name, Kind: kind, Rule: rule, Conf: conf})
	return &r.out[len(r.out)-1]
}

// reEventEnd: the last words of an event's name.
var reEventEnd = regexp.MustCompile(`(会|赛|节|展|坛|周|季)$`)

// policyTail says that a book title names a policy document.
var policyTail = regexp.MustCompile(`(方案|办法|规划|纲要|意见|通知|条例|规定|措施|政策|细则|指南|决定|法|计划|工具箱|清单|目录|标准|条|决议|公告|通告|要点|行动|实施方案|若干措施)(\([^)]*\))?$`)

// bookTitles: 《…》 names a document; those that read as policies
// (方案, 办法, 规划, …) are POLICY entities.
func (r *recognizer) bookTitles(si int, s Span) {
	for i := s.Start; i < s.End; i++ {
		if r.text[i] != '《' {
			continue
		}
		j := i + 1
		for j < s.End && r.text[j] != '》' && r.text[j] != '《' {
			j++
		}
		if j >= s.End || r.text[j] != '》' {
			continue
		}
		for k := i; k <= j; k++ {
			r.booked[k] = true
		}
		inner := string(r.text[i+1 : j])
		if n := utf8.RuneCountInString(inner); n < 3 || n > 60 {
			continue
		}
		if policyTail.MatchString(inner) {
			m := r.add(si, i+1, j, inner, store.KindPolicy, "book-title", 0.9)
			// "锦江区科产融合政策工具箱(2026年版)" is also called without its edition.
			if k := strings.LastIndex(inner, "("); k > 0 && strings.HasSuffix(inner, ")") {
				m.Aliases = append(m.Aliases, inner[:k])
			}
		}
		i = j
	}
}

// gazetteer finds known names, longest first.
func (r *recognizer) gazetteer(si int, s Span) {
	for i := s.Start; i < s.End; i++ {
		if !r.gaz.first[unicode.ToLower(r.text[i])] {
			continue
		}
		for l := min(r.gaz.maxLen, s.End-i); l >= 2; l-- {
			// (No name starts with a space: first holds none.)
			if unicode.IsSpace(r.text[i+l-1]) {
				continue
			}
			e, ok := r.gaz.byKey[key(string(r.text[i:i+l]))]
			if !ok {
				continue
			}
			// A short name inside a longer word is no mention: "成都" in
			// "成都市" is found as 成都市.
			if l == 2 && i+l < s.End && r.text[i+l] == '市' && e.Kind == store.KindRegion {
				continue
			}
			// Nor is an abbreviation inside a word: "成电" in "集成电路".
			// Between a character that introduces nothing and a character
			// that goes on, the two are part of something else.
			if l == 2 && e.Kind != store.KindRegion && i > s.Start && han(r.text[i-1]) && r.boundaryAt(s, i) == 0 &&
				i+l < s.End && han(r.text[i+l]) {
				continue
			}
			// "北京时间": a time zone, no mention of the city.
			if e.Kind == store.KindRegion && i+l+2 <= s.End && string(r.text[i+l:i+l+2]) == "时间" {
				break
			}
			// "四川日报全媒体记者", "来源:四川在线": an outlet's name, page
			// furniture, names no place.
			if e.Kind == store.KindRegion && reOutletAfter.MatchString(string(r.text[i+l:min(s.End, i+l+5)])) {
				break
			}
			rule, conf := "lexicon", 0.9
			if e.Stored {
				rule, conf = "gazetteer", 0.95
			}
			m := r.add(si, i, i+l, e.Name, e.Kind, rule, conf)
			if key(m.Surface) != key(e.Name) {
				m.Aliases = append(m.Aliases, m.Surface)
			}
			break
		}
	}
}

// reOutletAfter: the words after a place that make it a news outlet's name.
var reOutletAfter = regexp.MustCompile(`^(日报|在线|新闻网|经济网|商报|晚报|都市报|广播电视台|电视台)`)

// suffixes finds names by how they end (…实验室, …大学, …新区), reading
// leftwards from the suffix to the word that introduces the name.
func (r *recognizer) suffixes(si int, s Span) {
	for e := s.Start + 2; e <= s.End; e++ {
		// A name ends at a word boundary: not inside a longer suffix word
		// ("大学" in "大学科技园" is left to "科技园").
		for _, k := range suffixesByLast[r.text[e-1]] {
			sr := suffixRules[k]
			sl := len(suffixRunes[k])
			if e-sl < s.Start || !slices.Equal(r.text[e-sl:e], suffixRunes[k]) {
				continue
			}
			r.suffixAt(si, s, e, sr)
			break
		}
		if e < s.End && strings.ContainsRune(regionSingle, r.text[e-1]) {
			r.regionAt(si, s, e)
		}
	}
}

func (r *recognizer) suffixAt(si int, s Span, e int, sr suffixRule) {
	p := e - utf8.RuneCountInString(sr.Suffix)
	if p > s.Start && r.text[p-1] == '“' {
		return // “…” with a suffix word alone is a slogan, not a name
	}
	if singleEvent[sr.Suffix] && !r.eventEnds(s, e) {
		return
	}
	// "宁德时代全资子公司四川时代", "星河集团控股子公司…": a subsidiary
	// named by its class is no name; the owner before it and the firm
	// after it are.
	if sr.Kind == store.KindEnterprise && (reSubsidiaryClass.MatchString(string(r.text[max(s.Start, e-6):e])) ||
		sr.Suffix == "控股" && strings.HasPrefix(string(r.text[e:min(s.End, e+3)]), "子公司")) {
		return
	}
	// "百日攻坚大会战": a campaign, no meeting.
	if sr.Kind == store.KindEvent && e < s.End && r.text[e] == '战' {
		return
	}
	// "西南交大会将…": a known name ends inside the suffix word, which is
	// no suffix there.
	if sr.Kind == store.KindEvent && r.gazEnd(string(r.text[max(s.Start, p-8):p+1])) != "" {
		return
	}
	// Towns and streets have two-character names ("菁蓉镇", "安德街道"),
	// after a district's name or a word that ends names; "城镇", "特色小镇"
	// are words.
	if sr.Suffix == "镇" || sr.Suffix == "街道" {
		if p-2 < s.Start {
			return
		}
		// "龙泉驿区大面街道": after a known place, a plain word names one.
		afterPlace := r.gazEnd(string(r.text[max(s.Start, p-8):p-2])) != ""
		// "新都区石板滩镇", "该区石板滩镇", "全国重点镇石板滩镇", "宜宾李庄古镇":
		// a town of three characters, or an old town (古镇) of two, after
		// a place, a word for the page's place or a suffix word. A place
		// that ends two characters before the suffix leaves a town of two
		// ("郫都区德源镇").
		if k := p - 3; !afterPlace && k >= s.Start && allHan(r.text[k:p]) && distinctLen(string(r.text[k:p])) >= 2 && !townWords[string(r.text[p-2:e])] &&
			!strings.ContainsRune("省市区县州镇乡村", r.text[k]) && r.boundaryAt(s, k+1) == 0 {
			before := string(r.text[max(s.Start, k-8):k])
			if r.gazEnd(before) != "" || endsWithSuffix(before) || relativePlaces[string(r.text[max(s.Start, k-2):k])] {
				r.add(si, k, e, string(r.text[k:e]), store.KindRegion, "suffix("+sr.Suffix+")", 0.7)
				return
			}
		}
		if distinctLen(string(r.text[p-2:p])) < 2 && !afterPlace || eventWords[string(r.text[p-1:e])] || townWords[string(r.text[p-2:e])] {
			return
		}
		if k := p - 2; k == s.Start || !nameRune(r.text[k-1]) || r.boundaryAt(s, k) > 0 || endsWithSuffix(string(r.text[max(s.Start, k-6):k])) || afterPlace {
			r.add(si, k, e, string(r.text[k:e]), store.KindRegion, "suffix("+sr.Suffix+")", 0.7)
		}
		return
	}
	j := r.leftBound(s, p, e)
	if j < 0 {
		return
	}
	// "省部共建西南作物基因资源发掘与利用国家重点实验室": the designation
	// that opens a lab's name fixes its left edge, past words (与, 利用)
	// that end names elsewhere.
	if sr.Kind == store.KindLab {
		for k := j; k >= max(s.Start+4, p-24) && han(r.text[k-1]); k-- {
			if string(r.text[k-4:k]) == "省部共建" {
				j = k - 4
				break
			}
		}
	}
	// "四川锦程建设集团有限公司": a firm's legal name may hold a verb
	// (建设, 发展) that ends names elsewhere; when all it leaves is a
	// generic word, the name goes on to a place before the verb.
	// "深圳联合飞机科技有限公司", "四川省产业投资引导基金有限公司": so may a
	// word that firms' names hold (联合, 引导), when what it leaves is short
	// and a place opens the words before it.
	if d := distinctLen(string(r.text[j:p])); sr.Kind == store.KindEnterprise && !sr.Weak && d <= 2 {
		if w := r.boundaryAt(s, j); w >= 2 && (d == 0 || nameVerbs[string(r.text[j-w:j])]) {
			if k := r.leftBound(s, j-w, e); k >= 0 && k < j-w && (d == 0 && (startsWithPlace(r.text[k:j-w]) || r.opensWithFirm(r.text[k:j-w])) || d > 0 && r.firmOpening(r.text[k:j-w])) {
				j = k
			}
		}
	}
	// "四川省推进成德眉资同城化发展领导小组办公室": a leading group is named
	// by what it pushes, verb and all, after its place.
	if strings.HasPrefix(sr.Suffix, "领导小组") {
		if w := r.boundaryAt(s, j); w >= 2 {
			if k := r.leftBound(s, j-w, e); k >= 0 && k < j-w && placeAt(r.text[k:j-w]) {
				j = k
			}
		}
	}
	// "重要指示精神和省第十二次党代会": a party congress is named from its
	// place on; a conjunction before is no part of it.
	if sr.Suffix == "党代会" {
		if k := strings.LastIndexAny(string(r.text[j:p]), "和与及、"); k >= 0 {
			j += utf8.RuneCountInString(string(r.text[j:p])[:k]) + 1
		}
	}
	stem := string(r.text[j:p])
	// "其旗下公司星海医药化工有限公司": the class word before a firm's legal
	// name is no part of it.
	if sr.Kind == store.KindEnterprise && reLegalForm.MatchString(sr.Suffix) {
		for _, w := range []string{"子公司", "公司", "企业"} {
			if rest, ok := strings.CutPrefix(stem, w); ok && utf8.RuneCountInString(rest) >= 2 && !strings.HasPrefix(rest, "有限") {
				stem, j = rest, j+utf8.RuneCountInString(w)
				break
			}
		}
	}
	// "四川阿格瑞新材料有限公司四川欧瑞特光电科技有限公司": firms listed
	// with nothing between them; a legal name is whole at its legal form,
	// and the next starts after it (a branch, 分公司, is named after its
	// firm's whole name, and keeps it).
	if sr.Kind == store.KindEnterprise && reLegalForm.MatchString(sr.Suffix) && !strings.HasSuffix(sr.Suffix, "分公司") {
		if k := strings.LastIndex(stem, "有限公司"); k > 0 && utf8.RuneCountInString(stem[k+len("有限公司"):]) >= 4 {
			rest := stem[k+len("有限公司"):]
			stem, j = rest, j+utf8.RuneCountInString(stem[:k+len("有限公司")])
		}
	}
	// "中新网四川新闻8月8日电(刘小莉)清水河…": a wire story's dateline and
	// reporter run into the first name of its text.
	if loc := reDateline.FindStringIndex(stem); loc != nil {
		stem, j = stem[loc[1]:], j+utf8.RuneCountInString(stem[:loc[1]])
	}
	stem, j = trimStem(stem, j)
	// "西南医科大学各学院", "成都经开区各大孵化器": each of a class is none
	// by name.
	if strings.HasSuffix(stem, "各") || strings.HasSuffix(stem, "各大") {
		return
	}
	// "至此,四川国家重点实验室达到16个": a place before the class alone
	// counts the place's labs of that class and names none.
	if rs := []rune(stem); sr.Kind == store.KindLab && strings.Contains(sr.Suffix, "重点实验室") && len(rs) >= 2 && placeLead(rs, 0) == len(rs) {
		return
	}
	// "生物高科技领先企业深圳微芯生物公司", "手机品牌厂商广东欧珀公司": what
	// kind of firm it is, then its name from its place on.
	// "大健康领域独角兽企业联影医疗技术集团有限公司": a ranked class says so
	// of any name after it.
	if sr.Kind == store.KindEnterprise {
		if loc := reFirmClassInside.FindStringIndex(stem); loc != nil && loc[1] < len(stem) {
			rest := stem[loc[1]:]
			if (startsWithPlace([]rune(rest)) || countryAt(rest) != "") && distinctLen(rest) >= 3 || (reRankedClass.MatchString(stem[:loc[1]]) || strings.HasSuffix(stem[:loc[1]], "方")) && distinctLen(rest) >= 2 {
				stem, j = rest, j+utf8.RuneCountInString(stem[:loc[1]])
			}
		}
	}
	// "新都区成都新研氢能源科技有限公司": a district before a firm's legal
	// name that opens with its city says where the firm is.
	// "四川天府新区成都科创生态岛": so does a zone before a body named with
	// its city.
	// An agency keeps the places it is named with (天府新区成都党工委).
	if sr.Kind != store.KindEvent && sr.Kind != store.KindPolicy && sr.Kind != store.KindGovernmentAgency {
		rs := []rune(stem)
		for k := 3; k <= 6 && k+3 <= len(rs); k++ {
			if !strings.ContainsRune("区县", rs[k-1]) {
				continue
			}
			if e, ok := r.gaz.Lookup(string(rs[:k])); ok && e.Kind == store.KindRegion && opensWithCity(string(rs[k:])) && len(rs)-k >= 3 {
				stem, j = string(rs[k:]), j+k
				break
			}
		}
	}
	// "药明康德集团成都药明康德生命健康产业园": a park named with its city
	// after the firm that builds it is named from the city on.
	builder := ""
	if sr.Kind == store.KindRegion {
		for _, w := range []string{"集团", "公司"} {
			if k := strings.Index(stem, w); k > 0 && opensWithCity(stem[k+len(w):]) && utf8.RuneCountInString(stem[k+len(w):]) >= 4 {
				builder = stem[:k+len(w)]
				stem, j = stem[k+len(w):], j+utf8.RuneCountInString(builder)
				break
			}
		}
	}
	// "双流县副县长易某代表双流县人民政府": who speaks for the body opens
	// no part of its name.
	if k := strings.LastIndex(stem, "代表"); k >= 0 {
		if rest := stem[k+len("代表"):]; placeAt([]rune(rest)) || r.knownStart(rest) != "" {
			stem, j = rest, j+utf8.RuneCountInString(stem[:k+len("代表")])
		}
	}
	// "自捷普集团落户崇州以来": 自 opens a clause of time, not the name.
	if rest, ok := strings.CutPrefix(stem, "自"); ok && distinctLen(rest) >= 2 && r.clauseHas(s, e, "以来") {
		stem, j = rest, j+1
		if rest, ok := strings.CutPrefix(stem, "与"); ok {
			stem, j = rest, j+1
		}
	}
	// "德国耶拿大学软物质研究中心", "美国捷普集团": a country before a
	// foreign university's or firm's name says where it is; it is no part
	// of the name, which the page may give alone elsewhere (a national
	// academy's is: 德国国家工程院; so is a firm's legal name:
	// 意大利欧洲设计中心有限公司).
	if c := countryAt(stem); c != "" && (strings.Contains(stem[len(c):]+sr.Suffix, "大学") && utf8.RuneCountInString(stem[len(c):]) >= 2 ||
		sr.Kind == store.KindEnterprise && sr.Weak && distinctLen(stem[len(c):]) >= 2 && !strings.Contains(stem, "产业")) {
		stem, j = stem[len(c):], j+utf8.RuneCountInString(c)
	}
	// "三岔湖东南岸未来医学城": a place and a side of it say where the body
	// named after them is.
	if loc := reSideOf.FindStringSubmatchIndex(stem); loc != nil && loc[1] < len(stem) && (placeAt([]rune(stem)) || r.knownStart(stem) == store.KindRegion ||
		strings.ContainsRune("湖河江", []rune(stem[:loc[2]])[utf8.RuneCountInString(stem[:loc[2]])-1])) {
		stem, j = stem[loc[1]:], j+utf8.RuneCountInString(stem[:loc[1]])
	}
	// "继2021年华为(成都)智能制造创新中心落地后": the year a sentence dates
	// something by is no part of a facility's name (an event's year is).
	if sr.Kind != store.KindEvent {
		if y := reYearLead.FindString(stem); y != "" && len(y) < len(stem) {
			stem, j = stem[len(y):], j+utf8.RuneCountInString(y)
		}
		// "第十三届全国政协…委员会副主任": a body's term is no part of its
		// name (an event's number is); "原冶金部有色金属研究院": nor is
		// 原, former, before a ministry's, a place's or a known body's name.
		if y := reTermLead.FindString(stem); y != "" && len(y) < len(stem) {
			stem, j = stem[len(y):], j+utf8.RuneCountInString(y)
		}
		if rest, ok := strings.CutPrefix(stem, "原"); ok && (reMinistryLead.MatchString(rest) || startsWithPlace([]rune(rest)) || r.knownStart(rest) != "" || relativeStems[rest]) {
			stem, j = rest, j+1
		}
		// "交流会暨X国家重点实验室成都中心揭牌仪式": 暨 joins two events;
		// a body named after it starts there.
		if k := strings.LastIndex(stem, "暨"); k >= 0 {
			stem, j = stem[k+len("暨"):], j+utf8.RuneCountInString(stem[:k+len("暨")])
		}
	}
	// "日东电工OLED偏光片生产基地", "某某燃气轮机研制基地": a firm's plant or
	// works, no innovation body; a district's media centre is the page's
	// publisher.
	if rePlant.MatchString(stem + sr.Suffix) {
		return
	}
	// "实验室体系": the word after qualifies a class and names nothing; after
	// a name of its own ("依托成都职业技术学院建设…", "天府实验室建设") it
	// is the next word of the sentence.
	// "依托郫都区科技成果转化服务中心建设…", "在中国川菜产业城建设…": what
	// 依托 or 在 introduces is a body, and the 建设 after it the verb.
	w := string(r.text[e:min(s.End, e+2)])
	hosted := (j >= s.Start+2 && string(r.text[j-2:j]) == "依托" || j > s.Start && r.text[j-1] == '在') && w == "建设"
	// "屏山县工业园区布局…": a county's industrial park is named so.
	hosted = hosted || countyPark(stem, sr)
	// "X经济开发区规划面积为12平方公里": the plan's area is the zone's.
	planned := w == "规划" && rePlannedSize.MatchString(string(r.text[e+2:min(s.End, e+6)]))
	if classAfter[w] && !planned && !(verbAfter[w] && (!sr.Weak || hosted) && r.distinctive(stem, sr)) {
		return
	}
	// "5000亩…种植基地", "8.6万平方米…": a size describes a facility,
	// it does not name one.
	if reMeasureStem.MatchString(stem) || reLayoutSlogan.MatchString(stem) {
		return
	}
	// "入选成都市级中试平台": a level of a class, no body.
	if strings.HasSuffix(stem, "级") && !sr.Weak && sr.Kind != store.KindEnterprise || reLevelStem.MatchString(stem) {
		return
	}
	// "其全资子公司", "这家子公司": a firm's relation to another, no name.
	if sr.Suffix == "公司" && reSubsidiary.MatchString(stem) {
		return
	}
	// "成都X股份有限公司全资子公司": the firm whose unit it is, named whole,
	// and its kind of unit; the firm is read on its own.
	if sr.Suffix == "公司" && reOwnedUnit.MatchString(stem) {
		return
	}
	// A bureau's 局 is no word's last character (布局, 新局) nor a title's
	// first (副局长).
	if sr.Suffix == "局" && (!startsWithPlace([]rune(stem)) && !relativeStems[stem] ||
		e < s.End && r.text[e] == '长' || p > s.Start && notBureau[string(r.text[p-1:e])]) {
		return
	}
	// "中国上市公司协会", "四川大学全球校友创业家联合会": an association is
	// named after its place or its body; "组建区域人力资源服务联盟" plans
	// one of a kind.
	if associationSuffixes[sr.Suffix] && r.knownStart(stem) == "" && !strings.HasPrefix(stem, "中国") {
		return
	}
	// "区法院": a court is its place's; "争取设立知识产权法院" plans a kind.
	if (sr.Suffix == "法院" || sr.Suffix == "检察院") && !relativeStems[stem] && !startsWithPlace([]rune(stem)) {
		return
	}
	if sr.Kind == store.KindGovernmentAgency {
		// Co-issuers written without a break, "成都市科学技术局成都市财政局":
		// an agency's name holds no complete agency followed by a place.
		if k := r.agencySplit(stem); k > 0 {
			stem, j = string([]rune(stem)[k:]), j+k
		}
	}
	// "新津、龙泉驿、彭州三个基地" counts bodies of a class; so does
	// "成都市24个重点片区".
	if reCountedStem.MatchString(stem) || reCountInside.MatchString(stem) {
		return
	}
	// "重要组成板块四川大学", "代表成都大学": a known name that ends the
	// words read is the name, unless what precedes it is a place or another
	// known body that owns it (成都市科学技术局, 中国科学院成都分院).
	if k := r.knownTail(stem, sr); k > 0 {
		stem, j = string([]rune(stem)[k:]), j+k
	}
	// "天府新城会议中心", "…有限公司会议室": a venue's name holds an event word.
	if sr.Kind == store.KindEvent && (e+1 < s.End && string(r.text[e:e+2]) == "中心" || e < s.End && strings.ContainsRune("室厅", r.text[e])) {
		return
	}
	// "中国特色世界一流大学": a class a university aims at.
	if sr.Kind == store.KindUniversity && (strings.Contains(stem, "一流") || strings.HasSuffix(stem, "特色")) {
		return
	}
	// "宜宾大学城": a university town is no university; "大学生" are students.
	if sr.Suffix == "大学" && e < s.End && (r.text[e] == '城' || r.text[e] == '生') {
		return
	}
	// "助推四川大学世界一流大学建设": a university named before the
	// suffix makes the rest a class it aims to be.
	if sr.Kind == store.KindUniversity && sr.Suffix == "大学" && strings.Contains(stem, "大学") {
		return
	}
	// "在加拿大学习": a country's name before 学习 is no university.
	if sr.Suffix == "大学" && e < s.End && r.text[e] == '习' {
		return
	}
	// "集中签约仪式", "现场签约仪式": an event of plain words is no name.
	if sr.Kind == store.KindEvent && plainEventStems[reCountedMeetings.ReplaceAllString(stem, "")] {
		return
	}
	name := stem + sr.Suffix
	// "成渝金融副中心", "西部国际门户枢纽", "西部金融中心": a role a plan gives a
	// city is no body (the annotated pages name none of 11 such roles).
	if reCityRole.MatchString(name) {
		return
	}
	// "中共彭州市委 彭州市人民政府关于…": a document's two issuers written
	// together are two bodies.
	if loc := reJoinedIssuers.FindStringSubmatchIndex(name); loc != nil && sr.Suffix == "人民政府" {
		cut := j + utf8.RuneCountInString(name[:loc[3]])
		next := j + utf8.RuneCountInString(name[:loc[4]])
		r.add(si, j, cut, name[:loc[3]], store.KindGovernmentAgency, "party-committee", 0.85)
		r.add(si, next, e, name[loc[4]:], store.KindGovernmentAgency, "suffix("+sr.Suffix+")", 0.85)
		return
	}
	kind := sr.Kind
	if pilotNamed(name, kind) {
		kind = store.KindPilotPlatform
	}
	// "X有限公司技术中心": a firm's own technology centre, an R&D unit of it.
	if sr.Suffix == "技术中心" && reFirmEnd.MatchString(stem) {
		kind = store.KindResearchInstitute
	}
	// "北航创新科技园": a park a university runs is a platform of its own.
	if kind == store.KindRegion && r.universityStart(stem) {
		kind = store.KindPlatform
	}
	// “锦诉办”企业诉求平台: the quoted word is the name, the rest says what
	// it is.
	// “创业天府·菁蓉汇”电子科技大学专场: a known body after the quote is
	// itself. An event's quoted title opens its name however long the
	// words after it ("“科创天府·智汇蓉城”电子科技大学湾区校友企业家恳谈会":
	// the annotated pages name 57 such events whole, 4 by the words after
	// the quote).
	_, known := r.gaz.Lookup(stem + sr.Suffix)
	if j > s.Start+2 && r.text[j-1] == '”' && (distinctLen(stem) <= 2 || kind == store.KindEvent) && !strings.ContainsFunc(stem, unicode.IsDigit) && !brandSuffixes[sr.Suffix] && !known {
		q := j - 2
		for q > s.Start && r.text[q] != '“' && j-q <= 14 {
			q--
		}
		if r.text[q] == '“' && q+1 < j-1 && !strings.ContainsFunc(string(r.text[q+1:j-1]), hardStop) {
			quoted := string(r.text[q+1 : j-1])
			// "24个“三个做优做强”重点片区": a count makes the quoted words
			// a class's label.
			if reCountInside.MatchString(string(r.text[max(s.Start, q-4):q])) {
				return
			}
			// “国家级”综合货运枢纽: a quoted rank is no name.
			if distinctLen(quoted) == 0 && !strings.ContainsFunc(quoted, unicode.IsDigit) {
				return
			}
			if stem == "" {
				// “先投后股”资金池: the suffix is part of the name.
				m := r.add(si, q+1, e, quoted+sr.Suffix, kind, "quoted-name", 0.8)
				m.Aliases = append(m.Aliases, quoted)
				return
			}
			if kind == store.KindEvent {
				// “新能源建圈强链”投资推介会: an event is named by its whole
				// title, with the year that opens it (2024年“…”…).
				full, start := quoted+stem+sr.Suffix, q+1
				if y := reYearEnd.FindString(string(r.text[max(s.Start, q-5):q])); y != "" {
					full, start = y+full, q-utf8.RuneCountInString(y)
				}
				m := r.add(si, start, e, full, kind, "quoted-name", 0.8)
				m.Aliases = append(m.Aliases, quoted)
				return
			}
			m := r.add(si, q+1, e, quoted, kind, "quoted-name", 0.8)
			m.Aliases = append(m.Aliases, quoted+stem+sr.Suffix)
			return
		}
	}
	// A brand's suffix ends the name: "成渝双城创投生态圈" uses the word as a
	// modifier, "成都科创投" holds the compound 科创投.
	if brandSuffixes[sr.Suffix] && (e < s.End && han(r.text[e]) && !r.wordStartsAt(s, e) ||
		strings.HasSuffix(stem, "科") || strings.ContainsAny(stem, "亿级")) {
		return
	}
	// "公司注册资本", "耐心资本": kinds of capital, no investor's brand.
	if sr.Suffix == "资本" && capitalKinds[name[max(0, len(name)-len("注册资本")):]] {
		return
	}
	// "园区观景平台": a deck to view a park from is no platform of the trade.
	if sr.Suffix == "平台" && (strings.HasSuffix(stem, "观景") || strings.HasSuffix(stem, "观光")) {
		return
	}
	relative := kind == store.KindGovernmentAgency && relativeStems[stem]
	rule := "suffix(" + sr.Suffix + ")"
	// What a verb of co-building introduces is one body, though its words
	// are plainer than a name's elsewhere ("共建精准医学临床转化平台").
	coBuilt := j >= s.Start+2 && reCoBuiltBefore.MatchString(string(r.text[max(s.Start, j-4):j])) && distinctLen(stem) >= 2 &&
		(e >= s.End || strings.ContainsRune(",。;:、)等和与及并", r.text[e]))
	// "成都产投集团下属科创投资集团": what a firm's holding word introduces
	// is one of its firms, plain as its words are.
	owned := sr.Kind == store.KindEnterprise && j >= s.Start+2 && ownedBefore[string(r.text[j-2:j])] && utf8.RuneCountInString(stem) >= 2 &&
		!strings.ContainsRune(stem, '子') && r.knownStart(stem) != store.KindRegion
	if !relative && !coBuilt && !owned && !r.distinctive(stem, sr) {
		if !r.subjectName(s, j, e, stem, sr) {
			return
		}
		rule = "suffix-subject"
	}
	if !relative && reFieldStem.MatchString(stem) {
		return
	}
	// "温江农高园三大产业功能区", "锦江区2019年产业功能区": a count of a
	// class or a year inside the words before the suffix says which of a
	// place's bodies are meant, not which one.
	if kind != store.KindEvent && reClassCount.MatchString(stem) {
		return
	}
	if e-j > maxName {
		return
	}
	conf := 0.85
	if rule == "suffix-subject" {
		conf = 0.65
	} else if sr.Weak {
		conf = 0.7
	}
	if kind == store.KindGovernmentAgency && strings.HasSuffix(name, "中心") && !agencyCentre.MatchString(name) {
		kind = store.KindPlatform
	}
	if singleEvent[sr.Suffix] && (utf8.RuneCountInString(stem) < 3 || distinctLen(stem) < 2 || reOrdinal.MatchString(stem) ||
		eventWords[string([]rune(stem)[utf8.RuneCountInString(stem)-1:])+sr.Suffix]) {
		return // "第四节", "中秋节": a section or a holiday
	}
	// A programme or event with a region's stem ("成都市科技创新券") or a
	// relative one is fine; one whose stem holds a verb phrase is not.
	if (kind == store.KindProgram || kind == store.KindEvent) && !programLike(stem) {
		return
	}
	// "…实验室(前沿医学中心)执行主任彭勇就实验室": a post and a person's
	// name inside the words read say the name ended before them.
	if sr.Kind != store.KindEvent && titleInside(stem) {
		return
	}
	// "实验室第一届学术委员会": a body's own committee of advisers is no
	// agency, nor a body the graph holds.
	if sr.Suffix == "委员会" && reInnerCommittee.MatchString(stem) {
		return
	}
	// "比原计划提前", "占年度计划的", "2020工作计划": a plan of work, of a
	// year or of a step is what a body means to do, no programme. No
	// annotated page names one.
	if sr.Kind == store.KindProgram && reGenericPlan.MatchString(stem) {
		return
	}
	// "配套项目计划投资2.5亿元": 计划 is the verb of the clause.
	if sr.Suffix == "计划" && rePlanVerb.MatchString(string(r.text[e:min(s.End, e+5)])) {
		return
	}
	if strings.HasSuffix(name, "债券") || strings.HasSuffix(name, "证券") {
		return // 券 of a bond is no voucher
	}
	// "保险公司", "金融租赁公司", "军工集团": a trade and its head name a
	// class of firms.
	if kind == store.KindEnterprise && reFirmClassName.MatchString(name) {
		return
	}
	m := r.add(si, j, e, name, kind, rule, conf)
	if builder != "" {
		m.Props = map[string]string{"builder": builder}
	}
	// "X大会暨Y对接会" is one event under a joint name; X alone names it too.
	if x, _, ok := strings.Cut(name, "暨"); ok && kind == store.KindEvent {
		if xr, ok := suffixOf(x); ok && xr.Kind == store.KindEvent {
			m.Aliases = append(m.Aliases, x)
		}
	}
	if strings.HasPrefix(name, "省部共建") && utf8.RuneCountInString(name) > 8 {
		m.Aliases = append(m.Aliases, name)
		m.Name = strings.TrimPrefix(name, "省部共建")
	}
}

// reTitleInside: a post followed by more words inside a name's stem.
var reTitleInside = regexp.MustCompile(`(主任|院长|校长|书记|教授|总经理|董事长|局长|区长|市长|所长|总裁|部长)\p{Han}{2,}`)

// titleInside reports a post inside a name's stem, where the post's first
// character does not close a place's name: "翠屏区长江工业园区" holds no
// 区长, but "区长张三主持" does.
func titleInside(stem string) bool {
	for _, loc := range reTitleInside.FindAllStringIndex(stem, -1) {
		rs := []rune(stem[:loc[0]])
		if c, _ := utf8.DecodeRuneInString(stem[loc[0]:]); !strings.ContainsRune("市区县", c) || !placeEnds(rs) {
			return true
		}
	}
	return false
}

// placeEnds reports that rs ends with a place's stem.
func placeEnds(rs []rune) bool {
	for l := min(4, len(rs)); l >= 2; l-- {
		if _, ok := placeStems[string(rs[len(rs)-l:])]; ok {
			return true
		}
	}
	return false
}

// reInnerCommittee: the stems of a body's advisory committees.
var reInnerCommittee = regexp.MustCompile(`(学术|专家|技术|顾问|咨询|伦理|理事|指导|编辑|编审)$`)

// rePlanVerb: the words after 计划 used as a verb.
// reGenericPlan ends the stem of a plan of work, of a period, of a step, of
// investment or of the economy (国民经济和社会发展计划), none a programme.
var reGenericPlan = regexp.MustCompile(`(原|按|年度|初步|工作|系列|前景|既定|全年|月度|季度|采购|招生|生产|投资|社会发展)$`)

var rePlanVerb = regexp.MustCompile(`^(\d{4}年|总投资|投资|投入|建设|建成|建立|设立|组建|新建|用地|开工|于|在|到|今年|明年|年内|年底|实现|完成|引进|招引|打造|布局|新增|开展|推出|启动|举办)`)

// reCountedStem: a stem that ends in a number and a counter.
var reCountedStem = regexp.MustCompile(`[\d一二三四五六七八九十两几多]+[个家所项座大类批]$`)

// pilotNamed: a platform, base or centre whose last words say it does
// pilot runs ("…中试验证中心", "…中试服务基地") is a pilot platform.
func pilotNamed(name string, kind store.Kind) bool {
	if kind != store.KindPlatform {
		return false
	}
	rs := []rune(name)
	return strings.Contains(string(rs[max(0, len(rs)-7):]), "中试")
}

// subjectName accepts a plain-worded name that opens a clause and then
// sets out what it builds or focuses on: "生命科学创新区重点突破发展…",
// "新一代信息技术创新基地重点聚焦…". Planning texts introduce their zones
// and facilities this way; a class noun in that place ("技术创新中心重点…")
// still needs one word of its own in the stem.
func (r *recognizer) subjectName(s Span, j, e int, stem string, sr suffixRule) bool {
	if sr.Kind == store.KindProgram || sr.Kind == store.KindEvent || sr.Kind == store.KindEnterprise ||
		utf8.RuneCountInString(stem) < 3 || distinctLen(stem) < 1 {
		return false
	}
	if j > s.Start && !strings.ContainsRune(",;:。·", r.text[j-1]) {
		return false
	}
	return reSubjectVerb.MatchString(string(r.text[e:min(s.End, e+8)]))
}

// launched finds plain-worded programmes that a verb of launching
// introduces and that end their clause: "实施中试工程师培育计划,",
// "启动青年科学家支持行动。". The words between the verb and the head are
// the name, verbs among them included ("培育", "提升"); a stem of generic
// words only ("实施人才培育计划") still names a kind of programme.
func (r *recognizer) launched(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reLaunched.FindAllStringSubmatchIndex(str, -1) {
		start := s.Start + utf8.RuneCountInString(str[:loc[2]])
		end := s.Start + utf8.RuneCountInString(str[:loc[3]])
		if end < s.End && !strings.ContainsRune(",。;、等", r.text[end]) {
			continue
		}
		name := str[loc[2]:loc[3]]
		sr, _ := suffixOf(name)
		stem := strings.TrimSuffix(name, sr.Suffix)
		if utf8.RuneCountInString(stem) < 4 || distinctLen(stem) < 1 || reLaunch.MatchString(stem) {
			continue
		}
		r.add(si, start, end, name, store.KindProgram, "programme-verb", 0.6)
	}
}

var reLaunched = regexp.MustCompile(`(?:实施|启动|开展|推出|深入实施|组织实施|依托)([^,。;:、“”《》()\s]{4,16}?(?:行动计划|计划|行动|工程))`)

var reLaunch = regexp.MustCompile(`(实施|启动|开展|推出)`)

// rePlannedSize: the size a plan gives a zone, after 规划 (规划面积).
var rePlannedSize = regexp.MustCompile(`^(总)?(面积|用地|占地)`)

var reSubjectVerb = regexp.MustCompile(`^(要|将)?(重点|着力|加快|率先|集中)(建设|发展|突破|聚焦|围绕|夯实|布局|打造|培育)`)

// reClassCount: a count of a class ("三大", "四地"), a year or a scale
// ("千亿") inside a name's stem.
var reClassCount = regexp.MustCompile(`[两三四五六七八九十]+(大|地|市)(\p{Han}|$)|\d{4}年|[百千万]亿级?`)

// reFieldStem: "先进能源领域实验室" names labs of a field, not one lab.
var reFieldStem = regexp.MustCompile(`(领域|方面|类|等)$`)

// classAfter are words that follow a suffix word used as a class noun.
var classAfter = wordSet(`体系 网络 集群 布局 建设 管理 运行 机制 模式 载体 矩阵 能级 资源 方案 办法 政策 规划 意见 细则 位置 地带 地段`)

// countyPark reports a park named after its district or county and 工业
// ("珙县工业园区", "翠屏区长江工业园区"), which the plain words would
// leave a class; a city's industrial parks (宜宾市工业园区建设) are many.
func countyPark(stem string, sr suffixRule) bool {
	if !strings.HasSuffix(stem, "工业") || sr.Kind != store.KindRegion {
		return false
	}
	if countyLead(stem) {
		return true
	}
	rs := []rune(stem)
	l := placeLead(rs, 2)
	return l > 0 && strings.ContainsRune("区县", rs[l-1])
}

// verbAfter are the words of classAfter that also start a clause as verbs.
var verbAfter = wordSet(`建设 布局 管理 运行`)

// leadNumber returns the length of a number of one or two digits (and a
// space) that starts s before a Chinese character.
func leadNumber(s string) int {
	rs := []rune(s)
	n := 0
	for n < len(rs) && n < 3 && unicode.IsDigit(rs[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return 0
	}
	if n < len(rs) && rs[n] == ' ' {
		n++
	}
	if n < len(rs) && han(rs[n]) {
		return n
	}
	return 0
}

var reLevelStem = regexp.MustCompile(`^\p{Han}{0,6}?(市级|省级|区级|县级|国家级)$`)

// knownTail returns where, in stem, a name of the gazetteer starts that
// runs to the suffix, when the words before it are neither a place nor a
// known body; 0 when there is none.
func (r *recognizer) knownTail(stem string, sr suffixRule) int {
	rs := []rune(stem)
	for k := 1; k < len(rs); k++ {
		e, ok := r.gaz.Lookup(string(rs[k:]) + sr.Suffix)
		if !ok || e.Kind != sr.Kind {
			continue
		}
		lead := rs[:k]
		if _, known := r.gaz.Lookup(string(lead)); known || placeLead(lead, 0) == len(lead) || len(lead) < 2 {
			return 0
		}
		return k
	}
	return 0
}

// reCountInside: a count inside the words before a suffix.
var reCountInside = regexp.MustCompile(`(\d+|[一二三四五六七八九十两几百千]+)(个|家|条|项|座|所|批)|[二三四五六七八九十两几]大`)

// reDateline: the dateline of a wire story, "…8月8日电(记者 某某)".
var reDateline = regexp.MustCompile(`^.*\d{1,2}日(电|讯)\s*(\([^)]{1,14}\))?`)

// reYearEnd: a year that ends the words before a quoted title.
var reYearEnd = regexp.MustCompile(`(19|20)\d{2}年?$`)

// reSpanOfTime: "238天", "3个月", a span of time that opens a stem (a
// year opens an event's name: "2026天府…荟").
var reSpanOfTime = regexp.MustCompile(`^\d{1,3}(天|个月|周)`)

// reYearLead: a year, perhaps after 继, that opens a stem.
var reYearLead = regexp.MustCompile(`^继?(19|20)\d{2}年(度|以来|底|初|末)?`)

// reTermLead: the term of a congress or a committee, "第十三届".
var reTermLead = regexp.MustCompile(`^第[一二三四五六七八九十\d]{1,3}届`)

// reMinistryLead: a ministry's name, "冶金部", "商务部".
var reMinistryLead = regexp.MustCompile(`^\p{Han}{1,3}部\p{Han}{2,}`)

// reLayoutSlogan: "一核三基地", "一城两翼四片区" sum up a layout.
var reLayoutSlogan = regexp.MustCompile(`^[一二三四五六七八九十两多][^一带][一二三四五六七八九十两多]\p{Han}{0,2}$`)

var reCoBuiltBefore = regexp.MustCompile(`(共建|共同建设|联合建设|组建|设立)$`)

var reMeasureStem = regexp.MustCompile(`^[\d.]+[万千百]?(亩|平方米|平方公里|吨|米|公里|台|套)`)

var reCounter = regexp.MustCompile(`^[\d一二三四五六七八九十百千万两几多余]+[个家所项名批座类支条位款大]`)

// reVerbBeforePlace: verbs that a place's name follows in a clause.
var reVerbBeforePlace = regexp.MustCompile(`^(来形容|形容|服务于|服务)`)

// trimStem drops counters ("8个") and leading generic modifiers that
// introduce a name rather than belong to it.
func trimStem(stem string, j int) (string, int) {
	for {
		// A counter goes with its number ("3个百亿级产业园区"), so it is cut
		// first.
		if m := reCounter.FindString(stem); m != "" {
			stem, j = stem[len(m):], j+utf8.RuneCountInString(m)
			continue
		}
		// "专栏19 天府实验室": a short number before the name numbers a
		// column or a list; a year ("2026天府…荟") stays.
		if n := leadNumber(stem); n > 0 && utf8.RuneCountInString(stem) > n+1 {
			stem, j = string([]rune(stem)[n:]), j+n
			continue
		}
		// "历时238天四川成都航空产业园": a span of time is no part of a name.
		if m := reSpanOfTime.FindString(stem); m != "" && utf8.RuneCountInString(stem) > utf8.RuneCountInString(m)+1 {
			stem, j = stem[len(m):], j+utf8.RuneCountInString(m)
			continue
		}
		// "原成都科技大学": the former name of a body, 原 is no part of it.
		if rest, ok := strings.CutPrefix(stem, "原"); ok && placeAt([]rune(rest)) {
			stem, j = rest, j+1
			continue
		}
		// "服务绵阳科技城", "来形容生物城": a verb before a place opens the
		// clause, not the name.
		if w := reVerbBeforePlace.FindString(stem); w != "" {
			if rest := stem[len(w):]; rest == "" || placeAt([]rune(rest)) || strings.HasPrefix(rest, "中国(") {
				stem, j = rest, j+utf8.RuneCountInString(w)
				continue
			}
		}
		cut := false
		for _, w := range []string{"千亿级", "百亿级", "万亿级", "急需紧缺", "急需", "紧缺", "一批", "若干", "多个", "首个", "首家", "全国首个", "国内首个", "全球首个", "各类", "相关", "有关", "其他", "现有", "已有", "新建", "首批", "一流", "世界一流", "高水平", "高质量", "国家级", "省级", "市级"} {
			if strings.HasPrefix(stem, w) && utf8.RuneCountInString(stem) > utf8.RuneCountInString(w)+1 {
				stem, j = stem[len(w):], j+utf8.RuneCountInString(w)
				cut = true
				break
			}
		}
		if !cut {
			return stem, j
		}
	}
}

// reFirmClassInside: a class of firms inside the words before a firm's
// suffix, the last one.
var reFirmClassInside = regexp.MustCompile(`.*(企业|厂商|供应商|服务商|制造商|承建方|建设方|投资方|运营方|合作方|签约方)|^公司`)

// reFirmClassName: a class of firms named by its trade alone.
var reFirmClassName = regexp.MustCompile(`^(新设|各|大型|国外|中央)?(保险|军工|中央军工|商业|消费金融|金融租赁|飞机租赁|融资租赁|汽车金融|货币经纪|运输航空|航空|IT|互联网|新三板|电力|体育产业|独立运营|注册|种业|产业|平台|投资|担保|物流|快递)(集团)?(公司|集团|银行)$`)

// reRankedClass: a class of firms with a rank, "独角兽企业", "高科技企业".
var reRankedClass = regexp.MustCompile(`(独角兽|高科技|高新技术|龙头|领军|链主|知名|骨干|科技型|上市|领先)(企业|公司)$`)

// associationSuffixes end the names of associations and alliances.
var associationSuffixes = wordSet(`联盟 联合会 协会 促进会 同学会`)

// clauseHas says whether the clause that goes on from i holds word.
func (r *recognizer) clauseHas(s Span, i int, word string) bool {
	k := i
	for k < s.End && !strings.ContainsRune(",;。:!?", r.text[k]) {
		k++
	}
	return strings.Contains(string(r.text[i:k]), word)
}

// subsidiaries: "宁德时代全资子公司四川时代的…", "向子公司成都億緯鋰能增资" —
// the name after a subsidiary's class, up to a word that ends names, is a
// firm's, however short; a legal name there the suffix rules read whole.
func (r *recognizer) subsidiaries(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reSubsidiaryHead.FindAllStringIndex(str, -1) {
		k := s.Start + utf8.RuneCountInString(str[:loc[1]])
		e := k
		stop := func(e int) bool {
			return !han(r.text[e]) || strings.ContainsRune("的在与和及等将已于是为", r.text[e]) || reSubsidiaryVerb.MatchString(string(r.text[e:min(s.End, e+2)]))
		}
		for e < s.End && e-k < 10 && !stop(e) {
			e++
		}
		if n := e - k; n < 2 || n == 10 || endsWithSuffix(string(r.text[k:e])) {
			continue
		}
		r.add(si, k, e, string(r.text[k:e]), store.KindEnterprise, "subsidiary", 0.6)
	}
}

// reDesignation: a title the state or the province gives a park or a base.
var reDesignation = regexp.MustCompile(`^(国家|国家级|四川省|省级|省)\p{Han}*?(示范|试点|首批|绿色|生态)\p{Han}*(园区|园|基地|示范区)$`)

// reSubsidiaryVerb: the verbs that end a subsidiary's name after it.
var reSubsidiaryVerb = regexp.MustCompile(`^(增资|投资|签约|落户|建设|成立|位于|注册|正式|负责|主要|开展)`)

// reSubsidiaryHead: a subsidiary's class before its name.
var reSubsidiaryHead = regexp.MustCompile(`(全资|控股|下属|所属|向)子公司`)

// reSubsidiaryClass: a subsidiary named by its class, "全资子公司".
var reSubsidiaryClass = regexp.MustCompile(`(全资|控股|下属|其|的|家|个|参股)子公司$`)

// agencySuffix reports a suffix word that ends a government's department.
func agencySuffix(w string) bool {
	for _, sr := range suffixRules {
		if sr.Suffix == w {
			return sr.Kind == store.KindGovernmentAgency
		}
	}
	return false
}

// leftBound returns where the name ending at e (suffix from p) starts: at
// a character no name spans, or after a word that introduces names. A
// conjunction (与, 和, 及) or 在 inside a name ("光电科学与技术实验室",
// "泛在互联") is passed over when what precedes it is no name itself.
func (r *recognizer) leftBound(s Span, p, e int) int {
	j := p
	passed := false
	for j > s.Start {
		c := r.text[j-1]
		if c == ')' {
			// "西部(成都)科学城": a short bracket inside a name.
			k := j - 2
			for k > s.Start && r.text[k] != '(' && j-k < 10 {
				k--
			}
			// "孟某副院长(左一)出席…": a person's place in a photograph.
			if k >= s.Start && r.text[k] == '(' && k > s.Start && nameRune(r.text[k-1]) && !rePhotoPlace.MatchString(string(r.text[k+1:j-1])) {
				j = k
				continue
			}
			return j
		}
		if hardStop(c) || !nameRune(c) || c == '(' {
			break
		}
		// "第四条 成都市…委员会": an article's number, whose space the
		// cleaning removed, opens the clause; so does a date,
		// "12月23日天府永兴实验室正式揭牌".
		if c == '条' && articleNumberEnds(r.text[s.Start:j]) || c == '日' && reDateEnds.MatchString(string(r.text[max(s.Start, j-6):j])) ||
			c == '月' && reMonthEnds.MatchString(string(r.text[max(s.Start, j-3):j])) {
			break
		}
		// "乐山X有限公司系成都Y股份有限公司全资子公司": 系 after a firm's
		// legal form says what the firm is.
		if c == '系' && j-3 >= s.Start && string(r.text[j-3:j-1]) == "公司" {
			break
		}
		// "据星际荣耀公司介绍": 据 opening a clause introduces a source.
		if c == '据' && (j-1 == s.Start || !nameRune(r.text[j-2]) || hardStop(r.text[j-2])) {
			break
		}
		if w := r.boundaryAt(s, j); w > 0 {
			if w == 1 && r.exception(s, j) {
				j--
				continue
			}
			// "中国建设银行四川分行": a name the graph or the lexicon knows
			// holds the word (建设), and the name read goes on past it.
			if st := r.knownOver(s, j-w, j, p); st >= 0 {
				j = st
				continue
			}
			// "成都某某供应链服务有限公司": a firm's trade (供应链) holds the
			// verb 供应; a centre or a platform so named is a class of
			// them (供应链金融中心) and is cut there as before.
			if w == 2 && string(r.text[j-2:j]) == "供应" && j < e && r.text[j] == '链' && strings.HasSuffix(string(r.text[p:e]), "公司") {
				j -= 2
				continue
			}
			// "建设路街道办事处": a road named by a verb is part of the name.
			if w >= 2 && j < p && (r.text[j] == '路' || r.text[j] == '街' || j+1 < p && string(r.text[j:j+2]) == "大道") {
				j -= w
				continue
			}

			// "两江协同创新区", "天府协同创新中心": 协同 before 创新 is part
			// of the name, as a verb it is followed by other words.
			if w == 2 && string(r.text[j-2:j]) == "协同" && j+2 <= e && string(r.text[j:j+2]) == "创新" {
				j -= 2
				continue
			}
			// "共建成都生物材料中试基地": the word read is 建成, but a shorter
			// one (共建) ends just before a place that starts the name.
			if w >= 2 && j-1 < p && placeAt(r.text[j-1:p]) && r.boundaryAt(s, j-1) > 0 {
				j--
				break
			}
			conj := strings.ContainsRune("与和及", c)
			// "学校与成都东部新区管委会": a place right after the conjunction
			// starts a name of its own.
			if conj && placeAt(r.text[j:p]) {
				break
			}
			// "四川省经信委和省教育厅": so does 省, 市 or 区 before an
			// agency's words, the level of a government's department.
			if conj && j+1 <= p && strings.ContainsRune("省市区县州", r.text[j]) && agencySuffix(string(r.text[p:e])) {
				break
			}
			// "成都经开区与德国欧洲中小企业中国合作中心": a known place right
			// before 与 is a party of its own, not the first half of a name;
			// an event's name holds both ("内江市与电子科技大学…座谈会").
			if c == '与' && r.regionEnds(s, j-1) && !eventSuffix(string(r.text[p:e])) {
				break
			}
			// "四川联通与…大学": so is a carrier's branch.
			if c == '与' && j-3 >= s.Start && carriers[string(r.text[j-3:j-1])] && !eventSuffix(string(r.text[p:e])) {
				break
			}
			// What precedes a one-character conjunction, 在 or 为: the run
			// of name characters that ends before it.
			k := j - 1
			q := k
			if w == 1 && k > s.Start && (conj || c == '在' || c == '为') {
				q = r.runStart(s, k)
			}
			// "工业和信息化部软件与集成电路促进中心": a known name runs over
			// the conjunction, whatever was passed before it.
			if conj && q < k && r.knownAcross(q, j, p) {
				j = q
				continue
			}
			// "中国航发成发与香投集团": a firm's name holds no 与 (one in the
			// 7,600 names of the annotated pages did), two firms do.
			if c == '与' && (strings.HasSuffix(string(r.text[p:e]), "公司") || strings.HasSuffix(string(r.text[p:e]), "集团")) {
				break
			}
			// "天府轻动与西北工业大学先进动力研究院": a university or a firm
			// the graph knows opens the second party's name. An event's
			// name may hold both ("内江市与电子科技大学校地合作交流座谈会").
			if k := r.knownStart(string(r.text[j:p])); conj && (k == store.KindUniversity || k == store.KindEnterprise) && !r.knownAcross(r.runStart(s, j-1), j, p) &&
				!eventSuffix(string(r.text[p:e])) {
				break
			}
			// "四川国为制药有限公司": 在 or 为 before a bare trade is inside
			// the brand. Before an event's name 在 says where ("在西博会上").
			if !passed && w == 1 && (conj || c == '在' && r.weakStem(j, p) && !eventSuffix(string(r.text[p:e])) || (c == '在' || c == '为') && reBareTrade.MatchString(string(r.text[j:p]))) && j-1 > s.Start && j < p {
				left := string(r.text[q:k])
				// "公司与中国电子科技集团公司第十研究所": a bare class noun on the
				// left is the subject, not the first half of a name.
				// "希望能与川投集团": a modal verb or an adverb before the
				// conjunction is a word of the clause, not half a name.
				if q < k && !(k-q == 1 && strings.Contains("能将要会可想愿已也还并再又均都", left)) && !endsWithSuffix(left) && r.gazEnd(left) == "" && distinctLen(left) > 0 && !bareClass(left) && !reClassItem.MatchString(left) &&
					!strings.HasSuffix(left, "政府") && !reRound.MatchString(left) {
					passed = true
					j = q
					continue
				}
			}
			break
		}
		j--
		if e-j > maxName {
			return -1
		}
	}
	return j
}

// selfBody: the page's own body, named by what it is ("我校", "本院").
const selfBody = `(我|本|该)(校|院|所|市|区|县|省|局|委|司|会)`

var (
	// reSelfBody: the page's own body alone.
	reSelfBody = regexp.MustCompile(`^` + selfBody + `$`)
	// reSelfAnd: the page's own body and a conjunction.
	reSelfAnd = regexp.MustCompile(`^` + selfBody + `(与|和|同|及)`)
)

// reDateEnds: a day of a month that ends right before a name.
var reDateEnds = regexp.MustCompile(`\d{1,2}月\d{1,2}日$`)

// reMonthEnds: a month that ends right before a name, "1964年10月峨眉…".
var reMonthEnds = regexp.MustCompile(`\d{1,2}月$`)

// articleNumberEnds reports text that ends with an article's number:
// "第四条", "第十二条".
func articleNumberEnds(rs []rune) bool {
	i := len(rs) - 1 // at 条
	for i > 0 && strings.ContainsRune("一二三四五六七八九十百零", rs[i-1]) {
		i--
	}
	return i > 0 && i < len(rs)-1 && rs[i-1] == '第'
}

// exception reports a one-character boundary word at j-1 that is part of
// a word belonging inside names ("自由", "经济").
func (r *recognizer) exception(s Span, j int) bool {
	if j-2 >= s.Start && boundaryExceptions[string(r.text[j-2:j])] {
		return true
	}
	return j < s.End && boundaryExceptions[string(r.text[j-1:j+1])]
}

// regionEnds reports a region of the gazetteer whose name ends at k.
func (r *recognizer) regionEnds(s Span, k int) bool {
	name := r.gazEnd(string(r.text[max(s.Start, k-10):k]))
	e, ok := r.gaz.Lookup(name)
	return name != "" && ok && e.Kind == store.KindRegion
}

// runStart returns where the run of name characters that ends at k starts:
// back to a character no name spans or to a word that introduces names.
func (r *recognizer) runStart(s Span, k int) int {
	q := k
	for q > s.Start && !hardStop(r.text[q-1]) && nameRune(r.text[q-1]) && r.boundaryAt(s, q) == 0 {
		q--
	}
	return q
}

// knownOver returns where a known name starts that holds the word from ws
// to we and ends past it, before p; -1 when none does. Places and
// industries are left out: a name that opens with one goes on as its own.
func (r *recognizer) knownOver(s Span, ws, we, p int) int {
	for x := min(p, we+6); x > we; x-- {
		if !r.gaz.last[r.text[x-1]] {
			continue
		}
		for st := max(s.Start, ws-6); st <= ws; st++ {
			if !r.gaz.first[r.text[st]] {
				continue
			}
			if e, ok := r.gaz.Lookup(string(r.text[st:x])); ok && e.Kind != store.KindRegion && e.Kind != store.KindIndustryChain {
				return st
			}
		}
	}
	return -1
}

// knownAcross reports a known body's name that starts at q and runs past
// the conjunction before j, ending by p: 工业和信息化部 in
// "工业和信息化部软件与集成电路促进中心".
func (r *recognizer) knownAcross(q, j, p int) bool {
	for x := min(p, q+12); x > j; x-- {
		if e, ok := r.gaz.Lookup(string(r.text[q:x])); ok && e.Kind != store.KindRegion && e.Kind != store.KindIndustryChain {
			return true
		}
	}
	return false
}

// reCountedMeetings: a count of meetings before their plain words, "两场视频会议".
var reCountedMeetings = regexp.MustCompile(`^[一二两三四五六七八九十几多\d]+场`)

// reRound: a round or batch that opens a clause, "第一轮与A签约".
var reRound = regexp.MustCompile(`^第[一二三四五六七八九十\d]+[轮批次期]$`)

// rePhotoPlace: where a person stands in a photograph, in brackets after
// the name: (左一), (右二), (前排中).
var rePhotoPlace = regexp.MustCompile(`^(前排|后排|中排)?(左|右|中)[一二三四五六七八九十\d]?$`)

// reBareTrade: a trade alone before a firm's legal form, which names no
// firm without the brand before it (制药有限公司).
var reBareTrade = regexp.MustCompile(`^(制药|药业|科技|软件|电子|生物|医药|信息|网络|能源|材料|化工|电气|机械|实业|贸易|投资)(股份)?$`)

// weakStem reports a stem that is too generic to stand as a name yet.
func (r *recognizer) weakStem(j, p int) bool {
	return distinctLen(string(r.text[j:p])) < 2
}

// boundaryAt returns the length of an introducing word that ends at j, or 0.
func (r *recognizer) boundaryAt(s Span, j int) int {
	for l := 4; l >= 1; l-- {
		if j-l < s.Start {
			continue
		}
		if w := string(r.text[j-l : j]); boundaryWords[w] && !(l > 1 && r.wordAcross(s, j-l, j, w)) {
			return l
		}
	}
	return 0
}

// wordAcross reports a word of boundaryExceptions that starts at i and
// runs past j, or ends at j and starts before i, so that the boundary word
// from i to j is part of it: "代表" in "人民代表大会", "利用" in "综合利用".
func (r *recognizer) wordAcross(s Span, i, j int, w string) bool {
	for n := j - i + 1; n <= j-i+2 && i+n <= s.End; n++ {
		if boundaryExceptions[string(r.text[i:i+n])] {
			return true
		}
	}
	if !exceptionTails[w] {
		return false
	}
	for k := i - 1; k >= i-2 && k >= s.Start; k-- {
		if boundaryExceptions[string(r.text[k:j])] {
			return true
		}
	}
	return false
}

// bareClass reports a class noun standing alone ("实验室", "该公司"), which
// before 与 is the subject that the sentence goes on about.
func bareClass(s string) bool {
	s = strings.TrimPrefix(s, "该")
	for _, sr := range suffixRules {
		if s == sr.Suffix {
			return true
		}
	}
	return false
}

func endsWithSuffix(s string) bool {
	for _, sr := range suffixRules {
		if strings.HasSuffix(s, sr.Suffix) && utf8.RuneCountInString(s) > utf8.RuneCountInString(sr.Suffix) {
			return true
		}
	}
	rs := []rune(s)
	if len(rs) >= 2 && strings.ContainsRune(regionSingle, rs[len(rs)-1]) {
		_, ok := placeStems[string(rs[:len(rs)-1])]
		return ok
	}
	return false
}

// universityStart reports whether stem opens with a known university's
// name or short name.
func (r *recognizer) universityStart(stem string) bool {
	return r.knownStart(stem) == store.KindUniversity
}

// knownStart returns the kind of the longest known name that stem opens
// with, or "".
func (r *recognizer) knownStart(stem string) store.Kind {
	rs := []rune(stem)
	for l := min(len(rs), r.gaz.maxLen); l >= 2; l-- {
		if e, ok := r.gaz.byKey[key(string(rs[:l]))]; ok {
			return e.Kind
		}
	}
	return ""
}

// gazStart reports whether rs starts with a known name of two characters
// or more that it goes on after.
func (r *recognizer) gazStart(rs []rune) bool {
	return len(rs) > 0 && r.knownStart(string(rs[:len(rs)-1])) != ""
}

// gazEnd returns the known name that s ends with, if any.
func (r *recognizer) gazEnd(s string) string {
	rs := []rune(s)
	for i := range rs {
		if len(rs)-i < 2 {
			break
		}
		if e, ok := r.gaz.byKey[key(string(rs[i:]))]; ok {
			return e.Name
		}
	}
	return ""
}

// genericAt is the length of the longest generic word at rs[i:] (up to six
// runes), 0 when none starts there.
func genericAt(rs []rune, i int) int {
	for k := min(6, len(rs)-i); k >= 1; k-- {
		if genericWords[string(rs[i:i+k])] {
			return k
		}
	}
	return 0
}

// distinctLen counts the code points of s left once generic words (国家,
// 重点, 创新, …) are taken out, matching the longest generic word first.
func distinctLen(s string) int {
	rs := []rune(s)
	n := 0
	for i := 0; i < len(rs); {
		l := genericAt(rs, i)
		if l == 0 {
			// Numbers, dates and counters ("7个", "2026年") name nothing.
			if (han(rs[i]) || unicode.IsLetter(rs[i])) && !(i > 0 && unicode.IsDigit(rs[i-1]) && strings.ContainsRune(measures, rs[i])) {
				n++
			}
			i++
			continue
		}
		i += l
	}
	return n
}

// measures are the counters and units that follow numbers.
const measures = "个家所项名批座类支条位款年月日号期届次"

// distinctive decides whether stem+suffix names one body rather than a
// class of them.
func (r *recognizer) distinctive(stem string, sr suffixRule) bool {
	if utf8.RuneCountInString(stem) < 2 {
		return false
	}
	// A brand is a short word of its own before 药业, 创投 or 资本; longer
	// stems are phrases ("成渝两地国有创投"), generic ones classes (社会资本).
	if brandSuffixes[sr.Suffix] {
		// "四川新绿色药业": the place before the brand is no part of it.
		brand := stem
		if rs := []rune(stem); len(rs) > 4 {
			brand = string(rs[placeLead(rs, 2):])
		}
		n := utf8.RuneCountInString(brand)
		return n <= 4 && distinctLen(brand) >= 2 && !strings.ContainsFunc(brand, unicode.IsDigit)
	}
	if onlyDigits(stem) {
		return false
	}
	// A place's office of management is an agency
	// (成都市城市运行和政务服务管理办公室); a body's is a unit of the body
	// (大学科技园管理办公室).
	if sr.Suffix == "管理办公室" {
		return slices.ContainsFunc(placeStemList, func(p string) bool { return strings.HasPrefix(stem, p) }) && !endsWithSuffix(stem)
	}
	d := distinctLen(stem)
	// Science cities and new areas have names of plain words: 未来科技城.
	if !sr.Weak && sr.Kind == store.KindRegion {
		return true
	}
	// A place stem makes a name of a generic word: "成都超算中心".
	for _, p := range placeStemList {
		if strings.HasPrefix(stem, p) {
			// "成都市中心" is downtown: a city and its level alone make no
			// name of a generic word.
			if rest := strings.TrimPrefix(stem, p); utf8.RuneCountInString(rest) == 1 && strings.ContainsRune("省市区县州", []rune(rest)[0]) {
				return !sr.Weak
			}
			// A company needs a word of its own after the place: "四川上市
			// 公司" is a class.
			if sr.Suffix == "公司" && !strings.HasSuffix(stem, "集团") {
				return distinctLen(industryWords(strings.TrimPrefix(stem, p))) >= 1
			}
			return !sr.Weak || d >= 1 || utf8.RuneCountInString(stem) > utf8.RuneCountInString(p)
		}
	}
	// So does a county known by its full name only: "珙县工业园区".
	if countyLead(stem) {
		return true
	}
	// So does a known body's name that opens it: "北航创新科技园".
	rs := []rune(stem)
	if k := r.knownStart(stem); k != "" && k != store.KindRegion {
		return true
	}
	// So does a name inside the stem: "科创生态岛重大科技成果展览馆".
	for l := len(rs); l >= 3; l-- {
		if endsWithSuffix(string(rs[:l])) {
			// A brand's word inside says nothing: "国有资本运营公司".
			if sr, ok := suffixOf(string(rs[:l])); ok && brandSuffixes[sr.Suffix] {
				continue
			}
			return true
		}
	}
	switch {
	case sr.Kind == store.KindProgram && len(rs) >= 4 && strings.HasPrefix(stem, "国家"):
		// National programmes have generic-sounding names: 国家重点研发计划.
		return true
	case strings.HasPrefix(stem, "国家") && !strings.HasPrefix(stem, "国家级") && d >= 2 && !strings.HasSuffix(sr.Suffix, "平台"):
		// So do national centres and funds: 国家精准医学产业创新中心 (a
		// national platform is more often a class: 国家集成攻关大平台).
		return true
	case sr.Kind == store.KindEvent:
		// "2018年网络安全博览会", "第五届…": an edition makes a name of
		// a field's fair.
		if loc := reEdition.FindStringIndex(stem); loc != nil && loc[0] == 0 && utf8.RuneCountInString(stem[loc[1]:]) >= 2 {
			return true
		}
		return distinctLen(meetingWords.Replace(stem)) >= 2
	case sr.Suffix == "公司":
		// "人工智能公司", "新能源科技公司": a firm of a field, no name (a
		// group is named so: 成都产业集团).
		return distinctLen(industryWords(stem)) >= 2
	case !sr.Weak || sr.Kind == store.KindProgram || sr.Kind == store.KindEnterprise:
		return d >= 2
	}
	return d >= 3
}

// reEdition: the year or the number of an event's edition.
var reEdition = regexp.MustCompile(`(19|20)\d{2}年?(第[\d一二三四五六七八九十百]+(届|次|期))?|第[\d一二三四五六七八九十百]+(届|次|期)`)

// industryWords blanks the names of industries in a stem, which say what a
// firm does and not which firm it is.
func industryWords(stem string) string {
	rs := []rune(stem)
	var out []rune
	for i := 0; i < len(rs); {
		l := 0
		for n := min(len(rs)-i, 6); n >= 2; n-- {
			if industryTerms[string(rs[i:i+n])] {
				l = n
				break
			}
		}
		if l > 0 {
			i += l
			continue
		}
		out = append(out, rs[i])
		i++
	}
	return string(out)
}

// meetingWords say what kind of meeting an event is and name none of its
// own: "联席会议", "精准对接会", "会议论坛". 高峰 is not among them: the sets
// annotate a bare 高峰论坛 among a summit's events.
var meetingWords = strings.NewReplacer(func() []string {
	var out []string
	for _, w := range strings.Fields(`集中 签约 开工 投产 竣工 启动 开幕 揭牌 路演 学术 联席 专题 推进 对接 洽谈 推介 座谈
		交流 战略 现场 年度 全体 首次 第一次 主题 精准 会议 线上 线下 网络`) {
		out = append(out, w, "")
	}
	return out
}()...)

// wordStartsAt reports a word that ends names (a verb, a preposition, a
// conjunction) starting at e.
func (r *recognizer) wordStartsAt(s Span, e int) bool {
	for l := 1; l <= 4 && e+l <= s.End; l++ {
		if boundaryWords[string(r.text[e:e+l])] {
			return true
		}
	}
	return false
}

// brandSuffixes end the names of firms known by their brands.
var brandSuffixes = wordSet(`药业 创投 资本`)

func onlyDigits(s string) bool {
	for _, c := range s {
		if !unicode.IsDigit(c) && c != '.' {
			return false
		}
	}
	return true
}

// programLike accepts stems of programmes and events that read as names:
// no verb phrase of the kind "加快建设" inside.
func programLike(stem string) bool {
	for _, w := range programVerbs {
		if strings.Contains(stem, w) {
			return false
		}
	}
	return true
}

var programVerbs = strings.Fields(`出席 参加 参与 召开 举行 加快 建设 推动 推进 支持 鼓励 实施 开展 组织 举办 赋予 构建 完善 提升 贯彻 落实 用好 发挥`)

// selectMentions resolves overlaps: longer names win, then more confident
// rules; a mention inside a book title only when it is that title.
func selectMentions(ms []Mention) []Mention {
	sort.SliceStable(ms, func(i, j int) bool {
		li, lj := ms[i].End-ms[i].Start, ms[j].End-ms[j].Start
		if li != lj {
			return li > lj
		}
		if ms[i].Conf != ms[j].Conf {
			return ms[i].Conf > ms[j].Conf
		}
		return ms[i].Start < ms[j].Start
	})
	// The code points taken so far: a mention is kept when it takes none
	// of them (testing it against every kept one grew with the square of
	// a long text).
	var out []Mention
	end := 0
	for _, m := range ms {
		end = max(end, m.End)
	}
	taken := make([]bool, end)
	for _, m := range ms {
		ok := true
		for k := m.Start; k < m.End; k++ {
			if taken[k] {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, m)
			for k := m.Start; k < m.End; k++ {
				taken[k] = true
			}
		}
	}
	return out
}

// bankOf reads the bank a branch names, "国家开发银行四川省分行"; the branch
// of a public bank (中国人民银行成都分行) is an agency as its bank is.
func (r *recognizer) bankOf(m *Mention) (Mention, bool) {
	k := strings.LastIndex(m.Surface, "银行")
	if !strings.HasSuffix(m.Name, "分行") || k <= 0 || m.Rule == "book-title" {
		return Mention{}, false
	}
	rs := []rune(m.Surface)
	l := utf8.RuneCountInString(m.Surface[:k]) + 2
	if l < 4 || l >= len(rs)-2 {
		return Mention{}, false
	}
	kind, name := store.KindEnterprise, string(rs[:l])
	if e, ok := r.gaz.Lookup(name); ok {
		kind, name = e.Kind, e.Name
	}
	if kind == store.KindGovernmentAgency {
		m.Kind = kind
	}
	// "人民银行成都分行" is 中国人民银行成都分行.
	if full := name + string(rs[l:]); full != m.Name {
		m.Aliases = append(m.Aliases, m.Name)
		m.Name = full
	}
	return Mention{Span: Span{m.Start, m.Start + l}, Sentence: m.Sentence, Surface: string(rs[:l]),
		Name: name, Kind: kind, Rule: "nested", Conf: 0.8}, true
}

// reZoneClass: zones named by their class alone.
var reZoneClass = regexp.MustCompile(`(国家|国家级|省级|各地|各)(高新区|经开区)$`)

// reTravelCircle: circles named by a travel time ("成都半小时经济圈"),
// which are slogans, not places.
var reTravelCircle = regexp.MustCompile(`[一二三四五六七八九十半两\d]+个?小时(经济|生活|交通)?圈$`)

// agencyUnit: "工业和信息化部新闻宣传中心", "国家知识产权局专利局专利审查协
// 作四川中心" — a ministry's or an administration's centre is a public
// body, as its ministry is, and no platform.
func (r *recognizer) agencyUnit(m *Mention) {
	if m.Kind != store.KindPlatform || !strings.HasSuffix(m.Name, "中心") {
		return
	}
	rs := []rune(m.Name)
	for l := len(rs) - 3; l >= 2; l-- {
		if e, ok := r.gaz.Lookup(string(rs[:l])); ok {
			if e.Kind == store.KindGovernmentAgency && reMinistry.MatchString(e.Name) {
				m.Kind = store.KindGovernmentAgency
			}
			return
		}
	}
}

// careCentre: a centre of medical care or of research ("八一康复中心",
// "华西国际肿瘤治疗中心", "星河生物学研究与转化中心") is a research body, as
// hospitals are, and no platform. So is a 医学中心 by its suffix, save the
// frontier medical centres, which the genre names as parks (成都前沿医学中心
// hosts labs).
func careCentre(m *Mention) {
	if m.Kind == store.KindPlatform && reCareCentre.MatchString(m.Name) {
		m.Kind = store.KindResearchInstitute
	}
}

// fundFirm: a fund set up as a company or a partnership ("四川省产业投资引导
// 基金有限公司", "…股权投资引导基金合伙企业(有限合伙)") is the fund; its
// manager (…基金管理有限公司) stays a firm. The annotated pages give 4 of 5
// such funds as funds.
func fundFirm(m *Mention) {
	if m.Kind == store.KindEnterprise && reFundFirm.MatchString(m.Name) && !strings.Contains(m.Name, "基金管理") {
		m.Kind = store.KindFund
	}
}

var reFundFirm = regexp.MustCompile(`基金(有限公司|有限责任公司|合伙企业\(有限合伙\))$`)

var reCareCentre = regexp.MustCompile(`(医疗|治疗|康复|妇女儿童|妇幼|肿瘤|疾病|研究)\p{Han}{0,6}(中心|综合体)$`)

// reMinistry: the national bodies whose units are public bodies too.
var reMinistry = regexp.MustCompile(`(部|局|委员会|总署)$`)

// placeBeforeHead reads the place a body's committee or institute is of,
// named between the body and the head: "九三学社成都市委员会", "中国民主促进
// 会四川省委员会", "中国工程科技发展战略四川研究院". The committee lies in
// the place. A name that opens with a place is another pattern's.
func placeBeforeHead(m Mention) (Mention, bool) {
	if m.Kind != store.KindGovernmentAgency && m.Kind != store.KindResearchInstitute && m.Kind != store.KindPlatform || m.Name != m.Surface {
		return Mention{}, false
	}
	rs := []rune(m.Name)
	if placeLead(rs, 0) > 0 && !strings.HasPrefix(m.Name, "中国") {
		return Mention{}, false
	}
	for _, head := range []string{"委员会", "研究院"} {
		if !strings.HasSuffix(m.Name, head) {
			continue
		}
		end := len(rs) - utf8.RuneCountInString(head)
		for l := 4; l >= 2; l-- {
			b := end - l
			if b < 3 || placeLead(rs[b:end], 0) != l {
				continue
			}
			full := placeStems[strings.TrimRight(string(rs[b:end]), "省市区县州")]
			if full == "" || level(full) != 2 && level(full) != 3 {
				continue
			}
			return Mention{Span: Span{m.Start + b, m.Start + end}, Sentence: m.Sentence, Surface: string(rs[b:end]),
				Name: full, Kind: store.KindRegion, Rule: "nested-place", Conf: 0.75}, true
		}
	}
	return Mention{}, false
}

// nested finds the bodies that start a longer name: "中国科学院" in
// "中国科学院成都分院", "成都高新区" in "成都高新区前沿医学中心".
func (r *recognizer) nested(ms []Mention) []Mention {
	var extra []Mention
	for i := range ms {
		if place, ok := r.branch(&ms[i]); ok {
			extra = append(extra, place)
		}
		if bank, ok := r.bankOf(&ms[i]); ok {
			extra = append(extra, bank)
		}
		if place, ok := placeBeforeHead(ms[i]); ok {
			extra = append(extra, place)
		}
		r.agencyUnit(&ms[i])
		careCentre(&ms[i])
		fundFirm(&ms[i])
	}
	for _, m := range ms {
		// A party meeting's committee is named apart (meetingCommittees);
		// its place is the committee's, not the meeting's.
		if m.Rule == "book-title" || m.Kind == store.KindTalent || m.Rule == "party-meeting" {
			continue
		}
		if strings.HasSuffix(m.Name, "分行") && strings.Contains(m.Surface, "银行") {
			continue // bankOf's
		}
		// "成都·新都轨道交通产业投资推介会": the district after the city and
		// the dot is where the event is; the city is the district's.
		if city, district, ok := r.dotDistrict(m); ok {
			extra = append(extra, city, district)
			continue
		}
		rs := []rune(m.Surface)
		off := 0
		// "华为(成都)智能制造创新中心": a place in brackets inside the name.
		if k := strings.IndexRune(m.Surface, '('); k > 0 && m.Kind != store.KindTalent {
			inner := []rune(m.Surface[k+1:])
			c := slices.Index(inner, ')')
			bracketed := m.Rule == "place-bracket" || m.Rule == "owned-name" && c == len(inner)-1
			if c >= 2 && (c < len(inner)-1 || bracketed) {
				place := string(inner[:c])
				at := m.Start + utf8.RuneCountInString(m.Surface[:k]) + 1
				// "(德阳园)" is the body's park in 德阳; "(德阳什邡)" is in 什邡.
				if where, off, ok := r.bracketWhere(place); ok && bracketed {
					at, place = at+off, where
				}
				if full, ok := r.placeNamed(place); ok {
					extra = append(extra, Mention{Span: Span{at, at + utf8.RuneCountInString(place)}, Sentence: m.Sentence, Surface: place,
						Name: full, Kind: store.KindRegion, Rule: "nested-bracket", Conf: 0.75})
				}
			}
		}
		// "环川大知识城": the ring around a university.
		if len(rs) > 4 && rs[0] == '环' {
			off = 1
		}
		// "中共成都市金牛区委": the party's committee of a place; so is
		// "中共成都市委组织部" a unit of one.
		if m.Rule == "party-committee" || m.Kind == store.KindGovernmentAgency && strings.HasPrefix(m.Surface, "中共") {
			off = 2
		}
		// "2026成都机器人产业生态大会", "中国(双流)航空经济发展论坛": an event's
		// place after its year or inside the country's brackets.
		if m.Kind == store.KindEvent {
			off = len([]rune(reEventLead.FindString(m.Surface)))
			// "科创天府·智汇蓉城”电子科技大学…恳谈会": the words after the
			// title's quote open its bodies' names.
			if k := slices.Index(rs, '”'); m.Rule == "quoted-name" && k > 0 {
				off = k + 1
			}
		}
		// "墨境天合成都数字图像科技有限公司": a city after an unknown brand
		// that opens a firm's legal name is where the firm is, as after a
		// known one (placeAfterBrand).
		if m.Kind == store.KindEnterprise && reLegalForm.MatchString(m.Name) {
			if b := brandLen(rs); b > 0 {
				if _, known := r.gaz.Lookup(string(rs[:b])); !known {
					if p, ok := placeAfterBrand(m, rs, b); ok {
						extra = append(extra, p)
					}
				}
			}
		}
		if b := brandBeforePlace(rs, m.Kind); b > 0 {
			if e, ok := r.gaz.Lookup(string(rs[:b])); !ok || e.Kind == store.KindEnterprise {
				extra = append(extra, Mention{Span: Span{m.Start, m.Start + b}, Sentence: m.Sentence, Surface: string(rs[:b]),
					Name: string(rs[:b]), Kind: store.KindEnterprise, Rule: "nested", Conf: 0.6})
				// "…四川大学广安校友会": a university after the words before
				// it names no place.
				if p, ok := placeAfterBrand(m, rs, b); ok && !r.universityStart(string(rs[b:])) {
					extra = append(extra, p)
				}
				continue
			}
		}
		// A prefix that cuts into the name's own head is none: "四川大学
		// 国家大学科技园" holds 四川大学, not "四川大学国家大学".
		own := 0
		bare := m.Surface
		if k := strings.LastIndex(bare, "("); m.Rule == "place-bracket" && k > 0 {
			bare = bare[:k]
		}
		if sr, ok := suffixOf(bare); ok {
			own = utf8.RuneCountInString(sr.Suffix) + utf8.RuneCountInString(m.Surface) - utf8.RuneCountInString(bare)
			// "电子科技大学科技园": the head 大学科技园 shares 大学 with the
			// university that owns the park.
			if head, ok := strings.CutPrefix(sr.Suffix, "大学"); ok {
				if e, ok := r.gaz.Lookup(strings.TrimSuffix(bare, head)); ok && e.Kind == store.KindUniversity {
					own -= 2
				}
			}
		}
		// "四川大学科技园", "西南交通大学国家大学科技园": a unit's owner is the
		// longest known name its name opens with.
		if m.Rule == "owned-name" {
			for l := len(rs) - 1; l >= 2; l-- {
				if e, ok := r.gaz.Lookup(string(rs[:l])); ok {
					extra = append(extra, Mention{Span: Span{m.Start, m.Start + l}, Sentence: m.Sentence, Surface: string(rs[:l]),
						Name: e.Name, Kind: e.Kind, Rule: "nested", Conf: 0.85})
					// "四川省农业科学院作物研究所": the place that opens the
					// owner's name is the owner's (a university's is not:
					// 四川大学 names no place).
					if e.Kind != store.KindUniversity && !r.universityStart(string(rs[:l-1])) {
						for k := min(l-2, 6); k >= 2; k-- {
							if full, ok := r.placeNamed(string(rs[:k])); ok {
								extra = append(extra, Mention{Span: Span{m.Start, m.Start + k}, Sentence: m.Sentence, Surface: string(rs[:k]),
									Name: full, Kind: store.KindRegion, Rule: "nested", Conf: 0.8})
								break
							}
						}
					}
					// "四川大学华西医院临床肿瘤中心": the owner's own owner
					// opens it too.
					for k := l - 2; k >= 2 && e.Kind != store.KindUniversity; k-- {
						if u, ok := r.gaz.Lookup(string(rs[:k])); ok && u.Kind == store.KindUniversity {
							extra = append(extra, Mention{Span: Span{m.Start, m.Start + k}, Sentence: m.Sentence, Surface: string(rs[:k]),
								Name: u.Name, Kind: u.Kind, Rule: "nested", Conf: 0.85})
							break
						}
					}
					// "大连理工大学成都研究院中试中心": the owner's institute
					// between them owns the unit.
					for k := len(rs) - own; k >= l+3; k-- {
						if sr, ok := suffixOf(string(rs[:k])); ok && !sr.Weak && (sr.Kind == store.KindResearchInstitute || sr.Kind == store.KindLab) {
							extra = append(extra, Mention{Span: Span{m.Start, m.Start + k}, Sentence: m.Sentence, Surface: string(rs[:k]),
								Name: string(rs[:k]), Kind: sr.Kind, Rule: "nested", Conf: 0.8})
							break
						}
					}
					break
				}
			}
			continue
		}
		top := len(rs) - 2
		if m.Rule == "party-committee" || m.Rule == "party-committee-short" {
			top = len(rs) - 1 // "委" alone ends the name
		}
		sawRest, sawDash := false, false
		// "崇州大数据…示范园": a district's stem starts the name.
		stemAt := func(l int) bool {
			prefix := string(rs[off:l])
			full := placeStems[prefix]
			if full == "" || l-off < 2 || key(full) == key(m.Name) || namedThing[m.Kind] && !(m.Kind == store.KindEvent && off > 0) ||
				m.Kind == store.KindUniversity || r.universityStart(string(rs[off:])) { // 四川大学(科技园) is no mention of 四川省
				return false
			}
			extra = append(extra, Mention{Span: Span{m.Start + off, m.Start + l}, Sentence: m.Sentence, Surface: prefix,
				Name: full, Kind: store.KindRegion, Rule: "nested", Conf: 0.8})
			return true
		}
		// "成都交子金控集团": once the firm's own name is read before its
		// legal form, only the place that opens both is left to find.
		placeOnly := false
		for l := top; l >= off+2; l-- {
			if own > 0 && l > len(rs)-own {
				continue
			}
			prefix := string(rs[off:l])
			if placeOnly {
				if stemAt(l) {
					break
				}
				continue
			}
			if slices.Contains(m.Aliases, prefix) {
				continue // "北邮未来通信研究院(成都)" is itself without the bracket
			}
			if strings.Count(prefix, "(") != strings.Count(prefix, ")") {
				continue // "双流航空经济区(双流经开区" is half a name
			}
			if strings.Contains(prefix, "暨") {
				continue // a joint name's first half and part of its second are no body
			}
			// "中国气象局-成都信息工程大学人工影响天气联合研究中心": so with
			// a dash between a facility's two builders. The second is the
			// known name that opens what follows the dash.
			if k := strings.IndexRune(prefix, '-'); k > 0 && jointName(m.Kind, m.Name) {
				if _, known := r.gaz.Lookup(prefix); !known {
					if sawDash {
						continue
					}
					sawDash = true
					at := off + utf8.RuneCountInString(prefix[:k])
					if p, ok := r.jointParty(m, rs, at+1); ok {
						extra = append(extra, p)
					}
					// The first builder ends at the dash, so a suffix too
					// plain to end a name elsewhere ends it here (中国气象局).
					left := prefix[:k]
					if _, known := r.gaz.Lookup(left); !known {
						if sr, ok := suffixOf(left); ok && orgKinds[sr.Kind] && distinctLen(strings.TrimSuffix(left, sr.Suffix)) >= 2 {
							extra = append(extra, Mention{Span: Span{m.Start + off, m.Start + at}, Sentence: m.Sentence, Surface: left,
								Name: left, Kind: sr.Kind, Rule: "nested", Conf: 0.75})
							break
						}
					}
					continue
				}
			}
			// "成都高新科技创新投资…公司": 高新 there opens 高新科技, not the zone.
			if rest := string(rs[l:min(len(rs), l+2)]); strings.HasSuffix(prefix, "高新") && (rest == "科技" || rest == "技术") {
				continue
			}
			// "西南交通大学与四川省投资集团有限责任公司合作交流座谈会": two
			// parties joined by 与 are no one body.
			if k := strings.Index(prefix, "与"); k > 0 && r.knownStart(prefix) != "" {
				if rest := prefix[k+len("与"):]; !sawRest {
					if sr, ok := suffixOf(rest); ok && !sr.Weak && r.distinctive(strings.TrimSuffix(rest, sr.Suffix), sr) {
						at := m.Start + off + utf8.RuneCountInString(prefix[:k+len("与")])
						extra = append(extra, Mention{Span: Span{at, m.Start + l}, Sentence: m.Sentence, Surface: rest,
							Name: rest, Kind: sr.Kind, Rule: "nested", Conf: 0.7})
						sawRest = true
					}
				}
				continue
			}
			// "内江高新区科创局": a zone of another city, named by its city
			// and its class, starts a body's name: the body is the zone's.
			// "成都芯谷产业园发展有限公司" is the park's firm; "成都感知芯谷微
			// 电子有限公司" names no park: its 芯谷 is its brand's.
			// "彭州经开区丽春航空动力产业园": so does one start a park's.
			park := m.Kind == store.KindRegion && reParkName.MatchString(m.Name) && reZoneName.MatchString(prefix) && !reParkName.MatchString(prefix)
			if sr, ok := suffixOf(prefix); ok && sr.Kind == store.KindRegion && !sr.Weak && l-off >= 4 && (orgKinds[m.Kind] || park) && placeAt(rs[off:l]) &&
				!(m.Kind == store.KindEnterprise && reLegalForm.MatchString(m.Name) && !reParkFirm.MatchString(string(rs[l:]))) {
				if _, known := r.gaz.Lookup(prefix); !known {
					extra = append(extra, Mention{Span: Span{m.Start + off, m.Start + l}, Sentence: m.Sentence, Surface: prefix,
						Name: prefix, Kind: store.KindRegion, Rule: "nested", Conf: 0.75})
					break
				}
			}
			if stemAt(l) {
				break
			}
			// "成都市金牛区人民政府": a city and its district start the name;
			// both are read, the district's place is the name's.
			// So do an event's ("成都市郫都区云招商暨…签约仪式"): a city and
			// its district name where it is held.
			// "四川省眉山市彭山区科学技术局": the province may come first.
			ps := r.threePlaces(prefix)
			if ps == nil {
				if a, b, ok := r.twoPlaces(prefix); ok {
					ps = []placeName{a, b}
				}
			}
			if ps != nil && m.Kind != store.KindUniversity && (!namedThing[m.Kind] || m.Kind == store.KindEvent) {
				at := m.Start + off
				for _, p := range ps {
					n := utf8.RuneCountInString(p.surface)
					extra = append(extra, Mention{Span: Span{at, at + n}, Sentence: m.Sentence, Surface: p.surface, Name: p.name, Kind: store.KindRegion, Rule: "nested", Conf: 0.85})
					// "四川成都高新区…": the city that opens a zone's name
					// is read too, the zone's and the province's part.
					if c, cl := r.cityOpening(p); cl > 0 {
						extra = append(extra, Mention{Span: Span{at, at + cl}, Sentence: m.Sentence, Surface: string([]rune(p.surface)[:cl]), Name: c, Kind: store.KindRegion, Rule: "nested", Conf: 0.8})
					}
					at += n
				}
				break
			}
			if e, ok := r.gaz.Lookup(prefix); ok && key(e.Name) != key(m.Name) {
				if e.Kind == store.KindRegion && (m.Kind == store.KindUniversity || r.universityStart(string(rs[off:]))) {
					break // 四川大学(科技园) is no mention of 四川省
				}
				if e.Kind == store.KindEnterprise && m.Kind == store.KindEnterprise {
					// "比亚迪汽车工业有限公司": the brand at the start of a
					// firm's legal name is that firm, not a second body.
					// "中车成都机车车辆有限公司": a city after it is where
					// the firm is.
					// "中国石油西南油气田分公司": a branch's name opens with
					// the firm it is a branch of.
					if off == 0 && strings.HasSuffix(m.Name, "分公司") {
						extra = append(extra, Mention{Span: Span{m.Start, m.Start + l}, Sentence: m.Sentence, Surface: prefix,
							Name: e.Name, Kind: e.Kind, Rule: "nested", Conf: 0.85})
					}
					if p, ok := placeAfterBrand(m, rs, l); ok && off == 0 {
						extra = append(extra, p)
						break
					}
					// "泸州老窖集团有限责任公司": a brand that opens with its
					// place puts the firm there, as the brand alone does.
					for k := l - 2; k >= off+2; k-- {
						if stemAt(k) {
							break
						}
					}
					break
				}
				extra = append(extra, Mention{Span: Span{m.Start + off, m.Start + l}, Sentence: m.Sentence, Surface: prefix,
					Name: e.Name, Kind: e.Kind, Rule: "nested", Conf: 0.85})
				// "成都市人民政府办公厅": the government inside starts with its
				// place, which is the office's too; "成都高新区管委会": the zone
				// inside starts with its city.
				if e.Kind == store.KindGovernmentAgency || e.Kind == store.KindRegion {
					prs := []rune(prefix)
					for pl := len(prs) - 2; pl >= 2; pl-- {
						if p, ok := r.gaz.Lookup(string(prs[:pl])); ok && p.Kind == store.KindRegion {
							extra = append(extra, Mention{Span: Span{m.Start + off, m.Start + off + pl}, Sentence: m.Sentence, Surface: string(prs[:pl]),
								Name: p.Name, Kind: store.KindRegion, Rule: "nested", Conf: 0.8})
							break
						}
					}
				}
				break
			}
			// "菁蓉镇卫星互联网产业园": a town at the start of the name.
			if sr, ok := suffixOf(prefix); ok && (sr.Suffix == "镇" || sr.Suffix == "街道") && off == 0 &&
				utf8.RuneCountInString(prefix) == 2+utf8.RuneCountInString(sr.Suffix) && distinctLen(string(rs[:2])) == 2 && !townWords[prefix] {
				extra = append(extra, Mention{Span: Span{m.Start, m.Start + l}, Sentence: m.Sentence, Surface: prefix,
					Name: prefix, Kind: store.KindRegion, Rule: "nested", Conf: 0.7})
				break
			}
			// "科创生态岛重大科技成果展览馆": a zone named at the start of a
			// facility's name is where the facility is, plain as its words are;
			// so is one at the start of an event's ("内江高新区2025年第四季度
			// 项目集中签约仪式").
			if sr, ok := suffixOf(prefix); ok && sr.Kind == store.KindRegion && (facilityKinds[m.Kind] || zoneAgency(&m) || m.Kind == store.KindEvent && !sr.Weak && startsWithPlace(rs[off:l])) &&
				l-off >= 4 && len(rs)-l >= 3 &&
				distinctLen(prefix) >= 1 && !endsWithSuffix(string(rs[l:l+1])) {
				extra = append(extra, Mention{Span: Span{m.Start + off, m.Start + l}, Sentence: m.Sentence, Surface: prefix,
					Name: prefix, Kind: store.KindRegion, Rule: "nested", Conf: 0.65})
				break
			}
			// "川渝产业园区发展联盟成立暨…大会", "成都市航空航天产教联合体成立
			// 大会": an event's name opens with the platform it founds or
			// convenes, as with a body; there even a plain suffix (联盟,
			// 联合体) ends the platform's name.
			// A year or a rank inside ("…2025年全球校友企业家发展联盟",
			// "凉山州首家省级…工作站") says the words are the event's own.
			founds := m.Kind == store.KindEvent && reFoundingTail.MatchString(string(rs[l:])) && !reEventWords.MatchString(prefix)
			if sr, ok := suffixOf(prefix); ok && (orgKinds[sr.Kind] || founds && (facilityKinds[sr.Kind] || sr.Kind == store.KindPilotPlatform)) &&
				(!sr.Weak || founds) && distinctLen(strings.TrimSuffix(prefix, sr.Suffix)) >= 2 {
				// "郫都区环西华大学经济圈…": the ring around a university
				// names no university.
				if k := strings.LastIndex(prefix, "环"); k >= 0 && sr.Kind == store.KindUniversity && utf8.RuneCountInString(prefix[k:]) > 3 {
					continue
				}
				// "广元市大学生就业示范基地": students, not a university.
				if sr.Suffix == "大学" && rs[l] == '生' {
					continue
				}
				// "西南交通大学国家大学科技园孵化中心": 国家大学 opens the
				// park's designation; the university ends before it. So in
				// "四川省大学科技园联盟", an alliance of such parks: a name no
				// one knows before 科技园 is no university.
				if strings.HasSuffix(prefix, "大学") && strings.HasPrefix(string(rs[l:]), "科技园") {
					continue
				}
				// "成都交子金控集团": a firm's name before its legal form is
				// the same firm; so is a trade word read inside a legal name
				// ("成都交子金控股权投资(集团)有限公司"), save a branch's, which
				// names its parent.
				// So is an institute incorporated ("成都星河产业技术研究院有限
				// 公司"): the annotated pages name 0 of 15 such institutes
				// apart from their firm, and place 13 of the firms.
				if m.Kind == store.KindEnterprise && (legalForms[string(rs[l:])] ||
					sr.Kind == store.KindEnterprise && reLegalForm.MatchString(m.Name) && !strings.HasSuffix(m.Name, "分公司")) {
					placeOnly = true
					continue
				}
				// "我校与内江市第二人民医院…签约仪式": the page's own body and
				// a conjunction open no name; the suffix rules read the
				// party after them.
				if reSelfAnd.MatchString(prefix) {
					break
				}
				extra = append(extra, Mention{Span: Span{m.Start + off, m.Start + l}, Sentence: m.Sentence, Surface: prefix,
					Name: prefix, Kind: sr.Kind, Rule: "nested", Conf: 0.75})
				break
			}
		}
	}
	// "四川万里锌业有限公司技术中心": the firm read inside a centre's name
	// opens with a place of its own; so does a zone read inside a name by
	// its own words ("成都国际铁路港经开区管委会", "宜宾三江新区东部产业园
	// 观景平台"). Their names are read again, one level down.
	var holders []Mention
	for _, e := range extra {
		firm := e.Kind == store.KindEnterprise && reLegalForm.MatchString(e.Name)
		_, known := r.placeNamed(e.Name)
		zone := e.Kind == store.KindRegion && e.Name == e.Surface && !known
		if e.Rule == "nested" && (firm || zone) {
			holders = append(holders, e)
		}
	}
	if len(holders) > 0 {
		extra = append(extra, r.nested(holders)[len(holders):]...)
	}
	return append(ms, extra...)
}

// reFoundingTail: what an event's name says after the body it founds or
// convenes.
var reFoundingTail = regexp.MustCompile(`^(成立|揭牌|授牌|挂牌|启动|年会|理事会|会员大会|大会|\(\d{4}年\))`)

var reEventWords = regexp.MustCompile(`\d{4}年|首家|首个|首批|首届`)

// jointKinds are the kinds of facility whose name may join its builders
// with a dash.
var jointKinds = kinds(store.KindPlatform, store.KindResearchInstitute, store.KindLab, store.KindPilotPlatform)

// jointParty is the known body or place that opens m's name at rune at,
// after a dash: 成都信息工程大学 in "中国气象局-成都信息工程大学…联合研究
// 中心", 华为 in "德阳-华为工业互联网创新中心". An unknown brand there
// ("成信大-远望…") is left unread: where it ends is not known.
func (r *recognizer) jointParty(m Mention, rs []rune, at int) (Mention, bool) {
	for l := min(len(rs)-at-2, r.gaz.maxLen); l >= 2; l-- {
		if e, ok := r.gaz.Lookup(string(rs[at : at+l])); ok && jointBuilder(e.Kind, e.Name) {
			return Mention{Span: Span{m.Start + at, m.Start + at + l}, Sentence: m.Sentence, Surface: string(rs[at : at+l]),
				Name: e.Name, Kind: e.Kind, Rule: "nested", Conf: 0.85}, true
		}
	}
	return Mention{}, false
}

// jointPlace reports a place that may build a joint facility: a city or
// a district. A province or a country before a dash opens a brand or a
// pair of nations ("四川谦宜…", "中国-欧洲中心").
func jointPlace(kind store.Kind, name string) bool {
	return kind == store.KindRegion && (level(name) == 1 || level(name) == 2)
}

// jointBuilder reports a body or a place that may stand on either side of
// the dash in a joint name.
func jointBuilder(kind store.Kind, name string) bool {
	return orgKinds[kind] || jointPlace(kind, name)
}

// jointName reports a kind of name, or a suffix, that may join two
// builders with a dash: a facility's, or a park's (金牛—什邡合作产业园).
func jointName(kind store.Kind, name string) bool {
	return jointKinds[kind] || kind == store.KindRegion && reParkName.MatchString(name)
}

// namedThing are kinds whose names take a place word as a plain word
// ("金牛骄子" is a talent brand, not a body in 金牛区).
var namedThing = kinds(store.KindProgram, store.KindEvent, store.KindPolicy, store.KindTalent, store.KindIndustryChain, store.KindOther)

var facilityKinds = kinds(store.KindPlatform, store.KindResearchInstitute, store.KindLab, store.KindPilotPlatform)

// sloganWords start slogans and plans that name a place ("智慧成都",
// "健康四川"), not firms.
var sloganWords = wordSet(`智慧 数字 美丽 健康 幸福 平安 创新 活力 魅力 品质 公园 宜居 绿色 文明 法治 书香 未来 国际 全域 开放 人文 生态 诗意 安全 网络 科技 智造 制造 服务 金融 实验 研究 产业 环境 中国`)

// orgKinds are the bodies that other bodies belong to.
var orgKinds = map[store.Kind]bool{store.KindUniversity: true, store.KindResearchInstitute: true,
	store.KindEnterprise: true, store.KindLab: true, store.KindGovernmentAgency: true}

func suffixOf(name string) (suffixRule, bool) {
	for _, sr := range suffixRules {
		if strings.HasSuffix(name, sr.Suffix) && utf8.RuneCountInString(name) > utf8.RuneCountInString(sr.Suffix) {
			return sr, true
		}
	}
	return suffixRule{}, false
}

func lastRune(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return ""
	}
	return string(r)
}

// reNotice: a notice's title names the notice itself, a policy document:
// "四川省人民政府关于印发《…》的通知".
var reNotice = regexp.MustCompile(`关于(印发|发布|转发|公布|做好|进一步|加快|推动|支持)?.{2,60}(的)?(通知|意见|决定|办法|通告|公告|批复)$`)

func (r *recognizer) noticeTitle(s Span) {
	at := runeMatches(r.text, s, reNotice)
	if len(at) == 0 {
		return
	}
	start := at[0][0]
	r.add(0, start, s.End, string(r.text[start:s.End]), store.KindPolicy, "notice-title", 0.85)
}

// noticeBooks restores the policy named in 《》 inside a notice's title,
// which the longer title hides: the notice issues it.
func (r *recognizer) noticeBooks(ms []Mention) []Mention {
	for _, n := range ms {
		if n.Rule != "notice-title" {
			continue
		}
		for _, m := range r.out {
			if m.Rule == "book-title" && m.Start >= n.Start && m.End <= n.End {
				ms = append(ms, m)
			}
		}
	}
	return ms
}

// bookIssuers restores the bodies that issue a policy, named in its title
// before 关于 ("《中共四川省委关于…的决定》", "《四川省人民政府 重庆市人民
// 政府关于…的实施意见》"), which the title hides. They are read only where
// the agencies the rules found there name every issuer.
func (r *recognizer) bookIssuers(ms []Mention) []Mention {
	var extra []Mention
	var agencyAt map[int]int // the longest agency the rules found at each start
	for _, p := range ms {
		k := strings.Index(p.Name, "关于")
		if p.Rule != "book-title" || k <= 0 {
			continue
		}
		if agencyAt == nil {
			agencyAt = map[int]int{}
			for i, m := range r.out {
				if b, ok := agencyAt[m.Start]; m.Kind == store.KindGovernmentAgency && (!ok || m.End > r.out[b].End) {
					agencyAt[m.Start] = i
				}
			}
		}
		end := p.Start
		for end < p.End && string(r.text[end:min(p.End, end+2)]) != "关于" {
			end++
		}
		var issuers []Mention
		at := p.Start
		for at < end {
			best, ok := agencyAt[at]
			if !ok || r.out[best].End > end {
				break
			}
			issuers = append(issuers, r.out[best])
			at = r.out[best].End
			for at < end && (r.text[at] == ' ' || r.text[at] == '、' || r.text[at] == '和') {
				at++
			}
		}
		if at == end {
			extra = append(extra, issuers...)
		}
	}
	return append(ms, extra...)
}

// Quoted names with a word after them that says what they are: "以“初次
// 创业来成都”为主题的创业赛事活动", "开展“初次创业在成都”系列宣传报道",
// "集成“科创11条”".
var (
	reQuotedHead = regexp.MustCompile(`^(为主题的|主题|系列|品牌)?[^,。;、“”的由在为与和及]{0,6}?(赛事活动|活动|赛事|大赛|沙龙|论坛|峰会|展会|宣传报道|报道|行动|计划|工程|专项|政策)`)
	reQuotedRule = regexp.MustCompile(`(\d+条|措施|政策|条例)$`)
	// “科创贷”, “成果贷”, “科技保”: a public loan or insurance scheme is
	// named in quotes alone, by a short word ending in what it lends.
	reQuotedLoan = regexp.MustCompile(`^\p{Han}{2,6}(贷|保|险)$`)
)

func (r *recognizer) quotes(si int, s Span) {
	for i := s.Start; i < s.End; i++ {
		if r.text[i] != '“' {
			continue
		}
		j := i + 1
		for j < s.End && r.text[j] != '”' && r.text[j] != '“' && j-i <= 20 {
			j++
		}
		if j >= s.End || r.text[j] != '”' || j-i < 3 {
			continue
		}
		inner := string(r.text[i+1 : j])
		if strings.ContainsFunc(inner, func(c rune) bool { return hardStop(c) }) {
			continue
		}
		after := string(r.text[j+1 : min(s.End, j+16)])
		switch {
		case reQuotedLoan.MatchString(inner):
			r.add(si, i+1, j, inner, store.KindProgram, "quoted-product", 0.7)
		case reQuotedRule.MatchString(inner):
			r.add(si, i+1, j, inner, store.KindPolicy, "quoted-policy", 0.7)
		case i > s.Start && r.text[i-1] == '以' && strings.HasPrefix(after, "为主题") && utf8.RuneCountInString(inner) >= 4 &&
			distinctLen(inner) >= 2 && !reQuotedHead.MatchString(after):
			// "以“做大做强在成都”为主题在…发布": a campaign under its theme,
			// whatever the words after it.
			r.add(si, i+1, j, inner, store.KindProgram, "quoted-theme", 0.65)
		case (strings.HasPrefix(after, "授牌") || strings.HasPrefix(after, "称号")) && utf8.RuneCountInString(inner) >= 4:
			// "为首批20家“川大校友创新企业”授牌": a title a programme awards.
			r.add(si, i+1, j, inner, store.KindProgram, "quoted-award", 0.65)
		case reQuotedHead.MatchString(after) && utf8.RuneCountInString(inner) >= 3:
			sm := reQuotedHead.FindStringSubmatch(after)
			head := sm[2]
			kind := store.KindProgram
			switch {
			case head == "政策":
				kind = store.KindPolicy
			case strings.ContainsAny(head, "活动赛事大赛沙龙论坛峰会展会") && !strings.Contains(head, "报道"):
				kind = store.KindEvent
			}
			if _, ok := suffixOf(inner); ok {
				continue // the suffix rule names it
			}
			m := r.add(si, i+1, j, inner, kind, "quoted-head", 0.7)
			// "“天府英才”工程": a programme's head right after the quote
			// is a form of its name (天府英才工程), as readers name it as
			// often as by the quoted words alone.
			if m != nil && sm[1] == "" && strings.HasPrefix(after, head) && kind == store.KindProgram {
				m.Aliases = append(m.Aliases, inner+head)
			}
		}
		i = j
	}
}

// reHeadingName: a 专栏 of a planning text lists its programmes as bullet
// headings, "·科技型中小企业培育行动:…". There the whole heading is the
// programme's name, however plain its words ("创新力量汇聚行动"); the
// suffix rule would cut it at a verb or refuse it as generic. Headings that
// end otherwise ("·重大科技基础设施建设重点项目:") name a column, not a body.
var reHeadingName = regexp.MustCompile(`^[·•]\s*([^,。;:、“”《》()·]{4,20}?(行动|计划|工程|专项行动))[::]`)

func (r *recognizer) headingName(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	sm := reHeadingName.FindStringSubmatchIndex(str)
	if sm == nil {
		return
	}
	start := s.Start + utf8.RuneCountInString(str[:sm[2]])
	end := start + utf8.RuneCountInString(str[sm[2]:sm[3]])
	r.add(si, start, end, str[sm[2]:sm[3]], store.KindProgram, "heading-name", 0.75)
}

// reAreaLead: a new area or a zone of a city that opens a zone's name.
var reAreaLead = regexp.MustCompile(`^\p{Han}{2,6}(新区|高新区|经开区)$`)

// tailKinds are the kinds whose names a text shortens by dropping the
// place or owner that opens them.
var tailKinds = kinds(store.KindLab, store.KindPlatform, store.KindPilotPlatform, store.KindResearchInstitute, store.KindFund, store.KindEvent)

// tailForms: "四川天府新区西工大先进动力研究院" is later "先进动力研究院" — a
// name that ends a longer name of the same kind the page gives is that
// body, when it keeps words of its own before its suffix. The longer name
// may come after the short one ("灵泽科技有限公司…成都灵泽科技有限公司"):
// the annotated pages name both one body wherever they stand.
func tailForms(ms []Mention) {
	// The mentions each name's tails belong to, so that a name looks only
	// at the longer names it may close: comparing every pair grew with the
	// square of a long text. A mention renamed below is listed again
	// under its new name's tails; every candidate is checked against its
	// name as it then stands.
	byTail := map[string][]int{}
	addTails := func(j int) {
		n := ms[j].Name
		for k := range n {
			if k > 0 {
				byTail[n[k:]] = append(byTail[n[k:]], j)
			}
		}
	}
	for j := range ms {
		addTails(j)
	}
	for i := range ms {
		m := &ms[i]
		if !tailKinds[m.Kind] && m.Kind != store.KindRegion && m.Kind != store.KindGovernmentAgency && m.Kind != store.KindEnterprise {
			continue
		}
		sr, ok := suffixOf(m.Name)
		if !ok || (tailKinds[m.Kind] || m.Kind == store.KindEnterprise) && distinctLen(strings.TrimSuffix(m.Name, sr.Suffix)) < 2 {
			continue
		}
		cands := slices.Clone(byTail[m.Name])
		slices.Sort(cands)
		for _, j := range slices.Compact(cands) {
			o := ms[j]
			if o.Kind != m.Kind || o.Name == m.Name || !strings.HasSuffix(o.Name, m.Name) ||
				utf8.RuneCountInString(o.Name)-utf8.RuneCountInString(m.Name) < 2 {
				continue
			}
			// A zone or an agency drops only the city that opens its name
			// ("成都未来医学城" is later "未来医学城"); "新都区科技局" and
			// "科技局" are no two names of one body.
			// A firm drops its city or province ("成都兴蓉集团" is later
			// "兴蓉集团").
			if !tailKinds[m.Kind] {
				lead := []rune(strings.TrimSuffix(o.Name, m.Name))
				full := placeStems[string(lead)]
				// A zone within a new area drops the area too ("成都东部新区
				// 未来医学城" is later "未来医学城"), and goes by its own name:
				// other pages name it so without the area.
				if m.Kind == store.KindRegion && reAreaLead.MatchString(string(lead)) && !reAreaLead.MatchString(m.Name) && placeAt(lead) {
					long := o.Name
					for k := range ms {
						if ms[k].Name == long {
							ms[k].Aliases = append(ms[k].Aliases, long)
							ms[k].Name = m.Name
						}
					}
					break
				}
				if !strings.HasSuffix(full, "市") && !(strings.HasSuffix(string(lead), "市") && placeAt(lead)) &&
					!(m.Kind == store.KindEnterprise && strings.HasSuffix(full, "省")) {
					continue
				}
			}
			m.Aliases = append(m.Aliases, m.Name)
			m.Name = o.Name
			addTails(i)
			break
		}
	}
}

// middleForms: "德阳中科先进制造创新育成中心" is later "德阳育成中心" — a
// name that keeps the place that opens a longer name of its kind and the
// words that close it, dropping those between, is that body when the page
// names no other that would fit.
func middleForms(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if !tailKinds[m.Kind] || contextual[m.Rule] || surfaceIsName[m.Rule] {
			continue
		}
		rs := []rune(m.Name)
		cut := placeLead(rs, 3)
		if cut == 0 {
			continue
		}
		// The words kept must say more than the kind: "天府实验室" names
		// the family, not "天府锦城实验室".
		lead, rest := string(rs[:cut]), string(rs[cut:])
		if sr, ok := suffixOf(rest); !ok || distinctLen(strings.TrimSuffix(rest, sr.Suffix)) < 2 {
			continue
		}
		var fit []string
		for _, o := range ms {
			if o.Kind == m.Kind && o.Name != m.Name && !slices.Contains(fit, o.Name) && strings.HasPrefix(o.Name, lead) && strings.HasSuffix(o.Name, rest) &&
				utf8.RuneCountInString(o.Name)-len(rs) >= 2 {
				fit = append(fit, o.Name)
			}
		}
		if len(fit) == 1 {
			m.Aliases = append(m.Aliases, m.Name)
			m.Name = fit[0]
		}
	}
}

// abbreviations: "西南物理研究院" is later "西物院", "四川省硅产业技术创新联盟"
// "四川省硅产业创新联盟" — a name of a lab, a platform, an institute, a
// university, a fund or an event, of three characters at least, whose
// characters a longer name of its kind on the page holds in order, opening
// and closing with the same ones, is that body, when the page names no
// other that would fit. A name that opens the longer one is its owner
// ("中国科学院" in "中国科学院成都分院"), one that ends it is tailForms',
// and a name the lexicon or the graph knows ("四川大学" in "四川农业大学")
// is a body of its own.
func (r *recognizer) abbreviations(ms []Mention) {
	// The names of each kind by their first character, with how many
	// mentions bear each, so that a page of many names is not read once per
	// name; a renamed mention moves from its old name to its new one.
	type first struct {
		kind store.Kind
		c    rune
	}
	named := map[first]map[string]int{}
	keyOf := func(m *Mention) (first, bool) {
		if !tailKinds[m.Kind] && m.Kind != store.KindUniversity {
			return first{}, false
		}
		c, _ := utf8.DecodeRuneInString(m.Name)
		return first{m.Kind, c}, true
	}
	for i := range ms {
		if k, ok := keyOf(&ms[i]); ok {
			if named[k] == nil {
				named[k] = map[string]int{}
			}
			named[k][ms[i].Name]++
		}
	}
	for i := range ms {
		m := &ms[i]
		k, ok := keyOf(m)
		if !ok || contextual[m.Rule] || surfaceIsName[m.Rule] {
			continue
		}
		rs := []rune(m.Name)
		sr, ok := suffixOf(m.Name)
		// "年产5万吨…装置" is no short form of "年产15万吨…装置".
		if len(rs) < 3 || strings.ContainsAny(m.Name, "0123456789") || ok && distinctLen(strings.TrimSuffix(m.Name, sr.Suffix)) < 2 {
			continue
		}
		if _, known := r.gaz.Lookup(m.Name); known {
			continue
		}
		var fit []string
		for name, n := range named[k] {
			if n == 0 || name == m.Name || strings.HasPrefix(name, m.Name) || strings.HasSuffix(name, m.Name) {
				continue
			}
			or := []rune(name)
			if len(or) <= len(rs) || or[len(or)-1] != rs[len(rs)-1] && !(rs[len(rs)-1] == '大' && strings.HasSuffix(name, "大学")) {
				continue
			}
			// "天府实验室" and "天府永兴实验室": a name of its own between
			// the stem and the class is a member of a family, not the
			// family's long name; a grade is no name ("轨道交通国家重点实验室").
			if ok {
				stem := strings.TrimSuffix(m.Name, sr.Suffix)
				if strings.HasPrefix(name, stem) && strings.HasSuffix(name, sr.Suffix) && !gradeWords[name[len(stem):len(name)-len(sr.Suffix)]] {
					continue
				}
			}
			// "四川大学科技园" and "四川大学眉山科技园": a place set into a
			// name names a branch.
			if ins := insertion(rs, or); ins != nil && (placeLead(ins, 0) == len(ins) || ins[0] == '(' && ins[len(ins)-1] == ')') {
				continue
			}
			if subsequence(rs, or) {
				fit = append(fit, name)
			}
		}
		if len(fit) == 1 {
			named[k][m.Name]--
			named[k][fit[0]]++
			m.Aliases = append(m.Aliases, m.Name)
			m.Name = fit[0]
		}
	}
}

// insertion returns the words long holds between the start and the end of
// short when it is short with them set in, else nil.
func insertion(short, long []rune) []rune {
	p := 0
	for p < len(short) && short[p] == long[p] {
		p++
	}
	q := len(short) - p
	if !slices.Equal(short[p:], long[len(long)-q:]) {
		return nil
	}
	return long[p : len(long)-q]
}

// gradeWords rank a body within its class rather than name it.
var gradeWords = wordSet(`重点 国家 国家级 国家重点 省级 省重点 市级 技术 工程`)

// repeats finds the further occurrences of names the document has already
// used: an industry named once in a list is the same industry later on.
// Only the names of the mentions that from admits are sought (every
// mention's when from is nil); the occurrences found are of rule.
func (r *recognizer) repeats(ms []Mention, from func(Mention) bool, rule string) []Mention {
	known := map[string]Mention{}
	for _, m := range ms {
		// An industry read only from its firms' name ("生物医药企业") is not
		// sought elsewhere: the common words are no name there.
		if m.Rule == "short-form" || m.Rule == "relative-agency" || m.Kind == store.KindTalent || m.Rule == "industry-firms" ||
			from != nil && !from(m) {
			continue
		}
		for _, n := range append([]string{m.Name}, m.Aliases...) {
			if utf8.RuneCountInString(n) >= 2 && !strings.ContainsAny(n, "()") {
				if _, ok := known[n]; !ok {
					known[n] = m
				}
			}
		}
	}
	taken := takenBy(ms, len(r.text))
	// A page's own name wins over lexicon brands inside it only where
	// such a brand starts (brandsInside): most taken places hold none,
	// and asking every mention about each of them grew with the square of
	// a long text.
	lexiconAt := make([]bool, len(r.text))
	for _, o := range ms {
		if o.Rule == "lexicon" {
			lexiconAt[o.Start] = true
		}
	}
	// Longer names first, so that 人工智能 inside 新一代人工智能 is left alone.
	keys := make([]string, 0, len(known))
	for n := range known {
		keys = append(keys, n)
	}
	sort.Slice(keys, func(i, j int) bool {
		if li, lj := utf8.RuneCountInString(keys[i]), utf8.RuneCountInString(keys[j]); li != lj {
			return li > lj
		}
		return keys[i] < keys[j]
	})
	for _, n := range keys {
		m := known[n]
		nr := []rune(n)
		for _, i := range r.pairsAt(nr) {
			if i+len(nr) > len(r.text) || !slices.Equal(r.text[i:i+len(nr)], nr) {
				continue
			}
			si := r.sentenceOf(i)
			s := r.sents[si]
			if i+len(nr) > s.End {
				continue
			}
			// "华润医药集团有限公司(下称:华润医药)…华润医药是": the page's
			// own name for a firm outweighs a brand the lexicon knows
			// inside it.
			if taken[i] || taken[i+len(nr)-1] {
				if !slices.Contains(lexiconAt[i:i+len(nr)], true) || !brandsInside(ms, i, i+len(nr), m.Kind) {
					continue
				}
				ms = slices.DeleteFunc(ms, func(o Mention) bool { return o.Start >= i && o.End <= i+len(nr) && o.Rule == "lexicon" })
			}
			// Not inside a longer word of Chinese characters that
			// continues it into another name.
			if i+len(nr) < s.End && endsWithSuffix(string(r.text[i:min(s.End, i+len(nr)+3)])) {
				continue
			}
			ms = append(ms, Mention{Span: Span{i, i + len(nr)}, Sentence: si, Surface: n, Name: m.Name, Kind: m.Kind,
				Rule: rule, Conf: min(m.Conf, 0.75)})
			for k := i; k < i+len(nr); k++ {
				taken[k] = true
			}
		}
	}
	return ms
}

// takenBy marks the code points of a text of n the mentions cover.
func takenBy(ms []Mention, n int) []bool {
	taken := make([]bool, n)
	for _, m := range ms {
		for k := m.Start; k < m.End; k++ {
			taken[k] = true
		}
	}
	return taken
}

// spanIndex finds the mentions that overlap a span without looking at
// every mention of the page, so that a page of many names is read in
// time that grows with the page.
type spanIndex struct {
	ms      []Mention
	byStart []int // indexes of ms in the order they start
	longest int
}

func newSpanIndex(ms []Mention) *spanIndex {
	x := &spanIndex{ms: ms, byStart: make([]int, len(ms))}
	for i, m := range ms {
		x.byStart[i] = i
		x.longest = max(x.longest, m.End-m.Start)
	}
	sort.SliceStable(x.byStart, func(a, b int) bool { return ms[x.byStart[a]].Start < ms[x.byStart[b]].Start })
	return x
}

// overlapping lists the indexes of the mentions that overlap [start,
// end), in the order they start.
func (x *spanIndex) overlapping(start, end int) []int {
	lo := sort.Search(len(x.byStart), func(k int) bool { return x.ms[x.byStart[k]].Start >= start-x.longest })
	var out []int
	for _, i := range x.byStart[lo:] {
		if x.ms[i].Start >= end {
			break
		}
		if x.ms[i].End > start {
			out = append(out, i)
		}
	}
	return out
}

// brandsInside reports that the mentions overlapping [start, end) are known
// brands of the kind, all of them strictly inside the span.
func brandsInside(ms []Mention, start, end int, kind store.Kind) bool {
	n := 0
	for _, o := range ms {
		if o.Start >= end || o.End <= start {
			continue
		}
		// "四川路桥副总经理": a place the lexicon reads where a repeated
		// name opens with it is the name's place.
		if o.Rule != "lexicon" || o.Kind != kind && !(o.Kind == store.KindRegion && o.Start == start) || o.Start < start || o.End > end || o.End-o.Start == end-start {
			return false
		}
		n++
	}
	return n > 0
}

// reSettingUp: a bracket that says a body is being set up.
var reSettingUp = regexp.MustCompile(`^\((筹|筹建|筹备|暂定名|试运行)\)`)

// reDeclared: "郫都区经济科技和信息化局(以下简称区经科信局)": the text
// declares the short name it goes on to use.
var reDeclared = regexp.MustCompile(`^\((以下简称|以下称|下称|简称|以下统称|统称)[::]?[“"《]?([^()“”"《》]{2,16}?)[”"》]?\)`)

// declared adds a declared short name to the body it follows and drops
// what the rules read inside the brackets: the repeat rule then finds the
// short name there and wherever the text uses it.
func (r *recognizer) declared(ms []Mention) []Mention {
	var drop []Span
	shorts := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		if m.Rule == "nested" {
			continue
		}
		rest := string(r.text[m.End:min(len(r.text), m.End+24)])
		// "四川天府高新技术产业园区(筹)(以下简称“天府高新区”)": a body being
		// set up says so before its short name.
		pre := reSettingUp.FindString(rest)
		// "《…计划》(以下简称《三年行动计划》)": a title's short title.
		if m.Rule == "book-title" && strings.HasPrefix(rest, "》") {
			pre = "》"
		}
		rest = rest[len(pre):]
		sm := reDeclared.FindStringSubmatchIndex(rest)
		if sm == nil {
			continue
		}
		at := m.End + utf8.RuneCountInString(pre)
		drop = append(drop, Span{at, at + utf8.RuneCountInString(rest[:sm[1]])})
		// "A、B、C(以下统称X)" names the members together: a family, which
		// the relation rules read; no alias of the last member.
		if strings.Contains(rest[sm[2]:sm[3]], "统称") {
			continue
		}
		short := rest[sm[4]:sm[5]]
		if !slices.Contains(m.Aliases, short) && short != m.Name {
			m.Aliases = append(m.Aliases, short)
		}
		shorts[short] = true
	}
	if len(drop) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		inside := shorts[m.Surface]
		for _, d := range drop {
			if m.Start >= d.Start && m.End <= d.End {
				inside = true
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// capitalKinds are the kinds of capital policy prose names, which end like
// an investor's brand (君联资本).
var capitalKinds = wordSet(`注册资本 社会资本 耐心资本 国有资本 民间资本 金融资本 产业资本 风险资本 外商资本 民营资本`)

// rePlant: heads of a firm's plants, works and headquarters, of media
// centres and venues (会议中心, 展示中心), and superlatives that describe a
// body rather than name it (西部最大氢能产业基地).
var rePlant = regexp.MustCompile(`(生产|制造|研制|加工|厨房|总装及试验|配套|产业化|创制|总部)基地$|(融媒体|新闻|会议|会展|展示|接待|购物|商业)中心$|(采购|生产|结算|客服|营销|销售|仓储|配送|交付|流通)中心$|最(大|强|具|早|先)`)

// ownedHeads end the names of units a university or institute runs.
var ownedHeads = sortByLen(strings.Fields(`协同创新中心 创新中心 研究中心 技术中心 转移中心 转化中心 中心 研究院 研究所 学院 实验室 科技园 科创园 创新园 产业园 孵化器 平台 基地`))

// parkHeads may follow an owner's name with no words between.
var parkHeads = wordSet(`科技园 科创园 创新园`)

// reOwnedNot: words in the middle that make the head a class of units.
var reOwnedNot = regexp.MustCompile(`所属|下属|旗下|直属|相关|有关|其他|其它|各|多个|一批|若干|重点|优势`)

// ownedStop: characters that end a name's middle; a unit's own words
// never hold them ("电子科技大学与天府新区共建的中心" is two bodies).
const ownedStop = "与和及在的等为将对向从由是了于把被让并或、"

// ownedNames: a university's or institute's unit is named after it, and
// the words between may be ones that end names elsewhere ("电子科技大学天府
// 协同创新中心", "电子科技大学金牛未来产业科技园"): read from the owner's
// name to the nearest head. A park or incubator a university runs is a
// platform, not a place.
func (r *recognizer) ownedNames(si int, s Span) {
	// The owners are what the gazetteer pass found in this sentence.
	var owners []Span
	for _, m := range r.out[r.sentenceOut:] {
		if m.Sentence == si && (m.Rule == "lexicon" || m.Rule == "gazetteer") && m.End-m.Start >= 4 &&
			(m.Kind == store.KindUniversity || m.Kind == store.KindResearchInstitute) {
			owners = append(owners, m.Span)
		}
	}
	for _, o := range owners {
		i, b := o.Start, o.End
		for end := b + 1; end <= min(s.End, b+14); end++ {
			if c := r.text[end-1]; !han(c) || strings.ContainsRune(ownedStop, c) {
				break
			}
			head := ""
			for _, h := range ownedHeads {
				// "四川大学科技园": a park may follow its owner's name directly.
				mid := 2
				if parkHeads[h] {
					mid = 0
				}
				if hl := utf8.RuneCountInString(h); end-hl >= b+mid && string(r.text[end-hl:end]) == h {
					head = h
					break
				}
			}
			if head == "" || end < s.End && nameRune(r.text[end]) && !r.nameEndsAt(s, end) {
				continue
			}
			// "中国科学院成都分院所属研究所": units it has, no name.
			if mid := string(r.text[b:end]); reOwnedNot.MatchString(mid) || r.verbInside(s, b, end-utf8.RuneCountInString(head)) {
				break
			}
			sr, _ := suffixOf(string(r.text[i:end]))
			kind := sr.Kind
			if kind == store.KindRegion || kind == "" {
				kind = store.KindPlatform
			}
			r.add(si, i, end, string(r.text[i:end]), kind, "owned-name", 0.9)
			break
		}
	}
}

// verbInside reports a word that ends names, other than 协同, ending
// between a and b: "西南交通大学合作建设无人机试验平台" names two bodies.
func (r *recognizer) verbInside(s Span, a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if w := r.boundaryAt(s, k); w >= 2 && k-w >= a && string(r.text[k-w:k]) != "协同" {
			return true
		}
	}
	return false
}

// nameEndsAt reports a name ending before position end: a title, a verb
// or a particle follows.
func (r *recognizer) nameEndsAt(s Span, end int) bool {
	starts := false
	for l := 1; l <= 4 && end+l <= s.End; l++ {
		starts = starts || boundaryWords[string(r.text[end:end+l])]
	}
	return starts || r.titleAt(end, s.End) != "" || followWordAt(r.text, end, s.End) || nameStops[string(r.text[end])] ||
		strings.HasPrefix(string(r.text[end:min(s.End, end+2)]), "项目")
}

// reNumbered: the state groups' institutes known by number, "中电科29所",
// and the numbers listed after one, "电子10所、29所、30所".
var reNumbered = regexp.MustCompile(`(中国电科|中电科|电科|电子)(\d{1,2})所((?:、\d{1,2}所)*)`)

// reNumberedSibling is one number listed after the first.
var reNumberedSibling = regexp.MustCompile(`\d{1,2}所`)

// reAeroNumbered: an institute known by a number of three digits alone
// ("联合611所建设…"), as the aviation and space groups' are; a count of
// schools or bodies ("120所高校") is followed by their class, or is
// preceded by a word of counting.
// The characters around the number are tested apart from the match, so
// that one institute's last character may be the next one's first
// ("611所、615所").
var (
	reAeroNumbered = regexp.MustCompile(`[1-9]\d{2}所`)
	aeroNotBefore  = []rune(`0123456789.%有共等近约超余第`)
	aeroNotAfter   = []rune(`高学院医中小科以及`)
)

// numberedInstitutes names an institute of 中国电子科技集团 known by its
// number by its full name, the short form an alias; an institute known by
// three digits alone keeps them as its name.
func (r *recognizer) numberedInstitutes(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	add := func(at int, form, number string) {
		n, err := strconv.Atoi(number)
		if err != nil || n < 1 {
			return
		}
		start := s.Start + utf8.RuneCountInString(str[:at])
		m := r.add(si, start, start+utf8.RuneCountInString(form), "中国电子科技集团公司第"+chineseNumber(n)+"研究所", store.KindResearchInstitute, "numbered-institute", 0.9)
		m.Aliases = append(m.Aliases, form)
	}
	for _, loc := range reNumbered.FindAllStringSubmatchIndex(str, -1) {
		// "电子10所": 电子 alone names the group only before a number a
		// list goes on with, or a word of the group's institutes.
		if str[loc[2]:loc[3]] == "电子" && loc[6] == loc[7] {
			continue
		}
		add(loc[0], str[loc[0]:loc[5]+len("所")], str[loc[4]:loc[5]])
		for _, sib := range reNumberedSibling.FindAllStringIndex(str[loc[6]:loc[7]], -1) {
			form := str[loc[6]+sib[0] : loc[6]+sib[1]]
			add(loc[6]+sib[0], form, strings.TrimSuffix(form, "所"))
		}
	}
	for _, loc := range reAeroNumbered.FindAllStringIndex(str, -1) {
		start := s.Start + utf8.RuneCountInString(str[:loc[0]])
		form := str[loc[0]:loc[1]]
		end := start + utf8.RuneCountInString(form)
		if start > s.Start && (slices.Contains(aeroNotBefore, r.text[start-1]) || r.text[start-1] < utf8.RuneSelf && unicode.IsLetter(r.text[start-1])) ||
			end < s.End && slices.Contains(aeroNotAfter, r.text[end]) {
			continue
		}
		r.add(si, start, end, form, store.KindResearchInstitute, "numbered-institute", 0.7)
	}
}

// chineseNumber writes 1-99 as Chinese numerals: 10 十, 29 二十九.
func chineseNumber(n int) string {
	digits := []rune("零一二三四五六七八九")
	switch {
	case n < 10:
		return string(digits[n])
	case n < 20:
		return "十" + strings.TrimPrefix(string(digits[n%10]), "零")
	default:
		out := string(digits[n/10]) + "十"
		if n%10 > 0 {
			out += string(digits[n%10])
		}
		return out
	}
}

// sharedOwners: "西南医科大学附属中医医院、附属医院、附属口腔医院" — units
// listed after one named with its owner and 附属 are the owner's too, and
// named with it. A unit so named that follows no owner ("三家直属附属医院")
// names no body.
func (r *recognizer) sharedOwners(ms []Mention) []Mention {
	// before returns the longest mention that ends last before at.
	before := func(at, sent int) *Mention {
		var b *Mention
		for i := range ms {
			p := &ms[i]
			if p.Sentence == sent && p.End <= at && (b == nil || p.End > b.End || p.End == b.End && p.Start < b.Start) {
				b = p
			}
		}
		return b
	}
	drop := map[int]bool{}
	for i := range ms {
		m := &ms[i]
		stem, _ := strings.CutPrefix(m.Name, "直属")
		stem, ok := strings.CutPrefix(stem, "附属")
		if !ok || m.Kind == store.KindTalent || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		owner := ""
		for p := before(m.Start, m.Sentence); p != nil; p = before(p.Start, p.Sentence) {
			if g := string(r.text[p.End:m.Start]); g != "、" && g != "和" && g != "及" {
				break
			}
			if o, _, ok := strings.Cut(p.Name, "附属"); ok && utf8.RuneCountInString(o) >= 2 {
				owner = o
				break
			}
			m = p // a unit before this one named without its owner too
		}
		m = &ms[i]
		if owner == "" {
			drop[i] = true
			continue
		}
		m.Aliases = append(m.Aliases, m.Name)
		m.Name = owner + "附属" + stem
		m.Props = map[string]string{"owner": owner}
	}
	out := ms[:0]
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// placeAfterBrand reads a city or a province right after a brand that
// opens a firm's legal name, "中车成都机车车辆有限公司", or a facility's,
// "中国航发四川燃气涡轮研究院", "中国移动四川公司": the body is there. Of
// such names whose place the annotated pages name as a body of its own,
// they place 21 of 22 firms and 22 of 26 institutes named after 四川; on
// FM–IV placing provinces and facilities too gave 10 more right relations
// for 2 more wrong.
func placeAfterBrand(m Mention, rs []rune, b int) (Mention, bool) {
	full, l := leadingPlace(rs[b:])
	if full == "" || level(full) != 2 && level(full) != 3 {
		return Mention{}, false
	}
	return Mention{Span: Span{m.Start + b, m.Start + b + l}, Sentence: m.Sentence, Surface: string(rs[b : b+l]),
		Name: full, Kind: store.KindRegion, Rule: "nested-place", Conf: 0.75}, true
}

// eventSuffix reports a suffix that ends an event's name.
func eventSuffix(suffix string) bool {
	for _, sr := range suffixRules {
		if sr.Suffix == suffix {
			return sr.Kind == store.KindEvent
		}
	}
	return false
}

// exceptionTails are the boundary words that end a word of
// boundaryExceptions ("利用" in "综合利用"): only they need a look back.
var exceptionTails = func() map[string]bool {
	m := map[string]bool{}
	for e := range boundaryExceptions {
		rs := []rune(e)
		for k := 1; k < len(rs); k++ {
			if boundaryWords[string(rs[k:])] {
				m[string(rs[k:])] = true
			}
		}
	}
	return m
}()

// suffixRunes are suffixRules' suffixes as runes, and suffixesByLast the
// rules by their suffix's last character, longest first as suffixRules
// orders them: the suffix scan at each character tries only the rules that
// can end there.
var (
	suffixRunes = func() [][]rune {
		out := make([][]rune, len(suffixRules))
		for k, sr := range suffixRules {
			out[k] = []rune(sr.Suffix)
		}
		return out
	}()
	suffixesByLast = func() map[rune][]int {
		m := map[rune][]int{}
		for k, rs := range suffixRunes {
			last := rs[len(rs)-1]
			m[last] = append(m[last], k)
		}
		return m
	}()
)

// reParkFirm: the words after a park's name that make a firm the park's.
var reParkFirm = regexp.MustCompile(`^(产业园|园区|科技园|科技|发展|管理|建设|投资|运营|开发|服务|实业|有限|股份|集团)`)

// countyZones: "江安经开区", "宣汉普光经开区" — a county known by its full name
// only (sichuanCountiesFull) opens a zone's name by its stem: the zone's
// class after it says the stem is the county, which is rarely so elsewhere.
func countyZones(ms []Mention) []Mention {
	var extra []Mention
	for _, m := range ms {
		if m.Kind != store.KindRegion || !reCountyZone.MatchString(m.Name) || m.Surface != m.Name {
			continue
		}
		rs := []rune(m.Name)
		var counties []Mention
		for _, l := range []int{2, 3} {
			if len(rs) < l+3 {
				continue
			}
			for _, tail := range []string{"县", "区", "市"} {
				if full := string(rs[:l]) + tail; sichuanCountiesFull[full] != "" {
					counties = append(counties, Mention{Span: Span{m.Start, m.Start + l}, Sentence: m.Sentence, Surface: string(rs[:l]),
						Name: full, Kind: store.KindRegion, Rule: "nested", Conf: 0.75})
				}
			}
		}
		// A place the zone's name already opens with is its place.
		if len(counties) > 0 && !slices.ContainsFunc(ms, func(o Mention) bool {
			return o.Kind == store.KindRegion && o.Start == m.Start && o.End > m.Start && o.End < m.End
		}) {
			extra = append(extra, counties...)
		}
	}
	return append(ms, extra...)
}

// reCountyZone: the zones a county's stem opens.
var reCountyZone = regexp.MustCompile(`(经开区|经济开发区|高新区|工业园区|工业园|产业园)$`)

// reCityRole ends the roles plans give cities: centres of a region's
// finance or consumption, gateway and transport hubs.
var reCityRole = regexp.MustCompile(`(副中心|金融中心|消费中心|经济中心|科技中心|门户枢纽|交通枢纽|航空枢纽)$`)

// reJoinedIssuers: a party committee and a government written together as
// a document's issuers, the committee's place a city or a county.
var reJoinedIssuers = regexp.MustCompile(`^(中共\p{Han}{2,10}?[市区县州]委)[ 和、]*(\p{Han}{2,10}人民政府)$`)
