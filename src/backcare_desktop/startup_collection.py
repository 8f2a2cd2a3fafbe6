"""Python's cyclic garbage collector during start-up.

Start-up creates tens of thousands of objects that live as long as the app (modules, classes,
PySide's enums, the window's wrappers) and almost no garbage, yet the collector runs about 65
times before the first frame, each pass scanning all of them: about 20 ms more than a bare
window pays. So collection is paused from the command line's parsing until the first frame,
then resumed. Once the history, sounds and pictures have loaded, what start-up made is moved
out of the collector's sight (:func:`gc.freeze`): later full collections, which hold the
interpreter lock, then scan only what was made since (a full pass over a loaded app takes about
20 ms; afterwards under 1 ms), which also keeps them from holding up the cue thread.

Nothing is lost: objects freed by reference counting are freed as before; only reference
cycles among the set-aside objects, should some become garbage later, stay in memory.
"""

from __future__ import annotations

import gc


class StartupCollection:
    """The collector's state over one start-up of the app (see the module's text)."""

    def __init__(self) -> None:
        self.paused = False
        """Whether :meth:`pause` turned the collector off and it is still off."""
        self.app_started = False
        """Whether :meth:`pause` ran in this process (the app's own start-up, not a test's)."""

    def pause(self) -> None:
        """Pause collection for start-up (nothing if it is already off)."""
        self.app_started = True
        if gc.isenabled():
            gc.disable()
            self.paused = True

    def resume(self) -> None:
        """Collect again, as before :meth:`pause` (nothing if it did not pause)."""
        if self.paused:
            self.paused = False
            gc.enable()

    def set_aside(self) -> None:
        """Keep later collections from scanning what exists now: only after this process's
        own start-up (:meth:`pause`), never in a process that only builds windows (tests)."""
        if self.app_started:
            gc.freeze()


startup_collection = StartupCollection()
"""The one start-up of this process."""
