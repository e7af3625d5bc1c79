"""Downloader middlewares of the shop crawl: what a shop says about how to be read.

`RetryAfter` waits as long as a shop's `Retry-After` asks before Scrapy's retry asks again;
`TrueCharset` reads a page in the encoding its bytes are in when the one it declares cannot be it;
`CookieWallRedirect` passes a consent or region wall that sets a cookie and sends the visitor back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import reactor
from twisted.internet.task import deferLater

from crawlers.charsets import UTF8_NAMES, currency_languages, page_languages, true_encoding
from crawlers.urls import canonical_url
from storecheck.catalogue.source import FileImportError

# How `TrueCharset` refuses a page whose bytes are no text; `CrawlErrors.errback` names it by these words.
NOT_TEXT = "page not text"

# Answers a shop sends when it wants to be asked later (RFC 9110, 10.2.3).
ASKS_LATER = (429, 503)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a `Retry-After` header asks for: a number of seconds or an HTTP date; None when
    there is none or it cannot be read.

    >>> retry_after_seconds(b"2")
    2.0
    >>> retry_after_seconds("Wed, 02 Dec 2026 10:00:30 GMT", datetime(2026, 12, 2, 10, 0, tzinfo=UTC))
    30.0
    >>> retry_after_seconds(b"soon") is None
    True
    """
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfter:
    """Waits out a 429 or 503 answer's `Retry-After` before Scrapy's `RetryMiddleware` (which
    runs after this one on responses) sends the request again. Scrapy retries at once, so a
    shop that asked for two seconds was asked again within a tenth of one, and every retry
    spent for nothing.

    A wait longer than STORECHECK_RETRY_AFTER_MAX seconds is not waited: the request is not
    retried, and the page is lost as an HTTP error (the run partial) rather than holding the
    crawl for as long as a shop cares to say. Only requests with a retry left wait."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_wait = crawler.settings.getfloat("STORECHECK_RETRY_AFTER_MAX")
        self.retry_times = crawler.settings.getint("RETRY_TIMES")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in ASKS_LATER or request.meta.get("dont_retry"):
            return response
        if request.meta.get("retry_times", 0) >= request.meta.get("max_retry_times", self.retry_times):
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if not wait:
            return response
        stats = self.crawler.stats
        if wait > self.max_wait:
            stats.inc_value("storecheck/retry_after_too_long")
            request.meta["dont_retry"] = True
            request.meta["retry_after_refused"] = wait  # the spider's errback names it on the run
            self.crawler.spider.logger.warning(
                "storecheck: %s asks to be read again in %.0f s, more than STORECHECK_RETRY_AFTER_MAX (%.0f s); not retried",
                request.url, wait, self.max_wait)
            return response
        stats.inc_value("storecheck/retry_after_waits")
        stats.inc_value("storecheck/retry_after_seconds", round(wait))
        await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return response


class TrueCharset:
    """Reads a text page in the encoding its bytes are in when the charset it declares (header or
    meta) cannot be it, and says so in the log and the run's stats: a windows-1251 page declared
    UTF-8 stored "Чайник" as "������", with nothing to tell it happened. What the page says of its
    language, and the shop's configured currency when it is one country's, help tell which
    (`crawlers.charsets`)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse) or not response.body:
            return response
        declared_utf8 = response.encoding.lower().replace("_", "-") in UTF8_NAMES
        if declared_utf8 and "\ufffd" not in response.text:
            # Decoded as declared without a fault: the text the spider reads anyway (Scrapy keeps
            # it on the response), so a page in the charset it declares costs one scan.
            return response
        languages: list[str] = []
        if declared_utf8:  # only a page declared UTF-8 is read in another encoding by its language
            competitor = getattr(self.crawler.spider, "competitor", None)
            languages = [*page_languages(response.body, response.headers.get(b"Content-Language")),
                         *currency_languages(getattr(competitor, "currency", None))]
        try:
            found = true_encoding(response.body, response.encoding, languages)
        except FileImportError:
            # Bytes no encoding reads as text (an image or an archive sent as text/html): the file
            # imports' "cannot tell the file's encoding; give it with --encoding" named an option the
            # crawl does not have.
            raise IgnoreRequest(f"{NOT_TEXT}: its {len(response.body):,} bytes are no text in any encoding (an image or another file "
                          f"sent as {response.headers.get(b'Content-Type', b'?').decode('latin-1')[:60]}?); not read") from None
        if found is None:
            return response
        self.crawler.stats.inc_value("storecheck/charset_corrected")
        self.crawler.spider.logger.warning("storecheck: %s declares %s but its bytes are %s; read as %s",
                                           response.url, response.encoding, found, found)
        return response.replace(encoding=found)


