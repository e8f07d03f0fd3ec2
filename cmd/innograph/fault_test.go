package main_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"innograph/internal/neo4jtest"
	"innograph/store"
	"innograph/store/open"
)

// The fault tests kill the store in the middle of a multi-file import of
// news texts and JSON Lines lists (the embedded store by SIGKILL to the
// importing process, Neo4j by SIGKILL to the server), restart it and check
// that every document is either wholly there or wholly absent; then they
// import again and check that the graph equals a clean import: no
// duplicate entity, relation or evidence, no partial document.

// faultNews is a news page for the document importer; each text document
// of the fault tests replaces 蜀锦 with a word of its own, so the
// documents differ, while the universities and the zone they name are
// linked to the same entities.
const faultNews = `蜀锦机器人中试平台投用 已服务30余家企业
6月17日，位于成都高新区的蜀锦人形机器人中试平台正式投入运营。该平台由成都高新区管委会与电子科技大学、四川蜀锦电子控股集团有限公司联合共建，已为成都蜀锦卡诺普机器人技术股份有限公司、成都蜀锦星河动力科技有限公司等30余家企业提供中试验证服务。
平台负责人、电子科技大学机械与电气工程学院教授李蜀锦介绍，平台聚焦人形机器人、工业机器人、智能传感器等领域，已孵化出成都蜀锦灵犀智造科技有限公司。
成都蜀锦卡诺普机器人技术股份有限公司是成都机器人产业链链主企业。公司为四川蜀锦电子控股集团有限公司供应工业机械臂。
当天，成都高新区还与西南交通大学签署战略合作协议，双方将在未来科技城共建蜀锦轨道交通智能装备研究院。
`

var faultWords = []string{"蜀锦", "锦官", "浣花", "望江", "玉垒", "芙蓉", "银杏", "熊猫", "竹海", "杜鹃"}

// faultFiles writes n files, one document each. Every tenth, from the
// eighth, is a news text for the document importer; the others are JSON
// Lines lists: entities of their own and entities shared with other lists
// (so that a re-import updates them), relations among them, every fact
// citing the document. Every tenth list, from the sixth, is large (1,000
// entities), so that a kill right after the list before it lands inside
// its parse, apply or log write.
func faultFiles(t *testing.T, dir string, n int) []string {
	t.Helper()
	var files []string
	for k := range n {
		if k%10 == 7 {
			path := filepath.Join(dir, fmt.Sprintf("news-%03d.txt", k))
			text := strings.ReplaceAll(faultNews, "蜀锦", faultWords[(k/10)%len(faultWords)])
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, path)
			continue
		}
		var b strings.Builder
		doc := fmt.Sprintf("fault-doc-%03d", k)
		fmt.Fprintf(&b, `{"type":"document","id":%q,"title":"故障测试文档%03d"}`+"\n", doc, k)
		ev := func(i int) string {
			return fmt.Sprintf(`[{"doc":%q,"text":"第%d句。","start":%d,"end":%d}]`, doc, i, 10*i, 10*i+5)
		}
		size := 30
		if k%10 == 5 {
			size = 1000
		}
		var names []string
		for i := range size {
			name := fmt.Sprintf("故障企业%03d-%02d", k, i)
			if i%3 == 0 {
				name = fmt.Sprintf("共享机构%02d", (k*7+i)%40) // also named by other lists
			}
			names = append(names, name)
			fmt.Fprintf(&b, `{"type":"entity","kind":"ENTERPRISE","name":%q,"evidence":%s}`+"\n", name, ev(i))
		}
		for i := range size + size/3 {
			from, to := names[i%size], names[(i*7+1)%size]
			if from == to {
				continue
			}
			rel := []string{"SUPPLIES", "PARTNERS_WITH"}[i%2]
			fmt.Fprintf(&b, `{"type":"relation","rel":%q,"from":%q,"to":%q,"evidence":%s}`+"\n", rel, from, to, ev(30+i))
		}
		path := filepath.Join(dir, fmt.Sprintf("list-%03d.jsonl", k))
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	return files
}

// snapshot is what a store holds, in comparable form.
type snapshot struct {
	stats     store.Stats
	docs      map[string]bool
	entities  map[string][]string // id -> sorted evidence "doc@start-end"
	relations map[string][]string
	keys      map[string]int // normalised name -> entities with it
}

