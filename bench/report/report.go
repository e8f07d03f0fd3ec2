// Package report holds the benchmark's results and renders them: one JSON
// file per scale (kept, so that the report can be rebuilt from every scale
// measured, even when the scales were run on different days), the
// Markdown report and the flat JSON summary.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"innograph/bench/load"
	"innograph/bench/prep"
)

// Systems, in the order the report shows them.
const (
	Innograph = "innograph"
	Peer      = "peer"
	Floor     = "floor"
	Embedded  = "embedded"
)

// Systems lists the system names in report order.
var Systems = []string{Innograph, Peer, Floor, Embedded}

// Scale is everything measured on one graph size.
type Scale struct {
	Entities int       `json:"entities"`
	Seed     uint64    `json:"seed"`
	Date     time.Time `json:"date"`
	Commit   string    `json:"commit"`
	Machine  string    `json:"machine"`
	// Budget is the time given to each system's rate search per query.
	Budget time.Duration `json:"budget"`
	Bound  time.Duration `json:"bound"`
	// Loads: Neo4j (bulk, then indexes built) and the embedded store.
	Neo4jLoad    prep.Load `json:"neo4jLoad"`
	IndexSeconds float64   `json:"indexSeconds"`
	EmbeddedLoad prep.Load `json:"embeddedLoad"`
	Queries      []Query   `json:"queries"`
}

// Query is one query's results on one scale.
type Query struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	PeerNote    string `json:"peerNote,omitempty"`
	Equal       bool   `json:"equal"`
	// Differences names the systems whose answer differs from innograph's.
	Differences []string `json:"differences,omitempty"`
	// DBHits sums the PROFILE db hits of innograph's statements for one
	// request; Statements counts them. FloorDBHits is the floor's.
	DBHits      int64              `json:"dbHits"`
	Statements  int                `json:"statements"`
	FloorDBHits int64              `json:"floorDbHits"`
	Systems     map[string]*System `json:"systems"`
}

// System is one system's measurements of one query.
type System struct {
	// Unloaded latency: requests one after another.
	Sequential load.Result `json:"sequential"`
	Search     load.Search `json:"search"`
	// RoundTrips are store calls (Neo4j statements) per request.
	RoundTrips float64 `json:"roundTrips"`
	// Allocs are heap allocations per request in the Go process, the
	// client's own subtracted; -1 where not measurable (the Node peer).
	Allocs float64 `json:"allocs"`
	Error  string  `json:"error,omitempty"`
}

// Save writes a scale's results to dir/scale-N.json.
func Save(dir string, s *Scale) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	b, err := json.MarshalIndent(s, "", " ")
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, fmt.Sprintf("scale-%d.json", s.Entities)), append(b, '\n'), 0o644)
}

// LoadAll reads every scale saved in dir, smallest first.
func LoadAll(dir string) ([]*Scale, error) {
	paths, _ := filepath.Glob(filepath.Join(dir, "scale-*.json"))
	var out []*Scale
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("report: %w", err)
		}
		s := &Scale{}
		if err := json.Unmarshal(b, s); err != nil {
			return nil, fmt.Errorf("report: %s: %w", p, err)
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b *Scale) int { return a.Entities - b.Entities })
	return out, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// Summary is the flat JSON summary.
type Summary struct {
	Queries []SummaryQuery `json:"queries"`
}

// SummaryQuery is one query on one scale in the summary.
type SummaryQuery struct {
	Name               string  `json:"name"`
	Entities           int     `json:"entities"`
	Equal              bool    `json:"equal"`
	InnographRPS       float64 `json:"innograph_rps"`
	PeerRPS            float64 `json:"peer_rps"`
	FloorRPS           float64 `json:"floor_rps"`
	EmbeddedRPS        float64 `json:"embedded_rps"`
	InnographOverPeer  float64 `json:"innograph_over_peer"`
	InnographOverFloor float64 `json:"innograph_over_floor"`
	InnographP50       float64 `json:"innograph_p50_ms"`
	InnographP99       float64 `json:"innograph_p99_ms"`
	PeerP50            float64 `json:"peer_p50_ms"`
	PeerP99            float64 `json:"peer_p99_ms"`
	FloorP50           float64 `json:"floor_p50_ms"`
	FloorP99           float64 `json:"floor_p99_ms"`
	EmbeddedP50        float64 `json:"embedded_p50_ms"`
	EmbeddedP99        float64 `json:"embedded_p99_ms"`
	P50OverFloor       float64 `json:"innograph_p50_over_floor_p50"`
	RoundTrips         float64 `json:"innograph_round_trips"`
	Allocs             float64 `json:"innograph_allocs"`
	FloorAllocs        float64 `json:"floor_allocs"`
	DBHits             int64   `json:"innograph_db_hits"`
	FloorDBHits        int64   `json:"floor_db_hits"`
}

