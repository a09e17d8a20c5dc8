// Replace the webhook signing secret of your target; its other settings stay as they are.
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

const payload = { config: { webhookSecret: "whsec_R2tY7uP4kN9bV3cX" } };

const response = await fetch(
  `${baseUrl}/tenants/${tenantId}/clusters/${planeId}/destinations/${targetId}`,
  {
    method: "PATCH",
    headers: {
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify(payload),
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
