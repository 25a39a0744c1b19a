"""PDF documents built with reportlab: wristbands, labels, and later prescriptions, invoices and receipts.

Pure functions from plain data to PDF bytes. No Qt, no database: the services gather the data, the UI
previews and prints the bytes (DESIGN.md decision 10). Shared drawing helpers live in ``layout``.
"""
