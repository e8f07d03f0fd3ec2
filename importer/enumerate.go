package importer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"innograph/store"
)

// Enumerations are how policy texts name many bodies at once: "生物治疗、
// 牵引动力、通信抗干扰等国家重点实验室" names three labs, "人工智能、低空经济
// 等产业赛道" two industry chains, "“天府英才”“金熊猫”等区域人才品牌" two
// programmes. The word after 等 says what the items are.

var (
	// Heads after 等 that make the items industry chains.
	reChainHead = regexp.MustCompile(`^((\d+|[一二三四五六七八九十两]+)[个大项])?(“[^”]{1,6}”)?[^,。;、“”]{0,6}?(领域|产业|赛道|产业集群|行业|前沿技术|技术领域|产业链|通信业|新兴产业|研究方向|发展方向|主攻方向)`)
	// Heads that make the items enterprises.
	reFirmHead = regexp.MustCompile(`^(全国|全省|全市|省内|市内|国内|区内)?(近|约|超|超过|共|逾)?([\d一二三四五六七八九十两]+(余|多)?[家个户])?(?:[^,。;、“”]|“[^,。;、“”]{1,8}”){0,12}?(企业|公司|药企|主机厂|车企|厂商|生态伙伴|世界500强|中国500强|全球500强|投资机构|金融机构|合作机构|创投机构)(代表)?|^[^,。;、“”]{0,6}?(行业|产业)的?(龙头|巨头)`)
	// Heads that make the items programmes or events.
	reProgramHead = regexp.MustCompile(`^[^,。;、“”]{0,8}?(人才品牌|人才计划|品牌|计划|行动|工程)`)
	reEventHead   = regexp.MustCompile(`^[^,。;、“”]{0,8}?(活动|赛事|大会|论坛|展会)`)
	// Heads that are not industries although they end like one.
	reNotChain = regexp.MustCompile(`学科|专业`)
	// reFieldFirms: a field's firms of note, "等众多新经济领域的知名企业".
	// So is "等数10家相关领域的世界500强".
	reFieldFirms = regexp.MustCompile(`^[^,。;、“”]{0,8}?(领域|行业|产业)的((知名|龙头|头部|骨干|领军|代表性|明星)企业|(世界|中国|全球)500强)`)
	// reChainProject: "等产业链项目", "等产业项目" list projects or firms,
	// not chains.
	reChainProject = regexp.MustCompile(`^链?条?(上下游|上中下游|配套|龙头|骨干|重点|领军|头部|优势|知名)?(项目|企业|公司|校友会|协会|商会|联盟|学会)|^的?(龙头|巨头|领军者|独角兽)`)
	// Items end in a class noun when they are categories themselves.
	reClassItem = regexp.MustCompile(`(企业|机构|高校|院所|单位|主体|人才|团队|项目|产品|资源|服务|设施|平台|中心|攻关|保护|转化|改革|管理|建设|融资|集聚|聚集|培育|培养|引进|交流|合作|孵化|推广|需求|规划|发展)$`)
	// reActivity: the steps of a business, listed like fields ("研发、生产、
	// 销售以及芯片设计等"), are no industries.
	reActivity = regexp.MustCompile(`^(研发|生产|销售|研制|发射|应用|设计|运营|测试|制造|加工|组装|运维|营销|推广)$`)
	// reCountItem: "一条", "两个": a count is no field.
	reCountItem = regexp.MustCompile(`^[一二三四五六七八九十两几多]+[条个项批家大类种]`)
	// rePlacesTail: "珠三角、长三角、川渝等电子信息产业发达的地区" lists places
	// that an industry qualifies.
	rePlacesTail = regexp.MustCompile(`^[^,。;]{0,16}?(地区|区域|城市|省份|国家|地方)`)
	reSplitItem  = regexp.MustCompile(`[、“”]+`)
	// reWorkFields: "在理论研究、人才培养等领域开展合作", "在土木工程、牵引
	// 供电等领域开展了诸多合作": the fields two bodies work together in,
	// after 在, are what they do, not industries (the annotated pages name 4
	// of 19 such items as one); a list they focus on (围绕A、B等领域开展合作)
	// is read as before.
	reWorkFields = regexp.MustCompile(`^(各|多个|重点)?领域(开展|展开|进行|深化|达成|的合作|合作)`)
)

func (r *recognizer) enumerations(si int, s Span) {
	r.fusedEnumerations(si, s)
	r.countedFirms(si, s)
	for q := s.Start + 1; q < s.End-1; q++ {
		if r.text[q] == '.' {
			q = r.elidedFirms(si, s, q)
			continue
		}
		// "包括A、B在内的22家企业": 在内的 closes a list as 等 does.
		closer := 1
		if q+3 <= s.End && string(r.text[q:q+3]) == "在内的" && r.text[q-1] != '等' {
			closer = 3
		} else if r.text[q] != '等' || q+3 <= s.End && string(r.text[q:q+3]) == "等离子" {
			// "四川金虹等离子技术有限公司": 等离子 is plasma, no list.
			continue
		}
		// "电子科技大学(深圳)高等研究院": 等 in a word (高等, 中等) lists nothing.
		if strings.ContainsRune("高中初同平对均", r.text[q-1]) {
			continue
		}
		items := r.items(s, q)
		if len(items) == 0 {
			continue
		}
		after := string(r.text[q+closer : min(s.End, q+closer+15)])
		if strings.HasPrefix(after, "为代表") && reRepresented.MatchString(string(r.text[s.Start:min(s.End, q+40)])) {
			continue // the representatives' rule reads "以A、B等为代表的…"
		}
		r.projectItems(si, s, q, items)
		r.brandProjects(si, s, q, items)
		r.heldItems(si, s, q, items)
		r.placeItems(si, items)
		noted := reNotedFirms.MatchString(after)
		switch {
		case r.sharedSuffix(si, s, q, items):
		case reChainHead.MatchString(after) && !reNotChain.MatchString(reChainHead.FindString(after)) && !rePlacesTail.MatchString(after) && !(reWorkFields.MatchString(after) && r.afterIn(items)) &&
			// "鼎桥、医联等众多新经济领域的知名企业": the firms of a field;
			// the firm branch below keeps known fields fields.
			!reFieldFirms.MatchString(after) &&
			!reChainProject.MatchString(after[len(reChainHead.FindString(after)):]) &&
			// "等创新药重大产业化项目": 产业化 is no industry.
			!strings.HasPrefix(after[len(reChainHead.FindString(after)):], "化"):
			r.chainItems(si, items, "enum-chain")
		case (reFirmHead.MatchString(after) || noted || r.firmsIntroduced(s, items)) && !reAspects.MatchString(after):
			r.listedFirms(si, s, items, r.firmsVouched(items) || noted)
		case reUnitsHead.MatchString(after) && r.unitsVouched(items):
			// "中铁二院、中国铁设、中铁一院、中铁工业和铁建重工等单位",
			// "积微物联、准时达、成都工业学院、四川省物流研究院等单位": a list
			// of units most of which name themselves bodies; the others,
			// named by a brand, are firms.
			for _, it := range splitFirms(items) {
				if n := utf8.RuneCountInString(it.text); n > 8 || !allHan([]rune(it.text)) || endsWithSuffix(it.text) || !r.firmItem(it.text) || r.knownField(it.text) ||
					reAgencyItem.MatchString(it.text) || reDeptItem.MatchString(it.text) || placeAt([]rune(it.text)) && n <= 3 {
					continue
				}
				r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, store.KindEnterprise, "enum-firm", 0.6)
			}
		case reFirmsLater.MatchString(string(r.text[q+1:min(s.End, q+26)])) && brandedItems(items) >= 2:
			// "国药蓉生、苑东生物、汇宇制药等创新药、医疗器械重大产业化项目",
			// "威斯克、成都医云科技等在短时间内成长为独角兽企业": items named by
			// a brand and a trade are the firms the clause goes on about.
			vouched := r.firmsVouched(items)
			for _, it := range items {
				if brandAndTrade(it.text) || reDrugMaker.MatchString(it.text) {
					r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, store.KindEnterprise, "enum-firm", 0.65)
				} else if vouched && (r.shortBrand(it.text) || r.firmItem(it.text) && utf8.RuneCountInString(it.text) <= 5 && !endsWithSuffix(it.text)) {
					r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, store.KindEnterprise, "enum-firm", 0.6)
				}
			}
		case reNamedEvents.MatchString(after) && !items[len(items)-1].quoted:
			r.eventItems(si, items)
		case (reProgramHead.MatchString(after) || reEventHead.MatchString(after)) && items[len(items)-1].quoted:
			// The head noun is the last word: "品牌活动" are events.
			kind := store.KindProgram
			if len(reEventHead.FindString(after)) > len(reProgramHead.FindString(after)) {
				kind = store.KindEvent
			}
			for _, it := range items {
				if !it.quoted {
					continue
				}
				if n := utf8.RuneCountInString(it.text); n < 2 || n > 20 || reClassItem.MatchString(it.text) {
					continue
				}
				k := kind
				if sr, ok := suffixOf(it.text); ok && (sr.Kind == store.KindProgram || sr.Kind == store.KindEvent) {
					k = sr.Kind
				}
				r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, k, "enum-programme", 0.7)
			}
		}
	}
}

// elidedFirms reads a list of firms that an ellipsis ends instead of 等:
// "成都巨石、天马轴承、江河幕墙……各类先进材料行业龙头企业". It returns
// the ellipsis's last position.
func (r *recognizer) elidedFirms(si int, s Span, q int) int {
	e := q
	for e < s.End && r.text[e] == '.' {
		e++
	}
	if e-q < 3 || !han(r.text[q-1]) {
		return e - 1
	}
	// An ellipsis ends its sentence (Sentences): the head opens the next.
	after := strings.TrimPrefix(string(r.text[e:min(len(r.text), e+16)]), "各类")
	items := r.items(s, q)
	noted := reNotedFirms.MatchString(after)
	if len(items) < 3 || !reFirmHead.MatchString(after) && !noted || reAspects.MatchString(after) {
		return e - 1
	}
	r.listedFirms(si, s, items, r.firmsVouched(items) || noted)
	return e - 1
}

