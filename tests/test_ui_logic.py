"""The web app's logic without a browser: what each event shows, as a user sees it.

Handlers return view models (`ui.page.PageView`, `ui.app.UploadView`, `ui.suggestions` tables);
the tests read the visible text of their HTML (`cards.visible_text`) and the files offered for
download, on a real store (bundled documents, real encoder) or on constructed records.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from jixiao import api
from jixiao.errors import JixiaoError, in_chinese
from jixiao.ui import cards, downloads, neighbourhood, page, suggestions, uploads
from jixiao.ui.followup import Filters, parse_followup, resolve_unit
from jixiao.ui.live import PageStore

UNITS = ["天津市医学考试中心", "上海市卫生人才交流服务中心", "上海市医事团体联合管理发展中心"]
YEARS = [2025, 2024, 2023]
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'
FIXTURES = Path(__file__).parent / "fixtures"
# Words a Chinese page may show in Latin letters: product and format names, file suffixes.
ALLOWED_LATIN = {"jixiao", "RDF", "Turtle", "JSON-LD", "N-Triples", "TriG", "N-Quads", "CSV",
                 "XLSX", "TSV", "MB", "API", "Gradio"}
_FILE_NAME = re.compile(r"\S*\.(?:txt|md|text|ttl|jsonld|nt|csv|xlsx|trig|nq)\b")


def latin_words(text: str) -> set[str]:
    """Words in Latin letters in `text`, file names and allowed names aside."""
    words = set(re.findall(r"[A-Za-z][A-Za-z-]+", _FILE_NAME.sub(" ", text)))
    return words - ALLOWED_LATIN


# --- follow-up refinements -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("只看2024年的", {"year": 2024}),
        ("2024年的呢？", {"year": 2024}),
        ("那只看2025年度的吧", {"year": 2025}),
        ("只看满意度指标", {"level1": "满意度指标"}),
        ("只看成本类的", {"level1": "成本指标"}),
        ("只看质量指标", {"level2": "质量指标"}),
        ("只看服务对象满意度指标", {"level2": "服务对象满意度指标"}),
        ("只看天津市医学考试中心的", {"unit": "天津市医学考试中心"}),
        ("只看医学考试中心的", {"unit": "天津市医学考试中心"}),
        ("只看人才交流中心的", {"unit": "上海市卫生人才交流服务中心"}),
        ("只看项目", {"type": "project"}),
        ("只看2023年的满意度指标", {"year": 2023, "level1": "满意度指标"}),
        ("只看考试相关的", {"topic": "考试"}),
        ("不限年份", {"year": None}),
    ],
)
def test_followups_become_filter_changes(text: str, expected: dict) -> None:
    refinement = parse_followup(text, UNITS, YEARS)
    assert refinement is not None and refinement.understood
    assert refinement.changes == expected


@pytest.mark.parametrize("text", ["考生对考试满意吗", "满意度调查", "考生满意度", "天津市医学考试中心", ""])
def test_new_questions_are_not_followups(text: str) -> None:
    assert parse_followup(text, UNITS, YEARS) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("只看火星的", "「火星」不是已知的年度、实施单位、指标类别或类型"),
        ("只看2019年的", "库中没有 2019 年的项目（已有年度：2025、2024、2023）"),
        ("只看火星中心的", "没有名为「火星中心」的实施单位"),
        ("只看", "没有说要筛选什么"),
    ],
)
def test_unknown_refinements_are_named_not_applied(text: str, named: str) -> None:
    refinement = parse_followup(text, UNITS, YEARS)
    assert refinement is not None and not refinement.understood
    assert named in refinement.problems


def test_category_refinements_bring_type_indicator_and_chips() -> None:
    quality = parse_followup("只看质量指标", UNITS, YEARS)
    assert quality is not None
    filters = quality.apply(Filters())
    assert filters == Filters(type="indicator", level1="产出指标", level2="质量指标")
    assert [label for _, label in filters.chips()] == [
        "类型：指标", "一级指标：产出指标", "二级指标：质量指标"]
    # A level1 that is not the level2's parent drops the level2.
    satisfaction = parse_followup("只看满意度指标", UNITS, YEARS)
    assert satisfaction is not None
    assert satisfaction.apply(filters) == Filters(type="indicator", level1="满意度指标")
    # Projects have no categories: asking for them drops the category filters.
    projects = parse_followup("只看项目", UNITS, YEARS)
    assert projects is not None and projects.apply(filters) == Filters(type="project")


def test_filters_removed_and_set_like_chips_and_pickers() -> None:
    filters = Filters(type="indicator", year=2024, level1="产出指标", level2="质量指标")
    assert filters.without("level2") == Filters(type="indicator", year=2024, level1="产出指标")
    assert filters.without("level1") == Filters(type="indicator", year=2024)
    assert filters.without("type") == Filters(year=2024)  # categories go with type 指标
    assert Filters().with_value("level2", "时效指标") == Filters(
        type="indicator", level1="产出指标", level2="时效指标")
    assert filters.with_value("type", "all") == Filters(year=2024)
    assert filters.with_value("year", "") == filters.without("year")
    cleared = parse_followup("清除筛选", UNITS, YEARS)
    assert cleared is not None and cleared.apply(filters) == Filters()


def test_ambiguous_unit_is_left_as_typed() -> None:
    assert resolve_unit("中心", UNITS) == "中心"
    assert resolve_unit("天津市医学考试中心", UNITS) == "天津市医学考试中心"


# --- the search tab on the bundled store ------------------------------------------------------


@pytest.fixture(scope="module")
def live(bundled_store) -> PageStore:
    return PageStore(bundled_store)


def _paths(html: str) -> list[str]:
    return re.findall(r'class="jx-path">([^<]*)', html)


def _titles(html: str) -> list[str]:
    return [cards.visible_text(t) for t in re.findall(r'class="jx-title">([^<]*)', html)]


def test_empty_page_offers_example_questions(live) -> None:
    view = page.load(live, None)
    text = cards.visible_text(view.chat_html)
    assert all(q in text for q in page.EXAMPLES)
    assert view.chat_html.count("data-ask=") == len(page.EXAMPLES)
    assert view.summary.startswith("共 ") and "个项目" in view.summary
    assert view.chips == [] and view.project is None


def test_example_questions_find_answers(live) -> None:
    for question in page.EXAMPLES:
        view = page.ask(live, None, question)
        assert "的最佳结果" in view.reply_text, question


def test_quality_followup_shows_only_quality_indicators_with_a_chip(live) -> None:
    first = page.ask(live, None, "考生对考试满意吗")
    assert "考生满意度" in _titles(first.reply_html)
    view = page.ask(live, first.session, "只看质量指标")
    assert ("level2", "二级指标：质量指标") in view.chips
    assert ("type", "类型：指标") in view.chips
    assert 'data-remove="level2"' in view.chips_html
    paths = _paths(view.reply_html)
    assert len(paths) == page.ANSWER_HITS
    assert all(cards.visible_text(p) == "产出指标 › 质量指标" for p in paths)
    assert "jx-project" not in view.reply_html  # no project cards under a category filter
    assert "已按追问调整条件：二级指标：质量指标" in view.reply_text
    # Its × removes the 二级指标 and answers again without it.
    removed = page.remove_filter(live, view.session, "level2")
    assert ("level2", "二级指标：质量指标") not in removed.chips
    assert ("level1", "一级指标：产出指标") in removed.chips
    assert "已去掉「二级指标」条件" in removed.reply_text
    assert all(cards.visible_text(p).startswith("产出指标") for p in _paths(removed.reply_html))


def test_unknown_refinement_changes_nothing_and_says_what_can_be_said(live) -> None:
    first = page.ask(live, None, "考试组织工作")
    year = page.ask(live, first.session, "只看2024年的")
    mars = page.ask(live, year.session, "只看火星的")
    assert "没有听懂这个筛选条件，结果和筛选条件都没有改变" in mars.reply_text
    assert "「火星」不是已知的年度、实施单位、指标类别或类型" in mars.reply_text
    assert "「只看质量指标」" in mars.reply_text  # what can be said instead
    assert mars.session.filters == year.session.filters
    assert mars.session.question == "考试组织工作" and mars.chips == year.chips
    # The next refinement refines the same question: 火星 was never added to it.
    after = page.ask(live, mars.session, "只看满意度指标")
    assert "火星" not in after.reply_text
    assert after.reply_text.splitlines()[1].startswith("「考试组织工作」")


def test_filters_said_before_any_question_apply_to_the_next(live) -> None:
    view = page.ask(live, None, "只看满意度指标")
    assert view.session.question is None and "请输入问题" in view.reply_text
    assert ("level1", "一级指标：满意度指标") in view.chips
    view = page.ask(live, view.session, "考试")
    assert view.session.question == "考试"
    assert all(cards.visible_text(p).startswith("满意度指标") for p in _paths(view.reply_html))


def test_level2_followup_is_answered_by_the_search_filter(live, bundled_store) -> None:
    view = page.ask(live, None, "考试")
    view = page.ask(live, view.session, "只看时效指标")
    assert (view.filters.level1, view.filters.level2) == ("产出指标", "时效指标")
    expected = bundled_store.search("考试", type="indicator", k=page.ANSWER_HITS,
                                    level2="时效指标")
    assert _titles(view.reply_html) == [h.text for h in expected.hits]


def test_picking_a_filter_reanswers_and_unknown_values_are_named(live, bundled_store) -> None:
    view = page.ask(live, None, "考试组织工作")
    year = max(view.choices.years)
    view = page.set_filter(live, view.session, "year", str(year))
    assert ("year", f"年度：{year}") in view.chips
    assert all(f"{year}年" in line for line in view.reply_text.splitlines()
               if line.startswith("使用情况"))
    typed = page.set_filter(live, view.session, "unit", "火星研究所")
    assert "没有这个实施单位：「火星研究所」" in typed.reply_text
    assert bundled_store.filter_choices().units[0] in typed.reply_text


def test_query_markup_is_escaped_in_the_chat(live) -> None:
    view = page.ask(live, None, "<script>alert(1)</script>满意度")
    assert "<script" not in view.chat_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;满意度" in view.chat_html


def test_a_card_opens_its_project_in_place_with_back_navigation(live) -> None:
    answer = page.ask(live, None, "考生对考试满意吗")
    opens = re.findall(r'data-open="(project/[0-9a-f]+)"', answer.reply_html)
    assert opens, "every card has a button that opens its project"
    first = page.open_item(live, answer.session, opens[0])
    assert first.project is not None and first.project.id == opens[0]
    text = cards.visible_text(first.project.html)
    assert first.project.name in text and "年度总体目标" in text and "绩效指标" in text
    assert "来源：" in text and "行" in text.split("来源：", 1)[1]
    assert first.project.back_label == "← 返回检索结果"
    assert first.chat_html == answer.chat_html  # the answers are kept behind the page
    # Related projects are listed once, as cards that open in turn.
    related = re.findall(r'data-open="(project/[0-9a-f]+)"', first.project.related_html)
    assert related and len(related) == len(set(related))
    second = page.open_item(live, first.session, related[0])
    assert second.project is not None and second.project.id == related[0]
    assert second.project.back_label == f"← 返回上一个项目：{first.project.name}"
    back = page.back(live, second.session)
    assert back.project is not None and back.project.id == first.project.id
    assert page.back(live, back.session).project is None


def test_graph_nodes_open_projects_and_ask_about_wordings(live) -> None:
    answer = page.ask(live, None, "考试组织工作")
    pid = re.findall(r'data-open="(project/[0-9a-f]+)"', answer.reply_html)[0]
    opened = page.open_item(live, answer.session, pid)
    assert opened.project is not None
    graph = opened.project.graph_html
    concept = re.findall(r'data-open="(concept/[0-9a-f]+)"', graph)[0]
    label = re.search(rf'data-label="指标概念：([^"]*)" data-open="{concept}"', graph)
    assert label
    asked = page.open_item(live, opened.session, concept)
    assert asked.project is None and asked.filters.type == "indicator"
    assert _titles(asked.reply_html)[0] == cards.visible_text(label.group(1))


def test_page_text_is_chinese(live) -> None:
    answer = page.ask(live, None, "考生对考试满意吗")
    pid = re.findall(r'data-open="(project/[0-9a-f]+)"', answer.reply_html)[0]
    opened = page.open_item(live, answer.session, pid)
    assert opened.project is not None
    for html in (answer.chat_html, answer.chips_html, opened.project.html,
                 opened.project.related_html, opened.project.graph_html):
        assert latin_words(cards.visible_text(html)) == set()


# --- shared state: every visitor sees the live store ---------------------------------------------


def test_a_second_visitor_sees_documents_added_by_another(bundled_store, tmp_path) -> None:
    root = tmp_path / "store"
    shutil.copytree(bundled_store.root, root)
    live = PageStore(api.open_store(root))
    before = page.load(live, None)
    asked = page.ask(live, before.session, "考试组织工作")
    assert "上海市安全测试中心" not in asked.choices.units
    # Another visitor (or `jixiao add` in another process) adds a form.
    incoming = tmp_path / "防注入演示.txt"
    shutil.copyfile(FIXTURES / "hostile_form.txt", incoming)
    api.add([incoming], root)
    again = page.ask(live, asked.session, "注入演示次数")
    assert again.store_changed and again.summary != before.summary
    assert "上海市安全测试中心" in again.choices.units and 2024 in again.choices.years
    assert "注入演示次数" in again.reply_text
    # A page opened (or reloaded) now shows the same.
    assert page.load(live, None).summary == again.summary


def test_refreshed_follows_the_live_generation(bundled_store, tmp_path) -> None:
    root = tmp_path / "store"
    shutil.copytree(bundled_store.root, root)
    jx = api.open_store(root)
    assert jx.refreshed() is jx and jx.live_generation() == jx.generation
    other, _ = api.add([FIXTURES / "hostile_form.txt"], root)
    fresh = jx.refreshed()
    assert fresh is not jx and fresh.generation == other.generation
    assert fresh.stats()["projects"] == jx.stats()["projects"] + 1


# --- flags, sources and upload reports from constructed records ----------------------------------


def _constructed(tmp_path: Path) -> api.Jixiao:
    """A store made from records written here (flagged text and cell locations, whatever the
    reader of the day makes of real files)."""
    from jixiao.kg.records import Funds, Source, UnreadLine
    from jixiao.store import build_store

    def row(level3: str, target: str, cells: str, flags: list[str] | None = None) -> api.Indicator:
        line = int(cells.split(":")[0][1:])
        return api.Indicator("产出指标", "质量指标", level3, target, line=line, flags=flags or [],
                             location=api.Location(line=line, sheet="Sheet1", cells=cells))

    garbled = api.Project(
        name="考试ノ组织经费", name_as_printed="考试ノ组织经费", department="某市卫生健康委员会",
        unit="某市考试中心", year=2024, form="target_declaration", funds=Funds(total=10000.0),
        goal="组织考试", total_score=None, grade=None,
        indicators=[row("考务完成率", "=100(%)", "B12:D12", ["garbled"]),
                    row("考场满意度", "≥90%", "B13:D13")],
        source=Source("表格.xlsx", 1, 20, sheet="Sheet1", cells="A1:H20", format="xlsx"),
        warnings=["amount unit not printed; amounts read as 元"], flags=["garbled"],
    )
    clean = api.Project(
        name="培训经费", name_as_printed="培训经费", department=None, unit="某市考试中心",
        year=2024, form="target_declaration", funds=Funds(), goal=None, total_score=None,
        grade=None, indicators=[row("培训次数", "≥3次", "B30:D30")],
        source=Source("表格.xlsx", 25, 40, sheet="Sheet1", cells="A25:H40", format="xlsx"),
    )
    report = api.FileReport(
        file="表格.xlsx", format="xlsx", projects=[garbled, clean],
        unread=[UnreadLine(7, "备注：以上数据为初稿", "not accounted for by the form reader",
                           api.Location(line=7, sheet="Sheet1", cells="A7"))],
        warnings=["hidden sheet skipped: 草稿"],
    )
    return api.Jixiao(build_store(store_dir=tmp_path / "store", reports=[report]).store)


def test_project_page_shows_source_cells_and_damaged_text(tmp_path) -> None:
    jx = _constructed(tmp_path)
    pid = next(r.id for r in jx.document_report("表格.xlsx").projects if "ノ" in r.name)
    details = jx.project(pid, related=0)
    assert details.source_text == "表格.xlsx，表 Sheet1，A1:H20"
    assert details.flags == ["garbled"] and details.indicators[0].flags == ["garbled"]
    assert details.indicators[0].location == "表 Sheet1，B12:D12"
    text = cards.visible_text(cards.project_page_html(details))
    assert "来源：表格.xlsx，表 Sheet1，A1:H20" in text
    assert "文字可能有识别错误" in text
    assert "考务完成率 =100(%) 表 Sheet1，B12:D12" in text
    assert "未印金额单位，按「元」读取" in text  # the reader's note, in Chinese


def test_cards_flag_damaged_text(tmp_path) -> None:
    jx = _constructed(tmp_path)
    refs = {r.name: r for r in jx.document_report("表格.xlsx").projects}
    garbled, clean = refs["考试ノ组织经费"], refs["培训经费"]
    details = jx.project(garbled.id, related=0)
    use = api.Use(details.indicators[0].id, garbled.id, garbled.name, garbled.unit, 2024,
                  "产出指标", "质量指标", "=100(%)", None)
    hits = [
        api.Hit(id=details.indicators[0].concept_id, type="indicator", score=0.9,
                text="考务完成率", level1="产出指标", level2="质量指标",
                targets=[("=100(%)", 1)], uses=[use]),
        api.Hit(id=garbled.id, type="project", score=0.8, text=garbled.name, unit=garbled.unit),
        api.Hit(id=clean.id, type="project", score=0.7, text=clean.name, unit=clean.unit),
    ]
    flags = jx.text_flags([garbled.id, clean.id, use.indicator_id])
    assert set(flags) == {garbled.id, use.indicator_id}
    html = cards.answer_html("考务", hits, flags)
    blocks = re.findall(r'<div class="jx-card.*?</div></div>', html)
    assert len(blocks) == 3
    flagged = ["文字可能有识别错误" in cards.visible_text(b) for b in blocks]
    assert flagged == [True, True, False]


def test_upload_report_lists_projects_warnings_and_cells_not_understood(tmp_path) -> None:
    jx = _constructed(tmp_path)
    report = jx.document_report("表格.xlsx")
    assert [p.name for p in report.projects] == ["考试ノ组织经费", "培训经费"]
    assert report.projects[0].flags == ["garbled"] and report.indicators == 3
    html = cards.upload_report_html([report])
    text = cards.visible_text(html)
    assert "表格.xlsx 已加入" in text
    assert "考试ノ组织经费（某市考试中心，2024年，2 个指标）" in text
    assert "文字可能有识别错误" in text
    assert "hidden sheet skipped: 草稿" in text  # a note the vocabulary cannot translate yet
    assert "1 处（见下）" in text
    assert "表 Sheet1，A7：备注：以上数据为初稿（表格读取时未能归入任何字段）" in text
    for ref in report.projects:  # each new project can be opened from the report
        assert f'data-open="{ref.id}"' in html


# --- uploads on a real store ------------------------------------------------------------------


@pytest.fixture()
def app_context(bundled_store, tmp_path: Path):
    """The page's context over a private copy of the bundled store."""
    from jixiao.ui.app import AppContext

    root = tmp_path / "store"
    shutil.copytree(bundled_store.root, root)
    return AppContext.open(api.open_store(root))


