"""Words that tell the variants of one product apart: colours, letter sizes, book formats, life
stages, an adapter's ends, a tool's battery, a fragrance's concentration, a game's console and edition."""

from __future__ import annotations

import re

# A power tool sold without a battery ("solo", "body only", "ohne Akku",
# "sans batterie") is another product than the same tool in a kit with
# batteries, which the kit's title rates in ampere-hours ("2 x 4,0 Ah"):
# makers sell both under one model code ("GSR 18V-55", "DCD796"). "Solo"
# alone names the bare tool only beside a voltage, since it is also a
# product's name ("Beats Solo") and Italian and Spanish for "only".
_BARE = re.compile(
    r"(?<![^\W_])(?:body only|bare(?: tool| unit)?|tool only|naked|ohne (?:akkus?|batterie|akku und ladegerat)|"
    r"sans (?:batterie|batteries|accu)|senza batteri[ae]|sin baterias?|zonder accu|"
    r"without (?:a )?batter(?:y|ies)|no batter(?:y|ies)|batter(?:y|ies) not included)(?![^\W_])"
)
_SOLO = re.compile(r"(?<![^\W_])solo(?![^\W_])")


# Colour words, several languages, mapped to one name: a colour on both sides
# that differs is a different variant.
_COLOURS = {
    **{c: c for c in ("black", "white", "red", "blue", "green", "yellow", "pink", "purple", "orange", "brown", "grey",
                      "silver", "gold", "beige", "violet", "navy", "teal", "turquoise", "magenta", "cyan", "bronze",
                      "ivory", "charcoal", "burgundy", "maroon", "khaki", "lime", "olive", "rose", "copper")},
    "gray": "grey",
    "schwarz": "black", "weiss": "white", "rot": "red", "blau": "blue", "grun": "green", "gelb": "yellow",
    "noir": "black", "blanc": "white", "rouge": "red", "bleu": "blue", "vert": "green", "jaune": "yellow",
    "negro": "black", "blanco": "white", "rojo": "red", "azul": "blue", "verde": "green", "amarillo": "yellow",
    "zwart": "black", "wit": "white", "rood": "red", "blauw": "blue", "groen": "green", "geel": "yellow",
    "nero": "black", "bianco": "white", "rosso": "red", "giallo": "yellow", "grau": "grey", "gris": "grey",
}


def _colours(title_pieces: list[str]) -> frozenset[str]:
    """The colours a title names (`_COLOURS`), also where it writes two joined by a slash
    ("White/Silver", "Black/Nickel"), as shops name a product's two colours: read as one piece, a
    listing's "White/Silver" and its "Black/Nickel" sibling named no colour, and were one product
    listed twice."""
    found = {_COLOURS[t] for t in title_pieces if t in _COLOURS}
    for piece in title_pieces:
        if "/" in piece:
            found.update(_COLOURS[t] for t in piece.split("/") if t in _COLOURS)
    return frozenset(found)


# Letter sizes of clothes and shoes (and of cartridges: "XL"), each as the
# name it is known by ("2xl" is "xxl"). One letter ("S", "M", "L") is read as
# a size only after a size's name or a colour ("Größe M", "Navy S"), two or
# more also at the end of the title ("... Jacket XL"): elsewhere "S", "M" and
# "L" are model letters ("Galaxy S"), a metre, a litre.
_LETTER_SIZES = {"xxs": "xxs", "xs": "xs", "s": "s", "m": "m", "l": "l", "xl": "xl", "xxl": "xxl", "2xl": "xxl",
                 "xxxl": "xxxl", "3xl": "xxxl", "4xl": "4xl", "xxxxl": "4xl", "5xl": "5xl"}
# The name of a size, in the languages of _COLOURS ("Gr." and "Größe", "taille", "talla", "taglia", "maat").
_SIZE_NAMES = frozenset({"size", "gr", "grosse", "groesse", "taille", "talla", "taglia", "maat"})
# The formats a book is sold in, each as its kind, in the languages of
# _COLOURS: a hardcover and a paperback of one title are two products, and so
# are the printed book and its e-book or audiobook. A shop that lists both
# names the e-book or the audiobook, not the print (`conflicts._format_conflict`).
# Before "reader" it names a device ("eBook Reader"), no format.
_FORMATS = {"hardcover": "hardcover", "hardback": "hardcover", "gebunden": "hardcover", "gebundene": "hardcover",
            "relie": "hardcover", "paperback": "paperback", "softcover": "paperback", "taschenbuch": "paperback",
            "broschiert": "paperback", "broche": "paperback", "ebook": "ebook", "e-book": "ebook",
            "audiobook": "audiobook", "horbuch": "audiobook", "livre-audio": "audiobook"}
