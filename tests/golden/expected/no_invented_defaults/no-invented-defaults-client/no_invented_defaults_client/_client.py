# Generated from tests/golden/specs/no_invented_defaults.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, cast, overload

import httpx

from . import _operations as _ops
from . import models
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    RawResponse,
    SyncAPIClient,
)
from ._fields import merge_body
from ._request import call_options
from ._types import NOT_GIVEN, NotGiven
from ._version import DIST_NAME, __version__

DEFAULT_BASE_URL = "https://api.example.com"
_CLIENT_NAME = f"{DIST_NAME}/{__version__}"


class Client(SyncAPIClient):
    """Synchronous client for No Invented Defaults 0.1.0.

    Args:
        base_url: the API root; defaults to ``https://api.example.com``.
        auth: an ``httpx.Auth``, for example APIKeyAuth.
        timeout: seconds or an ``httpx.Timeout``; by default the injected http_client's
            timeout, else 60 s in total and 10 s to connect.
        max_retries: retries of failed attempts (connection errors, 408, 429, 5xx).
        headers: extra headers sent with every request.
        http_client: an httpx client to use instead of one made here (not closed by us).
        validate_requests: check arguments against the document before sending (the
            default); False sends what the caller gives unchecked.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        validate_requests: bool = True,
        strict_responses: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
            validate_requests=validate_requests,
            strict_responses=strict_responses,
            user_agent=_CLIENT_NAME,
        )

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning a ``RawResponse`` (status, headers, parsed body)."""
        return ClientWithRawResponse(self)

    @overload
    def create_alarm(
        self,
        *,
        name: str,
        output: Literal["json"] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        severity: int | NotGiven = NOT_GIVEN,
        muted: bool | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Alarm: ...

    @overload
    def create_alarm(
        self,
        *,
        body: models.Alarm | dict[str, Any],
        output: Literal["json"] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Alarm: ...

    def create_alarm(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        severity: int | NotGiven = NOT_GIVEN,
        muted: bool | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        body: models.Alarm | dict[str, Any] | NotGiven = NOT_GIVEN,
        output: Literal["json"] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Alarm:
        """POST /alarms

        ``POST /alarms`` (operationId ``createAlarm``).

        Args:
            output: query parameter ``output``. (optional)
            page_size: query parameter ``page_size``. (optional)
            name: body field ``name``.
            severity: body field ``severity``. (optional)
            muted: body field ``muted``. (optional)
            tags: body field ``tags``. (optional)
            body: the request body (application/json). Pass either this or the individual body
                fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.Alarm

        Raises:
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.Alarm",
            self._request(
                _ops.CREATE_ALARM,
                {
                    "output": output,
                    "page_size": page_size,
                    "body": merge_body(
                        body, {"name": name, "severity": severity, "muted": muted, "tags": tags}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class ClientWithRawResponse:
    """Operations of :class:`Client` that return the whole response."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create_alarm(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        severity: int | NotGiven = NOT_GIVEN,
        muted: bool | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        body: models.Alarm | dict[str, Any] | NotGiven = NOT_GIVEN,
        output: Literal["json"] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Alarm]:
        """Like :meth:`Client.create_alarm`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.Alarm]",
            self._client._request(
                _ops.CREATE_ALARM,
                {
                    "output": output,
                    "page_size": page_size,
                    "body": merge_body(
                        body, {"name": name, "severity": severity, "muted": muted, "tags": tags}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for No Invented Defaults 0.1.0.

    Args:
        base_url: the API root; defaults to ``https://api.example.com``.
        auth: an ``httpx.Auth``, for example APIKeyAuth.
        timeout: seconds or an ``httpx.Timeout``; by default the injected http_client's
            timeout, else 60 s in total and 10 s to connect.
        max_retries: retries of failed attempts (connection errors, 408, 429, 5xx).
        headers: extra headers sent with every request.
        http_client: an httpx client to use instead of one made here (not closed by us).
        validate_requests: check arguments against the document before sending (the
            default); False sends what the caller gives unchecked.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        validate_requests: bool = True,
        strict_responses: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
            validate_requests=validate_requests,
            strict_responses=strict_responses,
            user_agent=_CLIENT_NAME,
        )

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning a ``RawResponse`` (status, headers, parsed body)."""
        return AsyncClientWithRawResponse(self)

    @overload
    async def create_alarm(
        self,
        *,
        name: str,
        output: Literal["json"] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        severity: int | NotGiven = NOT_GIVEN,
        muted: bool | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Alarm: ...

    @overload
    async def create_alarm(
        self,
        *,
        body: models.Alarm | dict[str, Any],
        output: Literal["json"] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Alarm: ...

    async def create_alarm(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        severity: int | NotGiven = NOT_GIVEN,
        muted: bool | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        body: models.Alarm | dict[str, Any] | NotGiven = NOT_GIVEN,
        output: Literal["json"] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Alarm:
        """POST /alarms

        ``POST /alarms`` (operationId ``createAlarm``).

        Args:
            output: query parameter ``output``. (optional)
            page_size: query parameter ``page_size``. (optional)
            name: body field ``name``.
            severity: body field ``severity``. (optional)
            muted: body field ``muted``. (optional)
            tags: body field ``tags``. (optional)
            body: the request body (application/json). Pass either this or the individual body
                fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.Alarm

        Raises:
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.Alarm",
            await self._request(
                _ops.CREATE_ALARM,
                {
                    "output": output,
                    "page_size": page_size,
                    "body": merge_body(
                        body, {"name": name, "severity": severity, "muted": muted, "tags": tags}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncClientWithRawResponse:
    """Operations of :class:`AsyncClient` that return the whole response."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_alarm(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        severity: int | NotGiven = NOT_GIVEN,
        muted: bool | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        body: models.Alarm | dict[str, Any] | NotGiven = NOT_GIVEN,
        output: Literal["json"] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Alarm]:
        """Like :meth:`AsyncClient.create_alarm`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.Alarm]",
            await self._client._request(
                _ops.CREATE_ALARM,
                {
                    "output": output,
                    "page_size": page_size,
                    "body": merge_body(
                        body, {"name": name, "severity": severity, "muted": muted, "tags": tags}
                    ),
                },
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )
