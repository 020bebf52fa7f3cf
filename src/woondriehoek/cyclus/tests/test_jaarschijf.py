"""The jaarschijf workflow and the comparison with last year's."""

import datetime as dt

import pytest
from django.utils import timezone

from woondriehoek.cyclus.constants import PRESET_MEERJARIG, JaarschijfStatus
from woondriehoek.cyclus.models import Activiteit, TermijnAfronding
from woondriehoek.cyclus.services import jaarschijf as service
from woondriehoek.cyclus.services.regels import pas_preset_toe

D = dt.date
pytestmark = pytest.mark.django_db


def _act(js, org, item, wat, nodig=""):
    return Activiteit.objects.create(
        jaarschijf=js, organisatie=org, item=item, wat=wat, nodig_van_anderen=nodig
    )


def test_open_uses_the_agreements_submission_deadline(driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    js = service.open_jaarschijf(driehoek.document, 2026)
    assert js.indienen_voor == D(2025, 7, 1)
    assert js.indieningen.count() == 3
    assert service.open_jaarschijf(driehoek.document, 2026) == js
    assert service.open_jaarschijf(driehoek.document, 2030 - 1).indienen_voor == D(2028, 7, 3)


def test_submission_status_and_overdue_flag(driehoek):
    js = service.open_jaarschijf(driehoek.document, 2027, D(2026, 7, 1))
    corp = js.indieningen.get(organisatie=driehoek.corporatie)
    service.dien_in(
        corp,
        driehoek.user("corporatie-bewerker"),
        timezone.make_aware(dt.datetime(2026, 6, 30, 12)),
    )
    late = js.indieningen.get(organisatie=driehoek.huurders)
    service.dien_in(late, None, timezone.make_aware(dt.datetime(2026, 7, 3, 12)))
    rows = {r.indiening.organisatie: r for r in service.indiening_status(js, D(2026, 7, 2))}
    assert rows[driehoek.corporatie].indiening.is_ingediend
    assert not rows[driehoek.corporatie].te_laat and not rows[driehoek.corporatie].laat_ingediend
    assert rows[driehoek.huurders].laat_ingediend
    assert rows[driehoek.gemeente].te_laat
    on_time = {r.indiening.organisatie: r for r in service.indiening_status(js, D(2026, 7, 1))}
    assert not on_time[driehoek.gemeente].te_laat


def test_submitting_marks_the_activity_overview_deadline_done(driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    js = service.open_jaarschijf(driehoek.document, 2027)
    service.dien_in(js.indieningen.get(organisatie=driehoek.corporatie), None)
    done = TermijnAfronding.objects.get()
    assert (done.regel.code, done.jaar, done.organisatie) == (
        "activiteiten",
        2026,
        driehoek.corporatie,
    )


def test_bundle_and_adopt_by_every_party(driehoek):
    js = service.open_jaarschijf(driehoek.document, 2026, D(2025, 7, 1))
    service.bundel(js)
    assert js.status == JaarschijfStatus.GEBUNDELD and js.gebundeld_op
    for ind in js.indieningen.all():
        js = service.stel_vast(ind, None)
    assert js.status == JaarschijfStatus.VASTGESTELD and js.vastgesteld_op


def test_bundled_overview_groups_by_afspraak(driehoek):
    js = service.open_jaarschijf(driehoek.document, 2026, D(2025, 7, 1))
    item = driehoek.items["corporatie"]
    _act(js, driehoek.corporatie, item, "Bouwen")
    _act(js, driehoek.gemeente, item, "Vergunnen")
    _act(js, driehoek.huurders, None, "Enquête")
    groepen = service.gebundeld_overzicht(js)
    assert [g.item for g in groepen] == [item, None]
    assert [a.wat for a in groepen[0].activiteiten] == ["Vergunnen", "Bouwen"] or [
        a.wat for a in groepen[0].activiteiten
    ] == ["Bouwen", "Vergunnen"]
    assert len(groepen[0].activiteiten) == 2


def test_diff_against_last_year(driehoek):
    doc = driehoek.document
    a, b, c = driehoek.items["gemeente"], driehoek.items["corporatie"], driehoek.items["huurders"]
    vorig = service.open_jaarschijf(doc, 2026, D(2025, 7, 1))
    nu = service.open_jaarschijf(doc, 2027, D(2026, 7, 1))
    _act(vorig, driehoek.gemeente, a, "Planmonitor bijhouden")
    _act(nu, driehoek.gemeente, a, "Planmonitor  bijhouden")  # same, other whitespace
    _act(vorig, driehoek.corporatie, b, "20 woningen bouwen", "Grond")
    _act(nu, driehoek.corporatie, b, "30 woningen bouwen", "Grond")
    _act(vorig, driehoek.huurders, c, "Enquête houden")
    _act(nu, driehoek.huurders, b, "Meedenken over nieuwbouw")
    verschil = {v.item: v for v in service.verschil_met_vorige(nu)}
    assert a not in verschil
    assert [(o.wat, n.wat) for o, n in verschil[b].gewijzigd] == [
        ("20 woningen bouwen", "30 woningen bouwen")
    ]
    assert [x.wat for x in verschil[b].toegevoegd] == ["Meedenken over nieuwbouw"]
    assert [x.wat for x in verschil[c].vervallen] == ["Enquête houden"]
    assert service.verschil_met_vorige(vorig) == [] or all(
        not v.vervallen and not v.gewijzigd for v in service.verschil_met_vorige(vorig)
    )
