package importer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"innograph/hanzi"
	"innograph/store"
)

var key = store.Key

// Format is the kind of a source document.
type Format string

const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	FormatJSONL    Format = "jsonl"
)

// Cleaned is a document reduced to its article: the title and the body as
// paragraphs, one per line, with metadata found on the page.
type Cleaned struct {
	Title     string
	Text      string
	Published string
	Publisher string
}

// Clean extracts the article from a page or a converted PDF: it drops page
// furniture (navigation, share buttons, bylines, related-news lists,
// copyright notices), normalises full-width forms (NFKC), removes the
// spaces PDF conversion puts between Chinese characters and joins lines
// broken inside sentences. title, when known, marks where the article
// starts.
func Clean(src string, format Format, title string) Cleaned {
	var lines []string
	var c Cleaned
	switch format {
	case FormatHTML:
		d := parseHTML(src)
		lines, c.Published, c.Publisher = d.Lines, d.Published, d.Publisher
		if title == "" {
			title = d.Title
		}
	case FormatMarkdown:
		lines, title = markdownLines(src, title)
	default:
		lines = strings.Split(src, "\n")
	}
	for i, l := range lines {
		lines[i] = dropLeadByline(normLine(dropLeadMeta(l)))
	}
	c.Title, lines = article(lines, normLine(title), &c)
	c.Text = strings.Join(lines, "\n")
	return c
}

// reLeadByline: the outlet and reporter that open a story's first
// paragraph, "四川经济网讯(记者 李某)", "(大公网四川频道讯 高某)", "本报讯(记者
// 王某 通讯员 张某)", "四川在线消息(记者 王某)", and a wire story's dateline, "人民网成都10月11日电
// (记者 李某)", "四川经济在线成都5月11日讯": who reports, not what.
var reLeadByline = regexp.MustCompile(`^\(?(本报|本网|本台|[\p{Han}A-Za-z]{1,10}(网|报|社|台|新闻|客户端|融媒|在线))[\p{Han}]{0,6}?(讯|消息|\d{1,2}月\d{1,2}日(讯|电|消息))(\s*[\p{Han}·]{2,4}\))?(\s*\([^()]{1,20}\))?`)

// dropLeadByline removes the byline that opens a line, when text follows.
func dropLeadByline(l string) string {
	loc := reLeadByline.FindStringIndex(l)
	if loc == nil || loc[1] == len(l) || strings.HasPrefix(l, "(") && !strings.Contains(l[:loc[1]], ")") {
		return l
	}
	return strings.TrimLeft(l[loc[1]:], " ")
}

// dropLeadMeta: "来源:网络 2012-07-15 关键词:工业自动化 工控软件 十余年前,
// 软件产业高速发展是四川的梦想;…" — a page that lost its line breaks runs
// the whole article on from its source line. The fields, short and parted
// by spaces, are dropped and the article kept; a meta line of fields alone
// is left for classify to drop. It reads the line before normLine, which
// would join the fields to the text.
func dropLeadMeta(l string) string {
	// Every line passes here: its opening is folded first, and the whole
	// line only when a field opens it.
	if head := []rune(l[:min(len(l), 64)]); !reMeta.MatchString(norm.NFKC.String(string(head[:min(len(head), 12)]))) {
		return l
	}
	n := norm.NFKC.String(l)
	if !reMeta.MatchString(n) || utf8.RuneCountInString(n) < 120 || strings.Count(n, "。")+strings.Count(n, ";") < 2 {
		return l
	}
	rest := l
	for i := 0; ; i++ {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			return l
		}
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			end = len(rest)
		}
		if f := norm.NFKC.String(rest[:end]); strings.ContainsAny(f, ",。;") || utf8.RuneCountInString(f) > 20 {
			if i == 0 {
				return l
			}
			return rest
		}
		rest = rest[end:]
	}
}

// reStockGloss: a stock code a page sets inside a name ("新能源(850101)新
// 材料"), furniture of the page's template, like the readings in pinyin
// hanzi.DropReadings removes: both would split the names they sit in.
var reStockGloss = regexp.MustCompile(`(\p{Han})\(\d{6}\)(\p{Han})`)

func dropGlosses(l string) string {
	if !strings.Contains(l, "(") {
		return l
	}
	return reStockGloss.ReplaceAllString(hanzi.DropReadings(l), "$1$2")
}

var zeroWidth = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u00ad", "", "\r", "")

