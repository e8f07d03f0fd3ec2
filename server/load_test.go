package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"innograph/data"
	"innograph/dataset"
	"innograph/internal/backendtest"
	"innograph/store"
)

var (
	loadRequests    = flag.Int("load.requests", 1000, "requests the load test sends per backend")
	loadConcurrency = flag.Int("load.concurrency", 8, "concurrent clients of the load test")
)

// TestLoad is a bounded load test on loopback: a fixed number of requests
// from concurrent clients, a mix of the README's queries, against a server
// on the curated graph with the default limits, on every backend. It
// reports latency percentiles and fails on any error (non-200 status or a
// GraphQL error). The README's figures come from
//
//	INNOGRAPH_TEST_NEO4J=bolt://127.0.0.1:7687 go test ./server -run TestLoad -v -count=1 -load.requests=20000
func TestLoad(t *testing.T) {
	queries := append(slices.Clone(readmeQueries),
		`{ search(text: "实验室", first: 20) { totalCount nodes { id name kind } } }`,
		`{ entity(name: "成都市") { neighbors(first: 20, after: "bzo5") { totalCount edges { relation { type evidence { text } } node { name } } } } }`,
	)
	vars := map[string]any{"from": store.EntityID("电子科技大学"), "to": store.EntityID("四川大学")}
	bodies := make([][]byte, len(queries))
	for i, q := range queries {
		bodies[i], _ = json.Marshal(map[string]any{"query": q, "variables": vars})
	}
	for backend, open := range backendtest.Backends() {
		t.Run(backend, func(t *testing.T) {
			s := open(t)
			if _, err := dataset.Load(context.Background(), s, bytes.NewReader(data.Curated)); err != nil {
				t.Fatal(err)
			}
			ts := newServer(t, s)
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *loadConcurrency}, Timeout: 30 * time.Second}
			defer client.CloseIdleConnections()
			var next, failures atomic.Int64
			latencies := make([]time.Duration, *loadRequests)
			var firstErr atomic.Value
			var wg sync.WaitGroup
			start := time.Now()
			for range *loadConcurrency {
				wg.Go(func() {
					for {
						i := next.Add(1) - 1
						if i >= int64(*loadRequests) {
							return
						}
						t0 := time.Now()
						err := loadOne(client, ts.URL+"/graphql", bodies[i%int64(len(bodies))])
						latencies[i] = time.Since(t0)
						if err != nil {
							failures.Add(1)
							firstErr.CompareAndSwap(nil, err.Error())
						}
					}
				})
			}
			wg.Wait()
			elapsed := time.Since(start)
			slices.Sort(latencies)
			pct := func(p float64) time.Duration {
				return latencies[int(p*float64(len(latencies)-1))].Round(10 * time.Microsecond)
			}
			t.Logf("%s: %d requests, %d clients, %d errors, %.0f req/s; latency p50 %v, p90 %v, p99 %v, max %v",
				backend, *loadRequests, *loadConcurrency, failures.Load(), float64(*loadRequests)/elapsed.Seconds(),
				pct(0.50), pct(0.90), pct(0.99), latencies[len(latencies)-1].Round(10*time.Microsecond))
			if n := failures.Load(); n > 0 {
				t.Errorf("%d requests failed; first: %v", n, firstErr.Load())
			}
		})
	}
}

type loadError string

func (e loadError) Error() string { return string(e) }

func loadOne(client *http.Client, url string, body []byte) error {
	resp, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var out struct{ Errors []json.RawMessage }
	if resp.StatusCode != 200 || json.Unmarshal(raw, &out) != nil || len(out.Errors) > 0 {
		return loadError("status " + resp.Status + ": " + string(raw[:min(len(raw), 300)]))
	}
	return nil
}
