"""Performance-management concepts: how officers and the public say a measure, and how forms word it.

Search uses this table to expand a query: 「老百姓知不知道」 names the concept *知晓*, so the forms'
words 知晓率 / 知晓度 are added to the lexical query (at a lower weight than the typed words)
and to a second dense query, and the concept's usual 二级指标 becomes a mild ranking hint.

Where the entries come from (written for this project, not copied from any text):

- the indicator categories of the Ministry of Finance's 2021 guidance on core performance
  targets and indicators for central project expenditure (财预〔2021〕101号): output
  quantity / quality / timeliness / cost, cost split into economic / social / ecological,
  outcomes split into economic / social / ecological / sustainable, and service-recipient
  satisfaction; and the measure families it and the provincial templates that follow it name
  for them (完成率, 覆盖率, 合格率, 达标率, 及时率, 到位率, 执行率, 节约率, 知晓率, 满意度,
  发放准确率, 事故发生率, 投诉率 …);
- general indicator frameworks of public administration and IT service management
  (availability and failure, response and repair time, error and complaint rates, coverage,
  take-up, awareness, employment outcomes);
- the kinds of work government projects fund and the words their forms use for them (training,
  examinations, archives, information systems, procurement and equipment, libraries, research
  projects, meetings, publicity, inspection, subsidies and salaries), with the abbreviations
  officers use (住培 = 住院医师规范化培训, 政采 = 政府采购, OA = 办公自动化);
- plain Chinese: the everyday, spoken and IME-typed ways to ask for each measure
  (知道 ↔ 知晓, 达标 ↔ 合格, 准时 ↔ 及时, 人数 ↔ 人次, 省钱 ↔ 成本节约, 宕机 ↔ 故障), and the
  English words and acronyms officers type (KPI, pass rate, uptime, SLA).

A concept's ``formal`` words are what forms print (the first ones are the commonest: they also
form the second dense query); ``informal`` and ``english`` words only trigger it. ``kind`` says
whether the concept is a *measure* (what is counted or rated: 合格率, 及时), an *object* (the
work measured: 培训, 信息系统) or *people* (whose numbers or views are measured). Entries are
meanings, not wordings of any evaluation query: a new entry should be a measure, a kind of work or
a way of asking that officers of any province use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# 二级指标 labels (jixiao.vocab.CATEGORY_TREE), short names for the table below.
QUANTITY = "数量指标"
QUALITY = "质量指标"
TIMELINESS = "时效指标"
COST = "成本指标"
ECONOMIC_COST = "经济成本指标"
SOCIAL_COST = "社会成本指标"
SOCIAL_BENEFIT = "社会效益指标"
ECONOMIC_BENEFIT = "经济效益指标"
ECOLOGICAL = "生态效益指标"
SUSTAINABLE = "可持续影响指标"
SATISFACTION = "服务对象满意度指标"

MEASURE = "measure"
OBJECT = "object"
PEOPLE = "people"

#: How many of a concept's formal words join the second (expanded) dense query.
DENSE_FORMS = 3
#: Kinds of concept whose forms' words join the second dense query (the encoder reads kinds of
#: work well as typed; measures and people are what it paraphrases poorly).
DENSE_KINDS = frozenset({MEASURE, PEOPLE})


@dataclass(frozen=True)
class Concept:
    key: str
    formal: tuple[str, ...]  # how forms word it: added to the query
    informal: tuple[str, ...] = ()  # how people ask: triggers only
    english: tuple[str, ...] = ()  # English words and acronyms (matched as words)
    level2: tuple[str, ...] = ()  # the 二级指标 it is usually filed under
    kind: str = MEASURE
    # Measures of one family answer the same question (故障率 and 正常运行率, 差错率 and 准确率,
    # 人数 and 完成率 of a count); the key when it stands alone.
    family: str = ""

    @property
    def measure_family(self) -> str:
        return self.family or self.key


def _m(key: str, formal: tuple[str, ...], informal: tuple[str, ...] = (),
       english: tuple[str, ...] = (), level2: tuple[str, ...] = ()) -> Concept:
    return Concept(key, formal, informal, english, level2, MEASURE, _FAMILY.get(key, ""))


# Families of measures that answer the same question, in the spirit of the 2021 guidance's
# 二级指标 but finer (a pass rate and an uptime are both quality, not the same question): how
# many; on time; passed; right; by the rules; available; secure; safe; what it cost; what it
# achieved; whether it lasts. A measure in no family stands alone (完成, 预算执行, 资金到位, 修复).
_FAMILIES = {
    "quantity": ("数量", "人次", "覆盖", "受益"),
    "time": ("及时", "时限", "进度", "响应"),
    "pass": ("合格", "验收", "质量"),
    "accuracy": ("准确", "差错", "完整"),
    "compliance": ("规范", "违规", "资金使用", "制度", "整改", "公开"),
    "availability": ("运行", "故障"),
    "security": ("安全", "保密", "数据备份"),
    "safety": ("事故", "突发"),
    "cost": ("成本", "成本控制", "节约"),
    "outcome": ("社会效益", "经济效益", "生态", "服务能力"),
    "sustainability": ("可持续", "信息共享"),
}
_FAMILY = {key: fam for fam, keys in _FAMILIES.items() for key in keys}


def _o(key: str, formal: tuple[str, ...], informal: tuple[str, ...] = (),
       english: tuple[str, ...] = (), level2: tuple[str, ...] = ()) -> Concept:
    return Concept(key, formal, informal, english, level2, OBJECT)


def _p(key: str, formal: tuple[str, ...], informal: tuple[str, ...] = (),
       english: tuple[str, ...] = ()) -> Concept:
    return Concept(key, formal, informal, english, (), PEOPLE)


CONCEPTS: tuple[Concept, ...] = (
    # ==== measures: satisfaction, awareness, complaints (满意度指标, 社会效益) ====================
    _m("满意度", ("满意度", "满意率", "满意"),
       ("满不满意", "满意吗", "高不高兴", "认可度", "认可", "认同", "好评率", "好评", "口碑",
        "评价", "点赞", "觉得好", "觉得怎么样", "不满", "吐槽", "抱怨", "获得感", "幸福感",
        "称赞", "叫好", "喜不喜欢", "测评结果", "反响", "反馈", "打分", "评分"),
       ("satisfaction", "satisfied", "csat", "nps", "rating", "feedback", "survey"), (SATISFACTION,)),
    _m("知晓", ("知晓率", "知晓度", "知晓"),
       ("知道", "知不知道", "晓得", "了解", "听说", "听过", "知情", "认知度", "认知", "知悉",
        "家喻户晓", "宣传效果", "知名度", "知晓程度", "了解程度", "熟悉", "周知", "听说过",
        "知道的人", "晓不晓得"),
       ("awareness", "aware", "know", "known"), (SOCIAL_BENEFIT,)),
    _m("投诉", ("投诉", "投诉率", "有效投诉"),
       ("告状", "举报", "上访", "信访", "差评", "意见", "反映问题", "找麻烦", "纠纷", "12345",
        "热线", "曝光", "被骂", "来信来访", "信访件", "申诉", "舆情", "负面舆情", "被投诉",
        "意见箱", "闹事"),
       ("complaint", "complaints", "grievance"), (QUALITY, SATISFACTION)),
    # ==== measures: quantity (数量指标) =========================================================
    _m("完成", ("完成率", "完成情况", "计划完成率", "完成"),
       ("做完", "干完", "办完", "办好", "搞定", "落实", "做了多少", "办了多少", "完没完成",
        "有没有完成", "任务量", "达成", "实现", "完工", "收官", "结项", "干了多少", "做到", "搞完"),
       ("completion", "complete", "completed", "done", "delivered"), (QUANTITY,)),
    _m("数量", ("数量", "人数", "次数", "个数"),
       ("多少个", "几个", "多少次", "几次", "几场", "多少场", "场次", "规模", "有多少", "几家",
        "多少家", "几期", "多少期", "办了几", "多少套", "多少件", "多少台", "多少册", "几项",
        "多少项", "数目", "总量", "件数", "册数", "台数", "套数", "多少份", "几份", "几批", "多少批",
        "品种", "种类", "多少种", "几种", "频次", "批次", "多少本", "多少张", "几轮", "多少轮"),
       ("number", "count", "quantity", "how many", "volume", "amount"), (QUANTITY,)),
    _m("人次", ("人次", "人数", "参加人数"),
       ("多少人", "几个人", "来了多少人", "参与的人", "人头", "名额", "到场", "参加的人",
        "受训人数", "服务人数", "接待", "服务了多少人", "多少人参加", "多少名", "几名", "人员数量",
        "人数多少"),
       ("headcount", "participants", "attendance", "attendees", "visits"), (QUANTITY,)),
    _m("覆盖", ("覆盖率", "覆盖面", "覆盖"),
       ("全覆盖", "普及率", "普及", "铺开", "铺到", "涉及面", "到没到", "惠及面", "推广面",
        "参与率", "参训率", "入户", "辐射", "多大范围", "覆盖到"),
       ("coverage", "cover", "reach", "penetration"), (QUANTITY,)),
    _m("受益", ("受益人数", "受益", "惠及"),
       ("得到好处", "沾光", "帮到", "帮了多少", "受惠", "获益", "享受到", "得实惠"),
       ("beneficiaries", "beneficiary", "benefit", "benefited"), (SOCIAL_BENEFIT,)),
    _m("使用率", ("使用率", "利用率", "使用"),
       ("用了", "用得上", "用没用", "用起来", "闲置", "用的人", "访问量", "点击量", "下载量",
        "浏览量", "活跃", "开机率", "有没有人用", "用的多不多"),
       ("usage", "utilisation", "utilization", "use rate", "adoption", "traffic", "downloads"),
       (QUANTITY,)),
    # ==== measures: quality (质量指标) ==========================================================
    _m("合格", ("合格率", "合格", "通过率", "达标率", "达标"),
       ("过关", "及格", "通过", "过了", "考过", "达到要求", "符合要求", "符合标准", "不合格",
        "没过", "过没过", "达没达标", "优良率", "抽检", "质检", "一次性通过", "过线", "达到标准",
        "合不合格", "符合规定", "考核通过", "通过考核", "及格率", "达不达标"),
       ("pass", "pass rate", "qualified", "compliance", "compliant", "conformance"), (QUALITY,)),
    _m("验收", ("验收合格率", "验收", "验收通过率"),
       ("交付", "收货", "检验", "过验收", "验货", "竣工验收", "初验", "终验"),
       ("acceptance", "delivery", "commissioning"), (QUALITY,)),
    _m("准确", ("准确率", "准确性", "正确率", "准确"),
       ("对不对", "准不准", "正确", "无误", "没错", "精准", "核对", "算对", "发对", "一致", "精确"),
       ("accuracy", "accurate", "correct", "precision"), (QUALITY,)),
    _m("差错", ("差错率", "差错", "错误率", "失误"),
       ("出错", "搞错", "弄错", "错了", "错误", "纰漏", "疏漏", "返工", "错发", "漏发", "重报",
        "漏报", "出岔子", "错漏", "有没有错"),
       ("error", "errors", "mistake", "mistakes", "defect", "defects"), (QUALITY,)),
    _m("完整", ("完整率", "完整性", "齐全"),
       ("齐不齐", "缺不缺", "有没有缺", "漏了", "缺项", "全不全", "完备"),
       ("completeness", "complete records", "integrity"), (QUALITY,)),
    _m("规范", ("规范性", "规范率", "规范"),
       ("按规定", "合规", "守规矩", "按流程", "标准化", "照章", "按程序", "按要求"),
       ("standard", "standards", "regulation", "conformity", "procedure", "sop"), (QUALITY,)),
    _m("质量", ("质量", "质量达标率", "优良率"),
       ("好不好", "好坏", "水平", "品质", "成色", "做得怎么样"),
       ("quality",), (QUALITY,)),
    _m("违规", ("违规", "违纪", "违规情况", "违纪违规"),
       ("腐败", "舞弊", "廉政", "贪污", "吃回扣", "暗箱操作", "出问题", "被查"),
       ("fraud", "corruption", "misconduct", "violation", "violations"), (QUALITY,)),
    # ==== measures: timeliness (时效指标) =======================================================
    _m("及时", ("及时率", "及时性", "时效", "按时完成率", "及时", "按时"),
       ("准时", "按期", "如期", "准点", "守时", "拖", "拖延", "拖沓", "延误", "延期", "晚了",
        "迟", "快慢", "多快", "赶得上", "来得及", "第一时间", "限时", "当天", "按节点", "逾期",
        "超期", "耽误", "拖没拖", "慢不慢", "快不快", "速度", "准不准时", "拖不拖", "误期",
        "按时按量", "提速", "赶时间"),
       ("timely", "on time", "timeliness", "delay", "delayed", "late", "overdue", "turnaround"),
       (TIMELINESS,)),
    _m("时限", ("完成时限", "时限", "时效", "完成时间", "周期"),
       ("多久", "几天", "多少天", "多长时间", "什么时候", "截止", "期限", "时间节点", "几个月",
        "工作日", "办结", "用时", "耗时", "天数", "办结时间", "要几天", "时长", "几小时",
        "多少小时", "等多久", "时间要求", "办理时间", "历时"),
       ("deadline", "duration", "lead time", "cycle time", "days", "wait time", "waiting time"), (TIMELINESS,)),
    _m("进度", ("进度", "完成进度", "执行进度"),
       ("进展", "到哪一步", "赶进度", "节奏", "推进情况", "进行到"),
       ("progress", "schedule", "milestone", "milestones"), (TIMELINESS,)),
    _m("响应", ("响应及时率", "响应时间", "响应", "处理及时率"),
       ("回应", "答复", "回复", "反应", "多快处理", "接到", "处理速度", "到场时间", "处置时间",
        "接单", "上门", "响应速度"),
       ("response", "respond", "response time", "sla"), (TIMELINESS,)),
    # ==== measures: cost (成本指标) =============================================================
    _m("成本", ("成本", "费用", "经费", "支出"),
       ("花钱", "花的钱", "花了多少", "花费", "开销", "开支", "花销", "用钱", "贵不贵", "价钱",
        "价格", "多少钱", "造价", "单价", "金额", "钱", "花多少", "投入", "资金量", "开销大不大"),
       ("cost", "costs", "expense", "expenses", "expenditure", "spending", "price", "unit cost", "spend"),
       (COST, ECONOMIC_COST)),
    _m("成本控制", ("成本控制", "成本控制率", "费用控制", "控制在预算内"),
       ("超预算", "超支", "超标", "没超", "不超", "花超了", "省着花", "压缩开支", "超出预算",
        "控制花费", "预算内", "控制数"),
       ("over budget", "within budget", "cost control", "overrun", "overspend"),
       (COST, ECONOMIC_COST)),
    _m("节约", ("成本节约率", "节约率", "节约", "节省"),
       ("省钱", "省下", "省了", "少花", "节余", "结余", "划算", "省多少", "降本", "降低成本",
        "节支", "节支率", "压降", "少花钱", "降费", "省下来"),
       ("saving", "savings", "save", "cost saving"), (COST, ECONOMIC_COST)),
    # ==== measures: money in and out ==========================================================
    _m("预算执行", ("预算执行率", "执行率", "资金使用率", "支出进度", "执行情况"),
       ("钱花了多少", "钱用了多少", "花出去", "用掉", "花完", "钱用完", "资金用了",
        "用款进度", "支付进度", "结转", "沉淀", "支出率", "执行进度"),
       ("budget execution", "budget", "disbursement", "execution rate", "burn rate",
        "spending rate"), (COST, TIMELINESS)),
    _m("资金到位", ("资金到位率", "到位率", "到位", "拨付", "资金拨付"),
       ("拨款", "拨钱", "到账", "下达", "下拨", "钱到了", "钱到位", "款到", "拨没拨", "划拨",
        "核拨", "配套资金", "足额", "钱到没到", "到没到账"),
       ("funding", "fund", "funds", "allocation", "disbursed", "transfer"), (TIMELINESS, QUALITY)),
    _m("资金使用", ("资金使用", "资金管理", "专款专用", "资金使用合规"),
       ("挪用", "乱花", "截留", "钱用对", "钱用在", "专项资金", "套取"),
       ("misuse", "fund use", "earmarked"), (QUALITY,)),
    _m("发放", ("发放", "发放及时率", "发放准确率", "足额发放"),
       ("发钱", "发到", "发下去", "发没发", "按月发", "打卡", "一卡通", "兑现", "到手", "领取", "有没有发", "发了没有"),
       ("payment", "payout", "distribution", "paid"), (QUANTITY, TIMELINESS)),
    # ==== measures: systems and operations (IT service management) ============================
    _m("运行", ("正常运行率", "运行率", "稳定运行", "系统可用率", "运行", "故障率"),
       ("能用", "好用", "稳不稳", "稳定", "在线率", "全天候", "不停机",
        "不中断", "连续运行", "可用性", "正常使用", "开通率", "完好率"),
       ("uptime", "availability", "available", "stable", "stability", "reliability"),
       (QUALITY,)),
    _m("故障", ("故障率", "故障", "系统故障", "正常运行率", "运行率"),
       ("宕机", "掉线", "死机", "崩", "崩溃", "坏了", "出毛病", "出问题", "停机", "瘫痪", "中断",
        "卡顿", "断网", "报错", "失灵", "罢工", "出故障", "用不了", "打不开", "登不上", "进不去"),
       ("downtime", "outage", "failure", "failures", "crash", "bug", "bugs", "fault"),
       (QUALITY,)),
    _m("修复", ("修复", "维修", "维护", "故障修复及时率"),
       ("修好", "修理", "排除", "抢修", "恢复", "处理好", "检修", "保养", "巡检", "报修", "维保",
        "维修保养"),
       ("repair", "fix", "maintenance", "recovery", "mttr", "patch"), (TIMELINESS, QUALITY)),
    _m("安全", ("安全", "信息安全", "网络安全", "无泄密"),
       ("泄密", "泄露", "被黑", "黑客", "病毒", "漏洞", "入侵", "攻击", "等保", "等级保护",
        "漏题", "失窃", "丢数据"),
       ("security", "secure", "cybersecurity", "leak", "breach", "hacker", "virus", "malware"),
       (QUALITY,)),
    _m("保密", ("保密", "安全保密", "无泄密", "保密性"),
       ("泄题", "漏题", "试卷安全", "密封", "涉密"),
       ("confidential", "confidentiality", "secrecy"), (QUALITY,)),
    _m("数据备份", ("数据备份", "备份", "数据丢失率", "信息丢失率"),
       ("丢数据", "数据丢了", "恢复数据", "容灾", "灾备"),
       ("backup", "backups", "disaster recovery", "data loss"), (QUALITY,)),
    # ==== measures: safety and emergencies ====================================================
    _m("事故", ("安全事故", "事故发生率", "事故", "责任事故"),
       ("出事", "意外", "伤亡", "零事故", "出险", "火灾", "安全生产", "事故率", "受伤", "人员伤亡"),
       ("accident", "accidents", "incident", "incidents", "injury"), (QUALITY, SOCIAL_BENEFIT)),
    _m("突发", ("突发事件", "突发事件处置率", "应急处置", "应急"),
       ("意外情况", "紧急情况", "出状况", "预案", "处置", "应急响应", "突发", "应急演练", "乱子",
        "出乱子", "突发状况", "险情"),
       ("emergency", "contingency", "incident response"), (QUALITY, TIMELINESS)),
    # ==== measures: outcomes (效益指标) =========================================================
    _m("社会效益", ("社会效益", "社会影响", "效果"),
       ("作用", "好处", "影响", "值不值", "有没有用", "管不管用", "成效", "效果好", "意义",
        "带动", "有什么用", "效果怎么样", "作用大不大"),
       ("impact", "outcome", "outcomes", "effect", "effectiveness", "social benefit"),
       (SOCIAL_BENEFIT,)),
    _m("经济效益", ("经济效益", "效益", "收益"),
       ("赚钱", "产值", "回报", "创收", "增收", "拉动", "带来收入", "经济价值", "挣钱"),
       ("economic", "revenue", "roi", "return", "income"), (ECONOMIC_BENEFIT,)),
    _m("可持续", ("可持续影响", "长效机制", "可持续", "长效管理"),
       ("长期", "长久", "以后还", "一直", "长远", "后劲", "管长远", "持续", "常态化", "延续",
        "后续", "今后", "将来", "长期效果"),
       ("sustainable", "sustainability", "long-term", "long term", "lasting"), (SUSTAINABLE,)),
    _m("生态", ("生态效益", "环境", "生态"),
       ("污染", "绿色", "环保", "排放", "节能", "减排", "低碳", "能耗"),
       ("environment", "environmental", "ecological", "green", "emission", "emissions",
        "carbon"), (ECOLOGICAL,)),
    _m("服务能力", ("服务能力", "服务水平", "能力提升", "业务能力"),
       ("水平提高", "本事", "能力", "服务好不好", "业务水平", "技能", "素质", "专业水平", "本领"),
       ("capacity", "service level", "capability", "skills", "competence"), (SOCIAL_BENEFIT,)),
    _m("就业", ("就业率", "就业", "就业去向"),
       ("找工作", "找到工作", "工作去向", "去向", "饭碗", "毕业去向", "签约"),
       ("employment", "employed", "job", "jobs", "placement"), (SOCIAL_BENEFIT,)),
    _m("信息共享", ("信息共享", "数据共享", "共享"),
       ("互通", "互联互通", "打通", "对接", "共用"),
       ("sharing", "data sharing", "interoperability", "integration"), (SUSTAINABLE,)),
    _m("制度", ("制度建设", "管理制度", "制度健全性", "制度"),
       ("规章", "办法", "机制", "健全", "建章立制"),
       ("policy", "policies", "rules", "governance"), (SUSTAINABLE, QUALITY)),
    # Measures of case handling, correction and openness that inspection, complaint-handling and
    # government-affairs projects report (办结率, 整改率, 公开率).
    _m("办结", ("办结率", "处理率", "结案率", "处置率"),
       ("处理完", "办完没", "结案", "了结", "处理了多少", "有没有处理", "处理结果", "销案",
        "处理情况"),
       ("closure rate", "resolution rate", "resolved", "case closure"), (QUALITY, TIMELINESS)),
    _m("整改", ("整改率", "整改完成率", "整改", "问题整改"),
       ("改没改", "整改到位", "纠正", "改正", "销号", "问题清零", "落实整改", "查出的问题"),
       ("rectification", "corrective action", "remediation", "follow-up"), (QUALITY,)),
    _m("公开", ("信息公开", "公开率", "公示"),
       ("公布", "公开透明", "透明度", "挂网", "对外公布", "晒出来", "政务公开"),
       ("disclosure", "transparency", "publication rate", "open data"), (QUALITY,)),
    _m("人员到位", ("人员到位率", "到岗率", "到位"),
       ("到岗", "人够不够", "配齐", "缺人", "在岗", "人员配备"),
       ("staffing", "staffed", "vacancy"), (QUANTITY,)),
    # ==== objects: the work projects fund ======================================================
    _o("培训", ("培训", "培训班", "业务培训"),
       ("上课", "讲课", "办班", "学习班", "带教", "培养", "进修", "轮训", "授课", "教学", "学员",
        "学习", "讲座", "课时", "学时", "继续教育", "研修", "实训", "参训", "开班", "课程"),
       ("training", "train", "trained", "course", "courses", "workshop", "cpd", "lecture"),
       (QUANTITY,)),
    _o("规培", ("规范化培训", "住院医师规范化培训", "专科医师规范化培训"),
       ("规培", "住培", "专培", "住院医生培训", "住院医培训", "专科医生培训", "规范化培养"),
       ("residency", "residency training", "standardised training", "standardized training"),
       ()),
    _o("考试", ("考试", "考核", "考务", "考评"),
       ("考", "测评", "测试", "笔试", "面试", "答题", "阅卷", "监考", "招考", "应试", "考场",
        "考点", "考生", "报名", "机考", "技能考", "实操考", "考卷", "试卷", "题库", "出题"),
       ("exam", "exams", "examination", "test", "tests", "testing", "assessment", "candidate",
        "candidates"), (QUANTITY,)),
    _o("档案", ("档案", "档案管理", "归档"),
       ("文件", "卷宗", "材料归档", "存档", "建档", "案卷", "档案袋", "人事档案", "调档"),
       ("archive", "archives", "archiving", "records", "filing", "dossier"), ()),
    _o("信息化", ("信息化", "数字化", "电子化", "数据库"),
       ("扫描", "录入", "上网", "电子版", "无纸化", "建库", "上云", "数据化", "电子档案"),
       ("digital", "digitisation", "digitization", "digitalization", "database", "scanning"),
       (QUALITY,)),
    _o("系统", ("信息系统", "系统", "平台", "网络"),
       ("电脑", "软件", "网站", "app", "线上", "电子政务", "服务器", "机房", "网上", "硬件",
        "终端", "办公自动化", "内网", "外网", "小程序", "公众号"),
       ("it", "system", "systems", "platform", "software", "network", "server", "servers",
        "online", "website", "oa", "erp", "hardware", "app"), ()),
    _o("运维", ("运维", "运行维护", "维护", "运维服务"),
       ("运营维护", "日常维护", "技术支持", "驻场", "托管", "外包服务", "保障服务", "巡检", "检修",
        "保养", "维保", "维修保养", "值守", "运行保障"),
       ("o&m", "operations", "it support", "helpdesk", "service desk", "managed service"),
       (QUALITY, TIMELINESS)),
    _o("数据", ("数据", "信息", "数据信息"),
       ("资料", "台账", "报表", "统计", "底数"),
       ("data", "dataset", "statistics"), ()),
    _o("采购", ("采购", "政府采购", "集中采购", "购置"),
       ("买", "购买", "采买", "买来", "进货", "招标", "政采", "比选", "询价", "招投标",
        "中标", "购入", "订购", "招采"),
       ("procurement", "purchase", "purchasing", "tender", "tendering", "bidding", "buy"), ()),
    _o("设备", ("设备", "仪器设备", "设备设施"),
       ("器材", "仪器", "机器", "装备", "设施", "硬件", "配备", "器械"),
       ("equipment", "device", "devices", "instrument", "instruments", "machine", "hardware"),
       (QUANTITY, QUALITY)),
    _o("药品", ("药品", "药品集中采购", "药物", "耗材"),
       ("买药", "用药", "带量采购", "集采", "医用耗材", "中药饮片", "药价"),
       ("drug", "drugs", "medicine", "medicines", "pharmaceutical", "consumables"), ()),
    _o("图书", ("图书", "文献", "期刊", "图书馆"),
       ("书", "书籍", "报刊", "杂志", "订阅", "馆藏", "藏书", "电子资源", "借阅", "读者", "刊物",
        "资料室"),
       ("library", "libraries", "book", "books", "journal", "journals", "periodical",
        "periodicals", "literature", "subscription"), ()),
    _o("科研", ("课题", "科研", "研究", "课题研究"),
       ("研究项目", "立项", "开题", "结题", "论文", "成果", "调研", "学术", "攻关"),
       ("research", "study", "studies", "project grant", "paper", "papers", "publication"),
       (QUANTITY,)),
    _o("学术活动", ("学术活动", "学术讲座", "学术会议", "学术交流"),
       ("学会", "医学会", "年会", "论坛", "研讨", "交流会", "讲座"),
       ("conference", "symposium", "seminar", "academic", "society"), (QUANTITY,)),
    _o("报告", ("报告", "调研报告", "研究报告"),
       ("文稿", "稿子", "写成", "编撰", "编写", "白皮书", "蓝皮书", "年报", "简报", "简讯",
        "汇编", "印刷", "出版"),
       ("report", "reports", "white paper", "publication", "yearbook"), (QUANTITY,)),
    _o("会议", ("会议", "座谈会", "研讨会"),
       ("开会", "推进会", "咨询会", "论证会", "评审会", "例会", "碰头会", "召开"),
       ("meeting", "meetings", "workshop", "conference"), (QUANTITY,)),
    _o("宣传", ("宣传", "宣讲", "宣传活动"),
       ("推广", "广而告之", "宣传单", "发传单", "科普", "宣传册", "海报", "媒体报道", "新闻",
        "推送", "义诊"),
       ("publicity", "promotion", "outreach", "campaign", "communication", "media"),
       (QUANTITY,)),
    _o("监督", ("监督检查", "督导", "检查", "监管"),
       ("抽查", "巡查", "督查", "盯着", "查一查", "质控", "暗访", "考察", "核查", "稽查"),
       ("supervision", "inspection", "inspections", "monitoring", "oversight", "quality control"),
       (QUANTITY,)),
    _o("审计", ("审计", "内控", "内部控制", "专项审计"),
       ("查账", "财务检查", "内审", "风险评估", "内控评价"),
       ("audit", "audits", "internal control", "compliance review"), (QUALITY,)),
    _o("鉴定", ("鉴定", "技术鉴定", "医疗事故技术鉴定"),
       ("医疗纠纷", "医患纠纷", "定责", "事故认定", "医疗事故", "误诊", "医疗损害", "医疗差错",
        "医患矛盾", "责任认定", "鉴定案例", "鉴定案件", "鉴定结论"),
       ("appraisal", "identification", "malpractice", "forensic"), ()),
    _o("职称", ("职称评审", "职称", "评审", "专业技术资格"),
       ("评职称", "晋升", "评级", "评上", "评聘", "高级职称", "中级职称", "正高", "副高",
        "职称考试", "晋级", "晋职", "评定职称", "职称申报", "资格评审", "职务晋升", "升职"),
       ("title", "professional title", "promotion", "review", "accreditation"), ()),
    _o("资格考试", ("资格考试", "执业资格", "医师资格考试"),
       ("执业医师", "执业护士", "资格证", "证书", "上岗证", "上岗", "持证", "准入"),
       ("licensing", "license", "licence", "licensure", "certification", "qualification"), ()),
    _o("招录", ("招录", "招收", "招生", "录取", "招聘"),
       ("招人", "进人", "收人", "录用", "引进人才", "选拔", "名额", "扩招", "招生计划", "入培", "报到", "新招", "招进来"),
       ("recruitment", "recruit", "enrolment", "enrollment", "admission", "admissions",
        "hiring", "intake"), (QUANTITY,)),
    _o("工资", ("工资", "人员经费", "社保", "人力成本"),
       ("发工资", "薪酬", "薪资", "待遇", "公积金", "津贴", "绩效工资", "五险一金", "劳务费",
        "劳务报酬", "人工费", "人工成本", "用人成本", "劳动报酬", "工钱", "奖金", "加班费",
        "酬金"),
       ("salary", "salaries", "wage", "wages", "payroll", "pension"), (QUANTITY, TIMELINESS)),
    _o("补助", ("补助", "补贴", "补助资金"),
       ("资助", "扶持资金", "奖补", "补偿", "救助", "津补贴", "生活补助", "发补贴"),
       ("subsidy", "subsidies", "grant", "grants", "allowance", "stipend"),
       (QUANTITY, TIMELINESS)),
    _o("服装", ("工作服", "服装", "着装", "被服"),
       ("制服", "衣服", "置装", "工装", "统一着装", "服饰", "防护服"),
       ("uniform", "uniforms", "clothing", "workwear", "garment", "garments"),
       (QUANTITY, QUALITY)),
    _o("办公", ("办公", "日常运转", "正常运转", "后勤保障"),
       ("办公用品", "工位", "办公室", "日常办公", "运转", "后勤", "物业", "水电"),
       ("office", "administration", "operations", "facilities"), (QUALITY,)),
    _o("公共卫生", ("公共卫生", "基本公共卫生服务", "公卫"),
       ("疾控", "防疫", "慢病", "健康档案", "健康管理", "疫苗", "传染病", "职业病", "妇幼"),
       ("public health", "disease control", "prevention", "epidemic"), ()),
    _o("援外", ("援外", "援外医疗队", "对外援助"),
       ("援非", "援助", "外派", "出国援助", "医疗队"),
       ("foreign aid", "aid", "medical team", "overseas"), ()),
    _o("绩效指标", ("绩效指标", "绩效目标", "指标"),
       ("考核点", "打分项"),
       ("kpi", "kpis", "indicator", "indicators", "metric", "metrics", "target", "okr"), ()),
    # ==== people: whose numbers or views are measured =========================================
    _p("公众", ("社会公众", "群众", "服务对象"),
       ("老百姓", "百姓", "市民", "居民", "大众", "民众", "老乡", "村民", "普通人", "用户",
        "受众", "办事群众", "患者", "病人", "社会各界", "公民", "纳税人", "来访者", "办事人",
        "服务群众"),
       ("public", "citizen", "citizens", "resident", "user", "users", "patient", "patients")),
    _p("医师", ("医师", "医生", "医务人员"),
       ("大夫", "医护", "临床", "白大褂", "卫技人员", "卫生技术人员", "护士"),
       ("doctor", "doctors", "physician", "physicians", "clinician", "clinicians", "nurse",
        "nurses")),
    _p("学生", ("学生", "学员", "毕业生"),
       ("学子", "学员们", "孩子", "应届", "医学生", "在校生"),
       ("student", "students", "trainee", "trainees", "graduates", "learners")),
    _p("编外人员", ("编外人员", "聘用人员", "辅助人员"),
       ("临时工", "合同工", "劳务派遣", "外聘", "非编", "编制外", "协管员", "聘用", "派遣人员",
        "劳务人员", "临聘", "聘用制", "协辅人员", "辅助岗"),
       ("contract staff", "contractors", "temporary staff", "outsourced staff")),
    _p("工作人员", ("工作人员", "职工", "员工"),
       ("干部", "职员", "在职人员", "本单位人员", "窗口人员", "办事员"),
       ("staff", "employee", "employees", "workers", "personnel")),
    _p("专家", ("专家", "评审专家", "专家组"),
       ("评委", "专家库", "外请专家"),
       ("expert", "experts", "reviewer", "reviewers", "panel")),
)


#: Abbreviations officers type that an encoder cannot read, with what they stand for: the
#: query embedded for meaning spells them out (「住培基地补助」 → 住院医师规范化培训基地补助).
#: Chinese ones are matched as substrings, Latin ones as whole words.
ABBREVIATIONS: dict[str, str] = {
    "住培": "住院医师规范化培训", "专培": "专科医师规范化培训", "规培": "规范化培训",
    "公卫": "公共卫生", "疾控": "疾病预防控制", "卫健委": "卫生健康委员会", "卫健": "卫生健康",
    "医保": "医疗保障", "医联体": "医疗联合体", "政采": "政府采购", "集采": "集中采购",
    "社保": "社会保险", "等保": "网络安全等级保护", "双随机": "随机抽取检查对象和执法检查人员",
    "三公经费": "因公出国境、公务用车和公务接待经费", "执医": "执业医师",
    "oa": "办公自动化", "lis": "检验信息系统", "pacs": "医学影像系统",
    "kpi": "绩效指标", "it": "信息技术",
    "ai": "人工智能", "gdp": "地区生产总值", "ngo": "社会组织",
}
_ABBREV_CJK = sorted((a for a in ABBREVIATIONS if not a.isascii()), key=lambda a: -len(a))
_ABBREV_LATIN = re.compile(
    r"(?<![a-z])(" + "|".join(sorted((a for a in ABBREVIATIONS if a.isascii()), key=len,
                                     reverse=True)) + r")(?![a-z])(\s*系统)?"
)


def spell_out(text: str) -> str:
    """``text`` (folded, lower-cased) with known abbreviations written in full."""
    for short in _ABBREV_CJK:
        full = ABBREVIATIONS[short]
        if short in text and full not in text:
            text = text.replace(short, full)
    def full(m: re.Match[str]) -> str:
        out = ABBREVIATIONS[m.group(1)]
        # 「LIS系统」: the full form already ends with 系统.
        return out if out.endswith("系统") else out + (m.group(2) or "")

    return _ABBREV_LATIN.sub(full, text)


@dataclass(frozen=True)
class Match:
    concept: Concept
    trigger: str  # what in the query named it

    @property
    def typed_formally(self) -> bool:
        """The query already uses the forms' own word (合格率), not a way of asking (过关)."""
        return self.trigger in self.concept.formal


