"""The visit form on a phone and a competitor that closed (leftover of tester19).

Decided: a visit from before the closing is valid (notes typed up a few days late), so the form
keeps offering the shop and its stores; but it offered them as if they were open, and a store
manager picking "Bakış Optik / Kadıköy" learnt only on sending that nobody is to be sent there
any more. The shop and each closed store are now named with the day they closed, and the store
list suggests an open store first.
"""

from __future__ import annotations

from bs4 import BeautifulSoup
from test_alerts import cli_run

SHOP = "Bakış Optik"


def test_the_visit_form_names_a_closed_shop_and_its_stores_with_the_day(workspace):
    from storecheck.config import Workspace
    from storecheck.web.app import create_app

    workspace.add_competitor(SHOP, "https://bakisoptik.example/")
    workspace.add_competitor("Optik Dünyası", None)
    for shop, store in ((SHOP, "Moda"), (SHOP, "Kadıköy"), ("Optik Dünyası", "Üsküdar"), ("Optik Dünyası", "Beşiktaş")):
        assert cli_run(workspace, "store", "add", shop, store).exit_code == 0
    path = workspace.config_path
    text = path.read_text(encoding="utf-8")
    text = text.replace('url = "https://bakisoptik.example/"\n', 'url = "https://bakisoptik.example/"\nclosed = 2026-11-28\n')
    text = text.replace('name = "Üsküdar"\n', 'name = "Üsküdar"\nclosed = 2026-10-31\n')
    path.write_text(text, encoding="utf-8")
    page = create_app(Workspace(workspace.path)).test_client().get("/visits/new")  # as `serve` starts
    assert page.status_code == 200
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    shops = {o["value"]: " ".join(o.get_text().split()) for o in soup.select("select[name=competitor] option")}
    # Before: "Bakış Optik", as an open shop.
    assert shops[SHOP] == f"{SHOP} (closed 2026-11-28: only a visit before then)", shops
    assert shops["Optik Dünyası"] == "Optik Dünyası", shops
    lists = {o["value"]: o.get("label") for o in soup.select("datalist option")}
    assert lists["Kadıköy"] == "closed 2026-11-28" and lists["Moda"] == "closed 2026-11-28", lists
    assert lists["Üsküdar"] == "closed 2026-10-31" and lists["Beşiktaş"] is None, lists
    dunyasi = next(d for d in soup.select("datalist") if "Beşiktaş" in d.get_text(" ") + str(d))
    assert [o["value"] for o in dunyasi.select("option")] == ["Beşiktaş", "Üsküdar"], "an open store first"
