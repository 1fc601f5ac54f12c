"""Exceptions the library raises; the CLI turns them into one-line messages."""

from __future__ import annotations

from pathlib import Path


class KGError(Exception):
    """Base class for errors a user can act on."""


class InputError(KGError):
    """An input file or record that cannot be used; names the file and the problem."""

    def __init__(self, path: Path | str, problem: str, detail: str = "") -> None:
        self.path = str(path)
        self.problem = problem
        self.detail = detail
        """A traceback, for an article skipped because the software failed on it (shown by ``--debug``)."""
        super().__init__(f"{path}: {problem}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str]]:
        """Pickle by the fields, so worker processes can report skipped articles."""
        return (InputError, (self.path, self.problem, self.detail))


class QueryError(KGError):
    """A SPARQL query that cannot be run."""


class GraphError(KGError):
    """A graph file that cannot be read."""


class OutputError(KGError):
    """An output that cannot be written."""


class UsageError(KGError):
    """Options that do not go together."""


class NotFoundError(KGError):
    """A look-up whose value names nothing in the graph (a misspelt party or person)."""
