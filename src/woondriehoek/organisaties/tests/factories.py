from __future__ import annotations

import factory
from django.contrib.auth import get_user_model

from woondriehoek.organisaties.constants import OrganisatieType, Rol
from woondriehoek.organisaties.models import Lidmaatschap, Organisatie


class OrganisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisatie

    naam = factory.Sequence(lambda n: f"Woningstichting Test {n}")
    type = OrganisatieType.CORPORATIE


class GemeenteFactory(OrganisatieFactory):
    naam = factory.Sequence(lambda n: f"Gemeente Testdorp {n}")
    type = OrganisatieType.GEMEENTE


class HuurdersorganisatieFactory(OrganisatieFactory):
    naam = factory.Sequence(lambda n: f"Huurdersvereniging Test {n}")
    type = OrganisatieType.HUURDERSORGANISATIE


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    password = factory.PostGenerationMethodCall("set_password", "geheim-wachtwoord")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class LidmaatschapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lidmaatschap

    user = factory.SubFactory(UserFactory)
    organisatie = factory.SubFactory(OrganisatieFactory)
    rol = Rol.BEWERKER


def member(organisatie: Organisatie, rol: Rol = Rol.BEWERKER, **user_kwargs):
    """A new user who belongs to the organisation with the role."""
    return LidmaatschapFactory(
        organisatie=organisatie, rol=rol, user=UserFactory(**user_kwargs)
    ).user
