"""The Open311 client against a real HTTP server on loopback (tests/open311_server.py)."""

import datetime as dt
import logging

import pytest

from gup_signalement_plugin.connectors.open311_client import (
    Cursor,
    Open311Client,
    Open311NetworkError,
    split_windows,
)
from gup_signalement_plugin.core.open311_parse import Open311Error
from tests.helpers import SHARED_DATA
from tests.open311_server import BASE_PATH, Faults, Open311TestServer, synthetic_requests

PARIS = dt.timezone(dt.timedelta(hours=1))
YEAR_START = dt.datetime(2024, 1, 1, tzinfo=PARIS)
YEAR_END = dt.datetime(2025, 1, 1, tzinfo=PARIS)
CAPTURES = SHARED_DATA / "open311"


def _client(server: Open311TestServer, **kwargs) -> Open311Client:
    options = dict(source="test", backoff_factor=0, retries=3, timeout=(2.0, 5.0))
    options.update(kwargs)
    return Open311Client(server.url, **options)


def _ids(pages):
    return [report.external_id for page in pages for report in page.reports]


def _request_calls(server):
    return [
        params
        for path, params in server.calls
        if path.endswith("/requests.json") or path.endswith("/requests.xml")
    ]


def test_split_windows():
    windows = split_windows(YEAR_START, YEAR_END)
    assert len(windows) == 5
    assert windows[0][0] == YEAR_START and windows[-1][1] == YEAR_END
    assert all(high - low <= dt.timedelta(days=90) for low, high in windows)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))  # no gap
    assert split_windows(YEAR_START, YEAR_START + dt.timedelta(days=90)) == [
        (YEAR_START, YEAR_START + dt.timedelta(days=90))
    ]
    with pytest.raises(ValueError):
        split_windows(YEAR_END, YEAR_START)


def test_windows_longer_than_90_days_are_refused():
    with pytest.raises(ValueError):
        Open311Client("http://127.0.0.1:9", "t", max_window=dt.timedelta(days=120))


def test_retry_policy_is_mounted_on_the_adapter():
    client = Open311Client("http://127.0.0.1:9", "t", retries=5, backoff_factor=0.3)
    retry = client.session.get_adapter("http://127.0.0.1:9/").max_retries
    assert retry is client.retry
    assert (retry.total, retry.backoff_factor) == (5, 0.3)
    assert set(retry.status_forcelist) == {500, 502, 503, 504}


def test_pages_and_windows_fetch_everything_once():
    with Open311TestServer(count=1234, seed=3) as server:
        pages = list(_client(server, page_size=100).requests_window(YEAR_START, YEAR_END))
    assert sorted(_ids(pages)) == sorted(item["service_request_id"] for item in server.items)
    assert len(set(_ids(pages))) == 1234
    assert [page.number for page in pages] == list(range(1, len(pages) + 1))
    calls = _request_calls(server)
    assert all(call["page_size"] == "100" for call in calls)
    spans = {(call["start_date"], call["end_date"]) for call in calls}
    assert len(spans) == 5  # 366 days in 90-day windows
    for start, end in spans:
        low = dt.datetime.fromisoformat(start.replace("Z", "+00:00"))
        high = dt.datetime.fromisoformat(end.replace("Z", "+00:00"))
        assert dt.timedelta(0) < high - low <= dt.timedelta(days=90)
    assert all(len(page.reports) <= 100 for page in pages)
    assert "page 1, item 1" in pages[0].reports[0].where


def test_a_full_last_page_ends_on_an_empty_page():
    items = Open311TestServer(count=300, seed=1).items
    with Open311TestServer(items=items) as server:
        start = dt.datetime(2023, 12, 1, tzinfo=PARIS)
        pages = list(
            _client(server, page_size=100).requests_window(start, start + dt.timedelta(days=60))
        )
    window_items = [i for i in items if i["requested_datetime"] < "2024-01-30T00:00:00+01:00"]
    assert len(_ids(pages)) == len(window_items)
    full, rest = divmod(len(window_items), 100)
    assert len(_request_calls(server)) == full + 1
    assert len(pages) == full + (1 if rest else 0)


