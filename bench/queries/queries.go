// Package queries is the benchmark's query set: each question asked of
// every system in that system's own terms (innograph's GraphQL, the
// @neo4j/graphql peer's generated GraphQL, a hand-written Cypher floor),
// and the normalisation that turns each answer into one canonical JSON
// value, so that "the same data" is a byte comparison.
package queries

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"innograph/bench/prep"
	"innograph/store"
)

// GraphQL is one GraphQL request.
type GraphQL struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

// Query is one question of the set.
type Query struct {
	Name string
	// What it asks, for the report.
	Description string
	Innograph   GraphQL
	Peer        GraphQL
	// PeerNote says how the peer's query differs from the idiomatic one,
	// when @neo4j/graphql cannot express it directly.
	PeerNote string
	// Floor is the hand-written Cypher: one statement.
	Floor Floor
	// InnographCanon and PeerCanon turn a response's data into the
	// canonical value; Floor.Canon does it for the floor's records.
	InnographCanon func(data json.RawMessage) (any, error)
	PeerCanon      func(data json.RawMessage) (any, error)
}

// Floor is a hand-written Cypher statement and how its single record
// becomes the canonical value.
type Floor struct {
	Cypher string
	Params map[string]any
	// Canon reads the statement's records (as key → value maps).
	Canon func(recs []map[string]any) (any, error)
}

// Params are what the set depends on in a given graph.
type Params struct {
	// DeepOffset is where the deep Relay page starts in the university's
	// alumni.
	DeepOffset int
}

// PageSize is the size of the deep page.
const PageSize = 20

// Set returns the queries over the graph package prep makes.
func Set(p Params) []Query {
	return []Query{
		entityByAlias(), search(), nested(), deepPage(p), supplyChain(), path(), talentPipeline(),
	}
}

// ---- entity by alias ----

type entityCanon struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
}

func entityByAlias() Query {
	alias := prep.AliasQuery()
	return Query{
		Name:        "entity_by_alias",
		Description: fmt.Sprintf("an enterprise by its alias %s (aliases added by the data preparation: 合企N for every enterprise, 合大N for every university)", alias),
		Innograph: GraphQL{Query: `query ($name: String!) { entity(name: $name) { id name kind aliases } }`,
			Variables: map[string]any{"name": alias}},
		Peer: GraphQL{Query: `query ($alias: String!) { entities(where: {aliases: {includes: $alias}}) { id name kind aliases } }`,
			Variables: map[string]any{"alias": alias}},
		PeerNote: "a list filter (aliases includes); the peer has no name-or-alias lookup",
		Floor: Floor{
			// The alias index that innograph's schema keeps (a keyword-analysed
			// full-text index of the normalised aliases), queried for the
			// whole term.
			Cypher: `CALL db.index.fulltext.queryNodes('entity_alias_keys', $term) YIELD node AS n
WITH n WHERE $key IN n.aliasKeys
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases ORDER BY n.id LIMIT 1`,
			Params: map[string]any{"key": store.Key(alias), "term": `"` + store.Key(alias) + `"`},
			Canon: func(recs []map[string]any) (any, error) {
				if len(recs) == 0 {
					return nil, nil
				}
				r := recs[0]
				return entityCanon{ID: str(r["id"]), Name: str(r["name"]), Kind: str(r["kind"]), Aliases: strs(r["aliases"])}, nil
			},
		},
		InnographCanon: func(data json.RawMessage) (any, error) {
			var d struct{ Entity *entityCanon }
			if err := json.Unmarshal(data, &d); err != nil || d.Entity == nil {
				return nil, err
			}
			return *d.Entity, nil
		},
		PeerCanon: func(data json.RawMessage) (any, error) {
			var d struct{ Entities []entityCanon }
			if err := json.Unmarshal(data, &d); err != nil || len(d.Entities) == 0 {
				return nil, err
			}
			slices.SortFunc(d.Entities, func(a, b entityCanon) int { return strings.Compare(a.ID, b.ID) })
			return d.Entities[0], nil
		},
	}
}

// ---- search ----

type refCanon struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind,omitempty"`
}

type searchCanon struct {
	TotalCount int        `json:"totalCount"`
	Nodes      []refCanon `json:"nodes"`
}

// searchText matches the names of labs 0 to 99 as a prefix: all ranks
// tie, so relevance order is name order, which the peer can express.
const searchText = "合成实验室00000"

