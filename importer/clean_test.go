package importer

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

func TestDecode(t *testing.T) {
	gbk, _, _ := transform.Bytes(simplifiedchinese.GB18030.NewEncoder(), []byte("成都高新区发布新政。"))
	utf16, _, _ := transform.Bytes(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), []byte("四川大学"))
	tests := []struct {
		name    string
		in      []byte
		want    string
		enc     string
		wantErr string
	}{
		{"utf-8", []byte("电子科技大学"), "电子科技大学", "UTF-8", ""},
		{"utf-8 with mark", append([]byte{0xEF, 0xBB, 0xBF}, "锦江区"...), "锦江区", "UTF-8", ""},
		{"gb18030", gbk, "成都高新区发布新政。", "GB18030", ""},
		{"utf-16 with mark", utf16, "四川大学", "UTF-16", ""},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), "", "", "NUL bytes"},
		{"control characters", bytes.Repeat([]byte{0x01, 0x02, 0x03, 'a'}, 50), "", "", "control or invalid"},
		{"too big", bytes.Repeat([]byte("a"), MaxBytes+1), "", "", "over the"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in)
			if tt.wantErr != "" {
				if err == nil || !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want a bad-input error with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want || enc != tt.enc {
				t.Fatalf("got %q %q %v, want %q %q", got, enc, err, tt.want, tt.enc)
			}
		})
	}
}

func TestCleanText(t *testing.T) {
	page := `首页 > 新闻中心 > 正文
成都某区发布科技新政
2026-03-01 10:00:00
来源:成都日报
记者 张三 报道
分享到:
0
３月１日，成都高新区举行发布会，支持企业建设中试平台、概念验证中心等创新载
体，推动科技成果转化。

会议强调，要聚焦人工智能、生物医药等重点领域，打造创新生态。
相关新闻
另一条无关的新闻标题
2026-02-28 09:00:00
版权所有 © 成都日报`
	c := Clean(page, FormatText, "")
	if c.Title != "成都某区发布科技新政" {
		t.Errorf("title = %q", c.Title)
	}
	if c.Published != "2026-03-01" || c.Publisher != "成都日报" {
		t.Errorf("published %q publisher %q", c.Published, c.Publisher)
	}
	want := "成都某区发布科技新政\n3月1日,成都高新区举行发布会,支持企业建设中试平台、概念验证中心等创新载体,推动科技成果转化。\n会议强调,要聚焦人工智能、生物医药等重点领域,打造创新生态。"
	if c.Text != want {
		t.Errorf("text =\n%s\nwant\n%s", c.Text, want)
	}
}

// A page's region tag, bulleted source and link lines and its disclaimer
// are no text of the story.
func TestCleanRegionTagsAndBulletedFurniture(t *testing.T) {
	page := `星河区发布科技新政
所属地区:四川-成都
•来源于:四川省-成都市-相关政府部门
3月1日,星河区举行发布会,支持企业建设中试平台、概念验证中心等创新载体,推动科技成果转化。
•相关链接:图说四川
另一条无关的新闻标题
中国新闻网·四川新闻版权与免责声明:`
	c := Clean(page, FormatText, "")
	want := "星河区发布科技新政\n3月1日,星河区举行发布会,支持企业建设中试平台、概念验证中心等创新载体,推动科技成果转化。"
	if c.Text != want {
		t.Errorf("text =\n%s\nwant\n%s", c.Text, want)
	}
}

// A page that puts its related-articles box above the story: the marker
// does not end an article that has barely begun.
func TestCleanRelatedBoxAboveTheStory(t *testing.T) {
	page := `范文网,内容丰富有趣,写作好帮手!
星海召开科技创新大会
相关推荐
星海召开科技创新大会
6月3日,星海市科技创新大会在星海国际博览城举行。国内知名专家学者、知名企业家等齐聚一堂,共话建设面向未来的星海科学城,推动科技创新和成果转化。
会上,星海大学校长、星海工程院院士李某荣,星海科技大学校长曾某勇等出席,并围绕科学城建设、产学研协同和成果转化作主题发言。
此次大会上,星海还就《星海科学城战略规划》作说明,同时发布了一批支持科技创新的政策措施和重点项目清单。`
	c := Clean(page, FormatText, "")
	for _, w := range []string{"星海国际博览城举行", "星海大学校长", "《星海科学城战略规划》"} {
		if !strings.Contains(c.Text, w) {
			t.Errorf("text lost %q:\n%s", w, c.Text)
		}
	}
	if strings.Contains(c.Text, "相关推荐") {
		t.Errorf("text keeps the marker:\n%s", c.Text)
	}
}

