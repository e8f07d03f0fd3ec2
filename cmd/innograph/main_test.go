package main_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"innograph/internal/neo4jtest"
)

// The tests here run the real binary as a user would: a fresh data folder,
// real HTTP, real signals.

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "innograph-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "innograph")
	if out, err := exec.Command("go", "build", "-race", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := neo4jtest.Main(m)
	os.RemoveAll(dir)
	os.Exit(code)
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

type server struct {
	cmd  *exec.Cmd
	addr string
	logs *syncBuffer
}

// syncBuffer collects a child's output while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func startServe(t *testing.T, storeURI string) *server {
	t.Helper()
	return startServeWith(t, nil, "/readyz", "--store", storeURI)
}

// startServeWith runs `innograph serve` with extra environment and flags
// on a free loopback port, and waits until probe answers 200.
func startServeWith(t *testing.T, env []string, probe string, args ...string) *server {
	t.Helper()
	s := &server{addr: freeAddr(t), logs: &syncBuffer{}}
	s.cmd = exec.Command(binary, append([]string{"serve", "--addr", s.addr}, args...)...)
	s.cmd.Env = append(os.Environ(), env...)
	s.cmd.Stderr = s.logs
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if s.cmd.ProcessState == nil {
			s.cmd.Process.Kill()
			s.cmd.Wait()
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + s.addr + probe)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return s
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("server not ready at %s: %v\n%s", probe, err, s.logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *server) query(t *testing.T, q string, vars map[string]any, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	resp, err := http.Post("http://"+s.addr+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var env struct {
		Data   json.RawMessage
		Errors []any
	}
	if err := json.Unmarshal(raw, &env); err != nil || len(env.Errors) > 0 {
		t.Fatalf("query failed: %v %s", err, raw)
	}
	if err := json.Unmarshal(env.Data, out); err != nil {
		t.Fatal(err)
	}
}

type named struct {
	ID   string
	Name string
	Kind string
}

// TestServeCuratedGraph is the README's promise: on a fresh machine, serve
// with no store set up answers with the curated graph: labs, a university by
// its short name, the labs it co-builds, and a path between two
// universities, all with evidence.
func TestServeCuratedGraph(t *testing.T) {
	dir := t.TempDir()
	srv := startServe(t, "file:"+filepath.Join(dir, "data"))

	var labs struct {
		Labs struct {
			TotalCount int
			Nodes      []named
		}
	}
	srv.query(t, `{ labs(first: 100) { totalCount nodes { name kind } } }`, nil, &labs)
	if labs.Labs.TotalCount < 10 || !hasName(labs.Labs.Nodes, "电磁空间与泛在互联实验室") {
		t.Errorf("labs = %+v", labs.Labs)
	}

	var unis struct {
		UESTC struct {
			named
			CoBuilt []named
		}
		SCU struct {
			named
			CoBuilt []named
		}
	}
	srv.query(t, `{
	  UESTC: entity(name: "电子科大") { id name kind ... on University { coBuilt { id name kind } } }
	  SCU: entity(name: "川大") { id name kind ... on University { coBuilt { id name kind } } }
	}`, nil, &unis)
	if unis.UESTC.Name != "电子科技大学" || unis.SCU.Name != "四川大学" {
		t.Fatalf("universities by alias = %+v", unis)
	}
	if !hasName(unis.UESTC.CoBuilt, "电磁空间与泛在互联实验室") || !hasName(unis.SCU.CoBuilt, "生命健康实验室") {
		t.Errorf("co-built labs = %+v / %+v", unis.UESTC.CoBuilt, unis.SCU.CoBuilt)
	}

	var path struct {
		Path *struct {
			Length int
			Nodes  []named
			Edges  []struct {
				Type     string
				Evidence []struct {
					Text     string
					Document struct{ Title string }
				}
			}
		}
	}
	srv.query(t, `query ($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 6) {
	  length nodes { name } edges { type evidence { text document { title } } } } }`,
		map[string]any{"a": unis.UESTC.ID, "b": unis.SCU.ID}, &path)
	if path.Path == nil || path.Path.Length < 2 || path.Path.Nodes[0].Name != "电子科技大学" || path.Path.Nodes[len(path.Path.Nodes)-1].Name != "四川大学" {
		t.Fatalf("path = %+v", path.Path)
	}
	for _, e := range path.Path.Edges {
		if len(e.Evidence) == 0 || e.Evidence[0].Text == "" || e.Evidence[0].Document.Title == "" {
			t.Errorf("path edge %s without evidence", e.Type)
		}
	}
	if !strings.Contains(srv.logs.String(), "seeded empty store") {
		t.Errorf("no seeding logged:\n%s", srv.logs)
	}

	// SIGTERM shuts down cleanly, and the graph is there at the next start
	// without being seeded again.
	var before, after struct {
		Stats struct{ Entities, Relations, Documents int }
	}
	srv.query(t, `{ stats { entities relations documents } }`, nil, &before)
	srv.cmd.Process.Signal(syscall.SIGTERM)
	if err := srv.cmd.Wait(); err != nil {
		t.Errorf("exit after SIGTERM: %v\n%s", err, srv.logs)
	}
	again := startServe(t, "file:"+filepath.Join(dir, "data"))
	again.query(t, `{ stats { entities relations documents } }`, nil, &after)
	if after != before || before.Stats.Entities < 300 || before.Stats.Documents != 3 {
		t.Errorf("before restart %+v, after %+v", before.Stats, after.Stats)
	}
	if strings.Contains(again.logs.String(), "seeded empty store") {
		t.Error("seeded a store that was not empty")
	}
}

func hasName(ns []named, name string) bool {
	for _, n := range ns {
		if n.Name == name {
			return true
		}
	}
	return false
}

func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	out, err := exec.Command(binary, args...).CombinedOutput()
	return string(out), err
}

// TestImportIsAtomicAndIdempotent imports a list twice (the second changes
// nothing) and a list with a bad line (nothing of it is written).
func TestImportIsAtomicAndIdempotent(t *testing.T) {
	dir := t.TempDir()
	uri := "file:" + filepath.Join(dir, "data")
	good := filepath.Join(dir, "good.jsonl")
	os.WriteFile(good, []byte(`{"type":"entity","kind":"ENTERPRISE","name":"甲公司"}
{"type":"entity","kind":"ENTERPRISE","name":"乙公司","aliases":["乙"]}
{"type":"relation","rel":"SUPPLIES","from":"甲公司","to":"乙","props":{"product":"电池"}}
`), 0o644)
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"type":"entity","kind":"ENTERPRISE","name":"丙公司"}
{"type":"relation","rel":"SUPPLIES","from":"丙公司","to":"不存在的公司"}
`), 0o644)

	out, err := run(t, "import", "--store", uri, "--json", good)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	var rep struct {
		Documents []struct {
			File             string
			EntitiesCreated  int
			RelationsCreated int
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || len(rep.Documents) != 1 ||
		rep.Documents[0].EntitiesCreated != 2 || rep.Documents[0].RelationsCreated != 1 {
		t.Errorf("first import report: %v %s", err, out)
	}
	out, _ = run(t, "import", "--store", uri, "--json", good)
	json.Unmarshal([]byte(out), &rep)
	if rep.Documents[0].EntitiesCreated != 0 || rep.Documents[0].RelationsCreated != 0 {
		t.Errorf("second import changed something: %s", out)
	}

	out, err = run(t, "import", "--store", uri, bad)
	if err == nil || !strings.Contains(out, "line 2") || !strings.Contains(out, "不存在的公司") {
		t.Errorf("bad import: err %v, output %s", err, out)
	}
	out, _ = run(t, "stats", "--store", uri)
	var st struct{ Entities, Relations int }
	json.Unmarshal([]byte(out), &st)
	if st.Entities != 2 || st.Relations != 1 {
		t.Errorf("after a failed import: %s", out)
	}
}

// TestSeedReplace wipes and reloads: the analyst's own entity is gone, the
// curated graph is whole.
func TestSeedReplace(t *testing.T) {
	dir := t.TempDir()
	uri := "file:" + filepath.Join(dir, "data")
	list := filepath.Join(dir, "mine.jsonl")
	os.WriteFile(list, []byte(`{"type":"entity","kind":"OTHER","name":"我的条目"}`+"\n"), 0o644)
	if out, err := run(t, "seed", "--store", uri); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	run(t, "import", "--store", uri, list)
	out, _ := run(t, "stats", "--store", uri)
	var before, after struct{ Entities int }
	json.Unmarshal([]byte(out), &before)
	if out, err := run(t, "seed", "--store", uri, "--replace"); err != nil {
		t.Fatalf("seed --replace: %v\n%s", err, out)
	}
	out, _ = run(t, "stats", "--store", uri)
	json.Unmarshal([]byte(out), &after)
	if after.Entities != before.Entities-1 {
		t.Errorf("entities before replace %d, after %d", before.Entities, after.Entities)
	}
}

func TestUnknownStoreIsAClearError(t *testing.T) {
	out, err := run(t, "stats", "--store", "postgres://x")
	if err == nil || !strings.Contains(out, "unknown scheme") {
		t.Errorf("err %v, output %s", err, out)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	if sc.Scan(); !strings.HasPrefix(sc.Text(), "innograph stats:") {
		t.Errorf("error line = %q", sc.Text())
	}
}

// TestNeo4jServesTheSameAnswers seeds Neo4j with the curated graph
// (seed --replace) and checks that serve on it answers a set of queries
// byte for byte as serve on the embedded store does.
func TestNeo4jServesTheSameAnswers(t *testing.T) {
	uri := neo4jtest.URI(t)
	if out, err := run(t, "seed", "--store", uri, "--replace"); err != nil {
		t.Fatalf("seed --replace: %v\n%s", err, out)
	}
	neo := startServe(t, uri)
	emb := startServe(t, "file:"+filepath.Join(t.TempDir(), "data"))
	queries := []string{
		`{ stats { entities relations documents } }`,
		`{ labs(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { id name kind aliases props sources { id } } } }`,
		`{ entity(name: "电子科大") { id name ... on University { coBuilt { name } supportedChains { name } } neighbors(first: 50) { totalCount edges { cursor direction relation { id type props evidence { text start end document { id } } } node { name } } } } }`,
		`{ search(text: "成都", first: 30) { totalCount nodes { name kind } } }`,
		`{ entities(sort: DEGREE, first: 25, after: "bzo0") { nodes { name } } }`,
		`{ industryChains(first: 100) { nodes { name ... on IndustryChain { supporters { name } members { name } } } } }`,
		`{ path(from: "` + entityID(t, emb, "电子科大") + `", to: "` + entityID(t, emb, "川大") + `", maxHops: 6) { nodes { name } edges { id type } } }`,
		`{ documents { nodes { id title published mentions { entity { id } text start end } } } }`,
	}
	for _, q := range queries {
		a, b := rawQuery(t, emb, q), rawQuery(t, neo, q)
		if a != b {
			t.Errorf("answers differ for %s\nembedded: %.500s\nneo4j:    %.500s", q, a, b)
		}
	}
}

func entityID(t *testing.T, s *server, name string) string {
	var out struct{ Entity struct{ ID string } }
	s.query(t, `query ($n: String!) { entity(name: $n) { id } }`, map[string]any{"n": name}, &out)
	return out.Entity.ID
}

func rawQuery(t *testing.T, s *server, q string) string {
	var out json.RawMessage
	s.query(t, q, nil, &out)
	return string(out)
}
