package importer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"innograph/store"
)

// People are named with their titles in this genre: "清华大学教授李纪珍",
// "首席技术官、总工程师叶某", "李纪珍教授". A name is a known family name and
// one or two characters, or 某/某某 in anonymised reports.

// commonWords start with a family name's character but are words:
// "高度评价" after 教授 is no person.
var commonWords = wordSet(`代表 代理 代替 常务 代码 代言 皮革 谈判 谈话 谈到 修改 修订 修复 修建 修缮 修正 惠及 惠民 惠企 敬请 鲜明 鲜花 祖国 慕名 和母 和学 和企 和政 和社 和地 简单 简直 高度 高级 高新 高质量 高端 高效 全面 全国 全市 全省 全力 成为 成果 成功 成立 成都 时间 时代 明确 文化 安全 金融 金牛 龙头 路径 江区 向着 方面 方式 白鹭 石油 林业 于是 马上 任务 应用 单位 车辆 商业 宁静 师生 党委 党组 沙龙 关键 常态 严格 管理 解决 连续 项目 简称 古城 易于 尚未 齐聚 司法 孔子 程序 周期 周边 周年 施工 万元 万人 钱款 雷达 黄金 黎明 毛利 熊猫 秦岭 江苏 江西 云南 余人 余家 余个 余项 文件 华为 温度 康复 夏季 汤圆 武器 包括 包含 柏林 宋代 唐代 杨柳 李子 陈列 杜绝 叶片 程度 方案 方向 段落 戴帽 莫过 孔径 章程 鲁棒 岳麓 申请 申报 欧洲 关于 关注 兰州 焦点 左右 甘肃 祝贺 宁夏 尚有 符合 舒适 阮囊 柯桥 纪念 梅花 童年 凌晨 毕业 单独 季度 裴家 霍山 涂料 苗木 谷歌 盛会 曲线 翁源 冉冉 骆驼 蓝图 路线 游戏 辛苦 管委 柴油 蒙古 鲍鱼 华西 喻家 祁连 蒲江 房地 滕州 屈指 饶有 解读 牟取 艾滋 尤其 阳光 时期 穆斯 农业 司法 卓越 古典 吉林 简阳 车间 项目 连接 麦田 褚色 娄底 窦性 戚继 岑溪 景区 党建 费用 卜卦 冷链 晏殊 席位 卫生 米兰 柏树 宗旨 瞿塘 桂林 全部 佟家 应当 臧否 闵行 苟且 邬家 边境 卞家 姬家 师范 和平 仇恨 栾川 隋唐 商务 刁难 沙漠 荣获 巫山 寇家 桑田 郎中 甄选 丛书 仲裁 虞城 敖包 巩固 明年 佘山 池塘 查询 麻醉 苑囿 迟缓 邝家 党政 简要 周转 纪工 纪委 向各 向与 向全`)

// headTitles head a body or one of its units; one before a name that a
// list goes on from ("华鲲振宇总裁万某、某某公司董事长周某等", "郎酒集团传媒总监
// 张某、…", "学校科技处处长周某、发展规划处处长姜某") introduces the name
// wherever it stands.
var headTitles = wordSet(`总裁 董事长 总经理 院长 校长 所长 局长 厅长 书记 区长 市长 县长 教授 研究员 总监 经理 主任 处长 部长 科长 馆长 团长 主编 秘书长 会长 理事长`)

