"""Kept API answers (docs/adr/0010) are exact: every committed write — whatever way it is
made — gives the data a new version, so the next request reads the database again; a
rolled-back write does not. These tests commit for real (transactional database), because
versions follow commits."""

from __future__ import annotations

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import caches
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from woondriehoek.afspraken.constants import DocumentStatus
from woondriehoek.afspraken.models import Document, Doel, Item
from woondriehoek.afspraken.tests.factories import Driehoek, ItemFactory, PartijFactory
from woondriehoek.api.models import ApiToken
from woondriehoek.api.services import dataversion
from woondriehoek.api.services.tokens import create_personal_token
from woondriehoek.monitoring.tests.factories import RealisatieFactory, VoortgangFactory
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.models import Lidmaatschap
from woondriehoek.organisaties.tests.factories import (
    LidmaatschapFactory,
    OrganisatieFactory,
    member,
)

from .conftest import Api, org_api

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def api_cache(settings):
    settings.WOONDRIEHOEK_API_CACHE = True


@pytest.fixture
def driehoek():
    return Driehoek()


def _texts(api: Api, path: str = "/items", **params) -> list[str]:
    response = api.get(path, **params)
    assert response.status_code == 200, response.content
    return [row.get("tekst") or row.get("titel") for row in response.json()["items"]]


def _ids(api: Api, path: str) -> list[int]:
    return [row["id"] for row in api.get(path).json()["items"]]


@pytest.mark.parametrize(
    ("sql", "write"),
    [
        ('INSERT INTO "afspraken_item" ("tekst") VALUES (%s)', True),
        ('UPDATE "afspraken_item" SET "tekst" = %s', True),
        ("  delete from afspraken_item where id = 1", True),
        ("INSERT OR REPLACE INTO organisaties_organisatie VALUES (1)", True),
        ('CREATE TABLE "x" ("id" integer)', True),
        ("ALTER TABLE afspraken_item ADD COLUMN x int", True),
        ("WITH t AS (SELECT 1) DELETE FROM afspraken_item", True),
        ('SELECT "tekst" FROM "afspraken_item"', False),
        ("SAVEPOINT s1", False),
        ("RELEASE SAVEPOINT s1", False),
        ("PRAGMA foreign_keys = ON", False),
        ("/* fix */ UPDATE afspraken_item SET tekst = ''", True),
        ("-- fix\nDELETE FROM afspraken_item", True),
        ("(DELETE FROM afspraken_item)", True),
        ("\ufeffUPDATE afspraken_item SET volgorde = 1", True),
        ("SELECT 1; DELETE FROM afspraken_item", True),
        ("MERGE INTO afspraken_item USING x ON true WHEN MATCHED THEN DELETE", True),
        ("DO $$ BEGIN DELETE FROM afspraken_item; END $$", True),
        ('UPDATE "public"."django_session" SET "expire_date" = %s', False),
        ("WITH t AS (SELECT 1) SELECT * FROM t", False),
        ('UPDATE "django_session" SET "expire_date" = %s', False),
        ('INSERT INTO "django_migrations" ("app") VALUES (%s)', False),
        ('UPDATE "api_apitoken" SET "laatst_gebruikt" = %s', False),
        ('UPDATE "api_dataversion" SET value = 1', False),
        ("EXPLAIN ANALYZE UPDATE afspraken_item SET tekst = 'x'", True),
        ("/* a /* nested */ SELECT */ UPDATE afspraken_item SET tekst = 'x'", True),
        ("EXPLAIN SELECT 1", True),  # a false positive costs only kept answers
        ('INSERT INTO "django_tasks_database_dbtaskresult" VALUES (1)', False),
    ],
)
def test_which_statements_are_writes(sql, write):
    assert dataversion.is_write(sql) is write


def test_a_composed_statement_counts_as_a_write():
    from psycopg import sql

    assert dataversion.is_write(sql.SQL("UPDATE {} SET x = 1").format(sql.Identifier("t")))


def test_every_kind_of_write_gives_a_new_version(driehoek):
    item = driehoek.items["gemeente"]
    writes = [
        lambda: Item.objects.filter(pk=item.pk).update(tekst="via update"),
        lambda: item.save(),
        lambda: ItemFactory(document=driehoek.document, thema=driehoek.thema),
        lambda: Item.objects.bulk_create([Item(document=driehoek.document, tekst="bulk")]),
        lambda: driehoek.document.gemeenten.add(OrganisatieFactory()),
        lambda: Item.objects.filter(tekst="bulk").delete(),
        lambda: connection.cursor().execute("UPDATE afspraken_item SET volgorde = 3"),
    ]
    seen = {dataversion.current()}
    for write in writes:
        write()
        version = dataversion.current()
        assert version not in seen
        seen.add(version)


