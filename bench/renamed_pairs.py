"""Renamed listings against the pairs a person confirmed: how often a rename of their product sends
a true pair back to the review queue, by kind of rename, the start's rule beside the current one in
the same run (`storecheck.analysis.renamed_pairs`).

    .venv/bin/python bench/renamed_pairs.py [--data ../shared/data/matching] [--examples 5]

Each full-linkage set whose two files are our catalogue and a competitor's range (Walmart-Amazon,
Amazon-Google, and each swapped: the larger file as our catalogue) gives its true pairs, each taken as a pair a person confirmed. Their listing is then
renamed, alone (the only listing renamed in its batch, so the shop's campaign across listings says
nothing), in three kinds:

- **campaign**: a campaign, stock or delivery phrase added ("SALE", "NEW!", "(Back in stock)",
  "Only online", "- Black Friday", one phrase per pair in turn, a few of them in other languages).
  The product is the same: the pair should stay confirmed.
- **rewording**: the title in capitals, its first word moved to the end, its last word of letters
  dropped, two neighbouring words written together, or a letter doubled in its longest word (one
  per pair in turn). The same product: the pair should stay confirmed.
- **variant**: the title replaced by the title of a sibling listing of the same shop, one
  template apart (`benchmark.matching.replaced_words.replaced_places`: the same words in the same
  order but one or two places, each place changed on both sides: another size, colour, edition),
  that the set's truth does not pair with our product. Another product: the pair should go back to
  the queue. Counted apart where the changed places hold a number (doubtful under either rule) and
  where they hold only words of letters (where the rules differ). The set's list of true pairs
  lacks some, so a few siblings may be the same product: read the examples.

"start" is the rule at the session's start (a word of letters added counts where our catalogue
writes it in some product's name, brand or size, `our_vocabulary` then, reproduced here); "now" is
`renamed_pairs.ProductWords` over our catalogue and the pair's shared words (55acd1e); "+their
shop" asks their shop's catalogue too where words were replaced (review R4), without the renamed
listing's old title, which the database no longer holds. All go through the same `rename_doubt`.
No timing: the figures are counts.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import matching_eval as me  # noqa: E402

from benchmark._text import extract  # noqa: E402
from benchmark._text.letters import clean  # noqa: E402
from benchmark.matching.replaced_words import replaced_places  # noqa: E402
from storecheck.analysis.renamed_pairs import ProductWords, rename_doubt  # noqa: E402

# (view, folder, our file, their file, the truth's our column, its their column). Swapped: the
# larger file as our catalogue (22,074 and 3,226 products), where it writes most words somewhere.
SETS = [("walmart-amazon", "walmart-amazon", "walmart.csv", "amazon.csv", "walmart_id", "amazon_id"),
        ("amazon-google", "amazon-google", "Amazon.csv", "GoogleProducts.csv", "idAmazon", "idGoogleBase"),
        ("walmart-amazon-swapped", "walmart-amazon", "amazon.csv", "walmart.csv", "amazon_id", "walmart_id"),
        ("amazon-google-swapped", "amazon-google", "GoogleProducts.csv", "Amazon.csv", "idGoogleBase", "idAmazon")]
CAMPAIGNS = [" SALE", "NEW! ", " (Back in stock)", " Only online", " - Black Friday", " | Free shipping", " Hot deal",
             " Best seller", " - Clearance", " Limited time offer", " SALE -20%", " - Promocja", " Nouveauté",
             " Angebot"]
_NOT_WORD = re.compile(r"[\W_]+")


def start_rule(rows: list[tuple]) -> Callable[[frozenset[str]], bool]:
    """The start's test (`our_vocabulary` at d4af15d): a word counts where our catalogue writes it
    (folded, split at what is neither a letter nor a digit, neighbouring words joined too); a place
    counts where one of its words does."""
    known: set[str] = set()
    for row in rows:
        for value in row:
            parts = _NOT_WORD.split(clean(value))
            known.update(parts)
            known.update(a + b for a, b in zip(parts, parts[1:]))
    return lambda place: any(word in known for word in place)


def rewordings(title: str, n: int) -> str:
    """The `n`th rewording of a title, in turn: capitals, first word last, a word dropped, two
    written together, a letter doubled."""
    words = title.split()
    # Words of three letters or more not after a number: "60 lb" without its "lb" is another size.
    letters = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 2
               and not (i and any(ch.isdigit() for ch in words[i - 1]))]
    kind = n % 5
    if kind == 1 and len(words) > 2:
        return " ".join(words[1:] + words[:1])
    if kind == 2 and len(letters) > 1 and len(words) > 2:
        return " ".join(w for i, w in enumerate(words) if i != letters[-1])
    if kind == 3:
        for i in letters:
            if i + 1 in letters:
                return " ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2:])
    if kind == 4 and letters:
        i = max(letters, key=lambda k: len(words[k]))
        if len(words[i]) >= 5:
            w = words[i]
            return " ".join(words[:i] + [w[:3] + w[2] + w[3:]] + words[i + 1:])
    return title.upper()


class Siblings:
    """Their listings one template apart from a listing, each place changed on both sides."""

    def __init__(self, titles: list[str]):
        self.titles = titles
        self.tokens = [extract(t).tokens for t in titles]
        self.postings: dict[str, list[int]] = {}
        for row, tokens in enumerate(self.tokens):
            for token in set(tokens):
                self.postings.setdefault(token, []).append(row)

    def of(self, row: int, not_these: set[int]) -> tuple[int, bool] | None:
        """The first sibling of `row` outside `not_these`, and whether its places hold a number."""
        tokens = self.tokens[row]
        rarest = sorted(set(tokens), key=lambda t: len(self.postings[t]))[: len(tokens) // 2 + 1]
        near = sorted({q for t in rarest for q in self.postings[t][:500]} - not_these - {row})
        for q in near:
            if clean(self.titles[q]) == clean(self.titles[row]):
                continue
            places = replaced_places(tokens, self.tokens[q])
            if places is None or not places[0] or not places[1]:
                continue
            ops = difflib.SequenceMatcher(None, tokens, self.tokens[q], autojunk=False).get_opcodes()
            if any(tag in ("insert", "delete") for tag, *_ in ops):
                continue
            return q, any(not w.isalpha() for w in places[0] | places[1])
        return None


def column(frame, field: str) -> list:
    """The file's column that `matching_eval` maps to `field` (None in every row where there is none)."""
    found = next((c for c in frame.columns if me.FIELDS.get(c.casefold()) == field), None)
    return frame[found].tolist() if found else [None] * len(frame)


