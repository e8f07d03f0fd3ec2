package importer

import (
	"slices"
	"sort"
	"strings"

	"innograph/store"
)

// The word lists the recognition rules use. They describe the genre (how
// Chinese news and policy texts name bodies), not any one document: name
// suffixes per kind, the words that precede a name, generic words that do
// not make a name on their own, titles of people, and a small gazetteer of
// places and well-known bodies with their standard short names.

// suffixRule gives the kind of a name by how it ends. Weak suffixes make a
// name only with a distinctive stem (a place, a brand, a quoted name).
type suffixRule struct {
	Suffix string
	Kind   store.Kind
	Weak   bool
}

var suffixRules = sortSuffixes([]suffixRule{
	// laboratories
	{"国家重点实验室", store.KindLab, false}, {"重点实验室", store.KindLab, false}, {"工程实验室", store.KindLab, false},
	{"联合实验室", store.KindLab, false}, {"实验室", store.KindLab, false}, {"重点开放实验室", store.KindLab, false},
	// pilot platforms
	{"中试平台", store.KindPilotPlatform, false}, {"中试基地", store.KindPilotPlatform, false},
	{"中试中心", store.KindPilotPlatform, false}, {"中试熟化平台", store.KindPilotPlatform, false},
	{"中试服务平台", store.KindPilotPlatform, false}, {"中试验证平台", store.KindPilotPlatform, false},
	// universities
	{"大学", store.KindUniversity, false}, {"学院", store.KindUniversity, false}, {"职业技术学院", store.KindUniversity, false},
	{"高等专科学校", store.KindUniversity, false}, {"研究生院", store.KindUniversity, false},
	// institutes
	{"科学院", store.KindResearchInstitute, false}, {"研究院", store.KindResearchInstitute, false},
	{"研究所", store.KindResearchInstitute, false}, {"研究中心", store.KindResearchInstitute, false},
	{"设计院", store.KindResearchInstitute, false}, {"研究室", store.KindResearchInstitute, false},
	{"分院", store.KindResearchInstitute, false}, {"工程研究中心", store.KindResearchInstitute, false},
	// hospitals, research bodies in the genre's gold (华西医院)
	{"医院", store.KindResearchInstitute, false},
	{"新型研发机构", store.KindResearchInstitute, true}, {"研发中心", store.KindResearchInstitute, true},
	{"工程技术中心", store.KindResearchInstitute, true}, {"工程中心", store.KindResearchInstitute, true}, {"研发运营中心", store.KindResearchInstitute, true},
	// "联合" opens a clause as a verb ("联合成都中医药大学建设"), so the heads
	// it starts are suffixes of their own.
	{"联合研究中心", store.KindResearchInstitute, false}, {"联合研发中心", store.KindResearchInstitute, true},
	{"联合创新中心", store.KindPlatform, true},
	// alumni associations
	{"校友会", store.KindPlatform, false}, {"校友总会", store.KindPlatform, false}, {"联谊会", store.KindPlatform, true},
	// associations and alliances of firms and bodies
	{"联盟", store.KindPlatform, true}, {"联合会", store.KindPlatform, true}, {"协会", store.KindPlatform, true},
	{"产业联盟", store.KindPlatform, false}, {"创新联盟", store.KindPlatform, false},
	{"学会", store.KindPlatform, true}, {"专委会", store.KindPlatform, true}, {"专业委员会", store.KindPlatform, true},
	{"促进会", store.KindPlatform, true}, {"商会", store.KindPlatform, true}, {"研究会", store.KindPlatform, true}, {"同学会", store.KindPlatform, true},
	// think tanks
	{"智库", store.KindResearchInstitute, true},
	// platforms and facilities
	{"平台", store.KindPlatform, true}, {"医学中心", store.KindResearchInstitute, true}, {"医学救援中心", store.KindResearchInstitute, true}, {"前沿医学中心", store.KindRegion, false}, {"创新中心", store.KindPlatform, true}, {"技术创新中心", store.KindResearchInstitute, true}, {"协同创新中心", store.KindResearchInstitute, true},
	{"产业创新中心", store.KindResearchInstitute, true}, {"制造业创新中心", store.KindResearchInstitute, true}, {"交易中心", store.KindPlatform, false},
	{"数据中心", store.KindPlatform, true}, {"超算中心", store.KindPlatform, false}, {"计算中心", store.KindPlatform, true},
	{"技术中心", store.KindResearchInstitute, true}, {"转移中心", store.KindPlatform, true}, {"保护中心", store.KindPlatform, true},
	{"孵化器", store.KindPlatform, true}, {"加速器", store.KindPlatform, true}, {"众创空间", store.KindPlatform, true},
	{"基地", store.KindPlatform, true}, {"中心", store.KindPlatform, true}, {"展厅", store.KindPlatform, true},
	// an industry's base is a zone firms settle in (the annotated pages:
	// 11 of 12 such bases are regions)
	{"产业基地", store.KindRegion, true}, {"中试产业基地", store.KindPilotPlatform, false},
	{"展览馆", store.KindPlatform, true}, {"科技馆", store.KindPlatform, true}, {"装置", store.KindPlatform, true},
	{"设施", store.KindPlatform, true}, {"观测站", store.KindPlatform, true}, {"服务站", store.KindPlatform, true},
	{"工作站", store.KindPlatform, true}, {"训练场", store.KindPlatform, true}, {"交易所", store.KindPlatform, false},
	{"综合体", store.KindPlatform, true}, {"光源", store.KindPlatform, true}, {"交易市场", store.KindPlatform, true},
	{"铁路港", store.KindPlatform, false}, {"国际空港", store.KindPlatform, false}, {"国际机场", store.KindPlatform, false},
	{"机场", store.KindPlatform, true},
	{"示范工程", store.KindPlatform, true},
	{"联合体", store.KindPlatform, true}, {"创新联合体", store.KindPlatform, true}, {"产教联合体", store.KindPlatform, true}, {"产教融合共同体", store.KindPlatform, true},
	// enterprises
	{"股份有限公司", store.KindEnterprise, false}, {"有限责任公司", store.KindEnterprise, false},
	{"有限公司", store.KindEnterprise, false}, {"公司", store.KindEnterprise, true}, {"集团", store.KindEnterprise, true},
	{"银行", store.KindEnterprise, true}, {"控股", store.KindEnterprise, true}, {"金控", store.KindEnterprise, false},
	{"分行", store.KindEnterprise, true},
	// brands of drug makers and investors: "科伦药业", "梅花创投", "君联资本"
	{"药业", store.KindEnterprise, true}, {"创投", store.KindEnterprise, true}, {"资本", store.KindEnterprise, true},
	// funds
	{"基金", store.KindFund, true}, {"母基金", store.KindFund, true}, {"资金池", store.KindFund, true},
	// regions
	{"新区", store.KindRegion, false}, {"高新区", store.KindRegion, false}, {"开发区", store.KindRegion, true},
	{"经开区", store.KindRegion, false}, {"自贸区", store.KindRegion, true}, {"园区", store.KindRegion, true},
	{"产业园", store.KindRegion, true}, {"科技园", store.KindRegion, true}, {"工业园", store.KindRegion, true},
	{"软件园", store.KindRegion, true}, {"创新园", store.KindRegion, true}, {"合作园", store.KindRegion, true}, {"科创园", store.KindRegion, true}, {"创业园", store.KindPlatform, true}, {"创新创业园", store.KindRegion, true},
	{"示范园", store.KindRegion, true}, {"科学城", store.KindRegion, false}, {"科技城", store.KindRegion, false},
	{"医学城", store.KindRegion, false}, {"产业城", store.KindRegion, true}, {"生物城", store.KindRegion, false},
	{"大学科技园", store.KindPlatform, false}, {"知识城", store.KindRegion, false}, {"智慧城", store.KindRegion, true},
	{"新城", store.KindRegion, true}, {"片区", store.KindRegion, true}, {"新片区", store.KindRegion, false},
	{"功能区", store.KindRegion, true}, {"示范区", store.KindRegion, true}, {"试验区", store.KindRegion, true},
	{"先导区", store.KindRegion, true}, {"集聚区", store.KindRegion, true}, {"创新区", store.KindRegion, true},
	{"活力区", store.KindRegion, true}, {"经济圈", store.KindRegion, true}, {"都市圈", store.KindRegion, true},
	{"生态岛", store.KindRegion, true}, {"产业社区", store.KindRegion, true}, {"创新港", store.KindRegion, true},
	// "成渝(兴隆湖)综合性科学中心", "鹿溪智谷科学中心" are areas a city builds
	// for science (9 of 14 annotated); the national centre is the programme
	// of facilities the state sets there (成渝综合性国家科学中心), and a
	// frontier centre a ministry names is a university's institute.
	{"科学中心", store.KindRegion, true}, {"国家科学中心", store.KindPlatform, true}, {"前沿科学中心", store.KindResearchInstitute, true},
	{"中心库", store.KindPlatform, true}, {"证券交易所", store.KindEnterprise, false},
	{"智谷", store.KindRegion, true}, {"转化区", store.KindRegion, true}, {"影视城", store.KindRegion, true}, {"工业港", store.KindRegion, true},
	{"金融城", store.KindRegion, true}, {"文创园", store.KindRegion, true}, {"艺术区", store.KindRegion, true}, {"国际城", store.KindRegion, true}, {"信息港", store.KindRegion, true}, {"科创区", store.KindRegion, true}, {"活力轴", store.KindRegion, true},
	{"经济区", store.KindRegion, true}, {"综合保税区", store.KindRegion, false}, {"保税区", store.KindRegion, true}, {"生态园", store.KindRegion, true}, {"走廊", store.KindRegion, true}, {"街道", store.KindRegion, true}, {"镇", store.KindRegion, true},
	{"产业带", store.KindRegion, true}, {"经济带", store.KindRegion, true}, {"商务区", store.KindRegion, true},
	// Parks named for their trade and 谷 (valley): the place before names
	// one well enough (成都芯谷, 天府数谷, 中国牙谷).
	{"芯谷", store.KindRegion, false}, {"数谷", store.KindRegion, false}, {"医谷", store.KindRegion, false},
	{"药谷", store.KindRegion, false}, {"牙谷", store.KindRegion, false}, {"光谷", store.KindRegion, false},
	{"云谷", store.KindRegion, false}, {"健康谷", store.KindRegion, true}, {"疫苗谷", store.KindRegion, true},
	{"科创园区", store.KindRegion, true},
	// agencies
	{"人民政府", store.KindGovernmentAgency, false}, {"管委会", store.KindGovernmentAgency, false},
	{"管理委员会", store.KindGovernmentAgency, false}, {"委员会", store.KindGovernmentAgency, true},
	{"办公厅", store.KindGovernmentAgency, false}, {"发展改革委", store.KindGovernmentAgency, false},
	{"发改委", store.KindGovernmentAgency, false}, {"经信委", store.KindGovernmentAgency, false},
	{"组织部", store.KindGovernmentAgency, false}, {"教育工委", store.KindGovernmentAgency, false},
	{"人才办", store.KindGovernmentAgency, false}, {"外宣办", store.KindGovernmentAgency, false},
	{"总工会", store.KindGovernmentAgency, false}, {"司法厅", store.KindGovernmentAgency, false},
	{"建设指挥部", store.KindGovernmentAgency, false}, {"指挥部", store.KindGovernmentAgency, true},
	{"人民法院", store.KindGovernmentAgency, false}, {"人民检察院", store.KindGovernmentAgency, false},
	{"法院", store.KindGovernmentAgency, true}, {"检察院", store.KindGovernmentAgency, true},
	{"新闻办公室", store.KindGovernmentAgency, false}, {"管理办公室", store.KindGovernmentAgency, true}, {"新闻办", store.KindGovernmentAgency, false},
	{"投促委", store.KindGovernmentAgency, false}, {"宣传部", store.KindGovernmentAgency, false},
	{"统战部", store.KindGovernmentAgency, false}, {"科技局", store.KindGovernmentAgency, false},
	{"经信局", store.KindGovernmentAgency, false}, {"发改局", store.KindGovernmentAgency, false},
	{"商务局", store.KindGovernmentAgency, false}, {"财政局", store.KindGovernmentAgency, false},
	{"教育局", store.KindGovernmentAgency, false}, {"人社局", store.KindGovernmentAgency, false},
	{"市场监管局", store.KindGovernmentAgency, false}, {"投促局", store.KindGovernmentAgency, false},
	{"新经济委", store.KindGovernmentAgency, false}, {"国资委", store.KindGovernmentAgency, false}, {"专项资金", store.KindFund, true},
	{"党工委", store.KindGovernmentAgency, false}, {"住建局", store.KindGovernmentAgency, false},
	{"卫健委", store.KindGovernmentAgency, false}, {"街道办事处", store.KindGovernmentAgency, false},
	{"科技厅", store.KindGovernmentAgency, false}, {"教育厅", store.KindGovernmentAgency, false},
	{"经济和信息化厅", store.KindGovernmentAgency, false}, {"经信厅", store.KindGovernmentAgency, false}, {"财政厅", store.KindGovernmentAgency, false},
	// A province's departments by their remits: 厅 alone is also a hall.
	{"商务厅", store.KindGovernmentAgency, false}, {"农业农村厅", store.KindGovernmentAgency, false}, {"民政厅", store.KindGovernmentAgency, false},
	{"人力资源和社会保障厅", store.KindGovernmentAgency, false}, {"人社厅", store.KindGovernmentAgency, false},
	{"自然资源厅", store.KindGovernmentAgency, false}, {"生态环境厅", store.KindGovernmentAgency, false},
	{"住房和城乡建设厅", store.KindGovernmentAgency, false}, {"住建厅", store.KindGovernmentAgency, false},
	{"交通运输厅", store.KindGovernmentAgency, false}, {"水利厅", store.KindGovernmentAgency, false},
	{"文化和旅游厅", store.KindGovernmentAgency, false}, {"文旅厅", store.KindGovernmentAgency, false},
	{"应急管理厅", store.KindGovernmentAgency, false}, {"审计厅", store.KindGovernmentAgency, false},
	{"公安厅", store.KindGovernmentAgency, false}, {"退役军人事务厅", store.KindGovernmentAgency, false},
	{"科学技术厅", store.KindGovernmentAgency, false},
	{"生产力促进中心", store.KindPlatform, false}, {"服务促进中心", store.KindPlatform, false}, {"促进中心", store.KindGovernmentAgency, true}, {"疾控中心", store.KindGovernmentAgency, false}, {"政策研究室", store.KindGovernmentAgency, false},
	// 服务中心 are platforms (12 of the 14 annotated), the public ones
	// agencyCentre names aside.
	{"服务中心", store.KindPlatform, true},
	// offices and working groups of a government or a committee
	{"领导小组办公室", store.KindGovernmentAgency, false}, {"领导小组", store.KindGovernmentAgency, true},
	{"办事处", store.KindGovernmentAgency, true},
	// a foreign state's missions
	{"总领事馆", store.KindGovernmentAgency, false}, {"领事馆", store.KindGovernmentAgency, false}, {"大使馆", store.KindGovernmentAgency, false},
	{"统计局", store.KindGovernmentAgency, false}, {"税务局", store.KindGovernmentAgency, false},
	{"公安局", store.KindGovernmentAgency, false}, {"住建局", store.KindGovernmentAgency, false},
	{"交通运输局", store.KindGovernmentAgency, false}, {"农业农村局", store.KindGovernmentAgency, false},
	{"生态环境局", store.KindGovernmentAgency, false}, {"自然资源局", store.KindGovernmentAgency, false},
	{"文广旅局", store.KindGovernmentAgency, false}, {"文旅局", store.KindGovernmentAgency, false},
	{"卫健局", store.KindGovernmentAgency, false}, {"卫生健康委", store.KindGovernmentAgency, false},
	{"应急管理局", store.KindGovernmentAgency, false}, {"民政局", store.KindGovernmentAgency, false},
	{"司法局", store.KindGovernmentAgency, false}, {"审计局", store.KindGovernmentAgency, false},
	{"医保局", store.KindGovernmentAgency, false}, {"数据局", store.KindGovernmentAgency, false},
	{"知识产权局", store.KindGovernmentAgency, false}, {"金融工作局", store.KindGovernmentAgency, false},
	{"金融管理局", store.KindGovernmentAgency, false}, {"金融监管局", store.KindGovernmentAgency, false},
	{"科学技术局", store.KindGovernmentAgency, false}, {"经济和信息化局", store.KindGovernmentAgency, false},
	{"信息化局", store.KindGovernmentAgency, false}, {"和信息化局", store.KindGovernmentAgency, false}, {"经科信局", store.KindGovernmentAgency, false},
	{"发展和改革局", store.KindGovernmentAgency, false}, {"投资促进局", store.KindGovernmentAgency, false},
	{"人力资源和社会保障局", store.KindGovernmentAgency, false}, {"网信办", store.KindGovernmentAgency, false},
	{"人大常委会", store.KindGovernmentAgency, false}, {"政协", store.KindGovernmentAgency, false},
	{"科学技术协会", store.KindGovernmentAgency, false}, {"科协", store.KindGovernmentAgency, false},
	{"归国华侨联合会", store.KindGovernmentAgency, false}, {"侨联", store.KindGovernmentAgency, false},
	// Any bureau of a named place ("绵阳市经济合作局", "成都高新区生物产业局"):
	// bureaus are many and named by their remit, so the place, not the word,
	// makes the name; "格局" and "布局" have none.
	{"局", store.KindGovernmentAgency, true},
	// programmes
	{"行动计划", store.KindProgram, true}, {"计划", store.KindProgram, true}, {"行动", store.KindProgram, true},
	{"人才计划", store.KindProgram, true}, {"券", store.KindProgram, true},
	{"枢纽节点", store.KindPlatform, true}, {"枢纽", store.KindPlatform, true}, {"重大专项", store.KindProgram, true},
	// events
	{"大会", store.KindEvent, true}, {"党代会", store.KindEvent, true}, {"会议", store.KindEvent, true}, {"论坛", store.KindEvent, true},
	{"峰会", store.KindEvent, true}, {"两会", store.KindEvent, false}, {"博览会", store.KindEvent, true}, {"交易会", store.KindEvent, true},
	// "西博会", "软洽会": fairs by their short names ("交会" is a verb too).
	{"博会", store.KindEvent, true}, {"洽会", store.KindEvent, true},
	{"交流会", store.KindEvent, true}, {"思享会", store.KindEvent, true}, {"分享会", store.KindEvent, true},
	{"恳谈会", store.KindEvent, true}, {"洽谈会", store.KindEvent, true}, {"推进会", store.KindEvent, true},
	{"现场会", store.KindEvent, true}, {"招商会", store.KindEvent, true}, {"年会", store.KindEvent, true},
	{"发布会", store.KindEvent, true}, {"座谈会", store.KindEvent, true}, {"研讨会", store.KindEvent, true},
	{"推介会", store.KindEvent, true}, {"对接会", store.KindEvent, true}, {"大赛", store.KindEvent, true},
	{"签约仪式", store.KindEvent, true}, {"活动周", store.KindEvent, true}, {"创交会", store.KindEvent, false},
	{"周", store.KindEvent, true}, {"荟", store.KindEvent, true}, {"节", store.KindEvent, true},
	{"季", store.KindEvent, true}, {"赛", store.KindEvent, true}, {"嘉年华", store.KindEvent, true},
	{"马拉松", store.KindEvent, true}, {"开放日", store.KindEvent, true}, {"沙龙", store.KindEvent, true},
	// policies named without 《》 in news: "成都高新区校友经济十条措施"
	{"条措施", store.KindPolicy, true}, {"若干措施", store.KindPolicy, true},
})

