package memory_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"innograph/store"
	"innograph/store/memory"
	"innograph/store/storetest"
)

func TestConformanceMemory(t *testing.T) {
	storetest.Run(t, func(t testing.TB) store.Store { return memory.New() })
}

func TestConformanceFile(t *testing.T) {
	storetest.Run(t, func(t testing.TB) store.Store {
		s, err := memory.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestFileSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := memory.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	storetest.LoadSmall(t, s)
	want, _ := s.Stats(context.Background())
	s.Close()
	s, err = memory.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, _ := s.Stats(context.Background())
	if got != want {
		t.Errorf("after reopen %+v, want %+v", got, want)
	}
	if res := storetest.LoadSmall(t, s); res != (store.ApplyResult{}) {
		t.Errorf("reloading after reopen changed %+v", res)
	}
}

func TestFolderIsLocked(t *testing.T) {
	dir := t.TempDir()
	s, err := memory.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := memory.Open(dir); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("second open: err = %v, want in use", err)
	}
}

func TestTornTailIsCut(t *testing.T) {
	dir := t.TempDir()
	s, _ := memory.Open(dir)
	storetest.LoadSmall(t, s)
	s.Close()
	f, _ := os.OpenFile(filepath.Join(dir, "graph.log"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`1234abcd {"entities":[{"id":"e_x","na`)
	f.Close()
	s, err := memory.Open(dir)
	if err != nil {
		t.Fatalf("open with torn tail: %v", err)
	}
	st, _ := s.Stats(context.Background())
	if st.Entities != 14 {
		t.Errorf("entities = %d", st.Entities)
	}
	// The cut tail must not break the next append.
	if _, err := s.Apply(context.Background(), store.Batch{Entities: []store.EntityInput{{Kind: store.KindLab, Name: "尾部之后"}}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = memory.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, _ := s.Stats(context.Background()); st.Entities != 15 {
		t.Errorf("after append past a cut tail: %d entities", st.Entities)
	}
}

func TestCorruptMiddleIsRefused(t *testing.T) {
	dir := t.TempDir()
	s, _ := memory.Open(dir)
	storetest.LoadSmall(t, s)
	s.Apply(context.Background(), store.Batch{Entities: []store.EntityInput{{Kind: store.KindLab, Name: "第二条"}}})
	s.Close()
	path := filepath.Join(dir, "graph.log")
	raw, _ := os.ReadFile(path)
	raw[20] ^= 0x01
	os.WriteFile(path, raw, 0o644)
	if _, err := memory.Open(dir); err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Errorf("open corrupt log: err = %v", err)
	}
}

func TestCompactionKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	s, _ := memory.Open(dir)
	storetest.LoadSmall(t, s)
	for i := 0; i < 300; i++ {
		name := fmt.Sprintf("公司%03d", i)
		if _, err := s.Apply(context.Background(), store.Batch{Entities: []store.EntityInput{{Kind: store.KindEnterprise, Name: name}}}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	before, _ := os.Stat(filepath.Join(dir, "graph.log"))
	s, err := memory.Open(dir) // over the threshold: compacts
	if err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(filepath.Join(dir, "graph.log"))
	if after.Size() >= before.Size() {
		t.Errorf("log not compacted: %d → %d bytes", before.Size(), after.Size())
	}
	s.Close()
	s, _ = memory.Open(dir)
	defer s.Close()
	if st, _ := s.Stats(context.Background()); st.Entities != 314 || st.Relations != 16 {
		t.Errorf("after compaction: %+v", st)
	}
}

// TestKill9LosesNoAcknowledgedWrite runs a child process that writes and
// acknowledges on stdout after each write returns, kills it with SIGKILL
// mid-stream, and checks that every acknowledged entity is there.
func TestKill9LosesNoAcknowledgedWrite(t *testing.T) {
	if dir := os.Getenv("INNOGRAPH_KILL_CHILD"); dir != "" {
		s, err := memory.Open(dir)
		if err != nil {
			fmt.Println("ERR", err)
			os.Exit(1)
		}
		for i := 0; ; i++ {
			name := "写入" + strconv.Itoa(i)
			if _, err := s.Apply(context.Background(), store.Batch{Entities: []store.EntityInput{{Kind: store.KindEnterprise, Name: name}}}); err != nil {
				fmt.Println("ERR", err)
				os.Exit(1)
			}
			fmt.Println("ACK", name)
		}
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKill9LosesNoAcknowledgedWrite$")
	cmd.Env = append(os.Environ(), "INNOGRAPH_KILL_CHILD="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "ACK "); ok {
			acked = append(acked, name)
			if len(acked) == 200 {
				cmd.Process.Kill()
				break
			}
		} else if strings.HasPrefix(line, "ERR") {
			t.Fatal(line)
		}
	}
	cmd.Wait()
	if len(acked) < 200 {
		t.Fatalf("child acknowledged only %d writes", len(acked))
	}
	s, err := memory.Open(dir)
	if err != nil {
		t.Fatalf("reopen after kill -9: %v", err)
	}
	defer s.Close()
	found, _ := s.LookupNames(context.Background(), acked)
	for i, e := range found {
		if e == nil {
			t.Errorf("acknowledged write %s lost", acked[i])
		}
	}
}
