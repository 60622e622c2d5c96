"""A local HTTP server publishing ICS documents, to test calendar-feed polling end to end.

It behaves like a well-mannered feed host (ETag, Last-Modified, 304 on conditional GETs,
optional Basic auth) and can be told to misbehave (HTTP 500, dropped connections, slowness),
and it records every request so tests can check that polling really was conditional.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Literal

from tests.servers import LOOPBACK

HOST = LOOPBACK
ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"

FailMode = Literal["error", "close"]


@dataclass(frozen=True)
class FeedDocument:
    body: bytes
    etag: str  # quoted, as sent on the wire
    last_modified: int  # seconds since the epoch
    content_type: str = ICS_CONTENT_TYPE


@dataclass(frozen=True)
class FeedResponse:
    status: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FeedRequest:
    """One request as the feed saw it; `status` is 0 when the connection was dropped."""

    method: str
    path: str
    headers: Mapping[str, str]
    status: int

    @property
    def conditional(self) -> bool:
        return "if-none-match" in self.headers or "if-modified-since" in self.headers


class IcsFeed:
    """ICS documents served on 127.0.0.1 at paths such as "/calendar.ics".

    `set()` changes a document (new ETag, Last-Modified). `fail()` makes every request fail
    until `recover()`; `delay` slows every answer (for client timeout tests); `stop()` makes
    the feed unreachable (connection refused) and `start()` brings it back on the same port.
    With `auth` ("user", "password"), requests without those Basic credentials get 401.
    """

    def __init__(
        self,
        documents: Mapping[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        send_etag: bool = True,
        send_last_modified: bool = True,
    ) -> None:
        self.auth = auth
        self.send_etag = send_etag
        self.send_last_modified = send_last_modified
        self.delay = 0.0
        self._fail_mode: FailMode | None = None
        self._documents: dict[str, FeedDocument] = {}
        self._requests: list[FeedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._port = 0
        self._thread: threading.Thread | None = None
        for path, text in (documents or {}).items():
            self.set(path, text)

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> IcsFeed:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        if self._server is not None:
            return
        self._stopping.clear()
        self._server = _QuietServer((HOST, self._port), _handler_for(self))
        self._port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="ics-feed",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        if self._server is None:
            return
        self._stopping.set()  # releases handlers sleeping in `delay`
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)
        self._server = None
        self._thread = None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("feed not started yet")
        return self._port

    def url(self, path: str = "/calendar.ics") -> str:
        return f"http://{HOST}:{self.port}{_normalize(path)}"

    # -- content -------------------------------------------------------------------------------

    def set(self, path: str, text: str | bytes, content_type: str = ICS_CONTENT_TYPE) -> FeedDocument:
        """Publish or replace a document; setting the same content again changes nothing.

        The ETag derives from the content, as on a real server. Last-Modified increases by at
        least a second on every change, so If-Modified-Since (second resolution) never mistakes
        a change made within the same second for no change.
        """
        body = text.encode() if isinstance(text, str) else text
        path = _normalize(path)
        etag = '"' + hashlib.sha256(content_type.encode() + b"\0" + body).hexdigest()[:20] + '"'
        with self._lock:
            previous = self._documents.get(path)
            if previous is not None and previous.etag == etag:
                return previous
            modified = int(time.time())
            if previous is not None:
                modified = max(modified, previous.last_modified + 1)
            document = FeedDocument(body, etag, modified, content_type)
            self._documents[path] = document
        return document

    def remove(self, path: str) -> None:
        """Unpublish: the path answers 404 from now on."""
        with self._lock:
            self._documents.pop(_normalize(path), None)

    def document(self, path: str) -> FeedDocument:
        with self._lock:
            return self._documents[_normalize(path)]

    def etag(self, path: str) -> str:
        return self.document(path).etag

    # -- faults --------------------------------------------------------------------------------

    def fail(self, mode: FailMode = "error") -> None:
        """Answer every request with HTTP 500 ("error") or drop the connection ("close")."""
        self._fail_mode = mode

    def recover(self) -> None:
        """Back to normal: no failure mode, no delay."""
        self._fail_mode = None
        self.delay = 0.0

    # -- request log ---------------------------------------------------------------------------

    @property
    def requests(self) -> list[FeedRequest]:
        with self._lock:
            return list(self._requests)

    def request_count(self, path: str | None = None) -> int:
        wanted = _normalize(path) if path is not None else None
        return sum(1 for r in self.requests if wanted is None or r.path == wanted)

    def statuses(self, path: str | None = None) -> list[int]:
        wanted = _normalize(path) if path is not None else None
        return [r.status for r in self.requests if wanted is None or r.path == wanted]

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    # -- request handling (called from server threads) -----------------------------------------

    def respond(self, method: str, path: str, headers: Mapping[str, str]) -> FeedResponse | None:
        """Decide the answer to one request and log it; None means: drop the connection."""
        if self.delay:
            self._stopping.wait(self.delay)
        response = self._decide(path, headers)
        with self._lock:
            self._requests.append(FeedRequest(method, path, headers, response.status if response else 0))
        return response

    def _decide(self, path: str, headers: Mapping[str, str]) -> FeedResponse | None:
        if self._fail_mode == "close":
            return None
        if self._fail_mode == "error":
            return FeedResponse(500, b"feed is failing on purpose\n")
        if not self._authorized(headers.get("authorization")):
            return FeedResponse(401, b"credentials required\n", {"WWW-Authenticate": 'Basic realm="feed"'})
        with self._lock:
            document = self._documents.get(path)
        if document is None:
            return FeedResponse(404, b"no such feed\n")
        validators = {}
        if self.send_etag:
            validators["ETag"] = document.etag
        if self.send_last_modified:
            validators["Last-Modified"] = formatdate(document.last_modified, usegmt=True)
        if self._not_modified(headers, document):
            return FeedResponse(304, b"", validators)
        return FeedResponse(200, document.body, {"Content-Type": document.content_type, **validators})

    def _not_modified(self, headers: Mapping[str, str], document: FeedDocument) -> bool:
        """RFC 9110, 13.2.2: If-None-Match wins; If-Modified-Since counts only without it."""
        if_none_match = headers.get("if-none-match")
        if if_none_match is not None:
            return self.send_etag and _etag_matches(if_none_match, document.etag)
        if_modified_since = headers.get("if-modified-since")
        if if_modified_since is not None and self.send_last_modified:
            try:
                since = parsedate_to_datetime(if_modified_since).timestamp()
            except (TypeError, ValueError):
                return False
            return document.last_modified <= since
        return False

    def _authorized(self, header: str | None) -> bool:
        if self.auth is None:
            return True
        expected = base64.b64encode(f"{self.auth[0]}:{self.auth[1]}".encode()).decode()
        return header is not None and secrets.compare_digest(header.strip(), f"Basic {expected}")


def _normalize(path: str) -> str:
    return path if path.startswith("/") else "/" + path


def _etag_matches(header: str, etag: str) -> bool:
    """If-None-Match uses weak comparison: W/ prefixes are ignored (RFC 9110, 13.1.2)."""
    if header.strip() == "*":
        return True
    return any(_opaque_tag(candidate) == _opaque_tag(etag) for candidate in header.split(","))


def _opaque_tag(tag: str) -> str:
    return tag.strip().removeprefix("W/")


class _QuietServer(ThreadingHTTPServer):
    """Handler threads die with the test; clients that hang up early are not an error here."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def _handler_for(feed: IcsFeed) -> type[BaseHTTPRequestHandler]:
    class FeedHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "followup-test-feed/1"

        def do_GET(self) -> None:
            self._serve(send_body=True)

        def do_HEAD(self) -> None:
            self._serve(send_body=False)

        def _serve(self, send_body: bool) -> None:
            headers = {key.lower(): value for key, value in self.headers.items()}
            response = feed.respond(self.command, self.path.split("?", 1)[0], headers)
            if response is None:
                self.close_connection = True
                return
            self.send_response(response.status)
            for key, value in response.headers.items():
                self.send_header(key, value)
            if response.status != 304:
                self.send_header("Content-Length", str(len(response.body)))
                if "Content-Type" not in response.headers:
                    self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            if send_body and response.status != 304:
                self.wfile.write(response.body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: `IcsFeed.requests` is the log tests look at."""

    return FeedHandler
