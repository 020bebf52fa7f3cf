"""Demo: one uploaded jaarschijf waiting for review, so the review screen can be tried at once."""

from __future__ import annotations

import hashlib

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from woondriehoek.organisaties.services.organisaties import find_gemeente

from .constants import TaakStatus
from .models import Importtaak
from .services.taken import run_job

NAME = "jaarschijf-druten-2026.md"
TEXT = """# Jaarschijf 2026 Prestatieafspraken Druten

Jaarschijf bij de meerjarige prestatieafspraken 2025 - 2028 tussen de gemeente Druten,
Woonwaarts, Woonstichting De Kernen, Huurdersbelangen Beuningen Druten (hierna te noemen: HBD)
en Bewonersraad De Kernen.

## 1. Beschikbaarheid

1. Woonwaarts start in 2026 met de bouw van ca. 45 sociale huurwoningen in Druten-Zuid.
2. De gemeente levert uiterlijk 1 juli 2026 een lijst met inbreidingslocaties aan de corporaties.
3. De Kernen onderzoekt samen met de gemeente de bouw van 12 flexwoningen in Horssen.

## 2. Betaalbaarheid en duurzaamheid

4. Corporaties verduurzamen in 2026 minimaal 60 woningen naar label B of beter.
5. HBD en Bewonersraad De Kernen organiseren twee keer per jaar een energiecafé voor huurders.
6. Partijen bespreken in het najaar van 2026 de voortgang van deze jaarschijf.

Ondertekend te Druten op 10 december 2025.
"""


def load(context) -> None:
    data = TEXT.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    if Importtaak.objects.filter(sha256=sha).exists():
        return
    user = get_user_model().objects.filter(username="druten-beheerder").first()
    job = Importtaak(naam=NAME, sha256=sha, gemeente=find_gemeente("Druten"), aangemaakt_door=user)
    job.bestand.save(NAME, ContentFile(data), save=False)
    job.save()
    run_job(job)
    if job.status != TaakStatus.KLAAR:  # the demo must not hide a broken extractor
        raise RuntimeError(f"Demo import failed: {job.foutmelding_tekst}")
