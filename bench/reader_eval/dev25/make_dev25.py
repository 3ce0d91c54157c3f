"""dev25 reader evaluation set: content (content25.py) + own renderers.

Run `python make_dev25.py` to write docs/, gold/ and meta.json.
Every name, unit, indicator and number is invented by the set's writer.
"""
import json
import os
import re
import unicodedata

# ---------------------------------------------------------------- content (every name, unit, indicator and number invented)
# Row: "l2|level3|target|actual|weight|score|deviation"  (l2 code; l1 derived unless "L1/l2")
L2 = {"sl": "数量指标", "zl": "质量指标", "sx": "时效指标", "cb": "成本指标",
      "jjcb": "经济成本指标", "shcb": "社会成本指标", "stcb": "生态环境成本指标",
      "jj": "经济效益指标", "sh": "社会效益指标", "st": "生态效益指标", "kc": "可持续影响指标",
      "my": "服务对象满意度指标"}
L1OF = {"sl": "产出指标", "zl": "产出指标", "sx": "产出指标", "cb": "产出指标",
        "jjcb": "成本指标", "shcb": "成本指标", "stcb": "成本指标",
        "jj": "效益指标", "sh": "效益指标", "st": "效益指标", "kc": "效益指标",
        "my": "满意度指标"}

FORMS = {}


def form(key, **kw):
    rows = []
    for line in kw.pop("rows").strip().splitlines():
        p = [x.strip() for x in line.split("|")]
        p += [""] * (7 - len(p))
        code = p[0]
        if "/" in code:
            l1, l2 = code.split("/")
            l2 = L2.get(l2, l2)
        else:
            l1, l2 = L1OF[code], L2[code]
        num = lambda s: float(s) if s else None
        rows.append(dict(level1=l1, level2=l2, level3=p[1], target=p[2], actual=p[3] or None,
                         weight=num(p[4]), score=num(p[5]), deviation=p[6] or None))
    kw["rows"] = rows
    kw.setdefault("unit", None)
    kw.setdefault("goal", None)
    kw.setdefault("total_score", None)
    kw.setdefault("grade", None)
    kw.setdefault("tasks", None)
    kw.setdefault("notes", None)
    FORMS[key] = kw


# funds in 元: total, fiscal, carryover, other, executed, rate
form("A", name="2025年近海捕捞渔船安全救生设备更新补助项目", department="如东县农业农村局",
     unit="如东县海洋渔业技术指导站", year=2025, kind="target_declaration",
     funds=dict(total=3860000.0, fiscal=3260000.0, carryover=None, other=600000.0, executed=None, execution_rate=None),
     goal="为全县在册近海捕捞渔船配齐救生筏、北斗终端和AIS防碰撞设备，渔船安全设备配备率达到100%，年内渔业安全生产事故起数同比下降。",
     province="江苏", sector="海洋渔业",
     rows="""
sl|更新救生筏渔船数|≥215艘
sl|安装北斗船载终端|≥180台
zl|设备检验合格率|100%
zl|渔民安全培训考核通过率|≥92%
sx|设备安装完成时间|2025年9月底前
cb|单船补助标准|≤1.8万元/艘
sh|渔业安全生产责任事故起数|同比下降
kc|设备运维机制建立情况|长效运行
my|渔船船东满意度|≥90%
""")

form("B", name="2024年杭甬运河钱塘段航道疏浚养护工程", department="杭州市钱塘区交通运输局",
     unit="杭州市钱塘区港航管理服务中心", year=2024, kind="self_evaluation",
     funds=dict(total=12450000.0, fiscal=12450000.0, carryover=None, other=None, executed=11820000.0, execution_rate=94.94),
     goal="完成航道疏浚土方量18万立方米，维护航标62座，保证四级航道全年通航保证率不低于98%。",
     total_score=92.1, grade="优", province="浙江", sector="港口航道",
     rows="""
sl|疏浚土方量|≥18万立方米|18.6万立方米|10|10|
sl|维护航标数量|62座|62座|10|10|
zl|航道通航保证率|≥98%|98.7%|10|10|
zl|疏浚后水深达标率|≥95%|93.2%|10|8.5|上游段淤积回弹较快，部分测点水深未达设计值，已列入下年度补疏计划
sx|疏浚工程完工时间|2024年11月30日前|2024年12月20日|10|7|汛期延长导致施工窗口推迟，工期顺延20天
cb|单位疏浚成本|≤62元/立方米|58.4元/立方米|10|10|
jj|船舶平均过闸待航时间|≤2.5小时|2.1小时|10|10|
st|疏浚土资源化利用率|≥60%|64%|10|10|
my|航运企业及船民满意度|≥90%|87.5%|10|7.1|部分船民反映施工期间临时封航通知不及时
""")

form("C", name="2025年徽州竹编非遗传承人群研修培训项目", department="黄山市文化和旅游局",
     unit="黄山市非物质文化遗产保护中心", year=2025, kind="target_declaration",
     funds=dict(total=960000.0, fiscal=960000.0, carryover=None, other=0.0, executed=None, execution_rate=None),
     goal="举办竹编、木雕等传统技艺研修班4期，培训传承人及从业者160人次，整理非遗项目档案30项，带动学员开设工坊或网店。",
     province="安徽", sector="非遗传承",
     rows="""
sl|举办研修培训班期数|4期
sl|培训传承人及从业人员|≥160人次
sl|整理数字化非遗项目档案|30项
zl|学员结业考核合格率|≥95%
sx|培训任务完成时限|2025年10月底前
cb|人均培训成本|≤5500元
jj|学员新开设工坊或网店数|≥12家
sh|非遗项目社会知晓度|明显提升
kc|传承梯队建设|持续完善
my|参训学员满意度|≥93%
""")

form("D", name="2024年城市运行管理服务平台（一网统管）运维项目", department="泉州市城市管理局",
     unit="泉州市数字城管指挥中心", year=2024, kind="self_evaluation",
     funds=dict(total=5280000.0, fiscal=4800000.0, carryover=480000.0, other=None, executed=5016000.0, execution_rate=95.0),
     goal="保障城市运行管理服务平台全年稳定运行，接入视频感知点位不少于3200路，案件按期结案率达到95%以上。",
     total_score=92.9, grade="优", province="福建", sector="智慧城市",
     rows="""
sl|接入视频感知点位|≥3200路|3416路|10|10|
sl|受理城市管理案件|≥6万件|6.38万件|10|10|
zl|平台系统可用率|≥99.5%|99.62%|10|10|
zl|案件按期结案率|≥95%|91.3%|10|6.6|汛期积水、占道类案件集中，部分责任单位处置超时
sx|故障响应时间|≤2小时|1.6小时|10|10|
cb|运维费用控制|≤528万元|501.6万元|10|10|
sh|城市管理问题发现率|≥85%|86.2%|15|15|
kc|数据共享部门数|≥18个|15个|5|3.8|部分部门数据接口改造未完成，计划2025年上半年接入
my|市民投诉处置满意度|≥88%|84.1%|10|8|个别片区重复投诉处理不彻底
""")

form("E", name="2025年科技创新券兑付补助资金", department="赣州市科学技术局",
     unit="赣州市科技成果转化服务中心", year=2025, kind="target_declaration",
     funds=dict(total=6000000.0, fiscal=6000000.0, carryover=None, other=None, executed=None, execution_rate=None),
     goal="向科技型中小企业发放创新券，支持企业购买检验检测、研发设计等科技服务，全年兑付创新券不少于420张，带动企业研发投入增长。",
     province="江西", sector="科技创新券",
     rows="""
sl|兑付创新券数量|≥420张||15
sl|服务科技型中小企业数|≥300家||15
zl|兑付资料审核准确率|≥98%||10
sx|兑付资金拨付时限|≤30个工作日||10
cb|单张创新券平均兑付额|≤1.5万元||10
jj|带动企业研发投入|≥2.4亿元||15
sh|入库科技服务机构数|≥65家||10
kc|创新券服务平台运行|持续稳定||5
my|受益企业满意度|≥90%||10
""")

