"""dev20 reader evaluation set: content (invented) + own renderers.
Run: python make_dev20.py  -> writes docs/, gold/, meta.json next to this file."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
L1_OF = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
         "经济成本指标": "成本指标", "社会成本指标": "成本指标", "生态环境成本指标": "成本指标",
         "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标",
         "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标"}
OPS = ("≥", "≤", "＞", "＜")


def I(s):
    """l2|l3|op|val|unit|weight|actual|score|deviation|nature(optional)"""
    p = s.split("|") + [""] * 10
    l2, l3, op, val, unit, w, act, sc, dev, nat = p[:10]
    return dict(l2=l2, l1=L1_OF.get(l2, l2), l3=l3, op=op, val=val, unit=unit,
                weight=float(w) if w else None, actual=act or None,
                score=float(sc) if sc else None, deviation=dev or None, nature=nat)


def target(i):
    u = "" if i["unit"] in ("无", "") else i["unit"]
    return i["op"] + i["val"] + u


def nature(i, style):
    if style == "op":
        return i["op"] if i["op"] else "定性"
    if style == "qq":          # 定量/定性
        return "定量" if i["op"] or any(c.isdigit() for c in i["val"]) else "定性"
    if style == "dir":         # 正向/反向/区间
        if i["nature"]:
            return i["nature"]
        if i["op"] in ("≤", "＜"):
            return "反向"
        return "正向" if i["op"] else "定性"
    return ""


# ---------------------------------------------------------------- content
FORMS = {}

FORMS["A"] = dict(
    name="2024年水库移民后期扶持美丽家园建设项目", department="重庆市万州区移民事务中心",
    unit="万州区长岭镇人民政府", year=2024, form="target_declaration",
    funds=dict(total=3860000.0, fiscal=3860000.0, carryover=None, other=0.0, executed=None, execution_rate=None),
    goal="完成长岭镇3个移民安置村的人居环境整治，硬化入户便道6.2公里，新建村内排水沟4.5公里，改善移民群众出行和居住条件，受益移民不少于1800人。",
    inds=[I("数量指标|硬化入户便道长度|≥|6.2|公里|15"), I("数量指标|新建村内排水沟长度|≥|4.5|公里|10"),
          I("数量指标|整治移民安置村数量|＝|3|个|10".replace("＝", "≥")),
          I("质量指标|工程竣工验收合格率|≥|100|%|15"), I("时效指标|项目完工时间|≤|2024年11月30日|无|10"),
          I("成本指标|便道硬化每公里综合造价|≤|38|万元|10"), I("社会效益指标|受益移民人数|≥|1800|人|10"),
          I("可持续影响指标|设施管护责任落实||落实到村|无|10"), I("服务对象满意度指标|受益移民满意度|≥|92|%|10")])

FORMS["B"] = dict(
    name="2023年地质灾害隐患点综合治理", department="重庆市涪陵区规划和自然资源局",
    unit="涪陵区地质环境监测站", year=2023, form="self_evaluation",
    funds=dict(total=2450000.0, fiscal=2450000.0, carryover=None, other=0.0, executed=2318600.0, execution_rate=94.64),
    goal="对辖区内12处中型地质灾害隐患点实施排危除险和专业监测，汛期群测群防员到岗率100%，避免因灾造成人员伤亡。",
    total_score=93.0, grade="优",
    inds=[I("数量指标|实施排危除险隐患点数量|≥|12|处|15|12处|15"),
          I("数量指标|安装专业监测设备套数|≥|36|套|10|32套|8|2处隐患点征地协调滞后，4套设备顺延至次年汛前安装"),
          I("质量指标|治理工程验收合格率|≥|98|%|15|100%|15"),
          I("质量指标|群测群防员到岗率|≥|100|%|10|100%|10"),
          I("时效指标|汛前工程完工率|≥|90|%|10|83.3%|7|两处工程遇连续降雨停工约20天"),
          I("成本指标|单处排危除险平均费用|≤|16|万元|10|14.8万元|10"),
          I("社会效益指标|因地质灾害造成人员伤亡数|≤|0|人|15|0人|15"),
          I("服务对象满意度指标|受威胁群众满意度|≥|90|%|15|87%|13|部分群众对搬迁避让补偿标准有意见")])

FORMS["C"] = dict(
    name="2025年森林防火基础设施补短板项目", department="重庆市黔江区林业局",
    unit="黔江区森林防火指挥部办公室", year=2025, form="target_declaration",
    funds=dict(total=1720000.0, fiscal=1500000.0, carryover=None, other=220000.0, executed=None, execution_rate=None),
    goal="新建生物防火隔离带28公里，维修林区蓄水池15口，配齐4支乡镇扑火队装备，确保森林火灾受害率控制在0.5‰以内。",
    inds=[I("数量指标|新建生物防火隔离带|≥|28|公里|15"), I("数量指标|维修林区蓄水池|≥|15|口|10"),
          I("数量指标|配备装备的乡镇扑火队|≥|4|支|10"), I("质量指标|隔离带苗木成活率|≥|85|%|10"),
          I("时效指标|防火期前完成装备配发||2025年2月底前|无|10"),
          I("成本指标|隔离带每公里建设成本|≤|3.6|万元|10"), I("生态效益指标|森林火灾受害率|≤|0.5|‰|15"),
          I("社会效益指标|扑火队伍30分钟内到场率|≥|90|%|10"), I("服务对象满意度指标|林区群众满意度|≥|90|%|10")])

FORMS["D"] = dict(
    name="2024年公共法律服务体系建设", department="重庆市綦江区司法局",
    unit="綦江区公共法律服务中心", year=2024, form="self_evaluation",
    funds=dict(total=960000.0, fiscal=960000.0, carryover=None, other=0.0, executed=928300.0, execution_rate=96.7),
    goal="建成21个镇街公共法律服务工作站并实现村（社区）法律顾问全覆盖，全年办理法律援助案件不少于650件。",
    total_score=96.0, grade="优",
    inds=[I("产出指标|办理法律援助案件数|≥|650|件|20|702件|20"),
          I("产出指标|村（社区）法律顾问覆盖率|≥|100|%|15|100%|15"),
          I("产出指标|法律援助案件结案归档率|≥|95|%|10|96.4%|10"),
          I("产出指标|法律顾问服务补助发放||按季度足额发放|无|10|按季度足额发放|10"),
          I("效益指标|群众法律咨询解答率|≥|98|%|15|99.2%|15"),
          I("效益指标|矛盾纠纷调解成功率|≥|95|%|15|91.8%|11|部分邻里纠纷涉及历史遗留问题，调解周期较长"),
          I("满意度指标|受援群众满意度|≥|95|%|15|97%|15")])

FORMS["E"] = dict(
    name="2025年基层中医药服务能力提升项目", department="重庆市秀山土家族苗族自治县卫生健康委员会",
    unit="秀山县中医院", year=2025, form="target_declaration",
    funds=dict(total=1350000.0, fiscal=1350000.0, carryover=None, other=None, executed=None, execution_rate=None),
    goal="在8个乡镇卫生院建设中医馆并配置中医诊疗设备，培训基层中医药适宜技术人员120人次，乡镇卫生院中医诊疗人次占比达到30%以上。",
    inds=[I("数量指标|新建乡镇卫生院中医馆|≥|8|个|15"), I("数量指标|培训中医药适宜技术人员|≥|120|人次|15"),
          I("质量指标|中医诊疗设备验收合格率|≥|100|%|10"), I("时效指标|中医馆建设完成时限||2025年10月底前|无|10"),
          I("成本指标|单个中医馆设备配置费用|≤|12.5|万元|10"),
          I("社会效益指标|乡镇卫生院中医诊疗人次占比|≥|30|%|15"),
          I("可持续影响指标|中医药适宜技术推广种类|≥|6|类|10"), I("服务对象满意度指标|就诊群众满意度|≥|90|%|15")])

FORMS["F"] = dict(
    name="2024年退役军人服务站规范化建设", department="重庆市酉阳土家族苗族自治县退役军人事务局",
    unit="酉阳县退役军人服务中心", year=2024, form="self_evaluation",
    funds=dict(total=580000.0, fiscal=580000.0, carryover=None, other=0.0, executed=551000.0, execution_rate=95.0),
    goal="完成39个乡镇（街道）退役军人服务站规范化提档，开展退役军人适应性培训2期，帮扶困难退役军人不少于260人。",
    total_score=94.0, grade="优",
    inds=[I("数量指标|规范化提档服务站数量|≥|39|个|20|39个|20"),
          I("数量指标|开展适应性培训期数|≥|2|期|10|2期|10"),
          I("数量指标|帮扶困难退役军人人数|≥|260|人|15|283人|15"),
          I("质量指标|服务站挂牌建档合格率|≥|100|%|10|100%|10"),
          I("时效指标|帮扶资金发放时限||2024年12月20日前|无|10|2025年1月8日|6|年末资金拨付审批流程延后"),
          I("社会效益指标|退役军人信访案件化解率|≥|90|%|20|92.5%|20"),
          I("服务对象满意度指标|退役军人满意度|≥|95|%|15|96%|13|个别偏远乡镇服务站人员兼职较多")])

FORMS["G"] = dict(
    name="2025年村卫生室标准化建设及乡村医生能力培训", department="安康市汉滨区卫生健康局",
    unit="汉滨区基层卫生服务指导中心", year=2025, form="target_declaration",
    funds=dict(total=2160000.0, fiscal=1960000.0, carryover=200000.0, other=None, executed=None, execution_rate=None),
    goal="完成46个村卫生室标准化改造，组织乡村医生轮训320人次，慢性病患者规范管理率提高到70%以上，村卫生室药品零差率销售全覆盖。",
    inds=[I("数量指标|标准化改造村卫生室数量|≥|46|个"), I("数量指标|乡村医生轮训人次|≥|320|人次"),
          I("质量指标|改造项目验收合格率|≥|100|%"), I("质量指标|乡村医生培训考核合格率|≥|92|%"),
          I("时效指标|改造工程完成时间||2025年9月30日前|无"),
          I("成本指标|单个村卫生室改造补助|≤|4.2|万元"),
          I("社会效益指标|高血压糖尿病患者规范管理率|≥|70|%"),
          I("社会效益指标|群众看病平均往返时间|≤|25|分钟"),
          I("社会效益指标|药品零差率销售覆盖率||100|%"),
          I("服务对象满意度指标|村民就医满意度|≥|90|%")])
# fix: 区间 row prints a range
FORMS["G"]["inds"][8].update(val="98-100", op="", nature="区间")

FORMS["H"] = dict(
    name="2023年中等职业学校实训基地建设", department="陇南市武都区教育局",
    unit="武都区职业中等专业学校", year=2023, form="self_evaluation",
    funds=dict(total=3200000.0, fiscal=3000000.0, carryover=None, other=200000.0, executed=2880000.0, execution_rate=90.0),
    goal="建成电子商务和中药材加工2个实训中心，新增实训工位180个，学生双证书获取率达到85%，毕业生就业率保持在95%以上。",
    total_score=90.0, grade="优",
    inds=[I("数量指标|新建实训中心数量|≥|2|个|15|2个|15"),
          I("数量指标|新增实训工位|≥|180|个|10|160个|8|中药材加工实训中心二期设备到货推迟"),
          I("质量指标|实训设备验收合格率|≥|100|%|10|100%|10"),
          I("质量指标|学生双证书获取率|≥|85|%|15|81%|12|部分专业职业技能等级认定考点当年未开考"),
          I("时效指标|实训中心投入使用时间||2023年9月开学前|无|10|2023年9月1日|10"),
          I("经济效益指标|校企合作订单培养人数|≥|120|人|10|128人|10"),
          I("社会效益指标|毕业生就业率|≥|95|%|15|96.2%|15"),
          I("服务对象满意度指标|在校学生满意度|≥|90|%|15|88%|10|实训课时安排与文化课冲突，学生反映较多")])

FORMS["J"] = dict(
    name="重庆市开州区教育委员会部门整体支出", department="重庆市开州区教育委员会",
    unit="重庆市开州区教育委员会", year=2025, form="department_target",
    funds=dict(total=186500000.0, fiscal=179800000.0, carryover=None, other=6700000.0, executed=None, execution_rate=None),
    goal="巩固学前教育普及普惠成果，新增公办幼儿园学位1200个，落实家庭经济困难幼儿资助政策，学前三年毛入园率稳定在93%以上；保障义务教育学校正常运转。",
    inds=[I("数量指标|新增公办幼儿园学位|≥|1200|个|15"), I("数量指标|资助家庭经济困难幼儿|≥|3800|人次|10"),
          I("数量指标|保障运转的义务教育学校|≥|214|所|10"),
          I("质量指标|幼儿园保教质量评估达标率|≥|90|%|10"),
          I("时效指标|资助资金发放及时率|≥|100|%|10"),
          I("成本指标|生均公用经费标准执行||按标准执行|无|10"),
          I("社会效益指标|学前三年毛入园率|≥|93|%|15"),
          I("可持续影响指标|普惠性幼儿园覆盖率|≥|88|%|10"),
          I("服务对象满意度指标|家长满意度|≥|92|%|10")])

FORMS["K"] = dict(
    name="2024年石窟寺及石刻文物保护修缮", department="固原市西吉县文化旅游广电局",
    unit="西吉县文物管理所", year=2024, form="self_evaluation",
    funds=dict(total=1480000.0, fiscal=1480000.0, carryover=None, other=0.0, executed=1406000.0, execution_rate=95.0),
    goal="完成县域内4处石窟寺本体加固和排水治理，建立石刻文物数字档案60件，文物安全巡查覆盖率100%。",
    total_score=95.0, grade="优",
    inds=[I("数量指标|本体加固石窟寺数量|≥|4|处|20|4|20"),
          I("数量指标|建立石刻文物数字档案|≥|60|件|15|52|12|三维扫描设备租赁期短，8件移至次年"),
          I("质量指标|修缮工程验收合格率|≥|100|%|15|100|15"),
          I("时效指标|修缮工程完工时间||2024年10月前|无|10|2024年10月|10"),
          I("社会效益指标|文物安全巡查覆盖率|≥|100|%|15|100|15"),
          I("可持续影响指标|文物保护员队伍稳定率|≥|90|%|10|93|10"),
          I("服务对象满意度指标|参观群众满意度|≥|90|%|15|94|13|展示说明牌设置不足")])
for i in FORMS["K"]["inds"]:
    if i["actual"] and i["unit"] != "无":
        i["actual"] += i["unit"]

FORMS["L"] = dict(
    name="重庆市武隆区应急管理局部门整体支出", department="重庆市武隆区应急管理局",
    unit="重庆市武隆区应急管理局", year=2023, form="department_self_evaluation",
    funds=dict(total=23600000.0, fiscal=23600000.0, carryover=None, other=0.0, executed=22420000.0, execution_rate=95.0),
    goal="强化安全生产监管执法和自然灾害应急救援能力建设，全年生产安全事故起数和死亡人数实现双下降，受灾群众得到及时救助。",
    total_score=92.0, grade="优",
    inds=[I("数量指标|安全生产执法检查企业数|≥|850|家|15|912家|15"),
          I("数量指标|开展应急演练场次|≥|60|场|10|58场|8|汛期强降雨致2场乡镇演练取消"),
          I("质量指标|重大隐患整改销号率|≥|100|%|15|100%|15"),
          I("时效指标|受灾群众24小时内救助率|≥|95|%|10|97.6%|10"),
          I("社会效益指标|生产安全事故死亡人数|≤|6|人|20|4人|20"),
          I("社会效益指标|应急物资储备达标率|≥|90|%|15|85%|10|帐篷和折叠床招标流标一次，补采未全部到货"),
          I("服务对象满意度指标|企业和群众满意度|≥|90|%|15|93%|14|")])
FORMS["L"]["inds"][6]["score"] = 14.0

# label-variant forms ------------------------------------------------------
FORMS["M"] = dict(
    name="2024年草原生态保护补助奖励政策落实项目", department="互助土族自治县农业农村局",
    unit="互助县草原工作站", year=2024, form="target_declaration",
    funds=dict(total=8650000.0, fiscal=8650000.0, carryover=None, other=None, executed=None, execution_rate=None),
    goal="落实禁牧补助和草畜平衡奖励面积126万亩，草原综合植被盖度稳定在62%以上，牧户补奖资金按时足额兑付。",
    inds=[I("数量指标|禁牧补助面积|≥|48|万亩"), I("数量指标|草畜平衡奖励面积|≥|78|万亩"),
          I("质量指标|补奖资金兑付准确率|≥|100|%"), I("时效指标|资金兑付完成时间||2024年11月底前|"),
          I("成本指标|禁牧补助标准|≤|7.5|元/亩"), I("经济效益指标|牧户户均政策性收入|≥|3200|元"),
          I("生态效益指标|草原综合植被盖度|≥|62|%"), I("可持续影响指标|草原管护员在岗率|≥|95|%"),
          I("服务对象满意度指标|牧户满意度|≥|90|%")])

FORMS["N"] = dict(
    name="2025年乡村振兴职业技能提升培训", department="伊宁县人力资源和社会保障局",
    unit="伊宁县职业技能培训中心", year=2025, form="target_declaration",
    funds=dict(total=2400000.0, fiscal=2400000.0, carryover=None, other=None, executed=None, execution_rate=None),
    goal="面向农村富余劳动力开展电工、焊工、家政和种植养殖技能培训3000人次，培训后取证率达到80%，转移就业1500人以上。",
    inds=[I("数量指标|技能培训人次|≥|3000|人次"), I("数量指标|开设培训工种|≥|8|个"),
          I("质量指标|培训后取证率|≥|80|%"), I("时效指标|培训任务完成时间||2025年12月15日前|"),
          I("成本指标|人均培训补贴|≤|800|元"), I("经济效益指标|培训后转移就业人数|≥|1500|人"),
          I("社会效益指标|就业重点群体参训占比|≥|60|%"), I("服务对象满意度指标|参训学员满意度|≥|92|%")])

FORMS["O"] = dict(
    name="2023年农村低收入群体等重点对象危房改造", department="丹凤县住房和城乡建设局",
    unit="丹凤县村镇建设服务中心", year=2023, form="target_declaration",
    funds=dict(total=3150000.0, fiscal=2700000.0, carryover=None, other=450000.0, executed=None, execution_rate=None),
    goal="完成农村低收入群体危房改造210户，改造后房屋全部达到安全等级，户均补助1.5万元，确保重点对象住房安全有保障。",
    inds=[I("数量指标|完成危房改造户数|≥|210|户"), I("质量指标|改造后房屋安全鉴定合格率|≥|100|%"),
          I("时效指标|改造任务竣工时间||2023年10月底前|"), I("成本指标|户均补助标准|≤|1.5|万元"),
          I("社会效益指标|重点对象住房安全保障率|≥|100|%"), I("可持续影响指标|改造房屋使用年限|≥|20|年"),
          I("服务对象满意度指标|改造户满意度|≥|95|%")])

FORMS["P"] = dict(
    name="2024年农村公路危桥改造工程", department="通渭县交通运输局",
    unit="通渭县农村公路管理段", year=2024, form="target_declaration",
    funds=dict(total=5400000.0, fiscal=4800000.0, carryover=None, other=600000.0, executed=None, execution_rate=None),
    goal="改造农村公路四类、五类危桥9座合计286延米，桥梁荷载等级达到公路-Ⅱ级，消除安全隐患，方便沿线群众出行。",
    inds=[I("数量指标|改造危桥座数|≥|9|座"), I("数量指标|改造桥梁总长|≥|286|延米"),
          I("质量指标|桥梁荷载等级||公路-Ⅱ级|"), I("质量指标|交工验收合格率|≥|100|%"),
          I("时效指标|工程交工时间||2024年11月前|"), I("成本指标|每延米改造造价|≤|1.9|万元"),
          I("社会效益指标|沿线受益群众|≥|14000|人"), I("可持续影响指标|桥梁设计使用年限|≥|50|年"),
          I("服务对象满意度指标|沿线群众满意度|≥|90|%")])

FORMS["Q"] = dict(
    name="2025年中小学校园食堂食品安全提升工程", department="同心县教育体育局",
    unit="同心县学生营养改善计划管理办公室", year=2025, form="target_declaration",
    funds=dict(total=1260000.0, fiscal=1260000.0, carryover=None, other=None, executed=None, execution_rate=None),
    goal="为28所农村中小学食堂配置留样柜、消毒柜和视频监控，实现明厨亮灶全覆盖，学校食堂食品安全事故零发生。",
    inds=[I("数量指标|配置设备的学校食堂|≥|28|所"), I("数量指标|安装明厨亮灶监控点位|≥|112|个"),
          I("质量指标|设备安装验收合格率|≥|100|%"), I("时效指标|设备安装完成时限||2025年8月31日前|"),
          I("经济效益指标|食堂原材料损耗率|≤|3|%"), I("社会效益指标|学校食堂食品安全事故|≤|0|起"),
          I("社会效益指标|明厨亮灶覆盖率|≥|100|%"), I("服务对象满意度指标|学生和家长满意度|≥|90|%")])

FORMS["R"] = dict(
    name="2024年重大动物疫病强制免疫补助", department="温宿县畜牧兽医局",
    unit="温宿县动物疫病预防控制中心", year=2024, form="target_declaration",
    funds=dict(total=1830000.0, fiscal=1830000.0, carryover=None, other=None, executed=None, execution_rate=None),
    goal="对全县牲畜开展口蹄疫、布病等重大动物疫病强制免疫，应免畜禽免疫密度达到90%以上，免疫抗体合格率70%以上，不发生区域性重大动物疫情。",
    inds=[I("数量指标|口蹄疫免疫牲畜头数|≥|62|万头"), I("数量指标|布病免疫牛羊只数|≥|28|万只"),
          I("质量指标|免疫抗体合格率|≥|70|%"), I("时效指标|春秋两季集中免疫完成时间||6月、11月底前|"),
          I("经济成本指标|每头份疫苗采购价格|≤|1.2|元"), I("社会成本指标|免疫副反应致畜只死亡|≤|20|头"),
          I("生态环境成本指标|医疗废弃物无害化处理率|≥|100|%"),
          I("社会效益指标|区域性重大动物疫情发生数|≤|0|起"), I("服务对象满意度指标|养殖户满意度|≥|90|%")])

FORMS["S"] = dict(
    name="西宁市湟中区教育局部门整体支出", department="西宁市湟中区教育局",
    unit="西宁市湟中区教育局", year=2024, form="department_target",
    funds=dict(total=412000000.0, fiscal=398000000.0, carryover=None, other=14000000.0, executed=None, execution_rate=None),
    goal="保障全区中小学、幼儿园正常运转，组织中小学教师全员培训，落实学生资助政策，义务教育巩固率保持在97%以上。",
    inds=[I("数量指标|参加全员培训教师人数|≥|3600|人"), I("数量指标|资助各学段学生人次|≥|21000|人次"),
          I("质量指标|教师培训学时达标率|≥|95|%"), I("时效指标|资助资金按学期发放率|≥|100|%"),
          I("成本指标|生均公用经费拨付||按省定标准足额拨付|"),
          I("社会效益指标|义务教育巩固率|≥|97|%"), I("可持续影响指标|县域义务教育优质均衡推进||持续推进|"),
          I("服务对象满意度指标|学生家长满意度|≥|90|%")])

FORMS["T"] = dict(
    name="2023年非物质文化遗产保护传承", department="重庆市巫山县文化和旅游发展委员会",
    unit="巫山县文化馆", year=2023, form="self_evaluation",
    funds=dict(total=420000.0, fiscal=420000.0, carryover=None, other=0.0, executed=399000.0, execution_rate=95.0),
    goal="支持10名县级以上非遗代表性传承人开展传习活动，举办非遗进校园展演20场，完成2个非遗项目影像记录。",
    total_score=95.0, grade="优",
    inds=[I("数量指标|支持传承人开展传习活动人数|≥|10|人|15|10人|15"),
          I("数量指标|非遗进校园展演场次|≥|20|场|15|22场|15"),
          I("数量指标|完成非遗项目影像记录|≥|2|个|10|1个|6|一个项目传承人病休，拍摄顺延"),
          I("质量指标|影像记录成果验收合格率|≥|100|%|10|100%|10"),
          I("时效指标|传承人补助发放时间||2023年6月底前|无|10|2023年6月|10"),
          I("社会效益指标|参与展演学生人次|≥|6000|人次|20|7400人次|20"),
          I("服务对象满意度指标|师生观众满意度|≥|90|%|20|95%|19|")])

FORMS["U"] = dict(
    name="2024年淤地坝除险加固", department="米脂县水利局",
    unit="米脂县水土保持工作站", year=2024, form="self_evaluation",
    funds=dict(total=2760000.0, fiscal=2760000.0, carryover=None, other=0.0, executed=2484000.0, execution_rate=90.0),
    goal="完成病险淤地坝除险加固7座，新建放水工程5处，提高坝系防洪标准，保护下游坝地和村庄安全。",
    total_score=89.0, grade="良",
    inds=[I("数量指标|除险加固淤地坝|≥|7|座|20|7座|20"),
          I("数量指标|新建放水工程|≥|5|处|10|4处|8|一处放水工程地质条件变化需重新设计"),
          I("质量指标|单位工程验收合格率|≥|100|%|15|100%|15"),
          I("时效指标|汛前主体工程完工率|≥|85|%|10|71.4%|6|施工单位进场延迟，两座坝主体工程7月完成"),
          I("成本指标|单座淤地坝加固平均投资|≤|32|万元|10|30.6万元|10"),
          I("生态效益指标|年新增拦泥能力|≥|4.5|万吨|15|4.6万吨|15"),
          I("服务对象满意度指标|下游群众满意度|≥|90|%|20|91%|15|部分群众希望同步修缮坝顶生产道路")])

FORMS["V"] = dict(
    name="东乡族自治县卫生健康局部门整体支出", department="东乡族自治县卫生健康局",
    unit="东乡族自治县卫生健康局", year=2024, form="department_self_evaluation",
    funds=dict(total=96300000.0, fiscal=91500000.0, carryover=None, other=4800000.0, executed=90522000.0, execution_rate=94.0),
    goal="落实基本公共卫生服务和乡村医生补助政策，家庭医生签约服务重点人群覆盖率达到75%，孕产妇和婴儿死亡率控制在省定目标内。",
    total_score=91.0, grade="优",
    inds=[I("数量指标|乡村医生补助发放人数|≥|412|人|15|412人|15"),
          I("数量指标|建立居民电子健康档案|≥|30|万份|10|30.8万份|10"),
          I("质量指标|重点人群家庭医生签约覆盖率|≥|75|%|15|72.3%|11|部分外出务工人员无法面签"),
          I("时效指标|乡村医生补助按季度发放||每季度末前|无|10|每季度末前|10"),
          I("社会效益指标|孕产妇死亡率|≤|15|/10万|15|0/10万|15"),
          I("社会效益指标|婴儿死亡率|≤|5.5|‰|15|4.1‰|15"),
          I("服务对象满意度指标|城乡居民就医满意度|≥|85|%|20|83%|15|县医院门诊候诊时间偏长")])

# ---------------------------------------------------------------- helpers
def wan(x):
    if x is None:
        return ""
    v = x / 10000.0
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return s


def yuan(x):
    if x is None:
        return ""
    return f"{x:,.2f}"


def fmt_num(x):
    if x is None:
        return ""
    return ("%g" % x)


def gold_of(key, l2_null=False):
    f = FORMS[key]
    inds = []
    for i in f["inds"]:
        inds.append(dict(level1=i["l1"], level2=None if l2_null else i["l2"], level3=i["l3"],
                         target=target(i), actual=i["actual"] if f["form"].endswith("evaluation") else None,
                         weight=i["weight"], score=i["score"] if f["form"].endswith("evaluation") else None,
                         deviation=i["deviation"]))
    ev = f["form"].endswith("evaluation")
    return dict(name=f["name"], department=f["department"], unit=f["unit"], year=f["year"], form=f["form"],
                funds=f["funds"], goal=f["goal"], total_score=f.get("total_score") if ev else None,
                grade=f.get("grade") if ev else None, indicators=inds)


def blocks(inds, key):
    """yield (index, is_first_of_block, block_len, pos_in_block) by canonical key"""
    out = []
    n = len(inds)
    j = 0
    while j < n:
        k = j
        while k < n and inds[k][key] == inds[j][key]:
            k += 1
        for p in range(j, k):
            out.append((p, p == j, k - j, p - j))
        j = k
    return out


def wrap(s, w):
    return [s[i:i + w] for i in range(0, len(s), w)] or [""]


def dwrap(s, w):
    out, cur = [], ""
    for ch in s:
        if cur and dw(cur + ch) > w:
            out.append(cur); cur = ""
        cur += ch
    return out + [cur]


def dw(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


def pad(s, w):
    return s + " " * max(1, w - dw(s))


def layout_lines(rows, widths, gap=2):
    """pdftotext -layout: rows of cells; cells longer than width wrap to continuation lines"""
    lines = []
    for row in rows:
        parts = []
        for c, w in zip(row, widths):
            parts.append(dwrap(c, w) if c else [""])
        h = max(len(p) for p in parts)
        for li in range(h):
            segs = []
            for p, w in zip(parts, widths):
                segs.append(pad(p[li] if li < len(p) else "", w + gap))
            lines.append("".join(segs).rstrip())
    return lines


def run_break(s, lo, hi, seed):
    r = random.Random(seed)
    out, i = [], 0
    while i < len(s):
        k = r.randint(lo, hi)
        out.append(s[i:i + k])
        i += k
    return "\n".join(out)


DOCS = []   # (doc_id, text, gold, meta, encoding)


def add(doc_id, text, gold, family, province, sector, note, enc="utf-8"):
    DOCS.append((doc_id, text, gold, dict(family=family, province=province, sector=sector, note=note), enc))


# ---------------------------------------------------------------- renderers
STD = "完成目标值得满分，未完成按比例扣分"
ACT_TEXT = "全年目标基本完成，个别指标未达预期，详见偏差原因。"


def header_rows(f, title=None):
    y = f["year"]; fd = f["funds"]; k = f["form"]
    if k == "target_declaration":
        rows = [[title or "%d年度项目绩效目标申报表" % y], ["项目名称", f["name"], "", "主管部门", f["department"]],
                ["实施单位", f["unit"], "", "项目类型", "一般性项目"]]
        r = ["项目资金（万元）", "年度资金总额", wan(fd["total"]), "其中：财政拨款", wan(fd["fiscal"])]
        if fd["carryover"] is not None:
            r += ["上年结转", wan(fd["carryover"])]
        if fd["other"] is not None:
            r += ["其他资金", wan(fd["other"])]
        rows += [r, ["年度目标", f["goal"]]]
    elif k == "self_evaluation":
        rows = [[title or "%d年度项目支出绩效自评表" % y], ["项目名称", f["name"], "", "项目联系人", "王某某"],
                ["项目实施单位", f["unit"], "", "项目主管部门", f["department"]],
                ["项目预算执行情况（万元）", "全年预算数（A）", wan(fd["total"]), "其中：财政资金", wan(fd["fiscal"]),
                 "全年执行数（B）", wan(fd["executed"]), "执行率（B/A）", "%g%%" % fd["execution_rate"]],
                ["全年绩效目标", f["goal"], "全年目标实际完成情况", ACT_TEXT]]
    elif k == "department_target":
        rows = [[title or "%d年度部门整体支出绩效目标表" % y], ["部门名称", f["department"]],
                ["年度预算（万元）", "预算总额", wan(fd["total"]), "财政拨款", wan(fd["fiscal"]), "其他资金", wan(fd["other"])],
                ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"],
                ["", "保障机构正常运转", "人员经费和日常公用经费", wan(fd["total"] * 0.6)],
                ["", "重点业务工作", "落实年度重点任务和民生政策", wan(fd["total"] * 0.4)],
                ["整体绩效目标", f["goal"]]]
    else:
        rows = [[title or "%d年度部门整体支出绩效自评表" % y], ["部门名称", f["department"]],
                ["年度预算执行（万元）", "全年预算数", wan(fd["total"]), "其中：财政拨款", wan(fd["fiscal"]),
                 "全年执行数", wan(fd["executed"]), "执行率", "%g%%" % fd["execution_rate"]],
                ["年度总体目标", f["goal"], "实际完成情况", ACT_TEXT]]
    return rows


def footer_rows(f):
    rows = []
    if f["form"].endswith("evaluation"):
        rows.append(["总分", fmt_num(f["total_score"]), "评价等级", f["grade"]])
    rows.append(["填报人：李某", "审核人：张某", "填报日期：%d年3月" % (f["year"] + (1 if f["form"].endswith("evaluation") else 0))])
    return rows


HEAD = dict(type="指标类型", name="指标名称", nat="指标性质", val="指标值", opval="指标值", valu="指标值", unit="计量单位",
            w="指标权重", fen="分值", act="全年完成值", std="评价标准", dev="偏差原因", sc="得分",
            l1="一级指标", l2="二级指标", l3="三级指标", tgt="指标值")


def cell(i, c, nstyle, lab1, lab2, typemode):
    if c == "type":
        return lab1(i["l1"]) if typemode == "l1" else lab2(i["l2"])
    if c == "l1": return lab1(i["l1"])
    if c == "l2": return lab2(i["l2"])
    if c in ("name", "l3"): return i["l3"]
    if c == "nat": return nature(i, nstyle)
    if c == "val": return i["val"]
    if c == "opval": return i["op"] + i["val"]
    if c in ("valu", "tgt"): return target(i)
    if c == "unit": return i["unit"] or "无"
    if c in ("w", "fen"): return fmt_num(i["weight"])
    if c == "act": return i["actual"] or ""
    if c == "std": return STD
    if c == "dev": return i["deviation"] or ""
    if c == "sc": return fmt_num(i["score"])
    return ""


def table_rows(f, cols, nstyle="op", lab1=lambda x: x, lab2=lambda x: x, typemode="l2", centre=False, total=False, heads=None):
    inds = f["inds"]
    rows = [[(heads or {}).get(c, HEAD[c]) for c in cols]]
    merged = {"type": "l1" if typemode == "l1" else "l2", "l1": "l1", "l2": "l2"}
    bl = {k: {p: (first, n, pos) for p, first, n, pos in blocks(inds, v)} for k, v in merged.items()}
    for p, i in enumerate(inds):
        r = []
        for c in cols:
            v = cell(i, c, nstyle, lab1, lab2, typemode)
            if c in bl:
                first, n, pos = bl[c][p]
                show = (pos == (n - 1) // 2) if centre else first
                if not show:
                    v = ""
            r.append(v)
        rows.append(r)
    if total:
        r = [""] * len(cols)
        r[0] = "合计"
        for c in ("w", "fen"):
            if c in cols: r[cols.index(c)] = fmt_num(sum(i["weight"] for i in inds))
        if "sc" in cols: r[cols.index("sc")] = fmt_num(sum(i["score"] for i in inds))
        rows.append(r)
    return rows


def as_tab(rows): return "\n".join("\t".join(r) for r in rows) + "\n"
def as_cells(rows, blank=" "): return "\n".join(c if c else blank for r in rows for c in r) + "\n"
def as_oneline(rows): return " ".join(c for r in rows for c in r if c) + "\n"
def as_run(rows, lo, hi, seed): return run_break("".join(c for r in rows for c in r if c), lo, hi, seed) + "\n"


def as_tokens(rows, w=7):
    out = []
    for r in rows:
        for c in r:
            if c:
                out += wrap(c, w)
    return "\n".join(out) + "\n"


def as_layout(head, table, widths, foot):
    out = [head[0][0].center(60).rstrip(), ""]
    for r in head[1:]:
        out += layout_lines([r], [min(60, dw(c) + 2) for c in r])
    out += [""] + layout_lines(table, widths) + [""]
    for r in foot:
        out.append("    ".join(c for c in r if c))
    out.append("")
    out.append("第 1 页，共 1 页".rjust(60))
    return "\n".join(out) + "\n"


# label maps for label_variants
SHORT1 = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度指标", "成本指标": "成本"}
SHORT2 = {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本", "经济效益指标": "经济效益",
          "社会效益指标": "社会效益", "生态效益指标": "生态效益", "可持续影响指标": "可持续影响", "服务对象满意度指标": "满意度指标"}
NUM1 = {"产出指标": "一、产出指标", "效益指标": "二、效益指标", "满意度指标": "三、满意度指标", "成本指标": "四、成本指标"}
CN = "一二三四五六七八九"


def num2_factory(inds):
    seen, n = {}, {}
    for i in inds:
        if i["l2"] not in seen:
            n[i["l1"]] = n.get(i["l1"], 0) + 1
            seen[i["l2"]] = "（%s）%s" % (CN[n[i["l1"]] - 1], i["l2"])
    return lambda x: seen[x]


def spaced(x): return " ".join(x)


BRACK = {"数量指标": "数量指标(或建筑规模指标)", "质量指标": "质量指标（或技术标准指标）", "时效指标": "时效指标(或进度指标)",
         "成本指标": "成本指标（或投资规模指标）", "社会效益指标": "社会效益指标(或社会影响指标)",
         "可持续影响指标": "可持续影响指标（或长效机制指标）", "服务对象满意度指标": "服务对象满意度指标(或群众满意度指标)"}
EFFECT1 = {"产出指标": "产出指标", "效益指标": "效果指标", "满意度指标": "满意度指标"}
EFFECT2 = {"数量指标": "数量指标", "质量指标": "质量指标", "时效指标": "时效指标", "经济效益指标": "经济效应",
           "社会效益指标": "社会效应", "服务对象满意度指标": "服务对象满意度"}
CLASS1 = {"产出指标": "产出类指标", "效益指标": "效益类指标", "满意度指标": "满意度类指标"}


def build():
    g = lambda k, **kw: [gold_of(k, **kw)]
    # ---- chongqing_style
    f = FORMS["A"]
    t = table_rows(f, ["type", "name", "nat", "val", "unit", "w", "std"])
    add("k01_cq_tab_wanzhou_resettlement", as_tab(header_rows(f) + t + footer_rows(f)), g("A"), "chongqing_style", "重庆", "水库移民",
        "Excel/WPS tab copy of a 万州 Chongqing declaration: 指标类型 as level-2 names printed once per block, 指标性质 ≥/≤/定性, unit 无 on 定性 rows, a date target with ≤, 评价标准 column.")
    f = FORMS["B"]
    cols = ["type", "name", "w", "nat", "val", "unit", "act", "sc", "dev"]
    t = table_rows(f, cols, centre=True, total=True)
    txt = as_layout(header_rows(f), t, [12, 22, 8, 8, 6, 8, 10, 4, 24], footer_rows(f))
    add("k02_cq_layout_fuling_geohazard", txt, g("B"), "chongqing_style", "重庆", "地质灾害防治",
        "pdftotext -layout of a 涪陵 self-evaluation with re-ordered columns (指标权重 before 指标性质, 得分 before 偏差原因), 指标类型 centred in its block, wrapped names and deviations, 合计 row, page footer.")
    f = FORMS["C"]
    t = table_rows(f, ["type", "name", "nat", "valu", "w"], nstyle="qq")
    add("k03_cq_cell_qianjiang_forestfire", as_cells(header_rows(f) + t + footer_rows(f)), g("C"), "chongqing_style", "重庆", "森林防火",
        "Word copy one cell per line of a 黔江 declaration without 计量单位 column: operator and unit inside 指标值 (≥28公里, ≤0.5‰), 指标性质 定量/定性, covered 指标类型 cells as space-only lines, funds with 其他资金.")
    f = FORMS["D"]
    t = table_rows(f, ["type", "name", "nat", "val", "unit", "w", "act", "std", "dev"], typemode="l1")
    add("k04_cq_tokens_qijiang_legal", as_tokens(header_rows(f) + t + footer_rows(f)), g("D", l2_null=True), "chongqing_style", "重庆", "公共法律服务",
        "PDF text without layout, one token per line (cells longer than 7 characters broken), 綦江 self-evaluation whose 指标类型 prints level-1 only (产出指标/效益指标/满意度指标) so level2 is null.")
    f = FORMS["E"]
    t = table_rows(f, ["type", "name", "nat", "opval", "unit", "w"], nstyle="qq")
    add("k05_cq_oneline_xiushan_tcm", as_oneline(header_rows(f) + t + footer_rows(f)), g("E"), "chongqing_style", "重庆", "中医药",
        "秀山 declaration dumped on one line with single spaces: 指标性质 定量/定性, operator inside 指标值 and unit in its own column, no 其他资金 printed.")
    f = FORMS["F"]
    t = table_rows(f, ["type", "name", "nat", "val", "unit", "w", "act", "dev", "sc"], total=True)
    add("k06_cq_run_youyang_veterans", as_run(header_rows(f) + t + footer_rows(f), 18, 45, 6), g("F"), "chongqing_style", "重庆", "退役军人服务",
        "OCR-like run-together 酉阳 self-evaluation (no separators, breaks every 18–45 chars), 偏差原因 before 得分, one late date actual, 合计 row.")
    f = FORMS["G"]
    t = table_rows(f, ["type", "name", "nat", "opval", "unit"], nstyle="dir")
    add("k07_cq_tab_hanbin_clinics", as_tab(header_rows(f, "2025年项目支出绩效目标表") + t + footer_rows(f)), g("G"), "chongqing_style", "陕西", "基层医疗",
        "Copied template in 陕西 汉滨: tab copy, 指标性质 printed as 正向/反向/区间/定性, operator in 指标值, a 区间 range value 98-100, no 指标权重 column, 上年结转 in funds.")
    f = FORMS["H"]
    t = table_rows(f, ["type", "name", "nat", "val", "unit", "fen", "act", "sc", "dev"], total=True)
    add("k08_cq_tab_wudu_vocational", as_tab(header_rows(f) + t + footer_rows(f)), g("H"), "chongqing_style", "甘肃", "职业教育",
        "甘肃 武都 self-evaluation, tab copy, 分值 and 得分 columns, 合计 row, 总分/评价等级 line, three deviations.")
    f = FORMS["J"]
    t = table_rows(f, ["type", "name", "nat", "val", "unit", "w"], centre=True)
    add("k09_cq_layout_kaizhou_dept", as_layout(header_rows(f), t, [14, 26, 8, 10, 8, 8], footer_rows(f)), g("J"), "chongqing_style", "重庆", "学前教育",
        "开州 department-wide target in Chongqing columns, pdftotext -layout, 年度主要任务 table (not indicators), 指标类型 centred.")
    f = FORMS["K"]
    t = table_rows(f, ["type", "name", "nat", "val", "unit", "w", "act", "std", "dev", "sc"])
    add("k10_cq_cell_xiji_relics", as_cells(header_rows(f) + t + footer_rows(f), blank=""), g("K"), "chongqing_style", "宁夏", "文物保护",
        "宁夏 西吉 self-evaluation as Word copy one cell per line (empty lines for covered cells), GB18030 encoded, units in their own column and in actuals.", enc="gb18030")
    f = FORMS["L"]
    rows = table_rows(f, ["name", "nat", "val", "unit", "w", "act", "sc", "dev"])
    lines = ["\n".join(c for c in r if c) for r in header_rows(f)]
    lines.append("指标类型\n" + "\n".join(rows[0]))
    for p, first, n, pos in blocks(f["inds"], "l2"):
        if pos == (n - 1) // 2:
            lines.append(f["inds"][p]["l2"])
        lines.append("\n".join(c for c in rows[p + 1] if c))
    lines += ["\n".join(c for c in r if c) for r in footer_rows(f)]
    add("k11_cq_pdftext_wulong_dept_eval", "\n".join(lines) + "\n", g("L"), "chongqing_style", "重庆", "应急管理",
        "武隆 department self-evaluation as PDF text without layout: cells one per line, the merged 指标类型 label appears on its own line before the middle row of its block (not at the block start).")
    # ---- label_variants
    base = ["l1", "l2", "l3", "tgt"]
    f = FORMS["M"]
    t = table_rows(f, base, lab1=lambda x: NUM1[x], lab2=num2_factory(f["inds"]), heads={"tgt": "年度指标值"})
    add("v01_lab_tab_huzhu_grassland", as_tab(header_rows(f) + t + footer_rows(f)), g("M"), "label_variants", "青海", "草原生态保护",
        "青海 互助 declaration, tab copy, numbered labels 一、产出指标 / （一）数量指标 / （二）质量指标 …, 元/亩 unit.")
    f = FORMS["N"]
    t = table_rows(f, base, lab1=lambda x: SHORT1[x], lab2=lambda x: SHORT2[x], centre=True)
    add("v02_lab_layout_yining_training", as_layout(header_rows(f), t, [12, 12, 26, 14], footer_rows(f)), g("N"), "label_variants", "新疆", "职业技能培训",
        "伊宁 declaration, pdftotext -layout, short labels 产出/效益 and 数量/质量/时效/成本/经济效益/社会效益, 满意度指标 at both levels, labels centred.")
    f = FORMS["O"]
    t = table_rows(f, base, lab1=spaced, lab2=spaced)
    add("v03_lab_cell_danfeng_housing", as_cells(header_rows(f) + t + footer_rows(f)), g("O"), "label_variants", "陕西", "农村危房改造",
        "丹凤 declaration, Word copy one cell per line, letter-spaced labels (产 出 指 标, 数 量 指 标, 服 务 对 象 满 意 度 指 标).")
    f = FORMS["P"]
    t = table_rows(f, base, lab2=lambda x: BRACK[x])
    add("v04_lab_tab_tongwei_bridges", as_tab(header_rows(f) + t + footer_rows(f)), g("P"), "label_variants", "甘肃", "农村公路危桥改造",
        "通渭 declaration, tab copy, bracketed level-2 labels 数量指标(或建筑规模指标), 质量指标（或技术标准指标）, 服务对象满意度指标(或群众满意度指标); qualitative 公路-Ⅱ级.")
    f = FORMS["Q"]
    t = table_rows(f, base, lab1=lambda x: EFFECT1[x], lab2=lambda x: EFFECT2[x])
    add("v05_lab_tokens_tongxin_canteen", as_tokens(header_rows(f) + t + footer_rows(f), w=8), g("Q"), "label_variants", "宁夏", "校园食品安全",
        "同心 declaration as PDF tokens one per line, rare labels 效果指标 (level 1, read as 效益指标), 经济效应/社会效应 (read as 经济/社会效益指标), 服务对象满意度.")
    f = FORMS["R"]
    t = table_rows(f, base, centre=True)
    add("v06_lab_layout_wensu_vaccination", as_layout(header_rows(f), t, [12, 16, 28, 14], footer_rows(f)), g("R"), "label_variants", "新疆", "动物疫病防控",
        "温宿 declaration, pdftotext -layout, 成本指标 at level 1 with 经济成本指标/社会成本指标/生态环境成本指标, wrapped 三级 names.")
    f = FORMS["S"]
    lines = ["\n".join("  ".join(c for c in r if c) for r in header_rows(f)), "一级指标  二级指标  三级指标  指标值"]
    for p, first, n, pos in blocks(f["inds"], "l1"):
        i = f["inds"][p]
        if first:
            lines.append(SHORT1.get(i["l1"], i["l1"]) + "指标" if i["l1"] != "满意度指标" else "满意度指标")
    lines = lines[:2]
    last1 = last2 = None
    for i in f["inds"]:
        if i["l1"] != last1:
            lines.append(i["l1"]); last1 = i["l1"]
        if i["l2"] != last2:
            lines.append("%s %s %s" % (i["l2"], i["l3"], target(i))); last2 = i["l2"]
        else:
            lines.append("%s %s" % (i["l3"], target(i)))
    lines += ["  ".join(c for c in r if c) for r in footer_rows(f)]
    add("v07_lab_rows_huangzhong_dept", "\n".join(lines) + "\n", g("S"), "label_variants", "青海", "教师培训",
        "湟中 department target, one table row per line: level-1 label on its own line, the level-2 label at the start of the block's first row only, later rows start with the 三级 name; 年度主要任务 lines.")
    f = FORMS["T"]
    t = table_rows(f, base + ["act", "w", "sc", "dev"], lab1=lambda x: SHORT1[x], lab2=lambda x: SHORT2[x], total=True,
                   heads={"tgt": "年度指标值", "act": "实际完成值", "w": "分值"})
    add("v08_lab_oneline_wushan_heritage", as_oneline(header_rows(f) + t + footer_rows(f)), g("T"), "label_variants", "重庆", "非遗保护",
        "巫山 self-evaluation on one line, short labels 产出/效益/数量/质量/时效/社会效益 and 满意度指标 at both levels, 分值/得分/偏差原因.")
    l1n = {"产出指标": "1.产出指标", "效益指标": "2.效益指标", "满意度指标": "3.满意度指标"}
    f = FORMS["U"]
    cnt = {}; l2n = {}
    for i in f["inds"]:
        if i["l2"] not in l2n:
            a = l1n[i["l1"]][0]; cnt[a] = cnt.get(a, 0) + 1; l2n[i["l2"]] = "%s.%d%s" % (a, cnt[a], i["l2"])
    t = table_rows(f, base + ["act", "w", "sc", "dev"], lab1=lambda x: l1n[x], lab2=lambda x: l2n[x],
                   heads={"act": "实际完成值", "w": "分值"})
    add("v09_lab_run_mizhi_checkdams", as_run(header_rows(f) + t + footer_rows(f), 25, 60, 9), g("U"), "label_variants", "陕西", "淤地坝除险加固",
        "米脂 self-evaluation run together, Arabic-numbered labels 1.产出指标 / 1.1数量指标 / 2.1生态效益指标 glued to the 三级 names.")
    f = FORMS["V"]
    t = table_rows(f, base + ["w", "act", "sc", "dev"], lab1=lambda x: CLASS1[x], lab2=lambda x: SHORT2[x].replace("满意度指标", "服务对象满意度"),
                   total=True, heads={"w": "分值", "act": "实际完成值"})
    add("v10_lab_tab_dongxiang_dept_eval", as_tab(header_rows(f) + t + footer_rows(f)), g("V"), "label_variants", "甘肃", "卫生健康",
        "东乡 department self-evaluation, tab copy, level-1 labels 产出类指标/效益类指标/满意度类指标 with short level-2 数量/质量/时效/社会效益/服务对象满意度, 合计 row, /10万 and ‰ units.")


def main():
    build()
    for d in ("docs", "gold"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
    meta = {}
    for doc_id, text, gold, m, enc in DOCS:
        with open(os.path.join(HERE, "docs", doc_id + ".txt"), "w", encoding=enc) as fh:
            fh.write(text)
        with open(os.path.join(HERE, "gold", doc_id + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        meta[doc_id] = m
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
