# Create a Stripe target (wire name: destination) in your plane.
curl -sS --fail-with-body --max-time 30 \
  -X POST "${ZEN_API_BASE:?not set; export it first (see Prerequisites)}/tenants/${ZEN_TENANT_ID:?not set; export it first (see Prerequisites)}/clusters/${ZEN_PLANE_ID:?not set; export it first (see Prerequisites)}/destinations" \
  -H "Authorization: Bearer ${ZEN_API_TOKEN:?not set; export it first (see Prerequisites)}" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "stripe-payments",
    "type": "stripe",
    "config": {
      "apiKey": "sk_test_51MzQ8cLkT2x9Vb4R",
      "webhookSecret": "whsec_8fK2pQ7vN3xL5mR9"
    }
  }'
