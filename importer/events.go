package importer

// Events: meetings, ceremonies and contests named by their heads, by the
// clause that holds them or by the quote that opens them.

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"innograph/store"
)

// eventWords are common words that end in an event head: 章节 and 赛季
// are no events.
// townWords end in 镇 without naming a town.
var townWords = wordSet(`特色小镇 小城镇 重点镇 中心镇 示范镇 百强镇 乡镇 城镇 村镇 坐镇 冰镇 重镇 古镇`)

var eventWords = wordSet(`章节 环节 调节 季节 细节 情节 关节 时节 礼节 春节 佳节 过节 竞赛 比赛 决赛 复赛 初赛 参赛 每周 一周 上周 本周 下周 当周 四季 旺季 淡季 雨季 周周`)

var reOrdinal = regexp.MustCompile(`^第?[\d一二三四五六七八九十百零〇]+$`)

// singleEvent are one-character heads of recurring events: "…转化周",
// "蓉漂人才荟", "…路演季", "…创新节", "…挑战赛".
var singleEvent = wordSet(`周 荟 节 季 赛`)

// eventEnds reports whether a one-character event head at e-1 ends a
// word: the next character is punctuation, the end, or a word that
// follows names (等, 在, 期间…), so "周边", "节约" or "季度" are passed over.
func (r *recognizer) eventEnds(s Span, e int) bool {
	if e >= s.End {
		return true
	}
	c := r.text[e]
	if hardStop(c) || !han(c) {
		return true
	}
	return strings.ContainsRune("等在于和与及是将已上暨开举落的", c) || string(r.text[e:min(s.End, e+2)]) == "期间"
}

// plainEventStems say how an event was held, not which it was.
var plainEventStems = wordSet(`战略合作 合作协议 集中 现场 项目 项目集中 重大项目 集体 统一 线上 线下 本次 此次 这次 首次 现场集中 工作 专题 座谈 交流 经验 业务 学术 技术 合作 专场 视频 网络视频 线上视频 视频招商 网络 电话`)

var reEventLead = regexp.MustCompile(`^((19|20)\d{2}年?|中国\(|第[\d一二三四五六七八九十百]+届)`)

// Party congresses and plenums, which policy texts cite by number.
var reCongress = regexp.MustCompile(`(党的)?([一二三四五六七八九十]{2,3})(大|届[一二三四五六七八九]中全会)|([一二三四五六七八九])中全会`)

func (r *recognizer) congresses(si int, s Span) {
	for _, m := range runeMatches(r.text, s, reCongress) {
		start, end := m[0], m[1]
		surface := string(r.text[start:end])
		name := surface
		if !strings.HasPrefix(name, "党的") && m[4] >= 0 {
			name = "党的" + name
		}
		r.add(si, start, end, name, store.KindEvent, "congress", 0.8)
	}
}

// eventHeads end the names of events that a clause holds whole.
var eventHeads = sortByLen(strings.Fields(`大会 论坛 峰会 仪式 推介会 对接会 发布会 博览会 交易会 研讨会 座谈会 交流会 年会 启动会 开幕式 签约活动 对接活动 推进活动 大赛`))

var (
	// reEventHeld: what follows an event named as a clause's subject.
	reEventHeld = regexp.MustCompile(`^(在|于)[^,。;:]{0,30}(举行|召开|举办|开幕|启动|落幕|隆重举行|成功举办|成功举行)`)
	// reEventHost: what precedes an event named after the verb that held it.
	reEventHost = regexp.MustCompile(`(举行的|召开的|举办的|开幕的|主办的|承办的|参加|出席)$`)
	// reEventVerb: a verb of holding right before an event's name.
	reEventVerb = regexp.MustCompile(`(举行|召开|举办)了?$`)
	// reOpening: a second event after 暨 that opens a named body.
	reOpening = regexp.MustCompile(`暨[^暨]{4,}` + openingCeremony + `$`)
)

// reNumberedMeeting: a body's numbered meeting after its name,
// "中央财经委员会第六次会议", "…工作领导小组第一次会议".
var reNumberedMeeting = regexp.MustCompile(`(委员会|领导小组)第[一二三四五六七八九十百]+次(全体)?会议`)

