package importer

// Places: regions named by their level, their short forms and their
// brackets, zones named after their district, and the places a name opens
// with.

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"innograph/store"
)

// placeBrackets: "北邮未来通信研究院(成都)": a body named with its place in
// brackets after the name; the bracket is part of the name, which the
// rest of the text may give without it.
func (r *recognizer) placeBrackets(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if !orgKinds[m.Kind] && !facilityKinds[m.Kind] || m.End+3 > len(r.text) || r.text[m.End] != '(' || strings.HasSuffix(m.Name, ")") {
			continue
		}
		c := slices.Index(r.text[m.End+1:min(len(r.text), m.End+8)], ')')
		if c < 2 {
			continue
		}
		place := string(r.text[m.End+1 : m.End+1+c])
		if _, _, ok := r.bracketWhere(place); !ok {
			continue
		}
		// "…枢纽节点(成都)项目": the bracket is inside a project's longer
		// name, and says which part of a national hub it is; so it is in
		// "电子科技大学(深圳)高等研究院", a body of its own.
		if rest := string(r.text[m.End+c+2 : min(len(r.text), m.End+c+4)]); rest == "项目" || rest == "工程" {
			continue
		}
		if k := m.End + c + 2; k < len(r.text) && nameRune(r.text[k]) && suffixWithin(r.text[k:min(len(r.text), k+8)]) {
			continue
		}
		m.Aliases = append(m.Aliases, m.Name)
		m.Name += "(" + place + ")"
		m.End += c + 2
		m.Surface = string(r.text[m.Start:m.End])
		// A unit named after its owner keeps that rule, which reads the
		// owner off the name.
		if m.Rule != "owned-name" {
			m.Rule = "place-bracket"
		}
	}
}

// suffixWithin reports a name's suffix ending within rs.
func suffixWithin(rs []rune) bool {
	for l := 2; l <= len(rs); l++ {
		if endsWithSuffix(string(rs[:l])) {
			return true
		}
	}
	return false
}

// bracketWhere reads what a bracket after a name may hold as part of it:
// a short place ("(成都)"), two ("(德阳什邡)"), or a place's park of a body
// with several ("电子科技大学科技园(天府园)"). It returns the part that says
// where the body is (the place, the second of two, the park's place) and
// where that part starts in the bracket, in characters; ok is false when
// the bracket holds none of these. A full district's name there
// ("…中试验证平台(龙泉驿区)") is where a listed item lies, apart from its name.
func (r *recognizer) bracketWhere(in string) (where string, off int, ok bool) {
	rs := []rune(in)
	if _, named := r.placeNamed(in); named {
		return in, 0, !strings.ContainsRune(regionSingle, rs[len(rs)-1])
	}
	if a, b, two := r.twoPlaces(in); two {
		return b.surface, utf8.RuneCountInString(a.surface), true
	}
	if park, cut := strings.CutSuffix(in, "园"); cut && utf8.RuneCountInString(park) >= 2 {
		_, named := r.placeNamed(park)
		return park, 0, named || placeAt([]rune(park))
	}
	return "", 0, false
}

// countryAt returns the foreign country that stem opens with, if any.
func countryAt(stem string) string {
	for _, c := range countries {
		if strings.HasPrefix(stem, c) && len(stem) > len(c) {
			return c
		}
	}
	return ""
}

// reSideOf: a side of a place, which ends the words that say where.
var reSideOf = regexp.MustCompile(`^\p{Han}{2,6}?(东南岸|东北岸|西南岸|西北岸|东岸|西岸|南岸|北岸|湖畔|之畔|沿岸|畔)`)

// placeAt reports whether rs starts with the stem of a known place.
func placeAt(rs []rune) bool {
	for l := min(4, len(rs)); l >= 2; l-- {
		if _, ok := placeStems[string(rs[:l])]; ok {
			return true
		}
	}
	return false
}

