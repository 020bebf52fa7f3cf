"""Checks on uploaded evidence: size, extension and that the content matches the extension."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .constants import BEWIJS_EXTENSIES, MAX_BEWIJS_BYTES

_SIGNATURES = {
    "pdf": (b"%PDF",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
}


def max_bytes() -> int:
    return int(getattr(settings, "MONITORING_MAX_BEWIJS_BYTES", MAX_BEWIJS_BYTES))


def extensie(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _head(upload, size: int = 2048) -> bytes:
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def validate_bewijs(upload) -> None:
    """Refuse files that are too large, of another type, or whose content does not match."""
    limit = max_bytes()
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s MB); the limit is %(limit)s MB.")
            % {"size": round(upload.size / 1048576, 1), "limit": round(limit / 1048576, 1)},
            code="too_large",
        )
    ext = extensie(upload.name)
    if ext not in BEWIJS_EXTENSIES:
        raise ValidationError(
            _("Upload a PDF, Word, Excel, PNG, JPG or CSV file, not “%(ext)s”.") % {"ext": ext},
            code="type",
        )
    head = _head(upload)
    if ext == "csv":
        if b"\x00" in head:
            raise ValidationError(_("This CSV file is not a text file."), code="content")
        return
    if not head.startswith(_SIGNATURES[ext]):
        raise ValidationError(
            _("The content of the file does not match its extension “%(ext)s”.") % {"ext": ext},
            code="content",
        )
