"""Gig docking kiosk: the touchscreen app, staff desk, printing and sync for a city gig market."""
