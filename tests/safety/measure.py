"""Reading an import file in a child process, to measure its time and peak memory apart from the
test run's own (the child reports its own getrusage peak)."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import json, resource, sys, time
from pathlib import Path
from persistence.tabular_files import LocalTabularFiles
if sys.argv[2:] == ["stream-only"]:  # as if the zip's declared sizes said nothing: only the streamed count
    from domain.importing import limits
    limits.MAX_PART_BYTES = limits.MAX_UNPACKED_BYTES = 10**12
    limits.MAX_RATIO = 10**9
started = time.perf_counter()
try:
    table = LocalTabularFiles().read_table(Path(sys.argv[1]), large=True)
    outcome, detail = "read", f"{len(table.rows)} rows"
except Exception as exc:
    outcome, detail = type(exc).__name__, str(exc)
def peak_mb():
    # ru_maxrss keeps the parent's peak across fork and exec (a long pytest run's, hundreds of MB);
    # VmHWM belongs to this process's own address space
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"outcome": outcome, "detail": detail, "seconds": time.perf_counter() - started,
                  "peak_mb": peak_mb()}))
"""


@dataclass(frozen=True)
class Reading:
    outcome: str  # "read" or the error's class name
    detail: str
    seconds: float  # the reading alone, not the child's start-up
    peak_mb: float  # the child's peak resident memory, start-up included


def read_in_child(path: Path, timeout: float = 120, *, stream_only: bool = False) -> Reading:
    """Read `path` as an order file in a fresh Python. `stream_only`: with the checks of the zip's
    declared sizes and packing ratio switched off, so that the streamed count alone must stop a bomb."""
    args = [sys.executable, "-c", CHILD, str(path), *(["stream-only"] if stream_only else [])]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=True)
    return Reading(**json.loads(done.stdout.strip().splitlines()[-1]))
