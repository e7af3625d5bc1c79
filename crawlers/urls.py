"""Which links a shop crawl follows: canonical URLs and the guards against crawler traps.

A shop's link graph can be endless: session ids minted per visit, calendars
that always link to the next month, faceted search whose filters combine
without end. `canonical_url` removes what only identifies a visit (session
ids, tracking parameters, fragments) so each page is fetched once; `Frontier`
decides for every other link whether it is worth a request, and says why not.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that identify a visit or a campaign, never a page.
SESSION_PARAMS = frozenset({
    "jsessionid", "phpsessid", "sid", "sessionid", "session_id", "session", "sessid", "cfid", "cftoken",
    "zenid", "oscsid", "xtcsid", "ps_session", "aspsessionid", "wtsid",
})
# The click ids and campaign tags of the common ad, mail and social platforms (Google, Microsoft,
# Meta, Instagram, TikTok, X, LinkedIn, Yandex, Pinterest, Mailchimp, HubSpot, Marketo, Klaviyo),
# as privacy tools strip them (ClearURLs' rules).
TRACKING_PARAMS = frozenset({
    "gclid", "gclsrc", "gbraid", "wbraid", "dclid", "fbclid", "msclkid", "yclid", "igshid", "ttclid", "twclid", "li_fat_id",
    "epik", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking", "mkt_tok", "_kx",
    "_ga", "_gl", "ref", "srsltid",
})
_TRACKING_PREFIX = ("utm_", "pk_", "mtm_")
# ";jsessionid=..." and friends inside the path (Java, some .NET shops).
_PATH_SESSION = re.compile(r";(?:jsessionid|sid|phpsessid|sessionid)=[^/?#]*", re.I)
# Session ids some shops put in the path itself: /(S(abc...))/ (ASP.NET cookieless sessions).
_ASPNET_SESSION = re.compile(r"/\(S\([a-z0-9]{16,}\)\)", re.I)

PAGINATION_PARAMS = frozenset({"page", "p", "pg", "paged", "pagenumber", "seite", "pagina", "offset", "start"})


def _folder(url: str) -> str:
    """The folder a start URL names ("/shops/alpha/" of ".../shops/alpha", ".../shops/alpha/" or
    ".../shops/alpha/index.html"), ending in "/"."""
    path = urlsplit(url).path or "/"
    if not path.endswith("/"):
        head, _, last = path.rpartition("/")
        path = head + "/" if "." in last else path + "/"
    return path


def shared_host_scope(own: str, others: list[str]) -> tuple[str, tuple[str, ...]]:
    """(the folder a competitor's crawl reads under, the folders within it other competitors are) when
    other competitors' URLs share its host and port: two sellers of one marketplace, two brands of a
    group under one domain (hostile13's S112, where a crawl of one seller stored the other's products
    as its own). A competitor alone on its host reads all of it, `("/", ())`, as before: a start URL's
    path ("/en/", "/shop/home") says where a crawl begins, not which pages are the shop's."""
    netloc = urlsplit(own).netloc.lower()
    shared = [_folder(other) for other in others if other and urlsplit(other).netloc.lower() == netloc]
    if not shared:
        return "/", ()
    folder = _folder(own)
    return folder, tuple(sorted({f for f in shared if f != folder and f.startswith(folder)}))


def shared_host_folders(own: str, others: list[str]) -> tuple[str, ...]:
    """The folders of the other competitors whose URLs share this competitor's host and port, wherever
    they are on it (`shared_host_scope` keeps only those within this competitor's folder)."""
    netloc = urlsplit(own).netloc.lower()
    folder = _folder(own)
    return tuple(sorted({_folder(other) for other in others
                         if other and urlsplit(other).netloc.lower() == netloc and _folder(other) != folder}))


def linked_from_scope(path: str, scope: tuple[str, tuple[str, ...]], other_folders: tuple[str, ...]) -> bool:
    """Whether a page linked from a page in the competitor's folder is read: anywhere on the host but
    under another competitor's folder. A seller's storefront is its shop window, and the marketplaces
    users add put the listings it links outside it (Etsy `/shop/NAME` -> `/listing/N`, eBay `/str/NAME`
    -> `/itm/N`, Allegro `/uzytkownik/NAME` -> `/oferta/...`): kept to the folder alone, such a crawl read
    no product at all (review R3 on S112's mend). Such a page is read, and walked on from only into
    the folder (`in_scope`), so the other sellers' listings it links are not.

    >>> scope = shared_host_scope("http://m.example/shop/alpha", ["http://m.example/shop/beta"])
    >>> others = shared_host_folders("http://m.example/shop/alpha", ["http://m.example/shop/beta"])
    >>> linked_from_scope("/listing/7/mug", scope, others), linked_from_scope("/shop/beta/", scope, others)
    (True, False)
    """
    if in_scope(path, scope):
        return True
    path = (path or "/").rstrip("/") + "/"
    return not any(path.startswith(other) for other in other_folders)


def in_scope(path: str, scope: tuple[str, tuple[str, ...]]) -> bool:
    """Whether a page's path is under the competitor's folder and under no other competitor's within it
    (`shared_host_scope`).

    >>> scope = shared_host_scope("http://m.example/shops/alpha/", ["http://m.example/shops/beta/"])
    >>> in_scope("/shops/alpha/p/1.html", scope), in_scope("/shops/beta/p/1.html", scope), in_scope("/", scope)
    (True, False, False)
    """
    folder, others = scope
    path = (path or "/").rstrip("/") + "/"
    return path.startswith(folder) and not any(path.startswith(other) for other in others)


def canonical_url(url: str) -> str:
    """The URL without session ids, tracking parameters and fragment, query sorted."""
    url = _ASPNET_SESSION.sub("", _PATH_SESSION.sub("", url))
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.casefold() not in SESSION_PARAMS and k.casefold() not in TRACKING_PARAMS
        and not k.casefold().startswith(_TRACKING_PREFIX)
    ]
    cleaned = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))
    return canonicalize_url(cleaned, keep_fragments=False)


