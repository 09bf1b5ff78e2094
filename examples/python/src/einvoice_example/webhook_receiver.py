"""A minimal webhook receiver: ``http.server`` in a background thread that verifies every delivery with the
SDK before acknowledging it.

In production you would mount the same few lines in your web framework; what matters is the same there:
verify the *raw* body bytes (re-serialised JSON does not verify), answer 2xx only once verified, and do the
real work after answering (the server retries anything that is not a 2xx within 15 s).
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Callable, Optional, Tuple, Type, Union

from einvoice_sdk import webhooks
from einvoice_sdk.types import WebhookEvent

WEBHOOK_PATH = "/webhooks"


@dataclass(frozen=True)
class Delivery:
    """A delivery that verified."""

    event_id: str
    """The ``webhook-id`` header: the same on every retry of one event, so de-duplicate on it."""
    event: WebhookEvent


@dataclass(frozen=True)
class Refusal:
    """A delivery the receiver answered with 400, and why."""

    reason: str


class WebhookRefused(Exception):
    """A delivery did not verify (or could not be decoded), so the receiver refused it."""


# What the handler threads hand to the main thread.
_Outcome = Union[Delivery, Refusal]


class _Server(ThreadingHTTPServer):
    """The HTTP server plus what its request handlers share with the main thread."""

    def __init__(self, address: Tuple[str, int]) -> None:
        super().__init__(address, _Handler)  # binds and listens now
        self.secret = ""
        self.outcomes: queue.Queue[_Outcome] = queue.Queue()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        if self.path != WEBHOOK_PATH:
            self.send_error(404)
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)  # the exact bytes the signature covers
        try:
            event = webhooks.unwrap(body, dict(self.headers.items()), self.server.secret)
        except webhooks.WebhookVerificationError as error:
            self._refuse(f"the signature did not verify ({error.code}): {error}")
            return
        except ValueError as error:  # signed correctly, but not an event this SDK version can decode
            self._refuse(f"the body could not be decoded: {str(error).splitlines()[0]}")
            return
        self.send_response(204)
        self.end_headers()
        self.server.outcomes.put(Delivery(event_id=self.headers["webhook-id"], event=event))

    def _refuse(self, reason: str) -> None:
        self.send_error(400, "webhook refused")
        self.server.outcomes.put(Refusal(reason))

    def log_message(self, format: str, *args: object) -> None:
        """Silences the per-request access log so the transcript stays readable."""


class WebhookReceiver:
    """Listens on ``host:port`` (port 0: any free port) from construction, so ``url`` is known before the
    endpoint is registered; deliveries are answered once ``start`` has been given the endpoint's secret."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._server = _Server((host, port))
        self._thread: Optional[threading.Thread] = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{WEBHOOK_PATH}"

    def start(self, secret: str) -> None:
        """Starts answering deliveries, verifying them with the endpoint's ``whsec_`` secret."""
        self._server.secret = secret
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook-receiver", daemon=True)
        self._thread.start()

    def wait_for(self, wanted: Callable[[WebhookEvent], bool], timeout: float) -> Optional[Delivery]:
        """The first verified delivery whose event is ``wanted``, or None after ``timeout`` seconds.
        Raises WebhookRefused as soon as a delivery is refused."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            try:
                outcome = self._server.outcomes.get(timeout=remaining)
            except queue.Empty:
                return None
            if isinstance(outcome, Refusal):
                raise WebhookRefused(outcome.reason)
            if wanted(outcome.event):
                return outcome

    def close(self) -> None:
        if self._thread is not None:
            self._server.shutdown()  # waits for serve_forever to return
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> "WebhookReceiver":
        return self

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        self.close()
