"""The matcher: identifiers, conflicts, one-to-one assignment, decisions, bad input."""

from __future__ import annotations

import csv
from decimal import Decimal

import pandas as pd
import pytest
from sqlalchemy import select

from benchmark.matching import MATCH_COLUMNS, OUTPUT_COLUMNS, apply_decisions, match_products, score_pairs
from storecheck import db
from storecheck.analysis import run_matching
from storecheck.catalogue import load_file
from storecheck.exports import import_decisions
from tests.conftest import DATA


def ours(*rows: dict) -> pd.DataFrame:
    base = {"name": None, "brand": None, "category": None, "gtin": None, "mpn": None, "size": None, "price": None}
    return pd.DataFrame([{**base, **r} for r in rows], columns=["sku", *base])


def theirs(*rows: dict) -> pd.DataFrame:
    base = {"name": None, "brand": None, "category": None, "gtin": None, "mpn": None, "sku": None, "size": None,
            "price": None, "unit_price": None}
    return pd.DataFrame([{**base, **r} for r in rows], columns=["competitor_product_id", *base])


def pairs(found: pd.DataFrame, status: str | None = None) -> set:
    rows = found if status is None else found[found.status == status]
    return set(zip(rows.sku, rows.competitor_product_id))


# --- identifiers ------------------------------------------------------------------


def test_same_gtin_is_matched_even_with_different_titles():
    found = match_products(
        ours({"sku": "A", "name": "Cola 330ml", "gtin": "05449000000996"}),
        theirs({"competitor_product_id": 1, "name": "Refreshing soft drink can", "gtin": "05449000000996"}),
    )
    assert found.loc[0, "method"] == "gtin" and found.loc[0, "status"] == "matched"
    assert "GTIN" in found.loc[0, "reason"]
    assert list(found.columns) == OUTPUT_COLUMNS and set(MATCH_COLUMNS) <= set(found.columns)


def test_their_sku_counts_as_gtin_but_a_bad_check_digit_is_not_trusted():
    our = ours({"sku": "A", "name": "Cola 330ml", "gtin": "05449000000996"})
    good = match_products(our, theirs({"competitor_product_id": 1, "name": "Drink", "sku": "5449000000996"}))
    assert pairs(good, "matched") == {("A", 1)} and good.loc[0, "method"] == "gtin"
    # 5449000000997: the last digit is wrong, so it is not a GTIN and the titles decide (they differ).
    bad = match_products(our, theirs({"competitor_product_id": 1, "name": "Drink", "sku": "5449000000997"}))
    assert pairs(bad, "matched") == set()


def test_mpn_and_model_codes_in_titles():
    found = match_products(
        ours({"sku": "TV", "name": "Sony Bravia 40 inch LCD TV", "brand": "Sony", "mpn": "KDL-40V4100"},
             {"sku": "LAMP", "name": "Epson 1500 Hours 200W UHE Projector Lamp ELPLP12", "brand": "Epson"}),
        theirs({"competitor_product_id": 1, "name": "SONY KDL40V4100 Bravia V-Series television", "brand": "Sony"},
               {"competitor_product_id": 2, "name": "Replacement lamp ELPLP12 for Epson projectors", "brand": "Epson"}),
    )
    assert pairs(found, "matched") == {("TV", 1), ("LAMP", 2)}
    assert set(found.method) == {"model"}
    assert "kdl40v4100" in found.set_index("sku").loc["TV", "reason"]


# --- conflicts ----------------------------------------------------------------------


def test_air_max_90_is_not_air_max_95():
    found = match_products(
        ours({"sku": "AM90", "name": "Nike Air Max 90 running shoe white", "brand": "Nike", "price": Decimal("120")}),
        theirs({"competitor_product_id": 1, "name": "Nike Air Max 95 running shoe white", "brand": "Nike",
                "price": Decimal("125")}),
    )
    assert pairs(found, "matched") == set()
    assert "numbers differ" in score_pairs(
        ours({"sku": "AM90", "name": "Nike Air Max 90 running shoe white", "brand": "Nike"}),
        theirs({"competitor_product_id": 1, "name": "Nike Air Max 95 running shoe white", "brand": "Nike"})).reason[0]


def test_capacity_64gb_is_not_128gb():
    found = match_products(
        ours({"sku": "64", "name": "SanDisk Ultra microSDXC 64GB memory card", "brand": "SanDisk"}),
        theirs({"competitor_product_id": 1, "name": "SanDisk Ultra microSDXC 128 GB memory card", "brand": "SanDisk"}),
    )
    assert pairs(found, "matched") == set()


def test_sibling_model_codes_conflict():
    found = match_products(
        ours({"sku": "6200", "name": "Brother HL-L6200DW laser printer", "brand": "Brother"}),
        theirs({"competitor_product_id": 1, "name": "Brother HL-L6300DW laser printer", "brand": "Brother"}),
    )
    assert pairs(found, "matched") == set()


def test_an_accessory_is_not_the_product_it_fits():
    flash = ours({"sku": "SB700", "name": "Nikon SB-700 AF Speedlight Flash", "brand": "Nikon"})
    diffuser = {"competitor_product_id": 1, "name": "Opteka Soft Bounce Flash Diffuser for the Nikon SB-700 AF Speedlight",
                "brand": "Opteka"}
    assert pairs(match_products(flash, theirs(diffuser)), "matched") == set()
    # Scored as a pair, whatever the assignment keeps: the rule is what pulls it down.
    scored = score_pairs(flash, theirs(diffuser))
    assert "for the other" in scored.reason[0] and scored.score[0] < 0.85
    # The flash itself, listed by the same competitor, is the match.
    found = match_products(flash, theirs(diffuser, {"competitor_product_id": 2, "name": "Nikon Speedlight SB700 flash",
                                                    "brand": "Nikon"}))
    assert pairs(found, "matched") == {("SB700", 2)}
    toner = score_pairs(ours({"sku": "L170", "name": "Canon FaxPhone L170 laser fax"}),
                        theirs({"competitor_product_id": 1, "name": "Canon S35 toner cartridge for Canon D320 and L170"}))
    assert toner.score[0] < 0.6


def test_two_things_for_one_product_and_compatible_with_still_match():
    found = score_pairs(
        ours({"sku": "a", "name": "rooCASE Executive Portfolio Leather Case for Asus Transformer TF101"},
             {"sku": "b", "name": "Brother TN110BK Black Toner Cartridge"}),
        theirs({"competitor_product_id": 1, "name": "rooCASE Executive Portfolio Case Cover for Asus Transformer TF101"},
               {"competitor_product_id": 2, "name": "Brother TN110BK Toner Cartridge Compatible with HL-4040CN"}),
    )
    assert (found.score >= 0.85).all()


