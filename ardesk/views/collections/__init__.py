"""The Credit and collections workspace: overdue open items and the aging summary."""
