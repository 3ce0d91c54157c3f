"""End to end in headless Chromium: `jixiao serve` on a fresh store, driven like a user would.

One server (and one browser) for the whole module. Needs the Debian packages `chromium` and
`chromium-driver` (install.sh installs them); skipped when they are missing.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT = 90  # seconds; generous, the CI machine may be slow

if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
    pytest.skip("chromium and chromium-driver are not installed (see install.sh)",
                allow_module_level=True)

from openpyxl import load_workbook  # noqa: E402
from rdflib import Graph  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from jixiao.local_server import ROOT, serving  # noqa: E402
from jixiao.ui import uploads  # noqa: E402

# A declaration form (the tab-table layout of the bundled samples) whose indicator wording and
# goal carry markup that would run if the page ever inserted document text as HTML.
HOSTILE_FORM = ROOT / "tests" / "fixtures" / "hostile_form.txt"
SCRIPT_WORDING = "<script>window.__pwned=1</script>注入演示次数"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`jixiao serve` on a loopback port with an empty store directory: it builds the store."""
    work = tmp_path_factory.mktemp("serve")
    try:
        with serving(work / "store", work / "serve.log") as url:
            yield url
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="module")
def downloads() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="jx-downloads-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[WebDriver]:
    # Never let Selenium Manager look for (or download) a browser or driver.
    os.environ["SE_OFFLINE"] = "true"
    profile = tempfile.mkdtemp(prefix="jx-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1100", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
    })
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


# ---- helpers ------------------------------------------------------------------------------------

# Words the page may show in Latin letters: product and format names, file names and suffixes.
ALLOWED_LATIN = {"jixiao", "RDF", "Turtle", "JSON-LD", "N-Triples", "TriG", "N-Quads", "CSV",
                 "XLSX", "TSV", "MB", "API", "Gradio"}
FILE_NAME = re.compile(r"\S*\.(?:txt|md|text|ttl|jsonld|nt|csv|xlsx|trig|nq)\b")


def wait(driver: WebDriver) -> WebDriverWait:
    return WebDriverWait(driver, WAIT, poll_frequency=0.2)


def text_of(driver: WebDriver, element_id: str) -> str:
    return driver.find_element(By.ID, element_id).text


def open_page(driver: WebDriver, url: str) -> None:
    driver.get(url)
    wait(driver).until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#jx-query textarea")))
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#jx-chat .jx-turns"))


def turns(driver: WebDriver) -> list[WebElement]:
    return driver.find_elements(By.CSS_SELECTOR, "#jx-chat .jx-turn")


def newest(driver: WebDriver, before: int) -> WebElement:
    """The newest exchange, once there are more than `before`."""
    return wait(driver).until(lambda d: (found := turns(d)) and len(found) > before and found[-1])


def ask(driver: WebDriver, question: str) -> WebElement:
    """Type a question, wait for its reply, return the newest exchange."""
    before = len(turns(driver))
    box = driver.find_element(By.CSS_SELECTOR, "#jx-query textarea")
    box.send_keys(question)
    box.send_keys(Keys.ENTER)
    return newest(driver, before)


def click_in_turn(driver: WebDriver, turn: WebElement, selector: str) -> None:
    button = turn.find_element(By.CSS_SELECTOR, selector)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()


def go_to_tab(driver: WebDriver, name: str) -> None:
    tab = wait(driver).until(EC.element_to_be_clickable(
        (By.XPATH, f"//*[@id='jx-tabs']//button[@role='tab' and normalize-space(.)='{name}']")
    ))
    tab.click()


def project_shown(driver: WebDriver) -> str:
    """The title of the project page on screen (waits for one)."""
    return wait(driver).until(lambda d: (
        (h := d.find_elements(By.CSS_SELECTOR, "#jx-project-panel h2.jx-page-title"))
        and h[0].is_displayed() and h[0].text.strip()))


def results_shown(driver: WebDriver) -> bool:
    panel = driver.find_element(By.ID, "jx-results-panel")
    return panel.size["height"] > 100


