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
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"innograph/graph"
	"innograph/graph/generated"
	"innograph/loaders"
	"innograph/store"
)

// Config tunes the server; zero values take the defaults, which are safe
// for a public deployment (see the README's "Hardening" section).
type Config struct {
	Store  store.Store
	Logger *slog.Logger
	// MaxBodyBytes bounds a request body; larger ones get 413 (default
	// 1 MiB).
	MaxBodyBytes int64
	// Timeout bounds one request, store work included: the store calls
	// get the request's context and are cancelled with it (default 10 s).
	Timeout time.Duration
	// MaxFirst bounds `first` on connections (default store.MaxPage).
	MaxFirst int
	// MaxTokens bounds the lexical tokens of a query, checked while it is
	// parsed (default 10000; negative: no limit).
	MaxTokens int
	// MaxDepth bounds the nesting of fields, fragments expanded,
	// introspection not counted (default 12; negative: no limit).
	MaxDepth int
	// ComplexityLimit bounds a query's estimated cost before it runs
	// (default 50000; negative: no limit). See gate.go for the estimate.
	ComplexityLimit int
	// AdminToken is the bearer token that mutations need. Empty: the HTTP
	// API is read-only.
	AdminToken string
	// ReadToken, when set, makes the deployment private: every GraphQL
	// request needs it or the admin token.
	ReadToken string
	// DisableIntrospection refuses __schema and __type (and GraphiQL,
	// which needs them) for production deployments that do not publish
	// their schema.
	DisableIntrospection bool
	// DisableDirect runs every root field through the executor, the
	// direct reads of graph.Resolver.Direct included; answers are the same
	// either way, which is what it is for comparing.
	DisableDirect bool
	// CORSOrigins lists the origins browsers may call the API from; "*"
	// allows any. Empty: no CORS headers, so only same-origin pages can.
	CORSOrigins []string
	// APQCacheSize is the number of persisted queries remembered (default
	// 1000; negative: APQ off).
	APQCacheSize int
	// LoaderWait is how long dataloaders collect keys (default
	// loaders.DefaultWait).
	LoaderWait time.Duration
}

// Defaults of the limits.
const (
	DefaultMaxBodyBytes    = 1 << 20
	DefaultTimeout         = 10 * time.Second
	DefaultMaxTokens       = 10000
	DefaultMaxDepth        = 12
	DefaultComplexityLimit = 50000
	DefaultAPQCacheSize    = 1000
)

// orDefault maps zero to the default and negative values to "no limit".
func orDefault(v, def int) int {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	}
	return v
}

// New returns the HTTP handler of the whole API.
func New(cfg Config) http.Handler {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxFirst <= 0 {
		cfg.MaxFirst = store.MaxPage
	}
	toks := newTokens(cfg.AdminToken, cfg.ReadToken)
	res := &graph.Resolver{Store: cfg.Store, MaxFirst: cfg.MaxFirst}
	gql := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: res}))
	if !cfg.DisableDirect {
		gql.AroundRootFields(res.Direct)
	}
	maxTokens := orDefault(cfg.MaxTokens, DefaultMaxTokens)
	gql.AddTransport(transport{maxBody: cfg.MaxBodyBytes, maxTokens: maxTokens})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	gql.SetParserTokenLimit(maxTokens)
	persisted := &apq{}
	if n := orDefault(cfg.APQCacheSize, DefaultAPQCacheSize); n > 0 {
		persisted.cache = lru.New[string](n)
	}
	gql.Use(paramsOnly{persisted})
	// The gate runs after parsing and validation and before any resolver;
	// APQ remembers a query only after the gate let it through.
	gql.Use(&gate{
		tokens:        toks,
		introspection: !cfg.DisableIntrospection,
		maxDepth:      orDefault(cfg.MaxDepth, DefaultMaxDepth),
		maxCost:       int64(orDefault(cfg.ComplexityLimit, DefaultComplexityLimit)),
		maxFirst:      cfg.MaxFirst,
	})
	gql.Use(contextOnly{persisted})
	gql.SetErrorPresenter(presenter(cfg.Logger))
	gql.SetRecoverFunc(func(ctx context.Context, p any) error {
		cfg.Logger.ErrorContext(ctx, "panic in resolver", "request_id", requestID(ctx), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return errors.New("internal error")
	})

	mux := http.NewServeMux()
	mux.Handle("/graphql", graphqlMethods(withAuth(toks, loaders.Middleware(cfg.Store, cfg.LoaderWait, gql))))
	if !cfg.DisableIntrospection {
		mux.Handle("GET /{$}", playground.Handler("innograph", "/graphql"))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		st, err := cfg.Store.Stats(ctx)
		if err != nil {
			cfg.Logger.WarnContext(ctx, "not ready", "request_id", requestID(ctx), "err", err)
			http.Error(w, "store unavailable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintf(w, "ready: %d entities, %d relations, %d documents\n", st.Entities, st.Relations, st.Documents)
	})
	return withRequest(cfg, withCORS(cfg.CORSOrigins, mux))
}

// paramsOnly and contextOnly register the two halves of APQ at their own
// places in gqlgen's extension order.
type paramsOnly struct{ a *apq }

func (p paramsOnly) ExtensionName() string                   { return "innograph APQ lookup" }
func (p paramsOnly) Validate(graphql.ExecutableSchema) error { return nil }
func (p paramsOnly) MutateOperationParameters(ctx context.Context, r *graphql.RawParams) *gqlerror.Error {
	return p.a.MutateOperationParameters(ctx, r)
}

type contextOnly struct{ a *apq }

func (c contextOnly) ExtensionName() string                   { return "innograph APQ store" }
func (c contextOnly) Validate(graphql.ExecutableSchema) error { return nil }
func (c contextOnly) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	return c.a.MutateOperationContext(ctx, rc)
}

// graphqlMethods answers what /graphql does not run: OPTIONS (204 with
// Allow, CORS preflights being answered before) and other methods (405).
func graphqlMethods(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodPost:
			next.ServeHTTP(w, r)
		case http.MethodOptions:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			w.WriteHeader(http.StatusNoContent)
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			writeErrors(w, http.StatusMethodNotAllowed, negotiate(r.Header.Get("Accept")),
				requestError(CodeBadRequest, "/graphql takes GET and POST"))
		}
	})
}

type ridKey struct{}

func requestID(ctx context.Context) string {
	id, _ := ctx.Value(ridKey{}).(string)
	return id
}

// withRequest gives each request an id (echoed in X-Request-Id), a time
// limit, a recovery from panics and one log line. The log line never holds
// headers, so tokens stay out of the log.
func withRequest(cfg Config, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-Id")
		if !validRequestID(id) {
			var b [8]byte
			rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-Id", id)
		ctx, cancel := context.WithTimeout(context.WithValue(r.Context(), ridKey{}, id), cfg.Timeout)
		defer cancel()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				cfg.Logger.ErrorContext(ctx, "panic", "request_id", id, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				if sw.status == 0 {
					writeErrors(sw, http.StatusInternalServerError, negotiate(r.Header.Get("Accept")),
						requestError(CodeInternal, "internal error (request "+id+")"))
				}
			}
			if sw.status == 0 {
				sw.status = http.StatusOK
			}
			cfg.Logger.InfoContext(ctx, "request", "request_id", id, "method", r.Method, "path", r.URL.Path,
				"status", sw.status, "duration_ms", float64(time.Since(start).Microseconds())/1000)
		}()
		next.ServeHTTP(sw, r.WithContext(ctx))
	})
}

// validRequestID accepts a client's request id only when it is short and
// plain, so it cannot forge log lines or headers.
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
