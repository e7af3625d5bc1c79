"""Shop suffixes: the letters after a model code's last digit that each shop writes for its own
market on one maker's models ("GA-2100-1A1ER" in Europe, "GA-2100-1A1DR" in Asia), learnt from
the two catalogues (`_shop_suffixes`) into `code_owners.CodeOwners.suffixes`, so that
`codes._shop_suffixed` reads the two codes as one model; and the reading of a code's ending
(`letters_after_digit`, `suffixes_apart`) that `codes` shares. Letters after a digit also name
real variants ("HL-L6200DN" / "HL-L6200DW"): only the catalogues can say which an ending is. And
a maker's suffix written apart, as a word after its code ("GL1 TBS", "AW54 JR"), which a shop's
own listings of the code show to tell them apart (`_suffix_words` into
`code_owners.CodeOwners.suffix_words`, read pair by pair as a variant by `suffix_word_apart`)."""

from __future__ import annotations

import re
from collections import defaultdict

from benchmark._text import _COLOURS, Features
from benchmark.matching.code_spellings import MIN_EXTENDED


# The letters a code ends with, after its last digit ("er" of "ga21001a1er").
_LETTERS_AFTER_DIGIT = re.compile(r"(?<=\d)[a-z]+$")
# Two suffixes read as each shop's own writing of one model only when the catalogues show
# that same two on this many models or more (`_shop_suffixes`).
SHOP_SUFFIX_MODELS = 2
# The shortest bare code read against a shop's ending (`_shop_suffixes`): a code, as `_text._is_code`
# asks of any ("SM58" of "SM58-LCE").
MIN_BARE = 4


def letters_after_digit(code: str) -> tuple[str, str] | None:
    """(the code to its last digit, the letters after it), or None when it ends with a digit."""
    found = _LETTERS_AFTER_DIGIT.search(code)
    return (code[:found.start()], found.group()) if found else None


def suffixes_apart(x: str, y: str) -> tuple[str, str, str] | None:
    """Two codes written alike to their last digits and in the letters that follow, but for the
    letters each ends with: (what they share, x's end, y's end), both ends letters;
    "ga21004aer" / "ga21004adr" -> ("ga21004a", "er", "dr"). None for any other two codes."""
    split_x, split_y = letters_after_digit(x), letters_after_digit(y)
    if split_x is None or split_y is None or split_x[0] != split_y[0]:
        return None
    tail_x, tail_y = split_x[1], split_y[1]
    same = 0
    while same < len(tail_x) and same < len(tail_y) and tail_x[same] == tail_y[same]:
        same += 1
    if same == len(tail_x) or same == len(tail_y):
        return None
    return split_x[0] + tail_x[:same], tail_x[same:], tail_y[same:]