// listedFirms reads the items of a list that its head says are firms;
// vouched says the head or the list itself vouches for short brands.
func (r *recognizer) listedFirms(si int, s Span, items []item, vouched bool) {
	for n, it := range splitFirms(items) {
		it.text = firmBeforeHead(it.text)
		// "董事长肖光辉、总裁杨永林…等公司领导": titled people, the
		// firm's and not firms.
		if titledName(it.text) {
			continue
		}
		// "新增链属企业中车数字等": the class of firm before the first
		// item's name.
		if loc := reFirmClassLead.FindStringIndex(it.text); n == 0 && loc != nil && utf8.RuneCountInString(it.text[loc[1]:]) >= 2 {
			it.start += utf8.RuneCountInString(it.text[:loc[1]])
			it.text = it.text[loc[1]:]
		}
		// "世界500强企业法国阿尔斯通": a ranked class, then the firm's
		// country, which says where it is and is no part of its name.
		if k := strings.LastIndex(it.text, "企业"); n == 0 && k >= 0 && countryAt(it.text[k+len("企业"):]) != "" {
			rest := it.text[k+len("企业"):]
			rest = rest[len(countryAt(rest)):]
			if utf8.RuneCountInString(rest) >= 2 {
				it.start += utf8.RuneCountInString(it.text) - utf8.RuneCountInString(rest)
				it.text = rest
			}
		}
		// "特别是随着宁德时代、…": a known firm ends the first item;
		// what is before it opens the clause.
		if rs := []rune(it.text); n == 0 && len(rs) > 3 {
			for k := 1; k+3 <= len(rs); k++ {
				if e, ok := r.gaz.Lookup(string(rs[k:])); ok && e.Kind == store.KindEnterprise {
					it.start += k
					it.text = string(rs[k:])
					break
				}
			}
		}
		// "生物医药、医疗器械、中医药等医药健康领域企业": fields of
		// firms, not firms.
		if r.knownField(it.text) && (it.start == s.Start || r.text[it.start-1] != ')') {
			r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, store.KindIndustryChain, "enum-chain", 0.6)
			continue
		}
		// "四川省发改委、科技厅、经信委、财政厅、省电力公司等部门和企业":
		// a department listed with firms is none of them.
		if reAgencyItem.MatchString(it.text) {
			continue
		}
		if vouched && r.shortBrand(it.text) {
			r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, store.KindEnterprise, "enum-firm", 0.6)
			continue
		}
		// Brands of three characters (富士康, 塔斯汀) are firms too
		// when the list is one of firms; two are too often words.
		// "中航(成都)无人机": the words after a bracket end a name
		// the bracket is inside of.
		if n := utf8.RuneCountInString(it.text); n > 20 || endsWithSuffix(it.text) || !r.firmItem(it.text) ||
			it.start > s.Start && r.text[it.start-1] == ')' {
			continue
		}
		r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, store.KindEnterprise, "enum-firm", 0.7)
	}
}

// titledName reports a title and a name of two or three characters
// after it, a person.
func titledName(t string) bool {
	for _, w := range titleWords {
		if rest, ok := strings.CutPrefix(t, w); ok {
			if n := utf8.RuneCountInString(rest); n >= 2 && n <= 3 && allHan([]rune(rest)) {
				return true
			}
		}
	}
	return false
}

// reDeptItem: a department of a body, listed with bodies ("人事处").
var reDeptItem = regexp.MustCompile(`(处|科|部|室|办公室)$`)

// reUnitsHead: a head that says the items are bodies of any kind.
var reUnitsHead = regexp.MustCompile(`^(\d+家)?(重点|骨干|成员|理事|合作|发起|参建|共建)?(单位|机构)`)

// unitsVouched reports a list of three items or more, half of them at
// least named as bodies: by the lexicon, or by a suffix of a body's kind.
func (r *recognizer) unitsVouched(items []item) bool {
	n := 0
	for _, it := range items {
		e, ok := r.gaz.Lookup(it.text)
		sr, suffixed := suffixOf(it.text)
		if ok && orgKinds[e.Kind] || suffixed && orgKinds[sr.Kind] || brandAndTrade(it.text) {
			n++
		}
	}
	return len(items) >= 3 && n >= 2 && 2*n >= len(items)
}

// reNotedFirms: a head that ranks the items among firms of note
// ("鼎桥、医联、美幻等众多新经济领域的知名企业", "索菲亚、欧派等知名家居品牌")
// vouches for their short brands as no plain "等企业" does.
var reNotedFirms = regexp.MustCompile(`^(众多|一批|多家|\d+家)?[^,。;、“”]{0,8}?(知名|龙头|头部|领军|大型|外资|国内外知名)[^,。;、“”]{0,4}?(企业|公司|车企|药企|品牌)`)

// reFirmClassLead: the class of firm that opens a list's first item.
var reFirmClassLead = regexp.MustCompile(`^(新增|引进|包括)?(链主|链属|配套|龙头|骨干|重点)企业`)

// firmsVouched reports a list most of whose items are firms by their
// names (the lexicon's, a trade after a brand, a legal suffix): three at
// least and half of the list. Its other items are firms by their brands
// alone ("英特尔、德州仪器、AMD、联发科、展讯等", "…、一桥生物、威斯克、纳米维景
// 等…项目").
func (r *recognizer) firmsVouched(items []item) bool {
	n := 0
	for _, it := range items {
		e, ok := r.gaz.Lookup(it.text)
		if ok && e.Kind == store.KindEnterprise || brandAndTrade(it.text) || reDrugMaker.MatchString(it.text) || firmSuffixed(it.text) {
			n++
		}
	}
	return n >= 3 && 2*n >= len(items)
}

// shortBrand: a brand of two Han characters or of Latin letters
// ("展讯", "AMD"), which only a vouched list makes a firm.
func (r *recognizer) shortBrand(t string) bool {
	if reLatinBrand.MatchString(t) {
		return true
	}
	rs := []rune(t)
	if len(rs) != 2 || !allHan(rs) || commonWords[t] || boundaryWords[t] || industryTerms[t] || placeAt(rs) {
		return false
	}
	_, known := r.gaz.Lookup(t)
	return !known
}

// firmSuffixed: a name that a firm's suffix ends ("欧陆集团").
func firmSuffixed(t string) bool {
	sr, ok := suffixOf(t)
	return ok && sr.Kind == store.KindEnterprise
}

var reLatinBrand = regexp.MustCompile(`^[A-Z][A-Za-z0-9&]{1,9}$`)

// reFirmsLater: the rest of the clause after 等 goes on to firms or their
// projects.
var reFirmsLater = regexp.MustCompile(`^[^,。;]{0,24}?(企业|公司|项目)`)

// reDrugMaker: drug makers' trades, which brandAndTrade's list leaves to
// the suffix rules.
var reDrugMaker = regexp.MustCompile(`^\p{Han}{2,4}(制药|药业)$`)

// brandedItems counts the items named by a brand and a trade.
func brandedItems(items []item) int {
	n := 0
	for _, it := range items {
		if brandAndTrade(it.text) || reDrugMaker.MatchString(it.text) {
			n++
		}
	}
	return n
}

// countedFirms: "航空工业成飞、中航发四川燃气涡轮研究院、中航发成发三大“链主”企
// 业" — firms listed before their count and class, without 等. Each item
// that no suffix names is a firm by its brand.
func (r *recognizer) countedFirms(si int, s Span) {
	for _, match := range runeMatches(r.text, s, reCountedFirms) {
		q := match[0]
		if q > s.Start && r.text[q-1] == '等' {
			continue // "A、B等5家企业" is the enumerations' to read
		}
		// The list runs back over 、 from the count, to the clause's start,
		// a dash or a quote.
		start := q
		for start > s.Start && !strings.ContainsRune(",。;:!?()—“”", r.text[start-1]) {
			start--
		}
		parts := strings.Split(string(r.text[start:q]), "、")
		// "A、B、食品10大产业链46家链主企业" lists fields, then counts firms.
		if last := parts[len(parts)-1]; len(parts) < 2 || strings.ContainsAny(last, "0123456789") || reFieldWord.MatchString(last) {
			continue
		}
		at := start
		for k, p := range parts {
			it := item{text: p, start: at}
			at += utf8.RuneCountInString(p) + 1
			if k == 0 {
				// "A在峰会上与B、C…": the list starts after 与.
				if w := strings.LastIndexAny(it.text, "与和同"); w >= 0 {
					it.start += utf8.RuneCountInString(it.text[:w]) + 1
					it.text = it.text[w+len("与"):]
				}
				if w := reListOpener.FindString(it.text); w != "" {
					it.start += utf8.RuneCountInString(w)
					it.text = it.text[len(w):]
				}
				// "成都高新区已有A、B…5家企业": the verb that introduces the list.
				if c := firstItemCut([]rune(it.text)); c > 0 {
					it.start += c
					it.text = string([]rune(it.text)[c:])
				}
			}
			// Fund managers are firms though named like funds (真格基金).
			head := string(r.text[match[0]:match[1]])
			manager := strings.Contains(head, "基金管理人") || strings.Contains(head, "机构")
			if n := utf8.RuneCountInString(it.text); n > 12 || endsWithSuffix(it.text) && !(manager && reManagerName.MatchString(it.text)) ||
				boundaryWords[it.text] || !r.firmItem(it.text) {
				continue
			}
			r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, store.KindEnterprise, "counted-firm", 0.65)
		}
	}
}

// firmItem reports an item of a list of firms that can be a firm by its
// brand: three characters or more, words of its own, no class noun, and no
// body of another kind that the gazetteer knows.
func (r *recognizer) firmItem(t string) bool {
	if utf8.RuneCountInString(t) < 3 || reClassItem.MatchString(t) || !hasHan(t) || distinctLen(t) < 2 {
		return false
	}
	e, ok := r.gaz.Lookup(t)
	return !ok || e.Kind == store.KindEnterprise
}

// reFieldWord: words that make a list item a field, not a firm.
var reFieldWord = regexp.MustCompile(`产业|领域|行业|赛道`)

// reManagerName: fund managers' names that end like a fund's.
var reManagerName = regexp.MustCompile(`\p{Han}{2}(基金|投资|资本|创投)$`)

// reListOpener: words that open a list of firms.
var reListOpener = regexp.MustCompile(`^(不仅|包括|其中|例如|比如|如|有|以及)`)

// reCountedFirms: a count and a class of firms right after a list.
var reCountedFirms = regexp.MustCompile(`(两|三|四|五|六|七|八|九|十|\d+)(大|家)“?(链主|龙头|重点|骨干|独角兽|准独角兽|瞪羚|上市|高新技术|专精特新)?”?(企业|公司|集团|基金管理人|投资机构|创投机构)`)

// reNamedEvents: heads that say the items are named events even without
// quotes, "科技活动周、科普月等重大科普活动", "…等品牌性科普活动". A plain
// "等活动" follows kinds of activity ("讲座、培训等活动") and is left alone.
var reNamedEvents = regexp.MustCompile(`^(重大|品牌|品牌性|系列|主题|特色)[^,。;、“”]{0,4}?(活动|赛事)`)

// heldItems: a list of events that a text will hold, "举办中国(双流)航空经
// 济发展论坛、空港创新创业大赛、航空科普嘉年华、临空企业出海行等活动". An
// item that ends in an event word vouches for the others, whose heads say
// nothing of what they are (…出海行); without such an item, "举办讲
// 座、培训等活动" lists kinds of activity.
var (
	// The verb may stand before a first item that starts with a bracket,
	// "举办中国(双流)…论坛、…".
	reHeldVerb = regexp.MustCompile(`(举办|举行|承办|主办|办好|开展|组织|策划|推出|依托)[^,。;、]{0,16}$`)
	reHeldHead = regexp.MustCompile(`^[^,。;、“”]{0,6}?(活动|赛事|会议|盛会|展会)`)
)

func (r *recognizer) heldItems(si int, s Span, q int, items []item) {
	intro := string(r.text[max(s.Start, items[0].start-20):items[0].start])
	if len(items) < 2 || !reHeldVerb.MatchString(intro) || !reHeldHead.MatchString(string(r.text[q+1:min(s.End, q+7)])) {
		return
	}
	named := false
	for _, it := range items {
		if sr, ok := suffixOf(it.text); ok && sr.Kind == store.KindEvent {
			named = true
		}
	}
	if !named {
		return
	}
	for _, it := range items {
		if _, ok := suffixOf(it.text); ok {
			continue
		}
		// "天使母基金生态伙伴签约": a signing is something done at the
		// event, not one of its own.
		rs := []rune(strings.TrimLeft(it.text, "0123456789"))
		if n := len(rs); n < 4 || n > 12 || !allHan(rs) || reClassItem.MatchString(it.text) || !programLike(it.text) ||
			distinctLen(it.text) < 2 || strings.HasSuffix(it.text, "签约") || reActivityItem.MatchString(it.text) {
			continue
		}
		r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, store.KindEvent, "enum-held", 0.65)
	}
}

