"""The four areas of the main window: Board, Customers, Visits and Analytics."""
