"""Fill empty (and fuzzy) Dutch translations in the Woondriehoek catalog.

Usage: .venv/bin/python scripts/fill_translations.py [path/to/django.po] [--check]

Only entries whose msgstr is empty, or that are marked fuzzy, are touched; translations
someone already wrote are left alone. Msgids this script does not know are listed so they
can be added to NL below. Afterwards run `woondriehoek compilemessages -l nl`.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import polib

PO = Path(__file__).resolve().parents[1] / "src/woondriehoek/locale/nl/LC_MESSAGES/django.po"

# Singular msgid -> Dutch; for plural entries a tuple (singular, plural).
NL: dict[str, str | tuple[str, str]] = {
    # --- apps
    "Agreements": "Afspraken",
    "API": "API",
    "data version": "dataversie",
    "Core": "Basis",
    "Yearly cycle": "Jaarcyclus",
    "Demo": "Demo",
    "Rent and income limits": "Huur- en inkomensgrenzen",
    "Import": "Importeren",
    "Monitoring": "Monitoring",
    "Organisations": "Organisaties",
    "Reports": "Rapportages",
    "Allocation": "Toewijzing",
    "Housing construction": "Woningbouw",
    # --- document kinds, statuses, item kinds, roles, comparators
    "performance agreements": "prestatieafspraken",
    "annual schedule (jaarschijf)": "jaarschijf",
    "bid (bod)": "bod",
    "notice to the council": "kennisgeving aan de raad",
    "policy plan": "beleidsplan",
    "unknown": "onbekend",
    "draft": "concept",
    "adopted": "vastgesteld",
    "expired": "afgelopen",
    "agreement": "afspraak",
    "ambition": "ambitie",
    "intention": "voornemen",
    "challenge (context)": "opgave (context)",
    "other": "overig",
    "lead (trekker)": "trekker",
    "involved party": "betrokkene",
    "exactly": "precies",
    "at least": "minimaal",
    "at most": "maximaal",
    "about": "ongeveer",
    # --- filter form
    "Choose a party or type a name, not both.": "Kies een partij of typ een naam, niet allebei.",
    "Search text": "Zoektekst",
    "Party": "Partij",
    "All parties": "Alle partijen",
    "As": "Als",
    "lead or involved": "trekker of betrokkene",
    "Theme": "Thema",
    "All themes": "Alle thema's",
    "Kind": "Soort",
    "All kinds": "Alle soorten",
    "Year": "Jaar",
    # Label on the same form as "Als": avoid "zoals", a label lookup for "Als" would match it.
    "Register as it stood on": "Register op peildatum",
    # --- document model
    "The period ends (%(end)s) before it starts (%(start)s).": (
        "De periode eindigt (%(end)s) voordat ze begint (%(start)s)."
    ),
    "title": "titel",
    "kind": "soort",
    "municipalities": "gemeenten",
    "status": "status",
    "first year": "eerste jaar",
    "last year": "laatste jaar",
    "signed on": "ondertekend op",
    "signed at": "ondertekend te",
    "description": "omschrijving",
    "builds on": "bouwt voort op",
    "The document this one works out, e.g. the multi-year agreement of a jaarschijf.": (
        "Het document dat hiermee wordt uitgewerkt, bijvoorbeeld de meerjarige "
        "prestatieafspraken waar een jaarschijf bij hoort."
    ),
    "source file": "bronbestand",
    "source SHA-256": "SHA-256 van de bron",
    "created": "aangemaakt",
    "changed": "gewijzigd",
    "agreement document": "afsprakendocument",
    "agreement documents": "afsprakendocumenten",
    "An adopted agreement needs its signing date.": (
        "Bij vastgestelde afspraken hoort een datum van ondertekening."
    ),
    "document": "document",
    "organisation": "organisatie",
    "code": "code",
    "Party id in Afspraken-JSON, e.g. p2.": "Id van de partij in Afspraken-JSON, bijvoorbeeld p2.",
    "aliases in this document": "aliassen in dit document",
    "Names this document uses for the party, e.g. 'hierna te noemen: WSN'.": (
        "Namen die dit document voor de partij gebruikt, bijvoorbeeld 'hierna te noemen: WSN'."
    ),
    "order": "volgorde",
    "party": "partij",
    "parties": "partijen",
    "name": "naam",
    "role": "rol",
    "on behalf of": "namens",
    "signatory": "ondertekenaar",
    "signatories": "ondertekenaars",
    "%(org)s is not a party to this agreement.": "%(org)s is geen partij bij deze afspraken.",
    # --- item model
    "theme": "thema",
    "number": "nummer",
    "text": "tekst",
    "execution": "uitvoering",
    "The period column as written, e.g. '2025 - 2028' or 'Doorlopend'.": (
        "De kolom met de periode zoals die in het document staat, bijvoorbeeld "
        "'2025 - 2028' of 'Doorlopend'."
    ),
    "works out": "werkt uit",
    "The afspraak this item works out ('Bij 1.').": "De afspraak die dit item uitwerkt ('Bij 1.').",
    "weight": "gewicht",
    "Weight of this item when progress is rolled up.": (
        "Gewicht van dit item bij het optellen van de voortgang."
    ),
    "source line": "bronregel",
    "source page": "bronpagina",
    "external id": "extern id",
    "item": "item",
    "items": "items",
    "The theme belongs to another document.": "Het thema hoort bij een ander document.",
    "An item cannot work out itself.": "Een item kan zichzelf niet uitwerken.",
    "The item worked out belongs to another document.": (
        "Het uitgewerkte item hoort bij een ander document."
    ),
    "other (free text)": "overig (vrije tekst)",
    "For someone who is not a party, e.g. 'Sociaal Team'.": (
        "Voor wie geen partij is, bijvoorbeeld 'Sociaal Team'."
    ),
    "involvement": "betrokkenheid",
    "involvements": "betrokkenheden",
    "%(org)s is not a party to this agreement; add it as a party first or type the name as free text.": (
        "%(org)s is geen partij bij deze afspraken; voeg de organisatie eerst toe als partij "
        "of typ de naam als vrije tekst."
    ),
    "value": "waarde",
    "unit": "eenheid",
    "e.g. woningen, procent, euro, jaar, aantal, label": (
        "bijvoorbeeld woningen, procent, euro, jaar, aantal, label"
    ),
    "what": "wat",
    "comparator": "vergelijking",
    "from year": "vanaf jaar",
    "by year": "uiterlijk in jaar",
    "target": "doel",
    "targets": "doelen",
    "by %(year)s": "uiterlijk in %(year)s",
    # --- theme model
    "part of": "onderdeel van",
    "themes": "thema's",
    "A sub-theme must belong to the same document.": "Een subthema moet bij hetzelfde document horen.",
    "A theme cannot be part of itself.": "Een thema kan geen onderdeel van zichzelf zijn.",
    # --- Afspraken-JSON import
    "This is not Afspraken-JSON (format %(f)s expected).": (
        "Dit is geen Afspraken-JSON (formaat %(f)s verwacht)."
    ),
    "Afspraken-JSON lacks the field '%(key)s'.": "In de Afspraken-JSON ontbreekt het veld '%(key)s'.",
    "Party '%(name)s' has an unknown type '%(type)s'; use one of: %(types)s.": (
        "Partij '%(name)s' heeft een onbekend type '%(type)s'; gebruik een van: %(types)s."
    ),
    "Item %(id)s names a theme that does not exist.": (
        "Item %(id)s verwijst naar een thema dat niet bestaat."
    ),
    "Item %(id)s has an unknown kind '%(kind)s'.": "Item %(id)s heeft een onbekende soort '%(kind)s'.",
    "'%(v)s' is not an ISO date (YYYY-MM-DD).": "'%(v)s' is geen ISO-datum (JJJJ-MM-DD).",
    # --- history
    "deleted": "verwijderd",
    "system": "systeem",
    "History": "Geschiedenis",
    "When": "Wanneer",
    "Who": "Wie",
    "What": "Wat",
    "Change": "Wijziging",
    "No changes recorded yet.": "Nog geen wijzigingen vastgelegd.",
    # --- register and item pages
    "Lead": "Trekker",
    "Involved": "Betrokkenen",
    "Execution": "Uitvoering",
    "Targets": "Doelen",
    "The register as it stood on %(date)s.": "Het register zoals het was op %(date)s.",
    "%(found)s of %(total)s items match.": "%(found)s van %(total)s items gevonden.",
    "%(counter)s item": ("%(counter)s item", "%(counter)s items"),
    "General": "Algemeen",
    "This document has no items yet.": "Dit document heeft nog geen items.",
    "No items match these filters.": "Geen items gevonden met deze filters.",
    "Breadcrumbs": "Kruimelpad",
    "Workspaces": "Werkruimtes",
    "Status": "Status",
    "Period": "Periode",
    "Signed": "Ondertekend",
    "at": "te",
    "not yet": "nog niet",
    "Parties": "Partijen",
    "Signatories": "Ondertekenaars",
    "Builds on": "Bouwt voort op",
    "Source file": "Bronbestand",
    "Edit document": "Document bewerken",
    "Add theme": "Thema toevoegen",
    "Add item": "Item toevoegen",
    "Filter the register": "Register filteren",
    "Filter": "Filter",
    "Apply": "Toepassen",
    "Clear": "Wissen",
    "New document": "Nieuw document",
    "Document": "Document",
    "Save": "Opslaan",
    "Cancel": "Annuleren",
    "Back to the register": "Terug naar het register",
    "To see the register as it stood on a date, use the date filter on the register.": (
        "Gebruik het datumfilter van het register om te zien hoe het register er op een "
        "bepaalde datum uitzag."
    ),
    "Works out": "Werkt uit",
    "Worked out in": "Uitgewerkt in",
    "Source": "Bron",
    "page": "pagina",
    "line": "regel",
    "Comparator": "Vergelijking",
    "Value": "Waarde",
    "Unit": "Eenheid",
    "No measurable targets.": "Geen meetbare doelen.",
    "Edit": "Bewerken",
    "Delete": "Verwijderen",
    "Delete item": "Item verwijderen",
    "Are you sure? The item stays in the history.": (
        "Weet je het zeker? Het item blijft bewaard in de geschiedenis."
    ),
    "Edit item": "Item bewerken",
    "New item": "Nieuw item",
    "Item": "Item",
    "Lead and involved parties": "Trekker en betrokkenen",
    "On our plate": "Ons bord",
    "Everything where your organisation is lead or involved.": (
        "Alles waarbij je organisatie trekker of betrokkene is."
    ),
    "We are": "Onze rol",
    "Nothing found.": "Niets gevonden.",
    "Municipality": "Gemeente",
    "CBS code": "CBS-code",
    "Agreement documents": "Afsprakendocumenten",
    "Title": "Titel",
    "Signed by": "Ondertekend door",
    "There are no documents here that you may see.": (
        "Er zijn hier geen documenten die je mag inzien."
    ),
    "The document has been created.": "Het document is aangemaakt.",
    "The document has been saved.": "Het document is opgeslagen.",
    "The theme has been saved.": "Het thema is opgeslagen.",
    "The item has been saved.": "Het item is opgeslagen.",
    "The item has been deleted.": "Het item is verwijderd.",
    # --- settings, home
    "Dutch": "Nederlands",
    "English": "Engels",
    "Your workspaces": "Je werkruimtes",
    "Published agreements": "Gepubliceerde afspraken",
    "Performance agreements of municipalities, housing corporations and tenant organisations: made, carried out and monitored together.": (
        "Prestatieafspraken van gemeenten, woningcorporaties en huurdersorganisaties: "
        "samen gemaakt, uitgevoerd en gevolgd."
    ),
    "%(counter)s document": ("%(counter)s document", "%(counter)s documenten"),
    "There is nothing to show yet.": "Er is nog niets te tonen.",
    # --- organisations
    "municipality": "gemeente",
    "housing corporation": "woningcorporatie",
    "tenant organisation": "huurdersorganisatie",
    "administrator": "beheerder",
    "editor": "bewerker",
    "reader": "lezer",
    "slug": "slug",
    "type": "type",
    "aliases": "aliassen",
    "Other names the documents use, e.g. an abbreviation.": (
        "Andere namen die in de documenten voorkomen, bijvoorbeeld een afkorting."
    ),
    "Municipality code of Statistics Netherlands, e.g. GM0225.": (
        "Gemeentecode van het CBS, bijvoorbeeld GM0225."
    ),
    "website": "website",
    "organisations": "organisaties",
    "Only a municipality has a CBS code.": "Alleen een gemeente heeft een CBS-code.",
    "A CBS code looks like GM0225.": "Een CBS-code heeft de vorm GM0225.",
    "Aliases must be a list of names.": "Aliassen moeten een lijst met namen zijn.",
    "user": "gebruiker",
    "membership": "lidmaatschap",
    "memberships": "lidmaatschappen",
    "Party to": "Partij bij",
    # --- base, login
    "Skip to content": "Naar de inhoud",
    "Main menu": "Hoofdmenu",
    "Administration": "Beheer",
    "Language": "Taal",
    "Switch": "Wisselen",
    "Log out": "Uitloggen",
    "Log in": "Inloggen",
    "open-source software for performance agreements (Woningwet art. 42–44)": (
        "opensourcesoftware voor prestatieafspraken (Woningwet art. 42–44)"
    ),
    "User name": "Gebruikersnaam",
    "Password": "Wachtwoord",
    # --- import (importeren)
    "Open": "Openen",
    "waiting": "in de wachtrij",
    "reading": "wordt gelezen",
    "ready for review": "klaar voor controle",
    "failed": "mislukt",
    "published": "gepubliceerd",
    "Waiting for a worker": "Wachten op verwerking",
    "Reading the text": "Tekst lezen",
    "Finding parties, themes and items": "Partijen, thema's en items zoeken",
    "Done": "Klaar",
    "PDF with a text layer, Word (.docx), Markdown or plain text.": (
        "PDF met een tekstlaag, Word (.docx), Markdown of platte tekst."
    ),
    "Or a new municipality": "Of een nieuwe gemeente",
    "Leave empty to use the municipalities the document names.": (
        "Laat leeg om de gemeenten te gebruiken die in het document worden genoemd."
    ),
    "file": "bestand",
    "original name": "oorspronkelijke naam",
    "SHA-256": "SHA-256",
    "new municipality": "nieuwe gemeente",
    "Name of a municipality that is not in the register yet.": (
        "Naam van een gemeente die nog niet in het register staat."
    ),
    "error message": "foutmelding",
    "progress": "voortgang",
    "stage": "fase",
    "result": "resultaat",
    "source text": "brontekst",
    "uploaded by": "geüpload door",
    "uploaded at": "geüpload op",
    "published document": "gepubliceerd document",
    "import job": "importtaak",
    "import jobs": "importtaken",
    "Upload another file": "Ander bestand uploaden",
    "Review the result": "Resultaat controleren",
    "Open the published agreement": "Gepubliceerde afspraken openen",
    "as named in the document": "zoals genoemd in het document",
    "Uploaded by": "Geüpload door",
    "Uploaded at": "Geüpload op",
    "Import a document": "Document importeren",
    "Upload agreements as PDF, Word, Markdown or text. Woondriehoek reads the parties, themes and items; you review them before anything reaches the register.": (
        "Upload afspraken als PDF, Word, Markdown of tekst. Woondriehoek leest de partijen, "
        "thema's en items in; je controleert ze voordat er iets in het register komt."
    ),
    "Upload and read": "Uploaden en inlezen",
    "Recent imports": "Recente imports",
    "File": "Bestand",
    # --- import review (controle)
    "Parties found in the document": "In het document gevonden partijen",
    "Code": "Code",
    "Name": "Naam",
    "Aliases": "Aliassen",
    "Type": "Type",
    "Type of": "Type van",
    "Set": "Instellen",
    "Themes": "Thema's",
    "under": "onder",
    "show in source": "tonen in bron",
    "p.": "p.",
    "added by hand": "handmatig toegevoegd",
    "accepted": "geaccepteerd",
    "Accept": "Accepteren",
    "Change kind": "Soort wijzigen",
    "Merge with next": "Samenvoegen met volgende",
    "Delete this item?": "Dit item verwijderen?",
    "Edit text": "Tekst bewerken",
    "Text": "Tekst",
    "Save text": "Tekst opslaan",
    "Fix lead": "Trekker corrigeren",
    "Lead parties": "Trekkers",
    "Others (free text, comma separated)": "Anderen (vrije tekst, gescheiden door komma's)",
    "Save lead": "Trekker opslaan",
    "Split": "Splitsen",
    "First part": "Eerste deel",
    "Second part": "Tweede deel",
    "Split item": "Item splitsen",
    "Items": "Items",
    "Outside any theme": "Zonder thema",
    "No items were found.": "Er zijn geen items gevonden.",
    "Add a missed item": "Gemist item toevoegen",
    "Review": "Controle",
    "Check what was found against the source. Nothing reaches the register until you publish.": (
        "Vergelijk wat er is gevonden met de bron. Er komt niets in het register totdat je "
        "publiceert."
    ),
    "Source text": "Brontekst",
    "Municipalities": "Gemeenten",
    "publish under": "publiceren onder",
    "Publish to the register": "Publiceren in het register",
    # --- API tokens
    "For a personal token: the user the token acts as.": (
        "Voor een persoonlijk token: de gebruiker namens wie het token werkt."
    ),
    "For an organisation token: it acts as an editor of this organisation.": (
        "Voor een organisatietoken: het token werkt als bewerker van deze organisatie."
    ),
    "created by": "aangemaakt door",
    "prefix": "prefix",
    "SHA-256 of the secret": "SHA-256 van het geheim",
    "last used": "laatst gebruikt",
    "revoked": "ingetrokken",
    "API token": "API-token",
    "API tokens": "API-tokens",
    "What the token is for, e.g. 'Dashboard script'.": (
        "Waar het token voor is, bijvoorbeeld 'Dashboardscript'."
    ),
    "Organisation": "Organisatie",
    "What the token is for, e.g. 'Import from our housing system'.": (
        "Waar het token voor is, bijvoorbeeld 'Import uit ons woningbeheersysteem'."
    ),
    "Starts with": "Begint met",
    "Created": "Aangemaakt",
    "Last used": "Laatst gebruikt",
    "Revoked on %(when)s": "Ingetrokken op %(when)s",
    "Active": "Actief",
    "Revoke token %(name)s": "Token %(name)s intrekken",
    "Revoke": "Intrekken",
    "No tokens yet.": "Nog geen tokens.",
    "documentation": "documentatie",
    "The interactive documentation needs JavaScript. The OpenAPI document itself is at": (
        "Voor de interactieve documentatie is JavaScript nodig. Het OpenAPI-document zelf staat op"
    ),
    "With a token, programs read and write through the API what you (personal token) or your organisation (organisation token) may. Send it as <code>Authorization: Bearer &lt;token&gt;</code>.": (
        "Met een token lezen en schrijven programma's via de API wat jij (persoonlijk token) "
        "of je organisatie (organisatietoken) mag. Stuur het mee als "
        "<code>Authorization: Bearer &lt;token&gt;</code>."
    ),
    "API documentation": "API-documentatie",
    "Token \u201c%(name)s\u201d created": "Token \u201c%(name)s\u201d aangemaakt",
    "Copy it now: it is shown only once. We keep only a fingerprint of it.": (
        "Kopieer het nu: het wordt maar één keer getoond. We bewaren alleen een vingerafdruk ervan."
    ),
    "Token": "Token",
    "Personal tokens": "Persoonlijke tokens",
    "A personal token acts as you: it reads and writes exactly what you may.": (
        "Een persoonlijk token werkt namens jou: het leest en schrijft precies wat jij mag."
    ),
    "Create personal token": "Persoonlijk token aanmaken",
    "Organisation tokens": "Organisatietokens",
    "An organisation token acts as an editor (bewerker) of the organisation: it reads what the organisation's members read and writes where an editor of the organisation may, for instance progress of the items the organisation leads. It keeps working when people leave.": (
        "Een organisatietoken werkt als bewerker van de organisatie: het leest wat de leden "
        "van de organisatie lezen en schrijft waar een bewerker van de organisatie dat mag, "
        "bijvoorbeeld de voortgang van de items waarvan de organisatie trekker is. Het blijft "
        "werken als mensen vertrekken."
    ),
    "Create organisation token": "Organisatietoken aanmaken",
    "The token %(name)s has been revoked.": "Het token %(name)s is ingetrokken.",
    # --- monitoring
    "not started": "niet gestart",
    "on schedule": "op schema",
    "at risk": "risico",
    "delayed": "vertraagd",
    "realised": "gerealiseerd",
    "cancelled": "vervallen",
    "first half": "eerste helft",
    "second half": "tweede helft",
    "whole year": "heel jaar",
    "on track": "op koers",
    "needs attention": "aandacht nodig",
    "off track": "uit koers",
    "nothing to measure": "niets te meten",
    "behind the path": "achter op het pad",
    "ahead of the path": "voor op het pad",
    "no realisation yet": "nog geen realisatie",
    "No realisation yet for %(years)s.": "Nog geen realisatie in %(years)s.",
    "No realisation yet for %(years)s; the target path reaches %(value)s in %(year)s.": "Nog geen realisatie in %(years)s; het doelpad komt in %(year)s op %(value)s.",
    "per year": "per jaar",
    "cumulative over the period": "cumulatief over de periode",
    "level to reach (decreasing path)": "te bereiken stand (dalend pad)",
    "%(year)s (whole year)": "%(year)s (heel jaar)",
    "%(year)s, %(part)s": "%(year)s, %(part)s",
    # --- yearly cycle (cyclus), evidence uploads
    "before a date": "vóór een datum",
    "within a range of months": "binnen een reeks maanden",
    "Housing Act (Woningwet)": "Woningwet",
    "own rule": "eigen regel",
    "every active year": "elk actief jaar",
    "only in years a bid is required": "alleen in jaren waarin een bod verplicht is",
    "only in years a jaarschijf is worked out": (
        "alleen in jaren waarin een jaarschijf wordt uitgewerkt"
    ),
    "upcoming": "komend",
    "due soon": "termijn nadert",
    "overdue": "termijn verstreken",
    "done": "afgerond",
    "civil-servant meeting, narrow": "ambtelijk overleg, smal",
    "administrative meeting, narrow": "bestuurlijk overleg, smal",
    "civil-servant meeting, broad": "ambtelijk overleg, breed",
    "administrative meeting, broad": "bestuurlijk overleg, breed",
    "information evening for council members": "informatieavond voor raadsleden",
    "other meeting": "ander overleg",
    "bundled": "gebundeld",
    "submitted": "ingediend",
    "before the deadline": "binnen de termijn",
    "The file is too large (%(size)s MB); the limit is %(limit)s MB.": (
        "Het bestand is te groot (%(size)s MB); de grens is %(limit)s MB."
    ),
    "Upload a PDF, Word, Excel, PNG, JPG or CSV file, not \u201c%(ext)s\u201d.": (
        "Upload een PDF-, Word-, Excel-, PNG-, JPG- of CSV-bestand, geen \u201c%(ext)s\u201d."
    ),
    "This CSV file is not a text file.": "Dit CSV-bestand is geen tekstbestand.",
    "The content of the file does not match its extension \u201c%(ext)s\u201d.": (
        "De inhoud van het bestand past niet bij de extensie \u201c%(ext)s\u201d."
    ),
    # --- yearly cycle and meetings (cyclus models)
    "multi-year agreement": "meerjarige afspraken",
    "year": "jaar",
    "parties submit by": "partijen leveren aan uiterlijk",
    "bundled on": "gebundeld op",
    "adopted on": "vastgesteld op",
    "introduction": "inleiding",
    "jaarschijf": "jaarschijf",
    "jaarschijven": "jaarschijven",
    "The year lies outside the period of the agreement.": (
        "Het jaar valt buiten de periode van de afspraken."
    ),
    "submitted on": "ingediend op",
    "submitted by": "ingediend door",
    "adopted by": "vastgesteld door",
    "submission": "inbreng",
    "submissions": "inbreng",
    "serves agreement or ambition": "draagt bij aan afspraak of ambitie",
    "what we do": "wat wij doen",
    "what we need from the other parties": "wat wij van de andere partijen nodig hebben",
    "activity": "activiteit",
    "activities": "activiteiten",
    "The agreement belongs to another document.": "De afspraak hoort bij een ander document.",
    "meeting type": "soort overleg",
    "times per year": "keer per jaar",
    "chair alternates between the parties": "voorzitterschap rouleert tussen de partijen",
    "fixed chair": "vaste voorzitter",
    "explanation": "toelichting",
    "meeting types": "soorten overleg",
    "starts": "begint",
    "ends": "eindigt",
    "location": "locatie",
    "chair": "voorzitter",
    "agenda": "agenda",
    "minutes": "verslag",
    "start of the talks on next year's agreements": (
        "start van het overleg over de afspraken voor volgend jaar"
    ),
    "From this date the six months run after which a party may put a dispute to the minister.": (
        "Vanaf deze datum lopen de zes maanden waarna een partij een geschil aan de minister "
        "kan voorleggen."
    ),
    "meeting": "overleg",
    "meetings": "overleggen",
    "The meeting ends before it starts.": "Het overleg eindigt voordat het begint.",
    "decision": "besluit",
    "agreements concerned": "betrokken afspraken",
    "owner": "eigenaar",
    "due date": "termijn",
    "completed on": "afgerond op",
    "decisions": "besluiten",
    "Leave empty for a rule of the whole workspace, such as the Woningwet.": (
        "Laat leeg voor een regel voor de hele werkruimte, zoals de Woningwet."
    ),
    "source": "bron",
    "day": "dag",
    "Day of the month of the deadline; empty for a range of months.": (
        "Dag van de maand van de deadline; leeg bij een reeks maanden."
    ),
    "month": "maand",
    "Month of the deadline, or the first month.": "Maand van de deadline, of de eerste maand.",
    "last month": "laatste maand",
    "For a range of months: the last month (the deadline is its last day).": (
        "Bij een reeks maanden: de laatste maand (de deadline is de laatste dag daarvan)."
    ),
    "party types that must act": "soorten partijen die aan zet zijn",
    "e.g. corporatie, gemeente, huurdersorganisatie": (
        "bijvoorbeeld corporatie, gemeente, huurdersorganisatie"
    ),
    "parties that must act": "partijen die aan zet zijn",
    "reminder lead time (days)": "herinnering vooraf (dagen)",
    "condition": "voorwaarde",
    "active": "actief",
    "schedule rule": "planningsregel",
    "schedule rules": "planningsregels",
    "A deadline before a date needs a day.": "Een deadline vóór een datum heeft een dag nodig.",
    "This month does not have that many days.": "Deze maand heeft niet zoveel dagen.",
    "A range of months needs a last month on or after the first.": (
        "Bij een reeks maanden moet de laatste maand gelijk zijn aan of na de eerste maand liggen."
    ),
    "Choose party types from: %(types)s.": "Kies soorten partijen uit: %(types)s.",
    "The last year is before the first year.": "Het laatste jaar ligt voor het eerste jaar.",
    "This agreement does not belong to the municipality.": (
        "Deze afspraken horen niet bij de gemeente."
    ),
    "rule": "regel",
    "done by": "afgerond door",
    "done on": "afgerond op",
    "deadline done": "afgeronde deadline",
    "deadlines done": "afgeronde deadlines",
    "sent on": "verstuurd op",
    "reminder": "herinnering",
    "reminders": "herinneringen",
    "token": "token",
    "calendar feed token": "token voor agendafeed",
    "calendar feed tokens": "tokens voor agendafeed",
    # --- monitoring models
    "on update": "bij update",
    "comment": "opmerking",
    "author": "auteur",
    "addressed to": "gericht aan",
    "handled on": "afgehandeld op",
    "handled by": "afgehandeld door",
    "comments": "opmerkingen",
    "period": "periode",
    "view": "zienswijze",
    "tenants' view": "zienswijze van de huurders",
    "tenants' views": "zienswijzen van de huurders",
    "Leave empty for a figure for all parties together.": (
        "Laat leeg voor een cijfer voor alle partijen samen."
    ),
    "realisation": "realisatie",
    "realisations": "realisaties",
    "percentage done": "percentage gereed",
    "progress update": "voortgangsupdate",
    "progress updates": "voortgangsupdates",
    # python-format in the msgid ("100% d" reads as a directive): keep "% d".
    "A realised item is 100% done.": "Een gerealiseerd item is 100% doorgevoerd.",
    "An item that has not started is 0% done.": "Bij een niet-gestart item is 0% doorgevoerd.",
    "update": "update",
    "file name": "bestandsnaam",
    "link": "link",
    "evidence": "bewijsstuk",
    # --- glossary terms not (yet) in the code
    "Functional administrator": "Functioneel beheerder",
    "workspace": "werkruimte",
    "Workspace": "Werkruimte",
    "Progress": "Voortgang",
    "The agreement has been published to the register as a concept.": (
        "De afspraken zijn als concept in het register gepubliceerd."
    ),
    # --- review of an extracted document
    "Unknown item %(id)s.": "Onbekend item %(id)s.",
    "Unknown kind %(kind)s.": "Onbekende soort %(kind)s.",
    "Unknown party %(id)s.": "Onbekende partij %(id)s.",
    "Unknown type %(type)s.": "Onbekend type %(type)s.",
    "Both parts need text.": "Beide delen moeten tekst hebben.",
    "There is no next item to merge with.": "Er is geen volgend item om mee samen te voegen.",
    "A new item needs text.": "Een nieuw item heeft tekst nodig.",
    "Unknown theme %(id)s.": "Onbekend thema %(id)s.",
    "Unknown action %(action)s.": "Onbekende actie %(action)s.",
    # --- extraction errors, worded as the extractor's own Dutch messages
    "error code": "foutcode",
    "error parameters": "foutparameters",
    "The document could not be read.": "Het document kon niet worden gelezen.",
    "The document could not be read because of an unexpected error.": "Het document kon niet worden gelezen door een onverwachte fout.",
    "The file is empty.": "Het bestand is leeg.",
    "The file is larger than the maximum size allowed.": "Het bestand is groter dan de toegestane maximale grootte.",
    "The file is %(size_mb).1f MB; the limit is %(limit_mb).1f MB.": "Het bestand is %(size_mb).1f MB; de grens is %(limit_mb).1f MB.",
    "This file format is not supported; use PDF, DOCX, Markdown or text.": "Dit bestandsformaat wordt niet ondersteund; gebruik PDF, DOCX, Markdown of tekst.",
    "Files of type '%(suffix)s' are not supported; use .pdf, .docx, .md or .txt.": "Bestanden van het type '%(suffix)s' worden niet ondersteund; gebruik .pdf, .docx, .md of .txt.",
    "The file is damaged or does not have the format its extension promises.": "Het bestand is beschadigd of heeft niet het formaat dat de extensie belooft.",
    "This file is not a PDF (its content does not match the extension .pdf).": "Dit bestand is geen PDF (de inhoud past niet bij de extensie .pdf).",
    "The PDF is damaged and cannot be opened.": "De PDF is beschadigd en kan niet worden geopend.",
    "The Word file (.docx) is damaged or not a real .docx file.": "Het Word-bestand (.docx) is beschadigd of geen echt .docx-bestand.",
    "The text file contains binary data and is not readable text.": "Het tekstbestand bevat binaire gegevens en is geen leesbare tekst.",
    "The PDF is protected with a password and cannot be read.": "De PDF is beveiligd met een wachtwoord en kan niet worden gelezen.",
    "The PDF has no text layer (probably a scan). Run text recognition (OCR) on it first.": "De PDF bevat geen tekstlaag (waarschijnlijk een scan). Laat er eerst tekstherkenning (OCR) op los.",
    "The document contains (almost) no readable text.": "Het document bevat (vrijwel) geen leesbare tekst.",
    "The document has more pages than allowed.": "Het document heeft meer pagina's dan is toegestaan.",
    "The PDF has %(pages)s pages; the limit is %(limit)s.": "De PDF heeft %(pages)s pagina's; de grens is %(limit)s.",
    "The document does not seem to be written in Dutch; only Dutch agreements are read.": "Het document lijkt niet in het Nederlands geschreven; alleen Nederlandstalige afspraken worden gelezen.",
    "The document is not about housing or performance agreements; there is nothing to read.": "Het document gaat niet over wonen of prestatieafspraken; er is niets om uit te lezen.",
}


def _empty(entry: polib.POEntry) -> bool:
    if entry.msgid_plural:
        return not all(entry.msgstr_plural.get(i) for i in (0, 1))
    return not entry.msgstr


def fill(path: Path = PO, check: bool = False) -> int:
    po = polib.pofile(str(path), wrapwidth=79)
    po.metadata_is_fuzzy = False
    po.metadata["Language"] = "nl"
    po.metadata["Language-Team"] = "Dutch"
    if po.metadata.get("Project-Id-Version", "").startswith("PACKAGE"):
        po.metadata["Project-Id-Version"] = "woondriehoek"
    stale = any(_empty(e) or e.fuzzy for e in po if not e.obsolete)
    if stale or po.metadata.get("PO-Revision-Date", "").startswith("YEAR"):
        po.metadata["PO-Revision-Date"] = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M%z")
    unknown, filled = [], 0
    for entry in po:
        if entry.obsolete:
            continue
        if not (_empty(entry) or entry.fuzzy):
            continue
        nl = NL.get(entry.msgid)
        if nl is None:
            unknown.append(entry.msgid)
            continue
        if entry.msgid_plural:
            one, many = nl if isinstance(nl, tuple) else (nl, nl)
            entry.msgstr_plural = {0: one, 1: many}
        else:
            entry.msgstr = nl if isinstance(nl, str) else nl[0]
        if entry.fuzzy:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        filled += 1
    if not check:
        po.save()
    for msgid in unknown:
        print(f"UNKNOWN: {msgid!r}")
    print(f"filled {filled}, unknown {len(unknown)}, total {len(po)}")
    return 1 if unknown else 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(fill(Path(args[0]) if args else PO, check="--check" in sys.argv))