def test_a_transaction_gets_one_new_version_after_it_commits(driehoek):
    """No lock is held across the transaction: the version is renewed once, after the
    commit."""
    before = dataversion.current()
    with CaptureQueriesContext(connection) as queries:
        with transaction.atomic():
            Item.objects.update(tekst="een")
            Item.objects.update(tekst="twee")
            assert dataversion.current() == before  # not before the commit
        statements = [q["sql"] for q in queries.captured_queries]
    assert sum("INTO api_dataversion" in sql for sql in statements) == 1
    assert dataversion.current() != before


def test_a_write_after_a_rolled_back_manual_savepoint_still_renews(driehoek):
    before = dataversion.current()
    with transaction.atomic():
        sid = transaction.savepoint()
        Item.objects.update(tekst="weg")
        transaction.savepoint_rollback(sid)
        Item.objects.update(tekst="blijft")
    assert dataversion.current() != before


def test_a_failed_renewal_after_an_autocommit_write_keeps_the_write_and_drops_answers(
    client, driehoek, monkeypatch, caplog
):
    api = Api(client)
    _texts(api)
    assert len(caches["api"]._cache)  # something is kept

    def broken(connection):
        raise DatabaseError("database is locked")

    monkeypatch.setattr(dataversion, "_new_value", broken)
    Item.objects.filter(pk=driehoek.items["gemeente"].pk).update(tekst="toch bewaard")
    assert Item.objects.filter(tekst="toch bewaard").exists()
    assert not caches["api"]._cache
    assert "data version not renewed" in caplog.text
    assert "toch bewaard" in _texts(api)


def test_a_failed_renewal_after_a_commit_keeps_the_write_and_drops_answers(
    client, driehoek, monkeypatch, caplog
):
    api = Api(client)
    _texts(api)

    def broken(connection):
        raise DatabaseError("database is locked")

    monkeypatch.setattr(dataversion, "_new_value", broken)
    with transaction.atomic():
        Item.objects.update(tekst="toch vastgelegd")
    assert Item.objects.filter(tekst="toch vastgelegd").count() == 3
    assert not caches["api"]._cache
    assert "data version not renewed" in caplog.text


def test_sessions_and_token_use_do_not_change_the_version(client, driehoek):
    api = org_api(client, driehoek.corporatie)
    before = dataversion.current()
    SessionStore().create()
    ApiToken.objects.update(laatst_gebruikt=None)
    api.get("/items")  # touches the token's last use
    assert dataversion.current() == before


def test_a_kept_answer_costs_one_query_and_follows_every_write(
    client, driehoek, django_assert_num_queries
):
    api = Api(client)
    first = _texts(api)
    with django_assert_num_queries(1):  # the version; the rows come from the cache
        assert _texts(api) == first
    item = driehoek.items["corporatie"]
    Item.objects.filter(pk=item.pk).update(tekst="Nieuwe tekst")
    assert "Nieuwe tekst" in _texts(api)
    item.refresh_from_db()
    item.tekst = "Nog eens anders"
    item.save()
    assert "Nog eens anders" in _texts(api)
    item.delete()
    assert "Nog eens anders" not in _texts(api)


def test_a_large_answer_is_not_kept(client, driehoek, monkeypatch, django_assert_num_queries):
    from woondriehoek.api import cache

    monkeypatch.setattr(cache, "MAX_KEPT_BYTES", 100)
    api = Api(client)
    first = _texts(api)
    with django_assert_num_queries(4):  # version, rows, their parties, their targets
        assert _texts(api) == first


def test_counts_of_long_lists_are_exact_after_a_write(client, driehoek):
    api = Api(client)
    count = api.get("/items", limit=1, offset=1).json()["count"]
    assert count == 3
    ItemFactory(document=driehoek.document, thema=driehoek.thema)
    assert api.get("/items", limit=1, offset=1).json()["count"] == 4


def test_a_new_right_shows_in_the_next_answer(client, driehoek):
    """A concept becomes readable for a corporation once it is a party in the municipality's
    agreements: the kept answer of that token must not outlive the change."""
    concept = Driehoek(status=DocumentStatus.CONCEPT)
    outsider = OrganisatieFactory()
    api = org_api(client, outsider)
    assert concept.document.pk not in _ids(api, "/documenten")
    concept.document.gemeenten.set([driehoek.gemeente])
    PartijFactory(document=driehoek.document, organisatie=outsider)
    assert concept.document.pk in _ids(api, "/documenten")


