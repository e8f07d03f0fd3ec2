package hanzi

import "testing"

func TestSimplify(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"成都産投集團", "成都产投集团"},
		{"四川省科學技術廳", "四川省科学技术厅"},
		{"成都产投集团", "成都产投集团"},
		{"副市长王乾", "副市长王乾"},     // 乾 is written in simplified text too
		{"該園區位於陜西", "该园区位于陕西"}, // 於, the preposition of a traditional text; 陜, a variant
		{"副市长於某出席", "副市长於某出席"}, // 於, a surname in simplified text
	} {
		if got := SimplifyString(tc.in); got != tc.want {
			t.Errorf("SimplifyString(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if _, folded := Simplify([]rune("成都产投集团")); folded {
		t.Error("a simplified text reported as folded")
	}
}

func TestDropReadings(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"四川農(nóng)業(yè)大學", "四川農業大學"},
		{"智能(zhìnéng)装备", "智能装备"},
		{"国际商用机器公司(IBM)", "国际商用机器公司(IBM)"},
		{"北邮未来通信研究院(成都)", "北邮未来通信研究院(成都)"},
	} {
		if got := DropReadings(tc.in); got != tc.want {
			t.Errorf("DropReadings(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
