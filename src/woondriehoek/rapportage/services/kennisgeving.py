"""The council notice (kennisgeving / raadsinformatiebrief): a draft for the municipality to
edit, saying which agreements were made with which corporations, the most important
afspraken per corporation, and where the documents can be found.

Which afspraken are "the most important" (documented in docs/rapportage.md): items of kind
afspraak in the agreements running that year where the corporation is trekker; those with a
measurable target (Doel) come first, then register order; at most five per corporation.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from woondriehoek.afspraken.constants import BetrokkenheidRol, ItemSoort
from woondriehoek.afspraken.models import Document, Item
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from ..constants import MAX_AFSPRAKEN_PER_CORPORATIE
from . import opmaak
from .inhoud import Alinea, Opsomming, Rapportdocument, Sectie, Tabel
from .werkruimte import RapportFout, controleer_jaar


def geldende_documenten(gemeente: Organisatie, jaar: int) -> list[Document]:
    """Published documents of the workspace whose period includes the year."""
    return list(
        Document.objects.of_gemeente(gemeente)
        .published()
        .filter(periode_start__lte=jaar)
        .filter(Q(periode_eind__gte=jaar) | Q(periode_eind__isnull=True, periode_start=jaar))
        .prefetch_related("partijen__organisatie")
        .order_by("periode_start", "titel")
    )


def belangrijkste(documenten: list[Document], corporatie: Organisatie) -> list[Item]:
    """The rule above: trekker = the corporation; with a target first; at most five."""
    items = (
        Item.objects.filter(document__in=documenten, soort=ItemSoort.AFSPRAAK)
        .with_party([corporatie.pk], BetrokkenheidRol.TREKKER)
        .prefetch_related("doelen")
        .order_by("document__periode_start", "volgorde", "pk")
    )
    ranked = sorted(items, key=lambda i: not i.doelen.all())  # stable: register order kept
    return ranked[:MAX_AFSPRAKEN_PER_CORPORATIE]


def _item_regel(item: Item) -> str:
    tekst = " ".join(item.tekst.split())
    doelen = "; ".join(str(d) for d in item.doelen.all())
    head = f"{item.nummer}. {tekst}" if item.nummer else tekst
    return (
        _("%(item)s (target: %(targets)s)") % {"item": head, "targets": doelen} if doelen else head
    )


def openbare_url(gemeente: Organisatie, basis_url: str = "") -> str:
    """Where the public can read the agreements: the public page when it exists."""
    for name in ("openbaar:gemeente", "afspraken:werkruimte"):
        try:
            path = reverse(name, args=[gemeente.slug])
        except NoReverseMatch:
            continue
        base = basis_url or getattr(settings, "WOONDRIEHOEK_PUBLIC_URL", "")
        return base.rstrip("/") + path
    return basis_url


def _documenten_tabel(documenten: list[Document]) -> Tabel:
    return Tabel(
        _("Agreements that apply"),
        [_("Document"), _("Kind"), _("Period"), _("Signed on"), _("Parties")],
        [
            [
                d.titel,
                d.get_soort_display(),
                d.periode_label or opmaak.LEEG,
                opmaak.datum(d.ondertekend_op),
                ", ".join(p.organisatie.naam for p in d.partijen.all()),
            ]
            for d in documenten
        ],
        breedtes=(30, 15, 12, 15, 28),
    )


def _partijen(documenten: list[Document], soort: str) -> list[Organisatie]:
    orgs = {p.organisatie for d in documenten for p in d.partijen.all()}
    return sorted((o for o in orgs if o.type == soort), key=lambda o: o.naam)


def kennisgeving(
    gemeente: Organisatie, jaar: int, today: dt.date, basis_url: str = ""
) -> Rapportdocument:
    controleer_jaar(jaar)
    documenten = geldende_documenten(gemeente, jaar)
    if not documenten:
        raise RapportFout(
            _("%(gemeente)s has no adopted agreements that apply in %(year)s.")
            % {"gemeente": gemeente.korte_naam, "year": jaar}
        )
    corporaties = _partijen(documenten, OrganisatieType.CORPORATIE)
    huurders = _partijen(documenten, OrganisatieType.HUURDERSORGANISATIE)
    onderwerp = _("Performance agreements on housing %(year)s") % {"year": jaar}
    rapport = Rapportdocument(
        titel=_("Council information letter: %(subject)s") % {"subject": onderwerp},
        ondertitel=_("Draft — to be completed by the municipality"),
        gemeente=gemeente.naam,
        jaar=jaar,
        datum=opmaak.datum(today),
        kenmerken=[
            (
                _("To"),
                _("The municipal council of %(gemeente)s") % {"gemeente": gemeente.korte_naam},
            ),
            (_("From"), _("The municipal executive")),
            (_("Date"), opmaak.datum(today)),
            (_("Subject"), onderwerp),
        ],
        inhoudsopgave=False,
        voorblad=False,
        voetregel=_("Council information letter %(gemeente)s %(year)s")
        % {"gemeente": gemeente.korte_naam, "year": jaar},
    )
    names = ", ".join(c.naam for c in corporaties) or opmaak.LEEG
    aanleiding = Sectie(_("Reason")).add(
        Alinea(
            _(
                "Under the Housing Act (article 44) the municipality, the housing corporations "
                "and the tenant organisations make performance agreements, and the council is "
                "informed of them. With this letter we inform you of the agreements that apply "
                "in %(year)s."
            )
            % {"year": jaar}
        )
    )
    gemaakt = Sectie(_("Agreements made")).add(
        Alinea(
            _("In %(year)s the municipality has agreements with %(corporations)s.")
            % {"year": jaar, "corporations": names}
        ),
        _documenten_tabel(documenten),
    )
    if huurders:
        gemaakt.add(
            Alinea(
                _("Tenant organisations that are party: %(names)s.")
                % {"names": ", ".join(h.naam for h in huurders)}
            )
        )
    per_corporatie = Sectie(_("The most important agreements per corporation")).add(
        Alinea(
            _(
                "Per corporation at most %(n)s agreements it leads (trekker), those with a "
                "measurable target first."
            )
            % {"n": MAX_AFSPRAKEN_PER_CORPORATIE}
        )
    )
    for corp in corporaties:
        items = belangrijkste(documenten, corp)
        sub = Sectie(corp.naam)
        if items:
            sub.add(Opsomming([_item_regel(i) for i in items]))
        else:
            sub.add(Alinea(_("%(name)s leads no agreement itself.") % {"name": corp.naam}))
        per_corporatie.subsecties.append(sub)
    url = openbare_url(gemeente, basis_url)
    vindplaats = Sectie(_("Where to find the documents")).add(
        Alinea(
            _("The agreements and their progress can be read at %(url)s.") % {"url": url}
            if url
            else _("The agreements can be requested from the municipality.")
        ),
        Opsomming([d.titel for d in documenten]),
    )
    vervolg = Sectie(_("Next steps")).add(
        Alinea(_("[To be completed by the municipality: what happens next and when.]"))
    )
    rapport.secties = [aanleiding, gemaakt, per_corporatie, vindplaats, vervolg]
    rapport.nummer()
    return rapport
