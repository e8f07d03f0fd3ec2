package neo4jstore

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"innograph/store"
)

// Every value reaches Cypher as a parameter. Only three things are spliced
// into statement text, because Cypher takes no parameter there: labels
// (from store.Kinds), relationship types (from store.RelTypes), each checked
// with Valid first, and the maximum path length, an int checked to be in
// 1..maxPathHops. The golden files in testdata pin the rendered text.

// entityMap projects an entity node n into the map decodeEntity reads.
const entityMap = `{.id, .kind, .name, .aliases, .props, .evidence}`

// relationMap projects relationship r into the map decodeRelation reads.
func relationMap(r string) string {
	return fmt.Sprintf(`%[1]s {.id, .props, .evidence, type: type(%[1]s), from: startNode(%[1]s).id, to: endNode(%[1]s).id}`, r)
}

// entityExpr and relationExpr are entityMap and relationMap for an
// expression rather than a variable, which map projection needs.
func entityExpr(x string) string {
	return fmt.Sprintf(`{id: %[1]s.id, kind: %[1]s.kind, name: %[1]s.name, aliases: %[1]s.aliases, props: %[1]s.props, evidence: %[1]s.evidence}`, x)
}

// lightEntityExpr and lightRelationExpr project what a light page carries:
// no props, no evidence.
func lightEntityExpr(x string) string {
	return fmt.Sprintf(`{id: %[1]s.id, kind: %[1]s.kind, name: %[1]s.name, aliases: %[1]s.aliases}`, x)
}

func lightRelationExpr(x string) string {
	return fmt.Sprintf(`{id: %[1]s.id, type: type(%[1]s), from: startNode(%[1]s).id, to: endNode(%[1]s).id}`, x)
}

func relationExpr(x string) string {
	return fmt.Sprintf(`{id: %[1]s.id, props: %[1]s.props, evidence: %[1]s.evidence, type: type(%[1]s), from: startNode(%[1]s).id, to: endNode(%[1]s).id}`, x)
}

func schemaStatements() []string {
	stmts := []string{
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
		"CREATE INDEX entity_key IF NOT EXISTS FOR (n:Entity) ON (n.key)",
		"CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText] " +
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
		// Each alias key as one term: the only index Neo4j keeps over the
		// elements of a list property, so that an alias resolves without
		// reading every entity.
		"CREATE FULLTEXT INDEX entity_alias_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.aliasKeys] " +
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
		// Trigram text indexes answer CONTAINS without reading every entity.
		"CREATE TEXT INDEX entity_key_text IF NOT EXISTS FOR (n:Entity) ON (n.key)",
		"CREATE TEXT INDEX entity_alias_key_text IF NOT EXISTS FOR (n:Entity) ON (n.aliasKeyText)",
	}
	for _, t := range store.RelTypes {
		stmts = append(stmts, fmt.Sprintf("CREATE CONSTRAINT relation_id_%s IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.id IS UNIQUE",
			strings.ToLower(string(t)), mustType(t)))
	}
	return stmts
}

const awaitIndexesCypher = `CALL db.awaitIndexes(60)`

// schemaVersion is the number of data migrations this code has run on a
// database, recorded on one node outside the graph's labels (Clear leaves
// it, Stats does not count it): opening a migrated database of a million
// entities reads one node instead of scanning them all.
const schemaVersion = 1

const readSchemaVersionCypher = `OPTIONAL MATCH (m:InnographSchema {id: 'schema'}) RETURN coalesce(m.version, 0) AS v`

const writeSchemaVersionCypher = `MERGE (m:InnographSchema {id: 'schema'}) SET m.version = $v`

// backfillCypher gives entities written before aliasKeyText existed their
// value, so that search finds them by alias: migration 1, run once per
// database (see schemaVersion).
const backfillCypher = `MATCH (n:Entity) WHERE n.aliasKeyText IS NULL
CALL (n) {
  SET n.aliasKeyText = reduce(s = '\n', a IN coalesce(n.aliasKeys, []) | s + a + '\n')
} IN TRANSACTIONS OF 10000 ROWS`

