-- Structure 0.4.0: urban-renewal perimeters (QPV, PRU/NPNRU projects, experiment perimeters),
-- relocation (household lines restricted, published aggregates only) and renewal codes on reports.
-- Upgrade 0.3.0 -> 0.4.0 (see docs/DEVELOPER_GUIDE.md, "The database structure").
--
-- Rights (GRANT-friendly design, for the access-rights issue): relogement_menage holds personal
-- household lines and is meant to be readable by the administrator role only; every other table
-- here (perimeters, indicators with suppressed counts, landlord mappings, import log) can be
-- granted SELECT to every role that reads the plugin's layers. No view reads relogement_menage:
-- the indicators are written by the plugin, already suppressed, into relogement_indicateur.

CREATE TABLE gup_signalement.perimetre_renouvellement (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$'),
    type text NOT NULL CHECK (type IN ('qpv', 'pru', 'experimentation')),
    nom text NOT NULL CHECK (btrim(nom) <> ''),
    codes_insee varchar(5)[] NOT NULL DEFAULT '{}',
    communes text,
    codes_qpv text[] NOT NULL DEFAULT '{}',
    programme text,
    phase text CHECK (phase IN ('study', 'relocation', 'demolition', 'reconstruction', 'done')),
    date_debut date,
    date_fin date,
    source text,
    demo boolean NOT NULL DEFAULT false,
    attributs_source jsonb,
    modifie_par text NOT NULL DEFAULT gup_signalement.current_author(),
    modifie_le timestamptz NOT NULL DEFAULT now(),
    geom geometry(MultiPolygon, 2154) NOT NULL CHECK (NOT ST_IsEmpty(geom) AND ST_IsValid(geom)),
    CHECK (type <> 'qpv' OR code ~ '^QN[0-9]{5}[A-Z]$'),
    CHECK (date_fin IS NULL OR date_debut IS NULL OR date_fin >= date_debut)
);
COMMENT ON TABLE gup_signalement.perimetre_renouvellement IS 'Urban-renewal perimeters: QPV (ANCT 2024 geography), PRU/NPNRU projects, experiment perimeters of the EPT';
COMMENT ON COLUMN gup_signalement.perimetre_renouvellement.code IS 'QPV code (QN09442N) or the code given to a PRU / experiment perimeter; carried by the reports inside';
COMMENT ON COLUMN gup_signalement.perimetre_renouvellement.phase IS 'PRU phase: study, relocation, demolition, reconstruction, done (history in perimetre_renouvellement_phase)';
COMMENT ON COLUMN gup_signalement.perimetre_renouvellement.demo IS 'Demo data (invented contour): never a real perimeter';
COMMENT ON COLUMN gup_signalement.perimetre_renouvellement.attributs_source IS 'Attributes of the national file as received (ANCT fields)';
CREATE INDEX perimetre_renouvellement_geom_idx ON gup_signalement.perimetre_renouvellement USING gist (geom);

