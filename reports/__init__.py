"""Render benchmark results into one self-contained HTML report.

``reports`` sits above ``benchmark``: it takes plain data (dicts, lists,
``Decimal``, ``datetime``) and never queries the database.
"""

from reports.charts import bar_chart, histogram, share_bar
from reports.render import make_environment, render_report, write_report

__all__ = [
    "bar_chart",
    "histogram",
    "make_environment",
    "render_report",
    "share_bar",
    "write_report",
]
