package dataset_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"innograph/dataset"
	"innograph/store"
	"innograph/store/memory"
)

func TestParseRejectsBadLines(t *testing.T) {
	cases := []struct {
		name, input, want string
	}{
		{"not JSON", "{\"type\":\"entity\"\n", "line 1"},
		{"unknown type", `{"type":"person","name":"x"}`, `not "person"`},
		{"unknown kind", `{"type":"entity","kind":"PLANET","name":"火星"}`, `unknown kind "PLANET"`},
		{"no name", `{"type":"entity","kind":"LAB","name":"  "}`, "without name"},
		{"unknown relation", "\n" + `{"type":"relation","rel":"LIKES","from":"a","to":"b"}`, "line 2: unknown relation type"},
		{"relation without end", `{"type":"relation","rel":"SUPPLIES","from":"a"}`, "needs from and to"},
		{"unknown field", `{"type":"entity","kind":"LAB","name":"x","colour":"red"}`, "unknown field"},
		{"document without id", `{"type":"document","title":"t"}`, "document without id"},
		{"binary", "\x00\x01\x02", "line 1"},
		{"huge line", `{"type":"entity","kind":"LAB","name":"` + strings.Repeat("长", dataset.MaxLine) + `"}`, "longer than"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := dataset.Parse(strings.NewReader(c.input))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want it to mention %q", err, c.want)
			}
		})
	}
}

func TestResolveUsesFileThenStore(t *testing.T) {
	ctx := context.Background()
	s := memory.New()
	if _, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{{Kind: store.KindUniversity, Name: "四川大学", Aliases: []string{"川大"}}}}); err != nil {
		t.Fatal(err)
	}
	f, err := dataset.Parse(strings.NewReader(`{"type":"entity","kind":"TALENT","name":"王五","aliases":["老王"]}
{"type":"relation","rel":"ALUMNUS_OF","from":"老王","to":"川大","props":{"discipline":"化学"}}
`))
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Resolve(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	r := b.Relations[0]
	if r.From != store.EntityID("王五") || r.To != store.EntityID("四川大学") || r.Props["discipline"] != "化学" {
		t.Errorf("resolved relation = %+v", r)
	}
	f, _ = dataset.Parse(strings.NewReader(`{"type":"relation","rel":"WORKS_AT","from":"王五","to":"川大"}`))
	if _, err := f.Resolve(ctx, s); !errors.Is(err, store.ErrNotFound) || !strings.Contains(err.Error(), "王五") {
		t.Errorf("unknown end: err = %v", err)
	}
}
