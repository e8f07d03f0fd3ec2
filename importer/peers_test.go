package importer

import (
	"slices"
	"strings"
	"testing"

	"innograph/store"
)

func TestListPeers(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		firms []string // what the rules or the model read as firms (or, so prefixed, as industries)
		other []string // what they read as bodies of other kinds
		want  []string // the items read as their peers' kind
	}{
		{"brands between firms, and before 等", "目前,成都已拥有倍特药业、星奥达、康星弘、海思星、百星裕等一批大型医药企业。",
			[]string{"倍特药业", "康星弘", "海思星"}, nil, []string{"星奥达", "百星裕"}},
		{"a list only a few of whose items are firms", "目前,成都已拥有倍特药业、星奥达、康星弘、海思星、百星裕等一批大型医药企业。",
			[]string{"倍特药业", "海思星"}, nil, nil},
		{"a list an ellipsis ends", "李星汽车、安波福电气、镭星神、云途星……专班全力招引。",
			[]string{"李星汽车", "安波福电气"}, nil, []string{"镭星神", "云途星"}},
		{"most items are no firms", "成员包括星河大学、星海研究院、星光学院、星辰科技、星光电子、星云星。",
			[]string{"星辰科技", "星光电子"}, []string{"星河大学", "星海研究院", "星光学院"}, nil},
		{"experts, funds and two characters alone are no firms", "星辰科技、星光电子、资深专家、星海基金、星云等参加。",
			[]string{"星辰科技", "星光电子"}, nil, nil},
		{"fields among industries, but not a word of two characters", "复赛按电子信息、星光材料、生物医药、先进制造、星辰装备、医疗等领域进行。",
			[]string{"INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 生物医药", "INDUSTRY_CHAIN 先进制造"}, nil, []string{"星光材料", "星辰装备"}},
		{"experts and what qualifies a chain are no fields", "聚焦电子信息、生物医药、先进制造、专家学者、协同高效的产业链。",
			[]string{"INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 生物医药", "INDUSTRY_CHAIN 先进制造"}, nil, nil},
		{"people between people, and the last before a verb", "沙坪坝区领导肖星华、赖星才、杨星维、李星、陈星、贾星宇,武侯区领导李星燎出席。",
			[]string{"TALENT 肖星华", "TALENT 赖星才", "TALENT 杨星维"}, nil, []string{"李星", "陈星", "贾星宇"}},
		{"names after a title, none read yet", "校友企业代表郭星、周星玲、胡星茜参加交流。",
			nil, nil, []string{"郭星", "周星玲", "胡星茜"}},
		{"names after a verb, one read", "大会邀请张星发、荣星昭、陈星福、万星民等两院院士献策。",
			[]string{"TALENT 陈星福"}, nil, []string{"张星发", "荣星昭", "万星民"}},
		{"two people after a title, one read", "省领导陈星、李星清出席。",
			[]string{"TALENT 李星清"}, nil, []string{"陈星"}},
		{"two firms are too few to read a peer", "星辰科技、星云星签约。",
			[]string{"星辰科技"}, nil, nil},
		{"words that open with family names, none of them read as a person, are no people", "成员有华星、金星、龙星、安星。",
			nil, nil, nil},
		{"an item someone read stays theirs", "星辰科技、星光电子、星云星辰、星海股份签约。",
			[]string{"星辰科技", "星光电子", "星海股份"}, []string{"星云星辰"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := []rune(tt.text)
			sents := Sentences(text)
			var ms []Mention
			read := func(name string, kind store.Kind) {
				i := strings.Index(tt.text, name)
				if i < 0 {
					t.Fatalf("%s not in the text", name)
				}
				start := len([]rune(tt.text[:i]))
				ms = append(ms, Mention{Span: Span{start, start + len([]rune(name))}, Sentence: 0, Surface: name, Name: name, Kind: kind, Rule: "tagger"})
			}
			for _, f := range tt.firms {
				if field, ok := strings.CutPrefix(f, "INDUSTRY_CHAIN "); ok {
					read(field, store.KindIndustryChain)
				} else if person, ok := strings.CutPrefix(f, "TALENT "); ok {
					read(person, store.KindTalent)
				} else {
					read(f, store.KindEnterprise)
				}
			}
			for _, o := range tt.other {
				read(o, store.KindUniversity)
			}
			var got []string
			for _, m := range listPeers(ms, text, sents) {
				if m.Rule == "firm-peer" || m.Rule == "field-peer" || m.Rule == "person-peer" {
					got = append(got, m.Name)
				}
				if m.Rule == "firm-peer" && m.Kind != store.KindEnterprise || m.Rule == "field-peer" && m.Kind != store.KindIndustryChain ||
					m.Rule == "person-peer" && m.Kind != store.KindTalent {
					t.Errorf("%s read as %s by %s", m.Name, m.Kind, m.Rule)
				}
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}