def test_server_without_the_page_extension():
    with Open311TestServer(count=250, seed=2, faults=Faults(ignore_paging=True)) as server:
        start = YEAR_START
        pages = list(
            _client(server, page_size=40).requests_window(start, start + dt.timedelta(days=90))
        )
        calls = len(_request_calls(server))
    assert len(pages) == 1 and calls == 1  # more than page_size came back: no paging
    assert len(set(_ids(pages))) == len(_ids(pages))


def test_server_ignoring_pages_that_happen_to_be_full():
    items = synthetic_requests(40, seed=2, start=YEAR_START, span_days=60)  # one full page
    with Open311TestServer(items=items, faults=Faults(ignore_paging=True)) as server:
        client = _client(server, page_size=40, max_pages_per_window=5)
        pages = list(client.requests_window(YEAR_START, YEAR_START + dt.timedelta(days=90)))
        calls = len(_request_calls(server))
    assert sorted(_ids(pages)) == sorted(i["service_request_id"] for i in items)  # no duplicate
    assert calls == 2  # page 2 repeated page 1: stop there


def test_without_paging_one_call_per_window():
    with Open311TestServer(count=100, seed=4) as server:
        pages = list(_client(server, page_size=None).requests_window(YEAR_START, YEAR_END))
        calls = _request_calls(server)
    assert len(pages) == 5 and len(calls) == 5 and "page" not in calls[0]
    assert len(_ids(pages)) == 100


def test_retries_succeed_after_503s():
    with Open311TestServer(count=50, faults=Faults(status_first=3)) as server:
        pages = list(
            _client(server, retries=4).requests_window(
                YEAR_START, YEAR_START + dt.timedelta(days=90)
            )
        )
        calls = len(server.calls)
    assert calls == 4 and pages and pages[0].reports


def test_gives_up_with_a_clear_error_naming_the_endpoint():
    with Open311TestServer(count=50, faults=Faults(status_first=100)) as server:
        client = _client(server, retries=2, api_key="s3cret")
        with pytest.raises(Open311NetworkError) as caught:
            list(client.requests_window(YEAR_START, YEAR_END))
        calls = len(server.calls)
    error = caught.value
    assert calls == 3 and error.status == 503
    assert error.endpoint == server.url + "/requests.json" and error.endpoint in str(error)
    assert "HTTP 503" in str(error) and "Nothing was fetched" in str(error)
    assert "s3cret" not in str(error)


def _client_log(caplog):
    return [
        (r.levelno, r.getMessage())
        for r in caplog.records
        if r.name == "gup_signalement_plugin.connectors.open311_client"
    ]


def test_each_retry_and_the_give_up_are_logged_without_the_key(caplog):
    caplog.set_level(logging.INFO)
    with Open311TestServer(count=50, faults=Faults(status_first=100)) as server:
        with pytest.raises(Open311NetworkError):
            _client(server, retries=2, api_key="s3cret").services()
    url = server.url + "/services.json?api_key=***"
    assert _client_log(caplog) == [
        (logging.WARNING, "Open311 GET {}: HTTP 503; retry 1 (1 left)".format(url)),
        (logging.WARNING, "Open311 GET {}: HTTP 503; retry 2 (0 left)".format(url)),
        (logging.ERROR, "Open311 GET {}: HTTP 503; giving up after 2 retries".format(url)),
    ]


def test_a_retry_after_a_connection_closed_mid_body_is_logged(caplog):
    caplog.set_level(logging.INFO)
    with Open311TestServer(count=20, faults=Faults(close_mid_body_first=1)) as server:
        assert len(_client(server).services()) == 4
    [(level, message)] = _client_log(caplog)
    assert level == logging.WARNING and message.startswith(
        "Open311 GET {}/services.json: ".format(server.url)
    )
    assert message.endswith("body bytes (ProtocolError); retry 1 (2 left)")