func sortSuffixes(rs []suffixRule) []suffixRule {
	sort.SliceStable(rs, func(i, j int) bool { return len([]rune(rs[i].Suffix)) > len([]rune(rs[j].Suffix)) })
	return rs
}

// Suffixes that are region names of one character: 省, 市, 区, 县. They make
// a region only after a known place stem, as "全市" or "城区" are no names.
var regionSingle = "省市区县州镇乡"

// boundaryWords end a name on its left: verbs, prepositions and
// conjunctions that introduce a body in this genre. A name never starts
// with one of them.
var boundaryWords = wordSet(`代表 叫 跟 取得 获得 位列 拜访 制造商 供应商 则有 给予 现身 唯一 探访 特邀 学校 位於 由於 对於 关於 属於 处於 基於 出席 成员 会员单位 涌现出 培育出 孵化出 名叫 叫做 500强 挂 专注 丰富 领办 区域内 余家 采用 采取 过去 肯定 希望 感谢 受邀 应邀 分别 撤销 建起 现阶段 他 她 本年 股东 看好 同样 确认 认定为 甚至 齐聚 成功 顺利 主持 与 和 及 以及 但 而 却 又 即 仍 亦 便 虽 若 也有 还有 既有 已有 没有 拥有 具有 共有 现有 另有 借鉴 创立 辞去 选址 挂牌 揭牌 锚定 这位 那位 变身 我们 他们 一些 不少 许多 众多 大批 导入 出自 初创企业 国企 央企 民企 外企 前往 走进 来到 参观 考察 调研 入选 荣获 获评 塑造 在 于 由 向 对 为 将 把 被 让 从 到 是 的 了 着 并 等 其 该 这 每 依托 依靠 联合 携手 牵头 推动 推进 支持 鼓励 引导 加快 加强 建设 建立 建成 建好
组建 共建 新建 筹建 打造 设立 成立 创建 争创 培育 引进 引入 落户 入驻 签约 成为 获批 认定 授予 发布 举办 举行 召开 启动 实施 开展 参加 参与 聚焦 围绕 面向 服务于 包括
涵盖 位于 来自 作为 担任 毕业于 就职于 首发 发起 主办 承办 协办 指导 积极 全力 大力 加大 提升 完善 优化 用好 建强 做强 争取 谋划 布局 拓展 深化 探索 促进 带动 助力 赋能
设在 包含 其中 其它 其他 受 离 距 负责人 有关负责人 相关负责人 同时 此外 目前 近日 日前 今年 去年 当天 会上 据悉 表示 介绍 通过 以 所属 下属 旗下 优化提升 建好用好 发挥 发挥好 签署 签订 达成 联手 协同 共同 统筹 推出
吸引 集聚 汇聚 落地 入选 荣获 修订 会议上 大会上 登录 提请 听取 了解 推荐 设置 品牌项目 获得 获评 评为 称为 简称 即为 以下简称 包揽 实现 完成 向着 面对 针对 对标 瞄准 依据 根据 按照 结合 利用 借助 凭借 经过 关于 印发 认真 深入
全面 持续 不断 进一步 一批 一个 若干 多个 首个 首家 全国首个 国内首个 全球首个 纳入 加入 接入 进入 走进 覆盖 支撑 保障 带领 率领 邀请 组织 召集 陪同 会同 走访 调研 考察
视察 访问 接待 会见 会晤 贯彻 落实 学习 深入贯彻 左右 以上 以下 或 筑牢 赋予 更多 夯实 突破 实行 健全 构建 形成 申报 承担 创办 搭建 组织开展 定期 每年 力争 确保 加速
着力 经 内 给 专栏 聚集 引育 次年 同年 当年 随后 此后 如今 近年来 后来 推行 高质量举办 附件 改革 原则 现任 出任 曾任 兼任 孵化 孵化出 培育出 供应 提供 已 还 也 双方 已服务 累计服务 先后服务
配合 做好 抓好 助推 加上 再加上 例如 比如 诸如 譬如 如 登上 开设 拟 整合 增强 就是 已有 迎来 来到 前往 进驻 加盟 牵手 投用 竣工 开园 亮相 参观 属于 地处 坐落 毗邻 紧邻 达产 量产 登陆 开通 开启 开创 迈入 步入 跻身 晋升 荣登 获颁 颁发 命名 入围 上榜 组成 已是 也是 正是 都是 还是 板块 举措 抓手 载体 之一 一员 标志着 标志 意味著 当选 至 坐拥 增资 联动 采访 更是 借力 迎接 区内有 来访 到访 拜访 参访 率队 带队 赴 急需 紧缺 对接 供图 图片来源 摄影 单位 成员单位 招商 引育 解决 前身 巨头 龙头 听说 会后 会前 会间 会中 期间 最后 最终 今后 近期 当前 届时 随即 此次 本次 近年 下一步 截至 截至目前 据了解 据介绍
使用 委托 遍布 建有 设有 下游客户 上游客户 主要客户 整个 先后 我区 我市 我省 我校 年前 年来 以来 此前 之前 之后 取消 拥有 至少 子公司 全资子公司 控股子公司 母公司 采购自 承接 搬入 整体 负责 强化 开始 筹划 做大 宣读 斩获 历时 亿元 万元 汇集 本届 关注 详解 获 新增 们 团队 推介 解锁 乃至 勉励 就 俯瞰 展示 起航 现场 解密 打卡 摄 相继 迁入 迁至 搬迁至 更有 释放 高精尖 上游有 中游有 下游有 共话 探讨 莅临 一行 见证 我院 我所 直达 距离 东接 西连 南连 北接 东连 西接 南接 北连 背靠 源自 蝉联 出资人有 选举 同意 正式同意 主体企业 头部企业 龙头企业 链主企业 领军企业 骨干企业 期待 庆祝 收购 开辟 首日 继 借 像 较 上一届 上届 上午 下午 中午 晚上 报送 综合自`)

