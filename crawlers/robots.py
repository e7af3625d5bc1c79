"""robots.txt read within a bound: the first STORECHECK_ROBOTSTXT_MAX_BYTES of it, as RFC 9309
(2.5) lets a crawler do and Google does at 500 KiB. A 10 MB robots.txt of 450,000 rules took
110 MB more of the crawl's memory to parse whole, for rules no real shop writes."""

from __future__ import annotations

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.robotstxt import ProtegoRobotParser
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
    as if the shop had no rules, which the user should know."""

    def _robots_error(self, error, netloc: str) -> None:  # (a Failure before Scrapy 2.13, an exception since)
        exc = error.value if isinstance(error, Failure) else error
        spider = self.crawler.spider
        if not isinstance(exc, IgnoreRequest) and hasattr(spider, "_error"):
            spider._error(f"robots.txt of {netloc} not read ({type(exc).__name__}: {str(exc)[:120]}); "
                          "crawled as if it held no rules", count=False)
        super()._robots_error(error, netloc)