def test_unreachable_server():
    server = Open311TestServer().start()
    server.stop()
    client = _client(server, retries=1, api_key="s3cret")
    with pytest.raises(Open311NetworkError) as caught:
        client.services()
    assert server.url + "/services.json" in str(caught.value)
    assert "refused" in str(caught.value).lower() and "s3cret" not in str(caught.value)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_4xx_shows_the_open311_message_without_retrying(fmt):
    faults = Faults(error_status=403, error_description="Invalid api_key received")
    with Open311TestServer(count=10, faults=faults) as server:
        with pytest.raises(Open311Error) as caught:
            list(_client(server, fmt=fmt, api_key="wrong").requests_window(YEAR_START, YEAR_END))
        calls = len(server.calls)
    error = caught.value
    assert calls == 1 and not isinstance(error, Open311NetworkError)
    assert error.status == 403 and error.server_message == "Invalid api_key received (code 403)"
    assert "Invalid api_key received" in str(error) and "/requests.{}".format(fmt) in str(error)
    assert "wrong" not in str(error)


def test_api_key_and_jurisdiction_are_sent():
    with Open311TestServer(count=10, api_key="s3cret") as server:
        client = _client(server, api_key="s3cret", jurisdiction_id="94081")
        assert len(client.services()) == 4
        assert server.calls[-1][1] == {"api_key": "s3cret", "jurisdiction_id": "94081"}
        with pytest.raises(Open311Error) as caught:
            _client(server, api_key="bad").services()
    assert caught.value.status == 403


def test_single_request_and_404():
    with Open311TestServer(count=20) as server:
        client = _client(server)
        report = client.request("00000007")
        assert report.external_id == "00000007" and report.raw == server.by_id["00000007"]
        with pytest.raises(Open311Error) as caught:
            client.request("99999999")
    assert caught.value.status == 404 and "Not found" in str(caught.value)


def test_connection_closed_mid_body_is_retried():
    with Open311TestServer(count=200, faults=Faults(close_mid_body_first=2)) as server:
        pages = list(
            _client(server, page_size=None).requests_window(
                YEAR_START, YEAR_START + dt.timedelta(days=90)
            )
        )
        calls = len(server.calls)
    assert calls == 3 and len(_ids(pages)) == len(
        [i for i in server.items if i["requested_datetime"] <= "2024-03-31"]
    )


def test_connection_always_closed_mid_body_gives_up():
    with Open311TestServer(count=200, faults=Faults(close_mid_body_first=100)) as server:
        with pytest.raises(Open311NetworkError) as caught:
            _client(server, retries=2).services()
        calls = len(server.calls)
    assert calls == 3 and "body bytes" in str(caught.value)


def test_slow_answer_times_out_and_is_retried():
    with Open311TestServer(count=30, faults=Faults(slow_first=1, slow_seconds=1.5)) as server:
        client = _client(server, timeout=(2.0, 0.3))
        services = client.services()
        calls = len(server.calls)
    assert len(services) == 4 and calls == 2


def test_server_dying_after_page_3_keeps_pages_and_resumes():
    items = synthetic_requests(400, seed=9, start=YEAR_START, span_days=60)  # one window
    delivered = []
    with Open311TestServer(items=items, faults=Faults(die_after_page=3)) as server:
        with pytest.raises(Open311NetworkError) as caught:
            for page in _client(server, page_size=50, retries=2).requests_window(
                YEAR_START, YEAR_END
            ):
                delivered.append(page)  # the caller commits each page here
    error = caught.value
    assert len(delivered) == 3 and error.kept_pages == 3 and error.kept_requests == 150
    assert error.resume_after == delivered[-1].cursor and error.resume_after.page == 3
    assert "Kept so far: 3 page(s), 150 request(s)" in str(error)
    with Open311TestServer(items=items) as again:
        rest = list(
            _client(again, page_size=50).requests_window(
                YEAR_START, YEAR_END, resume_after=error.resume_after
            )
        )
        first_call = _request_calls(again)[0]
    assert first_call["page"] == "4"
    got = _ids(delivered) + _ids(rest)
    assert len(got) == len(set(got)) == 400


