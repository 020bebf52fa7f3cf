"""Woondriehoek: prestatieafspraken van de lokale woondriehoek."""

__version__ = "0.1.0"
