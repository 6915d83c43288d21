# shellcheck shell=bash
# Development API keys of the gateway, shared by scripts/run.sh and scripts/run-distributed.sh (sourced, not run).
#
# The gateway accepts only the clients of Gateway:Auth:Clients, each configured with the SHA-256 of its key, never the
# key (decision 0037). On first use this makes two random keys in .run/dev-keys.env (git-ignored, mode 600) and keeps
# them, so the README's curl lines work run after run: delete the file for new keys.
#   HUB_KEY       client dev-hub, role hub (records, availability, systems, /oai)
#   OPERATOR_KEY  client dev-operator, roles operator and hub (also /api/v1/ops/*, provenance, /metrics, /health details)
#
#   dev_keys_ensure FILE       make FILE when missing, then read HUB_KEY and OPERATOR_KEY from it
#   dev_keys_env               prints the gateway's environment entries (hashes and roles), one a line

# A key of 32 random bytes, base64url without padding (43 characters).
dev_keys_new() {
  if command -v openssl >/dev/null; then
    openssl rand -base64 32 | tr '+/' '-_' | tr -d '=\n'
  else
    head -c 32 /dev/urandom | base64 -w0 | tr '+/' '-_' | tr -d '='
  fi
}

dev_keys_hash() { printf %s "$1" | sha256sum | cut -d' ' -f1; }

dev_keys_ensure() {
  local file=$1
  if [[ ! -s $file ]]; then
    mkdir -p "$(dirname "$file")"
    (
      umask 077
      printf '# Development API keys of the gateway (scripts/lib/dev-keys.sh). Not for production; delete for new ones.\n' >"$file"
      printf 'HUB_KEY=%s\nOPERATOR_KEY=%s\n' "$(dev_keys_new)" "$(dev_keys_new)" >>"$file"
    )
    log "made development API keys in ${file#"$ROOT/"}"
  fi
  HUB_KEY=$(sed -n 's/^HUB_KEY=//p' "$file")
  OPERATOR_KEY=$(sed -n 's/^OPERATOR_KEY=//p' "$file")
  [[ -n $HUB_KEY && -n $OPERATOR_KEY ]] || die "$file lacks HUB_KEY or OPERATOR_KEY: delete it for new keys"
}

dev_keys_env() {
  printf '%s\n' \
    "Gateway__Auth__Clients__dev-hub__KeyHash=$(dev_keys_hash "$HUB_KEY")" \
    "Gateway__Auth__Clients__dev-hub__Roles__0=hub" \
    "Gateway__Auth__Clients__dev-operator__KeyHash=$(dev_keys_hash "$OPERATOR_KEY")" \
    "Gateway__Auth__Clients__dev-operator__Roles__0=operator" \
    "Gateway__Auth__Clients__dev-operator__Roles__1=hub"
}
