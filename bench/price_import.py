"""Every price column of the shared data through the offer import: what it refuses, misreads, imports.

Runs `storecheck.catalogue.load_file` (the reading `storecheck offers import`
does) on each file of `../shared/data` that has prices, and prints per file how
many rows were imported with a price, imported without one (a cell that holds
no amount, "POA"), and refused because of their price or currency, with the
most frequent refused texts. Where the data says what the amount is
(`prices/price_parsing_examples.jsonl`, each text imported as a one-row file,
as a shop's cell would be), an amount that differs is counted as misread.
Where nothing says what the amount is (the WDC offers, the matching files),
misreads are not known: the column says so, and each amount imported is
compared with a second reading, price-parser's on the cell's text alone; the
rows where the two differ are counted and listed for a person to judge (an
exponent "4.495E1" price-parser reads otherwise, or a misread of ours).

    .venv/bin/python bench/price_import.py [--data ../shared/data] [--show N] [--cell-cost N]

With `--cell-cost N` it also times `money.read_money` on a few cells, N times
each (CPU time, microseconds per cell): what the reading adds to an import.

Run it on two checkouts (the code before a change and after it) to compare:
the import it calls is the checkout's own.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import sys
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from price_parser import Price  # noqa: E402

from storecheck.catalogue import load_file  # noqa: E402

MONEY_COLUMNS = ("price", "regular_price", "currency")


def tally(result, prices: dict[int, str], truth: dict[int, Decimal | None] | None = None) -> dict:
    """Counts of one import: rows with a price, without one, refused for money, refused otherwise, misread."""
    counts = Counter()
    refused_texts = Counter()
    for rejected in result.rejected:
        columns = {column for reason in rejected.reasons for column in MONEY_COLUMNS if reason.startswith(f"column '{column}'")}
        if columns:
            # A price the reader refused, else a currency it could not settle ("$" with no currency column).
            kind = "refused: price" if "price" in columns else "refused: currency"
            counts[kind] += 1
            refused_texts[f"{kind}: {str(prices.get(rejected.line) or '')!r}"] += 1
        else:
            counts["refused for other columns"] += 1
    for line, item in result.valid:
        if item.price is None:
            counts["imported without a price" if str(prices.get(line) or "").strip() else "no price in the file"] += 1
        else:
            counts["imported with a price"] += 1
        second = Price.fromstring(str(prices.get(line) or "")).amount if truth is None and item.price is not None else None
        if truth is None and item.price is not None and second != item.price:
            # No truth: a second reader that disagrees marks a row for a person to read.
            counts["differs from price-parser"] += 1
            refused_texts[f"differs from price-parser: {prices[line]!r} read as {item.price}, price-parser {second}"] += 1
        if truth is not None and line in truth and item.price is None and truth[line] is not None:
            # "Free!" read as 0 by a person, or an example whose amount is not in its text ("chf").
            refused_texts[f"without a price, a person read {truth[line]}: {prices[line]!r}"] += 1
        elif truth is not None and line in truth and item.price != truth[line]:
            counts["misread"] += 1
            refused_texts[f"misread: {prices[line]!r} as {item.price}"] += 1
    if truth is None:
        counts["misread"] = "not known"
    return {"counts": counts, "texts": refused_texts}


def import_csv(path: Path, sep: str, key: str) -> dict:
    result = load_file(path, "offers", mapping=[f"{key}=key"], sep=sep)
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        prices = {number: row.get("price") or "" for number, row in enumerate(csv.DictReader(handle, delimiter=sep), start=2)}
    return tally(result, prices)


def wdc_file(path: Path, folder: Path) -> Path:
    """The distinct offers of a WDC Products pair file as one offer file (prices as the data writes them)."""
    offers: dict[str, dict] = {}
    for line in gzip.open(path).read().split(b"\n"):
        if not line.strip():
            continue
        record = json.loads(line)
        for side in ("left", "right"):
            offers[str(record[f"id_{side}"])] = {
                "key": str(record[f"id_{side}"]), "name": record[f"title_{side}"],
                "price": record[f"price_{side}"] or "", "currency": record[f"priceCurrency_{side}"] or ""}
    target = folder / (path.name.split(".")[0] + ".csv")
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["key", "name", "price", "currency"])
        writer.writeheader()
        writer.writerows(offers.values())
    return target


def price_examples(path: Path, folder: Path) -> dict:
    """Each example text as the price cell of a one-row offer file, scored against the amount a person read."""
    total = {"counts": Counter(), "texts": Counter(), "right": Counter()}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        record = json.loads(line)
        target = folder / "example.jsonl"
        target.write_text(json.dumps({"key": str(number), "price": record["price_raw"]}) + "\n", encoding="utf-8")
        amount = Decimal(record["amount"]) if record["amount"] is not None else None
        result = load_file(target, "offers")
        one = tally(result, {1: record["price_raw"]}, {1: amount})
        total["counts"].update(one["counts"])
        total["texts"].update(one["texts"])
        # The share read right, beside price-parser alone on the same text (it reads a number in any text,
        # words and all, where a cell is refused or kept without a price when its words change the amount).
        total["right"]["import"] += any(item.price == amount for _, item in result.valid) and amount is not None
        total["right"]["price-parser alone"] += Price.fromstring(record["price_raw"]).amount == amount
        total["right"]["examples"] += 1
    total["counts"]["differs from price-parser"] = "(truth)"  # measured as misread instead
    return total


def cell_cost(rounds: int) -> None:
    """CPU microseconds per cell of `read_money` (the currency tables built before timing)."""
    import time

    from storecheck.money import MoneyError, read_money

    cells = [("12.49", "EUR"), ("€12.49", None), ("1.234,56 €", None), ("R6 439,99 incl tax", "ZAR"),
             ("From $109.90", None), ("270,00 Kn", None)]
    read_money("1 лв")  # builds the tables once, as the first unusual sign of a process does
    print(f"read_money, CPU microseconds per cell ({rounds:,} times each; load average {os.getloadavg()[0]:.1f}):")
    for text, currency in cells:
        started = time.process_time()
        for _ in range(rounds):
            try:
                read_money(text, currency=currency)
            except MoneyError:
                pass
        print(f"  {text!r:<24} {1e6 * (time.process_time() - started) / rounds:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show", type=int, default=12, help="refused or misread texts shown per file (default 12)")
    parser.add_argument("--cell-cost", type=int, default=0, metavar="N",
                        help="also time read_money on a few cells, N times each (CPU microseconds per cell)")
    args = parser.parse_args()
    if args.cell_cost:
        cell_cost(args.cell_cost)
    data = args.data
    if not data.is_dir():
        sys.exit(f"no data at {data}")
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for name, sep, key in (("walmart-amazon/walmart.csv", "|", "id"), ("walmart-amazon/amazon.csv", "|", "id"),
                               ("amazon-google/Amazon.csv", ",", "id"), ("amazon-google/GoogleProducts.csv", ",", "id")):
            path = data / "matching" / name
            if path.exists():
                # The files are Latin-1; written again as UTF-8 so the reading under test is the price's.
                copy = folder / path.name
                copy.write_text(path.read_text(encoding="latin-1"), encoding="utf-8")
                results[f"matching/{name}"] = import_csv(copy, sep, key)
        for path in sorted((data / "matching" / "wdc-products").glob("*.json.gz")):
            results[f"matching/wdc-products/{path.name}"] = import_csv(wdc_file(path, folder), ",", "key")
        examples = data / "prices" / "price_parsing_examples.jsonl"
        if examples.exists():
            results["prices/price_parsing_examples.jsonl"] = price_examples(examples, folder)
    order = ("imported with a price", "imported without a price", "no price in the file", "refused: price",
             "refused: currency", "misread", "differs from price-parser", "refused for other columns")
    print(f"{'file':<60} " + " ".join(f"{c[:14]:>14}" for c in order))
    for name, result in results.items():
        print(f"{name:<60} " + " ".join(f"{result['counts'].get(c, 0):>14}" for c in order))
    for name, result in results.items():
        if result.get("right"):
            right = result["right"]
            print(f"\n{name}: amount read right by the import on {right['import']} of {right['examples']} "
                  f"({right['import'] / right['examples']:.1%}); price-parser alone on the same texts "
                  f"{right['price-parser alone']} ({right['price-parser alone'] / right['examples']:.1%})")
    for name, result in results.items():
        if result["texts"] and args.show:
            print(f"\n{name}: refused, misread or differing texts (most frequent {args.show})")
            for text, count in result["texts"].most_common(args.show):
                print(f"  {count:>4}  {text}")


if __name__ == "__main__":
    main()
