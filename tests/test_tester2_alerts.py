"""A second tester's pass over alerts by e-mail: settings a person types into storecheck.toml."""

from __future__ import annotations

import pytest

from test_alerts import cli_run, free_port, rival, set_notify  # noqa: F401  (rival is a fixture)


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


def test_a_name_with_a_line_break_is_refused_before_any_mail(rival):
    # The shop's and competitors' names go into the mail's subject: "Test\nShop" (a TOML "\n", or a
    # name pasted from a letterhead) ended `alerts send` in the mail library's traceback.
    workspace, *_ = rival
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace('name = "Test Shop"', 'name = "Test\\nShop"'), encoding="utf-8")
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://127.0.0.1:{free_port()}"\n'
                          'mail_from = "a@shop.example"\nmail_to = ["b@shop.example"]\n')
    result = cli_run(workspace, "alerts", "send")
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), repr(result.exception)
    assert "shop.name" in result.output and "must be one line" in result.output


def test_a_competitor_added_with_a_line_break_in_its_name_is_refused_and_not_written(workspace):
    before = workspace.config_path.read_text(encoding="utf-8")
    result = cli_run(workspace, "competitor", "add", "Rival\nBcc: x", "https://rival.example/")
    assert result.exit_code != 0 and "must be one line" in result.output, result.output
    assert workspace.config_path.read_text(encoding="utf-8") == before
