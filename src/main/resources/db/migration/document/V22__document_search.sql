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

ALTER TABLE document
    -- folded words with weights: notation A, type name and title B, summary C, attachment text D
    ADD COLUMN search_folded    TSVECTOR,
    -- the same words (without the attachment text) as written, lower case: ranks exact-diacritic matches first
    ADD COLUMN search_exact     TSVECTOR,
    -- the notation's and the type name's folded tokens: "90 qd tw quyet dinh"; a query whose tokens are all in it
    -- (and hold a number) is a notation typed loosely and ranks that document first
    ADD COLUMN notation_key     TEXT[],
    -- the folded notation without separators, for trigram matching: "90qdtw"
    ADD COLUMN notation_compact TEXT,
    -- how many documents implement, guide, amend, review or cite this one: among documents that match a query
    -- equally well, the one others build on comes first (12-NQ/TW, implemented by 118-KH/ĐUCA, before a
    -- province's 12-NQ/TU)
    ADD COLUMN cited_by         INTEGER NOT NULL DEFAULT 0;

-- Kept by a trigger, so every writer (register, attachment store, imports, demo data) keeps the index right.
-- The attachment text is indexed up to 200,000 characters (a tsvector holds at most 1 MB).
CREATE FUNCTION document_search_fields() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    type_name TEXT;
    key TEXT;
BEGIN
    SELECT name INTO type_name FROM document_type WHERE code = NEW.type_code;
    key := btrim(document_search_key(NEW.notation) || ' ' || document_search_key(type_name));
    NEW.notation_key := CASE WHEN key = '' THEN '{}'::TEXT[]
                             ELSE ARRAY(SELECT DISTINCT unnest(string_to_array(key, ' '))) END;
    NEW.notation_compact := replace(document_search_key(NEW.notation), ' ', '');
    NEW.search_folded :=
        setweight(to_tsvector('phoihop_fold', document_search_key(NEW.notation)), 'A')
        || setweight(to_tsvector('phoihop_fold', coalesce(type_name, '') || ' ' || document_search_text(NEW.title)), 'B')
        || setweight(to_tsvector('phoihop_fold', document_search_text(NEW.summary)), 'C')
        || setweight(to_tsvector('phoihop_fold',
               document_search_text(left(NEW.attachment_text, 200000))), 'D');
    NEW.search_exact := to_tsvector('simple', lower(concat_ws(' ', translate(coalesce(NEW.notation, ''), '/-', '  '),
               type_name, document_search_text(NEW.title), document_search_text(NEW.summary))
               COLLATE "vi-VN-x-icu"));
    RETURN NEW;
END
$$;

CREATE TRIGGER document_search_fields
    BEFORE INSERT OR UPDATE OF notation, type_code, title, summary, attachment_text ON document
    FOR EACH ROW EXECUTE FUNCTION document_search_fields();

UPDATE document SET title = title;

CREATE FUNCTION document_cited_by() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.kind <> 'REPLACES' THEN
        UPDATE document SET cited_by = cited_by + 1 WHERE id = NEW.target_id;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.kind <> 'REPLACES' THEN
        UPDATE document SET cited_by = greatest(cited_by - 1, 0) WHERE id = OLD.target_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER document_cited_by
    AFTER INSERT OR DELETE OR UPDATE OF target_id, kind ON document_relation
    FOR EACH ROW EXECUTE FUNCTION document_cited_by();

UPDATE document d SET cited_by = (SELECT count(*) FROM document_relation r
                                  WHERE r.target_id = d.id AND r.kind <> 'REPLACES');

CREATE INDEX document_search_folded ON document USING GIN (search_folded);
CREATE INDEX document_notation_key ON document USING GIN (notation_key);
CREATE INDEX document_notation_compact ON document USING GIN (notation_compact gin_trgm_ops);
CREATE INDEX document_type_code ON document (type_code);
