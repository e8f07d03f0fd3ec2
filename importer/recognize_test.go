package importer

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"innograph/store"
	"innograph/store/memory"
)

// extract runs recognition and relation extraction on one cleaned text.
func extract(text string) ([]Mention, []Fact) {
	rs := []rune(text)
	sents := Sentences(rs)
	ms := Recognize(rs, sents, NewGazetteer())
	return ms, Relations(rs, sents, ms)
}

func names(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, string(m.Kind)+" "+m.Name)
	}
	return out
}

func TestRecognize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // kind and name of mentions that must be found
		not  []string // names that must not be
	}{
		{"a month before a name, a body's term and 原 before a ministry's name are no part of it; an event's number is", "1964年10月星眉材料研究所正式成立,这家由原冶金部星色金属研究院338室组建。第十三届全国政协星会委员会副主任张星出席。第十七届中国国际星件合作洽谈会开幕。",
			[]string{"RESEARCH_INSTITUTE 星眉材料研究所", "RESEARCH_INSTITUTE 冶金部星色金属研究院", "GOVERNMENT_AGENCY 全国政协星会委员会", "EVENT 第十七届中国国际星件合作洽谈会"},
			[]string{"10月星眉材料研究所", "原冶金部星色金属研究院", "第十三届全国政协星会委员会"}},
		{"a section chief, an inspector or an agronomist named before the title, right after the office, is a person; an adviser and an ambassador are titles", "院科技合作处刘星红处长、周星平科长出席。星河区农业农村局项目科舒星科长、科教科谢星科长、范星高级农艺师参加。省科技厅罗星彦巡视员介绍了路线图。省星钛产业协会高级顾问张星绪介绍说。法国驻华大使黎星出席。",
			[]string{"TALENT 刘星红", "TALENT 周星平", "TALENT 舒星", "TALENT 谢星", "TALENT 范星", "TALENT 罗星彦", "TALENT 张星绪", "TALENT 黎星"},
			[]string{"科舒星", "科谢星", "厅罗星彦"}},
		{"a name that opens a clause before 当选 is a person's; 党政办 is an office", "何星川当选星河学会首届理事长,盛星富当选监事。副院长司马星平、党政办主任骆星锐出席。",
			[]string{"TALENT 盛星富", "TALENT 骆星锐"},
			[]string{"党政办"}},
		{"brands in a list of units most of which name themselves bodies are firms; departments are not", "首批理事单位包括星微物联、准时星、成都星业学院、四川省星流研究院等单位。成都星海学院、四川省星能研究院、人事处、计划财务处等单位参加。",
			[]string{"ENTERPRISE 星微物联", "ENTERPRISE 准时星"},
			[]string{"人事处", "计划财务处"}},
		{"a name in Latin letters after a title is a person's; one word alone is not", "星海空间执行主席Steve Hofman出席。星河大学教授Ulrich S. Schubert院士致辞。星河公司总裁Jobs参加。",
			[]string{"TALENT Steve Hofman", "TALENT Ulrich S. Schubert"},
			[]string{"Jobs"}},
		{"fields listed before a count of industries in Chinese numerals are industries, each whole", "宜宾市正重点推动页岩气、节能环保装备、航空与燃机等五大高端成长型产业。",
			[]string{"REGION 宜宾市", "INDUSTRY_CHAIN 页岩气", "INDUSTRY_CHAIN 节能环保装备", "INDUSTRY_CHAIN 航空与燃机"},
			[]string{"航空"}},
		{"cities of other provinces and prefectures' counties by their full names; their stems alone are words", "拉萨市副市长匡星出席。项目主要在凉山州会理县、宁南县、布拖县。江西省赣州市与星海集团签约。大同小异。",
			[]string{"REGION 拉萨市", "REGION 凉山彝族自治州", "REGION 会理县", "REGION 宁南县", "REGION 布拖县", "REGION 江西省", "REGION 赣州市", "ENTERPRISE 星海集团"},
			[]string{"大同市", "拉萨"}},
		{"a centre's place in a zone names no centre", "成都星海科学城规划面积73平方公里,位于天府新区中心位置。",
			[]string{"REGION 成都星海科学城", "REGION 成都市", "REGION 四川天府新区"},
			[]string{"天府新区中心"}},
		{"央企 inside 中央企业 ends no name", "由星海集团牵头的中央企业星河创新联合体正式成立。",
			[]string{"ENTERPRISE 星海集团", "PLATFORM 中央企业星河创新联合体"},
			[]string{"业星河创新联合体"}},
		{"a first field whose halves 与 joins is whole after the verb", "该园区主要布局通信与物联网、人工智能与大数据等高技术产业。",
			[]string{"INDUSTRY_CHAIN 通信与物联网", "INDUSTRY_CHAIN 人工智能与大数据"},
			[]string{"物联网"}},
		{"a bare prefecture's government names no body on a page with no prefecture", "成都市与眉山市签约。州政府副州长杜星出席。",
			[]string{"REGION 成都市", "REGION 眉山市", "TALENT 杜星"},
			[]string{"州政府"}},
		{"内 that opens 内蒙古 opens the name", "内蒙古自治区巴彦淖尔市财政局来访。",
			[]string{"GOVERNMENT_AGENCY 内蒙古自治区巴彦淖尔市财政局", "REGION 内蒙古自治区", "REGION 巴彦淖尔市"},
			nil},
		{"fields the genre names as industries before 产业", "宜宾市围绕超高清视频产业、油服产业和玄武岩纤维产业建圈强链。",
			[]string{"REGION 宜宾市", "INDUSTRY_CHAIN 超高清视频", "INDUSTRY_CHAIN 油服", "INDUSTRY_CHAIN 玄武岩纤维"},
			nil},
		{"parks and platforms of the region the lexicon knows", "活动在天府农博园举行。星海大会将在中国西部国际博览城开幕。国家技术转移西南中心与星海集团签约。",
			[]string{"REGION 天府农博园", "PLATFORM 中国西部国际博览城", "PLATFORM 国家技术转移西南中心", "ENTERPRISE 星海集团"},
			nil},
		{"a provincial department named bare by its full remit, or after 原, is the province's", "在经济和信息化厅指导下,星海协会成立。记者从科学技术厅获悉。原省教育厅副巡视员邹星出席。",
			[]string{"GOVERNMENT_AGENCY 四川省经济和信息化厅", "GOVERNMENT_AGENCY 四川省科学技术厅", "GOVERNMENT_AGENCY 四川省教育厅"},
			nil},
		{"a bare committee that issues or convenes is the page's place's", "星河市与成都市签约。成都市召开会议。市委出台了《关于深化星海改革的意见》。",
			[]string{"GOVERNMENT_AGENCY 中共成都市委"},
			nil},
		{"a known field after 本地 or a verb that pushes it is an industry", "星海集团充分发挥本地电子信息产业的集群优势,有力助推我国生物医药产业发展。",
			[]string{"ENTERPRISE 星海集团", "INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 生物医药"},
			nil},
		{"national bodies and central firms the lexicon knows", "中国信通院与国药集团签约。国家信息中心星海基地落户。",
			[]string{"RESEARCH_INSTITUTE 中国信息通信研究院", "ENTERPRISE 国药集团", "GOVERNMENT_AGENCY 国家信息中心"},
			nil},
		{"towns of three characters and old towns after a place; one of two keeps its place", "将在该区星板滩镇建设产业园。走进隆昌市星燕桥镇三合村。被迫迁到宜宾星庄古镇。郫都区德星镇签约。",
			[]string{"REGION 星板滩镇", "REGION 隆昌市", "REGION 星燕桥镇", "REGION 宜宾市", "REGION 星庄古镇", "REGION 郫都区", "REGION 德星镇"},
			[]string{"区德星镇"}},
		{"a subsidiary's legal name opens with its group, past a verb that ends names elsewhere", "星河建材行业产教融合共同体由中建西部建设股份有限公司牵头。",
			[]string{"ENTERPRISE 中建西部建设股份有限公司", "PLATFORM 星河建材行业产教融合共同体"},
			[]string{"中建"}},
		{"神经 ends with a word that opens no name", "四川省神经系统疾病临床医学研究中心揭牌。",
			[]string{"RESEARCH_INSTITUTE 四川省神经系统疾病临床医学研究中心"},
			[]string{"系统疾病临床医学研究中心"}},
		{"省 after 和 opens a department of its own", "由四川省经信委和省教育厅指导,星河联盟成立。",
			[]string{"GOVERNMENT_AGENCY 四川省经济和信息化委员会", "GOVERNMENT_AGENCY 四川省教育厅"},
			[]string{"四川省经信委和省教育厅"}},
		{"a prefecture's departments listed bare after its first, up to 及, are its own, by its short name", "阿坝州发展改革委、经信局、生态环境局及商务和经济合作局相关负责人参加。",
			[]string{"GOVERNMENT_AGENCY 阿坝州经济和信息化局", "GOVERNMENT_AGENCY 阿坝州生态环境局", "GOVERNMENT_AGENCY 阿坝州商务和经济合作局"},
			[]string{"经信局", "阿坝藏族羌族自治州生态环境局"}},
		{"a city's stem before 政府 is the city's government", "遂宁政府、企业、星河大学三方务实推动科技创新工作。",
			[]string{"GOVERNMENT_AGENCY 遂宁市人民政府"},
			nil},
		{"a year or an edition before a field's fair makes it a name", "星河公司参加2018年网络安全博览会。星海公司参加2020双创生态升级发展峰会。",
			[]string{"EVENT 2018年网络安全博览会", "EVENT 2020双创生态升级发展峰会"},
			nil},
		{"a brand and its trade opening a clause before what a firm does is a firm; a verb or a place before a trade is none", "星兰科技与时代飞扬携手打造云计算中心。在大健康领域,通瑞生物专注放射性药物服务。拓展空天信息与实体经济融合。",
			[]string{"ENTERPRISE 星兰科技", "ENTERPRISE 通瑞生物"},
			[]string{"拓展空天信息"}},
		{"rarer surnames after a title open names", "星河市委副书记封安,星河市委常委李某出席会议。星海中心主任奉雯出席。",
			[]string{"TALENT 封安", "TALENT 奉雯"},
			nil},
		{"the firm a project's seat is named after is a firm; a product between them is none of its name", "包括辽宁星德新材西部总部及先进碳材料研发制造基地项目、星纳威成都总部项目、星魔方科技成都总部项目等5个项目。此外,浙江星信垂直电商区域总部项目等集中签约落户成都市武侯区。",
			[]string{"ENTERPRISE 辽宁星德新材", "ENTERPRISE 星纳威", "ENTERPRISE 星魔方科技"},
			[]string{"浙江星信垂直电商"}},
		{"a trade before 科技 in a firm's short name is its brand's", "此外,厦门星加网络科技西南总部项目签约。",
			[]string{"ENTERPRISE 厦门星加网络科技"},
			[]string{"厦门星加网络"}},
		{"a list of agreements between 以 and 为重点 names no industries", "四川星河新区与星海区举行签约仪式,以协同招商引资、共建星河科学城、联动科技创业投资3个协议为重点。",
			[]string{"REGION 星河科学城"},
			[]string{"招商引资", "科技创业投资3个协议"}},
		{"a list of firms an ellipsis ends before their class", "在活动展示区,星石集团、天星轴承、江星幕墙、翰星新材料......各类先进材料行业龙头企业将产品集中展示。",
			[]string{"ENTERPRISE 星石集团", "ENTERPRISE 天星轴承", "ENTERPRISE 江星幕墙", "ENTERPRISE 翰星新材料"}, nil},
		{"a chain's firms (等产业链条企业) are firms, not chains", "同时引进星电投、鼎星金属等产业链条企业21个。",
			[]string{"ENTERPRISE 星电投", "ENTERPRISE 鼎星金属"}, nil},
		{"a list of ecosystem partners is one of firms", "成都星拉悠然、罗星佳华等首批15个生态伙伴签约入驻。",
			[]string{"ENTERPRISE 成都星拉悠然", "ENTERPRISE 罗星佳华"}, nil},
		{"an event's name opens with the platform it founds, whose suffix is plain; a year inside is the event's", "星河产业园区发展联盟成立暨星海名企采购大会在成都举行。星湖市航空航天产教联合体成立大会举行。星海大学2025年全球校友企业家发展联盟年会举行。",
			[]string{"PLATFORM 星河产业园区发展联盟", "PLATFORM 星湖市航空航天产教联合体"}, []string{"星海大学2025年全球校友企业家发展联盟"}},
		{"the agencies a policy's title names before 关于 issue it and are read", "出台《中共四川省委关于深入推进创新驱动引领高质量发展的决定》。《四川省人民政府 重庆市人民政府关于推动川渝共建重点实验室建设的实施意见》出台。",
			[]string{"GOVERNMENT_AGENCY 中共四川省委", "GOVERNMENT_AGENCY 四川省人民政府", "GOVERNMENT_AGENCY 重庆市人民政府"}, nil},
		{"双城经济圈 alone is the Chengdu–Chongqing economic circle, not a region named by the verb before it", "媒体代表实地感受双城经济圈潮涌下的星河科技创新脉动。",
			[]string{"REGION 成渝地区双城经济圈"},
			[]string{"实地感受双城经济圈"}},
		{"a 科创区 is a zone", "星河动力产业园选址天府新区星海动力科创区,规划占地约3000亩。",
			[]string{"REGION 天府新区星海动力科创区"},
			nil},
		{"a lake's shore before a zone's name says where it is", "据了解,星河实验室位于星湖东南岸星海医学城,占地面积约225亩。",
			[]string{"REGION 星海医学城"},
			[]string{"星湖东南岸星海医学城"}},
		{"the last of a list of fields may run on to its projects", "星河城引进星海生物等创新药、医疗器械重大产业化项目。",
			[]string{"INDUSTRY_CHAIN 医疗器械"},
			nil},
		{"在 before a fair's short name says where it is, and opens no name", "日前,星河大学机器人技术及应用专业博士桂星成在西博会上领到了人才绿卡。",
			[]string{"TALENT 桂星成"},
			[]string{"应用专业博士桂星成在西博会"}},
		{"这位 and 变身 end the words before a name", "这位星河医疗系统有限责任公司的董事长带着团队来到成都。成都星海国际生物城变身产业新城。",
			[]string{"ENTERPRISE 星河医疗系统有限责任公司", "REGION 成都星海国际生物城"},
			[]string{"位星河医疗系统有限责任公司", "成都星海国际生物城变身产业新城"}},
		{"a university's park named with its national designation and without it is one body", "星海大学国家大学科技园举办活动。星海大学科技园常务副总经理周星丁出席。",
			[]string{"PLATFORM 星海大学国家大学科技园"},
			[]string{"星海大学科技园"}},
		{"titled people listed before 等公司领导 are the firm's people, not firms", "星河新筑股份公司党委书记、董事长王星辉、总裁李星林、副总裁赵斌和技术总监胡星士等公司领导参加调研活动。",
			[]string{"TALENT 王星辉", "TALENT 李星林", "TALENT 赵斌"},
			[]string{"董事长王星辉", "总裁李星林", "副总裁赵斌"}},
		{"发来 and 日前 follow a titled name", "星河研究院副院长张涛发来贺信。星海市委书记黄星初日前畅谈感受。",
			[]string{"TALENT 张涛", "TALENT 黄星初"},
			[]string{"张涛发", "黄星"}},
		{"a cooperation park is named by 合作园", "星河公司落户在中德(蒲江)中小企业合作园。",
			[]string{"REGION 中德(蒲江)中小企业合作园"},
			[]string{"中小企业"}},
		{"institutes known by number: listed after 电子N所, or by three digits alone", "聚集了电子10所、29所、30所等军工科研院所。星河区联合611所、615所建设星河协同创新中心。全市有120所高校。",
			[]string{"RESEARCH_INSTITUTE 中国电子科技集团公司第十研究所", "RESEARCH_INSTITUTE 中国电子科技集团公司第二十九研究所",
				"RESEARCH_INSTITUTE 中国电子科技集团公司第三十研究所", "RESEARCH_INSTITUTE 611所", "RESEARCH_INSTITUTE 615所"},
			[]string{"120所"}},
		{"a city's customs is an agency", "发挥作用,联合成都海关建设外贸综合园区。",
			[]string{"GOVERNMENT_AGENCY 成都海关"}, nil},
		{"a lab's directions of work are no industries", "星河实验室以电磁空间与泛在互联为发展方向。",
			nil, []string{"泛在互联", "电磁空间"}},
		{"parks named as film cities, ports, finance cities, creative parks, art districts", "成都影视城、成都现代工业港、成都金融城、天府长岛数字文创园、东郊记忆艺术区、成都IC国际城、成都中电阳光信息港等园区建设成势见效。",
			[]string{"REGION 成都影视城", "REGION 成都现代工业港", "REGION 成都金融城", "REGION 天府长岛数字文创园", "REGION 东郊记忆艺术区",
				"REGION 成都IC国际城", "REGION 成都中电阳光信息港"}, nil},
		{"a chain's cluster of related chains is no chain", "形成新型能源材料、绿色建材及相关产业链集群发展。", nil, []string{"相关产业链"}},
		{"an institute incorporated is the firm alone, in the place that opens its name", "成都星河产业技术研究院有限公司与星海动力技术研究所有限公司签约。",
			[]string{"ENTERPRISE 成都星河产业技术研究院有限公司", "REGION 成都市", "ENTERPRISE 星海动力技术研究所有限公司"},
			[]string{"成都星河产业技术研究院", "星海动力技术研究所"}},
		{"a university's schools named bare are named with it, and its short name before one is its own", "星河大学与星海市签约。星河大学党委书记王某,以及土木工程学院、星大材料科学与工程学院、中国白酒学院负责人出席。",
			[]string{"UNIVERSITY 星河大学土木工程学院", "UNIVERSITY 星河大学材料科学与工程学院", "UNIVERSITY 中国白酒学院"},
			[]string{"土木工程学院", "星河大学星大材料科学与工程学院", "星河大学中国白酒学院"}},
		{"a city's agency is named without the province written before its city", "四川省攀枝花市发展改革委副主任付某与四川德阳市人民政府签约。",
			[]string{"GOVERNMENT_AGENCY 攀枝花市发展和改革委员会", "GOVERNMENT_AGENCY 德阳市人民政府"},
			[]string{"四川省攀枝花市发展和改革委员会", "四川德阳市人民政府"}},
		{"a delegation's head", "科技部对口帮扶团星河执行团团长牛某等一行来校调研。", []string{"TALENT 牛某"}, nil},
		{"a known name holds a word that ends names elsewhere (建设, 发展)", "中国建设银行四川分行与星河科技有限公司签署协议。国家发展和改革委员会办公厅印发通知。",
			[]string{"ENTERPRISE 中国建设银行四川分行", "GOVERNMENT_AGENCY 国家发展和改革委员会办公厅"}, []string{"银行四川分行"}},
		{"a joint venture, a subsidiary, a trading firm or a multinational named by its class is no name", "双方将成立合资公司。集团下辖公司12家。星海贸易公司与跨国公司签约。",
			[]string{"ENTERPRISE 星海贸易公司"}, []string{"合资公司", "下辖公司", "跨国公司"}},
		{"a title where a given name would be makes the surname a verb", "星海成立由市委书记、市长任组长的大数据产业推进领导小组。", nil, []string{"任组长", "任组"}},
		{"names before the posts of engineers and of a society; rarer surnames", "成都市环保局刘某某总工程师出席。邀请孙某某副理事长介绍。星河研究所副所长阚某出席。常务副理事长出席。",
			[]string{"TALENT 刘某某", "TALENT 孙某某", "TALENT 阚某"}, []string{"常务"}},
		{"a name after a short title, before a word that goes on about the person", "星河产业园项目指挥部办公室主任李某边翻看方案边说。星河图书馆馆长邹某某校友首先汇报。",
			[]string{"TALENT 李某", "TALENT 邹某某"}, nil},
		{"the head of a unit, before a list goes on", "星河酒业副总经理彭某某、星海酒集团传媒总监张某、学校科技处处长周某出席。",
			[]string{"TALENT 张某", "TALENT 周某"}, nil},
		{"a firm whose trade is a supply chain; a centre so named is a class", "运营方——成都星河供应链服务有限公司也察觉到了变化。建设食品供应链管理中心。",
			[]string{"ENTERPRISE 成都星河供应链服务有限公司"}, []string{"食品供应链管理中心", "链服务有限公司"}},
		{"the province's committee named bare, after a verb of heeding too, is the genre's province's", "积极响应省委省政府号召,推进星河园建设。",
			[]string{"GOVERNMENT_AGENCY 中共四川省委", "GOVERNMENT_AGENCY 四川省人民政府"}, nil},
		{"the province's committee named bare with the province's government", "经评审委员会评审,并报省委省政府同意,获奖结果出炉。",
			[]string{"GOVERNMENT_AGENCY 中共四川省委"}, nil},
		{"the province's committee named bare before what it decided, in quotes", "为深入贯彻落实省委“一干多支”、“五区协同”战略部署,星河活动走进自贡。",
			[]string{"GOVERNMENT_AGENCY 中共四川省委"}, nil},
		{"a known place before 与 is a party of its own, not the first half of the name after it", "其中成都经开区与德国欧洲中小企业星河合作中心、星铁投资集团共同签署了协议。",
			[]string{"PLATFORM 德国欧洲中小企业星河合作中心", "REGION 成都经开区"}, []string{"成都经开区与德国欧洲中小企业星河合作中心"}},
		{"names written from another language, after a title or listed together; a slogan's parts are none", "星河矿业工艺总监巴勃罗·梅利星兰出席。商会会长保罗·巴星尼出席活动。授予卡尔·瑞星肖、吉姆·乔治·奥星、彼得·伊星斯3位外国专家奖。推进科创星河·智汇蓉城建设。",
			[]string{"TALENT 巴勃罗·梅利星兰", "TALENT 保罗·巴星尼", "TALENT 卡尔·瑞星肖", "TALENT 吉姆·乔治·奥星", "TALENT 彼得·伊星斯"}, []string{"授予卡尔·瑞星肖", "科创星河·智汇蓉城", "智汇蓉城"}},
		{"known fields after a verb of growing them, and the last of a list after 和", "星河区重点发展都市现代农业、现代服务业和先进制造业。",
			[]string{"INDUSTRY_CHAIN 都市现代农业", "INDUSTRY_CHAIN 现代服务业", "INDUSTRY_CHAIN 先进制造业"}, nil},
		{"a subsidiary named by its class is no name; the owner before it and the firm after it are", "宁德星代全资子公司四川星代的停车位排起长队。星河集团控股子公司星光科技有限公司签约。星纬锂能向子公司成都星纬锂能增资2.5亿元。",
			[]string{"ENTERPRISE 四川星代", "ENTERPRISE 星河集团", "ENTERPRISE 星光科技有限公司", "ENTERPRISE 成都星纬锂能"}, []string{"宁德星代全资子公司", "星河集团控股", "成都星纬锂能增资2"}},
		{"a service centre is a platform; an engineering, an R&D operations or a technology centre does research (the last three each fail without their suffix)", "星河新区科技创新服务中心揭牌。国家星药创新工程中心落户。星河新区研发运营中心投用。成都星海技术中心成立。",
			[]string{"PLATFORM 星河新区科技创新服务中心", "RESEARCH_INSTITUTE 国家星药创新工程中心", "RESEARCH_INSTITUTE 星河新区研发运营中心", "RESEARCH_INSTITUTE 成都星海技术中心"}, nil},
		{"chambers of commerce and research societies are platforms", "星海医疗器械商会与资阳高新区签约。四川省星河产权研究会成立。",
			[]string{"PLATFORM 星海医疗器械商会", "PLATFORM 四川省星河产权研究会"}, nil},
		{"leading groups and their offices, named by what they push; offices stationed elsewhere; party congresses from their place on", "四川省推进星河同城化发展领导小组办公室主任韩某某出席。成都市星海区知识产权工作领导小组成立。星河市人民政府驻深圳办事处负责人出席。深入学习重要指示精神和星河市第十二次党代会精神。",
			[]string{"GOVERNMENT_AGENCY 四川省推进星河同城化发展领导小组办公室", "GOVERNMENT_AGENCY 成都市星海区知识产权工作领导小组", "GOVERNMENT_AGENCY 星河市人民政府驻深圳办事处", "EVENT 星河市第十二次党代会"},
			[]string{"重要指示精神和星河市第十二次党代会"}},
		{"the prefectures named bare", "成都、眉山、甘孜、阿坝等地协同发展。试验区包括攀枝花全境及凉山、雅安的部分地方。",
			[]string{"REGION 甘孜藏族自治州", "REGION 阿坝藏族羌族自治州", "REGION 凉山彝族自治州"}, nil},
		{"a committee before what its decision is about, a quoted list of what it decided, or its principal leader", "落实四川省委关于在川高校更好服务地方经济高质量发展要求。邛崃市委主要负责人表示,功能区布局了4个产业。",
			[]string{"GOVERNMENT_AGENCY 中共四川省委", "GOVERNMENT_AGENCY 中共邛崃市委"}, nil},
		{"the province's committee before a quoted list of what it decided", "星河区落实省委“四化同步、城乡融合、五区共兴”战略部署。",
			[]string{"GOVERNMENT_AGENCY 中共四川省委"}, nil},
		{"a district's committee named with its own city keeps it on a page about another city", "成都市举行会议。成都市科技局参加。自贡市大安区委书记王某某出席。",
			[]string{"GOVERNMENT_AGENCY 中共自贡市大安区委"}, []string{"中共成都市自贡市大安区委"}},
		{"a group's unit named by the group's short name and its own is read whole", "航空工业成飞与星河科技有限公司签约。",
			[]string{"ENTERPRISE 航空工业成飞"}, []string{"中国航空工业集团有限公司"}},
		{"departments listed with firms are the province's departments, not firms", "四川省发改委、科技厅、能源局、经信委、财政厅、环保厅、星河电力公司等部门和企业机构也参加了会议。",
			[]string{"GOVERNMENT_AGENCY 四川省财政厅", "GOVERNMENT_AGENCY 四川省环境保护厅"}, []string{"经信委", "财政厅", "环保厅"}},
		{"the departments listed bare after a place's first are the place's; a committee's list is no department's", "成都市经信局、公安局、交通运输局、住建局,成都龙泉驿区等单位参加。绵阳市委常委、科技城党工委副书记、管委会常务副主任、市委军民融合办主任、市国资委党委书记黄某某出席。",
			[]string{"GOVERNMENT_AGENCY 成都市公安局", "GOVERNMENT_AGENCY 成都市交通运输局", "GOVERNMENT_AGENCY 成都市住房和城乡建设局"}, []string{"绵阳市科技城党工委", "绵阳市科技城管理委员会"}},
		{"the province's data centre is a public body, named with or without its province; a policy research office is an agency", "活动中,省大数据中心与德阳市政府签订了协议。中央政策研究室原副主任张某出席。",
			[]string{"GOVERNMENT_AGENCY 四川省大数据中心", "GOVERNMENT_AGENCY 中央政策研究室"}, nil},
		{"等 inside a word (高等) lists nothing", "星河大学(深圳)高等研究院挂牌。",
			nil, []string{"星河大学(深圳)高研究院"}},
		{"a title the state or the province gives parks names none of them", "星河经开区先后获得国家循环化改造示范试点园区、四川省绿色园区、国家应急产业示范基地等称号。",
			[]string{"REGION 星河经开区"}, []string{"国家循环化改造示范试点园区", "四川省绿色园区", "国家应急产业示范基地"}},
		{"a firm's purchasing or production centre is its department, no body", "星河汽车集团有限公司采购中心副总监刘某某发布标准。项目将建设智慧流通交付中心。",
			[]string{"ENTERPRISE 星河汽车集团有限公司"}, []string{"星河汽车集团有限公司采购中心", "智慧流通交付中心"}},
		{"新经济, the city's word for its new firms, names no industry", "星河软件园孵化培育出星桥、星联等众多新经济领域的知名企业。",
			nil, []string{"新经济"}},
		{"services a body offers are no industries of the genre", "星河中心为企业提供检验检测、科技服务等服务。",
			nil, []string{"检验检测", "科技服务"}},
		{"the new area named after Chengdu is the province's new area", "星河基地落户成都天府新区。",
			[]string{"REGION 四川天府新区"}, []string{"成都天府新区"}},
		{"the Academy's institutes named short", "攀钢、南京理工大学、中科院金属所签订战略合作协议。成都生物所党委书记叶某出席。",
			[]string{"RESEARCH_INSTITUTE 中国科学院金属研究所", "RESEARCH_INSTITUTE 中国科学院成都生物研究所"}, nil},
		{"the province's agency named by its level alone, whatever rule reads it", "省信息化工作办公室专职副主任陈某,省科技厅二级巡视员王某某共同揭牌。",
			[]string{"GOVERNMENT_AGENCY 四川省科学技术厅"}, []string{"省科技厅"}},
		{"Chengdu's state-assets commission keeps its own official name", "责任单位:市金融工作局、市财政局、市国资委。成都市举行会议。",
			[]string{"GOVERNMENT_AGENCY 成都市国有资产监督管理委员会"}, []string{"成都市人民政府国有资产监督管理委员会"}},
		{"firms a year gives birth to, counted with their rank (诞生A、B、C3家独角兽企业)", "去年一年诞生星玖星玖、星云科技、星潮传媒3家独角兽企业。",
			[]string{"ENTERPRISE 星玖星玖", "ENTERPRISE 星云科技", "ENTERPRISE 星潮传媒"}, []string{"去年一年诞生星玖星玖"}},
		{"the parties listed after 与 up to a verb of signing are firms; a place, a bureau or a body another rule reads is none", "星河数谷与讯星股份、迅星科技、华星创通现场签订项目合作协议。四川省与美国华盛顿州、星海医学院签署协议。该区与星光集团、该区楼宇办签约。",
			[]string{"ENTERPRISE 讯星股份", "ENTERPRISE 迅星科技", "ENTERPRISE 华星创通"}, []string{"华星创通现场", "美国华盛顿州", "该区楼宇办"}},
		{"parks named for their trade and 谷 (valley); a firm whose brand holds 芯谷 names no park", "星河芯谷作为双流区电子信息产业发展的主阵地。星海数谷与德阳移动签约。成都星知芯谷微电子有限公司发布产品。",
			[]string{"REGION 星河芯谷", "REGION 星海数谷"}, []string{"成都星知芯谷"}},
		{"an alliance of a field's industry or innovation is read whole", "7月21日,国家星钛产业联盟在成都正式成立。星河地区工业互联网产业创新联盟成立。",
			[]string{"PLATFORM 国家星钛产业联盟", "PLATFORM 星河地区工业互联网产业创新联盟"}, nil},
		{"a think tank is an institute, and a body built with one", "西华大学与星博四川智库共建“星博四川智库自贡市工作站”。",
			[]string{"RESEARCH_INSTITUTE 星博四川智库"}, nil},
		{"a district's government named by its level after the district's committee", "成都市新津区推进大会召开。新津区委区政府高度重视合作。",
			[]string{"GOVERNMENT_AGENCY 成都市新津区人民政府", "GOVERNMENT_AGENCY 中共成都市新津区委"}, nil},
		{"a county known by its full name only opens a zone's name by its stem", "江安经开区布局动力电池项目。宣汉普光经开区是省级园区。",
			[]string{"REGION 江安县", "REGION 宣汉县"}, nil},
		{"a place's stem before a field the genre knows, opening a list of fields, is no part of the field", "将进一步夯实乐山电子信息、新能源、新材料等优势产业。",
			[]string{"INDUSTRY_CHAIN 电子信息", "REGION 乐山市"}, []string{"乐山电子信息"}},
		{"the words before a chain that rank it or place it loosely are no part of its name", "四川6000亿元级医药健康产业集群的主要承载地。当地氢能产业链初具规模。立足星河产业链,突出星海产业集群。",
			[]string{"INDUSTRY_CHAIN 医药健康", "INDUSTRY_CHAIN 氢能"}, []string{"级医药健康", "当地氢能", "立足", "突出"}},
		{"groups and brands the genre names alone are firms; an ordinary word among them is none", "惠科、格罗方德、中国兵器装备集团等企业出席。创新的浪潮在不断奔涌。",
			[]string{"ENTERPRISE 惠科", "ENTERPRISE 格罗方德", "ENTERPRISE 中国兵器装备集团"}, []string{"浪潮"}},
		{"the firms of note of a field are firms, after a verb and its direction", "园区培育出星桥、星联、星幻等众多新经济领域的知名企业。园区培育出星河科技、星海电子等新经济领域的龙头企业。",
			[]string{"ENTERPRISE 星河科技", "ENTERPRISE 星海电子", "ENTERPRISE 星桥", "ENTERPRISE 星联"}, []string{"培育出星河科技"}},
		{"governments of a prefecture by its short name and of a city the lexicon does not know", "该联盟由攀枝花市政府、星德市政府、凉山州政府共同发起。全市政府工作报告。",
			[]string{"GOVERNMENT_AGENCY 星德市人民政府", "GOVERNMENT_AGENCY 凉山彝族自治州人民政府"}, []string{"全市人民政府"}},
		{"a member is no part of a member's name", "与会的联盟成员星河电气星河汽轮机有限公司参加。", []string{"ENTERPRISE 星河电气星河汽轮机有限公司"}, []string{"联盟成员星河电气星河汽轮机有限公司", "联盟"}},
		{"a known field after words that modify it in a phrase, and Sichuan's own chains", "星河区介绍了全市电子信息产业相关情况。同时15个人工智能产业生态圈项目签约。星河区打造千亿级新兴集成电路产业集群。星河城将核医疗产业作为方向。星河区光电子产业发展。",
			[]string{"INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 人工智能", "INDUSTRY_CHAIN 集成电路", "INDUSTRY_CHAIN 核医疗"}, []string{"光电"}},
		{"a firm's rank, a verb of fostering and 系 after a legal form end a name on its left; an owner named whole before its unit's kind", "世界500强星利控股集团落户。园区涌现出星钢集团等企业。乐山星瑞特医疗科技有限公司系成都星瑞特医疗科技股份有限公司全资子公司。",
			[]string{"ENTERPRISE 星利控股集团", "ENTERPRISE 星钢集团", "ENTERPRISE 乐山星瑞特医疗科技有限公司", "ENTERPRISE 成都星瑞特医疗科技股份有限公司"},
			[]string{"世界500强星利控股集团", "涌现出星钢集团", "成都星瑞特医疗科技股份有限公司全资子公司"}},
		{"more words that follow a name after a title", "星河集团副总经理张星刚连日来忙着接待客商。星河委副主任付星平拨通电话。星河集团生产经理刘星庆说,基地采用新工艺。星河集团总经理王星却很犯难。",
			[]string{"TALENT 张星刚", "TALENT 付星平", "TALENT 刘星庆", "TALENT 王星"}, nil},
		{"honorary posts", "SNEC大会名誉主席石星寰、星河集团董事长李某出席。", []string{"TALENT 石星寰"}, nil},
		{"a sign hung, a verb of focus or of running, and a count end a name on its left", "管委会(挂四川星邑经济开发区党工委牌子)。星河公司专注星能动力电池研发。星河医院领办星安医院。园区聚集60余家生物医药企业。",
			[]string{"GOVERNMENT_AGENCY 四川星邑经济开发区党工委", "RESEARCH_INSTITUTE 星安医院", "INDUSTRY_CHAIN 生物医药"},
			[]string{"挂四川星邑经济开发区党工委", "星河医院领办星安医院", "60余家生物医药"}},
		{"more words that end a name on its left: a name given, a verb of focus or enriching, a count, 区域内", "一家名叫星河科技有限公司的企业落户。这家叫做星海科技有限公司的企业落户。星河公司专注人工智能、集成电路等领域。未来将进一步丰富内江电子信息产业链条。吸引长三角地区60余家生物医药、医疗器械等企业参会。结合星河芯谷功能定位和区域内新一代集成电路、信息网络等主导产业。",
			[]string{"ENTERPRISE 星河科技有限公司", "ENTERPRISE 星海科技有限公司", "INDUSTRY_CHAIN 人工智能", "INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 生物医药", "INDUSTRY_CHAIN 新一代集成电路"},
			[]string{"名叫星河科技有限公司", "家叫做星海科技有限公司", "星河公司专注人工智能", "丰富内江电子信息", "长三角地区60余家生物医药", "区域内新一代集成电路"}},
		{"Sichuan's own chains are known fields", "乐山是中国多晶硅发祥地,多晶硅产业规模领先。攀枝花打造钒钛产业高地。化工新材料产业发展迅速。储能电池产业发展迅速。核技术应用产业发展迅速。星河区布局晶硅光伏产业。",
			[]string{"INDUSTRY_CHAIN 多晶硅", "INDUSTRY_CHAIN 钒钛", "INDUSTRY_CHAIN 化工新材料", "INDUSTRY_CHAIN 储能电池", "INDUSTRY_CHAIN 核技术应用", "INDUSTRY_CHAIN 晶硅光伏"}, nil},
		{"a given name may end with 一, unless 一 starts the word after it", "星河大学党委副书记、纪委书记郭星一,副校长张文卫出席。主任李明一同出席。",
			[]string{"TALENT 郭星一", "TALENT 张文卫", "TALENT 李明"}, []string{"郭星", "李明一"}},
		{"源自, 蝉联 and a fund's contributors end a name on its left", "该活动源自星河医学城和星海国际生物城的合作。星河园连续八年蝉联国家级优秀(A类)孵化器。该子基金主要出资人有成都星河产业投资基金、星河金控集团等。",
			[]string{"REGION 星河医学城", "REGION 星海国际生物城", "FUND 成都星河产业投资基金"},
			[]string{"活动源自星河医学城", "星河园连续八年蝉联国家级优秀(A类)孵化器", "子基金主要出资人有成都星河产业投资基金"}},
		{"本地 is no industry, and 就 introduces a list of fields", "星河大学将为星河市梳理本地产业链图谱。各部门围绕指标体系,就轨道交通、卫星互联网、文创旅游等产业链建设推进情况作了汇报。",
			[]string{"INDUSTRY_CHAIN 轨道交通", "INDUSTRY_CHAIN 卫星互联网"}, []string{"星河市梳理本地", "就轨道交通"}},
		{"a name closed by an adverb of time, and an honorary chair's name in a list", "星河所教授李星早早来到田里。星河协会名誉会长李星海、星河集团董事长李某出席。", []string{"TALENT 李星", "TALENT 李星海"}, nil},
		{"a park for founders", "加快推进“环星河大学创新创业园”建设。", []string{"REGION 环星河大学创新创业园"}, []string{"环星河大学"}},
		{"a district's name before 长 holds no 区长", "翠屏区长星工业园区位于宜宾。",
			[]string{"REGION 翠屏区长星工业园区"}, []string{"翠屏区长星工业园"}},
		{"a county's industrial park before a verb of building", "珙县工业园区布局星材项目,屏山县工业园区建设星极项目,翠屏区星河工业园区布局星芯项目。宜宾市工业园区建设成效显著。",
			[]string{"REGION 珙县工业园区", "REGION 屏山县工业园区", "REGION 翠屏区星河工业园区"}, []string{"宜宾市工业园区", "屏山县工业园"}},
		{"brands alone in a list most of whose items are firms by their names", "星河新区已引进国药星生、星东生物、星宇制药、星克生物、威星克、纳米星景等创新药重大产业化项目。成都吸引了英特尔、德州仪器、华为、AMD、展讯等重点企业。",
			[]string{"ENTERPRISE 国药星生", "ENTERPRISE 威星克", "ENTERPRISE 纳米星景", "ENTERPRISE AMD", "ENTERPRISE 展讯"}, nil},
		{"fields listed before their field's firms are fields", "星河园区的生物医药、医疗器械、中医药等医药健康领域企业相聚杭城。",
			[]string{"INDUSTRY_CHAIN 医疗器械", "INDUSTRY_CHAIN 中医药"}, nil},
		{"a verb of going before a list, and of electing or agreeing before a firm, is no part of a name", "调研组先后到星隆科技、星天实业、恒星悦等企业调研。会议选举星金实业集团股份有限公司为理事长单位,正式同意星银实业集团股份有限公司加入。",
			[]string{"ENTERPRISE 星隆科技", "ENTERPRISE 星金实业集团股份有限公司", "ENTERPRISE 星银实业集团股份有限公司"}, []string{"到星隆科技", "选举星金实业集团股份有限公司", "正式同意星银实业集团股份有限公司", "同意星银实业集团股份有限公司"}},
		{"a firm named after its zone is a firm of its own, and the zone named short elsewhere is the one named long", "四川德阳星江经济开发区星弗电工科技有限公司的车间里,工人们在忙碌。星江经济开发区持续发力。",
			[]string{"REGION 四川德阳星江经济开发区", "ENTERPRISE 星弗电工科技有限公司"}, []string{"四川德阳星江经济开发区星弗电工科技有限公司", "星江经济开发区"}},
		{"a firm named short by characters of its legal name and its class", "四川省星投资集团有限责任公司与星海大学签约。星投集团副总经理王星出席。中国星车股份有限公司在蓉成立。中国星车公司副总裁张星介绍。",
			[]string{"ENTERPRISE 四川省星投资集团有限责任公司", "ENTERPRISE 中国星车股份有限公司"}, []string{"星投集团", "中国星车公司"}},
		{"a legal name with words of its own after the short name's is another firm's", "星投信息产业集团有限公司成立。星投集团副总经理王星出席。",
			[]string{"ENTERPRISE 星投信息产业集团有限公司", "ENTERPRISE 星投集团"}, nil},
		{"a carrier's branch named by its province or city is a firm and a party before 与", "四川联通与星海大学签约。星海数谷与德阳移动签约。推进成都电信业务。",
			[]string{"ENTERPRISE 四川联通", "ENTERPRISE 德阳移动", "ENTERPRISE 成都电信", "UNIVERSITY 星海大学"}, []string{"四川联通与星海大学"}},
		{"a productivity or service promotion centre is a platform", "星海市生产力促进中心与四川省星河服务促进中心签约。",
			[]string{"PLATFORM 星海市生产力促进中心", "PLATFORM 四川省星河服务促进中心"}, nil},
		{"a medical centre is an institute; the city's frontier medical centre is a zone", "星海医院建设高原病医学中心、星湖紧急医学救援中心。星海数字医学中心揭牌。项目选址成都前沿医学中心。",
			[]string{"RESEARCH_INSTITUTE 高原病医学中心", "RESEARCH_INSTITUTE 星湖紧急医学救援中心", "RESEARCH_INSTITUTE 星海数字医学中心", "REGION 成都前沿医学中心"}, nil},
		{"a fund set up as a company is a fund, its manager a firm", "四川省星河产业投资引导基金有限公司由成都星海股权投资基金管理有限公司管理。",
			[]string{"FUND 四川省星河产业投资引导基金有限公司", "ENTERPRISE 成都星海股权投资基金管理有限公司"}, nil},
		{"a city's two sessions are an event", "在今年的星海市两会上,政府工作报告明确提出。",
			[]string{"EVENT 星海市两会"}, nil},
		{"names before 等, a count of persons and their group; names after the word for their group", "邀请姜星汉、罗星亚、刘星华等十三位中国科学院、中国工程院院士把脉。王星、李星等院士参会。省领导王星飞、范星平、罗星,有关部门负责人参加。星海中心PI魏星胜、白星、邓星兰一行到访。",
			[]string{"TALENT 姜星汉", "TALENT 刘星华", "TALENT 李星", "TALENT 王星飞", "TALENT 范星平", "TALENT 罗星", "TALENT 魏星胜", "TALENT 邓星兰"}, []string{"刘星华等", "李星等"}},
		{"the class of firm before a firm's name is no part of it", "设立横跨成都、自贡的主体企业星航(成都)无人机公司。其中,行业头部企业星通集团投资12亿元建设。",
			[]string{"ENTERPRISE 星航(成都)无人机公司", "ENTERPRISE 星通集团"}, []string{"主体企业星航(成都)无人机公司", "行业头部企业星通集团"}},
		{"a list with few firms named so vouches for no brand", "园区引进了星河、星光科技、未来等企业。",
			nil, []string{"星河", "未来"}},
		{"a head ranking the items among firms of note vouches for their brands", "该公司已与星菲亚、欧星、全星等知名家居品牌签约。",
			[]string{"ENTERPRISE 星菲亚", "ENTERPRISE 欧星", "ENTERPRISE 全星"}, nil},
		{"firms listed before their industry's leaders, the first after words that open the clause", "特别是随着宁德时代、星航锂电、星纬锂能等锂电行业龙头相继落地成都。",
			[]string{"ENTERPRISE 宁德时代", "ENTERPRISE 星航锂电", "ENTERPRISE 星纬锂能"}, []string{"特别是随着宁德时代"}},
		{"time words and verbs of praise end a name on its left", "过去新都区产业园区以制造为主。领导高度肯定研究院工作。",
			[]string{"REGION 新都区产业园区"}, []string{"过去新都区产业园区", "高度肯定研究院"}},
		{"more titles and name ends: a trip, a title after the name, a note on the post, a list sharing its last title", "市委副书记、市长唐星智赴星河大学调研。区委书记刘任星书记在会上指出。星河公司副总经理、董秘李小星最近很忙。星海日报执行社长张星梅感慨道。星光所副所长(主持工作)刘星海介绍。中国科学院李星、彭星军、陈星滋院士领衔。",
			[]string{"TALENT 唐星智", "TALENT 刘任星", "TALENT 李小星", "TALENT 张星梅", "TALENT 刘星海", "TALENT 李星", "TALENT 彭星军", "TALENT 陈星滋"}, nil},
		{"a district of another city takes its own city's name", "资阳市召开会议。资阳市委书记张某出席。大足区委书记罗某某、渝北区政府副区长马某某出席。",
			[]string{"GOVERNMENT_AGENCY 中共重庆市大足区委", "GOVERNMENT_AGENCY 重庆市渝北区人民政府"}, []string{"中共资阳市大足区委", "资阳市渝北区人民政府"}},
		{"hopes and thanks, and a modal verb before 与, are no part of a name", "四川省召开会议。我们希望在省科学技术厅指导下推进。感谢省科学技术厅支持。学校特别希望能与星投集团合作。",
			[]string{"ENTERPRISE 星投集团"}, []string{"希望在省科学技术厅", "感谢省科学技术厅", "能与星投集团"}},
		{"the chair of a board", "星创中国控股有限公司创始人、董事会主席孙星斌,星峨电影集团有限公司董事长韩星梅出席。",
			[]string{"TALENT 孙星斌"}, nil},
		{"lengthening a chain, or a region's, is no part of the chain's name", "遂宁逐步延长星锂产业链。遂宁成为西部地区星钠产业链最为完善的地区。",
			[]string{"INDUSTRY_CHAIN 星锂", "INDUSTRY_CHAIN 星钠"}, []string{"逐步延长星锂", "地区星钠"}},
		{"a zone's party committee and its agency named together are two bodies", "李某代表成都星海新区党工委管委会致辞。",
			[]string{"GOVERNMENT_AGENCY 成都星海新区党工委", "GOVERNMENT_AGENCY 成都星海新区管理委员会"}, []string{"成都星海新区党工委管委会"}},
		{"a short place in brackets inside a listed firm's name", "成都已有星横自动化、中星(成都)无人机等两家工业无人机企业上市。",
			[]string{"ENTERPRISE 星横自动化", "ENTERPRISE 中星(成都)无人机"}, nil},
		{"a lab's designation fixes its name's left edge; a place before the class alone names no lab", "7月2日,省部共建星南作物资源发掘与利用国家重点实验室正式挂牌。至此,四川国家重点实验室达到16个。",
			[]string{"LAB 星南作物资源发掘与利用国家重点实验室"}, []string{"四川国家重点实验室", "利用国家重点实验室"}},
		{"fairs by their short names", "不久前落幕的第二十届星博会上,21个项目签约。星博会绵阳展厅内人头攒动。第十七届星洽会在成都开幕。",
			[]string{"EVENT 第二十届星博会", "EVENT 第十七届星洽会"}, nil},
		{"each of a class, or a class of units by 附属 alone, is no name", "星河医科大学各学院负责人陪同。要充分利用三家直属附属医院的资源。",
			nil, []string{"星河医科大学各学院", "直属附属医院"}},
		{"a listed firm's stock code in a list", "此外,四川星鑫锂电、星齐锂业(002466)、眉山星车制动等企业也通过建立研究院持续推动自主创新。",
			[]string{"ENTERPRISE 四川星鑫锂电", "ENTERPRISE 星齐锂业", "ENTERPRISE 眉山星车制动"}, []string{"星齐锂业(002466)"}},
		{"the province's government by its short name", "省人民政府副秘书长刘某某陪同。",
			[]string{"GOVERNMENT_AGENCY 四川省人民政府"}, []string{"省人民政府"}},
		{"a verb its particle closes introduces a list, known or not", "市区联动成功捕获了星储电池、固态电池、复合集流体等新能源领域的项目。短时间内就集聚起了芯片、算法、机器人等领域的企业。",
			[]string{"INDUSTRY_CHAIN 星储电池", "INDUSTRY_CHAIN 芯片"}, []string{"捕获了星储电池", "起了芯片"}},
		{"national academies by their short forms, and their units named so", "中国农科院副院长刘某某出席。中国农科院星河农业研究所所长杨某某介绍。",
			[]string{"RESEARCH_INSTITUTE 中国农业科学院", "RESEARCH_INSTITUTE 中国农业科学院星河农业研究所"}, []string{"中国农科院星河农业研究所"}},
		{"a date ends a name on its left", "2021年12月23日星河实验室正式揭牌。",
			[]string{"LAB 星河实验室"}, []string{"12月23日星河实验室"}},
		{"a commission joining two remits with 和, after its place", "四川省发展和改革委员会、成都市星河和星光委员会印发通知。",
			[]string{"GOVERNMENT_AGENCY 四川省发展和改革委员会", "GOVERNMENT_AGENCY 成都市星河和星光委员会"}, nil},
		{"an article's number opens the clause, and 采用 ends a name on its left", "第四条 成都市星光发展委员会(以下简称市星光委)负责管理。第三条 星河基金采用直接投资基金(以下简称直投基金)模式。",
			[]string{"GOVERNMENT_AGENCY 成都市星光发展委员会"}, []string{"第四条成都市星光发展委员会", "星河基金采用直接投资基金"}},
		{"a name followed by what school it is an alumnus of is a person", "王星辉是电子科大1983级校友。李星明是星河大学2006届毕业生。成都是星河大学校友聚集之地。",
			[]string{"TALENT 王星辉", "TALENT 李星明"}, []string{"成都是"}},
		{"firms listed before an industry's firms up and down its chain", "星湖区聚集星瑞科、星材科技等电子信息产业上下游企业73家。",
			[]string{"ENTERPRISE 星瑞科", "ENTERPRISE 星材科技"}, []string{"INDUSTRY_CHAIN 星瑞科"}},
		{"a centre of medical care or of research is a research body; a frontier medical centre names a park", "星河国际肿瘤治疗中心、星海康复中心和星湖生物学研究与转化中心签约。成都高新区前沿医学中心是园区。",
			[]string{"RESEARCH_INSTITUTE 星河国际肿瘤治疗中心", "RESEARCH_INSTITUTE 星海康复中心", "RESEARCH_INSTITUTE 星湖生物学研究与转化中心", "REGION 成都高新区前沿医学中心"}, nil},
		{"a named place's bureau of any remit", "据绵阳市山林合作局、成都高新区星光产业局相关负责人介绍,园区优化产业布局,开创新局。",
			[]string{"GOVERNMENT_AGENCY 绵阳市山林合作局", "GOVERNMENT_AGENCY 成都高新区星光产业局"}, []string{"园区优化产业布局", "开创新局"}},
		{"a federation of returned overseas Chinese and a science association, by their short forms and relative to the page", "成都市召开会议。市侨联、市科协相关负责人表示,四川省侨联副主席李某某出席。新都区新科局发布通知。",
			[]string{"GOVERNMENT_AGENCY 成都市归国华侨联合会", "GOVERNMENT_AGENCY 成都市科学技术协会", "GOVERNMENT_AGENCY 四川省归国华侨联合会",
				"GOVERNMENT_AGENCY 新都区新经济和科技局"}, []string{"市侨联", "市科协"}},
		{"a bureau's head is no bureau", "成都市某某技术局副局长王某和新津区某某局局长李某出席。",
			[]string{"GOVERNMENT_AGENCY 成都市某某技术局", "GOVERNMENT_AGENCY 新津区某某局"}, []string{"成都市某某技术局副局", "新津区某某局局"}},
		{"co-issuers run together, the second relative", "会议由成都市经信局市新经济委指导。",
			[]string{"GOVERNMENT_AGENCY 成都市经济和信息化局", "GOVERNMENT_AGENCY 成都市新经济发展委员会"}, []string{"成都市经信局市新经济发展委员会"}},
		{"a national body's office in a province is one body", "工信部火炬中心、中国证监会四川监管局指导。",
			[]string{"GOVERNMENT_AGENCY 工业和信息化部火炬高技术产业开发中心", "GOVERNMENT_AGENCY 中国证监会四川监管局"}, []string{"四川监管局", "工信部火炬中心"}},
		{"a short title inside a longer one, and a word that follows names", "星海集团战略规划总监钟涛介绍,区经信局产业科科长罗道元表示,副主任张力围绕项目作了发言,副院长顾顺超如是说。",
			[]string{"TALENT 钟涛", "TALENT 罗道元", "TALENT 张力", "TALENT 顾顺超"}, []string{"张力围"}},
		{"more titles: of finance, a leader of a city or a school, a committee's chair", "星海厅总经济师袁星冰,星河银行副行长黄星祥出席。市领导曹星杰、韩星出席。主任委员张星院士、副主任委员杨星泰院士出席。",
			[]string{"TALENT 袁星冰", "TALENT 黄星祥", "TALENT 曹星杰", "TALENT 韩星", "TALENT 张星", "TALENT 杨星泰"}, nil},
		{"a firm's legal name goes on over 建设 when all it leaves is a trade", "雅安星河建设投资开发有限公司与星海公司签约。成都星湖建设开发有限公司是承担园区运营的主力军。",
			[]string{"ENTERPRISE 雅安星河建设投资开发有限公司", "ENTERPRISE 成都星湖建设开发有限公司"}, []string{"投资开发有限公司", "开发有限公司"}},
		{"a firm's legal name holds 联合 or 引导 after a place, not after a body", "链主企业——深圳联合星飞科技有限公司落户四川。四川省星河投资引导基金有限公司发布公告。彭州市联合星光有限公司打造基地。成都市政府联合星湖科技有限公司举办活动。",
			[]string{"ENTERPRISE 深圳联合星飞科技有限公司", "FUND 四川省星河投资引导基金有限公司", "ENTERPRISE 星光有限公司", "ENTERPRISE 星湖科技有限公司"},
			[]string{"星飞科技有限公司", "基金有限公司", "彭州市联合星光有限公司", "成都市政府联合星湖科技有限公司"}},
		{"a meeting named only by what kind of meeting it is", "会上召开联席会议,举行精准对接会和会议论坛。星河产业发展高峰论坛开幕。",
			[]string{"EVENT 星河产业发展高峰论坛"}, []string{"联席会议", "精准对接会", "会议论坛"}},
		{"more words that close a name", "星河公司总经理余星洪连连点赞。星海园总经理龙星热情接待。处长严星浩汇报了规划,负责人张星直言不易。",
			[]string{"TALENT 余星洪", "TALENT 龙星", "TALENT 严星浩", "TALENT 张星"}, []string{"龙星热", "张星直"}},
		{"family names of Sichuan", "副市长鲜星河出席。局长代星海,处长辜星光参加。院士蹇星湖、教授漆星云出席。主任代表团队发言。",
			[]string{"TALENT 鲜星河", "TALENT 代星海", "TALENT 辜星光", "TALENT 蹇星湖", "TALENT 漆星云"}, []string{"代表", "代表团"}},
		{"given names that start or end with a common character", "星海电器生产部生产经理李荣介绍情况,区委书记冼荣生代表区委致辞,市长助理韩春林出席。",
			[]string{"TALENT 李荣", "TALENT 冼荣生", "TALENT 韩春林"}, []string{"李荣介"}},
		{"a title after the name, and words that follow names", "钟宇行副省长调研指导。9月25日,副省长钟宇行专程前往星海大学。在市委书记、市长邓良智看来,项目很有价值。",
			[]string{"TALENT 钟宇行", "TALENT 邓良智"}, []string{"钟宇行专"}},
		{"a known body after a quoted event", "今年4月,“创业星海·菁蓉汇”电子科技大学专场活动上,团队登台。",
			[]string{"UNIVERSITY 电子科技大学"}, []string{"创业星海·菁蓉汇"}},
		{"names listed before 等 and a word for people", "该项目由吕某强、潘军、李平、张可等校友联合发起。成都、重庆、西安等城市参加。",
			[]string{"TALENT 吕某强", "TALENT 潘军", "TALENT 李平", "TALENT 张可"}, []string{"成都", "重庆"}},
		{"a university's park, and a belt of industry", "双方将形成北航星海研究院、北航创新科技园。打造成都高新区高校成果转化产业带。",
			[]string{"PLATFORM 北京航空航天大学创新科技园", "REGION 成都高新区高校成果转化产业带"}, []string{"北航创新科技园和", "北京航空航天大学创新科技园和"}},
		{"words that open a clause and are said to be a firm", "作为低空经济链主企业,星飞长空是国内领先的整机研制企业。我们是一家创新企业,目前是龙头企业,星冲由此成为上市企业,成都是电子信息产业基地。",
			[]string{"ENTERPRISE 星飞长空"}, []string{"我们", "目前", "星冲由此", "成都"}},
		{"verbs, an adjective and a supply tier before a name, a count's classifier before a chain", "2012年,星睿迁入星河生命科技园。这里更有天府软件园,环境优美。瞄准高精尖星海医学城建设。进一步释放星湖经开区活力。上游有星宜锂业、星原集团等企业。四川拥有16个星光制造业集群。",
			[]string{"REGION 星河生命科技园", "REGION 天府软件园", "REGION 星海医学城", "REGION 星湖经开区", "ENTERPRISE 星宜锂业"},
			[]string{"星睿迁入星河生命科技园", "里更有天府软件园", "高精尖星海医学城", "释放星湖经开区", "上游有星宜锂业", "个星光制造业"}},
		{"an event with a brand in quotes inside its name, and a slogan that opens the clause left out", "2022年“星城银行杯”星河省创新创业大赛在成都举行。新津区“立园满园”促进活动暨星谷开园入驻仪式在新津区举行。会上隆重举行“从新出发香遇未来”星河大学走进星海产业园人才开放周启动仪式。为主题的星河市化工行业产销对接座谈会在星海区召开。",
			[]string{"EVENT 2022年星城银行杯星河省创新创业大赛", "EVENT 新津区“立园满园”促进活动暨星谷开园入驻仪式", "EVENT 星河市化工行业产销对接座谈会"},
			[]string{"“从新出发香遇未来”星河大学走进星海产业园人才开放周启动仪式"}},
		{"an industry named by its firms, the longest known words before 企业", "星河区拥有规上电子信息企业120余家。一批工业无人机企业在此开展研发。星河公司是一家高新技术企业。",
			[]string{"INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 工业无人机"}, []string{"无人机", "高新技术"}},
		{"learned societies and their committees, and verbs of discussing before a name", "星河省电子学会与重庆市星光工程学会签约。嘉宾共话成都医学城发展。星河省软件行业协会人工智能专业委员会成立。",
			[]string{"PLATFORM 星河省电子学会", "PLATFORM 重庆市星光工程学会", "REGION 成都医学城", "PLATFORM 星河省软件行业协会人工智能专业委员会"}, []string{"共话成都医学城"}},
		{"a class of zones is no zone, but a place's zone of that class is", "国务院高度重视国家高新区建设。乐山国家高新区发布政策。各地高新区纷纷响应。",
			[]string{"REGION 乐山国家高新区"}, []string{"国家高新区", "国务院高度重视国家高新区", "各地高新区"}},
		{"a circle of travel time is no place, and words of distance and neighbourhood open no name", "星阳位于成都半小时经济圈和重庆一小时经济圈。15分钟可直达成都天府国际机场。东接龙泉驿制造中心,西连高新区科研中心。",
			[]string{"PLATFORM 成都天府国际机场"}, []string{"成都半小时经济圈", "重庆一小时经济圈", "都天府国际机场", "东接龙泉驿制造中心", "西连高新区科研中心", "东接"}},
		{"witnessing and a body's word for itself before a name", "见证星海新区成都管理委员会与星河大学签约。我院与星湖大学星光工程学院签署合作协议。",
			[]string{"UNIVERSITY 星湖大学星光工程学院"}, []string{"见证星海新区成都管理委员会", "我院与星湖大学星光工程学院", "我院与星湖大学"}},
		{"a visit's words before a name, and what leads no chain", "星河省科协副主席徐某一行莅临星海大学科技园调研。围绕园区电子信息主导产业,加快建设。将星河建成技术主导、规模翻番的集成电路产业集群。",
			[]string{"PLATFORM 星海大学科技园", "INDUSTRY_CHAIN 集成电路"}, []string{"星河省科协副主席徐某一行莅临星海大学科技园", "电子信息主导", "技术主导"}},
		{"a ministry's centre is a public body", "工业和信息化部新闻宣传中心发布报告。中国科学院成都文献情报中心发布报告。",
			[]string{"GOVERNMENT_AGENCY 工业和信息化部新闻宣传中心", "PLATFORM 中国科学院成都文献情报中心"}, nil},
		{"national bodies by their names and short names", "中共中央、国务院印发纲要。国家卫健委和国防科工局联合发文。",
			[]string{"GOVERNMENT_AGENCY 中共中央", "GOVERNMENT_AGENCY 国家卫生健康委员会", "GOVERNMENT_AGENCY 国家国防科技工业局"}, nil},
		{"a place and a trade make no firm when the words between are an industry, a verb or a class", "大力发展成都人工智能,推动双流中国航空走向世界,成渝两地电子加快融合。成都极米科技发布新品。",
			[]string{"ENTERPRISE 成都极米科技"}, []string{"成都人工智能", "双流中国航空", "成渝两地电子"}},
		{"titles of scientists and members, and more words that close a name", "中国工程院院士、复合材料学家杜星义表示,成都具备条件。专家咨询委员会成员肖星余表示赞同。中科院院士成星明合作建设基地。星河公司副总经理顾星春近年来深度参与研发。领军型科学家和杰出工程技术专家参加。",
			[]string{"TALENT 杜星义", "TALENT 肖星余", "TALENT 成星明", "TALENT 顾星春"}, []string{"和杰"}},
		{"a name closed by a word that follows names", "会长李星荣通过视频致辞。校长张小星通过视频致辞。董事长王星国率队考察。",
			[]string{"TALENT 李星荣", "TALENT 张小星", "TALENT 王星国"}, []string{"李星"}},
		{"a trade word read inside a firm's legal name is no firm of its own", "成都星子金控股权投资(集团)有限公司出资设立基金。",
			[]string{"ENTERPRISE 成都星子金控股权投资(集团)有限公司"}, []string{"成都星子金控"}},
		{"a firm before its legal form, a street after its district, a plan as a verb", "成都星子金控集团旗下公司参展。记者走进位于龙泉驿区大面街道的园区。配套项目计划投资2.5亿元。",
			[]string{"ENTERPRISE 成都星子金控集团", "REGION 大面街道"}, []string{"成都星子金控", "配套项目计划"}},
		{"Sichuan's economic regions open names as places do", "要加强双创人才培养,为川南经济区发展作出更大贡献。川南经济区主要推进传统化工转型升级。攀西经济区加快振兴。",
			[]string{"REGION 川南经济区", "REGION 攀西经济区"}, nil},
		{"中西医结合 inside a name ends no name, as 结合 elsewhere does", "星河中医药大学中西医结合疫病研究院揭牌仪式举行。",
			[]string{"RESEARCH_INSTITUTE 星河中医药大学中西医结合疫病研究院", "UNIVERSITY 星河中医药大学"}, []string{"疫病研究院"}},
		{"a notice's issuers signed one to a line, a place's office of management, and 修订 before a name", "成都市星河运行和政务服务管理办公室\n中共成都市委星海安全和信息化委员会办公室\n修订市政府办公厅印发的办法。星河大学科技园管理办公室主任李某出席。",
			[]string{"GOVERNMENT_AGENCY 成都市星河运行和政务服务管理办公室", "GOVERNMENT_AGENCY 中共成都市委星海安全和信息化委员会办公室", "GOVERNMENT_AGENCY 成都市人民政府办公厅"},
			[]string{"中共成都市委星海安全和信息化委员会", "修订市政府办公厅", "星河大学科技园管理办公室"}},
		{"a work report's delivery line run into the speaker's: a name ends at 会议上, a person's at 各位代表", "2020年1月19日在简阳市第十七届人民代表大会第五次会议上简阳市人民政府市长易星弟各位代表:现在,我代表市人民政府报告工作。",
			[]string{"EVENT 简阳市第十七届人民代表大会第五次会议", "GOVERNMENT_AGENCY 简阳市人民政府", "TALENT 易星弟"},
			[]string{"简阳市第十七届人民代表大会第五次会议上简阳市人民政府"}},
		{"a congress and a conference named by their level alone are the page's place's, by their official names; a deputy's title names neither", "成都市成华区召开会议。请区政协委员提出意见。在区人大及其常委会的监督支持下,全区发展。邛崃市召开会议。市人大代表李某建议。",
			[]string{"GOVERNMENT_AGENCY 中国人民政治协商会议成都市成华区委员会", "GOVERNMENT_AGENCY 成都市成华区人民代表大会"}, []string{"邛崃市人民代表大会", "市人大"}},
		{"a bare committee that leads is the page's place's", "邛崃市召开会议。过去一年,在市委的坚强领导下,在市人大的监督支持下,全市发展取得成绩。",
			[]string{"GOVERNMENT_AGENCY 中共邛崃市委"}, nil},
		{"a body's line of work before 领域 lists its aspects; an alliance of university parks holds no university", "管理层对检测中心的历史沿革、人才队伍、业务领域进行了介绍。省科技厅、四川省大学科技园联盟等评审组专家莅临。在生物医药、新材料和人工智能领域合作。",
			[]string{"PLATFORM 四川省大学科技园联盟", "INDUSTRY_CHAIN 生物医药", "INDUSTRY_CHAIN 人工智能"}, []string{"历史沿革", "人才队伍", "业务", "四川省大学"}},
		{"firms listed with nothing between them: a legal name is whole at its legal form; a branch keeps its firm's name", "参观了四川星欧瑞光电科技有限公司四川星锐宏电子科技有限公司。星河电子科技有限公司成都分公司揭牌。",
			[]string{"ENTERPRISE 四川星欧瑞光电科技有限公司", "ENTERPRISE 四川星锐宏电子科技有限公司", "ENTERPRISE 星河电子科技有限公司成都分公司"},
			[]string{"四川星欧瑞光电科技有限公司四川星锐宏电子科技有限公司"}},
		{"来 and 本 end a given name where punctuation or 等 closes it; 推介 follows a name", "副总经理陈星来等领导出席。区长赵星本,星河研究院院长出席。管委会主任罗星推介了园区。市长王星来到成都。",
			[]string{"TALENT 陈星来", "TALENT 赵星本", "TALENT 罗星", "TALENT 王星"}, []string{"陈星", "赵星", "罗星推", "王星来"}},
		{"a touring event's station in brackets is part of its name; a year in brackets is not", "举办星河龙舟大赛(成都·简阳站)、星海广场舞大赛(四川赛区)等赛事。星云论坛(2024)召开。",
			[]string{"EVENT 星河龙舟大赛(成都·简阳站)", "EVENT 星海广场舞大赛(四川赛区)", "EVENT 星云论坛"}, []string{"星河龙舟大赛", "星海广场舞大赛"}},
		{"a plan of work, of a year or of a step is no programme, a named one is", "项目比原计划提前投产,完成年度计划的90%。制定2020工作计划和系列计划。星河省星光人才计划启动。313个项目超额完成年度投资计划。现将2023年国民经济和社会发展计划执行情况报告如下。",
			[]string{"PROGRAM 星河省星光人才计划"}, []string{"比原计划", "原计划", "年度计划", "完成年度计划", "2020工作计划", "工作计划", "系列计划", "年度投资计划", "超额完成年度投资计划", "国民经济和社会发展计划", "2023年国民经济和社会发展计划"}},
		{"计划 before a year or a verb of acting is the clause's verb, and 按计划 is a manner; a named plan before a count is a programme", "星河新材料股份有限公司计划2024年投资10亿元。省环保厅计划建立环保产业联盟。一季度按计划如期动工的项目有16个。实施星河品牌推广计划3个方面作出部署。",
			[]string{"PROGRAM 星河品牌推广计划"}, []string{"星河新材料股份有限公司计划", "省环保厅计划", "环保厅计划", "一季度按计划", "按计划"}},
		{"a park's viewing deck is no platform", "在星河三江新区东部产业园观景平台远眺,星光新材料二期观光平台也已建成。星河大数据公共服务平台投用。",
			[]string{"PLATFORM 星河大数据公共服务平台"}, []string{"星河三江新区东部产业园观景平台", "东部产业园观景平台", "星光新材料二期观光平台"}},
		{"the activities an event holds, named by what is done, are no events of their own", "期间还将在星河种业园举行首届星河国际种业高峰论坛、展览展示、田间观摩评选、星光种业大讲堂等多项活动。",
			[]string{"EVENT 首届星河国际种业高峰论坛"}, []string{"展览展示", "田间观摩评选"}},
		{"a city's science centre is an area, the national one a platform, a frontier one an institute; a gene bank and a start-up park are platforms and a stock exchange a firm", "星河(兴隆湖)综合性科学中心加快建设。成渝综合性国家科学中心获批。星光疾病分子网络前沿科学中心揭牌。星河省种质资源中心库建成。企业在星海证券交易所上市。星河青年(大学生)创业园开园。",
			[]string{"REGION 星河(兴隆湖)综合性科学中心", "PLATFORM 成渝综合性国家科学中心", "RESEARCH_INSTITUTE 星光疾病分子网络前沿科学中心", "PLATFORM 星河省种质资源中心库", "ENTERPRISE 星海证券交易所", "PLATFORM 星河青年(大学生)创业园"}, nil},
		{"a cluster the province designates keeps its place in its name, on a list's line or after a region of several cities; one a district grows names the field", "四川省先进制造业集群拟培育名单\n成都市人工智能产业集群\n攀西钒钛新材料先进制造业集群\n成德高端能源装备集群入选国家先进制造业集群。郫都区电磁空间安全产业集群入选星河省中小企业特色产业集群。",
			[]string{"INDUSTRY_CHAIN 成都市人工智能产业集群", "INDUSTRY_CHAIN 攀西钒钛新材料先进制造业集群", "INDUSTRY_CHAIN 成德高端能源装备集群", "INDUSTRY_CHAIN 电磁空间安全"}, []string{"四川省先进制造业集群", "人工智能", "高端能源装备", "郫都区电磁空间安全产业集群"}},
		{"places listed before the last one's government are each that place's government; a zone listed before another zone's committee stays a zone", "成都、德阳、眉山、资阳市人民政府,省政府各部门:规划已经同意。责任单位:各区(市)县政府(含成都天府新区、成都高新区管委会)。",
			[]string{"GOVERNMENT_AGENCY 成都市人民政府", "GOVERNMENT_AGENCY 德阳市人民政府", "GOVERNMENT_AGENCY 眉山市人民政府", "GOVERNMENT_AGENCY 资阳市人民政府"}, []string{"成都天府新区管理委员会"}},
		{"the province's commission of health is no party committee; short forms of departments take their official names", "四川省人民政府办公厅通知。省卫生健康委设立平台。四川省地方金融监管局设立平台。",
			[]string{"GOVERNMENT_AGENCY 四川省卫生健康委员会", "GOVERNMENT_AGENCY 四川省地方金融监督管理局"}, []string{"中共四川省卫生健康委"}},
		{"names listed in parallel before the last, which alone carries the suffix, share it; items that hold a body or a person, or a short form, do not", "教育厅分别设立星河名师、星河名医、星河金融英才平台。星光研究所所长罗星、星光实验室主任出席。星海市商务委、星海市投资促进中心参加。",
			[]string{"PLATFORM 星河名师平台", "PLATFORM 星河名医平台", "PLATFORM 星河金融英才平台"}, []string{"星光研究所所长罗星实验室", "星海市商务委中心"}},
		{"hearing, learning of, recommending and setting up end a name on its left", "星河区委书记王某听取星海氢能源科技有限公司的汇报。副主任付某拨通电话,了解国家星河新材料产业创新中心组建进度。学院决定推荐星河职业技术学院参评。大会设置星海国际种业博览会。“星光”品牌项目星河市科协材料科学专委会调研活动举行。",
			[]string{"ENTERPRISE 星海氢能源科技有限公司", "UNIVERSITY 星河职业技术学院"}, []string{"听取星海氢能源科技有限公司", "解国家星河新材料产业创新中心", "决定推荐星河职业技术学院", "大会设置星海国际种业博览会", "品牌项目星河市科协材料科学专委会"}},
		{"logging in and submitting to a body end a name on its left", "各区(市)县工业和信息化主管部门登录四川省经济和信息化厅网站申报。将计划草案提请市十八届人大二次会议审议。",
			[]string{"GOVERNMENT_AGENCY 四川省经济和信息化厅"}, []string{"(四)区(市)县工业和信息化主管部门登录四川省经济和信息化厅", "各区(市)县工业和信息化主管部门登录四川省经济和信息化厅", "将计划草案提请市十八届人大二次会议"}},
		{"another city's zone opens a bureau's name, a firm a holding owns, a core staff", "绵阳高新区星光局副局长王英某介绍。成都星投集团下属科创投资集团参与融资。该公司技术骨干刘伟介绍。",
			[]string{"REGION 绵阳高新区", "ENTERPRISE 科创投资集团", "TALENT 刘伟"}, nil},
		{"a body being set up, then its declared short name", "星谷产业园是四川星府高新技术产业园区(筹)(以下简称“星府高新区”)打造的载体,也是星府高新区的园中园。",
			[]string{"REGION 四川星府高新技术产业园区"}, []string{"星府高新区"}},
		{"fields listed before a count and a qualified head", "聚焦零碳能源、资源碳中和、地热及固碳三大研究方向,赋能清洁能源、环保装备、绿色建材三大产业赛道。明确高精医疗器械、前沿生物技术3大主攻方向。",
			[]string{"INDUSTRY_CHAIN 资源碳中和", "INDUSTRY_CHAIN 绿色建材", "INDUSTRY_CHAIN 高精医疗器械"}, []string{"绿色建材三大", "明确高精医疗器械", "资源碳中"}},
		{"chain names whose edges are a verb, a count, a rank or people", "引领产业链高质量发展,提高产业链供应链稳定性,衔接上下游产业链,已实现12条先进制造业产业链全覆盖,一条氢能产业链将在园区呈现。研究院瞄准基础层、中间层、应用层三大人工智能产业链。来自星海大学的多名专家代表、辖区航空及轨道产业领域40余家企业参加。打造西部领先、中国一流等产业集群。",
			[]string{"INDUSTRY_CHAIN 氢能"}, []string{"引领", "提高", "上下游", "衔接上下游", "条先进制造业", "一条氢能", "基础层", "中间层", "多名专家代表", "西部领先", "中国一流"}},
		{"firms' heads listed before a class of them", "星鲲振宇总裁万某、星装自动化所公司董事长周勇等链主企业负责人出席。",
			[]string{"ENTERPRISE 星鲲振宇", "TALENT 万某", "TALENT 周勇"}, []string{"星鲲振宇总裁万某", "星装自动化所公司董事长周勇"}},
		{"a unit named with its university's short name takes the full one", "电子科大星海研究院成立,西南交大星湖科技园开园。",
			[]string{"RESEARCH_INSTITUTE 电子科技大学星海研究院", "PLATFORM 西南交通大学星湖科技园"}, []string{"电子科大星海研究院", "西南交大星湖科技园"}},
		{"为 inside a brand before a bare trade", "每天早上,王某在位于星海经济开发区的四川星为制药有限公司主持会议。",
			[]string{"ENTERPRISE 四川星为制药有限公司"}, []string{"制药有限公司"}},
		{"an event where something happened", "近日,在第二届星海都市圈建设论坛上,逾150名嘉宾参加。",
			[]string{"EVENT 第二届星海都市圈建设论坛"}, []string{"第二届星海都市圈"}},
		{"areas named by their cities and verbs before a list are no fields", "明确产业承载地,并落到“成德、成眉、成资”三大产业带。制定电子信息、数字经济等产业协同发展方案。",
			[]string{"INDUSTRY_CHAIN 电子信息"}, []string{"并落到", "成德", "成眉", "成资", "制定电子信息"}},
		{"a national centre's name is plain words after 国家", "园区拥有国家星海医学产业创新中心,申报国家级创新中心。",
			[]string{"RESEARCH_INSTITUTE 国家星海医学产业创新中心"}, []string{"国家级创新中心"}},
		{"the page's name for a firm outweighs a known brand inside it", "成都高新区与华润医药集团有限公司(下称华润医药)签约。华润医药是行业领军企业。",
			[]string{"ENTERPRISE 华润医药集团有限公司"}, []string{"华润"}},
		{"a person's place in a photograph and a verb of attending end a firm's name on the left", "▲孟某副院长(左一)出席成都星研氢能源科技有限公司投产仪式。教师杨某受邀出席星研氢能科技有限公司投产仪式。",
			[]string{"ENTERPRISE 成都星研氢能源科技有限公司", "ENTERPRISE 星研氢能科技有限公司"}, []string{"孟某副院长(左一)出席成都星研氢能源科技有限公司", "邀出席星研氢能科技有限公司"}},
		{"a round, an adverb or a revoking verb opens no firm's name, and a campaign is no meeting", "第一轮与星德集团有限公司签署协议。星海区分别与星储银行签订协议。撤销成都星研科技有限责任公司的资格。星海区百日攻坚大会战启动。",
			[]string{"ENTERPRISE 星德集团有限公司", "ENTERPRISE 星储银行", "ENTERPRISE 成都星研科技有限责任公司"},
			[]string{"第一轮与星德集团有限公司", "星海区分别与星储银行", "分别与星储银行", "撤销成都星研科技有限责任公司", "星海区百日攻坚大会"}},
		{"a quoted event title opened by a slogan, and an event with its short name before 上", "由星海区政府主办的“‘共筑新格局’星海区重大项目投资机会清单发布会暨三季度重大项目签约仪式”在星海区举行。近日,在星海大学2025年全球校友企业家发展联盟大会暨星海区能源装备产业发展大会(简称发展大会)上,校友曾某分享了经验。",
			[]string{"EVENT 星海区重大项目投资机会清单发布会暨三季度重大项目签约仪式", "EVENT 星海大学2025年全球校友企业家发展联盟大会暨星海区能源装备产业发展大会"},
			[]string{"星海区重大项目投资机会清单发布会", "星海大学2025年全球校友企业家发展联盟大会"}},
		{"a list's head repeated on each field, a year's 度, video meetings and broad regions", "2家来自新能源产业领域,星光材料产业领域、星光汽车产业领域各1家。获批“2022年度广安市中小企业公共服务示范平台”。星海区召开视频招商会。国内已形成华北、华中、长三角等多个星光产业集聚区。",
			[]string{"INDUSTRY_CHAIN 星光材料", "INDUSTRY_CHAIN 星光汽车", "PLATFORM 广安市中小企业公共服务示范平台"},
			[]string{"星光材料产业领域", "星光汽车产业", "度广安市中小企业公共服务示范平台", "视频招商会", "华北", "华中"}},
		{"a provincial department named bare, and a district's 经科局", "科技厅发布通知。副书记、教育厅党组成员刘某出席仪式。链长办(财政厅)指导。成华区经科局工作人员王某介绍。",
			[]string{"GOVERNMENT_AGENCY 四川省科学技术厅", "GOVERNMENT_AGENCY 四川省教育厅", "GOVERNMENT_AGENCY 四川省财政厅", "GOVERNMENT_AGENCY 成华区经济和科技局"}, []string{"科局"}},
		{"a province's departments by their remits, ministries by name, and co-issuers run together", "省教育厅和四川省农业农村厅联合印发。水利部、中宣部负责同志出席。\n遂宁市科学技术局中共遂宁市委组织部\n遂宁市人力资源和社会保障局遂宁市国有资产监督管理委员会\n",
			[]string{"GOVERNMENT_AGENCY 四川省农业农村厅", "GOVERNMENT_AGENCY 水利部", "GOVERNMENT_AGENCY 中共中央宣传部", "GOVERNMENT_AGENCY 中共遂宁市委组织部",
				"GOVERNMENT_AGENCY 遂宁市人力资源和社会保障局", "GOVERNMENT_AGENCY 遂宁市国有资产监督管理委员会"},
			[]string{"遂宁市科学技术局中共遂宁市委组织部", "局遂宁市国有资产监督管理委员会"}},
		{"two firms joined by 与, and 则有 and 给予 before a firm", "星海航发成发与星投集团合作建设项目。金额约一亿元的则有星健医药科技(成都)有限公司。感谢各方长期给予星钢集团的支持。星海大学与星辰研究院签约。",
			[]string{"ENTERPRISE 星投集团", "ENTERPRISE 星健医药科技(成都)有限公司", "ENTERPRISE 星钢集团"},
			[]string{"星海航发成发与星投集团", "则有星健医药科技(成都)有限公司", "予星钢集团"}},
		{"a list of firms closed by a quoted name for them", "星河春、星光老窖、星月坊等川酒“六朵金花”企业负责人齐聚成都。",
			[]string{"ENTERPRISE 星河春", "ENTERPRISE 星光老窖", "ENTERPRISE 星月坊"}, nil},
		{"a firm's brand after its class, with news of where it will invest", "制药装备行业头部企业星富龙计划在天府生物城投资。国家专精特新企业星易医药将在天府生物城投资建设基地。生物制药行业合作伙伴星多利斯将在成都建设基地。这些企业将在明年投产。高新技术企业数量将在2025年翻番。",
			[]string{"ENTERPRISE 星富龙", "ENTERPRISE 星易医药", "ENTERPRISE 星多利斯"}, []string{"数量", "这些企业"}},
		{"firms a chain is built around, by their role, and a place's trades joined by 及", "功能区形成了以星威新能源、星能光伏为龙头,以星双太阳能、星顺太阳能等为骨干,形成光伏产业链。以成都为龙头,带动全省。发挥乐山多晶硅及光伏企业的优势。",
			[]string{"ENTERPRISE 星威新能源", "ENTERPRISE 星能光伏", "ENTERPRISE 星双太阳能", "ENTERPRISE 星顺太阳能"}, []string{"乐山多晶硅及光伏"}},
		{"a boundary word inside a longer word of a name, and a bureau of a district known by its full name", "自然资源部星海矿产综合利用工程技术创新中心揭牌。成都市医疗保障局与星海大学签约。东兴区经济合作局负责人张某某介绍。大会由民航西南管理局主办。坚持综合利用星海资源。",
			[]string{"RESEARCH_INSTITUTE 自然资源部星海矿产综合利用工程技术创新中心", "GOVERNMENT_AGENCY 成都市医疗保障局", "GOVERNMENT_AGENCY 东兴区经济合作局",
				"GOVERNMENT_AGENCY 中国民用航空西南地区管理局"}, []string{"坚持综合利用星海资源"}},
		{"words of names that hold a boundary word, and 於 as pages in traditional characters write it", "星海前沿生物技术联合创新实验室揭牌。星河大学高新技术企业孵化平台开放。星海市生产力促进中心主办。四川省星海产业投资引导基金出资。星河医工结合应用医学研究中心成立。星海科技城科产协同中心启用。星光加速园位於星海科技城。",
			[]string{"LAB 星海前沿生物技术联合创新实验室", "PLATFORM 星河大学高新技术企业孵化平台", "FUND 四川省星海产业投资引导基金",
				"RESEARCH_INSTITUTE 星河医工结合应用医学研究中心", "PLATFORM 星海科技城科产协同中心"},
			[]string{"星光加速园位於星海科技城", "加速园位於星海科技城"}},
		{"a city's government after its party committee, and alone on a page about another city", "德阳市委、市政府与星海大学签约。德阳市是重要城市,德阳市发展迅速。市政府发布通知。",
			[]string{"GOVERNMENT_AGENCY 中共德阳市委", "GOVERNMENT_AGENCY 德阳市人民政府"}, []string{"成都市人民政府"}},
		{"a time zone is no mention of its city", "北京时间2024年8月6日,星河卫星发射成功。", nil, []string{"北京市"}},
		{"a word quoted in the clause before a list is no item of it; a quoted item is", "星海软件园还“孵化”培育出星桥微电子、星联光电、星幻半导体等众多知名企业。星河迎来新企业,与“星东方系”、“星威系”等产业链共同构成经济脊梁。",
			[]string{"ENTERPRISE 星桥微电子", "ENTERPRISE 星联光电", "ENTERPRISE 星幻半导体"}, []string{"星海软件园还", "培育出星桥微电子"}},
		{"qualities and verbs listed like fields are none, nor are aspects listed like firms", "核医药是一个高门槛、高技术、高收益、重资产的领域。星海经开区着力延伸、加粗、做强产业链条。星河中药城成为四川省起步最早、综合实力最强、三次产业链条最完整的中医药产业集聚区。刘某总经理从硬件和软件、人员构成、技术实力、科研及检测任务、优势领域等方面对公司做了介绍。星海区重点发展电子信息、装备制造等产业。",
			[]string{"INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 装备制造"}, []string{"高门槛", "高技术", "高收益", "加粗", "做强", "起步最早", "综合实力最强", "人员构成", "技术实力"}},
		{"a company of a field or of a place alone is a class; a group of a place is a name", "引进人工智能公司、新能源科技公司。四川上市公司数量增加。成都星河科技公司成立。星海市科教产业集团公司揭牌。星海是中国唯一科技城。记者探访攀西战略资源创新开发试验区。",
			[]string{"ENTERPRISE 成都星河科技公司", "ENTERPRISE 星海市科教产业集团公司"},
			[]string{"人工智能公司", "新能源科技公司", "四川上市公司", "中国唯一科技城", "探访攀西战略资源创新开发试验区"}},
		{"a known university opens the second party's name after 与, not in an event's; 特邀 and a school's 学校 end a name; 大学校友 is no boundary", "星动与西北工业大学先进动力研究院签约。特邀清华大学航天航空学院教授出席。学校材料科学与工程学院院长致辞。星海市与电子科技大学校地合作交流座谈会召开。2023年四川大学校友总会会员代表大会召开。",
			[]string{"RESEARCH_INSTITUTE 西北工业大学先进动力研究院", "UNIVERSITY 清华大学航天航空学院", "EVENT 星海市与电子科技大学校地合作交流座谈会", "EVENT 2023年四川大学校友总会会员代表大会"},
			[]string{"星动与西北工业大学先进动力研究院", "特邀清华大学", "学校材料科学与工程学院", "友总会会员代表大会"}},
		{"a verb or a lab's field before a place is no firm's brand", "星河集团承建四川星海试验基地。星海大学共办四川星河金融创新研究院。星光种业四川省重点实验室获批。",
			nil, []string{"承建", "共办", "星光种业"}},
		{"a verb before a place opens the clause, and each of a class is none", "全力服务绵阳科技城建设。人们用“硅谷”来形容生物城。成都经开区各大孵化器共同成立联盟。",
			nil, []string{"服务绵阳科技城", "来形容生物城", "成都经开区各大孵化器"}},
		{"a clause's ceremony of generic words names no event", "当天,星海区举行重点项目集中签约仪式。随后举行了2021年2月重大项目集中开工仪式。星海区举行星河智能制造产业园项目集中签约仪式。",
			[]string{"EVENT 星河智能制造产业园项目集中签约仪式"}, []string{"重点项目集中签约仪式", "2021年2月重大项目集中开工仪式"}},
		{"a name before 在 or 与, the surnames 庹 and 茍, a premier's title, and titles after names in a list", "副院长刘星武在开幕式上表示。学校副校长庹星国与星海区签约。时任国务院副总理汪星出席。星海医院黄星教授、茍星玲教授等一批专家参加。院长李星明和王星刚出席。",
			[]string{"TALENT 刘星武", "TALENT 庹星国", "TALENT 汪星", "TALENT 黄星", "TALENT 茍星玲", "TALENT 李星明"}, []string{"黄星教授", "刘星武在"}},
		{"a ranked class and a country before a listed firm are no part of its name; 现身 ends a name", "世界500强企业法国星尔斯通等50多家企业已入驻。成都企业现身星海科技博览会。",
			[]string{"ENTERPRISE 星尔斯通"}, []string{"企业法国星尔斯通", "成都企业现身星海科技博览会"}},
		{"a verb before a place opens no field of a list, while fields that start like verbs stay", "星海区重点发展服务外包、足球等产业。围绕农业科技、服务天府新区都市现代农业等领域开展合作。",
			[]string{"INDUSTRY_CHAIN 服务外包", "INDUSTRY_CHAIN 足球", "INDUSTRY_CHAIN 农业科技"}, []string{"服务天府新区都市现代农业"}},
		{"a firm's class word before its legal name, and products listed like fields", "科伦药业旗下公司四川星迪医药化工有限公司承担项目。目前已研制出多系列、多品种能满足航空航天、计算机等领域需求的产品。",
			[]string{"ENTERPRISE 四川星迪医药化工有限公司", "INDUSTRY_CHAIN 计算机"}, []string{"公司四川星迪医药化工有限公司", "多品种能满足航空航天", "已研制出多系列"}},
		{"a body's numbered meeting", "中央星海深化改革领导小组第三次会议提出。中央财经委员会第六次会议召开。",
			[]string{"EVENT 中央星海深化改革领导小组第三次会议", "EVENT 中央财经委员会第六次会议"}, []string{"委员会第六次会议", "领导小组第三次会议"}},
		{"a zone before a body named with its city, a city's government office, and verbs before a body", "路某赴四川天府新区成都星创生态岛调研。成都市政府办公厅印发通知。星海县建起研究院。现阶段研究院主要开展研发。",
			[]string{"REGION 成都星创生态岛", "GOVERNMENT_AGENCY 成都市人民政府办公厅"}, []string{"四川天府新区成都星创生态岛", "成都市政府办公厅", "建起研究院", "现阶段研究院"}},
		{"a name that keeps its place and its close, dropping the middle", "德阳星科先进制造创新育成中心与旌阳区签约。德阳育成中心将引进项目。天府星锦实验室揭牌。天府实验室发布成果。",
			[]string{"PLATFORM 德阳星科先进制造创新育成中心", "LAB 天府实验室"}, []string{"德阳育成中心"}},
		{"a zone's 经发局 and a pronoun before a name", "遂宁高新区科创经发局负责人介绍。他星海育成中心引进项目。",
			[]string{"GOVERNMENT_AGENCY 遂宁高新区科创经发局"}, []string{"发局", "他星海育成中心"}},
		{"districts named by their stems, unless the stem is a word", "科学城涉及北碚、沙坪坝、九龙坡等区。长寿是福。",
			[]string{"REGION 北碚区", "REGION 沙坪坝区", "REGION 九龙坡区"}, []string{"长寿区"}},
		{"a body's advisory committee is no agency, a side of a place opens no name", "星海实验室第一届学术委员会成立。园区位于温江区北岸星海科技城。",
			[]string{"REGION 星海科技城"}, []string{"星海实验室第一届学术委员会", "第一届学术委员会", "温江区北岸星海科技城"}},
		{"a short place in brackets after a name is part of it", "星邮未来通信研究院(成都)(以下简称“研究院”)合作协议签署仪式在蓉举行。研究院由北邮与锦江区共建。",
			[]string{"RESEARCH_INSTITUTE 星邮未来通信研究院(成都)", "UNIVERSITY 北京邮电大学"}, []string{"星邮未来通信研究院", ")合作协议签署仪式"}},
		{"consortia, meetings of exchange, and a chair who is no part of an event", "区长袁顺明主持签约仪式。星海市机器人市域产教联合体揭牌。星海材料成果转化交流会召开。",
			[]string{"TALENT 袁顺明", "PLATFORM 星海市机器人市域产教联合体", "EVENT 星海材料成果转化交流会"}, []string{"区长袁顺明主持签约仪式"}},
		{"a Chengdu district's committee is the city's, a ring names no university, a plain meeting no event", "郫都区环星华大学经济圈建设工作交流会暨校地企合作签约仪式在星华大学举行。区委常委、组织部部长刘晓斌出席会议。",
			[]string{"GOVERNMENT_AGENCY 中共成都市郫都区委", "EVENT 郫都区环星华大学经济圈建设工作交流会暨校地企合作签约仪式", "REGION 郫都区"},
			[]string{"郫都区环星华大学", "工作交流会", "中共郫都区委"}},
		{"a district's association of science", "由星海区人才发展服务中心、新都区科协联合举办。",
			[]string{"GOVERNMENT_AGENCY 新都区科学技术协会"}, nil},
		{"a country before a foreign firm's brand, but not before a state's industrial group or a legal name", "星州市政府与美国星普集团共同召开大会。古巴生物医药产业集团代表出席。新区与意大利星洲设计中心有限公司签约。",
			[]string{"ENTERPRISE 星普集团", "REGION 美国", "ENTERPRISE 古巴生物医药产业集团", "ENTERPRISE 意大利星洲设计中心有限公司"},
			[]string{"美国星普集团", "生物医药产业集团", "星洲设计中心有限公司"}},
		{"自 opens a clause of time", "自星普集团落户崇州以来,已带动86家企业落户。自与清华大学开展合作以来,新区探索出新路。自贡市科技局发布通知。",
			[]string{"ENTERPRISE 星普集团", "UNIVERSITY 清华大学", "GOVERNMENT_AGENCY 自贡市科学技术局"}, []string{"自星普集团", "与清华大学", "自清华大学"}},
		{"a list after a verb with 了, whose first item holds a verb", "双方先后共建了数字应用支撑软件、新能源材料与器件、智能机器人等联合实验室。",
			[]string{"LAB 数字应用支撑软件联合实验室", "LAB 新能源材料与器件联合实验室", "LAB 智能机器人联合实验室"}, []string{"软件联合实验室"}},
		{"集 gathers a list of industries", "星虹集团已发展成为集智能家电、核心部件、新能源、半导体等产业为主的企业集团。",
			[]string{"INDUSTRY_CHAIN 智能家电", "INDUSTRY_CHAIN 核心部件", "INDUSTRY_CHAIN 半导体"}, []string{"集智能家电"}},
		{"signings held at an event, and a university town", "峰会举办了星海区第二批天使子基金集中签约、天使母基金生态伙伴签约、高峰论坛等活动。自宜宾大学城建设启动以来,成效明显。",
			[]string{"EVENT 高峰论坛"}, []string{"天使母基金生态伙伴签约", "宜宾大学", "自宜宾大学"}},
		{"associations named after their place or body, not alliances a plan will form", "本次大会由中国星海协会指导,四川大学全球校友创星家联合会承办。组建区域人力资源服务联盟;借力商协会。",
			[]string{"PLATFORM 中国星海协会", "PLATFORM 四川大学全球校友创星家联合会"}, []string{"区域人力资源服务联盟", "借力商协会", "商协会"}},
		{"national universities are known names", "致辞时,首先用武汉大学西迁的故事开场。参赛代表及关心华中科技大学发展的校友出席。",
			[]string{"UNIVERSITY 武汉大学", "UNIVERSITY 华中科技大学"}, []string{"首先用武汉大学", "参赛代表及关心华中科技大学"}},
		{"verbs, amounts and spans of time before a name", "历时238天星海航空产业园首批产品交付。余辉宣读星锦实验室名单。设立规模10亿元星德同城化科创母基金。要继续做大实验室规模。",
			[]string{"REGION 星海航空产业园", "LAB 星锦实验室", "FUND 星德同城化科创母基金"},
			[]string{"238天星海航空产业园", "历时238天星海航空产业园", "余辉宣读星锦实验室", "规模10亿元星德同城化科创母基金", "亿元星德同城化科创母基金", "要继续做大实验室"}},
		{"party departments, unions, courts and press offices", "成都市召开会议。市委组织部、市投促委、市总工会参加。成都市委教育工委负责人出席。四川省政府新闻办举行发布会。区法院、区检察院相关领导出席。争取设立知识产权法院。",
			[]string{"GOVERNMENT_AGENCY 中共成都市委组织部", "GOVERNMENT_AGENCY 成都市投资促进委员会", "GOVERNMENT_AGENCY 成都市总工会",
				"GOVERNMENT_AGENCY 中共成都市委教育工作委员会", "GOVERNMENT_AGENCY 四川省人民政府新闻办公室"},
			[]string{"知识产权法院", "成都市委组织部"}},
		{"firms listed before a longer class of firms or their projects", "园区内已经汇集星飞民机、爱乐星、星飞集成等国内知名的航空企业。生物城落地包括星药蓉生、星东生物、星宇制药等创新药、高性能医疗器械重大产业化项目。已有纵星自动化、中航(成都)无人机等两家工业无人机企业上市。",
			[]string{"ENTERPRISE 星飞民机", "ENTERPRISE 爱乐星", "ENTERPRISE 星飞集成", "ENTERPRISE 星东生物", "ENTERPRISE 星宇制药"},
			[]string{"园区内已经汇集星飞民机", "无人机"}},
		{"the park's or the area's industries are named without it", "依托园区航空、轨道等产业开展工作。辖区航空及轨道产业领域40余家企业参加。",
			[]string{"INDUSTRY_CHAIN 航空", "INDUSTRY_CHAIN 轨道"}, []string{"园区航空", "辖区航空"}},
		{"the city's zone named with 成都市, and a brand opened by 即", "成都市高新区与星海大学签约。即刻星应应急安全体验基地开放。",
			[]string{"REGION 成都高新区"}, []string{"刻星应应急安全体验基地", "成都市高新区"}},
		{"national agencies by their short names, venues and this year's contest", "人民银行成都分行、国家税务总局、全国工商联指导。本届成都赛区大赛在星海新城会议中心举行。长三角地区企业参加。",
			[]string{"GOVERNMENT_AGENCY 中国人民银行", "GOVERNMENT_AGENCY 国家税务总局", "GOVERNMENT_AGENCY 中华全国工商业联合会", "REGION 长三角"},
			[]string{"本届成都赛区大赛", "星海新城会议"}},
		{"what kind of firm it is, then its name from its place on", "签约企业包括知名手机品牌厂商广东星珀公司、生物高科技领先企业深圳星芯生物公司、企业广西星华集团。",
			[]string{"ENTERPRISE 广东星珀公司", "ENTERPRISE 深圳星芯生物公司", "ENTERPRISE 广西星华集团", "REGION 广西壮族自治区"},
			[]string{"知名手机品牌厂商广东星珀公司", "生物高科技领先企业深圳星芯生物公司", "企业广西星华集团"}},
		{"more verbs before a name", "企业家们关注市经济和信息化局的政策。星华照明获国家级星海设计中心认定。星流区新增省级星海工程技术研究中心。总经理详解星川中试研发平台。",
			[]string{}, []string{"企业家们关注市经济和信息化局", "星华照明获国家级星海设计中心", "星流区新增省级星海工程技术研究中心", "总经理详解星川中试研发平台"}},
		{"more titles, and names closed by the verb after them", "四川省科技厅二级巡视员高星,组织部部长、市人才工作领导小组组长胡星坤介绍,星渠科技有限公司董事长李星龙聚焦生态,星庆学院副校长陈星军探讨技术,总经理助理陈星民详解平台。",
			[]string{"TALENT 高星", "TALENT 胡星坤", "TALENT 李星龙", "TALENT 陈星军", "TALENT 陈星民"}, []string{"李星龙聚", "陈星军探", "陈星民详"}},
		{"verbs that end a name, and a name closed by 共同", "四川省与北京签订科技合作协议,成都召开科技创新大会。推介成都星子信息产业功能区。党工委书记吴星共同揭牌。促进校友和母校共同发展。",
			[]string{"REGION 成都星子信息产业功能区", "TALENT 吴星"}, []string{"北京签订科技", "成都召开科技", "推介成都星子信息产业功能区", "吴星共", "和母校"}},
		{"two parties joined by 与 inside an event's name, and a class a university aims at", "西南交通大学与四川星投资集团有限责任公司合作交流座谈会举行。学校致力于建设中国特色世界一流大学。丛斌勉励实验室青年人才。",
			[]string{"UNIVERSITY 西南交通大学", "ENTERPRISE 四川星投资集团有限责任公司"},
			[]string{"西南交通大学与四川星投资集团有限责任公司", "中国特色世界一流大学", "丛斌勉励实验室"}},
		{"more words before a name: 就, 俯瞰, 展示, 起航, a scale, a city's trade", "就星海分院整体搬迁进行座谈。以图文形式展示成都星子信息产业功能区。新都速度再起航四川成都星空产业园,千亿级四川成都星空产业园加快建设。成都商业航天发展迅速。",
			[]string{"REGION 成都星子信息产业功能区", "REGION 四川成都星空产业园"},
			[]string{"就星海分院", "形式展示成都星子信息产业功能区", "再起航四川成都星空产业园", "千亿级四川成都星空产业园", "成都商业航天"}},
		{"a ranked class of firms before any firm's legal name", "签约企业包括大健康领域独角兽企业星影医疗技术集团有限公司、高科技企业星泓科技(成都)有限公司。成都华西企业发展有限公司成立。",
			[]string{"ENTERPRISE 星影医疗技术集团有限公司", "ENTERPRISE 星泓科技(成都)有限公司", "ENTERPRISE 成都华西企业发展有限公司"},
			[]string{"大健康领域独角兽企业星影医疗技术集团有限公司", "高科技企业星泓科技(成都)有限公司"}},
		{"firms known by brand alone", "随着京东方、中电熊猫、天马等项目投产,哔哩哔哩、龙芯中科和赛灵思也落户成都。",
			[]string{"ENTERPRISE 中电熊猫", "ENTERPRISE 天马", "ENTERPRISE 哔哩哔哩", "ENTERPRISE 龙芯中科", "ENTERPRISE 赛灵思"}, nil},
		{"firms before 药企, hospitals, a construction headquarters and its head", "星欣药业、星奥生物、星亚生物等一批多元化的药企、机构加速聚集。温江区委副书记、成都星海城建设指挥部指挥长李星介绍,星海大学附属医院参加。",
			[]string{"ENTERPRISE 星奥生物", "ENTERPRISE 星亚生物", "GOVERNMENT_AGENCY 成都星海城建设指挥部", "TALENT 李星", "RESEARCH_INSTITUTE 星海大学附属医院"}, nil},
		{"an event named after its city with a dot, and a title's declared short title", "15日,成都·星海互联网产业发展大会举办。会上发布了《星海市商业航天三年行动计划(2025—2027年)》(以下简称《三年行动计划》)。《三年行动计划》提出目标。",
			[]string{"EVENT 成都·星海互联网产业发展大会", "POLICY 星海市商业航天三年行动计划(2025—2027年)"}, []string{"三年行动计划", "星海互联网产业发展大会"}},
		{"names listed before a count of people", "沈星云、钱星泉、翟星明三位院士也出自这间实验室。全市3名企业家参加。",
			[]string{"TALENT 沈星云", "TALENT 钱星泉", "TALENT 翟星明"}, []string{"全市"}},
		{"who speaks for a body, a builder's role, plasma and a verb of reading", "双流县副县长易星弟代表双流县人民政府致辞。项目承建方天星集团参加。四川金星等离子技术有限公司成立。解密成都星海科学城。",
			[]string{"GOVERNMENT_AGENCY 双流县人民政府", "TALENT 易星弟", "ENTERPRISE 天星集团", "ENTERPRISE 四川金星等离子技术有限公司", "REGION 成都星海科学城"},
			[]string{"双流县副县长易星弟代表双流县人民政府", "项目承建方天星集团", "离子技术有限公司", "解密成都星海科学城"}},
		{"districts by their county names, students, a photo credit", "郫县菁蓉镇举办四川省大学生创新创业成果展。活动现场。钟欣摄当日路演大赛吸引了10个团队参赛。新津县举行活动。",
			[]string{"REGION 郫都区", "REGION 新津区"}, []string{"四川省大学", "钟欣摄当日路演大赛"}},
		{"a channel's bar, a known name inside an event's word, a country before a university", "看四川丨成都星海国际生物城交出成绩单。本次合作,西南交大会将其能力导入。企业代表齐聚星海国际生物城。德国星拿大学软物质研究中心教授出席。",
			[]string{"REGION 成都星海国际生物城", "RESEARCH_INSTITUTE 星拿大学软物质研究中心", "REGION 德国"},
			[]string{"看四川丨成都星海国际生物城", "西南交大会", "企业代表齐聚星海国际生物城", "德国星拿大学软物质研究中心"}},
		{"a park named once after its zone and elsewhere alone", "记者来到成都高新区星府软件园。它们中不少成长于星府软件园。成都高新区星海特色工艺中试平台投用。",
			[]string{"REGION 星府软件园", "PILOT_PLATFORM 成都高新区星海特色工艺中试平台"}, []string{"成都高新区星府软件园"}},
		{"a post and a name inside the words read end a name; given names a stop opens", "星海实验室(前沿医学中心)执行主任彭勇就实验室建设汇报。星海医院院长、星海实验室主任李为民表示。产学研办公室主任陈代强,科技园副主任出席。核医学科主任杨志分别作报告。",
			[]string{"LAB 星海实验室", "TALENT 彭勇", "TALENT 李为民", "TALENT 陈代强", "TALENT 杨志"}, []string{"星海实验室(前沿医学中心)执行主任彭勇就实验室"}},
		{"venues, headquarters and superlatives name no body", "8月30日,成都星府新城会议中心。星飞长空全球总部基地封顶。西部最大氢能产业基地竣工。",
			nil, []string{"成都星府新城会议中心", "星飞长空全球总部基地", "西部最大氢能产业基地"}},
		{"a firm's technology centre, and what a list of fields has", "确认星一科技股份有限公司技术中心等6家为省级企业技术中心。星龙头带动锂电池原料、锂电池回收全产业链发展,内有完善产业链、外有品牌影响力,网络安全、数据安全等领域。",
			[]string{"RESEARCH_INSTITUTE 星一科技股份有限公司技术中心", "INDUSTRY_CHAIN 锂电池回收", "INDUSTRY_CHAIN 网络安全"},
			[]string{"确认星一科技股份有限公司技术中心", "带动锂电池原料", "锂电池回收全", "内有完善产业链", "外有品牌影响力", "网络安"}},
		{"the clause after one that says what firm it is opens with the firm", "作为在星府生物城诞生的首家上市企业,成都星导选择持续加码投资。作为链主企业,星诺普正带动产业成链。作为网络安全产业链链主企业,要牵头组建联合体。作为龙头企业,公司将继续投入研发。",
			[]string{"ENTERPRISE 成都星导", "ENTERPRISE 星诺普"}, []string{"成都星导选择", "星诺普正", "要牵头", "公司"}},
		{"firms a clause goes on about after 等, named by brand and trade", "星湖城引进了国药星生、苑星生物、汇星制药等创新药、医疗器械重大产业化项目。星芯科技、星元空间、四川星思软件等6家企业代表出席。",
			[]string{"ENTERPRISE 苑星生物", "ENTERPRISE 汇星制药", "ENTERPRISE 星元空间", "ENTERPRISE 四川星思软件"}, nil},
		{"kinds of capital, and words before a name that are no part of it", "公司注册资本10亿元,构建耐心资本生态,星联资本参与。本年星海石油大学校庆科技文化交流周开幕。股东杭州星兰微电子股份有限公司出资。",
			[]string{"ENTERPRISE 星联资本", "ENTERPRISE 杭州星兰微电子股份有限公司"}, []string{"公司注册资本", "耐心资本", "本年星海石油大学", "股东杭州星兰微电子股份有限公司"}},
		{"a founder who resigned", "邹明远辞去某某医疗集团公司高管职务,到成都高新区创办了星海医疗系统有限责任公司。",
			[]string{"TALENT 邹明远", "ENTERPRISE 星海医疗系统有限责任公司"}, []string{"邹明远辞去某某医疗集团公司"}},
		{"a conjunction or a verb before a name is no part of it", "但某某大学环境学院的校友借鉴四川某某航空产业园的模式,也有星桥影视人工智能平台入驻。",
			[]string{"UNIVERSITY 某某大学环境学院", "REGION 四川某某航空产业园", "PLATFORM 星桥影视人工智能平台"},
			[]string{"但某某大学环境学院", "借鉴四川某某航空产业园", "有星桥影视人工智能平台"}},
		{"a city's name that runs into a word is whole", "成都有机硅材料研究所与企业合作。",
			[]string{"RESEARCH_INSTITUTE 成都有机硅材料研究所"}, []string{"机硅材料研究所"}},
		{"a district's committee with 党 written out", "成都市温江区人民政府与某某大学签约。温江区党委书记王某代表温江区党委致辞。",
			[]string{"GOVERNMENT_AGENCY 中共成都市温江区委"}, []string{"温江区党委"}},
		{"a committee paired with its government", "成都市某区深入贯彻落实市委市政府部署。",
			[]string{"GOVERNMENT_AGENCY 中共成都市委", "GOVERNMENT_AGENCY 成都市人民政府"}, nil},
		{"a committee before what it decided", "成都市成华区深入落实市委产业建圈强链部署。四川某某集团贯彻落实省委战略性新兴产业引进培育计划,按照市委统一部署推进。",
			[]string{"GOVERNMENT_AGENCY 中共成都市委", "GOVERNMENT_AGENCY 中共四川省委"}, nil},
		{"a district's bureau is no zone's", "成华区在龙潭工业机器人产业功能区签约,龙潭工业机器人产业功能区将建基地,区发改局科长刘某介绍情况。",
			[]string{"GOVERNMENT_AGENCY 成华区发展和改革局"}, []string{"龙潭工业机器人产业功能区发展和改革局"}},
		{"of two cities named once, the page's is named first", "成都市某会议召开。南京某某公司与成华区签约,落实市委市政府部署。",
			[]string{"GOVERNMENT_AGENCY 中共成都市委"}, []string{"中共南京市委"}},
		{"a verb, a focus word, a conjunction or a size is no part of a field", "围绕优势产业、新经济重点等领域,连接创新链、技术链和产业链,打造千亿级、百亿级等产业集群。",
			[]string{"INDUSTRY_CHAIN 新经济"}, []string{"围绕优势产业", "新经济重点", "连接创新链", "技术链和", "千亿级"}},
		{"words about policy, work and results in a list of fields are no fields", "聚焦电子信息、省委决策部署、体制机制创新等领域,在生物医药、具体实施方案、人才支持等领域持续发力。",
			[]string{"INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 生物医药"}, []string{"省委决策部署", "体制机制创新", "具体实施方案", "人才支持"}},
		{"known fields used as industries", "新都区航空产业发展迅速,园区依托电子信息、数字经济领域的优势,聚集了光伏、储能等企业。",
			[]string{"INDUSTRY_CHAIN 航空", "INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 数字经济", "INDUSTRY_CHAIN 光伏", "INDUSTRY_CHAIN 储能"}, nil},
		{"fields a place leads with", "星湖科技园构筑以云游戏、星载芯片为主导,以数字文旅、生物新药械为方向的产业体系,坚持以项目为中心。",
			[]string{"INDUSTRY_CHAIN 云游戏", "INDUSTRY_CHAIN 星载芯片", "INDUSTRY_CHAIN 数字文旅", "INDUSTRY_CHAIN 生物新药械"}, []string{"项目"}},
		{"an industry named with 业", "成都手游业的一个代表天象星辰拟出售。",
			[]string{"INDUSTRY_CHAIN 手游"}, nil},
		{"a class of firms by their field names no industry", "健全新经济企业服务专员制。",
			nil, []string{"新经济"}},
		{"known fields inside words are none", "某某光电子公司与金融机构合作,开展航空航天零部件制造和集成电路行业校友会活动。",
			nil, []string{"光电", "航空航天", "集成电路"}},
		{"districts, macro-regions and countries named short", "温江依托四川通信产业园对接大湾区企业,项目选址郫都川菜产业园,投资方来自新加坡。",
			[]string{"REGION 温江区", "REGION 粤港澳大湾区", "REGION 郫都川菜产业园", "REGION 新加坡"}, []string{"选址郫都川菜产业园"}},
		{"an import, a source, a startup's class, a study abroad and a clause's adverb are no part of a name", "将导入四川省星能重点实验室;这项成果出自初创企业四川星目科技有限公司。他曾在加拿大学习。成都将推进科技成果转化。基地负责人叶锐针对问题作了说明。",
			[]string{"LAB 四川省星能重点实验室", "ENTERPRISE 四川星目科技有限公司", "TALENT 叶锐"},
			[]string{"导入四川省星能重点实验室", "出自初创企业四川星目科技有限公司", "加拿大学", "成都将推进科技", "叶锐针"}},
		{"a state firm's class is no part of its name", "绵阳市属国企四川星洲电器集团有限责任公司参与建设。",
			[]string{"ENTERPRISE 四川星洲电器集团有限责任公司"}, []string{"绵阳市属国企四川星洲电器集团有限责任公司"}},
		{"a ceremony's verb and a pronoun are no part of a name", "研究院挂牌某某大学研究生培养基地。“我们公司是某某汽车的一级供应商。”",
			[]string{"PLATFORM 某某大学研究生培养基地"}, []string{"挂牌某某大学研究生培养基地", "我们公司"}},
		{"an event named with the fields it signs for", "3月31日,成都市某县航空航天、低空经济产业链项目集中签约暨重点项目现场推进活动在某某航空科技产业园举行。",
			[]string{"EVENT 成都市某县航空航天、低空经济产业链项目集中签约暨重点项目现场推进活动"}, nil},
		{"a ceremony for listed bodies or a kind of meeting is no event", "天府星河实验室、天府云杉实验室揭牌仪式在成都举行。当天,人工智能、低空经济等产业对接会在成都举行。",
			[]string{"LAB 天府星河实验室", "LAB 天府云杉实验室", "INDUSTRY_CHAIN 人工智能"}, []string{"天府星河实验室、天府云杉实验室揭牌仪式", "人工智能、低空经济等产业对接会"}},
		{"a firm's works and a media centre are no bodies", "总投资50亿元的星河燃气轮机研制基地将开工,星河智能制造基地同步建设。来源:某某区融媒体中心",
			nil, []string{"星河燃气轮机研制基地", "星河智能制造基地", "某某区融媒体中心"}},
		{"a class a university aims at, and firms by a quantity, are no names", "助推星河大学世界一流大学建设,湖畔已有了一些创业公司,不少上市公司也来了。",
			[]string{"UNIVERSITY 星河大学"}, []string{"星河大学世界一流大学", "一些创业公司", "不少上市公司"}},
		{"firms listed before their count and class", "在“全家福”大会——不仅星河工业成飞、星河四川燃气研究院、星河成发三大“链主”企业首次聚齐。",
			[]string{"ENTERPRISE 星河工业成飞", "ENTERPRISE 星河成发", "RESEARCH_INSTITUTE 星河四川燃气研究院"}, []string{"大会——不仅星河工业成飞", "不仅星河工业成飞"}},
		{"firms named by brand after their founder or successor", "他先后将自己创办的锦云科技和星海科技卖给某集团,其前身赤岩科技也于2013年成立。",
			[]string{"ENTERPRISE 锦云科技", "ENTERPRISE 星海科技", "ENTERPRISE 赤岩科技"}, nil},
		{"an old firm of a city is no brand", "成都本土老牌电子元器件企业——星明电子首发顺利过会。",
			[]string{"ENTERPRISE 星明电子"}, []string{"成都本土老牌电子"}},
		{"fields listed before a count of firms are no firms", "涉及集成电路、智能终端、食品10大产业链46家链主企业。",
			nil, []string{"食品10大产业链"}},
		{"industries the genre names often, in a list", "园区重点发展医药健康、锂电、临空经济等产业,布局高端医疗器械、航空物流产业。",
			[]string{"INDUSTRY_CHAIN 医药健康", "INDUSTRY_CHAIN 锂电", "INDUSTRY_CHAIN 临空经济", "INDUSTRY_CHAIN 高端医疗器械", "INDUSTRY_CHAIN 航空物流"}, nil},
		{"firms named as representatives of a class of firms or a cluster, and their industry", "引进以星河光电为代表的光伏企业,以星海膜业、星湖格润为代表的水和大气治理、资源综合利用装备制造企业。形成以星光机械等为代表的民用核能产业集群,以成都星电等为代表的风能产业集群,以星华时代、星源晟等为代表的锂电产业链。",
			[]string{"ENTERPRISE 星河光电", "ENTERPRISE 星海膜业", "ENTERPRISE 星湖格润", "ENTERPRISE 星光机械", "ENTERPRISE 成都星电", "INDUSTRY_CHAIN 水和大气治理",
				"INDUSTRY_CHAIN 资源综合利用装备制造", "INDUSTRY_CHAIN 民用核能", "ENTERPRISE 星华时代", "ENTERPRISE 星源晟", "INDUSTRY_CHAIN 锂电"}, nil},
		{"a place or an industry as a representative is no firm", "形成以电子信息为代表的千亿级都市工业集群。以成都为代表的四川企业快马加鞭。",
			nil, []string{"电子信息", "成都", "都市工业"}},
		{"the fields two bodies work together in are no industries", "学校与星河集团在理论研究、人才培养、科研攻关等领域开展合作。双方在土木工程、牵引供电等领域开展了诸多合作。",
			nil, []string{"理论研究", "人才培养", "土木工程", "牵引供电"}},
		{"verbs that hold a body end its name on the left, and a name may hold 联动 before 产业", "冷链基地坐拥成都星河冷链分拨中心。种业集团投资4000万元增资四川星繁猪生物科技有限公司。德阳联动彭州市星空无人机试验基地。星蒲联动产业发展基金成立。",
			[]string{"PLATFORM 成都星河冷链分拨中心", "ENTERPRISE 四川星繁猪生物科技有限公司", "PLATFORM 彭州市星空无人机试验基地", "FUND 星蒲联动产业发展基金"},
			[]string{"坐拥成都星河冷链分拨中心", "增资四川星繁猪生物科技有限公司", "联动彭州市星空无人机试验基地"}},
		{"being elected to a body ends its name on the left, and so does a route's start", "何某当选四川省星河工程师学会理事长。资阳城区至星河机场的快速通道开通。",
			[]string{"PLATFORM 四川省星河工程师学会"}, []string{"何某当选四川省星河工程师学会", "资阳城区至星河机场"}},
		{"firms named by a brand after their class", "老牌电子元器件企业——星明电子首发顺利过会;9月,创新药企云方医药登陆港股;AI企业诺比达正式在港交所上市。",
			[]string{"ENTERPRISE 星明电子", "ENTERPRISE 云方医药", "ENTERPRISE 诺比达"}, nil},
		{"words after a firm's class are no brand", "企业代表到场。上榜企业涵盖不少上市公司。企业名单即将发布。",
			nil, []string{"代表到场", "涵盖不少", "名单即将"}},
		{"suffixes", "推动四川天府新区与中科院光电所在成都科学城组建光电科学与技术实验室。",
			[]string{"REGION 四川天府新区", "RESEARCH_INSTITUTE 中国科学院光电技术研究所", "REGION 成都科学城", "LAB 光电科学与技术实验室"}, nil},
		{"abbreviations", "川大、电子科大和西南交大的校友在中科院成都分院工作。",
			[]string{"UNIVERSITY 四川大学", "UNIVERSITY 电子科技大学", "UNIVERSITY 西南交通大学", "RESEARCH_INSTITUTE 中国科学院成都分院"}, nil},
		{"classes are no names", "支持建设国家重点实验室、新型研发机构和一批科技创新中心。",
			nil, []string{"国家重点实验室", "科技创新中心", "新型研发机构"}},
		{"person with titles", "星河动力首席技术官、总工程师叶某表示,产品已交付。",
			[]string{"TALENT 叶某"}, nil},
		{"title before name", "会上,教授某某介绍了成果,四川大学教授王晓明也参加了会议。",
			[]string{"TALENT 某某", "TALENT 王晓明", "UNIVERSITY 四川大学"}, nil},
		{"shared suffix", "推动生物治疗、牵引动力等国家重点实验室创新提能。",
			[]string{"LAB 生物治疗国家重点实验室", "LAB 牵引动力国家重点实验室"}, nil},
		{"chains in a list", "聚焦人工智能、低空经济、商业航天等产业赛道。",
			[]string{"INDUSTRY_CHAIN 人工智能", "INDUSTRY_CHAIN 低空经济", "INDUSTRY_CHAIN 商业航天"}, nil},
		{"firms in a list", "成都云图科技、蓉芯微电子等5家企业代表发言。",
			[]string{"ENTERPRISE 成都云图科技", "ENTERPRISE 蓉芯微电子"}, nil},
		{"policy in book-title marks", "会上发布了《成都市促进中试平台发展若干措施》。",
			[]string{"POLICY 成都市促进中试平台发展若干措施"}, nil},
		{"quoted programme", "实施“蓉漂计划”“天府英才”等人才品牌。",
			[]string{"PROGRAM 蓉漂计划", "PROGRAM 天府英才"}, nil},
		{"companies and pilot platforms", "成都某某生物科技有限公司入驻成都生物医药中试基地。",
			[]string{"ENTERPRISE 成都某某生物科技有限公司", "PILOT_PLATFORM 成都生物医药中试基地"}, nil},
		{"focus list without 等", "青松产业园聚焦发展电子信息和人工智能产业,白杨保税区聚焦做强临空经济。",
			[]string{"INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 人工智能", "INDUSTRY_CHAIN 临空经济"}, nil},
		{"focus on qualities is no list", "该区聚焦主导产业,围绕产业链部署创新链,聚焦发展食品和饮料两大产业,聚焦创新链布局产业链。",
			nil, []string{"主导", "产业链部署创新链", "饮料两大", "创新链布局"}},
		{"verbs of investing start a list", "该基金重点投资生物材料、合成生物等领域,重点关注量子通信、车联网等赛道。",
			[]string{"INDUSTRY_CHAIN 生物材料", "INDUSTRY_CHAIN 量子通信"}, []string{"重点投资生物材料", "重点关注量子通信"}},
		{"bureaus joining two remits", "成都市青羊区新经济和科技局与温江区投资促进和外事局签约,成都市科技局和经信局参加。",
			[]string{"GOVERNMENT_AGENCY 成都市青羊区新经济和科技局", "GOVERNMENT_AGENCY 温江区投资促进和外事局"}, []string{"成都市科技局和经信局"}},
		{"a bureau joining two remits of a zone the province's name opens", "四川天府新区发展和经济运行局、成都东部新区战略研究局:",
			[]string{"GOVERNMENT_AGENCY 四川天府新区发展和经济运行局"}, []string{"天府新区发展和经济运行局"}},
		{"steps of a business are no fields", "公司在网络设备研发、生产、销售以及芯片设计等前沿领域深耕。",
			[]string{"INDUSTRY_CHAIN 芯片设计"}, []string{"生产", "销售以", "销售"}},
		{"a count after the last field", "涉及集成电路、智能终端、食品10大产业链。",
			[]string{"INDUSTRY_CHAIN 食品", "INDUSTRY_CHAIN 集成电路"}, []string{"食品1"}},
		{"places an industry qualifies", "校友分布于珠三角、长三角、川渝等电子信息产业发达的地区。",
			[]string{"REGION 珠三角", "REGION 长三角"}, []string{"川渝"}},
		{"needs and plans are no fields", "围绕青松大学科研需求、白杨集团优势发展领域,建设中心。",
			nil, []string{"青松大学科研需求", "白杨集团优势发展"}},
		{"a quoted rank and other facilities are no names", "入选“国家级”综合货运枢纽项目,配套建设展厅及其它配套设施。",
			nil, []string{"国家级", "它配套设施"}},
		{"firms known by their brands", "签约机构为青松资本、白杨创投,蓝山药业发布公告。",
			[]string{"ENTERPRISE 青松资本", "ENTERPRISE 白杨创投", "ENTERPRISE 蓝山药业"}, nil},
		{"brand words that name no firm", "引导社会资本和民间资本投早投小,推动成渝双城创投生态圈建设,千亿级科创投落地。",
			nil, []string{"社会资本", "民间资本", "成渝双城创投", "千亿级科创投"}},
		{"a brand's word inside a class", "作为市级国有资本运营公司,将发挥引导作用。",
			nil, []string{"国有资本运营公司", "市级国有资本运营公司"}},
		{"words before a name that end it", "潘某受青松研究院之邀来蓉,有关负责人在白杨科技座谈会上发言。",
			[]string{"RESEARCH_INSTITUTE 青松研究院"}, []string{"潘某受青松研究院", "有关负责人在白杨科技座谈会"}},
		{"downtown and the chains of policy prose", "园区离成都市中心约20公里,推进创新链、产业链、资金链、人才链深度融合。",
			nil, []string{"成都市中心", "离成都市中心", "创新链", "资金链", "人才链"}},
		{"a one-character given name closed by punctuation", "青羊区委副书记、区长罗强,白杨大学校长李言荣签约;该公司实力强。",
			[]string{"TALENT 罗强", "TALENT 李言荣"}, []string{"实力强"}},
		{"a district's government in short form", "成都市召开会议,青羊区政府与白杨集团签约,成都市科技局和崇州市政府出席。",
			[]string{"GOVERNMENT_AGENCY 成都市青羊区人民政府", "GOVERNMENT_AGENCY 崇州市人民政府"}, []string{"青羊区政府"}},
		{"a field's cluster", "青羊区以基金矩阵赋能光电智造集群,形成“蓉城创投上市集群”现象,培育企业集群。",
			[]string{"INDUSTRY_CHAIN 光电智造"}, []string{"蓉城创投上市", "创投上市", "企业"}},
		{"a nickname in quotes before a brand", "“药水”蓝山药业发布公告。",
			[]string{"ENTERPRISE 蓝山药业"}, []string{"药水"}},
		{"a place that plans is no programme", "成都高新区计划五年设立天使母基金。",
			[]string{"REGION 成都高新区"}, []string{"成都高新区计划"}},
		{"bonded zones", "白杨综合保税区海关大楼封顶。",
			[]string{"REGION 白杨综合保税区"}, nil},
		{"list without 等 ending in its head", "围绕电子信息、装备制造、绿色食品产业集群,实施强链行动。",
			[]string{"INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 装备制造", "INDUSTRY_CHAIN 绿色食品"}, nil},
		{"a pair of fields joined by 与 is one industry, by 和 two", "天府软件园重点发展5G通信与人工智能、大数据和网络安全、区块链等新产业。",
			[]string{"INDUSTRY_CHAIN 5G通信与人工智能", "INDUSTRY_CHAIN 大数据", "INDUSTRY_CHAIN 网络安全", "INDUSTRY_CHAIN 区块链"}, []string{"5G通信", "人工智能"}},
		{"facilities in a build list", "建设西部空天遥感数据中心、技术创新中心等项目。",
			[]string{"PLATFORM 西部空天遥感数据中心"}, []string{"技术创新中心"}},
		{"districts by their stems", "加快推动青白江、金堂、蒲江等融入都市圈。",
			[]string{"REGION 青白江区", "REGION 金堂县", "REGION 蒲江县"}, nil},
		{"zone opening a clause", "空天科学创新区重点发展卫星互联网、商业航天等产业。",
			[]string{"REGION 空天科学创新区"}, nil},
		{"brand before a place", "高新区已聚集华为成都研究所、京东方成都研发中心等项目。",
			[]string{"ENTERPRISE 华为", "RESEARCH_INSTITUTE 华为成都研究所", "ENTERPRISE 京东方"}, []string{"聚集华为"}},
		{"bare class noun is the subject", "成都云图科技有限公司成立于2019年。次年公司落户成都高新区,公司与四川大学签约。",
			[]string{"REGION 成都高新区"}, []string{"次年公司", "公司与四川大学"}},
		{"cities and countries abroad the genre names are places; a city's name inside a word is not", "中欧班列从成都开往纽伦堡、蒂尔堡和塔什干,并延伸至缅甸、塞尔维亚。代表团访问了慕尼黑和日内瓦。打造中国绿色硅谷。",
			[]string{"REGION 纽伦堡", "REGION 蒂尔堡", "REGION 塔什干", "REGION 缅甸", "REGION 塞尔维亚", "REGION 慕尼黑", "REGION 日内瓦"}, []string{"硅谷"}},
		{"a document's two issuers written together are two bodies", "中共彭州市委 彭州市人民政府印发通知。中共成都市新都区委成都市新都区人民政府关于加快推进产业发展的实施意见。",
			[]string{"GOVERNMENT_AGENCY 中共彭州市委", "GOVERNMENT_AGENCY 彭州市人民政府", "GOVERNMENT_AGENCY 中共成都市新都区委", "GOVERNMENT_AGENCY 成都市新都区人民政府"},
			[]string{"中共彭州市委彭州市人民政府", "中共成都市新都区委成都市新都区人民政府"}},
		{"the roles plans give cities are no bodies", "助力绵阳加快建设成渝消费副中心、成渝金融副中心。推动重庆打造西部金融中心、西部国际综合交通枢纽和国际门户枢纽。",
			[]string{"REGION 绵阳市", "REGION 重庆市"}, []string{"成渝消费副中心", "成渝金融副中心", "西部金融中心", "西部国际综合交通枢纽", "国际门户枢纽"}},
		{"firms by place, brand and trade", "会上,成都芯脑科技和四川凝思软件作了发言。成都生物医药发展迅速。",
			[]string{"ENTERPRISE 成都芯脑科技", "ENTERPRISE 四川凝思软件"}, []string{"成都生物医药"}},
		{"a place, a brand and a trade run on into a longer noun make no firm", "广州星创成都智能雷达项目开工。关键词:成都星行科技金融。成都星脑科技研发人员正在调试设备。",
			[]string{"ENTERPRISE 成都星脑科技"}, []string{"广州星创成都智能", "成都星创成都智能", "成都星行科技"}},
		{"relative agency", "锦江区召开会议,区科技局、区经信局参加。",
			[]string{"GOVERNMENT_AGENCY 锦江区科学技术局", "GOVERNMENT_AGENCY 锦江区经济和信息化局"}, nil},
		{"agencies by short forms get official names", "成都市经信局与省发展改革委、四川省科技厅联合发文。",
			[]string{"GOVERNMENT_AGENCY 成都市经济和信息化局", "GOVERNMENT_AGENCY 四川省科学技术厅"}, []string{"成都市经信局"}},
		{"words that look like names", "全市城区上市企业达到100家,布局合理。",
			nil, []string{"全市", "城区", "上市", "布局"}},
		{"well-known firms by brand", "网易、字节跳动和宁德时代等企业参会。",
			[]string{"ENTERPRISE 网易", "ENTERPRISE 字节跳动", "ENTERPRISE 宁德时代"}, nil},
		{"one chain with its head", "温江区将打造温江生物医药产业链。",
			[]string{"INDUSTRY_CHAIN 生物医药"}, []string{"温江生物医药"}},
		{"programme in a bullet heading", "·青年人才汇聚提升行动:每年引进青年人才1万名。",
			[]string{"PROGRAM 青年人才汇聚提升行动"}, nil},
		{"named events without quotes", "以科技活动周、科普嘉年华等重大科普活动为契机。",
			[]string{"EVENT 科技活动周", "EVENT 科普嘉年华"}, nil},
		{"a lab's base is a lab", "建设国家实验室成都基地。",
			[]string{"LAB 国家实验室成都基地", "REGION 成都市"}, nil},
		{"no event from a verb phrase", "宁德时代等龙头企业代表出席大会。",
			nil, []string{"龙头企业代表出席大会"}},
		{"co-issuers without a break", "成都市科学技术局成都市财政局关于印发通知。",
			[]string{"GOVERNMENT_AGENCY 成都市科学技术局", "GOVERNMENT_AGENCY 成都市财政局"}, []string{"成都市科学技术局成都市财政局"}},
		{"a verb that ends inside a place", "支持四川大学与成都高新区共建成都生物材料中试基地。",
			[]string{"PILOT_PLATFORM 成都生物材料中试基地"}, []string{"都生物材料中试基地"}},
		{"a pilot platform by its last words", "新都区将建设国家轨道交通中试验证中心。",
			[]string{"PILOT_PLATFORM 国家轨道交通中试验证中心"}, nil},
		{"loan schemes in quotes", "用好“科创贷”“成果贷”等金融产品。",
			[]string{"PROGRAM 科创贷", "PROGRAM 成果贷"}, nil},
		{"events with one-character heads", "组织企业参加天府科技成果转化周、蓉城创客荟等活动。",
			[]string{"EVENT 天府科技成果转化周", "EVENT 蓉城创客荟"}, nil},
		{"no event from a word or a section", "第四节 推动开放创新,覆盖企业全生命周期。部分章节另行发布。",
			nil, []string{"第四节", "企业全生命周", "部分章节"}},
		{"an event under a joint name", "每年举办中国(成都)中试产业发展大会暨科技成果供需对接会。",
			[]string{"EVENT 中国(成都)中试产业发展大会暨科技成果供需对接会"}, []string{"中国(成都)中试产业发展大会暨科技成果供需对接"}},
		{"the joint name hides no university", "2026天府校友创新创业荟暨电子科技大学校友科技成果对接会举行。",
			[]string{"EVENT 2026天府校友创新创业荟暨电子科技大学校友科技成果对接会"}, []string{"2026天府校友创新创业荟暨电子科技大学"}},
		{"a programme that a verb launches", "实施中试工程师培育计划,依托高校建设实训基地。实施人才培育计划。",
			[]string{"PROGRAM 中试工程师培育计划"}, []string{"人才培育计划"}},
		{"a plain facility listed with a named one", "·四川天府新区:建设国际科技成果转移中心、西部数据要素流通平台。",
			[]string{"PLATFORM 国际科技成果转移中心", "PLATFORM 西部数据要素流通平台"}, nil},
		{"a list of kinds of facility", "布局技术创新中心、临床医学中心等。打造国际一流应用性科学中心、中国西部智造示范区。",
			nil, []string{"技术创新中心", "临床医学中心", "国际一流应用性科学中心"}},
		{"a bullet line lists a body", "天府永兴实验室基地布局:\n·碳中和前沿技术研究基地(成都科学城)\n",
			[]string{"PLATFORM 碳中和前沿技术研究基地"}, nil},
		{"a counted class is no name", "新津、彭州三个基地将于年内投运。",
			nil, []string{"彭州三个基地"}},
		{"a policy named without book-title marks", "会上发布了成都高新区校友经济十条措施。",
			[]string{"POLICY 成都高新区校友经济十条措施"}, nil},
		{"a class noun before 与 is the subject", "在彭州市,实验室与四川彭化新材料有限公司合作建设示范工程。",
			[]string{"ENTERPRISE 四川彭化新材料有限公司"}, []string{"实验室与四川彭化新材料有限公司"}},
		{"a column's number before a name", "专栏19 天府实验室建设",
			[]string{"LAB 天府实验室"}, []string{"19天府实验室"}},
		{"a plain facility that a verb of building governs", "到2030年,建成智慧化国际物流数据中心。新建国际技术合作中心和配套设施。",
			[]string{"PLATFORM 智慧化国际物流数据中心", "PLATFORM 国际技术合作中心"}, []string{"配套设施"}},
		{"a built body's words of aim, count or class", "建设具有全国影响力的科技创新中心。建设一批公共技术服务平台。建设国家技术创新中心。加快建设技术创新中心。新建3个百亿级产业园区。",
			nil, []string{"科技创新中心", "公共技术服务平台", "国家技术创新中心", "技术创新中心", "百亿级产业园区", "个百亿级产业园区"}},
		{"a count governs the whole list", "布局建设若干研究设施和一批公共服务平台、前沿交叉创新平台。",
			nil, []string{"前沿交叉创新平台"}},
		{"a column's label over facilities", "·公共平台:新能源汽车中试平台、数字经济服务平台、国际技术交流中心。\n·产业载体:温江医药产业园、西部科创走廊、临空国际物流枢纽。",
			[]string{"PLATFORM 国际技术交流中心", "REGION 西部科创走廊", "PLATFORM 临空国际物流枢纽"}, nil},
		{"a verb that ends inside a wider area", "推动双方共建成渝数字经济协作示范区。",
			[]string{"REGION 成渝数字经济协作示范区"}, []string{"渝数字经济协作示范区"}},
		{"a name with 及 inside", "依托电子科技大学建设微电子材料及器件研究院。",
			[]string{"RESEARCH_INSTITUTE 微电子材料及器件研究院"}, nil},
		{"events whose heads say nothing, vouched by a named one", "每年举办中国(温江)医学健康论坛、天府医药创新大赛、蓉城医药企业出海行等活动。举办讲座、培训等活动。",
			[]string{"EVENT 蓉城医药企业出海行", "EVENT 天府医药创新大赛"}, []string{"讲座", "培训"}},
		{"more event heads", "成华区将举办天府机器人嘉年华、蓉城机器人开放日等系列活动。",
			[]string{"EVENT 天府机器人嘉年华", "EVENT 蓉城机器人开放日"}, nil},
		{"a counted head after a list of industries", "围绕电子信息、装备制造、生物医药三大主导产业,推动协同发展。",
			[]string{"INDUSTRY_CHAIN 电子信息", "INDUSTRY_CHAIN 装备制造", "INDUSTRY_CHAIN 生物医药"}, nil},
		{"counted heads of subdivisions, and a last item with letters", "确定生物技术药、创新型化学制剂、高性能医疗器械五大细分领域。重点发展新型显示、汽车电子、5G制造三大主导产业。聚焦无人机、连接器、传感器四大新赛道产业。",
			[]string{"INDUSTRY_CHAIN 生物技术药", "INDUSTRY_CHAIN 创新型化学制剂", "INDUSTRY_CHAIN 5G制造", "INDUSTRY_CHAIN 汽车电子", "INDUSTRY_CHAIN 连接器", "INDUSTRY_CHAIN 传感器"}, []string{"确定生物技术药"}},
		{"a brand before its plant or office in a list of projects is a firm", "此次共有火炬电子研发生产基地暨科创中心、星云科技西南总部等7个制造业龙头项目签约落户我区。",
			[]string{"ENTERPRISE 火炬电子", "ENTERPRISE 星云科技"}, []string{"火炬电子研发生产基地暨科创中心", "星云科技西南总部"}},
		{"an outlet named after a place names no place", "来源:四川在线 编辑:王明\n本报讯(四川日报全媒体记者 李华)星河科技公司在成都高新区投产。",
			[]string{"REGION 成都高新区"}, []string{"四川省", "四川"}},
		{"words after a title that open with a family name's character are no names", "陈桂兵总经理向各位领导介绍了学校。高淳总经理简要介绍了情况。区党工委副书记、纪工委书记袁晓彬出席。王明主任向与会代表介绍了规划。",
			[]string{"TALENT 陈桂兵", "TALENT 高淳", "TALENT 袁晓彬", "TALENT 王明"}, []string{"向各位", "简要", "纪工委", "向与会"}},
		{"a unit of a university's national science park holds the university, not 国家大学", "西南交通大学国家大学科技园孵化中心正式揭牌。",
			[]string{"UNIVERSITY 西南交通大学"}, []string{"西南交通大学国家大学"}},
		{"a list closed by 500强 lists firms, after 领域的 too", "已吸引了英特尔、戴尔、华为、富士康、联想、德州仪器等数10家相关领域的世界500强前来投资。引进星河科技、云海电子等中国500强。",
			[]string{"ENTERPRISE 联想", "ENTERPRISE 星河科技", "ENTERPRISE 云海电子"}, []string{"INDUSTRY_CHAIN 联想"}},
		{"a name that ends a longer one of its kind is that body where the longer comes after it too", "记者走进星泽科技有限公司动捕棚。成都星泽科技有限公司联合创始人王星怡表示。",
			[]string{"ENTERPRISE 成都星泽科技有限公司"}, []string{"星泽科技有限公司"}},
		{"a business district (商务区) is a place", "标志着天府总部商务区首个超高层建筑即将落成。",
			[]string{"REGION 天府总部商务区"}, nil},
		{"a list closed by investment or partner institutions (合作机构), counted in Chinese numerals, lists firms", "基金与星晖投资、云鸿投资、星芯熙城等六家合作机构集中签约。",
			[]string{"ENTERPRISE 星晖投资", "ENTERPRISE 云鸿投资", "ENTERPRISE 星芯熙城"}, nil},
		{"two names of a firm that differ only in the legal form are the legal name", "星河药物开发公司创办于2012年。星河药物开发有限公司已上市。云海电气集团是链主。云海电气集团有限公司董事长出席。",
			[]string{"ENTERPRISE 星河药物开发有限公司", "ENTERPRISE 云海电气集团有限公司"}, []string{"星河药物开发公司", "云海电气集团"}},
		{"a firm named with its place and 公司 alone goes by the words between them", "主营卫星互联网业务的成都星宙宇航公司参会。星宙宇航、云海科技等企业现场签约。",
			[]string{"ENTERPRISE 成都星宙宇航公司"}, []string{"星宙宇航"}},
		{"a zone's 管委会 is named officially, 管理委员会", "四川天府新区管委会与成都院士联合会签约。四川天府新区管理委员会主任出席。",
			[]string{"GOVERNMENT_AGENCY 四川天府新区管理委员会"}, []string{"四川天府新区管委会"}},
		{"the state's leaders are people wherever a page cites them", "深入学习贯彻习近平新时代中国特色社会主义思想。",
			[]string{"TALENT 习近平"}, nil},
		{"events the pages cite by their short names are named in full", "成都大运会期间,星河科技参展西博会。",
			[]string{"EVENT 第31届世界大学生夏季运动会", "EVENT 中国西部国际博览会"}, nil},
		{"a list of fields runs on into what they became; a verb's 至, a scope and an area are no part of a field", "医药健康、绿色食品、印务轻纺成长为百亿级产业集群。二期将延伸至光学镜片、液晶导光板等高端制造领域。星河集团及市外碳材料、氟化工产业链相关骨干企业参加。这里是中医药产业的主承载区、医药健康产业的功能区。",
			[]string{"INDUSTRY_CHAIN 印务轻纺", "INDUSTRY_CHAIN 光学镜片", "INDUSTRY_CHAIN 碳材料"},
			[]string{"印务轻纺成长为百亿级", "至光学镜片", "市外碳材料", "主承载区"}},
		{"a chain's rank and the verb before it are no part of it; a place a word boundary cut is the chain's owner", "崇州围绕建强新型显示重点产业链。星海市积极发展汽车产业链。星河集团签约组建成都低空经济产业链。以新能源、新材料两大新兴产业为主导产业。",
			[]string{"INDUSTRY_CHAIN 新型显示", "INDUSTRY_CHAIN 汽车", "INDUSTRY_CHAIN 低空经济", "INDUSTRY_CHAIN 新材料"},
			[]string{"新型显示重点", "发展汽车", "都低空经济", "新材料两大新兴"}},
		{"people a page gives as representatives of entrepreneurs make no firms and no field", "以星海医疗石某某、星河科技严某某为代表的五位民营企业家发言。",
			nil, []string{"五位民营", "星河科技严某某"}},
		{"a province's bare bureau on a page of Sichuan's cities is Sichuan's, however often the page names another province; 取得 ends a name", "雅安市政府、农业农村厅签署协议。江苏省南京市也有类似做法。星海成都取得国家星河产业联盟认证。",
			[]string{"GOVERNMENT_AGENCY 四川省农业农村厅", "PLATFORM 国家星河产业联盟"}, []string{"江苏省农业农村厅", "星海成都取得国家星河产业联盟"}},
		{"a count of a class, a year or 所属 in a name's stem names no body; 位列 ends a name", "加快建设星海医学城和温江农高园三大产业功能区。星海小镇作为锦江区2019年产业功能区重大项目开工。资阳四地高新区领导发布倡议。楼宇运营方与所属街道签订协议。绵阳高新技术产业开发区位列全国园区百强第8名。",
			[]string{"REGION 绵阳高新技术产业开发区"}, []string{"温江农高园三大产业功能区", "锦江区2019年产业功能区", "资阳四地高新区", "所属街道", "绵阳高新技术产业开发区位列全国园区"}},
		{"a maker's class before a firm is no part of it; 达产 is no word before 业", "全球最大的光伏材料制造商星鑫(集团)控股有限公司签约。由双方共同成立的星达产业小镇管理有限公司开发运营。",
			[]string{"ENTERPRISE 星鑫(集团)控股有限公司", "ENTERPRISE 星达产业小镇管理有限公司"}, []string{"光伏材料制造商星鑫(集团)控股有限公司", "业小镇管理有限公司"}},
		{"the opening of an event is the event", "8月23日,第十七届中国星河软件合作洽谈会开幕式在成都高新区举行。全国大学生星海创新能力大赛开赛。",
			[]string{"EVENT 第十七届中国星河软件合作洽谈会", "EVENT 全国大学生星海创新能力大赛"}, []string{"第十七届中国星河软件合作洽谈会开幕式", "全国大学生星海创新能力大赛开赛"}},
		{"an industry's base is a zone; a pilot industry base is a pilot platform; a scale names no base", "成都星河生物产业基地正式获批。面向“一带一路”的星河中试产业基地揭牌。星湖小镇建千亿产业基地。",
			[]string{"REGION 成都星河生物产业基地", "PILOT_PLATFORM 星河中试产业基地"}, []string{"星湖小镇建千亿产业基地"}},
		{"a service centre is a platform", "·公共服务:双流区知识产权服务中心、双流区中小企业公共服务平台。",
			[]string{"PLATFORM 双流区知识产权服务中心"}, nil},
		{"a given name that starts with 一", "公司首席技术官王一帆毕业于四川大学。王市长一行考察了园区。",
			[]string{"TALENT 王一帆"}, []string{"王市长一行"}},
		{"a programme that a platform relies on", "依托科技成果供需对接行动,提供创业指导、资金对接等配套服务。",
			[]string{"PROGRAM 科技成果供需对接行动"}, nil},
		{"a body before a nominal 建设", "推进全国一体化算力网络国家枢纽节点建设。推动新能源汽车测试及示范运营基地建设。",
			[]string{"PLATFORM 全国一体化算力网络国家枢纽节点", "PLATFORM 新能源汽车测试及示范运营基地"}, nil},
		{"a university's place is no mention", "成都信息工程大学教授王晓明说,简单说就是把气象数据用起来。",
			[]string{"UNIVERSITY 成都信息工程大学"}, []string{"成都市", "简单"}},
		{"a campaign under its theme", "以“创业就在锦江”为主题在各类新媒体渠道发布宣传视频。",
			[]string{"PROGRAM 创业就在锦江"}, nil},
		{"a headline shortens a name", "【物流研究院揭牌】西南交通大学龙泉物流创新研究院日前揭牌。",
			[]string{"RESEARCH_INSTITUTE 西南交通大学龙泉物流创新研究院"}, []string{"物流研究院"}},
		{"words that end a name on its left", "园区企业使用成都算力调度中心,下游客户成都青禾食品有限公司也参与验证。",
			[]string{"PLATFORM 成都算力调度中心", "ENTERPRISE 成都青禾食品有限公司"}, []string{"园区企业使用成都算力调度中心", "下游客户成都青禾食品有限公司"}},
		{"a place after 与 starts a name", "基地由学校与成都东部新区管委会共同建设。",
			[]string{"GOVERNMENT_AGENCY 成都东部新区管理委员会"}, []string{"学校与成都东部新区管委会"}},
		{"a quoted name before words and 计划", "大会启动了“蓉燕归巢”校友返乡创业计划。",
			[]string{"PROGRAM 蓉燕归巢"}, nil},
		{"a title awarded in quotes", "为首批10家“锦城科创标杆企业”授牌。",
			[]string{"PROGRAM 锦城科创标杆企业"}, nil},
		{"a body that 依托 introduces", "依托青羊区知识产权运营服务中心建设专利导航基地。",
			[]string{"PLATFORM 青羊区知识产权运营服务中心"}, nil},
		{"sizes name nothing", "在新津建成3000亩猕猴桃种植基地。", nil, []string{"3000亩猕猴桃种植基地"}},
		{"fields closed by 领域 or a count", "支持校友在新能源、新材料和低空经济领域创业,聚焦细胞治疗、基因编辑和医学影像三大方向。",
			[]string{"INDUSTRY_CHAIN 新能源", "INDUSTRY_CHAIN 低空经济", "INDUSTRY_CHAIN 细胞治疗", "INDUSTRY_CHAIN 医学影像"}, nil},
		{"heads that 联合 starts", "双方共建柔性电子联合研发中心,并设立氢能材料联合研究中心。",
			[]string{"RESEARCH_INSTITUTE 柔性电子联合研发中心", "RESEARCH_INSTITUTE 氢能材料联合研究中心"}, nil},
		{"plain words a co-building verb introduces", "该院与四川大学共建智慧康养临床转化平台。",
			[]string{"PLATFORM 智慧康养临床转化平台"}, nil},
		{"a declared short name", "由龙泉驿区经济科技和信息化局(以下简称区经科信局)牵头。区经科信局每年考核。",
			[]string{"GOVERNMENT_AGENCY 龙泉驿区经济科技和信息化局"}, []string{"龙泉驿区经科信局"}},
		{"towns and streets", "在白鹿镇和花源街道布局示范基地,推进特色小镇建设。",
			[]string{"REGION 白鹿镇", "REGION 花源街道"}, []string{"特色小镇"}},
		{"a firm's legal name holds a verb", "四川蓉川建设集团有限公司董事长王立新表示。",
			[]string{"ENTERPRISE 四川蓉川建设集团有限公司", "TALENT 王立新"}, nil},
		{"a given name ending in a stop character", "成都大学副校长李文博出席,董事长魏晴说。",
			[]string{"TALENT 李文博", "TALENT 魏晴"}, []string{"李文", "魏晴说"}},
		{"a university's science park, no nested university", "依托西南交通大学国家大学科技园提供孵化场地。",
			[]string{"PLATFORM 西南交通大学国家大学科技园", "UNIVERSITY 西南交通大学"}, []string{"西南交通大学国家大学"}},
		{"a former name", "1990年毕业于原成都科技大学。", []string{"UNIVERSITY 成都科技大学"}, []string{"原成都科技大学"}},
		{"a layout slogan", "形成一核三基地格局。", nil, []string{"一核三基地"}},
		{"words that end names elsewhere, inside a name", "成都市农业技术推广中心与国网成都供电公司客户服务中心签约。",
			[]string{"PLATFORM 成都市农业技术推广中心", "PLATFORM 国网成都供电公司客户服务中心"}, nil},
		{"a level of a class names no body", "该基地去年入选成都市级中试平台。", nil, []string{"成都市级中试平台"}},
		{"a body 在 introduces before 建设", "支持该公司在中国川菜产业城建设中央厨房。", []string{"REGION 中国川菜产业城"}, nil},
		{"a given name starting with 以", "研究院院长由学院院长周以恒教授兼任。", []string{"TALENT 周以恒"}, nil},
		{"an abbreviation inside a word", "重点服务集成电路和新型显示产业链。",
			[]string{"INDUSTRY_CHAIN 集成电路", "INDUSTRY_CHAIN 新型显示"}, []string{"电子科技大学"}},
		{"two fields and a count before the head", "将重点服务轨道交通装备和低空经济两大产业链。",
			[]string{"INDUSTRY_CHAIN 轨道交通装备", "INDUSTRY_CHAIN 低空经济"}, []string{"低空经济两大"}},
		{"labs described by what hosts them", "支持依托四川大学建设的口腔疾病国家重点实验室、依托西南交通大学建设的轨道安全国家重点实验室等开展中试。",
			[]string{"LAB 口腔疾病国家重点实验室", "LAB 轨道安全国家重点实验室"}, []string{"的口腔疾病国家重点实验室"}},
		{"a name before a verb that starts with a name's character", "蓉创电子董事长兼总经理韩帆担任行业协会会长,四川云岫软件有限公司董事长陆文彬出任理事长。",
			[]string{"TALENT 韩帆", "TALENT 陆文彬", "ENTERPRISE 蓉创电子"}, []string{"韩帆担"}},
		{"party and state bodies; a place's state-assets commission is its government's", "锦江区党工委副书记刘平、四川省国资委副主任张岷出席,九眼桥街道办事处承办。",
			[]string{"GOVERNMENT_AGENCY 锦江区党工委", "GOVERNMENT_AGENCY 四川省人民政府国有资产监督管理委员会", "GOVERNMENT_AGENCY 九眼桥街道办事处"}, nil},
		{"an event named by the clause that holds it", "5月8日,深化校企合作暨蓉创科技园项目签约仪式在双流区举行。在当日举行的先进材料论坛暨西南交通大学校友会成立大会上,校友会宣告成立。",
			[]string{"EVENT 深化校企合作暨蓉创科技园项目签约仪式", "EVENT 先进材料论坛暨西南交通大学校友会成立大会"}, []string{"校企合作暨蓉创科技园项目签约仪式"}},
		{"brands listed as firms", "区域协同招引蓉佳思、冠川科技等近30家生态链企业。新都区引进了蓉川食品、蓉斯汀等12家企业。",
			[]string{"ENTERPRISE 蓉佳思", "ENTERPRISE 冠川科技", "ENTERPRISE 蓉川食品", "ENTERPRISE 蓉斯汀"}, []string{"招引蓉佳思", "了蓉川食品"}},
		{"firms listed as projects are no chains", "该区引进蓉川食品、冠川科技等产业链项目。",
			nil, []string{"蓉川食品", "冠川科技"}},
		{"the party's committee of a place", "活动由中共成都市锦江区委、成都市锦江区人民政府主办。",
			[]string{"GOVERNMENT_AGENCY 中共成都市锦江区委", "GOVERNMENT_AGENCY 成都市锦江区人民政府"}, nil},
		{"a quoted event held somewhere", "由电子科技大学主办的“深化校地合作暨蓉创科技园项目集中签约活动”在温江举行。",
			[]string{"EVENT 深化校地合作暨蓉创科技园项目集中签约活动"}, nil},
		{"words that end a name: 解决, 前身, 巨头", "围绕解决成都高新区产业难题。四川蓉电大学的前身成都蓉电工程学院建于1956年。全球材料巨头蓉光电工OLED生产基地投产。",
			[]string{"REGION 成都高新区", "UNIVERSITY 成都蓉电工程学院"}, []string{"解决成都高新区", "前身成都蓉电工程学院", "全球材料巨头蓉光电工OLED生产基地"}},
		{"a university's units named after it", "四川大学天府协同创新中心副主任王力介绍,四川大学锦江未来产业科技园项目开工。中国科学院成都分院所属研究所参加。西南交通大学合作建设无人机试验平台。",
			[]string{"RESEARCH_INSTITUTE 四川大学天府协同创新中心", "PLATFORM 四川大学锦江未来产业科技园"}, []string{"中国科学院成都分院所属研究所", "西南交通大学合作建设无人机试验平台"}},
		{"协同 before 创新 inside a name, a year before a facility, a plant", "联盟理事长单位两江协同创新区公司签约。继2021年蓉光(成都)智能制造创新中心落地后,蓉光电工偏光片生产基地投产。支持成都高新区与德阳高新区共建成德高端装备协同创新中心。",
			[]string{"ENTERPRISE 两江协同创新区公司", "PLATFORM 蓉光(成都)智能制造创新中心", "RESEARCH_INSTITUTE 成德高端装备协同创新中心"},
			[]string{"联盟理事长单位两江协同创新区公司", "继2021年蓉光(成都)智能制造创新中心", "蓉光电工偏光片生产基地", "德高端装备协同创新中心"}},
		{"a level of a class after a place and 首批", "四川蓉脑研究院获批四川省首批省级新型研发机构。",
			[]string{"RESEARCH_INSTITUTE 四川蓉脑研究院"}, []string{"四川省首批省级新型研发机构"}},
		{"a quoted event with its year and head", "在近日简阳举行的2024年“新能源建圈强链”投资推介会上,企业家分享了经历。",
			[]string{"EVENT 2024年新能源建圈强链投资推介会"}, []string{"新能源建圈强链"}},
		{"a quoted title before an event's own long name is part of it, and the bodies inside start after the quote", "1月17日,“科创天府·智汇星城”星河大学湾区校友企业家恳谈会上,深思实验室创始人发言。",
			[]string{"EVENT 科创天府·智汇星城星河大学湾区校友企业家恳谈会", "UNIVERSITY 星河大学"}, []string{"星河大学湾区校友企业家恳谈会", "科创天府·智汇星城”星河大学"}},
		{"a class before 和 ends the name after it", "全区已集聚蓉丰汽车(成都)有限公司等整车企业和蓉世汽车部件(成都)有限公司等关键零部件企业。",
			[]string{"ENTERPRISE 蓉世汽车部件(成都)有限公司"}, []string{"整车企业和蓉世汽车部件(成都)有限公司"}},
		{"a programme's name may hold 招引", "实施天府实验室全球高端人才招引计划。",
			[]string{"PROGRAM 天府实验室全球高端人才招引计划"}, nil},
		{"a wire story's dateline, a photo credit, a counted class", "  蓉新网四川新闻8月8日电 (刘某)蓉西高新技术产业走廊是成都市24个重点片区之一。蓉佳电子科技股份有限公司大楼。郫都区融媒体中心 供图\n蓉佳电子科技股份有限公司二期投用。",
			[]string{"REGION 蓉西高新技术产业走廊", "ENTERPRISE 蓉佳电子科技股份有限公司"}, []string{"成都市24个重点片区", "郫都区融媒体中心供图蓉佳电子科技股份有限公司"}},
		{"a place that opens a field is no part of it", "将投向成华区、蒲江县智能制造、绿色低碳等重点产业发展领域。该区绿色环保、新材料等产业快速发展。",
			[]string{"INDUSTRY_CHAIN 智能制造", "INDUSTRY_CHAIN 绿色环保"}, []string{"蒲江县智能制造", "该区绿色环保"}},
		{"a name that ends a longer one given before", "三方将在成都共建四川天府新区蓉工大先进动力研究院。根据协议,三方将以先进动力研究院作为总平台,对接国家实验室建设,在关键技术攻关、创新人才集聚等领域合作。",
			[]string{"RESEARCH_INSTITUTE 四川天府新区蓉工大先进动力研究院"}, []string{"先进动力研究院", "对接国家实验室", "创新人才集聚"}},
		{"verbs in a row before a nominal 建设, classes of aims", "加快推动蓉北科技城建设。建设一批急需紧缺中试平台。打造中国电子重大科技创新的策源地。互联网及软件行业、集成电路行业等6大行业校友会正式成立。",
			[]string{"REGION 蓉北科技城"}, []string{"推动蓉北科技城", "急需紧缺中试平台", "紧缺中试平台", "中国电子重大科技", "软件行业", "集成电路行业"}},
		{"visits, a counted area, half a bracket, a host before an event", "标志着天府锦北实验室进入运行阶段。规划课题组一行来访四川大学科技园。公司董事长宋某率队赴成都经开区考察。加快建设科创六大主体功能区。双流航空经济区(双流经开区)党工委副书记王某出席由成都市双流区主办的集中签约仪式。",
			[]string{"LAB 天府锦北实验室", "PLATFORM 四川大学科技园"},
			[]string{"标志天府锦北实验室", "规划课题组一行来访四川大学科技园", "访四川大学科技园", "董事长宋某率队赴成都经开区", "科创六大主体功能区", "双流航空经济区(双流经开区", "由成都市双流区主办的集中签约仪式"}},
		{"names listed after a titled one, assistants and deputy heads", "副区长朱光纯、郑霏出席。蓉碳科技有限公司董事长助理廖静萍讲述了由来。科技处副处长高晓冬接待了来宾。",
			[]string{"TALENT 朱光纯", "TALENT 郑霏", "TALENT 廖静萍", "TALENT 高晓冬"}, nil},
		{"verbs that open a predicate end names", "团队登上天府锦南实验室的舞台。医院开设运动医学中心。学校拟整合华西蓉口学院。蓉诺普已有集成电路板研发中心。",
			nil, []string{"登上天府锦南实验室", "开设运动医学中心", "拟整合华西蓉口学院", "已有集成电路板研发中心"}},
		{"a representative's name and an adverb end names on their left and right; a congress of representatives and a generic alumni body", "王星伟代表省科技厅授牌。随后,谢星军还透露,公司参加了展会。星河区第十七届人民代表大会第五次会议召开。刘星政校友代表兄弟校友会致贺词。",
			[]string{"EVENT 星河区第十七届人民代表大会第五次会议", "TALENT 谢星军"},
			[]string{"王星伟代表省科学技术厅", "谢星军还", "大会第五次会议", "兄弟校友会", "刘星政校友代表兄弟校友会"}},
		{"family names 傅 and 赖, names listed after a title, 召集 after a name, the title 主委", "星河区科技局,局长廖星平召集业务部门开会。院士赖星民、傅星栋、孙星国等受邀出席。九三学社星河市委主委汪星华,星河公司总经理傅强致辞。",
			[]string{"TALENT 廖星平", "TALENT 赖星民", "TALENT 傅星栋", "TALENT 孙星国", "TALENT 汪星华", "TALENT 傅强"}, nil},
		{"titles of scholars and cadres, 主席 and 县长 after a name, 校友 closing a name a title introduced but no name alone", "九三学社专家学者舒星亮、杜星锋参加。星河市委副书记、市长侯星春校友出席。刘星娇主席会同吕星毅主席、钟星远县长出席。星河大学全球校友与400余名校友代表出席。",
			[]string{"TALENT 舒星亮", "TALENT 杜星锋", "TALENT 侯星春", "TALENT 刘星娇", "TALENT 吕星毅", "TALENT 钟星远"}, []string{"全球", "余名"}},
		{"a field's leading firms are firms", "在企业主体方面,集聚了星瑞特、云星药业、通星生物、四川玖星源等一批行业优势企业。",
			[]string{"ENTERPRISE 通星生物", "ENTERPRISE 四川玖星源"}, nil},
		{"叫 and 跟 end a name on its left; students are no university", "一家叫星河科技有限公司的企业落户。我们跟星海理工大学合作。星河市大学生就业示范基地揭牌。",
			[]string{"ENTERPRISE 星河科技有限公司", "PLATFORM 星河市大学生就业示范基地"}, []string{"叫星河科技有限公司", "跟星海理工大学", "星河市大学"}},
		{"a count of firms and 本土 open no chain's name", "自贡有17户本土氢能产业链核心企业。成都有30家集成电路产业链企业。打造家电产业链。",
			[]string{"INDUSTRY_CHAIN 氢能", "INDUSTRY_CHAIN 集成电路", "INDUSTRY_CHAIN 家电"}, []string{"户本土氢能", "本土氢能", "家集成电路"}},
		{"firms counted across the country, and carmakers", "垦星种业、荃星高科等全国40余家种业产业链头部企业集中展示成果。基地已与沃星沃、星安汽车等40多家主机厂建立合作关系。",
			[]string{"ENTERPRISE 垦星种业", "ENTERPRISE 荃星高科", "ENTERPRISE 沃星沃", "ENTERPRISE 星安汽车"}, nil},
		{"a person with a title before 等 is no field; 进一步, 签订 and 如是 follow a name", "星河集团董事局主席刘星元等光伏行业专家出席。星河局局长俞星进一步作出解答。星河院副院长赵星君签订协议。星河公司副总裁秦星东如是指出。",
			[]string{"TALENT 刘星元", "TALENT 俞星", "TALENT 赵星君", "TALENT 秦星东"}, []string{"星河集团董事局主席刘星元", "俞星进"}},
		{"the unread items between firms of a list are firms", "当天,星河集团、浙江星华、国蓝星天、成都星博智、星海科技有限公司还共同启动了项目。会上,星河集团、能源局、部门、星海科技有限公司签约。",
			[]string{"ENTERPRISE 浙江星华", "ENTERPRISE 国蓝星天", "ENTERPRISE 成都星博智"}, []string{"能源局", "部门"}},
		{"a list that names a place holds no firms by their neighbours", "星河集团、双流区、国蓝星天、星海科技有限公司参加。",
			nil, []string{"国蓝星天"}},
		{"a known name that ends the words read", "这是学校重要组成板块四川大学的骄傲。药学院李某教授代表成都大学签约。",
			[]string{"UNIVERSITY 四川大学", "UNIVERSITY 成都大学", "TALENT 李某"}, []string{"重要组成板块四川大学", "药学院李某教授代表成都大学"}},
		{"a firm's brand after its legal name, a whole chain, special funds", "成都蓉诺普机器人技术股份有限公司是专精特新企业。作为链主企业,蓉诺普正带动产业成链,是国内少数拥有工业机器人全产业链的企业之一。开展四川省科技服务业发展专项资金绩效评价。",
			[]string{"INDUSTRY_CHAIN 工业机器人", "FUND 四川省科技服务业发展专项资金"}, []string{"蓉诺普", "工业机器人全"}},
		{"airports, the aviation authority, events of plain words, a concept", "航班从双流国际机场起飞,中国民航局批准。会上举行现场签约仪式和集中签约仪式。推动产业建圈强链工作。",
			[]string{"PLATFORM 双流国际机场", "GOVERNMENT_AGENCY 中国民用航空局"}, []string{"现场签约仪式", "集中签约仪式", "产业建圈强链"}},
		{"firms a list introduces after its head, after 如 and 再加上", "成都涌现了一批商业航天初创企业,包括蓉星宇航、盟川电子、星联蓉通等,外来如九天蓉星、星河蓉力等一批企业也落脚成都,再加上振蓉科技、天奥蓉电等老牌企业。全力配合成都市人民政府做好成都理工大学医学院建设工作。四川省经信厅公示名单。",
			[]string{"ENTERPRISE 蓉星宇航", "ENTERPRISE 星联蓉通", "ENTERPRISE 九天蓉星", "ENTERPRISE 振蓉科技", "UNIVERSITY 成都理工大学医学院", "GOVERNMENT_AGENCY 四川省经济和信息化厅"},
			[]string{"外来如九天蓉星", "再加上振蓉科技", "配合成都市人民政府做好成都理工大学医学院"}},
		{"a trade and its head alone name a class of firms", "引导保险公司、商业银行参与,支持各中央军工集团公司和飞机租赁公司在川发展,星河科技公司签约。",
			[]string{"ENTERPRISE 星河科技公司"}, []string{"保险公司", "商业银行", "各中央军工集团公司", "飞机租赁公司"}},
		{"a time of day and a verb of filing end a name on its left", "星河副主席李星华于2月12日下午在省政协办公楼会议室主持会议。请于9月27日前报送星城市经济和信息化局。",
			[]string{"GOVERNMENT_AGENCY 中国人民政治协商会议四川省委员会"}, []string{"月12日下午在省政协", "中国人民政治协商会议月12日下午在省委员会", "报送星城市经济和信息化局"}},
		{"a verb of building that opens a plan's bulleted line is no part of the body's name", "确定六大合作项目\n·共建星河现代农业产业技术研究院\n·打造星河成果转化区\n",
			[]string{"RESEARCH_INSTITUTE 星河现代农业产业技术研究院"}, []string{"共建星河现代农业产业技术研究院"}},
		{"a slogan in quotes between 以 and 为核心 is no list of fields", "集结中心要以“政府搭台、企业主体、市场运作”为核心,依托星河港。",
			nil, []string{"“政府搭台", "企业主体", "市场运作”"}},
		{"the state's standing work conferences are events by their names, apart from a plenum written before them", "深入贯彻二十届三中全会和中央金融工作会议精神。会议传达了全国金融工作会议精神。",
			[]string{"EVENT 中央金融工作会议", "EVENT 全国金融工作会议"}, []string{"二十届三中全会和中央金融工作会议"}},
		{"a committee named by its level alone after another city's committee, with no post after it, is the page's city's", "宜宾市召开星河大会。宜宾市与星河集团签约。宜宾市按照省委省政府、成都市委市政府和市委决策部署推进。",
			[]string{"GOVERNMENT_AGENCY 中共成都市委", "GOVERNMENT_AGENCY 中共宜宾市委"}, nil},
		{"words of hope, celebration, purchase and comparison before a name are no part of it; 继续 and 影像 are words of names", "期待星河校友会发挥作用。庆祝星海校友会成立。星光集团收购成都星一汽车有限公司。继星河分拨中心产业园之后,又借星河产业大会签约。较上一届星河博览会增长。参加星河大学继续教育学院和星城影像中心的活动。",
			[]string{"PLATFORM 星河校友会", "PLATFORM 星海校友会", "ENTERPRISE 成都星一汽车有限公司", "REGION 星河分拨中心产业园", "EVENT 星河产业大会", "EVENT 星河博览会", "UNIVERSITY 星河大学继续教育学院", "PLATFORM 星城影像中心"},
			[]string{"期待星河校友会", "庆祝星海校友会", "收购成都星一汽车有限公司", "继星河分拨中心产业园", "借星河产业大会", "较上一届星河博览会", "上一届星河博览会"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, _ := extract(tt.text)
			got := names(ms)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.HasSuffix(g, " "+n) {
						t.Errorf("found %q, a class or a word, not a name", g)
					}
				}
			}
		})
	}
}

// A programme named in quotes before its head (“天府英才”工程) goes by
// the quoted words and by the words with the head: readers write either.
func TestQuotedProgrammeWithItsHead(t *testing.T) {
	ms, _ := extract("以“天府星才”工程为统揽,实施“星光”计划。")
	for _, want := range [][2]string{{"天府星才", "天府星才工程"}, {"星光", "星光计划"}} {
		i := slices.IndexFunc(ms, func(m Mention) bool { return m.Name == want[0] || m.Name == want[1] })
		if i < 0 {
			t.Errorf("no mention of %s; got %q", want[0], names(ms))
			continue
		}
		if m := ms[i]; m.Name != want[1] && !slices.Contains(m.Aliases, want[1]) {
			t.Errorf("%s goes by %q, not %s", m.Name, m.Aliases, want[1])
		}
	}
}

func TestRelations(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"an official's post named by its level alone after the committee of another city than the page's is that city's", "宜宾市召开星河大会。宜宾市副市长张星华出席。宜宾市与星河集团签约。省委常委、成都市委书记李星平,市委副书记、市长罗星强,市政协主席唐星川出席。",
			[]string{"WORKS_AT 罗星强 -> 中共成都市委", "WORKS_AT 唐星川 -> 中国人民政治协商会议成都市委员会"}},
		{"a touring event's leg is held at its station", "举办星河龙舟大赛(成都·简阳站)。",
			[]string{"LOCATED_IN 星河龙舟大赛(成都·简阳站) -> 简阳市"}},
		{"a zone's class alone is the page's one zone of that class, named with or without its city", "成都星河国际生物城由成都高新区与双流区共建。星河国际生物城累计拥有企业。生物城已引进星瑞生物、星光制药等创新药项目。",
			[]string{"LOCATED_IN 星瑞生物 -> 成都星河国际生物城", "LOCATED_IN 星光制药 -> 成都星河国际生物城"}},
		{"a place that opens a sentence gathers in a later clause, past a place in its description", "星海医学城是成都市确定的核心区域,目前已聚集了星河药业、星光科技等53家医药企业和星湖医院等高端医疗机构。",
			[]string{"LOCATED_IN 星河药业 -> 星海医学城", "LOCATED_IN 星光科技 -> 星海医学城", "LOCATED_IN 星湖医院 -> 星海医学城"}},
		{"a firm named after its zone is in the zone, which the page also names short; the zone's own firm keeps its name", "四川德阳星江经济开发区星弗电工科技有限公司的车间里,工人们在忙碌。星江经济开发区持续发力。成都高新区电子信息产业发展有限公司成立。",
			[]string{"LOCATED_IN 星弗电工科技有限公司 -> 四川德阳星江经济开发区", "LOCATED_IN 成都高新区电子信息产业发展有限公司 -> 成都高新区"}},
		{"bodies listed before a class of platforms settle, and so do bodies that moved in an era", "星河检验中心、星海产业技术研究院等一批国家级、省级平台相继落地乐山;星湖研究院、星光集团在“三线”建设时期就迁入绵阳。",
			[]string{"LOCATED_IN 星河检验中心 -> 乐山市", "LOCATED_IN 星海产业技术研究院 -> 乐山市", "LOCATED_IN 星湖研究院 -> 绵阳市", "LOCATED_IN 星光集团 -> 绵阳市"}},
		{"a park that opens the sentence brings in firms in a later clause; a district signs bodies in", "目前,星河轨道交通产业园以星海成都公司为龙头,已引进星光电机、今星集团等企业。双流区目前已累计签约包括星海高原研究中心在内的项目。",
			[]string{"LOCATED_IN 星光电机 -> 星河轨道交通产业园", "LOCATED_IN 今星集团 -> 星河轨道交通产业园", "LOCATED_IN 星海高原研究中心 -> 双流区"}},
		{"a branch named by its owner and the place it serves is the owner's", "在星汽-大众成都分公司总装车间。星天科技成都子公司分享经验。中国移动广安分公司总经理魏星出席。",
			[]string{"PART_OF 星汽-大众成都分公司 -> 星汽-大众", "PART_OF 星天科技成都子公司 -> 星天科技", "PART_OF 中国移动广安分公司 -> 中国移动"}},
		{"the city's byname between a verb of being and one of holding", "由星河联合会承办的“2024星海赋能发展大会”在蓉举行。",
			[]string{"LOCATED_IN 2024星海赋能发展大会 -> 成都市"}},
		{"signing at a place, at an event, in a ceremony named by its agreement, or together under a long title", "四川天府新区在深圳市与星河人才集团正式签订合作协议。成都高新区在推介会上与星海科技股份有限公司、星光半导体有限公司等4家企业进行了现场签约。星湖集团与四川天府新区管理委员会、成都市新津区人民政府在新津区举行《共建星海科学城——星光先进智造产业基地战略合作协议》签约仪式。彭州市人民政府、成都中医药大学、四川星河产业集团有限责任公司共同签署《四川星海现代中药创制基地项目合作协议》。",
			[]string{"PARTNERS_WITH 四川天府新区 -> 星河人才集团", "PARTNERS_WITH 成都高新区 -> 星海科技股份有限公司", "PARTNERS_WITH 成都高新区 -> 星光半导体有限公司",
				"PARTNERS_WITH 星湖集团 -> 成都市新津区人民政府", "PARTNERS_WITH 星湖集团 -> 四川天府新区管理委员会",
				"PARTNERS_WITH 彭州市人民政府 -> 四川星河产业集团有限责任公司", "PARTNERS_WITH 成都中医药大学 -> 四川星河产业集团有限责任公司"}},
		{"an event held at a venue of a place, after a bracket, or called by a body in a place; a party committee's place", "星河能源合作伙伴大会在成都星光洲际酒店召开。由星海院举办的“第六届星河院长高层研讨会(GLAST)”在天府新区举行。星海院在成都组织召开了星光入驻科创中心启动会。副市长、梓潼县委书记刘某出席。中共成都市委组织部印发通知。",
			[]string{"LOCATED_IN 星河能源合作伙伴大会 -> 成都市", "LOCATED_IN 第六届星河院长高层研讨会 -> 四川天府新区", "LOCATED_IN 星光入驻科创中心启动会 -> 成都市",
				"LOCATED_IN 中共绵阳市梓潼县委 -> 梓潼县", "LOCATED_IN 中共成都市委组织部 -> 成都市"}},
		{"one builder that leads or starts the building of a body", "星光厅肯定了攀钢牵头组建星海钒钛产业创新联合体所做的工作。星海艺术区管委会统筹发起成立了成都星海艺术区产业联盟。",
			[]string{"CO_BUILT_BY 星海钒钛产业创新联合体 -> 攀钢", "CO_BUILT_BY 成都星海艺术区产业联盟 -> 星海艺术区管理委员会"}},
		{"a unit of a kind under its owner, and a list of them", "星海集团旗下高科技企业星河科技(成都)有限公司签约。星光股份有限公司旗下的星辰机车有限公司、星月车辆有限公司和成都星湖投资集团有限公司签订合同。倡议由工信部直属事业单位中国星海研究院牵头。",
			[]string{"PART_OF 星河科技(成都)有限公司 -> 星海集团", "PART_OF 星辰机车有限公司 -> 星光股份有限公司", "PART_OF 星月车辆有限公司 -> 星光股份有限公司",
				"PART_OF 中国星海研究院 -> 工业和信息化部"}},
		{"posts at several bodies before a name, each body with its own, over commas", "星钢集团党委常委、副总经理,星攀公司党委书记、董事长李某,星海研究院副所长陈某出席。",
			[]string{"WORKS_AT 李某 -> 星钢集团", "WORKS_AT 李某 -> 星攀公司", "WORKS_AT 陈某 -> 星海研究院"}},
		{"a signing ceremony held by the parties, after the short name one declares", "新津区与星海农产品集团股份有限公司(以下简称“星农集团”)在天府农博园举行西南星河智慧产业园项目签约仪式。",
			[]string{"PARTNERS_WITH 新津区 -> 星海农产品集团股份有限公司"}},
		{"a name between its body and a post of office", "星海县科学技术协会刘某某主席出席。会上,成都市科学技术局王某某副局长作推介。星海大学唐某某博士团队研发了新材料。",
			[]string{"WORKS_AT 刘某某 -> 星海县科学技术协会", "WORKS_AT 王某某 -> 成都市科学技术局", "WORKS_AT 唐某某 -> 星海大学"}},
		{"a province's new area by name opens a park's name, and the park lies in it", "星海时代项目投运仪式在宜宾三江新区东部产业园举行。",
			[]string{"LOCATED_IN 宜宾三江新区东部产业园 -> 宜宾三江新区"}},
		{"the firms an industry gathers, and the firms a page lists as a field's", "成都市功率半导体产业现已构建了较为完整的产业链,集聚了星未科技、星艺半导体、星锦微电子、达迩等重点企业。成都聚焦发展电子信息产业,涌现了一批电子信息企业,包括星宇航天科技、星联芯通科技等,发展迅速。",
			[]string{"MEMBER_OF_CHAIN 星未科技 -> 功率半导体", "MEMBER_OF_CHAIN 星艺半导体 -> 功率半导体", "MEMBER_OF_CHAIN 星锦微电子 -> 功率半导体",
				"MEMBER_OF_CHAIN 星宇航天科技 -> 电子信息", "MEMBER_OF_CHAIN 星联芯通科技 -> 电子信息"}},
		{"an event held in a place, named after it", "在近日简阳举行的2024年“星河建圈强链”投资推介会上,王某某发言。",
			[]string{"LOCATED_IN 2024年星河建圈强链投资推介会 -> 简阳市"}},
		{"building together to completion", "成都市与星河大学共同建成星海研究院。",
			[]string{"CO_BUILT_BY 星海研究院 -> 成都市", "CO_BUILT_BY 星海研究院 -> 星河大学"}},
		{"appointed to a post at a body", "当天,星河大学计算机学院院长申某某获聘成为四川省星海研究院院长。",
			[]string{"WORKS_AT 申某某 -> 四川省星海研究院"}},
		{"heads of a body's departments and its party branch in a run of its officers", "星海研究所副所长刘某某,科技处副处长高某某,成果转化处副处长赵某某接待来宾。星湖科技有限公司党总支书记、董事长张某某,党总支副书记、总经理文某某参加。",
			[]string{"WORKS_AT 高某某 -> 星海研究所", "WORKS_AT 赵某某 -> 星海研究所", "WORKS_AT 文某某 -> 星湖科技有限公司"}},
		{"a firm that is another's, named after it or before 是…旗下", "星飞长空是星河科技集团旗下致力于低空交通的公司。成都星齐智造有限公司及全资子公司成都星特科技有限公司完成搬迁。",
			[]string{"PART_OF 星飞长空 -> 星河科技集团", "PART_OF 成都星特科技有限公司 -> 成都星齐智造有限公司"}},
		{"a body's post held by a person", "星河实验室主任由星海大学校长关某某担任。",
			[]string{"WORKS_AT 关某某 -> 星河实验室"}},
		{"a list headed by a place and a count", "雅安市3家为:四川星河电器有限责任公司、四川星雅科技有限公司、星达光伏刃料有限公司技术中心。",
			[]string{"LOCATED_IN 四川星河电器有限责任公司 -> 雅安市", "LOCATED_IN 四川星雅科技有限公司 -> 雅安市", "LOCATED_IN 星达光伏刃料有限公司技术中心 -> 雅安市"}},
		{"a place that has gathered firms after two adverbs, with the firms counted by 户", "自贡目前已拥有星方锅炉、星昊黑元、星能气体等17户本土氢能产业链核心企业。",
			[]string{"LOCATED_IN 星方锅炉 -> 自贡市", "LOCATED_IN 星能气体 -> 自贡市"}},
		{"each body a clause opens with settles where the last one does", "星河研究院、九洲星集团先后迁入绵阳。",
			[]string{"LOCATED_IN 星河研究院 -> 绵阳市", "LOCATED_IN 九洲星集团 -> 绵阳市"}},
		{"a signing named by its ceremony: the parties before 合作签约", "星河区人民政府与星海大学、星湖理工大学深化产学研合作签约仪式现场。",
			[]string{"PARTNERS_WITH 星河区人民政府 -> 星海大学", "PARTNERS_WITH 星河区人民政府 -> 星湖理工大学"}},
		{"a list headed by the page's city", "绵阳市召开会议。我市的星城育成中心、致星方略企业管理服务平台入选。",
			[]string{"LOCATED_IN 星城育成中心 -> 绵阳市", "LOCATED_IN 致星方略企业管理服务平台 -> 绵阳市"}},
		{"a zone that opens the sentence lies in the districts it spans", "据介绍,星河科学城位于重庆西部,涉及北碚、沙坪坝、九龙坡5个区,规划面积1198平方公里。",
			[]string{"LOCATED_IN 星河科学城 -> 北碚区", "LOCATED_IN 星河科学城 -> 沙坪坝区", "LOCATED_IN 星河科学城 -> 九龙坡区"}},
		{"signing past a short name in brackets, each with a counted list, or under a long agreement", "今天,星河大学(简称“星大”)与星海高科技(集团)有限公司在四川成都举行战略合作签约仪式。崇州市与星智科技公司、星伟开发公司等6家公司分别签署合作协议。新都区与星光机械设备有限公司、成都星泓生物科技有限公司等8家川内企业代表签订入池协议。会上,四川省科技厅、成都市、绵阳市签署共建星德绵国家科技成果转移转化示范区战略合作协议。",
			[]string{"PARTNERS_WITH 星河大学 -> 星海高科技(集团)有限公司", "PARTNERS_WITH 崇州市 -> 星智科技公司", "PARTNERS_WITH 崇州市 -> 星伟开发公司",
				"PARTNERS_WITH 新都区 -> 星光机械设备有限公司", "PARTNERS_WITH 成都市 -> 绵阳市", "PARTNERS_WITH 四川省科学技术厅 -> 成都市"}},
		{"a counted list signs with a list after 和", "星河工业大学、星海科技大学等7家校企和绵阳市人民政府、绵阳经开区签订合作协议。",
			[]string{"PARTNERS_WITH 星河工业大学 -> 绵阳市人民政府", "PARTNERS_WITH 星河工业大学 -> 绵阳经开区", "PARTNERS_WITH 星海科技大学 -> 绵阳市人民政府", "PARTNERS_WITH 星海科技大学 -> 绵阳经开区"}},
		{"a park that is drawing firms in gathers them", "近年来,星河锂电高新产业园正吸引着星道集团、星屯集团等越来越多的“龙头”企业入驻。",
			[]string{"LOCATED_IN 星道集团 -> 星河锂电高新产业园", "LOCATED_IN 星屯集团 -> 星河锂电高新产业园"}},
		{"a zone that firms have settled into holds them", "迄今为止,眉山经济开发区新区已经已入驻星林泰科集团、星峰药业等71个大健康项目。",
			[]string{"LOCATED_IN 星林泰科集团 -> 眉山经济开发区新区", "LOCATED_IN 星峰药业 -> 眉山经济开发区新区"}},
		{"a province that is pushing industries on supports them", "目前,四川省正重点推动信息安全、新能源汽车等高端成长型产业发展。",
			[]string{"SUPPORTS_CHAIN 四川省 -> 信息安全", "SUPPORTS_CHAIN 四川省 -> 新能源汽车"}},
		{"a zone read inside a name opens with its own place", "成都星河港经开区管委会主任王某介绍。登上宜宾星河新区东部产业园观景平台。",
			[]string{"PART_OF 成都星河港经开区 -> 成都市", "LOCATED_IN 宜宾星河新区东部产业园 -> 宜宾星河新区", "PART_OF 宜宾星河新区 -> 宜宾市"}},
		{"a province, a city and a district open a name", "星河实验室与四川省眉山市彭山区科学技术局正式签署战略合作协议。",
			[]string{"PART_OF 彭山区 -> 眉山市", "PART_OF 眉山市 -> 四川省"}},
		{"a counted list that ends its clause signs after saying at length what about", "星河大学、星海研究院等单位,与彭州市就促进中医药传承创新发展、共建研究院等领域,达成8个合作协议。",
			[]string{"PARTNERS_WITH 星河大学 -> 彭州市", "PARTNERS_WITH 星海研究院 -> 彭州市"}},
		{"a firm read from a list lies in the place its name opens with", "当天,星门子科技有限公司、浙江星华、国家汽车零部件检验中心、成都星博智、星蓝中天科技有限公司共同启动了项目。",
			[]string{"LOCATED_IN 浙江星华 -> 浙江省", "LOCATED_IN 成都星博智 -> 成都市"}},
		{"a place that states what it will do goes on about it in the clauses after", "为此,德阳市明确将重大装备作为军民融合切入点,通过开展技术合作攻关,重点发展航空航天、新材料等产业。",
			[]string{"SUPPORTS_CHAIN 德阳市 -> 航空航天", "SUPPORTS_CHAIN 德阳市 -> 新材料"}},
		{"a platform or a think tank named after a university is the university's", "省科协一行莅临星川大学高新技术企业孵化平台考察。星川大学星川智库发布报告。",
			[]string{"PART_OF 星川大学高新技术企业孵化平台 -> 星川大学", "PART_OF 星川大学星川智库 -> 星川大学"}},
		{"a body stationed somewhere lies there", "四川省人民政府驻上海办事处副主任出席。星国驻重庆总领事馆总领事毕某某出席。",
			[]string{"LOCATED_IN 四川省人民政府驻上海办事处 -> 上海市", "LOCATED_IN 星国驻重庆总领事馆 -> 重庆市"}},
		{"a body's committee or institute named with a place before its head lies there", "星三学社成都市委员会举行座谈会。中国星主促进会四川省委员会主委张某率队。中国星程科技发展战略四川研究院项目启动。",
			[]string{"LOCATED_IN 星三学社成都市委员会 -> 成都市", "LOCATED_IN 中国星主促进会四川省委员会 -> 四川省", "LOCATED_IN 中国星程科技发展战略四川研究院 -> 四川省"}},
		{"officers listed by posts alone after a school's or a bureau's officer hold them there", "星河学院党委副书记、院长杜星聪,党委常委、副院长杨星强出席。成都市武侯区市场监督管理局党组书记、局长彭星岗,副局长李星康带队。",
			[]string{"WORKS_AT 杨星强 -> 星河学院", "WORKS_AT 李星康 -> 成都市武侯区市场监督管理局"}},
		{"a union's chairman and a senior engineer of professor's rank are posts", "四川星河建设有限公司党委副书记、副总经理、工会主席罗星彬,总工程师李星江参加座谈。四川省林业和草原局教授级高工杨星忠出席。",
			[]string{"WORKS_AT 罗星彬 -> 四川星河建设有限公司", "WORKS_AT 李星江 -> 四川星河建设有限公司", "WORKS_AT 杨星忠 -> 四川省林业和草原局"}},
		{"names before an executive vice-president's post, and a post before 进行", "星河大学王星国书记、许星临常务副校长出席。星海钨业股份有限公司副总裁钟星祥进行座谈。",
			[]string{"WORKS_AT 许星临 -> 星河大学", "WORKS_AT 钟星祥 -> 星海钨业股份有限公司"}},
		{"a district named after its city signs; a signing may follow what it is about", "8月28日,星河股份有限公司与成都市新都区签订合作协议。星海医学院与四川星恒动物制药有限公司就建立学生校外教学实习基地、毕业生就业见习基地举行签约挂牌仪式。",
			[]string{"PARTNERS_WITH 星河股份有限公司 -> 新都区", "PARTNERS_WITH 星海医学院 -> 四川星恒动物制药有限公司"}},
		{"builders joined in the clause before 携手共建, and a firm that two bodies 共同组建的", "星河公交集团与蓉城技师学院强强联合,携手共建星河新能源汽车产业学院。四川星神生物制品有限公司为四川省星牧科学研究院及星科公司共同组建的一个企业。",
			[]string{"CO_BUILT_BY 星河新能源汽车产业学院 -> 星河公交集团", "CO_BUILT_BY 星河新能源汽车产业学院 -> 蓉城技师学院",
				"CO_BUILT_BY 四川星神生物制品有限公司 -> 四川省星牧科学研究院", "CO_BUILT_BY 四川星神生物制品有限公司 -> 星科公司"}},
		{"an autonomous prefecture named after its province is the province's", "四川凉山揽金近500亿元。星河公司拜访四川省阿坝藏族羌族自治州。",
			[]string{"PART_OF 凉山彝族自治州 -> 四川省", "PART_OF 阿坝藏族羌族自治州 -> 四川省"}},
		{"cities listed after the first one named with its province are the province's", "四川省遂宁、绵阳、内江、自贡等地市政府有关部门参加。",
			[]string{"PART_OF 遂宁市 -> 四川省", "PART_OF 绵阳市 -> 四川省", "PART_OF 内江市 -> 四川省", "PART_OF 自贡市 -> 四川省"}},
		{"posts before a seat on a lab's committee are held, the seat is not", "星河科学院院士、星河大学医学研究院院长、星海生物技术研究院院长、星光资源开发四川省重点实验室学术委员会主任舒星兵出席。",
			[]string{"WORKS_AT 舒星兵 -> 星河大学医学研究院", "WORKS_AT 舒星兵 -> 星海生物技术研究院"}},
		{"a firm supplies its customers, the parties of its supply contracts, and those it is named the supplier of", "巴中星丰新材料有限公司已与索菲亚、欧派、全友、掌上明珠等知名家居品牌签订供货合同。作为京东方等面板龙头的核心供应商,星东电工有限公司的增资扩产意义重大。成都星明坤新材料科技有限公司主要客户包括:比亚迪、华为等。",
			[]string{"SUPPLIES 巴中星丰新材料有限公司 -> 索菲亚", "SUPPLIES 巴中星丰新材料有限公司 -> 掌上明珠", "SUPPLIES 星东电工有限公司 -> 京东方",
				"SUPPLIES 成都星明坤新材料科技有限公司 -> 比亚迪", "SUPPLIES 成都星明坤新材料科技有限公司 -> 华为"}},
		{"a firm introduced as a chain's leader by the clause that opens the sentence leads it", "作为成都高新区低空经济链主企业,星飞长空科技有限公司是国内领先的整机研制企业。",
			[]string{"LEADS_CHAIN 星飞长空科技有限公司 -> 低空经济"}},
		{"a person called 校友 after the name is an alumnus of the university whose association the sentence names; graduated from (从…毕业)", "四川星河大学南充校友会会长、星海师范大学党委书记杨星政校友致贺词。星河职业学院教师陈星强是射洪人,2025年6月从星东大学博士毕业后,回到四川。",
			[]string{"ALUMNUS_OF 杨星政 -> 四川星河大学", "ALUMNUS_OF 陈星强 -> 星东大学"}},
		{"a park called by its class noun gathers firms, inside it or not", "星海经开区大力实施铝产业计划。目前,经开区已聚集星孚铝电有限公司、林星铝业有限公司等铝企业。星河航空产业园位于新都区。现在,园区内已经汇集星飞民机有限公司、星海科技公司等航空企业。",
			[]string{"LOCATED_IN 星孚铝电有限公司 -> 星海经开区", "LOCATED_IN 林星铝业有限公司 -> 星海经开区", "LOCATED_IN 星飞民机有限公司 -> 星河航空产业园", "LOCATED_IN 星海科技公司 -> 星河航空产业园"}},
		{"a prefecture's counties and another province's city, named after it, are its", "项目主要在凉山州会理县、宁南县、布拖县。江西省赣州市与星海集团签约。",
			[]string{"PART_OF 会理县 -> 凉山彝族自治州", "PART_OF 宁南县 -> 凉山彝族自治州", "PART_OF 布拖县 -> 凉山彝族自治州", "PART_OF 赣州市 -> 江西省"}},
		{"a school's post after a word that introduces or joins it is at the page's university", "星河大学与星海市签约。仪式由校党委副书记敬星主持。星河大学校长李星代表学校和出差在外的校党委书记王星海致辞。",
			[]string{"WORKS_AT 敬星 -> 星河大学", "WORKS_AT 王星海 -> 星河大学"}},
		{"a firm's legal name's place and words before its trade name it before a post", "星海市与四川星发(控股)有限责任公司签约。四川星发党委书记、董事长李文星致辞。星海市与西安油星网信息技术有限公司签约。西安油星网董事长徐星表示,很好。",
			[]string{"WORKS_AT 李文星 -> 四川星发(控股)有限责任公司", "WORKS_AT 徐星 -> 西安油星网信息技术有限公司"}},
		{"the parties to an agreement build what the next clause, with no subject of its own, builds", "星海集团与双流区签订投资合作协议,建设星河天府信息中心。星光股份有限公司与成都市新都区签订合作协议,将在该区石板滩镇建设“成都星海产业园”。",
			[]string{"CO_BUILT_BY 星河天府信息中心 -> 星海集团", "CO_BUILT_BY 星河天府信息中心 -> 双流区", "CO_BUILT_BY 成都星海产业园 -> 星光股份有限公司", "CO_BUILT_BY 成都星海产业园 -> 新都区"}},
		{"a body whose site is bracketed after its name focuses on fields", "星河大学科技园(天府园)主要布局集成电路、人工智能与大数据等产业。",
			[]string{"SUPPORTS_CHAIN 星河大学科技园 -> 集成电路", "SUPPORTS_CHAIN 星河大学科技园 -> 人工智能与大数据"}},
		{"a prefecture's committee, named after it or bare on its page, and the committee's department", "甘孜州与眉山市签订合作协议。阿坝州委书记刘坪出席。州委书记刘星,州委常委、州委组织部部长冯星出席。广州委托星海集团办理。",
			[]string{"WORKS_AT 刘坪 -> 中共阿坝州委", "WORKS_AT 刘星 -> 中共甘孜州委", "WORKS_AT 冯星 -> 中共甘孜州委组织部", "PART_OF 中共甘孜州委组织部 -> 中共甘孜州委"}},
		{"a prefecture's government named bare on its page", "甘孜州与眉山市签订合作协议。州政府副州长杜星出席。",
			[]string{"WORKS_AT 杜星 -> 甘孜藏族自治州人民政府"}},
		{"builders after 由, the first leading and the rest joining after a comma, build what opens the clause", "星河饮片工程研究有限公司由星海中药股份有限公司牵头,星光生物股份有限公司、星河中医药大学共同入股组建。",
			[]string{"CO_BUILT_BY 星河饮片工程研究有限公司 -> 星海中药股份有限公司", "CO_BUILT_BY 星河饮片工程研究有限公司 -> 星光生物股份有限公司", "CO_BUILT_BY 星河饮片工程研究有限公司 -> 星河中医药大学"}},
		{"hosts listed after 依托 and closed by 等 build the body the verb introduces", "四川依托星河研究所、星海大学、星光科技股份有限公司等建设布局星河交通管理省重点实验室。",
			[]string{"CO_BUILT_BY 星河交通管理省重点实验室 -> 星河研究所", "CO_BUILT_BY 星河交通管理省重点实验室 -> 星海大学", "CO_BUILT_BY 星河交通管理省重点实验室 -> 星光科技股份有限公司"}},
		{"该 and a class noun is the body whose founding event the sentence before names", "6月16日,星河新材料产教联合体成立大会在泸州举行。该联合体由星海职业技术学院、星光集团有限责任公司共同牵头发起。星河新材料产教联合体将培养人才。",
			[]string{"CO_BUILT_BY 星河新材料产教联合体 -> 星海职业技术学院", "CO_BUILT_BY 星河新材料产教联合体 -> 星光集团有限责任公司"}},
		{"a firm whose legal name opens with a known brand that opens with a place is in the place", "泸州老窖集团有限责任公司与星河大学签约。",
			[]string{"LOCATED_IN 泸州老窖集团有限责任公司 -> 泸州市"}},
		{"a place's firm introduced by its trade lies in the place", "近日,星河核技术应用产业园区的核药企业乐山星海医疗科技有限公司与星光医院签约。",
			[]string{"LOCATED_IN 乐山星海医疗科技有限公司 -> 星河核技术应用产业园区"}},
		{"a firm whose headquarters lies in a place lies there", "其位于成都星河科技城的星海科技有限公司全球总部基地已完成封顶。",
			[]string{"LOCATED_IN 星海科技有限公司 -> 成都星河科技城"}},
		{"an office named after 学校 is the page's university's, and so is the post in it", "星河大学与星海市签约。学校科技处处长周某出席。",
			[]string{"WORKS_AT 周某 -> 星河大学"}},
		{"园区 before a verb of focus is the development zone the page names, and grows the fields it lists", "四川星河经济开发区位于双流区。园区聚焦电子信息、智能制造等5大领域,目前集聚规上企业289家。",
			[]string{"SUPPORTS_CHAIN 四川星河经济开发区 -> 电子信息", "SUPPORTS_CHAIN 四川星河经济开发区 -> 智能制造"}},
		{"a headline that opens with a place and a colon gives the place the industries it names", "内江市东兴区:建链育企 人工智能产业加速崛起\n东兴区召开大会。",
			[]string{"SUPPORTS_CHAIN 东兴区 -> 人工智能"}},
		{"the bodies an alliance's members include are part of the alliance the page names most, not of an association among its founders", "7月21日,星河钒钛产业联盟在成都正式成立。该联盟由星光集团及四川省星湖产业协会等共同发起。目前共有90余家企业自愿加入联盟。成员包括星光集团、星海钒钛、星河大学、星湖研究所等,具有极强的产业覆盖力。",
			[]string{"PART_OF 星光集团 -> 星河钒钛产业联盟", "PART_OF 星河大学 -> 星河钒钛产业联盟", "PART_OF 星湖研究所 -> 星河钒钛产业联盟"}},
		{"clauses that go on taking members in with no subject of their own list the consortium's members", "星河新一代信息技术产教联合体成立。联合体吸纳了星河职业技术学院、星海职业技术学院等11所中高职业院校,聚合了星光科技有限公司、星湖集团等42家重点企业,联合了星河大学等5所高校,共同打造平台。",
			[]string{"PART_OF 星河职业技术学院 -> 星河新一代信息技术产教联合体", "PART_OF 星光科技有限公司 -> 星河新一代信息技术产教联合体", "PART_OF 星湖集团 -> 星河新一代信息技术产教联合体", "PART_OF 星河大学 -> 星河新一代信息技术产教联合体"}},
		{"the bodies a clause lists before saying they became members, and those 该联盟 takes in, are part of the alliance", "星河人工智能产业联盟在近日召开的成立大会上揭牌。星河大学、星光信息产业集团有限公司、星湖实验室等近50家高校、企业成为联盟首批成员单位,将合力打造生态。该联盟吸收了星海科技发展有限公司、星河石油大学等为成员单位。",
			[]string{"PART_OF 星河大学 -> 星河人工智能产业联盟", "PART_OF 星光信息产业集团有限公司 -> 星河人工智能产业联盟", "PART_OF 星湖实验室 -> 星河人工智能产业联盟", "PART_OF 星海科技发展有限公司 -> 星河人工智能产业联盟", "PART_OF 星河石油大学 -> 星河人工智能产业联盟"}},
		{"a place that names a designated cluster supports it, and is no place the cluster lies in", "四川省先进制造业集群拟培育名单\n成都市人工智能产业集群\n德阳市先进水电装备集群",
			[]string{"SUPPORTS_CHAIN 成都市 -> 成都市人工智能产业集群", "SUPPORTS_CHAIN 德阳市 -> 德阳市先进水电装备集群"}},
		{"a government named by its place in a list of addressees lies in the place", "成都、德阳、眉山、资阳市人民政府:规划已经同意。成都市与德阳市加快同城化发展。",
			[]string{"LOCATED_IN 成都市人民政府 -> 成都市", "LOCATED_IN 德阳市人民政府 -> 德阳市", "LOCATED_IN 资阳市人民政府 -> 资阳市"}},
		{"a work report's signature sets the name apart from its title by a space; the head works at the government", "成都市新都区人民政府区长 王星河\n各位代表:现在我向大会报告工作。",
			[]string{"WORKS_AT 王星河 -> 成都市新都区人民政府"}},
		{"a town of industry or a port named after its city lies in it; a science city named so is part of it", "成都影视城加快建设。成都现代工业港已入驻企业。成都科学城加快建设。",
			[]string{"LOCATED_IN 成都影视城 -> 成都市", "LOCATED_IN 成都现代工业港 -> 成都市", "PART_OF 成都科学城 -> 成都市"}},
		{"a firm that 隶属于 another is part of it", "记者了解到,星河科技集团隶属于世界500强星海控股集团,是一家大型企业。",
			[]string{"PART_OF 星河科技集团 -> 星海控股集团"}},
		{"firms the city gathers, right after it, lie in the city", "以成都高新区为核心聚集区,成都已成功吸引包括星河电子、星海仪器、星光科技等在内的重点企业。",
			[]string{"LOCATED_IN 星河电子 -> 成都市", "LOCATED_IN 星海仪器 -> 成都市", "LOCATED_IN 星光科技 -> 成都市"}},
		{"a clause that opens with 由 lists builders over commas up to a verb closed by 的, and they build the body after it", "近日,由星河钢铁集团牵头,联合星海电气集团有限公司等省内外10家企业、星河大学等7所高校及星湖研究所等9个科研院所,组建的星河钒钛产业创新联合体获批建设。",
			[]string{"CO_BUILT_BY 星河钒钛产业创新联合体 -> 星河钢铁集团", "CO_BUILT_BY 星河钒钛产业创新联合体 -> 星海电气集团有限公司", "CO_BUILT_BY 星河钒钛产业创新联合体 -> 星河大学", "CO_BUILT_BY 星河钒钛产业创新联合体 -> 星湖研究所"}},
		{"an agency's bureau, a centre's branch and a firm's branch named after their owner are its parts", "中国民用航空局空中交通管理局局长徐某出席。国家技术转移西南中心川南分中心等3家机构落户。中国石油西南油气田分公司与星河大学签约。",
			[]string{"PART_OF 中国民用航空局空中交通管理局 -> 中国民用航空局", "PART_OF 国家技术转移西南中心川南分中心 -> 国家技术转移西南中心", "PART_OF 中国石油西南油气田分公司 -> 中国石油"}},
		{"parties after 与 whose list a comma closes before 就…合作 partner with the first; a place before a brand of 药业 is no part of the brand", "星河大学与四川新绿色药业、星海药业、星光有限公司等企业,就开展战略合作、项目合作达成一致。",
			[]string{"PARTNERS_WITH 星河大学 -> 四川新绿色药业", "PARTNERS_WITH 星河大学 -> 星海药业", "PARTNERS_WITH 星河大学 -> 星光有限公司"}},
		{"the universities a place that opens the sentence has, in a later clause, lie there", "德阳国家高新区是全国唯一的通用航空创新型产业集群试点园区,拥有中国星河飞行学院、四川星海航天职业技术学院等一批高校。",
			[]string{"LOCATED_IN 中国星河飞行学院 -> 德阳国家高新区", "LOCATED_IN 四川星海航天职业技术学院 -> 德阳国家高新区"}},
		{"people listed right after a body and closed by their rank work there", "会上,星河研究院何勤、龚涛、黄静等教授代表先后作了报告。",
			[]string{"WORKS_AT 何勤 -> 星河研究院", "WORKS_AT 龚涛 -> 星河研究院", "WORKS_AT 黄静 -> 星河研究院"}},
		{"a post after two departments named together is at both", "19日,成都市经信局市新经济委机关党委书记丁某在成都表示。",
			[]string{"WORKS_AT 丁某 -> 成都市经济和信息化局", "WORKS_AT 丁某 -> 成都市新经济发展委员会"}},
		{"an association builds as a firm or a government does", "大会上,中国星竹产业协会和宜宾市人民政府决定在宜宾市共建中国星竹经济发展示范区,将推动产业发展。",
			[]string{"CO_BUILT_BY 中国星竹经济发展示范区 -> 中国星竹产业协会", "CO_BUILT_BY 中国星竹经济发展示范区 -> 宜宾市人民政府"}},
		{"a chain's main site and the sites the next clause gives it the same way support it", "明确凉山州钒钛产业以西昌星河产业园区为产业主承载地,以德昌星光园区、会理星海园区为重要承载地。",
			[]string{"SUPPORTS_CHAIN 西昌星河产业园区 -> 钒钛", "SUPPORTS_CHAIN 德昌星光园区 -> 钒钛", "SUPPORTS_CHAIN 会理星海园区 -> 钒钛"}},
		{"a clause of focus on industries before its subject gives them to the place that opens the next clause", "今年,围绕先进材料、能源化工、食品饮料三大主导产业,四川巴中细分出18条赛道。",
			[]string{"SUPPORTS_CHAIN 巴中市 -> 先进材料", "SUPPORTS_CHAIN 巴中市 -> 能源化工", "SUPPORTS_CHAIN 巴中市 -> 食品饮料"}},
		{"an industry said to be the leading one of a place described before it is the place's", "轨道交通产业是享有“铁半城”之称的金牛区的优势产业,也是重点发展的产业链之一。",
			[]string{"SUPPORTS_CHAIN 金牛区 -> 轨道交通"}},
		{"a party joined by a dash before a signing ceremony's name signs with the party that opens it", "2月27日,巴中市—星河大学战略合作协议签约仪式在成都举行,双方将深化合作。",
			[]string{"PARTNERS_WITH 巴中市 -> 星河大学"}},
		{"a body said to rest on another (是以Y为依托), past the short name it declares, is built by it", "成都星河联合体(下文简称“联合体”)是以成都高新区为依托,以新一代信息技术为主导产业组成的联合体。",
			[]string{"CO_BUILT_BY 成都星河联合体 -> 成都高新区"}},
		{"a partnership said of the future, or of a field, is a partnership", "根据协议,温江区与星河大学将开展深入合作。星海科技公司与星光大学在人工智能领域开展合作。",
			[]string{"PARTNERS_WITH 温江区 -> 星河大学", "PARTNERS_WITH 星海科技公司 -> 星光大学"}},
		{"a list closed by a count of cities and prefectures signs with the party before 与", "会上,四川天府新区分别与攀枝花市、德阳市等11个市州签署战略合作协议。",
			[]string{"PARTNERS_WITH 四川天府新区 -> 攀枝花市", "PARTNERS_WITH 四川天府新区 -> 德阳市"}},
		{"a post alone after a comma is held at the sentence's first body, wherever that stands", "开馆仪式由成都市地方金融局主办,局长梁其星主持。",
			[]string{"WORKS_AT 梁其星 -> 成都市地方金融局"}},
		{"the bodies a facility's name joins with a hyphen built it; a city there is also where it is", "依托中国气象局-成都信息工程大学人工影响天气联合研究中心开展研究。德阳-华为工业互联网创新中心揭牌。",
			[]string{"CO_BUILT_BY 中国气象局-成都信息工程大学人工影响天气联合研究中心 -> 中国气象局", "CO_BUILT_BY 中国气象局-成都信息工程大学人工影响天气联合研究中心 -> 成都信息工程大学",
				"CO_BUILT_BY 德阳-华为工业互联网创新中心 -> 德阳市", "CO_BUILT_BY 德阳-华为工业互联网创新中心 -> 华为", "LOCATED_IN 德阳-华为工业互联网创新中心 -> 德阳市"}},
		{"a university named in full goes by its class's short form after", "星河师范大学代表团来访。星河师大还与星海交通大学签署了合作协议。星海交大与成华区签署了合作协议。",
			[]string{"PARTNERS_WITH 星河师范大学 -> 星海交通大学", "PARTNERS_WITH 星海交通大学 -> 成华区"}},
		{"firms that announce together that they move in settle there", "今年2月,星河科技等5家企业同时宣布入驻成都新川创新科技园。",
			[]string{"LOCATED_IN 星河科技 -> 成都新川创新科技园"}},
		{"a park or a zone named after a place and 的 lies there", "而在武侯新城的星河智谷园区中,星海公司已经运营4年。青白江区的星港综合保税区开关运营。",
			[]string{"LOCATED_IN 星河智谷园区 -> 武侯新城", "LOCATED_IN 星港综合保税区 -> 青白江区"}},
		{"学校 as the subject that partners is the page's university", "星河大学举行签约仪式。今年3月4日,学校与青白江区正式签订了战略合作框架协议。",
			[]string{"PARTNERS_WITH 星河大学 -> 青白江区"}},
		{"a post after two bodies of a kind listed together is held at both", "四川省企业联合会、四川省企业家协会驻会副会长徐星宣读了名单。",
			[]string{"WORKS_AT 徐星 -> 四川省企业联合会", "WORKS_AT 徐星 -> 四川省企业家协会"}},
		{"a place that opens the sentence builds the platform a later clause, with no subject, founds", "近年来,邛崃构建联合攻关机制,统筹科研院所和企业,共同组建星海种业研究院。",
			[]string{"CO_BUILT_BY 星海种业研究院 -> 邛崃市"}},
		{"builders after a comma and 由 build the body the clause before opens with or sets up, past its declared short name", "星海省科技厅批准设立星河先进材料重点实验室(以下简称星河实验室),由星海大学、星光研究院以及星云研究所共同组建。星湖先进材料中试基地,由星海大学与星辰科技有限公司共同建设运营。",
			[]string{"CO_BUILT_BY 星湖先进材料中试基地 -> 星辰科技有限公司", "CO_BUILT_BY 星河先进材料重点实验室 -> 星海大学", "CO_BUILT_BY 星河先进材料重点实验室 -> 星光研究院", "CO_BUILT_BY 星河先进材料重点实验室 -> 星云研究所"}},
		{"an event held at a platform is located there", "10月16日,“星河科技成果转化专场对接交流会”在星海大学国家双创示范基地举行。",
			[]string{"LOCATED_IN 星河科技成果转化专场对接交流会 -> 星海大学国家双创示范基地"}},
		{"a park named after a zone of a city of county level lies in the zone, which lies in the city", "2月3日,彭州经开区星河航空动力产业园与星海科技有限公司成功签署投资合作协议。",
			[]string{"LOCATED_IN 彭州经开区星河航空动力产业园 -> 彭州经开区", "LOCATED_IN 彭州经开区 -> 彭州市"}},
		{"clauses that only list more bodies, some no rule reads, go on with a place's verb of gathering", "星海生物城已引进星河生物、星光制药等创新药重大产业化项目;星海药业有限公司、Pharmaron、星云集团等重大科创平台项目;星湖肿瘤治疗中心等高端健康服务项目,构筑起生态圈。星海医学城是成都市确定的核心区域,目前已聚集了星河药业、星光科技等53家医药企业,星湖医院、星海康复中心等高端医疗机构。",
			[]string{"LOCATED_IN 星云集团 -> 星海生物城", "LOCATED_IN 星湖肿瘤治疗中心 -> 星海生物城", "LOCATED_IN 星湖医院 -> 星海医学城", "LOCATED_IN 星海康复中心 -> 星海医学城"}},
		{"该区 is the district named before; each industry of its list is its own", "新都区位于成都北部。2024年,该区绿色环保、航天装备、新材料等产业实现产值500亿元。",
			[]string{"SUPPORTS_CHAIN 新都区 -> 绿色环保", "SUPPORTS_CHAIN 新都区 -> 航天装备", "SUPPORTS_CHAIN 新都区 -> 新材料"}},
		{"a province before a zone named with its city holds the city, which holds the zone", "四川成都高新区星河智造中试基地正式投运。",
			[]string{"PART_OF 成都市 -> 四川省", "PART_OF 成都高新区 -> 成都市", "LOCATED_IN 四川成都高新区星河智造中试基地 -> 成都高新区"}},
		{"firms listed as chain leaders before the one chain their sentence names lead it, not its segments", "围绕星河飞机、星海发动机等链主企业,目前新都高新区已集聚航空航天上下游产业链。同时,星光航空、星云航电等多家区内链主企业也在航展设立展位,展示其在航空领域的最新成果。",
			[]string{"LEADS_CHAIN 星河飞机 -> 航空航天", "LEADS_CHAIN 星海发动机 -> 航空航天", "LEADS_CHAIN 星光航空 -> 航空", "LEADS_CHAIN 星云航电 -> 航空"}},
		{"a zone named after its new area and later without it goes by its own name, the area's part", "东部新区未来科技城建设提速。未来科技城新增企业。",
			[]string{"PART_OF 未来科技城 -> 成都东部新区"}},
		{"an event's 活动 launched in a place, and one held there over days, lie there", "9月17日,“星河创新驱动发展院士行”活动在成都启动。2023星海创新创业交易会于9月19日-21日在温江区举行。",
			[]string{"LOCATED_IN 星河创新驱动发展院士行 -> 成都市", "LOCATED_IN 2023星海创新创业交易会 -> 温江区"}},
		{"a platform that also incubated firms, the verb in quotes, incubated each", "成都星河软件园还“孵化”培育出星桥科技有限公司、星联科技有限公司等众多知名企业。",
			[]string{"INCUBATED 成都星河软件园 -> 星桥科技有限公司", "INCUBATED 成都星河软件园 -> 星联科技有限公司"}},
		{"the place after an event's edition is where it is held", "川茶集团在第27届上海国际星茶文化博览会上收获众多客商点赞。第十届成都国际星河工业博览会开幕。",
			[]string{"LOCATED_IN 第27届上海国际星茶文化博览会 -> 上海市", "LOCATED_IN 第十届成都国际星河工业博览会 -> 成都市"}},
		{"the bodies listed after a place and 的 lie there", "其中,位于成都高新区的星河实验室、星海实验室已正式揭牌运行。",
			[]string{"LOCATED_IN 星河实验室 -> 成都高新区", "LOCATED_IN 星海实验室 -> 成都高新区"}},
		{"a firm named after its owner, a comma and 其旗下 is the owner's", "同样作为上市川企的星河药业有限公司,其旗下公司星海医药化工有限公司承担了项目。",
			[]string{"PART_OF 星海医药化工有限公司 -> 星河药业有限公司"}},
		{"a post after a body and 的 is held there", "同样惊喜的还有星河医药开发有限公司的CEO李星进,这位海归带来了团队。",
			[]string{"WORKS_AT 李星进 -> 星河医药开发有限公司"}},
		{"a graduate of a university's major is its alumnus", "日前,星河大学机器人技术及应用专业博士桂星成在西博会上领到了人才绿卡。",
			[]string{"ALUMNUS_OF 桂星成 -> 星河大学"}},
		{"a clause that opens with 是 calls the body the sentence opens with a chain's core", "成都星河生物城由成都高新区与双流区于2016年合作共建,是成都发展生物医药产业的核心集聚空间。",
			[]string{"SUPPORTS_CHAIN 成都星河生物城 -> 生物医药"}},
		{"a park anchors the industries it names", "成都星海动力产业园选址天府新区。园区锚定航空发动机、无人机等五大产业。",
			[]string{"SUPPORTS_CHAIN 成都星海动力产业园 -> 航空发动机", "SUPPORTS_CHAIN 成都星海动力产业园 -> 无人机"}},
		{"each later 、与B签署 of a signing clause is the same subject's signing", "在该会议上,新都区还分别与星河储蓄银行签署了“科创贷”合作协议、与星海银行签署了“壮大贷”合作协议。",
			[]string{"PARTNERS_WITH 新都区 -> 星河储蓄银行", "PARTNERS_WITH 新都区 -> 星海银行"}},
		{"a member of a zone's party working committee holds a post there", "成都星河新区党工委委员、管委会副主任李星洁出席。",
			[]string{"WORKS_AT 李星洁 -> 成都星河新区党工委"}},
		{"an executive deputy head after the district committee's post works at the district's government", "成都市新都区人民政府举办推介会。新都区委常委、常务副区长张星丹与星河科技有限公司负责人签约。",
			[]string{"WORKS_AT 张星丹 -> 成都市新都区人民政府"}},
		{"a platform a place gathers lies there as a firm does", "龙泉驿区持续发力。目前该区已落地国内唯一的国家级测试场——中德星河智能网联汽车试验基地,累计测试里程近6万公里。",
			[]string{"LOCATED_IN 中德星河智能网联汽车试验基地 -> 龙泉驿区"}},
		{"该园区 is the park named before, a university's science park with its part in brackets or a cooperation park",
			"据了解,电子科大科技园(天府园)是推动电子科技大学科技成果转化的科技创新平台。该园区位于天府新区,主要布局通信与物联网、人工智能与大数据等高技术产业。" +
				"中德(蒲江)中小企业合作园开园。该园区着力引进德国技术,重点发展精密机械产业和生物产业。",
			[]string{"LOCATED_IN 电子科技大学科技园(天府园) -> 四川天府新区", "SUPPORTS_CHAIN 电子科技大学科技园(天府园) -> 通信与物联网",
				"SUPPORTS_CHAIN 中德(蒲江)中小企业合作园 -> 精密机械"}},
		{"partners joined by 联合 build what the verb after them names, with the clause's or the sentence's subject",
			"青羊区将联合星海大学建设星海生物医药协同创新中心。锦江区作为产业生态圈中的重要一环,接下来将着力推动产业发展,联合星河研究院建设星河航空协同创新中心和星河检测重点实验室。",
			[]string{"CO_BUILT_BY 星海生物医药协同创新中心 -> 星海大学", "CO_BUILT_BY 星海生物医药协同创新中心 -> 青羊区",
				"CO_BUILT_BY 星河航空协同创新中心 -> 星河研究院", "CO_BUILT_BY 星河航空协同创新中心 -> 锦江区", "CO_BUILT_BY 星河检测重点实验室 -> 星河研究院"}},
		{"a body settles after when it did, first, or by 布局 and 定址", "国家超高清视频创新中心在去年落户成都。星河集团首次落地成都市。星海集团定址成都高新区。",
			[]string{"LOCATED_IN 国家超高清视频创新中心 -> 成都市", "LOCATED_IN 星河集团 -> 成都市", "LOCATED_IN 星海集团 -> 成都高新区"}},
		{"a zone opened in a place lies there", "5月28日,星河国家人工智能创新应用先导区在成都高新区揭牌。",
			[]string{"LOCATED_IN 星河国家人工智能创新应用先导区 -> 成都高新区"}},
		{"the fields a place takes as its aim (以A和B为主攻方向) are chains it supports", "当前,成都经开区牢牢把握产业变革趋势,以新能源和智能网联为主攻方向,大力实施建圈强链。",
			[]string{"SUPPORTS_CHAIN 成都经开区 -> 新能源", "SUPPORTS_CHAIN 成都经开区 -> 智能网联"}},
		{"a state firm's party group is among its offices", "在星河集团党组书记、董事长王星海,党组成员、副总经理李星河的共同见证下,双方签约。",
			[]string{"WORKS_AT 王星海 -> 星河集团", "WORKS_AT 李星河 -> 星河集团"}},
		{"who heads a body: its head is, or is served by, a person", "星河重点实验室于2020年获批。实验室主任为陈学伟教授,首届学术委员会主任为李家洋院士。星海研究中心主任由王星海教授担任。",
			[]string{"WORKS_AT 陈学伟 -> 星河重点实验室", "WORKS_AT 王星海 -> 星海研究中心"}},
		{"the firm after 在X领域, and a firm introduced as working in a field, are the field's", "例如在电子信息领域,星河电子科技有限公司专注高端功率器件。主要从事电子信息研发的北京星海科技有限公司将投资50亿元。",
			[]string{"MEMBER_OF_CHAIN 星河电子科技有限公司 -> 电子信息", "MEMBER_OF_CHAIN 北京星海科技有限公司 -> 电子信息"}},
		{"a park lies around the platforms it has brought in (导入)", "成都前沿医学中心已初步导入疾病分子网络前沿科学中心等超过20个高水平研发项目。",
			[]string{"LOCATED_IN 疾病分子网络前沿科学中心 -> 成都前沿医学中心"}},
		{"what a place has formed, takes in or lays out, in a clause after it, it supports", "据了解,成都高新区已聚集星河研究所等龙头项目,形成电子信息、生物医药等产业集群。" +
			"当前,武侯区围绕两大主题,前瞻布局人工智能、医工融合等战略赛道。",
			[]string{"SUPPORTS_CHAIN 成都高新区 -> 电子信息", "SUPPORTS_CHAIN 成都高新区 -> 生物医药", "SUPPORTS_CHAIN 武侯区 -> 人工智能", "SUPPORTS_CHAIN 武侯区 -> 医工融合"}},
		{"an industry called a place's industry is one the place supports", "电子信息产业是成都高新区产业历史最悠久、产业基础最好的产业。生物医药产业是成都市的重要支柱产业。",
			[]string{"SUPPORTS_CHAIN 成都高新区 -> 电子信息", "SUPPORTS_CHAIN 成都市 -> 生物医药"}},
		{"a subject that acts on an object set before its verb goes on to a later clause's industries", "金堂县将2020年确定为“项目攻坚年”,坚持项目为王,大力发展节能环保、通用航空等重点产业。",
			[]string{"SUPPORTS_CHAIN 金堂县 -> 节能环保", "SUPPORTS_CHAIN 金堂县 -> 通用航空"}},
		{"the page's own city, opening a sentence as 全市, forms the industries a later clause lists", "德阳市经信局发布数据。目前,全市有装备制造企业1500多家,初步形成了装备制造、医药食品和电子信息等三大产业集群。",
			[]string{"SUPPORTS_CHAIN 德阳市 -> 医药食品", "SUPPORTS_CHAIN 德阳市 -> 电子信息"}},
		{"a park the page is about is the 园区 that firms move into, over a nearer park it mentions", "四川广汉工业园区:建设现代化园区\n四川广汉工业园区规划面积73平方公里。\n联动中科(广汉)创新园等15个平台。\n目前,园区已入驻星光电子、云海精工等企业。",
			[]string{"LOCATED_IN 星光电子 -> 四川广汉工业园区", "LOCATED_IN 云海精工 -> 四川广汉工业园区"}},
		{"园区 that rests on something (依托) lays out (布局发展) the industries of a later clause", "四川广汉工业园区规划面积30平方公里。园区依托成都科学城资源优势,推动集群发展,布局发展电子信息、航空航天两大主导产业。",
			[]string{"SUPPORTS_CHAIN 四川广汉工业园区 -> 电子信息", "SUPPORTS_CHAIN 四川广汉工业园区 -> 航空航天"}},
		{"a sentence that opens with a verb of gathering goes on about the park the page is about", "成都经开区:打造智能网联汽车示范区\n2017年,该区获批国家级测试区。\n目前,汇集了星光汽车有限公司、云海电子股份有限公司等生态合作伙伴。",
			[]string{"LOCATED_IN 星光汽车有限公司 -> 成都经开区", "LOCATED_IN 云海电子股份有限公司 -> 成都经开区"}},
		{"an event held somewhere not long ago (不久前在) is located there", "2023世界清洁能源装备大会不久前在四川德阳成功举办。",
			[]string{"LOCATED_IN 2023世界清洁能源装备大会 -> 德阳市"}},
		{"an alumni society's officers, after its mark of being set up, hold their posts there", "无锡校友会(筹)会长王星海、执行会长李云、副会长张海涛一行来学校开展交流座谈。",
			[]string{"WORKS_AT 王星海 -> 无锡校友会", "WORKS_AT 李云 -> 无锡校友会", "WORKS_AT 张海涛 -> 无锡校友会"}},
		{"a body that stands by a landmark of a place (坐落于X湖畔的) lies in the place", "坐落于天府新区兴隆湖畔的星河科学研究中心已初具规模。",
			[]string{"LOCATED_IN 星河科学研究中心 -> 四川天府新区"}},
		{"a later clause that gathers industries' projects (聚集…等新兴产业项目) goes on about the sentence's place", "星河镇已形成众创空间87万平方米,聚集大数据、无人机、新材料等新兴产业项目1700余个。",
			[]string{"SUPPORTS_CHAIN 星河镇 -> 大数据", "SUPPORTS_CHAIN 星河镇 -> 无人机", "SUPPORTS_CHAIN 星河镇 -> 新材料"}},
		{"a later clause of the fields a place is strong in (在…等领域形成) goes on about the place", "成都高新区已建立产业体系,在集成电路、新型显示等领域形成了完整产业链。",
			[]string{"SUPPORTS_CHAIN 成都高新区 -> 集成电路", "SUPPORTS_CHAIN 成都高新区 -> 新型显示"}},
		{"a party named with its city (成都市双流区) is one item of a list of parties that sign", "成都东部新区与星河航空公司、四川省云海集团、成都市双流区签署合作协议。",
			[]string{"PARTNERS_WITH 成都东部新区 -> 双流区", "PARTNERS_WITH 成都东部新区 -> 星河航空公司", "PARTNERS_WITH 成都东部新区 -> 四川省云海集团"}},
		{"parties listed as the subject of cooperation work together; after 与 they are someone else's partners", "电子科技大学、深圳市政府和龙华区政府在人才培养方面开展了全面合作。成都高新区和GE医疗的合作,是有力实践。希望与四川大学和西南交通大学加强合作。",
			[]string{"PARTNERS_WITH 电子科技大学 -> 深圳市人民政府", "PARTNERS_WITH 电子科技大学 -> 深圳市龙华区人民政府", "PARTNERS_WITH 深圳市人民政府 -> 深圳市龙华区人民政府", "PARTNERS_WITH 成都高新区 -> GE医疗"}},
		{"the body that builds by relying on hosts (X依托A、B建设Y) builds too, and 启动建设 is a verb of building", "支持攀枝花市依托星河大学、星海研究院建设星光中试基地。星河科学研究中心依托光电所启动建设星湖实验室成都基地。",
			[]string{"CO_BUILT_BY 星光中试基地 -> 攀枝花市", "CO_BUILT_BY 星光中试基地 -> 星河大学", "CO_BUILT_BY 星湖实验室成都基地 -> 中国科学院光电技术研究所", "CO_BUILT_BY 星湖实验室成都基地 -> 星河科学研究中心"}},
		{"a body right before 成立了 or 设立了 builds what it set up", "目前,郫都区成立了星河无人机飞行服务中心。",
			[]string{"CO_BUILT_BY 星河无人机飞行服务中心 -> 郫都区"}},
		{"the fields a firm is strong in (在A、B等领域具有…) are chains it belongs to", "作为创新企业的代表,华为在人工智能、智能终端等领域具有全球竞争力。",
			[]string{"MEMBER_OF_CHAIN 华为 -> 人工智能", "MEMBER_OF_CHAIN 华为 -> 智能终端"}},
		{"a firm the page names, before a place and 公司, owns the branch", "星迪智驾是一家企业。今年4月,星迪智驾(成都)公司与云海集团达成采购协议。中国商飞是制造商。中国商飞四川公司与成都东部新区签署合作协议。",
			[]string{"PART_OF 星迪智驾(成都)公司 -> 星迪智驾", "PART_OF 中国商飞四川公司 -> 中国商飞"}},
		{"a list closed by 在内的 lists firms as 等 does, and they settle where the clause says", "围绕星河大众,包括星河富维、云海华翔在内的首批22家关键零部件企业同时签约落户成都经开区。",
			[]string{"LOCATED_IN 星河富维 -> 成都经开区", "LOCATED_IN 云海华翔 -> 成都经开区"}},
		{"the parties a park signs an agreement to move in with (签订入园协议) lie in the park", "星河氢能产业园已与星河实业、云海氢能等企业签订入园协议。西部智能制造产业园与云海科技有限公司签署入驻协议。",
			[]string{"LOCATED_IN 星河实业 -> 星河氢能产业园", "LOCATED_IN 云海氢能 -> 星河氢能产业园", "LOCATED_IN 云海科技有限公司 -> 西部智能制造产业园"}},
		{"a ministry named with 国家 before its short name (国家科技部) is the ministry, and owns its centre", "国家科技部科技评估中心发布报告。",
			[]string{"PART_OF 国家科技部科技评估中心 -> 科学技术部"}},
		{"a zone named after a city of county level lies in it; a chain led in a district is named without the district's level", "星海材料落户四川崇州经济开发区,崇州市委书记出席。星海重工作为青白江区先进能源产业的链主企业。",
			[]string{"LOCATED_IN 四川崇州经济开发区 -> 崇州市", "LEADS_CHAIN 星海重工 -> 先进能源"}},
		{"a body that leads a centre, or is its leading unit, builds it", "由星河大学牵头申报的“四川星海协同创新中心”获批。以星湖研究院为牵头单位的四川星云协同创新中心正式获批。",
			[]string{"CO_BUILT_BY 四川星海协同创新中心 -> 星河大学", "CO_BUILT_BY 四川星云协同创新中心 -> 星湖研究院"}},
		{"the parties of an agreement build what a later clause sets up, past clauses that name no body; parties counted by 方 sign together", "省政府与星河研究院签署框架协议,正式组建星海发展战略研究院。雅安市政府、星湖大学、星光研究院三方签署合作框架协议,决定建立“政产学研用”合作关系,共同创建雅安星云科技创新中心。",
			[]string{"CO_BUILT_BY 星海发展战略研究院 -> 四川省人民政府", "CO_BUILT_BY 星海发展战略研究院 -> 星河研究院", "PARTNERS_WITH 雅安市人民政府 -> 星湖大学", "CO_BUILT_BY 雅安星云科技创新中心 -> 星光研究院"}},
		{"signing: 签下, 再, a list closed by 等 and a framework before the verb", "新都区与星海金控签下39.5亿元绿色发展基金。新都区再与星河生物材料有限公司等签订合作协议。双流区市场监督管理局、郫都区市场监督管理局在成渝市场监管合作机制框架下,正式签订战略合作协议。",
			[]string{"PARTNERS_WITH 新都区 -> 星海金控", "PARTNERS_WITH 新都区 -> 星河生物材料有限公司", "PARTNERS_WITH 双流区市场监督管理局 -> 郫都区市场监督管理局"}},
		{"people listed after a body with their rank after the last name, or its department's heads, work there", "星河大学动力与能源学院郑星席、卢星、孔星治教授等作报告。西华大学地方合作与服务处处长王星刚、科技处处长栾星成出席。四川省星河产业联盟专家赵星虹、陈星莉等参加了评审会。",
			[]string{"WORKS_AT 郑星席 -> 星河大学动力与能源学院", "WORKS_AT 卢星 -> 星河大学动力与能源学院", "WORKS_AT 孔星治 -> 星河大学动力与能源学院", "WORKS_AT 王星刚 -> 西华大学", "WORKS_AT 栾星成 -> 西华大学", "WORKS_AT 赵星虹 -> 四川省星河产业联盟", "WORKS_AT 陈星莉 -> 四川省星河产业联盟"}},
		{"firms listed before their field's upstream and downstream suppliers are of the field", "崇州围绕建强新型显示产业链,招引集聚了星新胶粘、星昂光学等新型显示上下游配套企业。",
			[]string{"MEMBER_OF_CHAIN 星新胶粘 -> 新型显示", "MEMBER_OF_CHAIN 星昂光学 -> 新型显示"}},
		{"a place's industries taken as its vanguard, and those of the next clause that shares the 以", "新都区已形成了以能源装备、航空动力、轨道交通等三大战略性新兴产业为先导,机电装备、家具、食品等五大传统产业为支撑的产业体系。",
			[]string{"SUPPORTS_CHAIN 新都区 -> 能源装备", "SUPPORTS_CHAIN 新都区 -> 轨道交通", "SUPPORTS_CHAIN 新都区 -> 机电装备", "SUPPORTS_CHAIN 新都区 -> 食品"}},
		{"a firm that is one settled in a place, past its declared short name, lies there", "成都星裕制药股份有限公司(以下简称星裕制药)是落户成都温江的众多制药企业之一。",
			[]string{"LOCATED_IN 成都星裕制药股份有限公司 -> 温江区"}},
		{"an event that raises its curtain at a venue of a city is held in the city", "12月19日,2024星河显示产业创新发展大会在成都天府国际会议中心拉开帷幕。",
			[]string{"LOCATED_IN 2024星河显示产业创新发展大会 -> 成都市"}},
		{"a base named after its district is sited there", "新都区军民融合星河产业基地正式开工。",
			[]string{"LOCATED_IN 新都区军民融合星河产业基地 -> 新都区"}},
		{"districts listed after one named with its city are the city's", "此次活动邀请了重庆市渝北区、渝中区、大足区等7个区相关区领导出席。",
			[]string{"PART_OF 渝中区 -> 重庆市", "PART_OF 大足区 -> 重庆市"}},
		{"an institute's own page calls it 我院", "星河测试技术研究院召开会议,星河测试技术研究院院长出席。我院与星海集团签订了合作协议。",
			[]string{"PARTNERS_WITH 星河测试技术研究院 -> 星海集团"}},
		{"a university's own page calls it 我校", "星河大学召开会议。省科技厅副厅长陈学星,我校党委书记王亚星,副校长徐红星,校长助理、科学技术发展研究院院长赵继星陪同调研。",
			[]string{"WORKS_AT 王亚星 -> 星河大学", "WORKS_AT 徐红星 -> 星河大学", "WORKS_AT 赵继星 -> 星河大学"}},
		{"firms listed as the leaders or members of the chain the sentence names", "2023年,金牛轨道交通产业链主营收入突破1200亿元,新增星都智成科技、拓星轨道、国星科技等链主企业13家,新增链属企业中星数字等科技型企业12家。",
			[]string{"LEADS_CHAIN 星都智成科技 -> 轨道交通", "LEADS_CHAIN 拓星轨道 -> 轨道交通", "LEADS_CHAIN 国星科技 -> 轨道交通", "MEMBER_OF_CHAIN 中星数字 -> 轨道交通"}},
		{"founded by a list, and opened on a lake's shore in a place", "星河卫星研究院由星河大学联合星海控股集团、成都星宇航科技有限公司等单位共同发起设立。星湖实验室正式在四川天府新区兴隆湖畔揭牌。",
			[]string{"CO_BUILT_BY 星河卫星研究院 -> 星河大学", "CO_BUILT_BY 星河卫星研究院 -> 星海控股集团", "CO_BUILT_BY 星河卫星研究院 -> 成都星宇航科技有限公司",
				"LOCATED_IN 星湖实验室 -> 四川天府新区"}},
		{"an alumnus by what he is, with his post after it", "王星辉是电子科大1983级校友、北京星河科技股份有限公司董事长。",
			[]string{"ALUMNUS_OF 王星辉 -> 电子科技大学", "WORKS_AT 王星辉 -> 北京星河科技股份有限公司"}},
		{"graduating at a time, or from a university", "星河科技有限公司合伙人刘星1994年从电子科大毕业后来到深圳。星海微电子有限公司董事长曾星上世纪八十年代毕业于电子科技大学。",
			[]string{"ALUMNUS_OF 刘星 -> 电子科技大学", "ALUMNUS_OF 曾星 -> 电子科技大学"}},
		{"an officer named after a 、 shares the titles before", "星湖集团党委副书记、总经理高某,副总经理薛某某、朱某等一行出席。",
			[]string{"WORKS_AT 薛某某 -> 星湖集团", "WORKS_AT 朱某 -> 星湖集团"}},
		{"a place's body, named after the place and 的", "教授驱车抵达新都区的四川星河仪表电器有限公司履职。",
			[]string{"LOCATED_IN 四川星河仪表电器有限公司 -> 新都区"}},
		{"firms of an industry up and down its chain", "星湖区聚集星瑞科、星材科技等电子信息产业上下游企业73家。",
			[]string{"MEMBER_OF_CHAIN 星瑞科 -> 电子信息", "MEMBER_OF_CHAIN 星材科技 -> 电子信息"}},
		{"a province inside a unit's name locates it unless it ranks a designated unit", "清华四川星河研究院揭牌。",
			[]string{"LOCATED_IN 清华大学四川星河研究院 -> 四川省"}},
		{"co-building and place", "推动成都高新区与电子科技大学在未来科技城组建电磁空间与泛在互联实验室。",
			[]string{"CO_BUILT_BY 电磁空间与泛在互联实验室 -> 成都高新区", "CO_BUILT_BY 电磁空间与泛在互联实验室 -> 电子科技大学", "LOCATED_IN 电磁空间与泛在互联实验室 -> 未来科技城"}},
		{"an agreement's title says what its parties build", "星海大学与某某新区管理委员会签署《关于共建星海大学某某研究院的投资合作协议》。",
			[]string{"CO_BUILT_BY 星海大学某某研究院 -> 星海大学", "CO_BUILT_BY 星海大学某某研究院 -> 某某新区管理委员会"}},
		{"a place builds what it is building now", "成华区正在打造的环星海大学知识经济圈,为老工业城区注入动力。",
			[]string{"CO_BUILT_BY 环星海大学知识经济圈 -> 成华区"}},
		{"a student of a university is its alumnus", "其创始人、星海大学在读博士马星琛,将公司推向新三板。",
			[]string{"ALUMNUS_OF 马星琛 -> 星海大学"}},
		{"people listed as alumni of the one university named", "该项目由吕某强、潘军等校友联合星海大学全球校友共同发起。",
			[]string{"ALUMNUS_OF 吕某强 -> 星海大学", "ALUMNUS_OF 潘军 -> 星海大学"}},
		{"parties that signed build what a later subjectless clause builds", "今年9月,星海区管委会与星海大学签署战略合作协议,将大力实施“一校一带”计划,共建星海国家自主创新示范区。",
			[]string{"CO_BUILT_BY 星海国家自主创新示范区 -> 星海区管理委员会", "CO_BUILT_BY 星海国家自主创新示范区 -> 星海大学"}},
		{"a street lies in the district named before it", "记者走进位于龙泉驿区大面街道的园区。",
			[]string{"PART_OF 大面街道 -> 龙泉驿区"}},
		{"a firm a body holds is part of it", "成都星子金控集团旗下智慧车城公司总经理田某介绍。绵阳高新区星光局发布通知。",
			[]string{"PART_OF 智慧车城公司 -> 成都星子金控集团", "LOCATED_IN 绵阳高新区星光局 -> 绵阳高新区", "LOCATED_IN 成都星子金控集团 -> 成都市"}},
		{"a post in a body's department is a post at the body", "星海实验室主任、星海大学科技委主任杨某表示。星湖产业功能区管委会综合管理部部长王瑶介绍。",
			[]string{"WORKS_AT 杨某 -> 星海大学", "WORKS_AT 王瑶 -> 星湖产业功能区管理委员会"}},
		{"a member of a family counted after an attribute, or named after an attribute of its own", "星湖实验室作为省政府批复建设的天府实验室四个重点实验室之一,是核心平台。作为天府实验室的重要组成部分,以星海医学城为核心载体的星海生命实验室正推进。",
			[]string{"PART_OF 星湖实验室 -> 天府实验室", "PART_OF 星海生命实验室 -> 天府实验室"}},
		{"a body on a side of a place lies there", "园区位于温江区北岸星海科技城。",
			[]string{"LOCATED_IN 星海科技城 -> 温江区"}},
		{"a short place in brackets after a name locates it", "星邮未来通信研究院(成都)在蓉揭牌。",
			[]string{"LOCATED_IN 星邮未来通信研究院(成都) -> 成都市"}},
		{"partners listed with a qualified count", "近年来,新都区充分发挥产业聚集优势,成功与星海大学、某某大学等42所国内外知名高校建立合作关系。成都已与星湖大学、某某理工大学等国内17家知名高校签订战略合作协议。",
			[]string{"PARTNERS_WITH 新都区 -> 星海大学", "PARTNERS_WITH 新都区 -> 某某大学", "PARTNERS_WITH 成都市 -> 星湖大学", "PARTNERS_WITH 成都市 -> 某某理工大学"}},
		{"a unit is part of the institute its name holds, not of the institute's owner", "大连理工大学星海研究院中试中心主任修某介绍。",
			[]string{"PART_OF 大连理工大学星海研究院中试中心 -> 大连理工大学星海研究院", "PART_OF 大连理工大学星海研究院 -> 大连理工大学"}},
		{"a university's posts named without it are at the page's university", "星海大学与星湖区共建创新港。学校党委书记刘星毅、校长余星光出席。会上,校长王星明,星湖区区长李某华致辞。",
			[]string{"WORKS_AT 刘星毅 -> 星海大学", "WORKS_AT 余星光 -> 星海大学", "WORKS_AT 王星明 -> 星海大学"}},
		{"the bare 管委会 after a zone's party working committee is the zone's", "仪式由星海交通产业功能区党工委副书记、管委会副主任黄星攀主持。",
			[]string{"WORKS_AT 黄星攀 -> 星海交通产业功能区管理委员会"}},
		{"a place's park in brackets is part of the name", "电子科技大学国家大学科技园(德阳园)揭牌。电子科技大学科技园(天府园)开园。",
			[]string{"PART_OF 电子科技大学国家大学科技园(德阳园) -> 电子科技大学", "LOCATED_IN 电子科技大学国家大学科技园(德阳园) -> 德阳市",
				"PART_OF 电子科技大学科技园(天府园) -> 电子科技大学"}},
		{"Sichuan's county-level cities lie in their cities", "星海大学校友会活动中心(德阳什邡)揭牌。广汉市召开会议。",
			[]string{"LOCATED_IN 星海大学校友会活动中心(德阳什邡) -> 什邡市"}},
		{"a list of people one a line, each with the body they work at", "首批星海科学家名单\n许星临 四川大学\n张星电子科技大学\n成都四川大学",
			[]string{"WORKS_AT 许星临 -> 四川大学", "WORKS_AT 张星 -> 电子科技大学"}},
		{"高新科技 in a firm's name is no zone, and a meeting room no meeting", "成都高新科技星海投资发展集团有限公司相关负责人参加。随后一行在成都星龙化工有限公司会议室举行座谈。",
			[]string{"LOCATED_IN 成都高新科技星海投资发展集团有限公司 -> 成都市", "LOCATED_IN 成都星龙化工有限公司 -> 成都市"}},
		{"deputy heads of departments and the academy's branch", "四川省科技厅副厅长杨星华出席。中科院成都分院分党组书记、常务副院长王星定致辞。",
			[]string{"WORKS_AT 杨星华 -> 四川省科学技术厅", "WORKS_AT 王星定 -> 中国科学院成都分院"}},
		{"双方 opening the sentence after a signing build what it co-builds", "会上,德阳市政府与星海大学签订《政产学研合作框架协议》。根据协议,双方将进行人才培养合作,共建星海大学(德阳)科技成果转化中心。",
			[]string{"CO_BUILT_BY 星海大学(德阳)科技成果转化中心 -> 德阳市人民政府", "CO_BUILT_BY 星海大学(德阳)科技成果转化中心 -> 星海大学"}},
		{"a party committee's department is part of the committee the page names", "四川省委组织部、中共四川省委出席。",
			[]string{"PART_OF 中共四川省委组织部 -> 中共四川省委"}},
		{"firms a named zone gathers lie in it", "此前,成都高新区已有成都星导、星东生物、星横股份3家企业相继登陆科创板。成都天府国际生物城落地包括星东生物、星宇制药等创新药项目。",
			[]string{"LOCATED_IN 成都星导 -> 成都高新区", "LOCATED_IN 星东生物 -> 成都高新区", "LOCATED_IN 星横股份 -> 成都高新区", "LOCATED_IN 星宇制药 -> 成都天府国际生物城"}},
		{"a mayor's post after the committee's is at the city's government", "成都市人民政府与星海大学签约。成都市委副书记、市长罗星强出席。",
			[]string{"WORKS_AT 罗星强 -> 成都市人民政府"}},
		{"a foreign university lies in the country named before it", "德国星拿大学软物质研究中心教授出席。英国星桥大学的学者到访。",
			[]string{"LOCATED_IN 星拿大学 -> 德国", "LOCATED_IN 星桥大学 -> 英国", "PART_OF 星拿大学软物质研究中心 -> 星拿大学"}},
		{"held in the last of a run of places, after its date", "星海生物医药大会在成都市温江区开幕。星飞供应链大会于3月17日在成都高新区举行。",
			[]string{"LOCATED_IN 星海生物医药大会 -> 温江区", "LOCATED_IN 星飞供应链大会 -> 成都高新区"}},
		{"a zone in a place, and a park's tenants", "在位于四川省彭州市的成都星材产业功能区内参观。作为凤星谷产业园的首批入驻企业之一,星齐智造有限公司及全资子公司星特科技开发有限公司已完成搬迁。",
			[]string{"LOCATED_IN 成都星材产业功能区 -> 彭州市", "LOCATED_IN 星齐智造有限公司 -> 凤星谷产业园", "LOCATED_IN 星特科技开发有限公司 -> 凤星谷产业园"}},
		{"a focus after a semicolon, and a subject qualified by 作为…的", "星湖实验室依托星海大学等单位共同建设;聚焦零碳能源、资源碳中和三大研究方向。作为星海科学城“一核四区”之一的成都星府生物城拔地而起,瞄准生物技术药、化学创新药等产业。",
			[]string{"SUPPORTS_CHAIN 星湖实验室 -> 零碳能源", "SUPPORTS_CHAIN 成都星府生物城 -> 生物技术药", "SUPPORTS_CHAIN 成都星府生物城 -> 化学创新药"}},
		{"a list built together, parties that signed at a place, an operator", "星海医学院将与温江区一道,共建星海大数据(温江)中心、星海肾脏病人工智能诊疗平台、星海医学院附属医院。星海大学与星湖科技有限公司在四川成都举行战略合作签约仪式,双方将联手发起成立“星海轨道交通科创中心”。成都星海孵化器由成都高新区科技创新和人才服务局负责整体运营。",
			[]string{"CO_BUILT_BY 星海大数据(温江)中心 -> 温江区", "CO_BUILT_BY 星海肾脏病人工智能诊疗平台 -> 星海医学院",
				"PARTNERS_WITH 星海大学 -> 星湖科技有限公司", "CO_BUILT_BY 星海轨道交通科创中心 -> 星湖科技有限公司",
				"CO_BUILT_BY 成都星海孵化器 -> 成都高新区科技创新和人才服务局"}},
		{"settled into", "成都云图科技有限公司正式落户成都高新区。",
			[]string{"LOCATED_IN 成都云图科技有限公司 -> 成都高新区"}},
		{"located in", "成都超算中心位于四川天府新区。",
			[]string{"LOCATED_IN 成都超算中心 -> 四川天府新区"}},
		{"serves", "成都生物医药中试基地已为成都云图科技有限公司提供中试服务。",
			[]string{"SERVES 成都生物医药中试基地 -> 成都云图科技有限公司"}},
		{"incubated", "菁蓉汇孵化器孵化了成都云图科技有限公司。",
			[]string{"INCUBATED 菁蓉汇孵化器 -> 成都云图科技有限公司"}},
		{"supplies", "成都云图科技有限公司为四川蓉机制造有限公司提供激光雷达。",
			[]string{"SUPPLIES 成都云图科技有限公司 -> 四川蓉机制造有限公司"}},
		{"alumnus of", "张晓明毕业于电子科技大学,现任成都云图科技有限公司首席技术官。",
			[]string{"ALUMNUS_OF 张晓明 -> 电子科技大学", "WORKS_AT 张晓明 -> 成都云图科技有限公司"}},
		{"works at by title", "四川大学教授王晓明介绍了成果。",
			[]string{"WORKS_AT 王晓明 -> 四川大学"}},
		{"signed with", "成都高新区与四川大学签署战略合作协议。",
			[]string{"PARTNERS_WITH 成都高新区 -> 四川大学"}},
		{"leads a chain", "聚焦低空经济、航空航天等产业。成都云图科技有限公司是低空经济产业链链主企业。",
			[]string{"LEADS_CHAIN 成都云图科技有限公司 -> 低空经济"}},
		{"a fund's investing carried to the sentence's subject", "“成都青松科创母基金”由青松创投有限公司发起设立,总规模50亿元;采用直投方式,重点投资生物材料、合成生物等领域。",
			[]string{"SUPPORTS_CHAIN 成都青松科创母基金 -> 生物材料", "SUPPORTS_CHAIN 成都青松科创母基金 -> 合成生物"}},
		{"a unit named with a place after its owner", "四川大学温江先进材料研究院和北航成都创新研究院揭牌。",
			[]string{"LOCATED_IN 四川大学温江先进材料研究院 -> 温江区", "LOCATED_IN 北京航空航天大学成都创新研究院 -> 成都市", "PART_OF 北京航空航天大学成都创新研究院 -> 北京航空航天大学"}},
		{"an event named with a city and its district", "3月12日,成都市青羊区云招商暨重大项目集中签约仪式在体育馆举行。",
			[]string{"LOCATED_IN 成都市青羊区云招商暨重大项目集中签约仪式 -> 青羊区", "PART_OF 青羊区 -> 成都市"}},
		{"a zone's focus without 等", "温江青松产业园聚焦发展电子信息和人工智能产业,成功招引6个项目。",
			[]string{"SUPPORTS_CHAIN 温江青松产业园 -> 电子信息", "SUPPORTS_CHAIN 温江青松产业园 -> 人工智能"}},
		{"a body that empowers a field", "青羊区以百亿基金矩阵赋能光电智造集群,带动项目落地。",
			[]string{"SUPPORTS_CHAIN 青羊区 -> 光电智造"}},
		{"supports chains", "成都科学城重点围绕网络安全、空天技术等领域。",
			[]string{"SUPPORTS_CHAIN 成都科学城 -> 网络安全", "SUPPORTS_CHAIN 成都科学城 -> 空天技术"}},
		{"name structure", "建设中国科学院成都分院和成都高新区前沿医学中心。",
			[]string{"PART_OF 中国科学院成都分院 -> 中国科学院", "LOCATED_IN 成都高新区前沿医学中心 -> 成都高新区"}},
		{"district of a city", "成都市锦江区举行座谈会。",
			[]string{"PART_OF 锦江区 -> 成都市"}},
		{"a region builds a list", "据悉,温江区重点建设西部精准医学转化研究院、生物医药概念验证中心等平台。",
			[]string{"LOCATED_IN 西部精准医学转化研究院 -> 温江区", "LOCATED_IN 生物医药概念验证中心 -> 温江区"}},
		{"a park is sited in its district", "建设新都软件产业园。",
			[]string{"LOCATED_IN 新都软件产业园 -> 新都区"}},
		{"a bare class noun continues the subject", "成都云图科技有限公司成立于2019年。次年公司落户成都高新区。",
			[]string{"LOCATED_IN 成都云图科技有限公司 -> 成都高新区"}},
		{"event held in a district", "第三届天府低空经济论坛在双流区举行。",
			[]string{"LOCATED_IN 第三届天府低空经济论坛 -> 双流区"}},
		{"a later clause supplies", "成都云图科技有限公司成立于2019年,是双流区低空经济产业链的链主企业,已为四川蓉机制造有限公司提供激光雷达。",
			[]string{"LEADS_CHAIN 成都云图科技有限公司 -> 低空经济", "SUPPLIES 成都云图科技有限公司 -> 四川蓉机制造有限公司"}},
		{"signing parties co-build", "会上,成都云图科技有限公司与四川大学签约,共建智能感知联合实验室,聚焦低空经济、工业机器人等领域。",
			[]string{"CO_BUILT_BY 智能感知联合实验室 -> 成都云图科技有限公司", "CO_BUILT_BY 智能感知联合实验室 -> 四川大学",
				"SUPPORTS_CHAIN 智能感知联合实验室 -> 低空经济"}},
		{"the staff of the firm in question", "成都云图科技有限公司为四川蓉机制造有限公司提供雷达。公司董事长李明远毕业于四川大学。",
			[]string{"WORKS_AT 李明远 -> 成都云图科技有限公司"}},
		{"a base lies in its place", "建设国家实验室成都基地。",
			[]string{"LOCATED_IN 国家实验室成都基地 -> 成都市"}},
		{"a region opens a column's line", "·新都区:建设国家轨道交通中试验证中心、智能网联汽车测试基地。",
			[]string{"LOCATED_IN 国家轨道交通中试验证中心 -> 新都区", "LOCATED_IN 智能网联汽车测试基地 -> 新都区"}},
		{"a fund invests in fields", "设立规模20亿元的成都市中试产业发展基金,重点投向生物医药、新型材料等领域。",
			[]string{"SUPPORTS_CHAIN 成都市中试产业发展基金 -> 生物医药", "SUPPORTS_CHAIN 成都市中试产业发展基金 -> 新型材料"}},
		{"what built a body focuses on", "天府永兴实验室由四川大学等共同组建,聚焦氢能、新型储能等领域开展研究。",
			[]string{"SUPPORTS_CHAIN 天府永兴实验室 -> 氢能", "SUPPORTS_CHAIN 天府永兴实验室 -> 新型储能"}},
		{"descriptors before a name", "四川大学校友、成都知芯生物医药有限公司总经理孙佳宁作了分享。",
			[]string{"ALUMNUS_OF 孙佳宁 -> 四川大学", "WORKS_AT 孙佳宁 -> 成都知芯生物医药有限公司"}},
		{"titles joined by 兼, a class year", "成都微芯光电科技有限公司创始人兼董事长刘振宇是电子科技大学2001级校友。",
			[]string{"WORKS_AT 刘振宇 -> 成都微芯光电科技有限公司", "ALUMNUS_OF 刘振宇 -> 电子科技大学"}},
		{"events a region holds", "成都高新区将持续举办天府硬科技创业大赛、天府路演季等活动。",
			[]string{"LOCATED_IN 天府硬科技创业大赛 -> 成都高新区", "LOCATED_IN 天府路演季 -> 成都高新区"}},
		{"partners in a later clause", "天府永兴实验室已引进人才团队45个,与西南石油大学、中国科学院成都有机化学研究所等12家单位建立协同攻关机制。",
			[]string{"PARTNERS_WITH 天府永兴实验室 -> 西南石油大学", "PARTNERS_WITH 天府永兴实验室 -> 中国科学院成都有机化学研究所"}},
		{"a place in brackets", "·氢能装备中试验证平台(龙泉驿区)",
			[]string{"LOCATED_IN 氢能装备中试验证平台 -> 龙泉驿区"}},
		{"a heading over bullets", "天府永兴实验室基地布局:\n·碳中和前沿技术研究基地(成都科学城)\n·氢能装备中试验证平台(龙泉驿区)\n",
			[]string{"PART_OF 碳中和前沿技术研究基地 -> 天府永兴实验室", "PART_OF 氢能装备中试验证平台 -> 天府永兴实验室"}},
		{"a heading over a sentence", "·天府实验室空间布局:支持成都高新区与电子科技大学组建电磁空间实验室,推动四川大学组建生命健康实验室。",
			[]string{"PART_OF 电磁空间实验室 -> 天府实验室", "PART_OF 生命健康实验室 -> 天府实验室"}},
		{"a notice issues its policy", "四川省人民政府关于印发《成都市激发产业创新活力专项行动方案》的通知",
			[]string{"PART_OF 成都市激发产业创新活力专项行动方案 -> 关于印发《成都市激发产业创新活力专项行动方案》的通知"}},
		{"an event's place after its year or in brackets", "举办2026成都数字经济大会和中国(温江)医学健康论坛。",
			[]string{"LOCATED_IN 2026成都数字经济大会 -> 成都市", "LOCATED_IN 中国(温江)医学健康论坛 -> 温江区"}},
		{"a later clause that opens with 与 builds with the subject", "成都云图科技有限公司位于双流区,已与西南交通大学合作建设无人机试验平台。",
			[]string{"PARTNERS_WITH 成都云图科技有限公司 -> 西南交通大学", "CO_BUILT_BY 无人机试验平台 -> 成都云图科技有限公司",
				"CO_BUILT_BY 无人机试验平台 -> 西南交通大学"}},
		{"working together, then 共建", "推动温江区与成都高新区在生物医药等领域协同发展,共建成渝医药协作示范区。",
			[]string{"CO_BUILT_BY 成渝医药协作示范区 -> 温江区", "CO_BUILT_BY 成渝医药协作示范区 -> 成都高新区"}},
		{"a bare noun before 由 and a served list", "位于郫都区的成都氢能测试基地正式启用。基地由郫都区与成都氢途科技有限公司共同建设,已服务成都蓉机汽车有限公司等5家企业。",
			[]string{"CO_BUILT_BY 成都氢能测试基地 -> 郫都区", "CO_BUILT_BY 成都氢能测试基地 -> 成都氢途科技有限公司",
				"SERVES 成都氢能测试基地 -> 成都蓉机汽车有限公司"}},
		{"headquarters in a later clause", "成都云图科技有限公司成立于2019年,总部位于成都高新区。",
			[]string{"LOCATED_IN 成都云图科技有限公司 -> 成都高新区"}},
		{"a list of chain members", "支持成都云图科技有限公司发挥无人机产业链链主企业作用,带动成都翼展科技有限公司、四川航测技术有限公司等链属企业协同发展。",
			[]string{"LEADS_CHAIN 成都云图科技有限公司 -> 无人机", "MEMBER_OF_CHAIN 成都翼展科技有限公司 -> 无人机",
				"MEMBER_OF_CHAIN 四川航测技术有限公司 -> 无人机"}},
		{"a firm's list of suppliers", "成都蓉机汽车有限公司发布年度优秀供应商名单,成都精密铸造有限公司及四川电驱科技有限公司等10家企业入选。",
			[]string{"SUPPLIES 成都精密铸造有限公司 -> 成都蓉机汽车有限公司", "SUPPLIES 四川电驱科技有限公司 -> 成都蓉机汽车有限公司"}},
		{"a report's own lab by its class noun", "——天府青城实验室建设一周年观察\n天府青城实验室位于都江堰市。两年前天府青城实验室成立。核心区已建成。此前,灌口水生态研究基地由实验室与都江堰市共建。",
			[]string{"CO_BUILT_BY 灌口水生态研究基地 -> 天府青城实验室", "CO_BUILT_BY 灌口水生态研究基地 -> 都江堰市"}},
		{"a clause opening with a time serves and incubates", "成都锦江中试基地于2024年建成,投运半年已服务成都青禾食品有限公司等9家企业,三年来孵化出成都禾苗科技有限公司等5家企业。",
			[]string{"SERVES 成都锦江中试基地 -> 成都青禾食品有限公司", "INCUBATED 成都锦江中试基地 -> 成都禾苗科技有限公司"}},
		{"labelled chain lines", "1.氢能产业链——链主企业:成都氢途科技有限公司;链属企业:成都氢储科技有限公司、四川氢阀科技有限公司。",
			[]string{"LEADS_CHAIN 成都氢途科技有限公司 -> 氢能", "MEMBER_OF_CHAIN 成都氢储科技有限公司 -> 氢能", "MEMBER_OF_CHAIN 四川氢阀科技有限公司 -> 氢能"}},
		{"a chain leader in quotes after 我区", "四川蜀味食品有限公司是我区绿色食品产业链的“链主”。",
			[]string{"LEADS_CHAIN 四川蜀味食品有限公司 -> 绿色食品"}},
		{"a qualified title in a list", "天府青城实验室副主任、水生态团队负责人李云峰介绍。",
			[]string{"WORKS_AT 李云峰 -> 天府青城实验室"}},
		{"built by a list after 由", "都江堰示范基地则由四川农业大学联合都江堰市和成都青禾食品有限公司建设。",
			[]string{"CO_BUILT_BY 都江堰示范基地 -> 四川农业大学", "CO_BUILT_BY 都江堰示范基地 -> 都江堰市", "CO_BUILT_BY 都江堰示范基地 -> 成都青禾食品有限公司"}},
		{"built by a leader after 由 and the bodies it joins after a comma, with a long class before the verb", "星海产业联盟由星河电器集团牵头,联合星光航空大学、星海科技大学、星湖通信公司等国内17家科研院所、相关企业发起成立。",
			[]string{"CO_BUILT_BY 星海产业联盟 -> 星河电器集团", "CO_BUILT_BY 星海产业联盟 -> 星光航空大学", "CO_BUILT_BY 星海产业联盟 -> 星海科技大学", "CO_BUILT_BY 星海产业联盟 -> 星湖通信公司"}},
		{"built by a body after 由 that follows when it was founded", "星海先进技术研究院成立于2022年3月,由星河老窖股份有限公司推动组建,是星海市的核心平台。",
			[]string{"CO_BUILT_BY 星海先进技术研究院 -> 星河老窖股份有限公司"}},
		{"posts of a firm's accounts and of a hospital's doctors", "星湖科技有限公司总会计师徐星、星海医院主任医师李星出席。",
			[]string{"WORKS_AT 徐星 -> 星湖科技有限公司", "WORKS_AT 李星 -> 星海医院"}},
		{"builders after 由 past a short name in brackets", "星蓉港创新中心是由星海科技大学、星河集成电路促进中心(CSIP)和双流区人民政府共同投入近5000万元资金打造而成。",
			[]string{"CO_BUILT_BY 星蓉港创新中心 -> 星海科技大学", "CO_BUILT_BY 星蓉港创新中心 -> 星河集成电路促进中心", "CO_BUILT_BY 星蓉港创新中心 -> 双流区人民政府"}},
		{"the firms a cluster is built around by their roles: leaders lead it, the others are its members", "园区形成了以星威新能源、星能光伏为龙头,以星双太阳能、星顺太阳能等为骨干的太阳能产业集群。",
			[]string{"LEADS_CHAIN 星威新能源 -> 太阳能", "LEADS_CHAIN 星能光伏 -> 太阳能", "MEMBER_OF_CHAIN 星双太阳能 -> 太阳能", "MEMBER_OF_CHAIN 星顺太阳能 -> 太阳能"}},
		{"a member of a lab family", "天府青城实验室由四川大学牵头组建,作为天府实验室体系的新成员。",
			[]string{"PART_OF 天府青城实验室 -> 天府实验室"}},
		{"parts a sentence counts and names", "天府青城实验室核心区位于都江堰市,两个基地分别是灌口水生态研究基地和青城山森林观测基地。",
			[]string{"PART_OF 灌口水生态研究基地 -> 天府青城实验室", "PART_OF 青城山森林观测基地 -> 天府青城实验室", "LOCATED_IN 天府青城实验室 -> 都江堰市"}},
		{"alumni by cohort and in a list", "川大校友李明、2010级博士校友王芳(成都锦江生物研究院院长)出席,华西临床医学院2005届校友赵静发言。",
			[]string{"ALUMNUS_OF 李明 -> 四川大学", "ALUMNUS_OF 王芳 -> 四川大学", "WORKS_AT 王芳 -> 成都锦江生物研究院", "ALUMNUS_OF 赵静 -> 华西临床医学院"}},
		{"degrees in a later clause", "成都锦江生物科技有限公司董事长赵静本科毕业于电子科技大学,后于四川大学获得博士学位。",
			[]string{"ALUMNUS_OF 赵静 -> 电子科技大学", "ALUMNUS_OF 赵静 -> 四川大学"}},
		{"signed with a list", "西南交通大学已先后与成都高新区、郫都区、新都区等签署校地合作协议。",
			[]string{"PARTNERS_WITH 西南交通大学 -> 成都高新区", "PARTNERS_WITH 西南交通大学 -> 郫都区", "PARTNERS_WITH 西南交通大学 -> 新都区"}},
		{"双方 of the agreement before", "会上,西南交通大学与郫都区人民政府签署战略合作协议。根据协议,双方将共建西南交通大学郫都技术转移中心。",
			[]string{"CO_BUILT_BY 西南交通大学郫都技术转移中心 -> 西南交通大学", "CO_BUILT_BY 西南交通大学郫都技术转移中心 -> 郫都区人民政府"}},
		{"chains sited in zones", "氢能产业链以成都氢能产业功能区为主承载地,储能产业链依托龙泉驿汽车产业园。",
			[]string{"SUPPORTS_CHAIN 成都氢能产业功能区 -> 氢能", "SUPPORTS_CHAIN 龙泉驿汽车产业园 -> 储能"}},
		{"a focus clause reaches back to what was built", "光电中试平台由天府兴隆湖实验室牵头建设,联合四川大学共同运营,重点服务集成电路和新型显示产业链。",
			[]string{"SUPPORTS_CHAIN 光电中试平台 -> 集成电路", "SUPPORTS_CHAIN 光电中试平台 -> 新型显示"}},
		{"each semicolon part has its subject", "天府新区生物医药中试平台已为成都康宁生物科技有限公司提供中试服务;成都高新区芯片中试平台已为成都矽海科技有限公司完成流片验证。",
			[]string{"SERVES 天府新区生物医药中试平台 -> 成都康宁生物科技有限公司", "SERVES 成都高新区芯片中试平台 -> 成都矽海科技有限公司"}},
		{"members named together", "布局建设天府锦江实验室、天府岷江实验室(以下统称天府实验室)。",
			[]string{"PART_OF 天府锦江实验室 -> 天府实验室", "PART_OF 天府岷江实验室 -> 天府实验室"}},
		{"built by what 依托 names before 建设的", "支持依托四川大学建设的口腔疾病国家重点实验室开展中试。",
			[]string{"CO_BUILT_BY 口腔疾病国家重点实验室 -> 四川大学"}},
		{"a facility with and without its place", "在绵阳布局电磁兼容中试基地。绵阳电磁兼容中试基地由中国工程物理研究院与绵阳市共同建设。",
			[]string{"CO_BUILT_BY 绵阳电磁兼容中试基地 -> 中国工程物理研究院"}},
		{"host bodies in brackets on a list line", "3.南充油气化工中试基地(西南石油大学、四川南油化工有限公司)",
			[]string{"CO_BUILT_BY 南充油气化工中试基地 -> 西南石油大学", "CO_BUILT_BY 南充油气化工中试基地 -> 四川南油化工有限公司"}},
		{"parts a firm buys and from whom", "成都鲲鹏动力科技有限公司成立于2011年。公司现有一级供应商38家:叶片由成都锐刃叶片科技有限公司供应,机匣来自四川峨峰精密机械有限公司,控制器则由成都衡启控制技术有限公司配套。",
			[]string{"SUPPLIES 成都锐刃叶片科技有限公司 -> 成都鲲鹏动力科技有限公司", "SUPPLIES 四川峨峰精密机械有限公司 -> 成都鲲鹏动力科技有限公司",
				"SUPPLIES 成都衡启控制技术有限公司 -> 成都鲲鹏动力科技有限公司"}},
		{"这家 for the firm just named", "资金用于其全资子公司成都鲲鹏增材制造有限公司的扩产。这家子公司位于新津区。",
			[]string{"LOCATED_IN 成都鲲鹏增材制造有限公司 -> 新津区"}},
		{"zones a chain is sited in", "聚焦集成电路、人工智能等产业。集成电路产业重点在成都高新区集聚发展,人工智能产业依托成都高新区、郫都区布局。成都高新区是全市发展集成电路产业的主阵地。",
			[]string{"SUPPORTS_CHAIN 成都高新区 -> 集成电路", "SUPPORTS_CHAIN 成都高新区 -> 人工智能", "SUPPORTS_CHAIN 郫都区 -> 人工智能"}},
		{"a table of projects", "序号 项目名称 建设单位 建设地点\n1 成都智能感知实验室 电子科技大学、四川云枢科技有限公司 成都高新区\n2 成都航空热动力实验室 四川大学 新都区\n",
			[]string{"CO_BUILT_BY 成都智能感知实验室 -> 电子科技大学", "CO_BUILT_BY 成都智能感知实验室 -> 四川云枢科技有限公司",
				"LOCATED_IN 成都智能感知实验室 -> 成都高新区", "CO_BUILT_BY 成都航空热动力实验室 -> 四川大学", "LOCATED_IN 成都航空热动力实验室 -> 新都区"}},
		{"该公司 past a line that only says who spoke", "成都澜图智能科技有限公司成立于2015年。如今员工超过600人,主营视觉检测系统。“团队一半来自川大。”杨启航说。据介绍,该公司已为四川蜀能材料股份有限公司提供检测设备。",
			[]string{"SUPPLIES 成都澜图智能科技有限公司 -> 四川蜀能材料股份有限公司"}},
		{"the most specific of adjacent places", "成都锦江数据科技有限公司位于成都市锦江区。",
			[]string{"LOCATED_IN 成都锦江数据科技有限公司 -> 锦江区"}},
		{"an alumnus 同样是", "成都蓉创科技有限公司董事长周立言同样是电子科技大学校友。",
			[]string{"ALUMNUS_OF 周立言 -> 电子科技大学"}},
		{"a fund's focus after who set it up", "成都锦程科创投资基金由成都高新区与四川大学共同发起,重点投向碳基材料、先进陶瓷等领域。",
			[]string{"SUPPORTS_CHAIN 成都锦程科创投资基金 -> 碳基材料", "SUPPORTS_CHAIN 成都锦程科创投资基金 -> 先进陶瓷"}},
		{"a body that builds in a place", "支持中国科学院工程热物理研究所在新都区设立成都燃烧技术研究中心。",
			[]string{"CO_BUILT_BY 成都燃烧技术研究中心 -> 中国科学院工程热物理研究所", "LOCATED_IN 成都燃烧技术研究中心 -> 新都区"}},
		{"built, attributively", "这是成都鲲鹏动力科技有限公司投资1.8亿元建设的热端部件中试平台。以成都鲲鹏动力科技有限公司为依托单位组建的四川省小型发动机工程技术研究中心挂牌。",
			[]string{"CO_BUILT_BY 热端部件中试平台 -> 成都鲲鹏动力科技有限公司", "CO_BUILT_BY 四川省小型发动机工程技术研究中心 -> 成都鲲鹏动力科技有限公司"}},
		{"an event a district will hold", "2026航空动力产业创新大会将在新都区举办。",
			[]string{"LOCATED_IN 2026航空动力产业创新大会 -> 新都区"}},
		{"signed past a declared short name", "成都鲲鹏动力科技有限公司又与中国科学院工程热物理研究所(以下简称“中科院热物理所”)签署战略合作协议。",
			[]string{"PARTNERS_WITH 成都鲲鹏动力科技有限公司 -> 中国科学院工程热物理研究所"}},
		{"supplies to a list of firms", "成都微芯光电科技有限公司成立于2019年。公司专注于硅光芯片研发,已为中国移动、成都锐联网络科技有限责任公司等企业批量供应光模块。",
			[]string{"SUPPLIES 成都微芯光电科技有限公司 -> 中国移动", "SUPPLIES 成都微芯光电科技有限公司 -> 成都锐联网络科技有限责任公司"}},
		{"signing after 相继与", "成都高新区相继与四川大学、西南交通大学签署合作协议。",
			[]string{"PARTNERS_WITH 成都高新区 -> 四川大学", "PARTNERS_WITH 成都高新区 -> 西南交通大学"}},
		{"signing together", "电子科技大学和金牛区共同签署全面战略合作协议。",
			[]string{"PARTNERS_WITH 电子科技大学 -> 金牛区"}},
		{"posts in a chain of titles", "四川省国资委党委委员、副主任张岷,成都市政府副秘书长张韬出席。",
			[]string{"WORKS_AT 张岷 -> 四川省人民政府国有资产监督管理委员会", "WORKS_AT 张韬 -> 成都市人民政府"}},
		{"a firm's brand before its executive's post", "蓉创电子董事长韩帆出席。",
			[]string{"WORKS_AT 韩帆 -> 蓉创电子"}},
		{"an event held where its clause says", "5月8日,深化校企合作暨蓉创科技园项目签约仪式在双流区举行。",
			[]string{"LOCATED_IN 深化校企合作暨蓉创科技园项目签约仪式 -> 双流区"}},
		{"a page that opens with running text has no headline", "近日,天府锦北实验室、天府锦南实验室在四川省成都市正式揭牌,标志着由天府锦东实验室、天府锦北实验室和天府锦南实验室组成的天府实验室体系整体进入实体化运行阶段。\n天府锦北实验室\n打造人才高地\n天府实验室是四川省建设的重要实验室。",
			[]string{"PART_OF 天府锦东实验室 -> 天府实验室"}},
		{"members a whole is composed of", "标志着由锦北实验室、锦南实验室和锦东实验室组成的锦城实验室体系进入运行阶段。",
			[]string{"PART_OF 锦北实验室 -> 锦城实验室", "PART_OF 锦南实验室 -> 锦城实验室", "PART_OF 锦东实验室 -> 锦城实验室"}},
		{"bodies opened in a place", "近日,锦北实验室、锦南实验室在四川省成都市正式揭牌。",
			[]string{"LOCATED_IN 锦北实验室 -> 成都市", "LOCATED_IN 锦南实验室 -> 成都市"}},
		{"hosted, the host after the body", "锦北实验室依托四川大学建设。当天揭牌的锦南实验室位于新津区,依托电子科技大学等高校,以先进计算为发展方向。",
			[]string{"CO_BUILT_BY 锦北实验室 -> 四川大学", "CO_BUILT_BY 锦南实验室 -> 电子科技大学"}},
		{"the most specific place a name starts with", "成都市锦江区人民政府、中共成都市锦江区委和锦江科技服务产业功能区管委会参加。",
			[]string{"LOCATED_IN 成都市锦江区人民政府 -> 锦江区", "LOCATED_IN 中共成都市锦江区委 -> 锦江区", "LOCATED_IN 锦江科技服务产业功能区管理委员会 -> 锦江科技服务产业功能区"}},
		{"an office of a government, a district in its city", "成都市人民政府办公厅印发通知。成都市温江区人民政府主办。",
			[]string{"PART_OF 成都市人民政府办公厅 -> 成都市人民政府", "LOCATED_IN 成都市人民政府办公厅 -> 成都市", "PART_OF 温江区 -> 成都市"}},
		{"a university's unit is part of it", "四川大学天府协同创新中心副主任王力介绍了平台。",
			[]string{"PART_OF 四川大学天府协同创新中心 -> 四川大学", "WORKS_AT 王力 -> 四川大学天府协同创新中心"}},
		{"a focus clause goes on about the sentence's subjects", "在成都高新区,锦江区和郫都区建立起联动机制,聚焦集成电路、新型显示等产业方向。锦北实验室(前沿中心)由四川大学联合共建,将承担两大职责,聚焦新药研发、精准医学等研究方向。",
			[]string{"SUPPORTS_CHAIN 锦江区 -> 集成电路", "SUPPORTS_CHAIN 郫都区 -> 新型显示", "SUPPORTS_CHAIN 锦北实验室 -> 精准医学"}},
		{"a place's committee by its short form", "由中共成都市锦江区委主办。锦江区委副书记王军出席,区委常委李平主持。",
			[]string{"WORKS_AT 王军 -> 中共成都市锦江区委", "WORKS_AT 李平 -> 中共成都市锦江区委"}},
		{"a place in brackets inside a name", "蓉光(成都)智能制造创新中心落地。",
			[]string{"LOCATED_IN 蓉光(成都)智能制造创新中心 -> 成都市"}},
		{"a committee the page names short is the party's", "四川省和成都市召开会议,省委副书记施晓岚,市委常委王丰超出席。",
			[]string{"WORKS_AT 施晓岚 -> 中共四川省委", "WORKS_AT 王丰超 -> 中共成都市委"}},
		{"parties listed sign together and build", "6月28日,四川天府新区管委会、成都市科学技术局、西北工业大学签署合作协议,将在成都共建天府西工大动力研究院。",
			[]string{"PARTNERS_WITH 四川天府新区管理委员会 -> 成都市科学技术局", "PARTNERS_WITH 成都市科学技术局 -> 西北工业大学",
				"CO_BUILT_BY 天府西工大动力研究院 -> 西北工业大学", "CO_BUILT_BY 天府西工大动力研究院 -> 四川天府新区管理委员会", "LOCATED_IN 天府西工大动力研究院 -> 成都市"}},
		{"the parties by their number in the next sentence", "四川大学、锦江区人民政府和蓉城投资集团签署合作协议。根据协议,三方将在锦江区共建锦江未来产业研究院。",
			[]string{"CO_BUILT_BY 锦江未来产业研究院 -> 四川大学", "CO_BUILT_BY 锦江未来产业研究院 -> 蓉城投资集团", "LOCATED_IN 锦江未来产业研究院 -> 锦江区"}},
		{"built by bodies acting together", "蓉西高新技术产业走廊由郫都区、温江区与成都高新区联动建设。",
			[]string{"CO_BUILT_BY 蓉西高新技术产业走廊 -> 郫都区", "CO_BUILT_BY 蓉西高新技术产业走廊 -> 成都高新区"}},
		{"a fund whose sentence goes on to where it invests", "据介绍,蓉蒲联动产业发展基金的目标总规模为10亿元,将投向智能制造、绿色低碳等重点产业发展领域。",
			[]string{"SUPPORTS_CHAIN 蓉蒲联动产业发展基金 -> 智能制造", "SUPPORTS_CHAIN 蓉蒲联动产业发展基金 -> 绿色低碳"}},
		{"a university's park, a district's committee in its city, a legal representative", "四川大学科技园召开会议。成都市召开会议,双流区委副书记杨某出席。光电所法定代表人、副所长刘恩涛接待了一行。",
			[]string{"PART_OF 四川大学科技园 -> 四川大学", "WORKS_AT 杨某 -> 中共成都市双流区委", "WORKS_AT 刘恩涛 -> 中国科学院光电技术研究所"}},
		{"one of a family, hosted and joined by partners", "作为天府实验室的4个方向实验室之一,天府锦北实验室将依托电子科技大学,联合中科院光电所和京东方等重点单位合作共建,在量子通信等领域开展研究。",
			[]string{"PART_OF 天府锦北实验室 -> 天府实验室", "CO_BUILT_BY 天府锦北实验室 -> 电子科技大学", "CO_BUILT_BY 天府锦北实验室 -> 中国科学院光电技术研究所", "CO_BUILT_BY 天府锦北实验室 -> 京东方"}},
		{"a bracket between the body and 由", "天府锦北实验室(前沿中心)由成都高新区与四川大学等机构联合共建。",
			[]string{"CO_BUILT_BY 天府锦北实验室 -> 成都高新区", "CO_BUILT_BY 天府锦北实验室 -> 四川大学"}},
		{"firms the page's district gathers", "龙泉驿区召开会议。目前,全区已集聚蓉丰汽车(成都)有限公司等整车企业。同时,蓉商飞科技有限公司等多家区内链主企业设立展位。",
			[]string{"LOCATED_IN 蓉丰汽车(成都)有限公司 -> 龙泉驿区", "LOCATED_IN 蓉商飞科技有限公司 -> 龙泉驿区"}},
		{"firms of other provinces' cities", "惠州亿芯锂能股份有限公司董事长刘某和无锡乐川微电子有限公司董事长朱某出席。",
			[]string{"LOCATED_IN 惠州亿芯锂能股份有限公司 -> 惠州市", "LOCATED_IN 无锡乐川微电子有限公司 -> 无锡市"}},
		{"a bare 高新区 on a Chengdu page, a zone inside an agency's name", "成都市召开会议,高新区和郫都区建立起联动机制,聚焦集成电路等产业方向。2015年,成都高新区管委会与电子科大签署合作协议。",
			[]string{"SUPPORTS_CHAIN 成都高新区 -> 集成电路", "PART_OF 成都高新区 -> 成都市", "LOCATED_IN 成都高新区管理委员会 -> 成都高新区"}},
		{"firms that lead a cluster, an institute known by its number", "以蓉驰科技、中电科29所等链主企业为主的郫都区电磁空间安全产业集群入选四川省中小企业特色产业集群。",
			[]string{"LEADS_CHAIN 蓉驰科技 -> 电磁空间安全", "LEADS_CHAIN 中国电子科技集团公司第二十九研究所 -> 电磁空间安全"}},
		{"parties joined by 与 sign together, a firm upstream of another", "四川天府新区、新津区与成都产业集团签署战略合作协议。成都蓉格电气股份有限公司是成都蓉诺普机器人技术股份有限公司等整机企业的上游。",
			[]string{"PARTNERS_WITH 四川天府新区 -> 成都产业集团", "PARTNERS_WITH 四川天府新区 -> 新津区", "SUPPLIES 成都蓉格电气股份有限公司 -> 成都蓉诺普机器人技术股份有限公司"}},
		{"a zone named later without its city, a counted class in quotes", "这里是全市24个“三个做优做强”重点片区之一的成都蓉来医学城。天府锦北实验室落户蓉来医学城。",
			[]string{"LOCATED_IN 天府锦北实验室 -> 成都蓉来医学城"}},
		{"a city and a district's stem open a name, a school with 与 in its name", "货物经成都青白江铁路港发往欧洲。成都大学药学与生物工程学院李某教授代表成都大学出席会议。",
			[]string{"LOCATED_IN 成都青白江铁路港 -> 青白江区", "PART_OF 成都大学药学与生物工程学院 -> 成都大学"}},
		{"firms a region sees emerge", "近年来,成都涌现了一批商业航天初创企业,包括蓉星宇航、盟川电子等,外来如九天蓉星等一批企业也落脚成都。",
			[]string{"LOCATED_IN 蓉星宇航 -> 成都市", "LOCATED_IN 九天蓉星 -> 成都市"}},
		{"a given name that starts with 正", "市政府秘书长张正宏出席。",
			[]string{"WORKS_AT 张正宏 -> 成都市人民政府"}},
		{"graduates named after their school", "某某大学化工学院硕士毕业生张山河、程珣已签约。",
			[]string{"ALUMNUS_OF 张山河 -> 某某大学化工学院", "ALUMNUS_OF 程珣 -> 某某大学化工学院"}},
		{"a street office on a road named by a verb, and a given name ending in 科", "成华区建设路街道办事处主任李建科介绍,经科局工作人员王彦忠也参加了。",
			[]string{"WORKS_AT 李建科 -> 成华区建设路街道办事处"}},
		{"a fund signs with the managers it lists", "成都星河天使母基金在本次峰会上与中科星辰、峰云资本、真星基金、陆星投资10家基金管理人(GP)集中签约。",
			[]string{"PARTNERS_WITH 成都星河天使母基金 -> 中科星辰", "PARTNERS_WITH 成都星河天使母基金 -> 真星基金", "PARTNERS_WITH 成都星河天使母基金 -> 陆星投资"}},
		{"a district's head works at the government the page names", "成都市成华区人民政府与某某大学签约,成华区副区长王某出席。",
			[]string{"WORKS_AT 王某 -> 成都市成华区人民政府"}},
		{"a doctor of a school is its alumnus", "牵头的是星河大学材料学院博士王涛。",
			[]string{"ALUMNUS_OF 王涛 -> 星河大学材料学院"}},
		{"a firm named later without its city", "他们加入成都蓉泉集团。蓉泉集团副总经理周文远表示欢迎。",
			[]string{"WORKS_AT 周文远 -> 成都蓉泉集团"}},
		{"a co-built body after a long attribute", "某某区人民政府将与某某理工大学共同打造高智力密集度、高产业附加值的环某某理工大学知识经济圈。",
			[]string{"CO_BUILT_BY 环某某理工大学知识经济圈 -> 某某区人民政府", "CO_BUILT_BY 环某某理工大学知识经济圈 -> 某某理工大学"}},
		{"the parties a sentence signed, named by their number", "根据成都市人民政府与某某大学签署的合作协议,双方将开展三个方面的合作:一是共建星河脑科学研究院。",
			[]string{"CO_BUILT_BY 星河脑科学研究院 -> 成都市人民政府", "CO_BUILT_BY 星河脑科学研究院 -> 某某大学"}},
		{"a body that settled in a place, and a park in a city's district", "2009年落地龙泉驿区的某某汽车有限公司成都分公司已投产。项目在位于成都市新都区的四川某某航空产业园开工,潘某把公司正式搬进兴隆湖畔的成都科学城。",
			[]string{"LOCATED_IN 某某汽车有限公司成都分公司 -> 龙泉驿区", "LOCATED_IN 四川某某航空产业园 -> 新都区"}},
		{"firms placed by the clause a sentence opens with", "在某某空天产业功能区,继4月底正式投产后,成都星玉科技有限公司近日签下首笔订单。在成都高新区,两区围绕京东方等链主企业招引了星河科技有限公司等企业。",
			[]string{"LOCATED_IN 成都星玉科技有限公司 -> 某某空天产业功能区", "LOCATED_IN 星河科技有限公司 -> 成都高新区"}},
		{"a quoted body built by the parties after 由", "“星河成都中心”由某某国家重点实验室与四川某某设备股份有限公司联合成立。",
			[]string{"CO_BUILT_BY 星河成都中心 -> 某某国家重点实验室", "CO_BUILT_BY 星河成都中心 -> 四川某某设备股份有限公司"}},
		{"a zone that is another's core", "据悉,成都科学城作为西部(成都)科学城的创新极核,已布局重大设施5个。",
			[]string{"PART_OF 成都科学城 -> 西部(成都)科学城"}},
		{"a firm introduced by its field", "9月,创新药企云方医药登陆港股;国内工业机器人行业链主龙头企业——南京星顿自动化股份有限公司与某区签约。",
			[]string{"MEMBER_OF_CHAIN 云方医药 -> 创新药", "LEADS_CHAIN 南京星顿自动化股份有限公司 -> 工业机器人"}},
		{"a place's leading industry", "汽车产业作为龙泉驿区的主导产业,产值突破2000亿元。温江区的主导产业是生物医药产业。",
			[]string{"SUPPORTS_CHAIN 龙泉驿区 -> 汽车", "SUPPORTS_CHAIN 温江区 -> 生物医药"}},
		{"a district's own industry", "以某某科技等链主企业为主的郫都区电磁空间安全产业集群入选名单,新都区航空产业稳步发展。",
			[]string{"SUPPORTS_CHAIN 郫都区 -> 电磁空间安全", "SUPPORTS_CHAIN 新都区 -> 航空"}},
		{"a brand's company in a place", "星立航空成都有限公司已决定投资。某某电气系统有限公司成都分公司是一级供应商。",
			[]string{"LOCATED_IN 星立航空成都有限公司 -> 成都市", "LOCATED_IN 某某电气系统有限公司成都分公司 -> 成都市"}},
		{"the part of a place, or quotes, between 位于X and what lies there", "位于成都科学城核心区的四川星河高新技术产业园区首次亮相。位于成都经开区的“星河智能网联汽车试验基地”是示范基地。",
			[]string{"LOCATED_IN 四川星河高新技术产业园区 -> 成都科学城", "LOCATED_IN 星河智能网联汽车试验基地 -> 成都经开区"}},
		{"a place with its other name in brackets", "位于龙泉驿区(成都经开区)的某某电气系统有限公司成都分公司便是其中之一。",
			[]string{"LOCATED_IN 某某电气系统有限公司成都分公司 -> 龙泉驿区", "LOCATED_IN 某某电气系统有限公司成都分公司 -> 成都经开区"}},
		{"a county-level city after its city", "3月1日,成都彭州举行香料产业园中园发布仪式。",
			[]string{"PART_OF 彭州市 -> 成都市", "LOCATED_IN 香料产业园中园发布仪式 -> 彭州市"}},
		{"a quoted event held in a district named short", "由某某大学主办的“高质量建设某某走廊暨校地合作项目集中签约活动”在温江举行。",
			[]string{"LOCATED_IN 高质量建设某某走廊暨校地合作项目集中签约活动 -> 温江区"}},
		{"an event joined to the opening of a body", "科技创新与成果转化大会暨某某科技园开园仪式在彭州市举办。",
			[]string{"LOCATED_IN 科技创新与成果转化大会 -> 彭州市"}},
		{"a district of another Sichuan city known by its full name only", "眉山市东坡区召开会议。武侯区与东坡区签订了区域合作协议。",
			[]string{"PART_OF 东坡区 -> 眉山市", "PARTNERS_WITH 武侯区 -> 东坡区"}},
		{"a party committee's meetings are the committee's", "成都市委十四届八次全会召开。四川省政府印发方案,贯彻省委十一届三次全会精神。按照成都市委经济工作会议要求推进。",
			[]string{"PART_OF 中共成都市委十四届八次全会 -> 中共成都市委", "PART_OF 中共四川省委十一届三次全会 -> 中共四川省委",
				"PART_OF 中共成都市委经济工作会议 -> 中共成都市委", "LOCATED_IN 中共成都市委 -> 成都市"}},
		{"a declared short name after 下称 and a colon", "成都高新区与星润医药集团有限公司(下称:星润医药)签约。当天,星润医药与四川大学签署合作协议。",
			[]string{"PARTNERS_WITH 星润医药集团有限公司 -> 四川大学"}},
		{"a place builds up its own chain", "成都推动汽车产业建圈强链。这是成都市生物医药产业建圈强链战略的重要抓手。",
			[]string{"SUPPORTS_CHAIN 成都市 -> 汽车", "SUPPORTS_CHAIN 成都市 -> 生物医药"}},
		{"a place that opens the sentence gathers the firms a later clause lists", "如今的龙泉驿区(成都经开区)除了10家整车企业,还聚集了星河发动机、星海电子等300余家零部件企业。",
			[]string{"LOCATED_IN 星河发动机 -> 龙泉驿区", "LOCATED_IN 星海电子 -> 成都经开区"}},
		{"a district before a firm's legal name that opens with its city", "彭某前往新都区成都星研氢能源科技有限公司交流。",
			[]string{"LOCATED_IN 成都星研氢能源科技有限公司 -> 新都区", "LOCATED_IN 成都星研氢能源科技有限公司 -> 成都市"}},
		{"an event named by its city, a dot and a district", "今日,成都·新都星海产业投资环境推介会顺利举行。",
			[]string{"LOCATED_IN 成都·新都星海产业投资环境推介会 -> 新都区", "PART_OF 新都区 -> 成都市"}},
		{"the high-tech zone's parts, and a known name over a conjunction", "项目位于成都高新西区。工业和信息化部星海与集成电路促进中心与双流区签约。",
			[]string{"PART_OF 成都高新西区 -> 成都高新区", "PART_OF 工业和信息化部星海与集成电路促进中心 -> 工业和信息化部"}},
		{"Chongqing's and Shenzhen's districts", "重庆市璧山区与成都高新区签约。深圳市坪山区举行推介会。重庆高新区发布政策。",
			[]string{"PART_OF 璧山区 -> 重庆市", "PART_OF 坪山区 -> 深圳市", "PART_OF 重庆高新区 -> 重庆市"}},
		{"builders after a project's name and a comma, and after 是由…投入…打造", "当天开工建设的星海人工智能计算中心项目,由星海科技有限公司与成都高新区共同建设运营。星蓉港创新中心是由电子科技大学和双流区人民政府共同投入近5000万元资金打造而成。",
			[]string{"CO_BUILT_BY 星海人工智能计算中心 -> 星海科技有限公司", "CO_BUILT_BY 星海人工智能计算中心 -> 成都高新区",
				"CO_BUILT_BY 星蓉港创新中心 -> 电子科技大学", "CO_BUILT_BY 星蓉港创新中心 -> 双流区人民政府"}},
		{"builders counted before the verb, the body named by an anaphor; a builder's short name in brackets", "星河节水产业联盟成立。该联盟由星海水利研究院、星河集团有限公司2家单位共同发起。星海药效评价基地开工。该基地由星海生物科技有限公司(以下简称星海生物)打造。",
			[]string{"CO_BUILT_BY 星河节水产业联盟 -> 星海水利研究院", "CO_BUILT_BY 星河节水产业联盟 -> 星河集团有限公司",
				"CO_BUILT_BY 星海药效评价基地 -> 星海生物科技有限公司"}},
		{"a university's officer named between it and the post", "成都市环保局陈某局长、星河大学许某某副校长出席会议。",
			[]string{"WORKS_AT 陈某 -> 成都市环保局", "WORKS_AT 许某某 -> 星河大学"}},
		{"a firm that intends to build in a place builds there", "根据协议,星河科技有限公司拟在成都高新区打造星河西部创新中心。",
			[]string{"CO_BUILT_BY 星河西部创新中心 -> 星河科技有限公司", "LOCATED_IN 星河西部创新中心 -> 成都高新区"}},
		{"an institute incorporated lies in the place that opens its name", "成都星河产业技术研究院股份有限公司成立。",
			[]string{"LOCATED_IN 成都星河产业技术研究院股份有限公司 -> 成都市"}},
		{"a university's schools named bare are its own, in a sentence that does not name it", "星河大学与星海市签约。土木工程学院负责人出席。",
			[]string{"PART_OF 星河大学土木工程学院 -> 星河大学"}},
		{"the parties of a signing ceremony all named inside its name", "9月24日,成都市人民政府与星河科技股份有限公司战略合作协议签署仪式在成都举行。",
			[]string{"PARTNERS_WITH 星河科技股份有限公司 -> 成都市人民政府"}},
		{"a list closed by a class of firms named by their place lies in that place", "去年以来,星河科技、星海生物、星光股份等成都高新区企业相继登陆科创板。",
			[]string{"LOCATED_IN 星河科技 -> 成都高新区", "LOCATED_IN 星海生物 -> 成都高新区", "LOCATED_IN 星光股份 -> 成都高新区"}},
		{"a county known by its full name only is named by its stem once the page names it in full", "乐至县与星河大学签约。当前,乐至正聚焦装备制造、新能源新材料等重点产业。",
			[]string{"SUPPORTS_CHAIN 乐至县 -> 装备制造", "SUPPORTS_CHAIN 乐至县 -> 新能源新材料"}},
		{"a phrase opening the sentence that names the carrier of an industry goes on about the body after it", "作为成都生物医药产业发展重要承载地,近年来,星河国际生物城将核医疗产业作为重点发展方向。",
			[]string{"SUPPORTS_CHAIN 星河国际生物城 -> 生物医药"}},
		{"industries taken as a plain direction (以…为方向) are the body's too", "成都星河科技园构筑以电子信息、数字经济为主导,以智能制造、数字文创为方向的产业体系。",
			[]string{"SUPPORTS_CHAIN 成都星河科技园 -> 电子信息", "SUPPORTS_CHAIN 成都星河科技园 -> 智能制造", "SUPPORTS_CHAIN 成都星河科技园 -> 数字文创"}},
		{"the body that opens a clause supports the industries it takes as its lead, the last place of a run", "成都高新区以电子信息、生物医药为主导产业。成都青白江是重要承载地,加快构建以新材料、装备制造为主攻方向的现代化产业体系。",
			[]string{"SUPPORTS_CHAIN 成都高新区 -> 电子信息", "SUPPORTS_CHAIN 成都高新区 -> 生物医药", "SUPPORTS_CHAIN 青白江区 -> 新材料", "SUPPORTS_CHAIN 青白江区 -> 装备制造"}},
		{"the industries a body takes as its representatives are its lead too", "金牛区形成了以轨道交通、新材料为代表的产业集群。",
			[]string{"SUPPORTS_CHAIN 金牛区 -> 轨道交通"}},
		{"the host a sentence names for the body it opens with", "星海动力国家重点实验室是原国家计委批准建设的国家重点开放研究实验室,主管为教育部,依托单位为西南交通大学。",
			[]string{"CO_BUILT_BY 星海动力国家重点实验室 -> 西南交通大学"}},
		{"a place's congress and political consultative conference by their official names", "成华区召开会议。区人大常委会主任王某某、区政协主席张某某出席。四川省成都市政协副主席杨某某出席。",
			[]string{"WORKS_AT 王某某 -> 成都市成华区人民代表大会常务委员会", "WORKS_AT 张某某 -> 中国人民政治协商会议成都市成华区委员会",
				"WORKS_AT 杨某某 -> 中国人民政治协商会议成都市委员会"}},
		{"a firm's next officer after a comma holds office at the same firm", "星河控股有限责任公司党委书记、董事长徐某某,党委副书记、总经理郭某某出席。",
			[]string{"WORKS_AT 徐某某 -> 星河控股有限责任公司", "WORKS_AT 郭某某 -> 星河控股有限责任公司"}},
		{"the firms a place has, listed in the next clause as among them", "目前,星河经开区现有规上工业企业131家,其中拥有星重集团、星机重装、东方星轮机等龙头企业。",
			[]string{"LOCATED_IN 星重集团 -> 星河经开区", "LOCATED_IN 星机重装 -> 星河经开区", "LOCATED_IN 东方星轮机 -> 星河经开区"}},
		{"two bodies that open, deepen or reach a cooperation together, or a list of them with one", "温江区与星河科技大学开启校地合作新篇章。星光微电子有限公司、长星科技有限公司与星海大学强化校企合作。",
			[]string{"PARTNERS_WITH 温江区 -> 星河科技大学", "PARTNERS_WITH 星光微电子有限公司 -> 星海大学", "PARTNERS_WITH 长星科技有限公司 -> 星海大学"}},
		{"a zone named after a district, a county or another zone lies there; one named after a city is its part", "星河经开区在江安经开区布局项目。天府新区星海新材料产业功能区正式成立。青白江星海材料产业功能区正式成立。宜宾星河新区发展迅速。",
			[]string{"LOCATED_IN 江安经开区 -> 江安县", "LOCATED_IN 天府新区星海新材料产业功能区 -> 四川天府新区", "LOCATED_IN 青白江星海材料产业功能区 -> 青白江区", "PART_OF 宜宾星河新区 -> 宜宾市"}},
		{"the officers a sentence lists by posts alone after the body that opens it, past a date", "4月16日,星河前沿研究院前往宜宾市开展实践活动,党委书记饶某某、院长王某某、副院长吕某某,教工党员参加。",
			[]string{"WORKS_AT 饶某某 -> 星河前沿研究院", "WORKS_AT 王某某 -> 星河前沿研究院", "WORKS_AT 吕某某 -> 星河前沿研究院"}},
		{"a place that opens a clause after one of time gathers the firms a later clause lists", "作为成都生物医药产业发展重要承载地,近年来,星河国际生物城将核医疗产业作为重点发展方向,已聚集星光医疗、永星医疗、云星药业等一批重点企业。",
			[]string{"LOCATED_IN 星光医疗 -> 星河国际生物城", "LOCATED_IN 永星医疗 -> 星河国际生物城", "LOCATED_IN 云星药业 -> 星河国际生物城"}},
		{"the firms a place drew in, listed after 包括 in the next clause", "近年来,绵阳市吸引了大量科技公司落户,包括星特尔科技、星尔电脑等全球领先的企业。",
			[]string{"LOCATED_IN 星特尔科技 -> 绵阳市", "LOCATED_IN 星尔电脑 -> 绵阳市"}},
		{"the firm after a subsidiary's class is the owner's", "星河集团控股子公司星光科技有限公司签约。星海科技有限公司全资子公司四川星代的停车位排起长队。",
			[]string{"PART_OF 星光科技有限公司 -> 星河集团", "PART_OF 四川星代 -> 星海科技有限公司"}},
		{"an office a government stations elsewhere is the government's", "星河市人民政府驻深圳办事处负责人出席。",
			[]string{"PART_OF 星河市人民政府驻深圳办事处 -> 星河市人民政府"}},
		{"a district's committee named with its city and its province: the city holds the district, the province the city", "孙某某会见四川省成都市新津区委书记唐某。",
			[]string{"PART_OF 新津区 -> 成都市", "PART_OF 成都市 -> 四川省", "LOCATED_IN 中共成都市新津区委 -> 新津区", "WORKS_AT 唐某 -> 中共成都市新津区委"}},
		{"a signing ceremony named after its parties, the last read inside its name", "21日晚,绵阳市人民政府与上海交通大学校地合作协议签约仪式举行。",
			[]string{"PARTNERS_WITH 绵阳市人民政府 -> 上海交通大学"}},
		{"a party that joins others to sign and set up a body partners each", "近日,星华科创投公司联合星江产投公司、成都星创投集团成功签约设立星蒲联动产业基金。",
			[]string{"PARTNERS_WITH 星华科创投公司 -> 星江产投公司", "PARTNERS_WITH 星华科创投公司 -> 成都星创投集团", "PARTNERS_WITH 星江产投公司 -> 成都星创投集团"}},
		{"a place that holds an event, said with when", "成都市近日举行星河重大产业化项目集中签约仪式,20个项目签约。",
			[]string{"LOCATED_IN 星河重大产业化项目集中签约仪式 -> 成都市"}},
		{"bodies joined by 及 before a verb of settling each settle", "星河鲲鹏天府实验室及星海软件研发中心正式落户成都高新区。",
			[]string{"LOCATED_IN 星河鲲鹏天府实验室 -> 成都高新区", "LOCATED_IN 星海软件研发中心 -> 成都高新区"}},
		{"an academician named after a university works there", "星河大学王某某院士团队主持完成的新型材料项目获奖。",
			[]string{"WORKS_AT 王某某 -> 星河大学"}},
		{"a firm's officers who sit on its party committee, after a comma", "星道交通服务集团党委书记、董事长罗某某,党委委员、副总经理殷某某,党委委员、财务总监袁某某出席座谈。",
			[]string{"WORKS_AT 殷某某 -> 星道交通服务集团", "WORKS_AT 袁某某 -> 星道交通服务集团"}},
		{"a run of officers after a comma, at a university or a firm", "星河大学党委书记王某某,副校长李某某,党委副书记、副校长张某某出席。星湖科技有限公司董事长赵某某,总经理钱某某,副总经理孙某某参加。",
			[]string{"WORKS_AT 王某某 -> 星河大学", "WORKS_AT 李某某 -> 星河大学", "WORKS_AT 张某某 -> 星河大学",
				"WORKS_AT 赵某某 -> 星湖科技有限公司", "WORKS_AT 钱某某 -> 星湖科技有限公司", "WORKS_AT 孙某某 -> 星湖科技有限公司"}},
		{"a name between its body and its post, and the list that goes on", "星河大学星海研究院樊某某教授、翟某某教授、林某某研究员,星湖科技有限公司李某某总经理出席。",
			[]string{"WORKS_AT 樊某某 -> 星河大学星海研究院", "WORKS_AT 翟某某 -> 星河大学星海研究院", "WORKS_AT 林某某 -> 星河大学星海研究院",
				"WORKS_AT 李某某 -> 星湖科技有限公司"}},
		{"a head of a government listed after a committee's officer is at the government", "成都市委副书记朱某某、副市长牛某某出席。成都市人民政府发布通知。",
			[]string{"WORKS_AT 牛某某 -> 成都市人民政府"}},
		{"firms named as representatives are of the industry they represent", "引进以星河光电为代表的光伏企业,以星海膜业、星湖格润为代表的水和大气治理、资源综合利用装备制造企业。形成以星光机械等为代表的民用核能产业集群,以星华时代、星源晟等为代表的锂电产业链。",
			[]string{"MEMBER_OF_CHAIN 星河光电 -> 光伏", "MEMBER_OF_CHAIN 星海膜业 -> 水和大气治理", "MEMBER_OF_CHAIN 星湖格润 -> 资源综合利用装备制造",
				"MEMBER_OF_CHAIN 星光机械 -> 民用核能", "MEMBER_OF_CHAIN 星华时代 -> 锂电", "MEMBER_OF_CHAIN 星源晟 -> 锂电"}},
		{"a clause that opens by cultivating industries goes on about the sentence's body", "成都星河产业发展基金将围绕国家方向投资布局,着力培育集成电路、新型显示等产业。彭州星海医药产业园位于彭州经济技术开发区内,重点发展医疗器械、现代中药等产业。",
			[]string{"SUPPORTS_CHAIN 成都星河产业发展基金 -> 集成电路", "SUPPORTS_CHAIN 成都星河产业发展基金 -> 新型显示", "SUPPORTS_CHAIN 彭州星海医药产业园 -> 医疗器械",
				"SUPPORTS_CHAIN 彭州星海医药产业园 -> 现代中药"}},
		{"a hospital or a firm named after a university is the university's", "星河大学附属医院与星河大学科技产业集团签约。",
			[]string{"PART_OF 星河大学附属医院 -> 星河大学", "PART_OF 星河大学科技产业集团 -> 星河大学"}},
		{"a firm's place inside its centre's name", "四川星河锌业有限公司技术中心、宝兴县星海电子有限公司技术中心获认定。",
			[]string{"LOCATED_IN 四川星河锌业有限公司 -> 四川省", "PART_OF 四川星河锌业有限公司技术中心 -> 四川星河锌业有限公司",
				"LOCATED_IN 宝兴县星海电子有限公司 -> 宝兴县"}},
		{"the firms listed after an industry's firms are counted are of it", "星海高新区已聚集集成电路企业100余家,包括星河微电子有限公司、星光芯片有限公司等知名企业。园区现有规模以上锂电企业2家,分别是星湖新能源有限公司、星月科技有限公司。",
			[]string{"MEMBER_OF_CHAIN 星河微电子有限公司 -> 集成电路", "MEMBER_OF_CHAIN 星光芯片有限公司 -> 集成电路",
				"MEMBER_OF_CHAIN 星湖新能源有限公司 -> 锂电", "MEMBER_OF_CHAIN 星月科技有限公司 -> 锂电"}},
		{"a run of officers after a 、", "星湖集团党委书记、董事长夏某某,副总经理程某某、总工程师刘某某、副总经理黄某某出席。",
			[]string{"WORKS_AT 程某某 -> 星湖集团", "WORKS_AT 刘某某 -> 星湖集团", "WORKS_AT 黄某某 -> 星湖集团"}},
		{"a zone with its district in brackets lies there", "今年前三季度,成都经开区(龙泉驿区)汽车产业延续增长态势。星河公司赴成都高新区(郫都区)开展调研。",
			[]string{"LOCATED_IN 成都经开区 -> 龙泉驿区", "LOCATED_IN 成都高新区 -> 郫都区"}},
		{"firms listed before 等 and their industry's firms", "成都医学城已聚集星河制药有限公司、星海生物科技有限公司等一批医药健康企业。园区引进了星湖航空科技有限公司、星光精工有限公司等航空龙头企业。",
			[]string{"MEMBER_OF_CHAIN 星河制药有限公司 -> 医药健康", "MEMBER_OF_CHAIN 星海生物科技有限公司 -> 医药健康",
				"MEMBER_OF_CHAIN 星湖航空科技有限公司 -> 航空", "MEMBER_OF_CHAIN 星光精工有限公司 -> 航空"}},
		{"a bank's branch is its bank's and lies in the place it names; a public bank's is an agency", "星河银行四川省分行与彭州市签约。人民银行成都分行发布数据。",
			[]string{"PART_OF 星河银行四川省分行 -> 星河银行", "LOCATED_IN 星河银行四川省分行 -> 四川省",
				"PART_OF 中国人民银行成都分行 -> 中国人民银行", "LOCATED_IN 中国人民银行成都分行 -> 成都市"}},
		{"a committee's offices, named bare after its 常委 or short, under the party's names", "成都市委常委、组织部部长胡某某介绍。新津区委常委、统战部部长叶某某出席。由成都市委人才办主办。四川省召开发布会,省委人才办专职副主任李某某介绍。成都双流区委宣传部发布通知。",
			[]string{"WORKS_AT 胡某某 -> 中共成都市委组织部", "PART_OF 中共成都市委组织部 -> 中共成都市委", "WORKS_AT 叶某某 -> 中共成都市新津区委统一战线工作部",
				"LOCATED_IN 中共成都市委人才工作领导小组办公室 -> 成都市", "WORKS_AT 李某某 -> 中共四川省委人才工作领导小组办公室",
				"LOCATED_IN 中共成都市双流区委宣传部 -> 双流区"}},
		{"builders and a second verb, and lists of builders each closed by its class", "星河智算中心位于郫都区,由成都高新区、郫都区与星为科技有限公司共同建设运营,将承接生态发展。星海实验室依托星河大学等单位,联合星光研究院、星湖研究所等重点单位,星网集团、星电集团等重点企业共同建设。",
			[]string{"CO_BUILT_BY 星河智算中心 -> 成都高新区", "CO_BUILT_BY 星河智算中心 -> 星为科技有限公司", "CO_BUILT_BY 星海实验室 -> 星光研究院",
				"CO_BUILT_BY 星海实验室 -> 星湖研究所", "CO_BUILT_BY 星海实验室 -> 星网集团"}},
		{"a college's own page: 我校 wherever it names itself, and 院长 its head", "联盟成立大会在我校召开。星河市科技局局长何某某,我校党委副书记、院长李某某,副院长郭某某,星海大学制造科学与工程学院教授汪某某出席。星河职业技术学院当选为理事长单位。",
			[]string{"WORKS_AT 李某某 -> 星河职业技术学院", "WORKS_AT 汪某某 -> 星海大学制造科学与工程学院"}},
		{"a college's own page: 学院 and 院长 alone are the college's", "星河职业技术学院举行会议。学院党委书记司徒某,院长、党委副书记李登某等出席。",
			[]string{"WORKS_AT 司徒某 -> 星河职业技术学院", "WORKS_AT 李登某 -> 星河职业技术学院"}},
		{"a group named by its brand and 集团, and a university's leaders named as such", "四川星洲电器集团有限责任公司与星河大学签约。星洲集团党委书记、董事长夏某某出席。我校校长曾某某,校领导申星蓉、胡星宇出席仪式。",
			[]string{"WORKS_AT 夏某某 -> 四川星洲电器集团有限责任公司", "WORKS_AT 申星蓉 -> 星河大学", "WORKS_AT 胡星宇 -> 星河大学"}},
		{"a district's head after its committee's post is at its government, named with its city", "成都市温江区人民政府与星河大学签约。温江区委副书记、代理区长王星军出席活动。",
			[]string{"WORKS_AT 王星军 -> 成都市温江区人民政府"}},
		{"a body's leading unit named after 以", "四川省星河创新中心以星海集团有限公司下属星网科技有限公司为牵头单位,联合高校共同打造。",
			[]string{"CO_BUILT_BY 四川省星河创新中心 -> 星网科技有限公司"}},
		{"firms a zone has drawn in and settled, and a city's firms drawn in", "成都天府国际生物城已成功引进和落地了星蓉生物、星东制药等创新药项目。星河高新区已成功吸引包括星特尔科技、星州仪器有限公司等在内的重点企业布局。",
			[]string{"LOCATED_IN 星蓉生物 -> 成都天府国际生物城", "LOCATED_IN 星东制药 -> 成都天府国际生物城", "LOCATED_IN 星特尔科技 -> 星河高新区"}},
		{"a zone the state designates lies in the place made it or holding it", "成都获批国家新一代星能创新发展试验区和国家星能创新应用先导区。作为国家星链创新示范区,绵阳市已有多项成果。项目将结合国家星海试验区在德阳的落地推进。",
			[]string{"LOCATED_IN 国家新一代星能创新发展试验区 -> 成都市", "LOCATED_IN 国家星能创新应用先导区 -> 成都市",
				"LOCATED_IN 国家星链创新示范区 -> 绵阳市", "LOCATED_IN 国家星海试验区 -> 德阳市"}},
		{"a post in a committee's office is the office's", "星河新区管委会办公室常务副主任刘星远出席。",
			[]string{"WORKS_AT 刘星远 -> 星河新区管委会办公室", "LOCATED_IN 星河新区管委会办公室 -> 星河新区"}},
		{"a committee named relative to a city's page has its offices too", "自贡市召开会议。市委常委、宣传部部长王星某出席。",
			[]string{"WORKS_AT 王星某 -> 中共自贡市委宣传部", "PART_OF 中共自贡市委宣传部 -> 中共自贡市委"}},
		{"each party of a list signs with the one after 与, of whatever kinds", "会上,星河大学、星海研究院、星光科技有限公司与彭州市签约。彭州市与星湖大学、星湖研究院、星湖科技有限公司签约。",
			[]string{"PARTNERS_WITH 星河大学 -> 彭州市", "PARTNERS_WITH 星海研究院 -> 彭州市", "PARTNERS_WITH 星光科技有限公司 -> 彭州市",
				"PARTNERS_WITH 彭州市 -> 星湖大学", "PARTNERS_WITH 彭州市 -> 星湖研究院", "PARTNERS_WITH 彭州市 -> 星湖科技有限公司"}},
		{"a notice's addressees share the last one's government", "成都市、德阳市、绵阳市人民政府,省政府有关部门:现将星河方案印发给你们。",
			[]string{"LOCATED_IN 成都市人民政府 -> 成都市", "LOCATED_IN 德阳市人民政府 -> 德阳市", "LOCATED_IN 绵阳市人民政府 -> 绵阳市"}},
		{"a district's government named after its city", "成都市温江区政府以及星河大学负责同志陪同调研。",
			[]string{"PART_OF 温江区 -> 成都市", "LOCATED_IN 成都市温江区人民政府 -> 温江区"}},
		{"bodies listed before a class in a place named by its byname lie there", "引导星河大学、星海大学等在蓉高校与企业共建平台。与星光大学、星湖研究院等8家在川“双一流”高校院所合作。",
			[]string{"LOCATED_IN 星河大学 -> 成都市", "LOCATED_IN 星海大学 -> 成都市", "LOCATED_IN 星光大学 -> 四川省", "LOCATED_IN 星湖研究院 -> 四川省"}},
		{"a zone's agency named after its party committee lies in the zone", "成都星海新区举行签约仪式。成都星海新区党工委副书记、管委会主任李某出席。",
			[]string{"LOCATED_IN 成都星海新区管理委员会 -> 成都星海新区", "WORKS_AT 李某 -> 成都星海新区管理委员会"}},
		{"units listed after one named with its owner and 附属 are the owner's", "星河医科大学附属中医医院、附属医院、附属口腔医院等相关人员陪同。要充分利用三家直属附属医院的资源。",
			[]string{"PART_OF 星河医科大学附属医院 -> 星河医科大学", "PART_OF 星河医科大学附属口腔医院 -> 星河医科大学"}},
		{"a counted list of a chain's leaders, institutes among them, or leaders named by 为", "这是新都区航空产业企业的大会,星飞工业集团、星航四川燃气涡轮研究院、星航成发三大“链主”企业首次聚齐。今年,集成电路产业以成都星芯科技有限公司、星片半导体股份有限公司为“链主”,建设配套基地。",
			[]string{"LEADS_CHAIN 星飞工业集团 -> 航空", "LEADS_CHAIN 星航四川燃气涡轮研究院 -> 航空", "LEADS_CHAIN 星航成发 -> 航空",
				"LEADS_CHAIN 成都星芯科技有限公司 -> 集成电路", "LEADS_CHAIN 星片半导体股份有限公司 -> 集成电路"}},
		{"a park named with its city right after the firm that builds it; a friendship association, a university's when named after it", "星明康德集团成都星明康德生命健康产业园项目开工。星河大学全球校友创业家联谊会在成都举行会议。成都新侨联谊会成立。",
			[]string{"CO_BUILT_BY 成都星明康德生命健康产业园 -> 星明康德集团", "LOCATED_IN 成都星明康德生命健康产业园 -> 成都市",
				"PART_OF 星河大学全球校友创业家联谊会 -> 星河大学", "LOCATED_IN 成都新侨联谊会 -> 成都市"}},
		{"a head of a government named by the post alone is at the one government of that level the page names", "9月25日,副省长彭某某专程前往星河大学调研。省政府副秘书长朱某某陪同调研。",
			[]string{"WORKS_AT 彭某某 -> 四川省人民政府"}},
		{"a unit named after a known unit of a university: the unit is the university's", "四川大学华西医院星河肿瘤中心主任魏某某出席。",
			[]string{"PART_OF 四川大学华西医院 -> 四川大学"}},
		{"a university's science park (科创园) is the university's", "西南交大东部星创科创园正式开园。",
			[]string{"PART_OF 西南交通大学东部星创科创园 -> 西南交通大学"}},
		{"firms a place has, listed in the next clause after 包括", "成都高新西区拥有规上电子信息企业120余家,包括星特尔、星州仪器、星东方等龙头企业。",
			[]string{"LOCATED_IN 星特尔 -> 成都高新西区", "LOCATED_IN 星州仪器 -> 成都高新西区"}},
		{"a zone in brackets after a district lies in it", "作为最早入驻龙泉驿区(成都经开区)的大型整车企业,星河汽车成都分公司见证了发展。",
			[]string{"LOCATED_IN 成都经开区 -> 龙泉驿区"}},
		{"a post past a declared short name or a word of the body's own", "成都星河氢能科技有限公司(以下简称“星河氢能”)项目经理苏某某介绍了情况。四川星际航天动力有限责任公司展位负责人倪某某指着发动机介绍。",
			[]string{"WORKS_AT 苏某某 -> 成都星河氢能科技有限公司", "WORKS_AT 倪某某 -> 四川星际航天动力有限责任公司"}},
		{"an agency's regional office named after it is its part, in the place between", "中国证监会四川监管局副局长王某某出席。",
			[]string{"PART_OF 中国证监会四川监管局 -> 中国证券监督管理委员会", "LOCATED_IN 中国证监会四川监管局 -> 四川省"}},
		{"a city after a known brand that opens a firm's legal name", "中车成都星辆有限公司党委书记王某某出席。",
			[]string{"LOCATED_IN 中车成都星辆有限公司 -> 成都市"}},
		{"a province after a known brand that opens a firm's or an institute's name; a university after words before it names no place", "中国移动四川星河公司、中国航发四川星河研究院出席。同意四川大学星河校友会成立。",
			[]string{"LOCATED_IN 中国移动四川星河公司 -> 四川省", "LOCATED_IN 中国航发四川星河研究院 -> 四川省"}},
		{"a group named by its brand and 集团 goes by its brand alone later", "星威集团董事局主席刘某出席仪式。在仪式现场,双流区人民政府与星威正式签订投资协议。",
			[]string{"PARTNERS_WITH 双流区人民政府 -> 星威集团"}},
		{"an event named after a zone is held in the zone, not in the city that opens the zone's name; an event's ordinal is no place", "内江星河高新区2025年第四季度项目集中签约仪式举行。第二届中国(绵阳)科技城国际科技博览会开幕。",
			[]string{"LOCATED_IN 内江星河高新区2025年第四季度项目集中签约仪式 -> 内江星河高新区"}},
		{"a park named for its trade and 谷 lies in the city that opens its name; a firm named after it lies in it", "成都芯谷作为电子信息产业的主阵地。成都芯谷产业园发展有限公司成立。",
			[]string{"LOCATED_IN 成都芯谷 -> 成都市", "LOCATED_IN 成都芯谷产业园发展有限公司 -> 成都芯谷"}},
		{"a city after an unknown brand that opens a firm's legal name", "星镜天合成都数字图像科技有限公司、星车青岛四方机车车辆股份有限公司出席。",
			[]string{"LOCATED_IN 星镜天合成都数字图像科技有限公司 -> 成都市", "LOCATED_IN 星车青岛四方机车车辆股份有限公司 -> 青岛市"}},
		{"a firm named by its legal name's words between place and legal form is that firm", "记者体验了成都市星米科技有限公司研发的投影。“要埋头做研发。”星米科技董事长钟某告诉记者。",
			[]string{"WORKS_AT 钟某 -> 成都市星米科技有限公司"}},
		{"a body that is what several others built together (是…共同组建的), and parties counted after their list (共6家单位签订)", "星轻动力科技有限公司是星航成都发动机有限公司、星航四川燃气涡轮研究院和成都星海投资集团有限公司共同组建的企业。星轻动力科技有限公司与星工大学先进动力研究院、四川星创激光科技有限公司共6家单位签订框架合作协议。",
			[]string{"CO_BUILT_BY 星轻动力科技有限公司 -> 星航成都发动机有限公司", "CO_BUILT_BY 星轻动力科技有限公司 -> 星航四川燃气涡轮研究院",
				"CO_BUILT_BY 星轻动力科技有限公司 -> 成都星海投资集团有限公司", "PARTNERS_WITH 星轻动力科技有限公司 -> 星工大学先进动力研究院",
				"PARTNERS_WITH 星轻动力科技有限公司 -> 四川星创激光科技有限公司"}},
		{"an alliance named again as 该联盟, and the builders listed before 等共同发起", "7月21日,国家星钛产业联盟在成都正式成立。据悉,该联盟由攀枝花市政府、承德市政府和星钢集团等共同发起。",
			[]string{"CO_BUILT_BY 国家星钛产业联盟 -> 攀枝花市人民政府", "CO_BUILT_BY 国家星钛产业联盟 -> 星钢集团"}},
		{"builders of a university after 是 and before 共建高校; a centre that is what one body built on (是依托A组建的); what a body undertakes (承担的“X”)", "星河化工大学是四川省人民政府、国家国防科技工业局共建高校。星河微纤工程技术研究中心是依托宣汉星正微纤有限公司组建的省级创新平台。由成都星贝数码科技股份有限公司承担的“四川省星河多媒体应用工程实验室”项目正在实施。",
			[]string{"CO_BUILT_BY 星河化工大学 -> 四川省人民政府", "CO_BUILT_BY 星河化工大学 -> 国家国防科技工业局",
				"CO_BUILT_BY 星河微纤工程技术研究中心 -> 宣汉星正微纤有限公司", "CO_BUILT_BY 四川省星河多媒体应用工程实验室 -> 成都星贝数码科技股份有限公司"}},
		{"bodies that join hands (携手) build a zone; two that invest together build a body", "成都高新区携手星河大学、星海大学加快建设未来科技城。彭州与星河中医药大学共同投资50亿元建设星河中药研究院。",
			[]string{"CO_BUILT_BY 未来科技城 -> 成都高新区", "CO_BUILT_BY 未来科技城 -> 星河大学", "CO_BUILT_BY 未来科技城 -> 星海大学",
				"CO_BUILT_BY 星河中药研究院 -> 彭州市", "CO_BUILT_BY 星河中药研究院 -> 星河中医药大学"}},
		{"what a clause lays out in a place named after 在; bodies listed before their projects settle in a place", "上世纪,国家便在德阳布局了星河重机集团、星海电机有限公司等一批企业。星海交通大数据中心、星河感知芯片研发中心等项目落户锦江区。",
			[]string{"LOCATED_IN 星河重机集团 -> 德阳市", "LOCATED_IN 星海电机有限公司 -> 德阳市", "LOCATED_IN 星海交通大数据中心 -> 锦江区", "LOCATED_IN 星河感知芯片研发中心 -> 锦江区"}},
		{"firms listed before their class settle in a place (等多家企业纷纷进驻); a body founded or unveiled in a place by a signing or an announcement; a park that lies in a place after an adverb", "星河集团、星海钢铁集团等多家世界知名企业纷纷进驻乐山。星海精准医学产业创新中心在成都签约组建。星河新药发现中心在成都高新区宣告揭牌成立。星湖农业产业园,就坐落于邛崃。",
			[]string{"LOCATED_IN 星河集团 -> 乐山市", "LOCATED_IN 星海钢铁集团 -> 乐山市", "LOCATED_IN 星海精准医学产业创新中心 -> 成都市",
				"LOCATED_IN 星河新药发现中心 -> 成都高新区", "LOCATED_IN 星湖农业产业园 -> 邛崃市"}},
		{"a body set up for one field that the page names supports it; a park named after one does not", "星海市重点发展钒钛、氢能等产业。四川省钒钛产业创新联合体获批建设。星海氢能产业园开园,助推氢能发展。",
			[]string{"SUPPORTS_CHAIN 四川省钒钛产业创新联合体 -> 钒钛"}},
		{"firms listed before their count and their industry the genre knows (等10家创新型种业企业)", "目前,孵化中心已入驻星稻科技、成都星意等10家创新型种业企业。",
			[]string{"MEMBER_OF_CHAIN 星稻科技 -> 种业", "MEMBER_OF_CHAIN 成都星意 -> 种业"}},
		{"firms listed before their industry's chain and its core firms (等17户本土氢能产业链核心企业)", "自贡集聚了星昊黑元、星能气体、星油科技等17户本土氢能产业链核心企业。",
			[]string{"MEMBER_OF_CHAIN 星昊黑元 -> 氢能", "MEMBER_OF_CHAIN 星油科技 -> 氢能"}},
		{"a group's firm named after 所属", "截至当前,星河产投集团所属星河科创投集团已累计投资项目。",
			[]string{"PART_OF 星河科创投集团 -> 星河产投集团"}},
		{"the partners a platform signs in", "该活动现场,星河交通大学、四川长虹、成都星投集团有限公司等首批15个生态伙伴签约入驻成都星河计算中心。",
			[]string{"PARTNERS_WITH 星河交通大学 -> 成都星河计算中心", "PARTNERS_WITH 四川长虹 -> 成都星河计算中心", "PARTNERS_WITH 成都星投集团有限公司 -> 成都星河计算中心"}},
		{"parties counted with a bracketed class (五所高校(院所)签订), and a signing about a matter (就6个项目签订)", "当前,雅安已与星河农业大学、星海中医药大学两所高校(院所)签订战略合作协议。副县长易某代表双流县人民政府与四川星投能源有限公司、四川星特电气设备有限公司等企业就6个项目签订投资协议。",
			[]string{"PARTNERS_WITH 雅安市 -> 星河农业大学", "PARTNERS_WITH 雅安市 -> 星海中医药大学", "PARTNERS_WITH 双流县人民政府 -> 四川星投能源有限公司", "PARTNERS_WITH 双流县人民政府 -> 四川星特电气设备有限公司"}},
		{"parties counted and classed at length after their list (等5家高新技术企业签约); an agreement named before its signing (共建X合作框架协议签约)", "在首发仪式上,星河银行遂宁分行与四川星泰化工科技、四川星腾新材料等5家高新技术企业签约。日前,温江区人民政府与星河农业大学共建环星农大知识经济圈合作框架协议签约暨座谈会举行。",
			[]string{"PARTNERS_WITH 星河银行遂宁分行 -> 四川星泰化工科技", "PARTNERS_WITH 星河银行遂宁分行 -> 四川星腾新材料", "PARTNERS_WITH 温江区人民政府 -> 星河农业大学"}},
		{"one who signs for a body works at it; a firm's post named by its remit", "双流县副县长易某代表双流县人民政府与四川星投能源有限公司签订投资协议。星保公司政府事务经理唐某表示满意。",
			[]string{"WORKS_AT 易某 -> 双流县人民政府", "WORKS_AT 唐某 -> 星保公司"}},
		{"a university's own page calls it 我校", "星河大学召开座谈会,星河大学校长出席。此次走访,我校与星海应急安全体验基地签订了合作框架协议。",
			[]string{"PARTNERS_WITH 星河大学 -> 星海应急安全体验基地"}},
		{"a firm named by its legal name without the legal form is that firm", "成都星多科技有限公司发布新品。成都星多科技创始人兼CEO江某表示。",
			[]string{"WORKS_AT 江某 -> 成都星多科技有限公司"}},
		{"a country goes on over the firms listed after it; a firm lies in the park it is in (所在的), named by the brand before its legal name's city", "美国星克韦尔公司、星费诺公司,日本星丽株式会社出席。星镜天合成都数字图像科技有限公司发布新品。在星镜天合所在的星河数字产业园,记者了解到情况。",
			[]string{"LOCATED_IN 星克韦尔公司 -> 美国", "LOCATED_IN 星费诺公司 -> 美国", "LOCATED_IN 星镜天合成都数字图像科技有限公司 -> 星河数字产业园"}},
		{"a body named again by its class alone in a later clause lays out the fields there", "截至去年,星河大学科技园(天府园)已注册企业128家,园区主要布局集成电路、星联网等高技术产业。",
			[]string{"SUPPORTS_CHAIN 星河大学科技园(天府园) -> 集成电路", "SUPPORTS_CHAIN 星河大学科技园(天府园) -> 星联网"}},
		{"a place that a sentence makes the ground an industry is carried on", "温江区作为全市生物医药产业的主要承载地之一,在发展。成都经开区作为成都市汽车产业的重点承载园区,打造集群。",
			[]string{"SUPPORTS_CHAIN 温江区 -> 生物医药", "SUPPORTS_CHAIN 成都经开区 -> 汽车"}},
		{"the fields a place's own leading or strong industries are listed as, before it or after it", "研究方向与宜宾市布局的动力电池、晶硅光伏、数字经济等主导产业高度契合。以新能源、集成电路等优势产业为代表的眉山市成为焦点。",
			[]string{"SUPPORTS_CHAIN 宜宾市 -> 动力电池", "SUPPORTS_CHAIN 宜宾市 -> 数字经济", "SUPPORTS_CHAIN 眉山市 -> 新能源", "SUPPORTS_CHAIN 眉山市 -> 集成电路"}},
		{"a place's focus on industries", "第一层级紧扣新津区产业主攻方向和香料、无人机、新材料等产业链核心领域。",
			[]string{"SUPPORTS_CHAIN 新津区 -> 香料", "SUPPORTS_CHAIN 新津区 -> 无人机", "SUPPORTS_CHAIN 新津区 -> 新材料"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, facts := extract(tt.text)
			var got []string
			for _, f := range facts {
				got = append(got, fmt.Sprintf("%s %s -> %s", f.Type, f.From.Name, f.To.Name))
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %q; mentions %q", w, got, names(ms))
				}
			}
		})
	}
}

// Facts that the patterns must not read into a sentence.
func TestNoRelations(t *testing.T) {
	tests := []struct{ name, text, not string }{
		{"a body a verb of building governs in a list of projects builds none of the others", "据悉,星河知识经济圈确定了共建星河现代农业产业技术研究院、打造星河成果转化区、共建星光生态文明研究中心等合作项目。", "CO_BUILT_BY 星光生态文明研究中心 -> 星河现代农业产业技术研究院"},
		{"a province the gazetteer knows that opens a body's name no one read is not the body built", "四川天府新区成都管委会与广元市人民政府签署战略合作协议。双方将深入贯彻落实省委“一干多支、五区协同”发展战略,合作共建四川区域协作发展总部基地,推动通道、产业、平台、服务共建共享。", "CO_BUILT_BY 四川省 -> 广元市人民政府"},
		{"an official's post named by its level alone after another city's committee is not the page's city's", "宜宾市召开星河大会。宜宾市副市长张星华出席。宜宾市与星河集团签约。省委常委、成都市委书记李星平,市委副书记、市长罗星强出席。", "WORKS_AT 罗星强 -> 中共宜宾市委"},
		{"a university before a hyphen in a facility's name builds it and does not own it", "依托电子科大-星投集团关键器件中试基地开展研究。", "PART_OF 电子科技大学-星投集团关键器件中试基地 -> 电子科技大学"},
		{"a province after a hyphen opens a firm's brand and builds nothing", "星海大学-四川星宜玄武岩海洋应用工程中心揭牌。", "CO_BUILT_BY 星海大学-四川星宜玄武岩海洋应用工程中心 -> 四川省"},
		{"a zone a later clause aims to build is not built by the sentence's first place", "攀枝花市加快发展,建设星海经济示范区。", "CO_BUILT_BY 星海经济示范区 -> 攀枝花市"},
		{"a body a plan supports does not yet build what it is to lead", "支持成都星擎航空动力股份有限公司作为链主企业,牵头组建星海产业创新联合体。", "CO_BUILT_BY 星海产业创新联合体 -> 成都星擎航空动力股份有限公司"},
		{"a part of a sentence after a semicolon has a builder of its own", "其中,成都高新区与星河大学签署校地合作协议;星光科技有限公司与星海大学签约,共建星湖联合实验室。", "CO_BUILT_BY 星湖联合实验室 -> 成都高新区"},
		{"a province before a zone named with its city holds the zone only through the city", "四川成都高新区星河智造中试基地正式投运。", "PART_OF 成都高新区 -> 四川省"},
		{"firms listed as chain leaders in a sentence that names several chains lead none of them", "围绕星河飞机、星海汽车等链主企业,新都区已集聚航空航天、汽车两大产业链。", "LEADS_CHAIN 星河飞机 -> 航空航天"},
		{"该市场 is a market, not the city named last", "彭州市推动产业发展。该市场绿色环保、航天装备等产业实现产值。", "SUPPORTS_CHAIN 彭州市 -> 航天装备"},
		{"a city opens nothing in a place", "成都市在天府新区揭牌。", "LOCATED_IN 成都市 -> 四川天府新区"},
		{"the parties listed after 与 each sign with the one before it, not with each other", "成都东部新区与星河航空公司、四川省云海集团、成都市双流区签署合作协议。", "PARTNERS_WITH 星河航空公司 -> 四川省云海集团"},
		{"pairs that 与 joins in a list sign pair by pair", "星河区管委会与星海区管理委员会、成都高新区与宜宾高新区分别签署合作协议。", "PARTNERS_WITH 星海区管理委员会 -> 成都高新区"},
		{"a meeting is not placed by the place its name holds", "成都市高质量发展专题会议召开。", "LOCATED_IN 成都市高质量发展专题会议 -> 成都市"},
		{"nor is an exchange", "星河科技在上海证券交易所上市。", "LOCATED_IN 上海证券交易所 -> 上海市"},
		{"a programme is not placed by the place its name holds", "成都市产业建圈星海人才计划申报工作正式启动。", "LOCATED_IN 成都市产业建圈星海人才计划 -> 成都市"},
		{"a run of the city's districts is no statement of their being its parts", "成都将在郫都区、新都区、金堂县等区域规划打造星河产业功能区。", "PART_OF 郫都区 -> 成都市"},
		{"nor is one closed by the city's own word for them", "星河新区、武侯区、温江区等区(市)县也纷纷亮出优势。", "PART_OF 武侯区 -> 成都市"},
		{"a session of a congress lies nowhere, as a party committee's meeting", "2023年2月14日在成都市龙泉驿区第十九届人民代表大会第三次会议上作报告。", "LOCATED_IN 成都市龙泉驿区第十九届人民代表大会第三次会议 -> 龙泉驿区"},
		{"a party's congress lies nowhere", "成都市第十三次党代会提出目标。", "LOCATED_IN 成都市第十三次党代会 -> 成都市"},
		{"a meeting of a party committee lies nowhere", "中共成都市委工作会议在成都市召开。", "LOCATED_IN 中共成都市委工作会议 -> 成都市"},
		{"the head of a lab's committee is no head of the lab", "星河重点实验室于2020年获批。首届学术委员会主任为李家洋院士。", "WORKS_AT 李家洋 -> 星河重点实验室"},
		{"an industry named before a place that is not said to be the place's", "生物医药是成都市的一张名片。", "SUPPORTS_CHAIN 成都市 -> 生物医药"},
		{"a place lays out in another, it does not settle there", "新都区布局天府新区。", "LOCATED_IN 新都区 -> 四川天府新区"},
		{"a seat on a lab's committee is no post at the lab", "星河大学医学研究院院长、星光资源开发四川省重点实验室学术委员会主任舒星兵出席。", "WORKS_AT 舒星兵 -> 星光资源开发四川省重点实验室"},
		{"a contract between two other firms is no supply of the sentence's firm", "星河股份有限公司表示,星光公司与比亚迪签订供货合同。", "SUPPLIES 星河股份有限公司 -> 比亚迪"},
		{"a member of an alumni association is no alumnus by that alone", "星河大学党委书记杨星政出席四川星海大学校友会成立大会。", "ALUMNUS_OF 杨星政 -> 四川星海大学"},
		{"a park named after a field is not said to support it", "星海市重点发展氢能、储能等产业。星海氢能产业园开园。", "SUPPORTS_CHAIN 星海氢能产业园 -> 氢能"},
		{"an event's ordinal opens no zone's name", "第二届中国(绵阳)科技城国际科技博览会开幕。", "LOCATED_IN 第二届中国(绵阳)科技城国际科技博览会 -> 第二届中国(绵阳)科技城"},
		{"a university after the words before it names no place", "同意四川大学星河校友会成立。", "LOCATED_IN 同意四川大学星河校友会 -> 四川省"},
		{"one who speaks for a body without signing for it is not said to work there", "成都市新津区副区长熊某代表新津区委、区政府致欢迎词。", "WORKS_AT 熊某 -> 中共成都市新津区委"},
		{"places listed as what a fund serves hold no fields of their own there", "基金将投向成华区、蒲江县智能制造、新材料、生物医药等重点产业发展领域。", "SUPPORTS_CHAIN 蒲江县 -> 新材料"},
		{"a builder that builds a body in a place does not lie there by it", "成都高新区与星河大学在未来科技城组建星海实验室。", "LOCATED_IN 星河大学 -> 未来科技城"},
		{"a place that a plan supports building on others (支持A依托B建设X) is not built by them", "支持攀枝花市依托星海学院建设钒钛新材料中试基地。", "CO_BUILT_BY 攀枝花市 -> 星海学院"},
		{"two places named together with no word that the building is joint build nothing", "成都高新区与双流区加快建设星河科技城。", "CO_BUILT_BY 星河科技城 -> 双流区"},
		{"what a body is, after 是 without a verb that qualifies it, names no builder", "星海研究院是星河大学和星光集团共同打造成果转化平台的关键一环。", "CO_BUILT_BY 星海研究院 -> 星光集团"},
		{"a 院长 on a college's page that names another 院 is not the college's", "星河职业技术学院与星海研究院签约。院长李某某出席。", "WORKS_AT 李某某 -> 星河职业技术学院"},
		{"a place beside a state's zone without words that make it the zone's holds none", "成都借鉴国家星能创新发展试验区的经验。", "LOCATED_IN 国家星能创新发展试验区 -> 成都市"},
		{"an officer after a comma whose titles are no firm's holds them elsewhere", "星河控股有限责任公司党委书记、董事长徐某某,副校长郭某某出席。", "WORKS_AT 郭某某 -> 星河控股有限责任公司"},
		{"a post at a body the sentence leaves unnamed, whose words name places, is no post at the body before the list", "成都星河新区党工委书记刘某某、意大利驻重庆总领事馆总领事毕某某出席活动。", "WORKS_AT 毕某某 -> 成都星河新区党工委"},
		{"two parties after 与 are someone else's partners, not each other's", "梁某某希望与星投集团和星投水务有限公司加强合作。", "PARTNERS_WITH 星投集团 -> 星投水务有限公司"},
		{"officers listed after another body are not the subject's", "星河科技有限公司前往星光集团调研,董事长王某某接待。", "WORKS_AT 王某某 -> 星河科技有限公司"},
		{"an office stationed elsewhere does not lie in the place of the body that sent it", "成都市人民政府驻深圳办事处负责人出席。", "LOCATED_IN 成都市人民政府驻深圳办事处 -> 成都市"},
		{"a run of officers ends at another body's title", "星河大学校长王某某,副校长李某某,副省长赵某某出席。", "WORKS_AT 赵某某 -> 星河大学"},
		{"a post after a clause's last word is no post at the body in the clause", "成立大会在星河大学举行,总经理罗某某出席大会。", "WORKS_AT 罗某某 -> 星河大学"},
		{"a head of a government listed after a university's head shares no post", "星河大学校长王某某、副省长赵某某出席。", "WORKS_AT 赵某某 -> 星河大学"},
		{"a head of a government listed after a committee's officer holds no post at the committee", "成都市委副书记朱某某、副市长牛某某出席。成都市人民政府发布通知。", "WORKS_AT 牛某某 -> 中共成都市委"},
		{"a firm's centre is the firm's, not in the place the firm's name opens with", "四川星河锌业有限公司技术中心获认定。", "LOCATED_IN 四川星河锌业有限公司技术中心 -> 四川省"},
		{"a comma right after a body ends the posts before a name", "星海大学,教授张某某发言。", "WORKS_AT 张某某 -> 星海大学"},
		{"a fund named again by its kind states no focus of the fund the page named (the real pages' annotators gave none of 20)", "近日,星河区天使投资子基金申报已启动。第二批子基金将重点关注车载智能、功率半导体等新兴赛道的科技型早期企业。", "SUPPORTS_CHAIN 星河区天使投资子基金 -> 车载智能"},
		{"an event named by its province is not placed there by its name", "四川省星河科技成果对接会召开。", "LOCATED_IN 四川省星河科技成果对接会 -> 四川省"},
		{"firms a place gathers are no members of an industry named in an attribute before", "星海医学城是星海市确定的发展生物医学产业的核心区域,目前已聚集了星伦药业、星裕科技、星思科生物等53家医药企业。", "MEMBER_OF_CHAIN 星伦药业 -> 生物医学"},
		{"an academician after a name is no post at an academy", "中国工程院魏某某院士出席。", "WORKS_AT 魏某某 -> 中国工程院"},
		{"a university's scholar holds no post there", "星河大学学者张星明出席。", "WORKS_AT 张星明 -> 星河大学"},
		{"a university's scholar is no alumnus", "星河大学学者张星明出席。", "ALUMNUS_OF 张星明 -> 星河大学"},
		{"a firm's representative holds no post there", "星河公司代表龙星兵发言。", "WORKS_AT 龙星兵 -> 星河公司"},
		{"districts listed after a zone named with its city are not read as the city's", "星河大学已先后与成都高新区、双流区、武侯区等签署校地合作协议。", "PART_OF 双流区 -> 成都市"},
		{"the place a party signs in is no party", "四川天府新区在深圳市与星河人才集团正式签订合作协议。", "PARTNERS_WITH 深圳市 -> 星河人才集团"},
		{"a zone's class alone stays unresolved when the page names two of it", "星河科学城和成都星海科学城签约。科学城已引进星瑞生物等企业。", "LOCATED_IN 星瑞生物 -> 星河科学城"},
		{"a place in a later gathering clause is another subject", "星海医学城是核心区域,成都市聚集了星河药业等医药企业。", "LOCATED_IN 星河药业 -> 星海医学城"},
		{"a province after the owner ranks a designated unit", "中国民用航空飞行学院四川省星河工程技术研究中心获批。", "LOCATED_IN 中国民用航空飞行学院四川省星河工程技术研究中心 -> 四川省"},
		{"a country's body named after it and 的 is left to the country rule", "美国的星河科技有限公司来访。", "LOCATED_IN 星河科技有限公司 -> 美国"},
		{"a place inside a circle of travel time is no place of the page's", "资阳位于成都半小时经济圈。", "LOCATED_IN 资阳市 -> 成都市"},
		{"an industry named by its firms says what the firms are", "双流区拥有规上电子信息企业120余家。双流区重点发展电子信息。", "SUPPORTS_CHAIN 双流区 -> 电子信息"},
		{"a model firm is not placed where the sentence opens", "在成都高新区,两区围绕京东方等链主企业招引星河科技有限公司等企业。", "LOCATED_IN 京东方 -> 成都高新区"},
		{"the genre's city names its industries in passing", "成都生物医药产业规模突破千亿元。", "SUPPORTS_CHAIN 成都市 -> 生物医药"},
		{"a campus lies in a place, not its university", "开工仪式在位于成都市金牛区的某某科技大学九里堤校区举行。", "LOCATED_IN 某某科技大学 -> 金牛区"},
		{"a relative agency name states no place", "锦江区召开会议。会上区经信局发布名单。", "LOCATED_IN 锦江区经济和信息化局 -> 锦江区"},
		{"a clause with a subject of its own breaks the parties' run", "星海区管委会与星海大学签署战略合作协议,某某集团将大力实施计划,共建星海国家自主创新示范区。",
			"CO_BUILT_BY 星海国家自主创新示范区 -> 星海大学"},
		{"a person with a body of their own shares no other's", "区人大常委会主任王德运、区政协主席周万生出席。", "WORKS_AT 周万生 -> 区人大常委会"},
		{"a designation that opens a name is no verb", "加快建设星海国家重点实验室、省部共建星湖资源国家重点实验室等国家级平台。", "CO_BUILT_BY 星湖资源国家重点实验室 -> 星海国家重点实验室"},
		{"a college's hospital is no item of a built list", "星海医学院将与温江区一道,共建星海诊疗平台、星海医学院附属医院。", "CO_BUILT_BY 星海医学院 -> 温江区"},
		{"a university's park is no place in the province its name opens with", "双方表示,将以四川大学科技园重新认证升级为国家级大学科技园为契机,加强合作。", "LOCATED_IN 四川大学科技园 -> 四川省"},
		{"a metropolitan area holds the city it is named after", "成都都市圈加快发展。", "PART_OF 成都都市圈 -> 成都市"},
		{"a bay area named by a city in it is no part of the city", "双方在深圳大湾区挂牌建立协同中心。", "PART_OF 粤港澳大湾区 -> 深圳市"},
		{"a place in brackets inside a longer name locates no university", "双方在电子科技大学(深圳)高等研究院挂牌。", "LOCATED_IN 电子科技大学(深圳) -> 深圳市"},
		{"a head's post before the page names a university is no post at it", "校长王星明强调合作。星海大学与星湖区共建创新港。", "WORKS_AT 王星明 -> 星海大学"},
		{"a unit is no part of the owner of the institute its name holds", "大连理工大学星海研究院中试中心主任修某介绍。", "PART_OF 大连理工大学星海研究院中试中心 -> 大连理工大学"},
		{"a student is no staff", "其创始人、星海大学在读博士马星琛,将公司推向新三板。", "WORKS_AT 马星琛 -> 星海大学"},
		{"alumni listed beside two universities are nobody's for sure", "由吕某强、潘军等校友联合星海大学与某某大学共同发起。", "ALUMNUS_OF 吕某强 -> 某某大学"},
		{"an academician is no post", "中国科学院院士、电子科技大学教授黄文涛作报告。", "WORKS_AT 黄文涛 -> 中国科学院"},
		{"a builder under a heading is no part", "·天府实验室空间布局:支持成都高新区与中科院光电所组建光电实验室。",
			"PART_OF 中国科学院光电技术研究所 -> 天府实验室"},
		{"a bracket inside a longer name", "建设全国一体化大数据中心成渝枢纽节点(成都)项目。",
			"LOCATED_IN 全国一体化大数据中心成渝枢纽节点 -> 成都市"},
		{"the city's byname names no place", "举办蓉城机器人开放日。", "LOCATED_IN 蓉城机器人开放日 -> 成都市"},
		{"the place a body lies in is not what the builders after a comma build", "星海智算中心位于星海电子信息产业园,由成都高新区与星海科技有限公司共同建设运营。", "CO_BUILT_BY 星海电子信息产业园 -> 成都高新区"},
		{"a zone's part known by its full name lends no stem", "成都高新西区和成都高新西岭科技园签约。", "LOCATED_IN 成都高新西岭科技园 -> 成都高新西区"},
		{"an event named by its city, a dot and a district lies in the district", "今日,成都·新都星海产业投资环境推介会顺利举行。", "LOCATED_IN 成都·新都星海产业投资环境推介会 -> 成都市"},
		{"another place before the gathering clause is its subject", "温江区举办推介会,成都高新区发布政策,聚集了星河发动机等企业。", "LOCATED_IN 星河发动机 -> 温江区"},
		{"a party meeting's place is its committee's", "成都市委十四届八次全会召开。", "LOCATED_IN 中共成都市委十四届八次全会 -> 成都市"},
		{"a district known by its full name only lends no stem to a firm's name", "眉山市东坡区召开会议。眉山东坡医疗健康投资有限公司参加。", "LOCATED_IN 眉山东坡医疗健康投资有限公司 -> 东坡区"},
		{"a chain is supported, not served", "菁蓉网络安全实验室重点服务网络安全产业链。", "SERVES 菁蓉网络安全实验室 -> 网络安全"},
		{"a place employs nobody", "成都市副市长刘某出席。", "WORKS_AT 刘某 -> 成都市"},
		{"a zone's agency is in the zone, not also in the city", "成都高新区管委会与电子科大签署合作协议。", "LOCATED_IN 成都高新区管委会 -> 成都市"},
		{"a subsidiary named by its relation is no firm", "这家子公司位于新津区。", "LOCATED_IN 家子公司 -> 新津区"},
		{"an agreement's title builds nothing", "西南交通大学与郫都区人民政府签署《共建犀浦科创城框架协议》。",
			"CO_BUILT_BY 犀浦科创城 -> 西南交通大学"},
		{"a place before the body is no builder", "位于成都东部新区的四川大学材料中试基地由学校与成都东部新区管委会共同建设。",
			"CO_BUILT_BY 四川大学材料中试基地 -> 成都东部新区"},
		{"two parties after 与 cooperate with someone else, not with each other", "学院将与四川大学和西南交通大学加强合作。", "PARTNERS_WITH 四川大学 -> 西南交通大学"},
		{"words before a place and 公司 that the page names nowhere else are the firm's own name", "星河科技成都公司与云海集团签署合作协议。", "PART_OF 星河科技成都公司 -> 星河科技"},
		{"a county the lexicon gives to another city is not the listed city's", "资阳临空经济区、简阳市、眉山天府新区等相关区(市)县齐聚一堂。", "PART_OF 简阳市 -> 资阳市"},
		{"a chain led in a district keeps no part of the district's name", "星海重工作为青白江区先进能源产业的链主企业。", "LEADS_CHAIN 星海重工 -> 区先进能源"},
		{"parties after 与 and closed by 等 sign with the one before, not with each other", "在签约仪式上,省政府与星河集团公司、星海集团公司等签署战略合作协议。", "PARTNERS_WITH 星河集团公司 -> 星海集团公司"},
		{"another body's place in a later clause", "记者从天府永兴实验室获悉,布局已基本成型,位于成都科学城的核心基地已投入使用。",
			"LOCATED_IN 天府永兴实验室 -> 成都科学城"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, facts := extract(tt.text)
			for _, f := range facts {
				if got := fmt.Sprintf("%s %s -> %s", f.Type, f.From.Name, f.To.Name); got == tt.not {
					t.Errorf("found %q", got)
				}
			}
		})
	}
}

// Every fact keeps its rule, a confidence and a sentence of the text.
func TestFactsCarryRuleAndSentence(t *testing.T) {
	text := "推动成都高新区与电子科技大学在未来科技城组建电磁空间与泛在互联实验室。"
	ms, facts := extract(text)
	if len(facts) == 0 {
		t.Fatal("no facts")
	}
	for _, m := range ms {
		if m.Rule == "" || m.Conf <= 0 || m.Conf > 1 {
			t.Errorf("mention %s: rule %q confidence %v", m.Name, m.Rule, m.Conf)
		}
		if string([]rune(text)[m.Start:m.End]) != m.Surface {
			t.Errorf("mention %s: span [%d,%d) is not %q", m.Name, m.Start, m.End, m.Surface)
		}
	}
	for _, f := range facts {
		if f.Rule == "" || f.Conf <= 0 || f.Type == "" || !f.Type.Valid() {
			t.Errorf("fact %+v", f)
		}
	}
}

// TestNewsArticle runs the whole extraction on a news page written for the
// tests in the genre's style (a page with a breadcrumb, a byline and a
// related-news list), which the rules were not tuned on.
func TestNewsArticle(t *testing.T) {
	raw, err := os.ReadFile("testdata/news_robot.txt")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "news_robot.txt", Data: raw})
	if err != nil {
		t.Fatal(err)
	}
	if ex.Document.Title != "成都首个人形机器人中试平台投用已服务30余家企业" || ex.Document.Published != "2026-06-18" || ex.Document.Publisher != "成都日报" {
		t.Errorf("document %q %q %q", ex.Document.Title, ex.Document.Published, ex.Document.Publisher)
	}
	for _, junk := range []string{"分享到", "相关阅读", "低空经济新政", "王小丽"} {
		if strings.Contains(ex.Document.Text, junk) {
			t.Errorf("page furniture %q kept in the text", junk)
		}
	}
	names := map[string]string{}
	var ents []string
	for _, e := range ex.Batch.Entities {
		names[store.EntityID(e.Name)] = e.Name
		ents = append(ents, string(e.Kind)+" "+e.Name)
	}
	var rels []string
	for _, r := range ex.Batch.Relations {
		rels = append(rels, fmt.Sprintf("%s %s -> %s", r.Type, names[r.From], names[r.To]))
	}
	for _, w := range []string{"PILOT_PLATFORM 四川人形机器人中试平台", "GOVERNMENT_AGENCY 成都高新区管理委员会", "UNIVERSITY 电子科技大学",
		"ENTERPRISE 四川长虹电子控股集团有限公司", "ENTERPRISE 成都卡诺普机器人技术股份有限公司", "ENTERPRISE 成都灵犀智造科技有限公司",
		"TALENT 李明远", "TALENT 叶某", "UNIVERSITY 西南交通大学", "INDUSTRY_CHAIN 人形机器人", "RESEARCH_INSTITUTE 轨道交通智能装备研究院"} {
		if !slices.Contains(ents, w) {
			t.Errorf("missing entity %s", w)
		}
	}
	for _, w := range []string{
		"LOCATED_IN 四川人形机器人中试平台 -> 成都高新区",
		"CO_BUILT_BY 四川人形机器人中试平台 -> 电子科技大学",
		"CO_BUILT_BY 四川人形机器人中试平台 -> 四川长虹电子控股集团有限公司",
		"SERVES 四川人形机器人中试平台 -> 成都星河动力科技有限公司",
		"WORKS_AT 李明远 -> 电子科技大学机械与电气工程学院",
		"WORKS_AT 叶某 -> 成都卡诺普机器人技术股份有限公司",
		"LEADS_CHAIN 成都卡诺普机器人技术股份有限公司 -> 机器人",
		"PARTNERS_WITH 成都高新区 -> 西南交通大学",
		"LOCATED_IN 轨道交通智能装备研究院 -> 未来科技城",
	} {
		if !slices.Contains(rels, w) {
			t.Errorf("missing relation %s", w)
		}
	}
}

// An agency named by its short form, relative or with its place, is one body
// under its official name; the place's short form stays findable as an alias.
func TestAgencyOfficialNames(t *testing.T) {
	text := "锦江区召开会议,区经信局参加。会后锦江区经信局发布了名单。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "agency.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	var found *store.EntityInput
	for i, e := range ex.Batch.Entities {
		if e.Kind == store.KindGovernmentAgency {
			if found != nil {
				t.Fatalf("two agencies: %s and %s", found.Name, e.Name)
			}
			found = &ex.Batch.Entities[i]
		}
	}
	if found == nil || found.Name != "锦江区经济和信息化局" {
		t.Fatalf("agency %+v, want 锦江区经济和信息化局", found)
	}
	if !slices.Contains(found.Aliases, "锦江区经信局") || slices.Contains(found.Aliases, "区经信局") {
		t.Errorf("aliases %v: want 锦江区经信局 and not the relative 区经信局", found.Aliases)
	}
	// Official lists name a district's agency with its city.
	if !slices.Contains(found.Aliases, "成都市锦江区经济和信息化局") {
		t.Errorf("aliases %v: want the name with the city, 成都市锦江区经济和信息化局", found.Aliases)
	}
	located := false
	for _, r := range ex.Batch.Relations {
		located = located || r.Type == store.RelLocatedIn && r.From == store.EntityID(found.Name) && r.To == store.EntityID("锦江区")
	}
	if !located {
		t.Error("the agency is not located in 锦江区")
	}
}

// A zone named 经济技术开发区 and later 经济开发区 is one body, and the
// planned area after the shorter name makes it no plan.
func TestZoneForms(t *testing.T) {
	text := "成都星河港经济技术开发区获批。成都星河港经济开发区规划面积为12.24平方公里,涉及青白江区、金堂县。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "zone.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	var zones []store.EntityInput
	for _, e := range ex.Batch.Entities {
		if strings.HasPrefix(e.Name, "成都星河港") {
			zones = append(zones, e)
		}
	}
	if len(zones) != 1 || zones[0].Name != "成都星河港经济技术开发区" || !slices.Contains(zones[0].Aliases, "成都星河港经济开发区") {
		t.Fatalf("zones %+v, want 成都星河港经济技术开发区 alone, 成都星河港经济开发区 its alias", zones)
	}
	located := false
	for _, r := range ex.Batch.Relations {
		located = located || r.Type == store.RelLocatedIn && r.From == store.EntityID(zones[0].Name) && r.To == store.EntityID("金堂县")
	}
	if !located {
		t.Error("the zone is not located in 金堂县")
	}
}

// A firm named by its legal name and later by its brand is one body, the
// brand an alias, the sentence with the brand its evidence.
func TestFirmBrandForm(t *testing.T) {
	text := "成都蓉诺普机器人技术股份有限公司是专精特新企业。作为链主企业,蓉诺普正带动产业成链。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "brand.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex.Batch.Entities {
		if e.Kind != store.KindEnterprise {
			continue
		}
		if e.Name != "成都蓉诺普机器人技术股份有限公司" || !slices.Contains(e.Aliases, "蓉诺普") || len(e.Evidence) != 2 {
			t.Errorf("firm %s aliases %v, %d evidence; want the legal name, 蓉诺普 and both sentences", e.Name, e.Aliases, len(e.Evidence))
		}
		return
	}
	t.Fatal("no firm")
}

// A firm named by the first words of a legal name on the page, with or
// without its place, is that firm, as is a firm the lexicon knows whose
// name the legal one is with its legal form; a bare brand of two
// characters is not.
func TestLegalNamePrefixes(t *testing.T) {
	text := "肖某先后前往星威太阳能(眉山)有限公司、四川星华时代锂能有限公司调研。园区形成以星威太阳能、星盛光伏等为代表的光伏产业链,以星华时代等为代表的锂电产业链,以星威、星明等为代表的光伏企业。泸州老窖股份有限公司发布年报,泸州老窖营收增长。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "prefixes.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"星威太阳能(眉山)有限公司": "星威太阳能", "四川星华时代锂能有限公司": "星华时代", "泸州老窖股份有限公司": "泸州老窖"}
	names := map[string]bool{}
	for _, e := range ex.Batch.Entities {
		names[e.Name] = true
		if a, ok := want[e.Name]; ok && !slices.Contains(e.Aliases, a) {
			t.Errorf("%s aliases %v; want %s", e.Name, e.Aliases, a)
		}
	}
	for n := range want {
		if !names[n] {
			t.Errorf("no firm %s", n)
		}
	}
	for _, n := range []string{"星威太阳能", "星华时代", "泸州老窖"} {
		if names[n] {
			t.Errorf("%s is an entity of its own", n)
		}
	}
	if !names["星威"] {
		t.Errorf("星威 was taken for the firm; want it left alone")
	}
}

// A trade after a place ("上海生物") shortens a legal name on the page
// only where the model or the lexicon read it as a name of its own.
func TestLegalPrefixOfATrade(t *testing.T) {
	for _, tc := range []struct {
		legal, rule, want string
	}{
		{"上海生物集团股份有限公司", "tagger", "上海生物集团股份有限公司"},
		{"上海生物股份有限公司", "lexicon", "上海生物股份有限公司"},
		{"上海生物集团股份有限公司", "enum-firm", "上海生物"},
	} {
		ms := []Mention{{Name: tc.legal, Kind: store.KindEnterprise, Rule: "suffix(股份有限公司)"}, {Name: "上海生物", Kind: store.KindEnterprise, Rule: tc.rule}}
		(&recognizer{gaz: NewGazetteer()}).legalPrefixes(ms)
		if ms[1].Name != tc.want {
			t.Errorf("上海生物 read by %s is %s; want %s", tc.rule, ms[1].Name, tc.want)
		}
	}
}

// A repeated name takes the place of the lexicon's brands inside it, and
// of the place it opens with ("四川路桥副总经理…"), but not of a place
// within it or of a body of another kind.
func TestBrandsInsideARepeat(t *testing.T) {
	for _, tc := range []struct {
		name string
		ms   []Mention
		want bool
	}{
		{"a brand of the same kind", []Mention{{Span: Span{2, 4}, Kind: store.KindEnterprise, Rule: "lexicon"}}, true},
		{"the place it opens with", []Mention{{Span: Span{0, 2}, Kind: store.KindRegion, Rule: "lexicon"}}, true},
		{"a place within it", []Mention{{Span: Span{2, 4}, Kind: store.KindRegion, Rule: "lexicon"}}, false},
		{"a name a rule read", []Mention{{Span: Span{0, 2}, Kind: store.KindRegion, Rule: "suffix(市)"}}, false},
	} {
		if got := brandsInside(tc.ms, 0, 6, store.KindEnterprise); got != tc.want {
			t.Errorf("%s: %v; want %v", tc.name, got, tc.want)
		}
	}
}

// The page's own body ("我校", "我院") opens no name: not one read inside
// an event's name, nor one the tagger reads.
func TestSelfBodyOpensNoName(t *testing.T) {
	text := []rune("我校与内江市第二人民医院校院科技合作签约仪式举行。")
	r := &recognizer{text: text, sents: Sentences(text), gaz: NewGazetteer()}
	event := Mention{Span: Span{0, 22}, Surface: string(text[:22]), Name: string(text[:22]), Kind: store.KindEvent, Rule: "event-clause", Conf: 0.7}
	for _, m := range r.nested([]Mention{event})[1:] {
		if strings.HasPrefix(m.Name, "我校") {
			t.Errorf("read %s %s inside the event", m.Kind, m.Name)
		}
	}
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "self.txt", Data: []byte("我校研究生院副院长汪某出席颁奖仪式。")})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex.Batch.Entities {
		if strings.HasPrefix(e.Name, "我校") {
			t.Errorf("entity %s %s", e.Kind, e.Name)
		}
	}
}

// A short name whose characters a longer name of its kind holds in order
// is that body; a member of a family, or a branch named by its place, is
// not the family's or the whole's long name.
func TestAbbreviations(t *testing.T) {
	text := "四川省星硅产业技术创新联盟与星海大学签约。四川省星硅产业创新联盟秘书长刘某出席。天星永兴实验室是天星实验室之一。德国星洲中小企业中国合作中心与德国星洲中小企业中国(四川)合作中心签约。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "abbrev.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string][]string{}
	for _, e := range ex.Batch.Entities {
		names[e.Name] = e.Aliases
	}
	if !slices.Contains(names["四川省星硅产业技术创新联盟"], "四川省星硅产业创新联盟") {
		t.Errorf("四川省星硅产业技术创新联盟 aliases %v; want 四川省星硅产业创新联盟", names["四川省星硅产业技术创新联盟"])
	}
	for _, n := range []string{"天星实验室", "天星永兴实验室", "德国星洲中小企业中国合作中心", "德国星洲中小企业中国(四川)合作中心"} {
		if _, ok := names[n]; !ok {
			t.Errorf("no entity %s in %v", n, names)
		}
	}
	// A short form without a suffix of its own, as the model reads it.
	ms := []Mention{{Name: "星南物理研究院", Kind: store.KindResearchInstitute, Rule: "suffix(研究院)"}, {Name: "星物院", Kind: store.KindResearchInstitute, Rule: "tagger"}}
	(&recognizer{gaz: NewGazetteer()}).abbreviations(ms)
	if ms[1].Name != "星南物理研究院" {
		t.Errorf("星物院 read as %s; want 星南物理研究院", ms[1].Name)
	}
}

// The model's names go by the long names the rules read as theirs do: a
// short form only the model read is renamed after the tagger has run.
func TestSameBodiesAfterTheTagger(t *testing.T) {
	text := []rune("宜宾市与四川星代新能源科技有限公司签约。四川星代总经理刘某出席。")
	sents := Sentences(text)
	ms := Recognize(text, sents, NewGazetteer())
	at := strings.LastIndex(string(text), "四川星代")
	start := len([]rune(string(text)[:at]))
	ms = append(ms, Mention{Span: Span{Start: start, End: start + 4}, Sentence: 1, Surface: "四川星代", Name: "四川星代", Kind: store.KindEnterprise, Rule: "tagger", Conf: 0.95})
	sameBodies(ms, text, sents, NewGazetteer(), nil)
	m := ms[len(ms)-1]
	if m.Name != "四川星代新能源科技有限公司" || !slices.Contains(m.Aliases, "四川星代") {
		t.Errorf("the model's mention is %s %v; want the legal name, with 四川星代 an alias", m.Name, m.Aliases)
	}
}

// A unit named after its owner, a known firm, goes by its own words whole.
func TestOwnedFirmShortForm(t *testing.T) {
	text := "与会的东方电气星河汽轮机有限公司参加。院士调研了星河汽轮机。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "owned.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex.Batch.Entities {
		if e.Name == "东方电气星河汽轮机有限公司" {
			if !slices.Contains(e.Aliases, "星河汽轮机") || len(e.Evidence) != 2 {
				t.Errorf("firm aliases %v, %d evidence; want 星河汽轮机 and both sentences", e.Aliases, len(e.Evidence))
			}
			return
		}
	}
	t.Fatalf("no firm named 东方电气星河汽轮机有限公司 in %v", ex.Batch.Entities)
}

// A name the tagger reads up to a bracket it opens ends after the bracket;
// none runs over a clause's end.
func TestTaggedNameClosesItsBracket(t *testing.T) {
	text := "标题\n作为天府锦城实验室的组成部分,天府锦城实验室(前沿医学中心)由成都高新区与四川大学等机构联合共建。" +
		"成都地铁1号线、7号线、10号线三线联动开行“蓉漂 · 人才”主题专列;高新区菁蓉广场启动“蓉漂 · 高峰荟”,300位英才如期汇聚。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "bracket.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ex.Mentions {
		if strings.Count(m.Name, "(") != strings.Count(m.Name, ")") || strings.Count(m.Name, "“") != strings.Count(m.Name, "”") {
			t.Errorf("%s %q has an unclosed bracket", m.Kind, m.Name)
		}
		if strings.Contains(m.Name, ";") {
			t.Errorf("%s %q runs over a clause's end", m.Kind, m.Name)
		}
	}
}

// An agency the tagger reads by its level alone is the page's province's
// (the genre's when the page names none), by its official name.
func TestTaggedAgencyNamedByLevel(t *testing.T) {
	text := "标题\n省卫计委副主任张某、省卫生计生委主任苏某出席。成都市举行会议。市场监管局副局长王某出席。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "level.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ex.Mentions {
		if m.Kind == store.KindGovernmentAgency {
			got = append(got, m.Name)
			if strings.HasPrefix(m.Name, "省") {
				t.Errorf("agency %q named by its level alone", m.Name)
			}
		}
	}
	if slices.ContainsFunc(got, func(n string) bool { return strings.Contains(n, "市场监") && !strings.HasPrefix(n, "市场") }) {
		t.Errorf("agencies %q: 市场 read as a level", got)
	}
	if !slices.Contains(got, "四川省卫生和计划生育委员会") {
		t.Errorf("agencies %q; want 四川省卫生和计划生育委员会", got)
	}
}

// A unit the tagger reads whole, named after a known body the lexicon
// reads inside it, is the body's.
func TestUnitOfALexiconBody(t *testing.T) {
	text := "中国建设银行四川分行与星河科技有限公司签署协议。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "unit.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range ex.Facts {
		if f.Type == store.RelPartOf && f.From.Name == "中国建设银行四川分行" && f.To.Name == "中国建设银行" {
			return
		}
	}
	t.Fatalf("no PART_OF 中国建设银行四川分行 -> 中国建设银行 in %d facts", len(ex.Facts))
}

// A unit named after a known body that opens with a place: the place is
// the body's, not the unit's (the unit is the body's part); a body named
// after a university names no place.
func TestOwnerOfAUnitLiesInItsPlace(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add(&store.Entity{Name: "星海市", Kind: store.KindRegion})
	gaz.Add(&store.Entity{Name: "星海市农业科学院", Kind: store.KindResearchInstitute})
	gaz.Add(&store.Entity{Name: "成都大学星河医院", Kind: store.KindResearchInstitute})
	text := []rune("星海市农业科学院茶叶研究所所长李某出席。成都大学星河医院临床中心主任王某出席。")
	sents := Sentences(text)
	ms := Recognize(text, sents, gaz)
	var got []string
	for _, f := range Relations(text, sents, ms) {
		got = append(got, fmt.Sprintf("%s %s -> %s", f.Type, f.From.Name, f.To.Name))
	}
	if !slices.Contains(got, "LOCATED_IN 星海市农业科学院 -> 星海市") {
		t.Errorf("the owner is not placed; got %q", got)
	}
	for _, g := range got {
		if g == "LOCATED_IN 星海市农业科学院茶叶研究所 -> 星海市" || strings.HasPrefix(g, "LOCATED_IN 成都大学星河医院") {
			t.Errorf("unexpected %q", g)
		}
	}
}

// A zone named in full and by the short form of its class, with or
// without its places, is one body.
func TestZoneShortForms(t *testing.T) {
	text := "四川成都星河高新技术产业园区获评百强。走进位于星河高新区的星湖科技有限公司。星海经济技术开发区与星海经开区同时举行活动。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "zone.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	var zones []string
	for _, e := range ex.Batch.Entities {
		if e.Kind == store.KindRegion && (strings.Contains(e.Name, "星河") || strings.Contains(e.Name, "星海")) {
			zones = append(zones, e.Name+" "+strings.Join(e.Aliases, ","))
		}
	}
	if len(zones) != 2 {
		t.Errorf("zones %q; want the 星河 zone and the 星海 zone, each once", zones)
	}
	// 国家 opens the class's name, not a place: two national zones named
	// in full are not one 国家高新区.
	ex, err = (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "zones.txt", Data: []byte("乐山国家高新技术产业开发区与绵阳国家高新技术产业开发区签约。")})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ex.Batch.Entities {
		if strings.HasSuffix(e.Name, "高新技术产业开发区") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d national zones; want 乐山's and 绵阳's apart", n)
	}
}

// Each class of zones goes by its short form, with or without 国家 and a
// city's level.
func TestZoneShortFormsOfEachClass(t *testing.T) {
	for _, tc := range []struct{ full, short string }{
		{"星山经济开发区", "星山经开区"},
		{"星山国家高新技术产业开发区", "星山高新区"},
		{"资阳市高新技术产业园区", "资阳高新区"},
	} {
		text := tc.full + "获批。" + tc.short + "举行签约活动。"
		ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "zone.txt", Data: []byte(text)})
		if err != nil {
			t.Fatal(err)
		}
		var zones []string
		for _, e := range ex.Batch.Entities {
			if e.Kind == store.KindRegion && (strings.Contains(e.Name, "高新") || strings.Contains(e.Name, "经")) {
				zones = append(zones, e.Name+" "+strings.Join(e.Aliases, ","))
			}
		}
		if len(zones) != 1 || !strings.Contains(zones[0], tc.short) {
			t.Errorf("%s: zones %q; want one, called %s too", text, zones, tc.short)
		}
	}
}

// TestExtractionIsDeterministic extracts the same texts several times and
// requires the same mentions and facts each time: a walk over a map that
// picks the first match would make a page's answer change from one import
// to the next.
func TestExtractionIsDeterministic(t *testing.T) {
	files, _ := filepath.Glob("testdata/dev/*.txt")
	corpus, _ := filepath.Glob("../../shared/corpus/*.txt")
	files = append(files, corpus...)
	if len(files) == 0 {
		t.Fatal("no texts")
	}
	texts := map[string]string{
		// Two place stems start 成都高新区 (成都, 成都高新); which one a
		// walk meets first must not decide whether 计划 ends a name.
		"stems": "成都高新区计划五年设立天使母基金,成都高新区计划招引项目。",
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(f)] = string(data)
	}
	for name, data := range texts {
		text := Clean(data, FormatText, "").Text
		render := func() string {
			ms, facts := extract(text)
			var b strings.Builder
			for _, m := range ms {
				fmt.Fprintf(&b, "%d %d %s %s %s\n", m.Start, m.End, m.Kind, m.Name, m.Rule)
			}
			for _, fa := range facts {
				fmt.Fprintf(&b, "%s %s %s %s\n", fa.Type, fa.From.Name, fa.To.Name, fa.Rule)
			}
			return b.String()
		}
		// Short texts are extracted more often: map order changes with
		// every walk, so repeats are what find a walk that depends on it.
		runs := 1
		if len(text) < 200 {
			runs = 16
		}
		want := render()
		for range runs {
			if got := render(); got != want {
				t.Errorf("%s: extracting again gives another answer", name)
				break
			}
		}
	}
}

// An event's name as the page writes it, quotes and all, is kept beside
// the plain name.
func TestQuotedEventForms(t *testing.T) {
	ms, _ := extract("活动期间举办了“星熊猫”全球创新创业大赛。")
	for _, m := range ms {
		if m.Kind == store.KindEvent && m.Name == "星熊猫全球创新创业大赛" {
			if !slices.Contains(m.Aliases, "“星熊猫”全球创新创业大赛") {
				t.Errorf("aliases %q: want the quoted form", m.Aliases)
			}
			return
		}
	}
	t.Fatalf("no event 星熊猫全球创新创业大赛 in %q", names(ms))
}

// A page in traditional characters is read like the rest of the genre:
// names in simplified form with the page's form an alias, evidence quoting
// the page as written.
func TestTraditionalPage(t *testing.T) {
	text := "成都市科學技術局與四川大學簽署協議,共建星海實驗室。"
	ex, err := (&Importer{Store: memory.New()}).Extract(context.Background(), Input{Name: "big5.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]store.EntityInput{}
	for _, e := range ex.Batch.Entities {
		byName[e.Name] = e
	}
	lab, ok := byName["星海实验室"]
	if !ok {
		t.Fatalf("no 星海实验室 in %v", slices.Collect(maps.Keys(byName)))
	}
	if !slices.Contains(lab.Aliases, "星海實驗室") {
		t.Errorf("aliases %q: want the page's form 星海實驗室", lab.Aliases)
	}
	if _, ok := byName["四川大学"]; !ok {
		t.Errorf("四川大学 not found in %v", slices.Collect(maps.Keys(byName)))
	}
	built := false
	for _, r := range ex.Batch.Relations {
		if r.Type == store.RelCoBuiltBy && r.From == store.EntityID("星海实验室") && r.To == store.EntityID("四川大学") {
			built = true
			if r.Evidence[0].Text != text {
				t.Errorf("evidence %q, want the page's sentence %q", r.Evidence[0].Text, text)
			}
		}
	}
	if !built {
		t.Errorf("no CO_BUILT_BY 星海实验室 -> 四川大学 in %+v", ex.Batch.Relations)
	}
}

// A dash between a facility's builders joins its name as a hyphen does;
// the page's dash stays in the name and in the text, and a dash between
// words stays a break.
func TestDashJoinsAFacilitysBuilders(t *testing.T) {
	text := "会上,四川大学—泸州老窖文化与科技创新研究中心揭牌,推进研发—制造一体化。"
	ex, err := (&Importer{Store: memory.New(), Tagger: NoTagger}).Extract(context.Background(), Input{Name: "a.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range ex.Facts {
		got = append(got, fmt.Sprintf("%s %s -> %s", f.Type, f.From.Name, f.To.Name))
	}
	for _, w := range []string{"CO_BUILT_BY 四川大学—泸州老窖文化与科技创新研究中心 -> 四川大学", "CO_BUILT_BY 四川大学—泸州老窖文化与科技创新研究中心 -> 泸州老窖"} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q; got %q", w, got)
		}
	}
	if !strings.Contains(ex.Document.Text, "四川大学—泸州老窖") || !strings.Contains(string(ex.Read), "研发—制造") {
		t.Errorf("the page's dashes were changed: text %q, read %q", ex.Document.Text, string(ex.Read))
	}
}

// The verb a body settles by is the fact's "how".
func TestSettledHow(t *testing.T) {
	_, facts := extract("星河公司已正式签约落户成都市。星海集团首次布局成都高新区。")
	var got []string
	for _, f := range facts {
		if f.Rule == "settled-in" {
			got = append(got, f.From.Name+" "+f.Props["how"])
		}
	}
	if want := []string{"星河公司 签约落户", "星海集团 布局"}; !slices.Equal(got, want) {
		t.Errorf("settled %q, want %q", got, want)
	}
}
