"""Model codes the eighteenth round of catalogues missed, made general (issue 9, the thirtieth
session, "misses7"). Small catalogues written anew here, none a batch's rows, read through the
commands as the batches are (`tests/kinds_batches.py`).

Two letters and a digit ("NT1", "HW2") are too short to read as a code by their shape alone; the
catalogues say when they are a maker's model (`code_spellings._short_codes`). A number of a year's shape
right after the maker's name ("Mitutoyo 2046") is the maker's number, as "Mitutoyo 2052" is
(`makers_numbers.makers_model`)."""

from __future__ import annotations

from benchmark._text import extract
from benchmark.matching.code_owners import _code_owners
from benchmark.matching.code_spellings import _short_codes
from benchmark.matching.makers_numbers import makers_model
from tests.kinds_batches import read_kind

# A Dutch music shop against a Czech one: microphones named by two letters and a digit after the
# maker's name, which both shops' brand fields write.
MICROPHONES = [
    ("Rode NT1 studiomicrofoon, zwart", "229.00", "Studiový mikrofon Rode NT1 černý", "219.00",
     {"ours": {"brand": "Rode"}, "theirs": {"brand": "Rode"}}),
    (None, None, "Studiový mikrofon Rode NT3 černý", "169.00", {"theirs": {"brand": "Rode"}}),
    ("Shure SM58 dynamische microfoon", "99.00", "Dynamický mikrofon Shure SM58", "95.00",
     {"ours": {"brand": "Shure"}, "theirs": {"brand": "Shure"}}),
    ("Audio-Technica AT2020 condensatormicrofoon", "99.00", "Kondenzátorový mikrofon Audio-Technica AT2020", "95.00",
     {"ours": {"brand": "Audio-Technica"}, "theirs": {"brand": "Audio-Technica"}}),
    ("Rode PSA1 microfoonarm", "109.00", "Mikrofonní rameno Rode PSA1", "99.00",
     {"ours": {"brand": "Rode"}, "theirs": {"brand": "Rode"}}),
    ("Rode SC6 dubbele adapter voor smartphones", "19.00", None, None, {"ours": {"brand": "Rode"}}),
]


def test_two_letters_and_a_digit_after_the_makers_name_are_its_model_code():
    # "NT1" is three characters, shorter than a code (`_text._is_code`): it was a bare "number" of
    # the title, and "studiomicrofoon, zwart" / "Studiový mikrofon ... černý" share no other word.
    # Both catalogues write it right after "Rode", a maker their brand fields write, and no title
    # writes it elsewhere: the maker's model.
    ours = [extract(row[0], (row[4]["ours"] if len(row) > 4 else {}).get("brand")) for row in MICROPHONES if row[0]]
    theirs = [extract(row[2], (row[4]["theirs"] if len(row) > 4 else {}).get("brand"))
              for row in MICROPHONES if row[2]]
    _short_codes(ours, theirs)
    assert "nt1" in ours[0].codes and "nt1" in theirs[0].codes
    # Their NT3, which we do not sell, is written by one shop only: it would identify no pair, and
    # read as a code it would only set titles apart ("model codes differ").
    assert not theirs[1].codes


def test_two_letters_and_a_digit_several_makers_write_are_a_size():
    # "PH2" is a screwdriver's size: written after two makers' names, it names neither's model.
    ours = [extract("Wera PH2 schroevendraaier", "Wera")]
    theirs = [extract("Šroubovák Wiha PH2", "Wiha"), extract("Šroubovák Wera PH2", "Wera")]
    _short_codes(ours, theirs)
    assert not any("ph2" in f.codes for f in ours + theirs)


def test_a_microphone_named_by_two_letters_and_a_digit_finds_our_product(tmp_path):
    counts, found, truth = read_kind(tmp_path / "microphones", MICROPHONES)
    assert found.get(("O0", "T0"), {}).get("status") == "matched", found
    assert not counts["wrong matched"], found


# A German tool shop against an Italian one: dial indicators named by the maker's number, one of
# them of a year's shape ("2046"), written right after the maker's name.
INDICATORS = [
    ("Mitutoyo 2046 Messuhr 0-10 mm, 0,01 mm", "89.00", "Comparatore Mitutoyo 2046, corsa 10 mm, risoluzione 0,01 mm",
     "84.00", {"ours": {"brand": "Mitutoyo"}, "theirs": {"brand": "Mitutoyo"}}),
    (None, None, "Comparatore Mitutoyo 2052, corsa 30 mm, risoluzione 0,01 mm", "149.00",
     {"theirs": {"brand": "Mitutoyo"}}),
    ("Mitutoyo 7305 Dickenmessgerät 0-20 mm", "119.00", "Spessimetro Mitutoyo 7305, 0-20 mm", "112.00",
     {"ours": {"brand": "Mitutoyo"}, "theirs": {"brand": "Mitutoyo"}}),
    ("Mitutoyo 500-196-30 Messschieber digital 150 mm", "139.00", "Calibro digitale Mitutoyo 500-196-30 150 mm",
     "129.00", {"ours": {"brand": "Mitutoyo"}, "theirs": {"brand": "Mitutoyo"}}),
    ("Magnetstativ Noga DG61003", "59.00", "Supporto magnetico Noga DG61003", "55.00",
     {"ours": {"brand": "Noga"}, "theirs": {"brand": "Noga"}}),
]


def test_a_number_of_a_years_shape_right_after_the_makers_name_is_its_number():
    makers = {"mitutoyo", "brunnen"}
    assert makers_model(extract("Mitutoyo 2046 Messuhr 0-10 mm", "Mitutoyo"), makers) == "2046"
    assert makers_model(extract("Comparatore Mitutoyo 2046, corsa 10 mm", "Mitutoyo"), makers) == "2046"
    # A year after a kind's or a line's word is the edition's, as before.
    assert makers_model(extract("Brunnen Wandkalender 2024", "Brunnen"), makers) is None
    assert makers_model(extract("Microsoft Office 2010 Home"), {"microsoft"}) is None


def test_a_year_after_a_maker_that_numbers_nothing_else_stays_a_year():
    # Software named after its maker writes the edition's year right after the name (review R5):
    # Diskeeper numbers no model otherwise, so "2007" is the edition's, not a model's number.
    ours = [extract("Diskeeper 2007 Professional", "Diskeeper")]
    theirs = [extract("Diskeeper 2007 Administrator", "Diskeeper"), extract("Diskeeper 2008 Home", "Diskeeper")]
    owners = _code_owners(ours, theirs)
    assert not owners.numbering and not owners.numbers
    # Mitutoyo writes "7305" after its name: its "2046" is a number of the same kind.
    ours = [extract(row[0], "Mitutoyo") for row in INDICATORS if row[0] and "Mitutoyo" in row[0]]
    theirs = [extract(row[2], "Mitutoyo") for row in INDICATORS if row[2] and "Mitutoyo" in row[2]]
    owners = _code_owners(ours, theirs)
    assert owners.numbering == {"mitutoyo"} and "2046" in owners.numbers


def test_a_dial_indicator_named_by_a_number_of_a_years_shape_is_put_to_a_person(tmp_path):
    # "Messuhr" / "Comparatore" share no word; "2046" was read as a year, no maker's number.
    counts, found, truth = read_kind(tmp_path / "indicators", INDICATORS)
    assert ("O0", "T0") in found and "2046" in found[("O0", "T0")]["reason"], found.get(("O0", "T0"))
    assert not counts["wrong matched"], found