func (r *recognizer) people(si int, s Span) {
	for i := s.Start; i < s.End; i++ {
		t := r.titleAt(i, s.End)
		if t == "" {
			continue
		}
		// A chain of titles: "首席技术官、总工程师叶某".
		titles := []string{t}
		j := i + utf8.RuneCountInString(t)
		for j < s.End && r.text[j] == '、' {
			if t2 := r.titleAt(j+1, s.End); t2 != "" {
				titles = append(titles, t2)
				j += 1 + utf8.RuneCountInString(t2)
				continue
			}
			break
		}
		// "成都市新都区人民政府区长  魏柯": a signature's name set apart from
		// its title by a space, the line's last word.
		if j+3 <= s.End && r.text[j] == ' ' {
			if name, n := r.personAt(j+1, s.End); name != "" && (j+1+n == s.End || strings.ContainsRune("\n。", r.text[j+1+n])) {
				j++
			}
		}
		// "副所长(主持工作)刘某海": a note on the post in brackets.
		if j < s.End && r.text[j] == '(' {
			if k := slices.Index(r.text[j:min(s.End, j+10)], ')'); k > 0 {
				j += k + 1
			}
		}
		// A short title ("主任", "专家") needs a body or a clause start
		// before it; a long or chained one is evidence enough.
		// A short title inside a longer one ("战略规划总监曾涛介绍",
		// "产业发展科科长刘道元介绍") still introduces a name that a verb
		// of speaking or acting follows.
		if name, n := r.personAt(j, s.End); name != "" && (len(titles) > 1 || utf8.RuneCountInString(t) >= 3 || r.leftOK(s, i) ||
			followWordAt(r.text, j+n, s.End) || headTitles[t] && j+n < s.End && strings.ContainsRune("、等", r.text[j+n])) {
			m := r.add(si, j, j+n, name, store.KindTalent, "person-title", 0.8)
			m.Props = map[string]string{"title": strings.Join(titles, "、")}
			i = j + n - 1
			// "副区长朱光春、郑斐出席": names listed after the first share its
			// titles; each must end where a name may.
			for k := j + n; k+1 < s.End && r.text[k] == '、' && r.titleAt(k+1, s.End) == ""; {
				next, l := r.personAt(k+1, s.End)
				if next == "" || k+1+l < s.End && !strings.ContainsRune("、,。;", r.text[k+1+l]) && !followWordAt(r.text, k+1+l, s.End) &&
					!nameStops[string(r.text[k+1+l])] {
					break
				}
				p := r.add(si, k+1, k+1+l, next, store.KindTalent, "person-title", 0.7)
				p.Props = map[string]string{"title": strings.Join(titles, "、")}
				k += 1 + l
				i = k - 1
			}
			continue
		}
		// "工艺总监巴勃罗·梅利皮兰": a foreign name after its titles, or one
		// in Latin letters ("执行主席Steve Hofman").
		if n := max(r.foreignAt(j, s.End), r.latinNameAt(j, s.End)); n > 0 {
			m := r.add(si, j, j+n, string(r.text[j:j+n]), store.KindTalent, "person-title", 0.75)
			m.Props = map[string]string{"title": strings.Join(titles, "、")}
			i = j + n - 1
			continue
		}
		// "李纪珍教授": the name before the title.
		if name, start := r.personBefore(s, i); name != "" {
			m := r.add(si, start, i, name, store.KindTalent, "person-title", 0.75)
			m.Props = map[string]string{"title": t}
		}
		i = j - 1
	}
}

// foreignAt returns the length of a name written from another language
// that starts at i, its parts joined by a middle dot ("巴勃罗·梅利皮兰",
// "吉姆·乔治·奥格"), or 0. Nothing marks where the last part ends but what
// follows it: punctuation, 等, a number, or a word that ends names; the
// shortest reading that meets one is taken.
func (r *recognizer) foreignAt(i, end int) int {
	k, parts := i, 0
	for {
		n := 0
		for k+n < end && han(r.text[k+n]) && n <= 6 {
			n++
		}
		if n == 0 || n > 6 && (k+n >= end || r.text[k+n] == '·') {
			return 0
		}
		if k+n < end && r.text[k+n] == '·' && parts < 3 {
			k, parts = k+n+1, parts+1
			continue
		}
		if parts == 0 {
			return 0
		}
		for l := 2; l <= min(n, 6); l++ {
			if e := k + l; e == end || strings.ContainsRune("、,。;:()", r.text[e]) || r.text[e] == '等' || unicode.IsDigit(r.text[e]) || followWordAt(r.text, e, end) {
				return e - i
			}
		}
		return 0
	}
}

