"""HTML for search answers, project pages and suggestion tables.

Every piece of text that comes from a document or a user goes through `esc` (html.escape):
no markup from a document or a query ever reaches the page as markup. Output has no newlines
because the chat renders messages as Markdown, where a blank line would end the HTML block.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from jixiao.vocab import FormKind

MAX_USES_SHOWN = 5
MAX_PROJECT_INDICATORS = 200


def esc(value: object) -> str:
    """Escaped text; None becomes an empty string."""
    return "" if value is None else escape(str(value), quote=True)


def _years(years: Iterable[int | None]) -> str:
    ys = sorted({y for y in years if y})
    if not ys:
        return "年度不详"
    return f"{ys[0]}年" if len(ys) == 1 else f"{ys[0]}–{ys[-1]}年"


def money(amount: float | None) -> str:
    """元 → a readable 万元 figure (the unit the forms print)."""
    if amount is None:
        return "—"
    return f"{amount / 10000:,.2f} 万元"


def _category(level1: str | None, level2: str | None) -> str:
    parts = [p for p in (level1, level2) if p]
    return " › ".join(esc(p) for p in parts) if parts else "类别不详"


def indicator_card(hit: Any, rank: int) -> str:
    """One grouped indicator hit: wording, category path, targets, who uses it."""
    uses = list(hit.uses)
    units = sorted({u.unit for u in uses if u.unit})
    projects = {u.project_id for u in uses}
    targets = " · ".join(f"<b>{esc(t)}</b> ×{n}" for t, n in hit.targets) or "未填写"
    shown = []
    for use in uses[:MAX_USES_SHOWN]:
        year = f"{use.year}年" if use.year else "年度不详"
        target = f"，目标 {esc(use.target)}" if use.target else ""
        shown.append(
            f"<li>{esc(use.project)}<span class=\"jx-muted\">（{esc(use.unit or '单位不详')}，"
            f"{year}{target}）</span></li>"
        )
    more = len(uses) - len(shown)
    if more > 0:
        shown.append(f'<li class="jx-muted">……另有 {more} 处使用</li>')
    return (
        '<div class="jx-card jx-indicator">'
        f'<div class="jx-head"><span class="jx-rank">{rank}</span>'
        f'<span class="jx-kind">指标</span><span class="jx-title">{esc(hit.text)}</span>'
        f'<span class="jx-score">相关度 {hit.score:.2f}</span></div>'
        f'<div class="jx-path">{_category(hit.level1, hit.level2)}</div>'
        f"{damaged_note(getattr(hit, 'flags', []))}"
        f'<div class="jx-line">目标值：{targets}</div>'
        f'<div class="jx-line">使用情况：{len(projects)} 个项目 · {len(units)} 个单位 · '
        f"{_years(u.year for u in uses)}</div>"
        f'<ul class="jx-uses">{"".join(shown)}</ul></div>'
    )


_FLAG_NOTES = {
    "garbled": "原文文字可能识别有误（OCR/抽取损坏）",
    "fragment": "原文可能不完整（单元格被分页或分栏截断）",
}


def damaged_note(flags: Sequence[str]) -> str:
    """A note on a wording the reader flagged as damaged (it is also ranked lower)."""
    notes = [_FLAG_NOTES[f] for f in flags if f in _FLAG_NOTES]
    return f'<div class="jx-line jx-muted jx-damaged">注意：{"；".join(notes)}</div>' if notes else ""


def target_answer_html(answer: Any) -> str:
    """The answer to a target question (「知晓率一般定多少」): targets set and values achieved."""
    stats = answer.stats
    wordings = "、".join(f"{esc(t)}（{n} 行）" for t, n in answer.wordings) or "无"
    rows = [[t, n] for t, n in stats.targets]
    achieved = "；".join(esc(a.text()) for a in stats.achieved) or "无实际完成值"
    met = f"（达到目标 {stats.met}/{stats.compared}）" if stats.compared else ""
    table = table_html(["目标值", "行数"], rows, "jx-targets") if rows else ""
    return (
        '<div class="jx-card jx-target-answer">'
        f'<div class="jx-head"><span class="jx-kind">目标值</span>'
        f'<span class="jx-title">{esc(answer.measure)}</span></div>'
        f'<div class="jx-line">参考的指标：{wordings}</div>'
        f'<div class="jx-line">{stats.projects} 个项目、{stats.rows} 行；其中 {stats.quantified} 行为量化目标，'
        f"{stats.vague} 行不明确</div>{table}"
        f'<div class="jx-line">实际完成：{achieved}{met}</div>'
        f'<div class="jx-line"><b>{esc(answer.advice)}</b></div></div>'
    )


def project_card(hit: Any, rank: int) -> str:
    """One project hit: name, unit, year, funds, goal."""
    year = f"{hit.year}年" if hit.year else "年度不详"
    goal = f'<div class="jx-line jx-goal">目标：{esc(hit.goal)}</div>' if hit.goal else ""
    return (
        '<div class="jx-card jx-project">'
        f'<div class="jx-head"><span class="jx-rank">{rank}</span>'
        f'<span class="jx-kind">项目</span><span class="jx-title">{esc(hit.text)}</span>'
        f'<span class="jx-score">相关度 {hit.score:.2f}</span></div>'
        f'<div class="jx-path">{esc(hit.unit or "单位不详")} · {esc(hit.department or "主管部门不详")}'
        f" · {year}</div>"
        f'<div class="jx-line">资金总额：{money(hit.funds_total)} · '
        f"{hit.indicator_count or 0} 个指标</div>{goal}</div>"
    )


def answer_html(question: str, filters_text: str, hits: Sequence[Any], note: str = "") -> str:
    """The chat answer to one question: a header line and one card per hit."""
    scope = f"（{esc(filters_text)}）" if filters_text else ""
    if note:
        note = f'<div class="jx-note">{esc(note)}</div>'
    if not hits:
        return (
            f'<div class="jx-answer">{note}<p>没有找到与「{esc(question)}」{scope}相关的结果。'
            "可以换个说法，或放宽筛选条件（例如输入「不限年份」）。</p></div>"
        )
    cards = "".join(
        indicator_card(h, i) if h.type == "indicator" else project_card(h, i)
        for i, h in enumerate(hits, start=1)
    )
    return (
        f'<div class="jx-answer">{note}<p>「{esc(question)}」{scope}的最佳结果 {len(hits)} 条；'
        "在右侧「打开项目」里选择一项即可查看项目详情。</p>"
        f"{cards}</div>"
    )


def message_html(text: str, kind: str = "info") -> str:
    """A short escaped message (errors, notices) for the chat or a panel."""
    return f'<div class="jx-msg jx-{esc(kind)}">{esc(text)}</div>'


def table_html(headers: Sequence[str], rows: Iterable[Sequence[object]], cls: str = "") -> str:
    """A plain escaped HTML table."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>" for row in rows
    )
    return f'<table class="jx-table {esc(cls)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