def test_uploaded_forms_are_reported_searchable_and_stay_in_the_store(
    app_context, tmp_path: Path
) -> None:
    from jixiao.ui.app import add_documents

    incoming = tmp_path / "incoming"
    incoming.mkdir()
    good = incoming / "防注入演示.txt"
    good.write_bytes((FIXTURES / "hostile_form.txt").read_bytes())
    junk = incoming / "不是表格.txt"
    junk.write_text("只是几句话。\n", encoding="utf-8")
    before = app_context.jx.stats()["projects"]
    view = add_documents(app_context, [str(good), str(junk)])
    by_file = {r.file: r for r in view.reports}
    assert by_file["防注入演示.txt"].added and not by_file["不是表格.txt"].added
    [project] = by_file["防注入演示.txt"].projects
    assert project.name == "防注入演示项目" and project.indicators == 3
    text = cards.visible_text(view.html)
    assert "防注入演示.txt 已加入" in text and "不是表格.txt 未加入" in text
    assert "找不到可识别的表格" in text and latin_words(text) == set()
    # What was not understood in the file that was not added is listed too.
    assert [u.text for u in by_file["不是表格.txt"].not_understood] == ["只是几句话。"]
    assert "第 1 行：只是几句话。（" in text  # with the reason the reader gives
    assert f'data-open="{project.id}"' in view.html
    assert app_context.jx.stats()["projects"] == before + 1
    assert view.summary == app_context.summary() and f"共 {before + 1} 个项目" in view.summary
    hits = app_context.jx.search("注入演示次数", k=3).hits
    assert any(h.text == "<script>window.__pwned=1</script>注入演示次数" for h in hits)
    # Uploads are kept inside the store, and only those the store lists as documents.
    stored = {p.name for p in app_context.uploads_dir.iterdir()}
    assert "防注入演示.txt" in stored
    assert stored <= {f["name"] for f in app_context.jx.store.files}
    assert sorted(p.name for p in incoming.iterdir()) == ["不是表格.txt", "防注入演示.txt"]


