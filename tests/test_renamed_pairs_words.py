"""How a rename is read word by word (`storecheck.analysis.renamed_pairs.rename_doubt`): a word
"written apart or together" on the names' word boundaries, not anywhere in their letters (review
R1 of the twenty-third session: "Polo shirt navy M" renamed "... S" kept its confirmed pair,
since "s" stands in "poloshirtnavym"); and their titles' campaign words, which our catalogue
writes nowhere (review R3: a listing titled "... - SALE -30%" for a week left the price figures
exactly while it was on sale)."""

from __future__ import annotations

from storecheck.analysis.renamed_pairs import ProductWords, rename_doubt


def _fields(name: str) -> dict:
    return {"name": name, "brand": None, "size": None, "gtin": None}


def _ours(old: str, new: str, theirs: str) -> str | None:
    return rename_doubt(_fields(old), _fields(new), _fields(theirs))


def _theirs(old: str, new: str, ours: str, our_names: list[str]) -> str | None:
    return rename_doubt(_fields(old), _fields(new), _fields(ours), renamed="their", other="ours",
                        tells_apart=ProductWords(lambda: [(None, name, None) for name in our_names]))


def test_a_letter_or_short_word_changed_is_doubtful_though_it_stands_in_the_letters():
    assert "'s'" in _ours("Polo shirt navy M", "Polo shirt navy S", "Polo shirt navy M")
    assert "'a'" in _ours("Vitamin D 1000 IU", "Vitamin A 1000 IU", "Vitamin D 1000 IU")
    assert "'ice'" in _ours("Tea peach 1 l", "Tea peach ice 1 l", "Tea peach 1 l juice")
    # Written apart or together on the boundaries: still the same.
    assert _ours("KitKat 4 finger", "Kit Kat 4 finger", "KitKat") is None
    assert _ours("Coca Cola 330ml", "Coca-Cola 330 ml", "Cola can 330 ml") is None
    assert _ours("Milk whole 1 l", "Milkwhole 1 l", "Milk whole 1 l") is None


def test_their_campaign_words_leave_the_pair_but_a_word_our_range_uses_does_not():
    ours = "Lavazza Qualità Oro Coffee Beans 1kg"
    # Our catalogue writes "sale", "new", "free" and "black", but no two products of ours differ by them.
    our_names = [ours, "Lavazza Qualità Oro Coffee Beans Decaf 500 g", "Coca-Cola 330 ml", "Coca-Cola Zero 330 ml",
                 "Point of sale rolls", "New potatoes 1 kg", "Glare-free screen film", "Black pepper 50 g"]
    for campaign in (" - SALE -30%", " NEW", " (Back in stock)", " | Free delivery", " Black Friday", " -20 %",
                     " 2 for 1"):
        assert _theirs(ours, ours + campaign, ours, our_names) is None, campaign
    assert "'decaf'" in _theirs(ours, ours + " DECAF", ours, our_names)
    assert "'zero'" in _theirs("Coca-Cola 330 ml", "Coca-Cola Zero 330 ml", "Coca-Cola 330 ml", our_names)
    # A number or size is doubtful whatever our catalogue writes; a percentage that is no cut is a number.
    assert "'500g'" in _theirs(ours, ours.replace("1kg", "500g"), ours, our_names)
    assert "'90'" in _theirs("Czekolada gorzka", "Czekolada gorzka 90%", "Czekolada gorzka 70%", [])
    # Our own renames are ours: every added word counts (no catalogue test).
    assert "'new'" in _ours("Coffee beans 1 kg", "Coffee beans 1 kg new", "Coffee beans 1 kg")


