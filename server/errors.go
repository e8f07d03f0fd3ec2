package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"innograph/graph"
	"innograph/store"
)

// Error codes sent in extensions.code. Clients may rely on them; messages
// are for people and may change. Anything not listed here is INTERNAL and
// its text stays in the log.
const (
	// CodeBadRequest: the HTTP request is not a GraphQL request (not JSON,
	// wrong parameter types, no query, a mutation over GET, a bad
	// persisted-query extension); the HTTP status says more (400, 405, 413,
	// 415).
	CodeBadRequest = "BAD_REQUEST"
	// CodeParseFailed and CodeValidationFailed come from the GraphQL parser
	// and validator (variables that do not coerce, a disabled introspection
	// and the parser's token limit included).
	CodeParseFailed      = "GRAPHQL_PARSE_FAILED"
	CodeValidationFailed = "GRAPHQL_VALIDATION_FAILED"
	// CodeTooDeep and CodeTooComplex: the operation exceeds the depth or
	// cost limit; nothing of it ran.
	CodeTooDeep    = "QUERY_TOO_DEEP"
	CodeTooComplex = "QUERY_TOO_COMPLEX"
	// CodePersistedQueryNotFound asks an APQ client to send the full query;
	// CodePersistedQueryNotSupported tells it that APQ is off.
	CodePersistedQueryNotFound     = "PERSISTED_QUERY_NOT_FOUND"
	CodePersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED"
	// CodeUnauthenticated: a token is needed and none or a wrong one came.
	CodeUnauthenticated = "UNAUTHENTICATED"
	// CodeForbidden: the token is valid but not for this (a read token
	// sending a mutation), or the server takes no mutations at all.
	CodeForbidden    = "FORBIDDEN"
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeNotFound     = "NOT_FOUND"
	CodeTimeout      = "TIMEOUT"
	CodeInternal     = "INTERNAL"
)

// requestError is an error of the request as a whole, refused before any
// resolver ran.
func requestError(code, message string) *gqlerror.Error {
	return &gqlerror.Error{Message: message, Extensions: map[string]any{"code": code}}
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
			return gerr // parser, validator and request errors: coded here, safe
		}
		switch {
		case errors.Is(err, graph.ErrBadInput):
			gerr.Extensions["code"] = CodeBadUserInput
		case errors.Is(err, store.ErrNotFound):
			gerr.Extensions["code"] = CodeNotFound
		case errors.Is(err, context.DeadlineExceeded):
			gerr.Message = "the request took too long"
			gerr.Extensions["code"] = CodeTimeout
		case gerr.Err == nil && gerr.Rule != "":
			gerr.Extensions["code"] = CodeValidationFailed
		default:
			id := requestID(ctx)
			log.ErrorContext(ctx, "request failed", "request_id", id, "path", gerr.Path.String(), "err", err)
			gerr.Message = "internal error (request " + id + ")"
			gerr.Extensions = map[string]any{"code": CodeInternal}
		}
		return gerr
	}
}

// writeErrors answers with request errors only: no data entry, as the
// GraphQL-over-HTTP spec asks when nothing was executed.
func writeErrors(w http.ResponseWriter, status int, contentType string, errs ...*gqlerror.Error) {
	body, err := json.Marshal(struct {
		Errors gqlerror.List `json:"errors"`
	}{errs})
	if err != nil {
		// Only our own messages and codes are here; they always marshal.
		panic(err)
	}
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(body)
}
