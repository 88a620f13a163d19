"""The registry: every module of qa/qtypes/ that defines QUESTION_TYPE, in priority order."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

import qa.qtypes as _package


@lru_cache(maxsize=1)
def question_types() -> tuple:
    """Registered types, lowest priority number first; ties keep module-name order."""
    found = []
    for info in sorted(pkgutil.iter_modules(_package.__path__), key=lambda i: i.name):
        if info.name in ("base", "registry"):
            continue
        module = importlib.import_module(f"{_package.__name__}.{info.name}")
        qtype = getattr(module, "QUESTION_TYPE", None)
        if qtype is not None:
            found.append(qtype)
    return tuple(sorted(found, key=lambda t: t.priority))
