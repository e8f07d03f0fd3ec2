// Package neo4jproc runs the benchmark's own Neo4j server through
// scripts/neo4j: a separate home folder and Bolt port, so that it never
// touches the server the test suite uses, and an empty database each time.
package neo4jproc

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

// Server is a Neo4j server started by Start.
type Server struct {
	Home string
	Port int
	repo string
	env  []string
}

// Config says where the server lives and how big it is.
type Config struct {
	Repo      string // the repository root, holding scripts/neo4j
	Home      string // INNOGRAPH_NEO4J_HOME
	Port      int    // Bolt port; 0 picks a free one
	Heap      string // e.g. "2g"
	PageCache string // e.g. "1g"
}

// URI is the server's Bolt address.
func (s *Server) URI() string { return "bolt://127.0.0.1:" + strconv.Itoa(s.Port) }

// Start stops any server left in cfg.Home, deletes its database and starts
// a fresh one. The jars fetched into the home folder stay.
func Start(ctx context.Context, cfg Config) (*Server, error) {
	home, err := filepath.Abs(cfg.Home)
	if err != nil {
		return nil, fmt.Errorf("neo4j home: %w", err)
	}
	s := &Server{Home: home, Port: cfg.Port, repo: cfg.Repo}
	if err := os.MkdirAll(home, 0o755); err != nil {
		return nil, fmt.Errorf("neo4j home: %w", err)
	}
	// A server left running from an earlier, interrupted run holds the
	// port it had; stop it before choosing.
	s.env = s.environ(cfg)
	if err := s.script(ctx, "stop"); err != nil {
		return nil, err
	}
	if s.Port == 0 {
		if s.Port, err = freePort(); err != nil {
			return nil, err
		}
	}
	s.env = s.environ(cfg)
	for _, dir := range []string{"data", "logs"} {
		if err := os.RemoveAll(filepath.Join(home, dir)); err != nil {
			return nil, fmt.Errorf("neo4j: fresh database: %w", err)
		}
	}
	if err := s.script(ctx, "start"); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Server) environ(cfg Config) []string {
	env := append(os.Environ(), "INNOGRAPH_NEO4J_HOME="+s.Home, "NEO4J_BOLT_PORT="+strconv.Itoa(max(s.Port, 1)))
	if cfg.Heap != "" {
		env = append(env, "NEO4J_HEAP="+cfg.Heap, "NEO4J_HEAP_MIN="+cfg.Heap)
	}
	if cfg.PageCache != "" {
		env = append(env, "NEO4J_PAGECACHE="+cfg.PageCache)
	}
	return env
}

// Stop stops the server.
func (s *Server) Stop(ctx context.Context) error { return s.script(ctx, "stop") }

func (s *Server) script(ctx context.Context, cmd string) error {
	c := exec.CommandContext(ctx, filepath.Join(s.repo, "scripts", "neo4j"), cmd)
	c.Env = s.env
	c.Stdout, c.Stderr = os.Stderr, os.Stderr
	if err := c.Run(); err != nil {
		return fmt.Errorf("scripts/neo4j %s (home %s): %w", cmd, s.Home, err)
	}
	return nil
}

// freePort asks the kernel for a loopback port nobody listens on.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
