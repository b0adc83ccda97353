"""A real Outlook .msg file for the tests, written from scratch.

A .msg is a Compound File (CFB, version 3: 512-byte sectors) holding one stream per property:
``__substg1.0_<id><type>`` for strings (UTF-16) and ``__properties_version1.0`` for the fixed
ones (the send date). Every stream here is under 4 096 bytes, so it lives in the mini stream
(64-byte mini sectors) kept in the root entry. Directory entries are chained through their
right sibling, in the order the format compares names (length, then upper case).
"""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

SECTOR, MINI = 512, 64
FREE, END, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF
EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


def _filetime(value: dt.datetime) -> int:
    return int((value - EPOCH).total_seconds() * 10_000_000)


def _string(tag: str, text: str, eight_bit: bool = False) -> tuple[str, bytes]:
    if eight_bit:  # PT_STRING8, as older Outlook versions save in the Windows code page
        return f"__substg1.0_{tag}001E", text.encode("cp1252")
    return f"__substg1.0_{tag}001F", text.encode("utf-16-le")


def _properties(sent: dt.datetime | None) -> bytes:
    header = bytes(8) + struct.pack("<IIII", 0, 0, 0, 0) + bytes(8)
    date = b""
    if sent is not None:
        date = struct.pack("<IIQ", 0x00390040, 6, _filetime(sent))  # PR_CLIENT_SUBMIT_TIME
    flags = struct.pack("<IIQ", 0x0E070003, 6, 1)  # PR_MESSAGE_FLAGS: read, not unsent
    return header + date + flags


def _entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", NO_STREAM, right, child)
        + bytes(16)
        + struct.pack("<IQQ", 0, 0, 0)
        + struct.pack("<IQ", start, size)
    )


def _sectors(data: bytes, size: int) -> int:
    return (len(data) + size - 1) // size


def write_msg(
    path: Path,
    *,
    sender: str | None,
    address: str | None,
    subject: str | None,
    body: str | None,
    sent: dt.datetime | None,
    html: bytes | None = None,
    eight_bit: bool = False,
    message_class: str | None = "IPM.Note",
) -> Path:
    """An e-mail as Outlook saves it (« Enregistrer sous… » .msg).

    A field given as None is left out; ``html`` is the HTML body (PT_BINARY) and ``eight_bit``
    writes the strings in cp1252 (PT_STRING8) instead of UTF-16.
    """
    fields = [("001A", message_class), ("0037", subject), ("0C1A", sender), ("5D01", address)]
    fields.append(("1000", body))
    streams = [_string(tag, text, eight_bit) for tag, text in fields if text is not None]
    streams.append(("__properties_version1.0", _properties(sent)))
    if html is not None:
        streams.append(("__substg1.0_10130102", html))
    streams.sort(key=lambda s: (len(s[0]), s[0].upper()))
    mini_stream, mini_fat, starts = b"", [], []
    for _name, data in streams:
        first, count = len(mini_fat), max(1, _sectors(data, MINI))
        starts.append(first)
        mini_fat += [first + i + 1 for i in range(count - 1)] + [END]
        mini_stream += data.ljust(count * MINI, b"\0")
    directory = _entry("Root Entry", 5, NO_STREAM, 1, 0, len(mini_stream))
    for index, ((name, data), start) in enumerate(zip(streams, starts, strict=True), start=1):
        right = index + 1 if index < len(streams) else NO_STREAM
        directory += _entry(name, 2, right, NO_STREAM, start, len(data))
    directory = directory.ljust(_sectors(directory, SECTOR) * SECTOR, b"\0")
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
    mini_fat_bytes = mini_fat_bytes.ljust(_sectors(mini_fat_bytes, SECTOR) * SECTOR, b"\xff")
    mini_stream = mini_stream.ljust(_sectors(mini_stream, SECTOR) * SECTOR, b"\0")
    parts = [mini_stream, mini_fat_bytes, directory]  # then one FAT sector
    fat, firsts = [], []
    for part in parts:
        first, count = len(fat), len(part) // SECTOR
        firsts.append(first)
        fat += [first + i + 1 for i in range(count - 1)] + [END]
    fat_sector = len(fat)
    fat.append(FAT_SECTOR)
    fat += [FREE] * (SECTOR // 4 - len(fat))
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack(
            "<IIIIIIIII", 0, 1, firsts[2], 0, 4096, firsts[1], len(mini_fat_bytes) // SECTOR, END, 0
        )
        + struct.pack("<I", fat_sector)
        + struct.pack("<108I", *([FREE] * 108))
    )
    root_start = firsts[0]
    parts[2] = parts[2][:116] + struct.pack("<I", root_start) + parts[2][120:]
    path.write_bytes(header + b"".join(parts) + struct.pack(f"<{len(fat)}I", *fat))
    return path