def test_pro_is_not_the_plain_model():
    plain = "ASUS F1A75-M AMD A75 Micro ATX Motherboard"
    found = score_pairs(
        ours({"sku": "a", "name": "ASUS F1A75-M Pro AMD A75 Micro ATX Motherboard"},
             {"sku": "b", "name": "Apple iPhone 6 Plus 64GB Space Grey"},
             {"sku": "c", "name": plain}),
        theirs({"competitor_product_id": 1, "name": plain},
               {"competitor_product_id": 2, "name": "Apple iPhone 6 64GB Space Grey"},
               {"competitor_product_id": 3, "name": "Asus F1A75-M Micro ATX motherboard, AMD A75"}),
    )
    assert found.score[0] < 0.85 and found.score[1] < 0.85
    assert "on one side only" in found.reason[0]
    assert found.score[2] >= 0.85  # the plain model still matches itself
    # A grading word is a description, not a variant: "ultra slim" is no "Ultra" model.
    assert score_pairs(ours({"sku": "a", "name": "LG 42LV5500 42 ultra slim LED TV"}),
                       theirs({"competitor_product_id": 1, "name": "LG 42LV5500 42 LED TV"})).score[0] >= 0.85


def test_a_year_range_is_not_a_model_code():
    from benchmark._text import extract

    assert extract("Scosche dash kit for 1974-Up Chrysler Jeep").codes == frozenset()
    assert "20052010" not in extract("Honda Civic 2005-2010 floor mats").codes
    found = score_pairs(ours({"sku": "a", "name": "Scosche FCJ1276AB 1974-up Ford Chrysler Jeep multi-purpose kit"}),
                        theirs({"competitor_product_id": 1, "name": "Scosche CJ1282B DIN panel for 1974-up Chrysler Jeep"}))
    assert found.method[0] == "fuzzy" and found.score[0] < 0.85


def test_a_code_with_a_unit_like_ending_is_not_a_size():
    from benchmark._text import extract

    assert extract("Sharp EL-334MB basic calculator").quantities == {}
    assert extract("Sandisk 16GB card").quantities == {"bytes": frozenset({16.0})}


def test_pack_sizes_are_flagged_equivalent():
    found = match_products(
        ours({"sku": "ONE", "name": "Duracell Plus AA batteries 4 pack", "brand": "Duracell", "price": Decimal("5")}),
        theirs({"competitor_product_id": 1, "name": "Duracell Plus AA batteries 12 pack", "brand": "Duracell",
                "price": Decimal("14")}),
        review_threshold=0.3,
    )
    assert len(found) == 1 and bool(found.loc[0, "equivalent"])
    assert "unit price" in found.loc[0, "reason"]


# --- assignment and decisions -------------------------------------------------------


def test_one_to_one_per_competitor():
    found = match_products(
        ours({"sku": "A", "name": "Logitech MX Master 3 wireless mouse graphite", "brand": "Logitech"},
             {"sku": "B", "name": "Logitech MX Master 3 wireless mouse graphite edition", "brand": "Logitech"}),
        theirs({"competitor_product_id": 1, "name": "Logitech MX Master 3 mouse, graphite", "brand": "Logitech"},
               {"competitor_product_id": 2, "name": "Logitech MX Master 3 mouse graphite wireless", "brand": "Logitech"},
               {"competitor_product_id": 3, "name": "Logitech MX Master 3 graphite mouse", "brand": "Logitech"}),
        review_threshold=0.1,
    )
    # A listing goes to one of ours at most; one of ours may take a listing and its duplicates.
    assert found.competitor_product_id.is_unique
    assert set(found.sku) == {"A", "B"}
    duplicates = found[found.reason.str.startswith("the same product as their listing")]
    assert len(found) - len(duplicates) == 2


# The same mouse listed twice, and the same model in another colour.
_MOUSE = {"brand": "Logitech", "price": Decimal(99)}
_TWICE = theirs({"competitor_product_id": 1, "name": "Logitech MX Master 3 Wireless Mouse - Black", **_MOUSE},
                {"competitor_product_id": 2, "name": "Logitech MX Master 3 wireless mouse, black", **_MOUSE},
                {"competitor_product_id": 3, "name": "Logitech MX Master 3 Wireless Mouse Pale Grey", **_MOUSE})


def test_a_product_listed_twice_matches_both_listings():
    our = ours({"sku": "A", "name": "Logitech MX Master 3 wireless mouse", **_MOUSE})
    # Each listing alone would be matched: the titles agree and ours names no colour.
    assert (score_pairs(pd.concat([our] * 3, ignore_index=True), _TWICE).score >= 0.85).all()
    found = match_products(our, _TWICE)
    # Listings 1 and 2 are one product listed twice; 3 is another colour, so
    # not the same product as the best listing, and one-to-one keeps it out.
    assert pairs(found, "matched") == {("A", 1), ("A", 2)}
    assert found.reason.str.startswith("the same product as their listing").sum() == 1


def test_a_product_we_list_twice_gets_the_listing_on_both():
    # The roles of the test above swapped: our catalogue is the one that lists
    # a product twice (two skus), the competitor lists it once.
    our = ours(*({"sku": sku, "name": name, **_MOUSE} for sku, name in
                 zip("ABC", _TWICE.name)))
    found = match_products(our, theirs({"competitor_product_id": 1, "name": "Logitech MX Master 3 wireless mouse",
                                        **_MOUSE}))
    # A and B are one product (one title, written with other marks); C is
    # another colour, and two of our skus are one product only by the same
    # GTIN, MPN or title: a shop gives its variants skus of their own.
    assert pairs(found, "matched") == {("A", 1), ("B", 1)}
    assert found.reason.str.startswith("the same product as our").sum() == 1


def test_similar_listings_of_different_products_still_match_one():
    # dp2dvi / mdp2dvi: across shops one code written two ways, within one shop two products.
    adapter = {"brand": "StarTech", "price": Decimal(20)}
    found = match_products(
        ours({"sku": "D", "name": "StarTech DP2DVI DisplayPort to DVI video adapter", **adapter}),
        theirs({"competitor_product_id": 1, "name": "StarTech.com DP2DVI DisplayPort to DVI Video Adapter Converter", **adapter},
               {"competitor_product_id": 2, "name": "StarTech.com MDP2DVI Mini DisplayPort to DVI Video Adapter Converter",
                **adapter},
               {"competitor_product_id": 3, "name": "StarTech.com DP2DVI DisplayPort to DVI Adapter, pack of 2", **adapter}),
    )
    assert pairs(found, "matched") == {("D", 1)}
    # Two products of ours, each listed once: still one listing each.
    two = match_products(ours({"sku": "A", "name": "Logitech MX Master 3 wireless mouse black", **_MOUSE},
                              {"sku": "B", "name": "Logitech MX Master 3 wireless mouse pale grey", **_MOUSE}),
                         _TWICE.iloc[[0, 2]])
    assert pairs(two, "matched") == {("A", 1), ("B", 3)}


