package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
)

// role is what a request's bearer token entitles it to.
type role int

const (
	roleAnonymous role = iota // no Authorization header
	roleInvalid               // a header that is malformed or matches no token
	roleReader
	roleAdmin
)

// tokens holds the configured tokens as digests: comparing digests of equal
// length in constant time leaks neither the tokens nor their lengths.
type tokens struct {
	admin, read [sha256.Size]byte
	hasAdmin    bool
	hasRead     bool
}

func newTokens(admin, read string) tokens {
	t := tokens{hasAdmin: admin != "", hasRead: read != ""}
	if t.hasAdmin {
		t.admin = sha256.Sum256([]byte(admin))
	}
	if t.hasRead {
		t.read = sha256.Sum256([]byte(read))
	}
	return t
}

// roleOf reads "Authorization: Bearer TOKEN". Both comparisons always run,
// so the time taken does not tell which token matched.
func (t tokens) roleOf(r *http.Request) role {
	h := r.Header.Get("Authorization")
	if h == "" {
		return roleAnonymous
	}
	scheme, tok, ok := strings.Cut(h, " ")
	tok = strings.TrimSpace(tok)
	if !ok || !strings.EqualFold(scheme, "Bearer") || tok == "" {
		return roleInvalid
	}
	d := sha256.Sum256([]byte(tok))
	isAdmin := subtle.ConstantTimeCompare(d[:], t.admin[:]) == 1 && t.hasAdmin
	isRead := subtle.ConstantTimeCompare(d[:], t.read[:]) == 1 && t.hasRead
	switch {
	case isAdmin:
		return roleAdmin
	case isRead:
		return roleReader
	}
	return roleInvalid
}

type roleKey struct{}

func roleFrom(ctx context.Context) role {
	r, _ := ctx.Value(roleKey{}).(role)
	return r
}

// withAuth finds the request's role and, on a private deployment (a read
// token set), refuses requests without a valid token before their body is
// read.
func withAuth(t tokens, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ro := t.roleOf(r)
		if t.hasRead && r.Method != http.MethodOptions && (ro == roleAnonymous || ro == roleInvalid) {
			msg := "this server needs a token: send Authorization: Bearer TOKEN"
			if ro == roleInvalid {
				msg = "the token is not valid"
			}
			w.Header().Set("WWW-Authenticate", `Bearer realm="innograph"`)
			writeErrors(w, http.StatusUnauthorized, negotiate(r.Header.Get("Accept")), requestError(CodeUnauthenticated, msg))
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), roleKey{}, ro)))
	})
}

// mutationAllowed says whether a mutation may run, and if not, why.
func (t tokens) mutationAllowed(ro role) (code, message string) {
	switch {
	case !t.hasAdmin:
		return CodeForbidden, "the HTTP API is read-only: no admin token is configured"
	case ro == roleAdmin:
		return "", ""
	case ro == roleAnonymous:
		return CodeUnauthenticated, "mutations need the admin token: send Authorization: Bearer TOKEN"
	case ro == roleReader:
		return CodeForbidden, "a read token cannot send mutations"
	}
	return CodeUnauthenticated, "the token is not valid"
}
