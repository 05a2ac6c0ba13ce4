"""One exception type for input the pipeline refuses: its message names the file and the fix."""
from __future__ import annotations


class InputError(Exception):
    """Bad input: the message says which file, what is wrong and what to do."""

    def __init__(self, path: object, problem: str, fix: str) -> None:
        self.path, self.problem, self.fix = str(path), problem, fix
        super().__init__(f"{self.path}: {problem}. {fix}")
