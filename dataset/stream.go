package dataset

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"

	"innograph/store"
)

// Stream loads a large file in chunks of about chunk lines, each chunk one
// atomic batch, for bulk loads (synthetic graphs, big lists) that would not
// fit one transaction. Unlike Load, a failure leaves the chunks before it
// written; loading the same file again is still safe, since writes are
// idempotent. Relation ends resolve against every entity seen so far in
// the file, then against the store. progress, if set, gets the running
// totals after each chunk.
func Stream(ctx context.Context, s store.Store, r io.Reader, chunk int, progress func(store.ApplyResult)) (store.ApplyResult, error) {
	var total store.ApplyResult
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLine)
	seen := map[string]string{} // Key(name or alias) -> id, across chunks
	f := &File{}
	lines, n := 0, 0
	flush := func() error {
		if lines == 0 {
			return nil
		}
		b, err := f.resolve(ctx, s, seen)
		if err != nil {
			return err
		}
		res, err := s.Apply(ctx, b)
		if err != nil {
			return fmt.Errorf("lines up to %d: %w", n, err)
		}
		total.DocumentsCreated += res.DocumentsCreated
		total.EntitiesCreated += res.EntitiesCreated
		total.EntitiesUpdated += res.EntitiesUpdated
		total.RelationsCreated += res.RelationsCreated
		total.RelationsUpdated += res.RelationsUpdated
		if progress != nil {
			progress(total)
		}
		f, lines = &File{}, 0
		return nil
	}
	for sc.Scan() {
		n++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		if err := f.parseLine(n, raw); err != nil {
			return total, err
		}
		if lines++; lines >= chunk {
			if err := flush(); err != nil {
				return total, err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return total, scanError(err, n+1)
	}
	return total, flush()
}