// An outline's chapter and section headings stand between its title and
// its first paragraph; the title is the line above them.
func TestCleanTitleAboveOutlineHeadings(t *testing.T) {
	page := "温江区人民政府 > 政务公开 > 规划计划\n成都市温江区科技创新发展规划纲要(摘要)\n发布时间:2026-02-10 来源:温江区科技局\n第五章 建设创新高地\n第一节 建设创新平台\n围绕生物医药、电子信息产业,加快建设创新平台,打造创新生态。"
	c := Clean(page, FormatText, "")
	if c.Title != "成都市温江区科技创新发展规划纲要(摘要)" {
		t.Errorf("title = %q", c.Title)
	}
	if !strings.HasPrefix(c.Text, "成都市温江区科技创新发展规划纲要(摘要)\n第五章") {
		t.Errorf("text = %q", c.Text)
	}
}

func TestCleanHeadlineWithCommaOverChannelLines(t *testing.T) {
	page := "成都某县发布园中园,聚焦香料产业、无人机等领域\n\n某某新闻 2026-03-01 09:30\n进入\n某某融媒\n阅读更多内容\n\n3月1日,成都某县举行园中园发布仪式。活动现场签约项目12个。"
	c := Clean(page, FormatText, "")
	if c.Title != "成都某县发布园中园,聚焦香料产业、无人机等领域" {
		t.Errorf("title = %q", c.Title)
	}
	// A line of running text that a conversion broke is still no title.
	c = Clean("记者3月1日从某园区获悉,园区\n已引进企业30家。", FormatText, "")
	if strings.HasPrefix(c.Title, "记者") && !strings.Contains(c.Title, "引进") {
		t.Errorf("broken line taken for the title: %q", c.Title)
	}
}

// A picture's caption opens the story when no headline stands above it.
func TestCleanCaptionWithoutHeadline(t *testing.T) {
	c := Clean("星河装置(星河研究院供图)\n星河市西郊有一处小院,承担着国家大科学使命。研究院设计建造了新一代装置,取得突破性进展。", FormatText, "")
	if !strings.HasPrefix(c.Text, "星河装置(星河研究院供图)\n") {
		t.Errorf("text = %q", c.Text)
	}
}

// A page that lost its line breaks runs the article on from its source
// line: the fields go, the article stays.
func TestCleanArticleRunOnFromSourceLine(t *testing.T) {
	page := "星河软件业发展报告\n来源:网络 2012-07-15 关键词:工业自动化 工控软件 十余年前,软件产业高速发展是星河的梦想;十余载后,这个梦想变成了骄傲。" +
		"园区已经吸引了包括星光电气、星海科技等350余家国内外知名企业入驻,外资企业占比40%。截至2011年底,已建成投入使用的软件产业载体超过100万平方米。\n"
	c := Clean(page, FormatText, "")
	want := "星河软件业发展报告\n十余年前,软件产业高速发展是星河的梦想;十余载后,这个梦想变成了骄傲。" +
		"园区已经吸引了包括星光电气、星海科技等350余家国内外知名企业入驻,外资企业占比40%。截至2011年底,已建成投入使用的软件产业载体超过100万平方米。"
	if c.Text != want {
		t.Errorf("text =\n%s\nwant\n%s", c.Text, want)
	}
	// A source line of fields alone is still dropped.
	if c := Clean("星河软件业发展报告\n来源:网络 2012-07-15 关键词:工业自动化\n十余年前,软件产业高速发展是星河的梦想。\n", FormatText, ""); strings.Contains(c.Text, "来源") || !strings.Contains(c.Text, "十余年前") {
		t.Errorf("text = %q", c.Text)
	}
}

