// Poll your target every 2 seconds until it reports active, for a minute at most.
import { setTimeout as sleep } from "node:timers/promises";

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set; export it first (see Prerequisites).`);
    process.exit(1);
  }
  return value;
}

const baseUrl = requireEnv("ZEN_API_BASE").replace(/\/+$/, "");
const token = requireEnv("ZEN_API_TOKEN");
const tenantId = requireEnv("ZEN_TENANT_ID");
const planeId = requireEnv("ZEN_PLANE_ID");
const targetId = requireEnv("ZEN_TARGET_ID");

const url = `${baseUrl}/tenants/${tenantId}/clusters/${planeId}/destinations/${targetId}`;

for (let poll = 0; poll < 30; poll++) {
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(30_000),
  }).catch((error) => {
    console.error(`Request failed: ${error.cause?.message ?? error.message}`);
    process.exit(1);
  });

  if (!response.ok) {
    console.error(
      `HTTP ${response.status} ${response.statusText}\n${await response.text()}`,
    );
    process.exit(1);
  }

  const target = await response.json();
  if (target.status === "active") {
    console.log(JSON.stringify(target, null, 2));
    process.exit(0);
  }
  await sleep(2000);
}

console.error(`Target ${targetId} is still not active after 30 polls.`);
process.exit(1);
