package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"innograph/bench/dbhits"
	"innograph/bench/floor"
	"innograph/bench/load"
	"innograph/bench/neo4jproc"
	"innograph/bench/peerproc"
	"innograph/bench/prep"
	"innograph/bench/queries"
	"innograph/bench/report"
	"innograph/server"
	"innograph/store"
	"innograph/store/memory"
	"innograph/store/metered"
	neo4jstore "innograph/store/neo4j"
)

// requestTimeout bounds one request under load: far past the bound, so a
// request that takes it has failed the step anyway.
const requestTimeout = 3 * time.Second

// measure runs every query on every system over a graph of n entities.
func measure(ctx context.Context, cfg config, n int) (*report.Scale, error) {
	sc := &report.Scale{Entities: n, Seed: cfg.seed, Date: time.Now(), Commit: cfg.commit, Machine: machine(),
		Budget: cfg.budget, Bound: cfg.bound}
	tmp, err := os.MkdirTemp("", "benchpeer-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	graph := filepath.Join(tmp, "graph.jsonl")
	log.Printf("scale %d: generating the graph", n)
	if err := prep.Write(graph, n, cfg.seed); err != nil {
		return nil, err
	}

	// Neo4j: a fresh server, the graph bulk-loaded with the secondary
	// indexes deferred, then the store opened again to build them.
	srv, err := neo4jproc.Start(ctx, neo4jproc.Config{Repo: cfg.repo, Home: cfg.neo4jHome, Port: cfg.neo4jPort,
		Heap: cfg.heap, PageCache: cfg.pageCache})
	if err != nil {
		return nil, err
	}
	defer srv.Stop(context.WithoutCancel(ctx))
	driver, err := neo4j.NewDriverWithContext(srv.URI(), neo4j.NoAuth())
	if err != nil {
		return nil, err
	}
	defer driver.Close(context.WithoutCancel(ctx))
	st, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: srv.URI()})
	if err != nil {
		return nil, err
	}
	if err := prep.DeferIndexes(ctx, driver); err != nil {
		st.Close()
		return nil, err
	}
	log.Printf("scale %d: loading Neo4j", n)
	if sc.Neo4jLoad, err = prep.Into(ctx, st, graph); err != nil {
		st.Close()
		return nil, err
	}
	st.Close()
	start := time.Now()
	if st, err = neo4jstore.Open(ctx, neo4jstore.Config{URI: srv.URI()}); err != nil {
		return nil, err
	}
	defer st.Close()
	sc.IndexSeconds = time.Since(start).Seconds()
	log.Printf("scale %d: Neo4j loaded: %.0f items/s, indexes %.0f s", n, sc.Neo4jLoad.ItemsPerSecond(), sc.IndexSeconds)

	qs, err := querySet(ctx, driver, cfg.only)
	if err != nil {
		return nil, err
	}
	b := newBench(cfg)
	defer b.close()

	meter := metered.New(st)
	inno, err := b.serve(server.New(server.Config{Store: meter, Logger: slog.New(slog.DiscardHandler), LoaderWait: cfg.loaderWait}))
	if err != nil {
		return nil, err
	}
	fl := floor.New(driver, qs)
	floorURL, err := b.serve(fl)
	if err != nil {
		return nil, err
	}
	peerDir := filepath.Join(cfg.repo, "bench", "peer-node")
	if err := peerproc.Install(ctx, peerDir); err != nil {
		return nil, err
	}
	peer, err := peerproc.Start(ctx, peerDir, srv.URI())
	if err != nil {
		return nil, err
	}
	defer peer.Stop()

	answers := map[string]map[string]string{} // query → system → normalised answer
	for _, q := range qs {
		res := report.Query{Name: q.Name, Description: q.Description, PeerNote: q.PeerNote, Systems: map[string]*report.System{}}
		answers[q.Name] = map[string]string{}
		targets := map[string]target{
			report.Innograph: b.graphql(inno+"/graphql", q.Innograph, q.InnographCanon),
			report.Peer:      b.graphql(peer.URL, q.Peer, q.PeerCanon),
			report.Floor:     b.floor(floorURL + "/q/" + q.Name),
		}
		// innograph's statements for one request, under PROFILE.
		if res.DBHits, res.Statements, err = profileInnograph(ctx, st, driver, targets[report.Innograph], cfg.verbose); err != nil {
			log.Printf("%s: profile: %v", q.Name, err)
		}
		if res.FloorDBHits, err = dbhits.Profile(ctx, driver, dbhits.Statement{Cypher: q.Floor.Cypher, Params: q.Floor.Params}); err != nil {
			log.Printf("%s: profile floor: %v", q.Name, err)
		}
		names := []string{report.Innograph, report.Peer, report.Floor}
		lat := b.latencies(ctx, names, targets)
		for _, name := range names {
			m := meter
			if name != report.Innograph {
				m = nil
			}
			sys, answer := b.system(ctx, name, q.Name, targets[name], m, name != report.Peer, lat[name])
			res.Systems[name], answers[q.Name][name] = sys, answer
		}
		sc.Queries = append(sc.Queries, res)
	}
	peer.Stop()

	// The embedded store last and alone, so that its heap does not slow
	// the Go systems above with garbage collection work.
	log.Printf("scale %d: loading the embedded store", n)
	mem := memory.New()
	if sc.EmbeddedLoad, err = prep.Into(ctx, mem, graph); err != nil {
		return nil, err
	}
	emMeter := metered.New(mem)
	emb, err := b.serve(server.New(server.Config{Store: emMeter, Logger: slog.New(slog.DiscardHandler), LoaderWait: cfg.loaderWait}))
	if err != nil {
		return nil, err
	}
	for i, q := range qs {
		t := b.graphql(emb+"/graphql", q.Innograph, q.InnographCanon)
		lat := b.latencies(ctx, []string{report.Embedded}, map[string]target{report.Embedded: t})
		sys, answer := b.system(ctx, report.Embedded, q.Name, t, emMeter, true, lat[report.Embedded])
		sc.Queries[i].Systems[report.Embedded], answers[q.Name][report.Embedded] = sys, answer
	}
	for i := range sc.Queries {
		q := &sc.Queries[i]
		want := answers[q.Name][report.Innograph]
		q.Equal = want != ""
		for _, name := range report.Systems {
			if got := answers[q.Name][name]; got != want || got == "" {
				q.Equal = false
				q.Differences = append(q.Differences, name)
				log.Printf("%s: %s answered %s", q.Name, name, clip(got))
			}
		}
		if !q.Equal {
			log.Printf("%s: innograph answered %s", q.Name, clip(want))
		}
	}
	return sc, nil
}

