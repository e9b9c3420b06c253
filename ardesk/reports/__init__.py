"""ardesk.reports package."""