def test_a_confirmed_listing_brings_its_duplicates():
    our = ours({"sku": "A", "name": "Logitech mouse MX Master 3 advanced", **_MOUSE})
    # Titles only 70% alike: listing 1 is our product's best, listing 2 a duplicate.
    assert pairs(match_products(our, _TWICE)) == {("A", 1), ("A", 2)}
    decisions = pd.DataFrame({"sku": ["A"], "competitor_product_id": [1], "status": ["confirmed"]})
    found = match_products(our, _TWICE, decisions=decisions)
    # A person said A is listing 1; 2 is listing 1 again, so it is matched with
    # it. 3 (grey) is not listing 1, and A is taken for anything else.
    assert pairs(found, "matched") == {("A", 2)} and pairs(found) == {("A", 2)}
    assert "(confirmed by a person)" in found.reason[0]


def test_a_rejection_holds_for_the_same_product_listed_again():
    our = ours({"sku": "A", "name": "Logitech mouse MX Master 3 advanced", **_MOUSE})
    assert ("A", 2) in pairs(match_products(our, _TWICE), "proposed")
    decisions = pd.DataFrame({"sku": ["A"], "competitor_product_id": [1], "status": ["rejected"]})
    found = match_products(our, _TWICE, decisions=decisions)
    # A person said A is not listing 1; listing 2 is listing 1 again, so it is
    # not shown again either. Listing 3 (another colour) is another product.
    assert pairs(found) == {("A", 3)}


def test_a_rejection_does_not_outweigh_a_shared_gtin():
    gtin = "04006381333931"
    our = ours({"sku": "A", "name": "Logitech mouse MX Master 3 advanced", "gtin": gtin, **_MOUSE})
    their = theirs({"competitor_product_id": 1, "name": "Logitech MX Master 3 Wireless Mouse - Black", **_MOUSE},
                   {"competitor_product_id": 2, "name": "Logitech MX Master 3 Wireless Mouse - Black", "gtin": gtin,
                    **_MOUSE})
    decisions = pd.DataFrame({"sku": ["A"], "competitor_product_id": [1], "status": ["rejected"]})
    found = match_products(our, their, decisions=decisions)
    # Listing 2 reads like the rejected 1, but carries our GTIN: the person
    # rejected a listing, not the product the GTIN names.
    assert pairs(found, "matched") == {("A", 2)} and found.method[0] == "gtin"


def test_decisions_win_in_the_matcher():
    our = ours({"sku": "A", "name": "Bosch PSR 18 cordless drill", "brand": "Bosch"},
               {"sku": "B", "name": "Makita DHP482 cordless drill", "brand": "Makita"})
    their = theirs({"competitor_product_id": 1, "name": "Bosch PSR 18 cordless drill", "brand": "Bosch"},
                   {"competitor_product_id": 2, "name": "Makita DHP482 cordless drill", "brand": "Makita"})
    decisions = pd.DataFrame({"sku": ["A", "B"], "competitor_product_id": [2, 2], "status": ["confirmed", "rejected"]})
    found = match_products(our, their, decisions=decisions, review_threshold=0.0)
    # A is confirmed with 2: neither A nor 2 is matched to anything else; B-2 was rejected anyway.
    assert "A" not in set(found.sku) and 2 not in set(found.competitor_product_id)
    assert apply_decisions(pd.DataFrame({"sku": ["A"], "competitor_product_id": [1]}), decisions).empty


def _import(workspace, rows: list[dict], kind: str, tmp_path, competitor: str | None = None):
    path = tmp_path / f"{kind}.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = load_file(path, kind, default_currency="EUR")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        if kind == "products":
            db.upsert_own_products(conn, [p for _, p in result.valid])
        else:
            ids = db.sync_competitors(conn, workspace.config.competitors)
            db.store_offers(conn, ids[competitor], [o for _, o in result.valid], source="import")
    return engine


def test_decisions_survive_rematching(workspace, tmp_path):
    workspace.add_competitor("Rival", "https://rival.example")
    _import(workspace, [
        {"sku": "A", "name": "Bosch PSR 18 LI-2 cordless drill", "brand": "Bosch", "price": "99"},
        {"sku": "B", "name": "Makita DHP482Z combi drill", "brand": "Makita", "price": "89"},
        {"sku": "C", "name": "Philips Hue White E27 bulb", "brand": "Philips", "price": "15"},
    ], "products", tmp_path)
    engine = _import(workspace, [
        {"key": "r1", "name": "Bosch PSR 18 LI-2 Cordless Drill", "brand": "Bosch", "price": "95"},
        {"key": "r2", "name": "Makita DHP482Z Combi Drill", "brand": "Makita", "price": "85"},
        {"key": "r3", "name": "Philips Hue White E27 smart bulb", "brand": "Philips", "price": "14"},
    ], "offers", tmp_path, competitor="Rival")
    summary = run_matching(engine, workspace.config)
    stats = summary["competitors"]["Rival"]
    assert stats["products"] == 3 and stats["matched"] + stats["proposed"] >= 2
    assert {"matched", "proposed", "unmatched", "by_method", "seconds"} <= set(stats)

    decisions = tmp_path / "decisions.csv"
    decisions.write_text("sku,competitor,key,status\nA,Rival,r1,rejected\nC,Rival,r2,confirmed\n", encoding="utf-8")
    with engine.begin() as conn:
        import_decisions(conn, decisions, decided_by="tester")
    for _ in range(2):
        run_matching(engine, workspace.config)
        with engine.connect() as conn:
            rows = conn.execute(
                select(db.matches.c.sku, db.competitor_products.c.key, db.matches.c.status)
                .join(db.competitor_products, db.competitor_products.c.id == db.matches.c.competitor_product_id)
            ).all()
        status = {(sku, key): s for sku, key, s in rows}
        assert status[("A", "r1")] == "rejected"
        assert status[("C", "r2")] == "confirmed"
        # Neither side of the confirmed pair is matched to anything else.
        assert not [p for p, s in status.items() if s in ("matched", "proposed") and (p[0] == "C" or p[1] == "r2")]
        assert not [p for p, s in status.items() if s in ("matched", "proposed") and p == ("A", "r1")]
    assert run_matching(engine, workspace.config)["competitors"]["Rival"]["confirmed"] == 1


def test_prices_count_one_listing_per_product_and_competitor(workspace, tmp_path):
    from storecheck.analysis import pairs_frame

    workspace.add_competitor("Rival", "https://rival.example")
    _import(workspace, [{"sku": "A", "name": "Logitech MX Master 3 wireless mouse", "brand": "Logitech",
                         "price": "99"}], "products", tmp_path)
    engine = _import(workspace, [
        {"key": "r1", "name": "Logitech MX Master 3 Wireless Mouse - Black", "brand": "Logitech", "price": "95"},
        {"key": "r2", "name": "Logitech MX Master 3 wireless mouse, black", "brand": "Logitech", "price": "89"},
    ], "offers", tmp_path, competitor="Rival")
    run_matching(engine, workspace.config)
    with engine.connect() as conn:
        statuses = conn.execute(select(db.matches.c.status).where(db.matches.c.sku == "A")).scalars().all()
        prices = pairs_frame(conn)
    assert statuses == ["matched", "matched"]
    assert len(prices) == 1 and prices.sku[0] == "A" and prices.competitor[0] == "Rival"


