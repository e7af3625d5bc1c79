"""A sitemap of 50,000 product pages (the protocol's limit per file) is read within the page budget.

Hostile15's leftover: such a sitemap was bounded by `crawl.max_pages` and `depth_limit` in principle, never
tested. A shop's whole range in one file is common; the crawl must stop at the budget, say it stopped (a run
that read part of the shop is partial, so nothing it did not reach is taken for delisted), and hold the file in
bounded memory.
"""

from __future__ import annotations

from test_hostile2_shops import PEAK_MB, crawl, delisted, html, ld_page, new_workspace, stored

ENTRIES = 50_000


def test_a_sitemap_of_fifty_thousand_products_stops_at_the_budget_partial_and_delists_nothing(shop, tmp_path):
    xml = {"Content-Type": "application/xml"}
    locs = "".join(f"<url><loc>{shop.url}/p/{n}.html</loc></url>" for n in range(1, ENTRIES + 1))
    shop.routes["/robots.txt"] = html(f"User-agent: *\nSitemap: {shop.url}/sitemap.xml\n", **{"Content-Type": "text/plain"})
    shop.routes["/sitemap.xml"] = html(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>', **xml)
    for n in range(1, ENTRIES + 1):
        shop.routes[f"/p/{n}.html"] = html(ld_page(f"Product {n}", f"{n % 97 + 1}.50", f"P-{n}"))
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="sitemap", download_delay=0)
    first = crawl(workspace, {"CLOSESPIDER_PAGECOUNT": 60})
    assert first["status"] == "partial", first
    assert first["pages"] <= 80 and 0 < first["items"] <= 80, first
    assert first["peak_mb"] < PEAK_MB, first
    seen = set(stored(workspace))
    # The next week the shop writes its sitemap newest first: the budget reaches other pages. What it did not
    # reach is not gone. (Read at 02:38 UTC: week 2 resumes week 1's run and ended "finished", 60 items, 49,940
    # over the budget never asked; partial since the thirty-third session, test_faults10_resumed_crawl; week 3 reads
    # 60 others, partial; week 4 resumes it, partial, 120 items; nothing delisted.)
    locs = "".join(f"<url><loc>{shop.url}/p/{n}.html</loc></url>" for n in range(ENTRIES, 0, -1))
    shop.routes["/sitemap.xml"] = html(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>', **xml)
    second = crawl(workspace, {"CLOSESPIDER_PAGECOUNT": 60})
    assert not delisted(workspace), (len(seen), second, delisted(workspace)[:5])
    assert second["status"] == "partial", second
    for week in (3, 4):
        more = crawl(workspace, {"CLOSESPIDER_PAGECOUNT": 60})
        assert not delisted(workspace), (week, more, delisted(workspace)[:5])
