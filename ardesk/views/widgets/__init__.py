"""Shared widgets: the read-only record table model, the page frame and form error labels."""
