"""The first `storecheck score` of a new workspace.

Found on the optician's first day: after `init` and `catalogue import`, `storecheck score` printed an
empty table with its column legend and nothing else: no word that there is nothing to score until a
competitor is added, nor how. Every other first step (`crawl`, `match`) says what to do next.
"""

from __future__ import annotations

from test_alerts import cli_run


def test_score_with_no_competitor_says_how_to_add_one(workspace):
    result = cli_run(workspace, "score")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    # Before: an empty table and the legend of its columns.
    assert "No competitors yet" in said and "storecheck competitor add NAME [URL]" in said, said
    assert "competitor ┃ score" not in result.output, result.output