def test_the_surest_listing_speaks_for_the_price(workspace, tmp_path):
    from storecheck.analysis import pairs_frame

    workspace.add_competitor("Rival", "https://rival.example")
    _import(workspace, [{"sku": "A", "name": "Logitech MX Master 3 wireless mouse", "brand": "Logitech",
                         "price": "99"}], "products", tmp_path)
    _import(workspace, [{"key": "r1", "name": "Logitech MX Master 3 wireless mouse", "brand": "Logitech",
                         "price": "95"}], "offers", tmp_path, competitor="Rival")
    # Listed again, worded apart and seen later: linked, but the price figure keeps the surer listing.
    engine = _import(workspace, [{"key": "r2", "name": "Logitech MX Master 3 wireless mouse, black", "brand": "Logitech",
                                  "price": "89"}], "offers", tmp_path, competitor="Rival")
    run_matching(engine, workspace.config)
    with engine.connect() as conn:
        linked = conn.execute(select(db.matches.c.competitor_product_id).where(db.matches.c.status == "matched")).all()
        prices = pairs_frame(conn)
    assert len(linked) == 2
    assert len(prices) == 1 and prices.their_price[0] == Decimal("95")


# --- bad input -----------------------------------------------------------------------


def test_bad_input_does_not_crash():
    long_name = "Mega " * 2000
    our = ours(
        {"sku": "E", "name": ""},
        {"sku": "N", "name": None},
        {"sku": "L", "name": long_name, "price": Decimal("1")},
        {"sku": "J", "name": "ソニー ワイヤレスヘッドホン WH-1000XM4 ブラック", "brand": "ソニー"},
        {"sku": "R", "name": "Смартфон Samsung Galaxy S21 128 ГБ"},
        {"sku": "M", "name": "🎧🎧 Party headphones 🎉", "gtin": "12345"},
        {"sku": "D", "name": "Duplicate one"},
        {"sku": "D", "name": "Duplicate two"},
    )
    their = theirs(
        {"competitor_product_id": 1, "name": "ソニー WH-1000XM4 ヘッドホン ブラック"},
        {"competitor_product_id": 2, "name": long_name},
        {"competitor_product_id": 3, "name": ""},
        {"competitor_product_id": 4, "name": "🎉🎧 Party headphones", "gtin": "not a gtin", "sku": "4006381333931"},
        {"competitor_product_id": 5, "name": "Samsung Galaxy S21 128 ГБ смартфон"},
    )
    found = match_products(our, their, review_threshold=0.3)
    assert found.competitor_product_id.is_unique and found.sku.is_unique
    assert ("J", 1) in pairs(found)
    assert ("R", 5) in pairs(found)
    assert match_products(our, theirs()).empty
    assert match_products(ours(), their).empty
    assert match_products(our.iloc[0:0], their.iloc[0:0]).empty
    assert list(match_products(our, theirs()).columns) == OUTPUT_COLUMNS


def test_competitor_without_products(workspace, tmp_path):
    workspace.add_competitor("Empty", "https://empty.example")
    engine = _import(workspace, [{"sku": "A", "name": "Thing", "price": "1"}], "products", tmp_path)
    summary = run_matching(engine, workspace.config)
    assert summary["competitors"]["Empty"] == {**summary["competitors"]["Empty"], "products": 0, "matched": 0,
                                               "unmatched": 0}


def test_score_pairs_scores_row_by_row():
    scored = score_pairs(
        ours({"sku": "a", "name": "Apple iPhone 13 128GB blue"}, {"sku": "b", "name": "Apple iPhone 13 128GB blue"}),
        theirs({"competitor_product_id": 1, "name": "iPhone 13 128 GB Blue Apple"},
               {"competitor_product_id": 2, "name": "Apple iPhone 13 256GB blue"}),
    )
    assert scored.score[0] >= 0.85 > scored.score[1]
    with pytest.raises(ValueError):
        score_pairs(ours({"sku": "a", "name": "x"}), theirs())


def test_one_word_each_side_is_a_variant():
    # Same brand and words but one on each side: a flavour, a finish, a team.
    snack = {"brand": "Crunchy Co.", "price": Decimal("1.20")}
    scored = score_pairs(
        ours({"sku": "a", "name": "Crunchy Co. Crinkle Cut Potato Crisps Salt & Vinegar 40 g", **snack},
             {"sku": "b", "name": "Crunchy Co. Crinkle Cut Potato Crisps Salt & Vinegar 40 g", **snack},
             {"sku": "c", "name": "Crunchy Co. Crinkle Cut Potato Crisps Salt & Vinegar 40 g", **snack},
             {"sku": "d", "name": "Da-Lite Cosmopolitan Electrol Screen Cherry Veneer 60 x 80", "brand": "Da-Lite"}),
        theirs({"competitor_product_id": 1, "name": "CRUNCHY CO. Crinkle Cut Potato Crisps Paprika, 40g", **snack},
               # Abbreviated on one side, the same word.
               {"competitor_product_id": 2, "name": "Crunchy Co. Crinkle Cut Potato Crisps Salt & Vin. - 40g", **snack},
               # A word left out on one side only is no conflict.
               {"competitor_product_id": 3, "name": "Crunchy Co. Crinkle Cut Crisps Salt & Vinegar 40g", **snack},
               {"competitor_product_id": 4, "name": "Da-Lite Cosmopolitan Electrol Screen Walnut Veneer 60 x 80",
                "brand": "Da-Lite"}),
    )
    assert "one word differs: salt/vinegar vs paprika" in scored.reason[0]
    assert scored.score[0] < 0.85
    assert "one word differs" not in scored.reason[1] and scored.score[1] >= 0.85
    assert "one word differs" not in scored.reason[2] and scored.score[2] >= 0.85
    assert "one word differs: cherry vs walnut" in scored.reason[3]


def test_a_shared_identifier_outweighs_one_word():
    # With a model code on both sides, the code says which product it is.
    scored = score_pairs(ours({"sku": "a", "name": "Sony MDR-EX57LP earbuds premium", "brand": "Sony"}),
                         theirs({"competitor_product_id": 1, "name": "Sony MDR-EX57LP headphones premium",
                                 "brand": "Sony"}))
    assert "one word differs" not in scored.reason[0] and scored.score[0] >= 0.85


