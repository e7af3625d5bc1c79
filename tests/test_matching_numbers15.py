"""Thousands grouped by a space ("1 500 W", "1 320 °C") read whole where the other catalogue writes
the number whole, and left as written where nothing says so. Titles written for these tests, in
ways of writing numbers the batches of catalogues met."""

from __future__ import annotations

import pandas as pd

from benchmark._text import extract
from benchmark.matching.features import _features_of, _frame
from benchmark.matching.given_pairs import score_pairs


def _features(ours: list[str], theirs: list[str]):
    return _features_of(_frame(pd.DataFrame({"sku": [f"o{n}" for n in range(len(ours))], "name": ours}), "sku"),
                        _frame(pd.DataFrame({"key": [f"t{n}" for n in range(len(theirs))], "name": theirs}), "key"),
                        workers=1)


def test_thousands_grouped_by_a_space_read_whole_where_the_other_catalogue_writes_them_whole():
    # A Latvian shop of decimal commas ("0,5 ml") groups its thousands with a space: "1 500 W" is
    # 1500 W, which the other shop writes "1,500W" in its catalogue of decimal points. Read as
    # written ours was 1 and 500 W ("watt differs: 500 vs 1500", the twenty-fifth round's plucker).
    ours = ["Putnu plūkšanas mašīna, 50 cm, 1 500 W", "Automātiskā šļirce HSW Eco-Matic, 0,5 ml"]
    theirs = ["Machin pou retire plim poul 50 cm 1,500W", "Machin pou retire plim poul 60 cm 2,200W",
              "Sereng otomatik HSW Eco-Matic 0.5 ml pou vaksen"]
    our_features, their_features = _features(ours, theirs)
    assert our_features[0].quantities["watt"] == their_features[0].quantities["watt"] == {1500.0}
    assert "1" not in our_features[0].numbers
    # A sign or a word after the number as the unit is ("1 320 °C" / "1,320°C", a kiln's top
    # temperature): one number, not 1 and 320 ("numbers differ: 1320 vs 1/320").
    our_features, their_features = _features(["Forn tal-fuħħar Nabertherm Top 45, 45 l, 1,320°C, 12.5 kg"],
                                             ["Kuydirish pechi Nabertherm Top 45, 45 litr, 1 320 °C, 12,5 kg"])
    assert their_features[0].numbers == our_features[0].numbers == {"1320", "45"}


def test_a_number_grouped_by_a_space_is_no_model_code():
    # "12 000 BTU" written whole is five digits, which alone read as a model code; a shop groups
    # a rating in thousands, never its model number.
    our_features, their_features = _features(["Klimatizace Midea PortaSplit 12 000 BTU"],
                                             ["Midea PortaSplit portable air conditioner 12000 BTU"])
    assert "12000" in our_features[0].numbers and "12000" not in our_features[0].codes


def test_two_numbers_a_space_apart_stay_two_where_the_other_catalogue_does_not_write_them_whole():
    # "iPhone 15 128 GB", "70 300 mm" (a lens's range): the same shape as thousands, and no
    # catalogue writes "15128 GB" or "70300 mm".
    ours = ["Apple iPhone 15 128 GB Schwarz", "Objektiv Tamron 70 300 mm"]
    theirs = ["Apple iPhone 15 (128GB) - Black", "Tamron 70-300mm f/4.5-6.3 lens"]
    our_features, _ = _features(ours, theirs)
    assert our_features[0].quantities["bytes"] == {128.0} and "15" in our_features[0].all_numbers
    assert our_features[1].quantities["length"] == {300.0}
    # Where the other catalogue writes the whole number and the last group alone before the same
    # unit ("2500 W" and "500 W"), either reading may be meant: left as written.
    our_features, _ = _features(["Set of 2 500 W halogen bulbs"], ["Generator 2500 W", "Halogen bulb 500 W, pack of 2"])
    assert our_features[0].quantities["watt"] == {500.0}


def test_the_plucker_grouped_two_ways_is_no_pair_of_two_powers():
    reasons = list(score_pairs(pd.DataFrame({"sku": ["o0", "o1"], "name": ["Putnu plūkšanas mašīna, 50 cm, 1 500 W",
                                                                             "Šļirce 0,5 ml"]}),
                               pd.DataFrame({"competitor_product_id": ["t0", "t1"],
                                             "name": ["Machin pou retire plim poul 50 cm 1,500W", "Sereng 0.5 ml"]})).reason)
    assert "differs" not in reasons[0], reasons
    assert extract("Putnu plūkšanas mašīna, 50 cm, 1 500 W").quantities["watt"] == {500.0}  # alone, as written


def test_a_unit_a_shop_writes_in_its_own_word_before_the_number_is_read_where_the_other_writes_it():
    # A Swahili shop writes litres before the number ("lita 11", "lita 25"), ours after ("11 l"):
    # read as a word and a bare number, our 11 l had nothing to tell it from their 25 l, and
    # "lita" was a word our title lacks. The other catalogue's litres after the same numbers
    # (1, 11, 10), written with no other unit and never bare, say what the word is.
    ours = ["Dünger Advanced Nutrients pH Perfect Grow, 1 l", "Stoffdëppen 11 l, 5 Stéck, schwaarz",
            "Blähton 8–16 mm, 10 l", "Heizmatt fir Setzlinger, 50 x 25 cm, 17 W"]
    theirs = ["Mbolea Advanced Nutrients pH Perfect Grow lita 1", "Vyungu vya kitambaa lita 11, vipande 5, nyeusi",
              "Vyungu vya kitambaa lita 25, vipande 5, nyeusi", "Clay pebbles (hydroton) 8-16mm lita 10"]
    _, their_features = _features(ours, theirs)
    assert [f.quantities.get("volume") for f in their_features] == [{1000.0}, {11000.0}, {25000.0}, {10000.0}]
    # "vipande 5" (pieces) stands before a count, which our catalogue writes bare ("5 Stéck"): no unit.
    assert "5" in their_features[1].numbers
    # Our 11 l against their 11 l and their 25 l, the other rows beside them as the catalogues' evidence.
    reasons = list(score_pairs(pd.DataFrame({"sku": ["o0", "o1", "o1", "o2"], "name": [*ours[:2], *ours[1:3]]}),
                               pd.DataFrame({"competitor_product_id": ["t0", "t1", "t2", "t3"], "name": theirs})).reason)
    assert "volume differs" not in reasons[1] and "volume differs" in reasons[2], reasons


