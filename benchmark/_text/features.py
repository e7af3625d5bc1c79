"""`Features`, what the matcher compares of one product, and `extract`, which reads them from its
title, brand, MPN, price and size with the stages of the files beside this one."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from benchmark._text.codes import (_VERSION_PIECE, _YEARISH, _is_code, _is_noise_piece, _is_quantity_like,
                                   _is_title_noise, _joined, part_number)
from benchmark._text.fits import _codes_after_for, _for_spans, _heads, _mask, _third_party
from benchmark._text.letters import _NOT_ALNUM, _PIECE, MAX_TITLE, _marked, brand_key, clean, compact
from benchmark._text.numbers import _ALL_NUMBERS, _NUMBER
from benchmark._text.quantities import (_AGE, _AMPERES, _CLOCK, _KELVIN, _LAMP, _MULTI_DIMENSION, _MULTIPACK_ITEM,
                                        _PACK, _PACK_COUNTED, _PACK_NAMED, _PACK_NAMES, _PER, _QUANTITY, _RANGE_DASHES, _RANGE_LOW,
                                        _RATED,
                                        _SCALE, _TYRE, _UNITS, _has_pack_before, _joined_quantity, _latin_units,
                                        _range_ends, spelt_counts)
from benchmark._text.tokens import _bigram_runs, tokens_of
from benchmark._text.variants import (_CONCENTRATION_WORDS, _CONCENTRATIONS, _CONSOLE_NAMES, _CONSOLES, _GRADED,
                                      _VARIANT_WORDS, _battery, _colours, _ends, _formats, _game_edition, _letter_sizes,
                                      _scent, _stages)
from benchmark._text.words import _DIGIT_HYPHEN, _editions, _joined_counts, _words


# A unit squared or cubed as the title writes it, with the power's sign ("mm²", "м³", "ሚሜ²"):
# letters of any script and the sign, which NFKC writes as a digit ("mm2"), the shape of a short
# model's name ("S3", "PS2"). Written so it is a unit, whichever letters a shop spells it in, and
# no number of the title (`extract`): read as one, "mm²" against "ሚሜ²", one unit in two scripts,
# was two numbers that differ. Only the sign tells it: "R2", "PS2", "CS3" written plainly are names.
_POWERED_UNIT = re.compile(r"[^\W\d_]{1,2}[²³]")


def _powered_units(name: object) -> frozenset[str]:
    """The units the title writes with a power's sign (`_POWERED_UNIT`), cleaned as its pieces are."""
    if not isinstance(name, str) or ("²" not in name and "³" not in name):
        return frozenset()
    return frozenset(clean(m) for m in _POWERED_UNIT.findall(name))


