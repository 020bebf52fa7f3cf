"""Django settings. Every variable that can be set from outside is declared in env.py."""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env, env_bool, env_int

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(
    env(
        "WOONDRIEHOEK_DATA_DIR",
        str(Path.cwd() / "var"),
        "Folder for the SQLite database, uploads and generated reports.",
        "Opslag",
    )
)
(DATA_DIR / "static").mkdir(parents=True, exist_ok=True)

SECRET_KEY = env(
    "DJANGO_SECRET_KEY",
    "dev-only-insecure-key-change-me",
    "Secret key for signing sessions. Set a long random value in production.",
    "Beveiliging",
)
DEBUG = env_bool("DJANGO_DEBUG", False, "Show debug pages. Never in production.", "Beveiliging")
ALLOWED_HOSTS = [
    h.strip()
    for h in env(
        "DJANGO_ALLOWED_HOSTS",
        "localhost,127.0.0.1,[::1],testserver",
        "Comma-separated host names the app answers to.",
        "Beveiliging",
    ).split(",")
    if h.strip()
]
CSRF_TRUSTED_ORIGINS = [
    o.strip()
    for o in env(
        "DJANGO_CSRF_TRUSTED_ORIGINS",
        "",
        "Comma-separated origins (https://host) trusted for form posts behind a proxy.",
        "Beveiliging",
    ).split(",")
    if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "woondriehoek.core",
    "woondriehoek.organisaties",
    "woondriehoek.afspraken",
    "woondriehoek.importeren",
    "woondriehoek.cyclus",
    "woondriehoek.monitoring",
    "woondriehoek.huurgrenzen",
    "woondriehoek.woningbouw",
    "woondriehoek.toewijzing",
    "woondriehoek.rapportage",
    "woondriehoek.openbaar",
    "woondriehoek.api",
    "woondriehoek.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "woondriehoek.core.middleware.DutchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "woondriehoek.config.urls"
WSGI_APPLICATION = "woondriehoek.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env(
            "DATABASE_URL",
            f"sqlite:///{DATA_DIR / 'woondriehoek.sqlite3'}",
            "Database: sqlite:///path or postgres://user@host:port/name.",
            "Opslag",
        ),
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets the web server read while the background worker writes; IMMEDIATE transactions
    # and a busy timeout make a writer wait for the other instead of failing with "locked".
    # Connections are kept (CONN_MAX_AGE) because opening one per request halved throughput.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The API keeps answers of its lists per data version (docs/adr/0010): exact, and dropped by
# the next write. Each server process keeps its own; entries and their size (api/cache.py)
# bound the memory per process.
WOONDRIEHOEK_API_CACHE = env_bool(
    "WOONDRIEHOEK_API_CACHE",
    True,
    "Keep API list answers until the next write to the data (per server process).",
    "Opslag",
)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "api": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "woondriehoek-api",
        "OPTIONS": {"MAX_ENTRIES": 500},
    },
}

AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
FORMAT_MODULE_PATH = ["woondriehoek.config.formats"]  # English with European dates
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

TASKS = {
    "default": {
        "BACKEND": env(
            "WOONDRIEHOEK_TASK_BACKEND",
            "django_tasks_db.DatabaseBackend",
            "Background task backend (django-tasks). The demo runs a worker beside the web "
            "server; tests use the immediate backend.",
            "Achtergrondtaken",
        )
    }
}

WOONDRIEHOEK_PUBLIC_URL = env(
    "WOONDRIEHOEK_PUBLIC_URL",
    "",
    "Public address of this installation (e.g. https://woondriehoek.example.nl); used for "
    "links in generated documents such as the council notice.",
    "Algemeen",
).rstrip("/")

EMAIL_BACKEND = env(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend",
    "E-mail backend for reminders; the console backend prints them.",
    "E-mail",
)
DEFAULT_FROM_EMAIL = env(
    "DJANGO_DEFAULT_FROM_EMAIL",
    "woondriehoek@localhost",
    "Sender of reminder e-mails.",
    "E-mail",
)

WOONDRIEHOEK_UPLOAD_MAX_BYTES = env_int(
    "WOONDRIEHOEK_UPLOAD_MAX_BYTES",
    50 * 1024 * 1024,
    "Largest document that may be uploaded for import, in bytes.",
    "Importeren",
)
WOONDRIEHOEK_UPLOAD_MAX_PAGES = env_int(
    "WOONDRIEHOEK_UPLOAD_MAX_PAGES",
    500,
    "Most pages a PDF may have for import.",
    "Importeren",
)
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

WOONDRIEHOEK_WORKERS = env_int(
    "WOONDRIEHOEK_WORKERS",
    0,
    "Web server processes of `woondriehoek serve` (gunicorn, 2 threads each); 0: cores + 1.",
    "Server",
)

WOONDRIEHOEK_PDF_PROCESSES = env_int(
    "WOONDRIEHOEK_PDF_PROCESSES",
    2,
    "2: a long PDF report is laid out in two processes at once (Linux, fork); 1: in one.",
    "Rapportage",
)

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True
SIMPLE_HISTORY_REVERT_DISABLED = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
