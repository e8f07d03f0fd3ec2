package importer

// Anaphora: what 该实验室, 学校 or 公司 refers to, the body a page is about,
// and the short forms a headline uses.

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

// anaphora resolves "该平台", "该公司", "该区": the latest body before it
// whose name ends with that word (or, for 公司 and 企业, the latest
// enterprise). 该区域, 该市场, 该区块 and 该区间 are words of their own.
var reAnaphor = regexp.MustCompile(`(?:该|这家|这个|这所|这一)(中试平台|中试基地|平台|中心|实验室|子公司|公司|企业|基地|研究院|研究所|园区|基金|大学|学院|集团|联盟|联合体|协会|商会|工作站|产业园|医院|区|市|县)(?:[^域场块间]|$)`)

// reBareAnaphor: news goes on with the bare class noun at a clause's start,
// "平台已为…提供", "次年公司落户…", "公司与…签约". Only before a word that
// continues a statement about the body, so "公司首席科学家" or "平台负责人"
// are left alone.
var reBareAnaphor = regexp.MustCompile(`^(目前|次年|同年|当年|随后|此后|如今|今年|去年|当天|同时|此外|近年来)?(中试平台|平台|公司|企业|基地|实验室|研究院)(已经|已|将|还|也|先后|累计|正式|目前|与|由|落户|入驻|扎根|成功|专注|致力|主营|主要|拥有|现有|所需|所用)`)

func (r *recognizer) anaphora(ms []Mention) []Mention {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	var out []Mention
	for si, s := range r.sents {
		for _, at := range runeMatches(r.text, s, reAnaphor) {
			start, end := at[0], at[3]
			word := string(r.text[at[2]:at[3]])
			var ref *Mention
			for k := range ms {
				m := &ms[k]
				if m.End > start {
					break
				}
				if strings.HasSuffix(m.Name, word) || (word == "公司" || word == "子公司" || word == "企业" || word == "集团") && m.Kind == store.KindEnterprise ||
					word == "园区" && parkOf(m, word) {
					ref = m
				} else if b := foundedAt(ms, m, word); b != nil {
					ref = b
				}
			}
			if ref == nil || r.shortGap(ref.Sentence, si) > 3 {
				continue
			}
			out = append(out, Mention{Span: Span{start, end}, Sentence: si, Surface: string(r.text[start:end]), Name: ref.Name,
				Kind: ref.Kind, Aliases: ref.Aliases, Rule: "anaphora", Conf: 0.6})
		}
		out = append(out, r.bareAnaphora(ms, si, s)...)
	}
	return append(ms, out...)
}

// foundedAt: "X联合体成立大会在泸州举行。该联合体由…": an event that
// founds or opens a body names it, and the body, named on its own
// elsewhere on the page, is what 该 refers to. A body the page never
// names apart is left alone, for its kind is then unknown.
func foundedAt(ms []Mention, m *Mention, word string) *Mention {
	if m.Kind != store.KindEvent {
		return nil
	}
	loc := reFounding.FindStringIndex(m.Name)
	if loc == nil || !strings.HasSuffix(m.Name[:loc[0]], word) {
		return nil
	}
	for k := range ms {
		if ms[k].Name == m.Name[:loc[0]] && ms[k].Kind != store.KindEvent {
			return &ms[k]
		}
	}
	return nil
}

var reFounding = regexp.MustCompile(`(成立大会|成立仪式|揭牌仪式|授牌仪式|开园仪式|启动仪式)$`)