// mustType returns t for splicing into Cypher; callers pass only types they
// checked, so an invalid one is a bug.
func mustType(t store.RelType) string {
	if !t.Valid() {
		panic(fmt.Sprintf("neo4jstore: relation type %q is not in the allowlist", t))
	}
	return string(t)
}

// mustKind is mustType for kind labels.
func mustKind(k store.Kind) string {
	if !k.Valid() {
		panic(fmt.Sprintf("neo4jstore: kind %q is not in the allowlist", k))
	}
	return string(k)
}

// ---- writes ----

const readDocumentsCypher = `MATCH (d:Document) WHERE d.id IN $ids
RETURN d {.*} AS d`

const readEntitiesCypher = `MATCH (n:Entity) WHERE n.id IN $ids
RETURN n ` + entityMap + ` AS e`

const existingIDsCypher = `MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id`

// readRelationsCypher finds the stored relations of a batch through their
// ends, which the entity constraint indexes.
var readRelationsCypher = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE type(r) = row.type
RETURN ` + relationMap("r") + ` AS r`

const writeDocumentsCypher = `UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row`

// writeEntitiesCypher upserts entities of one kind: it sets that kind's
// label and removes every other kind label.
func writeEntitiesCypher(kind store.Kind) string {
	var others []string
	for _, k := range store.Kinds {
		if k != kind {
			others = append(others, mustKind(k))
		}
	}
	return `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row
REMOVE n:` + strings.Join(others, ":") + `
SET n:` + mustKind(kind)
}

// writeRelationsCypher upserts relations of one type; MERGE on the id,
// backed by the type's constraint, makes a retried transaction harmless.
func writeRelationsCypher(t store.RelType) string {
	return `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:` + mustType(t) + ` {id: row.id}]->(b)
SET r.props = row.props, r.evidence = row.evidence, r.k_discipline = row.k_discipline, r.k_role = row.k_role`
}

// clearRelationsCypher deletes one slice of the relationships between
// the store's entities.
const clearRelationsCypher = `MATCH (:Entity)-[r]->(:Entity)
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted`

// clearCypher deletes one slice of the store's nodes with their
// relationships; Clear repeats it until nothing is left.
const clearCypher = `MATCH (n) WHERE n:Entity OR n:Document
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted`

// ---- reads ----

const statsCypher = `RETURN COUNT { (:Entity) } AS entities,
  COUNT { (:Entity)-[]->() } AS relations,
  COUNT { (:Document) } AS documents`

const getEntitiesCypher = readEntitiesCypher

// lookupNamesCypher returns every entity whose key or one of whose alias
// keys is among $keys; Go then prefers the name and the smallest id. Alias
// keys are found through the entity_alias_keys index, one exact-term query
// per key ($aliasQueries, see aliasQueries: one query of many terms could
// pass Lucene's clause limit), and checked again exactly.
const lookupNamesCypher = `MATCH (n:Entity) USING INDEX n:Entity(key) WHERE n.key IN $keys
RETURN n ` + entityMap + ` AS e, n.aliasKeys AS aliasKeys
UNION
UNWIND $aliasQueries AS aq
CALL db.index.fulltext.queryNodes('entity_alias_keys', aq) YIELD node AS n
WITH n WHERE n:Entity AND any(k IN n.aliasKeys WHERE k IN $keys)
RETURN n ` + entityMap + ` AS e, n.aliasKeys AS aliasKeys`

// aliasQueries are the Lucene queries for each key as a whole term of the
// keyword-analysed alias index: a quoted phrase, quotes and backslashes
// escaped.
func aliasQueries(keys []any) []any {
	out := make([]any, len(keys))
	for i, k := range keys {
		var b strings.Builder
		b.WriteByte('"')
		for _, r := range k.(string) {
			if r == '"' || r == '\\' {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		b.WriteByte('"')
		out[i] = b.String()
	}
	return out
}

// entityOrders is the ORDER BY of each sort, as the memory store sorts.
var entityOrders = map[store.EntitySort]string{
	store.SortRelevance: "rank, n.nameLen, n.name, n.id",
	"":                  "rank, n.nameLen, n.name, n.id",
	store.SortName:      "n.name, n.id",
	store.SortNameDesc:  "n.name DESC, n.id",
	store.SortDegree:    "degree DESC, n.name, n.id",
}

// findEntitiesCypher filters by kinds and by store.Rank, computed from the
// stored keys: 0 exact name, 1 exact alias, 2 name prefix, 3 alias prefix,
// 4 name substring, 5 alias substring, 9 no match; everything ranks 0 for
// an empty text. It returns the total and one page.
func findEntitiesCypher(sort store.EntitySort, withText bool) (string, bool) {
	order, ok := entityOrders[sort]
	if !ok {
		return "", false
	}
	degree := ""
	if sort == store.SortDegree {
		degree = "\nWITH n, rank, COUNT { (n)--() } AS degree"
	}
	// With a text, the candidates are the entities whose name key or one of
	// whose alias keys contains it, found through the text indexes; without
	// one, every entity.
	match := `MATCH (n:Entity)
