"""Staff mode: PIN sign-in and the venue staff's tools, shown inside the kiosk's staff screen."""