def _index() -> tuple[list[tuple[str, list[Concept]]], dict[str, list[Concept]]]:
    chinese: dict[str, list[Concept]] = {}
    english: dict[str, list[Concept]] = {}
    for c in CONCEPTS:
        for w in (*c.formal, *c.informal):
            table = english if w.isascii() else chinese
            key = w.lower() if w.isascii() else w
            if c not in table.setdefault(key, []):
                table[key].append(c)
        for w in c.english:
            if c not in english.setdefault(w.lower(), []):
                english[w.lower()].append(c)
    # Longest triggers first, so 超预算 is read before 预算 and 多少钱 before 钱.
    return sorted(chinese.items(), key=lambda wc: -len(wc[0])), english


_CHINESE, _ENGLISH = _index()
_BY_WORD = dict(_CHINESE)
_RANK = {w: i for i, (w, _) in enumerate(_CHINESE)}  # longest first, then table order
_BY_FIRST: dict[str, list[str]] = {}
for _w, _ in _CHINESE:
    _BY_FIRST.setdefault(_w[0], []).append(_w)
_LATIN = re.compile(r"[a-z0-9][a-z0-9&\-]*")


def find_concepts(text: str) -> list[Match]:
    """Concepts a (simplified, lower-cased) query names, each once, in trigger order.

    A Chinese trigger inside a longer trigger already read does not count again (in 超预算 the
    预算 is part of the longer phrase), so each stretch of the query names what its longest
    known phrase means; a phrase several concepts list names each of them.
    """
    # Every trigger occurrence, found from the triggers starting with each character.
    hits = [(word, i) for i, ch in enumerate(text) for word in _BY_FIRST.get(ch, ())
            if text.startswith(word, i)]
    hits.sort(key=lambda h: (-len(h[0]), _RANK[h[0]], h[1]))
    found: dict[str, Match] = {}
    taken = [False] * len(text)
    for word, start in hits:
        span = range(start, start + len(word))
        if not all(taken[i] for i in span):
            for i in span:
                taken[i] = True
            for concept in _BY_WORD[word]:
                found.setdefault(concept.key, Match(concept, word))
    lowered = text.lower()
    words = _LATIN.findall(lowered)
    phrases = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        for concept in _ENGLISH.get(phrase, ()):
            found.setdefault(concept.key, Match(concept, phrase))
    return list(found.values())