// boundaryExceptions are words that start or end with a boundary word
// but belong inside names: "自由电子激光", "泛在互联", "人民代表大会".
var boundaryExceptions = wordSet(`代表大会 达产业 神经 央企业 国企业 民企业 外企业 联动产业 联动发展 代表处 大学校 中学校 综合利用 开发利用 回收利用 医疗保障 社会保障 科技保障 安全保障 联合创新 联合研究 联合实验 联合工程 孵化器 孵化园 孵化平台 孵化中心 孵化基地 加速器 加速园 加速中心 协同中心 促进中心 促进会 引导基金 医工结合 西医结合 经科 经发 等离 就业 成就 造就 即刻 自由 泛在 经济 经营 经开 经信 内陆 内江 内蒙 在线 和平 和谐 对外 向阳 为民 以色列 于都 将军 给水 华为 以及 对接 离子 电离 距离 受控 接受 感受 享受 影像 图像 成像 画像 肖像 录像 人像 偶像 想像 好像 继续 继电 借贷 借款 比较 较大`)

// genericWords do not make a name: "国家重点实验室" or "科技创新中心" name
// a class of bodies, not one.
var genericWords = wordSet(`兄弟 所属 优秀 开发 合资 下辖 跨国 贸易 著名 社会 老牌 民间 国家 国家级 省 省级 市 市级 区 区级 县级 部级 重点 重大 工程 联合 共享 开放 公共 新型 创新 产学研 企业 技术 科技 科学 专业 专业化 市场化 高水平 一流 世界一流 前沿 国际 国内外 国内 知名 各类 一批 若干 相关 有关 其他 高校 研究型 高等 科研 特色 区域 综合性 综合 一体化 大型 多元 共性 示范 试点 服务 产业 研发 成果 转化 转移 孵化 创业 双创 中小企业 小微企业 制造业 现代 先进 高端 高新技术 高新 战略 基础 应用 核心 功能 功能性 集成 协同 平台 中心 基地 机构 载体 空间 资源 全国 全省 全市 我国 城市 新 大 小 各 全 本 该 级 类 型 性 化 的 和 与 及 多 一个 首个 第一 已有 现有 自有 领军 龙头 头部 骨干 新兴 未来 传统 优质 优势 高质量 高能级 高品质 重要 主要 一站式 全链条 全过程 标准化 市场 人才 实验 研究 工业 产业化 工程化 验证 测试 检测 认证 数字化 智能化 网络化 信息化 融合 合作 交流 管理 运营 发展 建设 培育 引导 投资 天使 创投 产业投资 政府 引导基金 子基金 项目 设计 工业设计 大学 院校 国资 资产 融资 担保 政府性 国防 策源 策源地 全球 场景 应用场景 金融 直投 专项 接续 省部共建 院士 博士后 专家 中试 概念验证 体系 网络 生态 集群 园 分 总部 二期 一期 三期 地方 部门 单位 有限 股份 公司 集团 行业 领域 城 新城 成果转化 国有 民营 外资 科创 初创 科技型 创新型 小巨人 专精特新 独角兽 瞪羚 高成长 链主 链属 上市 拟上市 后备 服务型 孵化型 共建 自主 原始 关键 共性技术 科技成果 科技创新 产业创新 技术创新 协同创新 制造业创新 产业技术 工程技术 企业技术 学科 交叉 前沿交叉 科学研究 基础研究 应用基础 大科学 科教 科普 教育 医疗 临床 医学 新一代 下一代 第四代 世界级 国家重大 重大科技 科技基础 高层次 高水平研究型 示范性 引领性 标杆 一批次 等`)

// titleWords are the titles that come before or after a person's name in
// news reports.
var titleWords = sortByLen(strings.Fields(`执行主任 校领导 名誉主席 名誉院长 名誉会长 名誉理事长 名誉校长 执行院长 执行所长 常务副主任 常务副院长 常务副校长 技术骨干 业务骨干 在读博士 在读硕士 博士研究生 硕士研究生 市长助理 区长助理 县长助理 法定代表人 董事长助理 总经理助理 副处长 副科长 科长 首席技术官 首席执行官 首席科学家 首席运营官 首席财务官 总工程师 总经理 副总经理 董事长 副董事长 总裁 副总裁 执行总裁 创始人 联合创始人 合伙人 董事 监事 院长 副院长 校长 副校长 所长 副所长 主任 副主任 教授 副教授 研究员 副研究员 院士 博士 博士后 博士生 硕士生 研究生 毕业生 博士生导师 博导 工程师 高级工程师 首席专家 专家 负责人 工作人员 投资总监 书记 党委书记 副书记 区长 副区长 市长 副市长 省长 副省长 局长 副局长 厅长 部长 处长 秘书长 副秘书长 主席 理事长 会长 委员 党委委员 党组书记 党组成员 董事会主席 董事局主席 监事会主席 高级助理 社长 执行社长 副社长 董秘 董事会秘书 特别助理 党总支书记 党总支副书记 党支部书记 党总支委员 常委 代理区长 代理市长 代理县长 县长 副县长 CEO CTO COO 科技副总 技术总监 总监 经理 厂长 主编 记者 校友 组长 副组长 巡视员 一级巡视员 二级巡视员 调研员 专职副书记 专职副主任 副主席 副理事长 常务理事 理事 副会长 领衔专家 副厅长 副部长 司长 副司长 州长 副州长 副总工程师 副总监 分党组书记 党组副书记 党委副书记 常务副厅长 常务副市长 常务副区长 常务副县长 一级巡视员 副巡视员 指挥长 副指挥长 学家 科学家 成员 常务副总 常务副总经理 副总 副总监
	总经济师 副总经济师 行长 副行长 总调度长 执行董事 董秘 秘书 主任委员 副主任委员 主任助理 院长助理 校长助理 校领导 市领导 区领导 县领导
	总领事 副总领事 行政总裁 生产总监 项目总监 技术经纪人 主委 副主委 学生 教师 领导 干部 馆长 副馆长 团长 副团长 学者 专家学者 代表 总理 副总理 国务委员
	站长 副站长 总编辑 总会计师 总设计师 执行副主任 执行副院长 纪委书记 特聘教授 主任医师 主治医师
	工会主席 高工 教授级高工 教授级高级工程师 正高级工程师 农艺师 高级农艺师 顾问 高级顾问 股长 副股长 大使 特约研究员`))

// surnames are the common Chinese family names a person's name starts with.
var surnames = wordSet(`庹 茍 奉 洪 匡 封 门 禚 索 傅 赖 胥 蔺 谯 粟 昝 鲜 代 辜 敬 蹇 漆 皮 卿 阙 尧 祖 谈 慕 惠 修 冼 郁 燕 楚 晋 阎 储 荆 鞠 权 逯 桓 王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 阚 廉 欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯`)

// nameStops end a person's name on its right: "李纪珍带来了" is 李纪珍.
var nameStops = wordSet(`赴 简 详 聚 探 致 表 说 称 毕 介 指 认 带 在 是 的 和 与 及 等 为 也 将 就 对 向 从 以 把 被 让 已 曾 还 又 都 则 并 所 来 去 到 了 着 过 当 任 作 率 领 代 主 发 提 坦 强 透 告 回 分 讲 谈 接 获 荣 受 同 跟 给 于 做 出 现 会 上 下 一 二 三 两 几 等 团 教 研 院 博 副 总 首 董 主 书 局 处 科 区 市 省 县 党 先 女 男 本 正`)

// sichuanCounties maps the county-level cities of Sichuan outside 成都市,
// and the districts and counties its pages name, to their city: "德阳什邡"
// is 什邡市 in 德阳市. Names whose stems are words or names of their own
// too (安居, 前锋, 嘉陵, 市中, 东坡, 三台, 仁和, 会理) are left out.
var sichuanCounties = map[string]string{
	"什邡市": "德阳市", "广汉市": "德阳市", "绵竹市": "德阳市", "旌阳区": "德阳市", "罗江区": "德阳市",
	"江油市": "绵阳市", "涪城区": "绵阳市", "游仙区": "绵阳市", "安州区": "绵阳市",
	"峨眉山市": "乐山市", "五通桥区": "乐山市", "阆中市": "南充市", "顺庆区": "南充市", "高坪区": "南充市",
	"华蓥市": "广安市", "万源市": "达州市", "通川区": "达州市", "达川区": "达州市", "隆昌市": "内江市",
	"射洪市": "遂宁市", "翠屏区": "宜宾市", "叙州区": "宜宾市", "南溪区": "宜宾市",
	"彭山区": "眉山市", "仁寿县": "眉山市", "雁江区": "资阳市", "安岳县": "资阳市",
	"恩阳区": "巴中市", "巴州区": "巴中市", "利州区": "广元市", "昭化区": "广元市",
	"自流井区": "自贡市", "贡井区": "自贡市", "沿滩区": "自贡市", "龙马潭区": "泸州市", "江阳区": "泸州市", "纳溪区": "泸州市",
	"西昌市": "凉山彝族自治州", "马尔康市": "阿坝藏族羌族自治州",
	"康定市": "甘孜藏族自治州",
}

// otherDistricts are districts and counties of Chongqing and Shenzhen, the
// genre's most named cities outside Sichuan, each with its stem as its
// short name unless the stem is a word of its own (长寿, 光明, 江北, 南岸).
var otherDistricts = append(slices.Clone(chongqingDistricts), shenzhenDistricts...)

var (
	chongqingDistricts = strings.Fields(`渝中区 南岸区 江北区 九龙坡区 沙坪坝区 大渡口区 北碚区 渝北区 巴南区 万州区 涪陵区 黔江区
	长寿区 江津区 合川区 永川区 南川区 綦江区 大足区 璧山区 铜梁区 潼南区 荣昌区 开州区 梁平区 武隆区`)
	shenzhenDistricts = strings.Fields(`罗湖区 宝安区 龙岗区 盐田区 龙华区 坪山区 光明区`)
)

