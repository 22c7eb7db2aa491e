# Generated from tests/golden/specs/naming.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Annotated, Literal

from pydantic import Field

from . import models
from ._base_client import Operation, Param, ResponseSpec

LIST_IOTDA_ITEMS = Operation(
    operation_id="listIoTDAItems",
    method="GET",
    path="/items/{class}",
    params=(
        Param(
            location="path",
            name="class",
            kwarg="class_",
            annotation=str,
            required=True,
        ),
        Param(
            location="query",
            name="sortOrder",
            kwarg="sort_order",
            annotation=Literal["ASC", "asc", "DESC"],
            required=False,
        ),
        Param(
            location="query",
            name="from",
            kwarg="from_",
            annotation=Annotated[int, Field(ge=-2147483648, le=2147483647)],
            required=False,
        ),
        Param(
            location="query",
            name="__init__",
            kwarg="init",
            annotation=bool,
            required=False,
        ),
        Param(
            location="header",
            name="sort_order",
            kwarg="sort_order_header",
            annotation=str,
            required=False,
        ),
    ),
    body=None,
    responses={
        "200": ResponseSpec(list[models.Item]),
    },
)
POST_CLOSE = Operation(
    operation_id="post /close",
    method="POST",
    path="/close",
    params=(),
    body=None,
    responses={
        "204": ResponseSpec(None),
    },
)

OPERATIONS: dict[str, Operation] = {
    "list_iotda_items": LIST_IOTDA_ITEMS,
    "post_close": POST_CLOSE,
}