func evidenceKeys(t *testing.T, what string, ev []store.Evidence) []string {
	var out []string
	for _, e := range ev {
		out = append(out, fmt.Sprintf("%s@%d-%d", e.Doc, e.Start, e.End))
	}
	slices.Sort(out)
	if len(slices.Compact(slices.Clone(out))) != len(out) {
		t.Errorf("%s has duplicate evidence: %v", what, out)
	}
	return out
}

func takeSnapshot(t *testing.T, uri string) snapshot {
	t.Helper()
	ctx := context.Background()
	s, err := open.Open(ctx, uri)
	if err != nil {
		t.Fatalf("reopen %s: %v", uri, err)
	}
	defer s.Close()
	snap := snapshot{docs: map[string]bool{}, entities: map[string][]string{}, relations: map[string][]string{}, keys: map[string]int{}}
	if snap.stats, err = s.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for after := ""; ; {
		page, err := s.FindEntities(ctx, store.EntityQuery{Sort: store.SortName, Page: store.Page{First: store.MaxPage, After: after}})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Entities {
			snap.entities[e.ID] = evidenceKeys(t, e.Name, e.Evidence)
			snap.keys[store.Key(e.Name)]++
			ids = append(ids, e.ID)
		}
		if !page.HasNext {
			break
		}
		after = store.EncodeCursor(page.Offset + len(page.Entities) - 1)
	}
	for chunk := range slices.Chunk(ids, 500) {
		var qs []store.NeighborQuery
		for _, id := range chunk {
			qs = append(qs, store.NeighborQuery{EntityID: id, Direction: store.Out, Page: store.Page{First: store.MaxPage}})
		}
		pages, err := s.Neighbors(ctx, qs)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			for _, n := range p.Neighbors {
				if _, dup := snap.relations[n.Relation.ID]; dup {
					t.Errorf("relation %s listed twice", n.Relation.ID)
				}
				snap.relations[n.Relation.ID] = evidenceKeys(t, n.Relation.ID, n.Relation.Evidence)
			}
		}
	}
	for after := ""; ; {
		page, err := s.FindDocuments(ctx, store.Page{First: store.MaxPage, After: after})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range page.Documents {
			snap.docs[d.ID] = true
		}
		if !page.HasNext {
			break
		}
		after = store.EncodeCursor(page.Offset + len(page.Documents) - 1)
	}
	for k, n := range snap.keys {
		if n > 1 {
			t.Errorf("%d entities with the key %q", n, k)
		}
	}
	if len(snap.entities) != snap.stats.Entities || len(snap.relations) != snap.stats.Relations || len(snap.docs) != snap.stats.Documents {
		t.Errorf("listing (%d entities, %d relations, %d documents) disagrees with stats %+v",
			len(snap.entities), len(snap.relations), len(snap.docs), snap.stats)
	}
	return snap
}

// cited returns, per document, the facts of a snapshot citing it.
func (s snapshot) cited() map[string][]string {
	out := map[string][]string{}
	for _, facts := range []map[string][]string{s.entities, s.relations} {
		for id, ev := range facts {
			for _, e := range ev {
				doc, _, _ := strings.Cut(e, "@")
				out[doc] = append(out[doc], id+" "+e)
			}
		}
	}
	for _, v := range out {
		slices.Sort(v)
	}
	return out
}

// checkAllOrNothing compares a store after a crash with the clean import:
// each document is there with all its facts, or absent with none.
func checkAllOrNothing(t *testing.T, got, want snapshot) (present int) {
	t.Helper()
	gotCited, wantCited := got.cited(), want.cited()
	for doc := range want.docs {
		switch {
		case got.docs[doc]:
			present++
			if !slices.Equal(gotCited[doc], wantCited[doc]) {
				t.Errorf("document %s is partial: %d of %d facts", doc, len(gotCited[doc]), len(wantCited[doc]))
			}
		case len(gotCited[doc]) > 0:
			t.Errorf("document %s is absent but %d facts cite it", doc, len(gotCited[doc]))
		}
	}
	for doc := range got.docs {
		if !want.docs[doc] {
			t.Errorf("unexpected document %s", doc)
		}
	}
	return present
}

