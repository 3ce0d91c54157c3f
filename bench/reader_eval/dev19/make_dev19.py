"""Generate the dev19 reader evaluation set (docs/*.txt, gold/*.json, meta.json).

All content (counties, organisations, indicators, numbers) is invented for this set.
Run: python make_dev19.py
"""

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

L1_OF_L2 = {
    "数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
    "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标",
}
SHORT_L1 = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度指标"}
SHORT_L2 = {
    "数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本",
    "经济效益指标": "经济效益", "社会效益指标": "社会效益", "可持续影响指标": "可持续影响",
    "服务对象满意度指标": "满意度指标",
}
CQ_L2 = {
    "数量指标": "数量指标", "质量指标": "质量指标", "时效指标": "时效指标", "成本指标": "成本指标",
    "经济效益指标": "经济效益指标", "社会效益指标": "社会效益指标",
    "可持续影响指标": "可持续影响指标", "服务对象满意度指标": "服务对象满意度指标",
}
NUM1 = "一二三四五六七八九十"

DECL = "target_declaration"
SELF = "self_evaluation"
DEPT = "department_target"
DSELF = "department_self_evaluation"


def ind(l2, l3, op, val, unit, actual=None, weight=None, score=None, dev=None):
    return {"l1": L1_OF_L2[l2], "l2": l2, "l3": l3, "op": op, "val": val, "unit": unit,
            "actual": actual, "weight": weight, "score": score, "dev": dev}


def target_of(i):
    op = "" if i["op"] in ("", "定性") else i["op"]
    return op + i["val"] + i["unit"]


# ---------------------------------------------------------------- content
FORMS = {}

