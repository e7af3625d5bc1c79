"""Scrapy settings of the storecheck project: polite defaults.

The shop spider overrides the per-workspace values (user agent, delay,
concurrency, page and depth limits, timeout, retries) from the workspace's
`[crawl]` table and the competitor's overrides when it starts, so
`scrapy crawl shop -a competitor=NAME` behaves the same from `storecheck
crawl`, a shell or scrapyd. `-s NAME=VALUE` on the command line still wins.
"""

from storecheck.config import USER_AGENT

BOT_NAME = "storecheck"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"
ADDONS: dict = {}

# Be a guest a shop is glad to have: announce who we are, read robots.txt,
# keep a delay and back off when the server slows down.
USER_AGENT = USER_AGENT
ROBOTSTXT_OBEY = True
# Only the first 500 KiB of a robots.txt are read (crawlers.robots): RFC 9309's least parsing limit.
ROBOTSTXT_PARSER = "crawlers.robots.BoundedRobotParser"
STORECHECK_ROBOTSTXT_MAX_BYTES = 500 * 1024
# A robots.txt `Crawl-delay` is kept between two requests to its host, up to this many seconds
# (crawlers.robots.NamedRobotsTxtMiddleware); a longer one is kept at this and named on the run.
STORECHECK_CRAWL_DELAY_MAX = 10.0
DOWNLOAD_DELAY = 0.5
DOWNLOAD_DELAY_JITTER = 0.5  # ±50 % around DOWNLOAD_DELAY
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
# A crawl opens no ports: `storecheck crawl` stops a crawl with a signal.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Limits, so a crawl that has gone wrong (a calendar, a faceted search) stops.
# Safety net for chains of requests (API pages included); the shop spider sets it to
# crawl.max_pages and limits link depth from the start page itself (crawl.depth_limit).
DEPTH_LIMIT = 20000
CLOSESPIDER_PAGECOUNT = 20000
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# A page opening more elements than this is not parsed for products (its links are still followed):
# the page is named and the run partial. The largest of 66 real product pages opens 18,000.
STORECHECK_EXTRACT_MAX_ELEMENTS = 100_000
DOWNLOAD_TIMEOUT = 30
# A shop is read over HTTP(S) only: a redirect, link or sitemap entry naming file://, data:, ftp:// or
# s3:// is never fetched (Scrapy would read a file of this machine's disk as a page of the shop).
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# Modern Scrapy defaults, stated so an older installed default cannot differ.
REQUEST_FINGERPRINTER_CLASS = "scrapy.utils.request.RequestFingerprinter"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

# A 429 or 503 with Retry-After is waited out before the retry (crawlers.middlewares.RetryAfter), up to
# this many seconds; a shop asking for longer is not retried and the page counts as lost.
STORECHECK_RETRY_AFTER_MAX = 120
# Its process_response runs before RetryMiddleware's (550): responses pass the higher numbers first.
# TrueCharset (580) reads a page after HttpCompressionMiddleware (590) has unpacked it.
# NamedRobotsTxtMiddleware takes the place of Scrapy's (100) to name a robots.txt it could not fetch.
DOWNLOADER_MIDDLEWARES = {"crawlers.middlewares.RetryAfter": 560, "crawlers.middlewares.TrueCharset": 580,
                          # Scrapy's redirects, passing a cookie wall's way back to the page asked for
                          "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
                          "crawlers.middlewares.CookieWallRedirect": 600,
                          "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
                          "crawlers.robots.NamedRobotsTxtMiddleware": 100}

# Product pages that end in a redirect loop, an empty body or no product make the run partial.
# A link longer than URLLENGTH_LIMIT is not followed and is named (`LongLinks`, in place of
# Scrapy's, which drops it with no word on the run: a known product linked so looked delisted).
SPIDER_MIDDLEWARES = {"crawlers.completeness.ProductPageAccounting": 100,
                      "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
                      "crawlers.completeness.LongLinks": 800}
# RFC 9110 (4.1) asks every sender and recipient to take URIs of at least 8,000 octets; Scrapy's
# 2,083 is an old browser's, and shops' themes write filter states longer than that into links.
URLLENGTH_LIMIT = 8000

# Outputs of one page processed at once. Scrapy starts this many asyncio tasks for every page;
# its default of 100 buys nothing here, as every pipeline of ours is synchronous, and the
# tasks cost about a third of a bare crawl's CPU per page (bench/history/crawl.md, Crawl speed work).
CONCURRENT_ITEMS = 8

ITEM_PIPELINES = {
    "crawlers.pipelines.NormalisePipeline": 100,
    "crawlers.pipelines.ValidatePipeline": 200,
    "crawlers.pipelines.DedupePipeline": 300,
    "crawlers.pipelines.StorePipeline": 900,
}

LOG_LEVEL = "INFO"
# One progress line every this many stored items (read by `storecheck crawl`).
STORECHECK_PROGRESS_EVERY = 100
STORECHECK_STORE_BATCH = 500
