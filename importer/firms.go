package importer

// Firms: legal names, brands after their class or their legal name, firms
// a clause says a body holds or founded, and the lists of firms the genre
// writes.

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

// reFirmEnd: the end of a firm's legal name.
var reFirmEnd = regexp.MustCompile(`(公司|集团)$`)

// ownedBefore are the words that introduce a firm another owns.
var ownedBefore = wordSet(`下属 旗下`)

// legalForms end a firm's name after its brand and trade.
var legalForms = wordSet(`集团 公司 有限公司 股份有限公司 有限责任公司 集团有限公司 集团股份有限公司 集团公司 控股集团`)

var reSubsidiary = regexp.MustCompile(`^(这家|该|其|全资|控股|参股|一家|两家|家)?[子母分]$`)

// reOwnedUnit: a firm's legal name and the kind of unit after it.
var reOwnedUnit = regexp.MustCompile(`(公司|集团)(的)?(全资|控股|参股)?[子分]$`)

// reLegalFirm: a firm's legal name, whose brand a text goes on to use.
var reLegalFirm = regexp.MustCompile(`(股份有限公司|有限责任公司|有限公司|集团公司)$`)

// leadingCity reports a city's name at the start of rs.
func leadingCity(rs []rune) bool {
	full, _ := leadingPlace(rs)
	return full != "" && level(full) == 2
}

// reGroupName: a group named by its brand and 集团 alone.
var reGroupName = regexp.MustCompile(`^\p{Han}{2,4}集团$`)

// firmBrands: "成都卡诺普机器人技术股份有限公司" is later "卡诺普" — the words
// after a legal name's place, two to four characters of their own, found
// again as a word of the text, name the firm. The longest such brand wins;
// one made of generic words (机器人, 科技) is none.
func (r *recognizer) firmBrands(ms []Mention) []Mention {
	taken := takenBy(ms, len(r.text))
	seen := map[string]bool{}
	var extra []Mention
	for _, m := range ms {
		// "通威集团…与通威签订": a group named by its brand alone goes by
		// the brand too.
		group := reGroupName.MatchString(m.Name)
		if m.Kind != store.KindEnterprise || !reLegalFirm.MatchString(m.Name) && !group || seen[m.Name] {
			continue
		}
		seen[m.Name] = true
		rs := []rune(m.Name)
		cut := placeLead(rs, 2)
		legal := utf8.RuneCountInString(reLegalFirm.FindString(m.Name))
		if group {
			legal = 2
		}
		// "成都市极米科技有限公司…极米科技董事长": a mention named by the
		// legal name's words between place and legal form is that firm.
		// "四川九洲电器集团有限责任公司…九洲集团": so is its brand and 集团,
		// when the legal name is a group's.
		if stem := string(rs[cut : len(rs)-legal]); cut > 0 && utf8.RuneCountInString(stem) >= 3 {
			// "成都晓多科技创始人…": so is the name without its legal form.
			forms := []string{stem, string(rs[:len(rs)-legal])}
			if k := strings.Index(stem, "集团"); k > 0 {
				for l := 2; l <= 4 && l < utf8.RuneCountInString(stem[:k]); l++ {
					forms = append(forms, string([]rune(stem)[:l])+"集团")
				}
			}
			for i := range ms {
				if o := &ms[i]; o.Kind == store.KindEnterprise && slices.Contains(forms, o.Name) && o.Name != m.Name && o.Rule != "lexicon" {
					o.Aliases = append(o.Aliases, o.Name)
					o.Name = m.Name
				}
			}
		}
		if cut > 0 {
			extra = append(extra, r.placeBrandPosts(m.Name, rs, cut, legal, taken)...)
		}
		lengths := []int{4, 3, 2}
		// "东方电气集团东方电机有限公司…东方电机": a unit named after its
		// owner, a known firm, goes by its own words whole.
		if cut == 0 && group {
			lengths = []int{len(rs) - legal}
		} else if b := brandLen(rs); cut == 0 && b > 0 && leadingCity(rs[b:]) {
			// "墨境天合成都数字图像科技有限公司…墨境天合": the brand before
			// the city is the firm's short name.
			lengths = []int{b}
		} else if cut == 0 {
			k := r.ownerLead(rs)
			stem := len(rs) - k - legal
			if k == 0 || stem < 3 || stem > 6 {
				continue
			}
			cut, lengths = k, []int{stem}
		}
		// "绿碳未来(四川)科技有限公司": no brand reaches into a bracket.
		for _, l := range lengths {
			if cut+l >= len(rs) {
				continue
			}
			brand := string(rs[cut : cut+l])
			if !allHan([]rune(brand)) || distinctLen(brand) < l || reShortFirm.MatchString(brand) || boundaryWords[brand] || commonWords[brand] {
				continue
			}
			var found []Mention
			br := rs[cut : cut+l]
			for _, i := range r.pairsAt(br) {
				if i+l > len(r.text) || !slices.Equal(r.text[i:i+l], br) || taken[i] || taken[i+l-1] {
					continue
				}
				si, starts := r.brandStart(i)
				s := r.sents[si]
				if i+l > s.End || !starts {
					continue
				}
				if e := i + l; e < s.End && nameRune(r.text[e]) && !r.nameEndsAt(s, e) && !strings.ContainsRune("、和与及是的等正将已也公", r.text[e]) {
					continue
				}
				found = append(found, Mention{Span: Span{i, i + l}, Sentence: si, Surface: brand, Name: m.Name, Kind: store.KindEnterprise,
					Rule: "brand-form", Conf: 0.65, Aliases: []string{brand}})
			}
			if len(found) > 0 {
				extra = append(extra, found...)
				for _, f := range found {
					for k := f.Start; k < f.End; k++ {
						taken[k] = true
					}
				}
				break
			}
		}
	}
	// A place read where a firm's name starts is the firm's.
	ms = slices.DeleteFunc(ms, func(p Mention) bool {
		return p.Kind == store.KindRegion && slices.ContainsFunc(extra, func(f Mention) bool {
			return f.Rule == "brand-form" && f.Start <= p.Start && p.End < f.End
		})
	})
	return append(ms, extra...)
}

