"""Load and faults: what storecheck loses, and how much memory it takes, when
things go wrong.

    .venv/bin/python bench/faults.py [--phones 4] [--seconds 0] [--products 300]
                                     [--csv-rows 1000000] [--kills 5] [--kill-rows 50000]
                                     [--inputs csv,json-list,xlsx-string,xlsx-rows,json] [--pass-rows 200000]
                                     [--only load,memory,passes,kills,hostile]

The parts, each printing figures (never assertions; see bench/README.md):

1. **load**: N phone clients post the visit form of the real web app
   (`storecheck serve`'s Flask app on 127.0.0.1) every 50 ms, first alone
   (the baseline), then while `storecheck crawl` re-crawls the demo shops and
   `storecheck match` runs three times. Posts sent / saved / failed, and
   whether every crawl and match finished.
2. **memory**: the peak resident memory of `storecheck catalogue import` on
   each hostile file, beside the peak of importing a 10-row file (the
   process's own size) measured in the same run: a CSV of --csv-rows rows
   (about 191 bytes each), the same rows as one JSON document, an XLSX of
   1.2 MB holding one 1.2 GB shared string, an XLSX declaring 8 million empty
   rows, JSON nested 200,000 deep.
   **passes**: the CPU time of an import's check and write passes over
   --pass-rows rows (CSV and JSON), the write pass reading and checking the
   file again (as before) and reading back the rows the check kept on disk (now).
3. **kills**: `kill -9` at a random moment of `catalogue import`, `crawl` and
   `match` (--kills times each): rows that were stored before and are gone
   after, and whether the next run completes the work.
4. **hostile**: the seconds a crawl of the hostile shop of
   tests/test_hostile_shops.py takes, beside a demo shop's crawl.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from storecheck import db  # noqa: E402
from storecheck.cli import init_workspace  # noqa: E402
from storecheck.config import Workspace  # noqa: E402
from storecheck.demo.shops import DemoShops  # noqa: E402
from storecheck.demo.world import COMPETITORS, World  # noqa: E402

STORECHECK = [sys.executable, "-m", "storecheck"]
STORE = "Harbour Street"


def env_for(ws: Workspace) -> dict:
    return {**os.environ, "STORECHECK_WORKSPACE": str(ws.path)}


def demo_workspace(folder: Path, world: World, shops: DemoShops) -> Workspace:
    ws = init_workspace(folder, shop_name="Ours", currency="EUR")
    world.write_own_catalogue(ws.path / "catalogue.csv")
    subprocess.run([*STORECHECK, "catalogue", "import", str(ws.path / "catalogue.csv")], env=env_for(ws),
                   check=True, capture_output=True)
    for name, _ in COMPETITORS:
        ws.add_competitor(name, shops.urls[name], "auto", download_delay=0.0, concurrency=8)
    with ws.config_path.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[[competitors.stores]]\nname = "{STORE}"\n')
    return Workspace(ws.path)


def count(ws: Workspace, table) -> int:
    engine = db.open_database(ws.database_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table)).scalar_one()
    finally:
        engine.dispose()


# --- 1. phones posting visits while a crawl and a match write ------------------


def phone(base: str, number: int, stop: threading.Event, outcomes: list) -> None:
    import requests
    from bs4 import BeautifulSoup

    with requests.Session() as session:
        page = session.get(f"{base}/visits/new", timeout=300)
        token = BeautifulSoup(page.text, "html.parser").find("input", {"name": "csrf_token"})["value"]
        sent = 0
        while not stop.is_set():
            sent += 1
            values = {"csrf_token": token, "competitor": COMPETITORS[0][0], "store": STORE,
                      "visited_at": "2026-11-02T10:30", "visitor": f"phone {number}-{sent}-{time.monotonic_ns()}",
                      "footfall_count": "37", "footfall_minutes": "15", "average_ticket": "23,50",
                      "average_ticket_source": "till", "score_environment": "4", "score_display": "3",
                      "score_hospitality": "5"}
            try:
                answer = session.post(f"{base}/visits/new", data=values, allow_redirects=False, timeout=300)
                outcomes.append(answer.status_code)
            except requests.RequestException as exc:
                outcomes.append(type(exc).__name__)
            stop.wait(0.05)


def post_while(ws: Workspace, phones: int, work) -> dict:
    """Phones post while `work()` runs; returns posts sent / saved / failed and work's result."""
    from werkzeug.serving import WSGIRequestHandler, make_server

    from storecheck.web import create_app

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args, **kwargs) -> None:
            pass  # thousands of posts; the figures are what matter

    before = count(ws, db.visits)
    server = make_server("127.0.0.1", 0, create_app(ws), threaded=True, request_handler=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    stop, outcomes = threading.Event(), []
    threads = [threading.Thread(target=phone, args=(f"http://127.0.0.1:{server.server_port}", n, stop, outcomes))
               for n in range(phones)]
    for thread in threads:
        thread.start()
    try:
        result = work()
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        server.shutdown()
    saved = count(ws, db.visits) - before
    ok = sum(1 for o in outcomes if o == 303)
    return {"sent": len(outcomes), "answered 303": ok, "saved": saved, "failed": len(outcomes) - ok, **result}


def bench_load(args) -> None:
    world = World(seed=11, products=args.products)
    with tempfile.TemporaryDirectory() as tmp, DemoShops(world) as shops:
        ws = demo_workspace(Path(tmp) / "ws", world, shops)
        subprocess.run([*STORECHECK, "crawl"], env=env_for(ws), check=True, capture_output=True)
        seconds = args.seconds

        def idle():
            time.sleep(seconds or 20)
            return {}

        def crawl_and_match():
            world.day = 1
            started = time.monotonic()
            crawl = subprocess.Popen([*STORECHECK, "crawl"], env=env_for(ws), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
            matches = [subprocess.run([*STORECHECK, "match"], env=env_for(ws), capture_output=True, text=True)
                       for _ in range(3)]
            crawl.wait()
            return {"crawl ok": crawl.returncode == 0, "matches ok": f"{sum(m.returncode == 0 for m in matches)}/3",
                    "seconds": round(time.monotonic() - started, 1)}

        busy = post_while(ws, args.phones, crawl_and_match)
        if not seconds:
            seconds = busy["seconds"]
        alone = post_while(ws, args.phones, idle)
    print(f"\n## load: {args.phones} phones posting every 50 ms ({args.products} products per demo shop)")
    print(f"baseline, phones alone for {seconds:.0f} s: {alone}")
    print(f"while a crawl and 3 matches run:        {busy}")


# --- 2. peak memory on hostile files ---------------------------------------------


def peak_mb(command: list[str], env: dict) -> tuple[float, int, str]:
    """Peak resident memory (MB) of the command's process, its exit code and last error line."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, stderr = process.communicate()
    # wait4 is gone once communicate() reaped it; the children's maximum is the one just run
    # because each measurement runs in a fresh bench process (see measure_memory).
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    last = (stderr.strip().splitlines() or [""])[-1][:160]
    return usage.ru_maxrss / 1024, process.returncode, last


CATALOGUE_COLUMNS = ["sku", "name", "brand", "category", "gtin", "mpn", "price", "currency", "size", "url", "description"]


def catalogue_row(n: int) -> list[str]:
    return [f"SKU{n:08d}", f"Product number {n} of the big catalogue, 500 g", f"Brand {n % 997}",
            f"Category {n % 101} > Sub {n % 13}", "", f"MPN-{n:09d}", f"{n % 1000}.99", "EUR",
            "500 g", f"https://shop.example/p/{n}", f"Plain description {n}"]


def csv_catalogue(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CATALOGUE_COLUMNS)
        for n in range(rows):
            writer.writerow(catalogue_row(n))
    return path


def json_catalogue(path: Path, rows: int) -> Path:
    """The rows of `csv_catalogue` as one JSON document, {"products": [{...}, ...]}, as exports wrap them."""
    import json

    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"products": [')
        for n in range(rows):
            handle.write(("," if n else "") + json.dumps(dict(zip(CATALOGUE_COLUMNS, catalogue_row(n)))))
        handle.write("]}")
    return path


def xlsx_with_parts(path: Path, shared_strings, sheet_rows) -> Path:
    """A minimal XLSX whose shared strings and sheet XML come from the given generators."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>",
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        for name, chunks in (("xl/sharedStrings.xml", shared_strings), ("xl/worksheets/sheet1.xml", sheet_rows)):
            with archive.open(name, "w", force_zip64=True) as part:
                for chunk in chunks:
                    part.write(chunk.encode())
    return path


def huge_string_parts(size: int):
    yield '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
    yield "<si><t>sku</t></si><si><t>name</t></si><si><t>"
    block = "A" * 1_048_576
    for _ in range(size // len(block)):
        yield block
    yield "</t></si></sst>"


def small_sheet():
    yield '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    yield '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    yield '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>'
    yield "</sheetData></worksheet>"


def header_strings():
    yield '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">'
    yield "<si><t>sku</t></si><si><t>name</t></si></sst>"


def empty_rows(rows: int):
    yield '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    yield '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    for start in range(2, rows + 2, 10_000):
        yield "".join(f'<row r="{n}"/>' for n in range(start, min(start + 10_000, rows + 2)))
    yield "</sheetData></worksheet>"


def deep_json(path: Path, depth: int) -> Path:
    path.write_text("[" * depth + "]" * depth)
    return path


def measure_memory(args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = init_workspace(folder / "ws")
        env = env_for(ws)
        small = csv_catalogue(folder / "small.csv", 10)
        files = [("10-row CSV (baseline: the process itself)", small)]
        if "csv" in args.inputs:
            files.append((f"{args.csv_rows:,}-row catalogue CSV", csv_catalogue(folder / "big.csv", args.csv_rows)))
        if "json-list" in args.inputs:
            files.append((f"the same {args.csv_rows:,} rows as one JSON document",
                          json_catalogue(folder / "big.json", args.csv_rows)))
        if "xlsx-string" in args.inputs:
            files.append(("XLSX with one 1.2 GB shared string",
                          xlsx_with_parts(folder / "string.xlsx", huge_string_parts(1200 * 2**20), small_sheet())))
        if "xlsx-rows" in args.inputs:
            files.append(("XLSX of 8M empty rows", xlsx_with_parts(folder / "rows.xlsx", header_strings(), empty_rows(8_000_000))))
        if "json" in args.inputs:
            files.append(("JSON nested 200,000 deep", deep_json(folder / "deep.json", 200_000)))
        print("\n## memory: peak resident memory of `storecheck catalogue import FILE`")
        print("| input | file size | peak RSS | peak / file size | exit | last message |")
        print("|---|---|---|---|---|---|")
        if "json-list" in args.inputs:
            files.append(("before: that JSON document read whole (`json.loads`, where imports began), alone",
                          folder / "big.json"))
        for label, path in files:
            # A fresh interpreter per input, so RUSAGE_CHILDREN's maximum is this import's alone.
            started = time.monotonic()
            part = "read-whole" if label.startswith("before:") else "one-import"
            out = subprocess.run(
                [sys.executable, __file__, "--only", part, "--file", str(path), "--workspace", str(ws.path)],
                env=env, capture_output=True, text=True)
            fields = out.stdout.rstrip("\n").split("\t")
            peak, code, last = fields if len(fields) == 3 else ("?", "?", out.stderr.strip()[-160:])
            size = path.stat().st_size
            ratio = f"{float(peak) / (size / 2**20):.2f}x" if peak != "?" and size > 2**20 else "-"
            print(f"| {label} | {size / 2**20:,.1f} MB | {peak} MB | {ratio} | {code} | {last} "
                  f"({time.monotonic() - started:.0f} s) |")


def one_import(args) -> None:
    env = {**os.environ, "STORECHECK_WORKSPACE": args.workspace}
    peak, code, last = peak_mb([*STORECHECK, "catalogue", "import", args.file], env)
    print(f"{peak:.0f}\t{code}\t{last.replace(chr(9), ' ')}")


def read_whole(args) -> None:
    """What an import of a .json document did first before it was streamed: the document read whole."""
    peak, code, last = peak_mb([sys.executable, "-c", "import json, sys; json.loads(open(sys.argv[1], 'rb').read())",
                                args.file], dict(os.environ))
    print(f"{peak:.0f}\t{code}\t{last.replace(chr(9), ' ')}")


def bench_passes(args) -> None:
    """CPU time of an import's two passes over a file: the write pass as before (the file read and
    checked again) and as now (the valid rows read back from the check pass's spill)."""
    from storecheck.catalogue import load_file

    def cpu(work) -> float:
        started = time.process_time()
        work()
        return time.process_time() - started

    def read_back(result) -> None:
        for _ in result.batches():
            pass

    print(f"\n## import passes: CPU seconds of an import's check and write passes over {args.pass_rows:,} rows "
          f"(database writes left out: the same either way; load {os.getloadavg()[0]:.1f})")
    print("| file | before: check | before: write pass (file read and checked again) | now: check, rows spilled | "
          "now: write pass (spill read back) | before | now | now / before |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label, path in (("CSV", csv_catalogue(folder / "rows.csv", args.pass_rows)),
                            ("JSON document", json_catalogue(folder / "rows.json", args.pass_rows))):
            check = cpu(lambda: load_file(path, "products", keep_valid=False))
            again = cpu(lambda: load_file(path, "products", keep_valid=False))
            spilled = []
            check_now = cpu(lambda: spilled.append(load_file(path, "products", spill=True)))
            write_now = cpu(lambda: read_back(spilled[0]))
            before, now = check + again, check_now + write_now
            print(f"| {label}, {path.stat().st_size / 2**20:,.0f} MB | {check:.1f} | {again:.1f} | {check_now:.1f} | "
                  f"{write_now:.1f} | {before:.1f} | {now:.1f} | {now / before:.2f} |")


# --- 3. kill -9 at random moments ------------------------------------------------------


def product_fields(ws: Workspace) -> dict:
    engine = db.open_database(ws.database_url)
    try:
        with engine.connect() as conn:
            return {r.sku: (r.name, r.brand, r.category, r.price) for r in conn.execute(select(db.own_products))}
    finally:
        engine.dispose()


def kill_at_random(command: list[str], env: dict, rng: random.Random, longest: float) -> float:
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    moment = rng.uniform(0.5, longest)
    try:
        process.wait(timeout=moment)
        return -1.0  # finished before the kill
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return moment


def bench_kills(args) -> None:
    rng = random.Random(20261201)
    world = World(seed=13, products=args.products)
    print(f"\n## kills: kill -9 at a random moment, {args.kills} times each")
    print("| command | kills landed | rows stored before and lost | next run completes |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp, DemoShops(world) as shops:
        ws = demo_workspace(Path(tmp) / "ws", world, shops)
        env = env_for(ws)
        big = csv_catalogue(Path(tmp) / "catalogue.csv", args.kill_rows)
        # import: a second catalogue over the demo one
        landed = lost = 0
        complete = True
        for _ in range(args.kills):
            before = product_fields(ws)
            if kill_at_random([*STORECHECK, "catalogue", "import", str(big)], env, rng, args.kill_rows / 1000) >= 0:
                landed += 1
            after = product_fields(ws)
            lost += sum(1 for sku, fields in before.items() if sku not in after or None in fields[:1])
            subprocess.run([*STORECHECK, "catalogue", "import", str(big)], env=env, capture_output=True)
            complete &= len(product_fields(ws)) == len(before | {f"SKU{n:08d}": None for n in range(args.kill_rows)})
        print(f"| catalogue import ({args.kill_rows:,} rows) | {landed}/{args.kills} | {lost} | {'yes' if complete else 'NO'} |")
        # crawl
        subprocess.run([*STORECHECK, "crawl"], env=env, capture_output=True)
        landed = lost = 0
        complete = True
        for day in range(args.kills):
            world.day = day + 1
            products_before = count(ws, db.competitor_products)
            observations_before = count(ws, db.observations)
            if kill_at_random([*STORECHECK, "crawl"], env, rng, 8) >= 0:
                landed += 1
            lost += max(0, products_before - count(ws, db.competitor_products))
            lost += max(0, observations_before - count(ws, db.observations))
            again = subprocess.run([*STORECHECK, "crawl"], env=env, capture_output=True)
            complete &= again.returncode == 0
        print(f"| crawl (3 demo shops) | {landed}/{args.kills} | {lost} | {'yes' if complete else 'NO'} |")
        # match, with decisions a person took on some pairs
        subprocess.run([*STORECHECK, "match"], env=env, capture_output=True)
        engine = db.open_database(ws.database_url)
        with engine.begin() as conn:
            pairs = conn.execute(select(db.matches.c.sku, db.matches.c.competitor_product_id)
                                 .where(db.matches.c.status.in_(("matched", "proposed"))).limit(20)).all()
            for n, pair in enumerate(pairs):
                db.record_decision(conn, pair.sku, pair.competitor_product_id, "confirmed" if n % 2 else "rejected",
                                   decided_by="bench", overwrite_decision=False)
        engine.dispose()
        landed = lost = 0
        complete = True
        for _ in range(args.kills):
            engine = db.open_database(ws.database_url)
            with engine.connect() as conn:
                decided = conn.execute(select(func.count()).select_from(db.matches)
                                       .where(db.matches.c.status.in_(db.HUMAN_STATUSES))).scalar_one()
            engine.dispose()
            matches_before = count(ws, db.matches)
            if kill_at_random([*STORECHECK, "match"], env, rng, 6) >= 0:
                landed += 1
            engine = db.open_database(ws.database_url)
            with engine.connect() as conn:
                decided_after = conn.execute(select(func.count()).select_from(db.matches)
                                             .where(db.matches.c.status.in_(db.HUMAN_STATUSES))).scalar_one()
            engine.dispose()
            lost += max(0, decided - decided_after)
            again = subprocess.run([*STORECHECK, "match"], env=env, capture_output=True)
            complete &= again.returncode == 0 and count(ws, db.matches) >= min(matches_before, 1)
        print(f"| match | {landed}/{args.kills} | {lost} decisions | {'yes' if complete else 'NO'} |")


# --- 4. how long a crawl of the hostile shop takes -----------------------------------


# What the hostile shop's crawl is timed with: a page gets 1 s, and a failed one is not asked again.
QUICK_FAILS = {"DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 0}


def bench_hostile(args) -> None:
    """The hostile shop of tests/test_hostile_shops.py (timeouts, a 50 MB page, a redirect
    loop, traps) crawled once, beside a crawl of the demo HTML shop in the same run: the
    test only checks what the crawl records, its duration is measured here."""
    import importlib.util

    from storecheck.crawl import run_crawl

    sys.path.insert(0, str(ROOT / "tests"))
    spec = importlib.util.spec_from_file_location("hostile", ROOT / "tests" / "test_hostile_shops.py")
    hostile = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hostile)
    server = hostile._Server(("127.0.0.1", 0), hostile._Handler)
    server.shop = hostile.HostileShop()
    server.shop.base = f"http://127.0.0.1:{server.server_address[1]}/"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    world = World(seed=17, products=60)
    try:
        with tempfile.TemporaryDirectory() as tmp, DemoShops(world) as shops:
            ws = hostile.new_workspace(Path(tmp) / "hostile")
            ws.add_competitor(hostile.NAME, server.shop.base, download_delay=0, platform="html")
            started = time.monotonic()
            summary = run_crawl(ws, hostile.NAME, extra_settings=QUICK_FAILS, timeout=120)
            hostile_seconds = time.monotonic() - started
            demo = init_workspace(Path(tmp) / "demo")
            name = next(n for n, kind in COMPETITORS if kind == "html")
            demo.add_competitor(name, shops.urls[name], "html", download_delay=0.0)
            started = time.monotonic()
            baseline = run_crawl(demo, name, extra_settings=QUICK_FAILS, timeout=120)
            baseline_seconds = time.monotonic() - started
    finally:
        server.shop.released.set()
        server.shutdown()
    print("\n## hostile shop crawl (DOWNLOAD_TIMEOUT 1 s, no retries)")
    print(f"baseline, demo HTML shop of 60 products: {baseline_seconds:.1f} s, {baseline['status']}, "
          f"{baseline['items']} products")
    print(f"hostile shop: {hostile_seconds:.1f} s, {summary['status']}, {summary['items']} products, "
          f"{len(summary['errors'])} errors recorded")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=0, help="length of the baseline (default: as long as the busy run)")
    parser.add_argument("--products", type=int, default=300, help="products per demo shop")
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--kill-rows", type=int, default=50_000, help="rows of the catalogue imported and killed")
    parser.add_argument("--inputs", default="csv,json-list,xlsx-string,xlsx-rows,json")
    parser.add_argument("--pass-rows", type=int, default=200_000, help="rows of the file read by the passes part")
    parser.add_argument("--only", default="load,memory,passes,kills,hostile")
    parser.add_argument("--file")
    parser.add_argument("--workspace")
    args = parser.parse_args()
    parts = args.only.split(",")
    if "one-import" in parts:
        one_import(args)
        return
    if "read-whole" in parts:
        read_whole(args)
        return
    if "load" in parts:
        bench_load(args)
    if "memory" in parts:
        measure_memory(args)
    if "passes" in parts:
        bench_passes(args)
    if "kills" in parts:
        bench_kills(args)
    if "hostile" in parts:
        bench_hostile(args)


if __name__ == "__main__":
    main()
