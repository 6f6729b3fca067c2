"""A real HTTP server on 127.0.0.1 for the fetch and CLI tests (not a fixture file: import `serve`).

Paths it answers:
  /article.html        an HTML news page with nav, header, footer and a "Most Popular" box
  /plain.txt           a plain-text article (text/plain; charset=utf-8)
  /redirect            302 to /article.html
  /hop/N               302 to /hop/N-1 ... /hop/0 serves the plain-text article (N redirects in all)
  /redirect-to?to=URL  302 to URL (any scheme or host)
  /missing             404
  /big?n=BYTES         text/plain of n bytes with a Content-Length header
  /big-stream?n=BYTES  text/plain of n bytes with no Content-Length (HTTP/1.0, ends at close)
  /slow?s=SECONDS      sleeps before answering at all
  /stall?s=SECONDS     sends the headers, then sleeps before the body
  /trickle?s=SECONDS   sends the headers, then one byte every 0.1 s for s seconds
  /report.pdf          application/pdf
  /latin1.html         text/html with no charset header; the page declares windows-1252 in a <meta>
Every request path is appended to `server.hits`.
"""
from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

ARTICLE_TITLE = "Harbour council approves new sea wall after storm damage"
ARTICLE_SENTENCE = ("The Harbour District council voted 7 to 2 on Monday to build a new sea wall, "
                    "the council's spokesperson said.")
ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{ARTICLE_TITLE}</title>
  <meta property="og:title" content="{ARTICLE_TITLE}">
  <meta property="article:published_time" content="2024-04-16T09:30:00Z">
</head>
<body>
  <header><nav><ul>
    <li><a href="/">Home</a></li><li><a href="/world">World</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather forecast centre</a></li>
  </ul></nav></header>
  <main>
    <article>
      <h1>{ARTICLE_TITLE}</h1>
      <p>{ARTICLE_SENTENCE}</p>
      <p>The wall will cost an estimated 4.2 million pounds and is expected to be finished by 2026,
         according to the council's own planning documents published last week.</p>
      <p>Local fishermen accused the council of ignoring warnings about the old wall for a decade.
         The council denies the accusation and says repairs were carried out every year.</p>
      <p>Some residents believe the new wall will spoil the view from the promenade, but the
         mayor said the safety of the town had to come first.</p>
    </article>
  </main>
  <aside class="most-popular">
    <h2>Most Popular</h2>
    <ol><li><a href="/a">Celebrity chef opens floating restaurant</a></li>
        <li><a href="/b">Ten best beaches for a winter walk</a></li></ol>
  </aside>
  <footer><p>Copyright Harbour Gazette Media Group. All rights reserved.</p>
    <p>Most Popular</p></footer>
</body>
</html>
"""
PLAIN_TEXT = (
    "Harbour council approves new sea wall\n\n"
    f"{ARTICLE_SENTENCE} The wall will cost an estimated 4.2 million pounds, according to the council.\n\n"
    "Local fishermen accused the council of ignoring warnings about the old wall. "
    "The council denies the accusation.\n"
)
LATIN1_HTML = (
    "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Caf\xe9 owners win appeal</title></head>"
    "<body><article><h1>Caf\xe9 owners win appeal</h1>"
    "<p>The owners of the Caf\xe9 Rouge in the old town won their appeal against the closure order on "
    "Tuesday, the court said in a statement that was published on its website.</p>"
    "<p>The council said it would not challenge the ruling and that it had always wanted the caf\xe9 to "
    "stay open for the people of the town.</p></article></body></html>"
).encode("windows-1252")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # the body ends when the connection closes: /big-stream needs that

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.server.hits.append(parts.path)
        path = parts.path
        if path == "/article.html":
            self._send(200, "text/html; charset=utf-8", ARTICLE_HTML.encode("utf-8"))
        elif path == "/plain.txt":
            self._send(200, "text/plain; charset=utf-8", PLAIN_TEXT.encode("utf-8"))
        elif path == "/redirect":
            self._redirect("/article.html")
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            if n == 0:
                self._send(200, "text/plain; charset=utf-8", PLAIN_TEXT.encode("utf-8"))
            else:
                self._redirect(f"/hop/{n - 1}")
        elif path == "/redirect-to":
            self._redirect(query["to"])
        elif path == "/missing":
            self._send(404, "text/html; charset=utf-8", b"<html><body><p>Not here.</p></body></html>")
        elif path == "/big":
            n = int(query.get("n", "2000"))
            self._send(200, "text/plain; charset=utf-8", _filler(n))
        elif path == "/big-stream":
            n = int(query.get("n", "2000"))
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            body = _filler(n)
            with contextlib.suppress(OSError):
                for i in range(0, len(body), 4096):
                    self.wfile.write(body[i:i + 4096])
        elif path == "/slow":
            time.sleep(float(query.get("s", "3")))
            with contextlib.suppress(OSError):
                self._send(200, "text/plain; charset=utf-8", PLAIN_TEXT.encode("utf-8"))
        elif path == "/stall":
            body = PLAIN_TEXT.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.flush()
            time.sleep(float(query.get("s", "3")))
            with contextlib.suppress(OSError):
                self.wfile.write(body)
        elif path == "/trickle":
            seconds = float(query.get("s", "3"))
            steps = int(seconds / 0.1)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(steps))
            self.end_headers()
            self.wfile.flush()
            with contextlib.suppress(OSError):
                for _ in range(steps):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(0.1)
        elif path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
        elif path == "/latin1.html":
            self._send(200, "text/html", LATIN1_HTML)
        else:
            self._send(404, "text/plain", b"no such test page\n")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client may hang up early (size cap, refusal)
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _filler(n: int) -> bytes:
    line = b"The council said the wall would be built by the end of next year.\n"
    return (line * (n // len(line) + 1))[:n]


class Server(ThreadingHTTPServer):
    daemon_threads = True
    hits: list[str]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def port(self) -> int:
        return self.server_address[1]


@contextlib.contextmanager
def serve():
    """A running test server on 127.0.0.1 (port chosen by the OS); shut down on exit."""
    server = Server(("127.0.0.1", 0), Handler)
    server.hits = []
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
