"""Render seed texts as PDF (one and two columns), DOCX and Markdown, for the renderings test.

The text is segmented into blocks (headings, list items, table rows, paragraphs) and those
blocks are rendered: WeasyPrint PDF with drawn list markers, running header/footer and page
numbers; DOCX with Heading styles, Word list numbering (numPr) and Word tables; Markdown with
headings, lists and pipe tables.
"""

from __future__ import annotations

import html
import io
import re

_TABLE_HEAD = ["Afspraak", "Trekker", "Betrokkenen", "Uitvoering"]
_PERIOD_HEAD = ["Onderdeel", "Periode", "Afspraak"]


def units(text: str) -> list[dict]:
    """The seed text as a list of layout units to render (independent of the extractor's items)."""
    from woondriehoek.importeren.extract.api import analyse, read_document
    from woondriehoek.importeren.extract.mentions import Matcher
    from woondriehoek.importeren.extract.model import HEADING, LIST, ROW
    from woondriehoek.importeren.extract.parties import Party

    blocks, lines = read_document(text.encode("utf-8"), "x.txt", 500)
    matcher = Matcher([Party(**p) for p in analyse(blocks, lines)["parties"]])
    starts = [b.source.get("line", 0) for b in blocks] + [len(lines) + 1]
    units: list[dict] = []
    for n, b in enumerate(blocks):
        body = b.text.strip()
        own = [
            ln.text.strip() for ln in lines[starts[n] - 1 : starts[n + 1] - 1] if ln.text.strip()
        ]
        if b.kind not in (HEADING, LIST, ROW) and _short_run(own):
            # an address or signature block: short lines that a document keeps apart
            units.extend({"t": "p", "text": t} for t in _split_short_runs(own))
            continue
        if b.kind == HEADING:
            label = f"{b.marker} {body}" if b.marker else body
            units.append({"t": "h", "level": b.level, "text": label})
        elif b.kind == LIST:
            parts = re.split(r"\n(?=[o◦▪■□–—·] )", body)
            subs = [p[2:].strip() for p in parts[1:]]
            ordered = bool(b.marker and b.marker[:1].isdigit())
            units.append(
                {
                    "t": "li",
                    "ordered": ordered,
                    "text": parts[0].strip(),
                    "subs": subs,
                    "start": int(re.sub(r"\D", "", b.marker) or 1) if ordered else 1,
                }
            )
        elif b.kind == ROW and b.header[-1:] == ["_meta"]:
            trekker, betrokkenen, uitvoering = _split_meta(b.cells[1], matcher)
            label = f"{b.marker} " if b.marker else ""
            units.append(
                {"t": "row", "cells": [label + b.cells[0], trekker, betrokkenen, uitvoering or ""]}
            )
        elif b.kind == ROW:
            units.append({"t": "prow", "cells": [b.marker or "", b.cells[1], b.cells[0]]})
        else:
            units.append({"t": "p", "text": body})
    return units


def _short(t: str) -> bool:
    """A line of its own (name, role, party), not a wrapped piece of running text."""
    return len(t) < 60 and t[:1].isupper() and not t.endswith(("-", ","))


def _short_run(own: list[str], n: int = 3) -> bool:
    run = 0
    for t in own:
        run = run + 1 if _short(t) else 0
        if run >= n:
            return True
    return False


def _split_short_runs(own: list[str]) -> list[str]:
    """Runs of >= 3 short lines stay separate lines; other lines are joined into paragraphs."""
    out: list[str] = []
    k = 0
    while k < len(own):
        j = k
        while j < len(own) and _short(own[j]):
            j += 1
        if j - k >= 3:
            out.extend(own[k:j])
            k = j
            continue
        j = k + 1
        while j < len(own) and not _short_run(own[j : j + 3]):
            j += 1
        out.append(" ".join(own[k:j]))
        k = j
    return out


def _split_meta(meta: str, matcher) -> tuple[str, str, str | None]:
    from woondriehoek.importeren.extract.mentions import split_meta

    trekker, betrokkenen, uitvoering = split_meta(meta, matcher)
    names = {p.id: p.name for p in matcher.parties}

    def show(ids: list[str]) -> str:
        return ", ".join(names.get(i, i) for i in ids)

    return show(trekker), show(betrokkenen), uitvoering


def _groups(units: list[dict]):
    """Consecutive list items / rows grouped: yields (kind, [units])."""
    group: list[dict] = []
    key = None
    for u in units:
        k = (u["t"], u.get("ordered")) if u["t"] in ("li", "row", "prow") else None
        if k is not None and k == key and not (u["t"] == "li" and u["ordered"] and u["start"] == 1):
            group.append(u)
            continue
        if group:
            yield key, group
        group, key = ([u], k) if k is not None else ([], None)
        if k is None:
            yield None, [u]
    if group:
        yield key, group


# ---------------------------------------------------------------- HTML / PDF


