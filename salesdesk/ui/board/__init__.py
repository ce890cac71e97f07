"""The kanban board of funnel stages."""
