"""Pushing reporters' feedback (a GeoReport v2 ``requests`` document) to an endpoint: one POST
of JSON, with the ingestion client's Retry policy (open311_client.logged_retry: connection
errors, timeouts and 500/502/503/504 retried with back-off, each retry logged). The document
is the whole current state, so sending it twice is harmless. A 4xx is not retried: its Open311
error message is given. The API key goes as the ``api_key`` parameter, as for GeoReport calls,
and is never logged nor put in an error."""

import logging
from typing import Optional, Tuple

import requests

from ..core.open311_parse import Open311Error, error_message
from .open311_client import (
    RETRY_STATUSES,
    Open311NetworkError,
    logged_retry,
    redact,
    retrying_session,
    root_cause,
)

LOGGER = logging.getLogger(__name__)


def push_requests(
    endpoint: str,
    body: bytes,
    api_key: Optional[str] = None,
    jurisdiction_id: Optional[str] = None,
    timeout: Tuple[float, float] = (5.0, 30.0),
    retries: int = 4,
    backoff_factor: float = 0.5,
    session: Optional[requests.Session] = None,
) -> int:
    """POSTs ``body`` (the requests.json document) to ``endpoint``; the HTTP status of the
    success. Raises Open311Error (with the server's message) when the server refuses it, and
    Open311NetworkError when it cannot be reached or keeps failing after the retries."""
    retry = logged_retry(retries, backoff_factor, methods=("POST",))
    params = {
        key: value
        for key, value in (("jurisdiction_id", jurisdiction_id), ("api_key", api_key))
        if value
    }
    with retrying_session(retry, session) as http:
        try:
            response = http.post(
                endpoint,
                params=params,
                data=body,
                timeout=timeout,
                headers={
                    "Content-Type": "application/json; charset=utf-8",
                    "Accept": "application/json",
                },
            )
        except requests.RequestException as exc:
            raise Open311NetworkError(
                "Open311 server {} failed while receiving the reports' "
                "status, after {} retries: {}".format(endpoint, retries, root_cause(exc)),
                endpoint=endpoint,
            ) from None
    if response.status_code < 300:
        LOGGER.info(
            "Open311 POST %s: HTTP %d, %d bytes sent",
            redact(endpoint),
            response.status_code,
            len(body),
        )
        return response.status_code
    detail = (
        error_message(response.content) or response.content[:200].decode("utf-8", "replace").strip()
    )
    if response.status_code >= 500:
        retried = (
            " after {} retries".format(retries) if response.status_code in RETRY_STATUSES else ""
        )
        raise Open311NetworkError(
            "Open311 server {} answered HTTP {}{} while receiving the reports' status: {}".format(
                endpoint, response.status_code, retried, detail or "no message"
            ),
            endpoint=endpoint,
            status=response.status_code,
        )
    raise Open311Error(
        "Open311 server {} refused the reports' status (HTTP {}): {}".format(
            endpoint, response.status_code, detail or "no message"
        ),
        endpoint=endpoint,
        status=response.status_code,
        server_message=detail,
    )