-- Every phase change of a perimeter (trigger): who, when, old -> new.
CREATE TABLE gup_signalement.perimetre_renouvellement_phase (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    perimetre_code text NOT NULL,
    ancienne_phase text,
    nouvelle_phase text,
    modifie_par text NOT NULL DEFAULT gup_signalement.current_author(),
    modifie_le timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE gup_signalement.perimetre_renouvellement_phase IS 'History of the phase changes of renewal perimeters';

CREATE FUNCTION gup_signalement.log_renewal_phase() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.phase IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.phase IS NOT DISTINCT FROM OLD.phase THEN
        RETURN NULL;
    END IF;
    INSERT INTO gup_signalement.perimetre_renouvellement_phase
        (perimetre_code, ancienne_phase, nouvelle_phase, modifie_par)
    VALUES (NEW.code, CASE WHEN TG_OP = 'UPDATE' THEN OLD.phase END, NEW.phase,
            gup_signalement.current_author());
    RETURN NULL;
END $$;

CREATE TRIGGER perimetre_renouvellement_phase_history
    AFTER INSERT OR UPDATE OF phase ON gup_signalement.perimetre_renouvellement
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.log_renewal_phase();

-- Who and when; the communes of a perimeter drawn in QGIS without them (those it overlaps),
-- their names when only the codes are given.
CREATE FUNCTION gup_signalement.touch_renewal_perimeter() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.codes_insee = '{}' THEN
        SELECT coalesce(array_agg(c.code_insee ORDER BY c.code_insee), '{}'),
               string_agg(c.nom, ', ' ORDER BY c.code_insee)
        INTO NEW.codes_insee, NEW.communes
        FROM gup_signalement.commune c
        WHERE ST_Intersects(c.geom, NEW.geom) AND NOT ST_Touches(c.geom, NEW.geom);
    ELSIF NEW.communes IS NULL THEN
        SELECT string_agg(c.nom, ', ' ORDER BY c.code_insee) INTO NEW.communes
        FROM gup_signalement.commune c WHERE c.code_insee = ANY (NEW.codes_insee);
    END IF;
    NEW.modifie_par := gup_signalement.current_author();
    NEW.modifie_le := now();
    RETURN NEW;
END $$;

CREATE TRIGGER perimetre_renouvellement_touch
    BEFORE INSERT OR UPDATE ON gup_signalement.perimetre_renouvellement
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.touch_renewal_perimeter();

-- The column mapping of each landlord's relocation spreadsheet, remembered for the next import.
CREATE TABLE gup_signalement.bailleur_colonnes (
    bailleur text PRIMARY KEY CHECK (btrim(bailleur) <> ''),
    correspondance jsonb NOT NULL,
    modifie_par text NOT NULL DEFAULT gup_signalement.current_author(),
    modifie_le timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE gup_signalement.bailleur_colonnes IS 'Column mapping of a landlord''s RIME sheet: field -> column header';

-- One line per household (RIME). PERSONAL DATA: administrator role only (see the header).
CREATE TABLE gup_signalement.relogement_menage (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bailleur text NOT NULL,
    reference_menage text NOT NULL,
    perimetre_code text NOT NULL REFERENCES gup_signalement.perimetre_renouvellement (code)
        ON UPDATE CASCADE,
    code_insee_origine varchar(5),
    taille_menage integer CHECK (taille_menage > 0),
    tranche_ressources text,
    statut text NOT NULL CHECK (statut IN ('to_relocate', 'proposal', 'same_commune',
                                           'other_commune_ept', 'outside_ept')),
    code_insee_relogement varchar(5),
    date_entree date,
    date_relogement date,
    fichier text,
    importe_le timestamptz NOT NULL DEFAULT now(),
    UNIQUE (bailleur, reference_menage)
);
COMMENT ON TABLE gup_signalement.relogement_menage IS 'Households to relocate (RIME lines): personal data, readable by the administrator role only; never shown on a map';

-- Published relocation indicators, counts already suppressed ('< 5' or blank when hidden).
CREATE TABLE gup_signalement.relogement_indicateur (
    niveau text NOT NULL CHECK (niveau IN ('perimetre', 'commune', 'bailleur')),
    cle text NOT NULL,
    libelle text,
    a_reloger text,
    proposition text,
    meme_commune text,
    autre_commune_ept text,
    hors_ept text,
    en_attente text,
    reloges text,
    total text,
    menages_1 text,
    menages_2 text,
    menages_3 text,
    menages_4 text,
    menages_5 text,
    menages_6_plus text,
    menages_taille_inconnue text,
    calcule_le timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (niveau, cle)
);
COMMENT ON TABLE gup_signalement.relogement_indicateur IS 'Relocation aggregates per perimeter, commune and landlord (households by size: per perimeter), with primary (< 5) and secondary (s) suppression applied by the plugin';
COMMENT ON COLUMN gup_signalement.relogement_indicateur.menages_1 IS 'Households of 1 person (menages_2 ... menages_6_plus likewise; per perimeter and in the total row only)';

-- Each relocation import: what was imported, what not and why.
CREATE TABLE gup_signalement.relogement_import (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bailleur text NOT NULL,
    fichier text NOT NULL,
    feuille text,
    importe_par text NOT NULL DEFAULT gup_signalement.current_author(),
    importe_le timestamptz NOT NULL DEFAULT now(),
    lignes_lues integer NOT NULL,
    lignes_importees integer NOT NULL,
    lignes_refusees jsonb NOT NULL DEFAULT '[]'
);
COMMENT ON TABLE gup_signalement.relogement_import IS 'Log of relocation spreadsheet imports, with the refused lines (line number and reason, no personal data)';

-- The renewal perimeters that contain each report, kept by triggers.
ALTER TABLE gup_signalement.signalement
    ADD COLUMN codes_renouvellement text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN gup_signalement.signalement.codes_renouvellement IS 'Codes of the renewal perimeters containing the report (set on arrival, kept current when perimeters change)';
CREATE INDEX signalement_codes_renouvellement_idx ON gup_signalement.signalement
    USING gin (codes_renouvellement);

-- Set-based: recompute the codes of the given reports (all when NULL); returns rows changed.
CREATE FUNCTION gup_signalement.refresh_renewal_codes(p_ids bigint[] DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
BEGIN
    EXECUTE format($sql$
    UPDATE gup_signalement.signalement t
    SET codes_renouvellement = n.codes
    FROM (
        SELECT s.id, coalesce(array_agg(p.code ORDER BY p.code)
                              FILTER (WHERE p.code IS NOT NULL), '{}') AS codes
        FROM gup_signalement.signalement s
        LEFT JOIN gup_signalement.perimetre_renouvellement p ON ST_Intersects(p.geom, s.geom)
        WHERE %s
        GROUP BY s.id
    ) n
    WHERE t.id = n.id AND t.codes_renouvellement IS DISTINCT FROM n.codes
    $sql$, CASE WHEN p_ids IS NULL THEN 'true' ELSE 's.id = ANY ($1)' END) USING p_ids;
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END $$;

-- Reports: one set-based refresh per INSERT statement; an edited point, row by row.
CREATE FUNCTION gup_signalement.renewal_codes_of_arrived() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gup_signalement.refresh_renewal_codes(ARRAY(SELECT id FROM arrived));
    RETURN NULL;
END $$;

CREATE TRIGGER signalement_renewal_arrival
    AFTER INSERT ON gup_signalement.signalement
    REFERENCING NEW TABLE AS arrived
    FOR EACH STATEMENT EXECUTE FUNCTION gup_signalement.renewal_codes_of_arrived();

CREATE FUNCTION gup_signalement.renewal_codes_of_moved() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    SELECT coalesce(array_agg(p.code ORDER BY p.code), '{}') INTO NEW.codes_renouvellement
    FROM gup_signalement.perimetre_renouvellement p WHERE ST_Intersects(p.geom, NEW.geom);
    RETURN NEW;
END $$;

CREATE TRIGGER signalement_renewal_moved
    BEFORE UPDATE OF geom ON gup_signalement.signalement
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.renewal_codes_of_moved();

-- Perimeters: each statement refreshes the reports inside the old or new contours, at once.
CREATE FUNCTION gup_signalement.renewal_codes_after_perimeters() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM gup_signalement.refresh_renewal_codes(ARRAY(
            SELECT s.id FROM gup_signalement.signalement s JOIN new_rows n
            ON ST_Intersects(n.geom, s.geom)));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM gup_signalement.refresh_renewal_codes(ARRAY(
            SELECT s.id FROM gup_signalement.signalement s
            WHERE s.codes_renouvellement && ARRAY(SELECT code FROM old_rows)));
    ELSE
        PERFORM gup_signalement.refresh_renewal_codes(ARRAY(
            SELECT s.id FROM gup_signalement.signalement s JOIN new_rows n
                ON ST_Intersects(n.geom, s.geom)
            UNION
            SELECT s.id FROM gup_signalement.signalement s
            WHERE s.codes_renouvellement && ARRAY(SELECT code FROM old_rows)));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER perimetre_renouvellement_reports_insert
    AFTER INSERT ON gup_signalement.perimetre_renouvellement
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION gup_signalement.renewal_codes_after_perimeters();
CREATE TRIGGER perimetre_renouvellement_reports_update
    AFTER UPDATE ON gup_signalement.perimetre_renouvellement
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION gup_signalement.renewal_codes_after_perimeters();
CREATE TRIGGER perimetre_renouvellement_reports_delete
    AFTER DELETE ON gup_signalement.perimetre_renouvellement
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION gup_signalement.renewal_codes_after_perimeters();

-- The commune matrix's experiment perimeter chosen from a renewal perimeter: its part inside
-- the commune is copied into the cell (a copy: the cell keeps its own history).
CREATE FUNCTION gup_signalement.set_experiment_from_renewal(
    p_code text, p_code_insee varchar, p_categorie text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    part geometry;
BEGIN
    SELECT ST_Multi(ST_CollectionExtract(ST_Intersection(p.geom, c.geom), 3)) INTO part
    FROM gup_signalement.perimetre_renouvellement p, gup_signalement.commune c
    WHERE p.code = p_code AND c.code_insee = p_code_insee;
    IF part IS NULL THEN
        RAISE EXCEPTION 'unknown renewal perimeter % or commune %', p_code, p_code_insee
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF ST_IsEmpty(part) THEN
        RAISE EXCEPTION 'the renewal perimeter % is not in the commune %', p_code, p_code_insee
            USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO gup_signalement.commune_categorie (code_insee, categorie_code, perimetre_experimentation)
    VALUES (p_code_insee, p_categorie, part)
    ON CONFLICT (code_insee, categorie_code) DO UPDATE SET perimetre_experimentation = EXCLUDED.perimetre_experimentation;
END $$;

-- Layers: perimeters with their published indicators; reports inside a renewal perimeter.
CREATE VIEW gup_signalement.v_perimetre_renouvellement AS
    SELECT p.id, p.code, p.type, p.nom, p.communes, p.codes_qpv, p.programme, p.phase,
           p.date_debut, p.date_fin, p.demo,
           i.a_reloger, i.proposition, i.meme_commune, i.autre_commune_ept, i.hors_ept,
           i.en_attente, i.reloges, i.total,
           (SELECT count(*) FROM gup_signalement.signalement s
            WHERE s.codes_renouvellement @> ARRAY[p.code]) AS nb_signalements,
           p.geom
    FROM gup_signalement.perimetre_renouvellement p
    LEFT JOIN gup_signalement.relogement_indicateur i ON i.niveau = 'perimetre' AND i.cle = p.code;
COMMENT ON VIEW gup_signalement.v_perimetre_renouvellement IS 'Renewal perimeters with suppressed relocation indicators and their report count';

CREATE VIEW gup_signalement.v_signalement_renouvellement AS
    SELECT s.id, s.categorie_code, s.date_signalement, s.statut_routage, s.code_insee,
           array_to_string(s.codes_renouvellement, ', ') AS perimetres, s.geom
    FROM gup_signalement.signalement s
    WHERE s.codes_renouvellement <> '{}';
COMMENT ON VIEW gup_signalement.v_signalement_renouvellement IS 'Reports inside a renewal perimeter (no personal data)';