def test_spreadsheet_word_and_pdf_uploads_are_read_and_a_bad_replacement_keeps_the_form(
    app_context, tmp_path: Path
) -> None:
    from formfiles import write_docx, write_pdf, write_xlsx

    from jixiao.ui.app import add_documents

    incoming = tmp_path / "incoming"
    incoming.mkdir()
    files = [write_xlsx(incoming / "就业申报表.xlsx"), write_docx(incoming / "就业申报表.docx"),
             write_pdf(incoming / "就业申报表.pdf")]
    view = add_documents(app_context, [str(f) for f in files])
    assert [(r.file, r.added) for r in view.reports] == [(f.name, True) for f in files]
    for report in view.reports:
        [project] = report.projects
        assert project.name == "城乡居民就业服务" and project.indicators == 6
    hits = app_context.jx.search("培训合格率", k=3).hits
    assert any("95%" in h.targets_text for h in hits if h.text == "培训合格率")
    # A same-named file the reader cannot read does not replace the stored spreadsheet.
    broken = tmp_path / "broken" / "就业申报表.xlsx"
    broken.parent.mkdir()
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    projects = app_context.jx.stats()["projects"]
    [report] = add_documents(app_context, [str(broken)]).reports
    assert not report.added and any("保留库中原有版本" in in_chinese(e) for e in report.errors)
    assert app_context.jx.stats()["projects"] == projects
    assert "就业申报表.xlsx" in app_context.jx.documents()


