package store

import (
	"strings"
	"testing"
)

// TestIDsAreStable pins ids computed independently (SHA-256 of the parts,
// each followed by a zero byte; the first 10 bytes in lower-case base32):
// ids are stored in databases, so the function may be made faster but
// never change.
func TestIDsAreStable(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{EntityID("四川大学"), "e_okc57aqogh7tushu"},
		{RelationID(RelSupplies, "e_a", "e_b"), "r_yxifiinzjs5dhxfw"},
		{EntityID(" 四川大学 "), "e_okc57aqogh7tushu"},
	} {
		if c.got != c.want {
			t.Errorf("id %s, want %s", c.got, c.want)
		}
	}
	// Parts longer than the stack buffer take the same path.
	long := strings.Repeat("长", 200)
	if a, b := RelationID(RelSupplies, long, "e_b"), RelationID(RelSupplies, long, "e_b"); a != b || len(a) != 18 {
		t.Errorf("long parts: %s, %s", a, b)
	}
}

func BenchmarkRelationID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		RelationID(RelSupplies, "e_k3p4y7i3q7mc4cue", "e_okc57aqogh7tushu")
	}
}
