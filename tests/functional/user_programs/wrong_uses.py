"""Uses that mypy --strict must refuse: the types do not pretend more than they promise."""

from __future__ import annotations

from roma_link_client import models


def unnarrowed_enum(product: models.Product) -> str:
    return product.protocol_type.name  # error: None and int have no "name"


def optional_as_plain(product: models.Product) -> str:
    return product.name  # error: str | None is not str


def wrong_field_type() -> models.Product:
    return models.Product(id_="one")  # error: str is not int | None
