"""The publication day written in an article's address.

News sites put the day of publication in the path of many article addresses:
``/read/2018/02/14/…`` (kompas, okezone, tribunnews, suara), ``/20180214123456-12-276543/…``
(a time stamp opening the slug: cnnindonesia), ``/2018-02-14/…``. The content-management system
writes it when the article is published, so it is a better witness than a weekday in the text.
Only the path is read (never the host or the query), and a day is returned only when it exists
in the calendar, is not before ``[dates] min_year`` and not after ``today``.
"""

import re
from datetime import date
from urllib.parse import urlsplit

from warta import config
from warta.annotate.dates_calendar import safe_date

# Year, month and day as path segments, or a compact YYYYMMDD (optionally followed by a time of
# day) opening a segment; separators around them keep longer numbers (ids) from matching.
_PATTERNS = (
    re.compile(r"(?:^|/)(?P<y>(?:19|20)\d\d)/(?P<m>\d\d?)/(?P<d>\d\d?)(?=/|$)"),
    re.compile(r"(?:^|/)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?=[/_-]|$)"),
    re.compile(r"(?:^|/)(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)(?:\d{4}|\d{6})?(?=[/_.-]|$)"),
)


def date_from_url(url: str | None, today: date) -> date | None:
    """The publication day in ``url``'s path, or None when it holds none (or an impossible one)."""
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:  # a malformed address is simply not a witness
        return None
    lo = int(config.get("dates", "min_year"))
    for pattern in _PATTERNS:
        for m in pattern.finditer(path):
            day = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if day is not None and lo <= day.year and day <= today:
                return day
    return None