// normLine folds full-width forms, drops zero-width characters and removes
// white space next to Chinese characters, where it carries no meaning.
func normLine(l string) string {
	// A full-width space is typed on purpose: it parts the columns of a
	// table row ("1　创新药CMC中试平台　成都岷康生物医药有限公司"), a
	// masthead's fields. Folded to one ASCII space it would read as an
	// artefact of conversion and vanish, so it is kept as a column break.
	l = norm.NFKC.String(zeroWidth.Replace(strings.ReplaceAll(l, "\u3000", string(fullWidthSpace))))
	isSpace := func(r rune) bool { return r == fullWidthSpace || unicode.IsSpace(r) }
	rs := []rune(strings.TrimFunc(l, isSpace))
	// A hyphen set apart by spaces ("建设规划 - 低空动力产业园选址…") marks
	// a list's item or parts a heading from its text; left to join the
	// words it would make them one name, as a hyphen inside a name does
	// (中国气象局-成都信息工程大学…). It stays a break.
	for i := 1; i+1 < len(rs); i++ {
		if (rs[i] == '-' || rs[i] == '–') && isSpace(rs[i-1]) && isSpace(rs[i+1]) {
			rs[i] = ' '
		}
	}
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if !isSpace(rs[i]) {
			out = append(out, rs[i])
			continue
		}
		j := i
		full := false
		for j < len(rs) && isSpace(rs[j]) {
			full = full || rs[j] == fullWidthSpace
			j++
		}
		if full {
			out = append(out, ' ')
			i = j - 1
			continue
		}
		var prev, next rune
		if len(out) > 0 {
			prev = out[len(out)-1]
		}
		if j < len(rs) {
			next = rs[j]
		}
		// A run of spaces between two Chinese characters is an artefact of
		// conversion, except a wide one, which separates columns: co-issuers
		// on a signature line ("成都市科学技术局    成都市财政局"), the fields
		// of a page header. Those stay apart, or they read as one name.
		if !wide(prev) && !wide(next) || j-i >= 2 && han(prev) && han(next) {
			out = append(out, ' ')
		}
		i = j - 1
	}
	pairQuotes(out)
	return dropGlosses(string(out))
}

// fullWidthSpace stands for U+3000 while a line is folded (NFKC would make
// it an ordinary space, which reads as an artefact of conversion).
const fullWidthSpace = '\ue000'

// pairQuotes turns straight double quotes in Chinese text into the curly
// pair the rules read (“蓉归川大”): pages typed in half-width punctuation
// quote names the same way. A line with an odd number of them is left as
// it is, since which one opens is then a guess.
func pairQuotes(rs []rune) {
	n, hanSeen := 0, false
	for _, r := range rs {
		if r == '"' {
			n++
		}
		hanSeen = hanSeen || unicode.Is(unicode.Han, r)
	}
	if n == 0 || n%2 != 0 || !hanSeen {
		return
	}
	opening := true
	for i, r := range rs {
		if r != '"' {
			continue
		}
		rs[i] = '”'
		if opening {
			rs[i] = '“'
		}
		opening = !opening
	}
}

// wide reports whether r is a Chinese character or Chinese punctuation.
func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303f) || strings.ContainsRune("“”‘’《》、。·—…", r)
}

func han(r rune) bool { return unicode.Is(unicode.Han, r) }

