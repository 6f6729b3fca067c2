"""URL fetching against a real HTTP server on 127.0.0.1: the safety rules, the caps, and read() of a page."""
from __future__ import annotations

import datetime as dt
import socket
import time

import pytest
import requests

import checker
from checker import fetch as fetching
from checker.errors import FetchError
from tests.httpserver import ARTICLE_SENTENCE, ARTICLE_TITLE, PLAIN_TEXT


@pytest.fixture
def no_connection(monkeypatch):
    """Fail loudly if fetch() gets as far as opening a connection; the list records any attempt."""
    attempts: list[str] = []

    def connect(self, url, *args, **kwargs):
        attempts.append(url)
        raise AssertionError(f"fetch() tried to connect to {url} before refusing it")

    monkeypatch.setattr(requests.Session, "get", connect)
    return attempts


def _new_hits(server, before: int) -> list[str]:
    return server.hits[before:]


# --- the private-host rule ---------------------------------------------------------------------------------

@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_is_refused_without_the_opt_in(server, host):
    before = len(server.hits)
    url = f"http://{host}:{server.port}/plain.txt"
    with pytest.raises(FetchError) as caught:
        checker.read(url)
    message = str(caught.value)
    assert message.startswith(f"Refused to fetch {url}")
    assert "loopback" in message
    assert "--allow-private-hosts" in message  # says how to opt in
    assert "\n" not in message
    assert _new_hits(server, before) == [], "the server must never be contacted"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_is_fetched_with_the_opt_in(server, host):
    url = f"http://{host}:{server.port}/plain.txt"
    fetched = fetching.fetch(url, allow_private_hosts=True)
    assert fetched.url == url
    assert fetched.content == PLAIN_TEXT.encode("utf-8")
    assert fetched.content_type == "text/plain"
    assert fetched.encoding.lower() == "utf-8"


@pytest.mark.parametrize("url, address", [
    ("http://10.0.0.1/", "10.0.0.1"),
    ("http://172.16.5.4:8080/cms/story", "172.16.5.4"),
    ("https://192.168.1.1/", "192.168.1.1"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),  # cloud metadata endpoint
    ("http://[::1]/", "::1"),
    ("http://[::ffff:127.0.0.1]/", "127.0.0.1"),  # IPv4-mapped IPv6 loopback
    ("http://[fe80::1]/", "fe80::1"),
    ("http://[fc00::1]/", "fc00::1"),
    ("http://0.0.0.0/", "0.0.0.0"),
    ("http://2130706433/", "127.0.0.1"),  # 127.0.0.1 written as one decimal number
    ("http://100.64.0.1/", "100.64.0.1"),  # carrier-grade NAT: not public
    ("http://224.0.0.1/", "224.0.0.1"),  # multicast
    ("http://240.0.0.1/", "240.0.0.1"),  # reserved
])
def test_non_public_addresses_are_refused_before_any_connection(no_connection, url, address):
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        checker.read(url)
    assert time.monotonic() - started < 1.0
    message = str(caught.value)
    assert message.startswith(f"Refused to fetch {url}")
    assert f"resolves to {address}" in message
    assert "--allow-private-hosts" in message
    assert no_connection == []


@pytest.mark.parametrize("allow", [False, True])
@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/pub/story.txt", "gopher://127.0.0.1/",
                                 "javascript:alert(1)"])
def test_only_http_and_https_are_fetched(no_connection, url, allow):
    with pytest.raises(FetchError, match="only http and https URLs are allowed"):
        fetching.fetch(url, allow_private_hosts=allow)
    assert no_connection == []


def test_a_url_without_a_host_is_refused(no_connection):
    with pytest.raises(FetchError, match="has no host"):
        fetching.fetch("http:///story.html", allow_private_hosts=True)
    assert no_connection == []


# --- redirects -----------------------------------------------------------------------------------------------

def test_a_redirect_is_followed(server):
    before = len(server.hits)
    fetched = fetching.fetch(f"{server.base}/redirect", allow_private_hosts=True)
    assert fetched.url == f"{server.base}/article.html"
    assert fetched.content_type == "text/html"
    assert ARTICLE_TITLE.encode() in fetched.content
    assert _new_hits(server, before) == ["/redirect", "/article.html"]


@pytest.mark.parametrize("target, reason", [
    ("http://localhost:{port}/plain.txt", "loopback"),
    ("http://10.1.2.3/intranet", "private"),
    ("http://169.254.169.254/latest/meta-data/", "resolves to 169.254.169.254"),
])
def test_a_redirect_target_is_checked_again(server, monkeypatch, target, reason):
    """The first hop is made to count as public; the hop it redirects to must still be refused."""
    real = fetching._refused_address

    def first_hop_is_public(host, port):
        return None if host == "127.0.0.1" else real(host, port)

    monkeypatch.setattr(fetching, "_refused_address", first_hop_is_public)
    target = target.format(port=server.port)
    before = len(server.hits)
    with pytest.raises(FetchError) as caught:
        fetching.fetch(f"{server.base}/redirect-to?to={target}")
    assert f"Refused to fetch {target}" in str(caught.value)
    assert reason in str(caught.value)
    assert _new_hits(server, before) == ["/redirect-to"]  # the first hop was really made, the second never


def test_a_redirect_to_another_scheme_is_refused_even_with_the_opt_in(server):
    with pytest.raises(FetchError, match="only http and https"):
        fetching.fetch(f"{server.base}/redirect-to?to=file:///etc/passwd", allow_private_hosts=True)


