"""ardesk.db package."""
