package server_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"innograph/server"
	"innograph/store"
	"innograph/store/memory"
	"innograph/store/metered"
	"innograph/store/storetest"
)

// reply is a raw HTTP answer of /graphql.
type reply struct {
	status  int
	header  http.Header
	body    []byte
	gql     gqlResponse
	hasData bool
}

// call sends one request to /graphql (or path, when it starts with "/").
func call(t testing.TB, ts *httptest.Server, method, path string, header map[string]string, body string) reply {
	t.Helper()
	if !strings.HasPrefix(path, "/") {
		path = "/graphql" + path
	}
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, ts.URL+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	r := reply{status: resp.StatusCode, header: resp.Header, body: raw}
	if len(raw) > 0 && strings.Contains(resp.Header.Get("Content-Type"), "json") {
		if err := json.Unmarshal(raw, &r.gql); err != nil {
			t.Fatalf("response is not JSON: %v\n%s", err, raw)
		}
		var probe map[string]json.RawMessage
		json.Unmarshal(raw, &probe)
		_, r.hasData = probe["data"]
	}
	return r
}

func jsonBody(query string, vars map[string]any) string {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return string(b)
}

var postJSON = map[string]string{"Content-Type": "application/json"}

func (r reply) code(t testing.TB) string {
	t.Helper()
	if len(r.gql.Errors) == 0 {
		t.Fatalf("status %d, no errors: %s", r.status, r.body)
	}
	c, _ := r.gql.Errors[0].Extensions["code"].(string)
	return c
}

func startWith(t testing.TB, cfg server.Config) *httptest.Server {
	t.Helper()
	if cfg.Store == nil {
		mem := memory.New()
		storetest.LoadSmall(t, mem)
		cfg.Store = mem
	}
	if cfg.Logger == nil {
		cfg.Logger = quietLog()
	}
	ts := httptest.NewServer(server.New(cfg))
	t.Cleanup(ts.Close)
	return ts
}

func TestBodyLimit(t *testing.T) {
	ts := startWith(t, server.Config{MaxBodyBytes: 1000})
	small := jsonBody(`{ stats { entities } }`, nil)
	big := jsonBody(`{ stats { entities } }`+strings.Repeat(" ", 2000), nil)
	if r := call(t, ts, "POST", "", postJSON, small); r.status != 200 {
		t.Fatalf("small body: %d %s", r.status, r.body)
	}
	r := call(t, ts, "POST", "", postJSON, big)
	if r.status != http.StatusRequestEntityTooLarge || r.code(t) != server.CodeBadRequest {
		t.Errorf("declared oversized body: %d %s", r.status, r.body)
	}
	// Without Content-Length (chunked), the limit is found while reading.
	req, _ := http.NewRequest("POST", ts.URL+"/graphql", io.MultiReader(strings.NewReader(big)))
	req.Header.Set("Content-Type", "application/json")
	req.ContentLength = -1
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked oversized body: %d", resp.StatusCode)
	}
}

func TestTokenLimit(t *testing.T) {
	ts := startWith(t, server.Config{MaxTokens: 50})
	if r := call(t, ts, "POST", "", postJSON, jsonBody(`{ search(first: 1) { totalCount } }`, nil)); r.status != 200 || len(r.gql.Errors) > 0 {
		t.Fatalf("short query: %d %s", r.status, r.body)
	}
	long := "{" + strings.Repeat(" a: __typename", 30) + " }"
	r := call(t, ts, "POST", "", postJSON, jsonBody(long, nil))
	if r.code(t) != server.CodeParseFailed || !strings.Contains(r.gql.Errors[0].Message, "token limit") {
		t.Errorf("long query: %s", r.body)
	}
}

// nested builds a query depth fields deep: entity > neighbors > nodes > ...
func nested(depth int) string {
	inner, pairs := "name", (depth-2)/2
	if depth%2 == 1 {
		inner, pairs = "neighbors(first: 1) { totalCount }", (depth-3)/2
	}
	for range pairs {
		inner = "neighbors(first: 1) { nodes { " + inner + " } }"
	}
	return `{ entity(name: "川大") { ` + inner + ` } }`
}

