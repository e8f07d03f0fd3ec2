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
	rePeerTail = regexp.MustCompile(`(等|和|及|以及|与|……|…).*$`)
)

// clausePeers reads the peers of one clause's list, if it is one. An item
// of two characters is left alone (医疗, 金融 and 东方 are as often words),
// as is the first, which may open on the clause's own words.
func clausePeers(in []*Mention, text []rune, si, start, end int) []Mention {
	if !slices.Contains(text[start:end], '、') {
		return nil
	}
	type item struct{ a, b int }
	var items []item
	a := start
	for q := start; q <= end; q++ {
		if q == end || text[q] == '、' {
			items = append(items, item{a, q})
			a = q + 1
		}
	}
	if len(items) < 3 {
		return nil
	}
	last := &items[len(items)-1]
	if loc := rePeerTail.FindStringIndex(string(text[last.a:last.b])); loc != nil {
		last.b = last.a + utf8.RuneCountInString(string(text[last.a:last.b])[:loc[0]])
	}
	kinds := map[store.Kind]int{}
	var open []item
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
