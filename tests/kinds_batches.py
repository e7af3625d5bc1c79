"""The harness the batches of catalogues set aside share (`tests/test_matching_kinds2.py` to
`..kinds12c.py`): a batch's rows made into two catalogues and their true pairs, each catalogue
matched through the commands in a workspace of its own, and the reading a batch's history
records (true pairs matched, proposed and missed; variants matched and proposed).

A batch is a dict of catalogues, {kind: rows}. A row is (our title, our price, their title,
their price[, {"ours": {...}, "theirs": {...}}]): both titles name one product in both shops,
one title a variant only one shop sells, which matching to anything is a wrong pair; the
optional fifth element gives the other fields each shop fills (brand, gtin, mpn, description;
their currency where they price in another). A competitor that lists one of our products twice
gives its second listings apart (`catalogues_with_second_listings`).
"""

from __future__ import annotations

import csv
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner

from storecheck.cli import cli, init_workspace

Row = tuple  # (our title, our price, their title, their price[, {"ours": {...}, "theirs": {...}}])
Catalogues = tuple[list[dict], list[dict], set[tuple[str, str]]]  # ours, theirs, true pairs
Show = Callable[[str, set, Counter, dict], None]
Second = tuple  # (row of the first listing, the second listing's title, its price[, {their fields}])

OUR_COLUMNS = ["sku", "name", "brand", "gtin", "mpn", "price", "description"]
THEIR_COLUMNS = ["key", "name", "brand", "gtin", "mpn", "price", "description"]


def catalogues_of(rows: list[Row]) -> Catalogues:
    """Our products, their offers and the true pairs of one catalogue's rows, with the other
    fields a row gives: our row n is sku "On", theirs key "Tn"."""
    ours, theirs, truth = [], [], set()
    for n, (our_name, our_price, their_name, their_price, *more) in enumerate(rows):
        fields = more[0] if more else {}
        if our_name:
            ours.append({"sku": f"O{n}", "name": our_name, "price": our_price, **fields.get("ours", {})})
        if their_name:
            theirs.append({"key": f"T{n}", "name": their_name, "price": their_price, **fields.get("theirs", {})})
        if our_name and their_name:
            truth.add((f"O{n}", f"T{n}"))
    return ours, theirs, truth


def catalogues_with_second_listings(rows: list[Row], second: Iterable[Second]) -> Catalogues:
    """A kind's catalogues with a competitor's further listings of our products: the second
    listing of row n is keyed "Tnb" (a third "Tnc", ...), a true pair of our "On" as its first
    listing is."""
    ours, theirs, truth = catalogues_of(rows)
    listed: Counter = Counter()
    for n, title, price, *more in second:
        assert rows[n][0] and rows[n][2], n  # a further listing of a product both shops sell
        listed[n] += 1
        key = f"T{n}{'abcdefgh'[listed[n]]}"
        theirs.append({"key": key, "name": title, "price": price, **(more[0] if more else {})})
        truth.add((f"O{n}", key))
    return ours, theirs, truth


def every_catalogue(kinds: Mapping[str, list[Row]], second: Mapping[str, Iterable[Second]]) -> list[tuple[str, Catalogues]]:
    """Every kind of a batch as its catalogues, with the second listings `second` gives it."""
    return [(name, catalogues_with_second_listings(rows, second.get(name, ()))) for name, rows in kinds.items()]


def priced_in(catalogues: Catalogues, currency: str | None) -> Catalogues:
    """Their listings priced in `currency`, a shop pricing in another currency than ours; the
    catalogues unchanged when `currency` is None (the shop prices as we do)."""
    if not currency:
        return catalogues
    ours, theirs, truth = catalogues
    return ours, [{**listing, "currency": currency} for listing in theirs], truth


def every_catalogue_priced(kinds: Mapping[str, list[Row]], second: Mapping[str, Iterable[Second]],
                           currencies: Mapping[str, str]) -> list[tuple[str, Catalogues]]:
    """`every_catalogue`, each kind's listings priced in its shop's currency where `currencies` names one."""
    return [(name, priced_in(catalogues, currencies.get(name))) for name, catalogues in every_catalogue(kinds, second)]


