package tagger

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Read reads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	m := &Model{state: map[string][]weight{}}
	idx := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		switch {
		case f[0] == "labels" && m.Labels == nil:
			m.Labels = f[1:]
			for i, l := range m.Labels {
				idx[l] = i
			}
			if len(m.Labels) == 0 || m.Labels[0] != Outside {
				return nil, fmt.Errorf("tagger line %d: the first label must be %s", line, Outside)
			}
			m.trans = make([][]float64, len(m.Labels))
			for i := range m.trans {
				m.trans[i] = make([]float64, len(m.Labels))
			}
		case (f[0] == "T" || f[0] == "S") && len(f) == 4 && m.Labels != nil:
			w, err := strconv.ParseFloat(f[3], 64)
			to, ok := idx[f[2]]
			if err != nil || !ok {
				return nil, fmt.Errorf("tagger line %d: bad weight or label in %q", line, t)
			}
			if f[0] == "S" {
				m.state[f[1]] = append(m.state[f[1]], weight{label: to, w: w})
				continue
			}
			from, ok := idx[f[1]]
			if !ok {
				return nil, fmt.Errorf("tagger line %d: unknown label %q", line, f[1])
			}
			m.trans[from][to] = w
		default:
			return nil, fmt.Errorf("tagger line %d: want labels, T or S lines, have %q", line, t)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if m.Labels == nil {
		return nil, fmt.Errorf("tagger: no labels line")
	}
	return m, nil
}

// Write writes the model in the form Read reads, dropping state weights
// smaller than prune and sorting lines so that two fits of the same
// pages write the same file.
func (m *Model) Write(w io.Writer, prune float64) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "labels\t%s\n", strings.Join(m.Labels, "\t"))
	for i, row := range m.trans {
		for j, v := range row {
			fmt.Fprintf(bw, "T\t%s\t%s\t%.4f\n", m.Labels[i], m.Labels[j], v)
		}
	}
	attrs := make([]string, 0, len(m.state))
	for a := range m.state {
		attrs = append(attrs, a)
	}
	sort.Strings(attrs)
	for _, a := range attrs {
		ws := append([]weight(nil), m.state[a]...)
		sort.Slice(ws, func(i, j int) bool { return ws[i].label < ws[j].label })
		for _, x := range ws {
			if math.Abs(x.w) >= prune {
				fmt.Fprintf(bw, "S\t%s\t%s\t%.3f\n", a, m.Labels[x.label], x.w)
			}
		}
	}
	return bw.Flush()
}
