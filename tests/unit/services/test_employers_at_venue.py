"""A worker complaining at the kiosk picks the employer from those with postings at this venue."""

from __future__ import annotations

import builders
from kiosk.services.container import Services


def test_only_employers_posting_here_are_offered_and_found_by_part_of_the_name(
    services: Services,
) -> None:
    here = builders.employer(services, name="安居物业服务有限公司")
    also_here = builders.employer(services, name="顺达物流有限公司")
    elsewhere = builders.employer(services, name="安居装修队")
    never_posted = builders.employer(services, name="安居家政")
    services.postings.create(builders.posting(here.id))
    services.postings.create(builders.posting(also_here.id, title="物流园搬运工"))
    services.postings.create(builders.posting(elsewhere.id, venue_id="venue-elsewhere"))

    assert [e.name for e in services.employers.at_venue()] == [e.name for e in (here, also_here)]
    assert [e.id for e in services.employers.at_venue("安居")] == [here.id]
    assert never_posted.id not in [e.id for e in services.employers.at_venue("安居")]
