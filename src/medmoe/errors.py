"""User-facing errors.

A `MedmoeError` is something the user can fix (bad file, bad flag, missing model). The CLI prints its
message on one line and exits non-zero; anything else is a bug and shows a traceback with --debug.
"""


class MedmoeError(Exception):
    """An error caused by input or configuration, with a message that says what to fix."""


class ConfigError(MedmoeError, ValueError):
    """A configuration that cannot work (names the field and the reason)."""


class CheckpointError(MedmoeError):
    """A model directory that is missing, truncated, tampered with or of the wrong version."""


class InputError(MedmoeError):
    """Bad input data; the message names the file, line and field where known."""
