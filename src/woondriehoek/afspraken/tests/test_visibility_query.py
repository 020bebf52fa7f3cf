"""The API's flat visibility query reads exactly the documents the register's rule allows.

`unpublished_ids_visible_to(user)` is a cheaper form of
`visible_to(user).exclude(published)`; whatever parties, municipalities, statuses and
memberships a woondriehoek has, both must give the same documents.
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
from woondriehoek.organisaties.tests.factories import (
    LidmaatschapFactory,
    OrganisatieFactory,
    member,
)

pytestmark = pytest.mark.django_db

TYPES = [OrganisatieType.GEMEENTE] * 3 + [OrganisatieType.CORPORATIE] * 2 + ["huurders"]
N = len(TYPES)

document = st.fixed_dictionaries(
    {
        "status": st.sampled_from(list(DocumentStatus)),
        "gemeenten": st.sets(st.sampled_from(range(3)), max_size=2),
        "partijen": st.sets(st.sampled_from(range(N)), max_size=4),
    }
)
memberships = st.lists(st.sets(st.sampled_from(range(N)), max_size=2), min_size=1, max_size=3)


def _expected(user) -> set[int]:
    rows = Document.objects.visible_to(user).exclude(status__in=PUBLISHED_STATUSES)
    return set(rows.values_list("pk", flat=True))


@settings(max_examples=40, deadline=None)
@given(st.lists(document, max_size=5), memberships)
def test_flat_query_matches_the_read_rule(documents, users):
    with transaction.atomic():
        orgs = [OrganisatieFactory(type=t) for t in TYPES]
        for spec in documents:
            doc = DocumentFactory(
                status=spec["status"], gemeenten=[orgs[i] for i in spec["gemeenten"]]
            )
            for i in spec["partijen"]:
                PartijFactory(document=doc, organisatie=orgs[i])
        for member_of in users:
            # a user of several organisations, or of one that is party to nothing
            first, *rest = sorted(member_of) or [None]
            user = member(orgs[first] if first is not None else OrganisatieFactory())
            for i in rest:
                LidmaatschapFactory(organisatie=orgs[i], user=user)
            flat = list(Document.objects.unpublished_ids_visible_to(user))
            assert len(flat) == len(set(flat))  # no duplicates from the joins
            assert set(flat) == _expected(user)
        transaction.set_rollback(True)
