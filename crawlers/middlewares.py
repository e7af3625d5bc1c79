"""Downloader middlewares of the shop crawl: what a shop says about how to be read.

`RetryAfter` waits as long as a shop's `Retry-After` asks before Scrapy's retry asks again;
`TrueCharset` reads a page in the encoding its bytes are in when the one it declares cannot be it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.http import Request, Response, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

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


# Encodings of one byte a character, which read any bytes without an error: a page in UTF-8
# declared as one of them shows every accent as two letters ("Ã¼").
_SINGLE_BYTE = {"cp1252", "windows-1252", "iso-8859-1", "latin-1", "latin1", "iso-8859-15", "cp1251", "windows-1251", "ascii"}
_UTF8 = {"utf-8", "utf8"}
_MULTIBYTE_UTF8 = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def true_encoding(body: bytes, declared: str) -> str | None:
    """The encoding a page's bytes are in when it cannot be the declared one; None when the
    declared one may stand.

    A page declared UTF-8 whose bytes are not UTF-8 is judged as an imported file is
    (`storecheck.catalogue.encoding.detect_encoding`): UTF-8 with a few stray bytes stays UTF-8;
    otherwise Windows-1252 or the encoding charset-normalizer reads with the least nonsense. A
    page declared in a one-byte encoding whose bytes are all well-formed UTF-8, with at least one
    character beyond ASCII, is UTF-8: text in those encodings almost never forms such sequences.

    >>> true_encoding("<h1>Чайник электрический из нержавеющей стали, объём 1,7 литра</h1>".encode("cp1251"), "utf-8")
    'cp1251'
    >>> true_encoding("Crème brûlée".encode(), "cp1252")
    'utf-8'
    >>> true_encoding("Crème".encode(), "utf-8") is None
    True
    """
    name = declared.lower().replace("_", "-")
    if name in _UTF8:
        try:
            body.decode("utf-8")
            return None
        except UnicodeDecodeError:
            pass
        from storecheck.catalogue.encoding import detect_encoding

        found, _, _ = detect_encoding([body])
        return None if found.lower().replace("_", "-") in _UTF8 else found
    if name in _SINGLE_BYTE and _MULTIBYTE_UTF8.search(body):
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "utf-8"
    return None


class TrueCharset:
    """Reads a text page in the encoding its bytes are in when the charset it declares (header or
    meta) cannot be it, and says so in the log and the run's stats: a windows-1251 page declared
    UTF-8 stored "Чайник" as "������", with nothing to tell it happened."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse) or not response.body:
            return response
        if response.encoding.lower().replace("_", "-") in _UTF8 and "\ufffd" not in response.text:
            # Decoded as declared without a fault: the text the spider reads anyway (Scrapy keeps
            # it on the response), so a page in the charset it declares costs one scan.
            return response
        found = true_encoding(response.body, response.encoding)
        if found is None:
            return response
        self.crawler.stats.inc_value("storecheck/charset_corrected")
        self.crawler.spider.logger.warning("storecheck: %s declares %s but its bytes are %s; read as %s",
                                           response.url, response.encoding, found, found)
        return response.replace(encoding=found)
