"""Date formats for the English interface: a Dutch service read in English, so dates are
written the European way (29/11/2026, 24-hour clock, weeks from Monday) rather than Django's
default American ones for "en" (11/29/2026)."""

from django.conf.locale.en_GB import formats as british

DATE_FORMAT = british.DATE_FORMAT
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j M Y, H:i"
YEAR_MONTH_FORMAT = british.YEAR_MONTH_FORMAT
MONTH_DAY_FORMAT = british.MONTH_DAY_FORMAT
SHORT_DATE_FORMAT = british.SHORT_DATE_FORMAT
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1
DATE_INPUT_FORMATS = british.DATE_INPUT_FORMATS
DATETIME_INPUT_FORMATS = british.DATETIME_INPUT_FORMATS