// reActivityItem: "展览展示、田间观摩评选、市民开放日" — kinds of activity an
// event holds, named by what is done and where, not events of their own.
var reActivityItem = regexp.MustCompile(`^(田间|现场|市民|项目|成果|产品|技术|企业)?(展览|展示|观摩|评选|开放日|交流|对接|路演|参观|考察|座谈|培训|洽谈|推介|发布|颁奖|表彰)+$`)

// eventItems adds the items of such a list that read as names: short, no
// verb phrase, not a class noun.
func (r *recognizer) eventItems(si int, items []item) {
	for _, it := range items {
		if n := utf8.RuneCountInString(it.text); n < 3 || n > 10 || !allHan([]rune(it.text)) || reClassItem.MatchString(it.text) ||
			!programLike(it.text) {
			continue
		}
		r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, store.KindEvent, "enum-event", 0.65)
	}
}

// chainItems adds the items of a list of industries.
func (r *recognizer) chainItems(si int, items []item, rule string) {
	for _, it := range items {
		for _, part := range splitPair(it) {
			// "食品10大产业链": the count is no part of the last field.
			name := strings.TrimRight(part.text, "+0123456789")
			// "世界级电子信息": a rank qualifies the field, it is no part of it.
			if m := reRank.FindString(name); m != "" && utf8.RuneCountInString(name)-utf8.RuneCountInString(m) >= 2 {
				name = strings.TrimPrefix(name, m)
				part.start += utf8.RuneCountInString(m)
			}
			// "围绕优势产业", "连接创新链": a verb that opens the item governs
			// it; "新经济重点": a word of focus closes it.
			if v := leadingVerb(name); v != "" {
				name = strings.TrimPrefix(name, v)
				part.start += utf8.RuneCountInString(v)
				// "延伸至光学镜片": the verb's 至 goes with it.
				if t, ok := strings.CutPrefix(name, "至"); ok && utf8.RuneCountInString(t) >= 2 {
					name = t
					part.start++
				}
			}
			// "印务轻纺成长为百亿级": the last item runs on into what the
			// fields became; the field ends before the verb.
			if loc := reBecomes.FindStringIndex(name); loc != nil && utf8.RuneCountInString(name[:loc[0]]) >= 2 {
				name = name[:loc[0]]
			}
			// "市外碳材料": the scope is no part of the field.
			if p := reScope.FindString(name); p != "" && utf8.RuneCountInString(name)-utf8.RuneCountInString(p) >= 2 {
				name = strings.TrimPrefix(name, p)
				part.start += utf8.RuneCountInString(p)
			}
			// "新材料产业领域、新能源汽车产业领域": the head repeated on each item.
			for _, h := range []string{"产业领域", "产业"} {
				if t, ok := strings.CutSuffix(name, h); ok && utf8.RuneCountInString(t) >= 2 {
					name = t
					break
				}
			}
			name = trimFieldClass(name)
			// "锂电池回收全产业链": 全 qualifies the chain, not the field.
			if strings.HasSuffix(name, "全") && utf8.RuneCountInString(name) > 3 && !strings.HasSuffix(name, "安全") && !strings.HasSuffix(name, "健全") {
				name = strings.TrimSuffix(name, "全")
			}
			// "内有完善产业链、外有品牌影响力": what a place has is no field.
			if reHasItem.MatchString(name) {
				continue
			}
			// "技术链和": a conjunction ends no field; "千亿级" is a size.
			if strings.HasSuffix(name, "和") && !strings.HasSuffix(name, "中和") || strings.HasSuffix(name, "与") || strings.HasSuffix(name, "及") || reScale.MatchString(name) {
				continue
			}
			// "蒲江县智能制造", "该区绿色环保": the place whose industry it is
			// is no part of the field's name.
			if p := r.placePrefix(name); p != "" && utf8.RuneCountInString(name)-utf8.RuneCountInString(p) >= 2 {
				name = strings.TrimPrefix(name, p)
				part.start += utf8.RuneCountInString(p)
			}
			// "主承载区": an area is no field.
			if n := utf8.RuneCountInString(name); n < 2 || n > 12 || endsWithSuffix(name) || distinctLen(name) < 1 || strings.HasSuffix(name, "区") ||
				reClassItem.MatchString(name) || reActivity.MatchString(name) || reCountItem.MatchString(name) {
				continue
			}
			// "通威集团董事局主席刘某某等光伏行业专家": a person with a title
			// is no field.
			if firmBeforeHead(name) != name {
				continue
			}
			// "成德、成眉、成资三大产业带": areas named by their cities.
			if _, place := placeStems[name]; place {
				continue
			}
			if e, ok := r.gaz.Lookup(name); ok && e.Kind != store.KindIndustryChain || notChains[name] || reChainJunk.MatchString(name) {
				continue
			}
			// "服务天府新区都市现代农业", "(立)足遂宁": a verb before a place
			// is no field's first word (服务外包 and 足球 are fields).
			if v := reVerbOfPlace.FindString(name); v != "" && placeAt([]rune(strings.TrimPrefix(name, v))) {
				continue
			}
			r.add(si, part.start, part.start+utf8.RuneCountInString(name), name, store.KindIndustryChain, rule, 0.7)
		}
	}
}

// reBecomes: the verbs by which a list of fields goes on to what they
// became or reached ("…、印务轻纺成长为百亿级产业集群").
var reBecomes = regexp.MustCompile(`(成长为|发展为|发展成|已成为|成为|达到|突破)`)

// reScope: words that bound where a field is, not what it is ("自贡市及市
// 外碳材料产业链相关骨干企业").
var reScope = regexp.MustCompile(`^(市外|市内|省外|省内|区内|区外|县内|域内|域外|境内|境外)`)

// reFieldClass: the class a field's name may close with when its head
// noun follows ("新型显示重点产业链", "新能源、新材料两大新兴产业"): a count
// and a rank say which of a place's fields it is, not what it is.
var reFieldClass = regexp.MustCompile(`([一二三四五六七八九十两\d]+[大个类项])?(战略性新兴|新兴|主导|重点|优势|支柱|首位)$|[一二三四五六七八九十两\d]+[大个类项]$`)

// trimFieldClass drops reFieldClass from the end of a field's name when
// two characters stay.
func trimFieldClass(name string) string {
	if loc := reFieldClass.FindStringIndex(name); loc != nil && utf8.RuneCountInString(name[:loc[0]]) >= 2 {
		return name[:loc[0]]
	}
	return name
}

// reFirmsBefore: the words before a list that say it lists firms, "涌现了
// 一批商业航天初创企业,包括A、B等".
var reFirmsBefore = regexp.MustCompile(`(企业|公司|厂商)[,:]?(包括|如|例如|比如|有|主要有|分别是)$`)

// firmsIntroduced reports a list whose introducer follows a head of firms.
func (r *recognizer) firmsIntroduced(s Span, items []item) bool {
	if len(items) < 2 {
		return false
	}
	at := items[0].start
	return reFirmsBefore.MatchString(string(r.text[max(s.Start, at-16):at]))
}

// placePrefix returns the place that opens a field's name: a region the
// gazetteer knows, or one named relative to the page (该区, 全市).
func (r *recognizer) placePrefix(name string) string {
	rs := []rune(name)
	for l := min(len(rs)-2, 6); l >= 2; l-- {
		p := string(rs[:l])
		if relativePlaces[p] {
			return p
		}
		if e, ok := r.gaz.Lookup(p); ok && e.Kind == store.KindRegion && strings.ContainsRune("省市区县", rs[l-1]) {
			return p
		}
		// "乐山电子信息": a place's stem before a field the genre knows.
		if rest := string(rs[l:]); placeStems[p] != "" && r.knownField(rest) {
			return p
		}
	}
	return ""
}

// knownField reports an industry known by this name: one of the genre's
// common fields, or a chain of the gazetteer.
func (r *recognizer) knownField(name string) bool {
	e, ok := r.gaz.Lookup(name)
	return industryTerms[name] || ok && e.Kind == store.KindIndustryChain
}

var relativePlaces = wordSet(`该区 该市 该县 全区 全市 全县 全省 本区 本市 我区 我市 我省 两地 当地 区内 市内 园区 辖区 园区内 辖区内`)

var reRank = regexp.MustCompile(`^(世界级|国家级|国际级|千亿级|万亿级|百亿级|全球|世界)`)

// reFusedHead: a list without 等 whose last item runs into the head noun,
// "共建电子信息、汽车制造、装备制造产业集群". Only heads that say the items
// are industries are read this way; "A、B产业园" names a park.
// A count before the head says the same: "航空航天、生物医药、电子信息三大
// 主导产业", "聚焦合成生物、生物制造和中药现代化三大方向"; so does 领域
// after a list ("在生物医药、新材料和人工智能领域"). Subdivisions count
// as well ("…、生物服务和大健康服务五大细分领域", "…、传感器四大新赛道产业",
// "白酒、果酒、露酒三大品类").
var reFusedHead = regexp.MustCompile(`^(产业集群|产业链|产业生态圈|产业赛道|产业承载地|产业集聚区|产业高地|产业方向|领域|[两三四五六七八九十\d]+大(主导|重点|支柱|优势|特色|新兴|战略性新兴|研究|主攻|前沿|核心|细分|新赛道|未来)?(产业链|产业|方向|领域|赛道|品类))`)

// fusedEnumerations finds lists of industries that end in their head noun
// without 等. The last item must be short and the list must have two items
// at least, which keeps "人工智能产业链" alone to the other rules.
func (r *recognizer) fusedEnumerations(si int, s Span) {
	for q := s.Start + 2; q < s.End-1; q++ {
		if !reFusedHead.MatchString(string(r.text[q:min(s.End, q+8)])) {
			continue
		}
		// "A、B、C三大产业赛道": the head is read with its count, at the count.
		if reCountBefore.MatchString(string(r.text[max(s.Start, q-4):q])) {
			continue
		}
		// "新型显示、汽车电子、5G制造三大主导产业": the last item may hold
		// letters and digits.
		k := q - 1
		for k > s.Start && (han(r.text[k-1]) || isASCIIAlnum(r.text[k-1])) && r.text[k-1] != '、' && q-k < 12 {
			k--
		}
		if k <= s.Start || r.text[k-1] != '、' || q-k < 2 || r.text[q-1] == '等' {
			// "集成电路和新型显示产业链", "轨道交通装备和低空经济两大产业链":
			// two fields joined by 和 before the head.
			if pair := r.pairBefore(s, q); pair != nil {
				r.chainItems(si, pair, "enum-chain")
			}
			continue
		}
		// "历史沿革、人才队伍、业务领域": a body's line of work before 领域
		// makes the list one of its aspects, not of industries.
		if reWorkArea.MatchString(string(r.text[k:q])) {
			continue
		}
		items := r.items(s, q)
		if len(items) < 2 {
			continue
		}
		r.chainItems(si, items, "enum-chain")
	}
}

