"""The HTML pages: server-rendered Jinja2 templates (autoescaped), each with a JSON twin under
``/api/`` linked from its footer. Parameters are validated by the same dependencies as the API."""

from __future__ import annotations

import re
from collections import Counter
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs, quote, urlencode

import jinja2
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from warta.serve import charts, highlight
from warta.serve.api import DATE, TEXT, Filters, Paging, QueryText, Svc
from warta.serve.service import setting

router = APIRouter(include_in_schema=False)
_env = jinja2.Environment(
    loader=jinja2.PackageLoader("warta.serve", "templates"),
    autoescape=True,  # every {{ value }} is HTML-escaped
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["urlq"] = lambda s: quote(str(s), safe="")
_env.globals["person_href"] = highlight.person_href
_env.globals["speaker_line"] = highlight.speaker_line
templates = Jinja2Templates(env=_env)
LABELS = {"PERSON": "person", "ORG": "organisation", "LOC": "place"}
_DATE = re.compile(DATE)


def _render(request: Request, name: str, twin: str | None, code: int = 200, **ctx: Any) -> HTMLResponse:
    if twin and request.url.query:
        twin += ("&" if "?" in twin else "?") + request.url.query
    return templates.TemplateResponse(
        request, name, {"twin": twin, "labels": LABELS, **ctx}, status_code=code
    )


def error_page(request: Request, status: int, message: str, details: list[dict[str, str]]) -> HTMLResponse:
    """An HTML error page (used by the app's error handlers for non-API paths)."""
    return _render(request, "error.html", None, status, status=status, message=message, details=details)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, svc: Svc) -> HTMLResponse:
    """Search box, corpus figures, top speakers and quotes-over-time charts."""
    st = svc.stats()
    speakers = st["top_speakers"]
    bars = charts.bar_chart(
        [(s["name"], s["quotes"]) for s in speakers],
        title="Top speakers by number of quotes",
        x_label="quotes",
        links=[highlight.person_href(s["id"], s["name"]) for s in speakers],
    )
    tl = st["quotes_over_time"]
    columns = charts.column_chart(
        [(p["period"], p["quotes"]) for p in tl["points"]],
        title=f"Quotes per {tl['bucket']}",
        x_label=f"{'ISO week' if tl['bucket'] == 'week' else 'month'} of publication",
        y_label="quotes",
    )
    return _render(request, "home.html", "/api/stats", st=st, bars=bars, columns=columns)


def _quote_page(request: Request, svc, q: str | None, filters: dict, page: dict, twin: str) -> HTMLResponse:
    result = svc.quotes(q=q, **filters, **page)
    args = {k: v for k, v in {"q": q, **filters}.items() if v}
    nxt = urlencode({**args, "limit": page["limit"], "offset": page["offset"] + page["limit"]})
    prev_off = max(0, page["offset"] - page["limit"])
    prev = urlencode({**args, "limit": page["limit"], "offset": prev_off}) if page["offset"] else None
    return _render(
        request, "quotes.html", twin, q=q or "", filters=filters, result=result, next_qs=nxt, prev_qs=prev
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    svc: Svc,
    filters: Filters,
    q: Annotated[str, Query(max_length=TEXT)] = "",
    scope: Annotated[Literal["all", "quotes", "articles"], Query()] = "all",
    limit: Annotated[int, Query(ge=1, le=int(setting("max_page_size")))] = int(setting("search_limit")),
) -> HTMLResponse:
    """Search results: quote hits (speaker, role, date, outlet, article link), then article hits."""
    if not q.strip():
        page = {"limit": int(setting("page_size")), "offset": 0}
        return _quote_page(request, svc, None, filters, page, "/api/quotes")
    result = svc.search(q, scope=scope, limit=limit, **filters)
    keyphrases = {
        hit["article_id"]: [k["text"] for k in (svc.article(hit["article_id"]) or {}).get("keyphrases", [])]
        for hit in result["hits"]
        if hit.get("type") == "article"
    }
    return _render(
        request,
        "search.html",
        "/api/search",
        q=q,
        filters=filters,
        scope=scope,
        result=result,
        keyphrases=keyphrases,
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, svc: Svc, filters: Filters, page: Paging, q: QueryText = None) -> HTMLResponse:
    """Quotes by speaker, organisation, dates, outlet, kind; paginated."""
    return _quote_page(request, svc, q, filters, page, "/api/quotes")