// bareAnaphora resolves clause-initial class nouns to the latest body of
// the previous two sentences that such a noun names, if there is one
// only: two candidate platforms leave "平台" unresolved.
func (r *recognizer) bareAnaphora(ms []Mention, si int, s Span) []Mention {
	var out []Mention
	for i := s.Start; i < s.End; i++ {
		if i != s.Start && !strings.ContainsRune(",;:", r.text[i-1]) {
			continue
		}
		str := string(r.text[i:min(s.End, i+12)])
		sm := reBareAnaphor.FindStringSubmatchIndex(str)
		if sm == nil {
			sm = r.staffOf(str, i, s.End)
		}
		if sm == nil {
			sm = reParkAnaphor.FindStringSubmatchIndex(str)
		}
		if sm == nil {
			continue
		}
		start := i + utf8.RuneCountInString(str[:sm[4]])
		end := start + utf8.RuneCountInString(str[sm[4]:sm[5]])
		word := str[sm[4]:sm[5]]
		if overlaps(ms, start, end) {
			continue
		}
		// A park the page is about outranks a nearer park it mentions.
		var ref *Mention
		if word == "园区" {
			ref = r.docTopic(ms, start, word)
		}
		names := map[string]bool{}
		if ref == nil {
			for k := range ms {
				m := &ms[k]
				if m.End > start || r.sentenceGap(m.Sentence, si) > 2 || m.Rule == "nested" {
					continue
				}
				if strings.HasSuffix(m.Name, word) || (word == "公司" || word == "企业") && m.Kind == store.KindEnterprise && !strings.HasSuffix(m.Name, "集团公司") ||
					parkOf(m, word) {
					ref = m
					names[m.Name] = true
				}
			}
		}
		if len(names) > 1 {
			ref = r.topic(ms, start, si, word)
		}
		if ref == nil {
			ref = r.docTopic(ms, start, word)
		}
		if ref == nil {
			continue
		}
		out = append(out, Mention{Span: Span{start, end}, Sentence: si, Surface: word, Name: ref.Name,
			Kind: ref.Kind, Aliases: ref.Aliases, Rule: "anaphora", Conf: 0.55})
	}
	// A clause's start, or inside one after a preposition or a verb of
	// joining ("由实验室与崇州市共建", "加入实验室"): a report on one lab
	// or institute calls it by its class noun all along.
	for i := s.Start; i < s.End; i++ {
		if i > s.Start && !strings.ContainsRune(topicLead+",;:", r.text[i-1]) {
			continue
		}
		for _, word := range topicWords {
			wr := []rune(word)
			end := i + len(wr)
			if end > s.End || string(r.text[i:end]) != word || overlaps(ms, i, end) || overlaps(out, i, end) {
				continue
			}
			if ref := r.docTopic(ms, i, word); ref != nil {
				out = append(out, Mention{Span: Span{i, end}, Sentence: si, Surface: word, Name: ref.Name,
					Kind: ref.Kind, Aliases: ref.Aliases, Rule: "anaphora", Conf: 0.5})
			}
		}
	}
	return out
}

// reParkAnaphor: "目前,经开区已聚集A、B…", "园区内已经汇集A、B…", "园区聚焦
// A、B等5大领域", "园区以A、B为主导产业": a report on one park calls it by
// its class noun when it lists what the park gathers or the fields it
// grows. Only before such a verb; elsewhere "园区" is as often any park of
// the kind the page talks of.
var reParkAnaphor = regexp.MustCompile(`^(目前|如今|现在|此外|同时)?(园区|功能区|经开区|高新区)(内|里)?(已经|已|还|目前|现已|先后|累计|成功|将|重点|主要|大力|着力)*(聚集|汇聚|汇集|引进|集聚|引入|吸引|聚焦|以|发展|围绕|布局|锚定|入驻|进驻|依托)`)

// parkOf tells whether m, a place, is a park the class noun word can stand
// for: named with the noun, or for 经开区 and 高新区 with their long forms
// (广元经济技术开发区), for 园区 with any park's last character or class
// (四川双流经济开发区).
func parkOf(m *Mention, word string) bool {
	// "电子科技大学科技园(天府园)…该园区": a university's science park
	// is a platform by its kind and a park by its name, which its own
	// part in brackets may end.
	name := strings.TrimSuffix(m.Name, ")")
	if m.Kind != store.KindRegion && !(word == "园区" && strings.HasSuffix(name, "园")) {
		return false
	}
	switch word {
	case "园区":
		return m.Name != "园" && (strings.HasSuffix(name, "园") || reParkClass.MatchString(m.Name))
	case "经开区":
		return strings.Contains(m.Name, "经济技术开发区") || strings.Contains(m.Name, "经济开发区")
	case "高新区":
		return strings.Contains(m.Name, "高新技术产业开发区")
	}
	return false
}

// reParkClass: the classes of park that 园区 stands for besides a 园.
var reParkClass = regexp.MustCompile(`(园区|开发区|经开区|高新区|工业区|集中发展区)$`)

// topicWords are the class nouns a report calls its subject by; topicLead
// the characters after which such a noun inside a clause is that subject.
var topicWords = []string{"实验室", "研究院", "学校"}

// topicOf tells whether body m can be what class noun word stands for: a
// university for 学校, a park for 园区, else a name ending in the noun.
func topicOf(m *Mention, word string) bool {
	switch word {
	case "学校":
		return m.Kind == store.KindUniversity && strings.HasSuffix(m.Name, "大学")
	case "园区":
		return parkOf(m, word)
	}
	return strings.HasSuffix(m.Name, word) && m.Name != word
}

const topicLead = "由与和同在入到向对为是经"

