// Get your target to check that the new secret is in place.
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

const response = await fetch(
  `${baseUrl}/tenants/${tenantId}/clusters/${planeId}/destinations/${targetId}`,
  {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(30_000),
  },
).catch((error) => {
  console.error(`Request failed: ${error.cause?.message ?? error.message}`);
  process.exit(1);
});

if (!response.ok) {
  console.error(
    `HTTP ${response.status} ${response.statusText}\n${await response.text()}`,
  );
  process.exit(1);
}

console.log(JSON.stringify(await response.json(), null, 2));
