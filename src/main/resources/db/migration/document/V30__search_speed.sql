-- Search speed (issue 8: under 20 ms at 100,000 documents). DocumentSearch no longer reads every match of a broad
-- query: it ranks a bounded set of candidates (cited documents and the newest documents whose head holds every word,
-- loose notation matches) and takes the rest and a bounded count from the newest matches first. PostgreSQL reaches
-- those either through the GIN indexes (few matches) or by walking the documents newest first and testing each row
-- (many matches), whichever its estimate prefers; the second needs the test to be cheap.
--
-- 1. words keeps only the lexemes (strip): matching never used positions or weights (ranking reads head and exact),
--    and without them the vector is about 800 bytes instead of several kilobytes compressed, so it stays in the row
--    (no TOAST read and decompression per row tested). The GIN index holds the same lexemes as before.
CREATE OR REPLACE FUNCTION document_search_fields() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    type_name TEXT;
    key TEXT;
    notation_words TSVECTOR;
    head_words TSVECTOR;
BEGIN
    SELECT name INTO type_name FROM document_type WHERE code = NEW.type_code;
    key := btrim(document_search_key(NEW.notation) || ' ' || document_search_key(type_name));
    notation_words := setweight(to_tsvector('phoihop_fold', document_search_key(NEW.notation)), 'A');
    head_words := notation_words || setweight(to_tsvector('phoihop_fold',
            coalesce(type_name, '') || ' ' || document_search_text(NEW.title)), 'B');
    INSERT INTO document_search (id, type_code, issuer_id, issued_on, secrecy, urgency, status, words, head, exact,
                                 notation_key, notation_compact, cited_by)
    VALUES (NEW.id, NEW.type_code, NEW.issuer_id, NEW.issued_on, NEW.secrecy, NEW.urgency, NEW.status,
            strip(head_words
              || to_tsvector('phoihop_fold', document_search_text(NEW.summary))
              || to_tsvector('phoihop_fold', document_search_text(left(NEW.attachment_text, 200000)))),
            head_words,
            to_tsvector('simple', lower(concat_ws(' ', translate(coalesce(NEW.notation, ''), '/-', '  '), type_name,
                                                  document_search_text(NEW.title)) COLLATE "vi-VN-x-icu")),
            CASE WHEN key = '' THEN '{}'::TEXT[] ELSE ARRAY(SELECT DISTINCT unnest(string_to_array(key, ' '))) END,
            replace(document_search_key(NEW.notation), ' ', ''),
            0)
    ON CONFLICT (id) DO UPDATE SET type_code = EXCLUDED.type_code, issuer_id = EXCLUDED.issuer_id,
            issued_on = EXCLUDED.issued_on, secrecy = EXCLUDED.secrecy, urgency = EXCLUDED.urgency,
            status = EXCLUDED.status, words = EXCLUDED.words, head = EXCLUDED.head, exact = EXCLUDED.exact,
            notation_key = EXCLUDED.notation_key, notation_compact = EXCLUDED.notation_compact;
    RETURN NULL;
END
$$;

UPDATE document_search SET words = strip(words);

-- 2. The head tier: documents whose notation, type name and title hold every word.
CREATE INDEX document_search_head ON document_search USING GIN (head);

-- 3. Documents that others build on are always ranked: few, found through this small index.
CREATE INDEX document_search_cited ON document_search (cited_by) WHERE cited_by > 0;

-- 4. Newest first, in the order the list shows (issue date, undated drafts last, then id).
CREATE INDEX document_search_newest ON document_search (issued_on DESC NULLS LAST, id DESC);