form("F", name="2024年“菏泽英才”高层次人才引进安家补贴项目", department="菏泽市委组织部",
     unit="菏泽市人才发展服务中心", year=2024, kind="self_evaluation",
     funds=dict(total=8400000.0, fiscal=8400000.0, carryover=None, other=None, executed=7980000.0, execution_rate=95.0),
     goal="全年引进博士、高级职称等高层次人才120名，按期足额发放安家补贴，引进人才一年内留菏率保持在90%以上。",
     total_score=95.5, grade="优", province="山东", sector="人才引进",
     rows="""
sl|引进高层次人才人数|≥120人|126人|15|15|
sl|发放安家补贴人数|≥110人|114人|10|10|
zl|补贴发放准确率|≥99.5%|100%|10|10|
sx|补贴发放时限|≤60个工作日|75个工作日|10|7|部分人才社保、劳动合同材料补交较晚，审核周期延长
cb|人均安家补贴|≤7万元|7万元|10|10|
sh|引进人才一年留菏率|≥90%|92.1%|15|15|
kc|人才服务专员制度|长效运行|已建立|10|10|
my|引进人才满意度|≥92%|89.6%|10|9|个别人才反映子女入学对接不够及时
""")

form("G", name="新蔡县河长制工作办公室部门整体支出", department="新蔡县河长制工作办公室",
     unit="新蔡县河长制工作办公室", year=2025, kind="department_target",
     funds=dict(total=4326000.0, fiscal=4126000.0, carryover=None, other=200000.0, executed=None, execution_rate=None),
     goal="全面落实四级河长巡河制度，县域14条河流断面水质稳定达标，完成“清四乱”问题整治，打造幸福河湖示范段3段。",
     tasks=["组织县、乡、村三级河长常态化巡河", "开展河湖“清四乱”专项整治", "建设幸福河湖示范段", "河湖水质监测与考核"],
     province="河南", sector="河长制",
     rows="""
sl|县乡两级河长巡河次数|≥2600次
sl|整治“清四乱”问题|≥85处
sl|建设幸福河湖示范段|3段
zl|国省控断面水质达标率|100%
zl|河湖问题整改销号率|≥95%
sx|示范段建设完成时间|2025年11月底前
st|河湖岸线生态修复面积|≥12公顷
kc|河长履职考核机制|常态化运行
my|沿河群众满意度|≥90%
""")

form("H", name="2024年城区生活垃圾分类收运处理项目", department="宜昌市西陵区城市管理执法局",
     unit="宜昌市西陵区环境卫生服务中心", year=2024, kind="self_evaluation",
     funds=dict(total=9350000.0, fiscal=9350000.0, carryover=None, other=None, executed=9020000.0, execution_rate=96.47),
     goal="实现城区356个小区垃圾分类全覆盖，厨余垃圾日均分出量达到95吨，生活垃圾回收利用率达到38%以上。",
     total_score=96.3, grade="优", province="湖北", sector="垃圾分类",
     rows="""
sl|垃圾分类覆盖小区数|356个|356个|10|10|
sl|新建改造分类投放点|≥420个|398个|10|9.5|部分老旧小区场地受限，22个投放点选址未落地
sl|厨余垃圾日均分出量|≥95吨|88.6吨|10|9.3|冬季居民参与度下降，分出量低于预期
zl|分类收运车辆密闭率|100%|100%|10|10|
zl|生活垃圾回收利用率|≥38%|36.4%|10|9.6|可回收物价格下行，回收企业收购积极性不高
sx|收运及时率|≥98%|98.9%|10|10|
cb|吨垃圾收运处理成本|≤268元/吨|259元/吨|10|10|
st|原生垃圾零填埋|实现|实现|10|10|
my|居民满意度|≥85%|83.2%|10|8.3|个别小区投放时间设置与居民作息不匹配
""")

form("I", name="2025年食品安全监督抽检及风险监测项目", department="湘潭市市场监督管理局",
     unit="湘潭市食品药品检验检测中心", year=2025, kind="target_declaration",
     funds=dict(total=4150000.0, fiscal=4150000.0, carryover=None, other=None, executed=None, execution_rate=None),
     goal="完成食品安全监督抽检4800批次、风险监测600批次，抽检信息按时公开，不合格食品核查处置率达到100%。",
     province="湖南", sector="食品安全抽检",
     rows="""
sl|食品安全监督抽检批次|≥4800批次
sl|风险监测批次|≥600批次
sl|农贸市场快检覆盖|≥45个
zl|检验报告差错率|≤0.5%
zl|不合格食品核查处置率|≥99%
sx|抽检信息公开时限|检验结论作出后20个工作日内
cb|平均每批次检验费用|≤780元
sh|群众食品安全满意度提升|逐年提升
kc|抽检数据分析利用|形成季度风险分析报告
my|被抽检经营者对抽检工作满意度|≥90%
""")

form("J", name="三亚市特种设备安全监察支队部门整体支出", department="三亚市特种设备安全监察支队",
     unit="三亚市特种设备安全监察支队", year=2024, kind="department_self_evaluation",
     funds=dict(total=7210000.0, fiscal=7210000.0, carryover=None, other=None, executed=6958000.0, execution_rate=96.5),
     goal="完成电梯、锅炉、游乐设施等特种设备监督检查，重大事故零发生，电梯困人故障应急处置到场时间控制在30分钟以内。",
     total_score=97.5, grade="优", province="海南", sector="特种设备监管",
     rows="""
履职效能/重点工作履职情况|特种设备监督检查台次|≥3500台次|3688台次|10|10|
履职效能/重点工作履职情况|大型游乐设施专项检查|≥40处|42处|10|10|
履职效能/重点工作履职情况|电梯维保质量抽查|≥600台|571台|10|9.5|第四季度台风影响，部分抽查推迟至次年
履职效能/质量指标|隐患整改闭环率|≥98%|99.1%|10|10|
履职效能/时效指标|电梯困人应急到场时间|≤30分钟|22分钟|10|10|
履职效能/社会效益指标|特种设备重大事故|0起|0起|15|15|
管理效率/预算管理|预算执行率|≥95%|96.5%|20|19.3|
管理效率/资产管理|固定资产账实相符率|100%|100%|5|5|
满意度指标/服务对象满意度指标|使用单位满意度|≥90%|86.4%|10|8.7|部分企业反映检验排期较长
""")

form("K", name="2025—2027年国家级沿海渔港经济区建设项目", department="宁德市海洋与渔业局",
     unit="宁德市三沙中心渔港管理处", year=2025, kind="target_declaration",
     funds=dict(total=22000000.0, fiscal=18000000.0, carryover=None, other=4000000.0, executed=None, execution_rate=None),
     goal="2025年完成渔港防波堤加固420米、新建冷链仓储1.2万吨，渔港避风能力提高到可容纳渔船900艘。",
     province="福建", sector="海洋渔业",
     mid=["≥1200米", "≥3万吨", "100%", "2027年底前", "≤5500万元", "≥15亿元", "≥2000艘", "显著改善", "≥90%"],
     rows="""
sl|防波堤加固长度|≥420米
sl|新建冷链仓储能力|≥1.2万吨
zl|工程质量验收合格率|100%
sx|年度建设任务完成时间|2025年12月底前
cb|年度工程投资控制|≤2200万元
jj|渔港经济区水产品交易额|≥5.6亿元
sh|可容纳避风渔船数|≥900艘
st|港池水域环境|明显改善
my|渔民群众满意度|≥88%
""")

