"""Decoding a whole note file: UTF-8 (BOM allowed), UTF-16 with a BOM, else Windows-1251, and refusing binaries.

Why one function: `medmoe analyze` and `medmoe deid` read the same hospital exports, and a file that one of them
refuses as garbage must not be "analysed" by the other (a binary renamed to .txt once decoded as UTF-16 into
CJK noise and got a triage level). Exports mix encodings, so the fallbacks are tried in a fixed order and the
result must look like Russian or English text.
"""

from __future__ import annotations

import codecs

from medmoe.errors import InputError


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control characters: an image, a PDF, a zip - not a note."""
    if not raw:
        return False
    head = raw[:65536]
    if b"\x00" in head and not (head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE)):
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    return ctrl / len(head) > 0.05


def _plausible(text: str) -> bool:
    """Mostly Latin/Cyrillic letters, digits, spaces and typographic symbols (what a ru/en clinical note holds)."""
    if not text:
        return True
    ok = sum(ord(ch) < 0x0530 or 0x2000 <= ord(ch) < 0x2300 for ch in text)
    return ok / len(text) >= 0.85


def decode_text(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of a whole file; `InputError` naming the reason when it is not a readable note."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"has a UTF-16 mark but does not decode ({e.reason})") from None
        if not _plausible(text):
            raise InputError("has a UTF-16 mark but decodes to symbols, not Russian or English text")
        return text, "utf-16"
    if looks_binary(raw):
        raise InputError("binary file, not text (NUL or control bytes)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1251")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 and not Windows-1251 ({e.reason} at byte {e.start})") from None
    # cp1251 maps almost every byte to something; a real Russian text is mostly letters, digits, spaces.
    letters = sum(ch.isalnum() or ch.isspace() or ch in ".,:;!?()-–—/%«»\"'+№" for ch in text)
    if text and letters / len(text) < 0.85:
        raise InputError("undecodable text: not UTF-8, and as Windows-1251 it is mostly symbols")
    return text, "cp1251"
