package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"innograph/internal/backendtest"
	"innograph/internal/neo4jtest"
	"innograph/server"
	"innograph/store"
	"innograph/store/memory"
	"innograph/store/metered"
	"innograph/store/storetest"
)

var update = flag.Bool("update", false, "rewrite the golden responses")

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// newServer starts a real HTTP server over s on loopback.
func newServer(t testing.TB, s store.Store) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(server.New(server.Config{Store: s, Logger: quietLog()}))
	t.Cleanup(ts.Close)
	return ts
}

func smallServer(t *testing.T) (*httptest.Server, *metered.Store) {
	mem := memory.New()
	storetest.LoadSmall(t, mem)
	m := metered.New(mem)
	return newServer(t, m), m
}

func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func post(t *testing.T, ts *httptest.Server, query string, vars map[string]any) (gqlResponse, *http.Response) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest("POST", ts.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out gqlResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, raw)
	}
	return out, resp
}

// resolveVars turns {"entity": NAME} and {"relation": [TYPE, FROM, TO]} in
// a test's variables into ids, so no test file spells an id by hand.
func resolveVars(t *testing.T, path string) map[string]any {
	raw, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	var in map[string]map[string]any
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	out := map[string]any{}
	for k, v := range in {
		if name, ok := v["entity"].(string); ok {
			out[k] = store.EntityID(name)
		} else if r, ok := v["relation"].([]any); ok {
			out[k] = store.RelationID(store.RelType(r[0].(string)), store.EntityID(r[1].(string)), store.EntityID(r[2].(string)))
		}
	}
	return out
}

// TestGoldenResponses runs every query under testdata/queries over real
// HTTP against the hand-made graph and compares the whole response with its
// golden file (go test ./server -update rewrites them). Every backend must
// give the very same responses.
func TestGoldenResponses(t *testing.T) {
	for backend, open := range backendtest.Backends() {
		t.Run(backend, func(t *testing.T) {
			s := open(t)
			storetest.LoadSmall(t, s)
			testGolden(t, newServer(t, s), "queries")
		})
	}
}

// TestLookupGoldenResponses does the same for the supply-chain and talent
// lookups, on the conformance suite's hand-made chain.
func TestLookupGoldenResponses(t *testing.T) {
	for backend, open := range backendtest.Backends() {
		t.Run(backend, func(t *testing.T) {
			s := open(t)
			storetest.LoadChain(t, s)
			testGolden(t, newServer(t, s), "lookups")
		})
	}
}

func testGolden(t *testing.T, ts *httptest.Server, dir string) {
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.graphql"))
	if len(files) == 0 {
		t.Fatal("no queries")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".graphql")
		t.Run(name, func(t *testing.T) {
			q, _ := os.ReadFile(f)
			resp, httpResp := post(t, ts, string(q), resolveVars(t, strings.TrimSuffix(f, ".graphql")+".vars.json"))
			if httpResp.StatusCode != 200 {
				t.Errorf("status %d", httpResp.StatusCode)
			}
			if len(resp.Errors) > 0 {
				t.Fatalf("errors: %+v", resp.Errors)
			}
			var pretty bytes.Buffer
			json.Indent(&pretty, resp.Data, "", "  ")
			pretty.WriteString("\n")
			golden := filepath.Join("testdata", "golden", name+".json")
			if dir != "queries" {
				golden = filepath.Join("testdata", "golden", dir, name+".json")
			}
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				os.WriteFile(golden, pretty.Bytes(), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden file (run with -update): %v", err)
			}
			if !bytes.Equal(pretty.Bytes(), want) {
				t.Errorf("response differs from %s:\n%s", golden, pretty.String())
			}
		})
	}
}

func TestContentNegotiationAndGet(t *testing.T) {
	ts, _ := smallServer(t)
	_, resp := post(t, ts, `{ stats { entities } }`, nil)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/graphql-response+json") {
		t.Errorf("POST content type = %q", ct)
	}
	if resp.Header.Get("X-Request-Id") == "" {
		t.Error("no request id")
	}
	get, err := http.Get(ts.URL + "/graphql?query=" + url.QueryEscape(`{ entity(name: "川大") { name } }`))
	if err != nil {
		t.Fatal(err)
	}
	defer get.Body.Close()
	var out struct {
		Data struct{ Entity struct{ Name string } }
	}
	json.NewDecoder(get.Body).Decode(&out)
	if get.StatusCode != 200 || out.Data.Entity.Name != "四川大学" {
		t.Errorf("GET: status %d, data %+v", get.StatusCode, out)
	}
	mut, _ := http.Get(ts.URL + "/graphql?query=" + url.QueryEscape(`mutation { x }`))
	if mut.StatusCode == 200 {
		t.Errorf("mutation over GET answered 200")
	}
	mut.Body.Close()
}

