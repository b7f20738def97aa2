"""Cleaning: drop page furniture (ads, links, prompts, bylines, captions, widgets) from raw
article text, normalise Unicode and whitespace, and report every removed line.

Rules come from pattern files in ``warta/lang/id/boilerplate_*`` plus structural rules (position,
repetition, list headers, line shape); see ``docs/cleaning.md``.
"""

from warta.clean.core import CleanResult, clean_text, explain

__all__ = ["CleanResult", "clean_text", "explain"]