def test_words_common_to_many_brands_name_no_variant():
    from benchmark._text import extract
    from benchmark.matching.features import _drop_common_words

    # "original" is on a line of every brand: it describes, it names no variant.
    kinds = ("tea", "crisps", "soap", "juice", "coffee", "bread")
    side = [extract(f"{b} {kinds[n % 6]} original", b) for n, b in enumerate("abcdefghijkl")]
    side.append(extract("acme tea chai", "acme"))
    _drop_common_words(side)
    assert side[0].words == {"tea"} and side[-1].words == {"tea", "chai"}


def test_a_multipack_is_not_the_single_item():
    from benchmark._text import extract

    multipack = extract("Zest Apple Juice Cloudy, 6x200ml")
    assert multipack.pack == 6 and multipack.quantities == {"volume": frozenset({200.0})}
    assert not multipack.dimensions
    juice = {"brand": "Zest", "price": Decimal(2)}
    found = match_products(
        ours({"sku": "J", "name": "Zest Apple Juice Cloudy 1 l", **juice}),
        theirs({"competitor_product_id": 1, "name": "Zest Apple Juice Cloudy, 1l", **juice},
               {"competitor_product_id": 2, "name": "Zest Apple Juice Cloudy, 6x200ml", **juice}),
    )
    # The multipack is another product, not the same one listed again.
    assert pairs(found) == {("J", 1)}


# --- candidates ------------------------------------------------------------------------


def test_tfidf_vectors_are_sklearns():
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from benchmark._text import extract
    from benchmark.matching.candidates import _analyzer, _vectors

    # Words twice in a title (sublinear tf), codes and brands (their own
    # columns), a token on one side only, a title of no token at all.
    our = [extract("Sony WH-1000XM4 wireless headphones black black", "Sony"),
           extract("Bosch PSB 500 RE drill 500W", "Bosch"), extract("Zest apple juice 6x200ml"), extract("!!!")]
    their = [extract("SONY WH1000XM4 Headphones, Black", "Sony"), extract("Bosch drill PSB-500 RE"),
             extract("apple juice apple", "Zest"), extract("Anker PowerCore 10000 charger", "Anker")]
    x, y = _vectors(our, their)
    reference = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True, dtype=np.float32).fit(our + their)
    assert x.shape == (4, len(reference.vocabulary_)) and y.shape == (4, len(reference.vocabulary_))
    np.testing.assert_allclose(x.toarray(), reference.transform(our).toarray(), rtol=0, atol=1e-6)
    np.testing.assert_allclose(y.toarray(), reference.transform(their).toarray(), rtol=0, atol=1e-6)
    assert x[3].nnz == 0 and x.dtype == np.float32


def test_top_k_takes_what_a_sort_of_every_product_takes():
    import numpy as np
    from scipy import sparse

    from benchmark.matching.candidates import _top_k

    rng = np.random.default_rng(0)

    def weights(n):
        return rng.integers(1, 3, n)  # few distinct values: many products tie

    # Query rows of a few tokens meet a few hundred index rows; some meet none.
    query = sparse.random(300, 40, density=0.08, format="csr", random_state=rng, data_rvs=weights).astype(np.float32)
    index = sparse.random(500, 40, density=0.2, format="csr", random_state=rng, data_rvs=weights).astype(np.float32)
    block = (query @ index.T.tocsr()).tocsr()
    rows = np.repeat(np.arange(block.shape[0]), np.diff(block.indptr))
    assert np.diff(block.indptr).max() > 200 and (np.diff(block.indptr) == 0).any()
    # Of equal products, the index rows from the query's own row number on, cyclically.
    turn = (block.indices - rows) % index.shape[0]
    for k in (1, 2, 5):
        order = np.lexsort((turn, -block.data, rows))
        rank = np.arange(len(order)) - block.indptr[rows[order]]
        chosen = order[rank < k]
        # In blocks of 64 rows, and of at most 3,000 index postings (a block per few rows).
        for found_query, found_index in (_top_k(query, index, k, chunk=64), _top_k(query, index, k, budget=3000)):
            np.testing.assert_array_equal(found_query, rows[chosen])
            np.testing.assert_array_equal(found_index, block.indices[chosen])


# Blocking's defect of the seventeenth, eighteenth and thirty-seventh sessions (bench/history/matching.md,
# "blocking"): a token the index does not hold counts as the rarest of all and takes a place before it is
# dropped for finding nothing. Ranked after every token the index holds, the query keeps the tokens both
# shops write and the set-aside pairs are found (kinds6's De'Longhi and Golf brake pads, kinds25's
# DeWalt), but the candidates it adds move later stages (the wording floor, a code with an MPN suffix
# added) and four shared views fell, so it was not kept.
@pytest.mark.xfail(strict=True, raises=AssertionError, reason="a query's tokens the index lacks take places among its rarest")
def test_a_querys_places_go_to_tokens_the_index_holds():
    from benchmark._text import extract
    from benchmark.matching.candidates import QUERY_TOKENS, _rarest, _vectors

    # Ours writes more words than a query has places, none of which their catalogue writes,
    # and one token both write: the query keeps that one, for the others can find nothing.
    words = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett"]
    assert len(words) > QUERY_TOKENS
    our = [extract(" ".join([*words, "rx500"]))]
    their = [extract("radio rx500"), extract("radio tx300"), extract("speaker ab12")]
    x, y = _vectors(our, their)
    query = _rarest(x, y)
    held = {int(c) for c in query.indices}
    assert held and held <= set(y.indices.tolist()), held
    assert (query @ y.T).toarray()[0, 0] > 0


def test_titles_without_a_word_give_no_candidates():
    # sklearn's vectoriser raised "empty vocabulary" here.
    assert match_products(ours({"sku": "A", "name": "!!!"}), theirs({"competitor_product_id": 1, "name": "?"})).empty


def test_matching_turns_the_cycle_collector_back_on(monkeypatch):
    import gc

    from benchmark import matching

    our, their = ours({"sku": "A", "name": "Sony WH-1000XM4"}), theirs({"competitor_product_id": 1, "name": "WH-1000XM4"})
    assert pairs(match_products(our, their)) == {("A", 1)} and gc.isenabled()

    def broken(*args):
        raise RuntimeError("extraction failed")

    monkeypatch.setattr(matching, "_features_of", broken)
    with pytest.raises(RuntimeError):
        match_products(our, their)
    assert gc.isenabled()


# --- a sample of real pairs ----------------------------------------------------------


def test_real_pairs_sample():
    """A few dozen Walmart-Amazon and WDC pairs (tests/data/matching_pairs.csv):
    the matcher must separate most of them at the default threshold."""
    sample = pd.read_csv(DATA / "matching_pairs.csv", dtype=str, keep_default_na=False)
    left = ours(*({"sku": str(i), "name": r.name_a, "brand": r.brand_a or None, "mpn": r.mpn_a or None,
                   "price": r.price_a or None} for i, r in enumerate(sample.itertuples())))
    right = theirs(*({"competitor_product_id": i, "name": r.name_b, "brand": r.brand_b or None, "mpn": r.mpn_b or None,
                      "price": r.price_b or None} for i, r in enumerate(sample.itertuples())))
    scored = score_pairs(left, right)
    predicted = scored.score >= 0.85
    truth = sample.label == "1"
    accuracy = (predicted == truth).mean()
    assert accuracy >= 0.75, sample.assign(score=scored.score, reason=scored.reason)[predicted != truth].to_string()


