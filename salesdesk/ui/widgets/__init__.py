"""Widgets the areas share: the titled list, its table model, labels, form and entry parts."""
