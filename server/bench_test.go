package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"testing"

	"innograph/data"
	"innograph/dataset"
	"innograph/internal/backendtest"
	"innograph/store"
	"innograph/store/metered"
)

// BenchmarkGraphQL sends real HTTP requests over loopback to a server on
// the curated graph and reports, beside time and allocations, the store
// calls each request costs (storecalls/op). It runs on every configured
// backend, so one run gives the Neo4j/embedded ratios.
func BenchmarkGraphQL(b *testing.B) {
	queries := []benchQuery{
		{"EntityByAlias", `{ entity(name: "电子科大") { id name aliases ... on University { coBuilt { name } } } }`},
		{"Search", `{ search(text: "实验室", first: 20) { totalCount nodes { id name kind } } }`},
		{"NestedLabs", `{ labs(first: 50) { nodes { name sources { title }
		    ... on Lab { coBuilders { name neighbors(first: 10) { nodes { name } } } regions { name } supportedChains { name } } } } }`},
		{"NeighborsPage", `{ entity(name: "成都市") { neighbors(first: 20, after: "bzo5") { totalCount edges { relation { type evidence { text } } node { name } } } } }`},
		{"Path", `{ path(from: "` + store.EntityID("电子科技大学") + `", to: "` + store.EntityID("四川大学") + `", maxHops: 6) {
		    length nodes { name } edges { type evidence { text } } } }`},
		{"DocumentMentions", `{ documents(first: 3) { nodes { title mentions { entity { name } text } } } }`},
	}
	for backend, open := range backendtest.Backends() {
		b.Run(backend, func(b *testing.B) {
			s := open(b)
			if _, err := dataset.Load(context.Background(), s, bytes.NewReader(data.Curated)); err != nil {
				b.Fatal(err)
			}
			benchQueries(b, s, queries)
		})
	}
}

type benchQuery struct{ name, query string }

// benchQueries runs one sub-benchmark per query against a server over s,
// failing on any error in a response, and reports store calls per request.
func benchQueries(b *testing.B, s store.Store, queries []benchQuery) {
	m := metered.New(s)
	ts := newServer(b, m)
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			body, _ := json.Marshal(map[string]string{"query": q.query})
			m.Reset()
			b.ReportAllocs()
			for b.Loop() {
				resp, err := http.Post(ts.URL+"/graphql", "application/json", bytes.NewReader(body))
				if err != nil {
					b.Fatal(err)
				}
				out, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 || bytes.Contains(out, []byte(`"errors"`)) {
					b.Fatalf("status %d: %.300s", resp.StatusCode, out)
				}
			}
			b.ReportMetric(float64(m.Calls())/float64(b.N), "storecalls/op")
		})
	}
}
