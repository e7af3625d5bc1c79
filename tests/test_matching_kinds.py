"""Catalogues of other kinds than the shared sets' electronics and software, built here and
matched through the commands with the same defaults: books, groceries and drugstore, DIY
hardware, apparel and shoes, toys and games. Each is small and written the way such shops
write their titles, so every test runs without the shared data.

Where the matcher was wrong on one of them, the test beside the mend says what was wrong
before; the catalogues it already read right are kept as they are, to guard it.
"""

from __future__ import annotations

from benchmark._text import extract
from benchmark.matching.conflicts import _edition_conflict
from benchmark.matching.features import written_gtin
from storecheck.catalogue import load_file
from storecheck.models import isbn13
from tests.kinds_batches import matched_through_the_commands


def catalogues(titles: list[tuple[str, str, str]]) -> tuple[list[dict], list[dict]]:
    """Our product n and their listing n, (ours, theirs, price) each."""
    return ([{"sku": f"O{n}", "name": a, "price": p} for n, (a, _, p) in enumerate(titles)],
            [{"key": f"T{n}", "name": b, "price": p} for n, (_, b, p) in enumerate(titles)])


def statuses(found: dict) -> dict:
    return {pair: row["status"] for pair, row in found.items()}


# --- books ------------------------------------------------------------------------------


