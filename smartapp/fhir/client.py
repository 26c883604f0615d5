"""The one FHIR client seam: every FHIR request the app makes goes through :class:`FhirClient`
(reads, and the one write: creating a DocumentReference, :meth:`FhirClient.create`).

Built on :func:`smartapp.net.new_session` (timeouts, pool sized to the concurrency) with urllib3
``Retry`` for connection failures only; HTTP status handling is ours so that each failure becomes
a typed error from :mod:`smartapp.errors`:

- 401 → one ``refresh()`` of the token provider and one retry, then :class:`FhirAuthError`;
- 429/503 → honour ``Retry-After`` (seconds or HTTP-date), capped, then back off;
- other 5xx → bounded retries with backoff, then :class:`RetryableFhirError`;
- 400/403/404/406/410, malformed JSON, untrusted hosts → :class:`FatalFhirError`.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from ..errors import FatalFhirError, FhirAuthError, RetryableFhirError
from ..net import DEFAULT_TIMEOUT, new_session
from .answers import outcome_text, parse_json, retry_after_seconds
from .token_providers import TokenProvider
from .trusted_origins import TrustedOrigins

log = logging.getLogger(__name__)

FHIR_JSON = "application/fhir+json"
#: Requests in flight per EHR. Kept at 4 after measuring 2/4/6/8 with bench/fetch.py (issue 19,
#: docs/operations.md): once only the notes a scoring can read are fetched, the heavy patient is
#: within 1.5x of its bound and over 5x the sequential baseline at 4, and 6 or 8 gain nothing
#: beyond run-to-run noise; Epic and Oracle Health publish no request rate, so an EHR's throttling
#: is met with fewer parallel requests, not more (429/503 Retry-After is honoured below).
DEFAULT_CONCURRENCY = 4
RETRY_AFTER_STATUSES = (429, 503)
TRANSIENT_STATUSES = (500, 502, 504)


class FhirClient:
    """Reads one FHIR server with a bearer token, typed errors and bounded retries."""

    def __init__(
        self,
        base_url: str,
        token_provider: TokenProvider,
        *,
        session: requests.Session | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        vendor: str | None = None,
        allowed_hosts: tuple[str, ...] = (),
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        max_attempts: int = 4,
        max_wait: float = 10.0,
    ):
        self.base_url = base_url.rstrip("/")
        self.tokens = token_provider
        self.concurrency = max(1, int(concurrency))
        self.vendor = vendor
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.max_wait = max_wait
        #: Where the bearer token may go (the iss's origin and its listed Binary hosts).
        self.origins = TrustedOrigins(self.base_url, allowed_hosts)
        self.session = session or self._new_session()
        self._refresh_lock = threading.Lock()
        #: Called before every request is sent (each retry too): the per-EHR rate limit
        #: (smartapp.tasks.ratelimit) blocks here until the EHR's bucket gives a token.
        self.throttle: Callable[[], None] | None = None
        #: The longest Retry-After the EHR sent so far (seconds), for a queued retry of the task
        #: when this client's own retries ran out.
        self.retry_after_seen: float | None = None

    def _new_session(self) -> requests.Session:
        session = new_session(timeout=self.timeout, pool_size=self.concurrency + 2)
        # Connection-level retries only (a dropped keep-alive, a reset); statuses are ours.
        retry = Retry(
            total=3, connect=3, read=1, status=0, other=0, backoff_factor=0.2,
            allowed_methods=frozenset({"GET"}), raise_on_status=False,
            respect_retry_after_header=False,
        )  # fmt: skip
        adapter = HTTPAdapter(
            pool_connections=self.concurrency + 2, pool_maxsize=self.concurrency + 2,
            max_retries=retry,
        )  # fmt: skip
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        return session

    def resolve(self, url: str) -> str:
        """Absolute URL for ``url``, only where the bearer token may go
        (:meth:`TrustedOrigins.resolve`); anywhere else is FatalFhirError."""
        return self.origins.resolve(url)

    def get_json(self, url: str, params: dict[str, Any] | None = None) -> dict:
        """GET a FHIR JSON resource or Bundle; ``url`` relative to the base or absolute."""
        response = self.get(url, params=params, accept=FHIR_JSON)
        return parse_json(response)

    def get(
        self,
        url: str,
        *,
        params: dict[str, Any] | None = None,
        accept: str = FHIR_JSON,
        headers: dict[str, str] | None = None,
        stream: bool = False,
        auth: bool = True,
        answer_statuses: tuple[int, ...] = (),
    ) -> requests.Response:
        """GET with auth, retries and typed errors; returns the (2xx) response.

        Bulk Data (smartapp.population.bulk) needs more of HTTP than a search: extra
        ``headers`` (``Prefer: respond-async``), a ``stream``ed body (NDJSON files are read line
        by line), no token (``auth=False``: a manifest that does not require one; then an
        absolute https link may be on another host, as no token goes with it), and statuses it
        handles itself (``answer_statuses``: a 429 while polling is "slow down", not a failure).
        """
        return self._send("GET", url, params=params, accept=accept, headers=headers,
                          stream=stream, auth=auth, answer_statuses=answer_statuses)  # fmt: skip

    def delete(self, url: str) -> requests.Response:
        """DELETE (cancelling a Bulk Data export); no retries beyond 429/503 Retry-After."""
        return self._send("DELETE", url, accept=FHIR_JSON)

    def post_json(self, url: str, resource: dict[str, Any]) -> tuple[dict, str | None]:
        """POST a FHIR JSON resource; returns (the server's resource or {}, Location header).

        Same auth, one refresh on 401 and typed errors as GET. Retries only where the server
        said it did not process the request (429/503 with Retry-After): a create is not
        idempotent, so a 500/502/504 or a timeout is never retried (no duplicate documents).
        """
        body = json.dumps(resource).encode("utf-8")
        response = self._send("POST", url, accept=FHIR_JSON, body=body)
        location = response.headers.get("Location") or response.headers.get("Content-Location")
        return (parse_json(response) if response.content else {}), location

    def create(self, resource: dict[str, Any]) -> tuple[dict, str | None]:
        """Create ``resource`` (``POST [base]/[type]``); see :meth:`post_json`."""
        return self.post_json(str(resource["resourceType"]), resource)

    def _send(
        self,
        method: str,
        url: str,
        *,
        params: dict[str, Any] | None = None,
        accept: str = FHIR_JSON,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        stream: bool = False,
        auth: bool = True,
        answer_statuses: tuple[int, ...] = (),
    ) -> requests.Response:
        tokenless_https = not auth and urlsplit(url).scheme.lower() == "https"
        target = url if tokenless_https else self.resolve(url)
        refreshed = False
        retry_statuses = RETRY_AFTER_STATUSES + (TRANSIENT_STATUSES if method == "GET" else ())
        for attempt in range(1, self.max_attempts + 1):
            sent = {"Accept": accept, **(headers or {})}
            token = self.tokens.access_token() if auth else ""
            if auth:
                sent["Authorization"] = f"Bearer {token}"
            if body is not None:
                sent["Content-Type"] = FHIR_JSON
            if self.throttle is not None:
                self.throttle()
            try:
                response = self.session.request(method, target, params=params, headers=sent,
                                                data=body, timeout=self.timeout,
                                                stream=stream)  # fmt: skip
            except requests.Timeout as error:
                raise RetryableFhirError(
                    "The EHR did not answer in time.", detail=type(error).__name__
                ) from error
            except requests.RequestException as error:
                raise RetryableFhirError(
                    "The EHR could not be reached.", detail=type(error).__name__
                ) from error
            status = response.status_code
            if status < 400 or status in answer_statuses:
                return response
            if status == 401 and auth and not refreshed:
                refreshed = True
                self._refresh_after_401(token)
                continue
            if status == 401:
                raise FhirAuthError("The EHR refused the app's access token.", status=401)
            if status in retry_statuses and attempt < self.max_attempts:
                self._wait(response, attempt)
                continue
            if status in RETRY_AFTER_STATUSES or status in TRANSIENT_STATUSES:
                hinted = retry_after_seconds(response.headers.get("Retry-After"))
                if hinted is not None:
                    self.retry_after_seen = max(hinted, self.retry_after_seen or 0.0)
                raise RetryableFhirError(
                    f"The EHR was busy (HTTP {status}) and retries ran out.", status=status,
                    retry_after=hinted,
                )  # fmt: skip
            raise FatalFhirError(
                f"The EHR refused the request (HTTP {status}).",
                status=status, detail=outcome_text(response),
            )  # fmt: skip
        raise RetryableFhirError("The EHR kept failing; retries ran out.")

    def _refresh_after_401(self, used_token: str) -> None:
        """Refresh once for all threads: whoever holds the lock refreshes, others reuse it."""
        with self._refresh_lock:
            if self.tokens.access_token() != used_token:
                return
            log.info("fhir: 401, refreshing the access token once")
            try:
                self.tokens.refresh()
            except FhirAuthError:
                raise
            except Exception as error:  # SessionExpiredError, network: same outcome
                raise FhirAuthError(
                    "The session expired and could not be refreshed.",
                    status=401, detail=type(error).__name__,
                ) from error  # fmt: skip

    def _wait(self, response: requests.Response, attempt: int) -> None:
        hinted = retry_after_seconds(response.headers.get("Retry-After"))
        if hinted is not None:
            self.retry_after_seen = max(hinted, self.retry_after_seen or 0.0)
        backoff = 0.25 * (2 ** (attempt - 1))
        delay = min(self.max_wait, hinted if hinted is not None else backoff)
        log.info("fhir: HTTP %s, waiting %.2fs (attempt %s)", response.status_code, delay, attempt)
        response.close()
        time.sleep(delay)