// regionAt finds a region with a one-character suffix (成都市, 锦江区):
// only a known place stem makes one, as "全市" or "城区" are no names.
func (r *recognizer) regionAt(si int, s Span, e int) {
	for l := 4; l >= 2; l-- {
		j := e - 1 - l
		if j < s.Start {
			continue
		}
		stem := string(r.text[j : e-1])
		if full, ok := placeStems[stem]; ok && key(full) == key(stem+string(r.text[e-1])) {
			r.add(si, j, e, full, store.KindRegion, "place", 0.9)
			return
		}
	}
}

type placeName struct{ surface, name string }

// threePlaces splits a prefix into three places of the gazetteer, each
// wider than the next: "四川省眉山市彭山区".
func (r *recognizer) threePlaces(prefix string) []placeName {
	rs := []rune(prefix)
	for k := 2; k <= len(rs)-4; k++ {
		a, ok := r.placeNamed(string(rs[:k]))
		if !ok {
			continue
		}
		if b, c, ok := r.twoPlaces(string(rs[k:])); ok && higher(a, b.name) {
			return []placeName{{string(rs[:k]), a}, b, c}
		}
	}
	return nil
}

// twoPlaces splits a prefix into two places of the gazetteer, the first
// the wider: "成都市金牛区", "四川省成都市".
func (r *recognizer) twoPlaces(prefix string) (placeName, placeName, bool) {
	rs := []rune(prefix)
	for k := 2; k <= len(rs)-2; k++ {
		a, okA := r.placeNamed(string(rs[:k]))
		b, okB := r.placeNamed(string(rs[k:]))
		if okA && okB && higher(a, b) {
			return placeName{string(rs[:k]), a}, placeName{string(rs[k:]), b}, true
		}
	}
	return placeName{}, placeName{}, false
}

// cityOpening returns the city whose name opens a zone's ("成都" in
// 成都高新区) and its length, or 0 when the place is no zone so named.
func (r *recognizer) cityOpening(p placeName) (string, int) {
	rs := []rune(p.surface)
	for k := min(3, len(rs)-2); k >= 2; k-- {
		if c, ok := r.placeNamed(string(rs[:k])); ok && c != p.name && level(c) == 2 && higher(c, p.name) {
			return c, k
		}
	}
	return "", 0
}

// placeNamed returns the region s names: a region of the gazetteer, or a
// place by its stem ("青白江" in "成都青白江铁路港").
func (r *recognizer) placeNamed(s string) (string, bool) {
	if e, ok := r.gaz.Lookup(s); ok && e.Kind == store.KindRegion {
		return e.Name, true
	}
	if full := placeStems[s]; full != "" {
		return full, true
	}
	return "", false
}

// branch reads a lab's or institute's site elsewhere, "国家实验室成都基地",
// "某某研究院成都分中心": the body's name, a place, and a short word for the
// site. The site is of its parent's kind (a lab's base does research, it
// is no generic platform) and lies in the place, which it returns as a
// mention of its own. Parents of other kinds (a firm's "成都基地") keep
// the suffix's kind.
func (r *recognizer) branch(m *Mention) (Mention, bool) {
	if !facilityKinds[m.Kind] || m.Rule == "book-title" {
		return Mention{}, false
	}
	rs := []rune(m.Surface)
	for p := 3; p+4 <= len(rs); p++ {
		parent := string(rs[:p])
		sr, ok := suffixOf(parent)
		if !ok || !facilityKinds[sr.Kind] {
			continue
		}
		for l := 3; l >= 2; l-- {
			full := placeStems[string(rs[p:min(len(rs), p+l)])]
			if tail := len(rs) - p - l; full == "" || tail < 2 || tail > 3 || !branchWords[string(rs[p+l:])] {
				continue
			}
			if sr.Kind == store.KindLab || sr.Kind == store.KindResearchInstitute {
				m.Kind = sr.Kind
			}
			return Mention{Span: Span{m.Start + p, m.Start + p + l}, Sentence: m.Sentence, Surface: string(rs[p : p+l]),
				Name: full, Kind: store.KindRegion, Rule: "nested-place", Conf: 0.75}, true
		}
	}
	return Mention{}, false
}

var branchWords = wordSet(`基地 分部 分中心 中心 园区 研究院 研究所`)