// reWorkArea: the words before 领域 that make it a body's line of work.
var reWorkArea = regexp.MustCompile(`^(业务|工作|服务|研究|职能|专业|相关|其他|其它)$`)

// pairBefore reads "A和B" ending at q (before a head, a count stripped):
// both sides two to eight characters of their own, after a word that
// introduces them.
func (r *recognizer) pairBefore(s Span, q int) []item {
	end := q
	if m := reCountBefore.FindString(string(r.text[max(s.Start, q-4):q])); m != "" {
		end = q - utf8.RuneCountInString(m)
	}
	k := end
	joined := false
	for k > s.Start && han(r.text[k-1]) && end-k < 18 {
		if w := r.boundaryAt(s, k); w > 0 && !(w == 1 && r.exception(s, k)) {
			if r.text[k-1] != '和' || joined {
				break
			}
			joined = true
		}
		k--
	}
	k = r.afterChainLead(k, end)
	seg := string(r.text[k:end])
	a, b, ok := strings.Cut(seg, "和")
	if !ok {
		return nil
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na < 2 || nb < 2 || na > 8 || nb > 8 || distinctLen(a) < 1 || distinctLen(b) < 1 {
		return nil
	}
	return []item{{text: a, start: k}, {text: b, start: k + na + 1}}
}

var reCountBefore = regexp.MustCompile(`[两三四五六七八九十\d]+大$`)

// itemVerbs introduce an enumeration of fields besides the boundary words.
var itemVerbs = wordSet(`招引 协同招引 发展 积极发展 大力发展 重点发展 突破 突破发展 夯实 应用 强化 培育 涵盖 覆盖 涉及
明确 关注 重点关注 投向 重点投向 重点投资 主要投资 聚焦发展 瞄准 主攻 深耕 重点布局 诞生 孕育 确定`)

type item struct {
	text   string
	start  int
	quoted bool
}

// afterIn reports a list that 在 opens.
func (r *recognizer) afterIn(items []item) bool {
	return len(items) > 0 && items[0].start > 0 && r.text[items[0].start-1] == '在'
}

// items returns the items of the enumeration that ends at 等 (position q),
// read leftwards to the clause's start or the word that introduces it.
// reInlineQuote: a quoted word between words of a clause, "还“孵化”培育出".
var reInlineQuote = regexp.MustCompile(`\p{Han}“[^“”、]{1,12}”`)

func (r *recognizer) items(s Span, q int) []item {
	j := q
	for j > s.Start {
		c := r.text[j-1]
		// "中航(成都)无人机": a short bracket between a name's words is
		// inside the name, not the list's edge.
		if c == ')' && j < q && han(r.text[j]) {
			if k := r.innerBracket(s, j-1); k > 0 {
				j = k
				continue
			}
		}
		// "天齐锂业(002466)、": a stock code after an item is no edge.
		if c == ')' && j-8 >= s.Start && reStockCode.MatchString(string(r.text[j-8:j])) {
			j -= 8
			continue
		}
		if strings.ContainsRune(",。;:!?《》()", c) {
			break
		}
		j--
	}
	seg := r.text[j:q]
	if len(seg) == 0 || strings.ContainsRune(string(seg), '等') {
		return nil
	}
	// "天府软件园还“孵化”培育出鼎桥、医联等": a word quoted inside the
	// clause before the first item is no item; the list starts after it.
	if first := slices.Index(seg, '、'); first > 0 {
		head := string(seg[:first])
		if locs := reInlineQuote.FindAllStringIndex(head, -1); len(locs) > 0 && locs[len(locs)-1][1] < len(head) {
			k := utf8.RuneCountInString(head[:locs[len(locs)-1][1]])
			j += k
			seg = seg[k:]
		}
	}
	var out []item
	locs := reSplitItem.FindAllStringIndex(string(seg), -1)
	prev := 0
	str := string(seg)
	bounds := append(locs, []int{len(str), len(str)})
	for _, l := range bounds {
		part := str[prev:l[0]]
		startRunes := j + utf8.RuneCountInString(str[:prev])
		quoted := prev > 0 && strings.ContainsRune(str[prev-len("“"):prev], '“') || l[0] < len(str) && strings.HasPrefix(str[l[0]:], "”")
		prev = l[1]
		if part == "" {
			continue
		}
		out = append(out, item{text: part, start: startRunes, quoted: quoted})
	}
	if len(out) == 0 {
		return nil
	}
	// The first item starts after the word that introduces the list.
	first := &out[0]
	rs := []rune(first.text)
	cut := firstItemCut(rs)
	if cut > 0 {
		first.text = string(rs[cut:])
		first.start += cut
	}
	if first.text == "" {
		out = out[1:]
	}
	// The last item may be joined by 和 or 及: "A、B和C等".
	for i := range out {
		out[i].text = strings.TrimSpace(reStockCode.ReplaceAllString(out[i].text, ""))
		// "依托四川大学建设的生物治疗国家重点实验室、…等": what comes
		// before 的 describes the item; the item is what follows.
		if k := strings.LastIndex(out[i].text, "的"); k >= 0 && !out[i].quoted {
			out[i].start += utf8.RuneCountInString(out[i].text[:k+len("的")])
			out[i].text = out[i].text[k+len("的"):]
		}
	}
	return out
}

// reStockCode: a listed firm's code after its name, "(002466)".
var reStockCode = regexp.MustCompile(`\(\d{6}\)$`)

// innerBracket returns where the name's words before the bracket that
// closes at c start being read on, the bracket's opening, when the bracket
// holds two to four Han characters between Han characters; 0 otherwise.
func (r *recognizer) innerBracket(s Span, c int) int {
	for o := c - 1; o >= max(s.Start+1, c-5); o-- {
		if r.text[o] == '(' {
			if c-o-1 >= 2 && allHan(r.text[o+1:c]) && han(r.text[o-1]) {
				return o
			}
			return 0
		}
	}
	return 0
}

// firstItemCut returns where the first item starts: after the rightmost
// word that introduces the list. A conjunction there may join two fields
// of the first item ("重点发展5G通信与人工智能、…"): then the verb further
// left introduces the list, when both sides are long enough to be fields;
// otherwise the conjunction does ("高校与人工智能、…" keeps 人工智能 only).
func firstItemCut(rs []rune) int {
	cut := introducerCut(rs)
	// "引进了A、B", "培育出A、B": the particle or the direction after the
	// verb is no part of the item.
	if cut > 0 && cut < len(rs) && (rs[cut] == '了' || rs[cut] == '过' || rs[cut] == '出') {
		cut++
	}
	// "成功捕获了储能电池、…", "集聚起了芯片、…": a verb the particle
	// closes introduces the list, known or not.
	for k := len(rs) - 3; k >= cut; k-- {
		if rs[k] == '了' {
			cut = k + 1
			break
		}
	}
	// "成为集智能家电、核心部件…等产业为主的集团": 集 gathers the list.
	if cut >= 1 && cut < len(rs)-2 && rs[cut] == '集' && (rs[cut-1] == '为' || rs[cut-1] == '是') {
		cut++
	}
	// "共建了数字应用支撑软件、…": a verb the particle closes introduces
	// the list; a verb after it (支撑) that leaves a word too short for an
	// item is inside the first item.
	if len(rs)-cut < 3 {
		for k := cut - 2; k > 0; k-- {
			if rs[k] == '了' {
				if c, _ := lastIntroducer(rs, k); c == k && len(rs)-k > 4 {
					cut = k + 1
				}
				break
			}
		}
	}
	return cut
}

func introducerCut(rs []rune) int {
	cut, conj := lastIntroducer(rs, len(rs))
	if !conj {
		return cut
	}
	// 与 joins one field's halves, each of two characters at least ("主要布
	// 局通信与物联网": splitPair's count); 和 and 及 more often join items.
	least := 3
	if rs[cut-1] == '与' {
		least = 2
	}
	if left, c2 := lastIntroducer(rs, cut-1); left > 0 && !c2 && cut-1-left >= least && len(rs)-cut >= 3 {
		return left
	}
	return cut
}

// lastIntroducer finds the rightmost introducing word ending at or before
// end and reports where it ends and whether it is a conjunction.
func lastIntroducer(rs []rune, end int) (int, bool) {
	for k := end - 1; k >= 0; k-- {
		for l := 4; l >= 1; l-- {
			if k-l+1 < 0 {
				continue
			}
			// One-character words other than prepositions are too often
			// part of an item ("经" in 低空经济). 就 is one only where the
			// segment starts ("就轨道交通、…等产业链作了汇报"); inside
			// it is part of a word (成就).
			if w := string(rs[k-l+1 : k+1]); (boundaryWords[w] && (l > 1 || strings.Contains("在对向为从把将以由于与和及如到", w))) || itemVerbs[w] ||
				k == 0 && w == "就" {
				return k + 1, l == 1 && strings.Contains("与和及", w)
			}
		}
	}
	return 0, false
}

type part struct {
	text  string
	start int
}

// splitPair splits an item like "5G通信和人工智能" into two fields when
// both sides are long enough to be fields ("生物和信息融合" stays whole).
// 与 joins one field's two halves ("人工智能与机器人", "通信与物联网"): the
// annotated pages keep such a pair whole 19 times in 22, where they split
// pairs joined by 和 17 times in 23 and by 及 8 times in 12.
//
// 以及 always joins two items ("销售以及芯片设计").
func splitPair(it item) []part {
	for _, sep := range []string{"以及", "和", "及"} {
		a, b, ok := strings.Cut(it.text, sep)
		if ok && (sep == "以及" && a != "" && b != "" || utf8.RuneCountInString(a) >= 3 && utf8.RuneCountInString(b) >= 3) {
			return []part{{a, it.start}, {b, it.start + utf8.RuneCountInString(a) + utf8.RuneCountInString(sep)}}
		}
	}
	return []part{{it.text, it.start}}
}

func hasHan(s string) bool {
	for _, c := range s {
		if han(c) {
			return true
		}
	}
	return false
}

// sharedSuffix handles "A、B等<modifiers><suffix>": each item with the
// suffix is a name. It reports whether the head after 等 was such a suffix.
func (r *recognizer) sharedSuffix(si int, s Span, q int, items []item) bool {
	after := r.text[q+1 : s.End]
	for _, sr := range suffixRules {
		if sr.Weak || sr.Kind == store.KindProgram || sr.Kind == store.KindEvent || sr.Kind == store.KindRegion {
			continue
		}
		suf := []rune(sr.Suffix)
		for m := 0; m <= 6 && m+len(suf) <= len(after); m++ {
			if string(after[m:m+len(suf)]) != sr.Suffix {
				continue
			}
			mods := string(after[:m])
			if mods != "" && distinctLen(mods) > 0 {
				break
			}
			end := m + len(suf)
			if end < len(after) && !hardStop(after[end]) && !boundaryWords[string(after[end])] && !strings.ContainsRune("创推建提", after[end]) {
				break
			}
			found := false
			for _, it := range items {
				if n := utf8.RuneCountInString(it.text); n < 2 || n > 16 || endsWithSuffix(it.text) || distinctLen(it.text) < 2 {
					continue
				}
				name := it.text + sr.Suffix
				m := r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), name, sr.Kind, "enum-suffix", 0.75)
				m.Props = map[string]string{"field": it.text}
				found = true
			}
			return found
		}
	}
	return false
}

