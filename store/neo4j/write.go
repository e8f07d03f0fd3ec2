package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"innograph/store"
)

// writeChunk is how many rows one UNWIND statement writes.
const writeChunk = 1000

// Apply implements store.Store: one write transaction reads what the batch
// touches, merges it in Go with the shared rules, checks relation ends and
// writes only what changed.
func (s *Store) Apply(ctx context.Context, b store.Batch) (store.ApplyResult, error) {
	b, err := store.NormalizeBatch(b)
	if err != nil {
		return store.ApplyResult{}, err
	}
	if len(b.Documents)+len(b.Entities)+len(b.Relations) == 0 {
		return store.ApplyResult{}, ctx.Err()
	}
	var res store.ApplyResult
	err = s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		var err error
		res, err = applyTx(ctx, tx, b) // recomputed on every retry
		return err
	})
	if err != nil {
		if errors.Is(err, store.ErrInvalid) {
			return store.ApplyResult{}, err
		}
		return store.ApplyResult{}, fmt.Errorf("neo4j: apply: %w", err)
	}
	return res, nil
}

func applyTx(ctx context.Context, tx neo4j.ManagedTransaction, b store.Batch) (store.ApplyResult, error) {
	var res store.ApplyResult

	// Documents.
	oldDocs := map[string]*store.Document{}
	if len(b.Documents) > 0 {
		ids := make([]any, len(b.Documents))
		for i, d := range b.Documents {
			ids[i] = d.ID
		}
		recs, err := run(ctx, tx, readDocumentsCypher, map[string]any{"ids": ids})
		if err != nil {
			return res, fmt.Errorf("read documents: %w", err)
		}
		for _, rec := range recs {
			d, err := decodeDocument(rec.Values[0])
			if err != nil {
				return res, err
			}
			oldDocs[d.ID] = d
		}
	}
	var docRows []map[string]any
	for _, d := range b.Documents {
		old := oldDocs[d.ID]
		if old == nil {
			res.DocumentsCreated++
		}
		if old == nil || *old != d {
			docRows = append(docRows, documentRow(d))
		}
	}

	// Entities.
	batchEnts := map[string]bool{}
	ids := make([]any, len(b.Entities))
	for i, in := range b.Entities {
		id := store.EntityID(in.Name)
		batchEnts[id] = true
		ids[i] = id
	}
	oldEnts := map[string]*store.Entity{}
	if len(ids) > 0 {
		recs, err := run(ctx, tx, readEntitiesCypher, map[string]any{"ids": ids})
		if err != nil {
			return res, fmt.Errorf("read entities: %w", err)
		}
		for _, rec := range recs {
			e, err := decodeEntity(rec.Values[0])
			if err != nil {
				return res, err
			}
			oldEnts[e.ID] = e
		}
	}
	entRows := map[store.Kind][]map[string]any{}
	for _, in := range b.Entities {
		var e *store.Entity
		if old := oldEnts[store.EntityID(in.Name)]; old == nil {
			e = store.NewEntity(in)
			res.EntitiesCreated++
		} else if merged, changed := store.MergeEntity(old, in); changed {
			e = merged
			res.EntitiesUpdated++
		} else {
			continue
		}
		entRows[e.Kind] = append(entRows[e.Kind], entityRow(e))
	}

	// Relations: every end must exist, in the store or in the batch.
	if len(b.Relations) > 0 {
		var ends []any
		seen := map[string]bool{}
		for _, in := range b.Relations {
			for _, end := range []string{in.From, in.To} {
				if !batchEnts[end] && !seen[end] {
					seen[end] = true
					ends = append(ends, end)
				}
			}
		}
		stored := map[string]bool{}
		if len(ends) > 0 {
			recs, err := run(ctx, tx, existingIDsCypher, map[string]any{"ids": ends})
			if err != nil {
				return res, fmt.Errorf("read relation ends: %w", err)
			}
			for _, rec := range recs {
				id, _ := rec.Values[0].(string)
				stored[id] = true
			}
		}
		for _, in := range b.Relations {
			for _, end := range []string{in.From, in.To} {
				if !stored[end] && !batchEnts[end] {
					return store.ApplyResult{}, fmt.Errorf("%w: %s relation names entity %s, which does not exist", store.ErrInvalid, in.Type, end)
				}
			}
		}
	}
	oldRels := map[string]*store.Relation{}
	if len(b.Relations) > 0 {
		rows := make([]any, len(b.Relations))
		for i, in := range b.Relations {
			rows[i] = map[string]any{"type": string(in.Type), "from": in.From, "to": in.To}
		}
		recs, err := run(ctx, tx, readRelationsCypher, map[string]any{"rows": rows})
		if err != nil {
			return res, fmt.Errorf("read relations: %w", err)
		}
		for _, rec := range recs {
			r, err := decodeRelation(rec.Values[0])
			if err != nil {
				return res, err
			}
			oldRels[r.ID] = r
		}
	}
	relRows := map[store.RelType][]map[string]any{}
	for _, in := range b.Relations {
		var r *store.Relation
		if old := oldRels[store.RelationID(in.Type, in.From, in.To)]; old == nil {
			r = store.NewRelation(in)
			res.RelationsCreated++
		} else if merged, changed := store.MergeRelation(old, in); changed {
			r = merged
			res.RelationsUpdated++
		} else {
			continue
		}
		relRows[r.Type] = append(relRows[r.Type], relationRow(r))
	}

	// Writes: documents, entities per kind, then relations per type.
	if err := writeRows(ctx, tx, writeDocumentsCypher, docRows); err != nil {
		return res, fmt.Errorf("write documents: %w", err)
	}
	for _, k := range store.Kinds {
		if rows := entRows[k]; len(rows) > 0 {
			if err := writeRows(ctx, tx, writeEntitiesCypher(k), rows); err != nil {
				return res, fmt.Errorf("write %s entities: %w", k, err)
			}
		}
	}
	for _, t := range store.RelTypes {
		if rows := relRows[t]; len(rows) > 0 {
			if err := writeRows(ctx, tx, writeRelationsCypher(t), rows); err != nil {
				return res, fmt.Errorf("write %s relations: %w", t, err)
			}
		}
	}
	return res, nil
}

