# Poll your target every 2 seconds until it reports active, for a minute at most (needs jq).
(
  url="${ZEN_API_BASE:?not set; export it first (see Prerequisites)}/tenants/${ZEN_TENANT_ID:?not set; export it first (see Prerequisites)}/clusters/${ZEN_PLANE_ID:?not set; export it first (see Prerequisites)}/destinations/${ZEN_TARGET_ID:?not set; export it first (see Prerequisites)}"
  token="${ZEN_API_TOKEN:?not set; export it first (see Prerequisites)}"
  for poll in $(seq 30); do
    target=$(curl -sS --fail-with-body --max-time 30 \
      -H "Authorization: Bearer $token" "$url") || { echo "$target" >&2; exit 1; }
    if [ "$(jq -r .status <<<"$target")" = active ]; then
      jq . <<<"$target"
      exit 0
    fi
    sleep 2
  done
  echo "Target $ZEN_TARGET_ID is still not active after 30 polls." >&2
  exit 1
)