func search() Query {
	return Query{
		Name:        "search",
		Description: fmt.Sprintf("search %q, first 20 by relevance, with the total", searchText),
		Innograph: GraphQL{Query: `query ($text: String!) { search(text: $text, first: 20) { totalCount nodes { id name kind } } }`,
			Variables: map[string]any{"text": searchText}},
		Peer: GraphQL{Query: `query ($text: String!) { entitiesConnection(where: {key: {contains: $text}}, sort: [{name: ASC}], first: 20) {
  totalCount edges { node { id name kind } } } }`, Variables: map[string]any{"text": store.Key(searchText)}},
		PeerNote: "substring of the normalised name, sorted by name: the peer cannot rank by relevance nor match aliases in the same filter; for this text relevance order is name order",
		Floor: Floor{
			// Candidates from the text (trigram) indexes of innograph's schema
			// on the name key and on the aliases' keys joined in one string.
			Cypher: `CALL () {
  MATCH (n:Entity) USING TEXT INDEX n:Entity(key) WHERE n.key CONTAINS $text RETURN n
  UNION
  MATCH (n:Entity) WHERE n.aliasKeyText CONTAINS $text RETURN n
}
WITH n WHERE n.key CONTAINS $text OR any(a IN n.aliasKeys WHERE a CONTAINS $text)
WITH n, CASE WHEN n.key = $text THEN 0 WHEN $text IN n.aliasKeys THEN 1 WHEN n.key STARTS WITH $text THEN 2
  WHEN any(a IN n.aliasKeys WHERE a STARTS WITH $text) THEN 3 WHEN n.key CONTAINS $text THEN 4 ELSE 5 END AS rank
ORDER BY rank, n.nameLen, n.name, n.id
WITH collect(n {.id, .name, .kind}) AS hits
RETURN size(hits) AS total, hits[0..20] AS page`,
			Params: map[string]any{"text": store.Key(searchText)},
			Canon: func(recs []map[string]any) (any, error) {
				out := searchCanon{TotalCount: int(num(recs[0]["total"])), Nodes: []refCanon{}}
				for _, v := range list(recs[0]["page"]) {
					m, _ := v.(map[string]any)
					out.Nodes = append(out.Nodes, refCanon{ID: str(m["id"]), Name: str(m["name"]), Kind: str(m["kind"])})
				}
				return out, nil
			},
		},
		InnographCanon: func(data json.RawMessage) (any, error) {
			var d struct{ Search searchCanon }
			err := json.Unmarshal(data, &d)
			return d.Search, err
		},
		PeerCanon: func(data json.RawMessage) (any, error) {
			var d struct {
				EntitiesConnection struct {
					TotalCount int
					Edges      []struct{ Node refCanon }
				}
			}
			if err := json.Unmarshal(data, &d); err != nil {
				return nil, err
			}
			out := searchCanon{TotalCount: d.EntitiesConnection.TotalCount, Nodes: []refCanon{}}
			for _, e := range d.EntitiesConnection.Edges {
				out.Nodes = append(out.Nodes, e.Node)
			}
			return out, nil
		},
	}
}

// ---- nested: chain → members → their suppliers → their staff ----

type nestedCanon struct {
	Name    string        `json:"name"`
	Members []memberCanon `json:"members"`
}

type memberCanon struct {
	Name      string          `json:"name"`
	Suppliers []supplierCanon `json:"suppliers"`
}

type supplierCanon struct {
	Name  string   `json:"name"`
	Staff []string `json:"staff"`
}

// shortcutCap is innograph's cap on shortcut list fields (members,
// suppliers, staff): the first 100 by name.
const shortcutCap = 100

