"""Ingest: readers from input files to raw article records (or read errors)."""

from warta.ingest.readers import RawRecord, ReadError, iter_records, register

__all__ = ["RawRecord", "ReadError", "iter_records", "register"]
