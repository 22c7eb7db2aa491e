# Generated from tests/golden/specs/enum_refs.yaml by generator 0.1.0; do not edit.
"""The operation table: what each client method sends and how responses are read.

The runtime builds requests from these descriptions; property tests use the same table
to drive every operation of the document.
"""

from typing import Literal

from . import models
from ._base_client import Operation, Param, ResponseSpec

LIST_ITEMS = Operation(
    operation_id="listItems",
    method="GET",
    path="/items",
    params=(
        Param(
            location="query",
            name="level",
            kwarg="level",
            annotation=Literal[1, 2, 3],
            required=True,
        ),
        Param(
            location="query",
            name="order",
            kwarg="order",
            annotation=Literal["asc", "desc"],
            required=False,
        ),
        Param(
            location="query",
            name="orders",
            kwarg="orders",
            annotation=list[Literal["asc", "desc"]],
            required=False,
        ),
    ),
    body=None,
    responses={
        "200": ResponseSpec(models.ListItemsResponse),
    },
)

OPERATIONS: dict[str, Operation] = {
    "list_items": LIST_ITEMS,
}