form("M", name="2024年乡镇级河长制湖长制专项工作经费", department="瑞金市水利局",
     unit="瑞金市河湖保护中心", year=2024, kind="self_evaluation",
     funds=dict(total=1850000.0, fiscal=1850000.0, carryover=None, other=None, executed=1776000.0, execution_rate=96.0),
     goal="保障17个乡镇河长办正常运转，聘用河湖保洁员210名，实现河湖日常保洁全覆盖，河湖“四乱”问题动态清零。",
     total_score=89.0, grade="良", province="江西", sector="河长制",
     rows="""
sl|聘用河湖保洁员|≥210名|214名|15|15|
sl|河湖保洁覆盖河段长度|≥680公里|680公里|10|10|
zl|“四乱”问题动态清零率|≥98%|96%|15|12|2处历史遗留违建涉及权属纠纷，尚在处置
sx|保洁员工资发放|按月发放|按月发放|10|10|
cb|保洁员年人均劳务费|≤7200元|7200元|10|10|
st|河湖水面漂浮物|基本消除|基本消除|15|15|
kc|河湖管护长效机制|持续运行|持续运行|10|10|
my|沿河村民满意度|≥90%|86%|15|7|部分村民对支流河段保洁频次不满意
""")

form("N", name="2025年企业引进外籍及港澳台专业人才服务补助", department="海口市人力资源和社会保障局",
     unit="海口市人才服务中心", year=2025, kind="target_declaration",
     funds=dict(total=2300000.0, fiscal=2300000.0, carryover=None, other=None, executed=None, execution_rate=None),
     goal="为自贸港重点产业企业引进外籍及港澳台专业人才提供工作许可、社保、住房等一站式服务，全年服务人才不少于260人。",
     province="海南", sector="人才引进",
     rows="""
sl|一站式服务人才人数|≥260人
sl|补助企业数|≥85家
zl|补助资金审核合规率|100%
sx|补助申请办结时限|≤15个工作日
jjcb|单人服务补助标准|≤8000元/人
shcb|企业办事跑动次数|≤1次
jj|受补助企业新增产值|≥3亿元
kc|国际人才服务站点|持续运营
my|企业及人才满意度|≥92%
""")

form("P", name="2024年长江宜昌段禁捕退捕渔民安置及巡护项目", department="宜昌市农业农村局",
     unit="宜昌市渔政监督管理站", year=2024, kind="self_evaluation",
     funds=dict(total=3620000.0, fiscal=3620000.0, carryover=None, other=None, executed=3548000.0, execution_rate=98.01),
     goal="落实退捕渔民养老保险补贴和转产就业帮扶，组建护渔队常态化巡护，长江宜昌段非法捕捞案件发生率持续下降。",
     total_score=96.8, grade="优", province="湖北", sector="海洋渔业",
     rows="""
sl|退捕渔民养老保险补贴人数|≥1350人|1362人|10|10|
sl|护渔队巡护天数|≥330天|341天|10|10|
sl|转产就业帮扶人数|≥300人|318人|10|10|
zl|有就业意愿退捕渔民就业率|100%|100%|10|10|
sx|补贴资金发放时间|2024年6月底前|2024年6月25日|10|10|
stcb|巡护船只燃油消耗|≤38吨|35.6吨|10|10|
sh|非法捕捞案件起数|同比下降|同比下降21%|15|15|
st|江段水生生物资源|逐步恢复|逐步恢复|5|5|
my|退捕渔民满意度|≥92%|88.3%|10|6.8|个别渔民对公益性岗位工资标准有意见
""")

form("Q", name="2025年工贸企业特种设备安全隐患排查治理项目", department="金华市市场监督管理局",
     unit="金华市特种设备检测研究院", year=2025, kind="target_declaration",
     funds=dict(total=1680000.0, fiscal=1680000.0, carryover=None, other=None, executed=None, execution_rate=None),
     goal="对全市工贸企业起重机械、压力容器开展隐患排查，整治重大隐患，年内完成排查企业不少于900家。",
     province="浙江", sector="特种设备监管",
     rows="""
sl|排查工贸企业数量|≥900家
sl|检测起重机械台数|≥1500台
zl|重大隐患整改率|100%
zl|检测报告合格率|≥99%
sx|排查整治完成时间|2025年10月底前
cb|单家企业排查成本|≤1800元
sh|特种设备事故发生率|≤0.1起/万台
my|被排查企业满意度|≥90%
""")


form("R", name="六安市数据资源管理局部门整体支出", department="六安市数据资源管理局",
     unit="六安市数据资源管理局", year=2025, kind="department_target",
     funds=dict(total=15860000.0, fiscal=15260000.0, carryover=None, other=600000.0, executed=None, execution_rate=None),
     goal="建成市级城市大脑数据中台二期，政务服务事项“一网通办”率达到95%，公共数据开放数据集不少于800个。",
     tasks=["城市大脑数据中台二期建设", "政务服务一网通办提升", "公共数据开放与授权运营", "政务云资源保障"],
     province="安徽", sector="智慧城市",
     rows="""
sl|汇聚公共数据量|≥30亿条
sl|开放数据集数量|≥800个
sl|政务云保障业务系统|≥260个
zl|政务服务事项一网通办率|≥95%
zl|政务云平台可用率|≥99.9%
sx|数据中台二期上线时间|2025年10月底前
cb|政务云资源单价下降|≥8%
sh|企业群众办事平均跑动次数|≤0.3次
kc|数据共享交换机制|常态化运行
my|办事企业群众满意度|≥95%
""")

HERE = os.path.dirname(os.path.abspath(__file__))

form("S", name="2025年港区公共航道维护性疏浚及助航设施更新项目", department="东营市交通运输局",
     unit="东营市港航事业发展中心", year=2025, kind="target_declaration",
     funds=dict(total=3450000.0, fiscal=2800000.0, carryover=None, other=650000.0, executed=None, execution_rate=None),
     goal="完成港区公共航道维护性疏浚9.5万立方米，更新灯浮标28座，航道维护水深达标，全年无因航道原因导致的船舶搁浅事故。",
     province="山东", sector="港口航道",
     notes=["较上年增加1.5万立方米", "", "", "", "", "含测量扫海费用", "", "", ""],
     rows="""
sl|维护性疏浚工程量|≥9.5万立方米
sl|更新灯浮标|28座
zl|航道维护水深达标率|≥97%
zl|助航设施正常率|≥99%
sx|疏浚施工完成时间|2025年8月底前
cb|疏浚综合单价|≤30元/立方米
jj|港区船舶年通过量增长|≥5%
sh|因航道原因船舶搁浅事故|0起
my|港航企业满意度|≥90%
""")


# ---------------------------------------------------------------- helpers

def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s, w):
    return s + " " * max(0, w - dw(s))


def wrap(s, w):
    """split s into pieces of display width <= w"""
    if not s:
        return [""]
    out, cur = [], ""
    for ch in s:
        if dw(cur + ch) > w:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def money(v, unit, sep=False):
    if v is None:
        return ""
    if unit == "万元":
        x = v / 10000.0
        s = ("%.4f" % x).rstrip("0").rstrip(".")
        return s
    if sep:
        return f"{v:,.2f}"
    return "%.2f" % v


def pct(r):
    return ("%.2f" % r).rstrip("0").rstrip(".") + "%"


