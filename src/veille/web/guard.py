"""The reading room's ASGI guard: who may write, how big a body may be, HEAD for every GET, security headers."""
from __future__ import annotations

from typing import Iterable

MAX_BODY_BYTES = 64 * 1024                 # any request but an upload
MAX_UPLOAD_BYTES = 2 * 1024 * 1024         # an uploaded or pasted article
UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024   # the article plus the form around it
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                 b"img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
                                 b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class BodyTooLarge(Exception):
    pass


def host_name(value: bytes) -> str:
    """The host of a Host header or of an Origin's authority, without port, lower case ("[::1]:80" → "::1")."""
    text = value.decode("latin-1").strip().lower()
    if text.startswith("["):
        return text[1:text.find("]")] if "]" in text else text[1:]
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


def allowed_hosts(listen_host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names a write may be addressed to: loopback, the address the server listens on (unless it is
    a wildcard), and the names given with --allow-host."""
    hosts = set(LOOPBACK_HOSTS) | {host_name(h.encode()) for h in extra if h}
    if listen_host and listen_host not in ("0.0.0.0", "::", ""):
        hosts.add(host_name(listen_host.encode()))
    return frozenset(hosts)


def write_refusal(headers: dict[bytes, bytes], hosts: frozenset[str]) -> str | None:
    """Why a request that writes must be refused, or None. A page of another site must not make a visitor's
    browser post here, directly (Origin, Sec-Fetch-Site) or by rebinding a name of its own to this address
    (a Host the server was not started for)."""
    host = headers.get(b"host", b"")
    if host_name(host) not in hosts:
        return "request for a host this server does not serve refused"
    origin = headers.get(b"origin")  # "null" (a sandboxed or file page) never equals a host
    if origin is not None and origin.split(b"://", 1)[-1].rstrip(b"/").lower() != host.lower():
        return "cross-origin request refused"
    if headers.get(b"sec-fetch-site", b"same-origin") not in (b"same-origin", b"none"):
        return "cross-site request refused"
    return None


class GuardMiddleware:
    """Writes only from this server's own pages (see write_refusal); request bodies above a size limit get 413
    (declared length or counted while streaming); HEAD is answered for every GET route, without a body; every
    response gets the security headers (CSP without inline script: article text can never run)."""

    def __init__(self, app, upload_paths: tuple[str, ...], hosts: frozenset[str]):
        self.app = app
        self.upload_paths = upload_paths
        self.hosts = hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        limit = UPLOAD_BODY_BYTES if scope["path"] in self.upload_paths else MAX_BODY_BYTES
        headers = dict(scope.get("headers", []))
        if scope["method"] not in ("GET", "OPTIONS"):
            reason = write_refusal(headers, self.hosts)
            if reason:
                return await self._reject(send, 403, reason.encode() + b"\n")
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = True
            if too_big:
                return await self._reject(send, 413, b"request body too large\n")
        received = 0
        state = {"too_large": False, "replaced": False}

        async def counting_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    state["too_large"] = True
                    raise BodyTooLarge()
            return message

        async def guarded_send(message):
            # The framework may turn our exception into its own error response (a form parser answers 400):
            # whatever it answers, a body over the limit gets 413.
            if state["too_large"]:
                if message["type"] == "http.response.start" and not state["replaced"]:
                    state["replaced"] = True
                    await self._reject(send, 413, b"request body too large\n")
                return
            if message["type"] == "http.response.start":
                kept = [h for h in message.get("headers", []) if h[0] not in dict(SECURITY_HEADERS)]
                message = {**message, "headers": kept + SECURITY_HEADERS}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except BodyTooLarge:
            if not state["replaced"]:
                state["replaced"] = True
                await self._reject(send, 413, b"request body too large\n")

    @staticmethod
    async def _reject(send, status: int, body: bytes):
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                (b"content-length", str(len(body)).encode())] + SECURITY_HEADERS})
        await send({"type": "http.response.body", "body": body})