// latinNameAt returns the length of a name in Latin letters that starts
// at i: two to four capitalised words or initials, one space apart
// ("Steve Hofman", "Ulrich S. Schubert"), ending where letters end. A
// single word is too often a brand or an acronym (AMD, Intel) to read.
func (r *recognizer) latinNameAt(i, end int) int {
	k, words := i, 0
	for k < end && words < 4 {
		if !unicode.IsUpper(r.text[k]) || r.text[k] > unicode.MaxLatin1 {
			break
		}
		n := 1
		for k+n < end && r.text[k+n] <= unicode.MaxLatin1 && unicode.IsLower(r.text[k+n]) {
			n++
		}
		if n == 1 && !(k+1 < end && r.text[k+1] == '.') {
			break // an acronym, not a word of a name
		}
		if k+n < end && r.text[k+n] == '.' {
			n++
		}
		k, words = k+n, words+1
		if k+1 < end && r.text[k] == ' ' && unicode.IsUpper(r.text[k+1]) {
			k++
			continue
		}
		break
	}
	if words < 2 || k < end && (unicode.IsLetter(r.text[k]) && r.text[k] <= unicode.MaxLatin1 || unicode.IsDigit(r.text[k])) {
		return 0
	}
	return k - i
}

// foreignLists: "授予卡尔·瑞德肖、吉姆·乔治·奥格、彼得·伊乐斯…": names written
// from another language, listed together, are people without a title.
// A list of one is no evidence: "科创天府·智汇蓉城" is a slogan.
// The first name's first part is a given name of two or three characters
// after a word that introduces names ("授予卡尔·…").
func (r *recognizer) foreignLists(si int, s Span) {
	for d := s.Start + 2; d < s.End; d++ {
		if r.text[d] != '·' {
			continue
		}
		i := -1
		for _, l := range []int{3, 2} {
			k := d - l
			if k < s.Start || !han(r.text[k]) || !han(r.text[k+1]) {
				continue
			}
			if k == s.Start || !nameRune(r.text[k-1]) && r.text[k-1] != '“' || r.boundaryAt(s, k) > 0 || nameStops[string(r.text[k-1])] {
				i = k
				break
			}
		}
		if i < 0 {
			continue
		}
		var spans []Span
		for k := i; k < s.End; {
			n := r.foreignAt(k, s.End)
			if n == 0 {
				break
			}
			spans = append(spans, Span{k, k + n})
			if k+n >= s.End || r.text[k+n] != '、' {
				break
			}
			k += n + 1
		}
		if len(spans) < 2 {
			continue
		}
		for _, sp := range spans {
			r.add(si, sp.Start, sp.End, string(r.text[sp.Start:sp.End]), store.KindTalent, "person-foreign", 0.7)
		}
		d = spans[len(spans)-1].End
	}
}

// titleAt returns the title word starting at i.
func (r *recognizer) titleAt(i, end int) string {
	for k, t := range titleRunes {
		if i+len(t) <= end && r.text[i] == t[0] && slices.Equal(r.text[i:i+len(t)], t) {
			return titleWords[k]
		}
	}
	return ""
}

// titleRunes are titleWords as runes, compared in place: titleAt is asked
// at most positions of a text.
var titleRunes = runesOf(titleWords)

