# Get your flow by its id to check how it routes events.
curl -sS --fail-with-body --max-time 30 \
  "${ZEN_API_BASE:?not set; export it first (see Prerequisites)}/tenants/${ZEN_TENANT_ID:?not set; export it first (see Prerequisites)}/clusters/${ZEN_PLANE_ID:?not set; export it first (see Prerequisites)}/flows/${ZEN_FLOW_ID:?not set; export it first (see Prerequisites)}" \
  -H "Authorization: Bearer ${ZEN_API_TOKEN:?not set; export it first (see Prerequisites)}"
