"""Route the events of your adapter to your target with a new flow."""

import json
import os
import sys

import requests


def require_env(name):
    value = os.environ.get(name)
    if not value:
        sys.exit(f"{name} is not set; export it first (see Prerequisites).")
    return value


base_url = require_env("ZEN_API_BASE").rstrip("/")
token = require_env("ZEN_API_TOKEN")
tenant_id = require_env("ZEN_TENANT_ID")
plane_id = require_env("ZEN_PLANE_ID")
adapter_id = require_env("ZEN_ADAPTER_ID")
target_id = require_env("ZEN_TARGET_ID")

payload = {
    "name": "stripe-to-payments",
    "adapterId": adapter_id,
    "destinationIds": [target_id],
}

try:
    response = requests.post(
        f"{base_url}/tenants/{tenant_id}/clusters/{plane_id}/flows",
        headers={"Authorization": f"Bearer {token}"},
        json=payload,
        timeout=30,
    )
except requests.RequestException as error:
    sys.exit(f"Request failed: {error}")

if not response.ok:
    sys.exit(f"HTTP {response.status_code} {response.reason}\n{response.text}")

print(json.dumps(response.json(), indent=2))
