"""followup: drafts interview follow-ups into your Drafts folder at the right moment."""

__version__ = "0.1.0"