// brandStart returns the sentence of position i, and whether a firm's
// short name may start there: where the sentence or a name may, or after
// a conjunction, 是 or 的 ("与极米", "是卡诺普").
func (r *recognizer) brandStart(i int) (int, bool) {
	si := r.sentenceOf(i)
	s := r.sents[si]
	return si, i <= s.Start || !nameRune(r.text[i-1]) || r.boundaryAt(s, i) > 0 || strings.ContainsRune("、和与及是的", r.text[i-1])
}

// placeBrandPosts: "四川发展(控股)有限责任公司…四川发展党委书记", "西安油服网
// 信息技术有限公司…西安油服网董事长" — the legal name's place and the words
// after it, without the trade and the legal form, name the firm before
// one of its posts. The brand alone may be a word (发展), so it is read
// only with the place and only before a post, the longest first.
func (r *recognizer) placeBrandPosts(name string, rs []rune, cut, legal int, taken []bool) []Mention {
	core := []rune(reBracketed.ReplaceAllString(string(rs[:len(rs)-legal]), ""))
	var out []Mention
	for l := min(len(core), cut+6); l >= cut+2; l-- {
		form := core[:l]
		if !allHan(form) || l < len(core) && reShortFirm.MatchString(string(form)) {
			continue
		}
		// Sought by the words after the place, which are rarer than it.
		for _, b := range r.pairsAt(form[cut:]) {
			i, e := b-cut, b-cut+l
			// The place may be read already; the firm's name takes it in.
			if i < 0 || e > len(r.text) || !slices.Equal(r.text[i:e], form) || taken[i+cut] || taken[e-1] {
				continue
			}
			si, starts := r.brandStart(i)
			s := r.sents[si]
			if e >= s.End || !starts || r.titleAt(e, s.End) == "" {
				continue
			}
			out = append(out, Mention{Span: Span{i, e}, Sentence: si, Surface: string(form), Name: name, Kind: store.KindEnterprise,
				Rule: "brand-form", Conf: 0.65, Aliases: []string{string(form)}})
			for k := i; k < e; k++ {
				taken[k] = true
			}
		}
	}
	return out
}

// ownerLead returns the length of a known firm's name that opens name,
// with 集团 after it if it is there, or 0.
func (r *recognizer) ownerLead(rs []rune) int {
	for k := min(len(rs)-3, 8); k >= 2; k-- {
		if e, ok := r.gaz.Lookup(string(rs[:k])); ok && e.Kind == store.KindEnterprise {
			if k+2 <= len(rs) && string(rs[k:k+2]) == "集团" {
				k += 2
			}
			return k
		}
	}
	return 0
}

// News names firms by place, brand and trade without 有限公司: "成都芯脑科
// 技", "四川凝思软件". The brand must be a word of its own, not a generic
// one ("成都生物医药" is an industry).
var reShortFirm = regexp.MustCompile(`(科技|软件|电子|微电子|生物|医药|智能|信息|网络|航空|航天|能源|材料|机器人|半导体|光电|通信|传媒|智造|光伏|太阳能|锂业)$`)

// reAfterFirm: words that follow a firm's short name in a sentence.
var reAfterFirm = regexp.MustCompile(`^([的和与及等在是将已于为获作正、]|顺利|发布|研发|推出|成功)`)

func (r *recognizer) shortFirms(si int, s Span) {
	for i := s.Start; i < s.End; i++ {
		for k, p := range placeStemList {
			pr := placeStemRunes[k]
			pl := len(pr)
			if pl < 2 || i+pl > s.End || r.text[i] != pr[0] || !slices.Equal(r.text[i:i+pl], pr) || (i > s.Start && han(r.text[i-1]) && r.boundaryAt(s, i) == 0) {
				continue
			}
			for l := 8; l >= 4; l-- {
				e := i + pl + l
				if e > s.End {
					continue
				}
				rest := string(r.text[i+pl : e])
				m := reShortFirm.FindString(rest)
				if m == "" || !allHan(r.text[i+pl:e]) {
					continue
				}
				brand := strings.TrimSuffix(rest, m)
				// "北京签订科技…", "成都召开科技…": a verb is no brand.
				// Nor is a brand whose last words make an industry with the
				// trade ("成都人工智能").
				br := []rune(brand)
				if bl := len(br); bl < 2 || bl > 4 || distinctLen(brand) < 2 || strings.ContainsAny(brand[:3], "省市区县") || reNotBrand.MatchString(brand) ||
					strings.ContainsAny(brand, "的将已在是和与及等") || boundaryWords[brand] || boundaryWords[string(br[:2])] || boundaryWords[string(br[bl-2:])] ||
					industryTerms[string(br[bl-2:])+m] || industryTerms[rest] {
					continue
				}
				// "梦加网络科技": a trade before 科技 is the brand's, when a
				// word of its own opens the brand.
				if _, ok := suffixOf(brand); ok || reShortFirm.MatchString(brand) && !(m == "科技" && distinctLen(reShortFirm.ReplaceAllString(brand, "")) >= 2) {
					continue
				}
				// It ends where the name ends, not inside a longer noun
				// ("成都智能产业园", "四川电子科技有限公司" is found whole, "广州
				// 辰创成都智能雷达" and "成都银行科技金融" are no firms): a
				// word that can follow a firm's name comes next, or no word
				// at all (the annotated pages: 10 of 14 such names ran on
				// into longer nouns).
				if e < s.End && han(r.text[e]) && !reAfterFirm.MatchString(string(r.text[e:min(s.End, e+2)])) {
					continue
				}
				r.add(si, i, e, p+rest, store.KindEnterprise, "firm-short", 0.65)
				break
			}
		}
	}
}

// reNotBrand: words of aims and ranks that no brand holds ("中国电子重大
// 科技创新的策源地"), nor places and bodies named by their class ("成渝两地
// 科技", "成都都市圈科技", "成都学院科技", "双流中国航空").
var reNotBrand = regexp.MustCompile(`重大|重点|关键|核心|先进|高端|前沿|一流|领先|主导|优势|新兴|战略|商业|全市|全省|全区|两地|四市|三市|地区|都市圈|学院|大学|中国|新区`)

// executiveTitles are the posts only a firm has.
var executiveTitles = sortByLen(strings.Fields(`董事长 副董事长 总经理 副总经理 总裁 副总裁 创始人 联合创始人 首席执行官 首席技术官 CEO CTO 董事会秘书`))