func TestProbesAndGraphiQL(t *testing.T) {
	ts, _ := smallServer(t)
	for path, want := range map[string]string{"/healthz": "ok", "/readyz": "ready: 14 entities", "/": "graphiql"} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(strings.ToLower(string(body)), strings.ToLower(want)) {
			t.Errorf("%s: status %d body %.80q", path, resp.StatusCode, body)
		}
	}
}

// failing is a store whose reads fail, as when the database is down.
type failing struct{ store.Store }

var errDown = errors.New("dial tcp 10.0.0.7:7687: connection refused")

func (failing) Stats(context.Context) (store.Stats, error) { return store.Stats{}, errDown }
func (failing) FindEntities(context.Context, store.EntityQuery) (store.EntityPage, error) {
	return store.EntityPage{}, errDown
}

func TestReadyzFailsWhenStoreIsDown(t *testing.T) {
	ts := newServer(t, failing{memory.New()})
	resp, err := http.Get(ts.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("readyz = %d", resp.StatusCode)
	}
}

func TestErrorCodes(t *testing.T) {
	ts, _ := smallServer(t)
	cases := []struct {
		name, query, code string
	}{
		{"bad cursor", `{ search(after: "zzz") { totalCount } }`, server.CodeBadUserInput},
		{"first too large", `{ search(first: 100000) { totalCount } }`, server.CodeBadUserInput},
		{"negative first", `{ labs(first: -1) { totalCount } }`, server.CodeBadUserInput},
		{"hops out of range", `{ path(from: "a", to: "b", maxHops: 99) { length } }`, server.CodeBadUserInput},
		{"unknown field", `{ nonsense }`, "GRAPHQL_VALIDATION_FAILED"},
		{"syntax", `{ search(`, "GRAPHQL_PARSE_FAILED"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, _ := post(t, ts, c.query, nil)
			if len(resp.Errors) == 0 {
				t.Fatalf("no error")
			}
			if got := resp.Errors[0].Extensions["code"]; got != c.code {
				t.Errorf("code = %v, want %s (message %q)", got, c.code, resp.Errors[0].Message)
			}
		})
	}
}

func TestInternalErrorsAreMasked(t *testing.T) {
	ts := newServer(t, failing{memory.New()})
	resp, _ := post(t, ts, `{ search(text: "x") { totalCount } }`, nil)
	if len(resp.Errors) != 1 {
		t.Fatalf("errors = %+v", resp.Errors)
	}
	e := resp.Errors[0]
	if e.Extensions["code"] != server.CodeInternal || strings.Contains(e.Message, "10.0.0.7") || !strings.Contains(e.Message, "request") {
		t.Errorf("internal error leaked or uncoded: %+v", e)
	}
}

// TestNestedQueryStoreCallsAreBounded checks the dataloader bound: a query
// of five levels costs five store calls, one per level, on a graph thirteen
// times larger too. The loaders' wait is made long here so that the
// count does not depend on how fast this machine starts goroutines; with
// the default wait a level's late keys make a second batch (measured by the
// benchmarks), never a call per item.
func TestNestedQueryStoreCallsAreBounded(t *testing.T) {
	const query = `{
	  labs(first: 1000) {
	    nodes {
	      name
	      sources { title }
	      ... on Lab { coBuilders { name ... on University { alumni(first: 50) { nodes { name ... on Talent { employers { name } } } } } } }
	    }
	  }
	}`
	for backend, open := range backendtest.Backends() {
		t.Run(backend, func(t *testing.T) { testBounded(t, open, query) })
	}
}

func testBounded(t *testing.T, open backendtest.Opener, query string) {
	calls := map[int]int64{}
	for _, n := range []int{3, 40} {
		ts, m := fanServer(t, open, n)
		resp, _ := post(t, ts, query, nil)
		if len(resp.Errors) > 0 {
			t.Fatalf("errors: %+v", resp.Errors)
		}
		var out struct {
			Labs struct {
				Nodes []struct {
					CoBuilders []struct {
						Alumni struct {
							Nodes []struct{ Employers []struct{ Name string } }
						}
					}
				}
			}
		}
		json.Unmarshal(resp.Data, &out)
		if len(out.Labs.Nodes) != n || len(out.Labs.Nodes[n-1].CoBuilders) != 2 ||
			len(out.Labs.Nodes[n-1].CoBuilders[0].Alumni.Nodes) != 3 || len(out.Labs.Nodes[n-1].CoBuilders[0].Alumni.Nodes[0].Employers) != 1 {
			t.Fatalf("n=%d: unexpected shape %s", n, resp.Data)
		}
		calls[n] = m.Calls()
	}
	// labs; sources (documents); coBuilders; alumni; employers.
	for n, c := range calls {
		if c != 5 {
			t.Errorf("store calls for %d labs: %d, want 5", n, c)
		}
	}
}

