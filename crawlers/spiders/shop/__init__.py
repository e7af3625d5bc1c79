"""The one shop spider: `scrapy crawl shop -a competitor=NAME`.

It reads the workspace (env STORECHECK_WORKSPACE, or `-a workspace=DIR`),
finds the competitor, and crawls by platform: the config's `platform`, else
the platform detected on an earlier run, else detection now (Shopify
`products.json`, WooCommerce Store API, a sitemap, plain HTML link
discovery). The platform found is written back to `competitors.detected_platform`.

Each platform is one small group of methods on the same spider; an odd shop
gets a config override (selectors, product URL pattern), not a new spider.
Each group is a class of its own file, and `ShopSpider` (`spider.py`: the
competitor, the workspace and the crawl's settings, politeness first) is
made of them. In the order a crawl meets them:

- `detection.py`: the first requests, by the platform known or detecting it;
- `shopify.py`, `woocommerce.py`: the two shops' product APIs, page by page,
  over what they share (`api.py`: a page's records read one by one, when
  the next page is worth asking for, their JSON values);
- `sitemaps.py`: robots.txt's sitemaps and the product URLs they list;
- `pages.py`: HTML pages, product pages read for offers and links followed
  from the start page; `page_limits.py`: what a page may cost to read, and
  whether it was read whole; `browser.py`: the settings that render pages
  in headless Chromium (`js = true`);
- `errors.py`: what went wrong, on every request, named on the run.

Scrapy finds the spider in `spider.py` (SPIDER_MODULES walks this package);
a request queued by a killed crawl names its callback by method name, which
the split left as it was, so a resumed crawl reads its JOBDIR back.
"""

# What the rest of storecheck, its tests and bench scripts import from the spider.
from crawlers.spiders.shop.page_limits import over_element_bound, structured_data_lost
from crawlers.spiders.shop.pages import _SKIP_LINK
from crawlers.spiders.shop.spider import PLATFORMS, ShopSpider

__all__ = ["PLATFORMS", "ShopSpider", "_SKIP_LINK", "over_element_bound", "structured_data_lost"]