func nested() Query {
	return Query{
		Name:        "nested_chain_members_suppliers_staff",
		Description: fmt.Sprintf("a 3-level nested query: chain %s → its member enterprises → their suppliers → their employees (each list the first %d by name)", prep.Chain, shortcutCap),
		Innograph: GraphQL{Query: `query ($chain: String!) { industryChain(name: $chain) { name
  members { name ... on Enterprise { suppliers { name ... on Enterprise { staff { name } } } } } } }`,
			Variables: map[string]any{"chain": prep.Chain}},
		Peer: GraphQL{Query: `query ($chain: String!) { industryChains(where: {name: {eq: $chain}}) { name
  members(limit: 100, sort: [{name: ASC}]) { name
    suppliers(limit: 100, sort: [{name: ASC}]) { name
      staff(limit: 100, sort: [{name: ASC}]) { name } } } } }`,
			Variables: map[string]any{"chain": prep.Chain}},
		Floor: Floor{
			Cypher: `MATCH (c:Entity {key: $chain})
CALL (c) {
  MATCH (m:Entity)-[:MEMBER_OF_CHAIN]->(c)
  WITH m ORDER BY m.name, m.id LIMIT 100
  CALL (m) {
    MATCH (s:Entity)-[:SUPPLIES]->(m)
    WITH s ORDER BY s.name, s.id LIMIT 100
    CALL (s) {
      MATCH (t:Entity)-[:WORKS_AT]->(s)
      WITH t ORDER BY t.name, t.id LIMIT 100
      RETURN collect(t.name) AS staff
    }
    RETURN collect({name: s.name, staff: staff}) AS suppliers
  }
  RETURN collect({name: m.name, suppliers: suppliers}) AS members
}
RETURN c.name AS name, members`,
			Params: map[string]any{"chain": store.Key(prep.Chain)},
			Canon: func(recs []map[string]any) (any, error) {
				if len(recs) == 0 {
					return nil, nil
				}
				out := nestedCanon{Name: str(recs[0]["name"]), Members: []memberCanon{}}
				for _, mv := range list(recs[0]["members"]) {
					m, _ := mv.(map[string]any)
					mc := memberCanon{Name: str(m["name"]), Suppliers: []supplierCanon{}}
					for _, sv := range list(m["suppliers"]) {
						s, _ := sv.(map[string]any)
						mc.Suppliers = append(mc.Suppliers, supplierCanon{Name: str(s["name"]), Staff: strs(s["staff"])})
					}
					out.Members = append(out.Members, mc)
				}
				return out, nil
			},
		},
		InnographCanon: func(data json.RawMessage) (any, error) {
			var d struct{ IndustryChain *nestedJSON }
			if err := json.Unmarshal(data, &d); err != nil || d.IndustryChain == nil {
				return nil, err
			}
			return d.IndustryChain.canon(), nil
		},
		PeerCanon: func(data json.RawMessage) (any, error) {
			var d struct{ IndustryChains []nestedJSON }
			if err := json.Unmarshal(data, &d); err != nil || len(d.IndustryChains) == 0 {
				return nil, err
			}
			return d.IndustryChains[0].canon(), nil
		},
	}
}

// nestedJSON reads both GraphQL answers, which have the same shape.
type nestedJSON struct {
	Name    string
	Members []struct {
		Name      string
		Suppliers []struct {
			Name  string
			Staff []struct{ Name string }
		}
	}
}

func (n nestedJSON) canon() nestedCanon {
	out := nestedCanon{Name: n.Name, Members: []memberCanon{}}
	for _, m := range n.Members {
		mc := memberCanon{Name: m.Name, Suppliers: []supplierCanon{}}
		for _, s := range m.Suppliers {
			sc := supplierCanon{Name: s.Name, Staff: []string{}}
			for _, t := range s.Staff {
				sc.Staff = append(sc.Staff, t.Name)
			}
			mc.Suppliers = append(mc.Suppliers, sc)
		}
		out.Members = append(out.Members, mc)
	}
	return out
}

// ---- a Relay page deep in a connection ----

type pageCanon struct {
	TotalCount int      `json:"totalCount"`
	Names      []string `json:"names"`
}

