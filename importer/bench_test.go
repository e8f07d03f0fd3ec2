package importer_test

import (
	"context"
	"fmt"
	"math/rand/v2"
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
// pages whole. Each size is extracted with the shipped tagger and without
// one, to show what reading every sentence with the model costs.
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
	// The models are read once per process, not per document.
	importer.DefaultTagger()
	importer.DefaultPairer()
	for _, copies := range []int{1, 4, 16} {
		text := []byte(strings.Repeat(one.String(), copies))
		for _, tg := range []struct {
			name string
			t    *importer.Tagger
		}{{"tagger", nil}, {"none", importer.NoTagger}} {
			b.Run(fmt.Sprintf("%dKB/%s", len(text)/1024, tg.name), func(b *testing.B) {
				im := &importer.Importer{Store: memory.New(), Tagger: tg.t}
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					if _, err := im.Extract(context.Background(), importer.Input{Name: "long.txt", Data: text}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkExtractManyNames extracts generated texts (75 KB to 1.2 MB) in
// which every sentence names new bodies: repeating the dev texts keeps the
// number of distinct names fixed, and so hides the steps that compare a
// page's names with one another.
func BenchmarkExtractManyNames(b *testing.B) {
	for _, size := range []int{75_000, 300_000, 1_200_000} {
		text := manyNames(size)
		b.Run(fmt.Sprintf("%dKB", len(text)/1024), func(b *testing.B) {
			im := &importer.Importer{Store: memory.New()}
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := im.Extract(context.Background(), importer.Input{Name: "names.txt", Data: text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// manyNames writes sentences of the genre about invented bodies, whose
// names are drawn from a fixed seed so that every run reads the same text.
func manyNames(size int) []byte {
	rnd := rand.New(rand.NewPCG(1, 2))
	han := []rune("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土星云海山川林松竹梅兰菊鹏鸿飞翔瑞祥康宁泰和")
	name := func(n int) string {
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = han[rnd.IntN(len(han))]
		}
		return string(rs)
	}
	var sb strings.Builder
	for sb.Len() < size {
		firm, univ, lab, person := name(3), name(2), name(3), name(2)
		fmt.Fprintf(&sb, "成都%s科技有限公司与%s大学共建%s实验室,%s教授%s担任主任。", firm, univ, lab, univ, person)
		fmt.Fprintf(&sb, "%s科技作为%s产业链链主企业,带动四川%s电子股份有限公司等配套。\n", firm, name(2), lab)
	}
	return []byte(sb.String())
}
