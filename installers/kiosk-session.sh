#!/bin/sh
# Started by cage (a Wayland kiosk compositor) as the only client on the screen.
export QT_QPA_PLATFORM=wayland
export QT_IM_MODULE=qtvirtualkeyboard
export KIOSK_HOME="${KIOSK_HOME:-/var/lib/gig-kiosk}"
exec /opt/gig-kiosk/.venv/bin/kiosk run --kiosk