func deepPage(p Params) Query {
	after := ""
	if p.DeepOffset > 0 {
		after = store.EncodeCursor(p.DeepOffset - 1)
	}
	return Query{
		Name: "relay_deep_page",
		Description: fmt.Sprintf("%d alumni of %s from offset %d (a Relay page deep in the connection, by name), with the total",
			PageSize, prep.University, p.DeepOffset),
		Innograph: GraphQL{Query: `query ($name: String!, $after: String) { entity(name: $name) { ... on University {
  alumni(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } } } }`,
			Variables: map[string]any{"name": prep.University, "after": after}},
		Peer: GraphQL{Query: `query ($name: String!, $offset: Int!) { universities(where: {name: {eq: $name}}) {
  alumniConnection { totalCount } alumni(limit: 20, offset: $offset, sort: [{name: ASC}]) { name } } }`,
			Variables: map[string]any{"name": prep.University, "offset": p.DeepOffset}},
		PeerNote: "offset pagination (alumni with limit/offset, totalCount from alumniConnection): the peer's Relay form " +
			"(alumniConnection with sort, first and after) runs out of Neo4j's transaction memory on the larger graphs, " +
			"since its Cypher sorts a list that every row carries",
		Floor: Floor{
			Cypher: `MATCH (:Entity {id: $id})<-[:ALUMNUS_OF]-(t:Entity)
WITH t ORDER BY t.name, t.id
WITH collect(t.name) AS names
RETURN size(names) AS total, names[$skip..$skip + 20] AS page`,
			Params: map[string]any{"id": store.EntityID(prep.University), "skip": p.DeepOffset},
			Canon: func(recs []map[string]any) (any, error) {
				return pageCanon{TotalCount: int(num(recs[0]["total"])), Names: strs(recs[0]["page"])}, nil
			},
		},
		InnographCanon: func(data json.RawMessage) (any, error) {
			var d struct {
				Entity *struct {
					Alumni struct {
						TotalCount int
						Edges      []struct{ Node struct{ Name string } }
					}
				}
			}
			if err := json.Unmarshal(data, &d); err != nil || d.Entity == nil {
				return nil, err
			}
			out := pageCanon{TotalCount: d.Entity.Alumni.TotalCount, Names: []string{}}
			for _, e := range d.Entity.Alumni.Edges {
				out.Names = append(out.Names, e.Node.Name)
			}
			return out, nil
		},
		PeerCanon: func(data json.RawMessage) (any, error) {
			var d struct {
				Universities []struct {
					AlumniConnection struct{ TotalCount int }
					Alumni           []struct{ Name string }
				}
			}
			if err := json.Unmarshal(data, &d); err != nil || len(d.Universities) == 0 {
				return nil, err
			}
			u := d.Universities[0]
			out := pageCanon{TotalCount: u.AlumniConnection.TotalCount, Names: []string{}}
			for _, a := range u.Alumni {
				out.Names = append(out.Names, a.Name)
			}
			return out, nil
		},
	}
}

// ---- supply chain, depth 3 ----

type tierCanon struct {
	Depth       int        `json:"depth"`
	Enterprises []refCanon `json:"enterprises"`
}

// supplyTiersCypher is the nearest tier of every supplier within three
// SUPPLIES steps upstream. The peer runs the same statement as a @cypher
// field.
const supplyTiersCypher = `MATCH (s:Entity {id: $id})
MATCH p = ANY SHORTEST (s)<-[:SUPPLIES]-{1,3}(x:Entity)
WHERE x <> s
WITH length(p) AS d, x ORDER BY d, x.name, x.id
WITH d, collect({id: x.id, name: x.name}) AS enterprises
ORDER BY d
RETURN d AS depth, enterprises`

func supplyChain() Query {
	id := store.EntityID(prep.Enterprise)
	return Query{
		Name:        "supply_chain_depth3",
		Description: fmt.Sprintf("the suppliers of %s, tier by tier, 3 tiers upstream (each at its nearest tier)", prep.Enterprise),
		Innograph: GraphQL{Query: `query ($id: ID!) { supplyChain(enterprise: $id, direction: UPSTREAM, depth: 3) { depth enterprises { id name } } }`,
			Variables: map[string]any{"id": id}},
		Peer: GraphQL{Query: `query ($id: ID!) { supplyTiers(id: $id) { depth enterprises { id name } } }`,
			Variables: map[string]any{"id": id}},
		PeerNote: "a @cypher field (nearest tiers need a shortest-path walk the generated filters cannot express)",
		Floor: Floor{Cypher: supplyTiersCypher, Params: map[string]any{"id": id},
			Canon: func(recs []map[string]any) (any, error) {
				out := []tierCanon{}
				for _, r := range recs {
					t := tierCanon{Depth: int(num(r["depth"])), Enterprises: []refCanon{}}
					for _, v := range list(r["enterprises"]) {
						m, _ := v.(map[string]any)
						t.Enterprises = append(t.Enterprises, refCanon{ID: str(m["id"]), Name: str(m["name"])})
					}
					out = append(out, t)
				}
				return out, nil
			}},
		InnographCanon: func(data json.RawMessage) (any, error) {
			var d struct{ SupplyChain []tierCanon }
			err := json.Unmarshal(data, &d)
			return d.SupplyChain, err
		},
		PeerCanon: func(data json.RawMessage) (any, error) {
			var d struct{ SupplyTiers []tierCanon }
			err := json.Unmarshal(data, &d)
			return d.SupplyTiers, err
		},
	}
}

