"""A seventh tester's pass over alerts by e-mail: an address whose domain is written in Unicode, sent
through a mail server that does not offer SMTPUTF8 (as many do not). aiosmtpd with STARTTLS on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy

import pytest

from shared_fixtures import tls_smtp
from test_alerts import cli_run, set_notify


@pytest.fixture
def ascii_smtp(tmp_path, monkeypatch):
    class Inbox:
        def __init__(self):
            self.messages: list[dict] = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append({"to": list(envelope.rcpt_tos),
                                  "message": email.message_from_bytes(envelope.original_content, policy=email.policy.default)})
            return "250 OK"

    inbox = Inbox()
    with tls_smtp(tmp_path, monkeypatch, inbox, enable_SMTPUTF8=False) as port:
        yield inbox, port


def test_an_address_at_an_international_domain_reaches_a_server_without_smtputf8(rival, ascii_smtp):
    # "Zoë Ørsted <zoe@bücher.example>" made every send fail: "the server does not advertise the
    # required SMTPUTF8 capability", tried again (and failed again) at every send. The domain's ASCII
    # form is the same mailbox; the name in Unicode goes in the header's own encoding, as it always did.
    workspace, *_ = rival
    inbox, port = ascii_smtp
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://127.0.0.1:{port}"\n'
                          'mail_from = "Preisüberwachung <storecheck@shop.example>"\n'
                          'mail_to = ["Zoë Ørsted <zoe@bücher.example>"]\n')
    assert cli_run(workspace, "report").exit_code == 0
    result = cli_run(workspace, "alerts", "send")
    assert "Sent 3 alerts by mail" in " ".join(result.output.split()), result.output
    (sent,) = inbox.messages
    assert sent["to"] == ["zoe@xn--bcher-kva.example"]
    assert sent["message"]["To"].addresses[0].display_name == "Zoë Ørsted"
    assert sent["message"]["From"].addresses[0].display_name == "Preisüberwachung"


def test_a_mail_domain_in_unicode_is_read_under_idna_2008(workspace):
    # Review R4: under IDNA 2003, ann@straße.de went to ann@strasse.de, another registrant's domain.
    set_notify(workspace, '[notify]\nmail_to = ["ann@straße.de", "Zoë <zoe@Bücher.example>"]\n')
    from storecheck.config import load_config

    assert load_config(workspace.config_path).notify.mail_to == ["ann@xn--strae-oqa.de", "Zoë <zoe@xn--bcher-kva.example>"]