// leftOK: a title introducing a name follows a body's name, punctuation
// or the start of a clause, not the middle of a word ("副总经理" is found
// as itself, "总经理" inside it is not).
func (r *recognizer) leftOK(s Span, i int) bool {
	if i == s.Start {
		return true
	}
	c := r.text[i-1]
	return hardStop(c) || !han(c) || endsWithSuffix(string(r.text[max(s.Start, i-12):i])) ||
		r.gazEnd(string(r.text[max(s.Start, i-12):i])) != "" || r.boundaryAt(s, i) > 0 || strings.ContainsRune("司团院校所室局委部心台司学系", c) ||
		// "2006届校友邓若溪", "2012级博士校友孔令仪"
		strings.ContainsRune("级届", c) || i-2 >= s.Start && strings.Contains("博士硕士本科", string(r.text[i-2:i]))
}

// personAt reads a person's name starting at i: a family name and one or
// two given characters, followed by a word that ends a name.
func (r *recognizer) personAt(i, end int) (string, int) {
	if i+2 <= end && string(r.text[i:i+2]) == "某某" {
		return "某某", 2
	}
	for _, sl := range []int{2, 1} {
		if i+sl > end || !surnames[string(r.text[i:i+sl])] {
			continue
		}
		// 某/某某 stand for an anonymised name.
		if g := i + sl; g < end && r.text[g] == '某' {
			n := sl + 1
			if g+1 < end && r.text[g+1] == '某' {
				n++
			}
			return string(r.text[i : i+n]), n
		}
		for _, gl := range []int{2, 1} {
			e := i + sl + gl
			if e > end {
				continue
			}
			given := r.text[i+sl : e]
			// A stop character may end a two-character given name when no
			// title starts with it and a word that ends names follows
			// ("许文博出席", not "张三博士").
			last := string(given[len(given)-1])
			lastStop := nameStops[last] && gl == 2 &&
				!(givenStops[last] && e < end && (nameStops[string(r.text[e])] || hardStop(r.text[e]) || followWordAt(r.text, e, end)) && r.titleAt(e-1, end) == "") &&
				!(listedStops[last] && (e == end || hardStop(r.text[e]) || strings.ContainsRune("等、", r.text[e])))
			// "市长罗强,": a one-character given name that ends names
			// elsewhere, closed by punctuation.
			// "生产经理李荣介绍": or by a word that follows names.
			oneClosed := gl == 1 && givenStops[last] && (e == end || hardStop(r.text[e]) || followWordAt(r.text, e, end))
			// "书记冼荣生代表", "主任李为民表示", "办公室主任陈代强,": a
			// two-character given name may start with a character that ends
			// names elsewhere when a word that follows names, or
			// punctuation, closes it.
			twoClosed := gl == 2 && (!nameStops[last] || givenStops[last]) && (e == end || hardStop(r.text[e]) || followWordAt(r.text, e, end) ||
				closesName(r.titleAt(e, end)))
			if !allHan(given) || lastStop || nameStops[string(given[0])] && !givenOne(given) && !oneClosed && !twoClosed {
				continue
			}
			if commonWords[string(r.text[i:i+sl+1])] {
				return "", 0
			}
			// "市长任组长的领导小组": a title where the given name would
			// be makes the surname a verb (任, serve as).
			if t := r.titleAt(i+sl, end); t != "" && utf8.RuneCountInString(t) >= gl {
				continue
			}
			// "张帆担任": the given name stops where a word that follows
			// names starts, "张帆担" is no name.
			if gl == 2 && followWordAt(r.text, e-1, end) {
				continue
			}
			// "区委书记刘某远书记在会上": a title after the name closes it.
			if e == end || hardStop(r.text[e]) || nameStops[string(r.text[e])] || !han(r.text[e]) || followWordAt(r.text, e, end) ||
				closesName(r.titleAt(e, end)) {
				return string(r.text[i:e]), sl + gl
			}
		}
	}
	return "", 0
}

