"""The registry's public web channel: job board, posting pages, document checks, venues, feeds."""

from registry.web.routes import router

__all__ = ["router"]