// firmsBeforeTitles finds a firm named by its brand and trade before the
// post of one of its executives, at a clause's start: "汇顶科技董事长兼总经理
// 张帆". A firm's post vouches for the brand as shortFirms' place does.
func (r *recognizer) firmsBeforeTitles(si int, s Span) {
	for i := s.Start; i < s.End; i++ {
		t := ""
		for _, w := range executiveTitles {
			if l := utf8.RuneCountInString(w); i+l <= s.End && string(r.text[i:i+l]) == w {
				t = w
				break
			}
		}
		if t == "" {
			continue
		}
		for l := 6; l >= 4; l-- {
			st := i - l
			if st < s.Start || !allHan(r.text[st:i]) {
				continue
			}
			if st > s.Start && han(r.text[st-1]) && r.boundaryAt(s, st) == 0 {
				continue
			}
			name := string(r.text[st:i])
			if !brandAndTrade(name) {
				continue
			}
			r.add(si, st, i, name, store.KindEnterprise, "firm-before-title", 0.6)
			break
		}
	}
}

// firmsAsSubjects finds a firm named by its brand and trade as a clause's
// subject, before what a firm does: "深兰科技与时代飞扬携手打造…", "通瑞生物专注
// 放射性药物", "精工科技拟投资3.5亿元", "达观数据相关负责人表示". The verb
// vouches for the brand as a post does for firmsBeforeTitles.
func (r *recognizer) firmsAsSubjects(si int, s Span) {
	for i := s.Start; i < s.End; i++ {
		if i > s.Start && !strings.ContainsRune(",;:", r.text[i-1]) {
			continue
		}
		for l := 6; l >= 4; l-- {
			e := i + l
			if e > s.End || !allHan(r.text[i:e]) || !reFirmSubjectVerb.MatchString(string(r.text[e:min(s.End, e+6)])) {
				continue
			}
			name := string(r.text[i:e])
			// "拓展空天信息", "包括新材料", "成都软件": a verb or a place is
			// no brand.
			if !brandAndTrade(name) || r.boundaryAt(s, i) > 0 || industryTerms[name] || boundaryWords[string(r.text[i:i+2])] ||
				startsWithPlace(r.text[i:e]) || placeStems[string(r.text[i:i+2])] != "" {
				continue
			}
			if _, ok := r.gaz.Lookup(name); ok {
				continue
			}
			r.add(si, i, e, name, store.KindEnterprise, "firm-as-subject", 0.6)
			break
		}
	}
}

// reFirmSubjectVerb: what a firm named as a clause's subject goes on to do.
var reFirmSubjectVerb = regexp.MustCompile(`^(与|携手|专注|深耕|致力于|拟投资|将投资|投资\d|相关负责人|负责人|董事长|总经理|创始人|的研发团队|完成[A-D\d]|成功登陆|登陆)`)

// firmProjects finds the firm a project is named after: "辽宁信德新材西部总部及
// 先进碳材料研发制造基地项目", "重庆凯瑞生产基地项目", "瑛纳威成都总部项目" —
// a firm's headquarters, base or centre, then 项目. The firm's name runs
// from where a name may start to the seat's word, with a city or a region
// of the country before it left out.
func (r *recognizer) firmProjects(si int, s Span) {
	for _, at := range runeMatches(r.text, s, reFirmSeat) {
		p := at[0]
		// The seat's project: 项目 closes the item before a list's next one.
		rest := string(r.text[p:min(s.End, p+24)])
		if k := strings.Index(rest, "项目"); k < 0 || strings.ContainsAny(rest[:k], "、,;。") {
			continue
		}
		j := r.leftBound(s, p, p)
		// "辽宁信德新材", "重庆凯瑞": a place the lexicon read opens the
		// firm's name.
		for _, m := range r.out {
			if m.Kind == store.KindRegion && m.End == j && m.Start < j && (m.Start == s.Start || !nameRune(r.text[m.Start-1]) || r.boundaryAt(s, m.Start) > 0) {
				j = m.Start
			}
		}
		placeLed := slices.ContainsFunc(r.out, func(m Mention) bool { return m.Kind == store.KindRegion && m.Start == j })
		if j >= p || slices.ContainsFunc(r.out, func(m Mention) bool { return m.Start < p && j < m.End && !(m.Kind == store.KindRegion && m.Start == j) }) {
			continue
		}
		// The name opens a clause or an item of a list. After a verb only
		// one that a place opens is read ("引进辽宁信德新材西部总部项目"):
		// otherwise the words before the seat are as often what the
		// project makes (签约光伏支架生产基地项目).
		if j > s.Start && !strings.ContainsRune("、,;:“”(", r.text[j-1]) && !(placeLed && slices.ContainsFunc([]int{2, 3, 4}, func(l int) bool {
			return j-l >= s.Start && boundaryWords[string(r.text[j-l:j])]
		})) {
			continue
		}
		name := string(r.text[j:p])
		// "成都总部": a city before the seat is where it is, not the firm.
		for _, c := range []string{"成都", "四川", "西部", "西南", "全国", "中国区", "区域"} {
			name = strings.TrimSuffix(name, c)
		}
		rs := []rune(name)
		// A brand of up to five characters, or six that end with a trade
		// (湃尔智芯科技): longer ones hold what the project makes (四川时代
		// 动力电池, 龙科自动化设备).
		brand := len(rs) - placeLead(rs, 2)
		if brand > 6 || brand == 6 && !reShortFirm.MatchString(name) {
			continue
		}
		if len(rs) < 2 || len(rs) > 8 || distinctLen(name) < 2 || industryTerms[name] || placeLead(rs, 0) == len(rs) || endsWithSuffix(name) && !reLegalForm.MatchString(name) ||
			strings.ContainsAny(name, "的和与及等是为在将") || reNotBrand.MatchString(name) {
			continue
		}
		if _, known := r.gaz.Lookup(name); known {
			continue
		}
		r.add(si, j, j+len(rs), name, store.KindEnterprise, "firm-project", 0.6)
	}
}

// reFirmSeat: the seat a firm's project builds.
var reFirmSeat = regexp.MustCompile(`(成都|四川|西部|西南|全国|中国区|区域)*(第二)?(总部|生产基地|研发中心|研发生产基地|制造基地|产业基地|运营中心|结算中心|产业化基地|科研制造基地)`)