// followWords follow a person's name and start with characters that
// given names hold (担任 after "陆文斌", 致辞 after "王亚非").
var followWords = strings.Fields(`着重 勉励 共同 简要 详细 详解 聚焦 探讨 分别 如是说 看来 专程 亲自 前往 来到 深入 实地 围绕 针对 担任 出任 兼任 主持 出席 致辞 讲话 发言 宣布 宣读 签署 签约 见证 带队 调研 考察 陪同 参加 参观 代表 作为 认为 指出 强调 表示 介绍 说道 坦言 透露 告诉 回忆 感慨 希望 创办 创立 创建 带领 领衔 牵头 毕业 获得 荣获 一行 通过 率领 率队 会见 接受 应邀 莅临 一同 先后 现场 提出 谈到 寄语 当选 入选 获评 合作 近年来 近日 目前 一直
	发来 致信 发表 日前 热情 连连 汇报 直言 指着 带着 带来 表达 现身 解读 阐述 分享 讲述 点赞 主讲 回应 最近 说 就 却 也 称 连日来 拨通 早早 召集 召开 主持召开 进一步 签订 进行 如是 在 与 和 对 向 为 边 校友 首先 随后 还 则 已 正 将 等人 各位 推介`)

func followWordAt(text []rune, i, end int) bool {
	if i < 0 || i >= end {
		return false
	}
	for _, w := range followWords {
		if n := utf8.RuneCountInString(w); i+n <= end && string(text[i:i+n]) == w {
			return true
		}
	}
	return false
}

// givenStops are stop characters common at the end of given names (文博,
// 志强, 国荣); verbs of saying and the like never end one.
// listedStops may end a two-character given name only where punctuation,
// 等 or 、 closes it: "副总经理陈乐来等领导出席", "区长赵德本," (来到, 本次
// are words after a name).
var listedStops = wordSet(`来 本`)

var givenStops = wordSet(`博 强 荣 发 先 同 会 科 明 华 文 正 林 平 书 主 一`)

// closesName says a title ends the name before it, after a title that
// introduced it: "市长侯晓春校友". 校友 closes a name only there; before
// a name alone it follows too many words ("全球校友", "400余名校友").
func closesName(t string) bool { return titlesAfterName[t] || t == "校友" }

// personBefore reads a name that ends where a title starts (at i).
var titlesAfterName = wordSet(`教授 院士 研究员 博士 董事长 总经理 主任 书记 局长 区长 市长 校长 院长 所长 总裁 副教授 副研究员 工程师 高级工程师
	省长 副省长 副市长 副区长 副局长 厅长 副厅长 部长 副部长 副院长 副校长 副所长 副主任 副书记 主席 县长 副县长 馆长 总工程师 司长 副司长 处长 副处长 理事 理事长 副理事长 秘书长 会长 副会长 常务副校长 常务副院长
	科长 副科长 巡视员 一级巡视员 二级巡视员 调研员 农艺师 高级农艺师`)

func (r *recognizer) personBefore(s Span, i int) (string, int) {
	if !titlesAfterName[r.titleAt(i, s.End)] {
		return "", 0
	}
	for _, n := range []int{3, 2} {
		st := i - n
		if st < s.Start || !allHan(r.text[st:i]) {
			continue
		}
		if !surnames[string(r.text[st])] && !(n == 3 && surnames[string(r.text[st:st+2])]) {
			continue
		}
		if commonWords[string(r.text[st:st+2])] || nameStops[string(r.text[i-1])] && r.text[i-1] != '某' {
			continue
		}
		// "项目科舒艳科长", "院科技合作处刘永红处长": an office that ends
		// right before the name is the post's.
		if st == s.Start || hardStop(r.text[st-1]) || !han(r.text[st-1]) || r.boundaryAt(s, st) > 0 || strings.ContainsRune("科处股", r.text[st-1]) ||
			endsWithSuffix(string(r.text[max(s.Start, st-12):st])) || r.gazEnd(string(r.text[max(s.Start, st-12):st])) != "" {
			return string(r.text[st:i]), st
		}
	}
	return "", 0
}

func allHan(rs []rune) bool {
	for _, c := range rs {
		if !han(c) {
			return false
		}
	}
	return len(rs) > 0
}

