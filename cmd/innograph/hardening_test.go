package main_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// startServeEnv starts `innograph serve` on the embedded in-memory store
// (seeded with the curated graph) with extra environment and flags.
func startServeEnv(t *testing.T, env []string, args ...string) *server {
	t.Helper()
	return startServeWith(t, env, "/healthz", append([]string{"--store", "mem:"}, args...)...)
}

// post sends a query with an optional bearer token and returns the status
// and the error code of the first error ("" when none).
func (s *server) post(t *testing.T, token, query string) (int, string) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req, _ := http.NewRequest("POST", "http://"+s.addr+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("not JSON: %s", raw)
	}
	if len(out.Errors) > 0 {
		return resp.StatusCode, out.Errors[0].Extensions.Code
	}
	return resp.StatusCode, ""
}

// TestGraphQLOverHTTPAudit runs the graphql-http audit suite
// (scripts/audit) against the real binary: no MUST may fail. It needs Node
// and `npm ci` in scripts/audit, which .ci/run does; elsewhere it skips
// when they are missing.
func TestGraphQLOverHTTPAudit(t *testing.T) {
	dir, _ := filepath.Abs(filepath.Join("..", "..", "scripts", "audit"))
	node, err := exec.LookPath("node")
	missing := ""
	switch {
	case err != nil:
		missing = "node is not installed"
	case !exists(filepath.Join(dir, "node_modules", "graphql-http")):
		missing = "run `npm ci` in scripts/audit"
	}
	if missing != "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the audit must run under CI: %s", missing)
		}
		t.Skipf("graphql-http audit skipped: %s", missing)
	}
	srv := startServeEnv(t, nil)
	cmd := exec.Command(node, "audit.mjs", "--json", "http://"+srv.addr+"/graphql")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var rep struct {
		Summary struct {
			Audits, OK, MustFailed, ShouldFailed, MayFailed int
		}
		Failures []struct{ ID, Status, Name, Reason string }
	}
	if jerr := json.Unmarshal(out, &rep); jerr != nil {
		t.Fatalf("audit did not run: %v %v\n%s\n%s", err, jerr, out, stderr.String())
	}
	t.Logf("graphql-http audit: %d audits, %d ok, %d MUST failed, %d SHOULD failed, %d MAY not met",
		rep.Summary.Audits, rep.Summary.OK, rep.Summary.MustFailed, rep.Summary.ShouldFailed, rep.Summary.MayFailed)
	for _, f := range rep.Failures {
		t.Logf("%s %s %s: %s", f.Status, f.ID, f.Name, f.Reason)
	}
	if err != nil || rep.Summary.MustFailed > 0 || rep.Summary.Audits < 50 {
		t.Errorf("audit failed (%v)", err)
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// TestServeAccessAndLimitsFromFlags checks that serve passes the tokens
// from the environment and the limit flags to the server, and never logs a
// token.
func TestServeAccessAndLimitsFromFlags(t *testing.T) {
	const admin, read = "admin-0123456789abcdef-token", "read-0123456789abcdef-token"
	srv := startServeEnv(t, []string{"INNOGRAPH_ADMIN_TOKEN=" + admin, "INNOGRAPH_READ_TOKEN=" + read},
		"--introspection=false", "--max-depth", "3", "--max-complexity", "200")
	cases := []struct {
		name, token, query string
		status             int
		code               string
	}{
		{"no token", "", `{ stats { entities } }`, 401, "UNAUTHENTICATED"},
		{"read token", read, `{ stats { entities } }`, 200, ""},
		{"admin token", admin, `{ stats { entities } }`, 200, ""},
		{"introspection off", read, `{ __schema { queryType { name } } }`, 200, "GRAPHQL_VALIDATION_FAILED"},
		{"depth 4", read, `{ entity(name: "川大") { neighbors { nodes { name } } } }`, 200, "QUERY_TOO_DEEP"},
		{"cost above 200", read, `{ search(first: 100) { nodes { name } } }`, 200, "QUERY_TOO_COMPLEX"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if status, code := srv.post(t, c.token, c.query); status != c.status || code != c.code {
				t.Errorf("status %d code %q, want %d %q", status, code, c.status, c.code)
			}
		})
	}
	if logs := srv.logs.String(); strings.Contains(logs, admin) || strings.Contains(logs, read) {
		t.Errorf("a token is in the log:\n%s", logs)
	}
}
