"""A compiled pattern tried only on the texts that hold one of the literals
every match of it needs: `extract` runs a dozen patterns on every title, and
those that open with a lookbehind ("not after a letter") are tried at every
position of it, where a substring test skips most titles at a fiftieth of
the cost. The literals are read from the pattern itself, so a pattern
changed keeps its gate right without a line written here.
"""

from __future__ import annotations

import re
try:
    # CPython's own parser of patterns (3.11 and later), private: a Python where it has moved or
    # changed shape gets every pattern ungated, the same answers at the old cost, never an error.
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _parse  # type: ignore[attr-defined]

    _REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - only on such a Python
    _sre = _parse = None
    _REPEATS = ()


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Literals one of which every match of `pattern` holds, or None when
    no such set is read (a pattern of classes only, or case-insensitive)."""
    if pattern.flags & re.IGNORECASE or _parse is None:
        return None
    try:
        return _required(_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # a parser of another shape: ungated rather than a gate read wrong
        return None


def _required(items) -> frozenset[str] | None:
    """Of a sequence: each run of plain characters is needed, and so is
    what each group, each alternation (one of its branches' sets) and each
    repeat of at least one needs; the most selective of them is kept (its
    shortest literal the longest, then the fewest literals)."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        needed = None
        if op is _sre.SUBPATTERN:
            # (group, flags added, flags removed, items): a group made case-insensitive needs no literal as written.
            if not av[1] & re.IGNORECASE:
                needed = _required(av[-1])
        elif op is _sre.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            if all(branches):
                needed = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            needed = _required(av[2])
        # Anything else (a class, a lookaround, an anchor, a back reference) needs no literal here.
        if needed:
            found.append(needed)
    if run:
        found.append(frozenset([run]))
    return max(found, key=lambda s: (min(map(len, s)), -len(s)), default=None)


class Gated:
    """`pattern`, answering "no match" at once for a text that holds none of
    its `required_literals`; otherwise the pattern's own answer. The same
    results as the pattern on every text. One literal is looked for with
    `in`, several with one pattern of them all (`one_of`), which the engine
    scans by their first letters (a third of the cost of testing each in turn)."""

    __slots__ = ("pattern", "literals", "_may")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        literals = required_literals(pattern)
        self.literals = tuple(sorted(literals, key=lambda x: (-len(x), x))) if literals else ()
        if not self.literals:
            self._may = _always
        elif len(self.literals) == 1:
            self._may = _contains(self.literals[0])
        else:
            self._may = _any_of(self.literals)

    def finditer(self, text: str, *bounds: int):
        return self.pattern.finditer(text, *bounds) if self._may(text) else iter(())

    def findall(self, text: str, *bounds: int) -> list:
        return self.pattern.findall(text, *bounds) if self._may(text) else []

    def search(self, text: str, *bounds: int):
        return self.pattern.search(text, *bounds) if self._may(text) else None

    def match(self, text: str, *bounds: int):
        return self.pattern.match(text, *bounds) if self._may(text) else None

    def fullmatch(self, text: str, *bounds: int):
        return self.pattern.fullmatch(text, *bounds) if self._may(text) else None

    def sub(self, replacement, text: str, count: int = 0) -> str:
        return self.pattern.sub(replacement, text, count) if self._may(text) else text

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


def _always(text: str) -> bool:
    return True


def _contains(literal: str):
    def may(text: str) -> bool:
        return literal in text
    return may


def _any_of(literals: tuple[str, ...]):
    # The pattern's own search: a match or None is the gate's answer, with no call of Python's around it.
    return re.compile(one_of(literals)).search


def one_of(literals) -> str:
    """A pattern found where one of `literals` starts, each run of first letters
    the literals share written once: ("refurbished", "reconditioned", "renewed")
    as "re(?:furbished|conditioned|newed)".

    The engine tries a pattern's branches one after the other at every position
    of a text, so a flat "a|b|c" of the 56 words of `conditions._CONDITION`
    tried 56 branches at each letter of a title; written so, it tries a branch
    per first letter there, and goes on only where one is: 4.7-5.0 -> 2.1-2.3 us
    a title of `bench/match.py` (bench/history/match-speed.md, twenty-eighth
    session). Where it is found is where the flat alternation finds one of them,
    which is all a gate asks; which literal it reports may differ (a literal
    that another extends stands for both: "second" for "second hand").

    >>> one_of(["renewed", "refurbished", "reconditioned", "used"])
    're(?:conditioned|furbished|newed)|used'
    >>> one_of(["second", "second hand"])
    'second'
    """
    branches: dict[str, list[str]] = {}
    for literal in sorted(set(literals)):
        branches.setdefault(literal[:1], []).append(literal[1:])
    out = []
    for first, rests in branches.items():
        if not first or "" in rests:
            # The literal itself ends here (or is empty): finding it is enough, whatever follows.
            out.append(re.escape(first))
        elif len(rests) == 1:
            out.append(re.escape(first + rests[0]))
        else:
            # Their shared letters, written once before the branches that differ (none, where
            # one literal is those letters: it is found wherever the others are).
            shared = _common_prefix(rests)
            out.append(re.escape(first + shared) + ("" if shared in rests
                                                    else f"(?:{one_of([rest[len(shared):] for rest in rests])})"))
    return "|".join(out)


def _common_prefix(words: list[str]) -> str:
    low, high = min(words), max(words)
    n = 0
    while n < len(low) and low[n] == high[n]:
        n += 1
    return low[:n]
