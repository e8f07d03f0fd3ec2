# innograph: `make help` lists the targets.
SHELL := bash
.DEFAULT_GOAL := help

STORE ?= file:.data
ADDR ?= 127.0.0.1:8080
NEO4J_BOLT_PORT ?= 7687
NEO4J_URI := bolt://127.0.0.1:$(NEO4J_BOLT_PORT)
export NEO4J_BOLT_PORT

.PHONY: help
help: ## list the targets
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-14s %s\n", $$1, $$2}'

.PHONY: run
run: ## serve the API on the embedded store, seeded with the curated graph (STORE=, ADDR=)
	go run ./cmd/innograph serve --store $(STORE) --addr $(ADDR)

.PHONY: build
build: ## build bin/innograph
	go build -o bin/innograph ./cmd/innograph

.PHONY: test
test: neo4j-start audit-deps ## run every test, race detector on, against the embedded store and a real Neo4j
	INNOGRAPH_TEST_NEO4J=$(NEO4J_URI) go test -race -count=1 ./...

.PHONY: audit-deps
audit-deps: ## install the graphql-http audit suite from its lockfile (when npm is there and it is missing)
	@if command -v npm >/dev/null && [ ! -d scripts/audit/node_modules/graphql-http ]; then \
		cd scripts/audit && npm ci --no-audit --no-fund --loglevel=error; fi

.PHONY: test-embedded
test-embedded: ## run the tests without Neo4j (its tests skip)
	go test -race -count=1 ./...

.PHONY: check
check: ## gofmt, go vet, generated code up to date, then all tests
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	go vet ./...
	$(MAKE) generate
	@git diff --quiet -- graph || { echo "generated code is stale: commit the output of make generate"; git diff --stat -- graph; exit 1; }
	$(MAKE) test

.PHONY: audit
audit: ## run the graphql-http audit suite (GraphQL over HTTP) against the real binary; needs Node
	cd scripts/audit && npm ci --no-audit --no-fund --loglevel=error
	go test -count=1 -v -run TestGraphQLOverHTTPAudit ./cmd/innograph

.PHONY: generate
generate: ## regenerate GraphQL code from schema/*.graphqls
	go tool gqlgen generate

.PHONY: seed
seed: ## load the curated graph into STORE (REPLACE=1 wipes it first)
	go run ./cmd/innograph seed --store $(STORE) $(if $(REPLACE),--replace)

.PHONY: bench
bench: neo4j-start ## run the benchmarks on both stores
	INNOGRAPH_TEST_NEO4J=$(NEO4J_URI) go test -run '^$$' -bench . -benchmem ./...

SCALE ?= 10000
DURATION ?= 30s

.PHONY: bench-peer
bench-peer: ## innograph vs @neo4j/graphql vs hand-written Cypher on a fresh Neo4j of its own; rewrites bench/REPORT.md (SCALE=10000,100000 DURATION=30s JSON=FILE)
	go run ./bench/cmd/benchpeer -scale $(SCALE) -duration $(DURATION) $(if $(JSON),-json $(JSON))

.PHONY: bench-smoke
bench-smoke: ## the peer benchmark at 1000 entities for a few seconds, equality checks included; writes nothing into the tree
	d=$$(mktemp -d) && trap 'rm -rf "$$d"' EXIT && go run ./bench/cmd/benchpeer -scale 1000 -duration 2s -neo4j-heap 1g -neo4j-pagecache 512m -results "$$d" -report "$$d/REPORT.md" -json "$$d/summary.json"

.PHONY: neo4j-start
neo4j-start: ## start the local Neo4j (fetched from Maven Central once)
	scripts/neo4j start

.PHONY: neo4j-stop
neo4j-stop: ## stop the local Neo4j
	scripts/neo4j stop
