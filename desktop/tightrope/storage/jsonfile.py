"""Facilitator-written JSON files: reading them and naming the file, line and field of a fault.

Personas, scenarios, task lists and questionnaires are written by hand, so a mistake must be
reported as one sentence a facilitator can act on ("data/scenarios/x.json, line 12,
steps[2].point_at: unknown target ..."). ``json`` keeps no positions, so :class:`JsonLines`
scans the raw text once for the line of every value; :class:`JsonChecker` holds the checks
every loader shares. Each file type subclasses :class:`JsonFileError` so callers can catch
exactly the kind they load.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import os
import re
from json.decoder import scanstring  # type: ignore[attr-defined]  # public, but not in the stubs
from pathlib import Path
from typing import Any

from tightrope import paths

JsonPath = tuple[str | int, ...]
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

_WS = re.compile(r"[ \t\n\r]*")


class JsonFileError(Exception):
    """A file cannot be found or is wrong; the message names file, line and field."""

    def __init__(
        self,
        problem: str,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ):
        self.problem = problem
        self.file = file
        self.line = line
        self.field = field
        where = ", ".join(
            part for part in (file, f"line {line}" if line is not None else None, field) if part
        )
        super().__init__(f"{where}: {problem}" if where else problem[0].upper() + problem[1:] + ".")


def display_path(path: Path) -> str:
    """A path as messages show it: relative to the working folder or the shipped root."""
    resolved = path.resolve()
    for base in (Path.cwd(), paths.shipped_data_dir().parent):
        try:
            return str(resolved.relative_to(base))
        except ValueError:
            continue
    return str(path)


def is_file(path: Path) -> bool:
    """``Path.is_file`` that answers False for a name the system refuses (a 5,000-character
    id in a file: ENAMETOOLONG escaped as OSError)."""
    try:
        return path.is_file()
    except OSError:
        return False


def resolve_file(
    id_or_path: str | Path, folder: Path, noun: str, plural: str, error: type[JsonFileError]
) -> Path:
    """A shipped file's id (``folder/<id>.json``), or the path of a file, to an existing file.
    Shared by personas, scenarios and task lists so they answer a wrong name the same way."""
    text = str(id_or_path)
    if isinstance(id_or_path, Path) or "/" in text or "\\" in text or text.endswith(".json"):
        path = Path(text).expanduser()
        if not is_file(path):
            raise error(f"no such {noun} file", display_path(path))
        return path
    path = folder / f"{text}.json"
    if not is_file(path):
        known = ", ".join(p.stem for p in sorted(folder.glob("*.json")))
        raise error(
            f"there is no {noun} {text!r}; the shipped {plural} are {known}"
            f" (or give the path of a {noun} file)"
        )
    return path


class JsonLines:
    """Where each value of a (valid) JSON text starts: a path -> line table.

    The scanner walks the raw text once and records the line of every object member (its
    key) and array element. It also finds duplicate keys, which ``json.loads`` would
    silently collapse.
    """

    def __init__(self, text: str):
        self.text = text
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.at: dict[JsonPath, int] = {}
        self.duplicates: list[JsonPath] = []
        self._decoder = json.JSONDecoder()
        self._value(_WS.match(text, 0).end(), ())  # type: ignore[union-attr]

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos)

    def _skip(self, pos: int) -> int:
        return _WS.match(self.text, pos).end()  # type: ignore[union-attr]

    def _value(self, pos: int, path: JsonPath) -> int:
        self.at.setdefault(path, self.line_of(pos))
        ch = self.text[pos]
        if ch == "{":
            pos = self._skip(pos + 1)
            seen: set[str] = set()
            while self.text[pos] != "}":
                key, pos = scanstring(self.text, pos + 1)
                member = (*path, key)
                if key in seen:
                    self.duplicates.append(member)
                seen.add(key)
                self.at[member] = self.line_of(pos)
                pos = self._skip(self._skip(pos) + 1)  # past ':'
                pos = self._skip(self._value(pos, member))
                if self.text[pos] == ",":
                    pos = self._skip(pos + 1)
            return pos + 1
        if ch == "[":
            pos = self._skip(pos + 1)
            index = 0
            while self.text[pos] != "]":
                pos = self._skip(self._value(pos, (*path, index)))
                index += 1
                if self.text[pos] == ",":
                    pos = self._skip(pos + 1)
            return pos + 1
        _value, end = self._decoder.raw_decode(self.text, pos)
        return end

    def line(self, path: JsonPath) -> int:
        """The line of the value at path, or of its nearest existing parent."""
        while path not in self.at and path:
            path = path[:-1]
        return self.at.get(path, 1)


def field_name(path: JsonPath) -> str:
    """('data', 3, 'product_id') -> 'data[3].product_id'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