// buildVerbs: verbs of building or running a body, which a name's reader
// may run into ("承建四川试验基地") and which are no brands.
var buildVerbs = wordSet(`共办 承建 共建 合办 创办 联办 主办 承办 协办 新建 筹建 援建 代建`)

// brandBeforePlace returns the length of a firm's brand that starts a
// facility's name before a place: "华为成都研究所", "京东方成都研发中心",
// "腾讯西部云计算中心" name 华为, 京东方 and 腾讯 too. The brand must be a
// word of its own, not a generic one or a slogan's ("智慧成都", "数字四川").
// Brands without a place after them ("阿里巴巴数字经济产业生态基地") are
// not told from descriptive stems, and are given up.
func brandBeforePlace(rs []rune, kind store.Kind) int {
	// A lab is named by its field before its level's place
	// (畜禽种业四川省重点实验室): the field is no brand.
	if !facilityKinds[kind] || kind == store.KindLab {
		return 0
	}
	return brandLen(rs)
}

// brandLen returns the length of a brand of two to four characters that
// opens a name before a place, or 0.
func brandLen(rs []rune) int {
	for b := 2; b <= 4 && b+2 < len(rs); b++ {
		brand := string(rs[:b])
		if !startsWithPlace(rs[b:]) || distinctLen(brand) < 2 || sloganWords[brand] || endsWithSuffix(brand) || buildVerbs[brand] ||
			strings.ContainsFunc(brand, func(c rune) bool { return !han(c) && !unicode.IsLetter(c) }) {
			continue
		}
		if _, ok := placeStems[brand]; ok {
			return 0
		}
		for k := 1; k < b; k++ {
			if boundaryWords[string(rs[k:k+1])] && !boundaryExceptions[string(rs[k-1:k+1])] {
				return 0
			}
		}
		return b
	}
	return 0
}

// startsWithPlace: the rest begins with a place stem of two characters or
// more, and goes on after it.
func startsWithPlace(rs []rune) bool {
	for l := 4; l >= 2; l-- {
		if l+2 <= len(rs) {
			if _, ok := placeStems[string(rs[:l])]; ok {
				return true
			}
		}
	}
	// "东兴区经济合作局": a district known by its full name only.
	for l := 5; l >= 2; l-- {
		if l+2 <= len(rs) && countyFull(string(rs[:l])) {
			return true
		}
	}
	return false
}

// opensWithCity reports a name that opens with a city's stem (成都, 绵阳).
func opensWithCity(name string) bool {
	rs := []rune(name)
	for l := min(4, len(rs)-2); l >= 2; l-- {
		if full := placeStems[string(rs[:l])]; strings.HasSuffix(full, "市") {
			return true
		}
	}
	return false
}

