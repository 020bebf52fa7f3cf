"""E-mail reminders before a deadline and once when it is overdue; safe to run from cron.

A reminder is logged in `Herinnering` *before* the mail goes out (unique per rule, year, user
and kind), so a second run – or two runs at once – never sends the same reminder twice. When
sending fails, the log row is removed so that the next run tries again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.models import Lidmaatschap, Organisatie

from ..constants import HerinneringSoort, TermijnStatus
from ..models import Cyclusregel, Herinnering
from .termijnen import Termijn, termijnen_van

TE_LAAT_HOOGUIT = dt.timedelta(days=60)


@dataclass
class Bericht:
    user: object
    termijn: Termijn
    gemeente: Organisatie
    soort: str

    @property
    def onderwerp(self) -> str:
        if self.soort == HerinneringSoort.TE_LAAT:
            return f"Termijn verstreken: {self.termijn.naam}"
        return f"Herinnering: {self.termijn.naam} uiterlijk {self.termijn.datum:%d-%m-%Y}"

    @property
    def tekst(self) -> str:
        wie = ", ".join(o.naam for o in self.termijn.moeten_nog)
        return (
            f"{self.onderwerp}\n\nWerkruimte: {self.gemeente.naam}\n"
            f"Termijn: {self.termijn.datum:%d-%m-%Y}\nNog te doen door: {wie}\n\n"
            f"{self.termijn.toelichting}\n\nMarkeer de termijn als gedaan in de kalender "
            "van de werkruimte.\n"
        )


def soort_voor(termijn: Termijn, today: dt.date) -> str | None:
    """Which reminder a deadline calls for today, if any."""
    if termijn.regel is None or termijn.status == TermijnStatus.DONE or not termijn.moeten_nog:
        return None
    if termijn.status == TermijnStatus.OVERDUE:
        return HerinneringSoort.TE_LAAT if today - termijn.datum <= TE_LAAT_HOOGUIT else None
    if termijn.status == TermijnStatus.DUE_SOON:
        return HerinneringSoort.VOORAF
    return None


def ontvangers(termijn: Termijn) -> list:
    leden = Lidmaatschap.objects.filter(
        organisatie__in=termijn.moeten_nog, rol__in=[Rol.BEHEERDER, Rol.BEWERKER]
    ).select_related("user")
    users = {m.user for m in leden if m.user.is_active and m.user.email}
    return sorted(users, key=lambda u: u.pk)


def te_versturen(today: dt.date) -> list[Bericht]:
    """Every reminder due today, including those already sent (filtered out later)."""
    berichten = []
    gemeenten = Organisatie.objects.filter(
        pk__in=Cyclusregel.objects.filter(actief=True).values("gemeente_id")
    )
    for gemeente in gemeenten:
        for jaar in (today.year - 1, today.year, today.year + 1):
            for termijn in termijnen_van(gemeente, jaar, today):
                soort = soort_voor(termijn, today)
                if soort:
                    berichten += [Bericht(u, termijn, gemeente, soort) for u in ontvangers(termijn)]
    return berichten


def al_verstuurd(bericht: Bericht) -> bool:
    return Herinnering.objects.filter(
        regel=bericht.termijn.regel,
        jaar=bericht.termijn.jaar,
        user=bericht.user,
        soort=bericht.soort,
    ).exists()


def _verstuur(bericht: Bericht) -> bool:
    try:
        with transaction.atomic():
            log = Herinnering.objects.create(
                regel=bericht.termijn.regel,
                jaar=bericht.termijn.jaar,
                user=bericht.user,
                soort=bericht.soort,
            )
    except IntegrityError:
        return False
    try:
        send_mail(
            bericht.onderwerp,
            bericht.tekst,
            settings.DEFAULT_FROM_EMAIL,
            [bericht.user.email],
        )
    except Exception:
        log.delete()
        raise
    return True


def herinner(today: dt.date, dry_run: bool = False) -> list[Bericht]:
    """Send the reminders due today that were not sent before; returns what was (or would be)
    sent."""
    nieuw = [b for b in te_versturen(today) if not al_verstuurd(b)]
    if dry_run:
        return nieuw
    return [b for b in nieuw if _verstuur(b)]