func TestDepthLimit(t *testing.T) {
	m := metered.New(smallStore(t))
	ts := startWith(t, server.Config{Store: m})
	for depth := 2; depth <= server.DefaultMaxDepth; depth++ {
		if r := call(t, ts, "POST", "", postJSON, jsonBody(nested(depth), nil)); len(r.gql.Errors) > 0 {
			t.Fatalf("depth %d refused: %s", depth, r.body)
		}
	}
	m.Reset()
	r := call(t, ts, "POST", "", postJSON, jsonBody(nested(server.DefaultMaxDepth+1), nil))
	if r.code(t) != server.CodeTooDeep || r.hasData || m.Calls() != 0 {
		t.Errorf("depth %d: %s (store calls %d)", server.DefaultMaxDepth+1, r.body, m.Calls())
	}
	// Fragments do not hide depth.
	frag := `{ entity(name: "川大") { ...A } } fragment A on Entity { neighbors { nodes { ...B } } }
	fragment B on Entity { neighbors { nodes { ...C } } } fragment C on Entity { neighbors { nodes { name } } }`
	ts3 := startWith(t, server.Config{MaxDepth: 6})
	if r := call(t, ts3, "POST", "", postJSON, jsonBody(frag, nil)); r.code(t) != server.CodeTooDeep {
		t.Errorf("fragments: %s", r.body)
	}
}

func smallStore(t testing.TB) store.Store {
	mem := memory.New()
	storetest.LoadSmall(t, mem)
	return mem
}

func TestComplexityLimit(t *testing.T) {
	m := metered.New(smallStore(t))
	ts := startWith(t, server.Config{Store: m})
	refused := []string{
		// 1000 labs × 100 neighbours each.
		`{ labs(first: 1000) { nodes { neighbors(first: 100) { nodes { name } } } } }`,
		// Shortcuts nested: 10^6 estimated.
		`{ labs(first: 100) { nodes { ... on Lab { regions { ... on Region { located { ... on Lab { regions { name } } } } } } } } }`,
	}
	for i, q := range refused {
		m.Reset()
		r := call(t, ts, "POST", "", postJSON, jsonBody(q, nil))
		if r.code(t) != server.CodeTooComplex || r.hasData || m.Calls() != 0 {
			t.Errorf("query %d: %.200s (store calls %d)", i, r.body, m.Calls())
		}
	}
	// The same first through a variable.
	r := call(t, ts, "POST", "", postJSON, jsonBody(`query ($n: Int) { labs(first: $n) { nodes { neighbors(first: $n) { nodes { name } } } } }`, map[string]any{"n": 500}))
	if r.code(t) != server.CodeTooComplex {
		t.Errorf("variables: %s", r.body)
	}
	// A lower limit, set by configuration.
	low := startWith(t, server.Config{ComplexityLimit: 100})
	if r := call(t, low, "POST", "", postJSON, jsonBody(`{ search(first: 50) { nodes { name } } }`, nil)); r.code(t) != server.CodeTooComplex {
		t.Errorf("limit 100: %s", r.body)
	}
	// Each root field is a store query of its own (26 each here).
	if r := call(t, low, "POST", "", postJSON, jsonBody("{ a: stats { entities } b: stats { entities } c: stats { entities } }", nil)); len(r.gql.Errors) > 0 {
		t.Errorf("three root fields: %s", r.body)
	}
	if r := call(t, low, "POST", "", postJSON, jsonBody("{ a: stats { entities } b: stats { entities } c: stats { entities } d: stats { entities } }", nil)); r.code(t) != server.CodeTooComplex {
		t.Errorf("four root fields: %s", r.body)
	}
}

