"""Alerts end to end: a real SMTP server with STARTTLS and a password (aiosmtpd)
and a local HTTP receiver on 127.0.0.1; a failed delivery is retried, and an
event is never sent twice."""

from __future__ import annotations

import datetime as dt
import json
import threading
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from conftest import record_crawl, require
from shared_fixtures import free_port

from storecheck import db
from storecheck.alerts import rules
from storecheck.cli import cli
from storecheck.config import Alerts, ConfigError, parse_config
from storecheck.models import Offer, OwnProduct

UTC = dt.UTC


@pytest.fixture
def receiver():
    """A webhook receiver on 127.0.0.1 that answers `status` (set 500 to make deliveries fail)."""

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if server.status == 200:
                server.bodies.append(json.loads(body))
            self.send_response(server.status)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    server.status, server.bodies = 200, []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def cli_run(workspace, *args):
    return CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])


def set_notify(workspace, text: str) -> None:
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")


def test_mail_and_webhook_delivery_retried_and_never_twice(rival, smtp_server, receiver):
    workspace, engine, coffee, tea = rival
    inbox, port = smtp_server
    hook = f"http://127.0.0.1:{receiver.server_port}/hook/secret-token"
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://ann@127.0.0.1:{port}"\nmail_from = "storecheck@shop.example"\n'
                          f'mail_to = ["pricing@shop.example"]\nwebhooks = ["{hook}"]\n')

    dry = cli_run(workspace, "alerts", "send", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "Would send 3 alerts by mail" in dry.output and "undercut" in dry.output
    with engine.connect() as conn:
        assert conn.execute(db.select(db.func.count()).select_from(db.alert_events)).scalar_one() == 0
    assert inbox.messages == [] and receiver.bodies == []

    # A report records the changes since the previous crawl as events; its copy latest.html goes with the mail.
    assert cli_run(workspace, "report").exit_code == 0
    receiver.status = 500
    first = cli_run(workspace, "alerts", "send")
    assert first.exit_code == 1, first.output
    assert "Sent 3 alerts by mail" in first.output
    assert "Not delivered by webhook" in first.output and "500" in first.output and "secret-token" not in first.output
    [sent] = inbox.messages
    assert sent["tls"] and sent["user"] == b"ann" and sent["to"] == ["pricing@shop.example"]
    message = sent["message"]
    assert message["Subject"] == "storecheck: 3 alerts for Test Shop at Rival"
    html = next(part for part in message.walk() if part.get_content_type() == "text/html"
                and part.get_filename() is None).get_payload(decode=True).decode()
    rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in BeautifulSoup(html, "html.parser").select("tbody tr")]
    assert sorted(row[1] for row in rows) == ["out of stock", "price down", "undercut"]
    assert ["Rival", "out of stock", "Tea <script>", ""] in rows  # competitors' text is escaped, shown as text
    assert "<script>" not in html
    [attachment] = [part for part in message.walk() if part.get_filename()]
    assert attachment.get_filename() == "latest.html"

    # The webhook is retried; the mail, delivered already, is not sent again.
    receiver.status = 200
    second = cli_run(workspace, "alerts", "send")
    assert second.exit_code == 0, second.output
    assert "Sent 3 alerts by webhook" in second.output and "by mail" not in second.output
    [body] = receiver.bodies
    assert "price down" in body["text"] and "Tea &lt;script&gt;" in body["text"]
    assert body["blocks"][0]["text"]["type"] == "mrkdwn"
    assert len(inbox.messages) == 1

    third = cli_run(workspace, "alerts", "send")
    assert third.exit_code == 0 and "nothing new to send" in third.output
    assert len(inbox.messages) == 1 and len(receiver.bodies) == 1

    # A later crawl: only what is new since is sent.
    record_crawl(engine, workspace, [coffee.model_copy(update={"price": Decimal("8")}), tea], dt.datetime.now(UTC))
    fourth = cli_run(workspace, "alerts", "send")
    assert fourth.exit_code == 0, fourth.output
    assert len(inbox.messages) == 2 and len(receiver.bodies) == 2
    assert inbox.messages[1]["message"]["Subject"] == "storecheck: 1 alert for Test Shop at Rival"
    assert "back in stock" in receiver.bodies[1]["text"] and "price down" not in receiver.bodies[1]["text"]


