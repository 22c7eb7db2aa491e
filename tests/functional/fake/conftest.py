"""The committed packages' ``testing.Fake``, imported as a downstream team would."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType

import pytest

from tests.conftest import GENERATED

NAMES = {
    "iotda": ("iotda-client", "iotda_client"),
    "roma": ("roma-link-client", "roma_link_client"),
    "enos": ("enos-connect-client", "enos_connect_client"),
}


@pytest.fixture(scope="session")
def packages() -> Iterator[dict[str, ModuleType]]:
    paths = [str(GENERATED / dist) for dist, _ in NAMES.values()]
    sys.path[:0] = paths
    import enos_connect_client
    import enos_connect_client.testing
    import iotda_client
    import iotda_client.testing
    import roma_link_client
    import roma_link_client.testing

    yield {"iotda": iotda_client, "enos": enos_connect_client, "roma": roma_link_client}
    for path in paths:
        sys.path.remove(path)


@pytest.fixture
def iotda(packages: dict[str, ModuleType]) -> ModuleType:
    return packages["iotda"]


@pytest.fixture
def roma(packages: dict[str, ModuleType]) -> ModuleType:
    return packages["roma"]


@pytest.fixture
def enos(packages: dict[str, ModuleType]) -> ModuleType:
    return packages["enos"]
