package neo4jstore

import (
	"context"
	"errors"
	"testing"

	"innograph/store"
)

// Bulk writes what Apply writes, so reads answer the same; aliases with
// Lucene's special characters resolve through the alias index.
func TestBulkAndAliasIndex(t *testing.T) {
	s := openTest(t)
	defer s.Close()
	ctx := context.Background()
	ev := []store.Evidence{{Doc: "d1", Text: "x", Start: 0, End: 1}}
	b := store.Batch{
		Documents: []store.Document{{ID: "d1", Title: "doc"}},
		Entities: []store.EntityInput{
			{Kind: store.KindEnterprise, Name: "甲公司", Aliases: []string{`甲"引号\斜杠`, "甲 OR 乙"}, Evidence: ev},
			{Kind: store.KindEnterprise, Name: "乙公司", Evidence: ev},
		},
	}
	res, err := s.Bulk(ctx, b)
	if err != nil || res.EntitiesCreated != 2 {
		t.Fatalf("bulk entities: %+v, %v", res, err)
	}
	a, c := store.EntityID("甲公司"), store.EntityID("乙公司")
	rels := store.Batch{Relations: []store.RelationInput{{Type: store.RelSupplies, From: a, To: c, Evidence: ev}}}
	if res, err := s.Bulk(ctx, rels); err != nil || res.RelationsCreated != 1 {
		t.Fatalf("bulk relations: %+v, %v", res, err)
	}
	missing := store.Batch{Relations: []store.RelationInput{{Type: store.RelSupplies, From: a, To: "e_nobody", Evidence: ev}}}
	if _, err := s.Bulk(ctx, missing); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("relation to a missing entity: %v", err)
	}
	got, err := s.LookupNames(ctx, []string{`甲"引号\斜杠`, "甲OR乙", "乙", "乙公司"})
	if err != nil {
		t.Fatal(err)
	}
	if got[0] == nil || got[0].ID != a || got[1] == nil || got[1].ID != a || got[2] != nil || got[3] == nil || got[3].ID != c {
		t.Errorf("lookup names = %v", got)
	}
	page, err := s.Neighbors(ctx, []store.NeighborQuery{{EntityID: c, Types: []store.RelType{store.RelSupplies}, Direction: store.In, Page: store.Page{First: 5}}})
	if err != nil || page[0].TotalCount != 1 || page[0].Neighbors[0].Other.ID != a {
		t.Errorf("neighbors after bulk = %+v, %v", page, err)
	}
}