// readmeQueries are the README's examples and the benchmark's queries: the
// default limits must let all of them through.
var readmeQueries = []string{
	`{ labs(first: 10, sort: NAME) { totalCount pageInfo { hasNextPage endCursor }
	   nodes { id name aliases ... on Lab { coBuilders { name kind } regions { name } supportedChains { name } } } } }`,
	`{ search(text: "实验室", kinds: [LAB], first: 5) { totalCount nodes { name kind } } }`,
	`{ entity(name: "电子科大") { name ... on University { coBuilt { name } alumni(first: 20) { totalCount nodes { name } } }
	   neighbors(type: CO_BUILT_BY, direction: IN) { edges { node { name } relation { evidence { text document { title published } } } } } } }`,
	`query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { name kind }
	   edges { type from { name } to { name } evidence { text document { title } } } } }`,
	`{ documents { nodes { title mentions { entity { name } text } } } }`,
	`{ labs(first: 50) { nodes { name sources { title }
	   ... on Lab { coBuilders { name neighbors(first: 10) { nodes { name } } } regions { name } supportedChains { name } } } } }`,
	`{ entities(first: 1000) { nodes { id name kind aliases } } }`,
}

func TestDefaultLimitsPassTheReadmeQueries(t *testing.T) {
	ts := startWith(t, server.Config{})
	vars := map[string]any{"from": store.EntityID("电子科技大学"), "to": store.EntityID("四川大学")}
	for i, q := range readmeQueries {
		if r := call(t, ts, "POST", "", postJSON, jsonBody(q, vars)); r.status != 200 || len(r.gql.Errors) > 0 {
			t.Errorf("query %d: %d %s", i, r.status, r.body)
		}
	}
}

// TestFragmentBombRefused sends the 26-level fragment bomb: refused as too
// complex before any resolver runs (BenchmarkFragmentBomb times the check).
func TestFragmentBombRefused(t *testing.T) {
	m := metered.New(smallStore(t))
	ts := startWith(t, server.Config{Store: m})
	var b strings.Builder
	b.WriteString("{ search { ...F0 } }\n")
	for i := 0; i < 25; i++ {
		fmt.Fprintf(&b, "fragment F%d on EntityConnection { totalCount ...F%d ...F%d }\n", i, i+1, i+1)
	}
	b.WriteString("fragment F25 on EntityConnection { nodes { name } }\n")
	r := call(t, ts, "POST", "", map[string]string{"Content-Type": "application/json", "Accept": "application/graphql-response+json"}, jsonBody(b.String(), nil))
	if r.status != 400 || r.code(t) != server.CodeTooComplex || r.hasData || m.Calls() != 0 {
		t.Errorf("bomb: %d %s (store calls %d)", r.status, r.body, m.Calls())
	}
}

func TestMaxFirst(t *testing.T) {
	ts := startWith(t, server.Config{MaxFirst: 50})
	if r := call(t, ts, "POST", "", postJSON, jsonBody(`{ search(first: 50) { totalCount } }`, nil)); len(r.gql.Errors) > 0 {
		t.Fatalf("first 50: %s", r.body)
	}
	r := call(t, ts, "POST", "", postJSON, jsonBody(`{ search(first: 51) { totalCount } }`, nil))
	if r.code(t) != server.CodeBadUserInput || !strings.Contains(r.gql.Errors[0].Message, "50") {
		t.Errorf("first 51: %s", r.body)
	}
}

// blocking is a store whose searches wait for the request's context and
// report what ended them.
type blocking struct {
	store.Store
	ended chan error
}

func (b blocking) FindEntities(ctx context.Context, q store.EntityQuery) (store.EntityPage, error) {
	<-ctx.Done()
	b.ended <- ctx.Err()
	return store.EntityPage{}, ctx.Err()
}