def campaigned(title: str, phrase: str) -> str:
    """The phrase before the title where it ends with a space ("NEW! "), else after it."""
    return phrase + title if phrase.endswith(" ") else title + phrase


def fields(name: str, brand: str | None) -> dict:
    return {"name": name, "brand": brand or None, "size": None, "gtin": None}


def measure(folder: Path, our_file: str, their_file: str, our_id: str, their_id: str, examples: int) -> dict:
    ours, _ = me.read_side(folder / our_file)
    theirs, _ = me.read_side(folder / their_file)
    truth, _ = me.read_side(folder / "matches.csv")
    our_names, our_brands = column(ours, "name"), column(ours, "brand")
    our_rows = {str(i): (name, brand) for i, name, brand in zip(ours["id"], our_names, our_brands)}
    their_row = {str(i): n for n, i in enumerate(theirs["id"])}
    their_titles, their_brands = column(theirs, "name"), column(theirs, "brand")
    pairs = [(str(a), str(b)) for a, b in zip(truth[our_id], truth[their_id]) if str(a) in our_rows and str(b) in their_row]
    counterparts: dict[str, set[int]] = {}
    for a, b in pairs:
        counterparts.setdefault(a, set()).add(their_row[b])
    catalogue = [(brand, name, None) for name, brand in our_rows.values()]
    their_catalogue = [(brand, name, None) for name, brand in zip(their_titles, their_brands)]
    their_shop = ProductWords(lambda: their_catalogue)
    ours_only = ProductWords(lambda: catalogue)
    rules = {"start": (start_rule(catalogue), False), "now": (ours_only, False), "shop": (ours_only, True)}
    siblings = Siblings(their_titles)
    counts: dict[str, dict[str, int]] = {}
    shown: dict[str, list[str]] = {}
    for n, (a, b) in enumerate(pairs):
        row = their_row[b]
        our_name, our_brand = our_rows[a]
        old = their_titles[row]
        renames = [("campaign", campaigned(old, CAMPAIGNS[n % len(CAMPAIGNS)])), ("rewording", rewordings(old, n))]
        renames = [(kind, new, their_brands[row]) for kind, new in renames]
        found = siblings.of(row, counterparts[a])
        if found is not None:
            # The sibling's brand with its title: "SanDisk ..." read as "Centon ..." changes both.
            q, numbers = found
            renames.append(("variant, numbers" if numbers else "variant, words", their_titles[q], their_brands[q]))
        for kind, new, new_brand in renames:
            if clean(new) == clean(old) and kind != "rewording":
                continue
            line = counts.setdefault(kind, {"renames": 0, "start": 0, "now": 0, "shop": 0})
            line["renames"] += 1
            said = {}
            for rule, (test, shop_too) in rules.items():
                # Their shop's catalogue without the renamed listing's old name, which the database
                # no longer holds.
                shop = their_shop.without([row]) if shop_too else None
                said[rule] = rename_doubt(fields(old, their_brands[row]), fields(new, new_brand),
                                          fields(our_name, our_brand), renamed="their", other="ours", tells_apart=test,
                                          shop_tells_apart=shop)
                line[rule] += said[rule] is not None
            if (said["start"] is None) != (said["shop"] is None) and len(shown.setdefault(kind, [])) < examples:
                moved = "start reopens, shop keeps" if said["shop"] is None else "shop reopens, start keeps"
                shown[kind].append(f"{moved}: ours '{our_name}'; theirs '{old}' -> '{new}': {said['start'] or said['shop']}")
    return {"counts": counts, "examples": shown, "pairs": len(pairs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=me.DEFAULT_DATA)
    parser.add_argument("--examples", type=int, default=5, help="Renames the two rules read apart, shown per kind.")
    args = parser.parse_args()
    for view, folder, *files in SETS:
        if not (args.data / folder / "matches.csv").exists():
            print(f"{view}: {folder} not in {args.data}, left out")
            continue
        result = measure(args.data / folder, *files, examples=args.examples)
        print(f"\n{view}: {result['pairs']:,} true pairs, each confirmed, their listing renamed alone")
        print(f"  {'kind':<18} {'renames':>8} {'reopened: start':>16} {'now':>6} {'+their shop':>12}   should")
        for kind in ("campaign", "rewording", "variant, words", "variant, numbers"):
            line = result["counts"].get(kind)
            if line:
                should = "go back" if kind.startswith("variant") else "stay"
                print(f"  {kind:<18} {line['renames']:>8,} {line['start']:>16,} {line['now']:>6,} {line['shop']:>12,}"
                      f"   {should}")
        for kind, lines in result["examples"].items():
            for line in lines:
                print(f"    {kind}: {line}")


if __name__ == "__main__":
    main()
