# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import cast

import httpx

from . import _operations as _ops
from . import models
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    RawResponse,
    SyncAPIClient,
)
from ._request import call_options
from ._types import NOT_GIVEN, NotGiven
from ._version import DIST_NAME, __version__

DEFAULT_BASE_URL = "https://api.example.com"
_CLIENT_NAME = f"{DIST_NAME}/{__version__}"


class Client(SyncAPIClient):
    """Synchronous client for Response Bodies 0.1.0.

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

    def list_pets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ListPetsResponse:
        """GET /pets

        ``GET /pets`` (operationId ``listPets``).

        Args:
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.ListPetsResponse

        Raises:
            APIStatusError: HTTP default: an error
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.ListPetsResponse",
            self._request(
                _ops.LIST_PETS,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def list_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """GET /fields

        ``GET /fields`` (operationId ``listFields``).

        Args:
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
                _ops.LIST_FIELDS,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def get_motd(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """GET /motd

        ``GET /motd`` (operationId ``getMotd``).

        Args:
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
                _ops.GET_MOTD,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class ClientWithRawResponse:
    """Operations of :class:`Client` that return the whole response."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_pets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListPetsResponse]:
        """Like :meth:`Client.list_pets`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ListPetsResponse]",
            self._client._request(
                _ops.LIST_PETS,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def list_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """Like :meth:`Client.list_fields`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[str]",
            self._client._request(
                _ops.LIST_FIELDS,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    def get_motd(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """Like :meth:`Client.get_motd`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[str]",
            self._client._request(
                _ops.GET_MOTD,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Response Bodies 0.1.0.

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

    async def list_pets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.ListPetsResponse:
        """GET /pets

        ``GET /pets`` (operationId ``listPets``).

        Args:
            extra_headers: headers sent over all others for this call (not validated).
            extra_query: query parameters added to (or replacing) this call's (not validated).
            extra_body: fields merged over the JSON body of this call, or sent as the JSON body
                when the call has none (not validated).
            timeout: seconds or an ``httpx.Timeout`` for this call instead of the client's.

        Returns:
            models.ListPetsResponse

        Raises:
            APIStatusError: HTTP default: an error
            RequestValidationError: an argument breaks the document's constraints (nothing is
                sent)
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts)
        """
        return cast(
            "models.ListPetsResponse",
            await self._request(
                _ops.LIST_PETS,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def list_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """GET /fields

        ``GET /fields`` (operationId ``listFields``).

        Args:
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
                _ops.LIST_FIELDS,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def get_motd(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """GET /motd

        ``GET /motd`` (operationId ``getMotd``).

        Args:
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
                _ops.GET_MOTD,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncClientWithRawResponse:
    """Operations of :class:`AsyncClient` that return the whole response."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_pets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListPetsResponse]:
        """Like :meth:`AsyncClient.list_pets`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[models.ListPetsResponse]",
            await self._client._request(
                _ops.LIST_PETS,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def list_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """Like :meth:`AsyncClient.list_fields`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[str]",
            await self._client._request(
                _ops.LIST_FIELDS,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )

    async def get_motd(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """Like :meth:`AsyncClient.get_motd`, returning a ``RawResponse``."""
        return cast(
            "RawResponse[str]",
            await self._client._request(
                _ops.GET_MOTD,
                {},
                options=call_options(extra_headers, extra_query, extra_body, timeout),
                raw=True,
            ),
        )