// docTopic is the body a document is about, for a class noun: among the
// bodies named so far whose name ends with the noun, the one named in the
// headline or, failing that, named most often (three times at least), when
// no other is named as often. A text on one lab that also lists its sister
// labs still calls the lab "实验室"; a text that names two labs alike
// leaves the noun alone.
func (r *recognizer) docTopic(ms []Mention, start int, word string) *Mention {
	// "四川绵阳工业园区…目前,园区已入驻A、B": a report on one park calls
	// it 园区 well after it was last named.
	if !slices.Contains(topicWords, word) && word != "园区" {
		return nil
	}
	count := map[string]int{}
	first := map[string]*Mention{}
	var head *Mention
	for k := range ms {
		m := &ms[k]
		if m.End > start || m.Rule == "nested" || m.Rule == "anaphora" || !topicOf(m, word) {
			continue
		}
		count[m.Name]++
		if first[m.Name] == nil {
			first[m.Name] = m
		}
		if head == nil && r.inTitle(m) {
			head = m
		}
	}
	if head != nil {
		return head
	}
	var best *Mention
	bestN, tie := 0, false
	for name, n := range count {
		switch {
		case n > bestN:
			best, bestN, tie = first[name], n, false
		case n == bestN:
			tie = true
		}
	}
	if bestN < 3 || tie {
		return nil
	}
	return best
}

// shortGap counts the sentences from a to b, leaving out the short ones
// that only say who spoke ("杨启航说。"), which do not change the topic.
func (r *recognizer) shortGap(a, b int) int {
	n := 0
	for k := a + 1; k <= b && k < len(r.sents); k++ {
		if k == b || r.sents[k].End-r.sents[k].Start >= 8 {
			n++
		}
	}
	return n
}

// sentenceGap counts the sentences of running text from sentence a to b:
// headings and the lines of a list between them do not put a body out of
// reach ("天府永兴实验室基地布局:" and its four bullets, then "实验室与…").
func (r *recognizer) sentenceGap(a, b int) int {
	if b <= a {
		return 0
	}
	// Counted once per document: walking the sentences between for every
	// pair of names grew with the cube of a long text.
	if r.fullBefore == nil {
		r.fullBefore = make([]int, len(r.sents)+1)
		for k, s := range r.sents {
			full := 0
			if strings.ContainsAny(string(r.text[s.Start:s.End]), "。!?,") && !strings.ContainsRune("·•", r.text[s.Start]) {
				full = 1
			}
			r.fullBefore[k+1] = r.fullBefore[k] + full
		}
	}
	b = min(b, len(r.sents)-1)
	// The sentences after a up to b, b itself always counted.
	return r.fullBefore[b] - r.fullBefore[a+1] + 1
}

func overlaps(ms []Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// staffOf matches "公司董事长陈立新", "企业首席科学家…" at a clause's start:
// the bare noun before a title is the firm the text is about. It returns
// submatch indexes shaped like reBareAnaphor's (the noun is group 2).
func (r *recognizer) staffOf(str string, i, end int) []int {
	// A laboratory's or an institute's director works there; a platform's
	// head is usually staff of the body that hosts it, and is left alone.
	for _, w := range []string{"公司", "企业", "实验室", "研究院"} {
		if strings.HasPrefix(str, w) && r.titleAt(i+utf8.RuneCountInString(w), end) != "" {
			return []int{0, len(w), 0, 0, 0, len(w)}
		}
	}
	return nil
}

// topic picks, among several bodies a bare noun could refer to, the one
// that a recent sentence is about: named first in it, after at most a short
// opener ("据了解,"). When two sentences have such subjects the latest wins;
// when none has, the noun stays unresolved.
func (r *recognizer) topic(ms []Mention, start, si int, word string) *Mention {
	var ref *Mention
	for k := range ms {
		m := &ms[k]
		if m.End > start || r.sentenceGap(m.Sentence, si) > 2 || m.Rule == "nested" || !r.opensSentence(m) {
			continue
		}
		if strings.HasSuffix(m.Name, word) || (word == "公司" || word == "企业") && m.Kind == store.KindEnterprise {
			ref = m
		}
	}
	return ref
}

// opensSentence reports a mention that starts its sentence, or its second
// clause after an opener of four characters or fewer.
func (r *recognizer) opensSentence(m *Mention) bool {
	s := r.sents[m.Sentence]
	if m.Start == s.Start {
		return true
	}
	lead := string(r.text[s.Start:m.Start])
	return strings.HasSuffix(lead, ",") && utf8.RuneCountInString(lead) <= 5 && !strings.ContainsAny(lead[:len(lead)-1], ",;")
}

// headlineForms: a headline shortens the name that the text then gives in
// full, "…共建无人机研究院" over "西北工业大学青羊无人机创新研究院",
// "【智能网联汽车测试基地启用】" over "成都智能网联汽车测试及示范运营基地".
// A facility named in the title or in a 【】 heading whose characters all
// recur, in order and with the same head word, in a longer name of the same
// kind later on is that body.
func (r *recognizer) headlineForms(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if !facilityKinds[m.Kind] && m.Kind != store.KindPilotPlatform || !r.inHeadline(m) {
			continue
		}
		rs := []rune(m.Name)
		if len(rs) < 4 {
			continue
		}
		for _, o := range ms {
			ors := []rune(o.Name)
			if o.Start < m.End || o.Kind != m.Kind || len(ors) <= len(rs) || string(ors[len(ors)-2:]) != string(rs[len(rs)-2:]) ||
				!subsequence(rs, ors) {
				continue
			}
			m.Aliases = append(m.Aliases, m.Name)
			m.Name = o.Name
			m.Rule = "headline-form"
			break
		}
	}
}