_FUNDS = (
    ("total", "资金总额"), ("fiscal", "财政拨款"), ("carryover", "上年结转"), ("other", "其他资金"),
    ("executed", "全年执行数"),
)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def project_page_html(details: Any) -> str:
    """A project: who, when, funds, goal, the full indicator table and its source."""
    year = f"{details.year}年" if details.year else "年度不详"
    form = _form_name(details.form)
    meta = [
        ("主管部门", details.department or "不详"), ("实施单位", details.unit or "不详"),
        ("年度", year), ("表格类型", form),
    ]
    if details.total_score is not None or details.grade:
        meta.append(("自评得分", f"{_number(details.total_score)} {details.grade or ''}".strip()))
    meta_html = "".join(f"<span><b>{esc(k)}</b>：{esc(v)}</span>" for k, v in meta)
    funds = details.funds or {}
    fund_rows = [[label, money(funds.get(key))] for key, label in _FUNDS if funds.get(key) is not None]
    if funds.get("execution_rate") is not None:
        fund_rows.append(["执行率", f"{funds['execution_rate']:g}%"])
    self_eval = details.form == "self_evaluation" or any(
        r.actual or r.score is not None for r in details.indicators
    )
    headers = ["一级指标", "二级指标", "三级指标", "指标值"]
    if self_eval:
        headers += ["实际完成值", "分值", "得分", "偏差原因"]
    rows = []
    for r in details.indicators[:MAX_PROJECT_INDICATORS]:
        row = [r.level1, r.level2, r.level3, r.target]
        if self_eval:
            row += [r.actual, _number(r.weight), _number(r.score), r.deviation]
        rows.append(row)
    source = details.source or {}
    where = esc(source.get("file", ""))
    if source.get("first_line"):
        where += f"，第 {esc(source.get('first_line'))}–{esc(source.get('last_line'))} 行"
    warnings = "".join(f"<li>{esc(w)}</li>" for w in details.warnings)
    return (
        '<div class="jx-page">'
        f'<h2 class="jx-page-title">{esc(details.name)}</h2>'
        f'<div class="jx-meta">{meta_html}</div>'
        '<h3>资金</h3>'
        + (table_html(["项目", "金额"], fund_rows, "jx-funds") if fund_rows else "<p>未填写</p>")
        + f'<h3>年度总体目标</h3><p class="jx-goal">{esc(details.goal or "未填写")}</p>'
        + f"<h3>绩效指标（{len(details.indicators)} 项）</h3>"
        + table_html(headers, rows, "jx-indicators")
        + f'<p class="jx-muted">来源：{where}</p>'
        + (f'<details><summary>读取时的提示</summary><ul>{warnings}</ul></details>' if warnings else "")
        + "</div>"
    )