// querySet builds the queries for the loaded graph: the deep page starts
// three quarters into the university's alumni.
func querySet(ctx context.Context, driver neo4j.DriverWithContext, only string) ([]queries.Query, error) {
	res, err := neo4j.ExecuteQuery(ctx, driver, `MATCH (:Entity {id: $id})<-[:ALUMNUS_OF]-(t) RETURN count(t) AS n`,
		map[string]any{"id": store.EntityID(prep.University)}, neo4j.EagerResultTransformer)
	if err != nil || len(res.Records) == 0 {
		return nil, fmt.Errorf("count alumni: %w", err)
	}
	total, _ := res.Records[0].Values[0].(int64)
	var out []queries.Query
	for _, q := range queries.Set(queries.Params{DeepOffset: int(total) * 3 / 4}) {
		if strings.Contains(q.Name, only) {
			out = append(out, q)
		}
	}
	return out, nil
}

// profileInnograph records the statements one request of t sends and sums
// their db hits under PROFILE.
func profileInnograph(ctx context.Context, st *neo4jstore.Store, driver neo4j.DriverWithContext, t target, verbose bool) (int64, int, error) {
	var stmts []dbhits.Statement
	rec := make(chan dbhits.Statement, 64)
	st.Observe(func(cypher string, params map[string]any) { rec <- dbhits.Statement{Cypher: cypher, Params: params} })
	_, err := t.do(ctx)
	st.Observe(nil)
	close(rec)
	for s := range rec {
		stmts = append(stmts, s)
	}
	if err != nil {
		return 0, 0, err
	}
	var total int64
	for _, s := range stmts {
		start := time.Now()
		n, err := dbhits.Profile(ctx, driver, s)
		if err != nil {
			return 0, 0, err
		}
		if verbose {
			log.Printf("%8d db hits %6.1f ms: %s", n, float64(time.Since(start).Microseconds())/1000, clip(s.Cypher))
		}
		total += n
	}
	return total, len(stmts), nil
}

// bench holds the HTTP servers the run started and the client that drives
// every system.
type bench struct {
	cfg     config
	client  *http.Client
	servers []*http.Server
	// static serves a fixed body, to measure what the client allocates.
	static    *staticHandler
	staticURL string
}