def read_rows_priced(folder: Path, rows: list[Row], second: Iterable[Second], currency: str | None) -> tuple[Counter, dict, set]:
    """Some rows of one kind (and second listings) through the commands, priced as the kind's shop
    prices: counts, found, truth."""
    catalogues = priced_in(catalogues_with_second_listings(rows, list(second)), currency)
    counts, found = read_catalogues(folder, catalogues)
    return counts, found, catalogues[2]


def per_size_and_per_colour(sized: list[tuple[str, str, str, str]], colour_only: list[tuple[str, str, str]]) -> Catalogues:
    """One shop lists a garment per size, the other per colour (every size in one listing):
    `sized` is (our title, price, their key, their title) per size of ours, `colour_only`
    (key, title, price) their listings of colours we do not sell."""
    ours = [{"sku": f"O{n}", "name": name, "price": price} for n, (name, price, _, _) in enumerate(sized)]
    listings = {key: (name, price) for (_, price, key, name) in sized}
    listings.update({key: (name, price) for key, name, price in colour_only})
    theirs = [{"key": key, "name": name, "price": price} for key, (name, price) in listings.items()]
    truth = {(f"O{n}", key) for n, (_, _, key, _) in enumerate(sized)}
    return ours, theirs, truth


def gtin_with_check_digit(stem: str) -> str:
    """A GTIN with its check digit, for a batch's rows: the stem's digits weighted 3 and 1 from
    the right."""
    total = sum(int(d) * (3 if n % 2 == 0 else 1) for n, d in enumerate(reversed(stem)))
    return stem + str((10 - total % 10) % 10)


def check_the_shape(catalogues: Iterable[tuple[str, Catalogues]], currencies: Mapping[str, str] | None = None,
                    ours: tuple[int, int] = (15, 40), theirs: tuple[int, int] = (20, 60)) -> None:
    """The shape a batch's catalogues were written to (the tenth round's batches each asked it in
    their own words): a small shop's catalogue on each side, `ours` and `theirs` the bounds of
    each side's count, each competitor's titles named once, every listing priced in its shop's
    currency (`currencies` names it where a shop prices in another than ours)."""
    for name, (our_products, their_listings, truth) in catalogues:
        counts = (name, len(our_products), len(their_listings))
        assert ours[0] <= len(our_products) <= ours[1] and theirs[0] <= len(their_listings) <= theirs[1], counts
        assert len({t["name"] for t in their_listings}) == len(their_listings), name
        assert {t.get("currency") for t in their_listings} == {(currencies or {}).get(name)}, name
        skus, keys = {o["sku"] for o in our_products}, {t["key"] for t in their_listings}
        assert all(sku in skus and key in keys for sku, key in truth), name


def check_the_rows(kinds: Mapping[str, list[Row]]) -> None:
    """What every batch's first test asks of its rows."""
    # The truth is what the rows say: a row with two titles is one product, a row with one a
    # variant with no counterpart; no row is empty, no title is listed twice in one shop, every
    # price is a price, every GTIN has its check digit, and the other fields are the import's.
    from storecheck.models import gtin_check_digit_ok

    for name, rows in kinds.items():
        ours, theirs, truth = catalogues_of(rows)
        assert len(ours) + len(theirs) - len(truth) == len(rows), name
        assert len({o["name"] for o in ours}) == len(ours) and len({t["name"] for t in theirs}) == len(theirs), name
        for our_name, our_price, their_name, their_price, *more in rows:
            assert (our_name is None) == (our_price is None) and (their_name is None) == (their_price is None), name
            assert all(float(p) > 0 for p in (our_price, their_price) if p), name
            for side, fields in (more[0] if more else {}).items():
                assert set(fields) <= {"brand", "gtin", "mpn", "description"} | ({"currency"} if side == "theirs" else set()), name
                assert side in ("ours", "theirs"), name
                assert (our_name if side == "ours" else their_name), name
                assert "gtin" not in fields or gtin_check_digit_ok(fields["gtin"].zfill(13)), name


