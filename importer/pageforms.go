package importer

import (
	"slices"
	"strings"

	"innograph/store"
)

// pageForms keeps, for each name read from the copy of a page the rules
// read (in simplified characters, hanzi.Simplify; with joining dashes as
// hyphens, joinDashes), the form the page wrote as an alias.
func pageForms(ms []Mention, text []rune) {
	for i := range ms {
		m := &ms[i]
		if m.Start < 0 || m.End > len(text) || contextual[m.Rule] {
			continue
		}
		if orig := string(text[m.Start:m.End]); orig != m.Surface && !strings.Contains(orig, "\n") {
			// A name whose dash was read as a hyphen (joinDashes) and
			// nothing else is named as the page writes it.
			if m.Name == m.Surface && strings.ReplaceAll(orig, "—", "-") == m.Surface {
				m.Name = orig
				continue
			}
			m.Aliases = append(m.Aliases, orig)
		}
	}
}

// joinDashes reads a dash that joins a facility's builders in its name as
// a hyphen: "四川大学—泸州老窖文化与科技创新研究中心", "德阳—华为工业互联网
// 创新中心". Elsewhere a dash parts words ("研发—制造") or sets off what
// follows, and stays. A dash is read so when a known body or a city or
// district ends right before it and the words after it run, without a
// break, to the suffix of a facility's name. The page's own form is kept as
// an alias (pageForms). The text is copied before it is changed, since read
// may be the page itself.
func joinDashes(read []rune, gaz *Gazetteer) ([]rune, bool) {
	changed := false
	for i := 1; i+1 < len(read); i++ {
		if read[i] != '—' || read[i-1] == '—' || read[i+1] == '—' || !nameRune(read[i-1]) || !han(read[i+1]) || !dashJoinsFacility(read, i, gaz) {
			continue
		}
		if !changed {
			read = slices.Clone(read)
			changed = true
		}
		read[i] = '-'
	}
	return read, changed
}

// dashJoinsFacility reports a dash at read[i] that joins a facility's or a
// park's builders (joinDashes).
func dashJoinsFacility(read []rune, i int, gaz *Gazetteer) bool {
	known := false
	for l := min(i, gaz.maxLen); l >= 2 && !known; l-- {
		w := string(read[i-l : i])
		if e, ok := gaz.Lookup(w); ok && jointBuilder(e.Kind, e.Name) || jointPlace(store.KindRegion, placeStems[w]) {
			known = true
		}
	}
	if !known {
		return false
	}
	end := i + 1
	for end < len(read) && end-i <= 40 && nameRune(read[end]) && !hardStop(read[end]) {
		end++
	}
	for k := end; k >= i+4; k-- {
		if sr, ok := suffixOf(string(read[i+1 : k])); ok && jointName(sr.Kind, sr.Suffix) {
			return true
		}
	}
	return false
}