@dataclass(slots=True)
class Features:
    text: str = ""                    # normalised title for fuzzy comparison
    tokens: list[str] = field(default_factory=list)
    codes: frozenset[str] = frozenset()      # model codes from the title and the mpn
    mpn: str | None = None
    # The part number the MPN field holds (`part_number`): the field itself,
    # its one code when it names the product in words ("M531 Red": m531), or
    # None when it holds no code ("Mini Film 2pk").
    part: str | None = None
    numbers: frozenset[str] = frozenset()    # bare numbers
    # The numbers written anywhere in the title (the size field's too) that are none of its pieces: "5.6" of
    # "5.6GHz", "128" of "128GB". Every number and piece is `all_numbers`; held apart, a product holds a
    # set of about two numbers instead of a second copy of its pieces (about 100 MB at 100,000 x 100,000).
    other_numbers: frozenset[str] = frozenset()
    pieces: frozenset[str] = frozenset()       # every word of the title, letters and digits only
    colours: frozenset[str] = frozenset()
    # Letter sizes (`_letter_sizes`): "M" of "T-Shirt weiß Größe M".
    sizes: frozenset[str] = frozenset()
    # A book's formats (`_FORMATS`): "paperback", "ebook", "audiobook".
    formats: frozenset[str] = frozenset()
    # The life stage it is made for (`_STAGES`: "young", "adult", "senior").
    stages: frozenset[str] = frozenset()
    # An adapter's ends, "X to Y" (`_ends`): ("usb-c", "usb-a").
    ends: tuple[str, str] | None = None
    # A power tool sold "bare" or as a "kit" with batteries (`_battery`).
    battery: str | None = None
    # A fragrance's concentrations ("edt", "edp") and "tester" (`_scent`).
    scent: frozenset[str] = frozenset()
    # The consoles a video game is for (`_CONSOLES`): "ps5", "xbox series".
    consoles: frozenset[str] = frozenset()
    # A game's edition where the title names a console (`_game_edition`): "" is the standard game.
    game_edition: str | None = None
    flat: str = ""                             # the title, letters and digits only
    dimensions: frozenset[tuple[float, ...]] = frozenset()  # "96 x 120" -> (96.0, 120.0)
    quantities: dict[str, frozenset[float]] = field(default_factory=dict)
    pack: int | None = None
    brand: str | None = None
    price: float = math.nan
    currency: str | None = None
    # Not the maker's own product: compatible, remanufactured, refurbished.
    compatible: bool = False
    # The names in capitals before "compatible" read as a standard's or a
    # feature's ("pfc", "3d"), not a maker's: the comparison reads them as a
    # maker's where a brand of the catalogues is written so (`_third_party`).
    standards: frozenset[str] = frozenset()
    # Model codes written only after "for" / "compatible with" / "replacement":
    # the product this one fits, not this product.
    targets: frozenset[str] = frozenset()
    # The word before each "for": what this is ("diffuser", "bracket", "drum").
    heads: frozenset[str] = frozenset()
    # Variant words with the word before them: ("pro", "f1a75m").
    variants: frozenset[tuple[str, str]] = frozenset()
    # Numbers that may name an edition, a volume or a sequel, with the word
    # before them (`_editions`): ("2", "rescue") of "Tonka Search & Rescue 2".
    editions: frozenset[tuple[str, str]] = frozenset()
    # A number joined by a hyphen to the word of what it counts, outside units and packs
    # (`_joined_counts`): ("piece", "19") of "19-piece", ("speed", "12") of "12-speed"; or to a
    # second number, a range or a pair of sizes: ("", "50-22") of a frame's "50-22".
    joined_counts: frozenset[tuple[str, str]] = frozenset()
    # Words of the title (letters only, outside "for" stretches) that may name
    # a variant: not stop words, units, pack words, or words of the brand.
    words: frozenset[str] = frozenset()
    # The words the title writes with marks that `clean` folds ("pokémon",
    # "kühlschrank"), folded: one spelling of them among others
    # (`conflicts._unshared`).
    marked: frozenset[str] = frozenset()
    # The other catalogue's part number that this listing's description writes as its own, in a
    # clause of its own after a label (`matching.described_parts`): a pair it names is
    # put to a person, never matched by it alone.
    described: str | None = None
    # A number read as a rating though only an absence said that two makers write it (`matching.ratings`),
    # with the word after it: ("18160", "address") of "Easy Peel 18160 Address Labels". A pair whose
    # titles both write it so is put to a person, never matched by it.
    rated: frozenset[tuple[str, str]] = frozenset()
    # The model codes read from a maker's parts ("gll380c" of "GLL 3-80 C", `matching.code_spellings.
    # _codes_in_parts`): a conflict wherever they differ, never evidence for a pair, since a size or a
    # span under a short label has their shape ("EU 39-42", "Ages 2-5").
    in_parts: frozenset[str] = frozenset()

    @property
    def all_numbers(self) -> frozenset[str]:
        """Every number (and piece) written anywhere in the title: its pieces and `other_numbers`. Built
        on each read: a reader that asks about one number asks `writes_number`."""
        return self.pieces | self.other_numbers if self.other_numbers else self.pieces

    def writes_number(self, number: str) -> bool:
        """Is `number` among `all_numbers`, without building that set?"""
        return number in self.pieces or number in self.other_numbers