// inHeadline reports a mention in the document's title or in a 【】 heading.
func (r *recognizer) inHeadline(m *Mention) bool {
	s := r.sents[m.Sentence]
	open := strings.LastIndex(string(r.text[s.Start:m.Start]), "【")
	if open >= 0 && !strings.Contains(string(r.text[s.Start:m.Start])[open:], "】") && strings.ContainsRune(string(r.text[m.End:s.End]), '】') {
		return true
	}
	// The first line is the title, unless the page opens with running text.
	return m.Sentence == 0 && !strings.ContainsRune(string(r.text[s.Start:s.End]), '。')
}

// inTitle reports a mention in a headline: inHeadline's, or in the lines
// above the first sentence of running text (a title, its subtitle).
func (r *recognizer) inTitle(m *Mention) bool {
	if r.inHeadline(m) {
		return true
	}
	for k := 0; k < m.Sentence && k < len(r.sents); k++ {
		if strings.ContainsRune(string(r.text[r.sents[k].Start:r.sents[k].End]), '。') {
			return false
		}
	}
	return !strings.ContainsRune(string(r.text[r.sents[m.Sentence].Start:r.sents[m.Sentence].End]), '。')
}

func subsequence(a, b []rune) bool { return subsequenceEnd(a, b) >= 0 }

// ownBody: a university's own page calls it 我校 or 本校 ("我校与X签订了合
// 作框架协议"), or 学校 where it partners, an institute's, a hospital's or
// a college's 我院 or 本院:
// the page's university, or its body ending in 院, when it names one most.
func (r *recognizer) ownBody(ms []Mention) []Mention {
	home, institute := homeUniversity(ms), homeInstitute(ms)
	if home == nil && institute == nil {
		return ms
	}
	taken := takenBy(ms, len(r.text))
	var out []Mention
	for si, s := range r.sents {
		for i := s.Start; i+2 <= s.End; i++ {
			if taken[i] || r.text[i] != '我' && r.text[i] != '本' {
				continue
			}
			w := string(r.text[i : i+2])
			if (w == "我院" || w == "本院") && institute != nil {
				out = append(out, Mention{Span: Span{i, i + 2}, Sentence: si, Surface: w, Name: institute.Name, Kind: institute.Kind,
					Aliases: institute.Aliases, Rule: "anaphora", Conf: 0.6})
			}
			if (w == "我校" || w == "本校") && home != nil {
				out = append(out, Mention{Span: Span{i, i + 2}, Sentence: si, Surface: w, Name: home.Name, Kind: home.Kind,
					Aliases: home.Aliases, Rule: "anaphora", Conf: 0.6})
			}
		}
		// "今年3月4日,学校与青白江区正式签订了…协议": 学校 as the subject
		// that partners is the page's university too.
		if home == nil {
			continue
		}
		for i := s.Start; i+3 <= s.End; i++ {
			if taken[i] || string(r.text[i:i+2]) != "学校" || !strings.ContainsRune("与和同", r.text[i+2]) {
				continue
			}
			if i > s.Start && !strings.ContainsRune(",;:", r.text[i-1]) {
				continue
			}
			out = append(out, Mention{Span: Span{i, i + 2}, Sentence: si, Surface: "学校", Name: home.Name, Kind: home.Kind,
				Aliases: home.Aliases, Rule: "anaphora", Conf: 0.6})
		}
	}
	return append(ms, out...)
}

// homeInstitute is the body ending in 院 a page names most (a hospital, an
// institute or a college), none on a tie.
func homeInstitute(ms []Mention) *Mention {
	count := map[string]int{}
	first := map[string]*Mention{}
	for i := range ms {
		m := &ms[i]
		if (m.Kind == store.KindResearchInstitute || m.Kind == store.KindUniversity) && strings.HasSuffix(m.Name, "院") {
			count[m.Name]++
			if first[m.Name] == nil {
				first[m.Name] = m
			}
		}
	}
	return mostNamed(count, first)
}
