"""The Customers workspace: the lazy customer list and the customer editor."""
