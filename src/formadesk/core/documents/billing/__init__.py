"""Billing documents: invoice, payment reminder, convention reminder, and the sales journal."""
