"""The Qt desktop interface; everything here may import Qt, nothing in ``core`` may."""