// shortForms finds a region named without its level once the full name
// has been seen ("锦江" after "锦江区"), and a university by its class's
// short form ("华东师大" after "华东师范大学").
func (r *recognizer) shortForms(ms []Mention) []Mention {
	short := map[string]Mention{}
	for _, m := range ms {
		rs := []rune(m.Name)
		if m.Kind == store.KindRegion && len(rs) >= 3 && strings.ContainsRune("区县市", rs[len(rs)-1]) && !fullNameOnly(m.Name) {
			short[string(rs[:len(rs)-1])] = m
		}
	}
	// "华东师大" after "华东师范大学": a university the page has named in
	// full goes by its usual short form after.
	for _, m := range ms {
		if m.Kind != store.KindUniversity {
			continue
		}
		for _, f := range universityShort {
			if stem, ok := strings.CutSuffix(m.Name, f.full); ok && utf8.RuneCountInString(stem) >= 2 {
				if _, seen := short[stem+f.short]; !seen {
					short[stem+f.short] = m
				}
			}
		}
	}
	// A district of 成都市 is named short before anything else on the page
	// only where it can be nothing else: after its city ("成都彭州") or as
	// where something is held ("在温江举行").
	bare := map[string]bool{}
	for name := range chengduCounties {
		rs := []rune(name)
		stem := string(rs[:len(rs)-1])
		if _, seen := short[stem]; !seen {
			short[stem] = Mention{Name: name, Kind: store.KindRegion}
			bare[stem] = true
		}
	}
	// Longer stems first (成都高新 before 成都), in a fixed order.
	stems := make([]string, 0, len(short))
	for stem := range short {
		stems = append(stems, stem)
	}
	sort.Strings(stems)
	stems = sortByLen(stems)
	taken := takenBy(ms, len(r.text))
	stemRunes := runesOf(stems)
	for si, s := range r.sents {
		for i := s.Start; i < s.End; i++ {
			for k, stem := range stems {
				sr := stemRunes[k]
				l := len(sr)
				if l == 0 || i+l > s.End || r.text[i] != sr[0] || !slices.Equal(r.text[i:i+l], sr) || taken[i] || taken[i+l-1] {
					continue
				}
				full := short[stem]
				if i+l < s.End && (han(r.text[i+l]) && strings.ContainsRune(regionSingle+"路街", r.text[i+l])) {
					continue
				}
				// "北京时间": a time zone.
				if i+l+2 <= s.End && string(r.text[i+l:i+l+2]) == "时间" {
					continue
				}
				if bare[stem] && !r.countyContext(s, i, i+l) {
					continue
				}
				ms = append(ms, Mention{Span: Span{i, i + l}, Sentence: si, Surface: stem, Name: full.Name, Kind: full.Kind,
					Rule: "short-form", Conf: 0.7})
				for k := i; k < i+l; k++ {
					taken[k] = true
				}
			}
		}
	}
	return ms
}

// universityShort are the usual short forms of a university's class:
// 华东师范大学 is 华东师大, 西南交通大学 西南交大.
var universityShort = []struct{ full, short string }{
	{"师范大学", "师大"}, {"交通大学", "交大"}, {"科技大学", "科大"}, {"财经大学", "财大"}, {"农业大学", "农大"},
	{"医科大学", "医大"}, {"民族大学", "民大"}, {"工业大学", "工大"}, {"理工大学", "理工"},
}

// countyContext reports a place where a district's short name [i, e) can
// only be the district: right after 成都, or between 在 and a verb of
// holding.
func (r *recognizer) countyContext(s Span, i, e int) bool {
	if i-2 >= s.Start && string(r.text[i-2:i]) == "成都" {
		return true
	}
	return i-1 >= s.Start && r.text[i-1] == '在' && reCountyHeld.MatchString(string(r.text[e:min(s.End, e+6)]))
}

var reCountyHeld = regexp.MustCompile(`^(隆重|正式|成功)?(举行|举办|召开|开幕|启动|开工|揭牌|落地|投产)`)

// zonePrefixed: "成都高新区天府软件园 … 天府软件园": a park or a facility
// the page names once after its zone or district and elsewhere alone is
// named alone; the zone says where it is. A name the page always gives
// with its zone (成都高新区集成电路特色工艺中试平台) keeps it, and a city's
// name is part of the name after it (成都天府国际生物城).
func (r *recognizer) zonePrefixed(ms []Mention) {
	text := string(r.text)
	for i := range ms {
		m := &ms[i]
		if !facilityKinds[m.Kind] && m.Kind != store.KindRegion || m.Rule == "nested" || m.Rule == "lexicon" {
			continue
		}
		rest, last := m.Name, ""
		for {
			p := ""
			for l := min(utf8.RuneCountInString(rest)-3, 8); l >= 2; l-- {
				head := string([]rune(rest)[:l])
				if e, ok := r.gaz.Lookup(head); ok && e.Kind == store.KindRegion {
					p = head
					break
				}
			}
			if p == "" {
				break
			}
			rest, last = strings.TrimPrefix(rest, p), p
		}
		// Only a zone or a district before the name: a city's name
		// (成都天府国际生物城) is part of it.
		if rest == m.Name || !strings.HasSuffix(last, "区") || !endsWithSuffix(rest) || r.knownStart(rest) != "" {
			continue
		}
		// The rest is a name of its own: words of its own before its
		// longest suffix ("数据中心" alone is a class).
		stem := ""
		for _, sr := range suffixRules {
			if strings.HasSuffix(rest, sr.Suffix) {
				stem = strings.TrimSuffix(rest, sr.Suffix)
				break
			}
		}
		if distinctLen(stem) < 2 {
			continue
		}
		// The page names it alone elsewhere.
		alone := false
		for k := 0; !alone; {
			at := strings.Index(text[k:], rest)
			if at < 0 {
				break
			}
			at += k
			if !strings.HasSuffix(text[:at], strings.TrimSuffix(m.Name, rest)) {
				alone = true
			}
			k = at + len(rest)
		}
		if alone {
			m.Aliases = append(m.Aliases, m.Name)
			m.Name = rest
		}
	}
}

