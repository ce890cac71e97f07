"""The Visits area: the agenda, planning visits, checklists."""