// personVerbs follow a person's name at the start of a clause: "张晓明毕业
// 于电子科技大学", "王某表示".
var personVerbs = strings.Fields(`毕业于 现任 担任 出任 曾任 兼任 表示 介绍 指出 认为 透露 说 称 坦言 回忆 辞去 创办 创立 本科毕业于 博士毕业于 硕士毕业于 当选`)

// clauseAdverbs may stand between a name and its verb: "谢玉军还透露".
var clauseAdverbs = strings.Fields(`进一步 同时 随后 还 也 又 则 再 更`)

// peopleInContext finds names without a title where a clause starts with a
// name and a verb that only people take.
func (r *recognizer) peopleInContext(si int, s Span) {
	for i := s.Start; i < s.End; i++ {
		if i != s.Start && !strings.ContainsRune(",;:。、", r.text[i-1]) {
			continue
		}
	next:
		for _, n := range []int{3, 2, 4} {
			if i+n > s.End || !allHan(r.text[i:i+n]) || commonWords[string(r.text[i:i+2])] {
				continue
			}
			// Four characters are a name only under a two-character
			// surname: "谢玉军还透露" is 谢玉军 and an adverb.
			if !surnames[string(r.text[i:i+1])] && !(n >= 3 && surnames[string(r.text[i:i+2])]) ||
				n == 4 && !surnames[string(r.text[i:i+2])] {
				continue
			}
			rest := string(r.text[i+n : min(s.End, i+n+8)])
			for _, a := range clauseAdverbs {
				if strings.HasPrefix(rest, a) {
					rest = rest[len(a):]
					break
				}
			}
			// "王某是电子科大1983级校友": a school's alumnus, named so.
			if reAlumnusIs.MatchString(string(r.text[i+n : min(s.End, i+n+24)])) {
				r.add(si, i, i+n, string(r.text[i:i+n]), store.KindTalent, "person-context", 0.7)
				break next
			}
			for _, v := range personVerbs {
				if strings.HasPrefix(rest, v) {
					r.add(si, i, i+n, string(r.text[i:i+n]), store.KindTalent, "person-context", 0.7)
					break next
				}
			}
		}
	}
}

// reAlumnusIs: a name is a school's alumnus, "是电子科大1983级校友", "是四川
// 大学2006届毕业生".
var reAlumnusIs = regexp.MustCompile(`^(是|系)[^,。;:、]{0,10}?(大学|学院|大|学校)[^,。;:、]{0,10}?(校友|毕业生)`)

// givenOne accepts a two-character given name that starts with 一 ("赵一鸣"),
// a common one, unless it is a word that follows names ("一行", "一同").
func givenOne(given []rune) bool {
	if len(given) != 2 {
		return false
	}
	switch given[0] {
	case '一':
		return !oneWords[string(given)]
	case '以', '发', '会', '先', '正':
		// 顾以宁, 覃以恒: a given name may start with a character that
		// is a preposition elsewhere, unless the two make a word.
		return !stopWords[string(given)]
	}
	return false
}

// stopWords are words that start with such a character: "李以前", "王发展".
var stopWords = wordSet(`正在 正是 正式 正当 正好 正常 正面 正向 正如 正值 正逢 正处 正着 以及 以来 以后 以前 以上 以下 以为 以便 以外 以内 以往 以期 以免 以至 以致 发展 发布 发现 发出 发挥 发起 发表 发言 会议 会同 会上 会见 会长 先后 先行 先进 先生`)

var oneWords = wordSet(`一行 一同 一起 一直 一道 一批 一些 一家 一个 一项 一位 一名 一次 一年 一线 一流 一是 一方 一体 一并 一致 一贯 一再 一度 一举 一定 一般 一切 一带 一系 一级 一期 一号 一等 一把`)

