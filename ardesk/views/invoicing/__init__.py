"""The Invoicing workspace: posted invoices and credit notes."""
