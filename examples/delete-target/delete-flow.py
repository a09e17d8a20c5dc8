"""Delete the flow that routes events to your target."""

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
flow_id = require_env("ZEN_FLOW_ID")

try:
    response = requests.delete(
        f"{base_url}/tenants/{tenant_id}/clusters/{plane_id}/flows/{flow_id}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
except requests.RequestException as error:
    sys.exit(f"Request failed: {error}")

if not response.ok:
    sys.exit(f"HTTP {response.status_code} {response.reason}\n{response.text}")

# A successful delete answers 204 with no body.
print(json.dumps({"id": flow_id, "deleted": True}, indent=2))
