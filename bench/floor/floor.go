// Package floor is the benchmark's floor: each query as one hand-written
// Cypher statement through the Go driver, served over HTTP like the other
// systems so that the same client measures all of them. It is what a
// GraphQL layer cannot beat: no parsing, no resolvers, one round trip.
package floor

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"innograph/bench/queries"
)

// Server answers POST /q/NAME with {"data": canonical answer}.
type Server struct {
	driver neo4j.DriverWithContext
	byName map[string]queries.Floor
}

// New serves qs over driver.
func New(driver neo4j.DriverWithContext, qs []queries.Query) *Server {
	s := &Server{driver: driver, byName: map[string]queries.Floor{}}
	for _, q := range qs {
		s.byName[q.Name] = q.Floor
	}
	return s
}

// Answer runs the floor statement of query name and returns its canonical
// answer.
func (s *Server) Answer(ctx context.Context, name string) (any, error) {
	f, ok := s.byName[name]
	if !ok {
		return nil, fmt.Errorf("floor: no query %q", name)
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead})
	defer sess.Close(context.WithoutCancel(ctx))
	recs, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, f.Cypher, f.Params)
		if err != nil {
			return nil, err
		}
		var out []map[string]any
		for res.Next(ctx) {
			out = append(out, res.Record().AsMap())
		}
		return out, res.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("floor: %s: %w", name, err)
	}
	return f.Canon(recs.([]map[string]any))
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name, ok := pathName(r.URL.Path)
	if !ok || r.Method != http.MethodPost {
		http.NotFound(w, r)
		return
	}
	v, err := s.Answer(r.Context(), name)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"data": v})
}

func pathName(p string) (string, bool) {
	const prefix = "/q/"
	if len(p) <= len(prefix) || p[:len(prefix)] != prefix {
		return "", false
	}
	return p[len(prefix):], true
}
