"""The Scrapy project of storecheck: one shop spider, extraction, promotions, pipelines."""