// numberedMeetings names a body's numbered meeting by the body's name and
// the meeting's number.
func (r *recognizer) numberedMeetings(si int, s Span) {
	str := string(r.text[s.Start:s.End])
	for _, loc := range reNumberedMeeting.FindAllStringSubmatchIndex(str, -1) {
		p := s.Start + utf8.RuneCountInString(str[:loc[2]])
		e := s.Start + utf8.RuneCountInString(str[:loc[3]])
		end := s.Start + utf8.RuneCountInString(str[:loc[1]])
		j := r.leftBound(s, p, e)
		// "中央财经委员会": the centre's bodies have plain words after 中央,
		// which the left edge of other names would stop at.
		for c := p - 2; c >= max(s.Start, p-14) && !hardStop(r.text[c]); c-- {
			if string(r.text[c:c+2]) == "中央" {
				j = c
				break
			}
		}
		if j < 0 || distinctLen(string(r.text[j:p])) < 2 {
			continue
		}
		r.add(si, j, end, string(r.text[j:end]), store.KindEvent, "numbered-meeting", 0.85)
	}
}

// reShortThenAt: a declared short name between an event and 上.
var reShortThenAt = regexp.MustCompile(`^\((简称|以下简称)[^()]{1,12}\)上`)

// quotedInName returns where a short quoted phrase that ends right before
// j opens, when a name's words go on after it and came before it too:
// "2022年“成都银行杯”四川省…"; -1 when none does. What is quoted holds no
// sentence's punctuation.
func (r *recognizer) quotedInName(s Span, j int) int {
	if j-1 <= s.Start || r.text[j-1] != '”' || j >= s.End || !nameRune(r.text[j]) {
		return -1
	}
	for k := j - 2; k >= s.Start && j-k <= 18; k-- {
		switch r.text[k] {
		case '“':
			// A slogan that opens the clause is no part of the name
			// ("“从新出发”四川大学…启动仪式"), nor is a declared short name
			// ("(以下简称“研究院”)").
			if j-k < 4 || k == s.Start || !nameRune(r.text[k-1]) || strings.HasSuffix(string(r.text[max(s.Start, k-2):k]), "简称") {
				return -1
			}
			return k
		case ',', '。', ';', ':', '!', '?', '”':
			return -1
		}
	}
	return -1
}

// lastIndexRune is strings.LastIndexRune for a slice of runes.
func lastIndexRune(rs []rune, c rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == c {
			return i
		}
	}
	return -1
}

// openingCeremony: the ceremony that opens a body, which an event joins
// with 暨 ("A大会暨X科技园开园仪式"); the body is named apart, the event is A.
const openingCeremony = `(揭牌|开园|开业|启用|落成|投运)仪式`

// eventHeadAt returns the event head word that ends at e and starts at lo
// or after, or "".
func (r *recognizer) eventHeadAt(lo, e int) string {
	for _, h := range eventHeads {
		if l := utf8.RuneCountInString(h); e-l >= lo && string(r.text[e-l:e]) == h {
			return h
		}
	}
	return ""
}

