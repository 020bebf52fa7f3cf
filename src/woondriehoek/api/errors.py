"""Error bodies of the API: always `{"detail": "..."}` with a fitting status code."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from .schemas import Error, ValidationProblem

MESSAGES = {
    401: "A valid API token is required: send 'Authorization: Bearer <token>'.",
    403: "Your token may not do this.",
    404: "Not found, or not visible with your token.",
}


def _clean_errors(errors: list) -> list[dict]:
    return [
        {"loc": list(e.get("loc", [])), "msg": str(e.get("msg", "")), "type": e.get("type", "")}
        for e in errors
    ]


def _summary(errors: list[dict]) -> str:
    if not errors:
        return "The request is not valid."
    first = errors[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"Invalid input at {where}: {first['msg']}"


def errors_for(*codes: int) -> dict:
    """The error responses to document for an operation."""
    table = {code: Error for code in codes}
    table[422] = ValidationProblem
    return table


def install(api: NinjaAPI) -> None:
    @api.exception_handler(ValidationError)
    def validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = _clean_errors(exc.errors)
        return api.create_response(
            request, {"detail": _summary(errors), "errors": errors}, status=422
        )

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        response = api.create_response(request, {"detail": MESSAGES[401]}, status=401)
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(PermissionDenied)
    def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        return api.create_response(request, {"detail": str(exc) or MESSAGES[403]}, status=403)

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return api.create_response(request, {"detail": MESSAGES[404]}, status=404)

    @api.exception_handler(DjangoValidationError)
    def invalid(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
        if hasattr(exc, "error_dict"):
            parts = [f"{field}: {' '.join(msgs)}" for field, msgs in exc.message_dict.items()]
        else:
            parts = exc.messages
        return api.create_response(request, {"detail": " ".join(parts)}, status=400)

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
