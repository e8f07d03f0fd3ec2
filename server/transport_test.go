package server

import (
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// encodeResponse must write what json.Marshal writes, the data copied as
// the executor wrote it.
func TestEncodeResponseMatchesMarshal(t *testing.T) {
	yes := true
	for _, tc := range []struct {
		name string
		resp graphql.Response
	}{
		{"data", graphql.Response{Data: json.RawMessage(`{"entity":{"name":"合成实验室","aliases":["甲","乙"]}}`)}},
		{"no data", graphql.Response{}},
		{"null data and errors", graphql.Response{
			Data:   json.RawMessage(`null`),
			Errors: gqlerror.List{{Message: "no \"data\": here", Path: ast.Path{ast.PathName("entity")}, Extensions: map[string]any{"code": "NOT_FOUND", "data": nil}}},
		}},
		{"every field", graphql.Response{
			Data: json.RawMessage(`{"a":1}`), Label: "l", Path: ast.Path{ast.PathName("x"), ast.PathIndex(2)},
			HasNext: &yes, Extensions: map[string]any{"cost": 12, "trace": map[string]any{"ms": 1.5}},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := json.Marshal(&tc.resp)
			if err != nil {
				t.Fatal(err)
			}
			got, err := encodeResponse(&tc.resp)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("encodeResponse:\n got %s\nwant %s", got, want)
			}
		})
	}
}

// The data is copied, not re-escaped: a name with & comes back as stored.
func TestEncodeResponseCopiesData(t *testing.T) {
	data := `{"entity":{"name":"A&B <实验室>"}}`
	got, err := encodeResponse(&graphql.Response{Data: json.RawMessage(data)})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"data":` + data + `}`; string(got) != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
