// Package load drives a system at a constant arrival rate (open loop) and
// finds the highest rate it sustains with p99 latency under a bound.
//
// Open loop means the i-th request is due at start + i/rate whether or not
// earlier ones have answered, so a slow server faces a growing queue as
// real clients would make it, instead of slowing the clients down (the
// "coordinated omission" of closed-loop tools). Latency is measured from
// the time a request was due, not from when it was sent, for the same
// reason.
package load

import (
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Target sends one request and reports whether it failed.
type Target func(ctx context.Context) error

// Result is what one run at a fixed rate measured.
type Result struct {
	Rate     float64       `json:"rate"` // requests per second asked for
	Duration time.Duration `json:"duration"`
	Sent     int           `json:"sent"`
	OK       int           `json:"ok"`
	Errors   int           `json:"errors"`
	// Dropped requests were due while MaxInFlight requests were already
	// waiting: the system was hopelessly behind.
	Dropped int           `json:"dropped"`
	P50     time.Duration `json:"p50"`
	P99     time.Duration `json:"p99"`
	Max     time.Duration `json:"max"`
	// FirstError is the first failure, for the report.
	FirstError string `json:"firstError,omitempty"`
}

// MaxInFlight bounds the requests waiting at once, so that a system far
// behind the rate cannot make the generator exhaust memory or sockets.
const MaxInFlight = 512

// Run sends requests to t at rate per second for d, each with the given
// timeout, then waits for those in flight.
func Run(ctx context.Context, t Target, rate float64, d, timeout time.Duration) Result {
	res := Result{Rate: rate, Duration: d}
	n := int(rate * d.Seconds())
	interval := time.Duration(float64(time.Second) / rate)
	lat := make([]time.Duration, 0, n)
	var (
		mu       sync.Mutex
		wg       sync.WaitGroup
		inFlight atomic.Int64
	)
	start := time.Now()
	for i := range n {
		due := start.Add(time.Duration(i) * interval)
		if wait := time.Until(due); wait > 0 {
			select {
			case <-ctx.Done():
				n = i
			case <-time.After(wait):
			}
		}
		if ctx.Err() != nil {
			break
		}
		res.Sent++
		if inFlight.Load() >= MaxInFlight {
			res.Dropped++
			continue
		}
		inFlight.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer inFlight.Add(-1)
			rctx, cancel := context.WithTimeout(ctx, timeout)
			err := t(rctx)
			cancel()
			took := time.Since(due)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				res.Errors++
				if res.FirstError == "" {
					res.FirstError = err.Error()
				}
				return
			}
			res.OK++
			lat = append(lat, took)
		}()
	}
	wg.Wait()
	res.P50, res.P99, res.Max = Quantiles(lat)
	return res
}

// Quantiles returns the median, the 99th percentile and the maximum of
// lat, which it sorts.
func Quantiles(lat []time.Duration) (p50, p99, max time.Duration) {
	if len(lat) == 0 {
		return 0, 0, 0
	}
	slices.Sort(lat)
	at := func(q float64) time.Duration { return lat[min(len(lat)-1, int(q*float64(len(lat))))] }
	return at(0.50), at(0.99), lat[len(lat)-1]
}

// Closed runs t back to back from workers goroutines for d and returns the
// completed requests per second: a quick estimate of capacity to start the
// open-loop search from.
func Closed(ctx context.Context, t Target, workers int, d, timeout time.Duration) (float64, error) {
	var done atomic.Int64
	var firstErr atomic.Value
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				rctx, c := context.WithTimeout(context.WithoutCancel(ctx), timeout)
				err := t(rctx)
				c()
				if err != nil {
					firstErr.CompareAndSwap(nil, err)
					return
				}
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	if err, _ := firstErr.Load().(error); err != nil {
		return 0, err
	}
	return float64(done.Load()) / time.Since(start).Seconds(), nil
}

// SearchConfig bounds the search for the sustained rate.
type SearchConfig struct {
	// Bound is the p99 latency a sustained rate must stay under.
	Bound time.Duration
	// Step is how long each rate is held; Steps bounds how many rates are
	// tried, so a search takes at most Steps × Step plus the drains.
	Step  time.Duration
	Steps int
	// Start is the first rate tried (e.g. half the closed-loop estimate);
	// MaxRate caps the doubling.
	Start, MaxRate float64
	Timeout        time.Duration
}

// Search is the outcome of a search.
type Search struct {
	// Sustained is the highest rate tried that met the bound with no
	// errors and nothing dropped; 0 if none did.
	Sustained float64  `json:"sustained"`
	Best      *Result  `json:"best,omitempty"`
	Steps     []Result `json:"steps"`
}

// Passes tells whether a run meets the bound.
func (r Result) Passes(bound time.Duration) bool {
	return r.Errors == 0 && r.Dropped == 0 && r.OK == r.Sent && r.Sent > 0 && r.P99 < bound
}

// Sustain finds the highest rate t sustains: it doubles the rate from
// cfg.Start until a run fails the bound (halving instead while the start
// itself fails), then bisects between the last pass and the first failure
// until the steps run out or the two are within 10%.
func Sustain(ctx context.Context, t Target, cfg SearchConfig) (Search, error) {
	var s Search
	if cfg.Start <= 0 || cfg.Steps < 1 {
		return s, errors.New("load: search needs a start rate and at least one step")
	}
	try := func(rate float64) bool {
		r := Run(ctx, t, rate, cfg.Step, cfg.Timeout)
		s.Steps = append(s.Steps, r)
		ok := r.Passes(cfg.Bound)
		if ok && rate > s.Sustained {
			s.Sustained, s.Best = rate, &s.Steps[len(s.Steps)-1]
		}
		// Let a queue built up by a failing step drain before the next.
		time.Sleep(min(cfg.Step/4, time.Second))
		return ok
	}
	lo, hi := 0.0, 0.0 // last pass, first failure
	rate := cfg.Start
	for len(s.Steps) < cfg.Steps && ctx.Err() == nil {
		if try(rate) {
			lo = rate
			if hi > 0 || rate >= cfg.MaxRate {
				break
			}
			rate = min(rate*2, cfg.MaxRate)
			continue
		}
		hi = rate
		if lo > 0 {
			break
		}
		if rate <= 1 {
			break
		}
		rate = max(rate/2, 1)
	}
	for len(s.Steps) < cfg.Steps && ctx.Err() == nil && lo > 0 && hi > lo*1.1 {
		mid := (lo + hi) / 2
		if try(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	// Keep pointers valid: Best points into Steps, which append may have
	// moved.
	for i := range s.Steps {
		if s.Steps[i].Rate == s.Sustained && s.Steps[i].Passes(cfg.Bound) {
			s.Best = &s.Steps[i]
		}
	}
	return s, ctx.Err()
}
