"""One digest of alert events, as the lines and the HTML that mail and webhooks send."""

from __future__ import annotations

from collections.abc import Sequence

from reports.render import make_environment

# A digest lists this many events; the rest are counted and are in the report.
MAX_LISTED = 200


def subject(shop: str, events: Sequence[dict]) -> str:
    """One line: names are kept as typed ("Two\nlines" is a valid shop name), but a line break in
    a mail header ends the send in the mail library's error, so their whitespace is collapsed here."""
    count = len(events)
    shop = " ".join(shop.split())
    competitors = sorted({" ".join(str(e["competitor"]).split()) for e in events if e.get("competitor")})
    about = f" at {', '.join(competitors[:3])}{' and others' if len(competitors) > 3 else ''}" if competitors else ""
    return f"storecheck: {count} alert{'' if count == 1 else 's'} for {shop}{about}"


def line(event: dict) -> str:
    """An event in one line of plain text."""
    text = f"{event.get('competitor') or '-'} · {event['kind']}"
    if event.get("product"):
        text += f": {event['product']}"
    if event.get("detail"):
        text += f" — {event['detail']}"
    return text


def text(shop: str, events: Sequence[dict], report_url: str | None = None) -> str:
    lines = [subject(shop, events), ""]
    lines += [f"- {line(event)}" + (f"\n  {event['url']}" if event.get("url") else "") for event in events[:MAX_LISTED]]
    if len(events) > MAX_LISTED:
        lines.append(f"... and {len(events) - MAX_LISTED} more; every change is in the report.")
    if report_url:
        lines += ["", f"Report: {report_url}"]
    return "\n".join(lines) + "\n"


def html(shop: str, events: Sequence[dict], report_url: str | None = None, attached: str | None = None) -> str:
    """The digest as an HTML mail body; every text from the data is escaped by the template."""
    return make_environment().get_template("alert_digest.html").render(
        title=subject(shop, events), events=list(events[:MAX_LISTED]), more=max(0, len(events) - MAX_LISTED),
        report_url=report_url, attached=attached,
    )
