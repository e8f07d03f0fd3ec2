package importer

import (
	"bytes"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	utf16 "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// MaxBytes bounds one document: the longest planning outlines are a few
// hundred kilobytes, so anything far larger is not an article.
const MaxBytes = 10 << 20

// ErrBadInput marks input that is not an importable document: binary data,
// an unknown encoding, an oversized or empty text. The graph is untouched.
var ErrBadInput = errors.New("bad input")

func badInput(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadInput, fmt.Sprintf(format, args...))
}

// Decode turns raw bytes into text. UTF-8 (with or without a byte-order
// mark) and UTF-16 with a mark are read as they are; anything else that is
// not valid UTF-8 is tried as GB18030, which covers GBK and GB2312 pages
// that Chinese government sites still serve. It names the encoding used.
func Decode(raw []byte) (string, string, error) {
	if len(raw) > MaxBytes {
		return "", "", badInput("%s is over the %s limit of one document", size(len(raw)), size(MaxBytes))
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := utf16.UTF16(utf16.BigEndian, utf16.ExpectBOM).NewDecoder()
		out, _, err := transform.Bytes(dec, raw)
		if err != nil || !utf8.Valid(out) {
			return "", "", badInput("malformed UTF-16 text")
		}
		return checkText(string(out), "UTF-16")
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", "", badInput("binary data (NUL bytes), not a text document")
	}
	if utf8.Valid(raw) {
		return checkText(string(raw), "UTF-8")
	}
	out, _, err := transform.Bytes(simplifiedchinese.GB18030.NewDecoder(), raw)
	if err != nil || !utf8.Valid(out) {
		return "", "", badInput("neither UTF-8 nor GB18030 text")
	}
	if _, _, err := checkText(string(out), "GB18030"); err != nil {
		return "", "", badInput("neither UTF-8 nor GB18030 text")
	}
	return string(out), "GB18030", nil
}

// checkText rejects decoded text that is mostly control characters or
// replacement characters: a binary file that happens to decode.
func checkText(s, enc string) (string, string, error) {
	var bad, total int
	for _, r := range s {
		total++
		if r == utf8.RuneError || (unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f') {
			bad++
		}
	}
	if total > 0 && bad*20 > total {
		return "", "", badInput("binary data (%d of %d characters are control or invalid), not a text document", bad, total)
	}
	return s, enc, nil
}

func size(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}
