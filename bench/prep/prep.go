// Package prep makes the benchmark's graph: a synthetic graph from package
// synth, given aliases (synthetic graphs have none, and one query looks an
// entity up by alias), written once to a file and loaded from it into both
// stores, so that every system answers over the same facts.
package prep

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"innograph/dataset"
	"innograph/store"
	neo4jstore "innograph/store/neo4j"
	"innograph/synth"
)

// Alias is the alias the preparation gives an entity of the synthetic
// graph: 合企42 for 合成企业0000042, 合大3 for 合成大学0000003; other kinds
// keep none.
func Alias(kind store.Kind, name string) string {
	short := map[store.Kind]string{store.KindEnterprise: "合企", store.KindUniversity: "合大"}[kind]
	if short == "" {
		return ""
	}
	digits := strings.TrimLeft(strings.TrimLeftFunc(name, func(r rune) bool { return r < '0' || r > '9' }), "0")
	if digits == "" {
		digits = "0"
	}
	return short + digits
}

// Write generates the graph of n entities with seed and writes it, aliases
// added, to path.
func Write(path string, n int, seed uint64) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("prep: %w", err)
	}
	defer f.Close()
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(synth.Generate(pw, synth.Config{Entities: n, Seed: seed})) }()
	w := bufio.NewWriterSize(f, 1<<20)
	sc := bufio.NewScanner(pr)
	sc.Buffer(make([]byte, 64<<10), dataset.MaxLine)
	for sc.Scan() {
		line := sc.Bytes()
		// Only entity lines change; the rest is copied as it is.
		if strings.Contains(string(line[:min(len(line), 40)]), `"type":"entity"`) {
			var l dataset.Line
			if err := json.Unmarshal(line, &l); err != nil {
				pr.CloseWithError(err)
				return fmt.Errorf("prep: %w", err)
			}
			if a := Alias(l.Kind, l.Name); a != "" {
				l.Aliases = append(l.Aliases, a)
			}
			if line, err = json.Marshal(l); err != nil {
				return fmt.Errorf("prep: %w", err)
			}
		}
		w.Write(line)
		w.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("prep: generate: %w", err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("prep: %w", err)
	}
	return f.Close()
}

// Load is what loading a graph into a store took.
type Load struct {
	Entities  int     `json:"entities"`
	Relations int     `json:"relations"`
	Seconds   float64 `json:"seconds"`
}

// ItemsPerSecond is the load throughput: entities and relations written per
// second.
func (l Load) ItemsPerSecond() float64 {
	if l.Seconds == 0 {
		return 0
	}
	return float64(l.Entities+l.Relations) / l.Seconds
}

// bulk makes Neo4j's Bulk the Apply of a streamed load into an empty
// database.
type bulk struct{ *neo4jstore.Store }

func (b bulk) Apply(ctx context.Context, batch store.Batch) (store.ApplyResult, error) {
	return b.Bulk(ctx, batch)
}

// Chunk is how many lines one atomic batch of a load holds.
const Chunk = 20000

// Into loads the file at path into s, which must be empty; a Neo4j store
// is loaded through Bulk.
func Into(ctx context.Context, s store.Store, path string) (Load, error) {
	f, err := os.Open(path)
	if err != nil {
		return Load{}, fmt.Errorf("prep: %w", err)
	}
	defer f.Close()
	target := s
	if n, ok := s.(*neo4jstore.Store); ok {
		target = bulk{n}
	}
	start := time.Now()
	res, err := dataset.Stream(ctx, target, f, Chunk, nil)
	if err != nil {
		return Load{}, fmt.Errorf("prep: load %s: %w", path, err)
	}
	return Load{Entities: res.EntitiesCreated + res.EntitiesUpdated, Relations: res.RelationsCreated + res.RelationsUpdated,
		Seconds: time.Since(start).Seconds()}, nil
}

// Names of the entities the queries start from: index 0 of each kind is
// the most connected, since the generator picks with a power law.
var (
	Chain      = "合成产业链0000000"
	Enterprise = "合成企业0000000"
	University = "合成大学0000000"
	TalentA    = "合成人才0000001"
	TalentB    = "合成人才0000002"
)

// AliasQuery is the alias the entity-by-alias query asks for.
func AliasQuery() string { return Alias(store.KindEnterprise, "合成企业0000042") }

// DeferIndexes drops the indexes that no statement of a load reads (the
// key and full-text indexes over names, the uniqueness constraints on
// relation ids), so that the load does not maintain them row by row;
// opening the store again creates them, in one pass each.
func DeferIndexes(ctx context.Context, driver neo4j.DriverWithContext) error {
	res, err := neo4j.ExecuteQuery(ctx, driver, `SHOW INDEXES YIELD name, owningConstraint
WHERE name IN ['entity_key', 'entity_names', 'entity_alias_keys', 'entity_key_text', 'entity_alias_key_text'] OR owningConstraint STARTS WITH 'relation_id_'
RETURN name, owningConstraint`, nil, neo4j.EagerResultTransformer)
	if err != nil {
		return fmt.Errorf("prep: list indexes: %w", err)
	}
	for _, rec := range res.Records {
		name, _ := rec.Values[0].(string)
		stmt := "DROP INDEX " + name
		if c, _ := rec.Values[1].(string); c != "" {
			stmt = "DROP CONSTRAINT " + c
		}
		if _, err := neo4j.ExecuteQuery(ctx, driver, stmt, nil, neo4j.EagerResultTransformer); err != nil {
			return fmt.Errorf("prep: %s: %w", stmt, err)
		}
	}
	return nil
}