def matched_through_the_commands(workspace, folder: Path, ours: list[dict], theirs: list[dict]) -> dict:
    """Our products and one competitor's offers written as CSV files with every field a row
    gives, imported, matched by `storecheck match` and exported: {(sku, key): row of `matches
    export`}."""
    runner = CliRunner()
    # The currency column only where a competitor prices in another: every other catalogue's
    # file stays as it was.
    their_columns = THEIR_COLUMNS + ["currency"] * any("currency" in row for row in theirs)
    for name, columns, rows in (("catalogue.csv", OUR_COLUMNS, ours), ("offers.csv", their_columns, theirs)):
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, columns)
            writer.writeheader()
            writer.writerows({c: row.get(c, "") for c in columns} for row in rows)
    ws = ["--workspace", str(workspace.path)]
    assert runner.invoke(cli, ["competitor", "add", "Rival", *ws]).exit_code == 0
    for args in (["catalogue", "import", str(folder / "catalogue.csv")],
                 ["offers", "import", str(folder / "offers.csv"), "--competitor", "Rival"],
                 ["match"], ["matches", "export", str(folder / "matches.csv")]):
        result = runner.invoke(cli, [*args, *ws])
        assert result.exit_code == 0, result.output
    with (folder / "matches.csv").open(encoding="utf-8") as handle:
        return {(row["sku"], row["key"]): row for row in csv.DictReader(handle)}


def reading(found: dict, truth: set[tuple[str, str]]) -> Counter:
    """What the matcher made of one catalogue: true pairs matched, proposed and missed; other
    pairs (a variant, or two products) matched and proposed."""
    counts: Counter = Counter()
    for pair in truth:
        counts[f"true {found[pair]['status']}" if pair in found else "true missed"] += 1
    for pair, row in found.items():
        if pair not in truth:
            counts[f"wrong {row['status']}"] += 1
    return counts


def read_catalogues(folder: Path, catalogues: Catalogues) -> tuple[Counter, dict]:
    """One catalogue in a workspace of its own (made in `folder`), as one competitor, through
    the commands: its reading and every pair found."""
    ours, theirs, truth = catalogues
    folder.mkdir()
    ws = init_workspace(folder / "ws", shop_name="Test Shop", currency="EUR")
    found = matched_through_the_commands(ws, folder, ours, theirs)
    return reading(found, truth), found


def read_kind(folder: Path, rows: list[Row]) -> tuple[Counter, dict, set]:
    """One kind's rows through the commands: its reading, every pair found and the truth."""
    catalogues = catalogues_of(rows)
    counts, found = read_catalogues(folder, catalogues)
    return counts, found, catalogues[2]


def read_the_batch(kinds: Mapping[str, list[Row]], folder: Path, show: Show | None = None,
                   more: Iterable[tuple[str, Catalogues]] = ()) -> Counter:
    """Every kind of a batch through the commands, each in a workspace of its own, then the
    catalogues `more` names ((name, catalogues) built otherwise): the counts of `reading` over
    the batch; `show(name, truth, counts, found)` per catalogue when given."""
    total: Counter = Counter()
    every = [*((name, catalogues_of(rows)) for name, rows in kinds.items()), *more]
    for n, (name, catalogues) in enumerate(every):
        counts, found = read_catalogues(folder / str(n), catalogues)
        total += counts
        if show:
            show(name, catalogues[2], counts, found)
    return total


def holds_its_first_reading(total: Counter, *, matched: int, found: int, wrong_matched: int, wrong_proposed: int) -> None:
    """A batch's guard: its reading no worse than at its first, however the matcher has changed
    since: at least as many true pairs matched and found (matched + proposed), at most as many
    other pairs matched, and at most as many other pairs put before a person or matched in all (a
    wrong pair moved from matched to proposed is one a person now sees before it reaches a price)."""
    assert total["wrong matched"] <= wrong_matched, total
    assert total["wrong matched"] + total["wrong proposed"] <= wrong_matched + wrong_proposed, total
    assert total["true matched"] >= matched and total["true matched"] + total["true proposed"] >= found, total


