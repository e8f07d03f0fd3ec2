// Package importer loads source documents into the graph: Chinese news
// pages, government notices and planning outlines as plain text, Markdown
// or HTML, and analysts' lists in the JSON Lines format of package dataset.
//
// A document goes through cleaning (Clean), sentence splitting
// (Sentences), recognition of names (Recognize), relation extraction
// (Relations), and linking of each name to an entity of the graph or a new
// one, which an Acceptor judges before it is kept. Every rule is a named
// pattern, and every fact it yields keeps the document, the sentence, its
// offsets, the rule and a confidence. One document is one batch, applied
// in one transaction.
package importer

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"innograph/dataset"
	"innograph/hanzi"
	"innograph/store"
)

// Input is one document to import.
type Input struct {
	// Name is where it came from (a file name); it picks the format by
	// extension and becomes the document's source.
	Name string
	Data []byte
	// Format overrides detection by name and content.
	Format Format
	// Metadata that the text may not carry.
	Title, URL, Published, Publisher string
}

// Report says what importing one document did.
type Report struct {
	ID        string `json:"id,omitempty"`
	Title     string `json:"title,omitempty"`
	Format    Format `json:"format"`
	Encoding  string `json:"encoding,omitempty"`
	Sentences int    `json:"sentences,omitempty"`
	// Entities and Relations count what was extracted; Linked counts the
	// entities that were already in the graph.
	Entities  int `json:"entities"`
	Relations int `json:"relations"`
	Linked    int `json:"linked"`
	// Rejected counts the entities the rules found and the acceptor did
	// not keep; Rejects names them, with the acceptor's probability.
	Rejected  int      `json:"rejected,omitempty"`
	Rejects   []Reject `json:"rejects,omitempty"`
	Unchanged bool     `json:"unchanged,omitempty"`
	store.ApplyResult
}

// Importer imports documents into a store.
type Importer struct {
	Store store.Store
	// Force re-extracts a document already imported with the same text;
	// otherwise such a document is reported unchanged at once.
	Force bool
	// Acceptor judges the new entities the rules find; nil is
	// DefaultAcceptor(), KeepAll keeps them all.
	Acceptor *Acceptor
	// Tagger weighs the acceptor's view of new entities with a model of
	// names, and finds names no rule reads; nil is DefaultTagger(),
	// NoTagger leaves the acceptor alone. With KeepAll no tagger takes
	// part.
	Tagger *Tagger
	// Pairer proposes relations between bodies a sentence names that no
	// rule relates; nil is DefaultPairer() (none with KeepAll), NoPairer
	// proposes none.
	Pairer *Pairer
}

// Extraction is a document turned into a batch, before it is applied.
type Extraction struct {
	Document store.Document
	Batch    store.Batch
	Mentions []Mention
	Facts    []Fact
	// Judgements are the acceptor's, one per new entity, kept or not.
	Judgements []Judgement
	// Candidates are the pairer's, one per pair of bodies it kept a
	// relation for (every one weighed, when fitting).
	Candidates []Candidate
	Report     Report
	// Read is the text the rules read (the page in simplified
	// characters) and Sentences its sentences.
	Read      []rune
	Sentences []Span
}

// Import extracts a document and applies it as one atomic batch. Bad
// input is an error wrapping ErrBadInput and writes nothing.
func (im *Importer) Import(ctx context.Context, in Input) (Report, error) {
	format := in.Format
	if format == "" {
		format = DetectFormat(in.Name, in.Data)
	}
	if format == FormatJSONL {
		return im.importList(ctx, in)
	}
	ex, err := im.Extract(ctx, in)
	if err != nil {
		return Report{}, err
	}
	if !im.Force {
		docs, err := im.Store.GetDocuments(ctx, []string{ex.Document.ID})
		if err != nil {
			return Report{}, fmt.Errorf("look up document %s: %w", ex.Document.ID, err)
		}
		if docs[0] != nil && docs[0].Hash == ex.Document.Hash {
			ex.Report.Unchanged = true
			return ex.Report, nil
		}
	}
	res, err := im.Store.Apply(ctx, ex.Batch)
	if err != nil {
		return Report{}, fmt.Errorf("write document %s: %w", ex.Document.ID, err)
	}
	ex.Report.ApplyResult = res
	ex.Report.Unchanged = res == store.ApplyResult{}
	return ex.Report, nil
}