var (
	// Breadcrumbs and navigation: "网易首页 > 网易号 > 正文".
	reCrumbs = regexp.MustCompile(`^(首页|当前位置|您的位置|您现在的位置|位置:)|(>|›|»|→).*(>|›|»|→)|^[^,。]{0,20}(首页|主页) ?(>|›|»)`)
	// Share bars, QR codes, counters and widgets.
	reWidget = regexp.MustCompile(`^(分享至|分享到|分享|收藏|点赞|评论|转发|打印|关闭|字号|字体|扫码|扫一扫|微信扫一扫|长按|点击|【大中小】|大中小|举报|申请入驻|返回|更多|阅读原文|在看|关注我们)[::]?`)
	// Lines that hold only numbers, dates or times, phone numbers.
	reNumeric = regexp.MustCompile(`^[\d\s\-./:年月日时分秒+()/,~]*$`)
	reDate    = regexp.MustCompile(`((?:19|20)\d{2})[-./年](1[0-2]|0?[1-9])[-./月]([12]\d|3[01]|0?[1-9])(?:\D|$)`)
	// A date at the start of a short line, or a source named inside it:
	// "2026-06-18 08:30 来源:成都日报".
	reDateLine = regexp.MustCompile(`^((?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?|.{0,30}(来源|稿源|作者|编辑|责任编辑)[::])`)
	// reDelivered: the line under a report's or a speech's title that says
	// where it was delivered, "2023年2月14日在成都市龙泉驿区第十九届人民代表
	// 大会第三次会议上", is text that names the meeting, not a dateline.
	reDelivered = regexp.MustCompile(`^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(在|于)`)
	// A publisher and the time of publication on one line, "每日经济新闻
	// 2021-07-22 23:32", "成都发布2024-06-04": a date with a clock time, or a
	// numeric date closing a short line.
	reStamp = regexp.MustCompile(`(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(\s*\d{1,2}:\d{2}|\s*$)`)
	// Bylines and source lines: metadata, not article text.
	reMeta   = regexp.MustCompile(`^[•·]?(来源|来源于|稿源|原标题|转自|作者|记者|编辑|责任编辑|责编|审核|审校|校对|通讯员|摄影|图片|图|文|供图|发布时间|发布日期|发布机构|时间|日期|浏览次数|阅读量|点击数|信息来源|文章来源|所属地区)[::\s]`)
	reByline = regexp.MustCompile(`记者|通讯员|实习生|编辑`)
	// A publisher's address, post code and telephone: the imprint of a
	// newspaper page or the footer of a site, whose places are no news.
	reContact = regexp.MustCompile(`(地址|邮编|邮政编码|电话|传真|热线|邮箱|联系方式)[::]\s*\S`)
	// A link that ends in an arrow, "查看更多>>", "该文章已上链>".
	reLinkArrow = regexp.MustCompile(`(>|»|›)$`)
	// Short lines of a saved page that hold no text of the story: prompts
	// to share or open an app, a picture's file name or tag, an address.
	rePageJunk = regexp.MustCompile(`分享至朋友圈|查看精彩图片|打开.{0,6}(APP|App|app|客户端)|^[【\[(]?资料图片?[】\])]?$|\.(jpg|jpeg|png|gif|webp)$|https?://`)
	// A picture's caption and credit, "…管理局供图": text, but no title.
	reCaption = regexp.MustCompile(`供图|图片来源|资料图|摄影|图/`)
	// Copyright and legal notices.
	reCopyright = regexp.MustCompile(`(?i)©|copyright|版权所有|版权声明|免责声明|未经授权|禁止转载|不得转载|ICP备|公网安备|违法和不良信息|举报电话|本平台仅提供|用户上传并发布`)
	// The end of an article: related-news lists, notices and pagers.
	reEnd = regexp.MustCompile(`^[•·]?(相关推荐|热点推荐|相关新闻|相关阅读|推荐阅读|延伸阅读|热门推荐|猜你喜欢|更多新闻|相关文章|相关链接|往期回顾|热门文章|精彩推荐|热门新闻|今日推荐|特别声明|免责声明|声明:|版权声明|责任编辑|【责任编辑|上一篇|下一篇|返回顶部|打印本页|关闭窗口|【打印|【关闭)`)
	// Document numbers of government notices: "川府发〔2026〕8号".
	reDocNo = regexp.MustCompile(`^\p{Han}{1,8}[〔\[(]\d{4}[〕\])]\d+号$`)
	// Headings of outlines and notices, which never continue a sentence.
	reHeading = regexp.MustCompile(`^(第[一二三四五六七八九十百零〇\d]+[篇章节条部分]|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、]|专栏|附件|附表|·|•|-|\*|#)`)
	// Issuers that precede a notice's title on a line of their own.
	reIssuer = regexp.MustCompile(`(人民政府|政府|委员会|办公厅|办公室|局|厅|部|委)$`)
)

type lineKind int

const (
	lineBlank lineKind = iota
	lineJunk
	lineMeta
	lineText
)