# The largest file of each kind a loader reads. A file is read whole and parsed into Python
# objects (~10 bytes of memory per byte of JSON, plus the line table), so the limit keeps a
# borrowed laptop's memory safe: a 200 MB persona used to end with the out-of-memory killer
# and no message. The shipped files are 10-15 KB; a session log of a long session ~1 MB.
MiB = 1024 * 1024
MAX_BYTES: dict[str, int] = {
    "persona": 2 * MiB,
    "scenario": 2 * MiB,
    "task list": 2 * MiB,
    "questionnaire": 2 * MiB,
    "study plan": 2 * MiB,
    "catalog": 8 * MiB,
    "session log": 64 * MiB,
    "export": 64 * MiB,
}


def _size(n: int) -> str:
    return f"{n / MiB:.1f} MB" if n >= MiB else f"{n // 1024} KB"


def read_text(path: Path, error: type[JsonFileError], what: str) -> str:
    """The file's text, or ``error`` naming the file (missing, a folder, larger than a
    ``what`` file may be (MAX_BYTES), not UTF-8, unreadable). Never reads more than the
    limit, even from a file that grows or is no regular file."""
    limit = MAX_BYTES[what]
    a_what = f"{'an' if what[0] in 'aeiou' else 'a'} {what}"
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > limit:
                raise error(
                    f"is {_size(size)}; {a_what} file is at most {_size(limit)}", display_path(path)
                )
            data = f.read(limit + 1)
        if len(data) > limit:
            raise error(f"is larger than {a_what} file may be ({_size(limit)})", display_path(path))
        return data.decode("utf-8")
    except FileNotFoundError as exc:
        raise error(f"no such {what} file", display_path(path)) from exc
    except IsADirectoryError as exc:
        raise error(f"is a folder, not {a_what} file", display_path(path)) from exc
    except UnicodeDecodeError as exc:
        raise error(f"not UTF-8 text ({exc.reason})", display_path(path)) from exc
    except OSError as exc:
        raise error(f"cannot be read ({exc.strerror or exc})", display_path(path)) from exc


MAX_DEPTH = 64  # lists and objects inside each other; the shipped files use 5
MAX_DIGITS = 4300  # Python's limit for converting a number's digits (sys.int_info)
_STRUCTURE = re.compile(r'[\[\]{}"]')
_LONG_NUMBER = re.compile(r"\d{" + str(MAX_DIGITS + 1) + ",}")
# a \uD800-\uDFFF escape: half of a UTF-16 pair, no character on its own
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _too_deep_at(text: str) -> int | None:
    """Where lists/objects first nest more than MAX_DEPTH deep (strings skipped), if they do.

    Strings are skipped with the json module's own C scanner: a regular expression over a
    5 MB string took ~140 bytes of memory per character (~700 MB)."""
    depth = 0
    pos = 0
    search = _STRUCTURE.search
    while (m := search(text, pos)) is not None:
        token = m.group()
        if token == '"':
            try:
                _string, pos = scanstring(text, m.end())
            except ValueError:  # unterminated or a bad escape: json.loads will say where
                return None
            continue
        pos = m.end()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return m.start()
        else:
            depth -= 1
    return None


def _raise_if_too_deep(text: str) -> None:
    deep = _too_deep_at(text)
    if deep is not None:
        raise json.JSONDecodeError(
            f"lists or objects nested more than {MAX_DEPTH} deep", text, deep
        )


def _nests_deeper_than(value: Any, limit: int) -> bool:
    """Whether lists/objects in ``value`` nest more than ``limit`` deep (the outermost is 1)."""
    level = [value] if isinstance(value, dict | list) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        inner: list[Any] = []
        for item in level:
            children = item.values() if isinstance(item, dict) else item
            inner += [c for c in children if isinstance(c, dict | list)]
        level = inner
    return False


def _has_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


def _lone_surrogate_at(text: str) -> int:
    """The position of the first \\uD8xx-\\uDFxx escape that is not half of a pair."""
    escapes = list(_SURROGATE_ESCAPE.finditer(text))
    for i, m in enumerate(escapes):
        high = m.group()[2].lower() in "89ab"
        nxt = escapes[i + 1] if i + 1 < len(escapes) else None
        prev = escapes[i - 1] if i else None
        if high and nxt is not None and nxt.start() == m.end() and nxt.group()[2].lower() in "cdef":
            continue
        if (
            not high
            and prev is not None
            and prev.end() == m.start()
            and prev.group()[2].lower() in "89ab"
        ):
            continue
        return m.start()
    return 0


