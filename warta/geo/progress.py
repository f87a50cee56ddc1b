"""One progress bar, with an ETA, over the phases of a long job whose
shares of the total time are known in advance (measured, not guessed per run)."""

from __future__ import annotations

from typing import Any


class Progress:
    """A bar from 0 to 100 %; each phase advances it by its share. Disabled,
    it costs nothing and prints nothing."""

    def __init__(self, desc: str, enabled: bool = True) -> None:
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=100.0, desc=desc, unit="%", mininterval=0.25,
                             bar_format="{desc}: {percentage:3.0f}%|{bar}| "
                                        "{elapsed} elapsed, about {remaining} left")
        self.done = 0.0

    def advance(self, share: float) -> None:
        """Move the bar on by ``share`` percent of the whole job."""
        share = max(0.0, min(share, 100.0 - self.done))
        self.done += share
        if self._bar is not None and share:
            self._bar.update(share)

    def finish(self) -> None:
        """Fill the bar and close it."""
        self.advance(100.0 - self.done)
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def close(self) -> None:
        """Close the bar where it stands (on failure)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