def test_resume_skips_finished_windows_without_paging():
    with Open311TestServer(count=100, seed=5) as server:
        windows = split_windows(YEAR_START, YEAR_END)
        cursor = Cursor(windows[1][0], windows[1][1], 1)
        pages = list(
            _client(server, page_size=None).requests_window(
                YEAR_START, YEAR_END, resume_after=cursor
            )
        )
    assert [page.cursor.window_start for page in pages] == [w[0] for w in windows[2:]]


def test_xml_gives_the_same_reports_as_json():
    with Open311TestServer(count=120, seed=6) as server:
        as_json = list(_client(server, page_size=50).requests_window(YEAR_START, YEAR_END))
        as_xml = list(
            _client(server, page_size=50, fmt="xml").requests_window(YEAR_START, YEAR_END)
        )
        services = _client(server, fmt="xml").services()

    def summary(pages):
        return [
            (
                r.external_id,
                r.service_code,
                r.status,
                r.lon,
                r.lat,
                r.requested_at,
                r.updated_at,
                r.description,
            )
            for p in pages
            for r in p.reports
        ]

    assert summary(as_xml) == summary(as_json) and len(summary(as_json)) == 120
    assert [s["service_code"] for s in services] == ["proprete", "voirie", "eclairage", "0042"]


def test_real_captures_served_over_http():
    static = {
        "/bloomington/services.json": (
            (CAPTURES / "bloomington_services_2012.json").read_bytes(),
            "application/json",
        ),
        "/toronto/requests.xml": (
            (CAPTURES / "toronto_requests_2018.xml").read_bytes(),
            "text/xml",
        ),
        "/toronto/requests/101005420892.xml": (
            (CAPTURES / "toronto_request_single_2018.xml").read_bytes(),
            "text/xml",
        ),
    }
    with Open311TestServer(static=static) as server:
        assert len(Open311Client(server.root_url + "/bloomington", "b").services()) == 46
        toronto = Open311Client(server.root_url + "/toronto", "t", fmt="xml", page_size=None)
        start = dt.datetime(2018, 7, 1, tzinfo=dt.timezone.utc)
        pages = list(toronto.requests_window(start, start + dt.timedelta(days=60)))
        single = toronto.request("101005420892")
    assert _ids(pages) == ["101005420892", "101005420894"]
    assert single.external_id == "101005420892" and single.updated_at is None


@pytest.mark.parametrize(
    "body, fragment",
    [
        (b'[{"code": 500, "description": "database down"}]', "database down"),
        (b"<html>maintenance</html>", "unreadable document"),
    ],
)
def test_unusable_200_answers(body, fragment):
    static = {BASE_PATH + "/services.json": (body, "application/json")}
    with Open311TestServer(static=static) as server:
        with pytest.raises(Open311Error) as caught:
            _client(server).services()
    assert fragment in str(caught.value) and server.url in str(caught.value)


@pytest.mark.parametrize("status", [200, 400])
def test_a_bare_xml_error_body_shows_its_text_not_the_xml(status):
    body = b'<?xml version="1.0"?><error>Invalid jurisdiction_id: helsinki</error>'
    static = {BASE_PATH + "/services.xml": (body, "text/xml", status)}
    with Open311TestServer(static=static) as server:
        with pytest.raises(Open311Error) as caught:
            _client(server, fmt="xml").services()
    error = caught.value
    assert error.server_message == "Invalid jurisdiction_id: helsinki"
    assert str(error).endswith(": Invalid jurisdiction_id: helsinki") and "<" not in str(error)


def test_server_stops_by_itself():
    server = Open311TestServer(count=1, lifetime=0.2).start()
    server._thread.join(timeout=5)
    assert not server._thread.is_alive()