// brandAndTrade reports a firm's short name: a brand of two to four
// characters of its own, then its trade (汇顶科技, 锦天科技). A brand that is
// a place, a suffix, a trade or a word of the clause is none.
func brandAndTrade(name string) bool {
	trade := reShortFirm.FindString(name)
	if trade == "" {
		return false
	}
	brand := strings.TrimSuffix(name, trade)
	if bl := utf8.RuneCountInString(brand); bl < 2 || bl > 4 || distinctLen(brand) < 2 || strings.ContainsAny(brand, "省市区县的和与及在是也") {
		return false
	}
	_, ok := suffixOf(brand)
	return !ok && !reShortFirm.MatchString(brand) && !boundaryWords[brand]
}

// firmsAfterClass finds a firm named by its brand right after what kind of
// firm it is, as news introduces one: "电子元器件企业——宏明电子首发过会",
// "创新药企劲方医药登陆港股", "半导体硅片巨头西安奕材登陆科创板". The class
// word vouches for the brand; the brand ends where a verb of the clause
// or punctuation starts.
func (r *recognizer) firmsAfterClass(si int, s Span) {
	for _, at := range runeMatches(r.text, s, reFirmClass) {
		i := at[1]
		dashed := i-2 >= s.Start && r.text[i-2] == '—' && r.text[i-1] == '—'
		// The shortest brand that a verb or punctuation closes.
		for l := 2; l <= 6; l++ {
			e := i + l
			if e > s.End || !allHan(r.text[i:e]) {
				break
			}
			// Only a dash that sets the brand apart, or news of its
			// listing, makes the words after a class a firm's name: "企业
			// 代表到场", "企业名单" are words.
			rest := string(r.text[e:min(s.End, e+8)])
			if !reBrandVerb.MatchString(rest) && !(dashed && (e == s.End || strings.ContainsRune(",。;、(", r.text[e]))) ||
				strings.HasPrefix(rest, "上市公司") || strings.HasPrefix(rest, "上市企业") {
				continue
			}
			name := string(r.text[i:e])
			// Adverbs and verbs of the clause ("诺比侃也", "迎来密集") end
			// the brand before them.
			if distinctLen(name) < 2 || boundaryWords[name] || reClassItem.MatchString(name) || strings.ContainsAny(name, "的和与及在是也将已还即都又") ||
				reBrandNot.MatchString(name) {
				continue
			}
			if _, ok := suffixOf(name); ok {
				break // a name with a suffix is the suffix rules'
			}
			r.add(si, i, e, name, store.KindEnterprise, "firm-after-class", 0.6)
			break
		}
	}
}

// firmsFounded finds firms named by brand and trade after words that make
// them someone's firm: "创办的锦天科技和星漫科技", "其前身赤月科技".
func (r *recognizer) firmsFounded(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reFoundedLead.FindAllStringIndex(str, -1) {
		i := s.Start + utf8.RuneCountInString(str[:loc[1]])
		for i < s.End {
			e := -1
			for l := 4; l <= 7 && i+l <= s.End; l++ {
				if !allHan(r.text[i : i+l]) {
					break
				}
				if !brandAndTrade(string(r.text[i : i+l])) {
					continue
				}
				if i+l == s.End || strings.ContainsRune("和与及、,。;也已在于是卖", r.text[i+l]) {
					e = i + l
					break
				}
			}
			if e < 0 {
				break
			}
			r.add(si, i, e, string(r.text[i:e]), store.KindEnterprise, "firm-founded", 0.6)
			// "A和B": the next brand after a conjunction.
			if e < s.End && strings.ContainsRune("和与及、", r.text[e]) {
				i = e + 1
				continue
			}
			break
		}
	}
}

// firmIs: "沃飞长空是国内领先的eVTOL整机研制企业", "星海长空作为链主企业":
// the words that open a clause, said to be or to act as a firm, are a
// firm's name, though nothing in them says so.
func (r *recognizer) firmIs(si int, s Span) {
	for i := s.Start; i < s.End; i++ {
		if i != s.Start && !strings.ContainsRune(",;:", r.text[i-1]) {
			continue
		}
		for l := 2; l <= 6 && i+l < s.End; l++ {
			if !han(r.text[i+l-1]) {
				break
			}
			rest := string(r.text[i+l : min(s.End, i+l+40)])
			lead := reFirmIsLead.FindString(rest)
			if lead == "" {
				continue
			}
			tail := rest[len(lead):]
			if k := strings.IndexAny(tail, ",。;"); k >= 0 {
				tail = tail[:k]
			}
			if !reFirmIsTail.MatchString(tail) {
				continue
			}
			name := string(r.text[i : i+l])
			if !allHan(r.text[i:i+l]) || distinctLen(name) < 2 || r.wordStartsAt(s, i) || strings.ContainsAny(name, "的是在和与及") ||
				placeAt(r.text[i:i+l]) || r.knownStart(name) != "" {
				break
			}
			if _, ok := suffixOf(name); ok {
				break
			}
			if surnamed(name) {
				break
			}
			// "易冲由此成为…": an adverb inside is the clause's, and the
			// name is not read.
			inner := false
			for k := i + 1; k < i+l; k++ {
				inner = inner || r.wordStartsAt(Span{Start: k, End: i + l}, k)
			}
			if inner {
				break
			}
			r.add(si, i, i+l, name, store.KindEnterprise, "firm-is", 0.6)
			break
		}
	}
	// "作为…上市企业,成都先导选择持续加码投资": the clause after one that
	// says what firm it is opens with the firm's name, up to its verb.
	str := string(r.text[s.Start:s.End])
	for _, loc := range reFirmAsClause.FindAllStringIndex(str, -1) {
		i := s.Start + utf8.RuneCountInString(str[:loc[1]])
		for l := 2; l <= 6 && i+l < s.End; l++ {
			if !han(r.text[i+l-1]) {
				break
			}
			if !r.wordStartsAt(s, i+l) && !followWordAt(r.text, i+l, s.End) && !strings.ContainsRune("正将已也还均仍又再", r.text[i+l]) &&
				!reFirmVerb.MatchString(string(r.text[i+l:min(s.End, i+l+2)])) {
				continue
			}
			name := string(r.text[i : i+l])
			// "作为链主企业,要牵头…": a modal or an adverb opens no name.
			if _, place := r.placeNamed(name); place || distinctLen(name) < 2 || r.wordStartsAt(s, i) || endsWithSuffix(name) ||
				strings.ContainsRune("要应须需可能会将已也还并正就都仍更", r.text[i]) {
				break
			}
			if _, known := r.gaz.Lookup(name); known {
				break
			}
			// A brand of a firm named before in full is left to the rule
			// that links the two (成都蓉诺普…有限公司 … 蓉诺普).
			if slices.ContainsFunc(r.out, func(m Mention) bool { return m.Name != name && strings.Contains(m.Name, name) }) {
				break
			}
			if surnamed(name) {
				break
			}
			r.add(si, i, i+l, name, store.KindEnterprise, "firm-is", 0.6)
			break
		}
	}
}