def not_pwned(driver: WebDriver) -> None:
    assert driver.execute_script("return window.__pwned === undefined")
    assert driver.execute_script(
        "return [...document.querySelectorAll('script')].every(s => !s.text.includes('__pwned'))"
    )
    assert not driver.find_elements(By.CSS_SELECTOR, "img[onerror]")


def latin_words(driver: WebDriver) -> set[str]:
    """English words in the visible page text (product and file names aside)."""
    text = driver.execute_script("return document.body.innerText")
    return set(re.findall(r"[A-Za-z][A-Za-z-]+", FILE_NAME.sub(" ", text))) - ALLOWED_LATIN


def in_view(driver: WebDriver, element: WebElement) -> bool:
    """True when the element's top is visible in the window and in its scrolling container."""
    return driver.execute_script(
        """const r = arguments[0].getBoundingClientRect();
           if (r.top < 0 || r.top >= window.innerHeight) return false;
           const box = arguments[0].closest('.jx-turns').getBoundingClientRect();
           return r.top >= box.top - 1 && r.top < box.bottom;""", element)


def settle(driver: WebDriver) -> None:
    """Wait until no event of the page is running (Gradio's progress markers gone)."""
    wait(driver).until(lambda d: not d.find_elements(By.CSS_SELECTOR, ".wrap.pending, .eta-bar"))


# ---- tests ---------------------------------------------------------------------------------------


def test_example_question_answer_starts_at_its_top(server: str, browser: WebDriver) -> None:
    open_page(browser, server)
    examples = browser.find_elements(By.CSS_SELECTOR, "#jx-chat .jx-example")
    assert len(examples) >= 3 and all(e.text for e in examples)
    examples[0].click()
    first = newest(browser, 0)
    assert examples and "最佳结果" in first.text
    # More answers below: each new one is shown from its top, its first card in view.
    for question in ("培训参加人数", "考试按时完成"):
        turn = ask(browser, question)
        time.sleep(0.3)  # the scroll happens on the next animation frame
        card = turn.find_element(By.CSS_SELECTOR, ".jx-card")
        assert in_view(browser, card), question
        assert in_view(browser, turn.find_element(By.CSS_SELECTOR, ".jx-user"))


def test_a_card_opens_its_project_in_place_and_back_returns(server: str, browser: WebDriver) -> None:
    open_page(browser, server)
    turn = ask(browser, "考生对考试满意吗")
    assert "考生满意度" in turn.text and "满意度指标" in turn.text
    card = next(c for c in turn.find_elements(By.CSS_SELECTOR, ".jx-indicator")
                if "考生满意度" in c.find_element(By.CSS_SELECTOR, ".jx-title").text)
    project = card.find_element(By.CSS_SELECTOR, ".jx-uses .jx-link").text
    click_in_turn(browser, card, ".jx-open")
    assert project_shown(browser) == project
    assert not results_shown(browser)
    page = text_of(browser, "jx-project")
    assert "考生满意度" in page and "资金" in page and "年度总体目标" in page and "来源：" in page
    picture = browser.find_element(By.CSS_SELECTOR, "#jx-graph svg")
    assert len(picture.find_elements(By.TAG_NAME, "circle")) >= 3
    # Related projects: listed once, as cards with a button that opens them.
    related = browser.find_elements(By.CSS_SELECTOR, "#jx-related .jx-related")
    names = [r.find_element(By.CSS_SELECTOR, ".jx-title").text for r in related]
    assert names and len(names) == len(set(names))
    related[0].find_element(By.CSS_SELECTOR, ".jx-open").click()
    wait(browser).until(lambda d: project_shown(d) == names[0])
    back = browser.find_element(By.ID, "jx-back")
    assert project in back.text
    back.click()
    wait(browser).until(lambda d: project_shown(d) == project)
    browser.find_element(By.ID, "jx-back").click()
    wait(browser).until(results_shown)
    assert "考生满意度" in turns(browser)[-1].text


