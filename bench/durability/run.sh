#!/bin/sh
# Per-commit cost on the embedded H2 file database: default vs CHECKPOINT vs CHECKPOINT SYNC (DurableCommits).
# Needs only the H2 jar of the project's dependencies; COMMITS=2000 by default (java -Dcommits=… to change).
set -eu
cd "$(dirname "$0")/../.."
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime \
  || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
H2=$(tr ':' '\n' < target/bench-classpath.txt | grep '/h2-' | head -1)
echo "H2 $(basename "$H2"), Java $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -cp "$H2" bench/durability/CommitCost.java
