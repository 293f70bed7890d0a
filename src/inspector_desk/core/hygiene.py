"""Input hygiene at the core boundary: what an inspector types (or pastes, or passes on the
command line) is cleaned before any check, any duplicate search and any save.

Two kinds of input:

* **Digit fields** (ИИН, phone). Digits of any script count as what they are: the text is
  NFKC-normalised (full-width ８ becomes 8) and every Unicode decimal digit (Arabic-Indic ٨,
  Devanagari ८, …) becomes its ASCII digit, so a ИИН typed on an Arabic or a full-width
  keyboard is checked, found and recognised as a duplicate like the ASCII one.
* **Names and free text.** NFC (Kazakh ә ғ қ ң ө ұ ү һ і and Ё, Й are kept composed), ANSI
  escape sequences removed whole, then C0/C1 control characters, bidi controls and zero-width
  characters removed. Multi-line free text keeps line feeds and tabs (a CR LF or a lone CR
  becomes a line feed); single-line text gets a space for each. Nothing else changes: no spaces are
  collapsed, no letters are folded.

Pure standard library: the services call these functions; storage and the screens never
need to.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Collection

# ECMA-48 sequences: CSI (ESC [ or U+009B, parameters, intermediates, a final byte); OSC, DCS,
# SOS, PM and APC strings up to their terminator (BEL or ST); any other ESC + intermediates +
# final byte. An unterminated string loses its introducer; the rest is plain text.
_ANSI = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)))
_DROP_LINE: dict[int, str | None] = {ord(c): None for c in _CONTROLS + _BIDI + _ZERO_WIDTH}
_DROP_LINE.update({ord(c): " " for c in "\t\n\r\x0b\x0c"})  # "Иванова\nАнна": two words still
_BREAK = re.compile(r" *[\t\n\r\x0b\x0c][\t\n\r\x0b\x0c ]*")
_DROP_MULTILINE = {k: v for k, v in _DROP_LINE.items() if chr(k) not in "\n\t"}
_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")  # \d: Unicode category Nd
_DIGIT_SEPARATORS = " -\u2010\u2011\u2012\u2013\u2014\u2212"
_PHONE_SEPARATORS = _DIGIT_SEPARATORS + "()."


def clean_text(value: str, *, multiline: bool = False) -> str:
    """``value`` without escape sequences, control, bidi and zero-width characters, in NFC.

    ``multiline`` keeps line feeds and tabs (free text such as notes); single-line text
    (names, addresses) gets a space for each. Surrounding spaces are left to the caller.
    """
    if not value:
        return value
    text = _ANSI.sub("", value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_DROP_MULTILINE)
    else:  # a line break or tab and the spaces around it become one space
        text = _BREAK.sub(" ", text).translate(_DROP_LINE)
    return unicodedata.normalize("NFC", text)


def clean_line(value: str) -> str:
    """A single-line text (a name, an address) cleaned and stripped."""
    return clean_text(value).strip()


def clean_block(value: str) -> str:
    """A multi-line free text (a note) cleaned and stripped."""
    return clean_text(value, multiline=True).strip()


def ascii_digits(value: str) -> str:
    """``value`` with every Unicode decimal digit written as its ASCII digit; nothing else
    changes (the search fold and the digit fields use it)."""
    if value.isascii():
        return value
    return _NON_ASCII_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), value)


def normalize_digits(value: str, *, separators: str = _DIGIT_SEPARATORS) -> str:
    """A digit field as ASCII: invisible characters removed, NFKC, Unicode digits to ASCII,
    whitespace and ``separators`` (spaces, dashes) dropped. Whatever else was typed stays, so
    the caller's check still refuses it."""
    text = unicodedata.normalize("NFKC", clean_text(value))
    text = ascii_digits(text)
    return "".join(c for c in text if not c.isspace() and c not in separators)


def normalize_iin(value: str) -> str:
    """An ИИН as twelve ASCII digits when it was typed as one (any digits, spaces, dashes);
    anything else is returned normalised as far as it goes, for the ИИН check to refuse."""
    return normalize_digits(value)


def normalize_phone(value: str) -> str:
    """A phone number as typed, with its digits in ASCII (NFKC, Unicode digits mapped) and
    invisible characters removed; the inspector's spaces, dashes and brackets are kept for
    reading."""
    return ascii_digits(unicodedata.normalize("NFKC", clean_text(value))).strip()


def phone_digits(value: str) -> str | None:
    """The compact form of a phone number: an optional leading ``+`` and ASCII digits, or
    None when anything but digits, ``+``, spaces, dashes, dots and brackets was typed."""
    compact = normalize_digits(value, separators=_PHONE_SEPARATORS)
    body = compact[1:] if compact.startswith("+") else compact
    if not body or not (body.isascii() and body.isdigit()):
        return None
    return compact


def clean_answers(answers: Any, multiline: Collection[str] | None = None, *,
                  _key: str | None = None) -> Any:
    """Form answers with every text cleaned: mappings and lists are walked (repeated groups),
    other values are kept as they are. Answers whose field id is in ``multiline`` keep line
    feeds and tabs; ``multiline=None`` (the field types are not known) keeps them in all."""
    if isinstance(answers, str):
        keep = multiline is None or (_key is not None and _key in multiline)
        return clean_text(answers, multiline=keep)
    if isinstance(answers, dict):
        return {k: clean_answers(v, multiline, _key=k if isinstance(k, str) else None)
                for k, v in answers.items()}
    if isinstance(answers, list):
        return [clean_answers(v, multiline, _key=_key) for v in answers]
    return answers


# --- output to a terminal ---------------------------------------------------------------------

# C0 controls but newline and tab (so every ESC sequence and a carriage return), DEL, C1
# controls (8-bit CSI), the bidirectional marks, embeddings, overrides and isolates, the
# Unicode line and paragraph separators, and lone surrogates (undecodable file names).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
                     "\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    c = ord(m.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def printable(value: object) -> str:
    """``value`` as text that cannot act on a terminal: each control or bidi character is
    shown as its escape (ESC as ``\\x1b``, RIGHT-TO-LEFT OVERRIDE as ``\\u202e``)."""
    return _UNSAFE.sub(_escape, str(value))
