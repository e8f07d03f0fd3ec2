package loaders

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// Loader batches and caches one request's reads of one kind. A batch is
// sent when no key has joined it for an idle interval (an eighth of the
// wait), when the wait has passed since its first key, or when it is full.
// gqlgen asks for the keys of one level of a query from goroutines started
// together, so they arrive in a burst: sending when the burst ends, rather
// than after a fixed wait, saves most of the wait on every level of a
// nested query without splitting the level into several store calls.
type Loader[K comparable, V any] struct {
	fetch    func(ctx context.Context, keys []K) ([]V, []error)
	wait     time.Duration
	idle     time.Duration
	capacity int

	mu    sync.Mutex
	cache map[K]*result[V]
	batch *batch[K, V]
}

type result[V any] struct {
	done chan struct{}
	v    V
	err  error
}

type batch[K comparable, V any] struct {
	ctx     context.Context
	start   time.Time
	keys    []K
	results []*result[V]
}

// NewLoader returns a loader over fetch, whose values (and errors, one for
// all keys or one per key) are aligned with its keys.
func NewLoader[K comparable, V any](fetch func(ctx context.Context, keys []K) ([]V, []error), wait time.Duration, capacity int) *Loader[K, V] {
	return &Loader[K, V]{fetch: fetch, wait: wait, idle: max(wait/8, time.Microsecond), capacity: capacity,
		cache: map[K]*result[V]{}}
}

// Load returns the value of key, from the cache or from the batch it joins.
func (l *Loader[K, V]) Load(ctx context.Context, key K) (V, error) {
	r := l.enqueue(ctx, key)
	<-r.done
	return r.v, r.err
}

// LoadAll loads every key in one batch and returns the values in order and
// the first error.
func (l *Loader[K, V]) LoadAll(ctx context.Context, keys []K) ([]V, error) {
	rs := make([]*result[V], len(keys))
	for i, k := range keys {
		rs[i] = l.enqueue(ctx, k)
	}
	out := make([]V, len(keys))
	var first error
	for i, r := range rs {
		<-r.done
		out[i] = r.v
		if r.err != nil && first == nil {
			first = r.err
		}
	}
	return out, first
}

// Peek returns key's value if the key is cached or on its way, waiting for
// it then; ok is false, and nothing is asked, when the key is unknown.
func (l *Loader[K, V]) Peek(key K) (v V, ok bool, err error) {
	l.mu.Lock()
	r, ok := l.cache[key]
	l.mu.Unlock()
	if !ok {
		return v, false, nil
	}
	<-r.done
	return r.v, true, r.err
}

// Prime caches value for key unless key is known already, and tells
// whether it did.
func (l *Loader[K, V]) Prime(key K, value V) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.cache[key]; ok {
		return false
	}
	r := &result[V]{done: make(chan struct{}), v: value}
	close(r.done)
	l.cache[key] = r
	return true
}

func (l *Loader[K, V]) enqueue(ctx context.Context, key K) *result[V] {
	l.mu.Lock()
	defer l.mu.Unlock()
	if r, ok := l.cache[key]; ok {
		return r
	}
	r := &result[V]{done: make(chan struct{})}
	l.cache[key] = r
	if l.batch == nil {
		l.batch = &batch[K, V]{ctx: ctx, start: time.Now()}
		go l.watch(l.batch)
	}
	b := l.batch
	b.keys = append(b.keys, key)
	b.results = append(b.results, r)
	if l.capacity > 0 && len(b.keys) >= l.capacity {
		l.batch = nil
		go l.send(b)
	}
	return r
}

// watch sends b once keys stop joining it or its wait is over.
func (l *Loader[K, V]) watch(b *batch[K, V]) {
	seen := 0
	for {
		time.Sleep(l.idle)
		// A timer wakes this goroutine ahead of the ones already runnable,
		// which may be about to add keys: let them run first, so that a
		// busy machine does not look like the end of a burst.
		runtime.Gosched()
		l.mu.Lock()
		if l.batch != b { // sent full
			l.mu.Unlock()
			return
		}
		n := len(b.keys)
		if n == seen || time.Since(b.start) >= l.wait {
			l.batch = nil
			l.mu.Unlock()
			l.send(b)
			return
		}
		seen = n
		l.mu.Unlock()
	}
}

func (l *Loader[K, V]) send(b *batch[K, V]) {
	vs, errs := l.safeFetch(b.ctx, b.keys)
	for i, r := range b.results {
		switch {
		case len(errs) == 1 && errs[0] != nil:
			r.err = errs[0]
		case len(errs) > i && errs[i] != nil:
			r.err = errs[i]
		case len(vs) != len(b.keys):
			r.err = fmt.Errorf("loaders: fetch returned %d values for %d keys", len(vs), len(b.keys))
		default:
			r.v = vs[i]
		}
		close(r.done)
	}
}

func (l *Loader[K, V]) safeFetch(ctx context.Context, keys []K) (vs []V, errs []error) {
	defer func() {
		if p := recover(); p != nil {
			errs = []error{fmt.Errorf("loaders: panic during fetch: %v", p)}
		}
	}()
	return l.fetch(ctx, keys)
}
