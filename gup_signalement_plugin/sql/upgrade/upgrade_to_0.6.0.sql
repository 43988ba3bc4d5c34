-- Structure 0.6.0: points noirs (hotspots kept as managed objects) and their reports.
-- Upgrade 0.5.0 -> 0.6.0 (see docs/DEVELOPER_GUIDE.md, "The database structure").
--
-- A point noir is a polygon saved from a hotspot analysis or drawn by hand, with a status, an
-- owner service, notes and a works date. The reports falling in it (of its categories, or all
-- when it has none) are linked in point_noir_signalement: on arrival (one set-based statement
-- per INSERT, like the routing), when a report moves or changes category, and again when the
-- point noir's polygon or categories change. Every change of a point noir is kept in a history.

CREATE TABLE gup_signalement.point_noir (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nom text NOT NULL CHECK (btrim(nom) <> ''),
    geom geometry(MultiPolygon, 2154) NOT NULL CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
    categories text[] NOT NULL DEFAULT '{}',
    statut text NOT NULL DEFAULT 'watch'
        CHECK (statut IN ('watch', 'action_plan', 'works_planned', 'resolved')),
    service_id integer REFERENCES gup_signalement.service (id),
    notes text,
    date_travaux date,
    origine text,
    cree_par text NOT NULL DEFAULT gup_signalement.current_author(),
    cree_le timestamptz NOT NULL DEFAULT now(),
    modifie_par text,
    modifie_le timestamptz
);
COMMENT ON TABLE gup_signalement.point_noir IS 'Points noirs: places where reports keep coming back, followed as managed objects';
COMMENT ON COLUMN gup_signalement.point_noir.categories IS 'Categories followed (codes; a sub-category report counts for its parent); empty = all reports';
COMMENT ON COLUMN gup_signalement.point_noir.statut IS 'watch (Surveillance), action_plan (Plan d''action), works_planned (Travaux programmés), resolved (Résolu)';
COMMENT ON COLUMN gup_signalement.point_noir.date_travaux IS 'Day the works were done: reports of that day count after them';
COMMENT ON COLUMN gup_signalement.point_noir.origine IS 'Where the polygon comes from (the hotspot analysis and its choices, or a drawing)';

CREATE TABLE gup_signalement.point_noir_signalement (
    point_noir_id integer NOT NULL REFERENCES gup_signalement.point_noir (id) ON DELETE CASCADE,
    signalement_id bigint NOT NULL REFERENCES gup_signalement.signalement (id) ON DELETE CASCADE,
    PRIMARY KEY (point_noir_id, signalement_id)
);
COMMENT ON TABLE gup_signalement.point_noir_signalement IS 'Reports falling in a point noir (kept up to date by triggers)';

CREATE TABLE gup_signalement.point_noir_historique (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    point_noir_id integer NOT NULL,
    operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    modifie_par text NOT NULL,
    modifie_le timestamptz NOT NULL DEFAULT now(),
    ancienne_valeur jsonb,
    nouvelle_valeur jsonb
);
COMMENT ON TABLE gup_signalement.point_noir_historique IS 'Audit trail of the points noirs (who, when, old -> new)';

CREATE INDEX point_noir_geom_idx ON gup_signalement.point_noir USING gist (geom);
CREATE INDEX point_noir_signalement_report_idx ON gup_signalement.point_noir_signalement (signalement_id);
CREATE INDEX point_noir_historique_idx ON gup_signalement.point_noir_historique (point_noir_id);