# --- learning from decisions and review order ------------------------------------------


def _retailer_numbers_catalogue(n: int = 40):
    """A competitor whose MPN field holds its own stock codes, of the same kind
    as the maker's (letters and digits): every true pair has "MPNs differ", so the hand-set score proposes or drops them; the false
    candidates are siblings (another number in the title)."""
    words = ["kettle", "toaster", "lamp", "heater", "fan", "blender", "mixer", "grill", "iron", "radio"]
    our_rows, their_rows = [], []
    for i in range(n):
        name = f"Acme {words[i % 10]} model {100 + i} deluxe"
        our_rows.append({"sku": f"S{i}", "name": name, "brand": "Acme", "mpn": f"AC{1000 + i}X", "price": 20 + i})
        their_rows.append({"competitor_product_id": i, "name": name + " edition", "brand": "Acme",
                           "mpn": f"RT{900000 + 7 * i}", "price": 21 + i})
        # A sibling: same words, another model number.
        their_rows.append({"competitor_product_id": 1000 + i, "name": f"Acme {words[i % 10]} model {500 + i} deluxe",
                           "brand": "Acme", "price": 20 + i})
    return ours(*our_rows), theirs(*their_rows)


def test_mpns_of_different_kinds_weigh_less_than_two_part_numbers():
    """A bare item number against a letter code, or a name in the MPN field,
    comes from another numbering scheme: a small penalty, not a conflict."""
    name = "Case Logic 18 inch laptop case black"
    left = ours({"sku": "a", "name": name, "brand": "Case Logic", "mpn": "147735"},
                {"sku": "b", "name": name, "brand": "Case Logic", "mpn": "VNC-217"},
                {"sku": "c", "name": "Motorola Flipout unlocked phone", "brand": "Motorola", "mpn": "MB511"})
    right = theirs({"competitor_product_id": 1, "name": name, "brand": "Case Logic", "mpn": "VNC-218"},
                   {"competitor_product_id": 2, "name": name, "brand": "Case Logic", "mpn": "VNC-218"},
                   {"competitor_product_id": 3, "name": "Motorola Flipout unlocked phone", "brand": "Motorola",
                    "mpn": "Flipout"})
    scored = score_pairs(left, right)
    assert "MPNs of different kinds" in scored.reason[0]
    assert "MPNs differ" in scored.reason[1]
    assert scored.score[0] >= 0.85 > scored.score[1]
    assert "MPNs of different kinds" in scored.reason[2] and scored.score[2] >= 0.85


def test_a_few_decisions_teach_the_matcher_a_shops_habit():
    our, their = _retailer_numbers_catalogue()
    before = match_products(our, their, review_threshold=0.3)
    true_pairs = {(f"S{i}", i) for i in range(40)}
    assert not pairs(before, "matched") & true_pairs  # "MPNs differ" keeps them out
    # A person answers 12 true pairs and 12 siblings.
    decisions = pd.DataFrame(
        [{"sku": f"S{i}", "competitor_product_id": i, "status": "confirmed"} for i in range(12)]
        + [{"sku": f"S{i}", "competitor_product_id": 1000 + i, "status": "rejected"} for i in range(12, 24)]
    )
    after = match_products(our, their, decisions=decisions, review_threshold=0.3)
    undecided = {(f"S{i}", i) for i in range(12, 40)}
    assert len(pairs(after, "matched") & undecided) >= 25
    assert not {p for p in pairs(after, "matched") if p[1] >= 1000}
    assert after[after.status == "matched"].reason.str.startswith("learnt from 24 decisions").all()
    # Too few decisions of a class: the hand-set score stays.
    few = match_products(our, their, decisions=decisions.iloc[[0, 1, 12, 13]], review_threshold=0.3)
    assert not few.reason.str.startswith("learnt").any()
    off = match_products(our, their, decisions=decisions, review_threshold=0.3, learn=False)
    assert not pairs(off, "matched") & undecided


def test_review_priority_is_highest_at_the_decision_boundary():
    from benchmark.matching import review_priority

    assert review_priority(0.85) == 1.0
    assert review_priority(0.84) > review_priority(0.7) > review_priority(0.6)
    assert review_priority(0.9) > review_priority(0.99)


def test_export_orders_proposals_by_review_priority(workspace, tmp_path):
    from storecheck.exports import MATCH_EXPORT_COLUMNS, match_rows
    from storecheck.web.review import proposed_matches

    assert MATCH_EXPORT_COLUMNS[:6] == ["sku", "competitor", "key", "method", "score", "status"]
    workspace.add_competitor("Rival", "https://rival.example")
    engine = _import(workspace, [{"sku": "A", "name": "Thing", "price": "1"}], "products", tmp_path)
    with engine.begin() as conn:
        pid = conn.execute(db.competitor_products.insert().values(
            competitor_id=db.sync_competitors(conn, workspace.config.competitors)["Rival"], key="k", name="Thing",
            first_seen=db.utcnow(), last_seen=db.utcnow())).inserted_primary_key[0]
        # E (0.68) and F (0.88) are as far from the boundary, each on its side's scale: a tie.
        for sku, score in (("A", 0.62), ("B", 0.84), ("C", 0.95), ("D", 0.7), ("E", 0.68), ("F", 0.88)):
            conn.execute(db.matches.insert().values(sku=sku, competitor_product_id=pid, method="fuzzy", score=score,
                                                    status="proposed", equivalent=False, updated_at=db.utcnow()))
        rows = match_rows(conn, ("proposed",), match_threshold=0.85)
        queue, total = proposed_matches(conn, match_threshold=0.85)
        second_page, _ = proposed_matches(conn, match_threshold=0.85, limit=3, offset=3)
    # Distance to the boundary is measured on each side's own scale: 0.95 is far above 0.85.
    assert [r["sku"] for r in rows] == ["B", "D", "F", "E", "A", "C"]
    assert rows[0]["review_priority"] > rows[-1]["review_priority"]
    # The web review queue shows them in the same order, page by page.
    assert [r["sku"] for r in queue] == ["B", "D", "F", "E", "A", "C"] and total == 6
    assert [r["sku"] for r in second_page] == ["E", "A", "C"]