WHERE size($kinds) = 0 OR n.kind IN $kinds`
	if withText {
		match = `CALL () {
  MATCH (n:Entity) USING TEXT INDEX n:Entity(key) WHERE n.key CONTAINS $text RETURN n
  UNION
  MATCH (n:Entity) WHERE n.aliasKeyText CONTAINS $text RETURN n
}
WITH n WHERE size($kinds) = 0 OR n.kind IN $kinds`
	}
	return match + `
WITH n,
  CASE WHEN n.key = $text THEN 0 WHEN n.key STARTS WITH $text THEN 2 WHEN n.key CONTAINS $text THEN 4 ELSE 9 END AS nameRank,
  reduce(best = 9, a IN n.aliasKeys |
    CASE WHEN a = $text AND best > 1 THEN 1
         WHEN a STARTS WITH $text AND best > 3 THEN 3
         WHEN a CONTAINS $text AND best > 5 THEN 5
         ELSE best END) AS aliasRank
WITH n, CASE WHEN $text = '' THEN 0 WHEN nameRank < aliasRank THEN nameRank ELSE aliasRank END AS rank
WHERE rank < 9` + degree + `
ORDER BY ` + order + `
WITH collect(n) AS hits
RETURN size(hits) AS total, [n IN hits[$skip..$skip + $limit] | n ` + entityMap + `] AS page`, true
}

// neighborsCypher answers every neighbour query at once: per query one
// page, sorted, and the count of all. Queries come in groups of one shape
// (relation types and direction, see neighborShape) and one window: each
// group is a branch that expands only its types in its direction, so that
// asking for a supernode's suppliers does not read its thousand staff, and
// cuts its page with a top-k sort (SKIP and LIMIT take parameters, not
// values of a row, hence one window per branch). The count reads the
// node's degree when no kind filter applies.
func neighborsCypher(groups []neighborGroup) string {
	var b strings.Builder
	b.WriteString("UNWIND $qs AS q\nMATCH (n:Entity {id: q.id})\nCALL (q, n) {\n")
	for i, g := range groups {
		if i > 0 {
			b.WriteString("  UNION ALL\n")
		}
		sh := g.shape
		fmt.Fprintf(&b, `  WITH q, n WHERE q.group = %[1]d
  CALL (q, n) {
    MATCH %[2]s
    WHERE size(q.kinds) = 0 OR o.kind IN q.kinds
    WITH r, o ORDER BY %[3]s SKIP $skip%[1]d LIMIT $limit%[1]d
    RETURN collect({r: r, o: o}) AS hits
  }
  RETURN hits, CASE WHEN size(q.kinds) = 0 THEN COUNT { %[4]s }
    ELSE COUNT { %[2]s WHERE o.kind IN q.kinds } END AS total