FORMS["A"] = {
    "kind": DECL, "year": 2024, "money": "万元",
    "name": "2024年五华县中央财政衔接推进乡村振兴补助资金项目",
    "department": "五华县农业农村局", "unit": "五华县乡村振兴服务中心",
    "funds": {"total": 3860, "fiscal": 3600, "carryover": 180, "other": 80},
    "goal": "支持全县16个镇发展特色产业项目42个，完善脱贫村小型公益性基础设施，带动脱贫户和监测户稳定增收，守住不发生规模性返贫底线。",
    "inds": [
        ind("数量指标", "扶持特色产业项目数量", "≥", "42", "个", weight=15),
        ind("数量指标", "新建改造村内道路长度", "≥", "28.5", "公里", weight=10),
        ind("质量指标", "项目竣工验收合格率", "≥", "98", "%", weight=10),
        ind("时效指标", "衔接资金拨付完成时限", "定性", "12月底前", "", weight=10),
        ind("成本指标", "村内道路建设单位成本", "≤", "65", "万元/公里", weight=10),
        ind("经济效益指标", "带动脱贫人口人均纯收入增长率", "≥", "8", "%", weight=10),
        ind("社会效益指标", "带动脱贫户和监测户户数", "≥", "3200", "户", weight=15),
        ind("可持续影响指标", "项目资产后续管护机制", "定性", "健全有效", "", weight=10),
        ind("服务对象满意度指标", "受益群众满意度", "≥", "92", "%", weight=10),
    ],
}
FORMS["B"] = {
    "kind": SELF, "year": 2023, "money": "万元",
    "name": "2023年都安瑶族自治县易地扶贫搬迁后续扶持项目",
    "department": "都安瑶族自治县乡村振兴局", "unit": "都安瑶族自治县易地搬迁后续扶持服务中心",
    "funds": {"total": 1250, "fiscal": 1250, "executed": 1186.4, "execution_rate": 94.91},
    "goal": "完善安置点配套设施，扶持安置点就业帮扶车间和后续产业，开展搬迁劳动力技能培训，促进搬迁群众稳得住、有就业、逐步能致富。",
    "total_score": 96.5, "grade": "优",
    "inds": [
        ind("数量指标", "安置点配套设施改造项目", "≥", "12", "个", "12个", 15, 15),
        ind("数量指标", "组织搬迁劳动力技能培训", "≥", "1500", "人次", "1620人次", 15, 15),
        ind("质量指标", "培训合格率", "≥", "90", "%", "93.2%", 10, 10),
        ind("时效指标", "配套项目完工时间", "定性", "2023年11月底前", "", "2023年12月20日", 10, 8,
            "2个配套项目受雨季影响延后完工"),
        ind("成本指标", "人均培训补贴标准", "≤", "1200", "元/人", "1150元/人", 10, 10),
        ind("社会效益指标", "搬迁劳动力就业人数", "≥", "8600", "人", "8412人", 15, 13.5,
            "部分劳动力返乡照顾家庭，就业人数略低于目标"),
        ind("可持续影响指标", "后续扶持长效机制", "定性", "逐步健全", "", "基本健全", 10, 10),
        ind("服务对象满意度指标", "搬迁群众满意度", "≥", "90", "%", "94.6%", 15, 15),
    ],
}
FORMS["C"] = {
    "kind": DECL, "year": 2025, "money": "万元",
    "name": "2025年镇雄县就业帮扶车间建设补助项目",
    "department": "镇雄县人力资源和社会保障局", "unit": "镇雄县就业服务中心",
    "funds": {"total": 680, "fiscal": 600, "carryover": None, "other": 80},
    "goal": "扶持认定就业帮扶车间30个，吸纳脱贫劳动力和农村低收入人口就近就业不少于900人，车间稳定运营率达到85%以上。",
    "inds": [
        ind("数量指标", "认定就业帮扶车间数量", "≥", "30", "个", weight=15),
        ind("数量指标", "吸纳脱贫劳动力就业人数", "≥", "900", "人", weight=15),
        ind("质量指标", "车间稳定运营率", "≥", "85", "%", weight=10),
        ind("时效指标", "奖补资金兑付时间", "定性", "2025年10月底前", "", weight=10),
        ind("成本指标", "单个车间一次性奖补标准", "≤", "5", "万元/个", weight=10),
        ind("经济效益指标", "务工人员月均工资收入", "≥", "2600", "元", weight=15),
        ind("社会效益指标", "带动留守妇女和残疾人就业", "定性", "明显增加", "", weight=15),
        ind("服务对象满意度指标", "务工人员满意度", "≥", "90", "%", weight=10),
    ],
}
FORMS["D"] = {
    "kind": SELF, "year": 2024, "money": "万元",
    "name": "威宁彝族回族苗族自治县2024年消费帮扶助农增收项目",
    "department": "威宁彝族回族苗族自治县农业农村局", "unit": "威宁县农产品产销服务中心",
    "funds": {"total": 420, "fiscal": 400, "carryover": 20, "executed": 411.6, "execution_rate": 98.0},
    "goal": "通过东西部协作消费帮扶、产销对接等方式销售威宁洋芋、苹果等特色农产品，带动脱贫户稳定增收。",
    "total_score": 96, "grade": "优",
    "inds": [
        ind("数量指标", "组织产销对接活动场次", "≥", "15", "场", "17场", 10, 10),
        ind("数量指标", "特色农产品销售额", "≥", "2.8", "亿元", "2.64亿元", 15, 13,
            "受苹果市场价格下行影响，销售额未达预期"),
        ind("质量指标", "消费帮扶产品抽检合格率", "≥", "98", "%", "99.1%", 10, 10),
        ind("时效指标", "物流补助资金拨付时限", "定性", "次年1月底前", "", "2025年1月15日", 10, 10),
        ind("成本指标", "农产品物流补贴标准", "≤", "0.3", "元/公斤", "0.28元/公斤", 10, 10),
        ind("经济效益指标", "带动脱贫户户均增收", "≥", "1500", "元", "1380元", 15, 13,
            "部分合作社订单减少，户均增收低于目标"),
        ind("社会效益指标", "带动脱贫户数", "≥", "6000", "户", "6215户", 15, 15),
        ind("服务对象满意度指标", "合作社及农户满意度", "≥", "90", "%", "92%", 15, 15),
    ],
}
FORMS["E"] = {
    "kind": DECL, "year": 2024, "money": "万元",
    "name": "2024年昭觉县驻村工作队工作经费",
    "department": "中共昭觉县委组织部", "unit": "昭觉县驻村帮扶工作服务中心",
    "funds": {"total": 512, "fiscal": 512, "carryover": None, "other": None},
    "goal": "保障全县191个驻村工作队、573名驻村队员工作生活经费，落实驻村队员生活补助和人身意外伤害保险，推动驻村帮扶各项任务落地见效。",
    "inds": [
        ind("数量指标", "保障驻村工作队数量", "", "191", "个"),
        ind("数量指标", "驻村队员人数", "≥", "573", "人"),
        ind("质量指标", "驻村队员在岗率", "≥", "95", "%"),
        ind("时效指标", "生活补助发放时间", "", "每月10日前", ""),
        ind("成本指标", "驻村队员生活补助标准", "≤", "100", "元/人·天"),
        ind("社会效益指标", "为群众办实事好事件数", "≥", "1500", "件"),
        ind("可持续影响指标", "驻村帮扶长效机制", "", "持续完善", ""),
        ind("服务对象满意度指标", "派驻村群众满意度", "≥", "90", "%"),
    ],
}
FORMS["F"] = {
    "kind": SELF, "year": 2023, "money": "万元",
    "name": "2023年连州市村级党组织阵地建设提升项目",
    "department": "中共连州市委组织部", "unit": "连州市党员教育服务中心",
    "funds": {"total": 360, "fiscal": 360, "executed": 342, "execution_rate": 95.0},
    "goal": "完成28个村级党群服务中心规范化提升改造，配齐党员远程教育设施设备，提升基层党组织服务群众能力。",
    "total_score": 97, "grade": "优",
    "inds": [
        ind("数量指标", "党群服务中心提升改造数量", "≥", "28", "个", "28个", 15, 15),
        ind("数量指标", "配备远程教育设备套数", "≥", "28", "套", "26套", 10, 9,
            "2个村设备采购延迟至次年交付"),
        ind("质量指标", "改造工程验收合格率", "", "100", "%", "100%", 10, 10),
        ind("时效指标", "改造完成时间", "", "2023年10月底前", "", "2023年11月15日", 10, 8,
            "部分村址涉及用地协调，工期延后"),
        ind("成本指标", "单个中心改造补助", "≤", "12", "万元", "11.6万元", 5, 5),
        ind("社会效益指标", "党员群众活动参与人次", "≥", "2", "万人次", "2.3万人次", 30, 30),
        ind("可持续影响指标", "阵地长效管理机制", "", "建立健全", "", "已建立", 10, 10),
        ind("服务对象满意度指标", "党员群众满意度", "≥", "90", "%", "93%", 10, 10),
    ],
}
FORMS["G"] = {
    "kind": DEPT, "year": 2025, "money": "万元",
    "name": "中共田东县委宣传部部门整体支出",
    "department": "中共田东县委宣传部", "unit": "中共田东县委宣传部",
    "funds": {"total": 1320, "fiscal": 1280, "carryover": None, "other": 40},
    "tasks": [
        ("新时代文明实践阵地建设", "推进县级中心、乡镇所、村级站规范化建设，统筹阵地资源。"),
        ("理论宣讲与宣传教育", "组织基层理论宣讲，开展主题宣传和网络文明建设。"),
        ("志愿服务常态化", "建设志愿服务队伍，开展“我们的节日”等志愿服务活动。"),
    ],
    "goal": "建成覆盖县乡村三级的新时代文明实践阵地，常态化开展理论宣讲和志愿服务活动，群众参与度和获得感明显提升。",
    "inds": [
        ind("数量指标", "新时代文明实践所（站）建设数量", "≥", "165", "个"),
        ind("数量指标", "开展志愿服务活动场次", "≥", "2400", "场次"),
        ind("质量指标", "实践站“五有”标准达标率", "≥", "95", "%"),
        ind("时效指标", "重点宣传任务完成时限", "", "按上级要求时限完成", ""),
        ind("成本指标", "实践站运行补助标准", "≤", "8000", "元/个·年"),
        ind("社会效益指标", "注册志愿者人数", "≥", "4.5", "万人"),
        ind("社会效益指标", "群众参与文明实践活动覆盖率", "≥", "80", "%"),
        ind("可持续影响指标", "志愿服务常态化机制", "", "持续健全", ""),
        ind("服务对象满意度指标", "群众满意度", "≥", "90", "%"),
    ],
}
FORMS["H"] = {
    "kind": DECL, "year": 2024, "money": "万元",
    "name": "2024年宾川县农家书屋提质增效项目",
    "department": "宾川县文化和旅游局", "unit": "宾川县图书馆",
    "funds": {"total": 96.5, "fiscal": 90, "carryover": None, "other": 6.5},
    "goal": "为全县89个行政村农家书屋补充更新出版物，开展阅读推广活动，推进农家书屋纳入县图书馆总分馆体系实现通借通还。",
    "inds": [
        ind("数量指标", "补充更新出版物册数", "≥", "2.6", "万册"),
        ind("数量指标", "开展阅读推广活动场次", "≥", "180", "场"),
        ind("质量指标", "出版物选配目录符合率", "≥", "95", "%"),
        ind("时效指标", "出版物配送完成时间", "", "2024年9月底前", ""),
        ind("成本指标", "每个书屋年度补充更新经费", "≤", "1.0", "万元"),
        ind("社会效益指标", "农家书屋年接待读者人次", "≥", "12", "万人次"),
        ind("可持续影响指标", "书屋管理员持续在岗", "", "长期", ""),
        ind("服务对象满意度指标", "读者满意度", "≥", "90", "%"),
    ],
}
FORMS["I"] = {
    "kind": SELF, "year": 2023, "money": "万元",
    "name": "2023年榕江县城北体育公园建设项目",
    "department": "榕江县文体广电旅游局", "unit": "榕江县全民健身服务中心",
    "funds": {"total": 1800, "fiscal": 1500, "other": 300, "executed": 1656, "execution_rate": 92.0},
    "goal": "建成占地约62亩的城北体育公园，配套建设笼式足球场、篮球场、健身步道和智能健身路径，满足群众就近健身需求。",
    "total_score": 92.5, "grade": "优",
    "inds": [
        ind("数量指标", "新建健身步道长度", "≥", "3.2", "公里", "3.2公里", 10, 10),
        ind("数量指标", "新建笼式足球场", "≥", "2", "个", "2个", 10, 10),
        ind("数量指标", "安装智能健身路径", "≥", "15", "套", "12套", 10, 8,
            "3套设备供货延迟，已于2024年1月安装到位"),
        ind("质量指标", "工程竣工验收合格率", "", "100", "%", "100%", 10, 10),
        ind("时效指标", "项目建成投入使用时间", "", "2023年12月底前", "", "2024年1月", 10, 7,
            "受持续降雨影响，土方工程工期延后约一个月"),
        ind("成本指标", "项目总投资控制", "≤", "1800", "万元", "1656万元", 10, 10),
        ind("社会效益指标", "年接待健身群众人次", "≥", "30", "万人次", "26.5万人次", 25, 22.5,
            "公园投入使用时间较短，全年接待人次未达目标"),
        ind("可持续影响指标", "设施免费或低收费开放", "", "长期", "", "长期", 5, 5),
        ind("服务对象满意度指标", "健身群众满意度", "≥", "85", "%", "91%", 10, 10),
    ],
}
FORMS["J"] = {
    "kind": DSELF, "year": 2024, "money": "万元",
    "name": "仪陇县文化体育和旅游局部门整体支出",
    "department": "仪陇县文化体育和旅游局", "unit": "仪陇县文化体育和旅游局",
    "funds": {"total": 2950, "fiscal": 2860, "other": 90, "executed": 2891, "execution_rate": 98.0},
    "goal": "实施全民健身惠民工程，举办县级全民健身赛事活动，更新村级健身器材，推进公共文化体育场馆免费开放，提高群众经常参加体育锻炼比例。",
    "total_score": 99, "grade": "优",
    "inds": [
        ind("数量指标", "举办县级以上全民健身赛事活动", "≥", "20", "场次", "24场次", 10, 10),
        ind("数量指标", "新建更新村级健身器材", "≥", "60", "套", "60套", 10, 10),
        ind("数量指标", "培训社会体育指导员", "≥", "300", "人", "286人", 10, 9,
            "部分乡镇报名人数不足，培训人数未达目标"),
        ind("质量指标", "公共文化体育场馆免费开放率", "", "100", "%", "100%", 10, 10),
        ind("时效指标", "资金支付及时率", "≥", "95", "%", "97.3%", 10, 10),
        ind("社会效益指标", "经常参加体育锻炼人数比例", "≥", "38", "%", "39.2%", 20, 20),
        ind("社会效益指标", "人均体育场地面积", "≥", "2.6", "平方米", "2.65平方米", 10, 10),
        ind("可持续影响指标", "全民健身设施管护机制", "", "健全", "", "健全", 10, 10),
        ind("服务对象满意度指标", "群众满意度", "≥", "90", "%", "93.6%", 10, 10),
    ],
}
FORMS["K"] = {
    "kind": SELF, "year": 2024, "money": "万元",
    "name": "2024年乐昌市长者饭堂（老年助餐）服务补助项目",
    "department": "乐昌市民政局", "unit": "乐昌市社会福利中心",
    "funds": {"total": 245, "fiscal": 245, "executed": 238.2, "execution_rate": 97.22},
    "goal": "在城区和各镇建设运营长者饭堂24个，为60周岁以上老年人提供助餐服务，对特困、低保等困难老年人给予就餐补贴。",
    "total_score": 98, "grade": "优",
    "inds": [
        ind("数量指标", "运营长者饭堂数量", "≥", "24", "个", "24个", 15, 15),
        ind("数量指标", "年度助餐服务人次", "≥", "18", "万人次", "16.9万人次", 15, 13,
            "2个镇长者饭堂6月才投入运营，服务人次少于计划"),
        ind("质量指标", "食品安全检查合格率", "", "100", "%", "100%", 10, 10),
        ind("时效指标", "助餐补贴拨付时间", "", "每季度末前", "", "按季度拨付", 10, 10),
        ind("成本指标", "困难老人每餐补贴标准", "≤", "8", "元/餐", "8元/餐", 10, 10),
        ind("社会效益指标", "困难老年人助餐覆盖率", "≥", "85", "%", "88%", 20, 20),
        ind("可持续影响指标", "助餐服务持续运营", "", "持续", "", "持续", 10, 10),
        ind("服务对象满意度指标", "就餐老人满意度", "≥", "90", "%", "95.2%", 10, 10),
    ],
}
FORMS["L"] = {
    "kind": DECL, "year": 2025, "money": "万元",
    "name": "2025年全州县残疾人托养服务补助项目",
    "department": "全州县残疾人联合会", "unit": "全州县残疾人托养中心",
    "funds": {"total": 138, "fiscal": 120, "carryover": 18, "other": None},
    "goal": "为全县不少于260名就业年龄段智力、精神和重度肢体残疾人提供寄宿制和日间照料托养服务，减轻残疾人家庭照护负担。",
    "inds": [
        ind("数量指标", "托养服务残疾人数", "≥", "260", "人"),
        ind("数量指标", "寄宿制托养人数", "≥", "80", "人"),
        ind("质量指标", "托养机构服务规范达标率", "≥", "95", "%"),
        ind("时效指标", "托养补贴发放时间", "", "每半年发放一次", ""),
        ind("成本指标", "寄宿制托养补助标准", "≤", "6000", "元/人·年"),
        ind("社会效益指标", "残疾人家庭照护负担", "", "有效减轻", ""),
        ind("可持续影响指标", "托养服务机构稳定运行", "≥", "3", "年"),
        ind("服务对象满意度指标", "残疾人及家属满意度", "≥", "92", "%"),
    ],
}
FORMS["M"] = {
    "kind": DEPT, "year": 2024, "money": "万元",
    "name": "会泽县民政局部门整体支出",
    "department": "会泽县民政局", "unit": "会泽县民政局",
    "funds": {"total": 8650, "fiscal": 8420, "carryover": None, "other": 230},
    "tasks": [
        ("城乡低保与特困供养", "按时足额发放城乡低保金和特困人员供养金。"),
        ("儿童福利与未成年人保护", "保障孤儿和事实无人抚养儿童基本生活，建设未成年人保护工作站。"),
        ("流浪乞讨人员救助", "开展街面巡查、寻亲服务和护送返乡。"),
    ],
    "goal": "落实孤儿和事实无人抚养儿童基本生活保障，困境儿童应保尽保，流浪乞讨人员得到及时救助，兜底保障水平稳步提高。",
    "inds": [
        ind("数量指标", "孤儿基本生活费保障人数", "≥", "210", "人"),
        ind("数量指标", "事实无人抚养儿童保障人数", "≥", "1350", "人"),
        ind("数量指标", "流浪乞讨人员救助人次", "≥", "320", "人次"),
        ind("质量指标", "保障对象认定准确率", "≥", "98", "%"),
        ind("时效指标", "基本生活费发放时限", "", "每月15日前", ""),
        ind("成本指标", "集中养育孤儿保障标准", "≥", "1800", "元/人·月"),
        ind("社会效益指标", "困境儿童应保尽保率", "", "100", "%"),
        ind("可持续影响指标", "未成年人保护工作机制", "", "持续完善", ""),
        ind("服务对象满意度指标", "保障对象满意度", "≥", "90", "%"),
    ],
}
FORMS["N"] = {
    "kind": SELF, "year": 2023, "money": "万元",
    "name": "2023年宣汉县流浪乞讨人员救助管理专项资金",
    "department": "宣汉县民政局", "unit": "宣汉县救助管理站",
    "funds": {"total": 85, "fiscal": 85, "executed": 79.6, "execution_rate": 93.65},
    "goal": "对流浪乞讨人员实施临时救助，开展街面巡查和寻亲服务，护送受助人员返乡，确保受助人员得到及时救助和妥善安置。",
    "total_score": 98.5, "grade": "优",
    "inds": [
        ind("数量指标", "救助流浪乞讨人员人次", "≥", "260", "人次", "284人次", 15, 15),
        ind("数量指标", "街面巡查次数", "≥", "150", "次", "163次", 10, 10),
        ind("质量指标", "受助人员寻亲成功率", "≥", "80", "%", "76.5%", 15, 13.5,
            "部分受助人员无法提供有效身份信息，寻亲难度大"),
        ind("时效指标", "接收救助响应时间", "≤", "2", "小时", "1.5小时", 10, 10),
        ind("成本指标", "人均救助成本", "≤", "2800", "元/人次", "2650元/人次", 10, 10),
        ind("社会效益指标", "滞留超期受助人员安置", "定性", "妥善安置", "", "已妥善安置", 15, 15),
        ind("可持续影响指标", "救助管理工作机制", "定性", "持续健全", "", "持续健全", 10, 10),
        ind("服务对象满意度指标", "受助人员满意度", "≥", "90", "%", "95%", 15, 15),
    ],
}


