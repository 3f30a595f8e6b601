-- Vietnamese full-text search over the document register (module document, package search).
--
-- Folding: a document is found whether the query is typed with or without diacritics. The folded text search
-- configuration phoihop_fold runs every word through unaccent (whose rules in the PostgreSQL 17 we ship fold every
-- Vietnamese letter, Đ/đ to D/d included: checked for all 134 accented letters) and then lower-cases it, which is
-- what platform.Texts.fold does in Java to the query. The query side only ever sends [a-z0-9] tokens.
-- pg_trgm matches a notation typed without separators (90qdtw). Both extensions are trusted (CREATE EXTENSION by
-- the database owner is enough) and ship with the embedded PostgreSQL.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TEXT SEARCH CONFIGURATION phoihop_fold (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION phoihop_fold
    ALTER MAPPING FOR asciiword, word, hword, hword_part, hword_asciipart, asciihword, numword, numhword
    WITH unaccent, simple;

-- Folded search key of a notation or a type name: lower case, no diacritics, one space between letter/digit runs,
-- numbers without leading zeros ("04/CT-BCA" -> "4 ct bca"), as DocumentSearch's query tokens.
CREATE FUNCTION document_search_key(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT btrim(regexp_replace(regexp_replace(' ' || lower(unaccent('unaccent'::regdictionary, coalesce(t, ''))),
               '[^a-z0-9]+', ' ', 'g'), ' 0+([0-9])', ' \1', 'g'))
    $$;

-- Text as indexed: a slash between characters becomes a space, so "12-NQ/TW" in a title gives the words 12, nq, tw
-- (the parser would otherwise read "NQ/TW" as a file path); the slash of a closing tag stays.
CREATE FUNCTION document_search_text(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT regexp_replace(coalesce(t, ''), '([^<[:space:]])/', '\1 ', 'g')
    $$;

-- The search index lives in a narrow table of its own, one row per document: a search that matches tens of thousands
-- of documents counts and ranks them reading small rows (the filter columns, the notation keys and a short "head"
-- vector), not the register's wide rows with their text. Columns keep the register's names, so the reading rule
-- (DocumentAccess.READABLE over alias d) applies to it unchanged.
CREATE TABLE document_search (
    id               BIGINT      PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    type_code        VARCHAR(40) NOT NULL,
    issuer_id        BIGINT      NOT NULL,
    issued_on        DATE,
    secrecy          VARCHAR(20) NOT NULL,
    urgency          VARCHAR(20) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    -- every folded word with weights: notation A, type name and title B, summary C, attachment text D (matching)
    words            TSVECTOR    NOT NULL,
    -- notation, type name and title only, folded, with the same weights (ranking: small, read for every match)
    head             TSVECTOR    NOT NULL,
    -- notation, type name and title as written, lower case: ranks exact-diacritic matches first
    exact            TSVECTOR    NOT NULL,
    -- the notation's and the type name's folded tokens: "90 qd tw quyet dinh"; a query whose tokens are all in it
    -- (and hold a number) is a notation typed loosely and ranks that document first
    notation_key     TEXT[]      NOT NULL,
    -- the folded notation without separators, for trigram matching: "90qdtw"
    notation_compact TEXT        NOT NULL,
    -- how many documents implement, guide, amend, review or cite this one: among documents that match a query
    -- equally well, the one others build on comes first (12-NQ/TW, implemented by 118-KH/ĐUCA, before a
    -- province's 12-NQ/TU)
    cited_by         INTEGER     NOT NULL DEFAULT 0
);

-- Kept by triggers, so every writer (register, attachment store, imports, demo data) keeps the index right.
-- The attachment text is indexed up to 200,000 characters (a tsvector holds at most 1 MB).
CREATE FUNCTION document_search_fields() RETURNS TRIGGER LANGUAGE plpgsql AS $$
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
            head_words
              || setweight(to_tsvector('phoihop_fold', document_search_text(NEW.summary)), 'C')
              || setweight(to_tsvector('phoihop_fold', document_search_text(left(NEW.attachment_text, 200000))), 'D'),
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

CREATE TRIGGER document_search_fields
    AFTER INSERT OR UPDATE ON document
    FOR EACH ROW EXECUTE FUNCTION document_search_fields();

UPDATE document SET title = title;

CREATE FUNCTION document_cited_by() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.kind <> 'REPLACES' THEN
        UPDATE document_search SET cited_by = cited_by + 1 WHERE id = NEW.target_id;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.kind <> 'REPLACES' THEN
        UPDATE document_search SET cited_by = greatest(cited_by - 1, 0) WHERE id = OLD.target_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER document_cited_by
    AFTER INSERT OR DELETE OR UPDATE OF target_id, kind ON document_relation
    FOR EACH ROW EXECUTE FUNCTION document_cited_by();

UPDATE document_search s SET cited_by = (SELECT count(*) FROM document_relation r
                                         WHERE r.target_id = s.id AND r.kind <> 'REPLACES');

CREATE INDEX document_search_words ON document_search USING GIN (words);
CREATE INDEX document_search_notation_key ON document_search USING GIN (notation_key);
CREATE INDEX document_search_notation_compact ON document_search USING GIN (notation_compact gin_trgm_ops);
CREATE INDEX document_search_issued_on ON document_search (issued_on);
CREATE INDEX document_search_issuer ON document_search (issuer_id);
