"""Settings for the test suite: fast hashing, tasks run immediately, a temporary data dir."""

import tempfile
from pathlib import Path

from .settings import *  # noqa: F403

DATA_DIR = Path(tempfile.mkdtemp(prefix="woondriehoek-test-"))
MEDIA_ROOT = DATA_DIR / "media"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Kept API answers follow commits, which a test inside a rolled-back transaction never makes;
# the tests of the cache turn it on and commit (api/tests/test_cache.py).
WOONDRIEHOEK_API_CACHE = False