// ---- path up to 4 hops ----

type pathCanon struct {
	Length int      `json:"length"`
	Nodes  []string `json:"nodes"`
	Types  []string `json:"types"`
}

// shortestPathCypher picks, among all shortest paths of at most 4
// relations, the one whose entity ids and then relation ids come first:
// innograph's contract. The peer runs it as a @cypher field.
const shortestPathCypher = `MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WITH p ORDER BY [x IN nodes(p) | x.id], [x IN relationships(p) | x.id]
LIMIT 1
RETURN length(p) AS length, [x IN nodes(p) | {id: x.id, name: x.name}] AS nodes, [x IN relationships(p) | type(x)] AS types`

func path() Query {
	from, to := store.EntityID(prep.TalentA), store.EntityID(prep.TalentB)
	return Query{
		Name:        "path_4_hops",
		Description: fmt.Sprintf("the shortest path of at most 4 relations from %s to %s", prep.TalentA, prep.TalentB),
		Innograph: GraphQL{Query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { id name } edges { type } } }`,
			Variables: map[string]any{"from": from, "to": to}},
		Peer: GraphQL{Query: `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id name } types } }`,
			Variables: map[string]any{"from": from, "to": to}},
		PeerNote: "a @cypher field (the generated API has no paths)",
		Floor: Floor{Cypher: shortestPathCypher, Params: map[string]any{"from": from, "to": to},
			Canon: func(recs []map[string]any) (any, error) {
				if len(recs) == 0 {
					return nil, nil
				}
				out := pathCanon{Length: int(num(recs[0]["length"])), Nodes: []string{}, Types: strs(recs[0]["types"])}
				for _, v := range list(recs[0]["nodes"]) {
					m, _ := v.(map[string]any)
					out.Nodes = append(out.Nodes, str(m["id"]))
				}
				return out, nil
			}},
		InnographCanon: func(data json.RawMessage) (any, error) {
			var d struct {
				Path *struct {
					Length int
					Nodes  []struct{ ID string }
					Edges  []struct{ Type string }
				}
			}
			if err := json.Unmarshal(data, &d); err != nil || d.Path == nil {
				return nil, err
			}
			out := pathCanon{Length: d.Path.Length, Nodes: []string{}, Types: []string{}}
			for _, n := range d.Path.Nodes {
				out.Nodes = append(out.Nodes, n.ID)
			}
			for _, e := range d.Path.Edges {
				out.Types = append(out.Types, e.Type)
			}
			return out, nil
		},
		PeerCanon: func(data json.RawMessage) (any, error) {
			var d struct {
				ShortestPath *struct {
					Length int
					Nodes  []struct{ ID string }
					Types  []string
				}
			}
			if err := json.Unmarshal(data, &d); err != nil || d.ShortestPath == nil {
				return nil, err
			}
			out := pathCanon{Length: d.ShortestPath.Length, Nodes: []string{}, Types: d.ShortestPath.Types}
			for _, n := range d.ShortestPath.Nodes {
				out.Nodes = append(out.Nodes, n.ID)
			}
			return out, nil
		},
	}
}

// ---- talent pipeline ----

type placementCanon struct {
	Talent     string `json:"talent"`
	Employer   string `json:"employer"`
	Role       string `json:"role"`
	Discipline string `json:"discipline"`
}

// pipelineCypher lists the university's alumni working at the chain's
// leaders, members or supporters (as innograph defines them), in
// innograph's order. The peer runs it as a @cypher field.
const pipelineCypher = `MATCH (c:Entity {id: $chain})
CALL (c) {
  MATCH (e:Entity)-[:LEADS_CHAIN|MEMBER_OF_CHAIN|SUPPORTS_CHAIN]->(c) RETURN e
  UNION
  MATCH (e:Entity)-[:SERVES]->(c) WHERE e.kind IN $supporterKinds RETURN e
  UNION
  MATCH (e:Entity)-[:SERVES]->(:Entity)-[:LEADS_CHAIN|MEMBER_OF_CHAIN]->(c) WHERE e.kind IN $supporterKinds RETURN e
}
WITH collect(e) AS bodies
MATCH (:Entity {id: $university})<-[a:ALUMNUS_OF]-(t:Entity)-[w:WORKS_AT]->(emp:Entity)
WHERE emp IN bodies
RETURN t.id AS talent, t.name AS talentName, emp.id AS employer, emp.name AS employerName,
  w.props AS worksAt, a.props AS alumnusOf, t.props AS talentProps, a.id AS a, w.id AS w