def test_a_mail_server_without_starttls_gets_no_password(rival, monkeypatch):
    """A plain SMTP server (no STARTTLS): the mail is not sent, the reason is said, and it stays due."""
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        require(False, "aiosmtpd is not installed (pip install -e '.[test]')")
    workspace, engine, _coffee, _tea = rival

    class Inbox:
        messages: list = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope)
            return "250 OK"

    port = free_port()
    controller = Controller(Inbox(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        monkeypatch.setenv("STORECHECK_SMTP_PASSWORD", "s3cret")
        set_notify(workspace, f'[notify]\nsmtp_url = "smtp://ann@127.0.0.1:{port}"\nmail_from = "a@shop.example"\n'
                              'mail_to = ["b@shop.example"]\n')
        result = cli_run(workspace, "alerts", "send")
    finally:
        controller.stop()
    assert result.exit_code == 1 and "offers no STARTTLS" in result.output
    assert Inbox.messages == []
    with engine.connect() as conn:
        deliveries = conn.execute(db.select(db.alert_deliveries)).mappings().all()
    assert len(deliveries) == 3
    assert all(d["sent_at"] is None and d["attempts"] == 1 and "STARTTLS" in d["last_error"] for d in deliveries)


def test_rules_direction_kinds_and_scope():
    rows = [
        {"kind": "price up", "competitor": "Rival", "key": "1", "competitor_product_id": 1, "categories": {"Coffee"}},
        {"kind": "price down", "competitor": "Rival", "key": "2", "competitor_product_id": 2, "categories": {"Tea"},
         "brands": {"Leaf"}},
        {"kind": "delisted", "competitor": "Other", "key": "3", "competitor_product_id": 3, "categories": {"Coffee"}},
        {"kind": "crawl failed", "competitor": "Rival", "key": "4"},
    ]
    keys = lambda **rule: [r["key"] for r in rules.wanted(rows, Alerts(**rule))]  # noqa: E731
    assert keys() == ["1", "2", "3", "4"]
    assert keys(price_direction="down") == ["2", "3", "4"]
    assert keys(kinds=["delisted", "crawl failed"], competitors=["rival"]) == ["4"]
    assert keys(categories=["coffee"]) == ["1", "3", "4"]  # a whole crawl's failure concerns every category
    assert keys(brands=["Leaf"]) == ["2", "4"]


@pytest.mark.parametrize("notify,message", [
    ({"smtp_url": "smtp://ann:pw@mail.example:587", "mail_from": "a@b", "mail_to": ["c@d"]}, "STORECHECK_SMTP_PASSWORD"),
    ({"smtp_url": "http://mail.example"}, "smtp://user@host:587"),
    ({"smtp_url": "smtp://mail.example:587"}, "needs mail_from and mail_to"),
    ({"webhooks": ["ftp://x"]}, "http:// or https://"),
])
def test_notify_settings_are_checked(notify, message):
    with pytest.raises(ConfigError, match=message):
        parse_config({"notify": notify})


def test_run_sends_alerts_and_a_failed_delivery_never_fails_the_crawl(tmp_path, receiver, monkeypatch):
    """`storecheck run` against a demo shop on 127.0.0.1: the webhook gets the alerts, the mail
    server is down; the run still succeeds and the mail stays due for the next run."""
    from storecheck import analysis
    from storecheck.config import Workspace
    from storecheck.demo.shops import DemoShops
    from storecheck.demo.world import World

    world = World(seed=3, products=20)
    ws = tmp_path / "ws"
    assert CliRunner().invoke(cli, ["init", str(ws)]).exit_code == 0
    workspace = Workspace(ws)
    world.write_own_catalogue(tmp_path / "ours.csv")
    assert cli_run(workspace, "catalogue", "import", str(tmp_path / "ours.csv")).exit_code == 0
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://127.0.0.1:{free_port()}"\nmail_from = "a@shop.example"\n'
                          f'mail_to = ["b@shop.example"]\nwebhooks = ["http://127.0.0.1:{receiver.server_port}/hook"]\n')
    with DemoShops(world) as shops:
        Workspace(ws).add_competitor("Greenleaf Market", shops.urls["Greenleaf Market"], download_delay=0.0)
        assert cli_run(Workspace(ws), "run").exit_code == 0  # the first crawl: nothing to compare with yet
        world.day = 1  # a day later the shop changed some prices, promotions and stock
        # The changes are computed once a run, by the report; the alerts sent are those it recorded.
        computed, changes = [], analysis.changes
        counted = lambda *args, **kwargs: computed.append(1) or changes(*args, **kwargs)  # noqa: E731
        # Where the report reads it (the package's report stage) and where any other caller imports it from.
        monkeypatch.setattr(analysis, "changes", counted)
        monkeypatch.setattr(analysis.report, "changes", counted)
        second = cli_run(Workspace(ws), "run")
    assert len(computed) == 1
    assert second.exit_code == 0, second.output
    assert "Not delivered by mail" in second.output and "alerts by webhook" in second.output
    assert second.output.strip().splitlines()[-1].startswith("Report: ")
    assert len(receiver.bodies) == 1
    engine = db.open_database(Workspace(ws).database_url)
    with engine.connect() as conn:
        due = conn.execute(db.select(db.func.count()).select_from(db.alert_deliveries)
                           .where(db.alert_deliveries.c.channel == "mail", db.alert_deliveries.c.sent_at.is_(None))).scalar_one()
        events = conn.execute(db.select(db.func.count()).select_from(db.alert_events)).scalar_one()
    assert due == events > 0  # every event recorded stays due by mail


def test_events_are_recorded_once_each_with_a_delivery_per_channel_even_with_a_long_key(workspace):
    from storecheck.alerts import store

    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(dt.UTC)
    long_key = "price up:" + "x" * 600  # beyond what the key column keeps
    events = [{"key": f"new:{i}", "competitor": "Rival", "kind": "new product", "product": f"P{i}"} for i in range(3)]
    events.append({"key": long_key, "competitor": "Rival", "kind": "price up", "product": "Long", "detail": 1})
    with engine.begin() as conn:
        assert store.record(conn, events, ["mail", "http://127.0.0.1:9/hook"], now) == 4
        assert store.record(conn, events, ["mail"], now) == 0  # the long key is known again by what was stored
        pending = store.pending(conn, "mail")
    assert [e["product"] for e in pending] == ["P0", "P1", "P2", "Long"] and pending[-1]["detail"] == "1"
    with engine.connect() as conn:
        assert conn.execute(db.select(db.func.count()).select_from(db.alert_deliveries)).scalar_one() == 8


def test_an_undercut_in_another_currency_is_converted_and_says_so(workspace):
    from storecheck import analysis
    from storecheck.config import Workspace

    workspace.add_competitor("Yankee", "https://yankee.example/")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    coffee = Offer(key="a", name="Coffee 1 kg", price="20", currency="USD", in_stock=True)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="C1", name="Coffee 1 kg", price="10", currency="EUR")])
    record_crawl(engine, workspace, [coffee], now - dt.timedelta(days=2), competitor="Yankee")
    with engine.begin() as conn:
        ids = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        db.record_decision(conn, "C1", ids["a"], "confirmed", decided_by="test")
    record_crawl(engine, workspace, [coffee.model_copy(update={"price": Decimal("15")})], now - dt.timedelta(days=1),
                 competitor="Yankee")

    def undercuts(config):
        with engine.connect() as conn:
            return [r for r in analysis.changes(conn, config, pairs=analysis.pairs_frame(conn)) if r["kind"] == "undercut"]

    # Without a rate for USD nothing can be compared: no undercut is made up.
    assert undercuts(Workspace(workspace.path).config) == []
    set_notify(workspace, "[currencies]\nrates = { USD = 0.5 }\n")
    # 20 USD was 10 EUR, our price; 15 USD is 7.50 EUR, 25% below us.
    [alert] = undercuts(Workspace(workspace.path).config)
    assert alert["detail"] == "15.00 USD (converted at 0.5: 7.50 EUR) against our 10.00 EUR (-25.0%), our C1"