def to_html(units: list[dict], *, title: str, columns: int = 1) -> str:
    esc = html.escape
    out = [
        "<html lang='nl'><head><meta charset='utf-8'><style>",
        "@page { size: A4; margin: 2.2cm 2cm;",
        f"  @top-center {{ content: '{esc(title)}'; font-size: 8pt; }}",
        "  @bottom-right { content: 'Pagina ' counter(page) ' van ' counter(pages);",
        "    font-size: 8pt; }",
        "  @bottom-left { content: 'Prestatieafspraken - versie definitief'; font-size: 8pt; } }",
        f"body {{ font-family: sans-serif; font-size: 10pt; column-count: {columns}; }}",
        # fixed layout and breaking long words keep a table inside its column: without them
        # the two-column rendering drew tables over the text of the other column
        "table { border-collapse: collapse; width: 100%; table-layout: fixed; }",
        "td, th { border: 1px solid #999; vertical-align: top; padding: 2pt; font-size: 9pt;",
        " overflow-wrap: anywhere; hyphens: auto; }",
        "</style></head><body>",
    ]
    for key, group in _groups(units):
        if key is None:
            u = group[0]
            if u["t"] == "h":
                tag = {1: "h1", 2: "h2", 3: "h3"}.get(u["level"], "h3" if u["level"] < 9 else "h4")
                out.append(f"<{tag}>{esc(u['text'])}</{tag}>")
            else:
                out.append(f"<p>{esc(u['text'])}</p>")
        elif key[0] == "li":
            tag = "ol" if key[1] else "ul"
            start = f" start='{group[0]['start']}'" if key[1] else ""
            out.append(f"<{tag}{start}>")
            for u in group:
                sub = "".join(f"<li>{esc(s)}</li>" for s in u["subs"])
                sub = f"<ul style='list-style-type: circle'>{sub}</ul>" if sub else ""
                out.append(f"<li>{esc(u['text'])}{sub}</li>")
            out.append(f"</{tag}>")
        else:
            head = _TABLE_HEAD if key[0] == "row" else _PERIOD_HEAD
            out.append("<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>")
            for u in group:
                out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in u["cells"]) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def to_pdf(units: list[dict], *, title: str, columns: int = 1) -> bytes:
    from weasyprint import HTML

    return HTML(string=to_html(units, title=title, columns=columns)).write_pdf()


# ---------------------------------------------------------------- DOCX


def to_docx(units: list[dict], *, title: str) -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = title
    document.sections[0].footer.paragraphs[0].text = "Prestatieafspraken - versie definitief"
    numbering = document.part.numbering_part.element
    styles = document.styles

    def abstract_of(style_name: str) -> str:
        num_id = styles[style_name].element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        nid = num_id.get(qn("w:val"))
        for num in numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == nid:
                return num.find(qn("w:abstractNumId")).get(qn("w:val"))
        raise KeyError(style_name)

    abstract = {"number": abstract_of("List Number"), "bullet": abstract_of("List Bullet")}
    next_id = [max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1]

    def new_num(kind: str, start: int) -> str:
        nid = str(next_id[0])
        next_id[0] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), nid)
        ab = OxmlElement("w:abstractNumId")
        ab.set(qn("w:val"), abstract[kind])
        num.append(ab)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), str(start))
        override.append(so)
        num.append(override)
        numbering.append(num)
        return nid

    def list_paragraph(text: str, nid: str, ilvl: int) -> None:
        p = document.add_paragraph(text, style="List Paragraph")
        ppr = p._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        lvl = OxmlElement("w:ilvl")
        lvl.set(qn("w:val"), str(ilvl))
        nid_el = OxmlElement("w:numId")
        nid_el.set(qn("w:val"), nid)
        num_pr.append(lvl)
        num_pr.append(nid_el)
        ppr.append(num_pr)

    for key, group in _groups(units):
        if key is None:
            u = group[0]
            if u["t"] == "h":
                level = u["level"] if u["level"] <= 3 else 3
                if u["level"] == 9:
                    p = document.add_paragraph()
                    p.add_run(u["text"]).bold = True
                else:
                    document.add_heading(u["text"], level=level)
            else:
                document.add_paragraph(u["text"])
        elif key[0] == "li":
            nid = new_num("number" if key[1] else "bullet", group[0]["start"])
            sub_nid = new_num("bullet", 1)
            for u in group:
                list_paragraph(u["text"], nid, 0)
                for s in u["subs"]:
                    list_paragraph(s, sub_nid, 1)
        else:
            head = _TABLE_HEAD if key[0] == "row" else _PERIOD_HEAD
            table = document.add_table(rows=1 + len(group), cols=len(head))
            for cell, text in zip(table.rows[0].cells, head, strict=True):
                cell.text = text
            for row, u in zip(table.rows[1:], group, strict=True):
                for cell, text in zip(row.cells, u["cells"], strict=True):
                    cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- Markdown


def to_markdown(units: list[dict], *, title: str) -> str:
    out: list[str] = []
    for key, group in _groups(units):
        if key is None:
            u = group[0]
            if u["t"] == "h":
                if u["level"] == 9:
                    out.append(f"**{u['text']}**\n")
                else:
                    out.append("#" * min(u["level"] + 1, 4) + " " + u["text"] + "\n")
            else:
                out.append(u["text"] + "\n")
        elif key[0] == "li":
            for n, u in enumerate(group):
                bullet = f"{group[0]['start'] + n}." if key[1] else "-"
                out.append(f"{bullet} {u['text']}")
                out.extend(f"    - {s}" for s in u["subs"])
            out.append("")
        else:
            head = _TABLE_HEAD if key[0] == "row" else _PERIOD_HEAD
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "---|" * len(head))
            for u in group:
                cells = [c.replace("|", "/").replace("\n", "<br>") for c in u["cells"]]
                out.append("| " + " | ".join(cells) + " |")
            out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- driver
