"""The review page in a real browser: `streamlit run app.py` driven by Playwright in headless Chromium.

CI installs Debian's chromium (.ci/run); Playwright uses it through `executable_path` and never
downloads a browser of its own.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

from .conftest import ROOT, free_port

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def streamlit_server(tmp_path):
    port = free_port()
    env = dict(os.environ, CLAIMCHECK_REVIEWS=str(tmp_path / "reviews.db"))
    log = open(tmp_path / "streamlit.log", "wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        raise AssertionError("streamlit did not start:\n" + (tmp_path / "streamlit.log").read_text())
    yield url
    process.terminate()
    process.wait(timeout=20)
    log.close()


@pytest.mark.browser
def test_review_page_in_chromium(streamlit_server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS,
                                    env={**os.environ, "HOME": str(tmp_path)})
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(streamlit_server)
        marks = page.locator("mark.claim")
        expect(marks.first).to_be_visible(timeout=150_000)
        assert marks.count() >= 10
        expect(page.get_by_text("Sourcing score")).to_be_visible()

        page.get_by_label("Your name").fill("Browser Reviewer")
        page.get_by_label("Your name").press("Enter")
        page.get_by_text("disputed", exact=True).first.click()
        page.get_by_label("Note").fill("Checked against the ICC press release.")
        page.get_by_role("button", name="Save review").click()
        expect(page.get_by_text("Review saved")).to_be_visible(timeout=60_000)
        page.screenshot(path=str(tmp_path / "review-page.png"), full_page=True)
        browser.close()

    assert (tmp_path / "review-page.png").stat().st_size > 10_000
    with sqlite3.connect(tmp_path / "reviews.db") as db:
        rows = db.execute("SELECT reviewer, verdict, note FROM reviews").fetchall()
    assert rows == [("Browser Reviewer", "disputed", "Checked against the ICC press release.")]
