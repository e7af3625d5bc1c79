"""Webhook delivery: one Slack-compatible JSON message (`text`, plus `blocks`) per digest."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from urllib.parse import urlsplit

from storecheck.alerts import digest
from storecheck.alerts.mail import DeliveryError
from storecheck.config import USER_AGENT

# Slack allows 50 blocks a message; one is the heading.
MAX_BLOCKS = 49


def _escape(text: str) -> str:
    """Slack's mrkdwn reads &, < and > as markup: competitors' text must not make links or mentions."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def payload(shop: str, events: Sequence[dict], report_url: str | None = None) -> dict:
    heading = digest.subject(shop, events)
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": f"*{_escape(heading)}*"}}]
    lines = [_escape(digest.line(event)) for event in events[:digest.MAX_LISTED]]
    if len(events) > digest.MAX_LISTED:
        lines.append(f"… and {len(events) - digest.MAX_LISTED} more; every change is in the report.")
    if report_url:
        lines.append(f"Report: {_escape(report_url)}")
    # A section's text is limited to 3,000 characters: pack lines into as few sections as fit.
    chunk: list[str] = []
    for text in lines:
        if chunk and len("\n".join([*chunk, text])) > 2900:
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(chunk)}})
            chunk = []
        chunk.append(text[:2900])
    if chunk:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(chunk)}})
    return {"text": _escape(digest.text(shop, events, report_url)), "blocks": blocks[:MAX_BLOCKS + 1]}


def label(url: str) -> str:
    """A webhook as it may be printed: its host, not the secret path a Slack hook URL carries."""
    parts = urlsplit(url)
    return f"webhook {parts.scheme}://{parts.netloc}/…"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is answered, not followed: urllib turns a POST redirected by 301, 302 or 303 into a GET
    without the message, which the new address may answer 200, and the alerts counted as delivered
    were delivered to nobody. Followed as it stands (307, 308), the message would go to a host the
    settings never named."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def post(url: str, body: dict, timeout: float) -> None:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode("utf-8"), method="POST",
        headers={"Content-Type": "application/json", "User-Agent": USER_AGENT},
    )
    try:
        # The status is the delivery's answer; the body is not read, so an endpoint that
        # answers 200 and sends on for ever neither holds the run nor fills its memory.
        with _OPENER.open(request, timeout=timeout):
            pass
    except urllib.error.HTTPError as exc:
        moved = exc.headers.get("Location") if 300 <= exc.code < 400 and exc.headers else None
        if moved:
            where = label(urllib.parse.urljoin(url, moved))
            raise DeliveryError(f"answered {exc.code} {exc.reason}: the hook moved to {where}; put its new URL "
                                "in [notify] webhooks") from None
        raise DeliveryError(f"answered {exc.code} {exc.reason}") from None
    except (OSError, ValueError) as exc:
        raise DeliveryError(str(exc)) from None