def num(x):
    if x is None:
        return ""
    return ("%.1f" % x).rstrip("0").rstrip(".")


SHORT1 = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度", "成本指标": "成本"}


def labels(style, l1, l2, ctx):
    """printed level-1 / level-2 labels for a canonical pair"""
    if style == "std":
        return l1, l2
    if style == "bracket":
        return "【%s】" % l1, "（%s）" % l2
    if style == "num":
        k1 = ctx.setdefault("k1", {})
        if l1 not in k1:
            k1[l1] = len(k1) + 1
        k2 = ctx.setdefault("k2", {})
        if (l1, l2) not in k2:
            k2[(l1, l2)] = sum(1 for a, _ in k2 if a == l1) + 1
        return "%d.%s" % (k1[l1], l1), "%d.%d%s" % (k1[l1], k2[(l1, l2)], l2)
    if style == "spaced":
        return " ".join(l1), " ".join(l2)
    if style == "lei":
        p1 = l1.replace("指标", "类指标")
        p2 = {"数量指标": "数量指标(或建筑规模指标)", "服务对象满意度指标": "满意度指标"}.get(l2, l2)
        return p1, p2
    if style == "both":
        return l1, ("满意度指标" if l2 == "服务对象满意度指标" else l2)
    if style == "short":
        p2 = l2.replace("指标", "") if l2 != "服务对象满意度指标" else "服务对象满意度"
        return SHORT1.get(l1, l1), p2
    if style == "weight":
        w = ctx["w1"][l1]
        return "%s(%s分)" % (l1, num(w)), l2
    if style == "rare":
        p2 = {"生态效益指标": "环境效益指标", "服务对象满意度指标": "服务对象满意度"}.get(l2, l2)
        return l1.replace("指标", "类指标") if l1 in ("产出指标", "效益指标") else l1, p2
    raise ValueError(style)


def ctx_for(f):
    w1 = {}
    for r in f["rows"]:
        w1[r["level1"]] = w1.get(r["level1"], 0) + (r["weight"] or 0)
    return {"w1": w1}


OPRE = re.compile(r"^(≥|≤|>|<)(\d+(?:\.\d+)?)(.*)$")


def split_target(t):
    m = OPRE.match(t)
    if not m:
        return "定性", t, ""
    op, v, u = m.groups()
    return op, v, u


# ---------------------------------------------------------------- gold

def gold_of(f):
    return {
        "name": f["name"], "department": f["department"], "unit": f["unit"], "year": f["year"],
        "form": f["kind"], "funds": dict(f["funds"]), "goal": f["goal"],
        "total_score": f["total_score"], "grade": f["grade"],
        "indicators": [dict(level1=r["level1"], level2=r["level2"], level3=r["level3"], target=r["target"],
                            actual=r["actual"], weight=r["weight"], score=r["score"], deviation=r["deviation"])
                       for r in f["rows"]],
    }


def is_se(f):
    return f["kind"] in ("self_evaluation", "department_self_evaluation")


# ---------------------------------------------------------------- table model

def table_rows(f, style, cols):
    """list of cell lists; cols names: l1 l2 l3 tgt act w s dev mid"""
    ctx = ctx_for(f)
    out = []
    for i, r in enumerate(f["rows"]):
        p1, p2 = labels(style, r["level1"], r["level2"], ctx)
        cell = {"l1": p1, "l2": p2, "l3": r["level3"], "tgt": r["target"], "act": r["actual"] or "",
                "w": num(r["weight"]), "s": num(r["score"]), "dev": r["deviation"] or "",
                "mid": f.get("mid", [""] * 99)[i]}
        out.append([cell[c] for c in cols])
    return out


def blank_merged(rows, ncols=2):
    """merged label columns: print once per block"""
    out = []
    prev = [None] * ncols
    for r in rows:
        keys = [tuple(r[:c + 1]) for c in range(ncols)]
        r = list(r)
        for c in range(ncols):
            if prev[c] == keys[c]:
                r[c] = ""
            prev[c] = keys[c]
        out.append(r)
    return out


def block_ids(rows, ncols=2):
    ids = []
    for r in rows:
        ids.append(tuple(r[:ncols]))
    return ids


# ---------------------------------------------------------------- layout renderer (pdftotext -layout)

