"""The demo workspace: three agreements written for the demo, and a log-in per role.

Other apps add to the demo by providing ``<app>/demo.py`` with ``load(context)``; they are
called in INSTALLED_APPS order after the register is loaded.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify

from woondriehoek.afspraken.models import Document
from woondriehoek.afspraken.services.afspraken_json_import import import_document
from woondriehoek.core.services.bijwerken import bewaar, werk_bij
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.models import Lidmaatschap, Organisatie

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEMO_PASSWORD = "demo-woondriehoek"
DEMO_FILES = ["druten-2021.json", "druten-2025-2028.json", "duiven-westervoort-2026.json"]


@dataclass
class DemoContext:
    documents: dict[str, Document] = field(default_factory=dict)
    users: list = field(default_factory=list)


def _username(org: Organisatie, rol: str) -> str:
    base = org.aliases[0] if org.aliases and len(org.aliases[0]) <= 12 else org.korte_naam
    return f"{slugify(base)}-{rol}"


def _make_user(username: str, full_name: str, **extra):
    user_model = get_user_model()
    user, _created = user_model.objects.get_or_create(username=username)
    user.first_name = full_name
    for key, value in extra.items():
        setattr(user, key, value)
    user.set_password(DEMO_PASSWORD)
    user.save()
    return user


def _users_for(documents: list[Document]) -> list:
    users = [_make_user("beheer", "Functioneel beheerder", is_staff=True, is_superuser=True)]
    orgs = Organisatie.objects.filter(partijschappen__document__in=documents).distinct()
    for org in orgs.order_by("type", "naam"):
        for rol in Rol:
            with translation.override("nl"):
                label = str(rol.label).capitalize()
            user = _make_user(_username(org, rol.value), f"{label} – {org.naam}")
            werk_bij(Lidmaatschap, user=user, organisatie=org, defaults={"rol": rol.value})
            users.append(user)
    return users


def _reset() -> None:
    sources = [f"demo:{name}" for name in DEMO_FILES]
    Document.objects.filter(bron_sha256__in=sources).delete()
    get_user_model().objects.filter(lidmaatschappen__isnull=False).delete()


@transaction.atomic
def load_demo(reset: bool = False) -> list:
    """Load (or refresh) the demo workspace; returns the demo users."""
    if reset:
        _reset()
    context = DemoContext()
    for name in DEMO_FILES:
        data = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
        data["source"] = {"file": name, "sha256": f"demo:{name}"}
        context.documents[name] = import_document(data).document
    druten = context.documents["druten-2025-2028.json"]
    bewaar(druten, vorige_id=context.documents["druten-2021.json"].pk)
    context.users = _users_for(list(context.documents.values()))
    for config in apps.get_app_configs():
        if config.name.startswith("woondriehoek.") and config.name != "woondriehoek.demo":
            try:
                module = importlib.import_module(f"{config.name}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{config.name}.demo":
                    raise
                continue
            module.load(context)
    return context.users