def show_reading(name: str, truth: set, counts: Counter, found: dict, every_pair: bool = False) -> None:
    """One catalogue's reading on a line, as the history records it; with `every_pair`, every
    pair found beneath it, with its status, score and reason."""
    print(f"{name:28} true pairs {len(truth):2}: matched {counts['true matched']:2} proposed "
          f"{counts['true proposed']:2} missed {counts['true missed']:2} | variants matched "
          f"{counts['wrong matched']} proposed {counts['wrong proposed']}")
    if every_pair:
        for pair, row in sorted(found.items()):
            mark = "TRUE" if pair in truth else "WRONG"
            print(f"    {mark:5} {row['status']:9} {float(row['score']):.2f} {pair} {row.get('reason', '')}")


def print_the_reading(kinds: Mapping[str, list[Row]], more: Iterable[tuple[str, Catalogues]] = (),
                      argv: list[str] | None = None) -> Counter:
    """A batch's reading per catalogue and in all (`python -m tests.test_matching_kindsN`; `-v`
    for every pair found)."""
    every_pair = "-v" in (sys.argv if argv is None else argv)
    with tempfile.TemporaryDirectory() as folder:
        total = read_the_batch(kinds, Path(folder), lambda *args: show_reading(*args, every_pair=every_pair), more)
    print("all", dict(sorted(total.items())))
    return total


def share_found(counts: Counter, truth: set) -> float:
    """The share of a catalogue's true pairs found (matched or put to a person): what a batch's
    test of one shop's titles asks at least half or three quarters of."""
    return (counts["true matched"] + counts["true proposed"]) / len(truth) if truth else 1.0


@dataclass(frozen=True)
class Batch:
    """One batch file's catalogues: its kinds' rows, each competitor's further listings of our
    products and the currency each prices in where it is not ours. What the eleventh round's
    batch files each wrote for themselves (`every_catalogue`, `read_the_batch`, `_read`, `_rows`,
    the rows-and-shape test's first lines, the second listings' test) done once."""

    kinds: Mapping[str, list[Row]]
    second: Mapping[str, list[Second]]
    currencies: Mapping[str, str] = field(default_factory=dict)

    def catalogues(self) -> list[tuple[str, Catalogues]]:
        """Every kind as its catalogues, with its second listings, priced in its shop's currency."""
        return every_catalogue_priced(self.kinds, self.second, self.currencies)

    def check(self, ours: tuple[int, int] = (15, 40), theirs: tuple[int, int] = (20, 60)) -> None:
        """The rows (`check_the_rows`), a second listing named for every kind, and the shape
        (`check_the_shape`) the batch was written to."""
        check_the_rows(self.kinds)
        assert set(self.second) == set(self.kinds), sorted(set(self.second) ^ set(self.kinds))
        check_the_shape(self.catalogues(), self.currencies, ours, theirs)

    def read(self, folder: Path, show: Show | None = None) -> Counter:
        """Every kind through the commands, each with its second listings, in a workspace of its
        own: the counts of `reading` over the batch; `show(name, truth, counts, found)` per kind."""
        return read_the_batch({}, folder, show, more=self.catalogues())

    def read_rows(self, folder: Path, kind: str, numbers: Sequence[int] | None = None) -> tuple[Counter, dict, set]:
        """Some rows of one kind (all when `numbers` is None; no second listing) through the
        commands, priced as the kind's shop prices, in a workspace of their own under `folder`:
        counts, found, truth."""
        rows = self.kinds[kind] if numbers is None else [self.kinds[kind][n] for n in numbers]
        folder.mkdir(parents=True, exist_ok=True)
        return read_rows_priced(Path(tempfile.mkdtemp(dir=folder)) / "rows", rows, (), self.currencies.get(kind))

    def second_listings_missed(self, folder: Path) -> tuple[Counter, list]:
        """The whole batch read, and every pair of a product listed twice (its first listing and
        its further ones) neither matched nor put to a person."""
        missed: list = []

        def show(name: str, truth: set, counts: Counter, found: dict) -> None:
            # A product listed three times or more is named once per further listing.
            for n in sorted({entry[0] for entry in self.second[name]}):
                listings = [pair for pair in truth if pair[0] == f"O{n}"]
                missed.extend((name, pair) for pair in sorted(listings) if pair not in found)

        return self.read(folder, show), missed

    def print_reading(self, argv: list[str] | None = None) -> Counter:
        """`print_the_reading` of the batch (`python -m tests.test_matching_kindsN [-v]`)."""
        return print_the_reading({}, more=self.catalogues(), argv=argv)
