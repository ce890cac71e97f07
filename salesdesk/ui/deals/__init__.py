"""A deal's life beyond the board: outcomes, the Lost dialog, closed and held deals, timeline."""
