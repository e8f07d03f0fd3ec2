package load

import (
	"context"
	"errors"
	"testing"
	"time"
)

// A target that takes 5 ms can serve any rate open loop (requests overlap);
// one that fails never sustains anything.
func TestSustain(t *testing.T) {
	slow := func(ctx context.Context) error {
		time.Sleep(5 * time.Millisecond)
		return nil
	}
	s, err := Sustain(context.Background(), slow, SearchConfig{Bound: 50 * time.Millisecond, Step: 200 * time.Millisecond,
		Steps: 4, Start: 20, MaxRate: 80, Timeout: time.Second})
	if err != nil || s.Sustained != 80 || s.Best == nil || len(s.Steps) != 3 {
		t.Errorf("search = %+v, %v; want 20, 40, 80 passing", s, err)
	}
	failing := func(ctx context.Context) error { return errors.New("no") }
	s, _ = Sustain(context.Background(), failing, SearchConfig{Bound: time.Second, Step: 100 * time.Millisecond,
		Steps: 3, Start: 40, MaxRate: 80, Timeout: time.Second})
	if s.Sustained != 0 || len(s.Steps) != 3 || s.Steps[1].Rate != 20 {
		t.Errorf("failing target: %+v", s)
	}
}

// Latency counts from when a request was due, so a target slower than the
// rate shows a growing queue, not its own service time.
func TestRunCountsQueueing(t *testing.T) {
	r := Run(context.Background(), func(ctx context.Context) error {
		time.Sleep(20 * time.Millisecond)
		return nil
	}, 100, 300*time.Millisecond, time.Second)
	if r.Sent != 30 || r.OK != 30 || r.P50 < 20*time.Millisecond {
		t.Errorf("run = %+v", r)
	}
}

func TestQuantiles(t *testing.T) {
	var lat []time.Duration
	for i := 100; i >= 1; i-- {
		lat = append(lat, time.Duration(i)*time.Millisecond)
	}
	p50, p99, max := Quantiles(lat)
	if p50 != 51*time.Millisecond || p99 != 100*time.Millisecond || max != 100*time.Millisecond {
		t.Errorf("quantiles = %v %v %v", p50, p99, max)
	}
}