// Planning texts list the facilities they will build: "建设A、B、C等项目",
// "重点建设A、创建B等". An item of such a list that ends in a suffix word is
// a name even when its stem is plain ("西部空天遥感数据中心"), as the list
// says these are bodies to be built. A stem made of generic words only
// ("技术创新中心", "临床医学中心") still names a class and is left out;
// so is "国际技术转移中心", which a reader would count as a name.
var (
	reListVerb = regexp.MustCompile(`(建设|创建|布局|打造|建成|组建|筹建|新建|争创|设立|聚集|集聚|引进|推进)$`)
	reItemVerb = regexp.MustCompile(`^(重点|加快|积极)?(建设|创建|布局|打造|建成|组建|筹建|新建|争创|设立|推进)`)
	reListHead = regexp.MustCompile(`^([,;。:]|$|(重点|重大|龙头|标志性)?(项目|平台|载体|设施))`)
)

func (r *recognizer) projectItems(si int, s Span, q int, items []item) {
	intro := string(r.text[max(s.Start, items[0].start-4):items[0].start])
	if !reListVerb.MatchString(intro) || !reListHead.MatchString(string(r.text[q+1:min(s.End, q+7)])) {
		return
	}
	for _, it := range items {
		text, start := it.text, it.start
		if v := reItemVerb.FindString(text); v != "" {
			text, start = text[len(v):], start+utf8.RuneCountInString(v)
		}
		sr, ok := suffixOf(text)
		if !ok || sr.Kind == store.KindProgram || sr.Kind == store.KindEvent || it.quoted {
			continue
		}
		stem := strings.TrimSuffix(text, sr.Suffix)
		if n := utf8.RuneCountInString(text); n > maxName || utf8.RuneCountInString(stem) < 2 || distinctLen(stem) < 1 ||
			reFieldStem.MatchString(stem) || strings.ContainsFunc(text, hardStop) {
			continue
		}
		kind := sr.Kind
		if kind == store.KindGovernmentAgency && !agencyCentre.MatchString(text) {
			kind = store.KindPlatform
		}
		r.add(si, start, start+utf8.RuneCountInString(text), text, kind, "enum-project", 0.7)
	}
}

// placeItems: "加快推动双流、新津、简阳、邛崃等融入…" lists districts and
// counties by their stems. Only a list made of such stems alone is read so,
// since a stem on its own is often part of another word ("新津数字经济").
func (r *recognizer) placeItems(si int, items []item) {
	if len(items) < 2 {
		return
	}
	for _, it := range items {
		if full := placeStems[it.text]; full == "" || key(full) == key(it.text) || utf8.RuneCountInString(it.text) < 2 {
			return
		}
	}
	for _, it := range items {
		m := r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), placeStems[it.text], store.KindRegion, "enum-place", 0.75)
		m.Aliases = append(m.Aliases, it.text)
	}
}

// chainNames: one industry named with its head noun, "打造轨道交通产业链",
// "是成都低空经济产业链的链主企业". The chain is the stem without the place
// that owns it; "X产业链" is kept as an alias. Lists ("A、B产业链") are left
// to fusedEnumerations, and a stem of generic words ("重点产业链",
// "现代产业链") names no industry.
func (r *recognizer) chainNames(si int, s Span) {
	for _, h := range []string{"产业链", "产业集群", "集群"} {
		r.chainNamesBy(si, s, h)
	}
}

// chainNamesBy reads chains named before a head: "网络安全产业链",
// "郫都区电磁空间安全产业集群".
func (r *recognizer) chainNamesBy(si int, s Span, h string) {
	head := []rune(h)
	for q := s.Start + 2; q+len(head) <= s.End; q++ {
		if string(r.text[q:q+len(head)]) != string(head) {
			continue
		}
		j := q
		for j > s.Start && han(r.text[j-1]) && q-j < 12 {
			if w := r.boundaryAt(s, j); w > 0 && !(w == 1 && r.exception(s, j)) {
				break
			}
			j--
		}
		if j > s.Start && (r.text[j-1] == '、' || r.text[j-1] == '”') {
			continue
		}
		// "17家本土氢能产业链": the counter of a count of firms.
		if j > s.Start && unicode.IsDigit(r.text[j-1]) && strings.ContainsRune("家户个", r.text[j]) {
			j++
		}
		j = r.afterChainLead(j, q)
		j = r.placeBoundary(s, j, q)
		if c := reCountBefore.FindString(string(r.text[j:q])); c != "" {
			continue // "A和B两大产业链" is pairBefore's
		}
		stem, start := r.chainStem(string(r.text[j:q]), j)
		if h != "产业链" && r.namedCluster(s, j, start, q+len(head)) {
			r.add(si, j, q+len(head), string(r.text[j:q+len(head)]), store.KindIndustryChain, "named-cluster", 0.7)
			continue
		}
		// "集聚航空航天上下游产业链": the segments of the chain are the chain.
		for _, w := range []string{"上中下游", "上下游"} {
			if t, ok := strings.CutSuffix(stem, w); ok && utf8.RuneCountInString(t) >= 2 {
				stem = t
				break
			}
		}
		stem = trimFieldClass(stem)
		// "拥有工业机器人全产业链": a whole chain is the chain.
		if t, ok := strings.CutSuffix(stem, "全"); ok && utf8.RuneCountInString(t) >= 2 && !wholeWords[string([]rune(stem)[utf8.RuneCountInString(stem)-2:])] {
			stem = t
		}
		// "网络安全产业链": four characters with one plain word still name
		// an industry; "重点产业链" names none.
		if n := utf8.RuneCountInString(stem); n < 2 || n > 8 || distinctLen(stem) < 2 && (n < 4 || distinctLen(stem) < 1) || endsWithSuffix(stem) ||
			reClassItem.MatchString(stem) || strings.ContainsAny(stem, "的和与及等") || h != "产业链" && (reClusterClass.MatchString(stem) || utf8.RuneCountInString(stem) < 3) ||
			h == "集群" && strings.HasSuffix(stem, "产业") ||
			strings.Contains(stem, "建圈强链") {
			continue
		}
		// "及相关产业链集群": a chain's cluster is judged by the chain.
		if e, ok := r.gaz.Lookup(stem); ok && e.Kind != store.KindIndustryChain || reChainJunk.MatchString(strings.TrimSuffix(stem, "产业链")) {
			continue
		}
		m := r.add(si, start, q, stem, store.KindIndustryChain, "chain-name", 0.7)
		if h == "产业链" {
			m.Aliases = append(m.Aliases, stem+"产业链")
		}
	}
}

// namedCluster reports a cluster named with its place, text[j:e], whose
// field starts at f: "成德高端能源装备集群", "攀西钒钛新材料先进制造业集群",
// and each line of a list of them ("成都市人工智能产业集群" alone on its
// line). The province designates clusters by such names, and readers keep
// them whole (23 annotated, 17 on one list); a place that grows a field's
// cluster ("郫都区电磁空间安全产业集群入选…", "成都东部新区加速培育临空经济
// 产业集群") names the field, and the place supports it.
func (r *recognizer) namedCluster(s Span, j, f, e int) bool {
	// "四川省先进制造业集群" names the class the list is of.
	if field := reClusterHead.ReplaceAllString(string(r.text[f:e]), ""); f == j || f-j > 5 || utf8.RuneCountInString(field) < 2 {
		return false
	}
	alone := (j == s.Start || r.text[j-1] == '\n') && (e == s.End || strings.ContainsRune("\n。", r.text[e]))
	return alone || clusterRegions[string(r.text[j:f])] || reDesignatedCluster.MatchString(string(r.text[f:e]))
}

// clusterRegions are the regions of several cities a designated cluster is
// named after.
var clusterRegions = wordSet(`成德 成德眉资 成德眉遂 乐眉宜 攀西 成渝地区 川南 川东北`)

// reClusterHead: the head of a cluster's name, after its field.
var reClusterHead = regexp.MustCompile(`(特色)?(先进制造业?|产业)?集群$`)

// reDesignatedCluster: the heads of the national and provincial lists of
// advanced manufacturing clusters.
var reDesignatedCluster = regexp.MustCompile(`先进制造业?集群$`)

// focusLists reads the one or two industries a verb of focus names
// without 等: "聚焦发展电子信息和人工智能产业", "聚焦做强临空经济" (longer
// lists, with 、, are the enumerations'). The verb fixes where
// the list starts, which a bare "X产业" elsewhere lacks (its left edge
// would take in any verb the lexicon does not know); the list must end in
// a head of industries, or be one field ending in 经济.
var (
	reFocusList = regexp.MustCompile(`(聚焦|围绕|重点发展|大力发展|主攻|深耕|重点投资|重点关注|重点投向)(发展|做强|做优|做大|壮大|培育|打造|布局)?([^,。;:!?、“”()等]{2,24})[,。;]`)
	reFocusHead = regexp.MustCompile(`(产业集群|产业链|产业|领域|赛道|行业)$`)
	reFocusJoin = regexp.MustCompile(`[和及与]`)
	// Qualifiers that a list of focus holds for its fields as a whole.
	focusQualifiers = wordSet(`主导 优势 支柱 特色 重点 新兴 先导 前沿 关键 核心 相关 本地 区域 传统 现代 未来 战略性新兴 重点优势 主导优势 优势特色`)
)

// reFocusAs: "以新能源和智能网联为主攻方向", the fields a place makes its
// aim. Its two empty groups keep the list the third, where reFocusList
// has it, so that focusLists reads both alike.
var reFocusAs = regexp.MustCompile(`以()()([^,。;:!?、“”()等以]{2,24})为(主攻方向|主导产业|重点产业|核心产业|首位产业|主攻产业)`)

func (r *recognizer) focusLists(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, m := range append(reFocusList.FindAllStringSubmatchIndex(str, -1), reFocusAs.FindAllStringSubmatchIndex(str, -1)...) {
		list := str[m[6]:m[7]]
		start := s.Start + utf8.RuneCountInString(str[:m[6]])
		head := reFocusHead.FindString(list)
		switch {
		case reCountBefore.MatchString(strings.TrimSuffix(list, head)) || strings.ContainsAny(list, "0123456789"):
			continue // "A和B两大产业" is pairBefore's
		case head != "":
			list = strings.TrimSuffix(list, head)
		case strings.HasSuffix(list, "经济") && !strings.ContainsAny(list, "、和及与"):
		case strings.HasPrefix(str[m[0]:], "以"): // reFocusAs's head is its 为…方向
		default:
			continue
		}
		var items []item
		at := start
		for _, f := range reFocusJoin.Split(list, -1) {
			items = append(items, item{text: f, start: at})
			at += utf8.RuneCountInString(f) + 1
		}
		ok := true
		for _, it := range items {
			if n := utf8.RuneCountInString(it.text); n < 2 || n > 8 || focusQualifiers[it.text] || !allHan([]rune(it.text)) ||
				strings.Contains(it.text, "链") || holdsVerb(it.text) {
				ok = false
			}
		}
		if ok {
			r.chainItems(si, items, "focus-chain")
		}
	}
}

// holdsVerb reports a word of two characters or more that introduces or
// ends names ("布局", "建设") inside s: a field's name holds none.
func holdsVerb(s string) bool {
	rs := []rune(s)
	for i := range rs {
		for l := 2; l <= 4 && i+l <= len(rs); l++ {
			if w := string(rs[i : i+l]); boundaryWords[w] || itemVerbs[w] {
				return true
			}
		}
	}
	return false
}