func newBench(cfg config) *bench {
	tr := &http.Transport{MaxIdleConns: 2 * load.MaxInFlight, MaxIdleConnsPerHost: 2 * load.MaxInFlight,
		IdleConnTimeout: time.Minute, DisableCompression: true}
	return &bench{cfg: cfg, client: &http.Client{Transport: tr}}
}

// serve serves h on a loopback port and returns its base URL.
func (b *bench) serve(h http.Handler) (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	s := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	b.servers = append(b.servers, s)
	go s.Serve(l)
	return "http://" + l.Addr().String(), nil
}

func (b *bench) close() {
	for _, s := range b.servers {
		s.Close()
	}
}

// system measures one system on one query: its answer (normalised), its
// latency one request at a time with the cost per request, then its
// sustained rate. meter, when set, counts its store calls; allocs says
// whether it runs in this process.
// latencies warms every system up, then sends their requests in turn
// (one to each, again and again) for a fifth of the budget and returns
// each one's latencies. Taking turns matters on a shared machine: whichever
// system ran first used to pay for the JVM compiling Neo4j's code paths
// and for the page cache, and drift in the machine's load hit one system
// and not the next; now both hit all alike.
func (b *bench) latencies(ctx context.Context, names []string, targets map[string]target) map[string]load.Result {
	for _, name := range names {
		sequential(ctx, targets[name].fire, max(200*time.Millisecond, b.cfg.budget/20))
	}
	d := max(500*time.Millisecond, b.cfg.budget/5)
	lat := map[string][]time.Duration{}
	out := map[string]load.Result{}
	start := time.Now()
	for round := 0; (time.Since(start) < d || round < 5) && round < 2000 && ctx.Err() == nil; round++ {
		busy := false
		for _, name := range names {
			res := out[name]
			if res.Errors >= 3 {
				continue
			}
			busy = true
			if took, ok := fireOnce(ctx, targets[name].fire, &res); ok {
				lat[name] = append(lat[name], took)
			}
			out[name] = res
		}
		if !busy {
			break
		}
	}
	for _, name := range names {
		res := out[name]
		res.Duration = time.Since(start)
		res.P50, res.P99, res.Max = load.Quantiles(lat[name])
		out[name] = res
	}
	return out
}

// system measures one system on one query: its answer, round trips and
// allocations per request (from requests of its own, since allocations
// are counted for the whole process), and its sustained rate; lat is its
// share of the interleaved latency run.
func (b *bench) system(ctx context.Context, name, query string, t target, meter *metered.Store, allocs bool, lat load.Result) (*report.System, string) {
	sys := &report.System{Allocs: -1}
	body, err := t.do(ctx)
	if err != nil {
		sys.Error = err.Error()
		log.Printf("%s on %s: %v", query, name, err)
		return sys, ""
	}
	answer, err := t.answer(body)
	if err != nil {
		sys.Error = err.Error()
		log.Printf("%s on %s: %v", query, name, err)
		return sys, ""
	}
	if meter != nil {
		meter.Reset()
	}
	own, mallocs := sequential(ctx, t.fire, max(200*time.Millisecond, b.cfg.budget/20))
	if meter != nil {
		sys.RoundTrips = float64(meter.Calls()) / float64(max(own.OK, 1))
	} else {
		sys.RoundTrips = 1 // the peer and the floor send one statement per request
	}
	if allocs && own.OK > 0 {
		sys.Allocs = float64(mallocs)/float64(own.OK) - b.clientAllocs(ctx, body)
	}
	sys.Sequential = lat
	if lat.Errors > 0 {
		sys.Error = lat.FirstError
	} else if own.Errors > 0 {
		sys.Error = own.FirstError
	}

	// The search starts from half a closed-loop estimate of capacity.
	step := max(300*time.Millisecond, b.cfg.budget/7)
	est, err := load.Closed(ctx, t.fire, 4, min(2*time.Second, step), requestTimeout)
	if err != nil {
		sys.Error = err.Error()
		log.Printf("%s on %s: %v", query, name, err)
		return sys, answer
	}
	sys.Search, err = load.Sustain(ctx, t.fire, load.SearchConfig{Bound: b.cfg.bound, Step: step, Steps: 7,
		Start: max(1, est/2), MaxRate: max(50, 4*est), Timeout: requestTimeout})
	if err != nil {
		sys.Error = err.Error()
	}
	log.Printf("%-40s %-9s p50 %6.1f ms  p99 %6.1f ms  sustained %7.1f req/s (closed-loop estimate %.0f)",
		query, name, float64(sys.Sequential.P50.Microseconds())/1000, float64(sys.Sequential.P99.Microseconds())/1000,
		sys.Search.Sustained, est)
	return sys, answer
}