func (q *Query) sys(name string) *System {
	if s := q.Systems[name]; s != nil {
		return s
	}
	return &System{}
}

// Summarize flattens scales into the summary.
func Summarize(scales []*Scale) Summary {
	sum := Summary{Queries: []SummaryQuery{}}
	for _, sc := range scales {
		for i := range sc.Queries {
			q := &sc.Queries[i]
			in, pe, fl, em := q.sys(Innograph), q.sys(Peer), q.sys(Floor), q.sys(Embedded)
			sum.Queries = append(sum.Queries, SummaryQuery{
				Name: q.Name, Entities: sc.Entities, Equal: q.Equal,
				InnographRPS: in.Search.Sustained, PeerRPS: pe.Search.Sustained, FloorRPS: fl.Search.Sustained, EmbeddedRPS: em.Search.Sustained,
				InnographOverPeer:  ratio(in.Search.Sustained, pe.Search.Sustained),
				InnographOverFloor: ratio(in.Search.Sustained, fl.Search.Sustained),
				InnographP50:       ms(in.Sequential.P50), InnographP99: ms(in.Sequential.P99),
				PeerP50: ms(pe.Sequential.P50), PeerP99: ms(pe.Sequential.P99),
				FloorP50: ms(fl.Sequential.P50), FloorP99: ms(fl.Sequential.P99),
				EmbeddedP50: ms(em.Sequential.P50), EmbeddedP99: ms(em.Sequential.P99),
				P50OverFloor: ratio(ms(in.Sequential.P50), ms(fl.Sequential.P50)),
				RoundTrips:   in.RoundTrips, Allocs: in.Allocs, FloorAllocs: fl.Allocs,
				DBHits: q.DBHits, FloorDBHits: q.FloorDBHits,
			})
		}
	}
	return sum
}

