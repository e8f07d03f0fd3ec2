package graph_test

import (
	"os"
	"testing"

	"innograph/internal/neo4jtest"
)

func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }
