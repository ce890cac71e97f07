"""Printing: paged documents with running headers, print preview, printer and PDF output."""
