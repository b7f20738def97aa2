"""The web service: :func:`create_app` builds the FastAPI app over one knowledge base.

JSON API under ``/api/`` (see :mod:`warta.serve.api`), HTML pages (:mod:`warta.serve.pages`),
local static files, OpenAPI at ``/openapi.json`` and Swagger UI at ``/docs`` served from the
``fastapi-offline`` package (nothing is loaded from the internet).

Safety: request bodies and query strings are size-limited, errors are short JSON (HTML for pages)
without tracebacks or paths, responses carry a strict Content-Security-Policy, and the database
is opened read-only.
"""

from __future__ import annotations

import json
import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta import __version__
from warta.serve.service import Service, setting

HERE = Path(__file__).resolve().parent
log = logging.getLogger("warta.serve")

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
CSP_DOCS = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'"
)


def _error_json(status: int, message: str, details: list | None = None) -> bytes:
    return json.dumps({"status": status, "error": message, "details": details or []}).encode()


class LimitsMiddleware:
    """Refuse query strings over ``max_query`` bytes (414) and bodies over ``max_body`` bytes
    (413); add security headers to every response."""

    def __init__(self, app, *, max_body: int, max_query: int) -> None:
        self.app, self.max_body, self.max_query = app, max_body, max_query

    async def _refuse(self, send, status: int, message: str) -> None:
        body = _error_json(status, message)
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if (
            len(scope.get("query_string", b"")) > self.max_query
            or len(scope.get("path", "")) > self.max_query
        ):
            await self._refuse(send, 414, f"request URL too long (limit {self.max_query} bytes)")
            return
        headers = dict(scope.get("headers", []))
        declared = headers.get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.max_body:
            await self._refuse(send, 413, f"request body too large (limit {self.max_body} bytes)")
            return
        if scope["method"] in ("POST", "PUT", "PATCH"):
            body, more = b"", True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                body += message.get("body", b"")
                more = message.get("more_body", False)
                if len(body) > self.max_body:
                    await self._refuse(send, 413, f"request body too large (limit {self.max_body} bytes)")
                    return
            replayed = False

            async def receive_body():
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            receive = receive_body
        csp = (CSP_DOCS if scope.get("path") == "/docs" else CSP).encode()

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                extra = [
                    (b"content-security-policy", csp),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _install_errors(app: FastAPI) -> None:
    from warta.serve.pages import error_page

    def answer(
        request: Request, status: int, message: str, details: list | None = None, headers=None
    ) -> Response:
        if _wants_json(request):
            body = {"status": status, "error": message, "details": details or []}
            return JSONResponse(body, status, headers=headers)
        page = error_page(request, status, message, details or [])
        page.headers.update(headers or {})
        return page

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        return answer(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {"parameter": ".".join(str(x) for x in e.get("loc", ())), "message": str(e.get("msg", ""))}
            for e in exc.errors()
        ]
        return answer(request, 422, "invalid parameters", details)

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError) -> Response:
        return answer(request, 400, str(exc).splitlines()[0][:300] if str(exc) else "invalid value")

    @app.exception_handler(LookupError)
    async def not_found(request: Request, exc: LookupError) -> Response:
        if isinstance(exc, KeyError | IndexError):  # a bug, not a missing person or article
            return await server_error(request, exc)
        message = str(exc.args[0]) if exc.args else "not found"
        return answer(request, 404, message.splitlines()[0][:300])

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("error serving %s: %s", request.url.path, type(exc).__name__, exc_info=exc)
        return answer(request, 500, "internal server error")


def _install_docs(app: FastAPI) -> None:
    try:  # Swagger UI assets (MIT) shipped inside the fastapi-offline package
        import fastapi_offline

        assets: Path | None = Path(fastapi_offline.__file__).parent / "static"
    except ImportError:  # the API still works; /docs says how to get the UI
        assets = None
    if assets is not None:
        app.mount("/static/swagger", StaticFiles(directory=assets), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        from fastapi.openapi.docs import get_swagger_ui_html

        if assets is None:
            return HTMLResponse(
                "<p>Swagger UI needs the <code>fastapi-offline</code> package "
                "(<code>pip install 'warta[serve]'</code>); the schema is at "
                '<a href="/openapi.json">/openapi.json</a>.</p>'
            )
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Warta API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )


def create_app(db_url: str) -> FastAPI:
    """The web app (JSON API + pages) over the knowledge base at ``db_url`` (a SQLite path or
    ``postgresql://…``), opened read-only. A missing SQLite file raises ``FileNotFoundError``."""
    from warta.serve import api, pages

    service = Service(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        service.close()

    app = FastAPI(
        title="Warta",
        version=__version__,
        description="Who said what in Indonesian news: quotes, people, articles from a Warta knowledge base.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.service = service
    app.add_middleware(
        LimitsMiddleware,
        max_body=int(setting("max_body_bytes")),
        max_query=int(setting("max_query_bytes")),
    )
    _install_errors(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    _install_docs(app)  # before /static: its assets live under /static/swagger
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app
