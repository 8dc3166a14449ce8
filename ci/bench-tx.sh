#!/usr/bin/env bash
# TX throughput benchmark: prints packets per second for N 64-byte frames with TX metadata,
# on a veth pair in xskc's own namespaces (copy mode, software checksum). Needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
frames="${1:-1000000}"
jdk=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)
if [ -z "$jdk" ]; then
  echo "bench-tx: no JDK 25 under /usr/lib/jvm" >&2
  exit 2
fi
mvn -B -q -pl harness -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec "$jdk/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "harness/target/classes:$(cat harness/target/classpath.txt)" io.xskc.bench.TxThroughput "$frames"