@router.get("/articles", response_class=HTMLResponse)
def articles(
    request: Request,
    svc: Svc,
    page: Paging,
    outlet: Annotated[str | None, Query(max_length=120)] = None,
) -> HTMLResponse:
    """The article list, newest first."""
    result = svc.articles(outlet=outlet or None, since=None, until=None, **page)
    args = {"outlet": outlet} if outlet else {}
    nxt = urlencode({**args, "limit": page["limit"], "offset": page["offset"] + page["limit"]})
    return _render(request, "articles.html", "/api/articles", result=result, outlet=outlet, next_qs=nxt)


def _article_context(rec: dict[str, Any]) -> dict[str, Any]:
    entities = rec.get("entities", [])
    groups: dict[str, Counter] = {}
    ids: dict[tuple[str, str], str | None] = {}
    for e in entities:
        name = e.get("canonical") or e["text"]
        groups.setdefault(e["label"], Counter())[name] += 1
        ids.setdefault((e["label"], name), e.get("entity_id"))
    return {
        "rec": rec,
        "body": highlight.render(rec["text"], rec.get("quotes", []), entities),
        "entity_groups": {
            lab: [(n, c, ids.get((lab, n))) for n, c in cnt.most_common()]
            for lab, cnt in sorted(groups.items())
        },
        "summary": highlight.sentence_texts(rec["text"], rec.get("summary", [])),
    }


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, svc: Svc, article_id: Annotated[str, Path(max_length=TEXT)]) -> HTMLResponse:
    """One article: highlighted text, quotes with speakers, entities, dates, removed lines."""
    rec = svc.article(article_id)
    if rec is None:
        raise LookupError(f"no article {article_id!r}")
    return _render(
        request, "article.html", f"/api/articles/{quote(article_id, safe='')}", **_article_context(rec)
    )


@router.get("/people", response_class=HTMLResponse)
def people(
    request: Request,
    svc: Svc,
    top: Annotated[int, Query(ge=1, le=int(setting("max_page_size")))] = 50,
    label: Annotated[Literal["PERSON", "ORG", "LOC", "all"], Query()] = "PERSON",
) -> HTMLResponse:
    """The most quoted people (or organisations, places)."""
    rows = svc.people(top=top, label=None if label == "all" else label)
    return _render(request, "people.html", "/api/people", rows=rows, label=label)


@router.get("/people/{name:path}", response_class=HTMLResponse)
def person(
    request: Request, svc: Svc, name: Annotated[str, Path(min_length=1, max_length=TEXT)]
) -> HTMLResponse:
    """A person: aliases, roles, quotes per month (chart), co-mentioned entities, latest quotes."""
    p = svc.person(name)
    chart = charts.column_chart(
        [(m["month"] or "?", m["quotes"]) for m in _fill_months(p["quotes_by_month"])],
        title=f"Quotes by {p['name']} per month",
        x_label="month of publication",
        y_label="quotes",
    )
    return _render(request, "person.html", f"/api/people/{quote(name, safe='')}", p=p, chart=chart)


def _fill_months(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Months without quotes between the first and the last get a zero."""
    known = {r["month"]: r["quotes"] for r in rows if r["month"] and re.match(r"^\d{4}-\d{2}$", r["month"])}
    if not known:
        return rows
    first, last = min(known), max(known)
    y, m = int(first[:4]), int(first[5:])
    out = []
    while f"{y}-{m:02d}" <= last and len(out) < 240:
        key = f"{y}-{m:02d}"
        out.append({"month": key, "quotes": known.get(key, 0)})
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> HTMLResponse:
    """Paste an article to see it annotated."""
    return _render(request, "analyze.html", None, text="", published="", error=None)


@router.post("/analyze", response_class=HTMLResponse)
async def analyze(request: Request, svc: Svc) -> HTMLResponse:
    """The pasted article, analysed (not stored) and shown like a stored one."""
    from starlette.concurrency import run_in_threadpool

    from warta.pipeline import InputTooLarge

    form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=10)
    text = form.get("text", [""])[0]
    published = form.get("published", [""])[0].strip()
    error, ctx = None, {}
    if not text.strip():
        error = "Paste the text of an article first."
    elif published and not _DATE.match(published):
        error = "The publication date must be YYYY, YYYY-MM or YYYY-MM-DD."
    else:
        try:
            rec = await run_in_threadpool(svc.analyze, text, published or None)
            ctx = _article_context(rec)
        except InputTooLarge as exc:
            error = str(exc)
    status = 400 if error else 200
    return _render(request, "analyze.html", None, status, text=text, published=published, error=error, **ctx)
