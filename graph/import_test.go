package graph_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"innograph/graph"
	"innograph/graph/generated"
	"innograph/loaders"
	"innograph/store/memory"
)

func post(t *testing.T, h http.Handler, query string, vars map[string]any) map[string]any {
	t.Helper()
	raw := postRaw(t, h, query, vars)
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
	return out
}

const importDoc = `mutation ($in: ImportDocumentInput!) {
  importDocument(input: $in) {
    documentId unchanged entities relations entitiesCreated relationsCreated
    document { title published text mentions { entity { name kind } text } }
  }
}`

func TestImportDocumentMutation(t *testing.T) {
	s := memory.New()
	gql := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: &graph.Resolver{Store: s}}))
	gql.AddTransport(transport.POST{})
	h := loaders.Middleware(s, 0, gql)
	in := map[string]any{"in": map[string]any{
		"title":     "成都新添概念验证中心",
		"published": "2026-03-12",
		"text":      "<html><body><nav>首页</nav><h1>成都新添概念验证中心</h1><p>电子科技大学与成都高新区共建的成都概念验证中心正式揭牌。</p></body></html>",
	}}
	out := post(t, h, importDoc, in)
	rep, _ := out["data"].(map[string]any)["importDocument"].(map[string]any)
	if rep == nil || rep["unchanged"] != false || rep["entitiesCreated"].(float64) < 3 || rep["relationsCreated"].(float64) < 2 {
		t.Fatalf("first import: %v", out)
	}
	doc := rep["document"].(map[string]any)
	if doc["published"] != "2026-03-12" || !strings.Contains(doc["text"].(string), "正式揭牌") || strings.Contains(doc["text"].(string), "首页") {
		t.Errorf("document %v", doc)
	}
	if len(doc["mentions"].([]any)) == 0 {
		t.Error("no mentions")
	}
	again := post(t, h, importDoc, in)
	if r := again["data"].(map[string]any)["importDocument"].(map[string]any); r["unchanged"] != true || r["documentId"] != rep["documentId"] {
		t.Errorf("second import: %v", again)
	}
	bad := post(t, h, importDoc, map[string]any{"in": map[string]any{"text": "   "}})
	if errs, _ := bad["errors"].([]any); len(errs) == 0 || !strings.Contains(errs[0].(map[string]any)["message"].(string), "no article text") {
		t.Errorf("empty document: %v", bad)
	}
	list := post(t, h, `mutation ($l: String!) { importList(jsonl: $l) { documentId entitiesCreated relationsCreated } }`,
		map[string]any{"l": `{"type":"entity","kind":"ENTERPRISE","name":"成都云图科技有限公司"}
{"type":"relation","rel":"LOCATED_IN","from":"成都云图科技有限公司","to":"成都高新区"}`})
	if r := list["data"].(map[string]any)["importList"].(map[string]any); r["entitiesCreated"] != 1.0 || r["relationsCreated"] != 1.0 || r["documentId"] != nil {
		t.Errorf("list import: %v", list)
	}
}

// The report counts the entities the importer's acceptor left out.
func TestImportReportsRejected(t *testing.T) {
	s := memory.New()
	gql := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: &graph.Resolver{Store: s}}))
	gql.AddTransport(transport.POST{})
	h := loaders.Middleware(s, 0, gql)
	out := post(t, h, `mutation ($in: ImportDocumentInput!) { importDocument(input: $in) { entities rejected } }`,
		map[string]any{"in": map[string]any{"text": "成都星辉科技有限公司打造西部地区重工业基地,建设高级人才培养基地。"}})
	rep, _ := out["data"].(map[string]any)["importDocument"].(map[string]any)
	if rep == nil || rep["rejected"].(float64) < 1 || rep["entities"].(float64) < 1 {
		t.Errorf("report: %v", out)
	}
}
