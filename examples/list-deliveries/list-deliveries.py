"""List every delivery attempt of your flow, following the cursor page by page."""

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

url = f"{base_url}/tenants/{tenant_id}/clusters/{plane_id}/deliveries"
params = {"flowId": flow_id, "limit": 5}
attempts = []

while True:
    try:
        response = requests.get(
            url,
            headers={"Authorization": f"Bearer {token}"},
            params=params,
            timeout=30,
        )
    except requests.RequestException as error:
        sys.exit(f"Request failed: {error}")

    if not response.ok:
        sys.exit(f"HTTP {response.status_code} {response.reason}\n{response.text}")

    page = response.json()
    attempts.extend(page["items"])
    if page["nextCursor"] is None:
        break
    params["cursor"] = page["nextCursor"]

print(json.dumps(attempts, indent=2))
