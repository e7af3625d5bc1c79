"""A second tester's pass over alerts by e-mail: settings a person types into storecheck.toml."""

from __future__ import annotations

import pytest

from shared_fixtures import free_port
from test_alerts import cli_run, set_notify


@pytest.mark.parametrize(("written", "named"), [
    ('mail_to = ["pricing@shop.example\\nBcc: someone@elsewhere.example"]', "must be one line"),
    ('mail_from = "a@shop.example\\r\\nBcc: someone@elsewhere.example"', "must be one line"),
    ('mail_to = ["pricing@shop.example, buyer@shop.example"]', "is not one e-mail address"),
    ('mail_to = ["pricing team"]', "is not one e-mail address"),
])
def test_a_mail_address_that_is_not_one_address_is_refused_naming_the_key(rival, written, named):
    # A line break in mail_to or mail_from ended `alerts send` (and so every `storecheck run`) in a
    # ValueError traceback from the mail library, and the alerts stayed due for ever.
    workspace, *_ = rival
    defaults = {"mail_to": 'mail_to = ["pricing@shop.example"]', "mail_from": 'mail_from = "a@shop.example"'}
    lines = [written] + [line for key, line in defaults.items() if not written.startswith(key)]
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://127.0.0.1:{free_port()}"\n' + "\n".join(lines) + "\n")
    result = cli_run(workspace, "alerts", "send")
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    key = "notify.mail_to" if written.startswith("mail_to") else "notify.mail_from"
    assert key in result.output and named in result.output


def test_a_name_with_a_display_part_is_still_an_address(rival):
    workspace, *_ = rival
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://127.0.0.1:{free_port()}"\n'
                          'mail_from = "Storecheck <a@shop.example>"\nmail_to = ["Ann Müller <ann@shop.example>"]\n')
    assert cli_run(workspace, "report").exit_code == 0
    result = cli_run(workspace, "alerts", "send")
    assert "Not delivered by mail" in result.output  # read as addresses; no server listens there


def test_a_shop_name_with_a_line_break_is_sent_on_one_line(rival):
    # Names are kept as typed ("Two\nlines" is a valid shop name), but the shop's name goes into the
    # mail's subject, where the line break ended `alerts send` in the mail library's traceback.
    from storecheck.alerts import digest

    workspace, *_ = rival
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace('name = "Test Shop"', 'name = "Test\\nShop"'), encoding="utf-8")
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://127.0.0.1:{free_port()}"\n'
                          'mail_from = "a@shop.example"\nmail_to = ["b@shop.example"]\n')
    assert cli_run(workspace, "report").exit_code == 0
    result = cli_run(workspace, "alerts", "send")
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Not delivered by mail" in result.output  # built and sent; no server listens there
    assert digest.subject("Test\nShop", [{"competitor": "Ri\r\nval"}]) == "storecheck: 1 alert for Test Shop at Ri val"
