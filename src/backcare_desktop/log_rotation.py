"""The rotating log file, loaded after the window's first frame (``logging.handlers`` and what
it imports cost more than the rest of the logging set-up)."""

from __future__ import annotations

import faulthandler
from logging.handlers import RotatingFileHandler


class RotatingLog(RotatingFileHandler):
    """The rotating file; faulthandler writes its dumps into whichever file is current."""

    def doRollover(self) -> None:
        super().doRollover()
        if self.stream is not None:
            faulthandler.enable(self.stream, all_threads=True)
