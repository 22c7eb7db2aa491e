# Generated from tests/golden/specs/content.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast, overload

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

DEFAULT_BASE_URL = "https://eu.example.com/v1"
_CLIENT_NAME = f"{DIST_NAME}/{__version__}"


class Client(SyncAPIClient):
    """Synchronous client for Content Types 0.1.0.

    Args:
        base_url: the API root; defaults to ``https://eu.example.com/v1``.
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

    def download_file(
        self,
        *,
        id_: str,
        tags: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download raw bytes

        ``GET /files/{id}`` (operationId ``downloadFile``).

        Args:
            id_: path parameter ``id``.
            tags: query parameter ``tags``. (optional)
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            bytes

        Raises:
            NotFoundError: HTTP 404: no such file
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "bytes",
            self._request(
                _ops.DOWNLOAD_FILE,
                {"id_": id_, "tags": tags},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def upload_file(
        self,
        *,
        id_: str,
        body: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """Upload raw bytes

        ``PUT /files/{id}`` (operationId ``uploadFile``).

        Args:
            id_: path parameter ``id``.
            body: the request body (application/octet-stream). (optional)
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            str

        Raises:
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "str",
            self._request(
                _ops.UPLOAD_FILE,
                {"id_": id_, "body": body},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    @overload
    def submit_form(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.SubmitFormResponse: ...

    @overload
    def submit_form(
        self,
        *,
        body: models.SubmitFormRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.SubmitFormResponse: ...

    def submit_form(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        body: models.SubmitFormRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.SubmitFormResponse:
        """Submit a form

        ``POST /forms`` (operationId ``submitForm``).

        Args:
            name: body field ``name``. (optional)
            count: body field ``count``. (optional)
            body: the request body (application/x-www-form-urlencoded). Pass either this or the
                individual body fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.SubmitFormResponse

        Raises:
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.SubmitFormResponse",
            self._request(
                _ops.SUBMIT_FORM,
                {"body": merge_body(body, {"name": name, "count": count})},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class ClientWithRawResponse:
    """Operations of :class:`Client` that return the whole response."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def download_file(
        self,
        *,
        id_: str,
        tags: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[bytes]:
        """Like :meth:`Client.download_file`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[bytes]",
            self._client._request(
                _ops.DOWNLOAD_FILE,
                {"id_": id_, "tags": tags},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def upload_file(
        self,
        *,
        id_: str,
        body: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """Like :meth:`Client.upload_file`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[str]",
            self._client._request(
                _ops.UPLOAD_FILE,
                {"id_": id_, "body": body},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def submit_form(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        body: models.SubmitFormRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.SubmitFormResponse]:
        """Like :meth:`Client.submit_form`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.SubmitFormResponse]",
            self._client._request(
                _ops.SUBMIT_FORM,
                {"body": merge_body(body, {"name": name, "count": count})},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Content Types 0.1.0.

    Args:
        base_url: the API root; defaults to ``https://eu.example.com/v1``.
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

    async def download_file(
        self,
        *,
        id_: str,
        tags: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download raw bytes

        ``GET /files/{id}`` (operationId ``downloadFile``).

        Args:
            id_: path parameter ``id``.
            tags: query parameter ``tags``. (optional)
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            bytes

        Raises:
            NotFoundError: HTTP 404: no such file
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "bytes",
            await self._request(
                _ops.DOWNLOAD_FILE,
                {"id_": id_, "tags": tags},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def upload_file(
        self,
        *,
        id_: str,
        body: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """Upload raw bytes

        ``PUT /files/{id}`` (operationId ``uploadFile``).

        Args:
            id_: path parameter ``id``.
            body: the request body (application/octet-stream). (optional)
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            str

        Raises:
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "str",
            await self._request(
                _ops.UPLOAD_FILE,
                {"id_": id_, "body": body},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    @overload
    async def submit_form(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.SubmitFormResponse: ...

    @overload
    async def submit_form(
        self,
        *,
        body: models.SubmitFormRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.SubmitFormResponse: ...

    async def submit_form(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        body: models.SubmitFormRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.SubmitFormResponse:
        """Submit a form

        ``POST /forms`` (operationId ``submitForm``).

        Args:
            name: body field ``name``. (optional)
            count: body field ``count``. (optional)
            body: the request body (application/x-www-form-urlencoded). Pass either this or the
                individual body fields.
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.SubmitFormResponse

        Raises:
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.SubmitFormResponse",
            await self._request(
                _ops.SUBMIT_FORM,
                {"body": merge_body(body, {"name": name, "count": count})},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncClientWithRawResponse:
    """Operations of :class:`AsyncClient` that return the whole response."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def download_file(
        self,
        *,
        id_: str,
        tags: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[bytes]:
        """Like :meth:`AsyncClient.download_file`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[bytes]",
            await self._client._request(
                _ops.DOWNLOAD_FILE,
                {"id_": id_, "tags": tags},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def upload_file(
        self,
        *,
        id_: str,
        body: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """Like :meth:`AsyncClient.upload_file`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[str]",
            await self._client._request(
                _ops.UPLOAD_FILE,
                {"id_": id_, "body": body},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def submit_form(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        body: models.SubmitFormRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.SubmitFormResponse]:
        """Like :meth:`AsyncClient.submit_form`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.SubmitFormResponse]",
            await self._client._request(
                _ops.SUBMIT_FORM,
                {"body": merge_body(body, {"name": name, "count": count})},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )
