"""Estimated takings per hour rounded twice.

Found on an Istanbul optician's report: Optik Dünyası's store was visited three times, 58 people
counted over 80 minutes (43.5 an hour) and tickets of 1,850, 1,650 and 1,500 TL (mean 1,666.67).
By hand its takings per hour are 43.5 × 5,000 / 3 = 72,500.00 TL; the report said 72,500.15, the
footfall multiplied by the ticket already rounded to the cent. The error grows with the footfall,
and a figure a manager checks with a calculator must come out as the calculator does.
"""

from __future__ import annotations

import csv

from test_alerts import cli_run

SHOP = "Optik Dünyası"


def test_takings_per_hour_are_the_footfall_times_the_unrounded_mean_ticket(workspace, tmp_path):
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace('currency = "EUR"', 'currency = "TRY"', 1)
                    + f'\n[[competitors]]\nname = "{SHOP}"\n[[competitors.stores]]\nname = "Kadıköy Çarşı"\n',
                    encoding="utf-8")
    visits = tmp_path / "ziyaretler.csv"
    visits.write_text(
        "competitor,store,visited_at,visitor,footfall_count,footfall_minutes,holiday,average_ticket,average_ticket_source,currency\n"
        f'{SHOP},Kadıköy Çarşı,10.11.2026 14:00,Ayşe,18,30,hayır,"1.850,00",till,TRY\n'
        f"{SHOP},Kadıköy Çarşı,10.11.2026 14:40,Mehmet,10,20,hayır,1.650,estimate,TRY\n"
        f"{SHOP},Kadıköy Çarşı,29.10.2026 12:00,Mehmet,30,30,evet,1.500,estimate,TRY\n", encoding="utf-8")
    result = cli_run(workspace, "visit", "import", str(visits))
    assert result.exit_code == 0, result.output
    out = tmp_path / "stores.csv"
    result = cli_run(workspace, "export", "store-scores", str(out))
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig") as f:
        row = next(r for r in csv.DictReader(f) if r["competitor"] == SHOP)
    assert float(row["footfall per hour"]) == 43.5 and row["average ticket"] == "1666.67", row
    # Before: 72500.15 (43.5 × 1666.67).
    assert row["takings per hour (estimate)"] == "72500.00", row
