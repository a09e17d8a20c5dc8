# List the failed delivery attempts of your flow, following the cursor page by page (needs jq).
(
  url="${ZEN_API_BASE:?not set; export it first (see Prerequisites)}/tenants/${ZEN_TENANT_ID:?not set; export it first (see Prerequisites)}/clusters/${ZEN_PLANE_ID:?not set; export it first (see Prerequisites)}/deliveries?flowId=${ZEN_FLOW_ID:?not set; export it first (see Prerequisites)}&status=failed&limit=5"
  token="${ZEN_API_TOKEN:?not set; export it first (see Prerequisites)}"
  attempts='[]'
  cursor=''
  while :; do
    page=$(curl -sS --fail-with-body --max-time 30 \
      -H "Authorization: Bearer $token" \
      "$url${cursor:+&cursor=$cursor}") || { echo "$page" >&2; exit 1; }
    attempts=$(jq -c --argjson seen "$attempts" '$seen + .items' <<<"$page")
    cursor=$(jq -r '.nextCursor // empty' <<<"$page")
    [ -n "$cursor" ] || break
  done
  jq . <<<"$attempts"
)