// notChains are the chains of policy prose that name no industry: "推动创
// 新链、产业链、资金链、人才链深度融合".
var notChains = wordSet(`创新链 产业链 资金链 人才链 技术链 价值链 政策链 服务链 教育链 供应链 数据链 信息链 华北 华中 华东 华南 西北 东北`)

// reVerbOfPlace: verbs a place follows at the start of a list's item.
var reVerbOfPlace = regexp.MustCompile(`^(服务于|服务|立足|足|面向|辐射)`)

// reAspects: "从硬件、人员构成等方面对公司做了介绍" lists aspects of a firm,
// not firms.
var reAspects = regexp.MustCompile(`^(方面|环节|问题|内容|因素|措施|举措|形式|手段|特点|指标)`)

// reChainJunk: words that a chain's name never holds, and so show its
// edges were misread. People listed beside fields (专家代表, 院士); ranks
// (西部领先, 中国一流); a chain's layers (基础层, 应用层); a verb or a
// preposition at an edge (是…, 随着…, 集研发, …向, …为), a count's
// classifier (12条…, 16个…); what a chain is,
// rather than which (完整, 上下游, 区外相关).
// Qualities and verbs that a 、 list of a clause shares with lists of
// fields are no fields either: "基础好、潜力大", "起步最早、综合实力最强",
// "高门槛、高技术、高收益", "延伸、加粗、做强产业链条", "效率不足、高技能人才缺口".
var reChainJunk = regexp.MustCompile(`代表|专家|学者|院士|领先|一流|层$|^(是|到|随着|将|条|个|集(研发|设计|生产))|[向为对在从到]$|相关$|主导$|^(完整|完善|上下游)$|本地$|` +
	`最|满足|研制|系列$|[大强早好]$|实力$|不足$|缺口$|构成$|人员$|完整$|务实$|层次$|^高(门槛|技术|收益|附加值|成长|质量|水平|效率|效益)$|^(加粗|做强|做大|做优|延伸|绘制|青睐)|^集[^成群约装]|双方|三方|四方|` +
	`会长|决策|部署|显著|突出|剑指|沿革|方案$|机制|范围$|^(构建|优化|催生|帮助|具体)|支持|招商$|^力量$|政策|成效`)

// wholeWords end in 全 and are no "whole chain" (安全, 健全).
var wholeWords = wordSet(`安全 健全 齐全 完全 周全 保全 成全`)

// reClusterClass: clusters named by their standing, not their industry
// ("中小企业特色产业集群", "先进制造业集群" is read by the other rules).
var reClusterClass = regexp.MustCompile(`企业|上市|特色|重点|优势|新兴|主导|战略|千亿|万亿|百亿|国家级|省级|市级`)

var reChainLead = regexp.MustCompile(`(本土|本地|当地|^级|遵循|立足|突出|服务于|服务|聚焦|围绕|支撑|面向|投向|做强|做优|做大|建强|发展|壮大|培育|打造|引领|提高|提升|带动|衔接|畅通|延伸|延长|地区|强化|增强|补齐|贯通|打通|[\d一二两三四五六七八九十]+条)`)

// chainStem drops the place that owns a chain ("新都区", "成都市", "成都")
// from the start of its stem.
func (r *recognizer) chainStem(stem string, start int) (string, int) {
	rs := []rune(stem)
	cut := placeLead(rs, 2)
	return string(rs[cut:]), start + cut
}

// placeLead is the length of the place that starts rs (its stem, the
// longest known, and the level after it: 成都市, 新都区), leaving keep
// characters at least; 0 when rs starts with no place.
func placeLead(rs []rune, keep int) int {
	for l := min(4, len(rs)-keep); l >= 2; l-- {
		if _, ok := placeStems[string(rs[:l])]; !ok {
			continue
		}
		if l < len(rs) && strings.ContainsRune("省市区县州", rs[l]) {
			l++
		}
		return l
	}
	return 0
}

// placeBoundary moves the start j of a chain's stem that a word boundary
// put inside a place's name back to the place's edge: "组建成都低空经济产业
// 基金" splits after 建成, "青白江区先进能源产业" after 青白江. The place is
// then the stem's owner, which chainStem drops.
func (r *recognizer) placeBoundary(s Span, j, q int) int {
	if j > s.Start && j+1 < q && placeLead(r.text[j-1:q], 2) > 1 {
		return j - 1
	}
	if j < q && strings.ContainsRune("省市区县州", r.text[j]) && placeEnds(r.text[max(s.Start, j-4):j]) {
		return j + 1
	}
	return j
}

// afterChainLead moves j past the last verb of focus in text[j:q] ("重点
// 服务网络安全…"), which introduces an industry and is no part of it.
func (r *recognizer) afterChainLead(j, q int) int {
	str := string(r.text[j:q])
	if locs := reChainLead.FindAllStringIndex(str, -1); locs != nil {
		j += utf8.RuneCountInString(str[:locs[len(locs)-1][1]])
	}
	return j
}

// firmBeforeHead cuts an item of a list of firms' heads, "华鲲振宇总裁万某、
// 某某公司董事长周某等链主企业负责人", at the title: the firm is before it,
// and the person after it is read as any person with a title is.
func firmBeforeHead(s string) string {
	rs := []rune(s)
	for i := 2; i < len(rs)-1; i++ {
		for _, t := range titleWords {
			tr := []rune(t)
			if n := len(rs) - i - len(tr); n >= 2 && n <= 3 && string(rs[i:i+len(tr)]) == t && surnames[string(rs[i+len(tr)])] {
				return string(rs[:i])
			}
		}
	}
	return s
}

// splitFirms splits the last item of a list of firms at 和 or 及 ("字节跳
// 动和宁德时代"): firm names seldom hold those words, and a list's last two
// items are joined by them.
func splitFirms(items []item) []item {
	last := items[len(items)-1]
	for _, sep := range []string{"和", "及"} {
		a, b, ok := strings.Cut(last.text, sep)
		if ok && utf8.RuneCountInString(a) >= 2 && utf8.RuneCountInString(b) >= 2 {
			out := append([]item{}, items[:len(items)-1]...)
			return append(out, item{text: a, start: last.start}, item{text: b, start: last.start + utf8.RuneCountInString(a) + 1})
		}
	}
	return items
}

// buildList reads "建设A、B" lists of facilities to build that run to the
// end of a clause, with or without 等. A plain-worded item is a name there
// when another item of the same list is one by its own words: in
// "建设国际科技成果转移中心、西部数据要素流通平台" both are facilities to
// be built, while "布局技术创新中心、临床医学中心等" lists kinds of them.
func (r *recognizer) buildList(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reBuildVerb.FindAllStringIndex(str, -1) {
		i := s.Start + utf8.RuneCountInString(str[:loc[1]])
		if i < s.End && r.text[i] == '的' {
			continue // "依托U建设的L": 建设 describes L, it lists nothing
		}
		type cand struct {
			text  string
			start int
			sr    suffixRule
		}
		var items []cand
		named := 0
		for i < s.End {
			k := i
			for k < s.End && !strings.ContainsRune("、,;。:等和及与", r.text[k]) && !hardStop(r.text[k]) {
				k++
			}
			text, start := string(r.text[i:k]), i
			if v := reItemVerb.FindString(text); v != "" {
				text, start = text[len(v):], start+utf8.RuneCountInString(v)
			}
			sr, ok := suffixOf(text)
			if !ok || k == i || sr.Kind == store.KindProgram || sr.Kind == store.KindEvent || sr.Kind == store.KindPolicy {
				items = nil
				break
			}
			// The list's own names start with a place or a known name
			// ("西部数据要素流通平台"); plain words that merely count as
			// distinctive do not vouch for the rest.
			if stem := []rune(strings.TrimSuffix(text, sr.Suffix)); startsWithPlace(stem) || r.gazStart(stem) {
				named++
			}
			items = append(items, cand{text, start, sr})
			if k >= s.End || r.text[k] != '、' {
				break
			}
			i = k + 1
		}
		if named == 0 || len(items) < 2 {
			continue
		}
		for _, it := range items {
			stem := strings.TrimSuffix(it.text, it.sr.Suffix)
			if utf8.RuneCountInString(stem) < 4 || utf8.RuneCountInString(it.text) > maxName || reFieldStem.MatchString(stem) ||
				reGoal.MatchString(stem) || r.distinctive(stem, it.sr) {
				continue
			}
			kind := it.sr.Kind
			if kind == store.KindGovernmentAgency && !agencyCentre.MatchString(it.text) {
				kind = store.KindPlatform
			}
			if pilotNamed(it.text, kind) {
				kind = store.KindPilotPlatform
			}
			r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, kind, "build-list", 0.6)
		}
	}
}

// reGoal: "国际一流应用性科学中心" states what a place aims to become.
var reGoal = regexp.MustCompile(`^.{0,3}(一流|领先|知名|顶尖|重要|著名|最大|高水平|具有)`)

var reBuildVerb = regexp.MustCompile(`(建设|创建|布局|打造|建成|组建|筹建|新建|争创|设立)`)

// reBulletVerb: a verb of building that opens a plan's line.
var reBulletVerb = regexp.MustCompile(`^(共建|共同建设|建设|创建|打造|建成|组建|筹建|新建|争创|设立)`)

// bulletItem: a bullet line that holds one name and at most the place in
// brackets after it, "·碳中和前沿技术研究基地(成都科学城)", lists a body,
// however plain its words: the list under a heading enumerates bodies.
func (r *recognizer) bulletItem(si int, s Span) {
	if !strings.ContainsRune("·•", r.text[s.Start]) {
		return
	}
	i, k := s.Start+1, s.End
	for i < k && r.text[i] == ' ' {
		i++
	}
	if r.text[k-1] == ')' {
		for k > i && r.text[k-1] != '(' {
			k--
		}
		k--
	}
	if k-i < 4 || k-i > maxName {
		return
	}
	// "·共建都市现代农业产业技术研究院": the verb that opens the line is the
	// plan's, not the body's.
	if v := reBulletVerb.FindString(string(r.text[i:k])); v != "" {
		i += utf8.RuneCountInString(v)
	}
	if k-i < 4 {
		return
	}
	text := string(r.text[i:k])
	if strings.ContainsFunc(text, func(c rune) bool { return hardStop(c) || !nameRune(c) }) {
		return
	}
	sr, ok := suffixOf(text)
	if !ok || !facilityKinds[sr.Kind] && sr.Kind != store.KindPilotPlatform {
		return
	}
	stem := strings.TrimSuffix(text, sr.Suffix)
	if utf8.RuneCountInString(stem) < 2 || distinctLen(stem) < 1 || !programLike(stem) {
		return
	}
	kind := sr.Kind
	if pilotNamed(text, kind) {
		kind = store.KindPilotPlatform
	}
	r.add(si, i, k, text, kind, "bullet-item", 0.65)
}

