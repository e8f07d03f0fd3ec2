package importer

import "strings"

// pageForms keeps, for each name read from the simplified copy of a page in
// traditional characters (hanzi.Simplify), the form the page wrote as an
// alias.
func pageForms(ms []Mention, text []rune) {
	for i := range ms {
		m := &ms[i]
		if m.Start < 0 || m.End > len(text) || contextual[m.Rule] {
			continue
		}
		if orig := string(text[m.Start:m.End]); orig != m.Surface && !strings.Contains(orig, "\n") {
			m.Aliases = append(m.Aliases, orig)
		}
	}
}