// The headline is found above the page furniture a saved page puts
// between it and the story.
func TestCleanFindsTheHeadline(t *testing.T) {
	story := "3月1日,星河区与星河大学签订校地合作协议。双方将共建星河研究院。"
	for _, tc := range []struct{ name, page string }{
		{"publisher and time under the headline", "星河区与星河大学深化校地合作\n\n某某日报 2026-03-01 09:30\n\n" + story},
		{"publisher and a numeric date", "星河区与星河大学深化校地合作\n\n某某发布2026-03-01\n\n" + story},
		{"runs of blank lines", "星河区与星河大学深化校地合作\n\n01.03.2026 09:30" + strings.Repeat("\n", 14) + story},
		{"a headline with a comma set directly above its story", "星河区与星河大学签约,总投资近20亿元!\n" + story + "签约仪式上,星河大学校长出席并致辞,介绍了学校在人工智能领域的研究。"},
		{"a link with an arrow", "星河区与星河大学深化校地合作\n\n该文章已上链>\n\n某某新闻 2026-03-01 09:30\n\n" + story},
		{"a prompt to share and a picture's file name", "星河区与星河大学深化校地合作\n\n即可将网页分享至朋友圈\n\nimage.png\n\n" + story},
		{"a picture's tag and its caption", "星河区与星河大学深化校地合作\n\n【资料图】\n\n星河大学校园一角 星河区委宣传部供图\n\n" + story},
		{"the original title", "星河区与星河大学深化校地合作\n\n原标题:校地合作再出发\n\n" + story},
		{"a subtitle between the time stamp and the story", "星河区与星河大学深化校地合作\n\n点击量:次,发布于:2014/12/10\n\n加快推进合作项目实现互利共赢\n\n" + story},
		{"a short stamp and a byline over the story", "星河区与星河大学深化校地合作\n\n18-04-18 12:50\n\n星河电视台新闻中心·星河观察 某某\n\n" + story},
		{"a subtitle with a comma over the stamp and the original title under it", "星河区与星河大学深化校地合作\n\n本月将签约,为校地合作提供新引擎\n\n2024年04月26日08:29 | 来源:星河日报\n\n原标题:星河区与星河大学深化校地合作\n\n" + story},
	} {
		c := Clean(tc.page, FormatText, "")
		if !strings.HasPrefix(c.Title, "星河区与星河大学") || !strings.HasPrefix(c.Text, c.Title+"\n") {
			t.Errorf("%s: title %q, text %q", tc.name, c.Title, c.Text)
		}
	}
}

func TestCleanJoinsTitleBrokenInsideBrackets(t *testing.T) {
	c := Clean("四川省人民政府\n关于印发《成都市科技创新\n专项行动方案》的通知\n\n川府发〔2026〕8号\n\n各市(州)人民政府,省政府各部门:\n现将《方案》印发给你们,请认真贯彻落实。", FormatText, "")
	if c.Title != "四川省人民政府关于印发《成都市科技创新专项行动方案》的通知" {
		t.Errorf("title = %q", c.Title)
	}
	if strings.Contains(c.Text, "川府发") {
		t.Errorf("document number kept in text: %q", c.Text)
	}
}

func TestCleanHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>站点名 - 新闻</title>
<meta property="article:published_time" content="2026-04-02"><script>var x=1;</script></head>
<body><div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
<div class="article"><h1>天府实验室新平台落户</h1>
<p>近日，电子科技大学与成都高新区共建的<strong>天府绛溪实验室</strong>正式揭牌。</p>
<p>该实验室位于成都高新区。</p>
<div class="share">分享到：微信 微博</div></div>
<div class="related"><h3>相关新闻</h3><ul><li>别的新闻</li></ul></div>
<div class="footer">版权所有</div></body></html>`
	c := Clean(page, FormatHTML, "")
	if c.Title != "天府实验室新平台落户" || c.Published != "2026-04-02" {
		t.Errorf("title %q published %q", c.Title, c.Published)
	}
	want := "天府实验室新平台落户\n近日,电子科技大学与成都高新区共建的天府绛溪实验室正式揭牌。\n该实验室位于成都高新区。"
	if c.Text != want {
		t.Errorf("text =\n%s\nwant\n%s", c.Text, want)
	}
}

func TestCleanMarkdown(t *testing.T) {
	md := "---\ntitle: 成都发布人才新政\n---\n# 成都发布人才新政\n\n**成都市**将实施[蓉漂计划](https://example.org)。\n\n- 支持四川大学建设实验室。\n"
	c := Clean(md, FormatMarkdown, "")
	if c.Title != "成都发布人才新政" {
		t.Errorf("title %q", c.Title)
	}
	want := "成都发布人才新政\n成都市将实施蓉漂计划。\n支持四川大学建设实验室。"
	if c.Text != want {
		t.Errorf("text =\n%s\nwant\n%s", c.Text, want)
	}
}

func TestSentences(t *testing.T) {
	text := []rune("他说:“我们来了。”随后离开!\n标题行\n最后一句……还有")
	var got []string
	for _, s := range Sentences(text) {
		got = append(got, string(text[s.Start:s.End]))
	}
	want := []string{"他说:“我们来了。”", "随后离开!", "标题行", "最后一句……", "还有"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name string
		data string
		want Format
	}{
		{"a.html", "", FormatHTML},
		{"a.md", "", FormatMarkdown},
		{"a.jsonl", "", FormatJSONL},
		{"a.txt", "<html>", FormatText},
		{"page", "<!DOCTYPE html><html>", FormatHTML},
		{"list", `{"type":"entity"}`, FormatJSONL},
		{"notes", "# 标题\n正文", FormatMarkdown},
		{"plain", "成都市发布新政。", FormatText},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("DetectFormat(%q, %q) = %s, want %s", tt.name, tt.data, got, tt.want)
		}
	}
}

// corpusDir returns the shared corpus, skipping the test when it is absent
// except under CI, which must run it.
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := "../../shared/corpus"
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("corpus not found at %s: %v", dir, err)
		}
		t.Skipf("corpus not found at %s", dir)
	}
	return dir
}

// A newspaper page converted from PDF: a headline over its subtitle, a
// first line broken before the first full one, co-issuers set apart by
// wide spaces, and an imprint with the publisher's address.
func TestCleanPDFPage(t *testing.T) {
	page := "成都日报  2026年7月8日 星期三\n\n天府永兴实验室布局成型\n三大基地年内全部投运\n\n本报记者 周雪\n" +
		"    记者7月7日从天府永兴实验室获悉,实验室空间布局已\n基本成型,位于成都科学城的核心基地已投入使用,三个基地将于年内全部投运。\n" +
		"成都市科学技术局    成都市财政局\n成都日报社出版  地址:成都市锦江区红星路二段159号  邮编:610017\n"
	c := Clean(page, FormatText, "")
	want := "天府永兴实验室布局成型\n三大基地年内全部投运\n记者7月7日从天府永兴实验室获悉,实验室空间布局已基本成型,位于成都科学城的核心基地已投入使用,三个基地将于年内全部投运。\n成都市科学技术局 成都市财政局"
	if c.Text != want {
		t.Errorf("text =\n%s\nwant\n%s", c.Text, want)
	}
}

func TestCleanPairsStraightQuotes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`大会启动了"蓉燕归巢"计划,围绕"校友经济"主题交流。`, "大会启动了“蓉燕归巢”计划,围绕“校友经济”主题交流。"},
		// An odd count leaves every quote as it is: which one opens is a guess.
		{`他说"好,大家"都来"。`, `他说"好,大家"都来"。`},
		{`version "1.0" only`, `version "1.0" only`},
	}
	for _, tt := range tests {
		if got := Clean(tt.in, FormatText, "").Text; got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanKeepsFullWidthSpacesAsColumnBreaks(t *testing.T) {
	in := "1\u3000创新药中试平台\u3000成都岷康生物医药有限公司\u3000成都天府国际生物城\n会议在成都 举行。"
	want := "1 创新药中试平台 成都岷康生物医药有限公司 成都天府国际生物城\n会议在成都举行。"
	if got := Clean(in, FormatText, "").Text; got != want {
		t.Errorf("Clean = %q, want %q", got, want)
	}
}

// A line that ends with 和, 与, 及 or 暨 was broken by conversion or a
// narrow column, however short the rest: a notice's issuers signed one to
// a line ("成都市城市运行和" / "政务服务管理办公室").
func TestCleanJoinsALineEndingWithAConjunction(t *testing.T) {
	in := "星河区政府工作报告\n现印发给你们,请认真贯彻落实。\n成都市星河运行和\n政务服务管理办公室\n2024年12月30日"
	want := "星河区政府工作报告\n现印发给你们,请认真贯彻落实。\n成都市星河运行和政务服务管理办公室"
	if got := Clean(in, FormatText, "").Text; got != want {
		t.Errorf("Clean(%q) = %q, want %q", in, got, want)
	}
}

func TestCleanDropsTheBylineThatOpensAParagraph(t *testing.T) {
	tests := []struct{ in, want string }{
		{"星海经济网讯(记者 李某)4月1日,星海产业园开园。", "4月1日,星海产业园开园。"},
		{"(星公网四川频道讯 高某)“这些企业成长于星府软件园。”", "“这些企业成长于星府软件园。”"},
		{"本报讯(记者 王某 通讯员 张某)近日,星海大学举行活动。", "近日,星海大学举行活动。"},
		{"星民网成都10月11日电 (记者李某)日前,星海集团与星海大学签署协议。", "日前,星海集团与星海大学签署协议。"},
		{"星海经济在线成都5月11日讯 5月9日,记者从星海高新区获悉。", "5月9日,记者从星海高新区获悉。"},
		{"星海在线消息(记者王某)中国星河软件合作洽谈会开幕。", "中国星河软件合作洽谈会开幕。"},
		// The line under a report's title that says where it was
		// delivered names the meeting; a bare dateline does not.
		{"政府工作报告\n2023年2月14日在星河区第十九届人民代表大会第三次会议上\n各位代表:", "政府工作报告\n2023年2月14日在星河区第十九届人民代表大会第三次会议上\n各位代表:"},
		{"星河区开园\n2023年2月14日 来源:星河日报\n星海产业园开园。", "星河区开园\n星海产业园开园。"},
		// A source named inside the text, not opening it, stays.
		{"资讯显示,星海区企业增长。", "资讯显示,星海区企业增长。"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in, FormatText, "").Text; got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A reading in pinyin or a stock code a page's template sets inside a name
// is dropped, so that the name reads whole.
func TestCleanDropsGlosses(t *testing.T) {
	c := Clean("星河智能(zhìnéng)装备中试平台在(zài)星河区揭牌。星海新能源(850101)新材料融合创新中心参加,星海科技(IBM)与会。", FormatText, "")
	for _, want := range []string{"星河智能装备中试平台在星河区揭牌", "星海新能源新材料融合创新中心", "星海科技(IBM)"} {
		if !strings.Contains(c.Text, want) {
			t.Errorf("text %q lacks %q", c.Text, want)
		}
	}
}

// A poster-style page sets its opening one clause to a line, long before
// the first paragraph; with no furniture above that paragraph, the whole
// text is the article. A page with a byline above it still starts at its
// headline.
func TestCleanKeepsAPosterOpening(t *testing.T) {
	lines := []string{"星河区:抢抓机遇,推动卫星产业起势", "北京时间2024年8月6日14时42分", "我国在星海卫星发射中心",
		"使用长征六号改运载火箭", "成功将星河01组卫星发射升空", "卫星顺利进入预定轨道", "发射任务获得圆满成功",
		"星河01组卫星", "是“星河星座”首批组网卫星", "千里之外的星河区", "瞄准打造全国卫星及应用产业高地",
		"已与星海微系统研究所", "星河微信息技术研究院有限公司等深度合作", "积极融入“星河星座”建设"}
	story := "据了解,星河区积极发展卫星产业,将其作为重要方向,正着力推进龙头项目。"
	c := Clean(strings.Join(lines, "\n\n")+"\n\n"+story, FormatText, "")
	if c.Title != lines[0] || !strings.Contains(c.Text, "我国在星海卫星发射中心") || !strings.Contains(c.Text, story) {
		t.Errorf("title %q, text %q", c.Title, c.Text)
	}
	c = Clean("新闻中心\n\n星河区与星河大学深化校地合作\n\n某某日报 2026-03-01 09:30\n\n"+story, FormatText, "")
	if c.Title != "星河区与星河大学深化校地合作" {
		t.Errorf("with a stamp above the story: title %q", c.Title)
	}
}

// A hyphen set apart by spaces parts a heading or a list's item from the
// words after it; one inside a name joins it.
func TestNormLineHyphens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"星河产业园建设规划 - 星河产业园选址星海新区", "星河产业园建设规划 星河产业园选址星海新区"},
		{"[1] – 园区锚定五大产业", "[1]园区锚定五大产业"},
		{"中国星象局-星河大学人工影响天气联合研究中心", "中国星象局-星河大学人工影响天气联合研究中心"},
		{"星河大学 -星光研究院", "星河大学-星光研究院"},
	}
	for _, tt := range tests {
		if got := normLine(tt.in); got != tt.want {
			t.Errorf("normLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