// WriteJSON writes the summary of scales to path.
func WriteJSON(path string, scales []*Scale) error {
	b, err := json.MarshalIndent(Summarize(scales), "", "  ")
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Markdown writes the report of scales to w; preface is the hand-written
// part that comes first (method, findings).
func Markdown(w io.Writer, scales []*Scale, preface string) error {
	var b strings.Builder
	b.WriteString(preface)
	if len(scales) > 0 {
		b.WriteString("\n## The queries\n\n")
		for _, q := range scales[len(scales)-1].Queries {
			fmt.Fprintf(&b, "- **%s**: %s.", q.Name, q.Description)
			if q.PeerNote != "" {
				fmt.Fprintf(&b, " Peer: %s.", q.PeerNote)
			}
			b.WriteString("\n")
		}
	}
	for _, sc := range scales {
		fmt.Fprintf(&b, "\n## %d entities\n\n", sc.Entities)
		fmt.Fprintf(&b, "Measured %s at commit %s on %s; rate search budget %s per system and query, p99 bound %s.\n\n",
			sc.Date.UTC().Format("2006-01-02 15:04 UTC"), sc.Commit, sc.Machine, sc.Budget, sc.Bound)
		fmt.Fprintf(&b, "Load: Neo4j %d entities and %d relations in %.0f s (%.0f items/s, bulk UNWIND batches, indexes deferred), then %.0f s building indexes; "+
			"embedded store in %.0f s (%.0f items/s).\n\n",
			sc.Neo4jLoad.Entities, sc.Neo4jLoad.Relations, sc.Neo4jLoad.Seconds, sc.Neo4jLoad.ItemsPerSecond(), sc.IndexSeconds,
			sc.EmbeddedLoad.Seconds, sc.EmbeddedLoad.ItemsPerSecond())
		b.WriteString("Sustained req/s at p99 < " + sc.Bound.String() + " (open loop), and the ratios:\n\n")
		b.WriteString("| query | equal | innograph | peer | floor | embedded | innograph/peer | innograph/floor |\n|---|---|---:|---:|---:|---:|---:|---:|\n")
		for i := range sc.Queries {
			q := &sc.Queries[i]
			in, pe, fl, em := q.sys(Innograph), q.sys(Peer), q.sys(Floor), q.sys(Embedded)
			eq := "yes"
			if !q.Equal {
				eq = "**no** (" + strings.Join(q.Differences, ", ") + ")"
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", q.Name, eq,
				rps(in), rps(pe), rps(fl), rps(em),
				x(ratio(in.Search.Sustained, pe.Search.Sustained)), x(ratio(in.Search.Sustained, fl.Search.Sustained)))
		}
		b.WriteString("\nLatency of requests sent one after another (p50 / p99, ms), and innograph's p50 over the floor's:\n\n")
		b.WriteString("| query | innograph | peer | floor | embedded | innograph p50 / floor p50 |\n|---|---:|---:|---:|---:|---:|\n")
		for i := range sc.Queries {
			q := &sc.Queries[i]
			in, pe, fl, em := q.sys(Innograph), q.sys(Peer), q.sys(Floor), q.sys(Embedded)
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", q.Name, lat(in), lat(pe), lat(fl), lat(em),
				x(ratio(ms(in.Sequential.P50), ms(fl.Sequential.P50))))
		}
		b.WriteString("\nCost per request: store round trips (Neo4j statements; the peer and the floor send one), heap allocations " +
			"in the Go process (client's own subtracted; the peer runs in Node), and PROFILE db hits summed over the plan:\n\n")
		b.WriteString("| query | innograph round trips | embedded store calls | innograph allocs | embedded allocs | floor allocs | innograph db hits (statements) | floor db hits |\n" +
			"|---|---:|---:|---:|---:|---:|---:|---:|\n")
		for i := range sc.Queries {
			q := &sc.Queries[i]
			in, fl, em := q.sys(Innograph), q.sys(Floor), q.sys(Embedded)
			fmt.Fprintf(&b, "| %s | %.1f | %.1f | %s | %s | %s | %d (%d) | %d |\n", q.Name, in.RoundTrips, em.RoundTrips,
				allocs(in), allocs(em), allocs(fl), q.DBHits, q.Statements, q.FloorDBHits)
		}
		var errs []string
		for i := range sc.Queries {
			q := &sc.Queries[i]
			for _, name := range Systems {
				if s := q.Systems[name]; s != nil && s.Error != "" {
					errs = append(errs, fmt.Sprintf("- %s, %s: %s", q.Name, name, s.Error))
				}
			}
		}
		if len(errs) > 0 {
			b.WriteString("\nErrors:\n\n" + strings.Join(errs, "\n") + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func rps(s *System) string {
	if s.Error != "" && s.Search.Sustained == 0 {
		return "error"
	}
	if s.Search.Sustained == 0 {
		return "< " + fmtRate(firstRate(s))
	}
	return fmtRate(s.Search.Sustained)
}

func firstRate(s *System) float64 {
	lowest := 0.0
	for _, st := range s.Search.Steps {
		if lowest == 0 || st.Rate < lowest {
			lowest = st.Rate
		}
	}
	return lowest
}

func fmtRate(r float64) string {
	if r >= 100 {
		return fmt.Sprintf("%.0f", r)
	}
	return fmt.Sprintf("%.1f", r)
}

func lat(s *System) string {
	if s.Sequential.OK == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f / %.1f", ms(s.Sequential.P50), ms(s.Sequential.P99))
}

func allocs(s *System) string {
	if s.Allocs < 0 || s.Sequential.OK == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f", s.Allocs)
}

func x(r float64) string {
	if r == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", r)
}
