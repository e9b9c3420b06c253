"""ardesk.services package."""
