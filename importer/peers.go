package importer

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

// listPeers reads the items of a list that names firms by their brands
// alone ("倍特药业、地奥、康弘、科伦、海思科…", "李尔汽车、安波福电气、镭神、云途
// ……") or industries in words no list of fields holds ("电子信息、先进陶
// 瓷材料、生物医药…"). Where most of a list's items are firms, or
// industries, by what the rules and the model read, an item no one read
// is one too. It runs after the tagger, whose names are most of what
// vouches for such lists; what it gives up is the item the model would
// have read as something else at a lower probability.
func listPeers(ms []Mention, text []rune, sents []Span) []Mention {
	bySent := make([][]*Mention, len(sents))
	for i := range ms {
		if si := ms[i].Sentence; si >= 0 && si < len(sents) {
			bySent[si] = append(bySent[si], &ms[i])
		}
	}
	var out []Mention
	for si, s := range sents {
		in := bySent[si]
		start := s.Start
		for q := s.Start; q <= s.End; q++ {
			if q == s.End || strings.ContainsRune(",。;:!?,;:!?\n", text[q]) {
				out = append(out, clausePeers(in, text, si, start, q)...)
				start = q + 1
			}
		}
	}
	if len(out) == 0 {
		return ms
	}
	ms = append(ms, out...)
	sortMentions(ms)
	return ms
}

// peerRules: the kinds a list's peers are read as, and their rules.
var peerRules = map[store.Kind]string{store.KindEnterprise: "firm-peer", store.KindIndustryChain: "field-peer"}

var (
	// reNotPeer: items that are people, funds or what qualifies a field.
	reNotPeer = regexp.MustCompile(`(专家|人才|基金|团队|学者|院士|提升|产业链)$|的`)
	// rePeerTail: the words that end a list's last item.
	rePeerTail = regexp.MustCompile(`(等|和|及|以及|与|……|…|参加|出席|陪同|参与|一行).*$`)
)

type peerItem struct{ a, b int }

// clausePeers reads the peers of one clause's list, if it is one. A firm
// or a field of two characters is left alone (医疗, 金融 and 东方 are as
// often words), as is the first item, which may open on the clause's own
// words; people are personPeers' to read.
func clausePeers(in []*Mention, text []rune, si, start, end int) []Mention {
	if !slices.Contains(text[start:end], '、') {
		return nil
	}
	var items []peerItem
	a := start
	for q := start; q <= end; q++ {
		if q == end || text[q] == '、' {
			items = append(items, peerItem{a, q})
			a = q + 1
		}
	}
	if len(items) < 2 {
		return nil
	}
	last := &items[len(items)-1]
	if loc := rePeerTail.FindStringIndex(string(text[last.a:last.b])); loc != nil {
		last.b = last.a + utf8.RuneCountInString(string(text[last.a:last.b])[:loc[0]])
	}
	kinds := map[store.Kind]int{}
	var open []peerItem
	for i, x := range items {
		covered := false
		for _, m := range in {
			if m.End <= x.a || m.Start >= x.b {
				continue
			}
			covered = true
			// The first item may open on the clause's words (成都已拥有倍特药业).
			if m.End == x.b && (m.Start == x.a || i == 0) {
				kinds[m.Kind]++
			}
			break
		}
		if !covered && i > 0 {
			open = append(open, x)
		}
	}
	if out := personPeers(in, text, si, items, kinds[store.KindTalent], open); out != nil {
		return out
	}
	// Firms and fields need a longer list: two items are as often a pair
	// of words.
	if len(items) < 3 {
		return nil
	}
	var kind store.Kind
	for _, k := range []store.Kind{store.KindEnterprise, store.KindIndustryChain} {
		if n := kinds[k]; n >= 2 && 2*n >= len(items) {
			kind = k
		}
	}
	if kind == "" || len(open) == 0 || 2*(len(items)-len(open)-kinds[kind]) > kinds[kind] {
		return nil
	}
	var out []Mention
	for _, x := range open {
		t := string(text[x.a:x.b])
		n := utf8.RuneCountInString(t)
		if n < 3 && !(kind == store.KindEnterprise && reLatinBrand.MatchString(t)) || n > 8 || reNotPeer.MatchString(t) || reClassItem.MatchString(t) ||
			!hasHan(t) && !reLatinBrand.MatchString(t) || kind == store.KindEnterprise && industryTerms[t] ||
			placeAt(text[x.a:x.b]) || strings.ContainsAny(t, "“”()《》 0123456789") {
			continue
		}
		out = append(out, Mention{Span: Span{x.a, x.b}, Sentence: si, Surface: t, Name: t, Kind: kind, Rule: peerRules[kind], Conf: 0.6})
	}
	return out
}

// personPeers reads the people of a list most of whose items are people by
// what the rules and the model read ("肖庆华、赖明才、杨邦维、李鹏、陈英、贾宇"):
// an item no one read is a person too when it is a name's length and opens
// with a family name. The first item may open on the title that introduces
// the list ("沙坪坝区领导肖庆华").
func personPeers(in []*Mention, text []rune, si int, items []peerItem, people int, open []peerItem) []Mention {
	n := len(items)
	nameLike := func(x peerItem) bool {
		t := string(text[x.a:x.b])
		rs := []rune(t)
		compound := len(rs) == 4 && surnames[string(rs[:2])]
		return !((len(rs) < 2 || len(rs) > 3) && !compound || !allHan(rs) || !surnames[string(rs[0])] && !compound ||
			commonWords[t] || commonWords[string(rs[:2])] || boundaryWords[t] || placeAt(rs))
	}
	// Most items are people by what was read, or all the items after the
	// first are a name's length and open with family names and one of them
	// was read as a person.
	all := true
	for _, x := range items[1:] {
		if !nameLike(x) && !slices.ContainsFunc(in, func(m *Mention) bool { return m.Kind == store.KindTalent && m.Start == x.a && m.End == x.b }) {
			all = false
		}
	}
	// The first item may open on the words that introduce the list: a
	// title (代表郭宏) or a verb (邀请张启发). Its name is read when no rule
	// read one there.
	var out []Mention
	first := items[0]
	if !slices.ContainsFunc(in, func(m *Mention) bool { return m.Start < first.b && m.End > first.a }) {
		for l := 3; l >= 2; l-- {
			x := peerItem{first.b - l, first.b}
			if x.a-2 < first.a || !nameLike(x) {
				continue
			}
			lead := string(text[first.a:x.a])
			if slices.ContainsFunc(titleWords, func(t string) bool { return strings.HasSuffix(lead, t) }) || strings.HasSuffix(lead, "领导") ||
				boundaryWords[string(text[x.a-2:x.a])] {
				t := string(text[x.a:x.b])
				out = append(out, Mention{Span: Span{x.a, x.b}, Sentence: si, Surface: t, Name: t, Kind: store.KindTalent, Rule: "person-peer", Conf: 0.6})
				people++
				break
			}
		}
	}
	if people < 1 || !(people >= 2 && 2*people >= n || all) {
		return nil
	}
	for _, x := range open {
		if !nameLike(x) {
			continue
		}
		t := string(text[x.a:x.b])
		out = append(out, Mention{Span: Span{x.a, x.b}, Sentence: si, Surface: t, Name: t, Kind: store.KindTalent, Rule: "person-peer", Conf: 0.6})
	}
	return out
}