// cityOfCounty returns the city a district or county of Chengdu,
// Chongqing, Shenzhen or Sichuan belongs to, or "" when unknown.
func cityOfCounty(name string) string {
	switch {
	case chengduCounties[name]:
		return "成都市"
	case slices.Contains(chongqingDistricts, name):
		return "重庆市"
	case slices.Contains(shenzhenDistricts, name):
		return "深圳市"
	}
	if c := sichuanCounties[name]; c != "" {
		return c
	}
	return sichuanCountiesFull[name]
}

// sichuanCounty reports a district or county (or a city of county level)
// of Sichuan, Chengdu's included; map lookups only, since rules ask it of
// every place they compare.
func sichuanCounty(name string) bool {
	return chengduCounties[name] || sichuanCounties[name] != "" || sichuanCountiesFull[name] != ""
}

var otherDistrictsFull = wordSet(`长寿区 光明区 江北区 南岸区`)

// fullNameOnly reports a region known by its full name only, whose stem
// would be read inside other words: the counties of sichuanCountiesFull,
// otherCities, and the high-tech zone's parts (成都高新西区 in "成都高新西岭科技园").
func fullNameOnly(name string) bool {
	return countyFull(name) || otherCities[name] || strings.HasPrefix(name, "成都高新") && name != "成都高新区"
}

// countyFull reports a district or county known by its full name only.
func countyFull(name string) bool {
	return sichuanCountiesFull[name] != "" || otherDistrictsFull[name]
}

// sichuanCities are the twenty-one cities and prefectures of Sichuan.
var sichuanCities = wordSet(`成都市 自贡市 攀枝花市 泸州市 德阳市 绵阳市 广元市 遂宁市 内江市 乐山市 南充市 眉山市 宜宾市 广安市 达州市 雅安市
	巴中市 资阳市 凉山彝族自治州 阿坝藏族羌族自治州 甘孜藏族自治州`)

// sichuanCountiesFull are the rest of Sichuan's districts and counties
// outside 成都市, known by their full names only: their stems are often
// words or names of their own (东坡, 三台, 嘉陵), or a city's (广安区). Names that are words in
// full too (东区, 市中区, 高县, 理县, 南部县) are left out.
var sichuanCountiesFull = map[string]string{
	"大安区": "自贡市", "荣县": "自贡市", "富顺县": "自贡市",
	"仁和区": "攀枝花市", "米易县": "攀枝花市", "盐边县": "攀枝花市",
	"泸县": "泸州市", "合江县": "泸州市", "叙永县": "泸州市", "古蔺县": "泸州市",
	"中江县": "德阳市",
	"三台县": "绵阳市", "盐亭县": "绵阳市", "梓潼县": "绵阳市", "北川羌族自治县": "绵阳市", "平武县": "绵阳市",
	"朝天区": "广元市", "旺苍县": "广元市", "青川县": "广元市", "剑阁县": "广元市", "苍溪县": "广元市",
	"船山区": "遂宁市", "安居区": "遂宁市", "蓬溪县": "遂宁市", "大英县": "遂宁市",
	"东兴区": "内江市", "威远县": "内江市", "资中县": "内江市",
	"沙湾区": "乐山市", "金口河区": "乐山市", "犍为县": "乐山市", "井研县": "乐山市", "夹江县": "乐山市", "沐川县": "乐山市",
	"峨边彝族自治县": "乐山市", "马边彝族自治县": "乐山市",
	"嘉陵区": "南充市", "营山县": "南充市", "蓬安县": "南充市", "仪陇县": "南充市", "西充县": "南充市",
	"东坡区": "眉山市", "洪雅县": "眉山市", "丹棱县": "眉山市", "青神县": "眉山市",
	"江安县": "宜宾市", "长宁县": "宜宾市", "珙县": "宜宾市", "筠连县": "宜宾市", "兴文县": "宜宾市", "屏山县": "宜宾市",
	"前锋区": "广安市", "岳池县": "广安市", "武胜县": "广安市", "邻水县": "广安市",
	"宣汉县": "达州市", "开江县": "达州市", "大竹县": "达州市", "渠县": "达州市",
	"雨城区": "雅安市", "名山区": "雅安市", "荥经县": "雅安市", "汉源县": "雅安市", "石棉县": "雅安市", "天全县": "雅安市",
	"芦山县": "雅安市", "宝兴县": "雅安市",
	"通江县": "巴中市", "南江县": "巴中市", "平昌县": "巴中市",
	"乐至县": "资阳市",
	"汶川县": "阿坝藏族羌族自治州", "松潘县": "阿坝藏族羌族自治州", "九寨沟县": "阿坝藏族羌族自治州", "若尔盖县": "阿坝藏族羌族自治州",
	"泸定县": "甘孜藏族自治州", "稻城县": "甘孜藏族自治州", "理塘县": "甘孜藏族自治州",
	"会理市": "凉山彝族自治州", "冕宁县": "凉山彝族自治州", "盐源县": "凉山彝族自治州", "德昌县": "凉山彝族自治州",
	"木里藏族自治县": "凉山彝族自治州", "会东县": "凉山彝族自治州", "宁南县": "凉山彝族自治州", "普格县": "凉山彝族自治州",
	"布拖县": "凉山彝族自治州", "金阳县": "凉山彝族自治州", "昭觉县": "凉山彝族自治州", "喜德县": "凉山彝族自治州",
	"越西县": "凉山彝族自治州", "甘洛县": "凉山彝族自治州", "美姑县": "凉山彝族自治州", "雷波县": "凉山彝族自治州",
	"丹巴县": "甘孜藏族自治州", "九龙县": "甘孜藏族自治州", "雅江县": "甘孜藏族自治州", "道孚县": "甘孜藏族自治州",
	"炉霍县": "甘孜藏族自治州", "甘孜县": "甘孜藏族自治州", "新龙县": "甘孜藏族自治州", "德格县": "甘孜藏族自治州",
	"白玉县": "甘孜藏族自治州", "石渠县": "甘孜藏族自治州", "色达县": "甘孜藏族自治州", "巴塘县": "甘孜藏族自治州",
	"乡城县": "甘孜藏族自治州", "得荣县": "甘孜藏族自治州",
	"金川县": "阿坝藏族羌族自治州", "小金县": "阿坝藏族羌族自治州", "黑水县": "阿坝藏族羌族自治州", "壤塘县": "阿坝藏族羌族自治州",
	"阿坝县": "阿坝藏族羌族自治州", "红原县": "阿坝藏族羌族自治州",
	// Counties since made cities, under the names older pages give them.
	"会理县": "凉山彝族自治州", "隆昌县": "内江市",
}

// countyLead reports a name that opens with a county or district known by
// its full name only (sichuanCountiesFull, otherDistrictsFull) and goes on
// past it.
func countyLead(name string) bool {
	rs := []rune(name)
	for l := 2; l < min(len(rs), 8); l++ {
		if countyFull(string(rs[:l])) {
			return true
		}
	}
	return false
}

// chengduCounties are the districts, county-level cities and counties of
// 成都市. A county-level city is a 市 like its prefecture, so its level
// alone does not place it inside 成都市; this list does.
var chengduCounties = wordSet(`锦江区 青羊区 金牛区 武侯区 成华区 龙泉驿区 青白江区 新都区 温江区 双流区 郫都区 新津区
	简阳市 都江堰市 彭州市 邛崃市 崇州市 金堂县 大邑县 蒲江县`)

// gazetteer lists places and well-known bodies with their standard short
// names: general knowledge that every document of the genre leans on.
type lexEntry struct {
	Name    string
	Kind    store.Kind
	Aliases []string
}

