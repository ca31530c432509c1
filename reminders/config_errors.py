"""A pydantic ValidationError of config.toml, as the one line an administrator acts on.

Pydantic reports every error it found, with its own locations and wording; the person
editing config.toml needs the file, the key as spelt in TOML and what to do, once. The
models are passed in (``root``) rather than imported, so that config.py can use this.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import get_args, get_origin

from pydantic import BaseModel, ValidationError


class KeyProblem(ValueError):
    """A check across keys that knows which key is wrong: ``recipients.CC.aliases``.

    Pydantic reports errors from model validators at the model (which would print as
    "(top level)"); ``first_error`` prints this ``loc`` instead.
    """

    def __init__(self, loc: tuple[str, ...], message: str) -> None:
        super().__init__(message)
        self.loc = loc


def first_error(exc: ValidationError, path: Path, root: type[BaseModel]) -> str:
    """Pydantic's report, reduced to the one line an administrator needs.

    An unknown key comes first: a misspelt required key is also reported missing, and the
    spelling is the thing to fix.
    """
    errors = exc.errors()
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    loc = getattr(error.get("ctx", {}).get("error"), "loc", None) or error["loc"]
    key = ".".join(str(part) for part in loc) or "(top level)"
    kind = error["type"]
    if kind == "extra_forbidden":
        what = f"unknown key ({_did_you_mean(str(loc[-1]), _keys_at(loc[:-1], root))})"
    elif kind == "missing":
        what = "required but missing"
    elif kind == "too_short":
        what = "must not be empty"
    else:
        what = error["msg"].removeprefix("Value error, ")
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{path}: {key}: {what}{more}"


def _did_you_mean(key: str, valid: list[str]) -> str:
    close = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]}?"
    if valid:
        return f"valid keys here: {', '.join(valid)}"
    return "check the spelling against config.toml in the project"


def _keys_at(loc: tuple, root: type[BaseModel]) -> list[str]:
    """The keys config.toml allows at ``loc`` ('rules', 'recipients.CC'), as spelt in TOML.

    ``root``'s ``path`` is where the file was read from, set by ``parse``, never a key.
    """
    model: type[BaseModel] | None = root
    parts = list(loc)
    while parts and model is not None:
        field = _field(model, str(parts.pop(0)))
        annotation = field.annotation if field else None
        if get_origin(annotation) is dict and parts:  # recipients.CODE: the code is free
            parts.pop(0)
            annotation = get_args(annotation)[1]
        is_model = isinstance(annotation, type) and issubclass(annotation, BaseModel)
        model = annotation if is_model else None
    if model is None:
        return []
    return [f.alias or name for name, f in model.model_fields.items()
            if not (model is root and name == "path")]


def _field(model: type[BaseModel], key: str):
    return next((f for name, f in model.model_fields.items() if key in (name, f.alias)), None)
