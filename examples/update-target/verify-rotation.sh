# Get your target to check that the new secret is in place.
curl -sS --fail-with-body --max-time 30 \
  "${ZEN_API_BASE:?not set; export it first (see Prerequisites)}/tenants/${ZEN_TENANT_ID:?not set; export it first (see Prerequisites)}/clusters/${ZEN_PLANE_ID:?not set; export it first (see Prerequisites)}/destinations/${ZEN_TARGET_ID:?not set; export it first (see Prerequisites)}" \
  -H "Authorization: Bearer ${ZEN_API_TOKEN:?not set; export it first (see Prerequisites)}"
