"""Model codes a maker prints in parts, read as one code where the two catalogues show it is one
(issue 9, the thirty-seventh session, "spaced").

The twenty-fifth round's laser levels ("Bosch GLL 3-80 C Professional", "GLM 50-27 CG") were
written by both shops as the maker prints them: series letters, a space, a number with a hyphen
inside it, a suffix letter apart for the beam's colour. `_text.extract` reads each piece alone and
none is a code, so the pairs were found by their words, in two languages, or not at all; and the
red and the green laser shared as much as the red laser's two listings. Small catalogues written
anew here (a maker made up, none a batch's rows), read as the batches are (`tests/kinds_batches.py`)."""

from __future__ import annotations

from benchmark._text import extract
from benchmark.matching.code_spellings import _codes_in_parts
from benchmark.matching.codes import _shared_code
from benchmark.matching.conflicts import _code_conflict
from tests.kinds_batches import read_kind

# A German tool shop against a Polish one, one maker's lasers and meters, the codes written apart
# on both sides; the green laser ("CG") is theirs only, a variant of our red one ("C"); their
# receiver names two of the lasers it works with.
# Both shops fill their brand field; a code read from parts is a conflict only, never evidence, even
# where the brand fields say one maker (review R3 of the thirty-eighth session: one maker's products
# share a span under a label too).
_VELTRA = {"ours": {"brand": "Veltra"}, "theirs": {"brand": "Veltra"}}
LASERS = [
    ("Linienlaser Veltra VLX 4-60 C, rote Linien, Reichweite 30 m", "329.00",
     "Laser liniowy Veltra VLX 4-60 C, czerwona wiązka, zasięg 30 m", "1399.00", _VELTRA),
    (None, None, "Laser liniowy Veltra VLX 4-60 CG, zielona wiązka, zasięg 40 m", "1799.00", _VELTRA),
    ("Kreuzlinienlaser Veltra VCL 2-20 C mit Halterung", "249.00",
     "Laser krzyżowy Veltra VCL 2-20 C z uchwytem", "1049.00", _VELTRA),
    ("Entfernungsmesser Veltra VDM 40-12, 40 m", "89.00",
     "Dalmierz laserowy Veltra VDM 40-12, 40 m", "379.00", _VELTRA),
    (None, None, "Dalmierz laserowy Veltra VDM 60-15, 60 m", "499.00", _VELTRA),
    ("Laserempfänger Veltra VR 5 Professional", "149.00",
     "Odbiornik laserowy Veltra VR 5 do VLX 4-60 C i VCL 2-20 C", "629.00", _VELTRA),
    ("Wasserwaage Veltra Alu 60 cm", "29.90", "Poziomica Veltra aluminiowa 60 cm", "119.00", _VELTRA),
    ("Baustativ Veltra, 55-157 cm", "79.00", "Statyw budowlany Veltra 55-157 cm", "329.00", _VELTRA),
]


def _read(rows: list[tuple]) -> tuple[list, list]:
    ours = [extract(row[0]) for row in rows if row[0]]
    theirs = [extract(row[2]) for row in rows if row[2]]
    _codes_in_parts(ours, theirs)
    return ours, theirs


def test_a_code_printed_in_parts_on_both_sides_is_read_as_one_code_with_its_suffix():
    ours, theirs = _read(LASERS)
    assert "vlx460c" in ours[0].codes and "vlx460c" in theirs[0].codes
    assert "vlx460cg" in theirs[1].codes
    assert "vcl220c" in ours[1].codes and "vdm4012" in ours[2].codes
    # Their other meter's code is theirs only, but its letters are a series' the two shops both
    # write: read, so that it is told apart from ours by its code.
    assert "vdm6015" in theirs[4].codes
    assert _code_conflict(ours[2], theirs[4]) == ("vdm4012", "vdm6015")
    # The red laser's two listings write one code: no conflict between them. Read from parts, it is
    # no evidence either, however `_shared_code` is called (a span under a label has its shape).
    assert _code_conflict(ours[0], theirs[0]) is None
    assert _shared_code(ours[0], theirs[0], {}) is None
    assert _shared_code(ours[0], theirs[0], {}, same_brand=True) is None


