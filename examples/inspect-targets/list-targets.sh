# List every target in your plane, following the cursor page by page (needs jq).
(
  url="${ZEN_API_BASE:?not set; export it first (see Prerequisites)}/tenants/${ZEN_TENANT_ID:?not set; export it first (see Prerequisites)}/clusters/${ZEN_PLANE_ID:?not set; export it first (see Prerequisites)}/destinations?limit=20"
  token="${ZEN_API_TOKEN:?not set; export it first (see Prerequisites)}"
  targets='[]'
  cursor=''
  while :; do
    page=$(curl -sS --fail-with-body --max-time 30 \
      -H "Authorization: Bearer $token" \
      "$url${cursor:+&cursor=$cursor}") || { echo "$page" >&2; exit 1; }
    targets=$(jq -c --argjson seen "$targets" '$seen + .items' <<<"$page")
    cursor=$(jq -r '.nextCursor // empty' <<<"$page")
    [ -n "$cursor" ] || break
  done
  jq . <<<"$targets"
)