func TestTimeoutCancelsStoreWork(t *testing.T) {
	st := blocking{Store: memory.New(), ended: make(chan error, 1)}
	ts := startWith(t, server.Config{Store: st, Timeout: 200 * time.Millisecond})
	r := call(t, ts, "POST", "", postJSON, jsonBody(`{ search(text: "x") { totalCount } }`, nil))
	if r.code(t) != server.CodeTimeout {
		t.Errorf("timeout: %s", r.body)
	}
	select {
	case err := <-st.ended:
		if err != context.DeadlineExceeded {
			t.Errorf("store call ended by %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the store call was never cancelled")
	}
}

// logBuffer collects the server's log lines.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// panicking is a store whose searches panic with internal detail.
type panicking struct{ store.Store }

func (panicking) FindEntities(context.Context, store.EntityQuery) (store.EntityPage, error) {
	panic("index corrupt at 10.0.0.7:/var/lib/graph")
}

func TestErrorMasking(t *testing.T) {
	const secret = "s3cr3t-admin-token-0123456789"
	logs := &logBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, nil))
	cases := []struct {
		name  string
		store store.Store
	}{
		{"store error", failing{memory.New()}},
		{"panic", panicking{memory.New()}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ts := startWith(t, server.Config{Store: c.store, Logger: log, AdminToken: secret})
			hdr := map[string]string{"Content-Type": "application/json", "Authorization": "Bearer " + secret, "X-Request-Id": "req-" + strings.ReplaceAll(c.name, " ", "-")}
			r := call(t, ts, "POST", "", hdr, jsonBody(`{ search(text: "x") { totalCount } }`, nil))
			e := r.gql.Errors
			if r.status != 200 || len(e) != 1 || e[0].Extensions["code"] != server.CodeInternal || len(e[0].Extensions) != 1 {
				t.Fatalf("%d %s", r.status, r.body)
			}
			if strings.Contains(string(r.body), "10.0.0.7") || !strings.Contains(e[0].Message, hdr["X-Request-Id"]) {
				t.Errorf("internal detail leaked or no request id: %s", r.body)
			}
			// The server still answers after a panic.
			if r := call(t, ts, "POST", "", postJSON, jsonBody(`{ __typename }`, nil)); r.status != 200 || len(r.gql.Errors) > 0 {
				t.Errorf("after: %d %s", r.status, r.body)
			}
			// The log has the detail under the request id.
			found := false
			for _, line := range strings.Split(logs.String(), "\n") {
				if strings.Contains(line, hdr["X-Request-Id"]) && strings.Contains(line, "10.0.0.7") {
					found = true
				}
			}
			if !found {
				t.Errorf("no log line with the request id and the detail:\n%s", logs)
			}
		})
	}
	if strings.Contains(logs.String(), secret) || strings.Contains(logs.String(), "Bearer") {
		t.Errorf("the log holds the token:\n%s", logs)
	}
}

func TestRequestIDIsSanitised(t *testing.T) {
	ts := startWith(t, server.Config{})
	r := call(t, ts, "POST", "", map[string]string{"Content-Type": "application/json", "X-Request-Id": "a\"b c"}, jsonBody(`{ __typename }`, nil))
	if id := r.header.Get("X-Request-Id"); id == "" || strings.ContainsAny(id, "\" ") {
		t.Errorf("request id %q", id)
	}
}

func TestReadToken(t *testing.T) {
	const admin, read = "admin-token-0123456789abcdef", "read-token-0123456789abcdef"
	ts := startWith(t, server.Config{AdminToken: admin, ReadToken: read})
	cases := []struct {
		name, auth string
		status     int
		code       string
	}{
		{"no token", "", 401, server.CodeUnauthenticated},
		{"wrong token", "Bearer nope", 401, server.CodeUnauthenticated},
		{"not bearer", "Basic " + read, 401, server.CodeUnauthenticated},
		{"read token", "Bearer " + read, 200, ""},
		{"admin token", "Bearer " + admin, 200, ""},
		{"scheme case", "bearer " + read, 200, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, method := range []string{"GET", "POST"} {
				hdr := map[string]string{"Content-Type": "application/json", "Authorization": c.auth}
				path, body := "?query="+url.QueryEscape(`{ stats { entities } }`), ""
				if method == "POST" {
					path, body = "", jsonBody(`{ stats { entities } }`, nil)
				}
				r := call(t, ts, method, path, hdr, body)
				if r.status != c.status || (c.code != "" && r.code(t) != c.code) {
					t.Errorf("%s: %d %s", method, r.status, r.body)
				}
				if c.status == 401 && !strings.HasPrefix(r.header.Get("WWW-Authenticate"), "Bearer") {
					t.Errorf("%s: no WWW-Authenticate", method)
				}
			}
		})
	}
	// Probes stay open for orchestrators.
	if r := call(t, ts, "GET", "/readyz", nil, ""); r.status != 200 {
		t.Errorf("readyz: %d", r.status)
	}
}

