"""The knowledge base: analysed articles, quotes, people and organisations, searchable.

``open_store(url)`` opens a SQLite file (default ``warta.db``) or a PostgreSQL database
(``postgresql://…``) with one schema; see :class:`warta.store.api.Store` for the query API
(``search``, ``quotes``, ``who_said``, ``people``, ``person``, ``article``, ``stats``, ``ingest``,
``merge``, ``split``). SQLAlchemy (extra ``store``) is imported only when a store is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warta.store.api import Store

__all__ = ["open_store", "Store"]


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open the knowledge base at ``url``; see :func:`warta.store.api.open_store`."""
    from warta.store.api import open_store as _open

    return _open(url, create=create)


def __getattr__(name: str) -> Any:
    if name == "Store":
        from warta.store.api import Store

        return Store
    raise AttributeError(name)
