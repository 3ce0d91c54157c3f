"""What the search tab shows, as plain data: every event of the page is a function here that
takes the visitor's `Session` and returns a `PageView` (the new session and everything on
screen). `ui.app` only wires Gradio events to these functions and a `PageView` to widgets.

The search tab holds two panels in one place: the conversation (questions, answers as cards,
filter chips) and, once a card's 「打开项目」 is clicked, that project's page, with a back button
that returns through every project opened to the answers.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace

from jixiao import api
from jixiao.errors import JixiaoError
from jixiao.ui import cards, neighbourhood
from jixiao.ui.followup import (
    FIELD_LABELS,
    FIELDS,
    FOLLOWUP_EXAMPLES,
    Filters,
    Refinement,
    parse_followup,
)
from jixiao.ui.live import PageStore, Snapshot

ANSWER_HITS = 8
RELATED_SHOWN = 8
MAX_TURNS = 20  # exchanges kept on the page (older ones scroll away)
#: Questions offered on the empty page; each finds answers in the bundled documents.
EXAMPLES = ("考生对考试满意吗", "培训参加人数", "考试按时完成", "信息系统运行维护", "医药集中招标采购")


@dataclass
class Session:
    """One visitor's page: the last question, the filters, the conversation, the projects
    opened (last on top) and the store generation the page last showed."""

    question: str | None = None
    filters: Filters = field(default_factory=Filters)
    turns: list[str] = field(default_factory=list)
    stack: list[str] = field(default_factory=list)
    generation: str | None = None


@dataclass
class ProjectPanel:
    """An opened project as shown: page, neighbourhood picture, related projects."""

    id: str
    name: str
    html: str
    graph_html: str
    related_html: str
    back_label: str


@dataclass
class PageView:
    """Everything the search tab shows after an event."""

    session: Session
    chat_html: str
    chips: list[tuple[str, str]]
    summary: str
    choices: api.FilterChoices
    project: ProjectPanel | None = None
    #: The newest reply, as HTML (also the last part of `chat_html`).
    reply_html: str = ""
    #: Whether the store changed since this visitor's page last showed it.
    store_changed: bool = False

    @property
    def chips_html(self) -> str:
        return cards.chips_html(self.chips)

    @property
    def reply_text(self) -> str:
        """The newest reply as a reader sees it."""
        return cards.visible_text(self.reply_html)

    @property
    def filters(self) -> Filters:
        return self.session.filters


# ------------------------------------------------------------------------------ rendering


def _view(snap: Snapshot, session: Session, reply: str = "",
          project: ProjectPanel | None = None) -> PageView:
    changed = session.generation is not None and session.generation != snap.generation
    session = replace(session, generation=snap.generation)
    return PageView(
        session=session,
        chat_html=cards.chat_html(session.turns, EXAMPLES),
        chips=session.filters.chips(),
        summary=snap.summary,
        choices=snap.choices,
        project=project,
        reply_html=reply,
        store_changed=changed,
    )


def _with_turn(session: Session, user_text: str | None, reply: str, **changes: object) -> Session:
    turns = [*session.turns, cards.turn_html(user_text, reply)][-MAX_TURNS:]
    # A new reply shows the answers: any project page opened before is closed.
    return replace(session, turns=turns, stack=[], **changes)


def _answer(snap: Snapshot, question: str, filters: Filters, note: str = "") -> str:
    try:
        result = snap.jx.search(
            filters.query(question), type=filters.type, k=ANSWER_HITS, unit=filters.unit,
            year=filters.year, level1=filters.level1, level2=filters.level2,
        )
    except JixiaoError as exc:
        return cards.message_html(f"无法检索：{exc}", "error")
    ids = [h.id for h in result.hits]
    ids += [u.indicator_id for h in result.hits for u in h.uses[:cards.MAX_USES_SHOWN]]
    ids += [u.project_id for h in result.hits for u in h.uses[:cards.MAX_USES_SHOWN]]
    flags = snap.jx.text_flags(ids)
    return cards.answer_html(filters.query(question), result.hits, flags, note,
                             filters.describe())


# ------------------------------------------------------------------------------- events


def load(live: PageStore, session: Session | None) -> PageView:
    """The page as it opens (or re-opens): the live store's counts and filter choices."""
    snap = live.current()
    session = session or Session()
    return _view(snap, session, project=_reopen(snap, session))


def ask(live: PageStore, session: Session | None, message: str) -> PageView:
    """Answer a question, or refine the last one (「只看质量指标」)."""
    snap = live.current()
    session = session or Session()
    message = (message or "").strip()
    if not message:
        return _view(snap, session, project=_reopen(snap, session))
    refinement = parse_followup(message, snap.choices.units, snap.choices.years)
    if refinement is None:
        reply = _answer(snap, message, session.filters)
        if api.is_target_question(message):
            # 「知晓率一般定多少」: what projects set and achieved, above the matching wordings.
            with contextlib.suppress(JixiaoError):
                reply = cards.target_answer_html(snap.jx.target_question(message)) + reply
        return _view(snap, _with_turn(session, message, reply, question=message), reply)
    if not refinement.understood:
        reply = _not_understood(refinement)
        return _view(snap, _with_turn(session, message, reply), reply)
    filters = refinement.apply(session.filters)
    understood = refinement.describe()
    if not session.question:
        reply = cards.message_html(
            f"已设置筛选条件（{understood}），请输入问题。")
        return _view(snap, _with_turn(session, message, reply, filters=filters), reply)
    reply = _answer(snap, session.question, filters, f"已按追问调整条件：{understood}")
    return _view(snap, _with_turn(session, message, reply, filters=filters), reply)


