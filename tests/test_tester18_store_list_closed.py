"""tester18: a used-book shop closed both its stores (`closed = 2026-11-28` under each). The report's
per-store table says so in its "closed" column, but `store list` showed the two stores as it shows
open ones, with no word: a manager planning next week's visits from it would send someone to a shop
that is gone. It lists the day each store closed, in a column of its own."""

from __future__ import annotations

import re

from test_alerts import cli_run


def _rows(output: str) -> dict[str, list[str]]:
    rows = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in re.split(r"[│┃]", line)[1:-1]]
        if len(cells) > 2:
            rows[cells[1]] = cells
    return rows


def test_store_list_says_which_stores_have_closed(workspace):
    for args in (("competitor", "add", "Sebo do Centro"), ("store", "add", "Sebo do Centro", "Praça da Sé"),
                 ("store", "add", "Sebo do Centro", "Liberdade"), ("store", "add", "--ours", "Pinheiros")):
        assert cli_run(workspace, *args).exit_code == 0
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace('name = "Praça da Sé"\n',
                                                             'name = "Praça da Sé"\nclosed = 2026-11-28\n'),
                    encoding="utf-8")
    result = cli_run(workspace, "store", "list")
    assert result.exit_code == 0, result.output
    rows = _rows(result.output)
    header = rows["store"]
    assert "closed" in header, result.output  # before: no such column
    at = header.index("closed")
    assert rows["Praça da Sé"][at] == "2026-11-28", rows
    assert rows["Liberdade"][at] == "" and rows["Pinheiros"][at] == "", rows
