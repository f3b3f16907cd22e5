#!/bin/sh
# Compiles and runs bench/DeadlineBenchmark.java against the project's classes (no packaging, no tests).
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
javac -d target/bench -cp "$CP" bench/DeadlineBenchmark.java
exec java -cp "target/bench:$CP" DeadlineBenchmark