// TestShortcutSubtreeIsOneStoreCall checks that shortcut fields nested in
// shortcut fields are read in one store call below the list, however many
// entities each level holds, and that light levels (names only) and full
// ones (evidence) answer alike.
func TestShortcutSubtreeIsOneStoreCall(t *testing.T) {
	const query = `{ labs(first: 1000) { nodes { name ... on Lab { coBuilders { name ... on University {
	  coBuilt { name ... on Lab { coBuilders { name evidence { text } } } } } } } } } }`
	for backend, open := range backendtest.Backends() {
		t.Run(backend, func(t *testing.T) {
			for _, n := range []int{3, 40} {
				ts, m := fanServer(t, open, n)
				resp, _ := post(t, ts, query, nil)
				if len(resp.Errors) > 0 {
					t.Fatalf("errors: %+v", resp.Errors)
				}
				type named struct {
					Name     string
					Evidence []struct{ Text string }
				}
				var out struct {
					Labs struct {
						Nodes []struct {
							Name       string
							CoBuilders []struct {
								Name    string
								CoBuilt []struct {
									Name       string
									CoBuilders []named
								}
							}
						}
					}
				}
				json.Unmarshal(resp.Data, &out)
				if len(out.Labs.Nodes) != n {
					t.Fatalf("n=%d: %d labs", n, len(out.Labs.Nodes))
				}
				for _, lab := range out.Labs.Nodes {
					i := strings.TrimPrefix(lab.Name, "实验室")
					want := []string{"大学" + i + "-0", "大学" + i + "-1"}
					if len(lab.CoBuilders) != 2 {
						t.Fatalf("%s: co-builders %+v", lab.Name, lab.CoBuilders)
					}
					for u, cb := range lab.CoBuilders {
						if cb.Name != want[u] || len(cb.CoBuilt) != 1 || cb.CoBuilt[0].Name != lab.Name ||
							len(cb.CoBuilt[0].CoBuilders) != 2 || cb.CoBuilt[0].CoBuilders[1].Name != want[1] ||
							len(cb.CoBuilt[0].CoBuilders[1].Evidence) != 1 || cb.CoBuilt[0].CoBuilders[1].Evidence[0].Text != "句。" {
							t.Fatalf("%s: co-builder %d = %+v", lab.Name, u, cb)
						}
					}
				}
				// labs; then the three shortcut levels at once.
				if c := m.Calls(); c != 2 {
					t.Errorf("store calls for %d labs: %d, want 2", n, c)
				}
			}
		})
	}
}

// fanServer serves fanGraph(n) on a fresh store of a backend, counting
// store calls. The queries ask for whole lists of a deliberately wide graph,
// far past the default cost limit (the limits have tests of their own); a
// long loader wait keeps a slow (-race) run from splitting a level's batch.
func fanServer(t *testing.T, open backendtest.Opener, n int) (*httptest.Server, *metered.Store) {
	t.Helper()
	s := open(t)
	if _, err := s.Apply(context.Background(), fanGraph(n)); err != nil {
		t.Fatal(err)
	}
	m := metered.New(s)
	ts := httptest.NewServer(server.New(server.Config{Store: m, Logger: quietLog(), LoaderWait: 250 * time.Millisecond, ComplexityLimit: -1}))
	t.Cleanup(ts.Close)
	return ts, m
}

// fanGraph has n labs, each co-built by two universities with three alumni
// each, every alumnus working at one enterprise.
func fanGraph(n int) store.Batch {
	var b store.Batch
	b.Documents = []store.Document{{ID: "d", Title: "fan"}}
	ev := []store.Evidence{{Doc: "d", Text: "句。", Start: 0, End: 2}}
	ent := func(k store.Kind, name string) string {
		b.Entities = append(b.Entities, store.EntityInput{Kind: k, Name: name, Evidence: ev})
		return store.EntityID(name)
	}
	rel := func(t store.RelType, from, to string) {
		b.Relations = append(b.Relations, store.RelationInput{Type: t, From: from, To: to, Evidence: ev})
	}
	for i := 0; i < n; i++ {
		lab := ent(store.KindLab, fmt.Sprintf("实验室%d", i))
		for u := 0; u < 2; u++ {
			uni := ent(store.KindUniversity, fmt.Sprintf("大学%d-%d", i, u))
			rel(store.RelCoBuiltBy, lab, uni)
			for a := 0; a < 3; a++ {
				p := ent(store.KindTalent, fmt.Sprintf("校友%d-%d-%d", i, u, a))
				rel(store.RelAlumnusOf, p, uni)
				rel(store.RelWorksAt, p, ent(store.KindEnterprise, fmt.Sprintf("公司%d-%d-%d", i, u, a)))
			}
		}
	}
	return b
}
