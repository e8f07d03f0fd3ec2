package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"testing"

	"innograph/internal/backendtest"
	"innograph/store"
	"innograph/store/metered"
	"innograph/store/storetest"
)

// BenchmarkSyntheticGraphQL sends the nested and lookup queries of the peer
// benchmark (bench/queries) over real HTTP to a server on a synthetic graph
// of each of storetest.BenchSizes, on every configured backend; with
// -cpuprofile it shows where a request's time goes beyond the store.
func BenchmarkSyntheticGraphQL(b *testing.B) {
	queries := []struct{ name, query string }{
		{"Nested", `{ industryChain(name: "合成产业链0000000") { name
		    members { name ... on Enterprise { suppliers { name ... on Enterprise { staff { name } } } } } } }`},
		{"SupplyChain", `{ supplyChain(enterprise: "` + store.EntityID("合成企业0000000") + `", depth: 3) {
		    depth enterprises { id name } } }`},
		{"TalentPipeline", `{ talentPipeline(university: "` + store.EntityID("合成大学0000000") + `", chain: "` +
			store.EntityID("合成产业链0000000") + `") { talent { id } employer { id } role discipline } }`},
		{"Search", `{ search(text: "合成实验室00000", first: 20) { totalCount nodes { id name kind } } }`},
	}
	for _, n := range storetest.BenchSizes() {
		for backend, open := range backendtest.Backends() {
			b.Run(fmt.Sprintf("%s/entities=%d", backend, n), func(b *testing.B) {
				s := open(b)
				storetest.LoadSynthetic(b, s, n)
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
			})
		}
	}
}
