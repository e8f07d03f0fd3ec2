package main

import (
	"context"
	"fmt"
	"os"

	"innograph/eval"
	"innograph/importer"
	"innograph/importer/tagger"
)

// The least combined probability an entity is kept at, and the least
// probability of a name only the model finds. Both were chosen on the
// last batch of annotated pages (HI-HP) with a tagger fitted without it,
// and on the held-out corpus document 002: at 0.2 the batch's entity
// precision passes 0.85 without losing recall, and a gap of 0.5, better
// still on the batch, costs 002 0.02 of precision and 0.04 of recall
// (README, "The tagger").
const (
	taggerThreshold = 0.2
	taggerGap       = 0.9
)

// taggerPrune drops model weights too small to change a label: on the
// annotated pages a model pruned at 0.05 finds what the whole one does,
// from a file half the size (2.8 MB of 4.5).
const taggerPrune = 0.05

// taggedDoc is one annotated page a tagger is fitted on.
type taggedDoc struct {
	doc  string
	in   importer.Input
	seqs []tagger.Sequence
}

// fitTaggerOn fits a tagger: the model on every page, and the combination
// on what models fitted without each fold of pages say of that fold, since
// a model is surer of the pages it was fitted on than it will be of new
// ones.
//
// With a prior tagger, each model is fitted from the prior's and held
// near it (tagger.Options.Prior): pages annotated since the prior was
// fitted add to what it knows, even when the pages it was fitted on are
// no longer at hand.
func fitTaggerOn(ctx context.Context, im *importer.Importer, gold *eval.Gold, docs []taggedDoc, folds int, threshold float64, prior *importer.Tagger) (*importer.Tagger, error) {
	if folds < 2 || folds > len(docs) {
		return nil, fmt.Errorf("--folds %d: want from 2 to the number of files (%d)", folds, len(docs))
	}
	opt := tagger.DefaultOptions
	if prior != nil && prior.Model != nil {
		opt.Prior = prior.Model
	}
	var examples []importer.CombineExample
	for k := 0; k < folds; k++ {
		lo, hi := k*len(docs)/folds, (k+1)*len(docs)/folds
		var train []tagger.Sequence
		for i, d := range docs {
			if i < lo || i >= hi {
				train = append(train, d.seqs...)
			}
		}
		fmt.Fprintf(os.Stderr, "fold %d of %d: fitting on %d sentences\n", k+1, folds, len(train))
		// No combination yet and threshold 0: every entity is kept, so
		// that each is judged right or wrong.
		fold := &importer.Importer{Store: im.Store, Acceptor: im.Acceptor,
			Tagger: &importer.Tagger{Model: tagger.Fit(train, opt), Threshold: 0, Gap: taggerGap}}
		for _, d := range docs[lo:hi] {
			ex, err := fold.Extract(ctx, d.in)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", d.in.Name, err)
			}
			correct := gold.Correct(d.doc, ex.Batch)
			for _, j := range ex.Judgements {
				examples = append(examples, importer.CombineExample{Acceptor: j.Acceptor, Tagged: j.Tagged, OnlyTagger: j.OnlyTagger,
					Correct: j.Entity >= 0 && correct[j.Entity]})
			}
		}
	}
	var all []tagger.Sequence
	for _, d := range docs {
		all = append(all, d.seqs...)
	}
	fmt.Fprintf(os.Stderr, "fitting on all %d sentences\n", len(all))
	return &importer.Tagger{Model: tagger.Fit(all, opt), Weights: importer.FitCombination(examples, 1, 500),
		Threshold: threshold, Gap: taggerGap}, nil
}

func loadTagger(path string) (*importer.Tagger, error) {
	return loadModel(path, importer.NoTagger, importer.ReadTagger)
}