def _longest_phrases(text: str) -> Iterator[str]:
    """The known Chinese phrases of ``text`` left to right, each the longest one starting where
    the previous one ended (or at the next character when none starts there). An alternation
    of every phrase as one regular expression does the same scan but takes ~15 ms to compile,
    which every process paid on import."""
    i, n = 0, len(text)
    while i < n:
        for word in _BY_FIRST.get(text[i], ()):  # longest first
            if text.startswith(word, i):
                yield word
                i += len(word)
                break
        else:
            i += 1


def concept_keys_in(text: str) -> frozenset[str]:
    """Keys of the concepts a wording expresses (its longest known phrases, left to right).

    Cheaper than ``find_concepts`` (one left-to-right scan), for tagging indicator wordings at
    query time: 「结业综合考核合格率」 → 考试, 合格.
    """
    keys = {c.key for w in _longest_phrases(text) for c in _BY_WORD[w]}
    for word in _LATIN.findall(text.lower()):
        keys.update(c.key for c in _ENGLISH.get(word, ()))
    return frozenset(keys)


#: Keys of the measure concepts (what is counted or rated).
MEASURE_KEYS = frozenset(c.key for c in CONCEPTS if c.kind == MEASURE)
#: The family of each measure concept's key.
MEASURE_FAMILY = {c.key: c.measure_family for c in CONCEPTS if c.kind == MEASURE}
