package importer

import "strings"

// Span is a range of a document's text in code points, [Start, End).
type Span struct{ Start, End int }

// closers may follow a sentence's final punctuation and belong to it.
const closers = "”’」』)》"

// Sentences splits a cleaned text into sentences: at 。!?… and at line
// ends, keeping closing quotes with the sentence they close. White space
// around a sentence is left out of its span.
func Sentences(text []rune) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n') {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch r := text[i]; {
		case r == '\n':
			emit(i)
		case r == '。' || r == '!' || r == '?' || r == '…' && i+1 < len(text) && text[i+1] != '…' && text[i+1] != '.':
			j := i + 1
			for j < len(text) && (strings.ContainsRune(closers, text[j]) || text[j] == '!' || text[j] == '?') {
				j++
			}
			emit(j)
			i = j - 1
		case r == '.' && i+2 < len(text) && text[i+1] == '.' && text[i+2] == '.':
			// An ellipsis typed as dots ends a sentence like 。 when a new
			// one follows.
			j := i
			for j < len(text) && text[j] == '.' {
				j++
			}
			if j-i >= 3 {
				emit(j)
				i = j - 1
			}
		}
	}
	emit(len(text))
	return out
}