// bareZones: "高新区和郫都区建立起…机制", "生物城已引进A、B" — a zone named by
// its class alone is the page's zone of that class (the one X高新区, the one
// X生物城 it names), or, on a page about Chengdu that names no 高新区,
// 成都高新区. A page that names two of a class (西部(成都)科学城 and 成都
// 科学城) leaves the class alone.
func (r *recognizer) bareZones(ms []Mention) []Mention {
	taken := make([]bool, len(r.text))
	zones := map[string]map[string]bool{}
	chengdu := false
	for _, m := range ms {
		for k := m.Start; k < m.End; k++ {
			taken[k] = true
		}
		for _, head := range zoneHeads {
			if m.Kind == store.KindRegion && strings.HasSuffix(m.Name, head) && m.Name != head {
				if zones[head] == nil {
					zones[head] = map[string]bool{}
				}
				zones[head][m.Name] = true
			}
		}
		chengdu = chengdu || m.Name == "成都市"
	}
	for _, head := range zoneHeads {
		// "天府国际生物城" is "成都天府国际生物城" without its city.
		for z := range zones[head] {
			for o := range zones[head] {
				if o != z && strings.HasSuffix(o, z) {
					delete(zones[head], z)
				}
			}
		}
		name := ""
		switch {
		case len(zones[head]) == 1:
			for z := range zones[head] {
				name = z
			}
		case len(zones[head]) == 0 && chengdu && head == "高新区":
			name = "成都高新区"
		}
		if name == "" {
			continue
		}
		w := []rune(head)
		for si, s := range r.sents {
			for i := s.Start; i+len(w) <= s.End; i++ {
				if r.text[i] != w[0] || string(r.text[i:i+len(w)]) != head || taken[i] || taken[i+len(w)-1] {
					continue
				}
				if i > s.Start && nameRune(r.text[i-1]) && r.boundaryAt(s, i) == 0 {
					continue
				}
				ms = append(ms, Mention{Span: Span{i, i + len(w)}, Sentence: si, Surface: head, Name: name, Kind: store.KindRegion, Rule: "short-form", Conf: 0.6})
			}
		}
	}
	return ms
}

// zoneHeads are the classes of zones a page, once it has named one in full,
// goes on to call by the class alone.
var zoneHeads = []string{"高新区", "生物城", "医学城", "科学城", "科技城", "金融城", "软件园"}

// zoneShortForms: a zone named in full is also called by the short form
// of its class ("四川成都新都高新技术产业园区" is 新都高新区, "成都经济技术开发
// 区" is 成都经开区), with or without the places its name opens with. The
// short forms are official: the page that names the zone in full calls it
// short elsewhere.
func zoneShortForms(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindRegion {
			continue
		}
		for _, z := range zoneClasses {
			core, ok := strings.CutSuffix(m.Name, z.long)
			if !ok {
				continue
			}
			for rs := []rune(core); len(rs) >= 2 && string(rs) != "国家"; {
				// "绵阳国家高新技术产业开发区" is 绵阳高新区 too, and
				// "资阳市高新技术产业园区" 资阳高新区.
				stems := []string{string(rs)}
				if st, ok := strings.CutSuffix(string(rs), "国家"); ok {
					stems = append(stems, st)
				}
				if l := len(rs); l > 2 && strings.ContainsRune("市县", rs[l-1]) && placeLead(rs, 0) == l {
					stems = append(stems, string(rs[:l-1]))
				}
				for _, stem := range stems {
					for _, short := range z.short {
						if f := stem + short; !slices.Contains(m.Official, f) {
							m.Official = append(m.Official, f)
						}
					}
				}
				cut := placeLead(rs, 2)
				if cut == 0 {
					break
				}
				rs = rs[cut:]
			}
			break
		}
	}
}