// listedPeople: "由吕某强、潘某、李某、张某等校友联合发起" — names listed
// before 等 and a word for people (校友, 专家) are people, though none has
// a title of its own. Each item must be a family name and one or two
// characters, and there must be two at least: "王某等" alone is too weak.
func (r *recognizer) listedPeople(si int, s Span) {
	for i := s.Start + 1; i < s.End; i++ {
		// "A、B、C等院士", "A、B、C三位院士": 等 or a count of people; or
		// the title the last name holds, "李某、彭某军、陈某滋院士".
		after := i + 1
		if t := r.titleAt(i, s.End); listTitles[t] && i > s.Start && han(r.text[i-1]) && r.text[i-1] != '等' {
			after = i
		} else if r.text[i] != '等' {
			// Most characters open no count: the pattern is only tried
			// on a numeral.
			if !strings.ContainsRune(countRunes, r.text[i]) {
				continue
			}
			loc := rePeopleCount.FindStringIndex(string(r.text[i:min(s.End, i+6)]))
			if loc == nil || i > s.Start && strings.ContainsRune(countRunes+"等", r.text[i-1]) {
				continue
			}
			after = i + utf8.RuneCountInString(string(r.text[i:min(s.End, i+6)])[:loc[1]])
		} else if loc := rePeopleCount.FindStringIndex(string(r.text[after:min(s.End, after+6)])); loc != nil {
			// "等十三位…院士": 等, then the count.
			after += utf8.RuneCountInString(string(r.text[after:min(s.End, after+6)])[:loc[1]])
		}
		group := ""
		if after == i {
			group = r.titleAt(i, s.End)
		}
		for _, w := range peopleGroups {
			if group != "" {
				break
			}
			if strings.HasPrefix(string(r.text[after:min(s.End, after+utf8.RuneCountInString(w))]), w) {
				group = w
				break
			}
		}
		// "等十三位中国科学院、中国工程院院士": a count of persons (位), and
		// their group after the bodies that name it.
		if group == "" && r.text[after-1] == '位' {
			rest := string(r.text[after:min(s.End, after+16)])
			for _, w := range peopleGroups {
				if k := strings.Index(rest, w); k >= 0 && !strings.ContainsAny(rest[:k], ",;。") {
					group = w
					break
				}
			}
		}
		if group == "" {
			continue
		}
		type item struct{ start, end int }
		var items []item
		end := i
		for {
			start := -1
			for _, n := range []int{3, 2, 4} {
				st := end - n
				if st < s.Start || !allHan(r.text[st:end]) || commonWords[string(r.text[st:st+2])] {
					continue
				}
				if !surnames[string(r.text[st])] && !(n >= 3 && surnames[string(r.text[st:st+2])]) {
					continue
				}
				// "黄某教授、茍某某教授等": a title after a name is no part of it.
				if n >= 3 && titlesAfterName[string(r.text[end-2:end])] {
					continue
				}
				before := string(r.text[max(s.Start, st-12):st])
				if st == s.Start || r.text[st-1] == '、' || r.text[st-1] == ',' || r.boundaryAt(s, st) > 0 || !han(r.text[st-1]) ||
					// "中国科学院李某、…": a body's name before the first.
					endsWithSuffix(before) || r.gazEnd(before) != "" {
					start = st
					break
				}
			}
			if start < 0 {
				break
			}
			items = append(items, item{start, end})
			if start == s.Start || r.text[start-1] != '、' {
				break
			}
			end = start - 1
		}
		if len(items) < 2 {
			continue
		}
		for _, it := range items {
			m := r.add(si, it.start, it.end, string(r.text[it.start:it.end]), store.KindTalent, "person-list", 0.65)
			m.Props = map[string]string{"title": group}
		}
	}
}

// countRunes are the characters a count of people opens with.
const countRunes = "两三四五六七八九十0123456789"

// rePeopleCount: a count of people after their names, "三位", "5名".
var rePeopleCount = regexp.MustCompile(`^([两三四五六七八九十]{1,3}|\d{1,3})(位|名)`)

