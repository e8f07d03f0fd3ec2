package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// Response media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json; charset=utf-8"
	mediaGraphQLResponse = "application/graphql-response+json; charset=utf-8"
)

// transport is the GraphQL-over-HTTP transport: POST with a JSON body and
// GET with URL parameters. It replaces gqlgen's transports to answer 413 for
// oversized bodies, 415 for other media types, 400 without echoing the body
// for malformed requests, and the status codes that the spec asks for each
// media type; see the README's "Hardening" section.
type transport struct {
	maxBody   int64
	maxTokens int
}

var _ graphql.Transport = transport{}

// Supports takes every GET and POST, so that a POST with a wrong media type
// gets a 415 from Do rather than gqlgen's generic 400.
func (transport) Supports(r *http.Request) bool {
	return r.Method == http.MethodGet || r.Method == http.MethodPost
}

func (t transport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	contentType := negotiate(r.Header.Get("Accept"))
	var params *graphql.RawParams
	var status int
	var perr *gqlerror.Error
	if r.Method == http.MethodGet {
		params, status, perr = readGet(r, t.maxTokens)
	} else {
		params, status, perr = t.readPost(w, r)
	}
	if status == http.StatusMethodNotAllowed {
		w.Header().Set("Allow", "POST")
	}
	if perr != nil {
		writeErrors(w, status, contentType, perr)
		return
	}
	params.Headers = r.Header
	params.ReadTime.End = graphql.Now()

	st := &reqState{method: r.Method}
	ctx := context.WithValue(r.Context(), reqStateKey{}, st)
	rc, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		// Nothing ran: the errors pass through the presenter, and the
		// response has no data entry.
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, rc), errs)
		status := requestErrorStatus(resp.Errors, contentType, st)
		switch status {
		case http.StatusUnauthorized:
			w.Header().Set("WWW-Authenticate", `Bearer realm="innograph"`)
		case http.StatusMethodNotAllowed:
			w.Header().Set("Allow", "POST")
		}
		writeErrors(w, status, contentType, resp.Errors...)
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	resp := responses(ctx)
	if resp == nil {
		// The request's context ended before execution began.
		writeErrors(w, http.StatusServiceUnavailable, contentType, requestError(CodeTimeout, "the request took too long"))
		return
	}
	body, err := encodeResponse(resp)
	if err != nil {
		panic(err) // recovered and logged by the server; the client gets INTERNAL
	}
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	w.Write(body)
}

// encodeResponse writes resp as json.Marshal would, save that the data,
// already JSON from the executor, is copied as it is: json.Marshal checks
// and compacts a RawMessage byte by byte, which on a nested answer of a
// few hundred kilobytes cost more than the database's reading of it. What
// was given up: the check (the executor's writers and the direct reads,
// held to them by their tests, are trusted to write valid JSON) and the
// escaping of <, > and & inside the data's strings, which JSON does not
// need.
func encodeResponse(resp *graphql.Response) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(resp.Data) + 64)
	b.WriteByte('{')
	field := func(name string, v any) error {
		b.WriteString(`"` + name + `":`)
		js, err := json.Marshal(v)
		b.Write(js)
		b.WriteByte(',')
		return err
	}
	if len(resp.Errors) > 0 {
		if err := field("errors", resp.Errors); err != nil {
			return nil, err
		}
	}
	b.WriteString(`"data":`)
	if len(resp.Data) == 0 {
		b.WriteString("null")
	} else {
		b.Write(resp.Data)
	}
	b.WriteByte(',')
	var err error
	if resp.Label != "" {
		err = errors.Join(err, field("label", resp.Label))
	}
	if len(resp.Path) > 0 {
		err = errors.Join(err, field("path", resp.Path))
	}
	if resp.HasNext != nil {
		err = errors.Join(err, field("hasNext", resp.HasNext))
	}
	if len(resp.Extensions) > 0 {
		err = errors.Join(err, field("extensions", resp.Extensions))
	}
	if err != nil {
		return nil, err
	}
	out := b.Bytes()
	out[len(out)-1] = '}'
	return out, nil
}

// requestErrorStatus is the HTTP status of a refused request. With
// application/json the spec asks for 200 on GraphQL request errors, with
// application/graphql-response+json for 400; authentication failures are
// 401 and 403 with either.
func requestErrorStatus(errs gqlerror.List, contentType string, st *reqState) int {
	if st.status != 0 {
		return st.status
	}
	for _, e := range errs {
		switch e.Extensions["code"] {
		case CodeUnauthenticated:
			return http.StatusUnauthorized
		case CodeForbidden:
			return http.StatusForbidden
		case CodeBadRequest:
			return http.StatusBadRequest
		}
	}
	if contentType == mediaGraphQLResponse {
		return http.StatusBadRequest
	}
	return http.StatusOK
}

// negotiate picks the response media type from Accept: the legacy
// application/json for no header, */* and application/*, as the spec asks;
// application/graphql-response+json when preferred (by q, then when tied).
// An Accept naming neither is disregarded (the spec allows that or 406).
func negotiate(accept string) string {
	if strings.TrimSpace(accept) == "" {
		return mediaJSON
	}
	bestQ, best := -1.0, mediaJSON
	for part := range strings.SplitSeq(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if s, ok := params["q"]; ok {
			if v, err := strconv.ParseFloat(s, 64); err == nil {
				q = v
			}
		}
		if q <= 0 {
			continue
		}
		var cand string
		switch mt {
		case "application/graphql-response+json":
			cand = mediaGraphQLResponse
		case "application/json", "application/*", "*/*":
			cand = mediaJSON
		default:
			continue
		}
		if q > bestQ || (q == bestQ && cand == mediaGraphQLResponse) {
			bestQ, best = q, cand
		}
	}
	return best
}