ORDER BY t.name, t.id, emp.name, emp.id, a.id, w.id`

func talentPipeline() Query {
	uni, chain := store.EntityID(prep.University), store.EntityID(prep.Chain)
	return Query{
		Name:        "talent_pipeline",
		Description: fmt.Sprintf("alumni of %s working at an enterprise or supporter of %s, with role and discipline", prep.University, prep.Chain),
		Innograph: GraphQL{Query: `query ($uni: ID!, $chain: ID!) { talentPipeline(university: $uni, chain: $chain) {
  talent { id } employer { id } role discipline } }`,
			Variables: map[string]any{"uni": uni, "chain": chain}},
		Peer: GraphQL{Query: `query ($uni: ID!, $chain: ID!) { talentPipeline(university: $uni, chain: $chain) {
  talent { id } employer { id } worksAt alumnusOf talentProps } }`,
			Variables: map[string]any{"uni": uni, "chain": chain}},
		PeerNote: "a @cypher field returning the stored props JSON, which the client decodes (role, discipline): the generated API cannot join two relationships of one person",
		Floor: Floor{Cypher: pipelineCypher,
			Params: map[string]any{"uni": uni, "university": uni, "chain": chain, "supporterKinds": kinds(store.SupporterKinds)},
			Canon: func(recs []map[string]any) (any, error) {
				out := []placementCanon{}
				for _, r := range recs {
					p, err := placement(str(r["talent"]), str(r["employer"]), str(r["worksAt"]), str(r["alumnusOf"]), str(r["talentProps"]))
					if err != nil {
						return nil, err
					}
					out = append(out, p)
				}
				return out, nil
			}},
		InnographCanon: func(data json.RawMessage) (any, error) {
			var d struct {
				TalentPipeline []struct {
					Talent, Employer struct{ ID string }
					Role, Discipline *string
				}
			}
			if err := json.Unmarshal(data, &d); err != nil {
				return nil, err
			}
			out := []placementCanon{}
			for _, p := range d.TalentPipeline {
				out = append(out, placementCanon{Talent: p.Talent.ID, Employer: p.Employer.ID, Role: deref(p.Role), Discipline: deref(p.Discipline)})
			}
			return out, nil
		},
		PeerCanon: func(data json.RawMessage) (any, error) {
			var d struct {
				TalentPipeline []struct {
					Talent, Employer                struct{ ID string }
					WorksAt, AlumnusOf, TalentProps string
				}
			}
			if err := json.Unmarshal(data, &d); err != nil {
				return nil, err
			}
			out := []placementCanon{}
			for _, p := range d.TalentPipeline {
				c, err := placement(p.Talent.ID, p.Employer.ID, p.WorksAt, p.AlumnusOf, p.TalentProps)
				if err != nil {
					return nil, err
				}
				out = append(out, c)
			}
			return out, nil
		},
	}
}

// placement decodes the stored props JSON of a placement's relations and
// person: the role is the WORKS_AT role, else the person's title.
func placement(talent, employer, worksAt, alumnusOf, talentProps string) (placementCanon, error) {
	var w, a, t map[string]string
	for _, x := range []struct {
		raw string
		dst *map[string]string
	}{{worksAt, &w}, {alumnusOf, &a}, {talentProps, &t}} {
		if x.raw == "" {
			continue
		}
		if err := json.Unmarshal([]byte(x.raw), x.dst); err != nil {
			return placementCanon{}, fmt.Errorf("props of %s at %s: %w", talent, employer, err)
		}
	}
	role := w["role"]
	if role == "" {
		role = t["title"]
	}
	return placementCanon{Talent: talent, Employer: employer, Role: role, Discipline: a["discipline"]}, nil
}

// ---- helpers over driver values ----

func str(v any) string {
	s, _ := v.(string)
	return s
}

func num(v any) int64 {
	n, _ := v.(int64)
	return n
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func strs(v any) []string {
	out := []string{}
	for _, x := range list(v) {
		out = append(out, str(x))
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func kinds(ks []store.Kind) []any {
	out := make([]any, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}