// eventClauses names an event by the whole clause that holds it when the
// clause says it was held: "8月21日,深化创新合作暨未来科技城科教项目签约仪式在
// 成都高新区举行", "在当日举行的电子信息发展论坛暨…成立大会上". Event names
// open with verbs (深化, 推进, 高质量建设) and join two events with 暨, which
// the suffix rules read as the end of a name or as another name's head.
func (r *recognizer) eventClauses(si int, s Span) {
	for e := s.Start + 2; e <= s.End; e++ {
		head := r.eventHeadAt(s.Start, e)
		if head == "" || e < s.End && nameRune(r.text[e]) && !strings.ContainsRune("在于上”", r.text[e]) &&
			!reShortThenAt.MatchString(string(r.text[e:min(s.End, e+20)])) {
			continue
		}
		// “高质量建设…集中签约活动”在温江举行: a quoted event.
		quoted := e < s.End && r.text[e] == '”'
		after := string(r.text[e:min(s.End, e+36)])
		if quoted {
			after = string(r.text[e+1 : min(s.End, e+37)])
		}
		j := e - utf8.RuneCountInString(head)
		// "在第二届…论坛上": the event is where something happened, its
		// declared short name between ("…大会(简称发展大会)上").
		at := strings.HasPrefix(after, "上") || reShortThenAt.MatchString(after)
		// "A、B产业链项目集中签约暨…推进活动": an event's name may list
		// fields; a list of events or bodies ("A论坛、B大会", "A实验室、B
		// 实验室揭牌仪式") is left to each name.
		quoteAt, afterQuote := -1, -1
		for j > s.Start && e-j < 48 {
			// "2022年“成都银行杯”四川省…大赛": a brand or a slogan in quotes
			// inside the name; the name must go on before it too.
			if k := r.quotedInName(s, j); k >= 0 && !quoted {
				quoteAt, afterQuote, j = k, j, k
				continue
			}
			if !((!hardStop(r.text[j-1]) || r.text[j-1] == '、' && r.eventHeadAt(s.Start, j-1) == "" &&
				!endsWithSuffix(string(r.text[max(s.Start, j-13):j-1]))) && r.text[j-1] != '“' && r.text[j-1] != '的' &&
				(nameRune(r.text[j-1]) || r.text[j-1] == '、')) {
				break
			}
			if w := string(r.text[max(s.Start, j-4):j]); reEventHost.MatchString(w) || reEventVerb.MatchString(w) || at && r.text[j-1] == '在' {
				break
			}
			j--
		}
		if j == quoteAt {
			j = afterQuote
		}
		// “‘共筑新格局’成都市…签约仪式”: a slogan in single quotes opens
		// the quoted title; the name follows it.
		if quoted && j > s.Start+1 && r.text[j-1] == '’' {
			if k := lastIndexRune(r.text[s.Start:j-1], '‘'); k > 0 && r.text[s.Start+k-1] == '“' {
				quoted = false
				after = string(r.text[e+1 : min(s.End, e+37)])
			}
		}
		if quoted && (j == s.Start || r.text[j-1] != '“') {
			continue
		}
		// "人工智能、低空经济等产业对接会" names a kind of meeting by fields.
		if name := string(r.text[j:e]); strings.Contains(name, "、") && strings.Contains(name, "等") {
			continue
		}
		k := j
		if quoted {
			k = j - 1
		}
		before := string(r.text[max(s.Start, k-4):k])
		// "以“…”为主题的X座谈会在…召开": the theme clause opens the name.
		lead := reEventHost.MatchString(before) || strings.HasSuffix(before, "为主题的")
		// "成都彭州举行特色产业园中园发布仪式。": the verb before, the
		// clause's end after.
		// A list there ("举办A大会和B论坛") is left to the names' own heads.
		heldBefore := reEventVerb.MatchString(before) && (e == s.End || strings.ContainsRune(",。;", r.text[e])) &&
			!strings.ContainsAny(string(r.text[j:e]), "和与及、")
		if !(reEventHeld.MatchString(after) && (k == s.Start || hardStop(r.text[k-1]) || lead || quoted) || (lead || strings.HasSuffix(before, "在")) && at || heldBefore) {
			continue
		}
		// "A大会暨X科技园开园仪式": the ceremony opens a body named apart;
		// the event is A.
		end, joined := e, false
		if found := runeMatches(r.text, Span{Start: j, End: e}, reOpening); len(found) > 0 && head == "仪式" {
			end = found[0][0]
			if head = r.eventHeadAt(j, end); head == "" {
				continue
			}
			joined = true
		}
		// The clause's leading time is no part of the name.
		for _, t := range []string{"当天", "当日", "近日", "日前", "今天", "昨天", "昨日", "本次", "此次", "本届", "随后"} {
			if strings.HasPrefix(string(r.text[j:e]), t) {
				j += utf8.RuneCountInString(t)
			}
		}
		// ")合作协议签署仪式": what opens the name was closed before it.
		if r.text[j] == ')' || r.text[j] == '”' {
			continue
		}
		if end-j-utf8.RuneCountInString(head) < 4 || strings.ContainsRune(string(r.text[j:end]), '在') ||
			distinctLen(meetingWords.Replace(string(r.text[j:end-utf8.RuneCountInString(head)]))) < 2 && !(joined && end-j >= 8) { // "重点项目集中签约仪式" names no event
			continue
		}
		r.add(si, j, end, string(r.text[j:end]), store.KindEvent, "event-clause", 0.7)
	}
}
