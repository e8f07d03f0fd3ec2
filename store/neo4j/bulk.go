package neo4jstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"innograph/store"
)

// bulkChunk is how many rows one UNWIND statement of Bulk writes: larger
// than writeChunk, since Bulk statements only create and hold no reads.
const bulkChunk = 5000

// Bulk writes a batch of entities and relations that the store does not
// hold yet, for loading a large graph into an empty database: it creates
// without reading first, so it costs a fraction of Apply. It is atomic
// like Apply. Anything already stored makes it fail on the uniqueness
// constraints (nothing of the batch is written); a relation whose end is
// neither stored nor in the batch fails it with store.ErrInvalid. Rows are
// the ones Apply writes, so every read answers the same after either.
func (s *Store) Bulk(ctx context.Context, b store.Batch) (store.ApplyResult, error) {
	b, err := store.NormalizeBatch(b)
	if err != nil {
		return store.ApplyResult{}, err
	}
	var res store.ApplyResult
	docRows := make([]map[string]any, 0, len(b.Documents))
	for _, d := range b.Documents {
		docRows = append(docRows, documentRow(d))
	}
	entRows := map[store.Kind][]map[string]any{}
	for _, in := range b.Entities {
		e := store.NewEntity(in)
		entRows[e.Kind] = append(entRows[e.Kind], entityRow(e))
	}
	relRows := map[store.RelType][]map[string]any{}
	for _, in := range b.Relations {
		r := store.NewRelation(in)
		relRows[r.Type] = append(relRows[r.Type], relationRow(r))
	}
	err = s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		res = store.ApplyResult{}
		// Documents merge: every chunk of a streamed file repeats the
		// documents its facts cite.
		if err := writeRows(ctx, tx, writeDocumentsCypher, docRows); err != nil {
			return fmt.Errorf("write documents: %w", err)
		}
		res.DocumentsCreated = len(docRows)
		for _, k := range store.Kinds {
			n, err := createRows(ctx, tx, createEntitiesCypher(k), entRows[k])
			if err != nil {
				return fmt.Errorf("create %s entities: %w", k, err)
			}
			res.EntitiesCreated += n
		}
		for _, t := range store.RelTypes {
			n, err := createRows(ctx, tx, createRelationsCypher(t), relRows[t])
			if err != nil {
				return fmt.Errorf("create %s relations: %w", t, err)
			}
			if n != len(relRows[t]) {
				return fmt.Errorf("%w: %d of %d %s relations name an entity that does not exist", store.ErrInvalid,
					len(relRows[t])-n, len(relRows[t]), t)
			}
			res.RelationsCreated += n
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, store.ErrInvalid) {
			return store.ApplyResult{}, err
		}
		return store.ApplyResult{}, fmt.Errorf("neo4j: bulk: %w", err)
	}
	return res, nil
}

// createEntitiesCypher creates entities of one kind.
func createEntitiesCypher(kind store.Kind) string {
	return `UNWIND $rows AS row
CREATE (n:Entity:` + mustKind(kind) + `)
SET n = row
RETURN count(*) AS n`
}

// createRelationsCypher creates relations of one type between stored
// entities; a row whose end is missing creates nothing, which the count
// shows.
func createRelationsCypher(t store.RelType) string {
	return `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:` + mustType(t) + `]->(b)
SET r.id = row.id, r.props = row.props, r.evidence = row.evidence, r.k_discipline = row.k_discipline, r.k_role = row.k_role
RETURN count(*) AS n`
}

// createRows runs a counting UNWIND $rows statement over rows, bulkChunk
// at a time, and returns the rows it wrote.
func createRows(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, rows []map[string]any) (int, error) {
	total := 0
	for start := 0; start < len(rows); start += bulkChunk {
		chunk := rows[start:min(start+bulkChunk, len(rows))]
		list := make([]any, len(chunk))
		for i, r := range chunk {
			list[i] = r
		}
		recs, err := run(ctx, tx, cypher, map[string]any{"rows": list})
		if err != nil {
			return total, err
		}
		total += intOf(recs[0].Values[0])
	}
	return total, nil
}
