"""Errors the API answers with: a status, a stable code and an English message."""

from __future__ import annotations

from kiosk.sync.protocol import ApiErrorCode


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: ApiErrorCode,
        message: str = "",
        *,
        expected_op_seq: int | None = None,
        retry_after: int | None = None,
        server_time: float | None = None,
        time_signature: str | None = None,
    ) -> None:
        super().__init__(message or code.value)
        self.status = status
        self.code = code
        self.message = message or code.value.replace("_", " ")
        self.expected_op_seq = expected_op_seq
        self.retry_after = retry_after
        self.server_time = server_time
        self.time_signature = time_signature