// classify says what a normalised line is.
func classify(l string) lineKind {
	switch {
	case l == "":
		return lineBlank
	case reCopyright.MatchString(l):
		return lineJunk
	case reMeta.MatchString(l) || reDocNo.MatchString(l):
		return lineMeta
	case utf8.RuneCountInString(l) <= 50 && reDateLine.MatchString(l) && !strings.Contains(l, "。") && !reDelivered.MatchString(l):
		return lineMeta
	case utf8.RuneCountInString(l) <= 30 && reByline.MatchString(l) && !strings.ContainsAny(l, "。,"):
		return lineMeta
	case utf8.RuneCountInString(l) <= 40 && reStamp.MatchString(l) && !strings.ContainsAny(l, "。,"):
		return lineMeta
	case reCrumbs.MatchString(l), reWidget.MatchString(l) && utf8.RuneCountInString(l) <= 20, reNumeric.MatchString(l),
		utf8.RuneCountInString(l) <= 20 && reLinkArrow.MatchString(l),
		utf8.RuneCountInString(l) <= 40 && rePageJunk.MatchString(l) && !strings.Contains(l, "。"):
		return lineJunk
	case utf8.RuneCountInString(l) <= 80 && reContact.MatchString(l) && !strings.Contains(l, "。"):
		return lineJunk
	case latinOnly(l):
		return lineJunk
	}
	return lineText
}

