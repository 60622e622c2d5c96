"""The pure core: detection, extraction and planning, with no I/O, no clock and no network."""
