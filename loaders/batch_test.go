package loaders

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestBurstIsOneBatch(t *testing.T) {
	var calls atomic.Int64
	l := NewLoader(func(ctx context.Context, keys []int) ([]int, []error) {
		calls.Add(1)
		out := make([]int, len(keys))
		for i, k := range keys {
			out[i] = k * 2
		}
		return out, nil
	}, 200*time.Millisecond, 1000)
	var wg sync.WaitGroup
	for k := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, err := l.Load(context.Background(), k%50); err != nil || v != k%50*2 {
				t.Errorf("Load(%d) = %d, %v", k%50, v, err)
			}
		}()
	}
	start := time.Now()
	wg.Wait()
	if calls.Load() != 1 {
		t.Errorf("%d fetches for one burst, want 1", calls.Load())
	}
	// The batch goes once the burst is over, well before the wait.
	if took := time.Since(start); took > 150*time.Millisecond {
		t.Errorf("a burst waited %s", took)
	}
	if v, _ := l.Load(context.Background(), 7); v != 14 || calls.Load() != 1 {
		t.Errorf("cached key: %d after %d fetches", v, calls.Load())
	}
}

func TestPrimeCapacityAndErrors(t *testing.T) {
	boom := errors.New("boom")
	var sizes []int
	var mu sync.Mutex
	l := NewLoader(func(ctx context.Context, keys []string) ([]string, []error) {
		mu.Lock()
		sizes = append(sizes, len(keys))
		mu.Unlock()
		errs := make([]error, len(keys))
		for i, k := range keys {
			if k == "bad" {
				errs[i] = boom
			}
		}
		return keys, errs
	}, time.Millisecond, 2)
	if !l.Prime("p", "primed") || l.Prime("p", "again") {
		t.Error("Prime should cache a new key once")
	}
	got, err := l.LoadAll(context.Background(), []string{"a", "b", "c", "p"})
	if err != nil || got[0] != "a" || got[2] != "c" || got[3] != "primed" {
		t.Errorf("LoadAll = %v, %v", got, err)
	}
	if _, err := l.Load(context.Background(), "bad"); !errors.Is(err, boom) {
		t.Errorf("error key: %v", err)
	}
	for _, n := range sizes {
		if n > 2 {
			t.Errorf("a batch of %d keys over a capacity of 2", n)
		}
	}
}

func TestFetchPanicIsAnError(t *testing.T) {
	l := NewLoader(func(ctx context.Context, keys []int) ([]int, []error) { panic("bad fetch") }, time.Millisecond, 10)
	if _, err := l.Load(context.Background(), 1); err == nil {
		t.Error("a panicking fetch should give an error")
	}
}
