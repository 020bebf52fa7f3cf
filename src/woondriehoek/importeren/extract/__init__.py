"""Document extraction for prestatieafspraken: PDF, DOCX, Markdown and text -> Afspraken-JSON v1.

Pure Python, no Django. See ``docs/extraction.md``.
"""

from .api import extract_bytes, extract_file
from .errors import ExtractionError

__all__ = ["ExtractionError", "extract_bytes", "extract_file"]