def _shop_suffixes(ours: list[Features], theirs: list[Features]) -> frozenset[tuple[str, str]]:
    """(our suffix, their suffix) pairs that are the two shops' ways of writing one model, read
    from the two catalogues: makers sell one model under a suffix per market ("GA-2100-1A1ER" in
    Europe, "GA-2100-1A1DR" in Asia; "KLF03CREU" / "KLF03CRUK" the plug), and each shop writes the
    suffix of its own market on every code of that maker. Letters after a code's last digit also
    name real variants ("HL-L6200DN" / "HL-L6200DW", a colour "BLK" / "RED"), so two codes one
    such ending apart stay two models (`codes._siblings`) unless the catalogues say otherwise here:

    - each of the two endings is written by one shop only: no code of theirs ends with our
      suffix and no code of ours with theirs. A shop that sells both (an "EU" and a "UK" kettle)
      shows they are two products, and so does any variant ending both shops write ("dw");
    - the same two endings stand on SHOP_SUFFIX_MODELS models or more, each written otherwise
      alike to the same letters (`suffixes_apart`): one model apart by two endings is as likely
      two variants of which each shop sells one; a suffix that each shop writes on model after
      model is its convention;
    - what the two codes share is a code of MIN_EXTENDED characters or more, as a code must be
      to be read as extended by a suffix (`code_spellings._extends`).

    One shop may write the maker's bare code where the other adds its ending: ("lce", "") where
    our shop writes "SM58-LCE" and "SM57-LCE" and theirs "SM58" and "SM57" (a maker's packing
    code, read by nothing else where the bare code is too short to be read as extended, under
    MIN_EXTENDED). The same conditions hold, the empty ending aside: the ending written by one shop
    only, on SHOP_SUFFIX_MODELS models or more; the bare code a code (MIN_BARE characters or more);
    and the shop that writes the ending never writes the bare code too (then the two are two of its
    products, as "NT1" and "NT1-A" are).

    Counted on the codes of these two catalogues, as the codes' owners are, so it holds for any
    two shops: on the shared sets (Walmart-Amazon, Amazon-Google, WDC as catalogues, both ways
    round) no two endings pass, since the ones two models show are variants both shops write.
    Only our side's ending is asked of our codes and theirs of theirs: two listings of one shop
    compared (`assignment`) never read it, since a code of theirs ends with no suffix of ours."""
    # Each code split once (the letters after its last digit), for the pairing and the endings below.
    our_splits = {code: letters_after_digit(code) for f in ours for code in f.codes}
    their_splits = {code: letters_after_digit(code) for f in theirs for code in f.codes}
    their_tails: dict[str, list[str]] = defaultdict(list)
    for code, split in their_splits.items():
        if split:
            their_tails[split[0]].append(code)
    models: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, split in our_splits.items():
        for other in their_tails.get(split[0], ()) if split else ():
            apart = suffixes_apart(code, other)
            if apart and len(apart[0]) >= MIN_EXTENDED:
                models[apart[1], apart[2]].add(apart[0])
    # A shop's ending against the other's bare code ("sm58lce" / "sm58"): the model, where the shop
    # that writes the ending does not write the bare code too (then they are two of its products).
    for splits, others, ours_ending in ((our_splits, their_splits, True), (their_splits, our_splits, False)):
        for split in splits.values():
            if split and len(split[0]) >= MIN_BARE and split[0] in others and split[0] not in splits:
                models[(split[1], "") if ours_ending else ("", split[1])].add(split[0])
    if not any(len(shared) >= SHOP_SUFFIX_MODELS for shared in models.values()):
        return frozenset()
    # Only the endings of the lengths asked below are gathered: whether a shop writes an ending
    # is whether one of its codes' letters ends with it, read at that ending's length.
    lengths = sorted({len(ending) for pair in models for ending in pair if ending})

    def endings(splits: dict[str, tuple[str, str] | None]) -> set[str]:
        out = set()
        for split in splits.values():
            if split:
                tail = split[1]
                out.update(tail[-n:] for n in lengths if n <= len(tail))
        return out
    our_endings, their_endings = endings(our_splits), endings(their_splits)
    each_shops = {(mine, their) for mine, their in models if mine not in their_endings and their not in our_endings}
    # Two endings that each end with a shorter pair of the shops' endings seen apart are that pair
    # and a variant before it: "creu" / "bluk" is the EU / UK plug on a cream and a black kettle.
    # (An ending against a bare code has no shorter pair of that kind.)
    return frozenset((mine, their) for mine, their in each_shops if len(models[mine, their]) >= SHOP_SUFFIX_MODELS
                     and not any((m, t) != (mine, their) and m and t and mine.endswith(m) and their.endswith(t)
                                 for m, t in each_shops))


