"""The Set up pages: code lists, the New dialogs for groups and terms, and the AR parameters."""
