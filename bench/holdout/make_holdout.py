"""Writes the held-out documents (bench/holdout/*.txt) and their gold (bench/holdout/gold/*.json).

Layouts other provinces' forms take after PDF extraction, none of them seen while tuning the
reader: a markdown table (浙江-style 绩效目标表), a GBK tab self-evaluation, a UTF-16
one-cell-per-line declaration and a one-token-per-line self-evaluation with broken cells.
Gold line numbers are computed while the text is laid out, so they cannot drift.

    python bench/holdout/make_holdout.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

CANON1 = {"产出": "产出指标", "效益": "效益指标", "满意度": "满意度指标", "成本": "成本指标"}


def canon(label: str) -> str:
    return label if label.endswith("指标") else CANON1.get(label, label + "指标")


class Doc:
    def __init__(self, name: str, encoding: str) -> None:
        self.name, self.encoding = name, encoding
        self.lines: list[str] = []
        self.projects: list[dict] = []

    def add(self, *lines: str) -> int:
        """Append lines; returns the 1-based number of the first."""
        first = len(self.lines) + 1
        self.lines.extend(lines)
        return first

    @property
    def here(self) -> int:
        return len(self.lines) + 1

    def project(self, **fields) -> dict:
        p = {
            "name": fields["name"],
            "name_as_printed": fields.get("name_as_printed", fields["name"]),
            "department": fields.get("department"),
            "unit": fields.get("unit"),
            "year": fields.get("year"),
            "form": fields["form"],
            "funds": {
                k: fields.get("funds", {}).get(k)
                for k in ("total", "fiscal", "carryover", "other", "executed", "execution_rate")
            },
            "goal": fields.get("goal"),
            "total_score": fields.get("total_score"),
            "grade": fields.get("grade"),
            "indicators": [],
            "source": {"file": self.name, "first_line": self.here, "last_line": None},
        }
        self.projects.append(p)
        return p

    def row(self, p: dict, l1: str, l2: str, l3: str, target: str, line: int, **extra) -> None:
        r = {
            "level1": canon(l1),
            "level2": canon(l2),
            "level3": l3,
            "target": target,
            "actual": extra.get("actual"),
            "weight": extra.get("weight"),
            "score": extra.get("score"),
            "deviation": extra.get("deviation"),
            "line": line,
        }
        if canon(l1) != l1:
            r["level1_as_printed"] = l1
        if canon(l2) != l2:
            r["level2_as_printed"] = l2
        p["indicators"].append(r)

    def end(self, p: dict) -> None:
        p["source"]["last_line"] = len(self.lines)

    def write(self) -> None:
        text = "\n".join(self.lines) + "\n"
        (HERE / self.name).write_bytes(text.encode(self.encoding))
        gold = HERE / "gold" / (Path(self.name).stem + ".json")
        gold.write_text(json.dumps(self.projects, ensure_ascii=False, indent=1) + "\n", "utf-8")


def wan(x: float) -> float:
    return round(x * 10000, 2)


# ------------------------------------------------------------------ (a) markdown, 浙江-style

def doc_a() -> Doc:
    d = Doc("h01_zhejiang_markdown.txt", "utf-8")
    d.add("# 杭州市西湖区疾病预防控制中心2024年度项目支出绩效目标表", "", "单位：万元", "")
    projects = [
        dict(
            name="基层慢性病综合管理能力提升项目",
            funds=(120.00, 100.00, 20.00, 0.00),
            goal="完成辖区高血压、糖尿病患者规范化管理，开展基层医生慢病管理培训，提升居民慢性病防治知晓率。",
            rows=[
                ("产出", "数量", "高血压患者规范管理人数", "≥12000人"),
                ("", "", "糖尿病患者规范管理人数", "≥4500人"),
                ("", "质量", "高血压患者规范管理率", "≥65%"),
                ("", "", "基层医生慢病管理培训合格率", "≥95%"),
                ("", "时效", "项目完成时间", "12月底前"),
                ("成本", "经济成本", "项目总成本", "≤120万元"),
                ("效益", "社会效益", "居民慢性病防治知晓率", "≥70%"),
                ("", "可持续影响", "慢病管理信息系统持续运行", "长期"),
                ("满意度", "服务对象满意度", "签约居民满意度", "≥90%"),
            ],
        ),
        dict(
            name="重点传染病监测与防控经费",
            funds=(56.80, 56.80, 0.00, 0.00),
            goal="做好法定传染病监测报告和疫情处置，确保辖区无重大传染病暴发流行。",
            rows=[
                ("产出", "数量", "传染病监测哨点数", "=15个"),
                ("", "", "开展防控专题培训次数", "≥4次"),
                ("", "质量", "法定传染病报告及时率", "≥98%"),
                ("", "时效", "疫情报告时限", "24小时内"),
                ("成本", "经济成本", "监测试剂采购成本", "≤30万元"),
                ("效益", "社会效益", "突发公共卫生事件规范处置率", "100%"),
                ("满意度", "服务对象满意度", "群众满意度", "≥85%"),
            ],
        ),
    ]
    for spec in projects:
        total, fiscal, carry, other = spec["funds"]
        p = d.project(
            name=spec["name"],
            department="杭州市西湖区卫生健康局",
            unit="杭州市西湖区疾病预防控制中心",
            year=2024,
            form="target_declaration",
            funds=dict(total=wan(total), fiscal=wan(fiscal), carryover=wan(carry), other=wan(other)),
            goal=spec["goal"],
        )
        d.add(
            f"| 项目名称 | {spec['name']} | | |",
            "|---|---|---|---|",
            "| 主管部门 | 杭州市西湖区卫生健康局 | 预算单位 | 杭州市西湖区疾病预防控制中心 |",
            f"| 项目资金 | 年度资金总额 | {total:.2f} | |",
            f"| | 其中：财政拨款 | {fiscal:.2f} | |",
            f"| | 上年结转资金 | {carry:.2f} | |",
            f"| | 其他资金 | {other:.2f} | |",
            f"| 年度绩效目标 | {spec['goal']} | | |",
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        )
        l1 = l2 = ""
        for a, b, c, t in spec["rows"]:
            line = d.add(f"| {a} | {b} | {c} | {t} |")
            l1, l2 = a or l1, b or l2
            d.row(p, l1, l2, c, t, line)
        d.end(p)
        d.add("", "")
    return d


# ------------------------------------------------------------------ (b) GBK tab self-evaluation

def doc_b() -> Doc:
    d = Doc("h02_guangdong_selfeval_gbk.txt", "gbk")
    specs = [
        dict(
            name="乡村学校少年宫运行补助",
            funds=(80.00, 80.00, 76.40, 0.00, 0.00),
            rate="95.50%", rate_v=95.5, fscore="9.55",
            goal=("保障全区12所乡村学校少年宫正常运行，全年开展活动不少于480场。",
                  "12所乡村学校少年宫全部正常运行，全年开展活动516场。"),
            rows=[
                ("产出指标", "数量指标", "乡村学校少年宫覆盖学校数", "=12所", "12所", 15, 15, ""),
                ("", "", "开展活动场次", "≥480场", "516场", 10, 10, ""),
                ("", "质量指标", "学生参与率", "≥90%", "93.5%", 10, 10, ""),
                ("", "时效指标", "资金拨付及时率", "=100%", "100%", 5, 5, ""),
                ("效益指标", "社会效益指标", "乡村学生综合素质提升", "有所提升", "明显提升", 15, 15, ""),
                ("", "可持续影响指标", "少年宫长效运行机制", "健全", "基本健全", 15, 13,
                 "部分学校辅导员为兼职，队伍稳定性不足；下一步将完善辅导员激励机制。"),
                ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "92%", 20, 20, ""),
            ],
            total="97.55", grade="优",
        ),
        dict(
            name="普通高中家庭经济困难学生国家助学金",
            funds=(162.50, 162.50, 160.20, 150.00, 12.50),
            rate="98.58%", rate_v=98.58, fscore="9.86",
            goal=("按政策资助全区普通高中家庭经济困难学生，确保应助尽助。",
                  "全年资助家庭经济困难学生1096人，资助资金按规定发放到位。"),
            rows=[
                ("产出指标", "数量指标", "资助学生人数", "≥1080人", "1096人", 20, 20, ""),
                ("", "质量指标", "资助对象认定准确率", "=100%", "100%", 10, 10, ""),
                ("", "时效指标", "资助资金发放及时率", "=100%", "95%", 10, 8,
                 "秋季学期资助名单调整，部分资金于次年1月发放；今后将提前完成名单审核。"),
                ("效益指标", "社会效益指标", "家庭经济困难学生因贫辍学率", "=0", "0", 20, 20, ""),
                ("", "可持续影响指标", "资助政策知晓率", "≥95%", "97%", 10, 10, ""),
                ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "94%", 20, 20, ""),
            ],
            total="97.86", grade="优",
        ),
    ]
    for spec in specs:
        total, _, executed, fiscal, carry = spec["funds"]
        fiscal = fiscal or total
        d.add("项目支出绩效自评表", "（2023年度）", "")
        p = d.project(
            name=spec["name"],
            department="广州市从化区教育局",
            unit="广州市从化区教育发展中心",
            year=2023,
            form="self_evaluation",
            funds=dict(total=wan(total), fiscal=wan(fiscal), carryover=wan(carry), other=0.0,
                       executed=wan(executed), execution_rate=spec["rate_v"]),
            goal=spec["goal"][0],
            total_score=float(spec["total"]),
            grade=spec["grade"],
        )
        ex_f = executed - carry
        d.add(
            f"项目名称\t{spec['name']}",
            "主管部门\t广州市从化区教育局\t实施单位\t广州市从化区教育发展中心",
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            f"\t年度资金总额\t{total:.2f}\t{total:.2f}\t{executed:.2f}\t10\t{spec['rate']}\t{spec['fscore']}",
            f"\t其中：当年财政拨款\t{fiscal:.2f}\t{fiscal:.2f}\t{ex_f:.2f}\t—\t{ex_f / fiscal * 100:.2f}%\t—",
            f"\t上年结转资金\t{carry:.2f}\t{carry:.2f}\t{carry:.2f}\t—\t{'100.00%' if carry else '—'}\t—",
            "\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—",
            "年度总体目标\t预期目标\t实际完成情况",
            f"\t{spec['goal'][0]}\t{spec['goal'][1]}",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        )
        l1 = l2 = ""
        for a, b, c, t, act, w, s, dev in spec["rows"]:
            line = d.add(f"\t{a}\t{b}\t{c}\t{t}\t{act}\t{w}\t{s}\t{dev}")
            l1, l2 = a or l1, b or l2
            d.row(p, l1, l2, c, t, line, actual=act, weight=float(w), score=float(s),
                  deviation=dev or None)
        d.add(f"总分\t\t\t\t\t\t100\t{spec['total']}\t", f"自评等级\t{spec['grade']}")
        d.end(p)
        d.add("", "")
    return d


# ------------------------------------------------------------------ (c) UTF-16 one cell per line

def doc_c() -> Doc:
    d = Doc("h03_sichuan_declaration_utf16.txt", "utf-16")
    specs = [
        dict(
            name="2025年高标准农田建设项目",
            funds=("1,250.00", 1250.00, "1,000.00", 1000.00, "250.00", 250.00),
            goal="新建高标准农田1.2万亩，配套完善灌溉排水、田间道路等设施，提高耕地质量等级和粮食综合生产能力。",
            rows=[
                ("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩"),
                ("", "", "新建及改造渠道长度", "≥35公里"),
                ("", "质量指标", "项目工程验收合格率", "=100%"),
                ("", "时效指标", "项目完工时间", "2025年12月31日前"),
                ("成本指标", "经济成本指标", "亩均财政投入", "≤1050元/亩"),
                ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤"),
                ("", "生态效益指标", "农田灌溉水有效利用系数", "≥0.6"),
                ("", "可持续影响指标", "工程设施使用年限", "≥15年"),
                ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"),
            ],
        ),
        dict(
            name="动物疫病强制免疫补助",
            funds=("86.40", 86.40, "86.40", 86.40, "0.00", 0.00),
            goal="做好重大动物疫病强制免疫工作，应免畜禽免疫密度常年保持在90%以上，确保不发生区域性重大动物疫情。",
            rows=[
                ("产出指标", "数量指标", "强制免疫畜禽数量", "≥120万头(只)"),
                ("", "质量指标", "应免畜禽免疫密度", "≥90%"),
                ("", "", "免疫抗体合格率", "≥70%"),
                ("", "时效指标", "春秋两季集中免疫完成时限", "5月底、11月底前"),
                ("成本指标", "经济成本指标", "疫苗采购成本", "≤86.4万元"),
                ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "=0次"),
                ("", "可持续影响指标", "动物防疫体系运行", "持续稳定"),
                ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
            ],
        ),
    ]
    for spec in specs:
        t_s, t, f_s, f, o_s, o = spec["funds"]
        d.add("项目支出绩效目标申报表", "（2025年度）")
        p = d.project(
            name=spec["name"],
            department="眉山市农业农村局",
            unit="眉山市东坡区农业农村局",
            year=2025,
            form="target_declaration",
            funds=dict(total=wan(t), fiscal=wan(f), other=wan(o)),
            goal=spec["goal"],
        )
        d.add(
            "项目名称", spec["name"],
            "主管部门", "眉山市农业农村局",
            "实施单位", "眉山市东坡区农业农村局",
            "项目资金（万元）",
            "年度资金总额", t_s,
            "其中：财政拨款", f_s,
            "其他资金", o_s,
            "年度绩效目标", spec["goal"],
            "绩效指标",
            "一级指标", "二级指标", "三级指标", "指标值",
        )
        l1 = l2 = ""
        for a, b, c, tv in spec["rows"]:
            cells = [x for x in (a, b) if x]
            if cells:
                d.add(*cells)
            line = d.add(c, tv)
            l1, l2 = a or l1, b or l2
            d.row(p, l1, l2, c, tv, line)
        d.end(p)
        d.add("")
    return d


# ------------------------------------------------------------------ (d) one token per line, broken cells

def doc_d() -> Doc:
    d = Doc("h04_hunan_selfeval_tokens.txt", "utf-8")
    d.add("长沙市卫生健康委员会2023年度项目支出绩效自评表", "", "项目支出绩效自评表", "（2023年度）")
    p = d.project(
        name="基层中医药服务能力提升项目",
        department="长沙市卫生健康委员会",
        unit="长沙市中医药发展服务中心",
        year=2023,
        form="self_evaluation",
        funds=dict(total=450000.0, fiscal=450000.0, carryover=0.0, other=0.0,
                   executed=432000.0, execution_rate=96.0),
        goal="支持基层医疗卫生机构中医馆建设，培训基层中医药人员，提升基层中医药服务能力。",
        total_score=96.6,
        grade="优",
    )
    d.add(
        "项目名称", "基层中医药服务能力提升项目",
        "主管部门", "长沙市卫生健康委员会",
        "实施单位", "长沙市中医药发展服务中心",
        "项目资金", "（万元）",
        "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        "年度资金总额", "45.00", "45.00", "43.20", "10", "96.00%", "9.60",
        "其中：当年财政", "拨款", "45.00", "45.00", "43.20", "—", "96.00%", "—",
        "上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—",
        "其他资金", "0.00", "0.00", "0.00", "—", "—", "—",
        "年度总体目标", "预期目标", "实际完成情况",
        "支持基层医疗卫生机构中医馆建设，培训基层中医药人员，提升基层中医药服务能力。",
        "建成中医馆6个，培训基层中医药人员236人次，基层中医药服务覆盖率达96.5%。",
        "绩效指标",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及", "改进措施",
    )
    rows = [
        (["产出指标", "数量指标"], ["中医馆建设数量"], "产出指标", "数量指标", "中医馆建设数量",
         "≥6个", "6个", 15, 15, None),
        ([], ["培训基层中医药人员"], "产出指标", "数量指标", "培训基层中医药人员",
         "≥200人次", "236人次", 10, 10, None),
        (["质量指标"], ["基层医疗卫生机构中医", "药服务覆盖率"], "产出指标", "质量指标",
         "基层医疗卫生机构中医药服务覆盖率", "≥95%", "96.5%", 15, 15, None),
        (["时效指标"], ["项目完成及时性"], "产出指标", "时效指标", "项目完成及时性",
         "12月底前", "按时完成", 10, 10, None),
        (["效益指标", "社会效益指标"], ["基层中医药服务人次", "增长率"], "效益指标", "社会效益指标",
         "基层中医药服务人次增长率", "≥5%", "4.2%", 20, 17,
         ["受季节性就诊波动影响，服务人次增幅", "略低于预期；将加强中医药适宜技术推广。"]),
        (["可持续影响", "指标"], ["中医药服务长效机制"], "效益指标", "可持续影响指标",
         "中医药服务长效机制", "建立", "已建立", 10, 10, None),
        (["满意度指标", "服务对象满意", "度指标"], ["患者满意度"], "满意度指标", "服务对象满意度指标",
         "患者满意度", "≥90%", "93%", 10, 10, None),
    ]
    for labels, l3_lines, l1, l2, l3, t, act, w, s, dev in rows:
        if labels:
            d.add(*labels)
        line = d.add(*l3_lines)
        d.add(t, act, f"{w}.00", f"{s}.00")
        if dev:
            d.add(*dev)
        d.row(p, l1, l2, l3, t, line, actual=act, weight=float(w), score=float(s),
              deviation="".join(dev) if dev else None)
    d.add("总分", "100.00", "96.60", "评分等级", "优")
    d.end(p)
    return d


if __name__ == "__main__":
    for make in (doc_a, doc_b, doc_c, doc_d):
        make().write()