def _suffix_words(sides: tuple[list[Features], ...], codes: set[str] | frozenset[str]
                  ) -> dict[str, dict[str, frozenset[str]]]:
    """code -> the words of letters that are a maker's suffix of it written apart ("GL1 TBS", a
    finish; "AW54 JR", a smaller body) -> the titles that show it (`Features.text`), read from the
    catalogues: a shop that lists one code twice, once with a word right after it that its other
    listing leaves out before the same next word ("Ibanez GA3 VLS guitarra clássica" / "Ibanez GA3
    guitarra clássica"), or with another such word in its place ("GA3 VLS guitarra" / "GA3 BKS
    guitarra"), shows that the word tells its listings of the code apart; that other listing is the
    title that shows it. A word either shop writes anywhere but right after a code ("nova", "black
    case") is a word of its language, not a maker's suffix, and is read as before; so is a word at a
    title's end, where no next word says it was put between the code and the rest. The suffixes
    glued to a code are another reading (`_shop_suffixes`, `codes._siblings`); this one asks no list
    of finishes or colours of any language, only the two catalogues in front of the matcher.

    Only `codes` are read: the codes on two listings or more of a side and on no more than a model's
    (`code_owners._code_owners` says which); a code on one listing shows nothing, and most are."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for side in sides:
        # code -> (title, the word right after the code, the word after that) on each listing writing it.
        places: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
        for f in side:
            if not f.codes or f.codes.isdisjoint(codes):
                continue
            tokens = f.tokens
            for n, token in enumerate(tokens[:-1]):
                if token in codes and token in f.codes:
                    places[token].append((f.text, tokens[n + 1], tokens[n + 2] if n + 2 < len(tokens) else None))
        for code, written in places.items():
            if len(written) < 2:
                continue
            for text, after, following in written:
                if following is None or not after.isalpha():
                    continue
                shown = {other for other, other_after, other_following in written if other != text and (
                    other_after == following or (
                        other_after != after and other_after.isalpha() and other_following == following))}
                if shown:
                    found[code][after] |= shown
    if not found:
        return {}
    wanted = {word for words in found.values() for word in words}
    # Each word looked for until it is found elsewhere: a word of the language is found in the first
    # titles that write it, and the titles that write none of the words left are not walked.
    left = set(wanted)
    for side in sides:
        for f in side:
            if left.isdisjoint(f.tokens):
                continue
            tokens = f.tokens
            for n, t in enumerate(tokens):
                if t in left and not (n and tokens[n - 1] in f.codes):
                    left.discard(t)
            if not left:
                break
    elsewhere = wanted - left
    kept = {code: {word: frozenset(shown) for word, shown in words.items() if word not in elsewhere}
            for code, words in found.items()}
    return {code: words for code, words in kept.items() if words}


def suffix_word_apart(a: Features, b: Features,
                      words: dict[str, dict[str, frozenset[str]]] | None) -> tuple[str, str] | None:
    """(the suffix, the code): a code both titles write, right after which one of them writes a word
    that the catalogues show to be a maker's suffix of that code (`_suffix_words`) and the other
    title does not write, where the other is one of the titles that show it (the shop's listing
    of the code without it), or writes right after the code a word of letters of its own, which
    the first does not write: "GL1 NT" / "GL1 TBS", two finishes of one model. None where there
    is none. A title of the other shop that writes nothing of letters right after the code
    ("Crucial MX500 250GB" / "Crucial 250GB MX500 INT") may be the model itself or another shop's
    wording of the suffixed listing, and is read as before. A variant of the model, as a variant
    word after a shared code is (`conflicts._variant_conflict`)."""
    if not words:
        return None
    for code in a.codes & b.codes:
        suffixes = words.get(code)
        if not suffixes:
            continue
        after_a, after_b = _words_after(a, code), _words_after(b, code)
        for x, other, mine, theirs in ((a, b, after_a, after_b), (b, a, after_b, after_a)):
            for word in mine & suffixes.keys():
                # A colour the other title names in its own words ("SB50 Grey" / "SB50, grau") is the same
                # finish: the colours' reading compares them (`scoring.compare`).
                if word not in other.tokens and _COLOURS.get(word) not in other.colours and (
                        other.text in suffixes[word] or any(t not in x.tokens for t in theirs)):
                    return word, code
    return None


def _words_after(f: Features, code: str) -> set[str]:
    """The words of letters a title writes right after the code."""
    tokens = f.tokens
    return {tokens[n + 1] for n, token in enumerate(tokens[:-1]) if token == code and tokens[n + 1].isalpha()}
