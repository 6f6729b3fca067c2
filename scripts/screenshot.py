"""Take the README's screenshot of the review page on the seed article with the sample corpus.

    python scripts/screenshot.py [--article ../shared/fixtures/seed-article.txt] [--out docs/review-ui.png]

Starts `streamlit run app.py` on a free local port and drives Debian's Chromium with Playwright.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default=str(ROOT.parent / "shared" / "fixtures" / "seed-article.txt"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "review-ui.png"))
    args = parser.parse_args()
    from playwright.sync_api import expect, sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    folder = tempfile.mkdtemp()
    env = dict(os.environ, CLAIMCHECK_REVIEWS=f"{folder}/reviews.db")
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port",
                               str(port), "--server.address", "127.0.0.1", "--server.headless", "true"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(180):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--headless", "--no-sandbox", "--disable-gpu",
                                              "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            page.goto(f"http://127.0.0.1:{port}")
            expect(page.locator("mark.claim").first).to_be_visible(timeout=150_000)
            page.get_by_text("Paste text", exact=True).click()
            page.get_by_label("Article text").fill(Path(args.article).read_text(encoding="utf-8"))
            page.get_by_label("Article text").press("Control+Enter")
            expect(page.get_by_text("Putin makes first trip abroad").first).to_be_visible(timeout=150_000)
            time.sleep(3)
            page.screenshot(path=args.out, full_page=True)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