func TestIntrospectionSwitch(t *testing.T) {
	q := jsonBody(`{ __schema { queryType { name } } }`, nil)
	on := startWith(t, server.Config{})
	if r := call(t, on, "POST", "", postJSON, q); len(r.gql.Errors) > 0 {
		t.Fatalf("introspection on: %s", r.body)
	}
	off := startWith(t, server.Config{DisableIntrospection: true})
	for _, body := range []string{q, jsonBody(`{ __type(name: "Lab") { name } }`, nil),
		jsonBody(`{ ...F } fragment F on Query { __schema { types { name } } }`, nil)} {
		if r := call(t, off, "POST", "", postJSON, body); r.code(t) != server.CodeValidationFailed || r.hasData {
			t.Errorf("introspection off: %s", r.body)
		}
	}
	if r := call(t, off, "POST", "", postJSON, jsonBody(`{ __typename stats { __typename } }`, nil)); len(r.gql.Errors) > 0 {
		t.Errorf("__typename with introspection off: %s", r.body)
	}
	if r := call(t, off, "GET", "/", nil, ""); r.status != 404 {
		t.Errorf("GraphiQL with introspection off: %d", r.status)
	}
}

func TestCORS(t *testing.T) {
	none := startWith(t, server.Config{})
	r := call(t, none, "POST", "", map[string]string{"Content-Type": "application/json", "Origin": "https://app.example"}, jsonBody(`{ __typename }`, nil))
	if r.header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS headers without configuration")
	}
	ts := startWith(t, server.Config{CORSOrigins: []string{"https://app.example"}})
	pre := call(t, ts, "OPTIONS", "", map[string]string{"Origin": "https://app.example", "Access-Control-Request-Method": "POST",
		"Access-Control-Request-Headers": "authorization, content-type"}, "")
	if pre.status != 204 || pre.header.Get("Access-Control-Allow-Origin") != "https://app.example" ||
		!strings.Contains(pre.header.Get("Access-Control-Allow-Headers"), "Authorization") ||
		!strings.Contains(pre.header.Get("Access-Control-Allow-Methods"), "POST") {
		t.Errorf("preflight: %d %v", pre.status, pre.header)
	}
	r = call(t, ts, "POST", "", map[string]string{"Content-Type": "application/json", "Origin": "https://app.example"}, jsonBody(`{ __typename }`, nil))
	if r.header.Get("Access-Control-Allow-Origin") != "https://app.example" || !strings.Contains(r.header.Get("Access-Control-Expose-Headers"), "X-Request-Id") {
		t.Errorf("simple request: %v", r.header)
	}
	other := call(t, ts, "OPTIONS", "", map[string]string{"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}, "")
	if other.header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight from another origin allowed: %v", other.header)
	}
	star := startWith(t, server.Config{CORSOrigins: server.ParseOrigins(" * ")})
	if r := call(t, star, "GET", "?query="+url.QueryEscape("{ __typename }"), map[string]string{"Origin": "http://localhost:3000"}, ""); r.header.Get("Access-Control-Allow-Origin") != "http://localhost:3000" {
		t.Errorf("any origin: %v", r.header)
	}
}

