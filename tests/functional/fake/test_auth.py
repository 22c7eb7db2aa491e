"""``Fake`` checks authentication like the gateway (AK/SK, V11, tokens, EnOS token service).

Signatures made with the package's own signer are verified with the package's own code,
which proves little alone; the official ``huaweicloudsdkcore`` signers are therefore used
as well (and the official IoTDA/ROMA clients in ``test_official_sdk.py``).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from types import ModuleType

import httpx
import pytest

pytest.importorskip("huaweicloudsdkcore")

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import DerivationAKSKSigner, Signer

AK, SK = "AKEXAMPLE0001", "SKexample/+secret="
MODULE = {"app_id": "a1", "product_id": "pr1", "module_name": "MCU", "alias_name": "MCU one"}
PATH = "/v5/iot/p1/ota-upgrades/modules"


def _create(iotda: ModuleType, fake: object, auth: httpx.Auth | None, **headers: str) -> object:
    client = fake.client(auth=auth, project_id="p1", headers=headers, max_retries=0)  # type: ignore[attr-defined]
    return client.create_ota_module(**MODULE)


def test_aksk_and_derived_signatures_are_accepted(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake(credentials={AK: SK})
    _create(iotda, fake, iotda.HuaweiAKSKAuth(AK, SK))
    fake.reset()
    _create(iotda, fake, iotda.HuaweiAKSKAuth(AK, SK, derived_region="cn-north-4"))
    assert fake.requests[-1].headers["authorization"].startswith("V11-HMAC-SHA256 ")


@pytest.mark.parametrize(
    ("auth", "reason"),
    [
        (("AKEXAMPLE0001", "wrong-secret"), "verify aksk signature fail"),
        (("UNKNOWNAK", SK), "unknown access key"),
    ],
)
def test_wrong_keys_are_refused_with_401_and_huawei_body(
    iotda: ModuleType, auth: tuple[str, str], reason: str
) -> None:
    fake = iotda.testing.Fake(credentials={AK: SK})
    with pytest.raises(iotda.errors.AuthenticationError) as info:
        _create(iotda, fake, iotda.HuaweiAKSKAuth(*auth))
    response = info.value.response
    body = response.json()
    assert response.status_code == 401
    assert body["error_code"] == "APIGW.0301"
    assert reason in body["error_msg"]
    assert body["request_id"] == response.headers["X-Request-Id"]


def _signed(iotda: ModuleType, date: datetime | None = None) -> httpx.Request:
    request = httpx.Request("POST", f"https://fake.invalid{PATH}", json=MODULE)
    iotda.HuaweiAKSKAuth(AK, SK).sign(request, now=date)
    return request


def test_stale_sdk_date_is_refused(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake(credentials={AK: SK})
    now = datetime.now(timezone.utc)
    http = httpx.Client(transport=fake.transport())
    assert http.send(_signed(iotda, now - timedelta(minutes=14))).status_code == 201
    fake.reset()
    stale = http.send(_signed(iotda, now - timedelta(minutes=16)))
    assert stale.status_code == 401
    assert "15 minutes" in stale.json()["error_msg"]


def test_unsigned_required_header_and_tampering_are_refused(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake(credentials={AK: SK})
    http = httpx.Client(transport=fake.transport())
    request = _signed(iotda)
    request.headers["Authorization"] = request.headers["Authorization"].replace(
        "SignedHeaders=content-type;host;x-sdk-date", "SignedHeaders=content-type;host"
    )
    refused = http.send(request)
    assert refused.status_code == 401
    assert "x-sdk-date is not signed" in refused.json()["error_msg"]
    tampered = _signed(iotda)
    tampered = httpx.Request(
        "POST",
        tampered.url,
        headers=tampered.headers,
        content=json.dumps({**MODULE, "module_name": "MCU2"}).encode(),
    )
    assert http.send(tampered).status_code == 401


def test_no_credentials_means_no_auth_check(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake()
    _create(iotda, fake, None)
    refused = iotda.testing.Fake(tokens=["t"])
    with pytest.raises(iotda.errors.AuthenticationError):
        _create(iotda, refused, None)


def test_x_auth_token_checked_against_tokens(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake(tokens=["good-token"])
    _create(iotda, fake, None, **{"X-Auth-Token": "good-token"})
    with pytest.raises(iotda.errors.AuthenticationError):
        _create(iotda, fake, None, **{"X-Auth-Token": "bad-token"})


def _official(method: str, url: str, body: str, derived: bool, secret: str = SK) -> httpx.Request:
    parsed = httpx.URL(url)
    sdk_request = SdkRequest(
        method=method,
        schema=parsed.scheme,
        host=parsed.netloc.decode(),
        resource_path=parsed.path,
        query_params=[],
        header_params={"Content-Type": "application/json"},
        body=body,
    )
    credentials = BasicCredentials(AK, secret)
    if derived:
        DerivationAKSKSigner(credentials).sign(sdk_request, "iotdm", "cn-north-4")
    else:
        Signer(credentials).sign(sdk_request)
    return httpx.Request(method, url, headers=sdk_request.header_params, content=body.encode())


@pytest.mark.parametrize("derived", [False, True])
def test_official_signer_is_verified_over_http(iotda: ModuleType, derived: bool) -> None:
    fake = iotda.testing.Fake(credentials={AK: SK})
    with fake.serve() as base_url, httpx.Client() as http:
        body = json.dumps(MODULE)
        accepted = http.send(_official("POST", base_url + PATH, body, derived))
        assert accepted.status_code == 201, accepted.text
        refused = http.send(_official("POST", base_url + PATH, body, derived, secret="other"))
        assert refused.status_code == 401
        assert refused.json()["error_code"] == "APIGW.0301"


def test_enos_token_auth_works_unchanged(enos: ModuleType) -> None:
    fake = enos.testing.Fake(credentials={"app-key": "app-secret"})
    client = fake.client(auth=enos.EnOSTokenAuth("app-key", "app-secret"), org_id="o1")
    fake.seed("rsa_key_pairs", "o1")
    result = client.create_device(
        product_key="pk", device_name={"defaultValue": "d"}, timezone="+08:00"
    )
    assert result.device_key
    token_call, create_call = fake.requests
    assert token_call.path == "/apim-token-service/v2.0/token/get"
    assert create_call.headers["apim-accesstoken"] in fake.tokens
    wrong = fake.client(auth=enos.EnOSTokenAuth("app-key", "wrong"), org_id="o1")
    with pytest.raises(enos.errors.APIEnvelopeError, match="token"):
        wrong.create_device(product_key="pk", device_name={"defaultValue": "d"}, timezone="+08:00")
    with httpx.Client(transport=fake.transport(), base_url="https://x") as http:
        unknown = http.post(
            "/connect-service/v2.4/devices",
            params={"action": "create", "orgId": "o1"},
            headers={"apim-accesstoken": "forged"},
            json={"productKey": "pk", "deviceName": {"defaultValue": "d"}, "timezone": "+08:00"},
        )
    assert unknown.status_code == 401


def test_iam_token_auth_against_the_fake_iam_service(iotda: ModuleType) -> None:
    fake = iotda.testing.Fake(credentials={"alice": "pa55word"})
    auth = iotda.HuaweiIAMTokenAuth(
        "alice", "pa55word", "my-account", project_id="p1", iam_endpoint="https://fake.invalid"
    )
    client = fake.client(auth=auth, project_id="p1")
    assert client.create_ota_module(**MODULE).module_name == "MCU"
    token_call, create_call = fake.requests
    assert token_call.path == "/v3/auth/tokens"
    assert create_call.headers["x-auth-token"] in fake.tokens
    wrong = iotda.HuaweiIAMTokenAuth(
        "alice", "wrong", "my-account", project_id="p1", iam_endpoint="https://fake.invalid"
    )
    with pytest.raises(iotda.errors.AuthenticationError):
        fake.client(auth=wrong, project_id="p1").create_ota_module(**MODULE)


def test_enos_token_refresh_endpoint(enos: ModuleType) -> None:
    import hashlib

    fake = enos.testing.Fake(credentials={"k": "s"})

    def token_body(**extra: object) -> dict[str, object]:
        stamp = 1700000000000
        digest = hashlib.sha256(f"k{stamp}s".encode()).hexdigest()
        return {"appKey": "k", "encryption": digest, "timestamp": stamp, **extra}

    with httpx.Client(transport=fake.transport(), base_url="https://x") as http:
        first = http.post("/apim-token-service/v2.0/token/get", json=token_body()).json()
        token = first["data"]["accessToken"]
        refreshed = http.post(
            "/apim-token-service/v2.0/token/refresh", json=token_body(accessToken=token)
        ).json()
        forged = http.post(
            "/apim-token-service/v2.0/token/refresh", json=token_body(accessToken="forged")
        ).json()
    assert first["status"] == 0 and first["data"]["expire"] == 7200
    assert refreshed["status"] == 0 and refreshed["data"]["accessToken"] in fake.tokens
    assert forged["status"] != 0
