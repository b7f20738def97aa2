"""Ingest: readers from input files to raw article records (or read errors).

Importing this package registers every format: the core ones in :mod:`warta.ingest.readers` and
HTML, WARC and Parquet (whose optional dependencies are imported only when such a file is read).
"""

from warta.ingest import html, parquet, warc  # noqa: F401 - imported to register their formats
from warta.ingest.readers import RawRecord, ReadError, iter_records, register

__all__ = ["RawRecord", "ReadError", "iter_records", "register"]