func TestPersistedQueries(t *testing.T) {
	m := metered.New(smallStore(t))
	ts := startWith(t, server.Config{Store: m})
	query := `{ entity(name: "川大") { name } }`
	sum := sha256.Sum256([]byte(query))
	hash := hex.EncodeToString(sum[:])
	ext := func(h string) map[string]any {
		return map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": h}}
	}
	body := func(q string, e map[string]any) string {
		b, _ := json.Marshal(map[string]any{"query": q, "extensions": e})
		return string(b)
	}
	// Hash alone, unknown: the client is told to send the query.
	r := call(t, ts, "POST", "", postJSON, body("", ext(hash)))
	if r.code(t) != server.CodePersistedQueryNotFound || r.gql.Errors[0].Message != "PersistedQueryNotFound" {
		t.Fatalf("unknown hash: %s", r.body)
	}
	// A wrong hash with a query is refused and not stored.
	if r := call(t, ts, "POST", "", postJSON, body(query, ext(strings.Repeat("0", 64)))); r.code(t) != server.CodeBadRequest || r.status != 400 {
		t.Errorf("wrong hash: %d %s", r.status, r.body)
	}
	if r := call(t, ts, "POST", "", postJSON, body("", ext("zz"))); r.code(t) != server.CodeBadRequest {
		t.Errorf("malformed hash: %s", r.body)
	}
	// A refused query is not remembered either.
	bad := `{ entity(name: "川大") { nonsense } }`
	badSum := sha256.Sum256([]byte(bad))
	call(t, ts, "POST", "", postJSON, body(bad, ext(hex.EncodeToString(badSum[:]))))
	if r := call(t, ts, "POST", "", postJSON, body("", ext(hex.EncodeToString(badSum[:])))); r.code(t) != server.CodePersistedQueryNotFound {
		t.Errorf("an invalid query was persisted: %s", r.body)
	}
	// Query with hash registers; then the hash alone runs it, by POST and GET.
	if r := call(t, ts, "POST", "", postJSON, body(query, ext(hash))); len(r.gql.Errors) > 0 {
		t.Fatalf("register: %s", r.body)
	}
	want := `{"entity":{"name":"四川大学"}}`
	if r := call(t, ts, "POST", "", postJSON, body("", ext(hash))); string(r.gql.Data) != want {
		t.Errorf("by hash: %s", r.body)
	}
	e, _ := json.Marshal(ext(strings.ToUpper(hash)))
	if r := call(t, ts, "GET", "?extensions="+url.QueryEscape(string(e)), nil, ""); string(r.gql.Data) != want {
		t.Errorf("by hash over GET: %s", r.body)
	}
	off := startWith(t, server.Config{APQCacheSize: -1})
	call(t, off, "POST", "", postJSON, body(query, ext(hash)))
	if r := call(t, off, "POST", "", postJSON, body("", ext(hash))); r.code(t) != server.CodePersistedQueryNotSupported {
		t.Errorf("APQ off, hash alone: %d %s", r.status, r.body)
	}
	if r := call(t, off, "POST", "", postJSON, body(query, ext(hash))); string(r.gql.Data) != want {
		t.Errorf("APQ off, query and hash: %d %s", r.status, r.body)
	}
}

