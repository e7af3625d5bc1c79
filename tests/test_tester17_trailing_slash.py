"""tester17: `storecheck serve` answered "Not found" at /reports/ (an address typed with the slash a
folder of reports invites) while /reports listed the reports; /visits/ and /matches/ likewise. An
address that differs from a page's only by a trailing slash now leads to that page (a permanent
redirect, its query kept); an address that is no page stays "Not found"."""

from __future__ import annotations

from bs4 import BeautifulSoup

from storecheck.web import create_app


def test_an_address_with_a_trailing_slash_leads_to_its_page(workspace):
    (workspace.reports_dir).mkdir(parents=True, exist_ok=True)
    (workspace.reports_dir / "report-2026-11-23.html").write_text("<html><body>report</body></html>", encoding="utf-8")
    client = create_app(workspace).test_client()
    listed = client.get("/reports")
    assert listed.status_code == 200 and "report-2026-11-23.html" in listed.get_data(as_text=True)

    # Before: 404, "There is no page at this address."
    slashed = client.get("/reports/")
    assert slashed.status_code == 308, slashed.status_code
    assert slashed.headers["Location"].endswith("/reports")
    followed = client.get("/reports/", follow_redirects=True)
    assert followed.status_code == 200 and "report-2026-11-23.html" in followed.get_data(as_text=True)

    visits = client.get("/visits/?competitor=Rival")
    assert visits.status_code == 308 and visits.headers["Location"].endswith("/visits?competitor=Rival")
    assert client.get("/matches/", follow_redirects=True).status_code == 200


def test_an_address_that_is_no_page_stays_not_found(workspace):
    client = create_app(workspace).test_client()
    for address in ("/nowhere/", "/reports/missing.html/", "/reports/../storecheck.toml/"):
        answer = client.get(address, follow_redirects=True)
        assert answer.status_code == 404, address
        text = BeautifulSoup(answer.get_data(as_text=True), "html.parser").get_text(" ")
        assert "There is no page at this address." in text
    # Never a Location a browser reads as another site ("//reports" is the host "reports").
    answer = client.get("//reports/")
    assert not answer.headers.get("Location", "/").startswith("//"), answer.headers.get("Location")
