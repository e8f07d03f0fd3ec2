package main

import (
	"flag"
	"log/slog"
	"net/http"
	"os"
	"time"

	"innograph/server"
	"innograph/store"
)

// serveOptions are the serve command's limits and access settings. Tokens
// come from the environment only: a flag would show them in ps.
type serveOptions struct {
	timeout       *time.Duration
	maxBody       *int64
	maxTokens     *int
	maxDepth      *int
	maxComplexity *int
	maxFirst      *int
	introspection *bool
	corsOrigins   *string
	apqCache      *int
}

func serveFlags(fs *flag.FlagSet) *serveOptions {
	return &serveOptions{
		timeout:       fs.Duration("timeout", server.DefaultTimeout, "time limit of one request, store work included"),
		maxBody:       fs.Int64("max-body", server.DefaultMaxBodyBytes, "largest request body in bytes (larger: 413)"),
		maxTokens:     fs.Int("max-tokens", server.DefaultMaxTokens, "most lexical tokens in a query (-1: no limit)"),
		maxDepth:      fs.Int("max-depth", server.DefaultMaxDepth, "deepest field nesting of a query (-1: no limit)"),
		maxComplexity: fs.Int("max-complexity", server.DefaultComplexityLimit, "highest estimated cost of a query (-1: no limit)"),
		maxFirst:      fs.Int("max-first", store.MaxPage, "largest `first` of a connection"),
		introspection: fs.Bool("introspection", true, "answer __schema and __type and serve GraphiQL"),
		corsOrigins:   fs.String("cors-origins", os.Getenv("INNOGRAPH_CORS_ORIGINS"), "comma-separated origins browsers may call from, * for any (default: none; INNOGRAPH_CORS_ORIGINS)"),
		apqCache:      fs.Int("apq-cache", server.DefaultAPQCacheSize, "persisted queries remembered (-1: APQ off)"),
	}
}

// config builds the server's configuration; the tokens are read from
// INNOGRAPH_ADMIN_TOKEN and INNOGRAPH_READ_TOKEN.
func (o *serveOptions) config(s store.Store, log *slog.Logger) server.Config {
	admin, read := os.Getenv("INNOGRAPH_ADMIN_TOKEN"), os.Getenv("INNOGRAPH_READ_TOKEN")
	switch {
	case admin == "":
		log.Info("no INNOGRAPH_ADMIN_TOKEN: the HTTP API is read-only")
	case len(admin) < 16:
		log.Warn("INNOGRAPH_ADMIN_TOKEN is shorter than 16 characters; use a long random token")
	}
	if read != "" {
		log.Info("INNOGRAPH_READ_TOKEN is set: every request needs a token")
	}
	return server.Config{
		Store:                s,
		Logger:               log,
		Timeout:              *o.timeout,
		MaxBodyBytes:         *o.maxBody,
		MaxTokens:            *o.maxTokens,
		MaxDepth:             *o.maxDepth,
		ComplexityLimit:      *o.maxComplexity,
		MaxFirst:             *o.maxFirst,
		DisableIntrospection: !*o.introspection,
		CORSOrigins:          server.ParseOrigins(*o.corsOrigins),
		APQCacheSize:         *o.apqCache,
		AdminToken:           admin,
		ReadToken:            read,
	}
}

// httpServer bounds the connection-level work too: slow headers and
// bodies, idle connections and header size.
func (o *serveOptions) httpServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      *o.timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}
