"""SalesDesk: the offline desktop assistant for field sales reps."""

__version__ = "0.1.0"
