"""Printed documents (reportlab PDF), signed QR tokens, printer backends and the print queue."""
