// Package server serves the GraphQL API over HTTP: /graphql (POST and GET),
// GraphiQL at /, and the probes /healthz and /readyz.
package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"innograph/graph"
	"innograph/graph/generated"
	"innograph/loaders"
	"innograph/store"
)

// Config tunes the server; zero values take the defaults.
type Config struct {
	Store  store.Store
	Logger *slog.Logger
	// MaxBodyBytes bounds a request body (default 1 MiB).
	MaxBodyBytes int64
	// Timeout bounds one request, store work included (default 10 s).
	Timeout time.Duration
	// MaxFirst bounds `first` on connections (default store.MaxPage).
	MaxFirst int
	// ComplexityLimit bounds a query's cost before it runs (default 5000).
	ComplexityLimit int
	// LoaderWait is how long dataloaders collect keys (default
	// loaders.DefaultWait).
	LoaderWait time.Duration
}

// Error codes sent in extensions.code. Anything else is INTERNAL and its
// text stays in the log.
const (
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeNotFound     = "NOT_FOUND"
	CodeTimeout      = "TIMEOUT"
	CodeInternal     = "INTERNAL"
)

// New returns the HTTP handler of the whole API.
func New(cfg Config) http.Handler {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.ComplexityLimit <= 0 {
		cfg.ComplexityLimit = 5000
	}
	gql := handler.New(generated.NewExecutableSchema(generated.Config{
		Resolvers: &graph.Resolver{Store: cfg.Store, MaxFirst: cfg.MaxFirst},
	}))
	gql.AddTransport(transport.Options{})
	gql.AddTransport(transport.GET{})
	gql.AddTransport(transport.POST{})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	gql.Use(extension.Introspection{})
	gql.Use(extension.FixedComplexityLimit(cfg.ComplexityLimit))
	gql.SetErrorPresenter(presenter(cfg.Logger))
	gql.SetRecoverFunc(func(ctx context.Context, p any) error {
		cfg.Logger.ErrorContext(ctx, "panic in resolver", "request_id", requestID(ctx), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return errors.New("internal error")
	})

	mux := http.NewServeMux()
	mux.Handle("/graphql", loaders.Middleware(cfg.Store, cfg.LoaderWait, gql))
	mux.Handle("GET /{$}", playground.Handler("innograph", "/graphql"))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		st, err := cfg.Store.Stats(ctx)
		if err != nil {
			cfg.Logger.WarnContext(ctx, "not ready", "err", err)
			http.Error(w, "store unavailable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintf(w, "ready: %d entities, %d relations, %d documents\n", st.Entities, st.Relations, st.Documents)
	})
	return withRequest(cfg, mux)
}

type ridKey struct{}

func requestID(ctx context.Context) string {
	id, _ := ctx.Value(ridKey{}).(string)
	return id
}

// withRequest gives each request an id (echoed in X-Request-Id), a time
// limit, a body limit and one log line.
func withRequest(cfg Config, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-Id")
		if id == "" || len(id) > 64 {
			var b [8]byte
			rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-Id", id)
		ctx, cancel := context.WithTimeout(context.WithValue(r.Context(), ridKey{}, id), cfg.Timeout)
		defer cancel()
		r.Body = http.MaxBytesReader(w, r.Body, cfg.MaxBodyBytes)
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r.WithContext(ctx))
		cfg.Logger.InfoContext(ctx, "request", "request_id", id, "method", r.Method, "path", r.URL.Path,
			"status", sw.status, "duration_ms", float64(time.Since(start).Microseconds())/1000)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// presenter sends clients a stable code and a safe message: the client's
// own mistakes are explained, everything else is "internal error" with the
// request id, and the detail goes to the log.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		if _, ok := gerr.Extensions["code"]; ok && gerr.Err == nil {
			return gerr // parser and validation errors: already coded, safe
		}
		switch {
		case errors.Is(err, graph.ErrBadInput):
			gerr.Extensions["code"] = CodeBadUserInput
		case errors.Is(err, context.DeadlineExceeded):
			gerr.Message = "the request took too long"
			gerr.Extensions["code"] = CodeTimeout
		case gerr.Err == nil && gerr.Rule != "":
			gerr.Extensions["code"] = "GRAPHQL_VALIDATION_FAILED"
		default:
			id := requestID(ctx)
			log.ErrorContext(ctx, "request failed", "request_id", id, "path", gerr.Path.String(), "err", err)
			gerr.Message = "internal error (request " + id + ")"
			gerr.Extensions["code"] = CodeInternal
		}
		return gerr
	}
}
