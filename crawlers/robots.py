"""robots.txt read within a bound: the first STORECHECK_ROBOTSTXT_MAX_BYTES of it, as RFC 9309
(2.5) lets a crawler do and Google does at 500 KiB. A 10 MB robots.txt of 450,000 rules took
110 MB more of the crawl's memory to parse whole, for rules no real shop writes."""

from __future__ import annotations

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.robotstxt import ProtegoRobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.python.failure import Failure


def first_part(body: bytes, limit: int) -> bytes:
    """The body up to `limit` bytes, cut after the last whole line (a rule cut in half would
    forbid or allow a path the shop did not name).

    >>> first_part(b"Disallow: /a\\nDisallow: /bcd\\n", 20)
    b'Disallow: /a\\n'
    >>> first_part(b"Disallow: /a\\n", 100)
    b'Disallow: /a\\n'
    """
    if len(body) <= limit:
        return body
    head = body[:limit]
    return head[: head.rfind(b"\n") + 1]


class BoundedRobotParser(ProtegoRobotParser):
    @classmethod
    def from_crawler(cls, crawler, robotstxt_body: bytes):
        limit = crawler.settings.getint("STORECHECK_ROBOTSTXT_MAX_BYTES")
        spider = crawler.spider if crawler else None
        if limit and len(robotstxt_body) > limit:
            crawler.stats.set_value("storecheck/robotstxt_bytes_ignored", len(robotstxt_body) - limit)
            if spider is not None:
                spider.logger.warning(
                    "storecheck: robots.txt is %d bytes; its rules after the first %d (STORECHECK_ROBOTSTXT_MAX_BYTES) "
                    "are not read", len(robotstxt_body), limit)
            robotstxt_body = first_part(robotstxt_body, limit)
        return cls(robotstxt_body, spider)


class NamedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, which also names a robots.txt it could not fetch (a timeout,
    a broken connection) on the run: the run said only "2 errors in the log", and the crawl goes on
    as if the shop had no rules, which the user should know.

    It also keeps a robots.txt's `Crawl-delay` (not in RFC 9309, but how a shop says how often it
    may be asked; Bing and Yandex keep it) as the least time between two requests to its host,
    up to STORECHECK_CRAWL_DELAY_MAX seconds: Scrapy does not read it, so a shop asking for 2 s
    was asked as often as the crawl's own delay allowed (none, for a competitor set so). The
    host's download slot is given the delay without jitter, and AutoThrottle is told not to
    shorten it. A longer delay is kept at the bound and named on the run (a shop asking for a
    day between pages would hold a crawl of a thousand pages for three years)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self._max_delay = crawler.settings.getfloat("STORECHECK_CRAWL_DELAY_MAX")
        self._delays: dict[str, float] = {}  # host:port -> the delay kept

    def process_request_2(self, rp, request) -> None:
        super().process_request_2(rp, request)  # raises IgnoreRequest for a forbidden page
        if rp is None:
            return
        netloc = urlparse_cached(request).netloc
        delay = self._delays.get(netloc)
        if delay is None:
            delay = self._delays[netloc] = self._crawl_delay(rp, request, netloc)
        if not delay:
            return
        request.meta["autothrottle_dont_adjust_delay"] = True
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None and (slot.delay < delay or getattr(slot, "jitter", 0)):
            slot.delay = max(slot.delay, delay)
            if hasattr(slot, "jitter"):  # Scrapy's ±DOWNLOAD_DELAY_JITTER would ask early half the time
                slot.jitter = 0.0

    def _crawl_delay(self, rp, request, netloc: str) -> float:
        parser = getattr(rp, "rp", None)  # Protego's parser inside Scrapy's wrapper
        if parser is None or not hasattr(parser, "crawl_delay"):
            return 0.0
        agent = self._robotstxt_useragent or request.headers.get(b"User-Agent", self._default_useragent)
        asked = parser.crawl_delay(agent.decode("latin-1") if isinstance(agent, bytes) else agent)
        if not asked or asked <= 0:
            return 0.0
        if asked > self._max_delay:
            spider = self.crawler.spider
            if hasattr(spider, "_error"):
                spider._error(f"robots.txt of {netloc} asks for a Crawl-delay of {asked:g} s between pages; kept at "
                              f"{self._max_delay:g} s (STORECHECK_CRAWL_DELAY_MAX)", count=False)
            return self._max_delay
        self.crawler.stats.set_value("storecheck/crawl_delay", asked)
        return float(asked)

    def _robots_error(self, error, netloc: str) -> None:  # (a Failure before Scrapy 2.13, an exception since)
        """Name a robots.txt the crawl could not read, without counting it against the run: no page
        of the shop is lost by it (RFC 9309 2.3.1.3: an unavailable robots.txt lets a crawler read any
        page), but the user should know the shop's rules were not followed. A download Scrapy
        dropped on purpose (IgnoreRequest: past the redirect limit in a loop, or unpacking past the
        size limit) is named too: Scrapy passes it over in silence, and a robots.txt redirecting in
        a loop or gzip-bombed on every crawl was crawled as if it held no rules, unsaid."""
        exc = error.value if isinstance(error, Failure) else error
        spider = self.crawler.spider
        if hasattr(spider, "_error"):
            why = str(exc)[:160] if isinstance(exc, IgnoreRequest) else f"{type(exc).__name__}: {str(exc)[:120]}"
            spider._error(f"robots.txt of {netloc} not read ({why or 'dropped by the crawl'}); crawled as if it held no rules",
                          count=False)
        super()._robots_error(error, netloc)
