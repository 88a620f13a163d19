"""Errors that reach the edges (CLI, HTTP) as one clear line naming the file and the reason."""


class FilingError(Exception):
    """A file that cannot be read as a filing: empty, binary, unknown encoding, no text, too large."""

    def __init__(self, message: str, *, status: int = 422):
        super().__init__(message)
        self.message = message
        self.status = status  # 413 too large, 415 unsupported type, 422 unparseable
