"""A seventh tester's pass over `storecheck serve` behind a reverse proxy at a sub-path (the sixth pass's
proxy, in a real headless Chromium): what the session cookie is sent with."""

from __future__ import annotations

import re

from test_tester6_proxy import PREFIX, TOKEN, app, phone, proxy  # noqa: F401 (fixtures)


def test_the_session_cookie_stays_under_the_proxy_s_sub_path(proxy, phone):  # noqa: F811
    # The cookie went out with Path=/: the browser sent the signed-in session to every other
    # application the proxy's host serves (/wiki/, /tickets/), which could replay it here.
    base = f"http://127.0.0.1:{proxy.server_port}{PREFIX}"
    phone.goto(f"{base}/matches")
    phone.wait_for_url(re.compile(re.escape(f"{base}/sign-in")))
    phone.fill("input[name=token]", TOKEN)
    phone.locator("form button").first.click()
    phone.wait_for_url(f"{base}/matches")
    cookies = phone.context.cookies()
    assert cookies and {c["path"] for c in cookies} == {PREFIX}, cookies
    # What the browser would send with a request to another application on the host, and to this one.
    assert phone.context.cookies(f"http://127.0.0.1:{proxy.server_port}/wiki/") == []
    assert phone.context.cookies(f"{base}/visits") == cookies
    phone.goto(f"{base}/visits")
    assert phone.url == f"{base}/visits"  # still signed in under the sub-path


def test_without_a_proxy_the_session_cookie_is_the_host_s(ws):
    from storecheck.web import create_app

    client = create_app(ws).test_client()
    client.get("/visits/new")  # the form's CSRF token is kept in the session
    answer = client.get("/visits/new")
    cookie = client.get_cookie("session")
    assert cookie is not None and cookie.path == "/", answer.headers

