"""Performance-management concepts: how officers and the public say a measure, and how forms word it.

Search uses this table to expand a query: 「老百姓知不知道」 names the concept *知晓*, so the forms'
words 知晓率 / 知晓度 are added to the lexical query (at a lower weight than the typed words)
and to a second dense query, and the concept's usual 二级指标 becomes a mild ranking hint.

Where the entries come from (written for this project, not copied from any text):

- the indicator categories of the Ministry of Finance's 2021 guidance on core performance
  targets and indicators for central project expenditure (财预〔2021〕101号): output
  quantity / quality / timeliness / cost, cost split into economic / social / ecological,
  outcomes split into economic / social / ecological / sustainable, and service-recipient
  satisfaction; and the measures it and the provincial templates that follow it name for
  them (完成率, 覆盖率, 合格率, 达标率, 及时率, 到位率, 执行率, 节约率, 知晓率, 满意度 …);
- general indicator frameworks of public administration (availability, response time,
  error and complaint rates, coverage, take-up, awareness, employment outcomes);
- plain Chinese: the everyday, spoken and IME-typed ways to ask for each measure
  (知道 ↔ 知晓, 达标 ↔ 合格, 准时 ↔ 及时, 人数 ↔ 人次, 省钱 ↔ 成本节约, 宕机 ↔ 故障), and the
  English words and acronyms officers type (KPI, pass rate, uptime).

A concept's ``formal`` words are what forms print; ``informal`` and ``english`` words only
trigger it. Entries are meanings, not wordings of any evaluation query: a new entry should be a
measure or a way of asking that any province's officers use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# 二级指标 labels (jixiao.vocab.CATEGORY_TREE), short names for the table below.
QUANTITY = "数量指标"
QUALITY = "质量指标"
TIMELINESS = "时效指标"
COST = "成本指标"
ECONOMIC_COST = "经济成本指标"
SOCIAL_BENEFIT = "社会效益指标"
ECONOMIC_BENEFIT = "经济效益指标"
ECOLOGICAL = "生态效益指标"
SUSTAINABLE = "可持续影响指标"
SATISFACTION = "服务对象满意度指标"


@dataclass(frozen=True)
class Concept:
    key: str
    formal: tuple[str, ...]  # how forms word it: added to the query
    informal: tuple[str, ...] = ()  # how people ask: triggers only
    english: tuple[str, ...] = ()  # English words and acronyms (matched as words)
    level2: tuple[str, ...] = ()  # the 二级指标 it is usually filed under


CONCEPTS: tuple[Concept, ...] = (
    # ---- satisfaction and awareness -----------------------------------------------------------
    Concept("满意度", ("满意度", "满意率", "满意"),
            ("满不满意", "满意吗", "高不高兴", "认可", "认同", "好评", "口碑", "评价好", "点赞",
             "开心", "觉得好", "觉得怎么样", "不满", "吐槽", "抱怨"),
            ("satisfaction", "satisfied", "csat"), (SATISFACTION,)),
    Concept("知晓", ("知晓率", "知晓度", "知晓"),
            ("知道", "知不知道", "晓得", "了解", "听说", "听过", "知情", "认知", "宣传到位",
             "家喻户晓", "知悉"),
            ("awareness", "aware", "know"), (SOCIAL_BENEFIT,)),
    Concept("公众", ("社会公众", "群众", "服务对象"),
            ("老百姓", "百姓", "市民", "居民", "大众", "民众", "老乡", "村民", "普通人", "用户"),
            ("public", "citizen", "resident", "user"), ()),
    Concept("投诉", ("投诉", "投诉率", "有效投诉"),
            ("告状", "举报", "上访", "信访", "意见", "差评", "找麻烦", "闹", "纠纷"),
            ("complaint", "complaints"), (QUALITY, SATISFACTION)),
    # ---- completion, quantity ----------------------------------------------------------------
    Concept("完成", ("完成率", "完成情况", "计划完成率", "完成"),
            ("做完", "干完", "办完", "办好", "搞定", "落实", "做了多少", "办了多少", "完没完成",
             "有没有完成", "任务量", "达成"),
            ("completion", "complete", "completed", "done"), (QUANTITY,)),
    Concept("数量", ("数量", "人数", "人次", "次数", "个数"),
            ("多少人", "几个人", "多少个", "几个", "多少次", "几次", "几场", "多少场", "人头",
             "名额", "规模", "有多少", "几家", "多少家", "几期", "多少期", "办了几"),
            ("number", "count", "quantity", "how many"), (QUANTITY,)),
    Concept("人次", ("人次", "人数", "参加人数"),
            ("人头", "多少人", "几个人", "来了多少人", "参与的人", "名额"),
            ("headcount", "participants", "attendance"), (QUANTITY,)),
    Concept("覆盖", ("覆盖率", "覆盖面", "覆盖"),
            ("全覆盖", "普及", "都有", "铺开", "铺到", "涉及面", "到没到", "范围"),
            ("coverage", "cover", "reach"), (QUANTITY,)),
    Concept("受益", ("受益人数", "受益", "惠及"),
            ("得到好处", "沾光", "帮到", "帮了多少", "受惠", "获益"),
            ("beneficiaries", "benefit"), (SOCIAL_BENEFIT,)),
    # ---- quality ------------------------------------------------------------------------------
    Concept("合格", ("合格率", "合格", "通过率", "达标率", "达标"),
            ("过关", "及格", "通过", "过了", "考过", "达到要求", "符合要求", "不合格", "没过",
             "过没过", "验收", "达没达标"),
            ("pass", "pass rate", "qualified", "compliance", "compliant"), (QUALITY,)),
    Concept("准确", ("准确率", "准确性", "正确率", "准确"),
            ("对不对", "准不准", "正确", "无误", "没错", "精准", "核对"),
            ("accuracy", "accurate", "correct"), (QUALITY,)),
    Concept("差错", ("差错率", "差错", "错误率", "失误"),
            ("出错", "搞错", "弄错", "错了", "错误", "纰漏", "漏洞", "疏漏", "返工"),
            ("error", "errors", "mistake", "defect"), (QUALITY,)),
    Concept("规范", ("规范性", "规范率", "规范"),
            ("按规定", "合规", "守规矩", "按流程", "标准化", "照章"),
            ("standard", "regulation", "conformity"), (QUALITY,)),
    Concept("质量", ("质量", "质量达标率", "优良率"),
            ("好不好", "好坏", "水平", "品质", "成色"),
            ("quality",), (QUALITY,)),
    # ---- timeliness ---------------------------------------------------------------------------
    Concept("及时", ("及时率", "及时性", "按时完成率", "及时", "按时"),
            ("准时", "按期", "如期", "准点", "守时", "拖", "拖延", "拖沓", "延误", "延期", "晚了",
             "迟", "慢", "快慢", "多快", "多久", "多长时间", "赶得上", "来得及", "第一时间",
             "限时", "当天"),
            ("timely", "on time", "timeliness", "deadline", "delay", "delayed", "sla",
             "turnaround"), (TIMELINESS,)),
    Concept("时限", ("完成时限", "时限", "完成时间", "周期"),
            ("多久", "几天", "多少天", "什么时候", "截止", "期限", "时间节点", "结果多久"),
            ("deadline", "duration", "lead time"), (TIMELINESS,)),
    Concept("进度", ("进度", "完成进度", "执行进度"),
            ("进展", "到哪一步", "赶进度", "节奏"),
            ("progress", "schedule", "milestone"), (TIMELINESS,)),
    Concept("响应", ("响应及时率", "响应时间", "响应", "处理及时率"),
            ("回应", "答复", "回复", "反应", "多快处理", "接到", "处理速度"),
            ("response", "respond", "response time"), (TIMELINESS,)),
    # ---- money and cost -----------------------------------------------------------------------
    Concept("成本", ("成本", "费用", "经费", "支出"),
            ("花钱", "花的钱", "花了多少", "花费", "开销", "开支", "花销", "钱", "用钱", "贵不贵",
             "价钱", "价格", "多少钱", "造价"),
            ("cost", "costs", "expense", "expenditure", "spending", "price"),
            (COST, ECONOMIC_COST)),
    Concept("成本控制", ("成本控制", "成本控制率", "费用控制", "控制在预算内"),
            ("超预算", "超支", "超标", "没超", "不超", "花超了", "省着花", "压缩开支",
             "超出预算", "控制花费"),
            ("over budget", "within budget", "cost control", "overrun"), (COST, ECONOMIC_COST)),
    Concept("节约", ("成本节约率", "节约率", "节约", "节省"),
            ("省钱", "省下", "省了", "少花", "节余", "结余", "划算", "省多少"),
            ("saving", "savings", "save"), (COST, ECONOMIC_COST)),
    Concept("预算执行", ("预算执行率", "执行率", "资金使用率", "支出进度", "执行情况"),
            ("钱花了多少", "钱用了多少", "花出去", "用掉", "花完", "花没花完", "钱用完",
             "资金用了", "用款进度"),
            ("budget execution", "budget", "disbursement", "execution rate", "burn rate"),
            (COST, TIMELINESS)),
    Concept("资金到位", ("资金到位率", "到位率", "到位", "拨付", "资金拨付"),
            ("拨款", "拨钱", "到账", "下达", "下拨", "钱到了", "钱到位", "款到", "落地", "拨没拨"),
            ("funding", "fund", "funds", "allocation", "disbursed"), (TIMELINESS, QUALITY)),
    Concept("资金使用", ("资金使用", "资金管理", "专款专用", "资金使用合规"),
            ("挪用", "乱花", "截留", "钱用对", "钱用在"),
            ("misuse", "fund use"), (QUALITY,)),
    # ---- systems and operations ---------------------------------------------------------------
    Concept("运行", ("正常运行率", "运行率", "稳定运行", "系统可用率", "运行"),
            ("不掉线", "不宕机", "能用", "好用", "稳不稳", "稳定", "在线", "开着", "全天候",
             "不停机", "不中断", "连续"),
            ("uptime", "availability", "available", "stable", "stability"), (QUALITY,)),
    Concept("故障", ("故障率", "故障", "系统故障"),
            ("宕机", "掉线", "死机", "崩", "崩溃", "坏了", "出毛病", "出问题", "停机", "瘫痪",
             "中断", "卡顿", "断网"),
            ("downtime", "outage", "failure", "crash", "incident", "bug"), (QUALITY,)),
    Concept("修复", ("修复", "维修", "维护", "故障修复及时率"),
            ("修好", "修理", "排除", "抢修", "恢复", "处理好"),
            ("repair", "fix", "maintenance", "recovery", "mttr"), (TIMELINESS, QUALITY)),
    Concept("系统", ("系统", "信息系统", "平台", "网络"),
            ("电脑", "软件", "网站", "app", "线上", "电子政务", "服务器", "机房", "网上"),
            ("it", "system", "platform", "software", "network", "server", "online", "website"),
            ()),
    Concept("信息化", ("信息化", "数字化", "电子化", "数据库"),
            ("扫描", "录入", "上网", "电子版", "无纸化", "数据", "建库"),
            ("digital", "digitisation", "digitization", "database", "data"), (QUALITY,)),
    Concept("安全", ("安全", "信息安全", "安全事故", "无泄密", "保密"),
            ("泄密", "泄露", "出事", "被黑", "黑客", "病毒", "漏题", "事故"),
            ("security", "safety", "secure", "leak", "breach"), (QUALITY,)),
    Concept("事故", ("安全事故", "事故发生率", "事故", "责任事故"),
            ("出事", "意外", "伤亡", "事件"),
            ("accident", "accidents", "incident"), (QUALITY,)),
    # ---- people and services ------------------------------------------------------------------
    Concept("培训", ("培训", "培训人次", "培训合格率", "培训班"),
            ("上课", "讲课", "办班", "学习班", "带教", "培养", "进修", "轮训", "授课", "教学",
             "学员", "学习"),
            ("training", "train", "course", "courses", "workshop", "cpd"), (QUANTITY,)),
    Concept("考试", ("考试", "考核", "考务", "考生", "考场"),
            ("考", "测评", "测试", "笔试", "面试", "答题", "阅卷", "监考", "招考", "应试"),
            ("exam", "exams", "examination", "test", "assessment", "candidate"), (QUANTITY,)),
    Concept("结业", ("结业", "结业考核", "结业率", "毕业"),
            ("出师", "学完", "培训完"),
            ("graduation", "graduate", "completion"), (QUALITY,)),
    Concept("就业", ("就业率", "就业", "就业去向"),
            ("找工作", "找到工作", "工作去向", "去向", "上岗", "饭碗"),
            ("employment", "employed", "job", "jobs", "placement"), (SOCIAL_BENEFIT,)),
    Concept("医师", ("医师", "医生", "医务人员", "住院医师"),
            ("大夫", "医护", "临床", "白大褂", "规培"),
            ("doctor", "doctors", "physician", "resident", "residents", "clinician"), ()),
    Concept("学生", ("学生", "学员", "毕业生"),
            ("学子", "学员们", "孩子", "应届"),
            ("student", "students", "trainee", "trainees", "graduates"), ()),
    Concept("招录", ("招录", "招收", "招生", "录取", "招聘"),
            ("招人", "进人", "收人", "录用", "名额", "进基地"),
            ("recruitment", "recruit", "enrolment", "enrollment", "admission", "hiring"),
            (QUANTITY,)),
    Concept("职称", ("职称评审", "职称", "评审"),
            ("评职称", "晋升", "评级", "评上"),
            ("title", "promotion", "review"), ()),
    Concept("鉴定", ("鉴定", "技术鉴定", "医疗事故技术鉴定"),
            ("医疗纠纷", "定责", "判定", "认定"),
            ("appraisal", "identification", "malpractice"), ()),
    Concept("档案", ("档案", "档案管理", "资料"),
            ("文件", "卷宗", "材料归档", "归档", "存档"),
            ("archive", "archives", "records", "filing"), ()),
    Concept("报告", ("报告", "调研报告", "研究报告"),
            ("文稿", "材料", "稿子", "写成", "调研"),
            ("report", "reports", "study"), (QUANTITY,)),
    Concept("药品", ("药品", "药品集中采购", "药物"),
            ("买药", "药", "用药", "带量采购", "集采"),
            ("drug", "drugs", "medicine", "medicines", "pharmaceutical"), ()),
    Concept("采购", ("采购", "集中采购", "政府采购", "购置"),
            ("买", "购买", "采买", "买来", "进货", "招标"),
            ("procurement", "purchase", "purchasing", "tender", "bidding"), ()),
    Concept("验收", ("验收合格率", "验收", "验收合格"),
            ("交付", "收货", "检验", "过验收"),
            ("acceptance", "delivery", "inspection"), (QUALITY,)),
    Concept("监督", ("监督检查", "督导", "检查", "监管"),
            ("抽查", "巡查", "督查", "盯着", "查一查"),
            ("supervision", "inspection", "audit", "monitoring", "oversight"), (QUANTITY,)),
    Concept("宣传", ("宣传", "宣传覆盖率", "宣讲"),
            ("推广", "广而告之", "宣传单", "发传单", "科普"),
            ("publicity", "promotion", "outreach", "campaign"), (QUANTITY,)),
    Concept("工资", ("工资发放", "人员经费", "薪酬", "补助"),
            ("发工资", "发钱", "补贴", "待遇", "社保", "公积金", "津贴"),
            ("salary", "salaries", "wage", "wages", "payroll", "subsidy", "allowance"),
            (QUANTITY, TIMELINESS)),
    # ---- outcomes ---------------------------------------------------------------------------
    Concept("社会效益", ("社会效益", "社会影响", "效果"),
            ("作用", "好处", "影响", "值不值", "有没有用", "管不管用", "成效", "效果好"),
            ("impact", "outcome", "outcomes", "effect", "effectiveness", "benefit"),
            (SOCIAL_BENEFIT,)),
    Concept("经济效益", ("经济效益", "经济效益指标", "效益"),
            ("赚钱", "收益", "产值", "回报", "创收", "增收"),
            ("economic", "revenue", "roi", "return"), (ECONOMIC_BENEFIT,)),
    Concept("可持续", ("可持续", "长效机制", "可持续影响", "持续"),
            ("长期", "长久", "以后还", "一直", "长远", "后劲", "管长远"),
            ("sustainable", "sustainability", "long-term", "long term"), (SUSTAINABLE,)),
    Concept("生态", ("生态效益", "环境", "生态"),
            ("污染", "绿色", "环保", "排放", "节能", "减排"),
            ("environment", "environmental", "ecological", "green", "emission"), (ECOLOGICAL,)),
    Concept("使用率", ("使用率", "利用率", "使用"),
            ("用了", "用得上", "用没用", "用起来", "闲置", "用的人"),
            ("usage", "utilisation", "utilization", "use rate", "adoption"), (QUANTITY,)),
    Concept("服务能力", ("服务能力", "服务水平", "服务质量", "能力提升"),
            ("水平提高", "本事", "能力", "服务好不好"),
            ("capacity", "service level", "capability"), (SOCIAL_BENEFIT,)),
    Concept("绩效指标", ("绩效指标", "绩效目标", "指标"),
            ("考核点", "打分项"),
            ("kpi", "kpis", "indicator", "indicators", "metric", "metrics", "target", "okr"), ()),
)


@dataclass(frozen=True)
class Match:
    concept: Concept
    trigger: str  # what in the query named it


def _index() -> tuple[list[tuple[str, Concept]], dict[str, list[Concept]]]:
    chinese: list[tuple[str, Concept]] = []
    english: dict[str, list[Concept]] = {}
    for c in CONCEPTS:
        for w in (*c.formal, *c.informal):
            if w.isascii():
                english.setdefault(w.lower(), []).append(c)
            else:
                chinese.append((w, c))
        for w in c.english:
            english.setdefault(w.lower(), []).append(c)
    # Longest triggers first, so 超预算 is read before 预算 and 多少钱 before 钱.
    chinese.sort(key=lambda wc: -len(wc[0]))
    return chinese, english


_CHINESE, _ENGLISH = _index()


def find_concepts(text: str) -> list[Match]:
    """Concepts a (simplified, lower-cased) query names, each once, in trigger order.

    A Chinese trigger inside a longer trigger already read does not count again (in 超预算 the
    预算 is part of the longer phrase), so each stretch of the query names what its longest
    known phrase means.
    """
    found: dict[str, Match] = {}
    taken = [False] * len(text)
    for word, concept in _CHINESE:
        start = text.find(word)
        while start >= 0:
            span = range(start, start + len(word))
            if not all(taken[i] for i in span):
                for i in span:
                    taken[i] = True
                found.setdefault(concept.key, Match(concept, word))
            start = text.find(word, start + 1)
    lowered = text.lower()
    words = re.findall(r"[a-z][a-z\-]*", lowered)
    phrases = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    for phrase in sorted(phrases):
        for concept in _ENGLISH.get(phrase, ()):
            found.setdefault(concept.key, Match(concept, phrase))
    return list(found.values())
