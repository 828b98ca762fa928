#!/bin/sh
# Started by cage (a Wayland kiosk compositor) as the only client on the screen.
# KIOSK_BIN and KIOSK_HOME default to the Debian package's paths; a bundle or a test sets them.
# The kiosk draws through cage's Xwayland: Qt Virtual Keyboard is an input context inside the
# application, which Qt supports on X11 but not as a Wayland client ("qtvirtualkeyboard
# currently is not supported at client-side"), and the pinyin keyboard is how people type here.
export QT_QPA_PLATFORM=xcb
export QT_IM_MODULE=qtvirtualkeyboard
export KIOSK_HOME="${KIOSK_HOME:-/var/lib/gig-kiosk}"
KIOSK_BIN="${KIOSK_BIN:-/opt/gig-kiosk/venv/bin/kiosk}"
# Read-aloud: speech-dispatcher (espeak-ng voices, Mandarin and English) started before the kiosk.
# Spawned on demand instead, it takes seconds to listen and the first tap on 朗读 finds no engine.
# Not when another engine is chosen (KIOSK_TTS_ENGINE=mock in a test: no daemon left behind).
if [ "${KIOSK_TTS_ENGINE:-speechd}" = speechd ] && command -v speech-dispatcher >/dev/null 2>&1; then
  speech-dispatcher --run-daemon --timeout 0 || echo "speech-dispatcher did not start: read-aloud unavailable" >&2
fi
exec "$KIOSK_BIN" run --kiosk
