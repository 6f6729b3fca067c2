"""A safe fetcher for URLs a user gives: public http(s) hosts only, with size and time caps."""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from .errors import FetchError

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 15.0
MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "application/json",
                  "application/ld+json", "text/csv")
USER_AGENT = "Claimcheck/0.1 (+https://github.com/claimcheck/claimcheck)"


@dataclass(frozen=True)
class Fetched:
    """The body of a fetched URL and what the server said it is."""

    url: str
    content: bytes
    content_type: str
    encoding: str | None


def is_url(text: str) -> bool:
    """True for strings that look like an absolute http(s) URL."""
    return text.lower().startswith(("http://", "https://"))


def _refused_address(host: str, port: int) -> str | None:
    """Why `host` must not be fetched (it resolves to a non-public address), or None."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError):
        raise FetchError(f"Could not fetch {host}: the host name does not resolve.") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        for kind in ("loopback", "private", "link_local", "reserved", "multicast", "unspecified"):
            if getattr(address, f"is_{kind}"):
                return f"{host} resolves to {address}, a {kind.replace('_', '-')} address"
        if not address.is_global:
            return f"{host} resolves to {address}, which is not a public address"
    return None


def _check_url(url: str, allow_private_hosts: bool) -> None:
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise FetchError(f"Refused to fetch {url}: it is not a valid URL ({exc}).") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"Refused to fetch {url}: only http and https URLs are allowed.")
    if not host:
        raise FetchError(f"Refused to fetch {url}: the URL has no host.")
    if allow_private_hosts:
        return
    why = _refused_address(host, port or (443 if parts.scheme == "https" else 80))
    if why:
        raise FetchError(f"Refused to fetch {url}: {why} (pass --allow-private-hosts to fetch from your own network).")


def fetch(url: str, *, allow_private_hosts: bool = False, max_bytes: int = MAX_BYTES,
          timeout: float = TIMEOUT_SECONDS) -> Fetched:
    """Fetch `url`, following redirects one hop at a time and re-checking each hop's host."""
    deadline = time.monotonic() + timeout
    session = requests.Session()
    session.trust_env = False  # a proxy from the environment would hide where we really connect
    current = url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            _check_url(current, allow_private_hosts)
            remaining = max(0.1, deadline - time.monotonic())
            response = session.get(current, stream=True, allow_redirects=False,
                                   timeout=(min(5.0, remaining), remaining),
                                   headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"})
            if response.is_redirect:
                location = response.headers.get("Location", "")
                response.close()
                current = urljoin(current, location)
                continue
            return _read_body(current, response, max_bytes, deadline)
        raise FetchError(f"Could not fetch {url}: more than {MAX_REDIRECTS} redirects.")
    except (requests.Timeout, urllib3.exceptions.TimeoutError):
        raise FetchError(f"Could not fetch {url}: no answer within {timeout:g} seconds.") from None
    except requests.ConnectionError as exc:
        if "timed out" in str(exc).lower():
            raise FetchError(f"Could not fetch {url}: no answer within {timeout:g} seconds.") from None
        raise FetchError(f"Could not fetch {url}: the server could not be reached.") from None
    except (requests.RequestException, urllib3.exceptions.HTTPError, ValueError, UnicodeError) as exc:
        raise FetchError(f"Could not fetch {url}: {type(exc).__name__}.") from None
    finally:
        session.close()


def _read_body(url: str, response: requests.Response, max_bytes: int, deadline: float) -> Fetched:
    with response:
        if response.status_code >= 400:
            raise FetchError(f"Could not fetch {url}: the server answered {response.status_code} {response.reason}.")
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type and not content_type.startswith(ACCEPTED_TYPES):
            raise FetchError(f"Refused {url}: it is {content_type}, not a web page or text.")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(f"Refused {url}: it is {_size(int(declared))}, over the {_size(max_bytes)} limit.")
        chunks, size = [], 0
        while True:
            # read1 returns what has arrived, so a server that trickles bytes still meets the deadline.
            chunk = response.raw.read1(64 * 1024, decode_content=True)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"Refused {url}: it is over the {_size(max_bytes)} limit.")
            if time.monotonic() > deadline:
                raise FetchError(f"Could not fetch {url}: it took longer than the time limit.")
            chunks.append(chunk)
        encoding = response.encoding if "charset" in response.headers.get("Content-Type", "").lower() else None
        return Fetched(url=url, content=b"".join(chunks), content_type=content_type, encoding=encoding)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"