def test_a_persons_rights_show_in_the_next_answer(client, driehoek):
    """A personal token reads as its user: a new membership, a membership ended, staff
    rights given and taken all show at once."""
    concept = Driehoek(status=DocumentStatus.CONCEPT)
    concept.document.gemeenten.set([driehoek.gemeente])
    buiten = OrganisatieFactory()
    user = member(buiten, Rol.LEZER)
    api = Api(client, create_personal_token(user, "test").secret)
    assert concept.document.pk not in _ids(api, "/documenten")
    lid = LidmaatschapFactory(organisatie=driehoek.corporatie, rol=Rol.LEZER, user=user)
    assert concept.document.pk in _ids(api, "/documenten")
    Lidmaatschap.objects.filter(pk=lid.pk).delete()
    assert concept.document.pk not in _ids(api, "/documenten")
    user.is_staff = True
    user.save()
    assert concept.document.pk in _ids(api, "/documenten")
    user.is_staff = False
    user.save()
    assert concept.document.pk not in _ids(api, "/documenten")


def test_readers_never_share_a_kept_answer(client, driehoek):
    concept = Driehoek(status=DocumentStatus.CONCEPT)
    concept.document.gemeenten.set([driehoek.gemeente])
    anonymous, party = Api(client), org_api(client, driehoek.corporatie)
    for _ in range(2):  # the second round answers from the cache
        assert concept.document.pk not in _ids(anonymous, "/documenten")
        assert concept.document.pk in _ids(party, "/documenten")


def test_etag_answers_not_modified_until_the_data_changes(client, driehoek):
    first = client.get("/api/v1/items")
    etag = first["ETag"]
    assert first["Cache-Control"] == "no-cache"
    again = client.get("/api/v1/items", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    Item.objects.update(tekst="veranderd")
    changed = client.get("/api/v1/items", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert {row["tekst"] for row in changed.json()["items"]} == {"veranderd"}


def test_without_a_version_nothing_is_kept(client, driehoek):
    connection.cursor().execute("DELETE FROM api_dataversion")
    api = Api(client)
    assert dataversion.current() is None
    _texts(api)
    Item.objects.filter(pk=driehoek.items["gemeente"].pk).update(tekst="zonder versie")
    # the update bumped: a version exists again, and the answer is read afresh
    assert "zonder versie" in _texts(api)
    assert "ETag" in client.get("/api/v1/items")


WRITES = st.sampled_from(["tekst", "nieuw", "weg", "status", "partij", "voortgang", "realisatie"])


@hsettings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(writes=st.lists(WRITES, min_size=1, max_size=4), nummer=st.integers(0, 999))
def test_a_kept_answer_always_equals_a_fresh_one(client, driehoek, settings, writes, nummer):
    """Invariant: after any sequence of writes, every list answers what it would answer
    without the cache, for every reader."""
    readers = [Api(client), org_api(client, driehoek.corporatie)]
    paths = ["/items", "/documenten", "/doelen", "/themas", "/voortgang", "/realisaties"]
    for path in paths:
        for api in readers:
            api.get(path, limit=2, offset=1)  # fill the cache
    for write in writes:
        _write(driehoek, write, nummer)
    for path in paths:
        for api in readers:
            settings.WOONDRIEHOEK_API_CACHE = True
            kept = api.get(path, limit=2, offset=1).json()
            settings.WOONDRIEHOEK_API_CACHE = False
            assert kept == api.get(path, limit=2, offset=1).json()


def _write(driehoek: Driehoek, kind: str, nummer: int) -> None:
    items = Item.objects.filter(document=driehoek.document)
    if kind == "tekst":
        items.update(tekst=f"tekst {nummer}")
    elif kind == "nieuw":
        ItemFactory(document=driehoek.document, thema=driehoek.thema, tekst=f"nieuw {nummer}")
    elif kind == "weg" and items.count() > 1:
        items.order_by("-pk").first().delete()
    elif kind == "status":
        document = Document.objects.get(pk=driehoek.document.pk)
        document.status = (
            DocumentStatus.CONCEPT
            if document.status == DocumentStatus.VASTGESTELD
            else DocumentStatus.VASTGESTELD
        )
        document.save()
    elif kind == "partij":
        driehoek.document.gemeenten.add(OrganisatieFactory())
    elif kind == "voortgang" and items.exists():
        VoortgangFactory(item=items.first(), organisatie=driehoek.corporatie)
    elif kind == "realisatie":
        doel = Doel.objects.filter(item__document=driehoek.document).first()
        if doel is not None:
            RealisatieFactory(doel=doel, jaar=2020 + nummer % 50)