// reFirmVerb: verbs that a firm's name is the subject of.
var reFirmVerb = regexp.MustCompile(`^(选择|持续|宣布|计划|完成|实现|获得|推出|投资|加码|扎根|深耕|致力|专注|始终|一直|不断|率先|累计)`)

// reFirmAsClause: a clause that says what firm the next one is about.
var reFirmAsClause = regexp.MustCompile(`作为[^,。;]{2,40}?(企业|公司|厂商|独角兽)(之一)?,`)

// surnamed reports a name of two or three characters that starts with a
// family name: a person, more likely than a brand, at a clause's start.
func surnamed(name string) bool {
	rs := []rune(name)
	return len(rs) <= 3 && surnames[string(rs[0])]
}

var (
	reFirmIsLead = regexp.MustCompile(`^(是|作为|为|已成为|成为)`)
	// reFirmIsTail: what the clause says the words are.
	reFirmIsTail = regexp.MustCompile(`(企业|公司|厂商|服务商|供应商|制造商|运营商|独角兽)$`)
)

// reFoundedLead: words before a firm that make it someone's.
var reFoundedLead = regexp.MustCompile(`(创办的|创立的|创建的|其前身|前身为|前身是|旗下的|控股的|收购了|收购的)`)

var (
	// reFirmClass: words that say the next words name a firm.
	reFirmClass = regexp.MustCompile(`(企业|药企|龙头|巨头|独角兽|服务商|供应商|制造商|领军企业|龙头企业|上市公司|合作伙伴)(——)?`)
	// reBrandNot: words of a clause, not of a brand.
	reBrandNot = regexp.MustCompile(`不少|迎来|涵盖|包括|密集|一批|多家|数量|规模|总数|产值|营收|家数`)
	// reBrandVerb: what follows a firm's brand in such a clause.
	// "头部企业东富龙计划在天府生物城投资", "上市公司兴科蓉药业拟投资30亿元":
	// so does news of its plans to invest somewhere.
	reBrandVerb = regexp.MustCompile(`^(首发|顺利过会|正式上市|正式在|成功上市|登陆|在(港交所|上交所|深交所|北交所|科创板|创业板|纳斯达克)|上市|挂牌上市|(将|计划|拟)(在|于|投资|落户))`)
)

// reRepresented: "以通威太阳能为代表的光伏企业", "以瑞迪机械、川开集团等为代表
// 的民用核能产业集群", "以天华时代、锦源晟等为代表的锂电产业链". The items
// before 为代表 are firms when what they represent is a class of firms, a
// cluster or a chain; the words before that head are the firms' industry.
// The industry may be a list ("水和大气治理、资源综合利用装备制造企业").
var reRepresented = regexp.MustCompile(`以([^,。;:以“”]{2,60}?)(?:等)?为代表的(?:千亿级|百亿级|万亿级|一批|重点|骨干|龙头)?([^,。;:的]{2,40}?)(?:产业)?(企业|产业集群|集群|链)`)

// representatives finds the firms of reRepresented, and their industry.
// A place or an industry before 为代表 ("以成都为代表", "以电子信息为代
// 表的都市工业集群") makes no firm, and ends the rule for that phrase.
func (r *recognizer) representatives(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	at := func(b int) int { return s.Start + utf8.RuneCountInString(str[:b]) }
	for _, loc := range reRepresented.FindAllStringSubmatchIndex(str, -1) {
		// "以石某、伍某为代表的五位民营企业家": people, not firms.
		if strings.HasPrefix(str[loc[1]:], "家") {
			continue
		}
		items := strings.Split(str[loc[2]:loc[3]], "、")
		known := false
		pos := at(loc[2])
		for _, it := range items {
			if e, ok := r.gaz.byKey[key(it)]; ok && e.Kind != store.KindEnterprise || r.knownFieldAt(pos, at(loc[3])) == it {
				known = true
			}
			pos += utf8.RuneCountInString(it) + 1
		}
		if known {
			continue
		}
		// A firm with a suffix is the suffix rules'; the others are brands.
		pos = at(loc[2])
		for _, it := range items {
			n := utf8.RuneCountInString(it)
			if _, ok := suffixOf(it); !ok && n >= 2 && n <= 8 && allHan([]rune(it)) && !boundaryWords[it] {
				r.add(si, pos, pos+n, it, store.KindEnterprise, "represented-firm", 0.6)
			}
			pos += n + 1
		}
		pos = at(loc[4])
		for _, f := range strings.Split(str[loc[4]:loc[5]], "、") {
			n := utf8.RuneCountInString(f)
			if n >= 2 && n <= 12 && allHan([]rune(f)) {
				r.add(si, pos, pos+n, f, store.KindIndustryChain, "represented-field", 0.6)
			}
			pos += n + 1
		}
	}
}

// reRoleList: firms a chain is built around, by their role in it: "以天威新
// 能源、汉能光伏为龙头,以旭双太阳能、钟顺太阳能等为骨干".
var reRoleList = regexp.MustCompile(`以([^,。;:以“”]{2,40}?)(?:等)?为(龙头|骨干|配套|链主)`)