func badRequest(status int, msg string) (*graphql.RawParams, int, *gqlerror.Error) {
	return nil, status, requestError(CodeBadRequest, msg)
}

func readGet(r *http.Request, maxTokens int) (*graphql.RawParams, int, *gqlerror.Error) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return badRequest(http.StatusBadRequest, "the URL's query string is malformed")
	}
	p := &graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName")}
	p.ReadTime.Start = graphql.Now()
	if v := q.Get("variables"); v != "" && v != "null" {
		if p.Variables, err = decodeObject([]byte(v)); err != nil {
			return badRequest(http.StatusBadRequest, "variables must be a JSON object")
		}
	}
	if v := q.Get("extensions"); v != "" && v != "null" {
		if p.Extensions, err = decodeObject([]byte(v)); err != nil {
			return badRequest(http.StatusBadRequest, "extensions must be a JSON object")
		}
	}
	if p.Query == "" && p.Extensions["persistedQuery"] == nil {
		return badRequest(http.StatusBadRequest, "no query: pass ?query=... (GET runs queries only)")
	}
	if op := operationType(p.Query, p.OperationName, maxTokens); op != "" && op != ast.Query {
		return nil, http.StatusMethodNotAllowed, requestError(CodeBadRequest, "GET only runs queries: send "+string(op)+"s with POST")
	}
	return p, 0, nil
}

// operationType tells which operation a GET would run, before validation:
// the spec wants 405 for a mutation over GET even when the schema has no
// such mutation. Only queries that could hold another operation are parsed
// twice; the gate checks the type again for persisted queries.
func operationType(query, name string, maxTokens int) ast.Operation {
	if !strings.Contains(query, "mutation") && !strings.Contains(query, "subscription") {
		return ""
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, maxTokens)
	if err != nil {
		return "" // the executor reports the parse error
	}
	if op := doc.Operations.ForName(name); op != nil {
		return op.Operation
	}
	return ""
}

func (t transport) readPost(w http.ResponseWriter, r *http.Request) (*graphql.RawParams, int, *gqlerror.Error) {
	mt, mtParams, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return badRequest(http.StatusUnsupportedMediaType, "POST needs Content-Type: application/json")
	}
	if cs, ok := mtParams["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return badRequest(http.StatusUnsupportedMediaType, "the request body must be UTF-8")
	}
	p := &graphql.RawParams{}
	p.ReadTime.Start = graphql.Now()
	tooLarge := "the request body is larger than " + strconv.FormatInt(t.maxBody, 10) + " bytes"
	if r.ContentLength > t.maxBody {
		return badRequest(http.StatusRequestEntityTooLarge, tooLarge)
	}
	// MaxBytesReader also tells net/http to close the connection rather
	// than drain the rest of an oversized body.
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, t.maxBody))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return badRequest(http.StatusRequestEntityTooLarge, tooLarge)
		}
		return badRequest(http.StatusBadRequest, "the request body could not be read")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest(http.StatusBadRequest, "the request body is empty: send {\"query\": \"...\"}")
	}
	// Field names are matched exactly (encoding/json would match "QUERY" to
	// a struct's Query field), and each parameter's JSON type is checked.
	var fields map[string]json.RawMessage
	if err := strictDecode(body, &fields); err != nil || fields == nil {
		return badRequest(http.StatusBadRequest, "the request body must be a JSON object")
	}
	if raw, ok := fields["query"]; ok && !isNull(raw) {
		if json.Unmarshal(raw, &p.Query) != nil {
			return badRequest(http.StatusBadRequest, "query must be a string")
		}
	}
	if raw, ok := fields["operationName"]; ok && !isNull(raw) {
		if json.Unmarshal(raw, &p.OperationName) != nil {
			return badRequest(http.StatusBadRequest, "operationName must be a string")
		}
	}
	if raw, ok := fields["variables"]; ok && !isNull(raw) {
		if p.Variables, err = decodeObject(raw); err != nil {
			return badRequest(http.StatusBadRequest, "variables must be a JSON object")
		}
	}
	if raw, ok := fields["extensions"]; ok && !isNull(raw) {
		if p.Extensions, err = decodeObject(raw); err != nil {
			return badRequest(http.StatusBadRequest, "extensions must be a JSON object")
		}
	}
	if p.Query == "" && p.Extensions["persistedQuery"] == nil {
		return badRequest(http.StatusBadRequest, "no query: send {\"query\": \"...\"}")
	}
	return p, 0, nil
}

func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// decodeObject decodes a JSON object, numbers kept as json.Number as gqlgen
// expects.
func decodeObject(raw []byte) (map[string]any, error) {
	var m map[string]any
	if err := strictDecode(raw, &m); err != nil {
		return nil, err
	}
	if m == nil {
		return nil, errors.New("not an object")
	}
	return m, nil
}

// strictDecode decodes one JSON value and nothing after it.
func strictDecode(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the JSON value")
	}
	return nil
}
