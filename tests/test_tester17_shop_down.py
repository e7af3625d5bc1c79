"""tester17: a crawl of a shop that was down (its server refused every connection) failed, and the
cause it gave first — in `crawl`'s summary, the report's data health and the "crawl failed" change and
alert — was the note "robots.txt of 127.0.0.1:8917 not read (DownloadConnectionRefusedError ...);
crawled as if it held no rules": a side remark about robots.txt, read as if the crawl had gone on
without rules. The pages' own errors come first now; the notes that did not fail the crawl (robots.txt
not read, a Crawl-delay capped, ...) follow them."""

from __future__ import annotations

from shared_fixtures import free_port
from test_hostile2_shops import crawl, new_workspace


def test_a_shop_that_refuses_every_connection_is_named_as_such_first(tmp_path):
    port = free_port()  # nothing listens there
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", f"http://127.0.0.1:{port}/", download_delay=0)
    summary = crawl(workspace, timeout=120)
    assert summary["status"] == "failed", summary
    first = summary["errors"][0]
    # Before: "robots.txt of 127.0.0.1:PORT not read (...); crawled as if it held no rules".
    assert not first.startswith("robots.txt"), summary["errors"]
    assert f"127.0.0.1:{port}/" in first and "refused" in first.lower(), first
    # The note is kept, after.
    assert any(e.startswith(f"robots.txt of 127.0.0.1:{port} not read") for e in summary["errors"][1:]), summary["errors"]
