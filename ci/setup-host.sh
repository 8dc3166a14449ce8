#!/usr/bin/env bash
# Installs what xskc needs from Debian's packages when it is missing. Safe to run repeatedly.
set -euo pipefail
need=()
command -v ip >/dev/null 2>&1 || need+=(iproute2)
command -v mvn >/dev/null 2>&1 || need+=(maven)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "xskc: missing ${need[*]}; install them (apt-get install ${need[*]}) or run this script as root." >&2
    exit 2
  fi
  echo "xskc: installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
if ! ls -d /usr/lib/jvm/*25* >/dev/null 2>&1; then
  echo "xskc: no JDK 25 under /usr/lib/jvm; install one (e.g. Temurin 25) so the Maven toolchain can select it." >&2
  exit 2
fi
