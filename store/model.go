// Package store defines the graph model and the contract every backend
// (embedded and Neo4j) implements. The contract is shaped after what one
// Cypher round trip can do: batch reads keyed by ids, neighbour pages for many
// entities at once, a shortest path computed inside the store, and upserts
// keyed by natural keys so that every write can be replayed safely.
package store

import (
	"crypto/sha256"
	"encoding/base32"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Kind is the kind of an entity. The set is closed: Neo4j labels are taken
// from it, so it doubles as the label allowlist.
type Kind string

const (
	KindLab               Kind = "LAB"
	KindPilotPlatform     Kind = "PILOT_PLATFORM"
	KindPlatform          Kind = "PLATFORM"
	KindUniversity        Kind = "UNIVERSITY"
	KindResearchInstitute Kind = "RESEARCH_INSTITUTE"
	KindEnterprise        Kind = "ENTERPRISE"
	KindTalent            Kind = "TALENT"
	KindIndustryChain     Kind = "INDUSTRY_CHAIN"
	KindRegion            Kind = "REGION"
	KindFund              Kind = "FUND"
	KindPolicy            Kind = "POLICY"
	KindProgram           Kind = "PROGRAM"
	KindGovernmentAgency  Kind = "GOVERNMENT_AGENCY"
	KindEvent             Kind = "EVENT"
	KindOther             Kind = "OTHER"
)

// Kinds lists every kind in declaration order.
var Kinds = []Kind{
	KindLab, KindPilotPlatform, KindPlatform, KindUniversity, KindResearchInstitute,
	KindEnterprise, KindTalent, KindIndustryChain, KindRegion, KindFund, KindPolicy,
	KindProgram, KindGovernmentAgency, KindEvent, KindOther,
}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if v == k {
			return true
		}
	}
	return false
}

// RelType is the type of a relation; like Kind it is a closed set because
// Neo4j relationship types cannot be query parameters.
type RelType string

const (
	RelCoBuiltBy     RelType = "CO_BUILT_BY"
	RelPartOf        RelType = "PART_OF"
	RelLocatedIn     RelType = "LOCATED_IN"
	RelServes        RelType = "SERVES"
	RelIncubated     RelType = "INCUBATED"
	RelLeadsChain    RelType = "LEADS_CHAIN"
	RelMemberOfChain RelType = "MEMBER_OF_CHAIN"
	RelSupplies      RelType = "SUPPLIES"
	RelAlumnusOf     RelType = "ALUMNUS_OF"
	RelWorksAt       RelType = "WORKS_AT"
	RelSupportsChain RelType = "SUPPORTS_CHAIN"
	RelPartnersWith  RelType = "PARTNERS_WITH"
	RelMentionedIn   RelType = "MENTIONED_IN"
)

// RelTypes lists every relation type in declaration order.
var RelTypes = []RelType{
	RelCoBuiltBy, RelPartOf, RelLocatedIn, RelServes, RelIncubated, RelLeadsChain,
	RelMemberOfChain, RelSupplies, RelAlumnusOf, RelWorksAt, RelSupportsChain,
	RelPartnersWith, RelMentionedIn,
}

// Valid reports whether t is one of RelTypes.
func (t RelType) Valid() bool {
	for _, v := range RelTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Direction selects which relations of an entity a neighbour query follows.
type Direction string

const (
	Out  Direction = "OUT"
	In   Direction = "IN"
	Both Direction = "BOTH"
)

// Evidence ties a fact to the sentence it came from. Start and End are
// offsets in Unicode code points into the document's text.
type Evidence struct {
	Doc        string  `json:"doc"`
	Text       string  `json:"text"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Rule       string  `json:"rule,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

// Entity is a node of the graph. Name is the canonical name and, once
// normalised by Key, the natural key; ID is derived from it so that every
// backend assigns the same id to the same body.
type Entity struct {
	ID       string            `json:"id"`
	Kind     Kind              `json:"kind"`
	Name     string            `json:"name"`
	Aliases  []string          `json:"aliases"`
	Props    map[string]string `json:"props"`
	Evidence []Evidence        `json:"evidence"`
}

// Relation is a typed, directed edge between two entities; at most one
// exists per (type, from, to), which is also its natural key.
type Relation struct {
	ID       string            `json:"id"`
	Type     RelType           `json:"type"`
	From     string            `json:"from"`
	To       string            `json:"to"`
	Props    map[string]string `json:"props"`
	Evidence []Evidence        `json:"evidence"`
}

// Document is a source text that evidence points into.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Hash      string `json:"hash,omitempty"`
	// Text is the document's cleaned text, which evidence offsets index;
	// empty for documents known only by their metadata.
	Text string `json:"text,omitempty"`
}

// Mention is an entity named in a document, found through its evidence.
type Mention struct {
	EntityID string
	Evidence Evidence
}

// Key normalises a name into the natural key used for identity and for
// exact lookups: NFKC folds full-width forms (（） → ()), Latin letters are
// lower-cased and all white space is dropped, since PDF conversion scatters
// spaces and line breaks inside Chinese names.
func Key(name string) string {
	s := norm.NFKC.String(name)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// CleanName trims and NFKC-normalises a display name without changing its
// case, so that names typed with full-width brackets read like the rest.
func CleanName(name string) string {
	return strings.TrimSpace(norm.NFKC.String(name))
}

var idEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

func hashID(prefix string, parts ...string) string {
	// Ids are computed for every relation a page reads, so the input is
	// joined on the stack and the result allocated once.
	var stack [256]byte
	in := stack[:0]
	for _, p := range parts {
		in = append(in, p...)
		in = append(in, 0)
	}
	sum := sha256.Sum256(in)
	var out [32]byte // a short prefix and 10 bytes in base32 (16 characters)
	n := copy(out[:], prefix)
	idEncoding.Encode(out[n:], sum[:10])
	return string(out[:n+idEncoding.EncodedLen(10)])
}

// EntityID is the stable id of the entity whose canonical name is name.
func EntityID(name string) string { return hashID("e_", Key(name)) }

// RelationID is the stable id of the relation (t, from, to).
func RelationID(t RelType, from, to string) string { return hashID("r_", string(t), from, to) }

// Sources returns the distinct document ids in evidence, in first-seen order.
func Sources(ev []Evidence) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range ev {
		if e.Doc != "" && !seen[e.Doc] {
			seen[e.Doc] = true
			out = append(out, e.Doc)
		}
	}
	return out
}
