"""The life of a deal beyond the board: outcomes, the lost dialog, closed and held deals, timeline."""