# ---------------------------------------------------------------- helpers
def is_self(f):
    return f["kind"] in (SELF, DSELF)


def is_dept(f):
    return f["kind"] in (DEPT, DSELF)


def num(v):
    if v is None:
        return ""
    if float(v).is_integer():
        return str(int(v))
    return f"{v:g}"


def money(f, v):
    if v is None:
        return ""
    if f["money"] == "元":
        return f"{v * 10000:,.2f}"
    return num(v)


def title(f):
    y = f["year"]
    return {
        DECL: f"{y}年度项目支出绩效目标申报表",
        SELF: f"{y}年度项目支出绩效自评表",
        DEPT: f"{y}年度部门整体支出绩效目标表",
        DSELF: f"{y}年度部门整体支出绩效自评表",
    }[f["kind"]]


def header_pairs(f):
    """Label/value pairs of the header block, in print order."""
    u = f["money"]
    fu = f["funds"]
    out = []
    if is_dept(f):
        out.append(("部门名称", f["department"]))
        out.append(("年度", f"{f['year']}年"))
    else:
        out.append(("项目名称", f["name"]))
        out.append(("主管部门", f["department"]))
        out.append(("实施单位", f["unit"]))
    if is_self(f):
        out.append((f"全年预算数（{u}）", money(f, fu["total"])))
        if fu.get("fiscal") is not None:
            out.append(("其中：财政拨款", money(f, fu["fiscal"])))
        if fu.get("carryover") is not None:
            out.append(("上年结转", money(f, fu["carryover"])))
        if fu.get("other") is not None:
            out.append(("其他资金", money(f, fu["other"])))
        out.append((f"全年执行数（{u}）", money(f, fu["executed"])))
        out.append(("执行率", num(fu["execution_rate"]) + "%"))
    else:
        lab = "部门预算总额" if is_dept(f) else "年度资金总额"
        out.append((f"{lab}（{u}）", money(f, fu["total"])))
        out.append(("其中：财政拨款", money(f, fu["fiscal"])))
        if fu.get("carryover") is not None:
            out.append(("上年结转", money(f, fu["carryover"])))
        if fu.get("other") is not None:
            out.append(("其他资金", money(f, fu["other"])))
    return out


