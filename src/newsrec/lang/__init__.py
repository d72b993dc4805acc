"""Language data for the extractors: word lists and patterns, kept as data.

Each module holds the tables for one language and one task (``en_quotes``,
``en_numbers``, ``en_dates``), so that another language can be added by
writing tables, not code.
"""
