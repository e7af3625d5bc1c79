"""Another offer of a listing, told by the shop's own titles: a listing whose title is that of
another listing our product took, or its head, with words added after a dash, a bar or a plus
("... - used", "... - 2 pieces", "... + 2 batteries and charger (kit)"), words our title does not
write. `statuses.chosen_rows` proposes such a pair and never matches it.

Why it is read from the titles' shape and not from words: a shop that sells one model new and
also used, on display, with a damaged box, as a pack of two or in a kit gives each offer a listing
of its own, and writes it as the model's title with what makes the offer another set off at the
end. The model code is on all of them, so each scores as sure as the product itself, and the
words that say what the offer is are in the shop's language: the condition words storecheck
knows (`benchmark/_text/conditions.py`) are a few dozen languages', and a list of pack and kit
words would be longer still and never complete. The shape is the same in every language and
script: where the same shop also lists the model without those words, the listing with them is
the other offer, whatever they say; and our product, whose title writes none of them (neither a
word nor a number of them), is the model.

What it leaves alone, so that a true pair stays matched:

- a tail after a comma: titles list what a product is that way ("..., 3 kW, 24 V", "..., body
  only"); a dash or a plus sets an offer apart;
- a tail our title writes a word or a number of ("- 2 pieces" against our "pack of 2"): our
  product may be that offer;
- two listings that each add their own tail to one head ("- black" / "- white"): neither is the
  other plus words (a colour is the comparison's to read);
- a tail that writes a word of the other listing ("Janome 525S - saumavél með 25 sporum, frábær
  fyrir byrjendur" beside "Janome 525S saumavél", a sewing machine "with 25 stitches, great for
  beginners"): it describes the product the other listing names, it does not name another offer of
  it. This leaves a kit whose tail names what the other listing says it lacks ("+ lens" beside
  "body, no lens") to the comparison: the price of reading it would be a true listing lost;
- a head of one word: a maker alone is no model's title;
- a listing no other listing our product took extends: a listing written "model - kind" alone is
  how that shop writes its titles.

It reads only the two catalogues' titles of the pairs kept, so it holds on any catalogue, and a
shop that writes no dash or plus reads as before. A pair our GTIN or MPN names stays matched:
that says which offer it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from benchmark._text.letters import _LETTER, clean

# What sets an offer's words off the model's title: a dash, a bar or a plus between spaces.
_SEPARATOR = re.compile(r"\s[-–—|+]\s")
# A word or a number, in any script, with its combining marks (a Gujarati or Sinhala vowel sign).
_TOKEN = re.compile(_LETTER)
# Words a head needs to be a model's title, not a maker's name.
_HEAD_WORDS = 2


def set_apart(title: object, siblings: list[object], ours: object) -> object | None:
    """The listing among `siblings` (other listings our product took, as their titles) that
    `title` is, with words added after a separator that neither it nor our title (`ours`) writes,
    or None. Not where that sibling is likewise the listing `title` plus words of its own."""
    found = _extends(title, siblings, ours)
    if found is None:
        return None
    return None if _extends(found, [title], ours) is not None else found


def _extends(title: object, siblings: list[object], ours: object) -> object | None:
    """The first sibling whose title starts with `title`'s head (the text before one of its
    separators, at least _HEAD_WORDS words) and writes none of the tail's words, where our title
    writes none of them either."""
    text = clean(title) if isinstance(title, str) else ""
    if not text or not _SEPARATOR.search(text):
        return None
    our_tokens = set(_TOKEN.findall(clean(ours))) if isinstance(ours, str) else set()
    cleaned = [(s, clean(s)) for s in siblings if isinstance(s, str) and s and s != title]
    for separator in _SEPARATOR.finditer(text):
        head, tail = text[: separator.start()].strip(), text[separator.end():]
        tail_tokens = {t for t in _TOKEN.findall(tail) if len(t) > 1 or t.isdigit()}
        if len(_TOKEN.findall(head)) < _HEAD_WORDS or not tail_tokens or tail_tokens & our_tokens:
            continue
        for sibling, other in cleaned:
            if (other.startswith(head) and not _continues_word(other, len(head))
                    and tail_tokens.isdisjoint(_TOKEN.findall(other))):
                return sibling
    return None


def _continues_word(text: str, at: int) -> bool:
    """Does the text go on with a letter or a digit at `at` (the head ends inside a word there)?"""
    return at < len(text) and (text[at].isalnum() or text[at] == "_")


class ShopTitles:
    """One shop's listings by title, for the listings that write another's head
    (`sibling_rows`): where no assignment has said which listings our product took (the answers
    the learning reads, `statuses.Conditions.answers_to_learn_from`). Built on first use."""

    def __init__(self, titles: list[object]) -> None:
        self.titles = titles
        self._sorted: list[tuple[str, int]] | None = None

    def sibling_rows(self, title: object) -> list[int]:
        """The rows of the shop's other titles that start with one of `title`'s heads (the text
        before one of its separators)."""
        text = clean(title) if isinstance(title, str) else ""
        if not text or not _SEPARATOR.search(text):
            return []
        if self._sorted is None:
            self._sorted = sorted((clean(t), n) for n, t in enumerate(self.titles) if isinstance(t, str) and t)
        found: dict[int, None] = {}
        for separator in _SEPARATOR.finditer(text):
            head = text[: separator.start()].strip()
            at = bisect_left(self._sorted, (head, -1))
            while at < len(self._sorted) and self._sorted[at][0].startswith(head):
                other, n = self._sorted[at]
                if other != text:
                    found[n] = None
                at += 1
        return list(found)
