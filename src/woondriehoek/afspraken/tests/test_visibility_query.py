"""The read rule as queries, against the rule written out in Python.

A member reads the published documents and every document of "their" municipalities: their
own municipality, or one whose agreement their organisation is party to (`gemeenten_van`).
`visible_to(user)` and the API's flat `unpublished_ids_visible_to(user)` must give exactly
those documents, whatever parties, municipalities, statuses and memberships there are.
"""

from __future__ import annotations

import pytest
from django.db import transaction
from hypothesis import given, settings
from hypothesis import strategies as st

from woondriehoek.afspraken.constants import PUBLISHED_STATUSES, DocumentStatus
from woondriehoek.afspraken.models import Document
from woondriehoek.afspraken.tests.factories import DocumentFactory, PartijFactory
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.services.lidmaatschap import gemeenten_van
from woondriehoek.organisaties.tests.factories import (
    LidmaatschapFactory,
    OrganisatieFactory,
    member,
)

pytestmark = pytest.mark.django_db

TYPES = [OrganisatieType.GEMEENTE] * 3 + [OrganisatieType.CORPORATIE] * 2
TYPES += [OrganisatieType.HUURDERSORGANISATIE]
N = len(TYPES)

document = st.fixed_dictionaries(
    {
        "status": st.sampled_from(list(DocumentStatus)),
        "gemeenten": st.frozensets(st.sampled_from(range(3)), max_size=2),
        "partijen": st.frozensets(st.sampled_from(range(N)), max_size=4),
    }
)
memberships = st.lists(st.sets(st.sampled_from(range(N)), max_size=2), min_size=1, max_size=3)


def _rule(orgs, docs, documents, member_of: set[int]) -> tuple[set[int], set[int]]:
    """(municipalities, readable documents) of a member of these organisations, by hand."""
    gemeenten = {i for i in member_of if TYPES[i] == OrganisatieType.GEMEENTE}
    for spec in documents:
        if spec["partijen"] & member_of:
            gemeenten |= spec["gemeenten"]
    readable = {
        doc.pk
        for doc, spec in zip(docs, documents, strict=True)
        if spec["status"] in PUBLISHED_STATUSES or spec["gemeenten"] & gemeenten
    }
    return {orgs[i].pk for i in gemeenten}, readable


@settings(max_examples=40, deadline=None)
@given(st.lists(document, max_size=5), memberships)
def test_read_queries_match_the_rule_written_out(documents, users):
    with transaction.atomic():
        orgs = [OrganisatieFactory(type=t) for t in TYPES]
        docs = []
        for spec in documents:
            doc = DocumentFactory(
                status=spec["status"], gemeenten=[orgs[i] for i in spec["gemeenten"]]
            )
            for i in spec["partijen"]:
                PartijFactory(document=doc, organisatie=orgs[i])
            docs.append(doc)
        for member_of in users:
            # a user of several organisations, or of one that is party to nothing
            first, *rest = sorted(member_of) or [None]
            user = member(orgs[first] if first is not None else OrganisatieFactory())
            for i in rest:
                LidmaatschapFactory(organisatie=orgs[i], user=user)
            gemeenten, readable = _rule(orgs, docs, documents, member_of)
            assert set(gemeenten_van(user).values_list("pk", flat=True)) == gemeenten
            assert set(Document.objects.visible_to(user).values_list("pk", flat=True)) == readable
            flat = Document.objects.unpublished_ids_visible_to(user, limit=100)
            assert flat == sorted(set(flat))  # ascending, no duplicates from the joins
            unpublished = {d.pk for d in docs if d.status not in PUBLISHED_STATUSES}
            assert set(flat) == readable & unpublished
        transaction.set_rollback(True)


def test_the_flat_query_returns_the_lowest_ids_up_to_its_limit():
    gemeente = OrganisatieFactory(type=OrganisatieType.GEMEENTE)
    docs = [DocumentFactory(status=DocumentStatus.CONCEPT, gemeenten=[gemeente]) for _ in range(3)]
    DocumentFactory(status=DocumentStatus.CONCEPT)  # another municipality's concept
    user = member(gemeente)
    ids = sorted(d.pk for d in docs)
    assert Document.objects.unpublished_ids_visible_to(user, limit=2) == ids[:2]
    assert Document.objects.unpublished_ids_visible_to(user, limit=10) == ids
