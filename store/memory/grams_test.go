package memory_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"innograph/store"
	"innograph/store/memory"
	"innograph/store/storetest"
)

// TestSearchMatchesScan checks the gram index against the definition of
// search: every entity whose name or alias key contains the text, ranked.
// Texts are pieces of names and aliases of a synthetic graph (one to six
// runes, where the index switches between single runes and trigrams),
// texts that match nothing, and entities updated to drop an alias.
func TestSearchMatchesScan(t *testing.T) {
	ctx := context.Background()
	s := memory.New()
	storetest.LoadSynthetic(t, s, 2000)
	// An update that drops an alias leaves a stale posting behind.
	if _, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{
		{Kind: store.KindEnterprise, Name: "旧名企业", Aliases: []string{"甲乙丙丁戊"}}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{
		{Kind: store.KindEnterprise, Name: "旧名企业", Aliases: []string{"𠀀𠀁𠀂 非基本平面"}}}}); err != nil {
		t.Fatal(err)
	}
	all, err := s.FindEntities(ctx, store.EntityQuery{Page: store.Page{First: store.MaxPage}})
	if err != nil {
		t.Fatal(err)
	}
	var every []*store.Entity
	for p := all; ; {
		every = append(every, p.Entities...)
		if !p.HasNext {
			break
		}
		if p, err = s.FindEntities(ctx, store.EntityQuery{Page: store.Page{First: store.MaxPage, After: store.EncodeCursor(p.Offset + len(p.Entities) - 1)}}); err != nil {
			t.Fatal(err)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	texts := []string{"甲乙", "丙丁戊", "𠀀𠀁", "𠀁", "基本平面", "无此名称", "0", "00", "合成", "xyz"}
	for range 150 {
		e := every[rng.IntN(len(every))]
		key := []rune(store.Key(e.Name))
		if len(e.Aliases) > 0 && rng.IntN(2) == 0 {
			key = []rune(store.Key(e.Aliases[rng.IntN(len(e.Aliases))]))
		}
		n := 1 + rng.IntN(min(6, len(key)))
		i := rng.IntN(len(key) - n + 1)
		texts = append(texts, string(key[i:i+n]))
	}
	for _, text := range texts {
		var want []string
		for _, e := range every {
			if store.Rank(e, store.Key(text)) >= 0 {
				want = append(want, e.ID)
			}
		}
		page, err := s.FindEntities(ctx, store.EntityQuery{Text: text, Page: store.Page{First: store.MaxPage}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range page.Entities {
			got = append(got, e.ID)
		}
		if page.TotalCount != len(want) {
			t.Errorf("search %q: total %d, want %d", text, page.TotalCount, len(want))
		}
		slices.Sort(got)
		slices.Sort(want)
		if len(want) <= store.MaxPage && !slices.Equal(got, want) {
			t.Errorf("search %q: %d hits, want %d", text, len(got), len(want))
		}
	}
}