def test_graph_shows_full_labels_on_hover_and_opens_nodes(server: str, browser: WebDriver) -> None:
    open_page(browser, server)
    turn = ask(browser, "考试组织工作")
    click_in_turn(browser, turn, ".jx-open")
    center = project_shown(browser)
    node = wait(browser).until(lambda d: d.find_elements(
        By.CSS_SELECTOR, "#jx-graph .jx-node-project.jx-node-open"))[0]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", node)
    ActionChains(browser).move_to_element(node.find_element(By.TAG_NAME, "circle")).perform()
    tip = browser.find_element(By.CSS_SELECTOR, "#jx-graph .jx-tip")
    full = node.get_attribute("data-label")
    wait(browser).until(lambda d: tip.is_displayed() and tip.text == full)
    assert full.startswith("项目：")
    # No two labels of the picture overlap.
    boxes = browser.execute_script(
        "return [...document.querySelectorAll('#jx-graph text')].map(t => {"
        "const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })")
    for i, (l1, t1, r1, b1) in enumerate(boxes):
        for l2, t2, r2, b2 in boxes[i + 1:]:
            assert r1 <= l2 or r2 <= l1 or b1 <= t2 or b2 <= t1
    node.find_element(By.TAG_NAME, "circle").click()
    wait(browser).until(lambda d: project_shown(d) == full.removeprefix("项目："))
    assert center in text_of(browser, "jx-back")


def test_quality_followup_shows_a_removable_chip(server: str, browser: WebDriver) -> None:
    open_page(browser, server)
    ask(browser, "考生对考试满意吗")
    turn = ask(browser, "只看质量指标")
    chips = text_of(browser, "jx-chips")
    assert "二级指标：质量指标" in chips and "类型：指标" in chips
    paths = [p.text for p in turn.find_elements(By.CSS_SELECTOR, ".jx-card .jx-path")]
    assert paths and all(p == "产出指标 › 质量指标" for p in paths)
    assert not turn.find_elements(By.CSS_SELECTOR, ".jx-project")
    level2 = browser.find_element(By.CSS_SELECTOR, "#jx-level2 input").get_attribute("value")
    assert level2.startswith("质量指标")
    chip = browser.find_element(By.XPATH, "//*[@id='jx-chips']//span[contains(., '二级指标：质量指标')]")
    before = len(turns(browser))
    chip.find_element(By.CSS_SELECTOR, "[data-remove='level2']").click()
    again = newest(browser, before)
    assert "已去掉「二级指标」条件" in again.text
    wait(browser).until(lambda d: "二级指标" not in text_of(d, "jx-chips"))
    assert "一级指标：产出指标" in text_of(browser, "jx-chips")


def test_an_unknown_refinement_leaves_the_results_unchanged(server: str, browser: WebDriver) -> None:
    open_page(browser, server)
    ask(browser, "考试组织工作")
    answer = ask(browser, "只看2024年的")
    cards_before = [c.text for c in answer.find_elements(By.CSS_SELECTOR, ".jx-card")]
    chips_before = text_of(browser, "jx-chips")
    reply = ask(browser, "只看火星的")
    assert "没有听懂这个筛选条件，结果和筛选条件都没有改变" in reply.text
    assert "「火星」不是已知的" in reply.text and "只看质量指标" in reply.text
    assert not reply.find_elements(By.CSS_SELECTOR, ".jx-card")
    assert text_of(browser, "jx-chips") == chips_before
    shown = turns(browser)[-2].find_elements(By.CSS_SELECTOR, ".jx-card")
    assert [c.text for c in shown] == cards_before
    refined = ask(browser, "只看满意度指标")
    assert "火星" not in refined.text and "「考试组织工作」" in refined.text


