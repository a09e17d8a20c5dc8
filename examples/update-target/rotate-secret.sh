# Replace the webhook signing secret of your target; its other settings stay as they are.
curl -sS --fail-with-body --max-time 30 \
  -X PATCH "${ZEN_API_BASE:?not set; export it first (see Prerequisites)}/tenants/${ZEN_TENANT_ID:?not set; export it first (see Prerequisites)}/clusters/${ZEN_PLANE_ID:?not set; export it first (see Prerequisites)}/destinations/${ZEN_TARGET_ID:?not set; export it first (see Prerequisites)}" \
  -H "Authorization: Bearer ${ZEN_API_TOKEN:?not set; export it first (see Prerequisites)}" \
  -H "Content-Type: application/json" \
  -d '{
    "config": {
      "webhookSecret": "whsec_R2tY7uP4kN9bV3cX"
    }
  }'
