package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"runtime"
	"sync/atomic"
)

// readAll reads a response body into a buffer sized by Content-Length.
func readAll(resp *http.Response) ([]byte, error) {
	var buf bytes.Buffer
	if resp.ContentLength > 0 {
		buf.Grow(int(resp.ContentLength))
	}
	_, err := io.Copy(&buf, resp.Body)
	return buf.Bytes(), err
}

// hasErrors tells whether a GraphQL answer carries errors, without
// decoding it: the load must not spend the client's CPU on that.
func hasErrors(body []byte) bool {
	return bytes.Contains(body, []byte(`"errors":`))
}

// staticHandler answers every request with one body.
type staticHandler struct{ body atomic.Pointer[[]byte] }

func (h *staticHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	io.Copy(io.Discard, r.Body)
	w.Header().Set("Content-Type", "application/json")
	w.Write(*h.body.Load())
}

// clientAllocs measures what one request costs the process when the
// server does no work: the client's side and net/http's, which the
// allocations of a system in this process include and should not.
func (b *bench) clientAllocs(ctx context.Context, body []byte) float64 {
	if b.static == nil {
		b.static = &staticHandler{}
		url, err := b.serve(b.static)
		if err != nil {
			return 0
		}
		b.staticURL = url
	}
	b.static.body.Store(&body)
	t := target{client: b.client, url: b.staticURL, body: bytes.Repeat([]byte(" "), 200)}
	const n = 200
	for range 10 { // warm the connection pool
		t.do(ctx)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range n {
		t.do(ctx)
	}
	runtime.ReadMemStats(&after)
	return float64(after.Mallocs-before.Mallocs) / n
}