def test_a_book_is_one_product_whether_its_isbn_is_written_as_isbn_10_or_13(workspace, tmp_path):
    # One shop fills the GTIN column with the barcode (ISBN-13), the other with the ISBN-10,
    # or writes the ISBN in the title or the blurb only. Before: the ISBN-10 was refused at
    # import ("not a valid GTIN"), the written ones never read; the first pair was only
    # proposed on its words, the other two not found at all.
    ours = [{"sku": "B1", "name": "Die Verwandlung (Taschenbuch)", "gtin": "9783161484100", "price": "4.00"},
            {"sku": "B2", "name": "Sapiens: A Brief History of Humankind", "gtin": "9780099590088",
             "price": "12.99"},
            {"sku": "B3", "name": "Das Parfum. Die Geschichte eines Mörders", "gtin": "9783442423460",
             "price": "13.00"}]
    theirs = [{"key": "T1", "name": "Franz Kafka: Die Verwandlung. Reclam Taschenbuch", "gtin": "3-16-148410-X",
               "price": "4.00"},
              {"key": "T2", "name": "Harari, Yuval Noah - Sapiens, ISBN 978-0-09-959008-8", "price": "12.99"},
              {"key": "T3", "name": "Süskind: Das Parfum", "description": "Roman. Diogenes. ISBN-10: 3-442-42346-5",
               "price": "13.00"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert {pair: (row["status"], row["method"]) for pair, row in found.items()} == {
        ("B1", "T1"): ("matched", "gtin"), ("B2", "T2"): ("matched", "gtin"), ("B3", "T3"): ("matched", "gtin")}


def test_an_isbn_10_in_the_gtin_column_is_stored_as_the_books_ean_13(tmp_path):
    path = tmp_path / "books.csv"
    # 3161484177 is an ISBN-10 and also a UPC whose two leading zeros a spreadsheet dropped:
    # it names no one product, and is refused as before.
    path.write_text("sku,name,gtin\nB1,Die Verwandlung,3-16-148410-X\nB2,Other,0-306-40615-2\nB3,Third,3161484177\n",
                    encoding="utf-8")
    result = load_file(path, "products")
    assert [item.gtin for _, item in result.valid] == ["09783161484100", "09780306406157", None]
    assert len(result.warnings) == 1 and "line 4, column 'gtin'" in result.warnings[0]
    assert isbn13("3-16-148410-1") is None  # its check digit is wrong


def test_a_gtin_is_read_from_a_title_or_description_only_where_it_cannot_be_another_number():
    assert written_gtin("Sapiens, ISBN 978-0-09-959008-8") == "09780099590088"
    assert written_gtin("Die Verwandlung 9783161484100") == "09783161484100"  # the shape of an ISBN-13
    assert written_gtin("Coffee", "Arabica. EAN: 4006381333931") == "04006381333931"
    assert written_gtin("Das Parfum", "ISBN-10: 3-442-42346-5") == "09783442423460"
    # Unlabelled and not a book's number, a book's number in a blurb (another volume), a
    # wrong check digit, or two different ones: none.
    assert written_gtin("Cable 4006381333931") is None
    assert written_gtin("Band 2", "Band 1: 978-3-16-148410-0") is None
    assert written_gtin("Sapiens, ISBN 978-0-09-959008-7") is None
    assert written_gtin("Set: ISBN 978-0-09-959008-8, ISBN 978-3-16-148410-0") is None


# --- DIY hardware -------------------------------------------------------------------------


DIY = [
    ("SPAX Universalschraube 4 x 40 mm Senkkopf T20, 200 Stück", "Spax Senkkopfschraube 4,0 x 40 mm, T20, 200 St.",
     "12.99"),
    ("SPAX Universalschraube 4 x 50 mm Senkkopf T20, 200 Stück", "Spax Senkkopfschraube 4,0 x 50 mm, T20, 200 St.",
     "14.99"),
    ("Sechskantmutter M8 DIN 934 verzinkt, 100 Stück", "Sechskantmuttern DIN 934 M8 verzinkt 100 Stk.", "4.49"),
    ("Sechskantmutter M10 DIN 934 verzinkt, 100 Stück", "Sechskantmuttern DIN 934 M10 verzinkt 100 Stk.", "5.99"),
    ("Fischer Dübel SX 6 x 30, 100 Stück", "fischer Spreizdübel SX 6x30 (100 Stk)", "6.99"),
    ("Fischer Dübel SX 8 x 40, 100 Stück", "fischer Spreizdübel SX 8x40 (100 Stk)", "8.99"),
    ("Bosch HSS-G Metallbohrer 6 mm", "Bosch Metallbohrer HSS-G, Ø 6 mm", "3.99"),
    ("Bosch HSS-G Metallbohrer 8 mm", "Bosch Metallbohrer HSS-G, Ø 8 mm", "5.49"),
    ("Wood screws 4 x 40 mm, pack of 100", "Wood Screws 4x40mm (100 pcs)", "5.99"),
    ("Wood screws 4 x 50 mm, pack of 100", "Wood Screws 4x50mm (100 pcs)", "6.49"),
    ("Gewindestange M6 x 1000 mm verzinkt", "Gewindestange DIN 976 M6, 1 m, verzinkt", "2.99"),
    ("Gewindestange M8 x 1000 mm verzinkt", "Gewindestange DIN 976 M8, 1 m, verzinkt", "3.99"),
]


def test_sizes_written_with_a_decimal_comma_are_the_sizes_written_without(workspace, tmp_path):
    # "4,0 x 40 mm" was read from its "0": 0 by 40 against 4 by 40, "dimensions differ", and the
    # two SPAX screws were not even proposed. Each size against the other stays apart.
    assert extract("Spax 4,0 x 40 mm").dimensions == extract("Spax 4 x 40 mm").dimensions == {(4.0, 40.0)}
    assert extract("Kabelbinder 200 x 4,8 mm").dimensions == {(4.8, 200.0)}
    found = matched_through_the_commands(workspace, tmp_path, *catalogues(DIY))
    assert set(found) == {(f"O{n}", f"T{n}") for n in range(len(DIY))}
    assert found[("O0", "T0")]["status"] == found[("O1", "T1")]["status"] == "matched"


# --- apparel and shoes ----------------------------------------------------------------------


def test_two_letter_sizes_of_one_garment_are_two_products(workspace, tmp_path):
    # One listing per size: "Navy XL" against "Navy S" was matched (0.90) as one product,
    # "Größe M" against "Gr. L" proposed with nothing said against it.
    assert extract("Basic T-Shirt Herren weiß Größe M").sizes == {"m"}
    assert extract("Down Jacket Navy 2XL").sizes == {"xxl"}
    # A letter elsewhere is a model's or a unit's: no size.
    assert not extract("Samsung Galaxy S").sizes and not extract("Catalyst 2960 T/SFP L").sizes
    ours = [{"sku": "O1", "name": "Uniqlo Ultra Light Down Jacket Navy XL", "price": "69.90"},
            {"sku": "O2", "name": "Basic T-Shirt Herren Rundhals weiß Größe M", "price": "9.99"}]
    theirs = [{"key": "T1", "name": "Uniqlo Ultra Light Down Jacket Navy S", "price": "69.90"},
              {"key": "T2", "name": "Basic T-Shirt Rundhals Herren, weiß, Gr. L", "price": "8.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert "matched" not in statuses(found).values(), found
    assert all("sizes differ" in row["reason"] for row in found.values())


APPAREL_AND_TOYS = [
    ("Basic T-Shirt Herren Rundhals weiß Größe M", "Basic T-Shirt Rundhals Herren, weiß, Gr. M", "9.99"),
    ("Basic T-Shirt Herren Rundhals weiß Größe L", "Basic T-Shirt Rundhals Herren, weiß, Gr. L", "9.99"),
    ("Baby Body Kurzarm Bio-Baumwolle 3-6M", "Baby Body kurzarm aus Bio-Baumwolle, Gr. 3-6 M", "7.99"),
    ("Baby Body Kurzarm Bio-Baumwolle 6-12M", "Baby Body kurzarm aus Bio-Baumwolle, Gr. 6-12 M", "7.99"),
    ("Adidas Stan Smith Sneaker Gr. 42", "adidas Stan Smith Sneaker Größe 42", "99.00"),
    ("Adidas Stan Smith Sneaker Gr. 43", "adidas Stan Smith Sneaker Größe 43", "99.00"),
    ("LEGO Classic 11005 Kreativ-Bauset, ab 4 Jahren", "LEGO 11005 Classic Creative Fun 4+", "29.99"),
    ("Ravensburger Puzzle 1000 Teile Schloss Neuschwanstein, ab 14 Jahren",
     "Ravensburger 1000 Teile Puzzle Neuschwanstein (14+)", "12.99"),
    ("Ravensburger Puzzle 500 Teile Schloss Neuschwanstein, ab 10 Jahren",
     "Ravensburger 500 Teile Puzzle Neuschwanstein (10+)", "9.99"),
    ("Playmobil City Action 70935 Feuerwehrauto, 4-10 Jahre",
     "PLAYMOBIL 70935 City Action Feuerwehr-Löschfahrzeug, ab 4 Jahren", "39.99"),
    ("Catan - Das Spiel, ab 10 Jahren, 3-4 Spieler", "Kosmos Catan Das Spiel 10+", "34.99"),
    ("HABA Holzeisenbahn Starter-Set ab 3 Jahren", "HABA Holzeisenbahn Starter Set, 3+", "49.99"),
    ("HABA Holzbausteine Grundpackung ab 3 Jahren", "HABA Grundpackung Holzbausteine, 3+", "29.99"),
    ("Schmidt Spiele Puzzle 1000 Teile Sonnenuntergang", "Schmidt Puzzle Sonnenuntergang, 1000 Teile", "10.99"),
    ("Schmidt Spiele Puzzle 2000 Teile Sonnenuntergang", "Schmidt Puzzle Sonnenuntergang, 2000 Teile", "17.99"),
]


def test_sizes_ages_and_piece_counts_of_apparel_and_toys_pair_each_product_with_its_own(workspace, tmp_path):
    # Read right before this session's work, kept as a guard: shoe sizes and baby sizes are
    # numbers that tell variants apart, an age ("ab 4 Jahren", "4+", "4-10 Jahre") is no model
    # code, a puzzle's piece count ("1000 Teile" / "500 Teile") tells two puzzles apart.
    found = matched_through_the_commands(workspace, tmp_path, *catalogues(APPAREL_AND_TOYS))
    assert set(found) == {(f"O{n}", f"T{n}") for n in range(len(APPAREL_AND_TOYS))}
    # All but Catan, whose titles share only "Catan Das Spiel": proposed.
    assert list(statuses(found).values()).count("matched") >= len(APPAREL_AND_TOYS) - 1


# --- groceries and drugstore ----------------------------------------------------------------


def test_a_count_written_as_german_writes_it_is_a_pack(workspace, tmp_path):
    # "6er Pack" was no pack: the six cans were compared with our one can at 5.3x its price
    # ("prices 5.3x apart"), and a person confirming it would have put a sixfold price in the
    # index. Read as a pack of 6, the pair is compared per can.
    assert extract("Coca-Cola Classic 6er Pack 0,33 l").pack == 6
    assert extract("Eier 10er-Packung").pack == 10
    assert extract("Lot de 6 verres").pack == extract("Pack da 6 bicchieri").pack == 6
    ours = [{"sku": "O1", "name": "Coca-Cola Classic Dose 0,33 l", "price": "0.99"},
            {"sku": "O2", "name": "Gerolsteiner Sprudel 0,75 l Glasflasche", "price": "0.79"}]
    theirs = [{"key": "T1", "name": "Coca-Cola Classic Dose 0,33 l 6er Pack", "price": "5.29"},
              {"key": "T2", "name": "Gerolsteiner Sprudel 6er-Pack 0,75 l Glasflasche", "price": "4.49"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert set(found) == {("O1", "T1"), ("O2", "T2")}
    assert all(row["equivalent"] == "True" and "pack of 1 vs 6" in row["reason"] for row in found.values()), found


# --- toys and games -------------------------------------------------------------------------


def test_the_age_a_shop_writes_for_a_toy_tells_no_two_products_apart(workspace, tmp_path):
    # Two shops write their own age for one puzzle or book ("ab 14" / "ab 12 Jahren"): read as
    # bare numbers, "numbers differ: 14 vs 12" held the pairs to a proposal.
    assert not extract("Puzzle, ab 14 Jahren").numbers and not extract("Monopoly, ages 8+").numbers
    assert extract("Norton 1 year").numbers == {"1"}  # a term, no age: still a number
    ours = [{"sku": "O1", "name": "Ravensburger Puzzle 1000 Teile Schloss Neuschwanstein, ab 14 Jahren",
             "price": "12.99"},
            {"sku": "O2", "name": "Kosmos Die drei ??? Kids Band 12 - Spuk in Rocky Beach, ab 8 Jahren",
             "price": "8.99"}]
    theirs = [{"key": "T1", "name": "Ravensburger Neuschwanstein Puzzle 1000 Teile, ab 12 Jahren", "price": "12.99"},
              {"key": "T2", "name": "Die drei ??? Kids Band 12 Spuk in Rocky Beach (ab 9 Jahren)", "price": "8.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert set(found) == {("O1", "T1"), ("O2", "T2")}
    assert not any("numbers differ" in row["reason"] for row in found.values()), found


# --- books: volumes -------------------------------------------------------------------------


def test_a_volume_numbered_after_a_shortened_word_is_another_volume(workspace, tmp_path):
    # "Vol. II" against "Volume 3": the edition rule wanted the same word before both numbers,
    # and a Roman numeral is no bare number, so nothing told the volumes apart: the wrong
    # volume was proposed (0.76) with no word against it, above the right one (0.72).
    ours = [{"sku": "O1", "name": "Encyclopedia of Garden Birds Vol. II", "price": "30.00"},
            {"sku": "O2", "name": "Asterix Band II: Die goldene Sichel", "price": "6.99"}]
    theirs = [{"key": "T1", "name": "Encyclopedia of Garden Birds Volume 3", "price": "30.00"},
              {"key": "T2", "name": "Asterix Bd. 3: Asterix und die Goten", "price": "6.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert all("edition" in row["reason"] and row["status"] != "matched" for row in found.values()), found
    # The same volume written both ways is one.
    assert _edition_conflict(extract("Garden Birds Vol. III"), extract("Garden Birds Volume 3")) is None
    assert _edition_conflict(extract("Asterix Band II"), extract("Asterix Bd. 2")) is None


BOOKS_OURS = [
    {"sku": "B1", "name": "Die Verwandlung (Taschenbuch)", "gtin": "9783161484100", "price": "4.00"},
    {"sku": "B2", "name": "Der Hobbit (Gebundene Ausgabe)", "gtin": "9783608962123", "price": "26.00"},
    {"sku": "B3", "name": "Der Hobbit (Taschenbuch)", "gtin": "9783423151320", "price": "12.00"},
    {"sku": "B4", "name": "Sapiens: A Brief History of Humankind", "gtin": "9780099590088", "price": "12.99"},
    {"sku": "B5", "name": "Das Parfum. Die Geschichte eines Mörders", "gtin": "9783442423460", "price": "13.00"},
    {"sku": "B6", "name": "One Piece, Band 2", "price": "7.00"},
    {"sku": "B7", "name": "One Piece, Band 3", "price": "7.00"},
    {"sku": "B8", "name": "The Hobbit (Paperback)", "price": "9.99"},
    {"sku": "B9", "name": "The Hobbit (Hardcover)", "price": "19.99"},
    {"sku": "B10", "name": "Encyclopedia of Garden Birds Vol. II", "price": "30.00"},
    {"sku": "B11", "name": "Encyclopedia of Garden Birds Vol. III", "price": "30.00"},
    {"sku": "B12", "name": "Harry Potter and the Philosopher's Stone", "gtin": "9780551034013", "price": "8.99"},
]
BOOKS_THEIRS = [
    {"key": "T1", "name": "Franz Kafka: Die Verwandlung. Reclam Taschenbuch", "gtin": "3-16-148410-X", "price": "4.00"},
    {"key": "T2", "name": "Tolkien, J.R.R.: Der Hobbit - Gebundene Ausgabe", "price": "26.00"},
    {"key": "T3", "name": "Tolkien, J.R.R.: Der Hobbit - Taschenbuch", "price": "12.00"},
    {"key": "T3e", "name": "Tolkien, J.R.R.: Der Hobbit - eBook", "price": "9.99"},
    {"key": "T4", "name": "Harari, Yuval Noah - Sapiens, ISBN 978-0-09-959008-8", "price": "12.99"},
    {"key": "T5", "name": "Süskind: Das Parfum", "description": "Roman. Diogenes. ISBN-10: 3-442-42346-5",
     "price": "13.00"},
    {"key": "T6", "name": "One Piece 2", "price": "7.00"},
    {"key": "T7", "name": "One Piece Band 3", "price": "7.00"},
    {"key": "T8", "name": "The Hobbit - Tolkien - Paperback", "price": "9.99"},
    {"key": "T9", "name": "The Hobbit - Tolkien - Hardcover", "price": "21.99"},
    {"key": "T9k", "name": "The Hobbit - Tolkien - Kindle Edition", "price": "6.99"},
    {"key": "T10", "name": "Encyclopedia of Garden Birds Volume 2", "price": "30.00"},
    {"key": "T11", "name": "Encyclopedia of Garden Birds Volume 3", "price": "30.00"},
    {"key": "T12", "name": "Harry Potter and the Philosopher's Stone", "description": "ISBN 9780551034013",
     "price": "8.99"},
    {"key": "T12a", "name": "Harry Potter and the Philosopher's Stone (Audiobook)", "price": "25.00"},
]


def test_a_book_in_another_format_is_another_product(workspace, tmp_path):
    # Once the ISBNs made this competitor's wording speak, its audiobook listing was matched
    # to our printed book as "another listing of our product" (0.84, titles 95% alike): a
    # title naming no format is the printed book, and an e-book or audiobook is always named.
    # Hardcover and paperback, volumes written "Vol. II" / "Volume 2": each with its own.
    assert extract("The Hobbit [Kindle Edition]").formats == {"ebook"}
    assert extract("Der Hobbit (Gebundene Ausgabe)").formats == {"hardcover"}
    found = matched_through_the_commands(workspace, tmp_path, BOOKS_OURS, BOOKS_THEIRS)
    truth = {(ours["sku"], f"T{ours['sku'][1:]}") for ours in BOOKS_OURS}
    assert set(found) == truth, sorted(set(found) ^ truth)


def test_a_size_written_as_one_letter_again_and_again_is_no_part_of_a_longer_one(workspace, tmp_path):
    # "AA" was found inside "AAA" (a word inside a joined piece, or an abbreviation of it), so
    # the two battery sizes were one product: matched at 0.89.
    ours = [{"sku": "O1", "name": "Duracell Plus AA Batterien 4 Stück", "price": "4.99"},
            {"sku": "O2", "name": "Varta Longlife AAA Micro 4er Pack", "price": "3.99"}]
    theirs = [{"key": "T1", "name": "Duracell Plus AAA Batterien 4 Stück", "price": "4.99"},
              {"key": "T2", "name": "Varta Longlife Micro AAA, 4 Stück", "price": "4.19"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O1", "T1")]["status"] == "proposed" and "aa vs aaa" in found[("O1", "T1")]["reason"], found
    assert ("O2", "T2") in found and "differs" not in found[("O2", "T2")]["reason"]


def test_a_size_that_spans_two_is_read_as_both(workspace, tmp_path):
    # "S/M" against "L/XL" read as no size: proposed (0.75) with nothing said against it.
    assert extract("Hoodie Unisex Schwarz S/M").sizes == {"s", "m"}
    assert not extract("Catalyst 2960 T/SFP L").sizes
    ours = [{"sku": "O1", "name": "Hoodie Unisex Schwarz S/M", "price": "29.99"}]
    theirs = [{"key": "T1", "name": "Hoodie Unisex Schwarz L/XL", "price": "29.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert all("sizes differ" in row["reason"] and row["status"] != "matched" for row in found.values()), found