var gazetteer = append([]lexEntry{
	// Sichuan, Chengdu and its districts, counties and zones
	{"四川省", store.KindRegion, []string{"四川"}}, {"成都市", store.KindRegion, []string{"成都", "蓉城"}},
	{"锦江区", store.KindRegion, nil}, {"青羊区", store.KindRegion, nil}, {"金牛区", store.KindRegion, nil},
	{"武侯区", store.KindRegion, nil}, {"成华区", store.KindRegion, nil}, {"龙泉驿区", store.KindRegion, []string{"龙泉驿"}},
	{"青白江区", store.KindRegion, []string{"青白江"}}, {"新都区", store.KindRegion, nil}, {"温江区", store.KindRegion, []string{"温江"}},
	// 郫县, 双流县 and 新津县 are the districts' names before they became
	// districts (2016–2020), which older pages use.
	{"双流区", store.KindRegion, []string{"双流县"}}, {"郫都区", store.KindRegion, []string{"郫都", "郫县"}}, {"新津区", store.KindRegion, []string{"新津", "新津县"}},
	{"简阳市", store.KindRegion, []string{"简阳"}}, {"都江堰市", store.KindRegion, []string{"都江堰"}}, {"彭州市", store.KindRegion, []string{"彭州"}},
	{"邛崃市", store.KindRegion, []string{"邛崃"}}, {"崇州市", store.KindRegion, []string{"崇州"}}, {"金堂县", store.KindRegion, []string{"金堂"}},
	{"大邑县", store.KindRegion, []string{"大邑"}}, {"蒲江县", store.KindRegion, []string{"蒲江"}},
	{"成都高新区", store.KindRegion, []string{"成都高新技术产业开发区", "成都市高新区"}}, {"四川天府新区", store.KindRegion, []string{"天府新区", "成都天府新区"}},
	{"成都高新西区", store.KindRegion, nil}, {"成都高新南区", store.KindRegion, nil}, {"成都高新东区", store.KindRegion, nil},
	{"成都东部新区", store.KindRegion, []string{"东部新区"}}, {"成都经开区", store.KindRegion, []string{"成都经济技术开发区"}},
	{"西部(成都)科学城", store.KindRegion, nil}, {"成渝地区双城经济圈", store.KindRegion, []string{"成渝双城经济圈", "双城经济圈"}},
	// regions of several provinces (the countries the genre names follow,
	// from countryNames)
	{"粤港澳大湾区", store.KindRegion, []string{"大湾区"}}, {"长三角", store.KindRegion, []string{"长江三角洲", "长三角地区"}},
	{"珠三角", store.KindRegion, []string{"珠江三角洲", "珠三角地区"}}, {"京津冀", store.KindRegion, []string{"京津冀地区"}},
	// other Sichuan cities and Chongqing
	{"绵阳市", store.KindRegion, []string{"绵阳"}}, {"德阳市", store.KindRegion, []string{"德阳"}}, {"宜宾市", store.KindRegion, []string{"宜宾"}},
	{"泸州市", store.KindRegion, []string{"泸州"}}, {"南充市", store.KindRegion, []string{"南充"}}, {"乐山市", store.KindRegion, []string{"乐山"}},
	{"眉山市", store.KindRegion, []string{"眉山"}}, {"资阳市", store.KindRegion, []string{"资阳"}}, {"遂宁市", store.KindRegion, []string{"遂宁"}},
	{"内江市", store.KindRegion, []string{"内江"}}, {"自贡市", store.KindRegion, []string{"自贡"}}, {"攀枝花市", store.KindRegion, []string{"攀枝花"}},
	{"广元市", store.KindRegion, []string{"广元"}}, {"雅安市", store.KindRegion, []string{"雅安"}}, {"达州市", store.KindRegion, []string{"达州"}},
	{"广安市", store.KindRegion, []string{"广安"}}, {"巴中市", store.KindRegion, []string{"巴中"}}, {"重庆市", store.KindRegion, []string{"重庆"}},
	{"西昌市", store.KindRegion, []string{"西昌"}}, {"凉山彝族自治州", store.KindRegion, []string{"凉山州", "凉山"}},
	{"阿坝藏族羌族自治州", store.KindRegion, []string{"阿坝州", "阿坝"}}, {"甘孜藏族自治州", store.KindRegion, []string{"甘孜州", "甘孜"}},
	// Sichuan's county-level cities and the districts of its other cities
	// follow, from sichuanCounties
	// other provinces and major cities
	{"北京市", store.KindRegion, []string{"北京"}}, {"上海市", store.KindRegion, []string{"上海"}}, {"天津市", store.KindRegion, []string{"天津"}},
	{"广东省", store.KindRegion, []string{"广东"}}, {"深圳市", store.KindRegion, []string{"深圳"}}, {"广州市", store.KindRegion, []string{"广州"}},
	{"浙江省", store.KindRegion, []string{"浙江"}}, {"杭州市", store.KindRegion, []string{"杭州"}}, {"江苏省", store.KindRegion, []string{"江苏"}},
	{"南京市", store.KindRegion, []string{"南京"}}, {"苏州市", store.KindRegion, []string{"苏州"}}, {"湖北省", store.KindRegion, []string{"湖北"}},
	{"武汉市", store.KindRegion, []string{"武汉"}}, {"陕西省", store.KindRegion, []string{"陕西"}}, {"西安市", store.KindRegion, []string{"西安"}},
	{"合肥市", store.KindRegion, []string{"合肥"}}, {"安徽省", store.KindRegion, []string{"安徽"}}, {"贵州省", store.KindRegion, []string{"贵州"}},
	{"云南省", store.KindRegion, []string{"云南"}}, {"西藏自治区", store.KindRegion, []string{"西藏"}}, {"山东省", store.KindRegion, []string{"山东"}},
	{"河南省", store.KindRegion, []string{"河南"}}, {"湖南省", store.KindRegion, []string{"湖南"}}, {"长沙市", store.KindRegion, []string{"长沙"}},
	{"香港特别行政区", store.KindRegion, []string{"香港"}}, {"澳门特别行政区", store.KindRegion, []string{"澳门"}},
	{"广西壮族自治区", store.KindRegion, []string{"广西"}}, {"新疆维吾尔自治区", store.KindRegion, []string{"新疆"}},
	{"内蒙古自治区", store.KindRegion, []string{"内蒙古"}}, {"宁夏回族自治区", store.KindRegion, []string{"宁夏"}},
	{"黄浦区", store.KindRegion, nil}, {"浦东新区", store.KindRegion, []string{"浦东"}}, {"海淀区", store.KindRegion, nil},
	{"朝阳区", store.KindRegion, nil}, {"南山区", store.KindRegion, nil}, {"福田区", store.KindRegion, nil},
	{"无锡市", store.KindRegion, []string{"无锡"}}, {"常州市", store.KindRegion, []string{"常州"}}, {"南通市", store.KindRegion, []string{"南通"}},
	{"徐州市", store.KindRegion, []string{"徐州"}}, {"扬州市", store.KindRegion, []string{"扬州"}}, {"宁波市", store.KindRegion, []string{"宁波"}},
	{"温州市", store.KindRegion, []string{"温州"}}, {"绍兴市", store.KindRegion, []string{"绍兴"}}, {"嘉兴市", store.KindRegion, []string{"嘉兴"}},
	{"台州市", store.KindRegion, []string{"台州"}}, {"金华市", store.KindRegion, []string{"金华"}}, {"东莞市", store.KindRegion, []string{"东莞"}},
	{"佛山市", store.KindRegion, []string{"佛山"}}, {"惠州市", store.KindRegion, []string{"惠州"}}, {"珠海市", store.KindRegion, []string{"珠海"}},
	{"中山市", store.KindRegion, []string{"中山"}}, {"厦门市", store.KindRegion, []string{"厦门"}}, {"福州市", store.KindRegion, []string{"福州"}},
	{"泉州市", store.KindRegion, []string{"泉州"}}, {"济南市", store.KindRegion, []string{"济南"}}, {"青岛市", store.KindRegion, []string{"青岛"}},
	{"烟台市", store.KindRegion, []string{"烟台"}}, {"郑州市", store.KindRegion, []string{"郑州"}}, {"洛阳市", store.KindRegion, []string{"洛阳"}},
	{"南昌市", store.KindRegion, []string{"南昌"}}, {"昆明市", store.KindRegion, []string{"昆明"}}, {"贵阳市", store.KindRegion, []string{"贵阳"}},
	{"南宁市", store.KindRegion, []string{"南宁"}}, {"兰州市", store.KindRegion, []string{"兰州"}}, {"西宁市", store.KindRegion, []string{"西宁"}},
	{"银川市", store.KindRegion, []string{"银川"}}, {"太原市", store.KindRegion, []string{"太原"}}, {"石家庄市", store.KindRegion, []string{"石家庄"}},
	{"沈阳市", store.KindRegion, []string{"沈阳"}}, {"大连市", store.KindRegion, []string{"大连"}}, {"长春市", store.KindRegion, []string{"长春"}},
	{"哈尔滨市", store.KindRegion, []string{"哈尔滨"}}, {"呼和浩特市", store.KindRegion, []string{"呼和浩特"}}, {"乌鲁木齐市", store.KindRegion, []string{"乌鲁木齐"}},
	{"海口市", store.KindRegion, []string{"海口"}}, {"株洲市", store.KindRegion, []string{"株洲"}}, {"芜湖市", store.KindRegion, []string{"芜湖"}},
	{"江西省", store.KindRegion, []string{"江西"}}, {"福建省", store.KindRegion, []string{"福建"}}, {"河北省", store.KindRegion, []string{"河北"}},
	{"山西省", store.KindRegion, []string{"山西"}}, {"辽宁省", store.KindRegion, []string{"辽宁"}}, {"吉林省", store.KindRegion, []string{"吉林"}},
	{"黑龙江省", store.KindRegion, []string{"黑龙江"}}, {"甘肃省", store.KindRegion, []string{"甘肃"}}, {"青海省", store.KindRegion, []string{"青海"}},
	{"海南省", store.KindRegion, []string{"海南"}},
	// universities in and around Chengdu, with their short names
	{"四川大学", store.KindUniversity, []string{"川大"}}, {"电子科技大学", store.KindUniversity, []string{"电子科大", "成电"}},
	{"西南交通大学", store.KindUniversity, []string{"西南交大"}}, {"西南财经大学", store.KindUniversity, []string{"西南财大"}},
	{"西南石油大学", store.KindUniversity, []string{"西南石大"}}, {"成都理工大学", store.KindUniversity, []string{"成都理工"}},
	{"四川农业大学", store.KindUniversity, []string{"川农大"}}, {"成都中医药大学", store.KindUniversity, []string{"成中医"}},
	{"四川师范大学", store.KindUniversity, []string{"川师大"}}, {"成都大学", store.KindUniversity, nil},
	{"西华大学", store.KindUniversity, nil}, {"成都信息工程大学", store.KindUniversity, []string{"成信大"}},
	{"西南民族大学", store.KindUniversity, nil}, {"中国科学院大学", store.KindUniversity, []string{"国科大"}},
	{"清华大学", store.KindUniversity, []string{"清华"}}, {"北京大学", store.KindUniversity, []string{"北大"}},
	{"北京理工大学", store.KindUniversity, []string{"北理工"}}, {"北京航空航天大学", store.KindUniversity, []string{"北航"}},
	{"浙江大学", store.KindUniversity, []string{"浙大"}}, {"复旦大学", store.KindUniversity, nil},
	{"上海交通大学", store.KindUniversity, []string{"上海交大"}}, {"重庆大学", store.KindUniversity, nil},
	{"哈尔滨工业大学", store.KindUniversity, []string{"哈工大"}}, {"中国科学技术大学", store.KindUniversity, []string{"中科大"}},
	{"北京邮电大学", store.KindUniversity, []string{"北邮"}}, {"西北工业大学", store.KindUniversity, []string{"西工大"}},
	{"西安交通大学", store.KindUniversity, []string{"西安交大"}}, {"北京师范大学", store.KindUniversity, []string{"北师大"}},
	// the other national universities that pages name beside Chengdu's,
	// and the rest of Sichuan's
	{"武汉大学", store.KindUniversity, []string{"武大"}}, {"南京大学", store.KindUniversity, nil},
	{"中山大学", store.KindUniversity, nil}, {"华中科技大学", store.KindUniversity, []string{"华中科大"}},
	{"同济大学", store.KindUniversity, nil}, {"天津大学", store.KindUniversity, nil}, {"南开大学", store.KindUniversity, nil},
	{"山东大学", store.KindUniversity, nil}, {"厦门大学", store.KindUniversity, nil}, {"东南大学", store.KindUniversity, nil},
	{"大连理工大学", store.KindUniversity, nil}, {"吉林大学", store.KindUniversity, nil}, {"中南大学", store.KindUniversity, nil},
	{"湖南大学", store.KindUniversity, nil}, {"兰州大学", store.KindUniversity, nil}, {"华南理工大学", store.KindUniversity, nil},
	{"中国人民大学", store.KindUniversity, nil}, {"中国农业大学", store.KindUniversity, nil},
	{"华东师范大学", store.KindUniversity, nil}, {"西北农林科技大学", store.KindUniversity, nil},
	{"国防科技大学", store.KindUniversity, nil}, {"中国海洋大学", store.KindUniversity, nil},
	{"西安电子科技大学", store.KindUniversity, []string{"西电"}}, {"北京交通大学", store.KindUniversity, nil},
	{"北京科技大学", store.KindUniversity, nil}, {"南京航空航天大学", store.KindUniversity, nil},
	{"南京理工大学", store.KindUniversity, nil}, {"哈尔滨工程大学", store.KindUniversity, nil},
	{"西南大学", store.KindUniversity, nil}, {"重庆邮电大学", store.KindUniversity, nil}, {"重庆医科大学", store.KindUniversity, nil},
	{"西南科技大学", store.KindUniversity, nil}, {"西南医科大学", store.KindUniversity, nil},
	{"四川轻化工大学", store.KindUniversity, nil}, {"成都工业学院", store.KindUniversity, nil},
	{"成都医学院", store.KindUniversity, nil}, {"川北医学院", store.KindUniversity, nil}, {"成都师范学院", store.KindUniversity, nil},
	{"成都体育学院", store.KindUniversity, nil}, {"四川音乐学院", store.KindUniversity, nil},
	{"中国民用航空飞行学院", store.KindUniversity, []string{"民航飞院", "中飞院"}}, {"成都航空职业技术学院", store.KindUniversity, nil},
	{"宜宾学院", store.KindUniversity, nil}, {"西昌学院", store.KindUniversity, nil}, {"攀枝花学院", store.KindUniversity, nil},
	{"绵阳师范学院", store.KindUniversity, nil}, {"乐山师范学院", store.KindUniversity, nil}, {"内江师范学院", store.KindUniversity, nil},
	// research bodies
	{"中国科学院", store.KindResearchInstitute, []string{"中科院"}}, {"中国工程院", store.KindResearchInstitute, nil},
	{"中国科学院成都分院", store.KindResearchInstitute, []string{"中科院成都分院"}},
	{"中国科学院光电技术研究所", store.KindResearchInstitute, []string{"中科院光电所", "光电所"}},
	{"中国科学院成都生物研究所", store.KindResearchInstitute, []string{"中科院成都生物所", "成都生物所"}},
	{"中国科学院金属研究所", store.KindResearchInstitute, []string{"中科院金属所"}},
	{"中国工程物理研究院", store.KindResearchInstitute, []string{"中物院"}},
	{"四川大学华西医院", store.KindResearchInstitute, []string{"华西医院"}},
	{"中国核动力研究设计院", store.KindResearchInstitute, []string{"核动力院"}},
	// National academies pages name by their short forms.
	{"中国农业科学院", store.KindResearchInstitute, []string{"中国农科院"}}, {"中国医学科学院", store.KindResearchInstitute, []string{"中国医科院"}},
	{"中国环境科学研究院", store.KindResearchInstitute, []string{"中国环科院"}}, {"四川省农业科学院", store.KindResearchInstitute, []string{"四川省农科院"}},
	{"中国林业科学研究院", store.KindResearchInstitute, []string{"中国林科院"}}, {"中国社会科学院", store.KindResearchInstitute, []string{"中国社科院"}},
	// Well-known Chinese technology and industrial groups, which news and
	// plans name by brand alone ("网易", "阿里巴巴"). Only names that are
	// no ordinary words: 小米, 联想 and 新希望 are listed with 集团 only.
	{"阿里巴巴", store.KindEnterprise, []string{"阿里巴巴集团"}}, {"阿里云", store.KindEnterprise, nil},
	{"腾讯", store.KindEnterprise, []string{"腾讯公司", "腾讯集团"}}, {"腾讯云", store.KindEnterprise, nil},
	{"华为", store.KindEnterprise, []string{"华为公司", "华为技术有限公司"}}, {"华为云", store.KindEnterprise, nil},
	{"百度", store.KindEnterprise, []string{"百度公司"}}, {"京东", store.KindEnterprise, []string{"京东集团"}},
	{"京东方", store.KindEnterprise, []string{"京东方科技集团"}}, {"字节跳动", store.KindEnterprise, nil},
	{"网易", store.KindEnterprise, []string{"网易公司"}}, {"小米集团", store.KindEnterprise, nil},
	{"美团", store.KindEnterprise, nil}, {"快手", store.KindEnterprise, nil}, {"拼多多", store.KindEnterprise, nil},
	{"联想集团", store.KindEnterprise, nil}, {"中兴通讯", store.KindEnterprise, nil}, {"科大讯飞", store.KindEnterprise, nil},
	{"商汤科技", store.KindEnterprise, nil}, {"大疆", store.KindEnterprise, []string{"大疆创新"}},
	{"比亚迪", store.KindEnterprise, nil}, {"宁德时代", store.KindEnterprise, nil}, {"中芯国际", store.KindEnterprise, nil},
	{"海康威视", store.KindEnterprise, nil}, {"四川长虹", store.KindEnterprise, []string{"长虹集团"}},
	{"五粮液", store.KindEnterprise, []string{"五粮液集团"}}, {"新希望集团", store.KindEnterprise, nil},
	{"通威集团", store.KindEnterprise, nil}, {"东方电气集团", store.KindEnterprise, []string{"东方电气"}},
	{"中国中车", store.KindEnterprise, []string{"中车"}}, {"中国商飞", store.KindEnterprise, nil},
	{"中国电子科技集团有限公司", store.KindEnterprise, []string{"中国电科", "中国电子科技集团公司", "中国电子科技集团"}},
	{"中国电子信息产业集团有限公司", store.KindEnterprise, []string{"中国电子"}},
	{"中国航空工业集团有限公司", store.KindEnterprise, []string{"航空工业", "中航工业"}},
	{"航空工业成飞", store.KindEnterprise, nil},
	{"中国航发", store.KindEnterprise, []string{"中国航空发动机集团", "中航发"}}, {"中国航天科技集团", store.KindEnterprise, nil},
	{"中国航天科工集团", store.KindEnterprise, []string{"中国航天科工", "航天科工"}}, {"中国核工业集团", store.KindEnterprise, []string{"中核集团"}},
	{"国家电网", store.KindEnterprise, nil}, {"中国移动", store.KindEnterprise, nil},
	{"中国电信", store.KindEnterprise, nil}, {"中国联通", store.KindEnterprise, nil}, {"中国铁建", store.KindEnterprise, nil},
	{"中国中铁", store.KindEnterprise, nil}, {"中国石油", store.KindEnterprise, nil}, {"中国石化", store.KindEnterprise, nil},
	{"英特尔", store.KindEnterprise, nil}, {"德州仪器", store.KindEnterprise, nil}, {"微软", store.KindEnterprise, nil},
	// Firms that Chengdu's pages name by brand alone, at home and abroad.
	// Brands that are ordinary words too (现代, 大众, 长城, 长安, 理想, 美的)
	// are left out, and so are brands the pages mostly write as the start
	// of a longer name (吉利科技集团, 成都极米科技股份有限公司, 航空工业成飞),
	// which the firm rules read whole.
	{"华润", store.KindEnterprise, nil}, {"中粮", store.KindEnterprise, nil}, {"招商局", store.KindEnterprise, nil}, {"格力", store.KindEnterprise, nil},
	{"海尔", store.KindEnterprise, nil}, {"海信", store.KindEnterprise, nil}, {"上汽", store.KindEnterprise, nil},
	{"东风", store.KindEnterprise, nil}, {"广汽", store.KindEnterprise, nil}, {"蔚来", store.KindEnterprise, nil}, {"小鹏", store.KindEnterprise, nil},
	{"隆基", store.KindEnterprise, nil}, {"晶科", store.KindEnterprise, nil}, {"紫光", store.KindEnterprise, nil}, {"华虹", store.KindEnterprise, nil},
	{"长江存储", store.KindEnterprise, nil}, {"寒武纪", store.KindEnterprise, nil}, {"旷视", store.KindEnterprise, nil},
	{"滴滴", store.KindEnterprise, nil}, {"携程", store.KindEnterprise, nil}, {"哔哩哔哩", store.KindEnterprise, nil}, {"新浪", store.KindEnterprise, nil},
	{"搜狐", store.KindEnterprise, nil}, {"顺丰", store.KindEnterprise, nil}, {"苏宁", store.KindEnterprise, nil}, {"龙芯中科", store.KindEnterprise, nil},
	{"紫光展锐", store.KindEnterprise, nil}, {"新华三", store.KindEnterprise, nil}, {"中兴", store.KindEnterprise, nil}, {"天马", store.KindEnterprise, nil},
	{"中电熊猫", store.KindEnterprise, nil}, {"九洲", store.KindEnterprise, nil}, {"攀钢", store.KindEnterprise, nil},
	{"百利天恒", store.KindEnterprise, nil}, {"康弘药业", store.KindEnterprise, nil},
	{"倍特药业", store.KindEnterprise, nil}, {"迈克生物", store.KindEnterprise, nil}, {"海创药业", store.KindEnterprise, nil}, {"欧林生物", store.KindEnterprise, nil},
	{"科伦药业", store.KindEnterprise, nil}, {"药明康德", store.KindEnterprise, nil}, {"迈瑞", store.KindEnterprise, nil},
	{"沃飞长空", store.KindEnterprise, nil}, {"腾盾科技", store.KindEnterprise, nil}, {"雷电微力", store.KindEnterprise, nil}, {"振芯科技", store.KindEnterprise, nil},
	{"宏明电子", store.KindEnterprise, nil}, {"新易盛", store.KindEnterprise, nil},
	{"西门子", store.KindEnterprise, nil}, {"博世", store.KindEnterprise, nil}, {"施耐德电气", store.KindEnterprise, nil}, {"飞利浦", store.KindEnterprise, nil},
	{"索尼", store.KindEnterprise, nil}, {"松下", store.KindEnterprise, nil}, {"三星", store.KindEnterprise, nil}, {"丰田", store.KindEnterprise, nil},
	{"宝马", store.KindEnterprise, nil}, {"奔驰", store.KindEnterprise, nil}, {"特斯拉", store.KindEnterprise, nil}, {"谷歌", store.KindEnterprise, nil},
	{"亚马逊", store.KindEnterprise, nil}, {"思科", store.KindEnterprise, nil}, {"爱立信", store.KindEnterprise, nil}, {"诺基亚", store.KindEnterprise, nil},
	{"戴尔", store.KindEnterprise, nil}, {"富士康", store.KindEnterprise, nil}, {"赛灵思", store.KindEnterprise, nil}, {"高通", store.KindEnterprise, nil},
	{"英伟达", store.KindEnterprise, nil}, {"美敦力", store.KindEnterprise, nil}, {"强生", store.KindEnterprise, nil}, {"辉瑞", store.KindEnterprise, nil},
	{"阿斯利康", store.KindEnterprise, nil}, {"诺和诺德", store.KindEnterprise, nil}, {"罗氏", store.KindEnterprise, nil}, {"拜耳", store.KindEnterprise, nil},
	{"赛诺菲", store.KindEnterprise, nil}, {"GE医疗", store.KindEnterprise, nil},
	{"联合利华", store.KindEnterprise, nil}, {"德赛西威", store.KindEnterprise, nil},
	// More groups and brands the genre names alone, by their common short
	// names: makers, carmakers, central state groups, drug firms, banks.
	{"泸州老窖", store.KindEnterprise, nil}, {"郎酒", store.KindEnterprise, nil}, {"剑南春", store.KindEnterprise, nil}, {"水井坊", store.KindEnterprise, nil},
	{"浪潮信息", store.KindEnterprise, nil}, {"惠科", store.KindEnterprise, nil}, {"华勤", store.KindEnterprise, nil}, {"立讯精密", store.KindEnterprise, nil}, {"歌尔", store.KindEnterprise, nil},
	{"蓝思科技", store.KindEnterprise, nil}, {"闻泰科技", store.KindEnterprise, nil}, {"韦尔股份", store.KindEnterprise, nil}, {"士兰微", store.KindEnterprise, nil}, {"长电科技", store.KindEnterprise, nil},
	{"通富微电", store.KindEnterprise, nil}, {"华天科技", store.KindEnterprise, nil}, {"TCL", store.KindEnterprise, nil}, {"天合光能", store.KindEnterprise, nil}, {"晶澳", store.KindEnterprise, nil},
	{"阳光电源", store.KindEnterprise, nil}, {"亿纬锂能", store.KindEnterprise, nil}, {"国轩高科", store.KindEnterprise, nil}, {"中创新航", store.KindEnterprise, nil}, {"蜂巢能源", store.KindEnterprise, nil},
	{"欣旺达", store.KindEnterprise, nil}, {"赣锋锂业", store.KindEnterprise, nil}, {"天齐锂业", store.KindEnterprise, nil}, {"雅化集团", store.KindEnterprise, nil},
	{"奇瑞", store.KindEnterprise, nil}, {"一汽", store.KindEnterprise, nil}, {"一汽-大众", store.KindEnterprise, nil}, {"一汽大众", store.KindEnterprise, nil}, {"沃尔沃", store.KindEnterprise, nil},
	{"领克", store.KindEnterprise, nil}, {"极氪", store.KindEnterprise, nil}, {"理想汽车", store.KindEnterprise, nil}, {"中国兵器", store.KindEnterprise, nil}, {"中国兵器装备集团", store.KindEnterprise, nil},
	{"中国兵器工业集团", store.KindEnterprise, nil}, {"中国中化", store.KindEnterprise, nil}, {"中化集团", store.KindEnterprise, nil}, {"中国宝武", store.KindEnterprise, nil}, {"中国五矿", store.KindEnterprise, nil},
	{"中国建材", store.KindEnterprise, nil}, {"中国建筑", store.KindEnterprise, nil}, {"中建", store.KindEnterprise, nil}, {"中国能建", store.KindEnterprise, nil}, {"中国电建", store.KindEnterprise, nil},
	{"中国铁塔", store.KindEnterprise, nil}, {"国家能源集团", store.KindEnterprise, nil}, {"华能", store.KindEnterprise, nil}, {"华电", store.KindEnterprise, nil}, {"国家电投", store.KindEnterprise, nil},
	{"三峡集团", store.KindEnterprise, nil}, {"中广核", store.KindEnterprise, nil}, {"中国广核", store.KindEnterprise, nil}, {"东方汽轮机", store.KindEnterprise, nil}, {"东方电机", store.KindEnterprise, nil},
	{"中国二重", store.KindEnterprise, nil}, {"商汤", store.KindEnterprise, nil}, {"海康", store.KindEnterprise, nil},
	{"国药集团", store.KindEnterprise, nil}, {"中国船舶", store.KindEnterprise, nil}, {"中国一汽", store.KindEnterprise, nil},
	{"东风汽车", store.KindEnterprise, nil}, {"中国化学", store.KindEnterprise, nil}, {"中国交建", store.KindEnterprise, nil},
	{"中国信息通信研究院", store.KindResearchInstitute, []string{"中国信通院"}}, {"国家信息中心", store.KindGovernmentAgency, nil},
	{"奇安信", store.KindEnterprise, nil}, {"深信服", store.KindEnterprise, nil}, {"金山云", store.KindEnterprise, nil}, {"用友", store.KindEnterprise, nil}, {"金蝶", store.KindEnterprise, nil},
	{"中科曙光", store.KindEnterprise, nil}, {"海光", store.KindEnterprise, nil}, {"飞腾", store.KindEnterprise, nil}, {"麒麟软件", store.KindEnterprise, nil}, {"统信软件", store.KindEnterprise, nil},
	{"华大基因", store.KindEnterprise, nil}, {"复星医药", store.KindEnterprise, nil}, {"复星国际", store.KindEnterprise, nil}, {"恒瑞医药", store.KindEnterprise, nil},
	{"石药集团", store.KindEnterprise, nil}, {"齐鲁制药", store.KindEnterprise, nil}, {"正大天晴", store.KindEnterprise, nil}, {"百济神州", store.KindEnterprise, nil}, {"信达生物", store.KindEnterprise, nil},
	{"康龙化成", store.KindEnterprise, nil}, {"泰格医药", store.KindEnterprise, nil}, {"药明生物", store.KindEnterprise, nil}, {"迈瑞医疗", store.KindEnterprise, nil},
	{"联影医疗", store.KindEnterprise, nil}, {"赛默飞", store.KindEnterprise, nil}, {"默沙东", store.KindEnterprise, nil}, {"诺华", store.KindEnterprise, nil}, {"雅培", store.KindEnterprise, nil},
	{"礼来", store.KindEnterprise, nil}, {"AMD", store.KindEnterprise, nil}, {"英飞凌", store.KindEnterprise, nil}, {"格罗方德", store.KindEnterprise, nil}, {"台积电", store.KindEnterprise, nil},
	{"联发科", store.KindEnterprise, nil}, {"展讯", store.KindEnterprise, nil}, {"美光", store.KindEnterprise, nil}, {"甲骨文", store.KindEnterprise, nil}, {"IBM", store.KindEnterprise, nil},
	{"埃森哲", store.KindEnterprise, nil}, {"沃尔玛", store.KindEnterprise, nil}, {"京东物流", store.KindEnterprise, nil}, {"菜鸟", store.KindEnterprise, nil}, {"蚂蚁集团", store.KindEnterprise, nil},
	{"微众银行", store.KindEnterprise, nil}, {"中国广电", store.KindEnterprise, nil}, {"中国银联", store.KindEnterprise, nil}, {"国家开发银行", store.KindEnterprise, nil},
	{"中国工商银行", store.KindEnterprise, nil}, {"中国建设银行", store.KindEnterprise, nil}, {"中国农业银行", store.KindEnterprise, nil}, {"中国银行", store.KindEnterprise, nil}, {"交通银行", store.KindEnterprise, nil},
	{"招商银行", store.KindEnterprise, nil},
	// events the pages cite by their short names
	{"第31届世界大学生夏季运动会", store.KindEvent, []string{"成都大运会", "第31届大运会"}},
	{"中国西部国际博览会", store.KindEvent, []string{"西博会"}}, {"中国国际进口博览会", store.KindEvent, []string{"进博会"}},
	{"北京冬奥会", store.KindEvent, nil}, {"北京冬残奥会", store.KindEvent, nil},
	// the state's standing work conferences, which policy texts cite by
	// name (the annotated pages name each one they cite)
	{"中央经济工作会议", store.KindEvent, nil}, {"中央金融工作会议", store.KindEvent, nil}, {"全国金融工作会议", store.KindEvent, nil},
	{"中央城市工作会议", store.KindEvent, nil}, {"中央农村工作会议", store.KindEvent, nil}, {"中央人才工作会议", store.KindEvent, nil},
	// the state's leaders, named on most pages that cite them (the real
	// pages' annotators name 习近平 on 12 of the 15 pages that do)
	{"习近平", store.KindTalent, nil}, {"李克强", store.KindTalent, nil},
	// national and provincial agencies
	{"国务院", store.KindGovernmentAgency, nil},
	{"国家发展和改革委员会", store.KindGovernmentAgency, []string{"国家发展改革委", "国家发改委"}},
	{"中国民用航空局", store.KindGovernmentAgency, []string{"中国民航局", "民航局"}},
	{"中国民用航空西南地区管理局", store.KindGovernmentAgency, []string{"民航西南地区管理局", "民航西南管理局"}}, {"国家知识产权局", store.KindGovernmentAgency, nil},
	{"国家市场监督管理总局", store.KindGovernmentAgency, []string{"市场监管总局"}}, {"国务院国有资产监督管理委员会", store.KindGovernmentAgency, []string{"国务院国资委"}},
	{"科学技术部", store.KindGovernmentAgency, []string{"科技部", "国家科技部"}}, {"工业和信息化部", store.KindGovernmentAgency, []string{"工信部", "国家工信部"}},
	{"中国证券监督管理委员会", store.KindGovernmentAgency, []string{"中国证监会", "证监会"}},
	{"中国人民银行", store.KindGovernmentAgency, []string{"人民银行", "人行"}}, {"国家税务总局", store.KindGovernmentAgency, nil},
	{"中华全国工商业联合会", store.KindGovernmentAgency, []string{"全国工商联"}}, {"中央财经委员会", store.KindGovernmentAgency, nil},
	{"科学技术部火炬高技术产业开发中心", store.KindGovernmentAgency, []string{"科技部火炬中心"}},
	{"工业和信息化部火炬高技术产业开发中心", store.KindGovernmentAgency, []string{"工信部火炬中心"}},
	{"教育部", store.KindGovernmentAgency, nil}, {"财政部", store.KindGovernmentAgency, nil}, {"商务部", store.KindGovernmentAgency, nil},
	{"中共中央", store.KindGovernmentAgency, []string{"党中央"}},
	{"国家卫生健康委员会", store.KindGovernmentAgency, []string{"国家卫健委"}}, {"国家药品监督管理局", store.KindGovernmentAgency, []string{"国家药监局"}},
	{"国家中医药管理局", store.KindGovernmentAgency, nil}, {"国家统计局", store.KindGovernmentAgency, nil}, {"国家能源局", store.KindGovernmentAgency, nil},
	{"国家国防科技工业局", store.KindGovernmentAgency, []string{"国防科工局", "国家国防科工局"}}, {"海关总署", store.KindGovernmentAgency, nil},
	{"人力资源和社会保障部", store.KindGovernmentAgency, []string{"人社部"}}, {"住房和城乡建设部", store.KindGovernmentAgency, []string{"住建部"}},
	{"农业农村部", store.KindGovernmentAgency, nil}, {"生态环境部", store.KindGovernmentAgency, nil}, {"交通运输部", store.KindGovernmentAgency, nil},
	{"自然资源部", store.KindGovernmentAgency, nil}, {"国家数据局", store.KindGovernmentAgency, nil},
	// The rest of the State Council's ministries and bureaus, and the
	// Party's central departments: a closed list, where the suffix 部 alone
	// would read 西部 and 总部 as bodies.
	{"外交部", store.KindGovernmentAgency, nil}, {"国防部", store.KindGovernmentAgency, nil}, {"公安部", store.KindGovernmentAgency, nil},
	{"民政部", store.KindGovernmentAgency, nil}, {"司法部", store.KindGovernmentAgency, nil}, {"水利部", store.KindGovernmentAgency, nil},
	{"文化和旅游部", store.KindGovernmentAgency, []string{"文旅部"}}, {"退役军人事务部", store.KindGovernmentAgency, nil},
	{"应急管理部", store.KindGovernmentAgency, nil}, {"审计署", store.KindGovernmentAgency, nil},
	{"国家民族事务委员会", store.KindGovernmentAgency, []string{"国家民委"}},
	{"国家金融监督管理总局", store.KindGovernmentAgency, nil}, {"国家广播电视总局", store.KindGovernmentAgency, []string{"国家广电总局"}},
	{"国家体育总局", store.KindGovernmentAgency, nil}, {"国家医疗保障局", store.KindGovernmentAgency, []string{"国家医保局"}},
	{"国家林业和草原局", store.KindGovernmentAgency, []string{"国家林草局"}}, {"国家铁路局", store.KindGovernmentAgency, nil},
	{"国家邮政局", store.KindGovernmentAgency, nil}, {"国家文物局", store.KindGovernmentAgency, nil},
	{"国家粮食和物资储备局", store.KindGovernmentAgency, nil}, {"国家疾病预防控制局", store.KindGovernmentAgency, nil},
	{"国家外汇管理局", store.KindGovernmentAgency, nil}, {"国家烟草专卖局", store.KindGovernmentAgency, nil},
	{"国家移民管理局", store.KindGovernmentAgency, nil}, {"国家矿山安全监察局", store.KindGovernmentAgency, nil},
	{"中共中央组织部", store.KindGovernmentAgency, []string{"中组部"}}, {"中共中央宣传部", store.KindGovernmentAgency, []string{"中宣部"}},
	{"中共中央统一战线工作部", store.KindGovernmentAgency, []string{"中央统战部"}},
	{"中央网络安全和信息化委员会办公室", store.KindGovernmentAgency, []string{"中央网信办"}},
	{"中央机构编制委员会办公室", store.KindGovernmentAgency, []string{"中央编办"}},
	// Former names, which older pages use and their annotators keep: the
	// body a page names is the one it knew, not today's successor.
	{"农业部", store.KindGovernmentAgency, nil}, {"交通部", store.KindGovernmentAgency, nil}, {"卫生部", store.KindGovernmentAgency, nil},
	{"文化部", store.KindGovernmentAgency, nil}, {"铁道部", store.KindGovernmentAgency, nil}, {"国土资源部", store.KindGovernmentAgency, nil},
	{"环境保护部", store.KindGovernmentAgency, []string{"环保部"}}, {"信息产业部", store.KindGovernmentAgency, nil},
	{"国家旅游局", store.KindGovernmentAgency, nil}, {"国家外国专家局", store.KindGovernmentAgency, nil},
	{"国家卫生和计划生育委员会", store.KindGovernmentAgency, []string{"国家卫计委"}},
	{"国家食品药品监督管理总局", store.KindGovernmentAgency, []string{"食药监总局"}},
	{"国家质量监督检验检疫总局", store.KindGovernmentAgency, []string{"国家质检总局"}},
	{"国家工商行政管理总局", store.KindGovernmentAgency, []string{"国家工商总局"}},
	{"中国银行保险监督管理委员会", store.KindGovernmentAgency, []string{"银保监会"}},
	{"国家自然科学基金委员会", store.KindGovernmentAgency, []string{"国家自然科学基金委"}},
	{"中国科学技术协会", store.KindGovernmentAgency, []string{"中国科协"}},
	// The province's data bureau's centre, a public body though its name
	// ends as a data centre does.
	{"四川省大数据中心", store.KindGovernmentAgency, []string{"省大数据中心"}},
	// Chengdu's state-assets commission is named without its government,
	// as few others are (四川省人民政府国有资产监督管理委员会).
	{"成都市国有资产监督管理委员会", store.KindGovernmentAgency, []string{"成都市国资委"}},
	{"四川省人民政府", store.KindGovernmentAgency, []string{"省政府", "省人民政府", "四川省政府"}}, {"成都市人民政府", store.KindGovernmentAgency, []string{"市政府", "成都市政府"}},
	// Sichuan's new areas, which longer names open
	// ("宜宾三江新区东部产业园").
	{"宜宾三江新区", store.KindRegion, []string{"三江新区"}}, {"绵阳科技城新区", store.KindRegion, nil},
	{"南充临江新区", store.KindRegion, nil}, {"眉山天府新区", store.KindRegion, nil}, {"川渝高竹新区", store.KindRegion, []string{"高竹新区"}},
	{"四川天府新区成都直管区", store.KindRegion, []string{"天府新区成都直管区"}},
	{"重庆两江新区", store.KindRegion, []string{"两江新区"}}, {"重庆高新区", store.KindRegion, []string{"重庆高新技术产业开发区"}},
	{"西部(重庆)科学城", store.KindRegion, nil}, {"宜宾大学城", store.KindRegion, nil},
	{"天府农博园", store.KindRegion, nil}, {"国家技术转移西南中心", store.KindPlatform, nil}, {"中国西部国际博览城", store.KindPlatform, []string{"西博城"}},
	{"四川省科学技术厅", store.KindGovernmentAgency, []string{"四川省科技厅"}},
	{"成都市科学技术局", store.KindGovernmentAgency, []string{"成都市科技局"}},
	{"成都海关", store.KindGovernmentAgency, nil}, {"重庆海关", store.KindGovernmentAgency, nil},
}, append(append(countryEntries(), countyEntries()...), cityEntries()...)...)

