# Generated from tests/golden/specs/response_bodies.yaml by generator 0.1.0; do not edit.
"""Body fields given as keyword arguments, merged into one request body."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._exceptions import RequestValidationError
from ._types import NOT_GIVEN, NotGiven


class BodyFields(dict[str, Any]):
    """A request body built from keyword arguments (keys are JSON property names).

    It is an ordinary dict; its type tells the runtime that a validation error should
    name the keyword argument (``module_name``) rather than a path inside ``body``.
    """


def merge_body(body: Any, fields: Mapping[str, Any]) -> Any:
    """Return the body to send: ``body`` itself, or a :class:`BodyFields` of the fields given.

    Passing both ``body=`` and individual body fields is refused, because it is not clear
    which one should win.
    """
    given = BodyFields(
        (name, value) for name, value in fields.items() if not isinstance(value, NotGiven)
    )
    if isinstance(body, NotGiven):
        return given if given else NOT_GIVEN
    if given:
        raise RequestValidationError(
            sorted(given)[0],
            "pass either body= or the individual body fields, not both: "
            + ", ".join(sorted(given)),
        )
    return body