# --- suggestions: tick, edit, download -----------------------------------------------------------


def test_suggestion_rows_can_be_unticked_and_edited_before_download(bundled_store, tmp_path):
    table = suggestions.suggest(bundled_store, "组织全市卫生专业技术资格考试，保障考生顺利参加考试")
    assert len(table.rows) >= 4 and all(r[0] is True for r in table.rows)
    assert "参考的相似项目" in cards.visible_text(suggestions.intro_html(table))
    edited = [list(r) for r in table.rows]
    edited[1][0] = False  # untick the second row
    edited[0][suggestions.COLUMNS.index("建议指标值")] = "≥99%"
    paths, n = suggestions.write_downloads(bundled_store, table, edited, tmp_path)
    assert n == len(table.rows) - 1
    csv_path = next(p for p in paths if p.suffix == ".csv")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(suggestions.FILE_COLUMNS)
    wordings = [r[2] for r in rows[1:]]
    assert table.rows[1][3] not in wordings and wordings[0] == table.rows[0][3]
    assert rows[1][3] == "≥99%"
    book = load_workbook(next(p for p in paths if p.suffix == ".xlsx"))
    assert book.sheetnames == ["建议指标", "来源"]
    sources = [[c.value for c in r] for r in book["来源"].iter_rows()]
    assert sources[0] == list(suggestions.SOURCE_COLUMNS)
    assert {r[0] for r in sources[1:]} == set(wordings)
    assert all(r[5] and str(r[6]).startswith("第 ") for r in sources[1:])  # file and line
    nothing = [[False, *r[1:]] for r in table.rows]
    with pytest.raises(JixiaoError, match="没有选中任何指标"):
        suggestions.write_downloads(bundled_store, table, nothing, tmp_path)


# --- the neighbourhood picture ----------------------------------------------------------------


def test_neighbourhood_svg_escapes_labels_and_makes_nodes_openable() -> None:
    nodes = [
        SimpleNamespace(id="project/p1", label="考试项目", kind="project"),
        SimpleNamespace(id="org/u1", label=HOSTILE, kind="unit"),
        SimpleNamespace(id="year/2024", label="2024", kind="year"),
        *(SimpleNamespace(id=f"concept/c{i}", label=f"概念{i}", kind="concept") for i in range(5)),
    ]
    edges = [SimpleNamespace(source="project/p1", target=n.id, label="<有关>") for n in nodes[1:]]
    svg = neighbourhood.render_svg("project/p1", nodes, edges)
    assert svg.startswith('<div class="jx-graph-wrap"><svg') and "</svg>" in svg
    assert "<script" not in svg and "<img" not in svg
    assert "&lt;script&gt;" in svg and "&lt;有关&gt;" in svg
    assert svg.count("<circle") >= len(nodes)
    assert "实施单位" in svg and "指标概念" in svg  # legend
    assert 'data-open="org/u1"' in svg and 'data-open="concept/c0"' in svg
    assert 'data-open="year/2024"' not in svg and 'data-open="project/p1"' not in svg
    assert 'data-label="指标概念：概念3"' in svg