def test_candidate_signals_are_what_the_matcher_scored():
    from benchmark.matching import FEATURES, candidate_signals

    our = ours({"sku": "A", "name": "Logitech mouse MX Master 3 advanced", **_MOUSE},
               {"sku": "B", "name": "Bosch PSR 18 cordless drill", "brand": "Bosch"})
    signals = candidate_signals(our, _TWICE)
    assert list(signals.columns) == ["sku", "competitor_product_id", "method", *FEATURES]
    found = match_products(our, _TWICE)
    for row in found.itertuples():
        seen = signals[(signals.sku == row.sku) & (signals.competitor_product_id == row.competitor_product_id)]
        assert seen.score.round(4).tolist() == [row.score] and seen.method.tolist() == [row.method]
    assert candidate_signals(our.iloc[:0], _TWICE).empty


def test_a_reason_reads_the_same_on_every_run():
    import os
    import subprocess
    import sys

    # Sets of numbers iterate in an order that changes with the hash seed of each Python process.
    code = ("import pandas as pd; from benchmark.matching import score_pairs; "
            "print(score_pairs(pd.DataFrame({'sku': ['a'], 'name': ['Acme widget 90 classic']}), "
            "pd.DataFrame({'competitor_product_id': [1], 'name': ['Acme widget 95 classic 12 40']})).reason[0])")
    seen = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                           capture_output=True, text=True, check=True, cwd=DATA.parents[1]).stdout
            for seed in range(6)}
    assert len(seen) == 1 and "numbers differ: 90 vs 12/40/95" in seen.pop()


def test_without_fork_large_inputs_are_matched_in_this_process(monkeypatch):
    import multiprocessing

    from benchmark import matching

    # As on Windows: no fork, so the loops run here, and must still hand back features, not packed rows.
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    n = matching.PARALLEL_MIN_ROWS // 2 + 1
    our = ours(*({"sku": str(i), "name": f"Acme widget model AW-{i}"} for i in range(n)))
    their = theirs(*({"competitor_product_id": i, "name": f"Acme AW-{i} widget"} for i in range(n)))
    found = match_products(our, their, workers=2)
    assert len(found[found.status == "matched"]) == n


def test_features_extracted_in_worker_processes_are_those_extracted_here(monkeypatch):
    from benchmark.matching import features

    # Sent back from a worker packed, the features lost the fields added after the packing was written
    # (a life stage, an adapter's ends, the words written with marks): a catalogue large enough for
    # workers read "Maxi Puppy" and "Maxi Adult" as one product.
    names = ["Royal Canin Maxi Puppy 15 kg", "Royal Canin Maxi Adult 15 kg", "Adapter USB-C to USB-A 3.0",
             "Crème brûlée Kühlschrank 100 g", "Sony WH-1000XM4 black", "Acme 6x200ml 2-pack for AW-12 (ages 8+)"]
    # (With prices: a missing one is NaN, which equals nothing.)
    our = features._frame(ours(*({"sku": str(i), "name": n, "brand": "Acme", "price": 9.5}
                                 for i, n in enumerate(names))), "sku")
    their = features._frame(theirs(*({"competitor_product_id": i, "name": n, "mpn": "M531 Red", "price": 10.0}
                                     for i, n in enumerate(reversed(names)))), "competitor_product_id")
    here = features._features_of(our, their, workers=1)
    monkeypatch.setattr(features, "PARALLEL_MIN_ROWS", 2)
    assert features._features_of(our, their, workers=2) == here
    assert {f.stages for f in here[0][:2]} == {frozenset({"young"}), frozenset({"adult"})} and here[0][2].ends


# --- one set of defaults for catalogues of different kinds ----------------------------

# Our title, theirs: software and media two shops word differently, with no model code to go by.
# Thirty-two: whether wording can be trusted is read from the catalogue (`calibration.WordingEvidence.shares_products`),
# and a handful of products beside as many near neighbours says little either way.
_WORDING = [
    ("Mavis Beacon Teaches Typing Deluxe", "typing deluxe software (pc/mac) - mavis beacon teaches kids and adults to type"),
    ("Peachtree Premium Accounting for Nonprofits", "peachtree by sage premium accounting nonprofit organisations"),
    ("Encyclopedia of Our Living Oceans", "living oceans encyclopedia - explore our seas and reefs"),
    ("Home Budget for Dummies", "for dummies: home budget planner software for windows"),
    ("Noah's Ark Activity Center", "activity center noah's ark - toddlers learning game with animals"),
    ("Marine Aquarium Goldfish Screen Saver", "goldfish screen saver with sound - a marine aquarium edition by encore"),
    ("Print Shop Home and Office Labels", "printshop labels for home & office use"),
    ("Tonka Town Construction Adventure", "construction adventure game in tonka town for young builders"),
    ("Punch Master Landscape and Home Design", "punch! master landscape & home garden design suite by punch software"),
    ("Math Missions Amazing Arcade Adventure", "math missions - an amazing arcade adventure for grade school"),
    ("Rosetta Stone Spanish Level 1", "spanish level one language course - rosetta stone (win/mac)"),
    ("Hoyle Classic Card Games Collection", "card games collection, classic - hoyle by encore"),
    ("Quicken Home and Business", "home & business financial software - quicken by intuit"),
    ("Carmen Sandiego Word Detective", "word detective featuring carmen sandiego - learning company"),
    ("Microsoft Flight Simulator Deluxe Edition", "flight simulator deluxe - microsoft game studios pc dvd"),
    ("National Geographic Trip Planner", "trip planner software with maps by national geographic"),
    ("Scrabble Complete Board Game", "complete scrabble - the board game on your computer"),
    ("Dragon Naturally Speaking Preferred", "naturally speaking preferred speech recognition (dragon / nuance)"),
    ("Print Artist Platinum Greeting Cards", "greeting cards & more: print artist platinum by sierra"),
    ("Magic School Bus Explores the Ocean", "explore the ocean with the magic school bus - microsoft kids"),
    ("Where in the World Is Carmen Sandiego Treasures of Knowledge", "treasures of knowledge: carmen sandiego world quest"),
    ("Oregon Trail Fifth Edition", "the oregon trail 5th ed. - pioneer adventure game"),
    ("Jumpstart Advanced Preschool", "preschool advanced learning - jumpstart by knowledge adventure"),
    ("Photo Story Deluxe Slideshow Maker", "slideshow maker: photo story deluxe (windows)"),
    ("Roller Coaster Tycoon Gold Collection", "tycoon gold collection - roller coaster park builder"),
    ("Zoo Vet Endangered Animals", "endangered animals zoo vet - animal doctor game"),
    ("Atlas of World History Interactive", "interactive world history atlas - maps through the ages"),
    ("Crossword Puzzle Maker Professional", "professional crossword puzzle creator & maker software"),
    ("Bird Songs of North America Field Guide", "north american bird songs - field guide audio cd-rom"),
    ("Learn to Play Guitar Beginner Course", "guitar course for beginners - learn to play at home"),
    ("Garden Composer Landscape Planner", "landscape planning: the garden composer"),
    ("Italian for Travellers Phrasebook", "phrasebook - italian words for the traveller"),
]
# Theirs only: near in words, other products.
_WORDING_OTHERS = ["typing tutor for kids deluxe", "premium payroll for small business", "living planet screensaver",
                   "office labels starter pack", "landscape photo editor", "arcade classics collection"]
