# Route the events of your adapter to your target with a new flow.
curl -sS --fail-with-body --max-time 30 \
  -X POST "${ZEN_API_BASE:?not set; export it first (see Prerequisites)}/tenants/${ZEN_TENANT_ID:?not set; export it first (see Prerequisites)}/clusters/${ZEN_PLANE_ID:?not set; export it first (see Prerequisites)}/flows" \
  -H "Authorization: Bearer ${ZEN_API_TOKEN:?not set; export it first (see Prerequisites)}" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "stripe-to-payments",
    "adapterId": "'"${ZEN_ADAPTER_ID:?not set; export it first (see Prerequisites)}"'",
    "destinationIds": ["'"${ZEN_TARGET_ID:?not set; export it first (see Prerequisites)}"'"]
  }'