// buildObjects: what a plan builds is a body however plain its words, when a
// building verb governs it directly: "建成智能化国际航空数据中心",
// "共建成渝航空产业协作示范区", and the lines of a 专栏 that list projects
// under a label ("·创新平台:A、B、国际技术交流中心"). It is refused when the
// words before the head state a goal ("具有全国影响力的…中心", "国际一流…"),
// count ("一批…平台", "3个…园区") or make a class: a stem of fewer than
// three generic words once its level is dropped ("技术创新中心",
// "国家技术创新中心", "公共服务平台") names a kind of body.
var (
	// 打造 and 布局 take aims as often as bodies ("打造开放共享平台"); the
	// verbs of building take bodies.
	reObjectVerb = regexp.MustCompile(`(建设|建成|新建|筹建|组建|共建|创建)$`)
	reObjectLead = regexp.MustCompile(`^(重点|加快|积极|着力|高标准|高水平|规划|谋划)`)
	reQuantity   = regexp.MustCompile(`^(一批|一系列|若干|多个|各类|一些|[\d一二三四五六七八九十两几百千]+[个家所座批类])`)
	reGoalWords  = regexp.MustCompile(`具有|影响力|一流|领先|知名|顶尖|重要|著名|最大|世界级|国际化|的|更多|更高|全面|现代化`)
	reLevel      = regexp.MustCompile(`国家级|国家|省部共建|省级|市级|区级|新型|重大|高能级`)
	// Of the region heads only parks, ports, cities, corridors and
	// demonstration zones are built; 集聚区 and 功能区 are kinds of area.
	reBuiltRegion  = regexp.MustCompile(`(园|港|城|走廊|示范区)$`)
	reNominalBuild = regexp.MustCompile(`(推进|推动|加快|加强|支持|启动|完成|抓好|做好|高标准推进|加快推进)([^,。;、:“”《》()和与等]{4,30}?)(建设|建成投运|落地)`)
	reNominalLead  = regexp.MustCompile(`^(推进|推动|加快|加强|支持|启动|完成|抓好|做好)+`)
	reLabelLine    = regexp.MustCompile(`^[·•]\s*[^,。;:、]{2,8}:`)
	objectKinds    = kinds(store.KindPlatform, store.KindResearchInstitute, store.KindLab, store.KindPilotPlatform, store.KindRegion,
		store.KindGovernmentAgency)
)

func (r *recognizer) buildObjects(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	var starts []int
	label := false
	if loc := reLabelLine.FindStringIndex(str); loc != nil {
		starts = append(starts, s.Start+utf8.RuneCountInString(str[:loc[1]]))
		label = true
	}
	for _, loc := range reBuildVerb.FindAllStringIndex(str, -1) {
		if i := s.Start + utf8.RuneCountInString(str[:loc[1]]); i >= s.End || r.text[i] != '的' {
			starts = append(starts, i)
		}
	}
	// "推进全国一体化算力网络国家枢纽节点建设": the body before a nominal 建设.
	for _, loc := range reNominalBuild.FindAllStringSubmatchIndex(str, -1) {
		start := s.Start + utf8.RuneCountInString(str[:loc[4]])
		body := str[loc[4]:loc[5]]
		// "加快推动未来科技城建设": verbs in a row.
		if v := reNominalLead.FindString(body); v != "" {
			body, start = body[len(v):], start+utf8.RuneCountInString(v)
		}
		r.buildObject(si, part{body, start}, true)
	}
	for n, i := range starts {
		if n > 0 || !label {
			if !reObjectVerb.MatchString(string(r.text[max(s.Start, i-2):i])) {
				continue
			}
		}
		var items []part
		for i < s.End {
			k := i
			for k < s.End && !strings.ContainsRune("、,;。:等", r.text[k]) && !hardStop(r.text[k]) {
				k++
			}
			items = append(items, r.objectParts(i, k)...)
			if k >= s.End || r.text[k] != '、' {
				break
			}
			i = k + 1
		}
		// A label's list vouches for its items only when all of them are
		// facilities ("·公共服务:…" may list services too) and no verb
		// follows the label ("·中试平台:建设…" is read from its verb).
		if n == 0 && label {
			for _, it := range items {
				if sr, ok := suffixOf(it.text); !ok || !objectKinds[sr.Kind] || reBuildVerb.MatchString(it.text) {
					items = nil
					break
				}
			}
		}
		// A count anywhere in the list governs all of it: "建设若干研究设施和
		// 一批…、前沿交叉创新平台".
		for _, it := range items {
			if reQuantity.MatchString(it.text) {
				items = nil
				break
			}
		}
		for _, it := range items {
			r.buildObject(si, it, false)
		}
	}
}

// objectParts splits an item at 和 or 及 when the words before it end in a
// head of their own ("检测认证基地及配套设施"); "空天材料及器件研究院" stays
// one name.
func (r *recognizer) objectParts(i, k int) []part {
	text := string(r.text[i:k])
	if v := reObjectLead.FindString(text); v != "" {
		text, i = text[len(v):], i+utf8.RuneCountInString(v)
	}
	if v := reItemVerb.FindString(text); v != "" {
		text, i = text[len(v):], i+utf8.RuneCountInString(v)
	}
	for _, sep := range []string{"和", "及", "与"} {
		a, b, ok := strings.Cut(text, sep)
		if !ok {
			continue
		}
		if _, named := suffixOf(a); named {
			return []part{{a, i}, {b, i + utf8.RuneCountInString(a) + 1}}
		}
	}
	return []part{{text, i}}
}

// nominal marks a body before a nominal 建设, which the suffix rules refuse
// ("…基地建设" may name a kind of work); there a stem with words of its
// own is taken too.
func (r *recognizer) buildObject(si int, it part, nominal bool) {
	sr, ok := suffixOf(it.text)
	if !ok || !objectKinds[sr.Kind] {
		return
	}
	stem := strings.TrimSuffix(it.text, sr.Suffix)
	if n := utf8.RuneCountInString(it.text); n > maxName || utf8.RuneCountInString(stem) < 4 || reQuantity.MatchString(stem) ||
		reGoalWords.MatchString(stem) || reFieldStem.MatchString(stem) || strings.ContainsFunc(it.text, func(c rune) bool { return !nameRune(c) }) {
		return
	}
	// "支持该公司在中国川菜产业城建设…": a subject and where it builds,
	// not a body.
	if strings.HasPrefix(it.text, "该") || strings.Contains(strings.ReplaceAll(it.text, "泛在", ""), "在") {
		return
	}
	kind := sr.Kind
	if kind == store.KindGovernmentAgency {
		if !strings.HasSuffix(it.text, "中心") {
			return
		}
		kind = store.KindPlatform
	}
	if sr.Kind == store.KindRegion && !reBuiltRegion.MatchString(it.text) {
		return
	}
	// "组建区域人力资源服务联盟": an alliance to be formed is named after
	// its place or body once it is one (see suffixAt).
	if associationSuffixes[sr.Suffix] {
		return
	}
	// Stems with words of their own are the suffix rules' to read.
	if d := r.distinctive(stem, sr); d && !nominal || !d && genericCount(reLevel.ReplaceAllString(stem, "")) < 3 {
		return
	}
	if pilotNamed(it.text, kind) {
		kind = store.KindPilotPlatform
	}
	r.add(si, it.start, it.start+utf8.RuneCountInString(it.text), it.text, kind, "build-object", 0.6)
}

// genericCount counts the words of a stem, generic words matched longest
// first and every other run of characters one word.
func genericCount(s string) int {
	rs := []rune(s)
	n := 0
	other := false
	for i := 0; i < len(rs); {
		l := genericAt(rs, i)
		if l == 0 {
			// An affix after a generic word ("开放式") adds no word.
			if !other && !(i > 0 && strings.ContainsRune("式型性化级类", rs[i])) {
				n++
			}
			other = true
			i++
			continue
		}
		other = false
		// One-character affixes (化, 型, 性) make no word of their own.
		if l > 1 {
			n++
		}
		i += l
	}
	return n
}

// knownIndustries are fields that the genre names as industries everywhere:
// the national lists of strategic emerging industries and the chains that
// Chengdu and its districts build. A word of the list is an industry only
// where it is used as one, before a word that says so ("航空产业",
// "电子信息领域") or listed with another field ("集成电路、新型显示等"); on
// its own ("金融机构", "芯片设计") it stays a word. 新经济 is left out: the
// pages use it for the city's new firms at large, and their annotators
// give it as an industry on 2 of the 31 pages that name it; so are 精准医学,
// 影视, 文化旅游, 检验检测 and 科技服务, which the pages name as fields of
// work more than as industries (left out, they take 7 wrong readings and 1
// right one off the annotated pages).
var knownIndustries = sortByLen(strings.Fields(`电子信息 人工智能 生物医药 集成电路 新型显示 智能终端 高端软件 软件和信息服务
	网络安全 信息安全 大数据 云计算 物联网 区块链 虚拟现实 工业互联网 卫星互联网 卫星应用 卫星通信 空天信息 商业航天
	航空航天 航空 航天 航空发动机 燃气轮机 无人机 低空经济 通用航空 轨道交通 新能源汽车 智能网联汽车 汽车 新能源 光伏
	氢能 储能 动力电池 新材料 先进材料 绿色低碳 节能环保 高端装备 装备制造 智能制造 工业机器人 机器人 人形机器人 具身智能
	仪器仪表 医疗器械 创新药 生物技术 生物制造 合成生物 细胞治疗 基因治疗 中医药 大健康 生命健康 数字经济
	数字文创 文化创意 现代物流 跨境电商 电子商务 现代服务业 先进制造业 未来产业 光电
	光通信 光电信息 激光 量子信息 量子计算 半导体 功率半导体 第三代半导体 传感器 北斗 智能驾驶 食品饮料 绿色食品 现代农业
	游戏 手游 网游 电竞 动漫 数字娱乐 自动驾驶 新能源电池 电子元器件 元宇宙
	医药健康 高端医疗器械 高性能医疗器械 新型材料 锂电 临空经济 新一代信息技术 清洁能源 先进能源 先进核能 高端装备制造 能源装备
	高端能源装备 航空物流 航空动力 工业无人机 消费电子 白酒
	核医疗 核技术应用 多晶硅 晶硅光伏 钒钛 化工新材料 储能电池 都市现代农业 能源化工 清洁能源装备
	超高清视频 卫星导航 油气 煤化工 精细化工 纺织 轻纺 茶叶 畜牧 冷链物流 智慧能源 油服 空天
	文化旅游 文旅 数字农业 智慧农业 预制菜 金融科技 工业软件 信息技术 高端制造 玄武岩纤维 工业设计 健康养老`))

// reAgencyItem: a list's item named as a government's department.
var reAgencyItem = regexp.MustCompile(`(厅|局|委|办|委员会)$`)

// reFieldModifier: words a field follows inside a phrase that still uses it
// as a field: "全市电子信息产业", "新兴电子信息产业集群", "一批商业航天初创企业".
// So do the verbs of growing one: "重点发展都市现代农业、现代服务业".
var reFieldModifier = regexp.MustCompile(`(全市|全省|全区|全县|全国|我国|本地|当地|本市|我市|我省|我区|新兴|推动|助推|支持|拓展|加快|依托|推进|做大|引领|国际化|千亿级|万亿级|百亿级|世界级|一批|[\d一二三四五六七八九十两几]+个|发展|培育|壮大|做强|做优|聚焦|布局|打造|深耕|围绕)$`)

// reFieldsTail: the projects or firms a list of fields closes with.
var reFieldsTail = regexp.MustCompile(`^(重大|重点|龙头|领军)?(产业化)?(项目|企业)`)

