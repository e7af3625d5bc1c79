"""Numbers and counts written another way (issue 9): a count spelt out ("Set of Two", "lot de
deux", "set da sei") and a shade range that is no model code ("DIN 5/8/9-13"). Each catalogue is built in code as the batches set aside are
(`tests/kinds_batches.py`), in several languages, with a sibling that must not be matched.
"""

from __future__ import annotations

import pytest

from benchmark._text import extract
from benchmark._text.number_words import NUMBER_WORDS
from tests.conftest import require
from tests.kinds_batches import Row, read_rows_priced


def _read(tmp_path, rows: list[Row], label: str, currency: str | None = None):
    return read_rows_priced(tmp_path / label, rows, (), currency)


def _found_and_nothing_wrong(counts, found, truth) -> None:
    assert counts["true matched"] + counts["true proposed"] == len(truth), found
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# --- counts spelt out ---------------------------------------------------------------------------

# Our German shop writes its sets "2er-Set"; theirs, a department store's feed in each language,
# write the maker, the line and the grape, and spell the count.
def _sets(counts: dict[int, str]) -> list[Row]:
    return [
        ("Riedel Vinum Riesling 2er-Set", "49.90", f"Riedel Vinum Riesling, {counts[2]}", "42.00"),
        (None, None, f"Riedel Vinum Riesling, {counts[4]}", "79.00"),
        ("Riedel Vinum Riesling 6er-Set", "139.00", f"Riedel Vinum Riesling, {counts[6]}", "119.00"),
        ("Spiegelau Style Bier 4er-Set", "29.90", f"Spiegelau Style Bier, {counts[4]}", "26.00"),
        (None, None, f"Spiegelau Style Bier, {counts[12]}", "72.00"),
        (None, None, f"Spiegelau Style Bier, {counts[2]}", "16.00"),
    ]


SETS_SPELT: dict[str, list[Row]] = {
    "English": _sets({2: "Set of Two", 4: "Set of Four", 6: "Set of Six", 12: "Set of Twelve"}),
    "French": _sets({2: "lot de deux", 4: "lot de quatre", 6: "lot de six", 12: "lot de douze"}),
    "Italian": _sets({2: "set da due", 4: "set da quattro", 6: "set da sei", 12: "set da dodici"}),
    "Dutch": _sets({2: "set van twee", 4: "set van vier", 6: "set van zes", 12: "set van twaalf"}),
    "Spanish": _sets({2: "set de dos", 4: "set de cuatro", 6: "set de seis", 12: "set de doce"}),
}


@pytest.mark.parametrize("language", SETS_SPELT)
def test_a_count_spelt_out_finds_our_set_and_not_its_siblings(tmp_path, language):
    # Their "Set of Two" is our "2er-Set", and their "Set of Four" of the same glass is not: each
    # set of ours found with its own count, none matched or put to a person with another.
    counts, found, truth = _read(tmp_path, SETS_SPELT[language], language)
    _found_and_nothing_wrong(counts, found, truth)


@pytest.mark.parametrize(("title", "pack"), [
    ("Riedel Vinum Wine Glasses, Set of Two", 2),
    ("Spiegelau Beer Glasses, Set of Twelve", 12), ("Verres à vin, lot de quatre", 4),
    ("Calici, set da sei", 6), ("Wijnglazen, set van twee", 2), ("Duracell AA Four-Pack", 4),
    ("Teelichter zwanzig Stück", 20), ("Pack of Twenty-Four Cans", 24),
])
def test_a_count_spelt_out_is_read_as_the_count(title, pack):
    assert extract(title).pack == pack


@pytest.mark.parametrize("title", [
    "Four Roses Bourbon", "Xbox One Controller", "Elf Bar 600", "One Piece Box Set Vol. 1", "Lot de un verre",
    "Set of One Wrench",
])
def test_a_number_word_elsewhere_is_no_count(title):
    # A number word that names a product, or a count of one (the article of most languages).
    assert extract(title).pack is None


def test_the_number_words_are_cldrs_spell_out_rules():
    # The table is generated from the Unicode CLDR's spell-out rules, not written by hand.
    try:
        import unicode_rbnf  # noqa: F401
    except ImportError:
        require(False, "unicode-rbnf is not installed (the test extra installs it)")
    from benchmark._text.number_words import _generated

    assert NUMBER_WORDS == _generated()
    assert NUMBER_WORDS["en"]["two"] == 2 and NUMBER_WORDS["de"]["zwolf"] == 12 and NUMBER_WORDS["fr"]["deux"] == 2


# --- a shade range is no model code -------------------------------------------------------------

# A welding filter's shades, which every filter of a range writes; the model is the code beside them.
HELMETS: dict[str, list[Row]] = {
    language: [
        ("3M Speedglas 9100XX Schweißmaske mit Filter 5/8/9-13", "539.00", f"{kind} 3M Speedglas 9100XX, DIN 5/8/9-13", price[0]),
        (None, None, f"{kind} 3M Speedglas 9100V, DIN 5/8/9-13", price[1]),
        (None, None, f"{kind} 3M Speedglas G5-01, DIN 5/8/9-13", price[0]),
        ("Optrel Crystal 2.0 Automatik-Schweißhelm DIN 4/5-12", "379.00", f"{kind} Optrel Crystal 2.0, DIN 4/5-12", price[2]),
        (None, None, f"{kind} Optrel Panoramaxx CLT 2.0, DIN 4/5-12", price[3]),
    ]
    for language, kind, price in (("Czech", "Kukla", ("13490", "12490", "9490", "10990")),
                                   ("Polish", "Przyłbica spawalnicza", ("2290", "2090", "1590", "1890")),
                                   ("English", "Welding helmet", ("469.00", "429.00", "329.00", "389.00")))
}


@pytest.mark.parametrize("language", HELMETS)
def test_a_shade_range_names_no_model(tmp_path, language):
    # Their "9100V" and "G5-01" beside our "9100XX": the shades all three write are no code they
    # share, so neither is put to a person as another listing of our helmet.
    counts, found, truth = _read(tmp_path, HELMETS[language], language, {"Czech": "CZK", "Polish": "PLN"}.get(language))
    _found_and_nothing_wrong(counts, found, truth)


@pytest.mark.parametrize(("title", "code"), [
    ("3M Speedglas 9100XX DIN 5/8/9-13", "58913"), ("Hex bolt 5/16-18 zinc", "51618"),
])
def test_values_listed_with_slashes_and_a_hyphen_are_no_code(title, code):
    assert code not in extract(title).codes


def test_a_part_number_with_slashes_and_a_hyphen_stays_a_code():
    assert "1220008030" in extract("Dichtung 12/2000/80-30").codes
