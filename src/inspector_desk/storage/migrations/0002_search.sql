-- Schema version 2: full-text search over persons and cases.
-- The indexed text is folded by core/text.py (lower case, Ё→Е, Kazakh letters to their
-- Russian look-alikes) before it is written, and so is every query. The rowid of each index
-- row is the rowid of the person or case it describes.
CREATE VIRTUAL TABLE person_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
CREATE VIRTUAL TABLE case_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
