"""A fifth tester's pass over alerts by e-mail: a mail server that takes the digest for some of its
addresses and refuses another (a mistyped or closed mailbox)."""

from __future__ import annotations

import email

import pytest

from shared_fixtures import tls_smtp
from test_alerts import cli_run, set_notify


@pytest.fixture
def picky_smtp(tmp_path, monkeypatch):
    """aiosmtpd with STARTTLS on 127.0.0.1 that refuses mail for gone@shop.example."""

    class Inbox:
        def __init__(self):
            self.messages: list[dict] = []

        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address == "gone@shop.example":
                return "550 5.1.1 mailbox unavailable"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            self.messages.append({"to": list(envelope.rcpt_tos), "message": email.message_from_bytes(envelope.original_content)})
            return "250 OK"

    inbox = Inbox()
    with tls_smtp(tmp_path, monkeypatch, inbox) as port:
        yield inbox, port


def test_an_address_the_mail_server_refused_is_named(rival, picky_smtp):
    # The server took the digest for pricing@ and refused gone@: "Sent 3 alerts by mail", nothing more, and
    # gone@ never got an alert without anyone knowing. The refused address is now named, with the server's
    # answer; the alerts count as sent (pricing@ has them), so they are not sent to it twice.
    workspace, *_ = rival
    inbox, port = picky_smtp
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://127.0.0.1:{port}"\nmail_from = "storecheck@shop.example"\n'
                          'mail_to = ["pricing@shop.example", "gone@shop.example"]\n')
    assert cli_run(workspace, "report").exit_code == 0
    first = cli_run(workspace, "alerts", "send")
    output = " ".join(first.output.split())
    assert "Sent 3 alerts by mail" in output, output
    assert "gone@shop.example" in output and "550" in output and "mailbox unavailable" in output, output
    assert [m["to"] for m in inbox.messages] == [["pricing@shop.example"]]
    again = cli_run(workspace, "alerts", "send")
    assert "nothing new to send" in again.output and len(inbox.messages) == 1