// TestProtocol pins the GraphQL-over-HTTP answers the audit suite checks,
// and the ones it cannot (413, 415, 405).
func TestProtocol(t *testing.T) {
	ts := startWith(t, server.Config{})
	gqlResp := "application/graphql-response+json"
	cases := []struct {
		name, method, path, ctype, accept, body string
		status                                  int
		contentType, code                       string
		data                                    bool
	}{
		{"json ok", "POST", "", "application/json", "application/json", `{"query":"{ __typename }"}`, 200, "application/json", "", true},
		{"graphql-response ok", "POST", "", "application/json", gqlResp, `{"query":"{ __typename }"}`, 200, gqlResp, "", true},
		{"no accept", "POST", "", "application/json", "", `{"query":"{ __typename }"}`, 200, "application/json", "", true},
		{"charset", "POST", "", "application/json; charset=utf-8", "", `{"query":"{ __typename }"}`, 200, "application/json", "", true},
		{"null parameters", "POST", "", "application/json", "", `{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}`, 200, "application/json", "", true},
		{"no content type", "POST", "", "", "", `{"query":"{ __typename }"}`, 415, "application/json", server.CodeBadRequest, false},
		{"form", "POST", "", "application/x-www-form-urlencoded", "", `query=x`, 415, "application/json", server.CodeBadRequest, false},
		{"latin1", "POST", "", "application/json; charset=latin1", "", `{"query":"{ __typename }"}`, 415, "application/json", server.CodeBadRequest, false},
		{"empty body", "POST", "", "application/json", "", ``, 400, "application/json", server.CodeBadRequest, false},
		{"not JSON", "POST", "", "application/json", gqlResp, `{ "not a JSON`, 400, gqlResp, server.CodeBadRequest, false},
		{"array", "POST", "", "application/json", "", `[{"query":"{ __typename }"}]`, 400, "application/json", server.CodeBadRequest, false},
		{"trailing data", "POST", "", "application/json", "", `{"query":"{ __typename }"} {}`, 400, "application/json", server.CodeBadRequest, false},
		{"no query", "POST", "", "application/json", "", `{"qeury":"{ __typename }"}`, 400, "application/json", server.CodeBadRequest, false},
		{"query not a string", "POST", "", "application/json", "", `{"query":0}`, 400, "application/json", server.CodeBadRequest, false},
		{"variables not an object", "POST", "", "application/json", "", `{"query":"{ __typename }","variables":"x"}`, 400, "application/json", server.CodeBadRequest, false},
		{"parse error, json", "POST", "", "application/json", "application/json", `{"query":"{"}`, 200, "application/json", server.CodeParseFailed, false},
		{"parse error, graphql-response", "POST", "", "application/json", gqlResp, `{"query":"{"}`, 400, gqlResp, server.CodeParseFailed, false},
		{"invalid, graphql-response", "POST", "", "application/json", gqlResp, `{"query":"{ nope }"}`, 400, gqlResp, server.CodeValidationFailed, false},
		{"variable coercion", "POST", "", "application/json", gqlResp, `{"query":"query ($id: ID!) { __typename }","variables":{"id":null}}`, 400, gqlResp, server.CodeValidationFailed, false},
		{"unknown operation name", "POST", "", "application/json", "", `{"query":"query A { __typename }","operationName":"B"}`, 200, "application/json", server.CodeValidationFailed, false},
		{"GET query", "GET", "?query=" + url.QueryEscape("{ __typename }"), "", "", "", 200, "application/json", "", true},
		{"GET variables", "GET", "?query=" + url.QueryEscape("query ($n: String!) { entity(name: $n) { name } }") + "&variables=" + url.QueryEscape(`{"n":"川大"}`), "", "", "", 200, "application/json", "", true},
		{"GET mutation", "GET", "?query=" + url.QueryEscape("mutation { __typename }"), "", gqlResp, "", 405, gqlResp, server.CodeBadRequest, false},
		{"GET no query", "GET", "", "", "", "", 400, "application/json", server.CodeBadRequest, false},
		{"GET bad variables", "GET", "?query=" + url.QueryEscape("{ __typename }") + "&variables=%5B%5D", "", "", "", 400, "application/json", server.CodeBadRequest, false},
		{"PUT", "PUT", "", "application/json", "", `{"query":"{ __typename }"}`, 405, "application/json", server.CodeBadRequest, false},
		{"OPTIONS", "OPTIONS", "", "", "", "", 204, "", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hdr := map[string]string{}
			if c.ctype != "" {
				hdr["Content-Type"] = c.ctype
			}
			if c.accept != "" {
				hdr["Accept"] = c.accept
			}
			r := call(t, ts, c.method, c.path, hdr, c.body)
			if r.status != c.status || !strings.HasPrefix(r.header.Get("Content-Type"), c.contentType) || r.hasData != c.data {
				t.Errorf("status %d content type %q data %v: %s", r.status, r.header.Get("Content-Type"), r.hasData, r.body)
			}
			if c.code != "" && r.code(t) != c.code {
				t.Errorf("code %s: %s", r.code(t), r.body)
			}
			if c.code == "" && len(r.gql.Errors) > 0 {
				t.Errorf("errors: %s", r.body)
			}
			if strings.Contains(string(r.body), "not a JSON") {
				t.Errorf("the request body is echoed: %s", r.body)
			}
		})
	}
}

