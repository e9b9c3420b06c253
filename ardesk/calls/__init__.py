"""Groups of ardesk.api.Company methods, one module per workspace area, mixed into Company."""
