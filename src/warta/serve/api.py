"""The JSON API (``/api/…``): typed answers (:mod:`warta.serve.models`), validated parameters.

The parameter dependencies (:func:`quote_filters`, :func:`paging`) are shared with the HTML
pages, so a page and its JSON twin accept exactly the same query string.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from warta.serve import models as M
from warta.serve.service import Service, setting

DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"  # YYYY[-MM[-DD]], real month and day
TEXT = int(setting("max_param_chars"))
_ERR = {"model": M.ErrorBody}
router = APIRouter(
    prefix="/api",
    tags=["api"],
    responses={
        400: {**_ERR, "description": "a value the store cannot use"},
        414: {**_ERR, "description": "query string over the size limit"},
        422: {**_ERR, "description": "invalid parameters (details name them)"},
        500: {**_ERR, "description": "internal error (no details are given)"},
    },
)
NOT_FOUND = {404: {**_ERR, "description": "nothing matches"}}


def service(request: Request) -> Service:
    """The app's :class:`Service`."""
    return request.app.state.service


def quote_filters(
    speaker: Annotated[str | None, Query(max_length=TEXT, description="name, alias or entity id")] = None,
    org: Annotated[str | None, Query(max_length=TEXT, description="organisation (name, acronym, id)")] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="published on/after YYYY[-MM[-DD]]")] = None,
    until: Annotated[
        str | None, Query(pattern=DATE, description="published on/before YYYY[-MM[-DD]]")
    ] = None,
    outlet: Annotated[str | None, Query(max_length=120, description="outlet, e.g. detik")] = None,
    kind: Annotated[Literal["direct", "indirect"] | None, Query(description="quote kind")] = None,
) -> dict[str, str | None]:
    """The quote filters (empty strings count as absent)."""
    values = {"speaker": speaker, "org": org, "since": since, "until": until, "outlet": outlet, "kind": kind}
    return {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}


def paging(
    limit: Annotated[int, Query(ge=1, le=int(setting("max_page_size")))] = int(setting("page_size")),
    offset: Annotated[int, Query(ge=0, le=int(setting("max_offset")))] = 0,
) -> dict[str, int]:
    """``limit`` and ``offset``."""
    return {"limit": limit, "offset": offset}


Svc = Annotated[Service, Depends(service)]
Filters = Annotated[dict, Depends(quote_filters)]
Paging = Annotated[dict, Depends(paging)]
QueryText = Annotated[str | None, Query(max_length=TEXT, description="words to find in the quotes")]


@router.get("/stats", response_model=M.Stats, summary="Corpus figures and chart data (home page)")
def stats(svc: Svc) -> dict[str, Any]:
    """Counts of articles, quotes, entities; top speakers; quotes per week; outlets."""
    return svc.stats()


@router.get("/articles", response_model=M.ArticlePage, summary="List articles, newest first")
def articles(
    svc: Svc,
    page: Paging,
    outlet: Annotated[str | None, Query(max_length=120)] = None,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
) -> dict[str, Any]:
    """A page of stored articles with their quote and entity counts."""
    return svc.articles(outlet=outlet or None, since=since, until=until, **page)


@router.get(
    "/articles/{article_id:path}",
    response_model=M.Article,
    summary="One article with annotations",
    responses=NOT_FOUND,
)
def article(svc: Svc, article_id: Annotated[str, Path(max_length=TEXT)]) -> dict[str, Any]:
    """The stored record (schema v1 plus ``key``, ``outlet``, entity ids) by id or key."""
    rec = svc.article(article_id)
    if rec is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return rec


@router.get(
    "/quotes", response_model=M.QuotePage, summary="Quotes by speaker, organisation, text, date, kind"
)
def quotes(svc: Svc, filters: Filters, page: Paging, q: QueryText = None) -> dict[str, Any]:
    """Quotes matching every filter given, newest first (best match first with ``q``)."""
    return svc.quotes(q=q, **filters, **page)


@router.get("/search", response_model=M.SearchResult, summary="Full-text search over quotes and articles")
def search(
    svc: Svc,
    filters: Filters,
    q: Annotated[str, Query(min_length=1, max_length=TEXT, description='words; "a phrase"')],
    scope: Annotated[Literal["all", "quotes", "articles"], Query()] = "all",
    limit: Annotated[int, Query(ge=1, le=int(setting("max_page_size")))] = int(setting("search_limit")),
) -> dict[str, Any]:
    """Stemmed full-text search; every word is required; quote hits first."""
    return svc.search(q, scope=scope, limit=limit, **filters)


@router.get("/people", response_model=list[M.PersonSummary], summary="Most quoted people (or organisations)")
def people(
    svc: Svc,
    top: Annotated[int, Query(ge=1, le=int(setting("max_page_size")))] = 20,
    label: Annotated[Literal["PERSON", "ORG", "LOC", "all"], Query()] = "PERSON",
) -> list[dict[str, Any]]:
    """Entities ranked by quotes, then mentions."""
    return svc.people(top=top, label=None if label == "all" else label)


@router.get("/people/{name:path}", response_model=M.Person, summary="A person's profile", responses=NOT_FOUND)
def person(svc: Svc, name: Annotated[str, Path(min_length=1, max_length=TEXT)]) -> dict[str, Any]:
    """Aliases, roles over time, quotes per month, co-mentioned entities, latest quotes."""
    return svc.person(name)


@router.post(
    "/analyze",
    response_model=M.Article,
    response_model_exclude_unset=True,
    summary="Analyse pasted text (not stored)",
    responses={413: {"model": M.ErrorBody, "description": "body over the size limit"}},
)
def analyze(svc: Svc, body: M.AnalyzeRequest) -> dict[str, Any]:
    """Run the Warta pipeline on ``text`` and answer its schema v1 record; nothing is stored."""
    from warta.pipeline import InputTooLarge

    try:
        return svc.analyze(body.text, body.published, title=body.title, url=body.url)
    except InputTooLarge as exc:
        raise HTTPException(413, str(exc)) from None
