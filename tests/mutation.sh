#!/usr/bin/env bash
# Mutation testing of src/ChongqingServicePolicy with Stryker.NET (pinned in .config/dotnet-tools.json), by folder or
# file. See tests/MUTATION.md.
#
#   bash tests/mutation.sh Parameters                  # every file under src/ChongqingServicePolicy/Parameters/
#   bash tests/mutation.sh PolicyEngine.cs             # one file at the library's root
#   bash tests/mutation.sh Districts Domain Internal   # several in one run (one build and one initial test run)
#   bash tests/mutation.sh Decisions '!Decisions/DecisionText.cs'   # a folder without one file ('!' excludes)
#   bash tests/mutation.sh all                         # the whole library
#   bash tests/mutation.sh 'Decisions/DecisionText.cs{1..633}'   # only the mutants within lines 1 to 633 of a file
#
# Options after the targets go to Stryker (e.g. --concurrency 2). The report goes to
# tests/ChongqingServicePolicy.Tests/StrykerOutput/<time>/reports/ (HTML and JSON); the last lines printed are the
# counts per status and the score for each target and, for several, for the run, then every survivor.
# The exit status is Stryker's: not 0 when the run's score is below the break threshold in stryker-config.json.
set -euo pipefail
cd "$(dirname "$0")/.."
lib=src/ChongqingServicePolicy
targets=()
mutate=()
while [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; do
  case "$1" in
    all) mutate+=(--mutate '**/*.cs') ;;
    '!'*) test -e "$lib/${1#!}" || { echo "no such file or folder: $lib/${1#!}" >&2; exit 2; }
          if [ -d "$lib/${1#!}" ]; then mutate+=(--mutate "!**/ChongqingServicePolicy/${1#!}/**/*.cs"); else mutate+=(--mutate "!**/ChongqingServicePolicy/${1#!}"); fi
          shift; continue ;;
    *.cs) test -f "$lib/$1" || { echo "no such file: $lib/$1" >&2; exit 2; }
          mutate+=(--mutate "**/ChongqingServicePolicy/$1") ;;
    *.cs{*..*}) # A span of lines: Stryker takes spans of characters, so the lines are turned into the offsets of the
          # first line's start and the last line's end (UTF-16 code units, as Roslyn counts them).
          file="${1%%\{*}"
          test -f "$lib/$file" || { echo "no such file: $lib/$file" >&2; exit 2; }
          span="$(python3 - "$lib/$file" "$1" <<'PY'
import re, sys
path, target = sys.argv[1], sys.argv[2]
match = re.fullmatch(r".*\{(\d+)\.\.(\d+)\}", target)
first, last = int(match.group(1)), int(match.group(2))
lines = open(path, encoding="utf-8-sig", newline="").read().splitlines(keepends=True)
if not 1 <= first <= last <= len(lines):
    sys.exit(f"lines {first}..{last} are not within the file's 1..{len(lines)}")
units = lambda text: len(text.encode("utf-16-le")) // 2
print(f"{{{units(''.join(lines[:first - 1]))}..{units(''.join(lines[:last]))}}}")
PY
)" || exit 2
          mutate+=(--mutate "**/ChongqingServicePolicy/$file$span") ;;
    *) test -d "$lib/$1" || { echo "no such folder: $lib/$1" >&2; exit 2; }
       mutate+=(--mutate "**/ChongqingServicePolicy/$1/**/*.cs") ;;
  esac
  targets+=("$1")
  shift
done
[ ${#targets[@]} -gt 0 ] || { echo "usage: bash tests/mutation.sh FOLDER|FILE|all ... [stryker options]" >&2; exit 2; }
dotnet tool restore > /dev/null
# The property tests judge mutants too, at 200 cases each rather than 10,000 (about 1 s a mutant rather than 20 s),
# unless the caller sets another number.
export CQPOLICY_PROPERTY_ITERATIONS="${CQPOLICY_PROPERTY_ITERATIONS:-200}"
cd tests/ChongqingServicePolicy.Tests
start=$(date +%s)
set +e
dotnet stryker --config-file ../../stryker-config.json "${mutate[@]}" "$@"
status=$?
set -e
seconds=$(( $(date +%s) - start ))
report="$(ls -td StrykerOutput/*/reports/mutation-report.json | head -n 1)"
python3 - "$report" "$seconds" "${targets[@]}" <<'PY'
import collections, json, re, sys
report, seconds, targets = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
files = json.load(open(report, encoding="utf-8"))["files"]

def relative(name):
    return name.replace("\\", "/").split("src/ChongqingServicePolicy/", 1)[-1]

def span(target):
    match = re.fullmatch(r"(.*\.cs)\{(\d+)\.\.(\d+)\}", target)
    return (match.group(1), int(match.group(2)), int(match.group(3))) if match else None

def belongs(name, target):
    path = relative(name)
    if span(target):
        return path == span(target)[0]
    return target == "all" or path == target or path.startswith(target.rstrip("/") + "/")

def within(name, mutant, targets):
    # A mutant counts for a span when it lies wholly within the span's lines, as Stryker chooses the mutants it tests;
    # the file's other mutants (listed as ignored in the report) are not counted.
    spans = [span(t) for t in targets if belongs(name, t)]
    if not spans or any(s is None for s in spans):
        return True
    location = mutant["location"]
    return any(first <= location["start"]["line"] and location["end"]["line"] <= last for _, first, last in spans)

def line(label, names, targets):
    count = collections.Counter(m["status"] for n in names for m in files[n]["mutants"] if within(n, m, targets))
    killed, timeout, survived, nocov = count["Killed"], count["Timeout"], count["Survived"], count["NoCoverage"]
    tested = killed + timeout + survived + nocov
    score = f"{100.0 * (killed + timeout) / tested:.2f}%" if tested else "n/a"
    print(f"{label}: mutants {tested + count['CompileError']}, killed {killed}, survived {survived}, no coverage {nocov}, "
          f"timeout {timeout}, compile errors {count['CompileError']}, ignored {count['Ignored']}, score {score}")

print()
for target in targets:
    line(target, [n for n in files if belongs(n, target) and files[n]["mutants"]], [target])
if len(targets) > 1:
    line("run", [n for n in files if any(belongs(n, t) for t in targets)], targets)
print(f"run time: {seconds // 60} min {seconds % 60} s")
for name in sorted(files):
    for m in sorted(files[name]["mutants"], key=lambda m: m["location"]["start"]["line"]):
        if m["status"] in ("Survived", "NoCoverage") and within(name, m, targets):
            print(f"  {m['status']}: {relative(name)}:{m['location']['start']['line']} {m['mutatorName']}: {m.get('replacement', '')!r}")
PY
exit "$status"