@pytest.mark.parametrize("hops, ok", [
    (1, True),
    (fetching.MAX_REDIRECTS, True),
    (fetching.MAX_REDIRECTS + 1, False),
    (7, False),
])
def test_redirect_limit(server, hops, ok):
    url = f"{server.base}/hop/{hops}"
    if ok:
        fetched = fetching.fetch(url, allow_private_hosts=True)
        assert fetched.url == f"{server.base}/hop/0"
        assert fetched.content == PLAIN_TEXT.encode("utf-8")
    else:
        before = len(server.hits)
        with pytest.raises(FetchError, match=f"more than {fetching.MAX_REDIRECTS} redirects"):
            fetching.fetch(url, allow_private_hosts=True)
        assert len(_new_hits(server, before)) == fetching.MAX_REDIRECTS + 1  # stops asking after the cap


# --- what the server answers -----------------------------------------------------------------------------------

def test_a_404_is_a_fetch_error_naming_the_status(server):
    with pytest.raises(FetchError) as caught:
        checker.read(f"{server.base}/missing", allow_private_hosts=True)
    assert "404" in str(caught.value)
    assert "Not Found" in str(caught.value)


@pytest.mark.parametrize("path", ["/report.pdf", "/redirect-to?to=/report.pdf"])
def test_a_pdf_is_refused(server, path):
    with pytest.raises(FetchError, match="application/pdf, not a web page or text"):
        checker.read(f"{server.base}{path}", allow_private_hosts=True)


@pytest.mark.parametrize("path", ["/big", "/big-stream"])  # with and without a Content-Length header
@pytest.mark.parametrize("size, ok", [(999, True), (1000, True), (1001, False), (50_000, False)])
def test_size_cap(server, path, size, ok):
    url = f"{server.base}{path}?n={size}"
    if ok:
        assert len(fetching.fetch(url, allow_private_hosts=True, max_bytes=1000).content) == size
    else:
        with pytest.raises(FetchError, match="limit"):
            fetching.fetch(url, allow_private_hosts=True, max_bytes=1000)


@pytest.mark.parametrize("path", ["/big", "/big-stream"])
def test_read_refuses_a_page_over_the_default_5_mb_cap(server, path):
    size = fetching.MAX_BYTES + 1
    with pytest.raises(FetchError, match="MB limit"):
        checker.read(f"{server.base}{path}?n={size}", allow_private_hosts=True)


@pytest.mark.parametrize("path", ["/slow?s=3", "/stall?s=3"])  # no headers yet / headers but no body
def test_a_slow_server_gives_up_within_about_the_timeout(server, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match="Could not fetch"):
        fetching.fetch(f"{server.base}{path}", allow_private_hosts=True, timeout=0.5)
    assert time.monotonic() - started < 1.5


def test_a_trickling_server_is_cut_off_at_the_timeout(server):
    started = time.monotonic()
    with pytest.raises(FetchError):
        fetching.fetch(f"{server.base}/trickle?s=2.5", allow_private_hosts=True, timeout=0.5)
    assert time.monotonic() - started < 1.5


def test_a_stalled_body_is_reported_as_too_slow(server):
    with pytest.raises(FetchError) as caught:
        fetching.fetch(f"{server.base}/stall?s=3", allow_private_hosts=True, timeout=0.5)
    assert "could not be reached" not in str(caught.value)
    assert any(word in str(caught.value) for word in ("within", "time limit", "too long", "longer"))


@pytest.mark.parametrize("allow", [False, True])
def test_an_unresolvable_host_is_a_fetch_error(allow):
    with pytest.raises(FetchError, match="Could not fetch"):
        checker.read("http://nonexistent.invalid/story.html", allow_private_hosts=allow)


def test_nothing_listening_is_a_fetch_error():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="could not be reached"):
        checker.read(f"http://127.0.0.1:{port}/", allow_private_hosts=True)


@pytest.mark.parametrize("url", [
    "http://[::1/",  # unclosed IPv6 bracket: urlsplit raises ValueError
    "http://127.0.0.1:99999/",  # port out of range: SplitResult.port raises ValueError
    "http://" + "a" * 64 + ".example/",  # DNS label over 63 characters: getaddrinfo raises UnicodeError
    "http://..example/",  # empty DNS label: UnicodeError
])
def test_a_malformed_url_is_a_fetch_error(url):
    with pytest.raises(FetchError):
        checker.read(url)


# --- read() of a real page -------------------------------------------------------------------------------------

def test_read_an_html_page(server):
    url = f"{server.base}/article.html"
    document = checker.read(url, allow_private_hosts=True)
    assert isinstance(document, checker.Document)
    assert document.source == url
    assert document.title == ARTICLE_TITLE
    assert document.published == dt.date(2024, 4, 16)
    assert ARTICLE_SENTENCE in document.text
    assert "The council denies the accusation" in document.text
    for furniture in ("Most Popular", "Celebrity chef", "Weather forecast centre", "Copyright", "<p>", "<nav"):
        assert furniture not in document.text


def test_read_a_plain_text_page(server):
    url = f"{server.base}/plain.txt"
    document = checker.read(url, allow_private_hosts=True)
    assert document.source == url
    assert document.title == "Harbour council approves new sea wall"
    assert ARTICLE_SENTENCE in document.text
    assert document.text.split("\n\n")[0] == "Harbour council approves new sea wall"


def test_an_html_headline_is_not_merged_into_the_first_sentence(server):
    document = checker.read(f"{server.base}/article.html", allow_private_hosts=True)
    assert document.text.split("\n\n")[0] == ARTICLE_TITLE


def test_an_html_page_declaring_its_charset_in_a_meta_tag_is_read(server):
    document = checker.read(f"{server.base}/latin1.html", allow_private_hosts=True)
    assert "Café Rouge" in document.text
