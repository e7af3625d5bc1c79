"""E-mail delivery: one digest over SMTP, STARTTLS on smtp:// and TLS on smtps://.

The password comes from STORECHECK_SMTP_PASSWORD, never from storecheck.toml.
Certificates are checked against the system's trust store (or the one
SSL_CERT_FILE names, for a private mail server's CA), and the password is
never sent over a connection that is not encrypted: an smtp:// server that
offers no STARTTLS is refused.

One exception, for a shop's own server, whose usual way to send mail is the
relay on the machine itself (postfix or exim on localhost:25): with no user
(so no password) and a loopback host, the mail goes as that relay takes it —
plain when it offers no STARTTLS, over STARTTLS without checking its
certificate when it does (Debian's postfix ships a self-signed one made for the
machine's name, which no check for "127.0.0.1" passes). Neither protects
anything there: the message never crosses a network before the relay.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from urllib.parse import unquote, urlsplit

from storecheck.alerts import digest
from storecheck.config import Notify, is_loopback

PASSWORD_VARIABLE = "STORECHECK_SMTP_PASSWORD"
# Most mail servers refuse messages over 25 MB; base64 grows an attachment by a third.
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


class DeliveryError(Exception):
    """A delivery that could not be made, with a sentence a user can act on."""


def message(notify: Notify, shop: str, events: Sequence[dict], report: Path | None = None) -> EmailMessage:
    attach = report if notify.attach_report and report is not None and report.is_file() else None
    if attach is not None and attach.stat().st_size > MAX_ATTACHMENT_BYTES:
        attach = None
    msg = EmailMessage()
    msg["Subject"] = digest.subject(shop, events)
    msg["From"] = notify.mail_from
    msg["To"] = ", ".join(notify.mail_to)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=(notify.mail_from or "storecheck").rpartition("@")[2] or None)
    msg.set_content(digest.text(shop, events, notify.report_url))
    msg.add_alternative(digest.html(shop, events, notify.report_url, attach.name if attach else None), subtype="html")
    if attach is not None:
        msg.add_attachment(attach.read_bytes(), maintype="text", subtype="html", filename=attach.name)
    return msg


def send(notify: Notify, msg: EmailMessage) -> list[str]:
    """Send `msg` over the configured SMTP server; DeliveryError with the reason when it cannot.

    Returns the addresses the server refused while it took the message for the others, each with its
    answer: the message is delivered (sent again, the others would get it twice), but a mistyped or
    closed mailbox would otherwise get no alert without anyone knowing."""
    url = urlsplit(notify.smtp_url or "")
    secure = url.scheme == "smtps"
    host, port = url.hostname or "", url.port or (465 if secure else 587)
    user = unquote(url.username) if url.username else None
    password = os.environ.get(PASSWORD_VARIABLE)
    if user and not password:
        raise DeliveryError(f"{PASSWORD_VARIABLE} is not set; the SMTP server needs a password for {user!r}")
    local_relay = not user and is_loopback(host)
    context = ssl.create_default_context()
    if local_relay:
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    try:
        if secure:
            server = smtplib.SMTP_SSL(host, port, context=context, timeout=notify.timeout)
        else:
            server = smtplib.SMTP(host, port, timeout=notify.timeout)
        with server:
            if not secure:
                server.ehlo()
                if server.has_extn("starttls"):
                    server.starttls(context=context)
                    server.ehlo()
                elif not local_relay:
                    raise DeliveryError(
                        f"{host}:{port} offers no STARTTLS; not sending mail in the clear"
                        + (" with a password" if user else " across a network")
                        + ". Use smtps:// or a server that offers STARTTLS; a relay on this machine "
                          "(smtp://127.0.0.1:25, no user) takes the mail without TLS")
            if user:
                server.login(user, password)
            refused = server.send_message(msg)
    except DeliveryError:
        raise
    except ssl.SSLCertVerificationError as exc:
        raise DeliveryError(f"{host}:{port}: its certificate is not trusted ({exc.verify_message}); if the server "
                            "is your own, point SSL_CERT_FILE at its certificate or its CA's") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(f"{host}:{port}: {exc}") from None
    return [f"{address}: {code} {_answer(answer)}" for address, (code, answer) in sorted((refused or {}).items())]


def _answer(answer: object) -> str:
    text = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)
    return " ".join(text.split())
