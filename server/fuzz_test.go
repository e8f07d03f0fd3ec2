package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"innograph/server"
	"innograph/store/memory"
	"innograph/store/storetest"
)

// knownCodes are the error codes a client may see (INTERNAL excepted: over
// a healthy store no query may cause one).
var knownCodes = map[string]bool{
	server.CodeBadRequest: true, server.CodeParseFailed: true, server.CodeValidationFailed: true,
	server.CodeTooDeep: true, server.CodeTooComplex: true, server.CodePersistedQueryNotFound: true,
	server.CodePersistedQueryNotSupported: true, server.CodeUnauthenticated: true, server.CodeForbidden: true,
	server.CodeBadUserInput: true, server.CodeNotFound: true, server.CodeTimeout: true,
}

// FuzzQuery sends any query, with any variables, to the whole handler over
// the hand-made graph: every answer must be a well-formed GraphQL response
// with known error codes, never a 500, an internal error or a stack trace.
//
//	go test ./server -run '^$' -fuzz FuzzQuery -fuzztime 30s
func FuzzQuery(f *testing.F) {
	mem := memory.New()
	storetest.LoadSmall(f, mem)
	h := server.New(server.Config{Store: mem, Logger: quietLog(), LoaderWait: time.Microsecond, Timeout: 5 * time.Second})

	files, _ := filepath.Glob("testdata/*/*.graphql")
	for _, file := range files {
		q, _ := os.ReadFile(file)
		f.Add(string(q), "")
	}
	for _, q := range readmeQueries {
		f.Add(q, `{"from": "e_x", "to": "e_y"}`)
	}
	f.Add(`{ search(first: $n) { totalCount } }`, `{"n": 3}`)
	f.Add(`query ($n: Int) { search(first: $n) { nodes { name } } }`, `{"n": "x"}`)
	f.Add(`mutation { __typename }`, ``)
	f.Add(`{ __schema { types { name fields { name } } } }`, ``)
	f.Add(`{ ...F } fragment F on Query { ...F }`, ``)
	f.Add(`{ path(from: "a", to: "b", maxHops: 2147483648) { length } }`, ``)
	f.Add(`{ node(id: "r_") { id } nodes(ids: ["", "r_x", "e_"]) { id } }`, ``)
	f.Add(`{ documents(first: 1, after: "bzo1") { edges { cursor } } }`, ``)

	f.Fuzz(func(t *testing.T, query, vars string) {
		body := map[string]any{"query": query}
		if json.Valid([]byte(vars)) {
			body["variables"] = json.RawMessage(vars)
		}
		raw, _ := json.Marshal(body)
		req := httptest.NewRequest("POST", "/graphql", strings.NewReader(string(raw)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, req)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("took %v: %s", d, rec.Body)
		}
		// 403: mutations, on this read-only server.
		if rec.Code != http.StatusOK && rec.Code != http.StatusBadRequest && rec.Code != http.StatusForbidden {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		var resp struct {
			Data   *json.RawMessage `json:"data"`
			Errors []struct {
				Message    string         `json:"message"`
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, rec.Body)
		}
		if resp.Data == nil && len(resp.Errors) == 0 {
			t.Fatalf("neither data nor errors: %s", rec.Body)
		}
		for _, e := range resp.Errors {
			code, _ := e.Extensions["code"].(string)
			if !knownCodes[code] {
				t.Fatalf("error code %q: %s", code, rec.Body)
			}
			for _, leak := range []string{"runtime error", "panic", "goroutine", ".go:"} {
				if strings.Contains(e.Message, leak) {
					t.Fatalf("internal text in %q", e.Message)
				}
			}
		}
	})
}
