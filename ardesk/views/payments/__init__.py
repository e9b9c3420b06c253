"""The Payments and settlements workspace."""