-- Does a report of this category / sub-category count for a point noir of these categories?
CREATE FUNCTION gup_signalement.point_noir_follows(categories text[], category text,
                                                   sub_category text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT cardinality(categories) = 0 OR category = ANY (categories)
        OR sub_category = ANY (categories)
$$;

-- Links of the given reports (NULL: all) to the given points noirs (NULL: all), replaced.
CREATE FUNCTION gup_signalement.relink_points_noirs(p_points integer[],
                                                    p_reports bigint[]) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    linked bigint;
BEGIN
    DELETE FROM gup_signalement.point_noir_signalement l
    WHERE (p_points IS NULL OR l.point_noir_id = ANY (p_points))
      AND (p_reports IS NULL OR l.signalement_id = ANY (p_reports));
    INSERT INTO gup_signalement.point_noir_signalement (point_noir_id, signalement_id)
    SELECT p.id, s.id
    FROM gup_signalement.point_noir p
    JOIN gup_signalement.signalement s ON ST_Intersects(p.geom, s.geom)
    WHERE (p_points IS NULL OR p.id = ANY (p_points))
      AND (p_reports IS NULL OR s.id = ANY (p_reports))
      AND gup_signalement.point_noir_follows(p.categories, s.categorie_code, s.sous_categorie_code);
    GET DIAGNOSTICS linked = ROW_COUNT;
    RETURN linked;
END $$;

-- Reports on arrival: one statement links every report the INSERT brought.
CREATE FUNCTION gup_signalement.link_arrived_reports() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO gup_signalement.point_noir_signalement (point_noir_id, signalement_id)
    SELECT p.id, a.id
    FROM arrived a
    JOIN gup_signalement.point_noir p ON ST_Intersects(p.geom, a.geom)
    WHERE gup_signalement.point_noir_follows(p.categories, a.categorie_code, a.sous_categorie_code);
    RETURN NULL;
END $$;

CREATE TRIGGER signalement_point_noir_arrival
    AFTER INSERT ON gup_signalement.signalement
    REFERENCING NEW TABLE AS arrived
    FOR EACH STATEMENT EXECUTE FUNCTION gup_signalement.link_arrived_reports();

-- A report moved or re-categorised (PostgreSQL allows no transition table with a column list).
CREATE FUNCTION gup_signalement.relink_report() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gup_signalement.relink_points_noirs(NULL, ARRAY[NEW.id]);
    RETURN NULL;
END $$;

CREATE TRIGGER signalement_point_noir_relink
    AFTER UPDATE OF geom, categorie_code, sous_categorie_code ON gup_signalement.signalement
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.relink_report();

-- A point noir created, or its polygon or categories changed: its links are rebuilt.
CREATE FUNCTION gup_signalement.relink_point_noir() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gup_signalement.relink_points_noirs(ARRAY[NEW.id], NULL);
    RETURN NULL;
END $$;

CREATE TRIGGER point_noir_link_insert
    AFTER INSERT ON gup_signalement.point_noir
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.relink_point_noir();

CREATE TRIGGER point_noir_link_update
    AFTER UPDATE OF geom, categories ON gup_signalement.point_noir
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.relink_point_noir();

-- Who changed it last, and when.
CREATE FUNCTION gup_signalement.stamp_point_noir() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.modifie_par := gup_signalement.current_author();
    NEW.modifie_le := now();
    RETURN NEW;
END $$;

CREATE TRIGGER point_noir_stamp
    BEFORE UPDATE ON gup_signalement.point_noir
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.stamp_point_noir();

-- The value of a point noir as kept in the history (the stamps left out).
CREATE FUNCTION gup_signalement.point_noir_value(p gup_signalement.point_noir) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object(
        'nom', p.nom, 'statut', p.statut, 'categories', p.categories,
        'service_id', p.service_id, 'notes', p.notes, 'date_travaux', p.date_travaux,
        'origine', p.origine, 'geom', ST_AsEWKT(p.geom))
$$;

CREATE FUNCTION gup_signalement.log_point_noir_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND gup_signalement.point_noir_value(OLD) = gup_signalement.point_noir_value(NEW) THEN
        RETURN NULL;
    END IF;
    INSERT INTO gup_signalement.point_noir_historique
        (point_noir_id, operation, modifie_par, ancienne_valeur, nouvelle_valeur)
    VALUES (
        CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END,
        TG_OP,
        gup_signalement.current_author(),
        CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE gup_signalement.point_noir_value(OLD) END,
        CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE gup_signalement.point_noir_value(NEW) END);
    RETURN NULL;
END $$;

CREATE TRIGGER point_noir_history
    AFTER INSERT OR UPDATE OR DELETE ON gup_signalement.point_noir
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.log_point_noir_change();
