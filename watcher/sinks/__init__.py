"""Adapters that write: drafts into the user's Drafts folder, exactly once."""
