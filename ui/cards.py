"""HTML for the conversation, answers, filter chips, project pages and upload reports.

Every piece of text that comes from a document or a user goes through `esc` (html.escape):
no markup from a document or a query ever reaches the page as markup. Buttons carry what they
do in data attributes (`data-open="project/…"`, `data-ask="…"`, `data-remove="year"`); the page
turns a click on one into an event (see `ui.app`), so no document text is ever run as script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape, unescape
from typing import Any

from jixiao.errors import in_chinese
from jixiao.vocab import FormKind, TextFlag

MAX_USES_SHOWN = 5
MAX_PROJECT_INDICATORS = 200
MAX_NOT_UNDERSTOOD_SHOWN = 50
UNREAD_SHOWN_OPEN = 10


def esc(value: object) -> str:
    """Escaped text; None becomes an empty string."""
    return "" if value is None else escape(str(value), quote=True)


_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(?:p|div|li|tr|h\d|table|ul|summary)>|<br\s*/?>", re.I)


def visible_text(html: str) -> str:
    """The text a reader sees in `html` (tags dropped, entities decoded, one line per block)."""
    text = _BLOCK_END.sub("\n", html)
    text = re.sub(r"</t[dh]>", " ", text)
    text = unescape(_TAG.sub("", text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def name_text(name: str | None) -> str:
    """A project name as shown (the reader's placeholder for a missing name in Chinese)."""
    return in_chinese(name) if name else "（未命名项目）"


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


def flag_labels(flags: Iterable[str]) -> list[str]:
    """Chinese warnings for text-quality flags (unknown flags are skipped)."""
    out = []
    for flag in dict.fromkeys(flags):
        try:
            out.append(TextFlag(flag).label_zh)
        except ValueError:
            continue
    return out


def flags_html(flags: Iterable[str]) -> str:
    labels = flag_labels(flags)
    return "".join(f'<span class="jx-flag" title="读取时发现的问题">⚠ {esc(x)}</span>'
                   for x in labels)


def open_button(item_id: str, label: str, cls: str = "jx-open") -> str:
    return (f'<button type="button" class="{cls}" data-open="{esc(item_id)}">'
            f"{esc(label)}</button>")


# ------------------------------------------------------------------------------ the chat


def empty_chat_html(examples: Sequence[str]) -> str:
    """The conversation before the first question: what to ask, as clickable examples."""
    chips = "".join(
        f'<button type="button" class="jx-example" data-ask="{esc(q)}">{esc(q)}</button>'
        for q in examples
    )
    return (
        '<div class="jx-turns"><div class="jx-empty">'
        "<p>用一句话问想找的指标或项目，例如：</p>"
        f'<div class="jx-examples">{chips}</div>'
        '<p class="jx-muted">得到结果后，可以接着说「只看2024年的」「只看质量指标」「只看项目」'
        "来筛选；筛选条件显示在上方，点 × 即可去掉。</p></div></div>"
    )


def turn_html(user_text: str | None, reply: str) -> str:
    """One exchange: what the user typed (if anything) and the reply."""
    user = f'<div class="jx-user"><span>{esc(user_text)}</span></div>' if user_text else ""
    return f'<div class="jx-turn">{user}{reply}</div>'


def chat_html(turns: Sequence[str], examples: Sequence[str]) -> str:
    if not turns:
        return empty_chat_html(examples)
    return '<div class="jx-turns">' + "".join(turns) + "</div>"


def chips_html(chips: Sequence[tuple[str, str]]) -> str:
    """The filters in force, each with a × that removes it."""
    if not chips:
        return '<div class="jx-chips"><span class="jx-muted">筛选条件：不限</span></div>'
    items = "".join(
        f'<span class="jx-chip">{esc(label)}<button type="button" class="jx-chip-x" '
        f'data-remove="{esc(field)}" title="去掉这个条件" aria-label="去掉{esc(label)}">×</button>'
        "</span>"
        for field, label in chips
    )
    clear = ('<button type="button" class="jx-chip-clear" data-remove="all">清除全部</button>'
             if len(chips) > 1 else "")
    return f'<div class="jx-chips"><span class="jx-muted">筛选条件：</span>{items}{clear}</div>'


def indicator_card(hit: Any, rank: int, flags: Mapping[str, Sequence[str]]) -> str:
    """One grouped indicator hit: wording, category path, targets, who uses it."""
    uses = list(hit.uses)
    units = sorted({u.unit for u in uses if u.unit})
    projects = {u.project_id for u in uses}
    targets = " · ".join(f"<b>{esc(t)}</b> ×{n}" for t, n in hit.targets) or "未填写"
    # The search marks wordings it found damaged; the rows shown may carry their own flags.
    card_flags: list[str] = list(getattr(hit, "flags", None) or [])
    shown = []
    for use in uses[:MAX_USES_SHOWN]:
        card_flags += flags.get(use.indicator_id, []) + list(getattr(use, "flags", None) or [])
        year = f"{use.year}年" if use.year else "年度不详"
        target = f"，目标 {esc(use.target)}" if use.target else ""
        shown.append(
            f"<li>{open_button(use.project_id, name_text(use.project), 'jx-link')}"
            f'<span class="jx-muted">（{esc(use.unit or "单位不详")}，{year}{target}）</span>'
            f"{flags_html(flags.get(use.project_id, []))}</li>"
        )
    more = len(uses) - len(shown)
    if more > 0:
        shown.append(f'<li class="jx-muted">……另有 {more} 处使用</li>')
    first = uses[0] if uses else None
    button = open_button(first.project_id, "打开项目") if first else ""
    return (
        '<div class="jx-card jx-indicator">'
        f'<div class="jx-head"><span class="jx-rank">{rank}</span>'
        f'<span class="jx-kind">指标</span><span class="jx-title">{esc(hit.text)}</span>'
        f'{flags_html(card_flags)}<span class="jx-score">相关度 {hit.score:.2f}</span></div>'
        f'<div class="jx-path">{_category(hit.level1, hit.level2)}</div>'
        f'<div class="jx-line">目标值：{targets}</div>'
        f'<div class="jx-line">使用情况：{len(projects)} 个项目 · {len(units)} 个单位 · '
        f"{_years(u.year for u in uses)}</div>"
        f'<ul class="jx-uses">{"".join(shown)}</ul>'
        f'<div class="jx-actions">{button}</div></div>'
    )


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


def project_card(hit: Any, rank: int, flags: Mapping[str, Sequence[str]]) -> str:
    """One project hit: name, unit, year, funds, goal."""
    year = f"{hit.year}年" if hit.year else "年度不详"
    goal = f'<div class="jx-line jx-goal">目标：{esc(hit.goal)}</div>' if hit.goal else ""
    return (
        '<div class="jx-card jx-project">'
        f'<div class="jx-head"><span class="jx-rank">{rank}</span>'
        f'<span class="jx-kind">项目</span><span class="jx-title">{esc(name_text(hit.text))}</span>'
        f'{flags_html(flags.get(hit.id, []))}'
        f'<span class="jx-score">相关度 {hit.score:.2f}</span></div>'
        f'<div class="jx-path">{esc(hit.unit or "单位不详")} · {esc(hit.department or "主管部门不详")}'
        f" · {year}</div>"
        f'<div class="jx-line">资金总额：{money(hit.funds_total)} · '
        f"{hit.indicator_count or 0} 个指标</div>{goal}"
        f'<div class="jx-actions">{open_button(hit.id, "打开项目")}</div></div>'
    )


def answer_html(
    question: str, hits: Sequence[Any], flags: Mapping[str, Sequence[str]] | None = None,
    note: str = "", filters_text: str = "",
) -> str:
    """The reply to one question: a header line and one card per hit."""
    flags = flags or {}
    note_html = f'<div class="jx-note">{esc(note)}</div>' if note else ""
    scope = f"（{esc(filters_text)}）" if filters_text else ""
    if not hits:
        return (
            f'<div class="jx-answer">{note_html}<p>没有找到与「{esc(question)}」{scope}相关的结果。'
            "可以换个说法，或去掉上方的筛选条件。</p></div>"
        )
    cards = "".join(
        indicator_card(h, i, flags) if h.type == "indicator" else project_card(h, i, flags)
        for i, h in enumerate(hits, start=1)
    )
    return (
        f'<div class="jx-answer">{note_html}<p class="jx-answer-head">「{esc(question)}」{scope}'
        f"的最佳结果 {len(hits)} 条；点「打开项目」查看详情。</p>{cards}</div>"
    )


def message_html(text: str, kind: str = "info", items: Sequence[str] = ()) -> str:
    """A short escaped message (errors, notices) for the chat or a panel."""
    extra = ""
    if items:
        extra = '<ul class="jx-tips">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
    return f'<div class="jx-msg jx-{esc(kind)}"><p>{esc(text)}</p>{extra}</div>'


def table_html(headers: Sequence[str], rows: Iterable[Sequence[object]], cls: str = "",
               raw_columns: Sequence[int] = ()) -> str:
    """A plain escaped HTML table; cells of `raw_columns` are HTML made by this module."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(
            f"<td>{v if i in raw_columns else esc(v)}</td>" for i, v in enumerate(row)
        ) + "</tr>"
        for row in rows
    )
    return f'<table class="jx-table {esc(cls)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


# --------------------------------------------------------------------------- project pages

_FUNDS = (
    ("total", "资金总额"), ("fiscal", "财政拨款"), ("carryover", "上年结转"), ("other", "其他资金"),
    ("executed", "全年执行数"),
)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def project_page_html(details: Any) -> str:
    """A project: who, when, funds, goal, the full indicator table and its source."""
    year = f"{details.year}年" if details.year else "年度不详"
    meta = [
        ("主管部门", details.department or "不详"), ("实施单位", details.unit or "不详"),
        ("年度", year), ("表格类型", _form_name(details.form)),
    ]
    if details.total_score is not None or details.grade:
        meta.append(("自评得分", f"{_number(details.total_score)} {details.grade or ''}".strip()))
    meta_html = "".join(f"<span><b>{esc(k)}</b>：{esc(v)}</span>" for k, v in meta)
    funds = details.funds or {}
    fund_rows = [[label, money(funds.get(key))] for key, label in _FUNDS if funds.get(key) is not None]
    if funds.get("execution_rate") is not None:
        fund_rows.append(["执行率", f"{funds['execution_rate']:g}%"])
    self_eval = details.form in ("self_evaluation", "department_self_evaluation") or any(
        r.actual or r.score is not None for r in details.indicators
    )
    any_flags = any(r.flags for r in details.indicators)
    headers = ["一级指标", "二级指标", "三级指标", "指标值"]
    if self_eval:
        headers += ["实际完成值", "分值", "得分", "偏差原因"]
    headers.append("位置")
    if any_flags:
        headers.append("提示")
    rows = []
    for r in details.indicators[:MAX_PROJECT_INDICATORS]:
        row: list[object] = [r.level1, r.level2, r.level3, r.target]
        if self_eval:
            row += [r.actual, _number(r.weight), _number(r.score), r.deviation]
        row.append(r.location)
        if any_flags:
            row.append(flags_html(r.flags))
        rows.append(row)
    raw = [len(headers) - 1] if any_flags else []
    flag_note = ""
    if details.all_flags:
        flag_note = (
            f'<div class="jx-flag-note">{flags_html(details.all_flags)}'
            "<span>这份表格的部分文字读取时可能出错，请对照原文件核实。</span></div>"
        )
    warnings = "".join(f"<li>{esc(in_chinese(w))}</li>" for w in details.warnings)
    printed = ""
    if details.name_as_printed and details.name_as_printed != details.name:
        printed = f'<p class="jx-muted">表上印的名称：{esc(details.name_as_printed)}</p>'
    return (
        '<div class="jx-page">'
        f'<h2 class="jx-page-title">{esc(name_text(details.name))}{flags_html(details.flags)}</h2>'
        f"{printed}{flag_note}"
        f'<div class="jx-meta">{meta_html}</div>'
        '<h3>资金</h3>'
        + (table_html(["项目", "金额"], fund_rows, "jx-funds") if fund_rows else "<p>未填写</p>")
        + f'<h3>年度总体目标</h3><p class="jx-goal">{esc(details.goal or "未填写")}</p>'
        + f"<h3>绩效指标（{len(details.indicators)} 项）</h3>"
        + table_html(headers, rows, "jx-indicators", raw_columns=raw)
        + f'<p class="jx-source">来源：{esc(details.source_text or "不详")}</p>'
        + (f'<details><summary>读取时的提示</summary><ul>{warnings}</ul></details>' if warnings else "")
        + "</div>"
    )


def related_html(related: Sequence[Any]) -> str:
    """Related projects with the reasons they are related, each with a button to open it."""
    if not related:
        return '<p class="jx-muted">没有找到相关项目。</p>'
    items = []
    for r in related:
        year = f"{r.year}年" if r.year else "年度不详"
        reasons = "".join(f"<li>{esc(x)}</li>" for x in r.reasons)
        items.append(
            f'<div class="jx-card jx-related"><div class="jx-head"><span class="jx-title">'
            f'{esc(name_text(r.text))}</span><span class="jx-score">关联度 {r.score:.2f}</span></div>'
            f'<div class="jx-path">{esc(r.unit or "单位不详")} · {year}</div>'
            f'<ul class="jx-uses">{reasons}</ul>'
            f'<div class="jx-actions">{open_button(r.id, "打开项目")}</div></div>'
        )
    return "".join(items)


# ------------------------------------------------------------------------------- uploads


def upload_report_html(reports: Sequence[Any]) -> str:
    """Per file: added or not, its projects (buttons that open them), indicator count,
    errors, warnings and the lines or cells the reader did not understand."""
    if not reports:
        return ""
    rows, details = [], []
    for report in reports:
        state = ('<span class="jx-ok">已加入</span>' if report.added
                 else '<span class="jx-bad">未加入</span>')
        projects = "".join(
            f"<li>{open_button(p.id, name_text(p.name), 'jx-link')}"
            f'<span class="jx-muted">（{esc(p.unit or "单位不详")}，'
            f'{p.year or "年度不详"}{"年" if p.year else ""}，{p.indicators} 个指标）</span>'
            f"{flags_html(p.flags)}</li>"
            for p in report.projects
        )
        problems = [_without_file(in_chinese(p), report.file) for p in
                    [*report.errors, *report.warnings]]
        issues = "".join(f"<li>{esc(p)}</li>" for p in problems)
        unread = len(report.not_understood)
        rows.append([
            esc(report.file), state,
            f'<ul class="jx-problems">{projects}</ul>' if projects else "无",
            str(report.indicators),
            f'<ul class="jx-problems">{issues}</ul>' if issues else "无",
            f"{unread} 处（见下）" if unread else "无",
        ])
        if unread:
            shown = report.not_understood[:MAX_NOT_UNDERSTOOD_SHOWN]
            lines = "".join(
                f"<li><b>{esc(u.where or '位置不详')}</b>：{esc(_clip(u.text))}"
                f'<span class="jx-muted">（{esc(in_chinese(u.reason))}）</span></li>'
                for u in shown
            )
            more = unread - len(shown)
            if more > 0:
                lines += f'<li class="jx-muted">……另有 {more} 处</li>'
            # A short list is shown open; a long one is one click away.
            opened = " open" if unread <= UNREAD_SHOWN_OPEN else ""
            details.append(
                f'<details class="jx-unread"{opened}><summary>{esc(report.file)}：没有读懂的 '
                f"{unread} 处</summary><ul>{lines}</ul></details>"
            )
    table = table_html(["文件", "结果", "项目", "指标", "问题与提示", "没有读懂的行或单元格"],
                       rows, "jx-upload", raw_columns=range(6))
    return table + "".join(details)


def _without_file(message: str, file: str) -> str:
    """A message without a leading 「file：」 or 「file 第 n 行：」 naming the row's own file."""
    for sep in ("：", " 第 "):
        if message.startswith(file + sep):
            return message[len(file) + (len(sep) if sep == "：" else 1):]
    return message


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _form_name(form: str | None) -> str:
    try:
        return FormKind(form).label_zh
    except ValueError:
        return form or ""
