# Sourced by the benchmark scripts: what they read from the load tools' JSON lines and from /proc.
# field FILE KEY: KEY's value in the one-line JSON object in FILE (numbers and plain strings).
field() { sed -n "s/.*\"$2\":\"\{0,1\}\([^,\"}]*\).*/\1/p" "$1"; }
# cpu_ticks PID: utime + stime of every thread of PID, in clock ticks (getconf CLK_TCK a second).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# voluntary_switches PID: voluntary context switches summed over PID's live threads (a thread that exits
# between two reads takes its count with it: read while the load runs, when the pools' threads are up).
voluntary_switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '$1 == "voluntary_ctxt_switches:" { n += $2 } END { print n + 0 }'; }
