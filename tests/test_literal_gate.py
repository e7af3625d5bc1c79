"""The literal gate of `extract`'s patterns: the literals read from a pattern, and
the same answers as the pattern itself on every text."""

from __future__ import annotations

import random
import re

import pytest

from benchmark import _text
from benchmark._literal_gate import Gated, one_of, required_literals
from benchmark._text import conditions


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"(?<![^\W_])(dual|twin)[\s-]?pack(?![^\W_])", {"pack"}),
    (r"\d+\s?x\s?\d+", {"x"}),
    (r"ages?\s\d|\(\d\s?\+\)", {"age", "+)"}),
    (r"(?:ab|de)\s\d+\s(?:jahren?|years?)", {"jahre", "year"}),
    (r"(?:ab)+c", {"ab"}),
    (r"\d+(?:[.,]\d+)?", None),          # classes only
    (r"foo|\d+", None),                   # one branch needs no literal
    (r"(?:foo)?\d+", None),               # an optional group needs nothing
    (r"(?i:pack)\d", None),               # a case-insensitive group needs no literal as written
])
def test_the_literals_every_match_needs(pattern, literals):
    found = required_literals(re.compile(pattern))
    assert (set(found) if found else None) == literals


def test_a_case_insensitive_pattern_has_no_gate():
    assert required_literals(re.compile("pack", re.I)) is None
    gated = Gated(re.compile("pack", re.I))
    assert gated.search("6 PACK").group() == "PACK"


def test_a_python_without_the_private_parser_leaves_every_pattern_ungated(monkeypatch):
    from benchmark import _literal_gate

    monkeypatch.setattr(_literal_gate, "_parse", None)
    gated = Gated(re.compile(r"\d+\s?x\s?\d+"))
    assert required_literals(re.compile(r"\d+\s?x\s?\d+")) is None and gated.literals == ()
    assert gated.search("2 x 3").group() == "2 x 3" and gated.search("none") is None


def _texts(pattern: re.Pattern, literals: tuple[str, ...]) -> list[str]:
    """Titles of the shapes the pattern reads, with and without its literals,
    and random strings made of its literals, digits and separators."""
    rng = random.Random(5)
    pieces = [*literals, "2", "12", "6x", "200ml", " ", "-", "+", "(", ")", "/", "ab", "des", "3", "x", "and up"]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    return [*made, "", "twin pack 2", "ages 8+", "(14+)", "ab 3 jahren", "6x200ml", "4,0 x 40 mm", "2 x 3 x 4",
            "refurbished hp toner", "compatible with", "dual-pack", "100 x 200", "10+ jahre", "6-36 monate"]


@pytest.mark.parametrize("name", ["_AGE", "_PACK_NAMED", "_MULTI_DIMENSION", "_MULTIPACK_ITEM", "_COMPATIBLE"])
def test_a_gated_pattern_answers_as_the_pattern(name):
    gated = getattr(_text, name)
    assert isinstance(gated, Gated) and gated.literals
    pattern = gated.pattern
    for text in _texts(pattern, gated.literals):
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
        assert gated.findall(text) == pattern.findall(text), text
        assert bool(gated.search(text)) == bool(pattern.search(text)), text
        assert bool(gated.match(text, 0)) == bool(pattern.match(text, 0)), text
        assert gated.sub("#", text) == pattern.sub("#", text), text


@pytest.mark.parametrize("literals", [
    ("renewed", "refurbished", "reconditioned", "used"), ("second", "second hand"), ("ab", "a", "abc"),
    ("x+", "(x", "b-ware", "d'occasion", "б/у", "中古"), ("pack",),
])
def test_one_of_finds_a_literal_where_their_alternation_does(literals):
    flat, shared = re.compile("|".join(map(re.escape, literals))), re.compile(one_of(literals))
    rng = random.Random(11)
    pieces = [*literals, *(w[:-1] for w in literals), "a", "e", " ", "-", "x"]
    for text in ["", *literals, *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(3000))]:
        assert bool(shared.search(text)) == bool(flat.search(text)), text
        assert (found.start() if (found := shared.search(text)) else None) == (
            found.start() if (found := flat.search(text)) else None), text


@pytest.mark.parametrize("gated", [_text._AGE, _text._COMPATIBLE, conditions._CONDITION, conditions._TAG],
                         ids=["_AGE", "_COMPATIBLE", "_CONDITION", "_TAG"])
def test_a_gate_of_many_literals_shares_their_first_letters(gated):
    # The gate's pattern writes each run of first letters its literals share once (`one_of`), and
    # answers as the alternation of them all on texts of the shapes the pattern reads.
    assert len(gated.literals) > 2 and gated._may.__self__.pattern == one_of(gated.literals)
    flat = re.compile("|".join(map(re.escape, gated.literals)))
    for text in _texts(gated.pattern, gated.literals):
        assert bool(gated._may(text)) == bool(flat.search(text)), text
