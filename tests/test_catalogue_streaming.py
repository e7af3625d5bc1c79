"""Import files as streams: a JSON document is read one record at a time (ijson), with its records
named by number in every error, and the second pass of an import reads the file as the first settled it."""

from __future__ import annotations

import csv
import json
import tracemalloc
from decimal import Decimal

import pytest
from click.testing import CliRunner

from sqlalchemy import select

from storecheck import catalogue, db
from storecheck.catalogue import FileImportError, load_file, problems_of
from storecheck.cli import cli


def record(n: int) -> dict:
    return {"sku": f"SKU{n:07d}", "name": f"Product number {n} of a large catalogue, 500 g", "brand": f"Brand {n % 97}",
            "price": f"{n % 1000}.99", "currency": "EUR", "description": f"Plain description of product {n}"}


def peak_bytes(path, **options) -> int:
    """The most memory a check pass and a write pass of `path` held at once (traced allocations)."""
    tracemalloc.start()
    try:
        result = load_file(path, "products", spill=True, **options)
        written = sum(len(batch) for batch in result.batches())
        assert result.valid_count == written and not result.rejected
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_json_document_takes_the_memory_of_the_same_rows_as_csv(tmp_path):
    """Streamed, a JSON document holds a few records at a time, as a CSV file of the same rows
    does (both keep each key, to refuse a duplicate); read whole, it held them all."""
    rows = [record(n) for n in range(20_000)]
    document = tmp_path / "big.json"
    document.write_text(json.dumps({"exported": "2026-12-01", "products": rows}), encoding="utf-8")
    table = tmp_path / "big.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    del rows
    load_file(table, "products", keep_valid=False)  # modules imported before anything is measured
    as_csv, as_json = peak_bytes(table), peak_bytes(document)
    assert as_json < 1.5 * as_csv, (as_json, as_csv, document.stat().st_size)


def test_json_records_are_named_by_number_in_every_error(tmp_path):
    path = tmp_path / "offers.json"
    path.write_text(json.dumps([{"key": "a", "price": "1.50"}, {"key": "b", "price": "lots of 12"}, {"key": "c"}]))
    result = load_file(path, "offers")
    assert [line for line, _ in result.valid] == [1, 3]
    assert list(problems_of(result.rejected)) == ["line 2, column 'price': 'lots of 12' is not a price"]
    broken = tmp_path / "broken.json"
    broken.write_text('[{"key": "a"}, {"key": "b"}, {"key": "c", "price": 1.5,, }]')
    with pytest.raises(FileImportError, match="not valid JSON in record 3: parse error"):
        load_file(broken, "offers")
    mixed = tmp_path / "mixed.json"
    mixed.write_text('[{"key": "a"}, 7]')
    with pytest.raises(FileImportError, match=r"record 2: expected an object .*, found 7$"):
        load_file(mixed, "offers")


def test_a_json_object_holding_one_list_among_other_members(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"meta": {"shop": "x", "tags": ["a", "b"]}, "count": 2,
                                "items": [{"key": "a", "price": 19.99}, {"key": "b", "price": 0.1}]}))
    result = load_file(path, "offers")
    assert [(item.key, item.price) for _, item in result.valid] == [("a", Decimal("19.99")), ("b", Decimal("0.1"))]
    two = tmp_path / "two.json"
    two.write_text(json.dumps({"a": [{"key": "a"}], "b": []}))
    with pytest.raises(FileImportError, match="an object holding one list"):
        load_file(two, "offers")


def test_a_json_document_in_windows_1252_is_read(tmp_path):
    path = tmp_path / "excel.json"
    path.write_bytes('[{"sku": "A1", "name": "Café crème", "price": "2,50"}]'.encode("cp1252"))
    result = load_file(path, "products")
    [(_, item)] = result.valid
    assert (item.name, item.price) == ("Café crème", Decimal("2.50"))


@pytest.mark.parametrize(("name", "text", "command"), [
    ("ours.csv", "sku,name,price\nA1,Kettle,\"24,90\"\nA2,Toaster,\"1.299,00\"\n", ["catalogue", "import"]),
    ("offers.json", json.dumps([{"key": "A1", "price": "24,90"}, {"key": "A2", "price": "1.299,00"}]),
     ["offers", "import", "--competitor", "Rival"]),
])
def test_an_import_reads_its_file_once(workspace, tmp_path, monkeypatch, name, text, command):
    """The check pass reads and checks the file (its encoding looked at whole, its decimal mark
    learnt from its first rows) and keeps the valid rows on disk; the write pass reads those,
    not the file again (that was half the work of an import, for nothing)."""
    calls = {"open_rows": 0, "detect_encoding": 0}
    # Each counted where it is called from: `load` opens the file, `files` looks at its encoding.
    callers = {"open_rows": catalogue.load, "detect_encoding": catalogue.files}

    def counted(name):
        function = getattr(callers[name], name)

        def wrapper(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)
        return wrapper

    for function in calls:
        monkeypatch.setattr(callers[function], function, counted(function))
    writings, of = [], catalogue.MoneyWriting.of
    monkeypatch.setattr(catalogue.MoneyWriting, "of", lambda cells: writings.append(of(cells)) or writings[-1])
    workspace.add_competitor("Rival", "http://127.0.0.1:9/")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, [*command, str(path), "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output
    assert calls == {"open_rows": 1, "detect_encoding": 1}
    assert [writing.decimal_mark for writing in writings] == [","]  # learnt once, in one pass over the first rows
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            if name.endswith(".csv"):
                prices = dict(conn.execute(select(db.own_products.c.sku, db.own_products.c.price)).all())
            else:
                latest = db.latest_observations(conn, conn.execute(select(db.competitor_products.c.id)).scalars().all())
                prices = {conn.execute(select(db.competitor_products.c.key).where(db.competitor_products.c.id == pid)).scalar():
                          row.price for pid, row in latest.items()}
    finally:
        engine.dispose()
    assert prices == {"A1": Decimal("24.90"), "A2": Decimal("1299.00")}
