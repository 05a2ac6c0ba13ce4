"""One exception type for input the pipeline refuses: its message names the file and the fix."""
from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters shown as escapes (\\n, \\x00)."""
    return _CONTROL.sub(lambda m: ascii(m[0])[1:-1], text)


class InputError(ValueError):
    """Bad input: the message says which file, what is wrong and what to do.

    The message is always one line (a newline in a file name or a problem text is escaped),
    so the command line can print it as a single `error:` line.
    """

    def __init__(self, path: object, problem: str, fix: str) -> None:
        self.path, self.problem, self.fix = str(path), problem, fix
        super().__init__(f"{one_line(self.path)}: {one_line(problem)}. {one_line(fix)}")