// listTitles are the titles that a list of names shares after its last
// name.
var listTitles = wordSet(`院士 教授 研究员`)

// peopleGroups are the words after 等 that say the list before it names
// people.
var peopleGroups = []string{"校友", "专家", "教授", "院士", "企业家", "科学家", "嘉宾", "创始人"}

// nameRows reads a list laid out one person a line, the name and then the
// body they work at: "许唯临 四川大学" (the space may be gone after
// cleaning). The whole line must be the two, so prose never reads so.
func (r *recognizer) nameRows(si int, s Span) {
	if s.End-s.Start > 24 {
		return
	}
	line := r.text[s.Start:s.End]
	for n := 2; n <= 3 && n < len(line); n++ {
		if !surnames[string(line[:1])] && !surnames[string(line[:2])] || !allHan(line[:n]) {
			return
		}
		rest := strings.TrimSpace(string(line[n:]))
		if e, ok := r.gaz.Lookup(rest); ok && rowBodies[e.Kind] {
			r.add(si, s.Start, s.Start+n, string(line[:n]), store.KindTalent, "name-row", 0.7)
			return
		}
	}
}

// rowBodies are the kinds of body a list of people names beside them.
var rowBodies = kinds(store.KindUniversity, store.KindResearchInstitute, store.KindEnterprise, store.KindLab, store.KindGovernmentAgency)

// leadPeople: "省领导王某、范某、罗某,…参加", "院士多某、崔某、丁某以及…",
// "PI魏某、白某、邓某一行到访" — names listed right after the word for the
// group they belong to. Each name is a family name and one to two
// characters; three names at least, and the list ends the clause or hands
// over to 以及, 等, 一行 or 和.
func (r *recognizer) leadPeople(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reLeadGroup.FindAllStringIndex(str, -1) {
		at := s.Start + utf8.RuneCountInString(str[:loc[1]])
		type item struct{ start, end int }
		var items []item
		p := at
		for p < s.End {
			n := 0
			for _, l := range []int{3, 2} {
				if p+l > s.End || !allHan(r.text[p:p+l]) || !surnames[string(r.text[p])] {
					continue
				}
				if e := p + l; e == s.End || strings.ContainsRune("、,;。", r.text[e]) || reLeadPeopleEnd.MatchString(string(r.text[e:min(s.End, e+3)])) {
					n = l
					break
				}
			}
			if n == 0 {
				break
			}
			items = append(items, item{p, p + n})
			p += n
			if p >= s.End || r.text[p] != '、' {
				break
			}
			p++
		}
		if len(items) < 3 || p < s.End && r.text[p] == '、' {
			continue
		}
		for _, it := range items {
			r.add(si, it.start, it.end, string(r.text[it.start:it.end]), store.KindTalent, "person-list", 0.6)
		}
	}
}

var (
	// reLeadGroup: the words for a group of people a list of names follows.
	reLeadGroup = regexp.MustCompile(`(省领导|市领导|区领导|县领导|校领导|院士|专家|嘉宾|PI)`)
	// reLeadPeopleEnd: the words that end such a list after a name.
	reLeadPeopleEnd = regexp.MustCompile(`^(以及|等|一行|和|出席|参加)`)
)

// reDoctrine: the words after a leader's name that make it the name of a
// doctrine ("习近平新时代中国特色社会主义思想").
var reDoctrine = regexp.MustCompile(`^(新时代中国特色社会主义思想|新时代|生态文明思想|经济思想|法治思想|外交思想|强军思想|文化思想)`)

// dropDoctrines leaves out a person named only as the name of a doctrine:
// a reader counts no person there (none of the six annotated pages that
// name one so does).
func dropDoctrines(ms []Mention, text []rune) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return m.Kind == store.KindTalent && reDoctrine.MatchString(string(text[m.End:min(len(text), m.End+14)]))
	})
}
