# dev25 content: every name, unit, indicator and number below is invented.
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
     total_score=92.6, grade="优", province="浙江", sector="港口航道",
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
     funds=dict(total=960000.0, fiscal=960000.0, carryover=None, other=None, executed=None, execution_rate=None),
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
     total_score=88.4, grade="良", province="福建", sector="智慧城市",
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
sl|兑付创新券数量|≥420张|||15
sl|服务科技型中小企业数|≥300家|||15
zl|兑付资料审核准确率|≥98%|||10
sx|兑付资金拨付时限|≤30个工作日|||10
cb|单张创新券平均兑付额|≤1.5万元|||10
jj|带动企业研发投入|≥2.4亿元|||15
sh|入库科技服务机构数|≥65家|||10
kc|创新券服务平台运行|持续稳定|||5
my|受益企业满意度|≥90%|||10
""")

form("F", name="2024年“菏泽英才”高层次人才引进安家补贴项目", department="菏泽市委组织部",
     unit="菏泽市人才发展服务中心", year=2024, kind="self_evaluation",
     funds=dict(total=8400000.0, fiscal=8400000.0, carryover=None, other=None, executed=7980000.0, execution_rate=95.0),
     goal="全年引进博士、高级职称等高层次人才120名，按期足额发放安家补贴，引进人才一年内留菏率保持在90%以上。",
     total_score=91.5, grade="优", province="山东", sector="人才引进",
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
     total_score=86.7, grade="良", province="湖北", sector="垃圾分类",
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
     total_score=93.2, grade="优", province="海南", sector="特种设备监管",
     rows="""
履职效能/重点工作履职情况|特种设备监督检查台次|≥3500台次|3688台次|10|10|
履职效能/重点工作履职情况|大型游乐设施专项检查|≥40处|42处|10|10|
履职效能/重点工作履职情况|电梯维保质量抽查|≥600台|571台|10|9.5|第四季度台风影响，部分抽查推迟至次年
履职效能/质量指标|隐患整改闭环率|≥98%|99.1%|10|10|
履职效能/时效指标|电梯困人应急到场时间|≤30分钟|22分钟|10|10|
履职效能/社会效益指标|特种设备重大事故|0起|0起|15|15|
管理效率/预算管理|预算执行率|≥95%|96.5%|10|10|
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
     total_score=94.8, grade="优", province="湖北", sector="海洋渔业",
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