// otherCities are the prefecture-level cities and prefectures of the other
// provinces that the lexicon's list above leaves out, and the county-level
// cities of the east that firms come from (昆山市, 义乌市). Pages name them
// as where a firm, a partner or a visitor comes from. They are known by
// their full names only: many of their stems are words (大同, 安顺, 吉安,
// 朝阳) or start other names.
var otherCities = wordSet(`唐山市 秦皇岛市 邯郸市 邢台市 保定市 张家口市 承德市 沧州市 廊坊市
	衡水市 大同市 阳泉市 长治市 晋城市 朔州市 晋中市 运城市 忻州市 临汾市
	吕梁市 包头市 乌海市 赤峰市 通辽市 鄂尔多斯市 呼伦贝尔市 巴彦淖尔市
	乌兰察布市 鞍山市 抚顺市 本溪市 丹东市 锦州市 营口市 阜新市 辽阳市
	盘锦市 铁岭市 朝阳市 葫芦岛市 吉林市 四平市 辽源市 通化市 白山市 松原市
	白城市 齐齐哈尔市 鸡西市 鹤岗市 双鸭山市 大庆市 伊春市 佳木斯市 七台河市
	牡丹江市 黑河市 绥化市 连云港市 淮安市 盐城市 镇江市 泰州市 宿迁市
	湖州市 衢州市 舟山市 丽水市 蚌埠市 淮南市 马鞍山市 淮北市 铜陵市 安庆市
	黄山市 滁州市 阜阳市 宿州市 六安市 亳州市 池州市 宣城市 莆田市 三明市
	漳州市 南平市 龙岩市 宁德市 景德镇市 萍乡市 九江市 新余市 鹰潭市 赣州市
	吉安市 宜春市 抚州市 上饶市 淄博市 枣庄市 东营市 潍坊市 济宁市 泰安市
	威海市 日照市 临沂市 德州市 聊城市 滨州市 菏泽市 开封市 平顶山市 安阳市
	鹤壁市 新乡市 焦作市 濮阳市 许昌市 漯河市 三门峡市 南阳市 商丘市 信阳市
	周口市 驻马店市 黄石市 十堰市 宜昌市 襄阳市 鄂州市 荆门市 孝感市 荆州市
	黄冈市 咸宁市 随州市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市
	郴州市 永州市 怀化市 娄底市 汕头市 韶关市 湛江市 肇庆市 江门市 茂名市
	梅州市 汕尾市 河源市 阳江市 清远市 潮州市 揭阳市 云浮市 柳州市 桂林市
	梧州市 北海市 防城港市 钦州市 贵港市 玉林市 百色市 贺州市 河池市 来宾市
	崇左市 三亚市 三沙市 儋州市 六盘水市 遵义市 安顺市 毕节市 铜仁市 曲靖市
	玉溪市 保山市 昭通市 丽江市 普洱市 临沧市 拉萨市 日喀则市 昌都市 林芝市
	山南市 那曲市 铜川市 宝鸡市 咸阳市 渭南市 延安市 汉中市 榆林市 安康市
	商洛市 嘉峪关市 金昌市 白银市 天水市 武威市 张掖市 平凉市 酒泉市 庆阳市
	定西市 陇南市 海东市 石嘴山市 吴忠市 固原市 中卫市 克拉玛依市 吐鲁番市
	哈密市 昆山市 江阴市 张家港市 常熟市 太仓市 义乌市 慈溪市 溧阳市 晋江市
	余姚市 宜兴市 延边朝鲜族自治州 恩施土家族苗族自治州 湘西土家族苗族自治州
	黔西南布依族苗族自治州 黔东南苗族侗族自治州 黔南布依族苗族自治州
	楚雄彝族自治州 红河哈尼族彝族自治州 文山壮族苗族自治州 西双版纳傣族自治州
	大理白族自治州 德宏傣族景颇族自治州 怒江傈僳族自治州 迪庆藏族自治州
	临夏回族自治州 甘南藏族自治州 昌吉回族自治州 伊犁哈萨克自治州
	巴音郭楞蒙古自治州`)