def query_keys(url: str) -> tuple[str, ...]:
    return tuple(sorted({k.casefold() for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)}))


def url_shape(url: str) -> str:
    """Path with digit runs replaced and the sorted query keys: `/calendar?month=7` and
    `/calendar?month=8` share a shape, and so do `/events/2024/05` and `/events/2024/06`."""
    parts = urlsplit(url)
    return re.sub(r"\d+", "#", parts.path) + "?" + "&".join(query_keys(url))


class Frontier:
    """Decides whether a discovered link is followed; counts what it turned away, by reason.

    - `facets`: more than `max_query_params` query parameters besides pagination
      (filters combined with filters);
    - `trap`: more than `max_per_shape` distinct URLs of one shape that differ
      only in their query or in numbers (calendars, endless listings);
    - `depth_limit`: more clicks from the start page than the limit (pagination
      does not count, so a long category is read to its end).
    """

    def __init__(self, *, depth_limit: int, max_query_params: int = 2, max_per_shape: int = 2000):
        self.depth_limit = depth_limit
        self.max_query_params = max_query_params
        self.max_per_shape = max_per_shape
        self.shapes: Counter[str] = Counter()
        self.seen: set[str] = set()
        self.turned_away: dict[str, set[str]] = {}

    def admit(self, url: str, depth: int, *, pagination: bool) -> str | None:
        """None when the link is followed, else the reason it is not. Every URL is judged once."""
        if url in self.seen:
            return None
        keys = [k for k in query_keys(url) if k not in PAGINATION_PARAMS]
        reason = None
        if len(keys) > self.max_query_params:
            reason = "facets"
        elif depth > self.depth_limit:
            reason = "depth_limit"
        elif pagination or keys:
            shape = url_shape(url)
            if self.shapes[shape] >= self.max_per_shape:
                reason = "trap"
            else:
                self.shapes[shape] += 1
        if reason is None:
            self.seen.add(url)
            for urls in self.turned_away.values():
                urls.discard(url)
        else:
            self.turned_away.setdefault(reason, set()).add(url)
        return reason

    def was_turned_away(self, url: str) -> bool:
        return any(url in urls for urls in self.turned_away.values())

    def counts(self) -> dict[str, int]:
        return {reason: len(urls) for reason, urls in self.turned_away.items()}