// reIndustryHead: words after a field that say it is an industry.
var reIndustryHead = regexp.MustCompile(`^(产业链|产业集群|产业|行业|领域|赛道|业[的,。、]|\)?企业|药?企[^业])`)

// knownFields finds the known industries used as industries.
func (r *recognizer) knownFields(si int, s Span) {
	for i := s.Start; i < s.End; i++ {
		if w := r.knownFieldAt(i, s.End); w != "" {
			n := utf8.RuneCountInString(w)
			// Inside a longer word ("光电子", "新材料科技有限公司") it is none.
			before := i == s.Start || !han(r.text[i-1]) || r.text[i-1] == '、' || r.boundaryAt(s, i) > 0 || r.placeEndsAt(s, i) ||
				reFieldModifier.MatchString(string(r.text[max(s.Start, i-4):i]))
			after := string(r.text[i+n : min(s.End, i+n+8)])
			// A whole item of a list, next to another field.
			whole := i+n == s.End || strings.ContainsRune("、等和及,。;", r.text[i+n])
			// "创新药、医疗器械重大产业化项目": the last item may run on to
			// the projects or firms of the fields.
			listed := whole && (strings.HasPrefix(after, "、") || i > s.Start && strings.ContainsRune("、和及", r.text[i-1])) ||
				i > s.Start && strings.ContainsRune("、和及", r.text[i-1]) && reFieldsTail.MatchString(after)
			head := reIndustryHead.FindString(after)
			// "创新药企劲方医药登陆港股": a field before 企业 is one only when
			// the firm it introduces follows; "新经济企业服务" is a class.
			if strings.Contains(head, "企") {
				// reIndustryHead reads one character past a bare 企.
				rest := after[len(head):]
				if !strings.HasSuffix(head, "企业") {
					_, w := utf8.DecodeLastRuneInString(head)
					rest = after[len(head)-w:]
				}
				if !reFirmIntroduced.MatchString(rest) {
					head = ""
				}
			}
			if before && (head != "" && !reChainProject.MatchString(strings.TrimPrefix(after, head)) || listed && r.listedWithField(s, i, i+n)) {
				r.add(si, i, i+n, w, store.KindIndustryChain, "known-field", 0.65)
			}
			i += n - 1
		}
	}
}

// knownByFirst and knownByLast index the known fields by their first and
// last characters, longest first: knownFields looks at every character of
// a document, and the list is a hundred words long.
var knownByFirst, knownByLast = func() (map[rune][][]rune, map[rune][][]rune) {
	first, last := map[rune][][]rune{}, map[rune][][]rune{}
	for _, w := range knownIndustries {
		rs := []rune(w)
		first[rs[0]] = append(first[rs[0]], rs)
		last[rs[len(rs)-1]] = append(last[rs[len(rs)-1]], rs)
	}
	return first, last
}()

// knownFieldAt returns the longest known field that starts at i and ends
// by end, or "".
func (r *recognizer) knownFieldAt(i, end int) string {
	if i >= end {
		return ""
	}
	for _, w := range knownByFirst[r.text[i]] {
		if i+len(w) <= end && slices.Equal(r.text[i:i+len(w)], w) {
			return string(w)
		}
	}
	return ""
}

// knownFieldEndsAt reports a known field that ends at e and starts at lo
// or after.
func (r *recognizer) knownFieldEndsAt(lo, e int) bool {
	if e <= lo {
		return false
	}
	for _, w := range knownByLast[r.text[e-1]] {
		if e-len(w) >= lo && slices.Equal(r.text[e-len(w):e], w) {
			return true
		}
	}
	return false
}

// placeEndsAt reports a place's name ending at i ("新都区航空产业").
func (r *recognizer) placeEndsAt(s Span, i int) bool {
	for l := 2; l <= 6 && i-l >= s.Start; l++ {
		if e, ok := r.gaz.Lookup(string(r.text[i-l : i])); ok && e.Kind == store.KindRegion {
			return true
		}
	}
	return false
}

// listedWithField reports a list item [i, e) next to another known field.
func (r *recognizer) listedWithField(s Span, i, e int) bool {
	return e < s.End && r.text[e] == '、' && r.knownFieldAt(e+1, s.End) != "" ||
		i-1 > s.Start && strings.ContainsRune("、和及", r.text[i-1]) && r.knownFieldEndsAt(s.Start, i-1)
}

// reLeadFields: "构筑以电子信息、数字经济为主导,以智能制造、数字文创为方向的产业体
// 系" — fields a place leads with or aims at, listed between 以 and 为.
var reLeadFields = regexp.MustCompile(`以([^,。;:以为等]{4,40}?)为(主导|先导|方向|主攻方向|重点|核心|特色|支撑|引领)`)

func (r *recognizer) leadFields(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reLeadFields.FindAllStringSubmatchIndex(str, -1) {
		items := listItems(str, s.Start, loc[2], loc[3])
		// "以协同招商引资、共建西部科学城、联动科技创业投资3个协议为重点":
		// a list of agreements or works is no list of fields.
		if len(items) < 2 || slices.ContainsFunc(items, func(it item) bool { return reWorkItem.MatchString(it.text) }) {
			continue
		}
		// "以“政府搭台、企业主体、市场运作”为核心": a slogan in quotes is
		// no list of fields.
		if strings.ContainsAny(str[loc[2]:loc[3]], "“”\"") {
			continue
		}
		r.chainItems(si, items, "lead-fields")
	}
}

// reWorkItem: an item that names a piece of work or counts things.
var reWorkItem = regexp.MustCompile(`(协议|项目|行动|工程|计划|工作|活动)$|\d`)

// listItems splits the list str[lo:hi] of a sentence's string at 、, each
// item with where it starts in the text (the sentence starting at at).
func listItems(str string, at, lo, hi int) []item {
	start := at + utf8.RuneCountInString(str[:lo])
	var items []item
	for _, p := range strings.Split(str[lo:hi], "、") {
		items = append(items, item{text: p, start: start})
		start += utf8.RuneCountInString(p) + 1
	}
	return items
}

// reScale: a size that lists like a field ("千亿级产业集群").
var reScale = regexp.MustCompile(`^[百千万亿]+级$`)

// leadingVerb returns a word of two or more characters that opens s and
// introduces a body or a field elsewhere (围绕, 连接, 聚焦), or "".
func leadingVerb(s string) string {
	rs := []rune(s)
	for l := min(4, len(rs)-2); l >= 2; l-- {
		if boundaryWords[string(rs[:l])] || itemLeadVerbs[string(rs[:l])] {
			return string(rs[:l])
		}
	}
	return ""
}

// reHasItem: an item that says what something has (内有…, 拥有…).
var reHasItem = regexp.MustCompile(`^\p{Han}?有`)

// itemLeadVerbs open list items in this genre without being boundary words
// everywhere.
var itemLeadVerbs = wordSet(`连接 衔接 打通 贯通 对接 串联 带动 拉动 推动 延伸 制定 出台 编制 明确`)

// reFirmIntroduced: what follows a firm's class when a firm's brand comes
// next: a dash, or a brand and news of its listing.
var reFirmIntroduced = regexp.MustCompile(`^(——|\p{Han}{2,6}(首发|顺利|正式|成功|登陆|上市|在(港交所|上交所|深交所|北交所|科创板|创业板)))`)

func isASCIIAlnum(c rune) bool {
	return c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c))
}

// A list of projects names many a firm by its brand before the project:
// "火炬电子研发生产基地暨科创中心、华清科盛西南区域总部等7个制造业龙头项目",
// "海创汇西南区域总部、中国化工十一建西南总部等15个重大项目". The brand is
// a firm; the plant or the office is no body of its own.
var (
	reProjectsHead = regexp.MustCompile(`^(\d+|[一二三四五六七八九十两]+)?[个项]?[^,。;、“”]{0,8}?项目`)
	reBrandProject = regexp.MustCompile(`^(\p{Han}{2,6}?)(成都|四川|西南|西部|中国|全球|亚太|国际|中西部|华西)?(区域)?(运营)?(总部|研发生产基地|生产基地|制造基地|研发基地|产业基地|运营中心|结算中心)`)
)

func (r *recognizer) brandProjects(si int, s Span, q int, items []item) {
	if !reProjectsHead.MatchString(string(r.text[q+1 : min(s.End, q+14)])) {
		return
	}
	for _, it := range items {
		sm := reBrandProject.FindStringSubmatch(it.text)
		// An item that says 项目 itself is firmProjects'.
		if sm == nil || it.quoted || strings.Contains(it.text, "项目") {
			continue
		}
		brand := sm[1]
		if rs := []rune(brand); placeAt(rs) || r.knownField(brand) || !r.firmItem(brand) && !r.shortBrand(brand) {
			continue
		}
		r.add(si, it.start, it.start+utf8.RuneCountInString(brand), brand, store.KindEnterprise, "enum-brand", 0.6)
	}
}

// parallelNames: "设立天府文化领军人才、天府名师、天府名医、天府金融英才平台" —
// names listed before the last, which alone carries the suffix, share it
// when every item opens as the last one does: a list of one body's kind
// named in parallel. Without the shared opening a list before a suffix is
// more often fields ("智能制造、生物医药平台"), which the enumerations read.
func (r *recognizer) parallelNames(ms []Mention) []Mention {
	var extra []Mention
	for _, m := range ms {
		// Few mentions follow 、: they are looked at before the name is.
		if m.Start == 0 || r.text[m.Start-1] != '、' || m.Surface != m.Name || !strings.HasPrefix(m.Rule, "suffix") {
			continue
		}
		rs := []rune(m.Name)
		sr, ok := suffixOf(m.Name)
		if !ok || sr.Kind == store.KindRegion || sr.Kind == store.KindEvent || len(rs) < 5 {
			continue
		}
		open := string(rs[:2])
		s := r.sents[m.Sentence]
		for end := m.Start - 1; end > s.Start && r.text[end] == '、'; {
			k := end - 1
			for k > s.Start && han(r.text[k-1]) && r.text[k-1] != '、' && end-k < 12 {
				k--
			}
			item := string(r.text[k:end])
			// The first item runs back into the words before it: it starts
			// at its own opening.
			if i := strings.LastIndex(item, open); i > 0 && (k == s.Start || r.text[k-1] != '、') {
				k += utf8.RuneCountInString(item[:i])
				item = item[i:]
			}
			// An item that holds a body or a person of its own ("华为成都研究
			// 所所长罗卫") is no name in parallel but a list of other things.
			held := slices.ContainsFunc(ms, func(o Mention) bool {
				return o.Kind != store.KindRegion && o.Start < end && o.End > k
			})
			// So is one a short form names a body by ("成都市商务委", "产业处").
			if !strings.HasPrefix(item, open) || utf8.RuneCountInString(item) < 3 || utf8.RuneCountInString(item) > 10 || endsWithSuffix(item) || held ||
				!allHan([]rune(item)) || strings.ContainsRune("委联处局办厅部会院所站", []rune(item)[utf8.RuneCountInString(item)-1]) {
				break
			}
			extra = append(extra, Mention{Span: Span{k, end}, Sentence: m.Sentence, Surface: item, Name: item + sr.Suffix, Kind: sr.Kind,
				Rule: "parallel-suffix", Conf: 0.7})
			end = k - 1
		}
	}
	return append(ms, extra...)
}
