"""The comparison across workspaces, hand-computed on the fixture (see fixtures.py):

Gemeente A, published: betaalbaarheid a1 (target, trekker, on schedule in 2026-H1) and a2
(target, no trekker, never reported); duurzaamheid a3 (trekker, no target, delayed in
2025-H2, carried forward) and a5 (target, free-text trekker, only a 2026-H2 update, so not
reported in 2026-H1); a4 is an ambition and not counted.
Gemeente B, published: wonen_zorg b2 (target, no trekker). Draft: leefbaarheid b1.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from woondriehoek.openbaar.services.normen import norm_uit_tekst, normen
from woondriehoek.openbaar.services.themafamilies import familie
from woondriehoek.openbaar.services.vergelijking import vergelijk
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import member

from .fixtures import TODAY
from .helpers import rijen, werkmap, zip_csv

pytestmark = pytest.mark.django_db


def _tabel(v) -> dict:
    return {
        (r.document.pk if r.document else None, r.familie): (
            r.telling.afspraken,
            r.telling.met_doel,
            r.telling.met_trekker,
            r.telling.smart,
            r.telling.smart_score,
            {k: n for k, n in r.telling.per_status.items() if n},
        )
        for r in [*v.rijen, *v.totalen]
    }


def test_counts_per_agreement_and_theme_family_for_anonymous(open_data):
    a, b = open_data.a.pk, open_data.b.pk
    assert _tabel(vergelijk(AnonymousUser(), TODAY)) == {
        (a, "betaalbaarheid"): (2, 2, 1, 1, 0.5, {"op_schema": 1, "niet_gerapporteerd": 1}),
        (a, "duurzaamheid"): (2, 1, 2, 1, 0.5, {"vertraagd": 1, "niet_gerapporteerd": 1}),
        (b, "wonen_zorg"): (1, 1, 0, 0, 0.0, {"niet_gerapporteerd": 1}),
        (None, "betaalbaarheid"): (2, 2, 1, 1, 0.5, {"op_schema": 1, "niet_gerapporteerd": 1}),
        (None, "duurzaamheid"): (2, 1, 2, 1, 0.5, {"vertraagd": 1, "niet_gerapporteerd": 1}),
        (None, "wonen_zorg"): (1, 1, 0, 0, 0.0, {"niet_gerapporteerd": 1}),
    }


def test_a_member_of_b_also_counts_bs_draft(open_data):
    result = _tabel(vergelijk(member(open_data.gb, Rol.LEZER), TODAY))
    assert result[(open_data.b_concept.pk, "leefbaarheid")] == (1, 1, 1, 1, 1.0, {"op_schema": 1})
    assert (open_data.b_concept.pk, "leefbaarheid") not in _tabel(
        vergelijk(member(open_data.ga, Rol.LEZER), TODAY)
    )


def test_norms_from_settings_else_from_targets(open_data):
    v = vergelijk(AnonymousUser(), TODAY)
    found = [(n.gemeente, n.norm, n.waarde, n.bron) for n in normen(v.documenten)]
    a, b = open_data.ga.korte_naam, open_data.gb.korte_naam
    assert found == [
        (a, "sociaal_aandeel_project", Decimal("0.350"), "instelling"),
        (a, "urgent_aandeel", Decimal("0.250"), "instelling"),  # the 12.5% target is shadowed
        (a, "vrije_toewijzingsruimte", Decimal("0.150"), "instelling"),
        (b, "vrije_toewijzingsruimte", Decimal("0.1"), "doel"),  # B's 40% norm is a draft's
    ]


@pytest.mark.parametrize(
    ("titels", "code"),
    [
        (["Huurprijzen", "Betaalbaarheid"], "betaalbaarheid"),
        (["Woonlasten en energiearmoede"], "betaalbaarheid"),
        (["Betaalbaarheid en duurzaamheid"], "betaalbaarheid"),
        (["Verduurzaming van de woningvoorraad"], "duurzaamheid"),
        (["Onderhoud en woonkwaliteit", "Duurzaamheid en kwaliteit"], "duurzaamheid"),
        (["Wonen met zorg en bijzondere doelgroepen"], "wonen_zorg"),
        (["Aandachtsgroepen en statushouders"], "wonen_zorg"),
        (["Leefbare kernen"], "leefbaarheid"),
        (["Beschikbaarheid en nieuwbouw"], "nieuwbouw"),
        (["De jaarlijkse cyclus", "Samenwerking en monitoring"], "samenwerking"),
        (["Huurdersparticipatie"], "samenwerking"),
        (["Wonen in het dorp"], "wonen"),
        (["Thema 7"], "overig"),
        ([], "overig"),
    ],
)
def test_theme_families(titels, code):
    assert familie(titels) == code


def test_norm_wording():
    assert norm_uit_tekst("minimaal 30% sociale huur per project") == "sociaal_aandeel_project"
    assert norm_uit_tekst("vrije ruimte bij toewijzing") == "vrije_toewijzingsruimte"
    assert norm_uit_tekst("maximaal aandeel urgent") == "urgent_aandeel"
    assert norm_uit_tekst("passend toegewezen") is None


def test_page_and_exports(client, open_data):
    response = client.get(reverse("openbaar:vergelijking"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Affordability" in html and "50%" in html and open_data.a.titel in html
    assert open_data.b_concept.titel not in html
    content = client.get(reverse("openbaar:vergelijking_export", args=["xlsx"])).content
    wb = werkmap(content)
    assert wb.sheetnames == ["themas", "totaal", "normen"]
    totaal = {r["familie"]: r for r in rijen(wb["totaal"])}
    assert totaal["betaalbaarheid"]["smart_score"] == 0.5
    assert totaal["duurzaamheid"]["vertraagd"] == 1
    files = zip_csv(client.get(reverse("openbaar:vergelijking_export", args=["csv"])).content)
    assert sorted(files) == [
        "vergelijking-normen.csv",
        "vergelijking-themas.csv",
        "vergelijking-totaal.csv",
    ]
    norm_rows = files["vergelijking-normen.csv"]
    assert norm_rows[0]["waarde"] == "35%"
    assert client.get(reverse("openbaar:vergelijking_export", args=["pdf"])).status_code == 404
