"""The workspace file as a file, before SQLite is trusted with it: its real path, whether it can be
written, a read-only look inside (quick_check, the workspace id), a stray -wal, setting a damaged file
aside, and whether its folder is a risky place for SQLite (cloud sync, network drives)."""
from __future__ import annotations

import logging
import os
import secrets
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
# Files a user may pick by mistake: left untouched as "not a workspace", never set aside as damaged.
_OTHER_FORMATS = (b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
SIDE_FILES = ("-wal", "-shm")


def real_path(path: Path) -> Path:
    """The file the path ends at: symlinks and `..` resolved, and on Windows one spelling of case, so
    that every way of naming one file takes the same lock."""
    resolved = os.path.realpath(path.expanduser().absolute())
    return Path(os.path.normcase(resolved) if sys.platform == "win32" else resolved)


def is_writable(path: Path) -> bool:
    # One place to ask, so tests (which run as root, where access() says yes) can say no.
    return os.access(path, os.W_OK)


def read_only_reason(real: Path) -> str | None:
    """Why the workspace must be opened read-only, or None. WAL writes -wal and -shm beside the
    file, so a read-only folder is as final as a read-only file."""
    if real.exists() and not is_writable(real):
        return "file is read-only"
    if not is_writable(real.parent):
        return "folder is read-only"
    return None


def side_file(real: Path, suffix: str) -> Path:
    return real.with_name(real.name + suffix)


def has_wal(real: Path) -> bool:
    wal = side_file(real, "-wal")
    return wal.is_file() and wal.stat().st_size > 0


def readonly_uri(real: Path) -> str:
    """A URI that reads without writing anything. With no -wal the file alone is the whole database,
    and `immutable` reads it without creating -wal/-shm (a plain mode=ro open of a WAL file creates
    both, which fails in a read-only folder or on a full disk); with a -wal the session that wrote it
    may still be running, so SQLite's locking stays on."""
    uri = f"{real.as_uri()}?mode=ro"
    return uri if has_wal(real) else uri + "&immutable=1"


def file_alone_uri(real: Path) -> str:
    """The main file without its -wal, even when one is there."""
    return f"{real.as_uri()}?mode=ro&immutable=1"


def connect_ro(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True)
    conn.execute("PRAGMA temp_store=MEMORY")  # a check needs no temporary file, so a full disk cannot fail it
    return conn


def looks_like_other_format(real: Path) -> bool:
    with open(real, "rb") as fh:
        head = fh.read(16)
    return head != SQLITE_MAGIC and head.startswith(_OTHER_FORMATS)


def quick_check(uri: str) -> str | None:
    """None if `PRAGMA quick_check` says ok, else what is wrong (also when SQLite cannot open it)."""
    try:
        conn = connect_ro(uri)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(str(r) for r in rows[:3])


def read_workspace_id(uri: str) -> int:
    conn = connect_ro(uri)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def new_workspace_id() -> int:
    """A random 31-bit id for PRAGMA user_version (a signed 32-bit field), never 0 (= none yet)."""
    return secrets.randbelow(2**31 - 1) + 1


@dataclass(frozen=True)
class WalVerdict:
    belongs: bool
    detail: str = ""


def header_workspace_id(real: Path) -> int:
    """The id (PRAGMA user_version, bytes 60-63 of the header) read from the bytes themselves, so that
    it can be read from a file that SQLite would call malformed."""
    with open(real, "rb") as fh:
        head = fh.read(64)
    return int.from_bytes(head[60:64], "big", signed=True) if len(head) == 64 else 0


def inspect_wal(real: Path) -> WalVerdict:
    """Does the -wal beside `real` belong to it? Checked on copies in a temporary folder, read-only:
    the pair must pass quick_check and carry the id the file alone has. The file alone may fail its own
    check: a kill in the middle of a checkpoint leaves it half updated, and its -wal completes it."""
    alone = header_workspace_id(real)
    try:
        with tempfile.TemporaryDirectory(prefix="fieldbook-wal-check-") as tmp:
            copy = Path(tmp) / "w.db"
            shutil.copyfile(real, copy)
            shutil.copyfile(side_file(real, "-wal"), side_file(copy, "-wal"))
            uri = f"{copy.as_uri()}?mode=ro"
            problem = quick_check(uri)
            combined = read_workspace_id(uri) if problem is None else alone
    except OSError as exc:  # no room for the copies: look at the pair in place, still read-only
        log.warning("cannot copy %s and its -wal to check them (%s); checking in place", real, exc)
        uri = f"{real.as_uri()}?mode=ro"
        problem = quick_check(uri)
        combined = read_workspace_id(uri) if problem is None else alone
    if problem is not None:
        return WalVerdict(False, f"the file with its -wal fails quick_check: {problem}")
    if combined != alone and alone != 0:  # 0: an older file given its id in the session that crashed
        return WalVerdict(False, f"the -wal carries workspace id {combined}, the file {alone}")
    return WalVerdict(True)


def stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def _free_name(candidate: Path) -> Path:
    n, found = 1, candidate
    while found.exists():
        n += 1
        found = candidate.with_name(f"{candidate.stem}-{n}{candidate.suffix}")
    return found


def set_aside_damaged(real: Path, now: datetime) -> Path:
    """Rename the damaged file (and its -wal/-shm with it) to `<stem>.damaged-<time>.db` beside it."""
    target = _free_name(real.with_name(f"{real.stem}.damaged-{stamp(now)}{real.suffix or '.db'}"))
    os.replace(real, target)
    for suffix in SIDE_FILES:
        side = side_file(real, suffix)
        if side.exists():
            os.replace(side, side_file(target, suffix))
    return target


def set_aside_wal(real: Path, now: datetime) -> Path:
    """Rename a -wal that does not belong to the file (and the -shm built from it) out of SQLite's way."""
    wal = side_file(real, "-wal")
    target = wal.with_name(f"{wal.name}.foreign-{stamp(now)}")
    n = 1
    while target.exists():
        n += 1
        target = wal.with_name(f"{wal.name}.foreign-{stamp(now)}-{n}")
    os.replace(wal, target)
    shm = side_file(real, "-shm")
    if shm.exists():
        os.replace(shm, target.with_name(target.name.replace("-wal.", "-shm.", 1)))
    return target


# --- where the file lives --------------------------------------------------------------------------

_CLOUD_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "坚果云": "坚果云",
    "nutstore": "坚果云",
    "nutstore files": "坚果云",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "nextcloud": "Nextcloud",
    "百度网盘": "百度网盘",
    "baidunetdisk": "百度网盘",
}
_NETWORK_FSTYPES = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs"}
DRIVE_REMOTE = 4


