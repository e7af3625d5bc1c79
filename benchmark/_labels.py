"""Labels the figures share, written once so that a sentence can tell them from data."""

# The category of products without one, as tables group them (pricing, assortment, trends); a sentence
# names them in words instead (scorecard): "Cheaper on (none)" reads as a category called "(none)".
NO_CATEGORY = "(none)"