def test_turtle_export_downloads_and_parses(server: str, browser: WebDriver, downloads: Path) -> None:
    open_page(browser, server)
    go_to_tab(browser, "导出")
    browser.find_element(
        By.XPATH, "//*[@id='jx-format']//label[contains(normalize-space(.), 'Turtle')]").click()
    browser.find_element(By.ID, "jx-export").click()
    link = wait(browser).until(
        EC.element_to_be_clickable((By.CSS_SELECTOR, "#jx-export-file a[download]"))
    )
    name = link.get_attribute("download")
    assert name.endswith(".ttl")
    link.click()
    path = downloads / name
    wait(browser).until(lambda d: path.is_file() and path.stat().st_size > 0
                        and not list(downloads.glob("*.crdownload")))
    g = Graph().parse(path, format="turtle")
    assert len(g) > 1000
    labels = {str(o) for o in g.objects()}
    assert "考生满意度" in labels


def test_suggestions_can_be_unticked_edited_and_downloaded(server: str, browser: WebDriver) -> None:
    open_page(browser, server)
    go_to_tab(browser, "指标建议")
    box = wait(browser).until(
        EC.element_to_be_clickable((By.CSS_SELECTOR, "#jx-describe textarea"))
    )
    box.send_keys("组织全市卫生专业技术资格考试，保障考生顺利参加考试")
    browser.find_element(By.ID, "jx-suggest").click()
    table = "#jx-suggestion-table"
    wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"{table} [data-testid='cell-1-3']"))
    assert "产出指标" in text_of(browser, "jx-suggestion-table")
    first = browser.find_element(By.CSS_SELECTOR, f"{table} [data-testid='cell-0-3']").text
    dropped = browser.find_element(By.CSS_SELECTOR, f"{table} [data-testid='cell-1-3']").text
    tick = browser.find_element(By.CSS_SELECTOR, f"{table} [data-testid='cell-1-0'] input")
    assert tick.is_selected()
    tick.click()
    wait(browser).until(lambda d: not tick.is_selected())
    target = browser.find_element(By.CSS_SELECTOR, f"{table} [data-testid='cell-0-4']")
    ActionChains(browser).double_click(target).perform()
    editor = wait(browser).until(lambda d: (a := d.switch_to.active_element).tag_name == "textarea" and a)
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys("≥99%", Keys.ENTER)
    settle(browser)
    browser.find_element(By.ID, "jx-download").click()
    links = wait(browser).until(lambda d: len(
        found := d.find_elements(By.CSS_SELECTOR, "#jx-suggestion-files a[download]")) >= 2 and found)
    assert sorted(Path(a.get_attribute("download")).suffix for a in links) == [".csv", ".xlsx"]
    csv_link = next(a for a in links if a.get_attribute("download").endswith(".csv"))
    with urllib.request.urlopen(csv_link.get_attribute("href"), timeout=30) as response:
        rows = list(csv.reader(io.StringIO(response.read().decode("utf-8-sig"))))
    wordings = [r[rows[0].index("三级指标")] for r in rows[1:]]
    assert wordings[0] == first and dropped not in wordings
    assert {"产出指标", "满意度指标"} <= {r[rows[0].index("一级指标")] for r in rows[1:]}
    assert rows[1][rows[0].index("建议指标值")] == "≥99%"
    xlsx_link = next(a for a in links if a.get_attribute("download").endswith(".xlsx"))
    with urllib.request.urlopen(xlsx_link.get_attribute("href"), timeout=30) as response:
        book = load_workbook(io.BytesIO(response.read()))
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert all(c.font.bold for c in sheet[1]) and not any(c.font.bold for c in sheet[2])
    assert sheet.auto_filter.ref
    assert [c.value for c in sheet[1]] == rows[0] and sheet.max_row == len(rows)
    assert book.sheetnames[1] == "来源" and book.worksheets[1].max_row > 1


def test_every_tab_is_in_chinese(server: str, browser: WebDriver) -> None:
    open_page(browser, server)
    assert latin_words(browser) == set()
    turn = ask(browser, "考生对考试满意吗")
    settle(browser)
    assert latin_words(browser) == set()
    click_in_turn(browser, turn, ".jx-open")
    project_shown(browser)
    assert latin_words(browser) == set()
    for tab in ("指标建议", "导出", "添加文档"):
        go_to_tab(browser, tab)
        settle(browser)
        assert latin_words(browser) == set(), tab