// cityEntries are the gazetteer's entries for otherCities, in order.
func cityEntries() []lexEntry {
	out := make([]lexEntry, 0, len(otherCities))
	for name := range otherCities {
		out = append(out, lexEntry{name, store.KindRegion, nil})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// countyEntries are the gazetteer's entries for sichuanCounties, each with
// its stem as its short name (什邡 for 什邡市), for sichuanCountiesFull, and
// for otherDistricts.
func countyEntries() []lexEntry {
	out := make([]lexEntry, 0, len(sichuanCounties)+len(sichuanCountiesFull))
	for name := range sichuanCounties {
		stem := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(name, "市"), "区"), "县")
		out = append(out, lexEntry{name, store.KindRegion, []string{stem}})
	}
	for name := range sichuanCountiesFull {
		out = append(out, lexEntry{name, store.KindRegion, nil})
	}
	for _, name := range otherDistricts {
		var aliases []string
		if !otherDistrictsFull[name] {
			aliases = []string{strings.TrimSuffix(name, "区")}
		}
		out = append(out, lexEntry{name, store.KindRegion, aliases})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// countryNames are the foreign countries the genre names, each a region of
// the gazetteer; countryAliases their short names.
var (
	countryNames = strings.Fields(`美国 英国 德国 法国 日本 韩国 新加坡 俄罗斯 意大利 加拿大 澳大利亚 以色列 瑞士 荷兰 瑞典 芬兰
	比利时 奥地利 西班牙 泰国 越南 马来西亚 印度尼西亚 巴基斯坦 阿联酋 沙特阿拉伯 巴西 墨西哥 智利 古巴 新西兰 丹麦 挪威 匈牙利 波兰
	捷克 乌克兰 白俄罗斯 哈萨克斯坦 乌兹别克斯坦 印度 南非 埃及 土耳其 老挝 柬埔寨
	缅甸 菲律宾 孟加拉国 斯里兰卡 尼泊尔 伊朗 伊拉克 卡塔尔 科威特 塞尔维亚 摩尔多瓦 罗马尼亚 保加利亚 希腊 葡萄牙 爱尔兰
	卢森堡 冰岛 斯洛伐克 斯洛文尼亚 克罗地亚 立陶宛 拉脱维亚 爱沙尼亚 阿塞拜疆 格鲁吉亚 亚美尼亚 吉尔吉斯斯坦 塔吉克斯坦
	土库曼斯坦 阿根廷 秘鲁 哥伦比亚 委内瑞拉 尼日利亚 肯尼亚 埃塞俄比亚 阿尔及利亚 摩洛哥 坦桑尼亚 文莱`)
	countryAliases = map[string][]string{"印度尼西亚": {"印尼"}, "沙特阿拉伯": {"沙特"}}
)

// foreignCities are the cities abroad the genre names where firms come
// from, go to or meet: exchanges, partner cities, railway ends.
var foreignCities = strings.Fields(`巴黎 伦敦 柏林 慕尼黑 法兰克福 纽伦堡 杜塞尔多夫 日内瓦 苏黎世 维也纳 布鲁塞尔 阿姆斯特丹 鹿特丹 蒂尔堡
	米兰 马德里 巴塞罗那 莫斯科 圣彼得堡 明斯克 华沙 布拉格 布达佩斯 赫尔辛基 斯德哥尔摩 哥本哈根 奥斯陆 伊斯坦布尔
	东京 大阪 首尔 釜山 曼谷 河内 胡志明市 金边 吉隆坡 雅加达 马尼拉 新德里 孟买 迪拜 阿布扎比 利雅得 多哈 德黑兰
	塔什干 阿拉木图 努尔苏丹 比什凯克 杜尚别 第比利斯 纽约 洛杉矶 旧金山 西雅图 芝加哥 波士顿 休斯敦
	多伦多 温哥华 蒙特利尔 悉尼 墨尔本 奥克兰 圣保罗 达沃斯`)

func countryEntries() []lexEntry {
	out := make([]lexEntry, 0, len(countryNames)+len(foreignCities))
	for _, c := range countryNames {
		out = append(out, lexEntry{c, store.KindRegion, countryAliases[c]})
	}
	for _, c := range foreignCities {
		out = append(out, lexEntry{c, store.KindRegion, nil})
	}
	return out
}

// countries are countryNames, longest first, for matching at a name's start.
var countries = sortByLen(slices.Clone(countryNames))

// placeStems are the stems of the gazetteer's regions ("成都" for 成都市),
// which let a one-character suffix make a region and let a name that
// starts with a place be located there.
var placeStems = func() map[string]string {
	m := map[string]string{}
	for _, e := range gazetteer {
		if e.Kind != store.KindRegion {
			continue
		}
		rs := []rune(e.Name)
		if strings.ContainsRune(regionSingle, rs[len(rs)-1]) && len(rs) >= 3 && !fullNameOnly(e.Name) {
			m[string(rs[:len(rs)-1])] = e.Name
		}
		for _, a := range e.Aliases {
			m[a] = e.Name
		}
	}
	// Names of wider areas that start names the way places do.
	for _, p := range []string{"成渝", "川渝", "川南", "川东北", "川西北", "攀西", "成德", "成德眉资", "成眉", "成资", "天府", "蓉", "西部", "西南", "中国", "四川"} {
		if _, ok := m[p]; !ok {
			m[p] = ""
		}
	}
	return m
}()

// placeStemList is placeStems' keys, longest first and then in order, so
// that a walk over them gives the same answer every time: a name can start
// with several stems (天府, 天府新区), and map order would pick one at random.
var placeStemList = func() []string {
	out := make([]string, 0, len(placeStems))
	for p := range placeStems {
		out = append(out, p)
	}
	sort.Strings(out)
	return sortByLen(out)
}()

// placeStemRunes are placeStemList as runes, for comparing in place.
var placeStemRunes = runesOf(placeStemList)

// runesOf converts words to runes once, so that a scan over a text can
// compare them in place rather than build a string at every position.
func runesOf(ws []string) [][]rune {
	out := make([][]rune, len(ws))
	for k, w := range ws {
		out[k] = []rune(w)
	}
	return out
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func sortByLen(ws []string) []string {
	sort.SliceStable(ws, func(i, j int) bool { return len([]rune(ws[i])) > len([]rune(ws[j])) })
	return ws
}