func (im *Importer) importList(ctx context.Context, in Input) (Report, error) {
	if len(in.Data) > MaxBytes {
		return Report{}, badInput("%s is over the %s limit of one list", size(len(in.Data)), size(MaxBytes))
	}
	if _, _, err := Decode(in.Data); err != nil {
		return Report{}, err
	}
	f, err := dataset.Parse(bytes.NewReader(in.Data))
	if err != nil {
		return Report{}, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	if len(f.Documents)+len(f.Entities)+len(f.Relations) == 0 {
		return Report{}, badInput("the list is empty")
	}
	b, err := f.Resolve(ctx, im.Store)
	if err != nil {
		return Report{}, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	res, err := im.Store.Apply(ctx, b)
	if err != nil {
		return Report{}, err
	}
	return Report{Format: FormatJSONL, Encoding: "UTF-8", Entities: len(b.Entities), Relations: len(b.Relations),
		ApplyResult: res, Unchanged: res == store.ApplyResult{}}, nil
}

// DetectFormat picks a document's format by its file extension, else by
// its first bytes.
func DetectFormat(name string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".md", ".markdown":
		return FormatMarkdown
	case ".txt", ".text":
		return FormatText
	}
	head := strings.ToLower(strings.TrimSpace(string(data[:min(len(data), 1024)])))
	head = strings.TrimPrefix(head, "\ufeff")
	switch {
	case strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") || strings.Contains(head, "<body") ||
		strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<html"):
		return FormatHTML
	case strings.HasPrefix(head, `{"type":`) || strings.HasPrefix(head, `{ "type"`):
		return FormatJSONL
	case strings.HasPrefix(head, "---\n") || strings.HasPrefix(head, "# "):
		return FormatMarkdown
	}
	return FormatText
}

// DocumentID is the id of a document with the given cleaned text: the same
// text always gets the same id, so importing it again changes nothing.
func DocumentID(text string) (id, hash string) {
	sum := sha256.Sum256([]byte(text))
	h := hex.EncodeToString(sum[:])
	return "doc_" + h[:16], h
}

// Extract cleans a document and finds its entities and relations, linking
// them to the store's entities; it writes nothing.
func (im *Importer) Extract(ctx context.Context, in Input) (*Extraction, error) {
	raw, enc, err := Decode(in.Data)
	if err != nil {
		return nil, err
	}
	format := in.Format
	if format == "" {
		format = DetectFormat(in.Name, in.Data)
	}
	if format == FormatJSONL {
		return nil, badInput("a JSON Lines list has no text to extract from")
	}
	c := Clean(raw, format, in.Title)
	if utf8.RuneCountInString(strings.TrimSpace(c.Text)) < 2 {
		return nil, badInput("no article text left after cleaning")
	}
	id, hash := DocumentID(c.Text)
	doc := store.Document{ID: id, Title: firstNonEmpty(in.Title, c.Title), URL: in.URL, Hash: hash, Text: c.Text,
		Published: firstNonEmpty(in.Published, c.Published), Publisher: firstNonEmpty(in.Publisher, c.Publisher)}
	if in.Name != "" {
		doc.Source = filepath.Base(in.Name)
	}
	if doc.Title == "" {
		doc.Title = firstLine(c.Text)
	}
	gaz, err := im.gazetteer(ctx)
	if err != nil {
		return nil, err
	}
	text := []rune(c.Text)
	// A page in traditional characters is read through a simplified copy;
	// the evidence quotes the page.
	read, folded := hanzi.Simplify(text)
	read, dashed := joinDashes(read, gaz)
	folded = folded || dashed
	sents := Sentences(read)
	pairs := newPairIndex(read, sents)
	ms := recognize(read, sents, gaz, pairs)
	ms = im.tagger().tagged(ms, read, sents, pairs)
	ms = dropDoctrines(ms, read)
	ms = listPeers(ms, read, sents)
	sameBodies(ms, read, sents, gaz, pairs)
	cityDistrictForms(ms, read)
	if folded {
		pageForms(ms, text)
	}
	facts := Relations(read, sents, ms)
	ex := &Extraction{Document: doc, Mentions: ms, Facts: facts, Read: read, Sentences: sents}
	ex.Report = Report{ID: id, Title: doc.Title, Format: format, Encoding: enc, Sentences: len(sents)}
	if err := im.link(ctx, ex, text, sents); err != nil {
		return nil, err
	}
	return ex, nil
}

func (im *Importer) acceptor() *Acceptor {
	if im.Acceptor == nil {
		return DefaultAcceptor()
	}
	return im.Acceptor
}

// tagger is the tagger that takes part in an extraction. With an
// acceptor that keeps everything there is none: its entities would be
// neither weighed nor filtered, and such an acceptor reads the rules
// alone (eval --acceptor none, and eval --fit, which fits the acceptor on
// them).
func (im *Importer) tagger() *Tagger {
	switch {
	case im.acceptor() == KeepAll:
		return NoTagger
	case im.Tagger == nil:
		return DefaultTagger()
	}
	return im.Tagger
}

// pairer is the pairer that takes part in an extraction: by default
// none with an acceptor that keeps everything, which reads the rules
// alone.
func (im *Importer) pairer() *Pairer {
	switch {
	case im.Pairer != nil:
		return im.Pairer
	case im.acceptor() == KeepAll:
		return NoPairer
	}
	return DefaultPairer()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	if rs := []rune(l); len(rs) > 60 {
		return string(rs[:60])
	}
	return l
}

// gazetteer returns the built-in lexicon plus every name and alias of the
// store, so that documents link to the graph's own entities.
func (im *Importer) gazetteer(ctx context.Context) (*Gazetteer, error) {
	g := NewGazetteer()
	after := ""
	for {
		page, err := im.Store.FindEntities(ctx, store.EntityQuery{Sort: store.SortName, Page: store.Page{First: store.MaxPage, After: after}})
		if err != nil {
			return nil, fmt.Errorf("read the graph's names: %w", err)
		}
		for _, e := range page.Entities {
			// An importer's guess of kind OTHER is no basis for finding
			// more mentions.
			if e.Kind != store.KindOther {
				g.Add(e)
			}
		}
		if !page.HasNext || len(page.Entities) == 0 {
			return g, nil
		}
		after = store.EncodeCursor(page.Offset + len(page.Entities) - 1)
	}
}

// body is one entity of the document: the mentions that name it.
type body struct {
	name     string
	kind     store.Kind
	aliases  []string
	props    map[string]string
	mentions []*Mention
	stored   *store.Entity
}

// Rules whose surface forms are no names of their own elsewhere: "区科技局"
// is some district's bureau, "锦江" the short form of a district.
var contextual = map[string]bool{"relative-agency": true, "short-form": true, "pilot-platform-field": true, "anaphora": true}

// surfaceIsName lists the rules whose matched text is itself a form of
// the name (an enumeration's item or a quoted word with its descriptor is
// not).
var surfaceIsName = map[string]bool{"gazetteer": true, "lexicon": true, "nested": true, "nested-bracket": true, "place": true}

// link groups mentions into bodies, links each body to the store's entity
// of the same name or alias, and builds the batch.
func (im *Importer) link(ctx context.Context, ex *Extraction, text []rune, sents []Span) error {
	// Every mention, and every end of a relation, with the forms of its name.
	var all []*Mention
	for i := range ex.Mentions {
		all = append(all, &ex.Mentions[i])
	}
	for i := range ex.Facts {
		all = append(all, ex.Facts[i].From, ex.Facts[i].To)
	}
	forms := func(m *Mention) []string {
		out := append([]string{m.Name}, m.Official...)
		if !contextual[m.Rule] {
			out = append(out, m.Aliases...)
			if surfaceIsName[m.Rule] {
				out = append(out, m.Surface)
			}
		}
		return out
	}
	// Link to the store first: a mention names the entity its canonical
	// name denotes, else the one another of its forms denotes.
	var names []string
	for _, m := range all {
		names = append(names, forms(m)...)
	}
	found, err := im.Store.LookupNames(ctx, names)
	if err != nil {
		return fmt.Errorf("link names to the graph: %w", err)
	}
	stored := map[string]*store.Entity{}
	for i, e := range found {
		if e != nil {
			stored[key(names[i])] = e
		}
	}
	linkOf := func(m *Mention) *store.Entity {
		for _, n := range forms(m) {
			if e := stored[key(n)]; e != nil {
				return e
			}
		}
		return nil
	}
	// Then group: mentions of one stored entity are one body; the others
	// group by name, then by alias.
	var bodies []*body
	byStored := map[string]*body{}
	byKey := map[string]*body{}
	for _, m := range all {
		var b *body
		if e := linkOf(m); e != nil {
			if b = byStored[e.ID]; b == nil {
				b = &body{name: m.Name, kind: m.Kind, stored: e}
				byStored[e.ID] = b
				bodies = append(bodies, b)
			}
		} else {
			for _, n := range forms(m) {
				if b = byKey[key(n)]; b != nil {
					break
				}
			}
			if b == nil {
				b = &body{name: m.Name, kind: m.Kind}
				bodies = append(bodies, b)
			}
			for _, n := range forms(m) {
				if _, ok := byKey[key(n)]; !ok {
					byKey[key(n)] = b
				}
			}
		}
		b.mentions = append(b.mentions, m)
	}
	find := func(m *Mention) *body {
		if e := linkOf(m); e != nil {
			return byStored[e.ID]
		}
		for _, n := range forms(m) {
			if b := byKey[key(n)]; b != nil {
				return b
			}
		}
		return nil
	}
	owner := map[*Mention]*body{}
	for _, b := range bodies {
		b.finish()
		for _, m := range b.mentions {
			owner[m] = b
		}
	}
	acc, tg := im.acceptor(), im.tagger()
	rejected := map[*body]bool{}
	judged := map[*body]int{}
	for _, b := range bodies {
		if b.stored != nil {
			continue
		}
		judged[b] = len(ex.Judgements)
		j := Judgement{Name: b.name, Kind: b.kind, Entity: -1, Features: bodyFeatures(b, text, ex.Document.Title), OnlyTagger: true}
		j.Acceptor = acc.Prob(j.Features)
		for _, m := range b.mentions {
			j.Tagged = max(j.Tagged, m.Tagged)
			j.OnlyTagger = j.OnlyTagger && (m.Rule == "tagger" || m.Rule == "tagger-repeat")
		}
		if tg.active() {
			j.Prob = tg.Prob(j.Acceptor, j.Tagged, j.OnlyTagger)
			j.Kept = j.Prob >= tg.Threshold
		} else {
			j.Prob = j.Acceptor
			j.Kept = j.Prob >= acc.Threshold
		}
		// A name only a closed form reads (党的二十大) is kept whatever the
		// models make of its words: they were fitted on names of open
		// forms.
		j.Kept = j.Kept || slices.ContainsFunc(b.mentions, func(m *Mention) bool { return sureRules[m.Rule] })
		ex.Judgements = append(ex.Judgements, j)
		if !j.Kept {
			rejected[b] = true
			ex.Report.Rejected++
			ex.Report.Rejects = append(ex.Report.Rejects, Reject{Name: j.Name, Kind: j.Kind, Prob: math.Round(j.Prob*1000) / 1000})
		}
	}
	ex.Batch.Documents = []store.Document{ex.Document}
	for _, b := range bodies {
		if rejected[b] {
			continue
		}
		if j, ok := judged[b]; ok {
			ex.Judgements[j].Entity = len(ex.Batch.Entities)
		}
		// An alias that names another entity of the graph would make two
		// bodies of one name: it is left out.
		var aliases []string
		forms := b.aliases
		if b.kind == store.KindIndustryChain {
			forms = industryForms(b, text, slices.Clone(b.aliases))
		}
		for _, a := range forms {
			if e := stored[key(a)]; e == nil || b.stored != nil && e.ID == b.stored.ID {
				aliases = append(aliases, a)
			}
		}
		in := store.EntityInput{Kind: b.kind, Name: b.name, Aliases: aliases, Evidence: evidence(ex.Document.ID, text, sents, b.mentions)}
		if b.stored != nil {
			ex.Report.Linked++
			// The graph's name and kind stand; an importer adds evidence
			// and new forms of the name, never props over curated ones.
			in.Name, in.Kind = b.stored.Name, b.stored.Kind
			if b.stored.Kind == store.KindOther {
				in.Kind = b.kind
			}
		} else {
			in.Props = b.props
		}
		ex.Batch.Entities = append(ex.Batch.Entities, in)
	}
	type relKey struct {
		t        store.RelType
		from, to string
	}
	rels := map[relKey]int{}
	for _, f := range ex.Facts {
		from, to := owner[f.From], owner[f.To]
		if from == nil {
			from = find(f.From)
		}
		if to == nil {
			to = find(f.To)
		}
		if from == nil || to == nil || from == to || rejected[from] || rejected[to] {
			continue
		}
		fromID, toID := store.EntityID(from.finalName()), store.EntityID(to.finalName())
		s := sents[f.Sentence]
		ev := store.Evidence{Doc: ex.Document.ID, Text: string(text[s.Start:s.End]), Start: s.Start, End: s.End, Rule: f.Rule, Confidence: f.Conf}
		k := relKey{f.Type, fromID, toID}
		if i, ok := rels[k]; ok {
			r := &ex.Batch.Relations[i]
			if !hasEvidence(r.Evidence, ev) {
				r.Evidence = append(r.Evidence, ev)
			}
			continue
		}
		rels[k] = len(ex.Batch.Relations)
		ex.Batch.Relations = append(ex.Batch.Relations, store.RelationInput{Type: f.Type, From: fromID, To: toID, Props: f.Props,
			Evidence: []store.Evidence{ev}})
	}
	related := map[[2]string]map[store.RelType]bool{}
	for k := range rels {
		ts := related[[2]string{k.from, k.to}]
		if ts == nil {
			ts = map[store.RelType]bool{}
			related[[2]string{k.from, k.to}] = ts
		}
		ts[k.t] = true
	}
	im.pairer().propose(ex, text, sents, owner, rejected, related)
	ex.Report.Entities, ex.Report.Relations = len(ex.Batch.Entities), len(ex.Batch.Relations)
	return nil
}

func hasEvidence(have []store.Evidence, e store.Evidence) bool {
	for _, h := range have {
		if h.Start == e.Start && h.End == e.End {
			return true
		}
	}
	return false
}

func (b *body) finalName() string {
	if b.stored != nil {
		return b.stored.Name
	}
	return b.name
}

// sureRules read names of closed forms, which the acceptor and the tagger
// do not judge.
var sureRules = map[string]bool{"congress": true, "firm-peer": true, "field-peer": true}

// finish settles a body's name, kind, aliases and props from its mentions:
// the kind of the most confident mention, every other form of the name
// as an alias except the contextual ones.
func (b *body) finish() {
	sort.SliceStable(b.mentions, func(i, j int) bool { return b.mentions[i].Start < b.mentions[j].Start })
	best := b.mentions[0]
	for _, m := range b.mentions {
		if m.Conf > best.Conf && m.Kind != store.KindOther {
			best = m
		}
	}
	b.kind = best.Kind
	seen := map[string]bool{key(b.name): true}
	for _, m := range b.mentions {
		for _, a := range m.Official {
			if k := key(a); k != "" && !seen[k] {
				seen[k] = true
				b.aliases = append(b.aliases, store.CleanName(a))
			}
		}
		if contextual[m.Rule] {
			continue
		}
		forms := append([]string{m.Name}, m.Aliases...)
		if surfaceIsName[m.Rule] {
			forms = append(forms, m.Surface)
		}
		for _, a := range forms {
			if k := key(a); k != "" && !seen[k] && utf8.RuneCountInString(k) >= 2 {
				seen[k] = true
				b.aliases = append(b.aliases, store.CleanName(a))
			}
		}
		for k, v := range m.Props {
			if k == "field" {
				continue
			}
			if b.props == nil {
				b.props = map[string]string{}
			}
			b.props[k] = v
		}
	}
}

// evidence gives one piece of evidence per sentence naming the body, with
// the most confident rule that found it there.
func evidence(doc string, text []rune, sents []Span, ms []*Mention) []store.Evidence {
	best := map[int]*Mention{}
	var order []int
	for _, m := range ms {
		if b, ok := best[m.Sentence]; !ok {
			order = append(order, m.Sentence)
			best[m.Sentence] = m
		} else if m.Conf > b.Conf {
			best[m.Sentence] = m
		}
	}
	sort.Ints(order)
	out := make([]store.Evidence, 0, len(order))
	for _, si := range order {
		s := sents[si]
		m := best[si]
		out = append(out, store.Evidence{Doc: doc, Text: string(text[s.Start:s.End]), Start: s.Start, End: s.End, Rule: m.Rule, Confidence: m.Conf})
	}
	return out
}

// industryForms adds to an industry's aliases the form with 产业 the page
// writes it in ("钒钛产业" for 钒钛): the graph names an industry by its
// field, but a reader, or another list, may look it up either way.
func industryForms(b *body, text []rune, aliases []string) []string {
	for _, m := range b.mentions {
		if m.Surface != b.name || m.End+2 > len(text) || string(text[m.End:m.End+2]) != "产业" {
			continue
		}
		form := b.name + "产业"
		if !slices.Contains(aliases, form) {
			aliases = append(aliases, form)
		}
		break
	}
	return aliases
}
