from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

from woondriehoek.demo.services.loader import DEMO_PASSWORD

SERIOUS = {"serious", "critical"}


def log_in(page, username: str) -> None:
    page.goto("/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/")


def log_out(page) -> None:
    page.get_by_role("button", name="Uitloggen").click()


def serious_violations(page) -> list[str]:
    """axe-core on the current page; the ids and targets of serious or critical violations."""
    results = Axe().run(page)
    found = []
    for violation in results.response["violations"]:
        if violation.get("impact") in SERIOUS:
            targets = [",".join(n["target"]) for n in violation["nodes"]][:3]
            found.append(f"{violation['id']}: {targets}")
    return found


def sideways(page) -> int:
    """How far the page is wider than its viewport, in CSS pixels (not innerWidth: a mobile
    browser widens its layout viewport to fit content that overflows)."""
    return page.evaluate("document.documentElement.scrollWidth") - page.viewport_size["width"]