// roleFirms reads reRoleList's items as firms when one of them is plainly
// a firm (a brand and its trade, a known firm, a legal name) and none is a
// place, a field or a class: "以企业为主体" and "以成都为龙头" name no firm.
func (r *recognizer) roleFirms(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reRoleList.FindAllStringSubmatchIndex(str, -1) {
		items := listItems(str, s.Start, loc[2], loc[3])
		vouched, other := false, false
		for _, it := range items {
			e, known := r.gaz.Lookup(it.text)
			switch {
			case known && e.Kind == store.KindEnterprise, brandAndTrade(it.text), firmSuffixed(it.text):
				vouched = true
			case known, industryTerms[it.text], reClassItem.MatchString(it.text), startsWithPlace([]rune(it.text)) && !endsWithSuffix(it.text):
				other = true
			}
		}
		if !vouched || other {
			continue
		}
		for _, it := range items {
			n := utf8.RuneCountInString(it.text)
			if !endsWithSuffix(it.text) && n >= 2 && n <= 8 && allHan([]rune(it.text)) && distinctLen(it.text) >= 2 && !boundaryWords[it.text] {
				r.add(si, it.start, it.start+n, it.text, store.KindEnterprise, "role-firm", 0.6)
			}
		}
	}
}

// siblingFirms: "西门子、浙江大华、国蓝中天、成都科灵智能还共同启动" — in a
// list whose named items are all firms, the items between them that no
// rule reads are firms too: a page lists like with like. Only items with
// a list mark on both sides are read (the first item's start and the last
// one's end are where other words run on), and only in lists of three or
// more with two firms named; a place, a person or an industry named in
// the list makes it a list of something else.
func (r *recognizer) siblingFirms(ms []Mention) []Mention {
	exact := map[Span]*Mention{}
	for i := range ms {
		if _, ok := exact[ms[i].Span]; !ok {
			exact[ms[i].Span] = &ms[i]
		}
	}
	near := newSpanIndex(ms)
	var extra []Mention
	for si, s := range r.sents {
		start := s.Start
		for i := s.Start; i <= s.End; i++ {
			if i < s.End && !strings.ContainsRune(",。;:!?()“”《》\n", r.text[i]) {
				continue
			}
			extra = append(extra, r.siblingsIn(si, Span{start, i}, exact, near)...)
			start = i + 1
		}
	}
	// "浙江大华、成都艾博智、江苏爱科赛尔": a firm read from its list is
	// named with its place as any other is; the places inside are read.
	if len(extra) > 0 {
		extra = r.nested(extra)
	}
	return append(ms, extra...)
}

// siblingsIn reads one clause's list (see siblingFirms).
func (r *recognizer) siblingsIn(si int, c Span, exact map[Span]*Mention, near *spanIndex) []Mention {
	var seps []int
	for i := c.Start; i < c.End; i++ {
		if r.text[i] == '、' {
			seps = append(seps, i)
		}
	}
	if len(seps) < 2 {
		return nil
	}
	var ms []*Mention
	for _, i := range near.overlapping(c.Start, c.End) {
		ms = append(ms, &near.ms[i])
	}
	firms := 0
	var unknown []Span
	for k := 0; k+1 < len(seps); k++ {
		sp := Span{seps[k] + 1, seps[k+1]}
		if m := exact[sp]; m != nil {
			switch m.Kind {
			case store.KindEnterprise:
				firms++
			case store.KindRegion, store.KindTalent, store.KindIndustryChain, store.KindProgram, store.KindPolicy, store.KindEvent:
				return nil
			}
			continue
		}
		unknown = append(unknown, sp)
	}
	// The items at either end count by the longest mention that reaches
	// the list mark.
	var first, last *Mention
	for _, m := range ms {
		if m.End == seps[0] && m.Start >= c.Start && (first == nil || m.Start < first.Start) {
			first = m
		}
		if m.Start == seps[len(seps)-1]+1 && m.End <= c.End && (last == nil || m.End > last.End) {
			last = m
		}
	}
	for _, m := range []*Mention{first, last} {
		switch {
		case m == nil:
		case m.Kind == store.KindEnterprise:
			firms++
		case m.Kind == store.KindRegion || m.Kind == store.KindTalent || m.Kind == store.KindIndustryChain:
			return nil
		}
	}
	if firms < 2 {
		return nil
	}
	var out []Mention
	for _, sp := range unknown {
		t := string(r.text[sp.Start:sp.End])
		if n := sp.End - sp.Start; n < 2 || n > 10 || !hasHan(t) || reClassItem.MatchString(t) || reFieldWord.MatchString(t) ||
			r.boundaryAt(Span{sp.Start, sp.End}, sp.Start+1) > 0 || industryTerms[t] || placeStems[t] != "" ||
			endsWithSuffix(t) || genericWords[t] || strings.ContainsAny(t, "与和及的") {
			continue
		}
		if e, ok := r.gaz.Lookup(t); ok && e.Kind != store.KindEnterprise {
			continue
		}
		// Nothing but a place that opens it may be read inside the item.
		inside := false
		for _, m := range ms {
			if m.Start < sp.End && m.End > sp.Start && !(m.Kind == store.KindRegion && m.Start == sp.Start && m.End < sp.End) {
				inside = true
				break
			}
		}
		if inside {
			continue
		}
		out = append(out, Mention{Span: sp, Sentence: si, Surface: t, Name: t, Kind: store.KindEnterprise, Rule: "list-sibling", Conf: 0.55})
	}
	return out
}

// signingParties: "天府数谷与德阳移动、讯众股份、迅鳐科技、华力创通现场签订项目合
// 作协议" — the items listed after 与 up to a verb of signing are the
// parties that sign, firms when nothing else names them. A list of
// fewer than two is left to the rules of names.
func (r *recognizer) signingParties(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reSigningList.FindAllStringSubmatchIndex(str, -1) {
		items := listItems(str, s.Start, loc[2], loc[3])
		if len(items) < 2 {
			continue
		}
		for _, it := range items {
			p, at := it.text, it.start
			n := utf8.RuneCountInString(p)
			// An item another rule read, or a place's, is none of this
			// rule's (美国华盛顿州).
			if n >= 3 && n <= 10 && r.firmItem(p) && !endsWithSuffix(p) && allHan([]rune(p)) && !strings.ContainsAny(p, "的是在和与及等") &&
				countryAt(p) == "" && !strings.ContainsAny(string([]rune(p)[n-1:]), "州省市区县办局委") && !strings.ContainsAny(string([]rune(p)[:1]), "该本我其") &&
				!r.read(at, at+n) {
				if _, known := r.gaz.Lookup(p); !known {
					r.add(si, at, at+n, p, store.KindEnterprise, "signing-party", 0.6)
				}
			}
		}
	}
}