def test_a_word_before_a_number_is_no_unit_where_the_catalogues_do_not_show_one():
    # A word of a name before a number ("Top 45, ..."), which the other shop writes too, and a word
    # before numbers the other shop writes bare or in two units, are read as before.
    from benchmark._text import read_unit_words

    ours = ["Kiln Top 45, 45 l", "Kiln Top 60, 60 l", "Cable 2 m", "Cable 3 m", "Pack 2", "Pack 3"]
    theirs = ["Pechi Top 45, 45 litr", "Pechi Top 60, 60 litr", "Kebo uzi 2, nyeusi", "Kebo uzi 3, nyeupe"]
    assert read_unit_words(ours, theirs)[1] == theirs


# Review R10 of the thirty-eighth session: in two catalogues of two languages "never in the other
# catalogue" holds for every word, so a word that always stood before a number the other shop writes
# with one unit was read as that unit and taken out of the title: an art shop's brush number "nr 12"
# became "12 mm" (a brush number is no width), and the word was lost to every later stage. The unit
# is read only where the other shop writes the numbers with it on the same products (its titles
# nearest ours by the other words).
def test_a_brush_number_is_not_read_as_the_other_shops_millimetres():
    from benchmark._text import read_unit_words

    ours = ["Paint brush flat nr 12", "Paint brush flat nr 16", "Paint brush round nr 4"]
    theirs = ["Кисть плоская 12 mm", "Кисть плоская 16 mm", "Кисть круглая 4 mm"]
    read_ours, _ = read_unit_words(ours, theirs)
    assert all("nr" in title.split() for title in read_ours), read_ours
    # A size and a model's name before their number, the same shape (the review's other two).
    ours = ["Rain jacket Kinder size 38, blue", "Rain jacket Kinder size 40, red", "Boots size 42"]
    theirs = ["Дождевик 38 cm", "Дождевик 40 cm", "Сапоги 42 cm"]
    assert read_unit_words(ours, theirs)[0] == ours
    ours = ["Apple iPhone 14, black", "Apple iPhone 15, blue", "Apple iPhone 13, white"]
    theirs = ["Чехол 14 cm", "Чехол 15 cm", "Кабель 13 cm", "Айфон 15 128 ГБ"]
    assert read_unit_words(ours, theirs)[0] == ours


def test_a_brush_maker_both_shops_name_ties_the_number_to_the_other_shops_unit():
    # Where the two shops' titles name the same products (the maker and line both write) and the other
    # shop writes each number with one unit, the word before the number is that unit on them.
    from benchmark._text import read_unit_words

    ours = ["Kokosnuss-Substrat Canna Coco, 50 l", "Dünger BioBizz Bio-Grow, 1 l", "Dünger BioBizz Bio-Bloom, 5 l"]
    theirs = ["Canna Coco nyuzi za nazi lita 50", "Mbolea BioBizz Bio-Grow lita 1", "Mbolea BioBizz Bio-Bloom lita 5"]
    assert read_unit_words(ours, theirs)[1] == ["Canna Coco nyuzi za nazi 50 l", "Mbolea BioBizz Bio-Grow 1 l",
                                                "Mbolea BioBizz Bio-Bloom 5 l"]


def test_a_labels_numbers_are_settled_without_counting_the_catalogues_shared_words(monkeypatch):
    # Review R2 of the thirty-ninth session: every line that writes the word counted every title sharing
    # any of its words (5,000 brushes a side: 49.6 s). The titles each line's test visits are counted
    # here, through the index of the other catalogue's words: a few a line, not the catalogue.
    import collections
    import random
    import string

    from benchmark._text import read_unit_words, unit_words

    visited = []

    def counting(kind):
        class Counted(kind):
            def __iter__(self):
                for n in kind.__iter__(self):
                    visited.append(n)
                    yield n
        return Counted

    monkeypatch.setattr(unit_words, "defaultdict", lambda kind: collections.defaultdict(counting(kind)))
    # A brush shop's line beside a shop writing its words on thousands of holders.
    ours = [f"Pinsel Pro Serie {chr(65 + n % 26)}{n} nr {n % 40 + 1}" for n in range(2000)]
    theirs = [f"Кисть {n + 1} mm" for n in range(40)] + [f"Pro Serie Halter Modell Q{n}x" for n in range(2000)]
    assert read_unit_words(ours, theirs)[0] == ours
    # A maker both write on every title, each of ours with a twin of its own name beside it.
    rng = random.Random(1)
    names = ["".join(rng.choice(string.ascii_lowercase) for _ in range(7)) for _ in range(2000)]
    sizes = [36, 38, 40, 42, 44, 46, 48]
    ours2 = [f"Nike {name} size {sizes[n % 7]}" for n, name in enumerate(names)]
    theirs2 = [f"Nike Рулетка {size} cm" for size in sizes] + [f"Nike {name} футболка" for name in names]
    assert read_unit_words(ours2, theirs2)[0] == ours2
    assert len(visited) < 10 * (len(ours) + len(theirs) + len(ours2) + len(theirs2)), len(visited)
