"""Poll your target every 2 seconds until it reports active, for a minute at most."""

import json
import os
import sys
import time

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
target_id = require_env("ZEN_TARGET_ID")

url = f"{base_url}/tenants/{tenant_id}/clusters/{plane_id}/destinations/{target_id}"

for poll in range(30):
    try:
        response = requests.get(
            url, headers={"Authorization": f"Bearer {token}"}, timeout=30
        )
    except requests.RequestException as error:
        sys.exit(f"Request failed: {error}")

    if not response.ok:
        sys.exit(f"HTTP {response.status_code} {response.reason}\n{response.text}")

    target = response.json()
    if target["status"] == "active":
        print(json.dumps(target, indent=2))
        break
    time.sleep(2)
else:
    sys.exit(f"Target {target_id} is still not active after 30 polls.")