// latinOnly reports a long line without a Chinese character: in a Chinese
// article, an English notice or a menu of links.
func latinOnly(l string) bool {
	letters := 0
	for _, r := range l {
		if han(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 20
}

// prose reports whether a line reads as running text rather than a heading.
func prose(l string) bool {
	n := utf8.RuneCountInString(l)
	return strings.Contains(l, "。") || strings.Count(l, ",") >= 2 || strings.Contains(l, ",") && n > 40 ||
		strings.Contains(l, ";") && n > 20
}

// proseRunes counts the characters of the prose lines.
func proseRunes(lines []string, kinds []lineKind) int {
	n := 0
	for i, l := range lines {
		if kinds[i] == lineText && prose(l) {
			n += utf8.RuneCountInString(l)
		}
	}
	return n
}

// article picks the article out of the page's lines.
func article(lines []string, title string, c *Cleaned) (string, []string) {
	kinds := make([]lineKind, len(lines))
	for i, l := range lines {
		kinds[i] = classify(l)
		if kinds[i] == lineMeta {
			meta(l, c)
		}
	}
	// Repeated lines are page furniture (menus, running heads).
	for i := 1; i < len(lines); i++ {
		if kinds[i] == lineText && lines[i] == prevText(lines, kinds, i) && !prose(lines[i]) {
			kinds[i] = lineJunk
		}
	}
	if title == "" {
		title = originalTitle(lines, kinds)
	}
	start := findStart(lines, kinds, title)
	if title == "" {
		if h := stampedHeadline(lines, kinds, start); h >= 0 {
			start = h
		}
	}
	// A date on a line of its own near the title is the publication date;
	// further down it belongs to a list of other articles.
	for i := max(0, start-6); i < len(lines) && i < start+15 && c.Published == ""; i++ {
		if kinds[i] == lineJunk && reNumeric.MatchString(lines[i]) {
			if m := reDate.FindStringSubmatch(lines[i]); m != nil {
				c.Published = isoDate(m)
			}
		}
	}
	end := len(lines)
	seenProse := false
	for i := start; i < len(lines); i++ {
		if kinds[i] == lineText && prose(lines[i]) {
			seenProse = true
		}
		if seenProse && i > start && reEnd.MatchString(lines[i]) {
			// "相关推荐" above the story on a page that puts its furniture
			// first: what follows is more prose than what came before, so
			// the article goes on past the marker.
			if before, after := proseRunes(lines[start:i], kinds[start:i]), proseRunes(lines[i+1:], kinds[i+1:]); after >= 120 && after > 2*before {
				kinds[i] = lineJunk
				continue
			}
			end = i
			break
		}
	}
	var paras []string
	var open bool // the last paragraph may continue on the next text line
	first := true
	for i := start; i < end; i++ {
		if kinds[i] != lineText {
			continue
		}
		l := lines[i]
		if first {
			// The title is a paragraph of its own.
			if i+1 < end && kinds[i+1] == lineText && unbalanced(l) {
				l += lines[i+1]
				i++
			}
			if title == "" || strings.Contains(key(l), key(title)) {
				title = l
			}
			paras = append(paras, l)
			first = false
			continue
		}
		if open && len(paras) > 1 && !reHeading.MatchString(l) && (!(utf8.RuneCountInString(l) <= 15 && !strings.ContainsAny(l, "。,;!?")) || endsJoined(paras[len(paras)-1])) {
			paras[len(paras)-1] += l
		} else {
			paras = append(paras, l)
		}
		last := paras[len(paras)-1]
		open = continues(last)
	}
	// Issuer on its own line before a notice title: "四川省人民政府" / "关于…的通知".
	if start > 0 && strings.HasPrefix(title, "关于") {
		for j := start - 1; j >= 0 && j >= start-2; j-- {
			if kinds[j] == lineText && reIssuer.MatchString(lines[j]) && utf8.RuneCountInString(lines[j]) <= 20 {
				title = lines[j] + title
				if len(paras) > 0 {
					paras[0] = lines[j] + paras[0]
				}
				break
			}
			if kinds[j] != lineBlank {
				break
			}
		}
	}
	return title, paras
}

func prevText(lines []string, kinds []lineKind, i int) string {
	for j := i - 1; j >= 0; j-- {
		if kinds[j] == lineText {
			return lines[j]
		}
	}
	return ""
}

// standsApart reports a short line without a full stop that no text line
// follows at once.
func standsApart(lines []string, kinds []lineKind, i int) bool {
	return utf8.RuneCountInString(lines[i]) <= 40 && !strings.ContainsAny(lines[i], "。;") &&
		(i+1 == len(lines) || kinds[i+1] != lineText)
}

// headlineAbove returns the nearest line above i, down to floor, that
// stands apart as a headline of at least eight characters, or -1.
func headlineAbove(lines []string, kinds []lineKind, i, floor int) int {
	for j := i - 1; j >= 0 && j >= floor; j-- {
		if kinds[j] == lineText && utf8.RuneCountInString(lines[j]) >= 8 && standsApart(lines, kinds, j) && !reHeading.MatchString(lines[j]) {
			return j
		}
	}
	return -1
}

// findStart returns the index of the title line: the given title when the
// text has it, else the last heading-like line before the first paragraph
// of running text.
func findStart(lines []string, kinds []lineKind, title string) int {
	if title != "" {
		k := key(title)
		for i, l := range lines {
			if kinds[i] == lineText && (key(l) == k || strings.HasPrefix(k, key(l)) && utf8.RuneCountInString(l) >= 6) {
				return i
			}
		}
	}
	firstProse := -1
	for i, l := range lines {
		if kinds[i] == lineText && prose(l) {
			firstProse = i
			break
		}
	}
	if firstProse < 0 {
		for i := range lines {
			if kinds[i] == lineText {
				return i
			}
		}
		return len(lines)
	}
	// A text that is all article from its first line: poster-style pages
	// set their opening one clause to a line ("我国在太原卫星发射中心" /
	// "成功将…卫星发射升空"), and lists put a name to a line, long before
	// the first paragraph. With no furniture at all above that paragraph
	// and few lines too short to be clauses, the first line is the title.
	if i0 := allText(lines, kinds, firstProse); i0 >= 0 {
		return i0
	}
	// The title sits within a dozen lines above the first paragraph. Blank
	// lines do not count: a page saved from a browser may hold runs of them.
	floor := firstProse
	for n := 0; floor > 0 && n < 12; {
		floor--
		if kinds[floor] != lineBlank {
			n++
		}
	}
	heading, caption := -1, -1
	for i := firstProse - 1; i >= floor; i-- {
		if kinds[i] != lineText {
			continue
		}
		// An outline's chapter and section headings ("第一节 …") sit between
		// the document's title and its first paragraph; the title is above.
		// A picture's caption is the title only when nothing else is.
		if reCaption.MatchString(lines[i]) {
			if caption < 0 {
				caption = i
			}
			continue
		}
		if reHeading.MatchString(lines[i]) {
			if heading < 0 {
				heading = i
			}
			continue
		}
		n := utf8.RuneCountInString(lines[i])
		// A line of running text that PDF conversion broke before the
		// first full paragraph is no title: "记者7月7日从…获悉,实验室…已".
		// A headline may hold a comma too ("X发布Y,聚焦A、B等领域"); a
		// line that stands apart from the next, over a byline or a blank,
		// was no sentence broken in two.
		if strings.Contains(lines[i], ",") && !unbalanced(lines[i]) && !standsApart(lines, kinds, i) && !pageHeadline(lines, kinds, i) {
			continue
		}
		// A salutation ("各市(州)人民政府,省政府各部门:") opens the text.
		if n >= 4 && n <= 80 && !strings.HasSuffix(lines[i], ":") {
			// A channel's name or a button ("天府融媒") under the byline
			// is no title when a headline stands above it.
			if n < 8 {
				if h := headlineAbove(lines, kinds, i, floor); h >= 0 {
					return h
				}
			}
			// A title broken over two lines by an open bracket starts on
			// the line before.
			if i > 0 && kinds[i-1] == lineText && unbalanced(lines[i-1]) {
				return i - 1
			}
			// A newspaper's headline over its subtitle, on adjacent lines.
			if i > 0 && kinds[i-1] == lineText && headline(lines[i-1]) && headline(lines[i]) {
				return i - 1
			}
			return i
		}
	}
	if heading >= 0 {
		return heading
	}
	if caption >= 0 {
		return caption
	}
	return firstProse
}

// allText returns the first line when every line above the first
// paragraph is text (no junk, byline or stamp), at least four of them, and
// at most one in five shorter than five characters; else -1.
func allText(lines []string, kinds []lineKind, firstProse int) int {
	first, n, short := -1, 0, 0
	for i := 0; i < firstProse; i++ {
		switch kinds[i] {
		case lineBlank:
			continue
		case lineText:
		default:
			return -1
		}
		if first < 0 {
			first = i
		}
		n++
		if utf8.RuneCountInString(lines[i]) < 5 {
			short++
		}
	}
	if n < 4 || 5*short > n {
		return -1
	}
	return first
}

// stampedHeadline finds the headline a page sets over its time stamp
// ("绵阳市政府与…举行座谈" / "点击量:次,发布于:2014/12/10") when the story
// is read to start below the stamp, at a subtitle or a section's heading
// that sits over the first paragraph. The stamp says where the article's
// head is; a line over it with no sentence in it is its headline. It is
// -1 when no stamp lies in the few lines over start.
func stampedHeadline(lines []string, kinds []lineKind, start int) int {
	seen := 0
	for i := start - 1; i > 0 && seen < 8; i-- {
		if kinds[i] == lineBlank {
			continue
		}
		seen++
		if kinds[i] == lineText && prose(lines[i]) {
			return -1
		}
		if kinds[i] == lineText || utf8.RuneCountInString(lines[i]) > 50 || !reTimeStamp.MatchString(lines[i]) {
			continue
		}
		j := i - 1
		for j >= 0 && kinds[j] == lineBlank {
			j--
		}
		if j < 0 || kinds[j] != lineText {
			return -1
		}
		if n := utf8.RuneCountInString(lines[j]); n >= 6 && n <= 60 && !strings.ContainsAny(lines[j], "。;") {
			return j
		}
		return -1
	}
	return -1
}

// originalTitle is the title a page declares on a line of its own
// ("原标题:天府智算中心正式“点亮”") when the headline stands as a line of
// the page too, so that the story starts at the headline rather than at a
// subtitle between it and the declaration. A declared title the page does
// not set as a headline is a reprint's old name, and is left.
func originalTitle(lines []string, kinds []lineKind) string {
	for _, l := range lines {
		m := reOriginalTitle.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		k := key(m[1])
		for i, h := range lines {
			if kinds[i] == lineText && key(h) == k {
				return m[1]
			}
		}
		return ""
	}
	return ""
}

var reOriginalTitle = regexp.MustCompile(`^[((]?原[标標][题題][::]\s*(.{4,60}?)[))]?$`)

// reTimeStamp: a date or a clock time, as a publisher stamps a page.
var reTimeStamp = regexp.MustCompile(`((?:19|20)?\d{2})[-./年](1[0-2]|0?[1-9])[-./月]([12]\d|3[01]|0?[1-9])|\d{1,2}:\d{2}`)

// pageHeadline reports the first text line of a page, without a full stop,
// over a paragraph at least twice its length: a headline set directly above
// its story ("8个项目签约,总投资近20亿元!温江…"). A line that PDF conversion
// broke runs about as long as the line after it.
func pageHeadline(lines []string, kinds []lineKind, i int) bool {
	for j := 0; j < i; j++ {
		if kinds[j] == lineText {
			return false
		}
	}
	n := utf8.RuneCountInString(lines[i])
	if n > 60 || strings.ContainsAny(lines[i], "。;") || i+1 >= len(lines) || kinds[i+1] != lineText {
		return false
	}
	return utf8.RuneCountInString(lines[i+1]) >= 2*n
}

// headline reports a short line of a title: no sentence punctuation, not
// an issuer or a notice's title.
func headline(l string) bool {
	n := utf8.RuneCountInString(l)
	return n >= 4 && n <= 40 && !strings.ContainsAny(l, ",。;:、") && !reIssuer.MatchString(l) && !strings.Contains(l, "关于") &&
		!reHeading.MatchString(l)
}

// continues reports whether a paragraph stops mid-sentence: it ends with no
// closing punctuation and either ends with a comma or an open bracket, or
// is running text (PDF conversion breaks such lines at the page width).
func continues(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune("。!?;:…——", r) || r == '!' || r == '?' {
		return false
	}
	if strings.ContainsRune(",、“《(", r) || unbalanced(p) || endsJoined(p) {
		return true
	}
	// A line of a paragraph that a narrow column broke mid-word: a clause
	// of running text that ends in a Chinese character.
	if strings.Contains(p, ",") && han(r) && utf8.RuneCountInString(p) >= 20 {
		return true
	}
	return prose(p) && utf8.RuneCountInString(p) >= 20
}

// endsJoined reports a line that ends with a word that joins it to the
// next, "成都市城市运行和" / "政务服务管理办公室": no line ends with 和,
// 与, 及 or 暨 but where PDF conversion or a narrow column broke it.
func endsJoined(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(p)
	return strings.ContainsRune("和与及暨", r)
}

// unbalanced reports a line with more opening than closing brackets or
// quotes, as when PDF conversion breaks a title inside 《》.
func unbalanced(l string) bool {
	return strings.Count(l, "《") > strings.Count(l, "》") || strings.Count(l, "“") > strings.Count(l, "”") ||
		strings.Count(l, "(") > strings.Count(l, ")")
}

// meta records what a byline or source line says about the document.
func meta(l string, c *Cleaned) {
	if m := reDate.FindStringSubmatch(l); m != nil && c.Published == "" {
		c.Published = isoDate(m)
	}
	for _, p := range []string{"来源:", "稿源:", "信息来源:", "文章来源:", "发布机构:"} {
		if i := strings.Index(l, p); i >= 0 && c.Publisher == "" {
			v := strings.TrimSpace(l[i+len(p):])
			if j := strings.IndexAny(v, " \t"); j > 0 {
				v = v[:j]
			}
			c.Publisher = v
		}
	}
}

func isoDate(m []string) string {
	pad := func(s string) string {
		if len(s) == 1 {
			return "0" + s
		}
		return s
	}
	return m[1] + "-" + pad(m[2]) + "-" + pad(m[3])
}

var (
	reMdImage   = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	reMdLink    = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	reMdMarks   = regexp.MustCompile(`(\*\*|__|~~|` + "`" + `)`)
	reMdHeading = regexp.MustCompile(`^#{1,6}\s*`)
	reMdList    = regexp.MustCompile(`^(\s*[-*+]\s+|\s*>\s?)`)
	reMdRule    = regexp.MustCompile(`^\s*([-*_]\s*){3,}$`)
	reHTMLTag   = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
)

// markdownLines strips Markdown syntax, keeping the text of links and
// headings; front matter gives the title when none is known, as does the
// first heading.
func markdownLines(src, title string) ([]string, string) {
	lines := strings.Split(src, "\n")
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines); i++ {
			l := strings.TrimSpace(lines[i])
			if l == "---" {
				lines = lines[i+1:]
				break
			}
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "title" && title == "" {
				title = strings.Trim(strings.TrimSpace(v), `"'`)
			}
		}
	}
	out := make([]string, 0, len(lines))
	fence := false
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			fence = !fence
			continue
		}
		if fence || reMdRule.MatchString(l) {
			out = append(out, "")
			continue
		}
		if reMdHeading.MatchString(l) && title == "" {
			title = strings.TrimSpace(reMdHeading.ReplaceAllString(l, ""))
		}
		l = reMdHeading.ReplaceAllString(l, "")
		l = reMdList.ReplaceAllString(l, "")
		l = reMdImage.ReplaceAllString(l, "")
		l = reMdLink.ReplaceAllString(l, "$1")
		l = reMdMarks.ReplaceAllString(l, "")
		l = reHTMLTag.ReplaceAllString(l, "")
		if strings.HasPrefix(strings.TrimSpace(l), "|") {
			cells := strings.Split(strings.Trim(strings.TrimSpace(l), "|"), "|")
			if strings.Trim(strings.Join(cells, ""), "-: ") == "" {
				continue
			}
			l = strings.Join(cells, " ")
		}
		out = append(out, l)
	}
	return out, title
}
