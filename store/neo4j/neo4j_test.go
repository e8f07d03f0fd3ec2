package neo4jstore

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"innograph/internal/neo4jtest"
	"innograph/store"
	"innograph/store/storetest"
)

// The conformance tests need a server: INNOGRAPH_TEST_NEO4J=bolt://127.0.0.1:7687
// (scripts/neo4j start runs one). Every test clears the database it uses.

var update = flag.Bool("update", false, "rewrite the golden Cypher files in testdata")

// testURI returns the server to test against (see neo4jtest.URI).
func testURI(t testing.TB) string { return neo4jtest.URI(t) }

// openTest opens an emptied store on the test server.
func openTest(t testing.TB) *Store {
	t.Helper()
	uri := testURI(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s, err := Open(ctx, Config{URI: uri, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
	if err != nil {
		t.Fatalf("Neo4j at %s (INNOGRAPH_TEST_NEO4J): %v", uri, err)
	}
	if err := s.Clear(ctx); err != nil {
		s.Close()
		t.Fatalf("clear: %v", err)
	}
	return s
}

func TestConformanceNeo4j(t *testing.T) {
	testURI(t)
	storetest.Run(t, func(t testing.TB) store.Store { return openTest(t) })
}

// TestSearchFindsEntitiesWrittenBeforeAliasKeyText checks that opening a
// database an older version wrote (no schema version) gives entities
// stored without the alias text their value, so that search by a part of
// an alias still finds them; and that the migration runs once.
func TestSearchFindsEntitiesWrittenBeforeAliasKeyText(t *testing.T) {
	s := openTest(t)
	defer s.Close()
	ctx := context.Background()
	old := store.NewEntity(store.EntityInput{Kind: store.KindEnterprise, Name: "旧公司", Aliases: []string{"老字号集团"}})
	row := entityRow(old)
	delete(row, "aliasKeyText")
	if err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		_, err := run(ctx, tx, "CREATE (n:Entity:ENTERPRISE) SET n = $row", map[string]any{"row": row})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	search := func() []string {
		page, err := s.FindEntities(ctx, store.EntityQuery{Text: "字号", Page: store.Page{First: 5}})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range page.Entities {
			names = append(names, e.Name)
		}
		return names
	}
	if got := search(); len(got) != 0 {
		t.Fatalf("found %v before the backfill: the search did not go through the alias text", got)
	}
	// A migrated database is not scanned again when opened.
	if err := s.setupSchema(ctx); err != nil {
		t.Fatal(err)
	}
	if got := search(); len(got) != 0 {
		t.Fatalf("found %v: opening a migrated database ran the migration again", got)
	}
	if err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		_, err := run(ctx, tx, "MATCH (m:InnographSchema) DELETE m", nil)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.setupSchema(ctx); err != nil {
		t.Fatal(err)
	}
	if got := search(); len(got) != 1 || got[0] != "旧公司" {
		t.Errorf("search by a part of an alias after opening = %v, want [旧公司]", got)
	}
}

// TestKindChangeMovesLabel checks that the kind label follows the kind and
// that no entity carries two kind labels.
func TestKindChangeMovesLabel(t *testing.T) {
	s := openTest(t)
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{{Kind: store.KindLab, Name: "甲实验室"}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(ctx, store.Batch{Entities: []store.EntityInput{{Kind: store.KindPlatform, Name: "甲实验室"}}}); err != nil {
		t.Fatal(err)
	}
	recs, err := s.query(ctx, `MATCH (n:Entity {id: $id}) RETURN labels(n) AS l`, map[string]any{"id": store.EntityID("甲实验室")})
	if err != nil {
		t.Fatal(err)
	}
	labels, _ := recs[0].Values[0].([]any)
	if len(labels) != 2 || !(labels[0] == "PLATFORM" || labels[1] == "PLATFORM") {
		t.Errorf("labels = %v, want Entity and PLATFORM", labels)
	}
}

// TestShortestPathBounds checks the spliced hop bound.
func TestShortestPathBounds(t *testing.T) {
	s := openTest(t)
	defer s.Close()
	storetest.LoadSmall(t, s)
	ctx := context.Background()
	a, b := store.EntityID("张三"), store.EntityID("成都市")
	if _, err := s.ShortestPath(ctx, a, b, 11, nil); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("maxHops 11: err = %v, want ErrInvalid", err)
	}
	if p, err := s.ShortestPath(ctx, a, b, 0, nil); p != nil || err != nil {
		t.Errorf("maxHops 0: %v, %v", p, err)
	}
	if p, err := s.ShortestPath(ctx, a, b, 6, []store.RelType{"LIKES"}); p != nil || err != nil {
		t.Errorf("unknown type: %v, %v", p, err)
	}
}

// TestGoldenCypher pins the text of the generated statements; run with
// -update to rewrite testdata/*.cypher after an intended change.
func TestGoldenCypher(t *testing.T) {
	find, _ := findEntitiesCypher(store.SortDegree, true)
	expand, _ := expandCypher(store.ExpandQuery{
		NeighborQuery: store.NeighborQuery{Types: []store.RelType{store.RelMemberOfChain}, Direction: store.In, Light: true},
		Children: []store.ExpandQuery{
			{NeighborQuery: store.NeighborQuery{Types: []store.RelType{store.RelSupplies}, Direction: store.In},
				OnlyKinds: []store.Kind{store.KindEnterprise},
				Children:  []store.ExpandQuery{{NeighborQuery: store.NeighborQuery{Types: []store.RelType{store.RelWorksAt}, Direction: store.In, Light: true}}}},
			{NeighborQuery: store.NeighborQuery{Direction: store.Both, Light: true}},
		},
	})
	bareExpand, _ := expandCypher(store.ExpandQuery{
		NeighborQuery: store.NeighborQuery{Types: []store.RelType{store.RelMemberOfChain}, Direction: store.In, Light: true},
		Children: []store.ExpandQuery{
			{NeighborQuery: store.NeighborQuery{Types: []store.RelType{store.RelSupplies}, Direction: store.In, Light: true},
				OnlyKinds: []store.Kind{store.KindEnterprise}, Bare: true,
				Children: []store.ExpandQuery{{NeighborQuery: store.NeighborQuery{Types: []store.RelType{store.RelWorksAt}, Direction: store.In, Light: true}, Bare: true}}},
		},
	})
	cases := map[string]string{
		"expand":                   expand,
		"expand_bare_below":        bareExpand,
		"write_entities_lab":       writeEntitiesCypher(store.KindLab),
		"write_relations_supplies": writeRelationsCypher(store.RelSupplies),
		"get_relations":            getRelationsCypher(),
		"shortest_path_typed":      shortestPathCypher(4, []store.RelType{store.RelAlumnusOf, store.RelWorksAt}),
		"find_entities_degree":     find,
		"neighbors": neighborsCypher([]neighborGroup{{shape: newNeighborShape(store.NeighborQuery{}), limit: 20},
			{shape: newNeighborShape(store.NeighborQuery{Types: []store.RelType{store.RelSupplies, store.RelAlumnusOf}, Direction: store.In}), skip: 40, limit: 20},
			{shape: newNeighborShape(store.NeighborQuery{Types: []store.RelType{store.RelWorksAt}, Direction: store.In}), limit: 100}}),
		"schema":                  strings.Join(schemaStatements(), ";\n"),
		"talent_pipeline_light":   talentPipelineCypher(true),
		"supply_tiers_light":      reachCypher(`<-[:SUPPLIES]-{1,3}`, ":SUPPLIES", true, false, true),
		"supply_tiers_no_aliases": reachCypher(`<-[:SUPPLIES]-{1,3}`, ":SUPPLIES", true, false, false),
		"supply_tiers_relations":  reachCypher(`<-[:SUPPLIES]-{1,3}`, ":SUPPLIES", false, true, true),
	}
	for name, got := range cases {
		path := filepath.Join("testdata", name+".cypher")
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestGoldenCypher -update)", err)
		}
		if got+"\n" != string(want) {
			t.Errorf("%s: generated Cypher differs from %s:\n%s", name, path, got)
		}
	}
}

func TestSplicingRefusesUnknownNames(t *testing.T) {
	for name, f := range map[string]func(){
		"kind":  func() { writeEntitiesCypher("PLANET") },
		"type":  func() { writeRelationsCypher("LIKES") },
		"hops":  func() { shortestPathCypher(11, nil) },
		"typed": func() { shortestPathCypher(2, []store.RelType{"X`]-() DETACH DELETE a //"}) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

// TestLargeBatch writes more rows than one UNWIND statement takes.
func TestLargeBatch(t *testing.T) {
	s := openTest(t)
	defer s.Close()
	ctx := context.Background()
	const n = 2*writeChunk + 100
	var b store.Batch
	for i := range n {
		name := fmt.Sprintf("企业%04d", i)
		b.Entities = append(b.Entities, store.EntityInput{Kind: store.KindEnterprise, Name: name, Aliases: []string{fmt.Sprintf("E%d", i)}})
		if i > 0 {
			b.Relations = append(b.Relations, store.RelationInput{Type: store.RelSupplies, From: store.EntityID(name), To: store.EntityID(fmt.Sprintf("企业%04d", i-1))})
		}
	}
	res, err := s.Apply(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if res != (store.ApplyResult{EntitiesCreated: n, RelationsCreated: n - 1}) {
		t.Errorf("first apply = %+v", res)
	}
	if res, err := s.Apply(ctx, b); err != nil || res != (store.ApplyResult{}) {
		t.Errorf("second apply = %+v, %v", res, err)
	}
	st, _ := s.Stats(ctx)
	if st != (store.Stats{Entities: n, Relations: n - 1}) {
		t.Errorf("stats = %+v", st)
	}
	found, _ := s.LookupNames(ctx, []string{"e2099"})
	if found[0] == nil || found[0].Name != "企业2099" {
		t.Errorf("alias lookup = %+v", found[0])
	}
}