def extract(
    name: object, brand: object = None, mpn: object = None, price: object = None, size: object = None,
    currency: object = None,
) -> Features:
    # "128 GB" and "128GB" are one thing: write quantities without the space.
    written = spelt_counts(_latin_units(clean(name)[:MAX_TITLE]))
    # Whether the title reads as a lamp's (`_reads_as_lamp`), asked only of one that writes a flux or a colour
    # temperature: a title without either needs no answer, and the question was a fiftieth of `extract`.
    lamp = None
    text = _QUANTITY.sub(_joined_quantity, written)
    if "eau de " in text:
        text = _CONCENTRATION_WORDS.sub(lambda m: _CONCENTRATIONS[m[0]], text)
    if "playstation " in text:
        text = _CONSOLE_NAMES.sub(r"ps\1", text)
    extra = _latin_units(clean(size)[:100])
    searchable = f"{text} {extra}".strip()
    quantities: dict[str, set[float]] = {}
    unit_spans: list[tuple[int, int]] = []
    tyres = list(_TYRE.finditer(searchable)) if "/" in searchable else []
    unit_spans.extend(m.span() for m in tyres)
    lumens = set()
    for m in _QUANTITY.finditer(searchable):
        if tyres and any(t.start() <= m.start() < t.end() for t in tyres):
            continue  # the load index and speed rating of a tyre ("91V"), no voltage
        if m.group(2) == "lm":
            if lamp is None:
                lamp = _reads_as_lamp(written)
            if not lamp:
                continue
            lumens.add(m.group(0))
        if m.group(2) == "x" and _after_a_fraction_bar(searchable, m.start()):
            continue  # "11-1/8 x 13": the fraction's denominator and a size's "x", no magnification
        per = _PER.match(searchable, m.end())
        if per:
            unit_spans.append((m.start(), per.end()))
            continue
        dimension, factor = _UNITS[m.group(2)]
        try:
            value = float(m.group(1).replace(",", ".")) * factor
        except ValueError:
            continue
        quantities.setdefault(dimension, set()).add(round(value, 3))
        unit_spans.append(m.span())
        # A range that writes its unit once ("3.40-5.60GHz", "18-55mm", "100-240V") names both
        # ends: read as its top only, a processor's "3,8 GHz" / "3.80-5.30GHz" was two clock rates.
        start = m.start()
        low = (_RANGE_LOW.search(searchable, max(0, start - 12), start)
               if start and not _RANGE_DASHES.isdisjoint(searchable[max(0, start - 2):start]) else None)
        if low and _range_ends(low[1], m.group(1)) and float(low[1].replace(",", ".")) * factor < value:
            quantities[dimension].add(round(float(low[1].replace(",", ".")) * factor, 3))
            unit_spans.append(low.span())
    for m in _MULTIPACK_ITEM.finditer(searchable):
        dimension, factor = _UNITS[m.group(2)]
        quantities.setdefault(dimension, set()).add(round(float(m.group(1).replace(",", ".")) * factor, 3))
        unit_spans.append(m.span())
    currents = set()
    if _RATED & quantities.keys():
        for m in _AMPERES.finditer(searchable):
            quantities.setdefault("ampere", set()).add(round(float(m.group(1).replace(",", ".")), 3))
            unit_spans.append(m.span())
            currents.add(m.group(0).replace(".", "").replace(",", ""))
    for m in _KELVIN.finditer(searchable) if "k" in searchable else ():
        if lamp is None:
            lamp = _reads_as_lamp(written)
        if not lamp:
            break
        if 1000 <= int(m.group(1)) <= 10000:
            quantities.setdefault("kelvin", set()).add(float(m.group(1)))
            unit_spans.append(m.span())
    if ":" in searchable or "/" in searchable:
        for m in _SCALE.finditer(searchable):
            quantities.setdefault("scale", set()).add(float(m.group(1)))
            unit_spans.append(m.span())
    pack = None
    # Without a word of "pack of 4", `_PACK` is `_PACK_COUNTED`, which the engine scans for faster.
    for m in (_PACK.finditer(searchable) if _has_pack_before(searchable) else _PACK_COUNTED.finditer(searchable)):
        number = m.group(1) or m.group(3) or m.group(4)
        if number and int(number) > 0:
            pack = max(pack or 1, int(number))
            unit_spans.append(m.span())
    unit_spans.extend(m.span() for m in _AGE.finditer(searchable))
    for m in _PACK_NAMED.finditer(searchable):
        pack = max(pack or 1, _PACK_NAMES[m.group(1)])
    dimensions = set()
    sizes_written_whole = set()
    for m in _MULTI_DIMENSION.finditer(searchable):
        if _MULTIPACK_ITEM.match(searchable, m.start()):
            continue  # "6x200ml" is six items of 200 ml, not 6 by 200
        if _after_a_fraction_bar(searchable, m.start()):
            continue  # "11-1/8 x 13" is no 8 by 13: its first side is a whole number and a fraction
        unit_spans.append(m.span())
        size = tuple(sorted(float(g.replace(",", ".")) for g in m.groups() if g))
        dimensions.add(size)
        # Not begun inside a piece ("AM4 X570" is no 4 by 570), and sides within a factor of 100 of
        # each other, as a thing's are: "4152X1" and "HD 4670X2" are codes with a count after them.
        # Written in whole numbers or with decimals alike: a maker's range shares its sizes across
        # models (mattresses in 140x200, tyres of several treads in 29x2.30), so a size names none.
        if (not m.start() or not searchable[m.start() - 1].isalnum()) and 0 < size[0] and size[-1] <= 100 * size[0]:
            sizes_written_whole.update(_PIECE.findall(m.group(0)))
    codes = set()
    numbers = set()
    for m in tyres:
        dimensions.add(tuple(sorted((float(m.group(1)), float(m.group(2)), float(m.group(3))))))
        if m.group(4):
            numbers.add(m.group(4) + m.group(5))
    title_pieces = _PIECE.findall(text)
    # Its pieces' letters and digits, by the title's one pattern (`_ByScript`): read per piece, the choice cost
    # a tenth of `extract`.
    unjoin = _NOT_ALNUM._for(text)
    joined_pieces = _joined(title_pieces) if text.isascii() else [unjoin.sub("", p) for p in title_pieces]
    for piece, joined in zip(title_pieces, joined_pieces):
        if piece.isalpha():
            continue  # letters only (most pieces): a version and a code both need a digit
        if _VERSION_PIECE.match(piece):
            # The edition's number still tells two editions apart ("v10.0" / "v11.0")
            # and agrees with the number written without its v ("10.0").
            numbers.add(piece[1:].replace(",", "."))
        elif (_is_code(joined) and not _is_title_noise(joined) and not _YEARISH.match(joined)
              and not _is_noise_piece(piece) and joined not in currents):
            codes.add(joined)
    for m in tyres:  # "205/55R16" or "ZR17", written in one piece, is the size and no model code
        codes -= {unjoin.sub("", p) for p in _PIECE.findall(m.group(0))}
    codes -= {unjoin.sub("", p) for p in lumens}  # a lamp's "350lm" is its flux
    # A size written as one piece ("140x200", "1920x1080") is a size, and no model code: a bed's
    # size is shared by every mattress of a maker's range, a screen's by every monitor of it, so
    # read as a code it made a firm and a medium-firm mattress one product. A piece that holds
    # more than the size ("ab140x200") keeps its code.
    codes -= {unjoin.sub("", p) for p in sizes_written_whole}
    # Bare numbers outside quantities: "Air Max 90", "Hyper 212", "Phaser 8550".
    masked = list(searchable)
    for start, end in unit_spans:
        masked[start:end] = " " * (end - start)
    masked_pieces = _PIECE.findall("".join(masked))
    powered = _powered_units(name)
    for piece in masked_pieces:
        if _NUMBER.match(piece) and len(piece) <= 4:
            numbers.add(piece.replace(",", "."))
        elif 2 <= len(piece) <= 3 and piece.isalnum() and not piece.isdigit() and not piece.isalpha():
            # Short variant names: "S3" vs "S4", "4S" vs "5S"; but not a unit written with its power.
            if not _is_quantity_like(piece) and not (powered and piece in powered):
                numbers.add(piece)
    # The MPN field, whole and in pieces ("BK357AA#ABA" -> bk357aaaba, bk357aa),
    # is a model code even where it looks like a size ("7693M").
    mpn_key = compact(mpn)
    part = part_number(mpn) if mpn_key else None
    # A field that names the product in words gives its part number only, and
    # no size or count as a code ("TriCool 92mm DBB", "18-250mm Sony").
    named = part != mpn_key
    if len(part or "") >= 3 and any(c.isdigit() for c in part):
        codes.add(part)
    if mpn_key:
        for piece in _PIECE.findall(clean(mpn)):
            joined = _NOT_ALNUM.sub("", piece)
            if _is_code(joined) and not (named and _is_title_noise(joined)):
                codes.add(joined)
    pieces = frozenset(joined_pieces)
    spans = _for_spans(text)
    own_pieces = _PIECE.findall(_mask(text, spans)) if spans else title_pieces
    own_codes = {unjoin.sub("", p) for p in own_pieces} if spans else set(joined_pieces)
    targets = frozenset(c for c in _codes_after_for(text, spans)
                        if c not in own_codes and c != mpn_key and not _YEARISH.match(c))
    # "ultra slim", "mini keyboard-sized": a word that grades the next one describes, not a variant.
    variants = frozenset() if _VARIANT_WORDS.isdisjoint(own_pieces) else frozenset(
        (p, unjoin.sub("", own_pieces[n - 1])) for n, p in enumerate(own_pieces)
                         if n and p in _VARIANT_WORDS and own_pieces[n - 1] not in _VARIANT_WORDS
                         and "." not in own_pieces[n - 1]
                         and not (n + 1 < len(own_pieces) and own_pieces[n + 1].split("-")[0] in _GRADED))
    # The brand's key, read once for the three uses below.
    key = brand_key(brand)
    compatible, standards = _third_party(name, text, key)
    words = frozenset(_words(own_pieces, key))
    return Features(
        text=_bigram_runs(text),
        tokens=tokens_of(text, title_pieces),
        codes=frozenset(codes),
        mpn=mpn_key or None,
        part=part,
        numbers=frozenset(numbers),
        other_numbers=frozenset(_ALL_NUMBERS.findall(searchable)).difference(pieces),
        pieces=pieces,
        colours=_colours(title_pieces),
        sizes=_letter_sizes(title_pieces),
        formats=_formats(title_pieces, text),
        stages=_stages(title_pieces),
        ends=_ends(title_pieces),
        battery=_battery(text, quantities) if "volt" in quantities or "charge" in quantities else None,
        scent=_scent(text) if "ed" in text or "extrait" in text else frozenset(),
        consoles=(consoles := frozenset(m[1] or f"nintendo {m[2]}" for m in _CONSOLES.finditer(text))
                  if "ps" in text or "xbox" in text or "switch" in text else frozenset()),
        game_edition=_game_edition(text) if consoles else None,
        flat="".join(joined_pieces),
        dimensions=frozenset(dimensions),
        quantities={k: frozenset(v) for k, v in quantities.items()},
        pack=pack,
        brand=key,
        price=_float(price),
        currency=clean(currency).upper() or None,
        compatible=compatible,
        standards=standards,
        targets=targets,
        heads=frozenset(_heads(text, spans)) if targets else frozenset(),
        variants=variants,
        words=words,
        marked=_marked(name, words) if words and not str(name).isascii() else frozenset(),
        editions=frozenset(_editions(title_pieces, text, numbers)),
        joined_counts=_joined_counts(masked_pieces, codes) if _DIGIT_HYPHEN.search(text) else frozenset(),
    )


def _after_a_fraction_bar(text: str, start: int) -> bool:
    """Is the number at `start` a fraction's denominator ("1/8" of "11-1/8 x 13")? Read as a
    magnification ("8x") or a size's first side ("8 x 13"), it cut the whole number and the
    numerator from it ("11-1", a range against the "40-50" hp a propeller fits)."""
    if start < 2 or text[start - 1] != "/" or not text[start - 2].isdigit():
        return False
    begin = start - 2
    while begin and text[begin - 1].isdigit():
        begin -= 1
    # A numerator of its own, not the end of a code ("iPF5x00/6x00S").
    return not begin or not (text[begin - 1].isalpha() or text[begin - 1] in "._")


def _reads_as_lamp(written: str) -> bool:
    """Does the title (as `extract` writes it before joining its quantities) read as a lamp's, whose flux
    and colour temperature are read (`_LAMP`, `_CLOCK`)?"""
    return (("lm" in written or "lumen" in written or "k" in written) and bool(_LAMP.search(written))
            and not _CLOCK.search(written))


def _float(value: object) -> float:
    if value is None:
        return math.nan
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number if number > 0 and math.isfinite(number) else math.nan
