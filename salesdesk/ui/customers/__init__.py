"""The Customers area: the searchable list and the profile card."""