def goal_label(f):
    if is_dept(f):
        return "整体绩效目标"
    if is_self(f):
        return "年度总体目标"
    return "年度绩效目标"


def table_head(f, cq=False):
    if cq:
        h = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]
        if is_self(f):
            h += ["全年完成值", "得分", "偏差原因"]
        else:
            h += ["评价标准"]
        return h
    h = ["一级指标", "二级指标", "三级指标"]
    if is_self(f):
        h += ["年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    else:
        h += ["指标值"]
    return h


def classic_rows(f, l1map=None, l2map=None, merged=True):
    """Rows of the classic table: [l1, l2, l3, target, (actual, w, s, dev)]."""
    rows = []
    prev1 = prev2 = None
    for i in f["inds"]:
        l1 = l1map.get(i["l1"], i["l1"]) if l1map else i["l1"]
        l2 = l2map.get(i["l2"], i["l2"]) if l2map else i["l2"]
        c1 = l1 if (not merged or i["l1"] != prev1) else ""
        c2 = l2 if (not merged or i["l2"] != prev2 or i["l1"] != prev1) else ""
        prev1, prev2 = i["l1"], i["l2"]
        r = [c1, c2, i["l3"], target_of(i)]
        if is_self(f):
            r += [i["actual"], num(i["weight"]), num(i["score"]), i["dev"] or ""]
        rows.append(r)
    return rows


def cq_nature(i):
    return "定性" if i["op"] in ("定性", "") else i["op"]


def cq_rows(f, merged=True):
    rows = []
    prev = None
    for i in f["inds"]:
        c = CQ_L2[i["l2"]] if (not merged or i["l2"] != prev) else ""
        prev = i["l2"]
        unit = i["unit"] if i["unit"] else "无"
        r = [c, i["l3"], cq_nature(i), i["val"], unit, num(i["weight"])]
        if is_self(f):
            r += [i["actual"], num(i["score"]), i["dev"] or ""]
        else:
            std = "达到或超过目标值得满分" if i["op"] == "≥" else (
                "不超过目标值得满分" if i["op"] == "≤" else "按完成情况酌情评分")
            r += [std]
        rows.append(r)
    return rows


def score_line(f):
    if not is_self(f):
        return []
    return [("总分", num(f["total_score"])), ("评价等级", f["grade"])]


def tasks_lines(f):
    return [f"{n}. {a}：{b}" for n, (a, b) in enumerate(f.get("tasks", []), 1)]


# ---------------------------------------------------------------- renderers
def r_tab(f, rows, head, trailing=True):
    ncol = len(head)
    out = [title(f)]
    hp = header_pairs(f)
    for k in range(0, len(hp), 2):
        cells = []
        for lab, val in hp[k:k + 2]:
            cells += [lab, val]
        out.append("\t".join(cells + ([""] * (ncol - len(cells)) if trailing else [])))
    if f.get("tasks"):
        out.append("\t".join(["年度主要任务", "任务名称", "主要内容"]))
        for a, b in f["tasks"]:
            out.append("\t".join(["", a, b]))
    out.append("\t".join([goal_label(f), f["goal"]] + ([""] * (ncol - 2) if trailing else [])))
    out.append("\t".join(["绩效指标"] + head))
    for r in rows:
        out.append("\t".join([""] + r))
    for lab, val in score_line(f):
        out.append("\t".join([lab, val]))
    return "\n".join(out) + "\n"


def r_cells(f, rows, head):
    out = [title(f), ""]
    for lab, val in header_pairs(f):
        out += [lab, val]
    out += [goal_label(f), f["goal"], ""]
    out += head
    for r in rows:
        out += [c if c else " " for c in r]
    for lab, val in score_line(f):
        out += [lab, val]
    return "\n".join(out) + "\n"


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(s, width):
    parts, cur = [], ""
    for ch in s:
        if dw(cur + ch) > width:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    if cur or not parts:
        parts.append(cur)
    return parts


def pad(s, width):
    return s + " " * max(0, width - dw(s))


def r_layout(f, rows, head, widths, label_cols=2, spaced=False):
    """pdftotext -layout: wrapped cells, merged labels on the middle line of their block."""
    out = [" " * 30 + title(f), ""]
    hp = header_pairs(f)
    for k in range(0, len(hp), 2):
        pieces = [(lab, wrap(val, 36)) for lab, val in hp[k:k + 2]]
        depth = max(len(vw) for _, vw in pieces)
        for d in range(depth):
            line = ""
            for lab, vw in pieces:
                line += pad(lab if d == 0 else "", 22) + pad(vw[d] if d < len(vw) else "", 40)
            out.append(line.rstrip())
    if f.get("tasks"):
        out.append("年度主要任务")
    for t in tasks_lines(f):
        out.append(" " * 4 + t)
    gw = wrap(f["goal"], 60)
    for n, g in enumerate(gw):
        out.append(pad(goal_label(f) if n == len(gw) // 2 else "", 22) + g)
    out.append("")
    out.append("   ".join(pad(h, w) for h, w in zip(head, widths, strict=True)).rstrip())
    # lines per row
    row_lines = []
    for r in rows:
        cells = [wrap(c, w) if j >= label_cols else [""] for j, (c, w) in enumerate(zip(r, widths, strict=True))]
        row_lines.append((r, cells, max(len(c) for c in cells)))
    # blocks for label columns
    grid = []
    for _r, cells, n in row_lines:
        for k in range(n):
            grid.append([c[k] if k < len(c) else "" for c in cells])
    for col in range(label_cols):
        start = 0
        k = 0
        blocks = []
        while k < len(row_lines):
            j = k + 1
            while j < len(row_lines) and not row_lines[j][0][col] and all(
                    not row_lines[j][0][c2] for c2 in range(col)):
                j += 1
            lines = sum(x[2] for x in row_lines[k:j])
            blocks.append((start, lines, row_lines[k][0][col]))
            start += lines
            k = j
        for s0, ln, lab in blocks:
            if spaced and col == 0:
                lab = " ".join(lab)
            grid[s0 + (ln - 1) // 2][col] = lab
    for g in grid:
        out.append("   ".join(pad(c, w) for c, w in zip(g, widths, strict=True)).rstrip())
    for lab, val in score_line(f):
        out.append(pad(lab, 22) + val)
    out.append("")
    out.append(" " * 40 + "第 1 页")
    return "\n".join(out) + "\n"


def flat_cells(f, rows, head):
    cells = [title(f)]
    for lab, val in header_pairs(f):
        cells += [lab, val]
    if f.get("tasks"):
        cells.append("年度主要任务")
        for a, b in f["tasks"]:
            cells += [a, b]
    cells += [goal_label(f), f["goal"], "绩效指标"] + head
    for r in rows:
        cells += [c for c in r if c]
    for lab, val in score_line(f):
        cells += [lab, val]
    return cells


def r_run(f, rows, head, lo, hi, seed):
    text = "".join(flat_cells(f, rows, head))
    rnd = random.Random(seed)
    out, k = [], 0
    while k < len(text):
        n = rnd.randint(lo, hi)
        out.append(text[k:k + n])
        k += n
    return "\n".join(out) + "\n"


def r_oneline(f, rows, head):
    return " ".join(flat_cells(f, rows, head)) + "\n"


def r_scrambled(f, rows, head, lines=1):
    pre = [title(f)]
    for lab, val in header_pairs(f):
        pre += [lab, val]
    pre += [goal_label(f), f["goal"]]
    cols = []
    for j in range(len(head)):
        cols.append([head[j]] + [r[j] for r in rows if r[j]])
    post = []
    for lab, val in score_line(f):
        post += [lab, val]
    if lines == 1:
        return " ".join(pre + [c for col in cols for c in col] + post) + "\n"
    first = pre + [c for col in cols[:3] for c in col]
    second = [c for col in cols[3:] for c in col] + post
    return " ".join(first) + "\n" + " ".join(second) + "\n"


def r_rowlines(f, rows, head):
    out = [title(f)]
    hp = header_pairs(f)
    for k in range(0, len(hp), 2):
        out.append(" ".join(x for p in hp[k:k + 2] for x in p))
    if f.get("tasks"):
        out.append("年度主要任务")
    for t in tasks_lines(f):
        out.append(t)
    out.append(goal_label(f) + " " + f["goal"])
    out.append(" ".join(head))
    for r in rows:
        out.append(" ".join(c for c in r if c))
    for lab, val in score_line(f):
        out.append(lab + " " + val)
    return "\n".join(out) + "\n"


def numbered_rows(f):
    rows = []
    prev1 = prev2 = None
    n1 = n2 = 0
    for i in f["inds"]:
        c1 = c2 = ""
        if i["l1"] != prev1:
            c1 = f"{NUM1[n1]}、{i['l1']}"
            n1 += 1
            n2 = 0
            prev2 = None
        if i["l2"] != prev2:
            c2 = f"（{NUM1[n2]}）{i['l2']}"
            n2 += 1
        prev1, prev2 = i["l1"], i["l2"]
        r = [c1, c2, i["l3"], target_of(i)]
        if is_self(f):
            r += [i["actual"], num(i["weight"]), num(i["score"]), i["dev"] or ""]
        rows.append(r)
    return rows


# ---------------------------------------------------------------- gold
def gold(f, cq=False):
    fu = f["funds"]

    def yuan(k):
        v = fu.get(k)
        return None if v is None else round(float(v) * 10000, 2)

    funds = {"total": yuan("total"), "fiscal": yuan("fiscal"), "carryover": yuan("carryover"),
             "other": yuan("other"), "executed": yuan("executed"),
             "execution_rate": fu.get("execution_rate")}
    inds = []
    for i in f["inds"]:
        inds.append({
            "level1": i["l1"], "level2": i["l2"], "level3": i["l3"], "target": target_of(i),
            "actual": i["actual"] if is_self(f) else None,
            "weight": float(i["weight"]) if (i["weight"] is not None and (cq or is_self(f))) else None,
            "score": float(i["score"]) if (i["score"] is not None and is_self(f)) else None,
            "deviation": i["dev"] if is_self(f) else None,
        })
    return {
        "name": f["name"], "department": f["department"], "unit": f["unit"], "year": f["year"],
        "form": f["kind"], "funds": funds, "goal": f["goal"],
        "total_score": float(f["total_score"]) if is_self(f) else None,
        "grade": f.get("grade") if is_self(f) else None,
        "indicators": inds,
    }


def variant(key, **kw):
    f = dict(FORMS[key])
    f.update(kw)
    return f


W_DECL = [10, 18, 30, 16]
W_SELF = [10, 18, 28, 14, 14, 4, 4, 26]
W_CQ_SELF = [18, 28, 8, 14, 8, 8, 14, 4, 26]


# ---------------------------------------------------------------- documents
def build():
    docs = []

    def add(doc_id, family, province, sector, note, text, forms, cq=False):
        docs.append((doc_id, family, province, sector, note, text, [gold(x, cq) for x in forms]))

    # chongqing_style
    f = FORMS["A"]
    add("c01_cq_tab_guangdong_rural", "chongqing_style", "广东", "乡村振兴衔接资金",
        "Excel/WPS tab copy of a Chongqing-template declaration (trailing tabs kept): 指标类型 printed once per block, "
        "定性 rows with 计量单位 无, 指标权重 and 评价标准 columns, funds with 上年结转.",
        r_tab(f, cq_rows(f), table_head(f, True)), [f], cq=True)
    f = FORMS["B"]
    add("c02_cq_layout_guangxi_relocation", "chongqing_style", "广西", "易地搬迁后续扶持",
        "pdftotext -layout of a Chongqing self-evaluation: 指标类型 on the middle line of its block, deviation texts "
        "wrapped onto continuation lines, 全年完成值 with units, 总分/评价等级 under the table, page footer.",
        r_layout(f, cq_rows(f), table_head(f, True), W_CQ_SELF, label_cols=1), [f], cq=True)
    f = FORMS["C"]
    add("c03_cq_cell_yunnan_workshop", "chongqing_style", "云南", "就业帮扶车间",
        "Word copy, one cell per line, covered 指标类型 cells as space-only lines; 定性 rows with unit 无; "
        "declaration with 指标权重 and 评价标准.",
        r_cells(f, cq_rows(f), table_head(f, True)), [f], cq=True)
    f = FORMS["D"]
    add("c04_cq_run_guizhou_consumption", "chongqing_style", "贵州", "消费帮扶",
        "Chongqing self-evaluation run together (no separators), broken every 25–60 characters; 亿元 and 元/公斤 "
        "units, two deviations, 上年结转 in the budget block.",
        r_run(f, cq_rows(f), table_head(f, True), 25, 60, 1901), [f], cq=True)
    f = FORMS["N"]
    add("c05_cq_oneline_sichuan_vagrant", "chongqing_style", "四川", "流浪乞讨救助",
        "The whole Chongqing self-evaluation on one line, single spaces, covered 指标类型 cells absent: "
        "≥ 260 人次, ≤ 2 小时, 定性 妥善安置 无.",
        r_oneline(f, cq_rows(f), table_head(f, True)), [f], cq=True)

    # label_variants
    f = FORMS["F"]
    add("l01_lbl_tab_guangdong_party", "label_variants", "广东", "基层党建阵地",
        "Classic self-evaluation, tab copy without trailing tabs, short labels: level 1 产出/效益/满意度指标, "
        "level 2 数量/质量/时效/成本/社会效益/可持续影响, 满意度指标 at both levels; 100% without sign.",
        r_tab(f, classic_rows(f, SHORT_L1, SHORT_L2), table_head(f), trailing=False), [f])
    f = FORMS["H"]
    add("l02_lbl_numbered_yunnan_library", "label_variants", "云南", "农家书屋",
        "Declaration (tab copy) with numbered labels 一、产出指标 / （一）数量指标 …, numbering of level 2 restarting "
        "under each level-1 block; 万册, 万人次.",
        r_tab(f, numbered_rows(f), table_head(f)), [f])
    f = FORMS["G"]
    add("l03_lbl_spaced_guangxi_civilization", "label_variants", "广西", "新时代文明实践",
        "Department target as pdftotext -layout, letter-spaced short level-1 labels (产 出, 效 益, 满 意 度 指 标) on "
        "the middle line of their block, short level-2 labels, 年度主要任务 lines above the goal.",
        r_layout(f, classic_rows(f, SHORT_L1, SHORT_L2), table_head(f), [14, 12, 30, 16], spaced=True), [f])
    f = FORMS["K"]
    add("l04_lbl_rows_guangdong_eldermeal", "label_variants", "广东", "老年助餐",
        "Classic self-evaluation one table row per line, single spaces, covered cells absent, so row lines start "
        "with 产出/效益/满意度指标, a short level-2 label or the 三级 name.",
        r_rowlines(f, classic_rows(f, SHORT_L1, SHORT_L2), table_head(f)), [f])
    f = FORMS["L"]
    add("l05_lbl_cell_guangxi_disabled", "label_variants", "广西", "残疾人托养",
        "Declaration, Word copy one cell per line with blank covered cells; short labels 产出/效益 and "
        "满意度指标 at both levels; 元/人·年, qualitative 有效减轻.",
        r_cells(f, classic_rows(f, SHORT_L1, SHORT_L2), table_head(f)), [f])

    # one_line_spaces
    f = FORMS["E"]
    add("o01_ols_sichuan_village", "one_line_spaces", "四川", "驻村工作队",
        "The whole declaration on one line, single spaces; 191个 without sign, 每月10日前, ≤100元/人·天.",
        r_oneline(f, classic_rows(f), table_head(f)), [f])
    f = FORMS["I"]
    add("o02_ols_scrambled_guizhou_sportspark", "one_line_spaces", "贵州", "体育公园",
        "PDF-scrambled one-line classic self-evaluation: header in order, then the table column by column "
        "(all level 1, all level 2, all 三级, targets, actuals, 分值, 得分, deviations), 总分 last.",
        r_scrambled(f, classic_rows(f), table_head(f)), [f])
    f = FORMS["J"]
    add("o03_ols_dept_sichuan_fitness", "one_line_spaces", "四川", "全民健身",
        "Department self-evaluation, cells in order on one line with single spaces; two 社会效益指标 rows, "
        "平方米 unit, 总分 99.",
        r_oneline(f, classic_rows(f), table_head(f)), [f])
    f = FORMS["M"]
    add("o04_ols_dept_yunnan_child", "one_line_spaces", "云南", "儿童福利",
        "Department target on one line with 年度主要任务 cells before the goal; 元/人·月, 100% without sign.",
        r_oneline(f, classic_rows(f), table_head(f)), [f])
    f = variant("H", money="元")
    add("o05_ols_scrambled_yunnan_library", "one_line_spaces", "云南", "农家书屋",
        "The l02 declaration in 元 (965,000.00), PDF-scrambled over two lines: line 1 header and the three label "
        "columns column by column, line 2 all targets.",
        r_scrambled(f, classic_rows(f), table_head(f), lines=2), [f])

    # run_together
    f = FORMS["K"]
    add("r01_run_guangdong_eldermeal", "run_together", "广东", "老年助餐",
        "The l04 self-evaluation with full labels run together, broken every 30–70 characters inside names, "
        "numbers and deviation texts.",
        r_run(f, classic_rows(f), table_head(f), 30, 70, 1911), [f])
    f = FORMS["G"]
    add("r02_run_dept_guangxi_civilization", "run_together", "广西", "新时代文明实践",
        "The l03 department target with full labels run together, pieces of 40–80 characters; 年度主要任务 block.",
        r_run(f, classic_rows(f), table_head(f), 40, 80, 1912), [f])
    f = FORMS["C"]
    add("r03_run_yunnan_workshop", "run_together", "云南", "就业帮扶车间",
        "The c03 declaration in classic 一级/二级/三级 columns, run together in short pieces (15–40 characters).",
        r_run(f, classic_rows(f), table_head(f), 15, 40, 1913), [f])
    f = variant("J", money="元")
    add("r04_run_dept_sichuan_fitness", "run_together", "四川", "全民健身",
        "The o03 department self-evaluation with amounts in 元 (29,500,000.00), run together in long pieces (60–120 "
        "characters).",
        r_run(f, classic_rows(f), table_head(f), 60, 120, 1914), [f])
    f = FORMS["F"]
    add("r05_run_lbl_guangdong_party", "run_together", "广东", "基层党建阵地",
        "The l01 self-evaluation with short labels (产出数量…, 满意度指标满意度指标) run together, pieces 20–50.",
        r_run(f, classic_rows(f, SHORT_L1, SHORT_L2), table_head(f), 20, 50, 1915), [f])

    # space_columns
    f = FORMS["A"]
    add("s01_layout_guangdong_rural", "space_columns", "广东", "乡村振兴衔接资金",
        "pdftotext -layout of the c01 content as a classic declaration: 三级 names wrapped at narrow width, "
        "goal wrapped with its label on the middle line, merged labels centred in their block.",
        r_layout(f, classic_rows(f), table_head(f), [10, 16, 16, 14]), [f])
    f = FORMS["N"]
    add("s02_layout_sichuan_vagrant", "space_columns", "四川", "流浪乞讨救助",
        "pdftotext -layout of the c05 content as a classic self-evaluation: deviation texts wrapped over several "
        "continuation lines, narrow 分值/得分 columns.",
        r_layout(f, classic_rows(f), table_head(f), [10, 18, 20, 12, 12, 4, 4, 16]), [f])
    f = FORMS["M"]
    add("s03_layout_dept_yunnan_child", "space_columns", "云南", "儿童福利",
        "pdftotext -layout of the o04 department target: numbered 年度主要任务 lines, wrapped 三级 names "
        "(事实无人抚养儿童保障人数), 元/人·月 wrapped.",
        r_layout(f, classic_rows(f), table_head(f), [10, 18, 18, 10]), [f])
    f = FORMS["D"]
    add("s04_layout_guizhou_consumption", "space_columns", "贵州", "消费帮扶",
        "pdftotext -layout of the c04 content as a classic self-evaluation; long project name and department "
        "wrapped in the header, 经济效益指标 block.",
        r_layout(f, classic_rows(f), table_head(f), W_SELF), [f])
    f = FORMS["I"]
    add("s05_layout_guizhou_sportspark", "space_columns", "贵州", "体育公园",
        "pdftotext -layout of the o02 self-evaluation with narrow columns: targets and actuals wrapped "
        "(2023年12月底前), three deviations wrapped.",
        r_layout(f, classic_rows(f), table_head(f), [10, 18, 16, 10, 10, 4, 4, 18]), [f])
    return docs


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    meta = {}
    for doc_id, family, province, sector, note, text, gold_forms in build():
        (HERE / "docs" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (HERE / "gold" / f"{doc_id}.json").write_text(
            json.dumps(gold_forms, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        meta[doc_id] = {"family": family, "province": province, "sector": sector, "note": note}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
