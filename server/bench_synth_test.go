package server_test

import (
	"fmt"
	"testing"

	"innograph/internal/backendtest"
	"innograph/store"
	"innograph/store/storetest"
)

// BenchmarkSyntheticGraphQL sends the nested and lookup queries of the peer
// benchmark (bench/queries) over real HTTP to a server on a synthetic graph
// of each of storetest.BenchSizes, on every configured backend; with
// -cpuprofile it shows where a request's time goes beyond the store.
func BenchmarkSyntheticGraphQL(b *testing.B) {
	queries := []benchQuery{
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
				benchQueries(b, s, queries)
			})
		}
	}
}
