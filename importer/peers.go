package importer

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

// firmPeers reads the items of a list that names firms by their brands
// alone: "倍特药业、地奥、康弘、科伦、海思科…", "李尔汽车、安波福电气、镭神、
// 云途……". Where most of a list's items are firms by what the rules and
// the model read, an item no one read, in brand-like words, is a firm too.
func firmPeers(ms []Mention, text []rune, sents []Span) []Mention {
	var out []Mention
	for si, s := range sents {
		clauseStart := s.Start
		for q := s.Start; q <= s.End; q++ {
			if q < s.End && !strings.ContainsRune(",。;:!?,;:!?\n", text[q]) {
				continue
			}
			out = append(out, listPeers(ms, text, si, clauseStart, q)...)
			clauseStart = q + 1
		}
	}
	if len(out) == 0 {
		return ms
	}
	ms = append(ms, out...)
	sortMentions(ms)
	return ms
}

// reNotPeer: items that are people or funds, not firms.
var reNotPeer = regexp.MustCompile(`(专家|人才|基金|团队|学者|院士)$`)

var rePeerTail = regexp.MustCompile(`(等|和|及|以及|与|……|…).*$`)

func listPeers(ms []Mention, text []rune, si, start, end int) []Mention {
	clause := text[start:end]
	if !strings.ContainsRune(string(clause), '、') {
		return nil
	}
	type it struct{ a, b int }
	var items []it
	a := start
	for q := start; q <= end; q++ {
		if q == end || text[q] == '、' {
			items = append(items, it{a, q})
			a = q + 1
		}
	}
	if len(items) < 3 {
		return nil
	}
	// The last item ends where 等, 和 or an ellipsis does.
	last := &items[len(items)-1]
	if loc := rePeerTail.FindStringIndex(string(text[last.a:last.b])); loc != nil {
		last.b = last.a + utf8.RuneCountInString(string(text[last.a:last.b])[:loc[0]])
	}
	firms, others := 0, 0
	var open []it
	for i, x := range items {
		covered := false
		for _, m := range ms {
			if m.Sentence != si || m.End <= x.a || m.Start >= x.b {
				continue
			}
			covered = true
			// The first item may open on the clause's words (成都已拥有倍特药业).
			if m.End == x.b && (m.Start == x.a || i == 0) {
				if m.Kind == store.KindEnterprise {
					firms++
				} else {
					others++
				}
			}
			break
		}
		if !covered && i > 0 {
			open = append(open, x)
		}
	}
	if firms < 2 || 2*firms < len(items) || others > firms/2 || len(open) == 0 {
		return nil
	}
	var out []Mention
	for _, x := range open {
		t := string(text[x.a:x.b])
		n := utf8.RuneCountInString(t)
		if n < 3 && !reLatinBrand.MatchString(t) || n > 8 || reNotPeer.MatchString(t) || reClassItem.MatchString(t) || !hasHan(t) && !reLatinBrand.MatchString(t) || industryTerms[t] ||
			placeAt(text[x.a:x.b]) || strings.ContainsAny(t, "“”()《》 0123456789") {
			continue
		}
		out = append(out, Mention{Span: Span{x.a, x.b}, Sentence: si, Surface: t, Name: t, Kind: store.KindEnterprise, Rule: "firm-peer", Conf: 0.6})
	}
	return out
}
