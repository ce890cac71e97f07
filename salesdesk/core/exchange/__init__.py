"""Customers in and out of SalesDesk: CSV and vCard import with a line-by-line report, export."""
