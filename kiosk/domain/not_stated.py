"""How a term the employer left blank is worded wherever a worker reads it: paper and web.

Never "none" (无 / 无任何扣款): a worker in a wage dispute must not hold paper, or read a public
page, saying no deductions were agreed when the employer simply did not say (issue 13).
Printed documents (kiosk.print.labels) and the registry's public pages (registry.web.i18n)
take their words from here, so the two cannot drift apart.
"""

from __future__ import annotations

NOT_STATED_ZH = "未写明"
NOT_STATED_EN = "Not stated"
