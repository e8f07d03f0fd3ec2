// Package neo4jtest shares one test Neo4j between test binaries. Go runs
// packages' tests in parallel, and each Neo4j test clears the database, so
// a package holds an exclusive lock on the server for its whole run.
package neo4jtest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// EnvURI names the variable that points the tests at a Neo4j server.
const EnvURI = "INNOGRAPH_TEST_NEO4J"

// Main runs a package's tests holding the server's lock when a server is
// configured; call it from TestMain.
func Main(m *testing.M) int {
	uri := os.Getenv(EnvURI)
	if uri == "" {
		return m.Run()
	}
	name := strings.Map(func(r rune) rune {
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			return r
		}
		return '_'
	}, strings.ToLower(uri))
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "innograph-neo4j-test-"+name+".lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		fmt.Fprintln(os.Stderr, "neo4jtest: lock:", err)
		return 1
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		fmt.Fprintln(os.Stderr, "neo4jtest: lock:", err)
		return 1
	}
	defer syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	locked = true
	return m.Run()
}

// locked tells that this test binary holds the server's lock.
var locked bool

// URI returns the configured server, skipping the test when there is none,
// except under CI, which must never skip Neo4j silently.
func URI(t testing.TB) string {
	t.Helper()
	uri := os.Getenv(EnvURI)
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set; CI must run the Neo4j tests (scripts/neo4j start, then %s=bolt://127.0.0.1:7687)", EnvURI, EnvURI)
		}
		t.Skipf("Neo4j tests skipped: set %s=bolt://127.0.0.1:7687 (scripts/neo4j start runs a server)", EnvURI)
	}
	if !locked {
		// Without the lock, another package's tests clear the server
		// under this one's, and both fail now and then, far from the cause.
		t.Fatalf("the package's TestMain must call neo4jtest.Main to use the shared Neo4j server")
	}
	return uri
}