// zoneClasses are the long names of classes of zones, longest first, and
// their short forms. A page that names a zone 经济技术开发区 may call it
// 经济开发区 too, dropping 技术 as it drops more for 经开区; one named
// 经济开发区 goes by 经开区.
var zoneClasses = []struct {
	long  string
	short []string
}{
	{"高新技术产业开发区", []string{"高新区"}}, {"高新技术产业园区", []string{"高新区"}}, {"高新技术开发区", []string{"高新区"}},
	{"经济技术开发区", []string{"经开区", "经济开发区"}}, {"经济开发区", []string{"经开区"}},
}

// reZoneClassEnd: the classes of zones a page names once with the
// province and the city before them ("四川德阳罗江经济开发区") and elsewhere
// without (罗江经济开发区).
var reZoneClassEnd = regexp.MustCompile(`(经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|工业园区|产业园区|产业园|新区)$`)

// placeShortForms: a facility or a zone named once with its place and elsewhere
// without it ("在德阳布局清洁能源装备中试基地" beside "德阳清洁能源装备中
// 试基地") is one body; the longer name stands, the shorter is an alias.
func placeShortForms(ms []Mention) {
	full := map[string]string{} // name without its leading place -> name
	shortened := func(m Mention) bool {
		return facilityKinds[m.Kind] || m.Kind == store.KindRegion && reZoneClassEnd.MatchString(m.Name) && m.Rule != "lexicon"
	}
	for _, m := range ms {
		if !shortened(m) || m.Rule == "nested" {
			continue
		}
		// "四川德阳罗江经济开发区" is 德阳罗江经济开发区 and 罗江经济开发区.
		for rs := []rune(m.Name); ; {
			cut := placeLead(rs, 4)
			if cut == 0 || len(rs)-cut < 4 {
				break
			}
			rs = rs[cut:]
			full[string(rs)] = m.Name
		}
	}
	for i := range ms {
		m := &ms[i]
		if n, ok := full[m.Name]; ok && shortened(*m) {
			if !slices.Contains(m.Aliases, m.Name) {
				m.Aliases = append(m.Aliases, m.Name)
			}
			m.Name = n
		}
	}
}

