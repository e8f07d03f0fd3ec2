package memory

import (
	"context"
	"testing"

	"innograph/store"
)

// TestRewritingAnEntityAddsNoPostings checks that the gram index grows
// with new keys only: importing the same entity again, as every document
// naming it does, must not lengthen its postings.
func TestRewritingAnEntityAddsNoPostings(t *testing.T) {
	ctx := context.Background()
	s := New()
	in := store.EntityInput{Kind: store.KindLab, Name: "天府绛溪实验室", Aliases: []string{"绛溪实验室"}}
	count := func() int {
		n := 0
		for _, ps := range s.grams.posts {
			n += len(ps)
		}
		return n
	}
	if _, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{in}}); err != nil {
		t.Fatal(err)
	}
	other := store.EntityInput{Kind: store.KindLab, Name: "绛溪实验室成都基地"}
	if _, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{other}}); err != nil {
		t.Fatal(err)
	}
	first := count()
	for i := range 3 {
		// A new version of the lab, after the other lab shares its grams:
		// its postings are no longer the last of their lists.
		in.Props = map[string]string{"description": string(rune('甲' + i))}
		if _, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{in, other}}); err != nil {
			t.Fatal(err)
		}
	}
	if n := count(); n != first {
		t.Errorf("%d postings after rewriting the entity, %d before", n, first)
	}
	in.Aliases = append(in.Aliases, "新别名")
	if _, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{in}}); err != nil {
		t.Fatal(err)
	}
	if n := count(); n <= first {
		t.Errorf("a new alias added no postings (%d)", n)
	}
}
