-- Structure 0.3.0: incoming channels (Open311 feeds, files, phone), quarantine, sync runs.
-- Upgrade 0.2.0 -> 0.3.0 (see docs/DEVELOPER_GUIDE.md, "The database structure").
--
-- A report is stored once per (source, id_externe): in signalement when the data-quality guard
-- trusts it, else in quarantaine with its reasons, until a person fixes and releases it (or
-- rejects it). Nothing is dropped: what could not be read is kept as received (donnees_source).

-- Where reports come from. nom is the value of signalement.source / quarantaine.source.
CREATE TABLE gup_signalement.source (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nom text NOT NULL UNIQUE CHECK (nom ~ '^[a-z0-9][a-z0-9_.\-]{0,62}$'),
    libelle text,
    type text NOT NULL CHECK (type IN ('open311', 'fichier', 'telephone')),
    url text CHECK (type <> 'open311' OR url ~ '^https?://'),
    jurisdiction_id text,
    authcfg text,
    format text NOT NULL DEFAULT 'json' CHECK (format IN ('json', 'xml')),
    taille_page integer DEFAULT 500 CHECK (taille_page IS NULL OR taille_page > 0),
    fuseau text NOT NULL DEFAULT 'Europe/Paris',
    audience text NOT NULL DEFAULT 'public' CHECK (audience IN ('agents', 'public')),
    synchro_depuis timestamptz,
    relecture_jours integer NOT NULL DEFAULT 7 CHECK (relecture_jours >= 0),
    derniere_synchro timestamptz,
    curseur jsonb,
    actif boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE gup_signalement.source IS 'Incoming channels: Open311 feeds, files, phone entry';
COMMENT ON COLUMN gup_signalement.source.authcfg IS 'Id of the QGIS authentication configuration holding the API key (the key itself is never stored here)';
COMMENT ON COLUMN gup_signalement.source.synchro_depuis IS 'Start of the first synchronisation (requested_datetime)';
COMMENT ON COLUMN gup_signalement.source.relecture_jours IS 'An incremental sync re-reads this many days before the last one, to catch updates of recent requests';
COMMENT ON COLUMN gup_signalement.source.derniere_synchro IS 'End of the last complete synchronisation: the next one starts there (minus relecture_jours)';
COMMENT ON COLUMN gup_signalement.source.curseur IS 'Last page stored by an unfinished synchronisation: the next run resumes after it';

-- External service codes of a source -> our categories. Unmapped codes go to quarantine (to sort).
CREATE TABLE gup_signalement.correspondance_categorie (
    source_id integer NOT NULL REFERENCES gup_signalement.source (id) ON DELETE CASCADE,
    code_externe text NOT NULL,
    categorie_code text NOT NULL REFERENCES gup_signalement.categorie (code) ON UPDATE CASCADE,
    PRIMARY KEY (source_id, code_externe)
);
COMMENT ON TABLE gup_signalement.correspondance_categorie IS 'Mapping of a source''s service codes to our categories';

ALTER TABLE gup_signalement.signalement
    ADD COLUMN statut text NOT NULL DEFAULT 'open' CHECK (statut IN ('open', 'closed')),
    ADD COLUMN date_maj timestamptz,
    ADD COLUMN adresse text,
    ADD COLUMN media_url text,
    ADD COLUMN code_service_externe text,
    ADD COLUMN empreinte text,
    ADD COLUMN donnees_source jsonb;
COMMENT ON COLUMN gup_signalement.signalement.empreinte IS 'Fingerprint of the record as received: a sync that reads it again unchanged writes nothing';

-- Sum of two count objects: {"a": 1} + {"a": 2, "b": 1} = {"a": 3, "b": 1}.
CREATE FUNCTION gup_signalement.add_counts(a jsonb, b jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(jsonb_object_agg(key, total), '{}')
    FROM (SELECT key, sum(value::integer) AS total
          FROM (SELECT * FROM jsonb_each_text(a) UNION ALL SELECT * FROM jsonb_each_text(b)) e
          GROUP BY key) t
$$;

-- One row per synchronisation or import run, with its counts.
CREATE TABLE gup_signalement.synchronisation (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text NOT NULL,
    debut timestamptz NOT NULL DEFAULT now(),
    fin timestamptz,
    etat text NOT NULL DEFAULT 'running' CHECK (etat IN ('running', 'done', 'failed', 'canceled')),
    par text NOT NULL DEFAULT gup_signalement.current_author(),
    fenetre_debut timestamptz,
    fenetre_fin timestamptz,
    pages integer NOT NULL DEFAULT 0,
    lus integer NOT NULL DEFAULT 0,
    nouveaux integer NOT NULL DEFAULT 0,
    mis_a_jour integer NOT NULL DEFAULT 0,
    inchanges integer NOT NULL DEFAULT 0,
    quarantaine integer NOT NULL DEFAULT 0,
    liberes integer NOT NULL DEFAULT 0,
    quarantaine_par_raison jsonb NOT NULL DEFAULT '{}',
    routage_par_statut jsonb NOT NULL DEFAULT '{}',
    message text
);
COMMENT ON TABLE gup_signalement.synchronisation IS 'Runs of the incoming channels: read, new, updated, unchanged, quarantined (per reason), routed';

-- Reports the data-quality guard did not trust, with why, editable by a person and released.
CREATE TABLE gup_signalement.quarantaine (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text NOT NULL,
    id_externe text NOT NULL,
    etat text NOT NULL DEFAULT 'pending' CHECK (etat IN ('pending', 'released', 'rejected')),
    raisons text[] NOT NULL,
    details jsonb NOT NULL DEFAULT '[]',
    emplacement text,
    code_service_externe text,
    libelle_service_externe text,
    categorie_code text REFERENCES gup_signalement.categorie (code) ON UPDATE CASCADE,
    statut text,
    description text,
    adresse text,
    media_url text,
    date_signalement timestamptz,
    date_maj timestamptz,
    longitude double precision,
    latitude double precision,
    geom geometry(Point, 2154),
    audience text NOT NULL DEFAULT 'public' CHECK (audience IN ('agents', 'public')),
    donnees_source jsonb,
    empreinte text,
    recu_le timestamptz NOT NULL DEFAULT now(),
    synchronisation_id bigint REFERENCES gup_signalement.synchronisation (id) ON DELETE SET NULL,
    traite_par text,
    traite_le timestamptz,
    motif_rejet text,
    signalement_id bigint REFERENCES gup_signalement.signalement (id) ON DELETE SET NULL,
    UNIQUE (source, id_externe)
);
COMMENT ON TABLE gup_signalement.quarantaine IS 'Incoming reports kept aside with their reasons until a person fixes and releases (or rejects) them';
COMMENT ON COLUMN gup_signalement.quarantaine.categorie_code IS 'Our category, chosen by a person when the external code is unknown';
COMMENT ON COLUMN gup_signalement.quarantaine.geom IS 'The point when longitude/latitude can be placed (kept in step with them by a trigger)';

CREATE INDEX synchronisation_source_idx ON gup_signalement.synchronisation (source, debut);
CREATE INDEX quarantaine_geom_idx ON gup_signalement.quarantaine USING gist (geom);
CREATE INDEX quarantaine_etat_idx ON gup_signalement.quarantaine (etat);

-- The map point of longitude/latitude, when they can be degrees (NULL otherwise).
CREATE FUNCTION gup_signalement.quarantine_point(lon double precision, lat double precision)
RETURNS geometry
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN lon BETWEEN -180 AND 180 AND lat BETWEEN -90 AND 90
                THEN ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 2154) END
$$;

-- Keep the quarantine point and its longitude/latitude in step when a person edits them:
-- moving the point on the map updates the coordinates, typing coordinates moves the point.
-- (The plugin writes both on insert.)
CREATE FUNCTION gup_signalement.sync_quarantine_point() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.longitude IS NOT DISTINCT FROM OLD.longitude AND NEW.latitude IS NOT DISTINCT FROM OLD.latitude THEN
        IF NEW.geom IS DISTINCT FROM OLD.geom AND NEW.geom IS NOT NULL THEN
            SELECT ST_X(p), ST_Y(p) INTO NEW.longitude, NEW.latitude
            FROM ST_Transform(NEW.geom, 4326) AS p;
        END IF;
    ELSE
        NEW.geom := gup_signalement.quarantine_point(NEW.longitude, NEW.latitude);
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER quarantaine_point
    BEFORE UPDATE ON gup_signalement.quarantaine
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.sync_quarantine_point();

-- Routing on arrival, set-based: each INSERT statement routes all the reports it inserted in
-- one reroute() (a page of a thousand reports costs one set-based routing, not a thousand
-- per-row calls). An edit of a report's place, category, audience or date still re-routes it
-- row by row, before the update.
DROP TRIGGER signalement_route ON gup_signalement.signalement;
CREATE TRIGGER signalement_route
    BEFORE UPDATE OF geom, categorie_code, sous_categorie_code, audience, date_signalement
    ON gup_signalement.signalement
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.route_report();

-- reroute() of a few ids must not scan the whole table: the statement is built for the case at
-- hand (dynamic SQL is planned with the actual ids), so a page of arrivals uses the primary key.
CREATE OR REPLACE FUNCTION gup_signalement.reroute(p_ids bigint[] DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
BEGIN
    EXECUTE format($sql$
    UPDATE gup_signalement.signalement t
    SET statut_routage = n.statut_routage, code_insee = n.code_insee, service_id = n.service_id,
        services_supplementaires = n.services_supplementaires, perimetre_id = n.perimetre_id,
        raison_code = n.raison_code, raison = n.raison, route_le = now()
    FROM (
        SELECT s.id, r.*
        FROM gup_signalement.signalement s
        CROSS JOIN LATERAL gup_signalement.route(s.geom, s.categorie_code, s.sous_categorie_code,
                                                 s.audience, gup_signalement.report_day(s.date_signalement)) r
        WHERE NOT s.routage_manuel AND %s
    ) n
    WHERE t.id = n.id
      AND (t.statut_routage, t.code_insee, t.service_id, t.services_supplementaires, t.perimetre_id,
           t.raison_code, t.raison)
          IS DISTINCT FROM
          (n.statut_routage, n.code_insee, n.service_id, n.services_supplementaires, n.perimetre_id,
           n.raison_code, n.raison)
    $sql$, CASE WHEN p_ids IS NULL THEN 'true' ELSE 's.id = ANY ($1)' END) USING p_ids;
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END $$;

CREATE FUNCTION gup_signalement.route_arrived_reports() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gup_signalement.reroute(ARRAY(SELECT id FROM arrived));
    RETURN NULL;
END $$;

CREATE TRIGGER signalement_route_arrival
    AFTER INSERT ON gup_signalement.signalement
    REFERENCING NEW TABLE AS arrived
    FOR EACH STATEMENT EXECUTE FUNCTION gup_signalement.route_arrived_reports();
