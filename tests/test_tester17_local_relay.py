"""Alerts through a mail relay on the shop's own server (localhost:25), as a server sends its mail.

Such a relay is often plain SMTP, or offers STARTTLS with a self-signed certificate (Debian's postfix
ships one made for the machine's name, which no check for "127.0.0.1" passes). The mail never leaves
the machine on its way to the relay, and no password goes with it: it is sent. A password, or a relay
on another machine, still needs TLS with a checked certificate, and the refusal says what to set.
aiosmtpd on 127.0.0.1 through the real CLI."""

from __future__ import annotations

import ssl

import pytest
from click.testing import CliRunner
from conftest import require
from shared_fixtures import free_port, self_signed

from storecheck import db
from storecheck.cli import cli


class Inbox:
    def __init__(self):
        self.messages: list[dict] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append({"to": list(envelope.rcpt_tos), "tls": session.ssl is not None})
        return "250 OK"


def controller(handler, **options):
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        require(False, "aiosmtpd is not installed (pip install -e '.[test]')")
    return Controller(handler, hostname="127.0.0.1", port=free_port(), **options)


def send(workspace, url: str):
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + f'\n[notify]\nsmtp_url = "{url}"\n'
                    'mail_from = "storecheck@shop.example"\nmail_to = ["pricing@shop.example"]\n', encoding="utf-8")
    return CliRunner().invoke(cli, ["alerts", "send", "--workspace", str(workspace.path)])


def deliveries(engine):
    with engine.connect() as conn:
        return conn.execute(db.select(db.alert_deliveries)).mappings().all()


def test_a_plain_relay_on_this_machine_takes_the_mail_without_a_password(rival, monkeypatch):
    workspace, engine, _coffee, _tea = rival
    monkeypatch.delenv("STORECHECK_SMTP_PASSWORD", raising=False)
    inbox = Inbox()
    relay = controller(inbox)
    relay.start()
    try:
        result = send(workspace, f"smtp://127.0.0.1:{relay.port}")
    finally:
        relay.stop()
    assert result.exit_code == 0, result.output
    assert "Sent 3 alerts by mail" in result.output
    assert inbox.messages == [{"to": ["pricing@shop.example"], "tls": False}]
    assert all(d["sent_at"] is not None for d in deliveries(engine))


def test_a_relay_on_this_machine_with_a_self_signed_certificate_takes_the_mail_over_tls(rival, tmp_path, monkeypatch):
    """Its certificate is trusted nowhere (no SSL_CERT_FILE), as Debian's snakeoil is not."""
    workspace, engine, _coffee, _tea = rival
    monkeypatch.delenv("STORECHECK_SMTP_PASSWORD", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    cert, key = self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    inbox = Inbox()
    relay = controller(inbox, tls_context=context, require_starttls=True)
    relay.start()
    try:
        result = send(workspace, f"smtp://localhost:{relay.port}")
    finally:
        relay.stop()
    assert result.exit_code == 0, result.output
    assert inbox.messages == [{"to": ["pricing@shop.example"], "tls": True}]


@pytest.mark.parametrize("starttls", [False, True])
def test_a_password_still_needs_a_checked_certificate_and_the_refusal_says_what_to_do(rival, tmp_path, monkeypatch,
                                                                                        starttls):
    workspace, engine, _coffee, _tea = rival
    monkeypatch.setenv("STORECHECK_SMTP_PASSWORD", "s3cret")
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    options = {}
    if starttls:
        cert, key = self_signed(tmp_path)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        options = {"tls_context": context, "require_starttls": True}
    inbox = Inbox()
    relay = controller(inbox, **options)
    relay.start()
    try:
        result = send(workspace, f"smtp://ann@127.0.0.1:{relay.port}")
    finally:
        relay.stop()
    assert result.exit_code == 1 and inbox.messages == []
    if starttls:
        assert "certificate" in result.output and "SSL_CERT_FILE" in result.output
    else:
        assert "offers no STARTTLS" in result.output
        # What a user on the shop's own server can do instead.
        assert "no user" in result.output and "smtps://" in result.output
    assert all(d["sent_at"] is None and d["last_error"] for d in deliveries(engine))