func checkEqual(t *testing.T, got, want snapshot) {
	t.Helper()
	if got.stats != want.stats {
		t.Errorf("stats %+v, want %+v", got.stats, want.stats)
	}
	for name, pair := range map[string][2]map[string][]string{"entity": {got.entities, want.entities}, "relation": {got.relations, want.relations}} {
		for id, ev := range pair[1] {
			if !slices.Equal(pair[0][id], ev) {
				t.Errorf("%s %s: evidence %v, want %v", name, id, pair[0][id], ev)
			}
		}
	}
}

// importUntil starts `innograph import` of files and calls stop once it has
// reported after files, plus a random pause of up to maxPause, so the
// fault lands at different points of the next list's parse, apply or
// write; it returns how many files it had reported when it exited, and
// its error.
func importUntil(t *testing.T, uri string, files []string, after int, maxPause time.Duration, stop func(*exec.Cmd)) (int, error) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"import", "--store", uri}, files...)...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	done, stopped := 0, false
	for sc.Scan() {
		done++
		if done == after && !stopped {
			stopped = true
			time.Sleep(rand.N(maxPause))
			stop(cmd)
		}
	}
	io.Copy(io.Discard, out)
	err = cmd.Wait()
	if err != nil && !stopped {
		t.Fatalf("import failed before the fault: %v\n%s", err, stderr.String())
	}
	return done, err
}