// fireOnce sends one request and counts it in res; it returns how long a
// successful one took.
func fireOnce(ctx context.Context, fire load.Target, res *load.Result) (time.Duration, bool) {
	t0 := time.Now()
	rctx, cancel := context.WithTimeout(ctx, time.Minute)
	err := fire(rctx)
	cancel()
	res.Sent++
	if err != nil {
		res.Errors++
		if res.FirstError == "" {
			res.FirstError = err.Error()
		}
		return 0, false
	}
	res.OK++
	return time.Since(t0), true
}

// sequential sends requests one after another for about d (at least 5,
// at most 2000) and returns their latencies and the heap allocations the
// process made meanwhile.
func sequential(ctx context.Context, fire load.Target, d time.Duration) (load.Result, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	lat := make([]time.Duration, 0, 2000)
	res := load.Result{Duration: d}
	start := time.Now()
	for (time.Since(start) < d || res.Sent < 5) && res.Sent < 2000 && ctx.Err() == nil {
		took, ok := fireOnce(ctx, fire, &res)
		if !ok {
			if res.Errors >= 3 {
				break
			}
			continue
		}
		lat = append(lat, took)
	}
	runtime.ReadMemStats(&after)
	res.P50, res.P99, res.Max = load.Quantiles(lat)
	return res, after.Mallocs - before.Mallocs
}

// clip shortens an answer for the log.
func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// commit names the code measured: the commit, marked when the tree has
// changes to what the benchmark runs. It is read once, when the process
// starts (the code it runs was built then), not per scale: commits made
// during a long run are not in it.
func commit(repo string) string {
	out, err := exec.Command("git", "-C", repo, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown"
	}
	c := strings.TrimSpace(string(out))
	// The report and results a run rewrites are not code.
	if err := exec.Command("git", "-C", repo, "diff", "--quiet", "HEAD", "--", "store", "server", "graph", "loaders", "bench",
		":(exclude)bench/results", ":(exclude)bench/REPORT.md").Run(); err != nil {
		c += " (with uncommitted changes)"
	}
	return c
}

// machine describes the computer the figures come from.
func machine() string {
	model := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int
		fmt.Sscanf(strings.TrimPrefix(strings.SplitN(string(b), "\n", 2)[0], "MemTotal:"), "%d", &kb)
		mem = fmt.Sprintf(", %.0f GiB", float64(kb)/(1<<20))
	}
	return fmt.Sprintf("%d cores (%s)%s, %s/%s, %s", runtime.NumCPU(), model, mem, runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// target is one system's request for one query.
type target struct {
	client *http.Client
	url    string
	body   []byte
	canon  func(json.RawMessage) (any, error)
}

func (b *bench) graphql(url string, q queries.GraphQL, canon func(json.RawMessage) (any, error)) target {
	body, _ := json.Marshal(q)
	return target{client: b.client, url: url, body: body, canon: canon}
}

func (b *bench) floor(url string) target {
	return target{client: b.client, url: url, body: []byte("{}"), canon: func(raw json.RawMessage) (any, error) {
		var v any
		err := json.Unmarshal(raw, &v)
		return v, err
	}}
}

// do sends the request and returns the body of a 200 answer.
func (t target) do(ctx context.Context) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.url, strings.NewReader(string(t.body)))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := t.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := readAll(resp)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d: %s", resp.StatusCode, clip(string(body)))
	}
	return body, nil
}

// fire is do for the load: a GraphQL error counts as a failure.
func (t target) fire(ctx context.Context) error {
	body, err := t.do(ctx)
	if err == nil && hasErrors(body) {
		err = fmt.Errorf("errors in the answer: %s", clip(string(body)))
	}
	return err
}

// answer normalises a response: the data, through the query's
// canonicalisation, as JSON with sorted keys.
func (t target) answer(body []byte) (string, error) {
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		return "", fmt.Errorf("answer: %w", err)
	}
	if len(resp.Errors) > 0 && string(resp.Errors) != "null" {
		return "", fmt.Errorf("errors in the answer: %s", clip(string(resp.Errors)))
	}
	v, err := t.canon(resp.Data)
	if err != nil {
		return "", fmt.Errorf("answer: %w", err)
	}
	return normalise(v)
}

// normalise marshals v with object keys sorted, whatever the Go types.
func normalise(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		return "", err
	}
	b, err = json.Marshal(generic)
	return string(b), err
}