def layout_table(head, rows, widths, merged=2, indent=2, gap=3, centre=True):
    """head: list of header strings; rows: cell lists; widths: wrap widths (display) per column.
    merged label columns (first `merged`) are wrapped too and printed around the middle line of their block."""
    lines = []
    hw = [wrap(h, w) for h, w in zip(head, widths)]
    hh = max(len(x) for x in hw)
    for k in range(hh):
        lines.append([x[k] if k < len(x) else "" for x in hw])
    pieces = [[wrap(r[c], widths[c]) for c in range(len(r))] for r in rows]
    heights = [max(len(p[c]) for c in range(merged, len(p))) for p in pieces]
    blocks = {c: [] for c in range(merged)}   # [first_row, last_row, key]
    for i, r in enumerate(rows):
        for c in range(merged):
            key = tuple(r[:c + 1])
            if blocks[c] and blocks[c][-1][2] == key:
                blocks[c][-1][1] = i
            else:
                blocks[c].append([i, i, key])
    for c in range(merged):
        for s0, e0, key in blocks[c]:
            need = len(wrap(key[-1], widths[c]))
            have = sum(heights[s0:e0 + 1])
            if need > have:
                heights[e0] += need - have
    body, rowstart = [], []
    for i, p in enumerate(pieces):
        rowstart.append(len(body))
        for k in range(heights[i]):
            body.append([(p[c][k] if k < len(p[c]) else "") if c >= merged else "" for c in range(len(p))])
    for c in range(merged):
        for s0, e0, key in blocks[c]:
            s, e = rowstart[s0], rowstart[e0] + heights[e0]
            lab = wrap(key[-1], widths[c])
            at = max(s, (s + e - 1) // 2 - (len(lab) - 1) // 2) if centre else s
            for k, x in enumerate(lab):
                body[at + k][c] = x
    lines += body
    out = []
    for cells in lines:
        s = " " * indent
        for c, x in enumerate(cells):
            s += pad(x, widths[c] + gap) if c < len(cells) - 1 else x
        out.append(s.rstrip())
    return out, hh


def layout_pairs(pairs, width=100):
    """header block in -layout: label value label value on one line"""
    out = []
    for p in pairs:
        s = "  "
        for k, (lab, val) in enumerate(p):
            s += pad(lab, 18) + pad(val, 38 if k < len(p) - 1 else 0)
        out.append(s.rstrip())
    return out


# ---------------------------------------------------------------- header blocks

def header_fields(f, unit="万元", sep=False):
    fu = f["funds"]
    m = lambda v: money(v, unit, sep)
    return fu, m


# ================================================================ documents

DOCS = {}   # doc_id -> (text, [form keys], encoding, meta)


def doc(doc_id, keys, family, note, enc="utf-8"):
    def deco(fn):
        text = fn()
        prov = FORMS[keys[0]]["province"] if keys else None
        sect = FORMS[keys[0]]["sector"] if keys else None
        DOCS[doc_id] = (text, keys, enc, {"family": family, "province": prov, "sector": sect, "note": note})
        return fn
    return deco


# ---------------------------------------------------------------- label_variants

@doc("l01_brackets_tab_jiangsu_fishery", ["A"], "label_variants",
     "Excel/WPS tab copy of a declaration whose level labels carry brackets: 【产出指标】 in the 一级 column and "
     "（数量指标） in the 二级 column, merged labels printed once; funds in 万元 with 其他资金; 填报人/联系电话 line.")
def _():
    f = FORMS["A"]
    fu, m = header_fields(f)
    L = ["项目支出绩效目标申报表", "（2025年度）", "",
         "项目名称\t%s\t\t\t" % f["name"],
         "主管部门\t%s\t实施单位\t%s\t" % (f["department"], f["unit"]),
         "项目资金（万元）\t年度资金总额\t%s\t\t" % m(fu["total"]),
         "\t其中：财政拨款\t%s\t\t" % m(fu["fiscal"]),
         "\t其他资金\t%s\t\t" % m(fu["other"]),
         "年度总体目标\t%s\t\t\t" % f["goal"],
         "绩效指标\t一级指标\t二级指标\t三级指标\t指标值"]
    rows = blank_merged(table_rows(f, "bracket", ["l1", "l2", "l3", "tgt"]))
    for r in rows:
        L.append("\t" + "\t".join(r))
    L += ["", "填报人：陈晓帆\t联系电话：0513-8452xxxx\t填报日期：2024年11月8日"]
    return "\n".join(L) + "\n"


@doc("l02_numbered_cell_anhui_heritage", ["C"], "label_variants",
     "Word copy one cell per line with Arabic-numbered labels (1.产出指标 / 1.1数量指标, 2.效益指标 / 2.2社会效益指标); "
     "covered merged cells as empty lines; header pairs one per line.")
def _():
    f = FORMS["C"]
    fu, m = header_fields(f)
    L = ["附件2", "2025年度项目支出绩效目标表", "",
         "项目名称", f["name"], "主管部门", f["department"], "实施单位", f["unit"],
         "项目资金", "（万元）", "年度资金总额：", m(fu["total"]), "其中：财政拨款", m(fu["fiscal"]),
         "其他资金", "0", "年度绩效目标", f["goal"],
         "一级指标", "二级指标", "三级指标", "指标值"]
    for r in blank_merged(table_rows(f, "num", ["l1", "l2", "l3", "tgt"])):
        L += r
    L += ["", "注：指标值请填写可量化、可考核的数值或定性描述。"]
    return "\n".join(L) + "\n"


@doc("l03_spaced_layout_zhejiang_waterway", ["B"], "label_variants",
     "pdftotext -layout self-evaluation with letter-spaced level-1 AND level-2 labels (产 出 指 标 / 数 量 指 标 / "
     "服 务 对 象 满 意 度 指 标) on the middle line of their blocks; wrapped deviations; budget block with 执行率; 总分/等级 line.")
def _():
    f = FORMS["B"]
    fu, m = header_fields(f)
    L = ["                         项目支出绩效自评表", "                           （2024年度）", "",
         "  项目名称         " + f["name"],
         "  主管部门         %s              实施单位   %s" % (f["department"], f["unit"]),
         "                   年初预算数     全年预算数     全年执行数     分值     执行率      得分",
         "  年度资金总额     %s         %s         %s         10       %s      9.5" % (
             m(fu["total"]), m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "  其中：当年财政拨款 %s       %s         %s" % (m(fu["fiscal"]), m(fu["fiscal"]), m(fu["executed"])),
         "  年度总体目标     " + f["goal"], ""]
    rows = table_rows(f, "spaced", ["l1", "l2", "l3", "tgt", "act", "w", "s", "dev"])
    t, _h = layout_table(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                         rows, [14, 26, 20, 16, 14, 4, 4, 28])
    L += t
    L += ["", "  总分：%s                        自评等级：%s" % (num(f["total_score"]), f["grade"]), "",
          "                                   — 1 —"]
    return "\n".join(L) + "\n"


@doc("l04_rare_names_pipe_hainan_talent", ["N"], "label_variants",
     "Markdown pipe table with rare printed names: 产出类指标/效益类指标 at level 1, a 成本指标 level 1 with "
     "经济成本指标 and 社会成本指标 under it, 可持续影响指标 and 服务对象满意度 (short) at level 2; header labels and "
     "values side by side in one row.")
def _():
    f = FORMS["N"]
    fu, m = header_fields(f)
    L = ["## 海口市2025年度项目支出绩效目标申报表", "",
         "| 项目名称 | %s | 主管部门 | %s |" % (f["name"], f["department"]),
         "| --- | --- | --- | --- |",
         "| 实施单位 | %s | 年度资金总额（万元） | %s |" % (f["unit"], m(fu["total"])),
         "| 其中：财政资金 | %s | | |" % m(fu["fiscal"]),
         "| 年度目标 | %s | | |" % f["goal"], "",
         "| 一级指标 | 二级指标 | 三级指标 | 指标值 |", "| --- | --- | --- | --- |"]
    for r in blank_merged(table_rows(f, "rare", ["l1", "l2", "l3", "tgt"])):
        L.append("| " + " | ".join(r) + " |")
    L += ["", "审核人：符海琼    填报人：王诗涵"]
    return "\n".join(L) + "\n"


@doc("l05_lei_bothlevel_tab_zhejiang_equipment", ["Q"], "label_variants",
     "Tab copy with 产出类指标/效益类指标/满意度类指标, 数量指标(或建筑规模指标) and 满意度指标 printed at level 2; every "
     "row repeats its labels (no merged blanks); header in 元 with thousands separators.")
def _():
    f = FORMS["Q"]
    fu = f["funds"]
    m = lambda v: money(v, "元", True)
    L = ["金华市项目绩效目标申报表", "单位：元", "",
         "项目名称\t%s" % f["name"], "主管部门\t%s\t执行单位\t%s" % (f["department"], f["unit"]),
         "资金总额\t%s\t财政拨款\t%s\t其他资金\t" % (m(fu["total"]), m(fu["fiscal"])),
         "年度绩效目标\t%s" % f["goal"], "",
         "一级指标\t二级指标\t三级指标\t年度指标值"]
    for r in table_rows(f, "lei", ["l1", "l2", "l3", "tgt"]):
        L.append("\t".join(r))
    return "\n".join(L) + "\n"


@doc("l06_rowline_level2_hubei_garbage", ["H"], "label_variants",
     "Self-evaluation copied as one table row per line with single spaces; the first row line of a block starts with "
     "its labels (产出指标 数量指标 … or only 质量指标 …), the other rows start with the 三级 name; 满意度 row starts with "
     "满意度指标 满意度指标; deviations after the score.")
def _():
    f = FORMS["H"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["西陵区2024年度项目支出绩效自评表",
         "项目名称 %s" % f["name"],
         "主管部门 %s 实施单位 %s" % (f["department"], f["unit"]),
         "项目资金（万元） 年初预算数 %s 全年预算数 %s 全年执行数 %s 执行率 %s" % (
             m(fu["total"]), m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "年度总体目标 %s" % f["goal"],
         "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"]
    prev1 = prev2 = None
    for r in f["rows"]:
        l1, l2 = r["level1"], r["level2"]
        if l1 == "满意度指标":
            p2 = "满意度指标"
        else:
            p2 = l2
        parts = []
        if l1 != prev1 and l1 != "满意度指标":
            parts.append(l1)
        if l1 == "满意度指标":
            parts.append("满意度指标")
        parts.append(p2 if (l1, l2) != prev2 else "")
        parts += [r["level3"], r["target"], r["actual"], num(r["weight"]), num(r["score"]), r["deviation"] or ""]
        prev1, prev2 = l1, (l1, l2)
        L.append(" ".join(p for p in parts if p))
    L.append("总分 %s 评价等级 %s" % (num(f["total_score"]), f["grade"]))
    return "\n".join(L) + "\n"


@doc("l07_duty_token_hainan_equipment", ["J"], "label_variants",
     "Department self-evaluation as PDF text without layout (one token per line, wrapped cells over two lines): "
     "level 1 履职效能/管理效率/满意度指标, printed level-2 names that are not canonical (重点工作履职情况, 预算管理, "
     "资产管理) next to canonical ones.")
def _():
    f = FORMS["J"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["2024年度部门整体支出绩效自评表", "部门名称", f["department"],
         "年度预算", "（万元）", "年初预算数", m(fu["total"]), "全年预算数", m(fu["total"]),
         "全年执行数", m(fu["executed"]), "执行率", pct(fu["execution_rate"]),
         "年度总体目标", f["goal"][:30], f["goal"][30:],
         "一级", "指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分", "偏差原因"]
    prev = (None, None)
    for r in f["rows"]:
        if r["level1"] != prev[0]:
            L.append(r["level1"])
        if (r["level1"], r["level2"]) != prev:
            L.append(r["level2"])
        prev = (r["level1"], r["level2"])
        n3 = r["level3"]
        L += wrap(n3, 14)
        L += [r["target"], r["actual"], num(r["weight"]), num(r["score"])]
        if r["deviation"]:
            L += wrap(r["deviation"], 20)
    L += ["总分", num(f["total_score"]), "自评等级", f["grade"], "第 1 页 共 1 页"]
    return "\n".join(L) + "\n"


@doc("l08_weighted_labels_tab_hubei_fishery", ["P"], "label_variants",
     "Tab self-evaluation whose level-1 labels carry the block's points in brackets (产出指标(50分), 成本指标(10分)), "
     "a level-1 成本指标 with 生态环境成本指标 under it, merged cells printed once; amounts in 元.")
def _():
    f = FORMS["P"]
    fu = f["funds"]
    m = lambda v: money(v, "元")
    L = ["项目支出绩效自评表", "（2024年度）\t\t\t\t\t\t\t金额单位：元",
         "项目名称\t%s" % f["name"], "主管部门\t%s\t\t实施单位\t%s" % (f["department"], f["unit"]),
         "项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
         "\t年度资金总额\t%s\t%s\t%s\t10\t%s\t10" % (m(fu["total"]), m(fu["total"]), m(fu["executed"]),
                                                  pct(fu["execution_rate"])),
         "\t其中：财政拨款\t%s\t%s\t%s\t\t\t" % (m(fu["fiscal"]), m(fu["fiscal"]), m(fu["executed"])),
         "年度总体目标\t%s" % f["goal"],
         "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"]
    for r in blank_merged(table_rows(f, "weight", ["l1", "l2", "l3", "tgt", "act", "w", "s", "dev"])):
        L.append("\t" + "\t".join(r))
    L.append("总分\t\t\t\t\t\t100\t%s\t" % num(f["total_score"]))
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- chongqing_style

def cq_cells(f, se):
    out = []
    prev = None
    for r in f["rows"]:
        op, v, u = split_target(r["target"])
        typ = r["level2"] if r["level2"] != prev else ""
        prev = r["level2"]
        if se:
            out.append([typ, r["level3"], op, v, u, r["actual"] or "", num(r["weight"]), num(r["score"]),
                        r["deviation"] or ""])
        else:
            std = "完成%s得满分，未完成按比例扣分" % ("" if op == "定性" else "指标值")
            out.append([typ, r["level3"], op, v, u, num(r["weight"]), std])
    return out


CQ_DECL_HEAD = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "评价标准"]
CQ_SE_HEAD = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "全年完成值", "指标权重", "得分", "偏差原因"]


@doc("c01_cq_tab_jiangxi_voucher", ["E"], "chongqing_style",
     "Chongqing-template declaration as Excel tab copy with ≥/≤/定性 in 指标性质, value and unit split (≥ | 420 | 张), "
     "指标权重 and a generic 评价标准 column; 项目概况 paragraph and 资金 in 万元 above.")
def _():
    f = FORMS["E"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["项目绩效目标申报表", "编制单位：%s\t\t\t\t\t单位：万元" % f["unit"],
         "项目名称\t%s\t\t业务主管部门\t%s" % (f["name"], f["department"]),
         "预算执行单位\t%s\t\t项目负责人\t刘振洋" % f["unit"],
         "项目资金\t%s\t\t其中：财政资金\t%s" % (m(fu["total"]), m(fu["fiscal"])),
         "项目概况\t按照“企业申领、服务兑现、政府买单”方式运行，创新券可在全市服务机构通兑。",
         "项目绩效目标\t%s" % f["goal"],
         "\t".join(CQ_DECL_HEAD)]
    for r in cq_cells(f, False):
        L.append("\t".join(r))
    return "\n".join(L) + "\n"


@doc("c02_cq_layout_gb_shandong_talent", ["F"], "chongqing_style",
     "pdftotext -layout of a Chongqing self-evaluation, GB18030-encoded: 指标类型 on the middle line of its block, "
     "wrapped 指标名称 and 偏差原因, 全年完成值 column, 总分/评价等级 and page footer.", enc="gb18030")
def _():
    f = FORMS["F"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                          项目支出绩效自评表", "",
         "  项目名称       " + f["name"],
         "  主管部门       %s                    实施单位     %s" % (f["department"], f["unit"]),
         "  预算数（万元） %s        执行数（万元） %s        执行率   %s" % (
             m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "  项目年度目标   " + f["goal"][:40], "                 " + f["goal"][40:], ""]
    t, _ = layout_table(CQ_SE_HEAD, cq_cells(f, True), [14, 16, 8, 10, 8, 12, 8, 4, 26], merged=1)
    L += t
    L += ["", "  总分：%s      评价等级：%s" % (num(f["total_score"]), f["grade"]),
          "", "                              第 1 页"]
    return "\n".join(L) + "\n"


@doc("c03_cq_pipe_jiangxi_river", ["M"], "chongqing_style",
     "Chongqing self-evaluation as a markdown pipe table (指标性质 ≥/≤/=/定性, value and unit in separate columns, "
     "全年完成值/指标权重/得分/偏差原因); 指标类型 printed on every row; header as a two-column pipe table.")
def _():
    f = FORMS["M"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["# 2024年度项目绩效自评表", "",
         "| 项目 | 内容 |", "| --- | --- |",
         "| 项目名称 | %s |" % f["name"], "| 主管部门 | %s |" % f["department"],
         "| 实施单位 | %s |" % f["unit"],
         "| 资金总额（万元） | %s |" % m(fu["total"]), "| 执行数（万元） | %s |" % m(fu["executed"]),
         "| 执行率 | %s |" % pct(fu["execution_rate"]),
         "| 年度目标 | %s |" % f["goal"], "",
         "| " + " | ".join(CQ_SE_HEAD) + " |", "|" + " --- |" * len(CQ_SE_HEAD)]
    for r, row in zip(cq_cells(f, True), f["rows"]):
        r[0] = row["level2"]
        L.append("| " + " | ".join(r) + " |")
    L += ["", "自评得分：%s 分；自评等级：%s。" % (num(f["total_score"]), f["grade"])]
    return "\n".join(L) + "\n"


@doc("c04_cq_token_hunan_foodcheck", ["I"], "chongqing_style",
     "Chongqing declaration as PDF text without layout: one cell per line, long 指标名称 and 指标值 broken over two "
     "lines, 指标类型 only on the first row of its block, unit column empty for 定性 rows; title and 填报说明 lines.")
def _():
    f = FORMS["I"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["湘潭市2025年项目绩效目标表", "项目名称", f["name"], "主管部门", f["department"], "实施单位", f["unit"],
         "资金总额", "（万元）", m(fu["total"]), "财政资金", m(fu["fiscal"]), "年度目标", f["goal"][:28], f["goal"][28:]]
    L += CQ_DECL_HEAD
    for r in cq_cells(f, False):
        for k, x in enumerate(r):
            if not x:
                continue
            L += wrap(x, 16) if k in (1, 3, 6) else [x]
    L += ["填报说明：指标值为定性的，计量单位不填。"]
    return "\n".join(L) + "\n"


@doc("c05_cq_cell_anhui_datagov", ["R"], "chongqing_style",
     "Chongqing-template department target (部门整体支出绩效目标表) as Word copy one cell per line: 部门名称, budget "
     "lines, 年度主要任务 list, 整体绩效目标, then 指标类型/指标名称/指标性质/指标值/计量单位 cells with space-only lines "
     "for covered 指标类型 cells.")
def _():
    f = FORMS["R"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["部门整体支出绩效目标表", "（2025年度）", "部门名称", f["department"],
         "年度预算（万元）", m(fu["total"]), "其中：一般公共预算", m(fu["fiscal"]), "其他资金", m(fu["other"]),
         "年度主要任务"]
    for i, t in enumerate(f["tasks"], 1):
        L += ["任务%d" % i, t]
    L += ["整体绩效目标", f["goal"], "指标类型", "指标名称", "指标性质", "指标值", "计量单位"]
    for r in cq_cells(f, False):
        r = r[:5]
        L += [x if x else " " for x in r]
    return "\n".join(L) + "\n"


@doc("c06_cq_run_fujian_citybrain", ["D"], "chongqing_style",
     "Chongqing self-evaluation run together like OCR output (no separators between cells), broken every 30–55 "
     "characters mid-cell; 上年结转 in the budget line; 指标性质 ≥/≤ fused with the value.")
def _():
    f = FORMS["D"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    s = ("项目支出绩效自评表项目名称%s主管部门%s实施单位%s资金总额(万元)%s其中财政拨款%s上年结转%s执行数%s执行率%s年度目标%s"
         % (f["name"], f["department"], f["unit"], m(fu["total"]), m(fu["fiscal"]), m(fu["carryover"]),
            m(fu["executed"]), pct(fu["execution_rate"]), f["goal"]))
    s += "".join(CQ_SE_HEAD)
    for r in cq_cells(f, True):
        s += "".join(r)
    s += "总分%s评价等级%s" % (num(f["total_score"]), f["grade"])
    out, i, k = [], 0, 0
    steps = [37, 52, 30, 44, 55, 33, 48, 41]
    while i < len(s):
        n = steps[k % len(steps)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- space_columns

@doc("s01_layout_midterm_fujian_fishport", ["K"], "space_columns",
     "pdftotext -layout of a multi-year declaration with 中期指标值 and 年度指标值 columns (gold = annual), wrapped "
     "三级 names and header values (项目名称 wraps), merged level labels on the middle line; funds in 万元.")
def _():
    f = FORMS["K"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    nm = wrap(f["name"], 34)
    L = ["                         项目绩效目标申报表（2025—2027年）", "",
         "  项目名称        %s     主管部门       %s" % (pad(nm[0], 34), f["department"])]
    for x in nm[1:]:
        L.append("                  " + x)
    L += ["  实施单位        %s      项目属性       延续项目" % pad(f["unit"], 34),
          "  项目资金        中期资金总额   6500                年度资金总额   %s" % m(fu["total"]),
          "  （万元）        其中：财政拨款 5200                其中：财政拨款 %s" % m(fu["fiscal"]),
          "                  其他资金       1300                其他资金       %s" % m(fu["other"]),
          "  总体目标        中期目标：2027年底前建成渔港经济区核心区。",
          "                  年度目标：" + f["goal"][:38], "                  " + f["goal"][38:], ""]
    t, _ = layout_table(["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
                        table_rows(f, "std", ["l1", "l2", "l3", "mid", "tgt"]), [10, 12, 14, 12, 14])
    L += t
    L += ["", "                                 — 3 —"]
    return "\n".join(L) + "\n"


@doc("s02_layout_classic_hubei_garbage", ["H"], "space_columns",
     "pdftotext -layout classic 项目支出绩效自评表 with wide deviation column wrapped over 2–3 lines, wrapped actual "
     "values, merged level labels centred vertically, budget block with 年初/全年预算数/全年执行数/执行率/得分.")
def _():
    f = FORMS["H"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                              项目支出绩效自评表", "                                （2024年度）", "",
         "  项目名称          " + f["name"],
         "  主管部门          %s         实施单位        %s" % (f["department"], f["unit"]),
         "                    年初预算数      全年预算数      全年执行数      分值     执行率      得分",
         "  年度资金总额      %s            %s            %s             10       %s      9.6" % (
             m(fu["total"]), m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "  其中：当年财政拨款 %s          %s            %s" % (m(fu["fiscal"]), m(fu["fiscal"]), m(fu["executed"])),
         "  年度总体目标      " + f["goal"][:36], "                    " + f["goal"][36:], ""]
    t, _ = layout_table(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                         "偏差原因分析及改进措施"],
                        table_rows(f, "std", ["l1", "l2", "l3", "tgt", "act", "w", "s", "dev"]),
                        [8, 8, 16, 10, 8, 4, 4, 22])
    L += t
    L += ["", "  总分                                                   100      %s" % num(f["total_score"]),
          "  自评等级：%s            填报人：周明远        审核人：黄立新" % f["grade"]]
    return "\n".join(L) + "\n"


@doc("s03_layout_twopage_hunan_foodcheck", ["I"], "space_columns",
     "pdftotext -layout declaration whose table runs over two pages: page footer and form feed after the 6th row, "
     "the column header repeated at the top of page 2, the 产出指标 block split across the break (label repeated), "
     "wrapped 指标值 (检验结论作出后…).")
def _():
    f = FORMS["I"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    head = ["一级指标", "二级指标", "三级指标", "指标值"]
    widths = [10, 18, 26, 24]
    L = ["                       2025年度项目支出绩效目标表", "",
         "  项目名称       " + f["name"],
         "  主管部门       %s          实施单位     %s" % (f["department"], f["unit"]),
         "  年度资金总额   %s万元         其中：财政拨款   %s万元" % (m(fu["total"]), m(fu["fiscal"])),
         "  年度目标       " + f["goal"][:34], "                 " + f["goal"][34:], ""]
    rows = table_rows(f, "std", ["l1", "l2", "l3", "tgt"])
    t1, _ = layout_table(head, rows[:6], widths)
    t2, _ = layout_table(head, rows[6:], widths)
    L += t1 + ["", "                                   第 1 页，共 2 页", "\f"] + t2
    L += ["", "  填报人：罗思琪      联系电话：0731-5821xxxx", "                                   第 2 页，共 2 页"]
    return "\n".join(L) + "\n"


@doc("s04_layout_dept_target_henan_river", ["G"], "space_columns",
     "pdftotext -layout department target (部门整体支出绩效目标表): 部门名称, budget with 财政拨款/其他资金, numbered "
     "年度主要任务 with their own budget column (not indicators), 整体绩效目标 wrapped, indicator table with a "
     "centred 产出指标 block; header value (部门名称) wrapped.")
def _():
    f = FORMS["G"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                     部门（单位）整体支出绩效目标表", "                           （2025年度）", "",
         "  部门（单位）名称   新蔡县河长制工作",
         "                     办公室                          单位：万元",
         "  年度预算申请       资金总额   %s     财政拨款   %s     其他资金   %s" % (
             m(fu["total"]), m(fu["fiscal"]), m(fu["other"])),
         "  年度主要任务       任务名称                                   预算金额"]
    amts = ["96", "180", "120", "36.6"]
    for i, (t, a) in enumerate(zip(f["tasks"], amts), 1):
        L.append("                     %d.%s%s" % (i, pad(t, 42), a))
    L += ["  年度总体目标       " + f["goal"][:34], "                     " + f["goal"][34:], ""]
    t, _ = layout_table(["一级指标", "二级指标", "三级指标", "指标值"],
                        table_rows(f, "std", ["l1", "l2", "l3", "tgt"]), [10, 18, 24, 18])
    L += t
    return "\n".join(L) + "\n"


@doc("s05_layout_dept_selfeval_hainan_equipment", ["J"], "space_columns",
     "pdftotext -layout department self-evaluation: 履职效能/管理效率 level 1, non-canonical level-2 names, wrapped "
     "level-2 labels (重点工作履职情况 over two lines, centred), wrapped deviations, 总分/等级 under the table.")
def _():
    f = FORMS["J"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                       部门整体支出绩效自评表（2024年度）", "",
         "  部门名称        " + f["department"],
         "  年度预算        年初预算数 %s   全年预算数 %s   全年执行数 %s   执行率 %s" % (
             m(fu["total"]), m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "  年度总体目标    " + f["goal"][:36], "                  " + f["goal"][36:], ""]
    t, _ = layout_table(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                        table_rows(f, "std", ["l1", "l2", "l3", "tgt", "act", "w", "s", "dev"]),
                        [8, 10, 18, 12, 10, 4, 4, 20])
    L += t
    L += ["", "  总分    100    %s        自评等级   %s" % (num(f["total_score"]), f["grade"])]
    return "\n".join(L) + "\n"


@doc("s06_layout_classic_utf16_fujian_citybrain", ["D"], "space_columns",
     "pdftotext -layout classic self-evaluation saved as UTF-16 (with BOM): 上年结转 budget line, level labels at the "
     "top line of their block (not centred), wrapped 三级 names and targets, deviation column wrapped.", enc="utf-16")
def _():
    f = FORMS["D"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                          项目支出绩效自评表", "",
         "  项目名称        " + f["name"],
         "  主管部门        %s           实施单位     %s" % (f["department"], f["unit"]),
         "                  年初预算数     全年预算数     全年执行数    执行率",
         "  年度资金总额    %s            %s            %s         %s" % (
             m(fu["total"]), m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "  其中：财政拨款  %s            %s" % (m(fu["fiscal"]), m(fu["fiscal"])),
         "  上年结转        %s             %s" % (m(fu["carryover"]), m(fu["carryover"])),
         "  年度总体目标    " + f["goal"][:36], "                  " + f["goal"][36:], ""]
    t, _ = layout_table(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                        table_rows(f, "std", ["l1", "l2", "l3", "tgt", "act", "w", "s", "dev"]),
                        [12, 18, 14, 8, 10, 4, 4, 22], centre=False)
    L += t
    L += ["", "  总分：%s    自评等级：%s" % (num(f["total_score"]), f["grade"])]
    return "\n".join(L) + "\n"


@doc("s07_layout_appendix_two_forms_jiangsu_anhui", ["A", "C"], "space_columns",
     "pdftotext -layout of a budget-report appendix: a narrative paragraph and a 项目支出预算表 (not a form) before two "
     "declarations on separate pages (form feed) with page numbers; 实施单位 wrapped onto a second line, goals wrapped, "
     "the second table headed 指标值（年度）; 其他资金 printed as 0万元 in the second form.")
def _():
    L = ["  四、项目支出绩效目标情况", "",
         "      本年度纳入绩效目标管理的项目共2个，涉及资金482万元，绩效目标表附后。各项目绩效",
         "  目标已经主管部门审核，将随预算同步公开。", "",
         "  表3  项目支出预算表                                              单位：万元",
         "  项目名称                                             合计      财政拨款    其他资金",
         "  渔船安全救生设备更新补助                             386       326         60",
         "  非遗传承人群研修培训                                 96        96          0",
         "  合计                                                 482       422         60", "",
         "                                   — 12 —", "\f"]
    for n, key in enumerate(["A", "C"]):
        f = FORMS[key]
        fu = f["funds"]
        m = lambda v: money(v, "万元")
        un = wrap(f["unit"], 18)
        L += ["                           %s年度项目绩效目标表" % f["year"], "",
              "  项目名称        " + f["name"],
              "  主管部门        %s    实施单位    %s" % (pad(f["department"], 26), un[0])]
        for x in un[1:]:
            L.append("                                              " + x)
        L += ["  资金总额        %s万元                  其中：财政拨款 %s万元    其他资金 %s万元" % (
                  m(fu["total"]), m(fu["fiscal"]), m(fu["other"] or 0)),
              "  年度目标        " + f["goal"][:36]]
        g = f["goal"][36:]
        while g:
            L.append("                  " + g[:36])
            g = g[36:]
        L.append("")
        head = ["一级指标", "二级指标", "三级指标", "指标值（年度）" if n else "指标值"]
        t, _ = layout_table(head, table_rows(f, "std", ["l1", "l2", "l3", "tgt"]), [10, 18, 20, 14])
        L += t
        L += ["", "                                   — %d —" % (13 + n), "\f"]
    return "\n".join(L[:-1]) + "\n"


@doc("s08_layout_remarks_shandong_port", ["S"], "space_columns",
     "pdftotext -layout declaration with 指标内容 instead of 三级指标 and a 备注 column holding remarks (较上年增加…), "
     "header block with 项目属性 check marks and one 资金总额及构成 line (总额/财政拨款/其他), level-2 label printed "
     "社会公众或服务对象满意度指标 wrapped over three lines, 项目负责人/联系电话 values.")
def _():
    f = FORMS["S"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                          项目绩效目标表（2025年度）", "",
         "  填报单位（盖章）：" + f["unit"], "",
         "  项目名称      %s" % f["name"],
         "  项目属性      新增项目□  延续项目√        主管部门      %s" % f["department"],
         "  项目单位      %s            项目负责人    孙海波      联系电话   0546-83xxxxx" % f["unit"],
         "  项目起止时间  2025年1月—2025年12月",
         "  资金总额及构成  总额%s万元  财政拨款：%s万元  其他：%s万元" % (m(fu["total"]), m(fu["fiscal"]), m(fu["other"])),
         "  年度目标      " + f["goal"][:36], "                " + f["goal"][36:], ""]
    rows = table_rows(f, "std", ["l1", "l2", "l3", "tgt"])
    for r, nt in zip(rows, f["notes"]):
        if r[1] == "服务对象满意度指标":
            r[1] = "社会公众或服务对象满意度指标"
        r.append(nt)
    t, _ = layout_table(["一级指标", "二级指标", "指标内容", "指标值", "备注"], rows, [10, 12, 24, 16, 22])
    L += t
    L += ["", "  注：定量指标填写数值，定性指标填写描述。", "                                   第 1 页"]
    return "\n".join(L) + "\n"


# ================================================================ write

def main():
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    meta = {}
    for did, (text, keys, enc, mt) in sorted(DOCS.items()):
        with open(os.path.join(HERE, "docs", did + ".txt"), "w", encoding=enc, newline="\n") as fh:
            fh.write(text)
        with open(os.path.join(HERE, "gold", did + ".json"), "w", encoding="utf-8") as fh:
            json.dump([gold_of(FORMS[k]) for k in keys], fh, ensure_ascii=False, indent=1)
        meta[did] = mt
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
    print(len(DOCS), "documents,", sum(len(FORMS[k]["rows"]) for v in DOCS.values() for k in v[1]), "rows")


if __name__ == "__main__":
    main()