// writeRows runs an UNWIND $rows statement over rows, writeChunk at a time.
func writeRows(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, rows []map[string]any) error {
	for chunk := range slices.Chunk(rows, writeChunk) {
		list := make([]any, len(chunk))
		for i, r := range chunk {
			list[i] = r
		}
		res, err := tx.Run(ctx, cypher, map[string]any{"rows": list})
		if err != nil {
			return err
		}
		if _, err := res.Consume(ctx); err != nil {
			return err
		}
	}
	return nil
}

// clearChunk is how many nodes one Clear transaction deletes.
const clearChunk = 10000

// Clear implements store.Store. It deletes the store's nodes (:Entity and
// :Document) with their relationships, clearChunk nodes per managed write
// transaction, so that a large graph never needs one huge transaction.
//
// Relationships go first, in chunks of their own: detaching a slice of
// nodes that includes hubs would delete hundreds of thousands of
// relationships in one transaction, past what the server's heap holds.
func (s *Store) Clear(ctx context.Context) error {
	for _, stmt := range []string{clearRelationsCypher, clearCypher} {
		if err := s.clearWith(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) clearWith(ctx context.Context, stmt string) error {
	for {
		var deleted int
		err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
			recs, err := run(ctx, tx, stmt, map[string]any{"limit": clearChunk})
			if err != nil {
				return err
			}
			deleted = intOf(recs[0].Values[0])
			return nil
		})
		if err != nil {
			return fmt.Errorf("neo4j: clear: %w", err)
		}
		if deleted < clearChunk {
			return nil
		}
	}
}
