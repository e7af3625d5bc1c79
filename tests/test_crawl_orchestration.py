"""Crawl orchestration as a library (`storecheck.crawl.crawl_competitors`, `storecheck.scrapyd.crawl_on_nodes`)
and the one summary printer the CLI shows both with: a shop's text is printed as text, never read as rich markup."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler

import pytest
from click.testing import CliRunner
from conftest import serve_handler

from storecheck.cli import cli, init_workspace
from storecheck.crawl import CrawlError, crawl_competitors
from storecheck.errors import StorecheckError
from storecheck.scrapyd import ScrapydError, crawl_on_nodes

MARKUP = "[red]x[/red] [link=https://evil.example]click[/link] [/b]"


@pytest.fixture
def refusing_node():
    """A scrapyd node on 127.0.0.1 that refuses every job with a message holding rich markup."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _answer(self):
            body = json.dumps({"status": "error", "message": f"refused: {MARKUP}"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

    with serve_handler(Handler) as url:
        yield url


def test_a_competitor_whose_name_is_markup_is_crawled_and_printed_as_written(tmp_path):
    """The status line and the summary quote the name and the crawl's output as text: rich
    markup in them is neither applied nor an error (a stray closing tag made the crawl crash)."""
    workspace = init_workspace(tmp_path / "ws")
    name = f"Rival {MARKUP}"
    workspace.add_competitor(name, "http://127.0.0.1:9/", download_delay=0)
    result = CliRunner().invoke(cli, ["crawl", "-w", str(workspace.path)], env={"COLUMNS": "300"})
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert f"failed {name}: 0 products from 0 pages" in result.output
    assert "Crawl summary" in result.output


def test_the_scrapyd_summary_prints_a_node_s_error_as_text(refusing_node, tmp_path):
    """`run --scrapyd` with a node that refuses the job: the node's message, markup and all,
    is printed as written, by the same printer as a local crawl's, and the run fails."""
    workspace = init_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", "http://127.0.0.1:9/", download_delay=0)
    result = CliRunner().invoke(cli, ["run", "--scrapyd", refusing_node, "--wait", "5", "-w", str(workspace.path)],
                                env={"COLUMNS": "300"})
    assert result.exit_code == 1, result.output
    assert "failed Rival: 0 products from 0 pages in 0.0s" in result.output
    assert f"error: {refusing_node}: refused: {MARKUP}" in result.output
    assert "Crawl summary" in result.output


def test_crawls_are_run_from_python_and_their_errors_share_one_base(tmp_path):
    workspace = init_workspace(tmp_path / "ws")
    with pytest.raises(CrawlError, match="No competitors in"):
        crawl_competitors(workspace)
    workspace.add_competitor("Visited only", None)
    seen = []
    results = crawl_competitors(workspace, on_result=seen.append)
    assert results == seen == [{"competitor": "Visited only", "status": "not crawled", "reason": "no web shop",
                                "duration": 0.0, "note": "no web shop (no url in storecheck.toml); its stores are visited"}]
    with pytest.raises(ScrapydError, match="'node1:6800' is not a scrapyd URL"):
        crawl_on_nodes(workspace, ["node1:6800"], timeout=1)
    assert issubclass(ScrapydError, StorecheckError) and issubclass(CrawlError, StorecheckError)


def test_a_library_error_reaches_the_user_as_a_message_not_a_traceback(tmp_path):
    workspace = init_workspace(tmp_path / "ws")
    result = CliRunner().invoke(cli, ["run", "--scrapyd", "node1:6800", "-w", str(workspace.path)])
    assert result.exit_code == 1
    assert "Error: 'node1:6800' is not a scrapyd URL such as http://node1:6800" in result.output
    assert "Traceback" not in result.output
