"""Spiders of the storecheck Scrapy project (`scrapy crawl shop -a competitor=NAME`)."""
