"""Our Huawei signers against the official ones (huaweicloudsdkcore).

The official ``Signer`` (SDK-HMAC-SHA256) and ``DerivationAKSKSigner`` (V11-HMAC-SHA256)
are used only as oracles: for generated requests (all methods, query strings with repeated
keys, reserved and non-ASCII characters, empty and unicode bodies, encoded path segments,
odd headers; for V11 also generated dates, regions and service names) the
``Authorization`` header and the URI put on the wire must be identical. ``X-Sdk-Date`` is
pinned so both sign the same instant.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("huaweicloudsdkcore")

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import DerivationAKSKSigner, Signer

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "generator" / "templates" / "runtime"
PACKAGE = "huawei_signing_rt"
SDK_DATE = "20240102T030405Z"
AUTH_RE = re.compile(
    r"^(?:SDK-HMAC-SHA256 Access=[^,]+|V11-HMAC-SHA256 Credential=[^,]+), "
    r"SignedHeaders=(?P<names>[^,]*), Signature="
)


@pytest.fixture(scope="module")
def huawei() -> Iterator[ModuleType]:
    """``_auth_huawei`` imported from a throwaway copy of the runtime package."""
    root = Path(tempfile.mkdtemp(prefix="huawei-signing-"))
    (root / PACKAGE).mkdir()
    for source in RUNTIME_DIR.glob("*.py"):
        shutil.copy(source, root / PACKAGE / source.name)
    (root / PACKAGE / "__init__.py").write_text("")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(f"{PACKAGE}._auth_huawei")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]
        shutil.rmtree(root, ignore_errors=True)


def _segment(text: str) -> str:
    """How the runtime encodes a path parameter (dot-only segments are escaped)."""
    quoted = quote(text, safe="")
    return "%2E" * len(quoted) if quoted.strip(".") == "" else quoted


unicode_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=8
)
reserved_text = st.text(alphabet=" !#$%&'()*+,/:;=?@[]~-._aZ9é中\u00a0", min_size=0, max_size=6)
some_text = st.one_of(unicode_text, reserved_text)
header_value = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=12),
    st.text(alphabet=" aZ9-é设备", max_size=6),
)


@st.composite
def requests(draw: st.DrawFn) -> dict[str, object]:
    method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]))
    scheme, host = draw(
        st.sampled_from(
            [
                ("https", "iotda.cn-north-4.myhuaweicloud.com"),
                ("https", "a1b2c3d4e5.st1.iotda-app.cn-north-4.myhuaweicloud.com"),
                ("https", "roma.example.com:8443"),
                ("http", "127.0.0.1:8080"),
            ]
        )
    )
    segments = draw(
        st.lists(st.one_of(some_text.filter(bool), st.sampled_from([".", ".."])), max_size=4)
    )
    path = "/" + "/".join(_segment(s) for s in segments)
    if segments and draw(st.booleans()):
        path += "/"
    keys = st.one_of(
        st.sampled_from(["a", "b", "A", "limit", "é", "b.c", "b/c", "z"]), some_text.filter(bool)
    )
    pairs = draw(st.lists(st.tuples(keys, some_text), max_size=6))
    if pairs and draw(st.booleans()):
        pairs.append((pairs[0][0], draw(some_text)))  # a repeated key
    plus_for_space = draw(st.booleans())
    body = draw(
        st.one_of(
            st.none(),
            st.just(b""),
            unicode_text.map(str.encode),
            st.dictionaries(st.text(max_size=4), some_text, max_size=3).map(
                lambda d: json.dumps(d, ensure_ascii=False).encode()
            ),
        )
    )
    content_type = draw(
        st.sampled_from(
            [
                None,
                "application/json",
                "application/json;charset=utf-8",
                "text/plain",
                "multipart/form-data; boundary=xyz",
                "application/octet-stream",
            ]
        )
    )
    headers = draw(
        st.lists(
            st.tuples(
                st.sampled_from(
                    [
                        "Instance-Id",
                        "X-Custom",
                        "x-custom",
                        "User-Agent",
                        "Accept",
                        "X_Under",
                        "Stage",
                    ]
                ),
                header_value,
            ),
            max_size=4,
            # The oracle takes a dict: names may differ in case only, never repeat exactly.
            unique_by=lambda item: item[0],
        )
    )
    project_id = draw(st.one_of(st.none(), st.sampled_from(["p1", "0a1b2c3d4e5f"])))
    token = draw(st.one_of(st.none(), st.just("tmp-token/+=")))
    return {
        "method": method,
        "scheme": scheme,
        "host": host,
        "path": path,
        "pairs": pairs,
        "plus_for_space": plus_for_space,
        "body": body,
        "content_type": content_type,
        "headers": headers,
        "project_id": project_id,
        "token": token,
    }


def _wire_query(pairs: list[tuple[str, str]], plus_for_space: bool) -> str:
    def enc(text: str) -> str:
        if plus_for_space:  # form style, as httpx's own params= encoding produces
            return quote(text, safe=" ").replace(" ", "+")
        return quote(text, safe="")  # the runtime's encoding

    return "&".join(f"{enc(k)}={enc(v)}" for k, v in pairs)


def _sign_both(
    huawei: ModuleType,
    case: dict[str, object],
    sdk_date: str = SDK_DATE,
    derived: tuple[str, str] | None = None,
) -> tuple[str, str, str, str]:
    """(our Authorization, the oracle's, our wire URI, the oracle's) for one request."""
    method = str(case["method"])
    pairs = list(case["pairs"])  # type: ignore[call-overload]
    query = _wire_query(pairs, bool(case["plus_for_space"]))
    url = f"{case['scheme']}://{case['host']}{case['path']}" + (f"?{query}" if query else "")
    header_list: list[tuple[bytes, bytes]] = [(b"X-Sdk-Date", sdk_date.encode())]
    if case["content_type"] is not None:
        header_list.append((b"Content-Type", str(case["content_type"]).encode()))
    for name, value in case["headers"]:  # type: ignore[attr-defined]
        header_list.append((name.encode(), value.encode()))
    body = case["body"]
    ours = httpx.Request(method, url, headers=header_list, content=body)  # type: ignore[arg-type]

    region, service = derived if derived is not None else (None, None)
    auth = huawei.HuaweiAKSKAuth(
        "AKEXAMPLE0123",
        "SKexample/+secret=",
        project_id=case["project_id"],
        security_token=case["token"],
        derived_region=region,
        derived_service=service,
    )
    auth.sign(ours)
    authorization = ours.headers["Authorization"]
    match = AUTH_RE.match(authorization)
    assert match is not None, authorization
    signed = set(match["names"].split(";"))

    # The oracle gets the headers we signed plus the unsigned "_" ones (it must skip
    # those by itself), with their original spelling, and the same raw query pairs.
    header_params: dict[str, str] = {}
    for raw_name, raw_value in ours.headers.raw:
        name = raw_name.decode()
        if name.lower() in signed or "_" in name:
            header_params[name] = raw_value.decode()
    raw_path = ours.url.raw_path.split(b"?", 1)[0].decode()
    sdk_request = SdkRequest(
        method=method,
        schema=str(case["scheme"]),
        host=str(case["host"]),
        resource_path=raw_path,
        query_params=[(k, v) for k, v in pairs],
        header_params=header_params,
        body=body,
    )
    credentials = BasicCredentials("AKEXAMPLE0123", "SKexample/+secret=")
    if derived is None:
        Signer(credentials).sign(sdk_request)
    else:
        DerivationAKSKSigner(credentials).sign(sdk_request, service, region)
    return (
        authorization,
        sdk_request.header_params["Authorization"],
        ours.url.raw_path.decode(),
        sdk_request.uri,
    )


@settings(
    derandomize=True,
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "100")),
    deadline=None,
    database=None,
)
@given(case=requests())
def test_authorization_matches_official_signer(huawei: ModuleType, case: dict[str, object]) -> None:
    ours, official, our_uri, official_uri = _sign_both(huawei, case)
    assert ours.startswith("SDK-HMAC-SHA256 ")
    assert ours == official
    assert our_uri == official_uri


regions = st.one_of(
    st.sampled_from(["cn-north-4", "cn-east-3", "ap-southeast-1", "eu-west-101"]),
    st.text(alphabet="abcxyz0189-", min_size=1, max_size=12).filter(lambda r: r.strip() == r),
)
services = st.one_of(
    st.sampled_from(["iotdm", "iotda", "roma"]),
    st.text(alphabet="abz09._-", min_size=1, max_size=8),
)
sdk_dates = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31, 23, 59, 59)
).map(lambda d: d.strftime("%Y%m%dT%H%M%SZ"))


@settings(
    derandomize=True,
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "100")),
    deadline=None,
    database=None,
)
@given(case=requests(), region=regions, service=services, sdk_date=sdk_dates)
def test_derived_authorization_matches_official_derivation_signer(
    huawei: ModuleType, case: dict[str, object], region: str, service: str, sdk_date: str
) -> None:
    ours, official, our_uri, official_uri = _sign_both(
        huawei, case, sdk_date=sdk_date, derived=(region, service)
    )
    assert ours.startswith(
        f"V11-HMAC-SHA256 Credential=AKEXAMPLE0123/{sdk_date[:8]}/{region}/{service}, "
    )
    assert ours == official
    assert our_uri == official_uri
