"""ardesk.views package."""