def test_a_word_the_shop_adds_to_many_listings_at_once_is_its_campaign(workspace, tmp_path):
    """Review R3's second reading: a catalogue of thousands writes "black", "new" or "free" somewhere,
    so our catalogue alone cannot tell "Black Friday" from a colour. The shop can: it adds the words
    to many listings in one crawl. A listing whose colour changed that day ("White mug" read "Black
mug") stays doubtful."""
    from click.testing import CliRunner
    from sqlalchemy import select

    from storecheck import db
    from storecheck.cli import cli

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    products = [("C1", "Coffee beans 1 kg"), ("T1", "Green tea 20 bags"), ("P1", "Spaghetti 500 g"),
                ("M1", "White mug 300 ml"), ("B1", "Black mug 300 ml"), ("N1", "New potatoes 1 kg"), ("F1", "Free range eggs 6")]
    (tmp_path / "ours.csv").write_text("sku,name,price\n" + "".join(f"{s},{n},2.00\n" for s, n in products),
                                       encoding="utf-8")
    run("competitor", "add", "Rival", "https://rival.example/")
    run("catalogue", "import", str(tmp_path / "ours.csv"))
    theirs = [(s.lower(), n) for s, n in products[:3]] + [("mug", "White mug 300 ml")]
    (tmp_path / "theirs.csv").write_text("key,name,price\n" + "".join(f"{k},{n},1.90\n" for k, n in theirs),
                                         encoding="utf-8")
    run("offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    (tmp_path / "decisions.csv").write_text(
        "sku,competitor,key,status\nC1,Rival,c1,confirmed\nT1,Rival,t1,confirmed\nP1,Rival,p1,confirmed\n"
        "M1,Rival,mug,confirmed\n", encoding="utf-8")
    run("matches", "import", str(tmp_path / "decisions.csv"))

    week = [(k, f"{n} - Black Friday - NEW - Free delivery") for k, n in theirs[:3]] + [("mug", "Black mug 300 ml")]
    (tmp_path / "theirs.csv").write_text("key,name,price\n" + "".join(f"{k},{n},1.50\n" for k, n in week),
                                         encoding="utf-8")
    out = run("offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    m, cp = db.matches, db.competitor_products
    with db.open_database(workspace.database_url).connect() as conn:
        status = dict(conn.execute(select(cp.c.key, m.c.status).join(cp, cp.c.id == m.c.competitor_product_id)).all())
    assert status == {"c1": "confirmed", "t1": "confirmed", "p1": "confirmed", "mug": "proposed"}, (status, out)
    assert "'black' is new to their name" in out, out


def test_one_listing_renamed_with_a_sale_word_our_catalogue_writes_elsewhere_stays_confirmed(workspace, tmp_path):
    """Review R3's rest: one listing renamed "Coffee beans 1 kg SALE" (or "NEW", "Black Friday") in a
    shop where only that listing changed, while our catalogue writes "sale", "new" and "black"
    somewhere, stayed a doubt: the pair left the price figures exactly while on sale. A word added
    is doubtful where it tells two of our products apart ("Decaf" beside the same coffee without
    it, "Black" in place of "White" on a mug), not where our catalogue merely writes it."""
    from click.testing import CliRunner
    from sqlalchemy import select

    from storecheck import db
    from storecheck.cli import cli

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    products = [("C1", "Coffee beans 1 kg"), ("C2", "Coffee beans decaf 500 g"), ("M1", "White mug 300 ml"),
                ("M2", "Black mug 300 ml"), ("S1", "Point of sale receipt rolls 10"), ("N1", "New potatoes 1 kg"),
                ("T1", "Green tea 20 bags"), ("P1", "Spaghetti 500 g")]
    (tmp_path / "ours.csv").write_text("sku,name,price\n" + "".join(f"{s},{n},2.00\n" for s, n in products),
                                       encoding="utf-8")
    run("competitor", "add", "Rival", "https://rival.example/")
    run("catalogue", "import", str(tmp_path / "ours.csv"))
    theirs = [("c1", "Coffee beans 1 kg"), ("t1", "Green tea 20 bags"), ("p1", "Spaghetti 500 g"),
              ("m1", "White mug 300 ml")]
    (tmp_path / "theirs.csv").write_text("key,name,price\n" + "".join(f"{k},{n},1.90\n" for k, n in theirs),
                                         encoding="utf-8")
    run("offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    (tmp_path / "decisions.csv").write_text(
        "sku,competitor,key,status\nC1,Rival,c1,confirmed\nT1,Rival,t1,confirmed\nP1,Rival,p1,confirmed\n"
        "M1,Rival,m1,confirmed\n", encoding="utf-8")
    run("matches", "import", str(tmp_path / "decisions.csv"))

    def renamed(key: str, name: str) -> str:
        # One listing renamed in a file of otherwise unchanged ones: no campaign across listings.
        rows = [(k, name if k == key else n) for k, n in theirs]
        (tmp_path / "theirs.csv").write_text("key,name,price\n" + "".join(f"{k},{n},1.50\n" for k, n in rows),
                                             encoding="utf-8")
        return run("offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")

    def status() -> dict[str, str]:
        m, cp = db.matches, db.competitor_products
        with db.open_database(workspace.database_url).connect() as conn:
            return dict(conn.execute(select(cp.c.key, m.c.status).join(cp, cp.c.id == m.c.competitor_product_id)).all())

    for key, name in (("c1", "Coffee beans 1 kg SALE"), ("t1", "NEW Green tea 20 bags"),
                      ("p1", "Spaghetti 500 g Black Friday")):
        out = renamed(key, name)
        assert status()[key] == "confirmed", (name, out)
    # A word that tells two of our products apart still sends the pair back, alone or in a campaign.
    out = renamed("c1", "Coffee beans 1 kg DECAF")
    assert status()["c1"] == "proposed" and "'decaf' is new to their name" in out, out
    out = renamed("m1", "Black mug 300 ml")
    assert status()["m1"] == "proposed" and "'black' is new to their name" in out, out


def test_a_listing_that_now_names_another_edition_its_shop_sells_goes_back(workspace, tmp_path):
    """Review R4: "Photoshop CS3 Extended for macintosh" read one week as "... for windows" stayed
    confirmed where no two of our products differ by "windows". A word written in place of another
    also counts where their own shop tells two of its products apart by it (it lists Illustrator
    for macintosh and for windows); a word only added does not ("NEW" beside a listing without it)."""
    from click.testing import CliRunner
    from sqlalchemy import select

    from storecheck import db
    from storecheck.cli import cli

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    (tmp_path / "ours.csv").write_text("sku,name,price\nA1,Adobe Photoshop CS3 Extended Mac,999.00\n"
                                       "B1,Green tea 20 bags,2.00\n", encoding="utf-8")
    run("competitor", "add", "Rival", "https://rival.example/")
    run("catalogue", "import", str(tmp_path / "ours.csv"))
    theirs = [("ps", "Adobe Photoshop CS3 Extended for macintosh"), ("il-m", "Adobe Illustrator CS3 for macintosh"),
              ("il-w", "Adobe Illustrator CS3 for windows"), ("tea", "Green tea 20 bags"),
              ("tea-new", "Green tea 20 bags NEW"), ("cof", "Coffee beans 1 kg")]

    def offers(rows) -> str:
        (tmp_path / "theirs.csv").write_text("key,name,price\n" + "".join(f"{k},{n},9.00\n" for k, n in rows),
                                             encoding="utf-8")
        return run("offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")

    offers(theirs)
    (tmp_path / "decisions.csv").write_text("sku,competitor,key,status\nA1,Rival,ps,confirmed\nB1,Rival,tea,confirmed\n",
                                            encoding="utf-8")
    run("matches", "import", str(tmp_path / "decisions.csv"))
    out = offers([(k, {"ps": "Adobe Photoshop CS3 Extended for windows", "tea": "Green tea 20 bags NEW"}.get(k, n))
                  for k, n in theirs])
    m, cp = db.matches, db.competitor_products
    with db.open_database(workspace.database_url).connect() as conn:
        status = dict(conn.execute(select(cp.c.key, m.c.status).join(cp, cp.c.id == m.c.competitor_product_id)
                                   .where(m.c.status != "rejected")).all())
    assert status == {"ps": "proposed", "tea": "confirmed"}, (status, out)
    assert "'windows' is new to their name" in out, out