// countyStems: "乐至县与西南交大签约。…乐至正聚焦装备制造" — a county known
// by its full name only (sichuanCountiesFull) that the page names in full
// is that county wherever the page names it by its stem, outside a name.
func (r *recognizer) countyStems(ms []Mention) []Mention {
	stems := map[string]string{}
	for _, m := range ms {
		rs := []rune(m.Name)
		if m.Kind == store.KindRegion && sichuanCountiesFull[m.Name] != "" && len(rs) >= 3 && !strings.Contains(m.Name, "自治") {
			stems[string(rs[:len(rs)-1])] = m.Name
		}
	}
	if len(stems) == 0 {
		return ms
	}
	taken := takenBy(ms, len(r.text))
	keys := make([]string, 0, len(stems))
	for k := range stems {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, stem := range keys {
		sr := []rune(stem)
		for _, i := range r.pairsAt(sr) {
			end := i + len(sr)
			si := r.sentenceOf(i)
			if end > r.sents[si].End || !slices.Equal(r.text[i:end], sr) || slices.Contains(taken[i:end], true) {
				continue
			}
			// A word of its own: "乐至正聚焦", "在乐至"; the stem run on
			// into a name ("梓潼现代种业公司") or its full name is the
			// name's.
			if i > r.sents[si].Start && nameRune(r.text[i-1]) && r.boundaryAt(r.sents[si], i) == 0 ||
				end < r.sents[si].End && nameRune(r.text[end]) && !r.wordStartsAt(r.sents[si], end) && !strings.ContainsRune(stemFollowers, r.text[end]) {
				continue
			}
			ms = append(ms, Mention{Span: Span{i, end}, Sentence: si, Surface: stem, Name: stems[stem], Kind: store.KindRegion, Rule: "place-short", Conf: 0.7})
			for k := i; k < end; k++ {
				taken[k] = true
			}
		}
	}
	return ms
}

// stemFollowers: the one-character words a place's stem is followed by as
// the subject or the object of a clause.
const stemFollowers = "正将已在以把为是的与和等还也要都从对向"

// cityByname: "大会在蓉举行", "来蓉发展" — the city's one-character byname
// between a verb of coming or being and one of holding or settling is
// Chengdu. As the start of a name (蓉城…, 蓉漂计划) it names no place.
func (r *recognizer) cityByname(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reCityByname.FindAllStringSubmatchIndex(str, -1) {
		at := s.Start + utf8.RuneCountInString(str[:loc[2]])
		r.add(si, at, at+1, "成都市", store.KindRegion, "city-byname", 0.6)
	}
}

var reCityByname = regexp.MustCompile(`(?:在|来|赴|抵|留|落户|扎根|落地|齐聚)(蓉)(?:举行|召开|开幕|举办|启幕|闭幕|落地|发布|揭牌|发展|创业|就业|工作|投资|设立)`)

// reZoneInFirm: a zone's class inside a firm's name, "四川德阳罗江经济开发区
// 迪弗电工科技有限公司": the words after it name a firm of its own.
var reZoneInFirm = regexp.MustCompile(`^(.{2,}?(?:经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|工业园区|新城))(.{4,})$`)

// zoneFirms: a firm named after the zone it is in is the firm alone; the
// zone is a place of its own. The zone's own firms (成都高新区电子信息产业
// 发展有限公司, …产业园开发有限公司) keep its name: words of what a park's
// firm does follow it.
func (r *recognizer) zoneFirms(ms []Mention) []Mention {
	var extra []Mention
	for i := range ms {
		m := &ms[i]
		if m.Kind != store.KindEnterprise || m.Rule == "lexicon" || m.Surface != m.Name {
			continue
		}
		sm := reZoneInFirm.FindStringSubmatch(m.Name)
		if sm == nil || reParkFirm.MatchString(sm[2]) || reZoneFirmWork.MatchString(sm[2]) || !placeAt([]rune(sm[1])) {
			continue
		}
		zl := utf8.RuneCountInString(sm[1])
		extra = append(extra, Mention{Span: Span{m.Start, m.Start + zl}, Sentence: m.Sentence, Surface: sm[1], Name: sm[1],
			Kind: store.KindRegion, Rule: "firm-zone", Conf: 0.75})
		m.Start += zl
		m.Surface, m.Name = sm[2], sm[2]
		if m.Props == nil {
			m.Props = map[string]string{}
		}
		m.Props["zone"] = sm[1]
	}
	return append(ms, extra...)
}

// reZoneFirmWork: what a zone's own firm does, after the zone's name.
var reZoneFirmWork = regexp.MustCompile(`^[^公]{0,8}?(发展|开发|投资|建设|管理|运营|服务|产业)`)

// cityDistrictForms: "成都市新津区" — a district the page names after its
// city goes by that form too. The rules read the two places apart, each
// under its own name, and a reader of the page names the district by the
// fuller form; as an alias it finds the body either way.
func cityDistrictForms(ms []Mention, text []rune) {
	at := map[int]*Mention{}
	for i := range ms {
		if m := &ms[i]; m.Kind == store.KindRegion && level(m.Name) == 1 {
			at[m.Start] = m
		}
	}
	for i := range ms {
		c := &ms[i]
		d := at[c.End]
		if c.Kind != store.KindRegion || level(c.Name) != 2 || d == nil || d.Sentence != c.Sentence {
			continue
		}
		if form := string(text[c.Start:d.End]); form != d.Name && !slices.Contains(d.Aliases, form) {
			d.Aliases = append(d.Aliases, form)
		}
	}
}
