"""The national-scale dataset of the API benchmark, written with bulk_create.

350 gemeenten, 300 corporaties, 50 huurdersorganisaties, 700 documents (an expired one and a
current one per municipality, one in five current ones still concept) with 4 parties each,
3,500 themes, 50,000 afspraken (items) with a trekker each, ~16,700 targets, 200,000
progress updates and ~33,300 realisations (two years per target). Deterministic (seed 42).
Import after django.setup().
"""

from __future__ import annotations

import random

SIZES = {"gemeenten": 350, "corporaties": 300, "huurders": 50, "items": 50_000, "updates": 200_000}


def fill() -> dict:
    """Write the dataset into an empty, migrated database; returns the row counts."""
    rnd = random.Random(42)
    return _fill(rnd)


def _fill(rnd: random.Random) -> dict:
    from woondriehoek.afspraken.models import Betrokkenheid, Document, Doel, Item, Partij, Thema
    from woondriehoek.core.text import fold
    from woondriehoek.organisaties.models import Organisatie

    orgs = [
        Organisatie(
            naam=f"Gemeente Plaats {n:03d}",
            slug=f"plaats-{n:03d}",
            type="gemeente",
            cbs_code=f"GM{n:04d}",
        )
        for n in range(SIZES["gemeenten"])
    ]
    orgs += [
        Organisatie(naam=f"Woonstichting {n:03d}", slug=f"woonstichting-{n:03d}", type="corporatie")
        for n in range(SIZES["corporaties"])
    ]
    orgs += [
        Organisatie(
            naam=f"Huurdersraad {n:03d}", slug=f"huurdersraad-{n:03d}", type="huurdersorganisatie"
        )
        for n in range(SIZES["huurders"])
    ]
    Organisatie.objects.bulk_create(orgs, batch_size=1000)
    gemeenten = list(Organisatie.objects.filter(type="gemeente"))
    corporaties = list(Organisatie.objects.filter(type="corporatie"))
    huurders = list(Organisatie.objects.filter(type="huurdersorganisatie"))

    docs = []
    for g in gemeenten:
        for start, status in (
            (2021, "afgelopen"),
            (2025, rnd.choice(["vastgesteld"] * 4 + ["concept"])),
        ):
            docs.append(
                Document(
                    titel=f"Prestatieafspraken {g.korte_naam} {start}",
                    status=status,
                    periode_start=start,
                    periode_eind=start + 3,
                )
            )
    Document.objects.bulk_create(docs, batch_size=1000)
    docs = list(Document.objects.order_by("pk"))
    through = Document.gemeenten.through
    through.objects.bulk_create(
        [
            through(document_id=d.pk, organisatie_id=gemeenten[i // 2].pk)
            for i, d in enumerate(docs)
        ],
        batch_size=2000,
    )
    partijen, parties_of = [], {}
    for i, d in enumerate(docs):
        g = gemeenten[i // 2]
        ps = [
            g,
            corporaties[(i // 2) % len(corporaties)],
            corporaties[(i // 2 + 7) % len(corporaties)],
            huurders[(i // 2) % len(huurders)],
        ]
        parties_of[d.pk] = ps
        partijen += [Partij(document=d, organisatie=o, volgorde=k) for k, o in enumerate(ps)]
    Partij.objects.bulk_create(partijen, batch_size=2000)
    Thema.objects.bulk_create(
        [
            Thema(document=d, nummer=str(k + 1), titel=t, volgorde=k)
            for d in docs
            for k, t in enumerate(
                ["Nieuwbouw", "Betaalbaarheid", "Duurzaamheid", "Leefbaarheid", "Wonen en zorg"]
            )
        ],
        batch_size=2000,
    )
    themas = {}
    for t in Thema.objects.all():
        themas.setdefault(t.document_id, []).append(t.pk)
    per_doc = SIZES["items"] // len(docs)
    items = []
    for d in docs:
        for k in range(per_doc + (1 if d.pk <= SIZES["items"] % len(docs) else 0)):
            aantal = rnd.randint(5, 200)
            tekst = f"Partijen realiseren {aantal} sociale huurwoningen in kern {k % 9} ({k})."
            items.append(
                Item(
                    document=d,
                    thema_id=themas[d.pk][k % 5],
                    nummer=str(k + 1),
                    tekst=tekst,
                    volgorde=k,
                    zoektekst=fold(f"{k + 1} {tekst}"),
                )
            )
    Item.objects.bulk_create(items, batch_size=2000)
    item_rows = list(Item.objects.values_list("pk", "document_id"))
    Betrokkenheid.objects.bulk_create(
        [
            Betrokkenheid(item_id=pk, rol="trekker", organisatie_id=parties_of[doc][pk % 4].pk)
            for pk, doc in item_rows
        ],
        batch_size=5000,
    )
    Doel.objects.bulk_create(
        [
            Doel(
                item_id=pk,
                waarde=rnd.randint(10, 500),
                eenheid="woningen",
                wat="sociale huurwoningen",
                vergelijking=">=",
                start_jaar=2025,
                eind_jaar=2028,
            )
            for pk, _doc in item_rows
            if pk % 3 == 0
        ],
        batch_size=5000,
    )
    counts = {"documenten": len(docs), "items": len(item_rows)}
    counts["updates"] = _updates(rnd, item_rows, parties_of)
    counts["realisaties"] = _realisaties(rnd, dict(item_rows), parties_of)
    return counts


def _realisaties(rnd, document_of: dict[int, int], parties_of) -> int:
    """Two years of realisations (2025, 2026) per target, by the item's trekker."""
    from woondriehoek.afspraken.models import Doel
    from woondriehoek.monitoring.models import Realisatie

    rows = [
        Realisatie(
            doel_id=doel,
            jaar=jaar,
            waarde=rnd.randint(0, 500),
            organisatie_id=parties_of[document_of[item]][item % 4].pk,
            bron="Jaarverslag",
        )
        for doel, item in Doel.objects.values_list("pk", "item_id")
        for jaar in (2025, 2026)
    ]
    Realisatie.objects.bulk_create(rows, batch_size=5000)
    return len(rows)


def _updates(rnd, item_rows, parties_of) -> int:
    try:
        from woondriehoek.monitoring.models import Voortgang
    except ImportError:
        return 0
    rang = {"H1": 1, "H2": 2, "jaar": 3}
    rows, total = [], 0
    for n in range(SIZES["updates"]):
        pk, doc = item_rows[n % len(item_rows)]
        jaar, deel = 2025 + (n // (2 * len(item_rows))), ("H1", "H2")[(n // len(item_rows)) % 2]
        rows.append(
            Voortgang(
                item_id=pk,
                jaar=jaar,
                deel=deel,
                deel_rang=rang[deel],
                status="op_schema",
                percentage=rnd.randint(0, 100),
                organisatie_id=parties_of[doc][pk % 4].pk,
            )
        )
        if len(rows) == 10_000:
            Voortgang.objects.bulk_create(rows)
            total, rows = total + len(rows), []
    Voortgang.objects.bulk_create(rows)
    return total + len(rows)