def cloud_folder(path: PurePath) -> str | None:
    for part in path.parts:
        name = part.casefold()
        for key, label in _CLOUD_FOLDERS.items():
            # "OneDrive - Contoso", "Dropbox (Personal)": the folder's name starts with the service's
            if name == key or name.startswith(key + " ") or name.startswith(key + "-") or name.startswith(key + "("):
                return label
    return None


def _mount_fstype(path: Path, mounts: str) -> str | None:
    best, fstype = "", None
    text = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (text == point or text.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
            best, fstype = point, fields[2]
    return fstype


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes

    root = path.anchor or str(path)[:3]
    return int(ctypes.windll.kernel32.GetDriveTypeW(root)) == DRIVE_REMOTE  # type: ignore[attr-defined]  # Windows only


def network_drive(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True  # a UNC path
    if sys.platform == "win32":
        return _windows_drive_is_remote(path)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return _mount_fstype(path, mounts) in _NETWORK_FSTYPES


def location_risk(path: Path) -> str | None:
    """Why SQLite's WAL is unsafe where the file lives, in English, or None: a sync client copies
    the file and its -wal separately; network file systems break the locks WAL relies on."""
    if (name := cloud_folder(path)) is not None:
        return f"cloud-sync folder: {name}"
    try:
        remote = network_drive(path)
    except OSError:
        remote = False
    return "network drive" if remote else None