# The stage of life a food or a care product is made for, in the languages
# of _COLOURS, as the stage it names: a puppy's or a kitten's food, an adult's
# and a senior's are three products of one line ("Maxi Puppy" / "Maxi
# Adult"). A senior's food is often written "Mature Adult" or "Senior
# Adult": with a senior's word, "adult" names no other stage.
_STAGES = {**{w: "young" for w in ("puppy", "welpe", "welpen", "chiot", "cachorro", "cucciolo", "kitten", "katzchen",
                                   "chaton", "gatito", "gattino", "junior")},
           **{w: "adult" for w in ("adult", "adulte", "adulto", "volwassen")},
           **{w: "senior" for w in ("senior", "mature", "ageing", "aging")}}
# An adapter's two ends, "X to Y" in the languages of _COLOURS: a "USB-C to
# USB-A" adapter takes a USB-C plug's place, and "USB-A to USB-C" is the
# other product. A cable's two ends are written in either order for one
# cable ("USB-C to Lightning" / "Lightning to USB-C"), so a title that names
# a cable has no direction.
_TO = frozenset({"to", "auf", "vers", "naar", "zu", "a", "->"})
_CABLES = frozenset({"cable", "cables", "kabel", "cavo", "cordon", "cord", "snoer", "lead"})
# A fragrance's concentration, as perfumers name it in every language, and
# the abbreviation every shop writes for it: "Eau de Toilette" / "EdT",
# "Eau de Parfum" / "EdP", "Eau de Cologne" / "EdC", "Extrait de Parfum".
# One scent is sold in several at prices apart, so two concentrations are
# two products (`conflicts._scent_conflict`), as is a tester of it (sold
# unboxed, often without its cap). The title writes the abbreviation, so
# "Eau de Toilette" and "EdT" are one word to every comparison.
_CONCENTRATIONS = {"eau de toilette": "edt", "eau de parfum": "edp", "eau de cologne": "edc"}
_CONCENTRATION_WORDS = re.compile(r"(?<![^\W_])eau de (?:toilette|parfum|cologne)(?![^\W_])")
_CONCENTRATION = re.compile(r"(?<![^\W_])(edt|edp|edc|extrait)(?![^\W_])")
_TESTER = re.compile(r"(?<![^\W_])tester(?![^\W_])")
# The console a video game is made for: one game is sold once per console,
# at prices of its own, so two consoles are two products
# (`conflicts._platform_conflict`). "PlayStation 5" is written "PS5" in the
# title, so the two spellings are one word to every comparison.
_CONSOLE_NAMES = re.compile(r"(?<![^\W_])playstation ([45])(?![^\W_])")
# "Switch" alone is a console only in brackets ("Zelda (Switch)"): it is also a network's or a lamp's.
# "Nintendo Switch 2" is a console of its own: since 2025 a game is sold as a
# Switch version and a "Nintendo Switch 2 Edition" side by side, at prices apart.
_CONSOLES = re.compile(
    r"(?<![^\W_])(ps5|ps4|xbox series|xbox one|nintendo switch 2|nintendo switch)(?![^\W_])|[(\[](switch(?: 2)?)[)\]]")
# A game's edition, read only in a title that names a console: the
# standard game (a title that names none, or "Standard Edition") and a
# deluxe, gold or collector's edition of it are sold side by side at prices
# apart. "Day One" and "Launch" editions are the standard game with a bonus.
_GAME_EDITION = re.compile(
    r"(?<![^\W_])(deluxe|ultimate|gold|premium|collector'?s|complete|definitive|limited|special|goty|game of the year"
    r"|legendary|platinum|cross-gen|digital deluxe)(?: edition)?(?![^\W_])")
_KINDLE = re.compile(r"(?<![^\W_])kindle (?:edition|ausgabe)(?![^\W_])")