// reSigningList: a list after 与 that runs to a verb of signing.
var reSigningList = regexp.MustCompile(`与((?:[^,。;、与和]{2,10}、)+[^,。;、与和]{2,10}?)(?:现场|正式|分别|共同|成功)?(?:签订|签署|签约)`)

// read reports a mention already read in the sentence being read that
// overlaps [start, end): the sentence's own are all that can.
func (r *recognizer) read(start, end int) bool {
	for _, m := range r.out[r.sentenceOut:] {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// reGroupShort: a firm named short by a stem and its class, "川投集团",
// "海天股份", "中国南车公司".
var reGroupShort = regexp.MustCompile(`^(\p{Han}{2,4})(集团|股份|公司)$`)

// groupShortForms: "四川省投资集团有限责任公司…川投集团" — a short name whose
// stem takes its characters in order from the start of one legal name on
// the page, and whose class that name holds right after them, is that
// firm. Words of its own between them make the legal name another's
// (川投集团 is no 川投信息产业集团有限公司), and two legal names it could
// shorten leave it alone.
func groupShortForms(ms []Mention) {
	// The legal names by each of their first three characters, so that a
	// page of many firms is read once rather than once per short name.
	legal := map[rune][]string{}
	for _, name := range legalNames(ms) {
		rs := []rune(name)
		for k := 0; k < 3 && k < len(rs); k++ {
			if !slices.Contains(rs[:k], rs[k]) {
				legal[rs[k]] = append(legal[rs[k]], name)
			}
		}
	}
	for i := range ms {
		o := &ms[i]
		if o.Kind != store.KindEnterprise || o.Rule == "lexicon" || !strings.HasSuffix(o.Name, "集团") && !strings.HasSuffix(o.Name, "股份") && !strings.HasSuffix(o.Name, "公司") {
			continue
		}
		sm := reGroupShort.FindStringSubmatch(o.Name)
		if sm == nil || strings.HasSuffix(sm[1], "集团") {
			continue
		}
		stem := []rune(sm[1])
		match := ""
		for _, l := range legal[stem[0]] {
			if l == o.Name || !strings.Contains(l, sm[2]) {
				continue
			}
			k := strings.LastIndex(l, sm[2])
			end := subsequenceEnd(stem, []rune(l[:k]))
			if end < 0 || !reShortGap.MatchString(string([]rune(l[:k])[end:])) {
				continue
			}
			if match != "" {
				match = ""
				break
			}
			match = l
		}
		if match != "" {
			o.Aliases = append(o.Aliases, o.Name)
			o.Name = match
		}
	}
}

// sameCoreFirms: "成都先导药物开发公司…成都先导药物开发有限公司",
// "五粮液集团公司…五粮液集团股份有限公司" — two names of firms that differ
// only in their legal form are one firm, named by the legal name. Two legal
// names of one core leave it alone.
func sameCoreFirms(ms []Mention) {
	legal := map[string]string{}
	for _, name := range legalNames(ms) {
		core := firmCore(name)
		if _, seen := legal[core]; seen {
			legal[core] = ""
			continue
		}
		legal[core] = name
	}
	for i := range ms {
		o := &ms[i]
		if o.Kind != store.KindEnterprise || o.Rule == "nested" {
			continue
		}
		core := firmCore(o.Name)
		if core == o.Name || utf8.RuneCountInString(core) < 4 {
			continue
		}
		if l := legal[core]; l != "" && l != o.Name {
			o.Aliases = append(o.Aliases, o.Name)
			o.Name = l
		}
	}
}

// firmCore is a firm's name without its legal form.
func firmCore(name string) string {
	return reFirmForm.ReplaceAllString(name, "")
}

// reFirmForm: the legal forms, and the classes standing for them, that a
// firm's name may end with or drop: 东方电气集团 is 东方电气集团有限公司.
var reFirmForm = regexp.MustCompile(`(集团)?(股份有限公司|有限责任公司|有限公司|股份公司|公司)$|集团$`)

// legalPrefixes: "四川天华时代锂能有限公司…以天华时代、锦源晟等为代表",
// "通威太阳能(眉山)有限公司…通威太阳能": a firm named by the first words of
// one legal name on the page, with or without its place, is that firm. The
// words must hold a brand of two characters beyond the place and the trade
// (成都科技 is no firm's short name), and a name the legal one opens with a
// known owner's (东方电气集团 in 东方电气集团东方电机有限公司) is the
// owner's. Two legal names it could shorten leave it alone.
func (r *recognizer) legalPrefixes(ms []Mention) {
	type legal struct {
		name       string
		core       string // without its legal form and bracketed places
		cut, owner int
	}
	var legals []legal
	for _, name := range append(legalNames(ms), placedFirmNames(ms)...) {
		rs := []rune(name)
		core := []rune(reBracketed.ReplaceAllString(string(rs[:len(rs)-utf8.RuneCountInString(reLegalFirm.FindString(name))]), ""))
		legals = append(legals, legal{name, string(core), placeLead(core, 2), r.ownerLead(rs)})
	}
	if len(legals) == 0 {
		return
	}
	for i := range ms {
		o := &ms[i]
		if o.Kind != store.KindEnterprise || reLegalFirm.MatchString(o.Name) || reFirmEnd.MatchString(o.Name) || !allHan([]rune(o.Name)) {
			continue
		}
		match := ""
		for _, l := range legals {
			short := o.Name
			whole := short == l.core
			if !strings.HasPrefix(l.core, short) {
				// Without the place it opens with.
				rest := string([]rune(l.core)[l.cut:])
				if l.cut == 0 || !strings.HasPrefix(rest, short) {
					continue
				}
				whole = short == rest
				short = l.core[:len(l.core)-len(rest)] + short
			}
			// A firm the lexicon knows ("泸州老窖") is the legal name that
			// is its name and a legal form ("泸州老窖股份有限公司"), and the
			// owner of any other it opens.
			if o.Rule == "lexicon" && !whole {
				continue
			}
			brand := []rune(short)[min(l.cut, utf8.RuneCountInString(short)):]
			// "通威太阳能(成都)有限公司…通威作为世界500强企业": a bare brand
			// of two characters is as often the group as the firm.
			if !whole && l.owner > 0 && utf8.RuneCountInString(short) <= l.owner || len(brand) < 2 || l.cut == 0 && len(brand) < 3 {
				continue
			}
			// A brand that is a trade alone ("上海医药") is a firm's short
			// name only where the model or the lexicon read it as a name.
			judged := o.Rule == "tagger" || o.Rule == "tagger-repeat" || o.Rule == "lexicon"
			if t := reShortFirm.FindString(string(brand)); !judged && distinctLen(strings.TrimSuffix(string(brand), t)) < 2 || short == l.name {
				continue
			}
			if match != "" && match != l.name {
				match = ""
				break
			}
			match = l.name
		}
		if match != "" {
			o.Aliases = append(o.Aliases, o.Name)
			o.Name = match
		}
	}
}

// placedFirmNames lists the names of firms the page gives with the place
// that opens them and 公司 alone, "成都国星宇航公司": short forms drop both.
func placedFirmNames(ms []Mention) []string {
	return firmNames(ms, func(name string) bool {
		return strings.HasSuffix(name, "公司") && !reLegalFirm.MatchString(name) &&
			!strings.HasSuffix(name, "分公司") && !strings.HasSuffix(name, "子公司") && placeLead([]rune(name), 4) > 0
	})
}

// reBracketed: a place in brackets inside a firm's name, "(眉山)".
var reBracketed = regexp.MustCompile(`\([^()]{1,8}\)`)

// legalNames lists the firms' legal names the page gives, each once, in
// the order of their first mention.
func legalNames(ms []Mention) []string {
	return firmNames(ms, reLegalFirm.MatchString)
}

// firmNames lists the names of firms the page gives that keep accepts,
// each once, in the order of their first mention.
func firmNames(ms []Mention, keep func(name string) bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Kind == store.KindEnterprise && !seen[m.Name] && keep(m.Name) {
			seen[m.Name] = true
			out = append(out, m.Name)
		}
	}
	return out
}

// reShortGap: what may stand between a short name's last character in a
// legal name and its class: the rest of a word (投资 for 投), or the words
// of the legal form (中国南车股份有限公司 for 中国南车公司).
var reShortGap = regexp.MustCompile(`^(\p{Han}?|(集团)?(股份有限|有限责任|股份|有限))$`)

// subsequenceEnd returns where in b the characters of a end when b holds
// them in order, or -1.
func subsequenceEnd(a, b []rune) int {
	if len(a) == 0 {
		return 0
	}
	k := 0
	for i, c := range b {
		if k < len(a) && a[k] == c {
			k++
			if k == len(a) {
				return i + 1
			}
		}
	}
	return -1
}

// operatorBranches: "德阳移动", "四川联通": a carrier's branch named by its
// province or city and the carrier's short name is a firm, not the place.
// 四川 is read among the stems of wider areas, with no level of its own.
func (r *recognizer) operatorBranches(si int, s Span) {
	for p := s.Start + 2; p+2 <= s.End; p++ {
		if !carriers[string(r.text[p:p+2])] {
			continue
		}
		for l := 3; l >= 2; l-- {
			at := p - l
			if at < s.Start {
				continue
			}
			stem := string(r.text[at:p])
			full, ok := placeStems[stem]
			if !ok || stem != "四川" && (full == "" || level(full) > 2) || at > s.Start && nameRune(r.text[at-1]) && r.boundaryAt(s, at) == 0 {
				continue
			}
			name := string(r.text[at : p+2])
			r.add(si, at, p+2, name, store.KindEnterprise, "operator-branch", 0.7)
			break
		}
	}
}

// carriers: the short names of the state's telecom carriers.
var carriers = wordSet(`移动 联通 电信 铁塔 广电`)

// reBranchTail: a branch's class after the place it serves.
var reBranchTail = regexp.MustCompile(`^(省|市)?(分公司|分行|子公司)$`)

// branchOwners: "中国移动广安分公司", "一汽-大众成都分公司", "遨天科技成都子公司":
// a branch named by its owner and the place it serves is the owner's part;
// the owner is read from the words before the place, as the page gives them.
func (r *recognizer) branchOwners(ms []Mention) []Mention {
	var extra []Mention
	for _, m := range ms {
		if m.Kind != store.KindEnterprise || m.Rule == "nested" || !strings.HasSuffix(m.Name, "公司") && !strings.HasSuffix(m.Name, "分行") || m.Surface != m.Name {
			continue
		}
		rs := []rune(m.Name)
		for k := 2; k+3 <= len(rs); k++ {
			// "希迪智驾(成都)公司": the place may stand in brackets.
			p := k
			if rs[p] == '(' {
				p++
			}
			l := 0
			for n := min(4, len(rs)-p); n >= 2; n-- {
				if _, ok := placeStems[string(rs[p:p+n])]; ok {
					l = n
					break
				}
			}
			if l == 0 {
				continue
			}
			tail := string(rs[p+l:])
			if p > k {
				var ok bool
				if tail, ok = strings.CutPrefix(tail, ")"); !ok {
					continue
				}
			}
			owner := string(rs[:k])
			_, isPlace := placeStems[owner]
			e, known := r.gaz.Lookup(owner)
			known = known && e.Kind == store.KindEnterprise
			// "中国商飞四川公司": a firm the page names on its own before a
			// place and 公司 is its owner; other words before a place and
			// 公司 may be a firm's own name, and a brand the lexicon knows
			// may name a firm of its own (中车成都公司).
			if !reBranchTail.MatchString(tail) && (tail != "公司" || !slices.ContainsFunc(ms, func(o Mention) bool {
				return o.Kind == store.KindEnterprise && o.Name == owner && o.Start != m.Start
			})) {
				continue
			}
			if slices.ContainsFunc(ms, func(o Mention) bool { return o.Start == m.Start && o.End < m.End && o.Kind == store.KindEnterprise }) ||
				distinctLen(owner) < 2 || isPlace {
				break
			}
			name := owner
			if known {
				name = e.Name
			}
			extra = append(extra, Mention{Span: Span{m.Start, m.Start + k}, Sentence: m.Sentence, Surface: owner, Name: name,
				Kind: store.KindEnterprise, Rule: "nested", Conf: 0.75})
			break
		}
	}
	return append(ms, extra...)
}