# What a cookie wall may leave for the rest of a crawl of its host (a browser's jar keeps 4 KB a cookie).
_WALL_COOKIES = 10
_WALL_COOKIE_BYTES = 4096


class CookieWallRedirect(RedirectMiddleware):
    """Scrapy's redirects, passing a cookie wall as a browser does, without keeping other cookies.

    A consent, region or age wall answers a page asked without its cookie with a redirect to a page
    that sets the cookie and redirects back to the page asked for. The crawl sends no cookies
    (COOKIES_ENABLED is off: each page is read as a first visitor sees it, and a shop's session or
    tracking cookies never come back), so the way back was the request asked before: Scrapy's
    duplicate filter dropped it and `crawlers.completeness` named every product page of such a shop a
    redirect loop (the run failed, nothing read). Here the cookies a redirect sets on its way back to
    a URL of its own chain are the wall's: they go with the way back, which passes the duplicate
    filter, and with every later request to the host (at most _WALL_COOKIES, _WALL_COOKIE_BYTES
    together), so the wall is passed once, not once a page. A true loop is still caught: once a
    request carries the wall's cookies, the wall setting them again sets nothing new and the way back
    is dropped as before."""

    def __init__(self, settings):
        super().__init__(settings)
        self.walls: dict[str, dict[str, str]] = {}  # host -> cookie name -> "name=value"

    def process_request(self, request: Request, spider=None) -> None:
        kept = self.walls.get(urlparse_cached(request).hostname or "")
        # The wall's cookies the chain's first request went with (a redirect copies its meta): a
        # page asked before another page's chain passed the wall meets the wall without them.
        request.meta.setdefault("wall_cookies_first_sent", tuple(kept.values()) if kept else ())
        if kept:
            request.headers[b"Cookie"] = "; ".join(kept.values())

    def process_response(self, request: Request, response: Response, spider=None) -> Request | Response:
        if 300 <= response.status < 400 and b"Location" in response.headers and not response.headers[b"Location"].strip():
            # An empty Location sends nowhere (a browser shows the answer). Scrapy joined it to the
            # page's own URL and the page was named a redirect loop to itself; passed on, the answer
            # is the HTTP error it is, named as such (`CrawlErrors.errback`).
            return response
        result = super().process_response(request, response)
        if isinstance(result, Request) and "wall_passed" in result.meta:
            # A way back that redirects again: the chain's own duplicate filtering again (a redirect
            # inherits dont_filter), so a wall passed once and met again is a loop, named at once.
            result.dont_filter = result.meta.pop("wall_passed")
        if not isinstance(result, Request) or result.dont_filter:
            return result
        if canonical_url(result.url) not in {canonical_url(url) for url in result.meta.get("redirect_urls", ())}:
            return result
        new = _new_cookies(request, response)
        host = urlparse_cached(result).hostname or ""
        if host != urlparse_cached(request).hostname:
            return result
        if not new and not self._passed_meanwhile(request, host):
            return result
        jar = self.walls.setdefault(host, {})
        for name, pair in new.items():
            if name in jar or (len(jar) < _WALL_COOKIES and sum(map(len, jar.values())) + len(pair) <= _WALL_COOKIE_BYTES):
                jar[name] = pair
        if jar:
            result.headers[b"Cookie"] = "; ".join(jar.values())
            result.meta["wall_passed"] = result.dont_filter
            result.meta["wall_cookies_first_sent"] = tuple(jar.values())  # so a wall met again is a loop
            result.dont_filter = True
        return result

    def _passed_meanwhile(self, request: Request, host: str) -> bool:
        """Whether another page's chain passed this host's wall after this chain's first request left.

        Pages are asked several at a time: the first goes without the wall's cookie, meets the wall,
        and its request to the wall's page goes after another chain filled the jar, so the wall sets
        nothing that request did not send. The way back is still the first time the page is asked
        with the cookie, not a loop; a chain that began with every cookie of the jar is one."""
        jar = self.walls.get(host)
        return bool(jar) and not set(jar.values()) <= set(request.meta.get("wall_cookies_first_sent", ()))


def _new_cookies(request: Request, response: Response) -> dict[str, str]:
    """The cookies (name -> "name=value") the response sets that the request did not send."""
    sent = {part.strip() for header in request.headers.getlist(b"Cookie")
            for part in header.decode("latin-1").split(";")}
    found: dict[str, str] = {}
    for header in response.headers.getlist(b"Set-Cookie"):
        pair = header.decode("latin-1").split(";", 1)[0].strip()
        name, equals, value = pair.partition("=")
        if equals and name.strip() and value.strip() and pair not in sent:
            found[name.strip()] = pair
    return found
