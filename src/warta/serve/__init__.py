"""The web service: ``create_app(db_url)`` builds the FastAPI app (JSON API under ``/api/`` and the
web UI) over a knowledge base; ``warta serve`` runs it with uvicorn. Needs the ``serve`` extra."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(db_url: str) -> FastAPI:
    """The FastAPI app over the knowledge base at ``db_url``; see :func:`warta.serve.app.create_app`."""
    from warta.serve.app import create_app as _create

    return _create(db_url)
