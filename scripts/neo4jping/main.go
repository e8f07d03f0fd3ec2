// Command neo4jping checks that a Neo4j server answers over Bolt, or runs one
// Cypher statement and prints its rows. It is a helper for scripts/neo4j and
// lives in its own Go module so it does not depend on the main module.
//
//	neo4jping [-timeout 5s] [bolt://127.0.0.1:7687]
//	    exits 0 when `RETURN 1` answers with 1, 1 otherwise.
//	neo4jping -q 'MATCH (n) RETURN count(n) AS n' [-params '{"k":1}'] [uri]
//	    runs the statement in an auto-commit transaction and prints one JSON
//	    object per row on stdout, then a summary line on stderr.
//
// Authentication: none by default; set NEO4J_USER and NEO4J_PASSWORD for basic auth.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

func main() {
	query := flag.String("q", "", "Cypher statement to run (default: a RETURN 1 health check)")
	params := flag.String("params", "", "query parameters as a JSON object")
	database := flag.String("db", "", "database name (default: the server's default database)")
	timeout := flag.Duration("timeout", 5*time.Second, "overall time limit")
	quiet := flag.Bool("quiet", false, "print nothing on failure (health-check mode)")
	flag.Parse()

	uri := "bolt://127.0.0.1:7687"
	if flag.NArg() > 0 {
		uri = flag.Arg(0)
	}

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	var err error
	if *query == "" {
		err = ping(ctx, uri)
	} else {
		err = run(ctx, uri, *query, *params, *database)
	}
	if err != nil {
		if !*quiet {
			fmt.Fprintln(os.Stderr, "neo4jping:", err)
		}
		os.Exit(1)
	}
}

func newDriver(uri string, timeout time.Duration) (neo4j.DriverWithContext, error) {
	auth := neo4j.NoAuth()
	if u := os.Getenv("NEO4J_USER"); u != "" {
		auth = neo4j.BasicAuth(u, os.Getenv("NEO4J_PASSWORD"), "")
	}
	return neo4j.NewDriverWithContext(uri, auth, func(c *neo4j.Config) {
		c.SocketConnectTimeout = timeout
		c.ConnectionAcquisitionTimeout = timeout
		c.MaxConnectionPoolSize = 1
	})
}

func deadline(ctx context.Context) time.Duration {
	if d, ok := ctx.Deadline(); ok {
		return time.Until(d)
	}
	return 5 * time.Second
}

func ping(ctx context.Context, uri string) error {
	driver, err := newDriver(uri, deadline(ctx))
	if err != nil {
		return err
	}
	defer driver.Close(context.Background())
	res, err := neo4j.ExecuteQuery(ctx, driver, "RETURN 1 AS one", nil, neo4j.EagerResultTransformer)
	if err != nil {
		return err
	}
	if len(res.Records) != 1 {
		return fmt.Errorf("RETURN 1: got %d rows", len(res.Records))
	}
	if v, _ := res.Records[0].Get("one"); v != int64(1) {
		return fmt.Errorf("RETURN 1: got %v", v)
	}
	return nil
}

func run(ctx context.Context, uri, query, paramsJSON, database string) error {
	var params map[string]any
	if paramsJSON != "" {
		if err := json.Unmarshal([]byte(paramsJSON), &params); err != nil {
			return fmt.Errorf("-params: %w", err)
		}
		params = normalise(params).(map[string]any)
	}
	driver, err := newDriver(uri, deadline(ctx))
	if err != nil {
		return err
	}
	defer driver.Close(context.Background())

	// Auto-commit so that schema statements and CALL {} IN TRANSACTIONS work.
	session := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database})
	defer session.Close(context.Background())
	result, err := session.Run(ctx, query, params)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	rows := 0
	for result.Next(ctx) {
		rec := result.Record()
		row := make(map[string]any, len(rec.Keys))
		for i, k := range rec.Keys {
			row[k] = toJSON(rec.Values[i])
		}
		if err := enc.Encode(row); err != nil {
			return err
		}
		rows++
	}
	if err := result.Err(); err != nil {
		return err
	}
	summary, err := result.Consume(ctx)
	if err != nil {
		return err
	}
	c := summary.Counters()
	fmt.Fprintf(os.Stderr, "%d row(s)", rows)
	if c.ContainsUpdates() || c.ContainsSystemUpdates() {
		fmt.Fprintf(os.Stderr, "; nodes +%d -%d, rels +%d -%d, props set %d, labels +%d -%d, indexes +%d -%d, constraints +%d -%d",
			c.NodesCreated(), c.NodesDeleted(), c.RelationshipsCreated(), c.RelationshipsDeleted(),
			c.PropertiesSet(), c.LabelsAdded(), c.LabelsRemoved(), c.IndexesAdded(), c.IndexesRemoved(),
			c.ConstraintsAdded(), c.ConstraintsRemoved())
	}
	fmt.Fprintln(os.Stderr)
	return nil
}

// normalise turns JSON numbers that are whole into int64 so that parameters
// like {"limit": 10} reach Cypher as integers, not floats.
func normalise(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = normalise(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = normalise(e)
		}
		return x
	case float64:
		if x == float64(int64(x)) {
			return int64(x)
		}
		return x
	default:
		return v
	}
}

// toJSON renders driver values (graph types, temporal types) as JSON-friendly values.
func toJSON(v any) any {
	switch x := v.(type) {
	case dbtype.Node:
		return map[string]any{"_id": x.ElementId, "_labels": x.Labels, "props": toJSON(x.Props)}
	case dbtype.Relationship:
		return map[string]any{"_id": x.ElementId, "_type": x.Type, "_start": x.StartElementId, "_end": x.EndElementId, "props": toJSON(x.Props)}
	case dbtype.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = toJSON(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = toJSON(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = toJSON(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = toJSON(e)
		}
		return out
	case time.Time:
		return x // encoding/json writes RFC 3339
	case fmt.Stringer: // dbtype temporal and spatial values
		return x.String()
	default:
		return v
	}
}