def test_neighbourhood_labels_never_overlap() -> None:
    long = "上海市卫生健康委员会直属单位年度专项资金绩效管理工作项目"
    nodes = [SimpleNamespace(id="project/c", label=long, kind="project")]
    nodes += [SimpleNamespace(id=f"concept/{i}", label=f"{i}{long}", kind="concept")
              for i in range(12)]
    nodes += [SimpleNamespace(id=f"project/{i}", label=f"{i}{long}", kind="project")
              for i in range(12)]
    placed = neighbourhood.layout("project/c", nodes)
    boxes = [p.box for p in placed if p.box is not None]
    assert len(boxes) >= len(placed) - 4  # nearly every node keeps a visible label
    for i, a in enumerate(boxes):
        assert a.inside()
        for b in boxes[i + 1:]:
            assert not a.overlaps(b)
    # Full labels stay available for the hover tooltip.
    assert all(p.full_label.endswith(long) for p in placed)
    assert all(p.label.endswith("…") for p in placed if p.box and p.label != p.full_label)


def test_neighbourhood_of_a_project_comes_from_the_graph(bundled_store) -> None:
    project = next(p for p in bundled_store.projects() if p.unit and p.year)
    hood = api.project_neighbourhood(bundled_store, project.id)
    ids = {n.id for n in hood.nodes}
    kinds = {n.id: n.kind for n in hood.nodes}
    assert hood.center == project.id and kinds[project.id] == "project"
    assert any(n.kind == "unit" and n.label == project.unit for n in hood.nodes)
    assert any(n.kind == "year" and n.label == str(project.year) for n in hood.nodes)
    assert any(n.kind == "concept" for n in hood.nodes)
    assert all(e.source in ids and e.target in ids for e in hood.edges)
    for other in (n.id for n in hood.nodes if n.kind == "project" and n.id != hood.center):
        assert any(e.source == other for e in hood.edges)
    with pytest.raises(JixiaoError):
        api.project_neighbourhood(bundled_store, "project/00000000000000000000")
    placed = neighbourhood.layout(hood.center, hood.nodes)
    boxes = [p.box for p in placed if p.box]
    assert all(not a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


# --- downloads ---------------------------------------------------------------------------------

HEADERS = ["一级指标", "二级指标", "三级指标", "指标值"]
ROWS = [
    ["满意度指标", "服务对象满意度指标", "考生满意度", "≥90(%)"],
    ["产出指标", "数量指标", "考试场次", "=100(%)"],
    ["产出指标", "质量指标", HOSTILE, "+5"],
]


def test_csv_download_is_readable_and_defuses_formulas(tmp_path: Path) -> None:
    path = downloads.write_csv(tmp_path, "建议指标", HEADERS, ROWS)
    assert path.parent == tmp_path and path.suffix == ".csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM, for spreadsheet programs
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == HEADERS
    assert read[1] == ROWS[0]
    # Cells a spreadsheet would evaluate are quoted; the text itself is kept.
    assert read[2][3] == "'=100(%)" and read[3][3] == "'+5"
    assert read[3][2] == HOSTILE


def test_xlsx_download_has_a_bold_frozen_filtered_header_and_text_targets(tmp_path: Path) -> None:
    sources = downloads.Sheet("来源", ["三级指标", "项目"], [["考生满意度", "全国卫生专业技术资格考试"]])
    path = downloads.write_xlsx(tmp_path, "建议指标", HEADERS,
                                [*ROWS, ["成本指标", None, "总成本", 20]], "建议指标", [sources])
    book = load_workbook(path)
    sheet = book["建议指标"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert values[2] == ["产出指标", "数量指标", "考试场次", "=100(%)"]
    assert sheet.cell(row=3, column=4).data_type == "s"  # text, not a formula
    assert values[4][3] == 20 and values[4][1] is None
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert all(c.font.bold for c in ws[1])
        assert not any(c.font.bold for c in ws[2])
    # Columns are as wide as their Chinese text (two units per character), within a limit.
    assert sheet.column_dimensions["B"].width >= 2 * len("服务对象满意度指标")
    assert sheet.column_dimensions["C"].width <= downloads.MAX_COLUMN_WIDTH
    assert [[c.value for c in r] for r in book["来源"].iter_rows()][1] == sources.rows[0]


def test_download_names_stay_inside_their_directory(tmp_path: Path) -> None:
    path = downloads.write_text(tmp_path, "../../etc/passwd", ".ttl", "@prefix : <x#> .")
    assert path.parent == tmp_path and ".." not in path.name and "/" not in path.name


def test_old_downloads_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(downloads, "KEEP_FILES", 3)
    for i in range(6):
        downloads.write_text(tmp_path, f"f{i}", ".txt", "x")
    assert len(list(tmp_path.iterdir())) <= 4


# --- uploads -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("绩效目标表.txt", "绩效目标表.txt"),
        ("../../etc/passwd", "passwd.txt"),
        ("..\\..\\windows\\win.ini", "win.txt"),
        ("/abs/path/表 格 (1).TXT", "表_格_1.txt"),
        ("..", "upload.txt"),
        (".bashrc", "bashrc.txt"),
        ("a\x00b\nc.txt", "abc.txt"),
        ("report.exe", "report.txt"),
    ],
)
def test_upload_names_are_sanitised(name: str, expected: str) -> None:
    assert uploads.safe_filename(name) == expected


