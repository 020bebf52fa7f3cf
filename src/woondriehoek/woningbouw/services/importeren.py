"""Planmonitor file ↔ database: consistency checks, the all-or-nothing import, and the rows
of a municipality as a DataFrame for the forecast."""

from __future__ import annotations

import polars as pl
from django.db import transaction

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.toewijzing.bestanden import ImportFout
from woondriehoek.toewijzing.services.slaagkans import gemeente_sleutel

from ..constants import ONTTREKKINGEN, SEGMENTEN, Projectstatus, Woningtype
from ..models import Project, ProjectOplevering

PROJECTVELDEN = ["kern", "corporatie", "planstatus"]
KOLOMMEN = [
    "project",
    "kern",
    "corporatie",
    "planstatus",
    "projectstatus",
    "jaar",
    *SEGMENTEN,
    *ONTTREKKINGEN,
]


def controleer_projecten(df: pl.DataFrame) -> ImportFout | None:
    """A project's kern, corporatie and planstatus must be the same on all its rows."""
    fouten = []
    for veld in PROJECTVELDEN:
        first = df.with_columns(
            pl.col(veld).first().over("project").alias("__eerste"),
            pl.col("rij").first().over("project").alias("__eerste_rij"),
        )
        for rij, project, waarde, eerste, eerste_rij in (
            first.filter(pl.col(veld) != pl.col("__eerste"))
            .select("rij", "project", veld, "__eerste", "__eerste_rij")
            .rows()
        ):
            fouten.append(
                (
                    rij,
                    veld,
                    f"project '{project}' heeft hier '{waarde}' maar in rij "
                    f"{eerste_rij} '{eerste}'.",
                )
            )
    return ImportFout(sorted(fouten, key=lambda f: f[0])) if fouten else None


def _corporaties(df: pl.DataFrame) -> dict[str, Organisatie | None]:
    orgs = list(Organisatie.objects.filter(type=OrganisatieType.CORPORATIE))
    lookup = {}
    for org in orgs:
        for naam in [org.naam, *(org.aliases or [])]:
            lookup[gemeente_sleutel(naam)] = org
    out: dict[str, Organisatie | None] = {"": None}
    fouten = []
    for rij, naam in df.filter(pl.col("corporatie") != "").select("rij", "corporatie").rows():
        if naam in out:
            continue
        org = lookup.get(gemeente_sleutel(naam))
        if org is None:
            fouten.append(
                (
                    rij,
                    "corporatie",
                    f"'{naam}' is geen bekende corporatie. Laat de "
                    "kolom leeg voor andere initiatiefnemers en noem die onder "
                    "initiatiefnemer.",
                )
            )
        out[naam] = org
    if fouten:
        raise ImportFout(fouten)
    return out


def _keuze(waarde: str, choices) -> str:
    return waarde if waarde in choices.values else ""


@transaction.atomic
def importeer(
    df: pl.DataFrame, gemeente: Organisatie, alleen_corporatie: set[int] | None = None
) -> dict[str, int]:
    """Create or update the projects in the file; a project's phasing is replaced by the
    file's. ``alleen_corporatie``: the importer may only touch these corporations' projects.
    Raises ImportFout and leaves nothing behind on any error."""
    fout = controleer_projecten(df)
    if fout:
        raise fout
    corporaties = _corporaties(df)
    counts = {"nieuw": 0, "bijgewerkt": 0, "regels": df.height}
    for (naam,), rows in df.sort("rij").group_by(["project"], maintain_order=True):
        first = rows.row(0, named=True)
        corp = corporaties[first["corporatie"]]
        if alleen_corporatie is not None and (corp is None or corp.pk not in alleen_corporatie):
            raise ImportFout(
                [
                    (
                        first["rij"],
                        "corporatie",
                        "u mag alleen projecten van uw eigen corporatie importeren.",
                    )
                ]
            )
        project, created = Project.objects.get_or_create(
            gemeente=gemeente, naam=naam, defaults={"planstatus": first["planstatus"]}
        )
        if (
            alleen_corporatie is not None
            and not created
            and (project.corporatie_id not in alleen_corporatie)
        ):
            raise ImportFout(
                [(first["rij"], "project", f"project '{naam}' is van een andere partij.")]
            )
        project.kern = first["kern"]
        project.corporatie = corp
        project.planstatus = first["planstatus"]
        project.initiatiefnemer = first.get("initiatiefnemer") or project.initiatiefnemer
        project.woningtype = _keuze(first.get("woningtype") or "", Woningtype) or (
            project.woningtype
        )
        project.projectstatus = _keuze(first.get("projectstatus") or "", Projectstatus) or (
            project.projectstatus
        )
        project.save()
        jaren = rows.get_column("oplevering_jaar").to_list()
        project.opleveringen.exclude(jaar__in=jaren).delete()
        for r in rows.iter_rows(named=True):
            ProjectOplevering.objects.update_or_create(
                project=project,
                jaar=r["oplevering_jaar"],
                defaults={k: r[k] for k in (*SEGMENTEN, *ONTTREKKINGEN)},
            )
        counts["nieuw" if created else "bijgewerkt"] += 1
    return counts


def rijen_uit_db(gemeente: Organisatie) -> pl.DataFrame:
    """All phasing rows of the municipality's projects, in the forecast's columns."""
    values = ProjectOplevering.objects.filter(project__gemeente=gemeente).values_list(
        "project__naam",
        "project__kern",
        "project__corporatie__naam",
        "project__planstatus",
        "project__projectstatus",
        "jaar",
        *SEGMENTEN,
        *ONTTREKKINGEN,
    )
    schema = {k: pl.String for k in KOLOMMEN[:5]} | {k: pl.Int64 for k in KOLOMMEN[5:]}
    return pl.DataFrame(list(values), schema=schema, orient="row").with_columns(
        pl.col("corporatie").fill_null("")
    )
