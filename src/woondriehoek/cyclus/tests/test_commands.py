"""CLI: `woondriehoek deadlines` and `woondriehoek remind` (idempotent, for cron)."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from icalendar import Calendar

from woondriehoek.cyclus.constants import PRESET_MEERJARIG
from woondriehoek.cyclus.models import Herinnering
from woondriehoek.cyclus.services.regels import pas_preset_toe
from woondriehoek.cyclus.services.termijnen import markeer_gedaan

from .factories import CyclusregelFactory

pytestmark = pytest.mark.django_db


def test_deadlines_lists_date_what_who_status(driehoek, capsys, tmp_path):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    ics = tmp_path / "cyclus.ics"
    call_command(
        "deadlines",
        gemeente=driehoek.gemeente.korte_naam,
        jaar="2026",
        ics=str(ics),
        today="2026-04-10",
    )
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "Monitoring en accenten" in x)
    assert line.startswith("2026-04-01")
    assert driehoek.corporatie.naam in line and "te laat" in line
    assert "2026-03-02  Resultaten" in out
    assert Calendar.from_ical(ics.read_bytes()).walk("VEVENT")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"gemeente": "Nergenshuizen", "jaar": "2026"}, "staat niet in het register"),
        ({"gemeente": "X", "jaar": "twintig"}, "geen jaartal"),
        ({"gemeente": "X", "jaar": "1850"}, "buiten 2000–2100"),
    ],
)
def test_deadlines_bad_input_is_one_dutch_line(db, kwargs, message):
    with pytest.raises(CommandError) as exc:
        call_command("deadlines", **kwargs)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_bad_date_for_remind(db):
    with pytest.raises(CommandError, match="geen datum"):
        call_command("remind", today="31-12-2026")


@pytest.fixture
def een_regel(driehoek):
    """One corporation deadline on Wednesday 1 July 2026, reminders 14 days ahead."""
    return CyclusregelFactory(gemeente=driehoek.gemeente, document=driehoek.document)


def _recipients():
    return sorted(m.to[0] for m in mail.outbox)


def test_remind_sends_once_before_and_once_when_overdue(een_regel, driehoek, capsys):
    call_command("remind", today="2026-06-01")
    assert mail.outbox == []
    call_command("remind", today="2026-06-20")
    assert _recipients() == ["corporatie-beheerder@example.org", "corporatie-bewerker@example.org"]
    assert "1 July" not in mail.outbox[0].subject and "01-07-2026" in mail.outbox[0].subject
    call_command("remind", today="2026-06-20")
    call_command("remind", today="2026-06-25")
    assert len(mail.outbox) == 2
    call_command("remind", today="2026-07-02")
    assert len(mail.outbox) == 4 and "verstreken" in mail.outbox[-1].subject
    call_command("remind", today="2026-07-03")
    assert len(mail.outbox) == 4
    assert Herinnering.objects.count() == 4


def test_remind_dry_run_sends_and_logs_nothing(een_regel, capsys):
    call_command("remind", today="2026-06-20", dry_run=True)
    assert mail.outbox == [] and not Herinnering.objects.exists()
    assert "2 herinnering(en) zou versturen" in capsys.readouterr().out


def test_no_reminder_when_the_party_marked_it_done(een_regel, driehoek):
    markeer_gedaan(een_regel, 2026, driehoek.corporatie, None)
    call_command("remind", today="2026-06-20")
    call_command("remind", today="2026-07-02")
    assert mail.outbox == []


def test_lezers_and_users_without_email_get_no_reminder(een_regel, driehoek):
    bewerker = driehoek.user("corporatie-bewerker")
    bewerker.email = ""
    bewerker.save()
    call_command("remind", today="2026-06-20")
    assert _recipients() == ["corporatie-beheerder@example.org"]