def loads(text: str) -> Any:
    """``json.loads`` that reports every fault as a JSONDecodeError with a position.

    ``json.loads`` itself raises RecursionError for deeply nested input and a plain
    ValueError for a number with more than 4300 digits, and it accepts a ``\\ud800``
    escape, a string no file or terminal can hold (printing it, or writing it as UTF-8,
    raises UnicodeEncodeError later). All are bad *files*, not bugs, and the loaders must
    name them like any other syntax error.
    """
    # The nesting is checked on the parsed value (C speed) and the text scanned for where
    # only when it is too deep or will not parse: scanning every file first, string by string,
    # was most of the time it takes to load the catalog. The faults reported are the same.
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        _raise_if_too_deep(text)
        raise
    except (ValueError, RecursionError):
        _raise_if_too_deep(text)
        long = _LONG_NUMBER.search(text)
        raise json.JSONDecodeError(
            f"a number with more than {MAX_DIGITS} digits", text, long.start() if long else 0
        ) from None
    if _nests_deeper_than(value, MAX_DEPTH):
        _raise_if_too_deep(text)
    if _SURROGATE_ESCAPE.search(text) is not None and _has_surrogate(value):
        at = _lone_surrogate_at(text)
        raise json.JSONDecodeError(
            f"{text[at : at + 6]} is half of a UTF-16 surrogate pair, not a character", text, at
        )
    return value


def parse_json(text: str, path: Path, error: type[JsonFileError]) -> Any:
    try:
        return loads(text)
    except json.JSONDecodeError as exc:
        raise error(
            f"not valid JSON ({exc.msg} at column {exc.colno})", display_path(path), exc.lineno
        ) from exc


class JsonChecker:
    """Shared checks; ``fail`` and ``missing`` build the loader's own error class."""

    error: type[JsonFileError] = JsonFileError

    def __init__(self, path: Path, text: str):
        self.file = display_path(path)
        self.path = path
        self._text = text

    @functools.cached_property
    def lines(self) -> JsonLines:
        """The text's line table, scanned when first asked (a check that passes without
        looking for duplicate keys never needs it)."""
        return JsonLines(self._text)

    def fail(self, at: JsonPath, problem: str) -> JsonFileError:
        return self.error(problem, self.file, self.lines.line(at), field_name(at) or None)

    def missing(self, at: JsonPath, key: str, why: str = "") -> JsonFileError:
        """A missing field: the line is the line of the object that lacks it."""
        where = field_name((*at, key))
        return self.error(f"field '{key}' is missing{why}", self.file, self.lines.line(at), where)

    def no_duplicates(self) -> None:
        if self.lines.duplicates:
            dup = self.lines.duplicates[0]
            raise self.fail(dup, f"the key '{dup[-1]}' appears twice in the same object")

    @staticmethod
    def _is_number(value: Any) -> bool:
        return (
            isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        )

    @staticmethod
    def _is_whole(value: Any, low: int, high: int) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high

    def string(self, obj: dict[str, Any], key: str, at: JsonPath) -> str:
        value = obj[key]
        if not isinstance(value, str) or not value.strip():
            raise self.fail((*at, key), f"must be a non-empty string, not {json.dumps(value)}")
        return value

    def optional_string(self, obj: dict[str, Any], key: str, at: JsonPath) -> str:
        return self.string(obj, key, at) if key in obj else ""

    def whole(self, obj: dict[str, Any], key: str, at: JsonPath, low: int, high: int) -> int:
        value = obj[key]
        if not self._is_whole(value, low, high):
            raise self.fail(
                (*at, key), f"must be a whole number from {low} to {high}, not {json.dumps(value)}"
            )
        return value

    def format_version(self, raw: dict[str, Any], expected: int) -> None:
        if raw["format"] != expected or isinstance(raw["format"], bool):
            raise self.fail(("format",), f"must be {expected}, not {json.dumps(raw['format'])}")

    def file_id(self, raw: dict[str, Any], example: str) -> str:
        """The 'id' field: lowercase words joined by hyphens, equal to the file name."""
        fid = self.string(raw, "id", ())
        if not re.match(ID_PATTERN, fid):
            raise self.fail(
                ("id",), f"{fid!r} must be lowercase words joined by hyphens, like '{example}'"
            )
        if fid != self.path.stem:
            raise self.fail(("id",), f"{fid!r} must match the file name {self.path.name!r}")
        return fid

    def fields(
        self,
        obj: Any,
        at: JsonPath,
        required: tuple[str, ...],
        optional: tuple[str, ...],
        what: str,
    ) -> dict[str, Any]:
        """Check that obj is an object with every required key and no unknown one."""
        if not isinstance(obj, dict):
            raise self.fail(at, f"must be {what} (a JSON object), not {json.dumps(obj)[:40]}")
        for key in required:
            if key not in obj:
                raise self.missing(at, key)
        for key in obj:
            if key not in required and key not in optional:
                allowed = ", ".join(required + optional)
                raise self.fail((*at, key), f"unknown field '{key}' (allowed: {allowed})")
        return obj

    def list_of(self, raw: dict[str, Any], key: str, at: JsonPath, low: int, high: int) -> list:
        value = raw[key]
        if not isinstance(value, list):
            raise self.fail((*at, key), "must be a list")
        if not low <= len(value) <= high:
            raise self.fail((*at, key), f"has {len(value)} entries; it must have {low} to {high}")
        return value
