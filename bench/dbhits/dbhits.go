// Package dbhits measures what a Cypher statement costs the database: it runs
// the statement under PROFILE and sums the db hits of every operator of the
// plan, which, unlike time, does not depend on what else the machine does.
package dbhits

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Statement is one Cypher statement with its parameters.
type Statement struct {
	Cypher string
	Params map[string]any
}

// Profile runs st under PROFILE in a read transaction (a statement that
// writes is refused by the server there) and returns the db hits of its plan.
func Profile(ctx context.Context, driver neo4j.DriverWithContext, st Statement) (int64, error) {
	sess := driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead})
	defer sess.Close(context.WithoutCancel(ctx))
	hits, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "PROFILE "+strings.TrimSpace(st.Cypher), st.Params)
		if err != nil {
			return nil, err
		}
		// The plan's counts are complete only once every record is pulled.
		for res.Next(ctx) {
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return nil, err
		}
		if sum.Profile() == nil {
			return nil, fmt.Errorf("no profile in the result summary")
		}
		return total(sum.Profile()), nil
	})
	if err != nil {
		return 0, fmt.Errorf("profile: %w", err)
	}
	return hits.(int64), nil
}

func total(p neo4j.ProfiledPlan) int64 {
	n := p.DbHits()
	for _, c := range p.Children() {
		n += total(c)
	}
	return n
}
