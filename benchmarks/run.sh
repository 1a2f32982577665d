#!/usr/bin/env bash
# Runs the JMH benchmarks of Hyperactive for Java and prints their markdown tables.
#
#   benchmarks/run.sh short [OPTIONS]   a few minutes: 1 fork, 2 warm-up and 3 measured 1 s iterations
#   benchmarks/run.sh full  [OPTIONS]   about ten times longer: 3 forks, 5 warm-up and 5 measured
#
# OPTIONS: --only GROUP,...  (asktell, history, scaling, loop, memory, searchdata)
#          --optimizers NAME,...  (registry names; default: every optimizer found)
#          --out DIR  (default: benchmarks/target/jmh-results)
#
# Every optimizer jar built in this tree (optimizers-*/target/*.jar) is put on the class path ahead
# of the copies inside benchmarks.jar, so optimizers added since the jar was built are measured too.
# Extra jars, such as third-party optimizer plugins, go in HYPERACTIVE_BENCH_CLASSPATH
# (colon-separated); JVM options in HYPERACTIVE_JAVA_OPTS, which JMH passes on to its forks.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"

if [[ $# -lt 1 || ( "$1" != short && "$1" != full ) ]]; then
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi

if [[ ! -f "$jar" ]]; then
    echo "building $jar (mvn -pl benchmarks -am package -DskipTests)" >&2
    (cd "$root" && mvn -B -q -pl benchmarks -am package -DskipTests) >&2
fi

classpath=""
for module_jar in "$root"/optimizers-*/target/hyperactive-optimizers-*.jar; do
    [[ -f "$module_jar" && "$module_jar" != *-sources.jar && "$module_jar" != *-tests.jar ]] || continue
    classpath+="$module_jar:"
done
classpath+="${HYPERACTIVE_BENCH_CLASSPATH:+$HYPERACTIVE_BENCH_CLASSPATH:}$jar"

profile="$1"
shift
has_out=false
for argument in "$@"; do
    [[ "$argument" == --out ]] && has_out=true
done
if ! $has_out; then
    set -- "$@" --out "$here/target/jmh-results"
fi

# shellcheck disable=SC2086
exec java ${HYPERACTIVE_JAVA_OPTS:-} -cp "$classpath" dev.hyperactive.benchmarks.BenchmarkMain "$profile" "$@"