def test_upload_is_copied_inside_the_store_only(tmp_path: Path) -> None:
    source = tmp_path / "incoming.txt"
    source.write_text("项目名称\t测试", encoding="utf-8")
    store_uploads = tmp_path / "store" / "uploads"
    saved = uploads.save_upload(source, "../../evil.txt", store_uploads)
    assert saved.parent == store_uploads.resolve()
    assert saved.name == "evil.txt"
    assert saved.read_text(encoding="utf-8") == "项目名称\t测试"
    assert not (tmp_path / "evil.txt").exists()
    # A second upload of the same name replaces the first, as the store replaces documents.
    source.write_text("项目名称\t第二版", encoding="utf-8")
    again = uploads.save_upload(source, "evil.txt", store_uploads)
    assert again == saved and saved.read_text(encoding="utf-8") == "项目名称\t第二版"
    assert [p.name for p in store_uploads.iterdir()] == ["evil.txt"]


def test_upload_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 1000)
    with pytest.raises(JixiaoError, match="太大"):
        uploads.save_upload(big, "big.txt", tmp_path / "up")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(JixiaoError, match="空"):
        uploads.save_upload(empty, "empty.txt", tmp_path / "up")
    small = tmp_path / "small.txt"
    small.write_text("<html></html>", encoding="utf-8")
    with pytest.raises(JixiaoError, match="只接受"):
        uploads.save_upload(small, "payload.html", tmp_path / "up")
    assert not (tmp_path / "up").exists() or not any((tmp_path / "up").iterdir())