`, i, sh.patternFrom("n", "r", "o"), sh.orderBy("r", "o"), sh.patternFrom("n", "", ""))
	}
	b.WriteString(`}
RETURN q.i AS i, total,
  CASE WHEN q.light
    THEN [h IN hits | {rel: ` + lightRelationExpr("h.r") + `, other: ` + lightEntityExpr("h.o") + `, out: startNode(h.r) = n}]
    ELSE [h IN hits | {rel: ` + relationExpr("h.r") + `, other: ` + entityExpr("h.o") + `, out: startNode(h.r) = n}]
  END AS page`)
	return b.String()
}

// neighborGroup is a shape and a window: the queries one branch of
// neighborsCypher answers.
type neighborGroup struct {
	shape       neighborShape
	skip, limit int
}

// neighborShape is what a neighbour query's pattern depends on: its
// relation types (allowlisted, sorted, comma-joined; "" for all) and its
// direction.
type neighborShape struct {
	types string
	dir   store.Direction
}

// noType is a relationship type no relation has, for a query whose types
// are all outside the allowlist: it must match nothing.
const noType = "NO_SUCH_TYPE"

func newNeighborShape(q store.NeighborQuery) neighborShape {
	var names []string
	for _, t := range q.Types {
		if t.Valid() {
			names = append(names, mustType(t))
		}
	}
	if len(q.Types) > 0 && len(names) == 0 {
		names = []string{noType}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	dir := store.Both
	if q.Direction == store.Out || q.Direction == store.In {
		dir = q.Direction
	}
	return neighborShape{types: strings.Join(names, ","), dir: dir}
}

// getRelationsCypher seeks ids in the constraint index of every type (an
// id does not tell its type, and relationship indexes are per type).
func getRelationsCypher() string {
	parts := make([]string, len(store.RelTypes))
	for i, t := range store.RelTypes {
		parts[i] = "MATCH ()-[r:" + mustType(t) + "]->() WHERE r.id IN $ids\nRETURN " + relationMap("r") + " AS r"
	}
	return strings.Join(parts, "\nUNION ALL\n")
}

// maxPathHops bounds ShortestPath's maxHops: the bound is spliced.
const maxPathHops = 10

// shortestPathCypher returns the $limit smallest of all shortest paths, following
// only types when given. hops must be in 1..maxPathHops.
func shortestPathCypher(hops int, types []store.RelType) string {
	if hops < 1 || hops > maxPathHops {
		panic(fmt.Sprintf("neo4jstore: path length %d out of range", hops))
	}
	rel := ""
	if len(types) > 0 {
		names := make([]string, len(types))
		for i, t := range types {
			names[i] = mustType(t)
		}
		rel = ":" + strings.Join(names, "|")
	}
	return `MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[` + rel + `*..` + strconv.Itoa(hops) + `]-(b))
WITH p
ORDER BY [x IN nodes(p) | x.id], [x IN relationships(p) | x.id]
LIMIT $limit
RETURN [x IN nodes(p) | x ` + entityMap + `] AS nodes, [x IN relationships(p) | ` + relationMap("x") + `] AS rels`
}

const getDocumentsCypher = readDocumentsCypher

const findDocumentsCypher = `MATCH (d:Document)
WITH d ORDER BY d.id
WITH collect(d) AS docs
RETURN size(docs) AS total, [d IN docs[$skip..$skip + $limit] | d {.*}] AS page`

// mentionsCypher finds the entities citing any of the documents; Go picks
// their evidence per document and sorts it.
const mentionsCypher = `MATCH (n:Entity) WHERE any(d IN n.docs WHERE d IN $docs)
RETURN n.id AS id, n.name AS name, n.evidence AS evidence`
