// Package peerproc runs the @neo4j/graphql peer (bench/peer-node) as a
// child process: installed from its lockfile with npm ci when needed,
// listening on a loopback port, stopped with SIGTERM.
package peerproc

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Peer is a running peer server.
type Peer struct {
	URL    string
	cmd    *exec.Cmd
	log    *syncBuffer
	exited chan error
	stop   sync.Once
}

// syncBuffer collects the child's output, written by exec's copying
// goroutine while Start may read it.
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

// Install runs npm ci in dir unless node_modules is already what the
// lockfile says (npm records that in node_modules/.package-lock.json).
func Install(ctx context.Context, dir string) error {
	lock, err := os.Stat(filepath.Join(dir, "package-lock.json"))
	if err != nil {
		return fmt.Errorf("peer: %w", err)
	}
	if inst, err := os.Stat(filepath.Join(dir, "node_modules", ".package-lock.json")); err == nil && !inst.ModTime().Before(lock.ModTime()) {
		return nil
	}
	cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("peer: npm ci in %s: %w", dir, err)
	}
	return nil
}

// Start starts the peer in dir over the Neo4j at neo4jURI and waits until
// it answers.
func Start(ctx context.Context, dir, neo4jURI string) (*Peer, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	p := &Peer{URL: "http://127.0.0.1:" + strconv.Itoa(port) + "/", log: &syncBuffer{}}
	p.cmd = exec.Command("node", "server.mjs")
	p.cmd.Dir = dir
	p.cmd.Env = append(os.Environ(), "NEO4J_URI="+neo4jURI, "PORT="+strconv.Itoa(port), "NODE_ENV=production")
	p.cmd.Stdout, p.cmd.Stderr = p.log, p.log
	if err := p.cmd.Start(); err != nil {
		return nil, fmt.Errorf("peer: start node: %w", err)
	}
	p.exited = make(chan error, 1)
	go func() { p.exited <- p.cmd.Wait() }()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-p.exited:
			return nil, fmt.Errorf("peer: exited during start-up (%v): %s", err, p.log.String())
		case <-ctx.Done():
			p.Stop()
			return nil, ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
		if p.ready(ctx) {
			return p, nil
		}
	}
	p.Stop()
	return nil, fmt.Errorf("peer: no answer on %s within a minute: %s", p.URL, p.log.String())
}

func (p *Peer) ready(ctx context.Context) bool {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.URL, strings.NewReader(`{"query":"{ __typename }"}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// Stop ends the peer process (SIGTERM, then SIGKILL after five seconds);
// calling it again does nothing.
func (p *Peer) Stop() {
	p.stop.Do(func() {
		p.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-p.exited:
		case <-time.After(5 * time.Second):
			p.cmd.Process.Kill()
			<-p.exited
		}
	})
}

// Log is what the peer printed.
func (p *Peer) Log() string { return p.log.String() }

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("peer: free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