func TestFaultEmbeddedStoreKilledMidImport(t *testing.T) {
	dir := t.TempDir()
	files := faultFiles(t, dir, 60)
	ref := "file:" + filepath.Join(dir, "reference")
	if out, err := run(t, append([]string{"import", "--store", ref}, files...)...); err != nil {
		t.Fatalf("clean import: %v\n%s", err, out)
	}
	want := takeSnapshot(t, ref)

	faulted := filepath.Join(dir, "faulted")
	uri := "file:" + faulted
	// Each kill comes up to a second into a large list (after 5 and 45) or
	// a news text (after 17 and 37): a few hundred ms of work each under
	// the race detector.
	for _, after := range []int{5, 17, 45, 37} {
		done, _ := importUntil(t, uri, files, after, time.Second, func(cmd *exec.Cmd) {
			cmd.Process.Signal(syscall.SIGKILL)
		})
		got := takeSnapshot(t, uri) // reopening cuts a torn record
		present := checkAllOrNothing(t, got, want)
		t.Logf("killed after %d files reported: %d of %d documents present, none partial", done, present, len(want.docs))
	}
	// A kill rarely lands inside the log write itself (well under a
	// millisecond of each list's work), so tear the last record as such a
	// kill would: its whole document must vanish at the restart.
	logPath := filepath.Join(faulted, "graph.log")
	log, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	last := strings.LastIndexByte(string(log[:len(log)-1]), '\n') + 1
	if err := os.WriteFile(logPath, log[:last+(len(log)-last)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	present := checkAllOrNothing(t, takeSnapshot(t, uri), want)
	t.Logf("last log record torn in half: %d of %d documents present, none partial", present, len(want.docs))
	if out, err := run(t, append([]string{"import", "--store", uri}, files...)...); err != nil {
		t.Fatalf("re-import: %v\n%s", err, out)
	}
	checkEqual(t, takeSnapshot(t, uri), want)
}

// neo4jInstance runs a Neo4j of its own through scripts/neo4j, in a
// temporary home on a free port, so killing it never touches the shared
// test server. The jars and the health check of the repository's .neo4j
// are reused when present (no second fetch).
type neo4jInstance struct {
	script string
	env    []string // without the port
	port   string
	uri    string
}

func startNeo4j(t *testing.T) *neo4jInstance {
	t.Helper()
	repo, _ := filepath.Abs(filepath.Join("..", ".."))
	home := t.TempDir()
	if exists(filepath.Join(repo, ".neo4j", "lib", ".fetch-complete")) {
		if err := os.Symlink(filepath.Join(repo, ".neo4j", "lib"), filepath.Join(home, "lib")); err != nil {
			t.Fatal(err)
		}
	}
	if ping, err := os.ReadFile(filepath.Join(repo, ".neo4j", "bin", "neo4jping")); err == nil {
		os.MkdirAll(filepath.Join(home, "bin"), 0o755)
		os.WriteFile(filepath.Join(home, "bin", "neo4jping"), ping, 0o755)
	}
	n := &neo4jInstance{
		script: filepath.Join(repo, "scripts", "neo4j"),
		env: append(os.Environ(), "INNOGRAPH_NEO4J_HOME="+home,
			"NEO4J_HEAP=512m", "NEO4J_HEAP_MIN=128m", "NEO4J_PAGECACHE=64m", "NEO4J_START_TIMEOUT=300"),
	}
	t.Cleanup(func() { n.run(t, "kill9") })
	n.start(t)
	return n
}

// start starts the server, on another port when its port was taken
// meanwhile (the data does not depend on it).
func (n *neo4jInstance) start(t *testing.T) {
	t.Helper()
	for range 3 {
		if n.port == "" {
			n.port = freePort(t)
		}
		n.uri = "bolt://127.0.0.1:" + n.port
		out, err := n.call(t, "start")
		if err == nil {
			return
		}
		if !strings.Contains(out, "in use") {
			t.Fatalf("scripts/neo4j start: %v\n%s", err, out)
		}
		t.Logf("port %s taken, trying another: %s", n.port, strings.TrimSpace(out))
		n.port = ""
	}
	t.Fatal("no port for Neo4j")
}

// freePort picks a free port below the kernel's ephemeral range (32768
// and up), which outgoing connections do not take.
func freePort(t *testing.T) string {
	t.Helper()
	for range 100 {
		port := fmt.Sprint(20000 + rand.IntN(12000))
		if l, err := net.Listen("tcp", "127.0.0.1:"+port); err == nil {
			l.Close()
			return port
		}
	}
	t.Fatal("no free port")
	return ""
}

func (n *neo4jInstance) call(t *testing.T, cmd string) (string, error) {
	c := exec.Command(n.script, cmd)
	c.Env = append(n.env, "NEO4J_BOLT_PORT="+n.port)
	out, err := c.CombinedOutput()
	return string(out), err
}

func (n *neo4jInstance) run(t *testing.T, cmd string) {
	t.Helper()
	if out, err := n.call(t, cmd); err != nil {
		t.Fatalf("scripts/neo4j %s: %v\n%s", cmd, err, out)
	}
}

// TestFaultNeo4jKilledMidImport stops Neo4j with SIGKILL in the middle of
// a multi-file import (the importing process is stopped too, so that the
// state after the restart is the crash's), restarts it, and checks the
// graph as the embedded test does. It takes one to two minutes, most of
// it Neo4j starting and recovering.
func TestFaultNeo4jKilledMidImport(t *testing.T) {
	neo4jtest.URI(t) // runs when the Neo4j tests run, and always under CI
	dir := t.TempDir()
	files := faultFiles(t, dir, 30)
	ref := "file:" + filepath.Join(dir, "reference")
	if out, err := run(t, append([]string{"import", "--store", ref}, files...)...); err != nil {
		t.Fatalf("clean import: %v\n%s", err, out)
	}
	want := takeSnapshot(t, ref)

	t0 := time.Now()
	neo := startNeo4j(t)
	t1 := time.Now()
	done, _ := importUntil(t, neo.uri, files, 15, time.Second, func(cmd *exec.Cmd) {
		neo.run(t, "kill9")
		cmd.Process.Signal(syscall.SIGKILL)
	})
	t2 := time.Now()
	neo.start(t)
	t.Logf("Neo4j started in %v; killed after %d files reported (%v), restarted and recovered in %v",
		t1.Sub(t0).Round(time.Second), done, t2.Sub(t1).Round(time.Second), time.Since(t2).Round(time.Second))
	present := checkAllOrNothing(t, takeSnapshot(t, neo.uri), want)
	t.Logf("after the restart: %d of %d documents present, none partial", present, len(want.docs))

	t3 := time.Now()
	if out, err := run(t, append([]string{"import", "--store", neo.uri}, files...)...); err != nil {
		t.Fatalf("re-import: %v\n%s", err, out)
	}
	t.Logf("re-import took %v", time.Since(t3).Round(time.Second))
	checkEqual(t, takeSnapshot(t, neo.uri), want)
}