def _not_understood(refinement: Refinement) -> str:
    problems = list(refinement.problems)
    understood = refinement.describe()
    head = "没有听懂这个筛选条件，结果和筛选条件都没有改变。"
    items = [*problems]
    if understood:
        items.append(f"听懂的部分：{understood}（未应用）")
    items.append("可以这样说：" + "、".join(f"「{x}」" for x in FOLLOWUP_EXAMPLES))
    return cards.message_html(head, "notice", items)


def set_filter(live: PageStore, session: Session | None, name: str, value: object) -> PageView:
    """A filter picked beside the conversation (「不限」 is None or ''): re-answer under it."""
    session = session or Session()
    if name not in FIELDS:
        raise ValueError(f"unknown filter {name!r}")
    filters = session.filters.with_value(name, value)
    return _refilter(live, session, filters, _changed_note(session.filters, filters))


def remove_filter(live: PageStore, session: Session | None, name: str) -> PageView:
    """The × of a chip (or 「清除全部」 for name 'all')."""
    session = session or Session()
    filters = Filters() if name == "all" else session.filters.without(name)
    if name == "all":
        note = "已清除全部筛选条件"
    else:
        note = f"已去掉「{FIELD_LABELS.get(name, name)}」条件"
        dropped = _changed_note(session.filters, filters, skip=name)
        if dropped:
            note += f"；{dropped}"
    return _refilter(live, session, filters, note)


def _changed_note(before: Filters, after: Filters, skip: str = "") -> str:
    gone = [FIELD_LABELS[f] for f in FIELDS if f != skip and before.value_text(f)
            and not after.value_text(f)]
    added = [label for f, label in after.chips() if f != skip and not before.value_text(f)]
    parts = []
    if added:
        parts.append("条件：" + "；".join(added))
    if gone:
        parts.append("一并去掉：" + "、".join(gone)
                     + ("（指标类别只适用于指标）" if {"一级指标", "二级指标"} & set(gone) else ""))
    return "；".join(parts) if parts else "已按新的筛选条件重新检索"


def _refilter(live: PageStore, session: Session, filters: Filters, note: str) -> PageView:
    snap = live.current()
    if filters == session.filters:
        return _view(snap, session, project=_reopen(snap, session))
    if not session.question:
        reply = cards.message_html(f"{note}。请输入问题。")
        return _view(snap, _with_turn(session, None, reply, filters=filters), reply)
    reply = _answer(snap, session.question, filters, note)
    return _view(snap, _with_turn(session, None, reply, filters=filters), reply)


def open_item(live: PageStore, session: Session | None, item_id: str) -> PageView:
    """A click on 「打开项目」, a related project or a node of the picture.

    A project opens in place of the answers; an indicator wording or a unit is asked about
    (its cards, or that unit's projects)."""
    snap = live.current()
    session = session or Session()
    item_id = (item_id or "").strip()
    kind = item_id.split("/", 1)[0]
    if kind == "project":
        try:
            panel = _project_panel(snap, item_id, session.stack)
        except JixiaoError as exc:
            reply = cards.message_html(f"无法打开项目：{exc}", "error")
            return _view(snap, _with_turn(session, None, reply), reply)
        stack = [*session.stack, item_id] if session.stack[-1:] != [item_id] else session.stack
        return _view(snap, replace(session, stack=stack), project=panel)
    if kind in ("concept", "org"):
        try:
            item = snap.jx.item(item_id)
        except JixiaoError as exc:
            reply = cards.message_html(str(exc), "error")
            return _view(snap, _with_turn(session, None, reply), reply)
        if kind == "concept":
            filters, question = Filters(type="indicator"), item.text
        else:
            filters, question = Filters(type="project", unit=item.text), item.text
        reply = _answer(snap, question, filters, "从项目关系图打开")
        return _view(snap, _with_turn(session, question, reply, question=question,
                                      filters=filters), reply)
    return _view(snap, session, project=_reopen(snap, session))


def back(live: PageStore, session: Session | None) -> PageView:
    """The back button: the project opened before this one, else the answers."""
    snap = live.current()
    session = session or Session()
    session = replace(session, stack=session.stack[:-1])
    return _view(snap, session, project=_reopen(snap, session))


def _reopen(snap: Snapshot, session: Session) -> ProjectPanel | None:
    if not session.stack:
        return None
    try:
        return _project_panel(snap, session.stack[-1], session.stack[:-1])
    except JixiaoError:
        return None


def _project_panel(snap: Snapshot, project_id: str, below: list[str]) -> ProjectPanel:
    details = snap.jx.project(project_id, related=RELATED_SHOWN)
    hood = api.project_neighbourhood(snap.jx, project_id)
    back_label = "← 返回检索结果"
    previous = [p for p in below if p != details.id]
    if previous:
        with contextlib.suppress(JixiaoError):
            back_label = f"← 返回上一个项目：{cards.name_text(snap.jx.item(previous[-1]).text)}"
    return ProjectPanel(
        id=details.id,
        name=cards.name_text(details.name),
        html=cards.project_page_html(details),
        graph_html=neighbourhood.render_svg(hood.center, hood.nodes, hood.edges),
        related_html=cards.related_html(details.related),
        back_label=back_label,
    )