# Variant words: "F1A75-M Pro" is not "F1A75-M", "iPhone 6 Plus" not "iPhone 6".
_VARIANT_WORDS = frozenset({"pro", "plus", "max", "mini", "lite", "xl", "xxl", "ultra", "se"})
_GRADED = frozenset({"slim", "thin", "compact", "quiet", "light", "bright", "wide", "fine", "high", "low", "small",
                     "mini", "miniature", "portable", "soft", "durable", "zoom", "range"})


def _game_edition(text: str) -> str:
    """A game's edition (`_GAME_EDITION`): "deluxe", "collector's"..., "" for the standard game."""
    found = sorted({m[1].replace("game of the year", "goty").replace("'", "") for m in _GAME_EDITION.finditer(text)})
    return "/".join(found)


def _scent(text: str) -> frozenset[str]:
    """A fragrance's concentrations (`_CONCENTRATION`), and "tester" where it names one."""
    found = {m[1] for m in _CONCENTRATION.finditer(text)}
    if found and _TESTER.search(text):
        found.add("tester")
    return frozenset(found)


def _battery(text: str, quantities: dict[str, set[float]]) -> str | None:
    """A power tool's "bare" (sold without a battery, `_BARE`) or "kit" (with
    batteries its title rates in ampere-hours), or None: no word of either.
    Read in titles rated in volts or ampere-hours, as every power tool's and
    battery's is: a camera's "body only" is another matter (its lens)."""
    if _BARE.search(text) or ("volt" in quantities and _SOLO.search(text)):
        return "bare"
    # A tool's battery holds 1.5 to 12 Ah; "502AH" is a model's name.
    if any(1000 <= v <= 20000 for v in quantities.get("charge", ())):
        return "kit"
    return None


def _ends(pieces: list[str]) -> tuple[str, str] | None:
    """The two ends of the first "X to Y" of a title that names no cable
    (`_TO`), each a piece with letters: ("usb-c", "usb-a")."""
    if _TO.isdisjoint(pieces) or _CABLES.intersection(pieces):
        return None
    for n in range(1, len(pieces) - 1):
        if pieces[n] in _TO:
            ends = pieces[n - 1], pieces[n + 1]
            if ends[0] != ends[1] and all(any(c.isalpha() for c in e) for e in ends):
                return ends
            return None
    return None


def _stages(pieces: list[str]) -> frozenset[str]:
    """The life stages a title names (`_STAGES`)."""
    if _STAGES.keys().isdisjoint(pieces):
        return frozenset()
    found = {_STAGES[p] for p in pieces if p in _STAGES}
    if "senior" in found:
        found.discard("adult")
    return frozenset(found)


def _formats(pieces: list[str], text: str) -> frozenset[str]:
    """The book formats a title names (`_FORMATS`, "Kindle Edition")."""
    found = set() if _FORMATS.keys().isdisjoint(pieces) else {_FORMATS[p] for n, p in enumerate(pieces)
                                                              if p in _FORMATS and not (n + 1 < len(pieces) and pieces[n + 1].startswith("reader"))}
    if "kindle" in text and _KINDLE.search(text):
        found.add("ebook")
    return frozenset(found) if found else frozenset()


def _letter_sizes(pieces: list[str]) -> frozenset[str]:
    """The letter sizes a title's `pieces` write (`_LETTER_SIZES`): after the
    name of a size or a colour, or a size of two letters or more ending the
    title. Two titles of one line in two sizes are two products, as two
    colours are (`conflicts._size_conflict`); sizes are named alike in every
    shop that sells clothes."""
    # Most titles write no size: none of their pieces is one, and none has a "/".
    if _LETTER_SIZES.keys().isdisjoint(pieces) and "/" not in "".join(pieces):
        return frozenset()
    found = set()
    last = len(pieces) - 1
    for n, piece in enumerate(pieces):
        # A size that spans two ("S/M", "L/XL") is read as both, as one of them.
        sizes = piece.split("/") if "/" in piece else (piece,)
        if all(p in _LETTER_SIZES for p in sizes) and n and (
                pieces[n - 1] in _SIZE_NAMES or pieces[n - 1] in _COLOURS or (n == last and len(piece) >= 2)):
            found.update(_LETTER_SIZES[p] for p in sizes)
    return frozenset(found) if found else frozenset()