// TestMutationAccess pins the token rules of mutations: none without an
// admin token configured (read-only API); with one, no token or a wrong one
// is UNAUTHENTICATED (401), the read token FORBIDDEN (403), the admin token
// runs it. A refused mutation writes nothing.
func TestMutationAccess(t *testing.T) {
	const admin, read = "admin-token-0123456789abcdef", "read-token-0123456789abcdef"
	mutation := jsonBody(`mutation ($l: String!) { importList(jsonl: $l) { entitiesCreated } }`,
		map[string]any{"l": `{"type":"entity","kind":"ENTERPRISE","name":"授权测试公司"}`})
	cases := []struct {
		name        string
		admin, read string
		auth        string
		status      int
		code        string
	}{
		{"read-only server, no token", "", "", "", 403, server.CodeForbidden},
		{"read-only server, any token", "", "", "Bearer " + admin, 403, server.CodeForbidden},
		{"no token", admin, "", "", 401, server.CodeUnauthenticated},
		{"wrong token", admin, "", "Bearer wrong", 401, server.CodeUnauthenticated},
		{"malformed header", admin, "", admin, 401, server.CodeUnauthenticated},
		{"read token", admin, read, "Bearer " + read, 403, server.CodeForbidden},
		{"admin token", admin, "", "Bearer " + admin, 200, ""},
		{"admin token, private server", admin, read, "Bearer " + admin, 200, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := smallStore(t)
			ts := startWith(t, server.Config{Store: st, AdminToken: c.admin, ReadToken: c.read})
			for _, accept := range []string{"application/json", "application/graphql-response+json"} {
				r := call(t, ts, "POST", "", map[string]string{"Content-Type": "application/json", "Accept": accept, "Authorization": c.auth}, mutation)
				if r.status != c.status || (c.code != "" && r.code(t) != c.code) || (c.code == "" && len(r.gql.Errors) > 0) {
					t.Fatalf("%s: %d %s", accept, r.status, r.body)
				}
				if c.status == 401 && r.header.Get("WWW-Authenticate") == "" {
					t.Errorf("401 without WWW-Authenticate")
				}
				if c.code != "" && r.hasData {
					t.Errorf("refused mutation has a data entry: %s", r.body)
				}
			}
			found, _ := st.LookupNames(context.Background(), []string{"授权测试公司"})
			if written := len(found) > 0 && found[0] != nil; written != (c.code == "") {
				t.Errorf("written = %v", written)
			}
		})
	}
}

// TestMutationOverGET: never run, whatever the token, also when the
// mutation comes as a persisted query hash.
func TestMutationOverGET(t *testing.T) {
	const admin = "admin-token-0123456789abcdef"
	ts := startWith(t, server.Config{AdminToken: admin})
	auth := map[string]string{"Authorization": "Bearer " + admin, "Content-Type": "application/json"}
	q := `mutation { importList(jsonl: "") { entitiesCreated } }`
	if r := call(t, ts, "GET", "?query="+url.QueryEscape(q), auth, ""); r.status != 405 || r.header.Get("Allow") != "POST" {
		t.Errorf("GET mutation: %d %s", r.status, r.body)
	}
	sum := sha256.Sum256([]byte(q))
	ext, _ := json.Marshal(map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}})
	b, _ := json.Marshal(map[string]any{"query": q, "extensions": json.RawMessage(ext)})
	call(t, ts, "POST", "", auth, string(b)) // registers the hash
	if r := call(t, ts, "GET", "?extensions="+url.QueryEscape(string(ext)), auth, ""); r.status != 405 || r.code(t) != server.CodeBadRequest {
		t.Errorf("persisted mutation over GET: %d %s", r.status, r.body)
	}
}
