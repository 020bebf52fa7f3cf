"""Print the configuration reference (docs/configuratie.md) from the declarations in env.py."""

from __future__ import annotations

from itertools import groupby

from django.core.management.base import BaseCommand

from woondriehoek.config.env import DECLARED


def render() -> str:
    lines = [
        "# Configuratie",
        "",
        "Woondriehoek leest deze omgevingsvariabelen. Dit bestand wordt gemaakt met",
        "`woondriehoek configdocs > docs/configuratie.md`; een test houdt het gelijk met de code.",
        "",
    ]
    rows = sorted(DECLARED.values(), key=lambda v: (v.group, v.name))
    for group, items in groupby(rows, key=lambda v: v.group):
        lines += [f"## {group}", "", "| Variabele | Standaard | Betekenis |", "|---|---|---|"]
        for var in items:
            default = var.default.replace("|", "\\|") or "(leeg)"
            lines.append(f"| `{var.name}` | `{default}` | {var.help} |")
        lines.append("")
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Print the configuration reference as Markdown."

    def handle(self, *args, **options) -> None:
        self.stdout.write(render())
