package importer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"innograph/importer"
	"innograph/store/memory"
)

// BenchmarkExtract extracts one text made of the dev texts repeated 1, 4
// and 16 times (76 KB to 1.2 MB): the time per op should grow with the
// size, not its square, since importers load long plans and newspaper
// pages whole.
//
//	go test ./importer -run '^$' -bench Extract -benchtime 1x -benchmem
func BenchmarkExtract(b *testing.B) {
	paths, err := filepath.Glob("testdata/dev/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no dev texts: %v", err)
	}
	var one strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		one.Write(data)
		one.WriteString("\n\n")
	}
	for _, copies := range []int{1, 4, 16} {
		text := []byte(strings.Repeat(one.String(), copies))
		b.Run(fmt.Sprintf("%dKB", len(text)/1024), func(b *testing.B) {
			im := &importer.Importer{Store: memory.New()}
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := im.Extract(context.Background(), importer.Input{Name: "long.txt", Data: text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