def test_the_suffix_printed_apart_is_a_variant_not_a_finish_of_one_model():
    # Written whole, "vlx460c" and "vlx460cg" would be one code with a letter added (a finish); the
    # maker prints its suffix apart, as the beam's colour: two codes that differ.
    ours, theirs = _read(LASERS)
    assert _shared_code(ours[0], theirs[1], {}) is None
    assert _code_conflict(ours[0], theirs[1]) == ("vlx460c", "vlx460cg")


def test_the_suffix_is_read_in_the_series_titles_not_in_every_title_of_the_catalogues():
    # A charger's "USB Typ C" and a vitamin's "Witamina C" write the letter as a word; the lasers'
    # own titles write it only right after their number. Read over every title, the letter was a
    # word and the red laser's "C" and the green one's "CG" one code again (review R6 of the
    # thirty-eighth session); read over the series' titles, they stay two.
    rows = [*LASERS, ("Ladegerät USB Typ C, 20 W", "19.90", "Ładowarka USB typ C, 20 W", "79.00"),
            (None, None, "Witamina C 500 mg, 60 tabletek", "19.00")]
    ours, theirs = _read(rows)
    assert "vlx460c" in ours[0].codes and "vlx460cg" in theirs[1].codes
    assert _code_conflict(ours[0], theirs[1]) == ("vlx460c", "vlx460cg")
    # A title of the series that writes the letter as a word as well ("USB C", "klasa C") leaves it a
    # suffix, which the series' titles write after their number more often (review R1 of the
    # thirty-ninth session: the whole series was read without it, and red and green agreed).
    rows = [("Linienlaser Veltra VLX 4-60 C, rote Linien, Akku mit USB C", "329.00",
             "Laser liniowy Veltra VLX 4-60 C, czerwona wiązka, klasa C", "1399.00", _VELTRA), *LASERS[1:]]
    ours, theirs = _read(rows)
    assert "vlx460c" in ours[0].codes and "vlx460c" in theirs[0].codes and "vlx460cg" in theirs[1].codes
    assert _code_conflict(ours[0], theirs[1]) == ("vlx460c", "vlx460cg")
    # Where the series' titles write it between words more often than after their number, it is a
    # word of their language (Polish "i", and): the kit's code is read without it.
    rows = [*LASERS, (None, None, "Zestaw Veltra VLX 4-60 i statyw i torba", "1499.00", _VELTRA),
            (None, None, "Laser liniowy Veltra VLX 4-60 C z walizką i ładowarką i akumulatorem", "1599.00", _VELTRA)]
    ours, theirs = _read(rows)
    assert "vlx460" in theirs[-2].codes and "vlx460i" not in theirs[-2].codes
    assert "vlx460c" in ours[0].codes and "vlx460c" in theirs[-1].codes


def test_a_title_naming_two_such_codes_carries_neither():
    # The receiver names the two lasers it works with ("do" is "for" in Polish, read by no rule).
    ours, theirs = _read(LASERS)
    receiver = theirs[5]
    assert not {"vlx460c", "vcl220c"} & receiver.codes


def test_words_ranges_and_one_sided_codes_are_not_read_as_codes():
    rows = [
        # A word written elsewhere before a range ("for 10-30"): no series letters.
        ("TV wall mount for 10-30 inch screens", "19.00", "Wall bracket for 10-30 inch TVs", "21.00"),
        (None, None, "Mount kit for large screens", "25.00"),
        # A range with its unit on one side, no letters before it on the other.
        ("Tripod, 55-157 cm", "79.00", "Tripod 55-157 cm aluminium", "81.00"),
        # Letters and a number written apart on one side only.
        ("Laser meter Veltra VDM 40-12", "89.00", "Laser meter Veltra 40 m", "90.00"),
        # A span of years.
        ("Service manual VW 2005-2010", "29.00", "Repair manual VW 2005-2010", "31.00"),
    ]
    ours, theirs = _read(rows)
    assert not any(f.codes for f in ours + theirs)


def test_the_green_laser_written_apart_is_not_matched_as_the_red_one(tmp_path):
    # The code read from parts is a conflict only (a span under a label has its shape, "Ages 2-5":
    # review R3 of the thirty-eighth session): the green laser stays apart from the red one, and no
    # pair is matched on such a code.
    counts, found, truth = read_kind(tmp_path / "lasers", LASERS)
    assert ("O0", "T1") not in found or found[("O0", "T1")]["status"] != "matched", found
    assert not any("same model code vlx" in row.get("reason", "") for row in found.values()), found
    assert not counts["wrong matched"], found
