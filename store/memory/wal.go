package memory

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"

	"innograph/store"
)

// record is one line of the log: the full new state of everything a batch
// changed, so replay is a sequence of puts and needs none of the merge rules.
type record struct {
	Clear     bool              `json:"clear,omitempty"`
	Entities  []*store.Entity   `json:"entities,omitempty"`
	Relations []*store.Relation `json:"relations,omitempty"`
	Documents []*store.Document `json:"documents,omitempty"`
}

// wal is an append-only log of records, one line each, framed as
// "<crc32 hex> <json>\n". A write is acknowledged only after fsync, so a
// kill -9 loses at most a record that was never acknowledged; such a torn
// last line is cut off at the next open. A bad line followed by good ones is
// corruption, not a torn write, and opening refuses it rather than guess.
type wal struct {
	path    string
	f       *os.File
	lock    *os.File
	records int
	size    int64
}

const logName = "graph.log"

func openWAL(dir string, replay func(record) error) (*wal, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create store folder: %w", err)
	}
	lock, err := os.OpenFile(filepath.Join(dir, "LOCK"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock file: %w", err)
	}
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		lock.Close()
		return nil, fmt.Errorf("store folder %s is in use by another process: %w", dir, err)
	}
	w := &wal{path: filepath.Join(dir, logName), lock: lock}
	f, err := os.OpenFile(w.path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open log: %w", err)
	}
	w.f = f
	good, err := w.replay(replay)
	if err != nil {
		w.Close()
		return nil, err
	}
	if err := f.Truncate(good); err != nil {
		w.Close()
		return nil, fmt.Errorf("cut torn tail of log: %w", err)
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		w.Close()
		return nil, err
	}
	w.size = good
	return w, nil
}

// replay feeds every intact record to fn and returns the offset where the
// intact prefix ends.
func (w *wal) replay(fn func(record) error) (int64, error) {
	r := bufio.NewReaderSize(w.f, 1<<20)
	var off int64
	for {
		line, err := r.ReadBytes('\n')
		if err == io.EOF {
			return off, nil // a partial last line without newline is torn: dropped
		}
		if err != nil {
			return 0, fmt.Errorf("read log: %w", err)
		}
		rec, perr := parseLine(line)
		if perr != nil {
			if _, err := r.Peek(1); err == io.EOF {
				return off, nil // torn last line
			}
			return 0, fmt.Errorf("log %s is corrupt at byte %d: %w", w.path, off, perr)
		}
		if err := fn(rec); err != nil {
			return 0, fmt.Errorf("replay log at byte %d: %w", off, err)
		}
		w.records++
		off += int64(len(line))
	}
}

func parseLine(line []byte) (record, error) {
	var rec record
	line = bytes.TrimSuffix(line, []byte("\n"))
	sum, body, ok := bytes.Cut(line, []byte(" "))
	if !ok {
		return rec, errors.New("no checksum")
	}
	want, err := strconv.ParseUint(string(sum), 16, 32)
	if err != nil || uint32(want) != crc32.ChecksumIEEE(body) {
		return rec, errors.New("checksum mismatch")
	}
	return rec, json.Unmarshal(body, &rec)
}

func frame(rec record) ([]byte, error) {
	body, err := json.Marshal(rec)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(body)+10)
	out = strconv.AppendUint(out, uint64(crc32.ChecksumIEEE(body)), 16)
	out = append(out, ' ')
	out = append(out, body...)
	return append(out, '\n'), nil
}

// append writes and syncs one record. On failure the file is cut back to
// its previous length so that a later append does not follow a torn line.
func (w *wal) append(rec record) error {
	buf, err := frame(rec)
	if err != nil {
		return fmt.Errorf("encode log record: %w", err)
	}
	if _, err := w.f.Write(buf); err != nil {
		w.f.Truncate(w.size)
		w.f.Seek(w.size, io.SeekStart)
		return fmt.Errorf("write log: %w", err)
	}
	if err := w.f.Sync(); err != nil {
		return fmt.Errorf("sync log: %w", err)
	}
	w.size += int64(len(buf))
	w.records++
	return nil
}

// rewrite replaces the log with the given records (a compaction), through
// a temporary file renamed into place so a crash leaves the old or the new
// log, never a mix.
func (w *wal) rewrite(recs []record) error {
	tmp := w.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("compact log: %w", err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	var size int64
	for _, rec := range recs {
		buf, err := frame(rec)
		if err == nil {
			_, err = bw.Write(buf)
		}
		if err != nil {
			f.Close()
			return fmt.Errorf("compact log: %w", err)
		}
		size += int64(len(buf))
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("compact log: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("compact log: %w", err)
	}
	f.Close()
	if err := os.Rename(tmp, w.path); err != nil {
		return fmt.Errorf("compact log: %w", err)
	}
	if d, err := os.Open(filepath.Dir(w.path)); err == nil {
		d.Sync()
		d.Close()
	}
	nf, err := os.OpenFile(w.path, os.O_RDWR, 0o644)
	if err != nil {
		return fmt.Errorf("reopen log: %w", err)
	}
	if _, err := nf.Seek(0, io.SeekEnd); err != nil {
		nf.Close()
		return err
	}
	w.f.Close()
	w.f, w.size, w.records = nf, size, len(recs)
	return nil
}

func (w *wal) Close() error {
	var err error
	if w.f != nil {
		err = w.f.Close()
	}
	if w.lock != nil {
		w.lock.Close()
	}
	return err
}
