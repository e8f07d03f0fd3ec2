package graph

import (
	"context"
	"errors"
	"fmt"

	"innograph/graph/model"
	"innograph/importer"
	"innograph/store"
)

func (r *Resolver) importer() *importer.Importer { return &importer.Importer{Store: r.Store} }

func documentInput(in model.ImportDocumentInput) importer.Input {
	deref := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	out := importer.Input{Data: []byte(in.Text), Title: deref(in.Title), URL: deref(in.URL),
		Published: deref(in.Published), Publisher: deref(in.Publisher)}
	if in.Format != nil {
		switch *in.Format {
		case model.DocumentFormatHTML:
			out.Format = importer.FormatHTML
		case model.DocumentFormatMarkdown:
			out.Format = importer.FormatMarkdown
		default:
			out.Format = importer.FormatText
		}
	}
	return out
}

// importReport turns an importer's report into the API's; input the
// importer refuses is the client's error.
func (r *Resolver) importReport(ctx context.Context, rep importer.Report, err error) (*model.ImportReport, error) {
	if err != nil {
		if errors.Is(err, importer.ErrBadInput) || errors.Is(err, store.ErrInvalid) || errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
		}
		return nil, err
	}
	out := &model.ImportReport{Title: optional(rep.Title), Entities: rep.Entities, Relations: rep.Relations, Linked: rep.Linked,
		Rejected: rep.Rejected, Unchanged: rep.Unchanged, DocumentsCreated: rep.DocumentsCreated, EntitiesCreated: rep.EntitiesCreated,
		EntitiesUpdated: rep.EntitiesUpdated, RelationsCreated: rep.RelationsCreated, RelationsUpdated: rep.RelationsUpdated}
	if rep.ID != "" {
		out.DocumentID = &rep.ID
		docs, err := r.Store.GetDocuments(ctx, []string{rep.ID})
		if err != nil {
			return nil, err
		}
		out.Document = docs[0]
	}
	return out, nil
}
