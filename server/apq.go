package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// MaxPersistedQueryBytes bounds the queries that APQ remembers, so the
// cache's memory stays bounded (entries × this) whatever clients send.
// Longer queries still run; their hash is just never stored.
const MaxPersistedQueryBytes = 64 << 10

// apq implements Automatic Persisted Queries (the protocol of Apollo's
// clients): a client sends {"extensions": {"persistedQuery": {"version": 1,
// "sha256Hash": H}}} without the query; the server answers
// PERSISTED_QUERY_NOT_FOUND until the client has sent the query with its
// hash once. Unlike gqlgen's extension, a query is remembered only once it
// has passed validation, the gate's limits and the token checks (this
// extension runs after the gate), so the cache never holds a query that
// the server refused, and malformed extensions are the client's error
// (BAD_REQUEST), not an internal one.
//
// With no cache, APQ is off: a hash alone gets PERSISTED_QUERY_NOT_SUPPORTED,
// on which Apollo's clients stop sending hashes alone.
type apq struct {
	cache graphql.Cache[string]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = apq{}

const apqStat = "innograph APQ"

func (apq) ExtensionName() string                          { return "innograph APQ" }
func (apq) Validate(schema graphql.ExecutableSchema) error { return nil }

func (a apq) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	ext, ok := p.Extensions["persistedQuery"]
	if !ok || ext == nil {
		return nil
	}
	m, _ := ext.(map[string]any)
	hash, _ := m["sha256Hash"].(string)
	hash = strings.ToLower(hash)
	if v, ok := toInt(m["version"]); !ok || v != 1 {
		return requestError(CodeBadRequest, "persistedQuery: only version 1 is supported")
	}
	if len(hash) != sha256.Size*2 {
		return requestError(CodeBadRequest, "persistedQuery: sha256Hash must be 64 hex digits")
	}
	if a.cache == nil {
		if p.Query == "" {
			return requestError(CodePersistedQueryNotSupported, "PersistedQueryNotSupported")
		}
		return nil
	}
	if p.Query == "" {
		q, ok := a.cache.Get(ctx, hash)
		if !ok {
			// Apollo's clients look for this exact message.
			return requestError(CodePersistedQueryNotFound, "PersistedQueryNotFound")
		}
		p.Query = q
		return nil
	}
	sum := sha256.Sum256([]byte(p.Query))
	if hex.EncodeToString(sum[:]) != hash {
		return requestError(CodeBadRequest, "persistedQuery: sha256Hash does not match the query")
	}
	if len(p.Query) <= MaxPersistedQueryBytes && a.cache != nil {
		graphql.GetOperationContext(ctx).Stats.SetExtension(apqStat, hash)
	}
	return nil
}

// MutateOperationContext remembers a query sent with its hash, now that it
// has passed every check.
func (a apq) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	if hash, ok := rc.Stats.GetExtension(apqStat).(string); ok && a.cache != nil {
		a.cache.Add(ctx, hash, rc.RawQuery)
	}
	return nil
}
