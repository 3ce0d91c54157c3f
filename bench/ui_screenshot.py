"""Screenshot of the web app for the README: a question asked, its answer, a project opened.

    python bench/ui_screenshot.py [-o docs/screenshot.png] [--url URL]

Uses headless Chromium (/usr/bin/chromium); Chinese text needs a CJK font such as the Debian
package fonts-noto-cjk.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait
from ui_load import local_server

from jixiao.local_server import ROOT

QUESTION = "考生对考试满意吗"


def take(url: str, out: Path) -> None:
    os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager download anything
    profile = tempfile.mkdtemp(prefix="jx-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                "--force-device-scale-factor=1", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        wait = WebDriverWait(driver, 90)
        driver.get(url)
        box = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#jx-query textarea")))
        box.send_keys(QUESTION, Keys.ENTER)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#jx-chat .jx-answer"))
        # The chat scrolls to its end; show the question and the first cards instead.
        driver.execute_script(
            "for (const el of document.querySelectorAll('#jx-chat *'))"
            "  if (el.scrollHeight > el.clientHeight + 4) el.scrollTop = 0;"
            "window.scrollTo(0, 0);"
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(out))
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--url", help="a running app (default: start one on a temporary store)")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        url = args.url or stack.enter_context(local_server())
        take(url, args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
