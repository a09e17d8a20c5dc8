// List every target in your plane, following the cursor page by page.
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

const url = new URL(
  `${baseUrl}/tenants/${tenantId}/clusters/${planeId}/destinations`,
);
url.searchParams.set("limit", "20");
const targets = [];

while (true) {
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

  const page = await response.json();
  targets.push(...page.items);
  if (page.nextCursor === null) break;
  url.searchParams.set("cursor", page.nextCursor);
}

console.log(JSON.stringify(targets, null, 2));