# Our title, theirs: electronics found by model codes; theirs also sell the siblings.
_CODES = [
    ("Sony WH-1000XM4 wireless headphones black", "WH1000XM4 Sony noise cancelling headphones"),
    ("Brother HL-L2350DW mono laser printer", "Brother HLL2350DW compact laser printer wireless"),
    ("Logitech MX Master 3 mouse MXM3-910", "Logitech 910-005647 MX Master 3 (MXM3-910) mouse"),
    ("Canon PG-545XL black ink cartridge", "PG545XL Canon high yield ink black"),
    ("Netgear GS308 8-port gigabit switch", "NETGEAR GS308 unmanaged switch 8 port"),
    ("Samsung EVO Plus MB-MC128KA microSD", "Samsung MB-MC128KA/EU EVO Plus memory card"),
]
_CODE_SIBLINGS = ["Sony WH-1000XM3 wireless headphones black", "Brother HL-L2370DW mono laser printer",
                  "Canon PG-540XL black ink cartridge", "Netgear GS305 5-port gigabit switch"]


def _two_shops(pairs_of_titles, others):
    our = ours(*({"sku": f"O{n}", "name": a} for n, (a, _) in enumerate(pairs_of_titles)))
    their = theirs(*({"competitor_product_id": n, "name": b} for n, (_, b) in enumerate(pairs_of_titles)),
                   *({"competitor_product_id": 100 + n, "name": t} for n, t in enumerate(others)))
    return our, their, {(f"O{n}", n) for n in range(len(pairs_of_titles))}


@pytest.mark.parametrize("kind", ["won by wording", "won by model codes"])
def test_the_same_defaults_match_catalogues_of_different_kinds(kind):
    our, their, truth = _two_shops(*((_WORDING, _WORDING_OTHERS) if kind == "won by wording" else
                                     (_CODES, _CODE_SIBLINGS)))
    matched = pairs(match_products(our, their), "matched")
    assert matched <= truth  # no wrong pair: no sibling, no product near in words
    assert len(matched) >= 0.9 * len(truth), truth - matched


def test_a_listing_that_prefers_our_product_is_linked_as_another_listing():
    # Their shop lists our product twice, worded apart; the second listing's best
    # is our product, by far, though our product prefers the first.
    our, their, truth = _two_shops(_WORDING, _WORDING_OTHERS)
    their = pd.concat([their, theirs({"competitor_product_id": 50, "name": "mavis beacon teaches typing deluxe (mac) for home"})],
                      ignore_index=True)
    found = match_products(our, their)
    assert {("O0", 0), ("O0", 50)} <= pairs(found, "matched")
    assert found.competitor_product_id.is_unique



def test_the_learnt_model_is_the_same_whatever_order_the_answers_come_in():
    # Answers near the boundary that a model reads only a little better than
    # chance: whether it is used, and what it says, must not hang on the order
    # in which the person gave them (a split of them into folds did, once).
    import numpy as np

    from benchmark.matching import FEATURES, fit_decisions

    rng = np.random.default_rng(7)
    features = rng.random((60, len(FEATURES)))
    confirmed = features[:, FEATURES.index("score")] + rng.normal(0, 0.4, 60) > 0.5
    first = fit_decisions(features, confirmed)
    assert first is not None
    for _ in range(10):
        order = rng.permutation(60)
        again = fit_decisions(features[order], confirmed[order])
        assert again is not None
        np.testing.assert_allclose(again.predict_proba(features), first.predict_proba(features), atol=1e-4)


def test_twenty_answers_change_later_proposals():
    our, their = _retailer_numbers_catalogue()
    before = match_products(our, their, review_threshold=0.3)
    decisions = pd.DataFrame(
        [{"sku": f"S{i}", "competitor_product_id": i, "status": "confirmed"} for i in range(10)]
        + [{"sku": f"S{i}", "competitor_product_id": 1000 + i, "status": "rejected"} for i in range(10, 20)]
    )
    after = match_products(our, their, decisions=decisions, review_threshold=0.3)
    undecided = {(f"S{i}", i) for i in range(20, 40)}
    # Proposals the 20 answers did not touch are now decided by what they taught.
    assert pairs(before, "proposed") & undecided
    assert not pairs(after, "proposed") & undecided and pairs(after, "matched") & undecided


# --- accuracy floor on real data (skips without ../shared) --------------------------

# The F1 of the matched set on a slice of each shared full-linkage set, with the
# defaults, a little under what it measured when written: a change that drops
# it fails here, before bench/matching_eval.py is run.
_FLOORS = {"amazon-google": 0.70, "walmart-amazon": 0.85}


@pytest.mark.parametrize("name", sorted(_FLOORS))
def test_accuracy_floor_on_a_slice_of_real_data(name):
    from tests.conftest import shared_data

    folder = shared_data("matching", name)
    files = {"amazon-google": ("Amazon.csv", "GoogleProducts.csv", ","),
             "walmart-amazon": ("walmart.csv", "amazon.csv", "|")}[name]
    sides = [pd.read_csv(folder / f, sep=files[2], dtype=str, keep_default_na=False, encoding="latin-1")
             for f in files[:2]]
    truth_frame = pd.read_csv(folder / "matches.csv", dtype=str)
    # Our first 400 products, every true counterpart of theirs, and as many of
    # their other products again: a competitor that sells more than we do.
    our_side = sides[0].head(400)
    truth = {(a, b) for a, b in zip(truth_frame.iloc[:, 0], truth_frame.iloc[:, 1]) if a in set(our_side.iloc[:, 0])}
    wanted = {b for _, b in truth}
    their_side = pd.concat([sides[1][sides[1].iloc[:, 0].isin(wanted)],
                            sides[1][~sides[1].iloc[:, 0].isin(wanted)].head(2 * len(wanted))])

    def frame(side, key):
        column = {c.casefold(): c for c in side.columns}
        price = pd.to_numeric(side[column["price"]], errors="coerce")
        return pd.DataFrame({key: side.iloc[:, 0], "name": side[column.get("title", column.get("name"))],
                             "brand": side.get(column.get("manufacturer", column.get("brand"))),
                             "mpn": side.get(column.get("modelno")),
                             "price": price.where(price > 0).astype(object)}).replace({"": None})

    found = match_products(frame(our_side, "sku"), frame(their_side, "competitor_product_id"))
    matched = pairs(found, "matched")
    tp = len(matched & truth)
    f1 = 2 * tp / (len(matched) + len(truth))
    assert f1 >= _FLOORS[name], f"F1 {f1:.3f} on {len(truth)} true pairs"