def related_html(related: Sequence[Any]) -> str:
    """Related projects with the reasons they are related."""
    if not related:
        return '<p class="jx-muted">没有找到相关项目。</p>'
    items = []
    for r in related:
        year = f"{r.year}年" if r.year else "年度不详"
        reasons = "".join(f"<li>{esc(x)}</li>" for x in r.reasons)
        items.append(
            f'<div class="jx-card jx-related"><div class="jx-head"><span class="jx-title">'
            f'{esc(r.text)}</span><span class="jx-score">关联度 {r.score:.2f}</span></div>'
            f'<div class="jx-path">{esc(r.unit or "单位不详")} · {year}</div>'
            f'<ul class="jx-uses">{reasons}</ul></div>'
        )
    return "".join(items)


def suggestion_html(suggestion: Any) -> str:
    """Suggested indicators grouped by level1 and level2, with their recommended targets."""
    if not suggestion.indicators:
        return '<p>没有找到相似的项目，无法给出建议。请把项目内容描述得更具体一些。</p>'
    similar = "、".join(esc(p.text) for p in suggestion.similar_projects[:5])
    parts = [f'<p>参考的相似项目：{similar or "无"}</p>']
    for level1, by_level2 in suggestion.grouped().items():
        rows = []
        for level2, indicators in by_level2.items():
            for s in indicators:
                note = s.target_evidence or ""
                if s.vague:
                    vague = f"常见写法「{s.target}」不够明确。" if s.target else ""
                    note = vague + (s.advice or note)
                usual = s.set_and_achieved or "；".join(f"{t} ×{n}" for t, n in s.targets[:3])
                rows.append([level2, s.text, s.recommended_target or "（待定）", usual, note,
                             f"{s.used_by} 个项目"])
        parts.append(f"<h3>{esc(level1)}</h3>")
        parts.append(table_html(["二级指标", "三级指标", "建议指标值", "已设目标与实际完成", "说明", "使用"],
                                rows, "jx-suggest"))
    return '<div class="jx-page">' + "".join(parts) + "</div>"


def upload_report_html(rows: Sequence[tuple[str, bool, int, int, Sequence[str]]]) -> str:
    """Per-file outcome of an upload: name, ok, projects, indicators, problems."""
    body = []
    for name, ok, projects, indicators, problems in rows:
        state = '<span class="jx-ok">已加入</span>' if ok else '<span class="jx-bad">未加入</span>'
        issues = "".join(f"<li>{esc(p)}</li>" for p in problems) or "—"
        body.append(
            f"<tr><td>{esc(name)}</td><td>{state}</td><td>{projects}</td><td>{indicators}</td>"
            f'<td><ul class="jx-problems">{issues}</ul></td></tr>'
        )
    return (
        '<table class="jx-table jx-upload"><thead><tr><th>文件</th><th>结果</th><th>项目</th>'
        "<th>指标</th><th>问题</th></tr></thead><tbody>" + "".join(body) + "</tbody></table>"
    )


def _form_name(form: str | None) -> str:
    try:
        return FormKind(form).label_zh
    except ValueError:
        return form or ""
