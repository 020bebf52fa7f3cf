"""Progress updates are never overwritten; evidence is checked; the current progress."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import member

from ..constants import VoortgangStatus
from ..models import Bewijs, Voortgang
from ..services.dashboard import kies_document, monitor
from ..services.periode import Periode
from ..services.voortgang import NieuweVoortgang, add_voortgang, huidige, zonder_update
from ..validators import validate_bewijs
from .factories import VoortgangFactory

pytestmark = pytest.mark.django_db
S = VoortgangStatus


def _add(item, org, periode="2026-H1", status=S.OP_SCHEMA, percentage=None, **extra):
    return add_voortgang(
        item,
        None,
        org,
        NieuweVoortgang(Periode.parse(periode), status, percentage, "Tekst", **extra),
    )


def test_every_update_is_a_new_row_and_the_newest_counts():
    d = Driehoek()
    item = d.items["corporatie"]
    first = _add(item, d.corporatie, status=S.OP_SCHEMA, percentage=40)
    second = _add(item, d.corporatie, status=S.RISICO, percentage=45)
    assert Voortgang.objects.filter(item=item).count() == 2
    first.refresh_from_db()
    assert (first.status, first.percentage) == (S.OP_SCHEMA, 40)
    assert huidige([item], Periode(2026, "H1"))[item.pk] == second
    assert second.history.count() == 1


def test_default_percentage_per_status():
    d = Driehoek()
    item = d.items["corporatie"]
    assert _add(item, d.corporatie, status=S.GEREALISEERD).percentage == 100
    assert _add(item, d.corporatie, status=S.NIET_GESTART).percentage == 0
    assert _add(item, d.corporatie, status=S.OP_SCHEMA).percentage == 50


def test_status_and_percentage_must_agree():
    d = Driehoek()
    with pytest.raises(ValidationError):
        _add(d.items["corporatie"], d.corporatie, status=S.GEREALISEERD, percentage=80)
    with pytest.raises(ValidationError):
        _add(d.items["corporatie"], d.corporatie, percentage=101)


def test_current_progress_carries_forward_but_not_backward():
    d = Driehoek()
    item = d.items["corporatie"]
    older = VoortgangFactory(item=item, jaar=2025, deel="H2", organisatie=d.corporatie)
    newer = VoortgangFactory(item=item, jaar=2026, deel="H2", organisatie=d.corporatie)
    assert huidige([item], Periode(2026, "H1"))[item.pk] == older
    assert huidige([item], Periode(2026, "H2"))[item.pk] == newer
    assert huidige([item], Periode(2025, "H1")) == {}
    assert zonder_update([item], Periode(2026, "H1")) == [item]
    assert zonder_update([item], Periode(2026, "H2")) == []


def test_year_report_orders_after_the_second_half():
    d = Driehoek()
    item = d.items["corporatie"]
    VoortgangFactory(item=item, jaar=2025, deel="jaar", organisatie=d.corporatie, percentage=70)
    VoortgangFactory(item=item, jaar=2025, deel="H2", organisatie=d.corporatie, percentage=60)
    assert huidige([item], Periode(2026, "H1"))[item.pk].percentage == 70


def test_evidence_file_and_link_are_kept():
    d = Driehoek()
    upload = SimpleUploadedFile("verslag.pdf", b"%PDF-1.7 test", content_type="application/pdf")
    row = _add(d.items["corporatie"], d.corporatie, bestand=upload, url="https://example.org/x")
    bewijs = Bewijs.objects.get(voortgang=row)
    assert bewijs.bestandsnaam == "verslag.pdf" and bewijs.url == "https://example.org/x"
    assert bewijs.bestand.name.startswith("monitoring/bewijs/") and bewijs.bestand.name.endswith(
        ".pdf"
    )
    assert bewijs.bestand.read() == b"%PDF-1.7 test"


@pytest.mark.parametrize(
    ("name", "content", "ok"),
    [
        ("a.pdf", b"%PDF-1.4", True),
        ("a.png", b"\x89PNG\r\n\x1a\nrest", True),
        ("a.jpg", b"\xff\xd8\xff\xe0", True),
        ("a.xlsx", b"PK\x03\x04rest", True),
        ("a.csv", b"jaar;aantal\n2025;3\n", True),
        ("a.exe", b"MZ", False),
        ("a.pdf", b"<html>", False),
        ("a.csv", b"bin\x00ary", False),
    ],
)
def test_evidence_types_are_checked(name, content, ok):
    upload = SimpleUploadedFile(name, content)
    if ok:
        validate_bewijs(upload)
    else:
        with pytest.raises(ValidationError):
            validate_bewijs(upload)


@override_settings(MONITORING_MAX_BEWIJS_BYTES=10)
def test_evidence_size_is_limited():
    with pytest.raises(ValidationError) as error:
        validate_bewijs(SimpleUploadedFile("a.pdf", b"%PDF" + b"x" * 20))
    assert error.value.code == "too_large"
    validate_bewijs(SimpleUploadedFile("a.pdf", b"%PDF"))


def test_monitor_rolls_up_per_theme_party_and_agreement():
    d = Driehoek()
    sub = d.thema.children.create(document=d.document, titel="Sub")
    d.items["huurders"].thema = sub
    d.items["huurders"].save()
    VoortgangFactory(
        item=d.items["corporatie"], organisatie=d.corporatie, status=S.GEREALISEERD, percentage=100
    )
    VoortgangFactory(
        item=d.items["huurders"], organisatie=d.huurders, status=S.VERTRAAGD, percentage=40
    )
    result = monitor(d.document, Periode(2026, "H1"))
    themes = {row.thema.pk: row.rollup for row in result.themas}
    # parent: corporatie 100, gemeente 0 (no update), huurders 40 in the child theme
    assert themes[d.thema.pk].percentage.quantize(Decimal("0.01")) == Decimal("46.67")
    assert themes[sub.pk].percentage == 40 and themes[sub.pk].stoplicht == "rood"
    parties = {row.organisatie.pk: row.rollup for row in result.partijen}
    assert parties[d.corporatie.pk].percentage == 100
    assert parties[d.gemeente.pk].zonder_update == 1
    assert result.totaal.percentage.quantize(Decimal("0.01")) == Decimal("46.67")
    assert result.zonder_update == [d.items["gemeente"]]


def test_weight_moves_the_agreement_rollup():
    d = Driehoek()
    d.items["corporatie"].gewicht = 3
    d.items["corporatie"].save()
    VoortgangFactory(
        item=d.items["corporatie"], organisatie=d.corporatie, status=S.GEREALISEERD, percentage=100
    )
    assert monitor(d.document, Periode(2026, "H1")).totaal.percentage == 60


def test_default_document_is_the_running_multi_year_agreement():
    d = Driehoek()
    from woondriehoek.afspraken.tests.factories import DocumentFactory

    annual = DocumentFactory(gemeenten=[d.gemeente], periode_start=2026, periode_eind=2026)
    old = DocumentFactory(gemeenten=[d.gemeente], periode_start=2019, periode_eind=2024)
    docs = [annual, old, d.document]
    assert kies_document(docs, dt.date(2026, 3, 1)) == d.document
    assert kies_document(docs, dt.date(2026, 3, 1), pk=old.pk) == old
    assert kies_document(docs, dt.date(2030, 3, 1)) == old  # the longest when none runs
    assert kies_document([], dt.date(2026, 3, 1)) is None


def test_member_names_on_updates():
    d = Driehoek()
    user = member(d.corporatie, Rol.BEWERKER, first_name="Anouk")
    row = add_voortgang(
        d.items["corporatie"], user, d.corporatie, NieuweVoortgang(Periode(2026, "H1"), S.OP_SCHEMA)
    )
    assert row.auteur == user and row.organisatie == d.corporatie


def test_the_service_refuses_bad_evidence_and_keeps_nothing():
    d = Driehoek()
    upload = SimpleUploadedFile("macro.docm", b"PK\x03\x04")
    with pytest.raises(ValidationError):
        _add(d.items["corporatie"], d.corporatie, bestand=upload)
    assert not Voortgang.objects.exists()