def test_an_upload_reaches_every_visitor_and_markup_stays_text(
    server: str, browser: WebDriver, tmp_path: Path
) -> None:
    hostile = tmp_path / "防注入演示.txt"
    shutil.copyfile(HOSTILE_FORM, hostile)
    junk = tmp_path / "不是表格.txt"
    junk.write_text("这只是一段普通的文字，\n没有任何表格。\n", encoding="utf-8")
    # A first visitor opens the page before the upload.
    open_page(browser, server)
    first = browser.current_window_handle
    before = text_of(browser, "jx-summary")
    # A second visitor uploads.
    browser.switch_to.new_window("tab")
    open_page(browser, server)
    go_to_tab(browser, "添加文档")
    upload = wait(browser).until(
        EC.presence_of_element_located((By.CSS_SELECTOR, "#jx-tab-upload input[type=file]"))
    )
    upload.send_keys(f"{hostile}\n{junk}")
    report = wait(browser).until(
        lambda d: (t := text_of(d, "jx-upload-report")).count(".txt") >= 2 and t
    )
    rows = {r.text.split()[0]: r.text for r in
            browser.find_elements(By.CSS_SELECTOR, "#jx-upload-report tbody tr")}
    assert "已加入" in rows["防注入演示.txt"] and "防注入演示项目" in rows["防注入演示.txt"], report
    assert "未加入" in rows["不是表格.txt"] and "找不到可识别的表格" in rows["不是表格.txt"], report
    settle(browser)
    assert latin_words(browser) == set()
    # The report links to the new project.
    browser.find_element(By.XPATH, "//*[@id='jx-upload-report']//button[normalize-space(.)='防注入演示项目']").click()
    assert project_shown(browser) == "防注入演示项目"
    page = text_of(browser, "jx-project")
    assert SCRIPT_WORDING in page
    assert '<img src=x onerror="window.__pwned=2">' in page
    time.sleep(0.5)  # give an injected onerror handler the chance to fire, were there one
    not_pwned(browser)
    browser.close()

    # The first visitor's next question sees the new document: counts, filters, results.
    browser.switch_to.window(first)
    turn = ask(browser, "注入演示次数")
    assert SCRIPT_WORDING in turn.text  # shown as text, tags and all
    not_pwned(browser)
    after = text_of(browser, "jx-summary")
    assert after != before
    browser.find_element(By.CSS_SELECTOR, "#jx-unit input").click()
    options = wait(browser).until(lambda d: [o.text.split("\n")[-1] for o in d.find_elements(
        By.CSS_SELECTOR, "ul li.item")] or None)
    assert "上海市安全测试中心" in options, options
    # So does a page opened afresh.
    open_page(browser, server)
    wait(browser).until(lambda d: text_of(d, "jx-summary") == after)


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))  # no packet is sent; this only picks an interface
            address = s.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_server_limits_uploads_serves_no_other_files_and_listens_on_loopback(server: str) -> None:
    boundary = "jxboundary"
    big = b"a" * (uploads.MAX_UPLOAD_BYTES + 1)
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
            f"filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n").encode() + big + (
            f"\r\n--{boundary}--\r\n").encode()
    request = urllib.request.Request(
        server + "gradio_api/upload", body,
        {"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=60)
    assert refused.value.code == 413
    for path in ("/etc/passwd", str(ROOT / "pyproject.toml")):
        with pytest.raises(urllib.error.HTTPError) as denied:
            urllib.request.urlopen(f"{server}gradio_api/file={path}", timeout=30)
        assert denied.value.code in (403, 404)
    address = _non_loopback_address()
    if address:
        port = int(server.rstrip("/").rsplit(":", 1)[1])
        with pytest.raises(OSError), socket.create_connection((address, port), timeout=5):
            pass
