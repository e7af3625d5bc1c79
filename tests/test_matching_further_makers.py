"""A further listing by wording whose title names another maker's machine than ours is no further
listing of our product (issue 9; the seventeenth round set aside): the Croatian shop's bottomless
portafilter "za Gaggia Classic", written from the template of its portafilter "za Rancilio Silvia",
ranked our Rancilio portafilter first among our products for the words the two listings share and
was matched as a further listing of it at 0.38, so its price would speak for ours. The makers are
the brands the catalogues' own brand fields write (`calibration.listed_again.naming_other_makers`).
"""

from __future__ import annotations

from tests.test_matching_kinds17b import BATCH, CROATIAN

OUR_RANCILIO_PORTAFILTER, THEIR_GAGGIA_PORTAFILTER, THEIR_RANCILIO_PORTAFILTER = "O20", "T21", "T20"


def test_a_part_for_another_makers_machine_is_no_further_listing_of_ours(tmp_path):
    _, found, truth = BATCH.read_rows(tmp_path, CROATIAN)
    assert (OUR_RANCILIO_PORTAFILTER, THEIR_RANCILIO_PORTAFILTER) in truth
    # Their listing for our machine is still ours; the one for the other maker's is not matched.
    assert found.get((OUR_RANCILIO_PORTAFILTER, THEIR_RANCILIO_PORTAFILTER), {}).get("status") == "matched"
    other = found.get((OUR_RANCILIO_PORTAFILTER, THEIR_GAGGIA_PORTAFILTER))
    assert other is None or other["status"] != "matched", other
