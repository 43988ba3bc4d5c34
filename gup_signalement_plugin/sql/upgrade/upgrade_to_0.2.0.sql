-- Structure 0.2.0: services, competence perimeters, reports and their routing.
-- Upgrade 0.1.0 -> 0.2.0 (see docs/DEVELOPER_GUIDE.md, "The database structure").
--
-- Routing rules (the Python core, core/routing.py, applies the same ones; a parity test checks it):
--  1. commune: the commune whose polygon intersects the point; on a shared border the lowest
--     INSEE code. No commune -> 'quarantine' ('outside_territory').
--  2. opening: the cell (commune, top-level category) must be open to the report's audience on
--     the report's day (Europe/Paris) and, when the cell has an experiment perimeter, the point
--     must intersect it. Otherwise 'not_open' ('category_not_open' / 'outside_experiment').
--  3. perimeters intersecting the point (border included), of an active service, valid on the
--     day, whose categories are NULL (all) or contain the report's category, its parent or its
--     sub-category. Among those NOT flagged destinataire_supplementaire: the LARGER priorite
--     wins, then the smaller surface, then the lower id. None -> 'triage'
--     ('no_competent_service'). Flagged perimeters add their services as extra recipients.

CREATE TABLE gup_signalement.service (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nom text NOT NULL UNIQUE CHECK (btrim(nom) <> ''),
    type text NOT NULL CHECK (type IN ('commune', 'ept', 'syndicat', 'bailleur', 'autre')),
    code_insee varchar(5) REFERENCES gup_signalement.commune (code_insee) ON UPDATE CASCADE ON DELETE SET NULL,
    emails text[] NOT NULL DEFAULT '{}',
    actif boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE gup_signalement.service IS 'Services that handle reports: commune, EPT, syndicat, bailleur or other';

CREATE TABLE gup_signalement.perimetre_competence (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id integer NOT NULL REFERENCES gup_signalement.service (id) ON DELETE CASCADE,
    nom text NOT NULL CHECK (btrim(nom) <> ''),
    geom geometry(MultiPolygon, 2154) NOT NULL CHECK (NOT ST_IsEmpty(geom) AND ST_IsValid(geom)),
    surface double precision GENERATED ALWAYS AS (ST_Area(geom)) STORED,
    categories text[] CHECK (categories IS NULL OR cardinality(categories) > 0),
    priorite integer NOT NULL DEFAULT 0,
    destinataire_supplementaire boolean NOT NULL DEFAULT false,
    valide_du date,
    valide_au date,
    CHECK (valide_au IS NULL OR valide_du IS NULL OR valide_au >= valide_du)
);
COMMENT ON TABLE gup_signalement.perimetre_competence IS 'Where a service is competent, for which categories (NULL = all), with a priority (larger wins)';
COMMENT ON COLUMN gup_signalement.perimetre_competence.destinataire_supplementaire IS 'The service receives the reports of this perimeter in copy; the perimeter does not compete for the main service';

CREATE TABLE gup_signalement.signalement (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text NOT NULL DEFAULT 'qgis',
    id_externe text,
    categorie_code text NOT NULL REFERENCES gup_signalement.categorie (code) ON UPDATE CASCADE,
    sous_categorie_code text REFERENCES gup_signalement.categorie (code) ON UPDATE CASCADE,
    audience text NOT NULL CHECK (audience IN ('agents', 'public')),
    date_signalement timestamptz NOT NULL DEFAULT now(),
    description text,
    geom geometry(Point, 2154) NOT NULL,
    saisi_le timestamptz NOT NULL DEFAULT now(),
    routage_manuel boolean NOT NULL DEFAULT false,
    statut_routage text CHECK (statut_routage IN ('routed', 'triage', 'not_open', 'quarantine')),
    code_insee varchar(5),
    service_id integer REFERENCES gup_signalement.service (id),
    services_supplementaires integer[] NOT NULL DEFAULT '{}',
    perimetre_id integer,
    raison_code text,
    raison text,
    route_le timestamptz,
    UNIQUE (source, id_externe)
);
COMMENT ON TABLE gup_signalement.signalement IS 'Reports; routed on arrival by a trigger, re-routed in bulk by reroute()';
COMMENT ON COLUMN gup_signalement.signalement.routage_manuel IS 'Routing set by a person: neither the trigger nor reroute() change it';

CREATE INDEX service_commune_idx ON gup_signalement.service (code_insee);
CREATE INDEX perimetre_competence_geom_idx ON gup_signalement.perimetre_competence USING gist (geom);
CREATE INDEX perimetre_competence_service_idx ON gup_signalement.perimetre_competence (service_id);
CREATE INDEX signalement_geom_idx ON gup_signalement.signalement USING gist (geom);
CREATE INDEX signalement_service_idx ON gup_signalement.signalement (service_id);
CREATE INDEX signalement_statut_idx ON gup_signalement.signalement (statut_routage);

-- Categories of a perimeter must exist in the catalogue (no foreign key on an array).
CREATE FUNCTION gup_signalement.check_perimeter_categories() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    unknown text;
BEGIN
    SELECT string_agg(u.code, ', ' ORDER BY u.code) INTO unknown
    FROM unnest(NEW.categories) AS u (code)
    WHERE NOT EXISTS (SELECT 1 FROM gup_signalement.categorie c WHERE c.code = u.code);
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'perimeter %: unknown categor(y/ies) %', NEW.nom, unknown
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER perimetre_competence_categories_check
    BEFORE INSERT OR UPDATE OF categories ON gup_signalement.perimetre_competence
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.check_perimeter_categories();

-- The day of a report, in the territory's time zone.
CREATE FUNCTION gup_signalement.report_day(moment timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
    SELECT (moment AT TIME ZONE 'Europe/Paris')::date
$$;

-- The French sentence explaining a routing result (core/routing.py builds the same one).
CREATE FUNCTION gup_signalement.routing_sentence(
    code text, commune text, categorie text, audience text, message text,
    perimetre text, service text, priorite integer,
    perimetre2 text, service2 text, priorite2 integer, copies text)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE code
        WHEN 'outside_territory' THEN
            'Point hors des communes du territoire : signalement mis en quarantaine.'
        ELSE format('%s, catégorie %s : ', commune, categorie) || CASE code
            WHEN 'category_not_open' THEN
                format('catégorie non ouverte %s à cette date.',
                       CASE audience WHEN 'agents' THEN 'aux agents' ELSE 'au public' END)
                || coalesce(' ' || message, '')
            WHEN 'outside_experiment' THEN
                'point hors du périmètre d''expérimentation de la catégorie.'
                || coalesce(' ' || message, '')
            WHEN 'no_competent_service' THEN
                'aucun périmètre de compétence ne couvre ce point pour cette catégorie à cette date ; à trier.'
            ELSE format('périmètre « %s » du service %s, priorité %s', perimetre, service, priorite)
                || CASE code
                    WHEN 'single_perimeter' THEN ', seul périmètre compétent.'
                    WHEN 'higher_priority' THEN format(' devant « %s » du service %s, priorité %s.',
                                                       perimetre2, service2, priorite2)
                    WHEN 'smaller_perimeter' THEN format(', plus petit que « %s » du service %s à priorité égale.',
                                                         perimetre2, service2)
                    ELSE format(', à égalité avec « %s » du service %s (priorité et surface) : départagé par le numéro de périmètre.',
                                perimetre2, service2)
                   END
            END
        END
        || CASE WHEN copies IS NOT NULL AND code IN ('single_perimeter', 'higher_priority',
                     'smaller_perimeter', 'lowest_id', 'no_competent_service')
                THEN format(' En copie : %s.', copies) ELSE '' END
$$;

-- Routing of one report. A single SELECT, so PostgreSQL inlines it when called in FROM
-- (reroute() below calls it LATERAL over the whole table; the trigger calls it for one row).
CREATE FUNCTION gup_signalement.route(
    p_geom geometry, p_categorie text, p_sous_categorie text, p_audience text, p_jour date)
RETURNS TABLE (statut_routage text, code_insee varchar, service_id integer,
               services_supplementaires integer[], perimetre_id integer,
               raison_code text, raison text)
LANGUAGE sql STABLE AS $$
    SELECT d.statut, d.code_insee, d.service_id, d.copies, d.perimetre_id, d.code,
           gup_signalement.routing_sentence(d.code, d.commune, d.label, p_audience, d.message,
               d.p_noms[1], d.s_noms[1], d.prios[1], d.p_noms[2], d.s_noms[2], d.prios[2],
               d.copies_noms)
    FROM (
        SELECT CASE WHEN c.code_insee IS NULL THEN 'quarantine'
                    WHEN NOT o.ouvert OR NOT o.dans_experimentation THEN 'not_open'
                    WHEN m.ids IS NULL THEN 'triage'
                    ELSE 'routed' END AS statut,
               CASE WHEN c.code_insee IS NULL THEN 'outside_territory'
                    WHEN NOT o.ouvert THEN 'category_not_open'
                    WHEN NOT o.dans_experimentation THEN 'outside_experiment'
                    WHEN m.ids IS NULL THEN 'no_competent_service'
                    WHEN m.ids[2] IS NULL THEN 'single_perimeter'
                    WHEN m.prios[1] > m.prios[2] THEN 'higher_priority'
                    WHEN m.surfaces[1] < m.surfaces[2] THEN 'smaller_perimeter'
                    ELSE 'lowest_id' END AS code,
               c.code_insee, c.nom AS commune, k.label,
               coalesce(o.message, c.message_fermeture_defaut) AS message,
               CASE WHEN o.ouvert AND o.dans_experimentation THEN m.services[1] END AS service_id,
               CASE WHEN o.ouvert AND o.dans_experimentation THEN m.ids[1] END AS perimetre_id,
               m.p_noms, m.s_noms, m.prios,
               coalesce(x.ids, '{}') AS copies, x.noms AS copies_noms
        FROM (SELECT 1) AS one
        LEFT JOIN LATERAL (
            SELECT cm.code_insee, cm.nom, cm.message_fermeture_defaut
            FROM gup_signalement.commune cm
            WHERE ST_Intersects(cm.geom, p_geom)
            ORDER BY cm.code_insee LIMIT 1) c ON true
        LEFT JOIN LATERAL (
            SELECT coalesce(ct.parent_code, ct.code) AS top,
                   ARRAY[ct.code, ct.parent_code, p_sous_categorie] AS keys,
                   (SELECT sc.libelle_interne FROM gup_signalement.categorie sc
                    WHERE sc.code = coalesce(p_sous_categorie, p_categorie)) AS label
            FROM gup_signalement.categorie ct WHERE ct.code = p_categorie) k ON true
        LEFT JOIN LATERAL (
            SELECT coalesce(gup_signalement.stage_on(cc.etape, cc.valide_du, cc.valide_au, p_jour)
                            IN ('agents', 'public')
                            AND (p_audience = 'agents' OR gup_signalement.stage_on(
                                 cc.etape, cc.valide_du, cc.valide_au, p_jour) = 'public'),
                            false) AS ouvert,
                   (cc.perimetre_experimentation IS NULL
                    OR ST_Intersects(cc.perimetre_experimentation, p_geom)) AS dans_experimentation,
                   cc.message_fermeture AS message
            FROM (SELECT 1) AS one
            LEFT JOIN gup_signalement.commune_categorie cc
                   ON cc.code_insee = c.code_insee AND cc.categorie_code = k.top) o ON true
        LEFT JOIN LATERAL (
            SELECT array_agg(p.id ORDER BY p.priorite DESC, p.surface, p.id) AS ids,
                   array_agg(p.service_id ORDER BY p.priorite DESC, p.surface, p.id) AS services,
                   array_agg(p.priorite ORDER BY p.priorite DESC, p.surface, p.id) AS prios,
                   array_agg(p.surface ORDER BY p.priorite DESC, p.surface, p.id) AS surfaces,
                   array_agg(p.nom ORDER BY p.priorite DESC, p.surface, p.id) AS p_noms,
                   array_agg(s.nom ORDER BY p.priorite DESC, p.surface, p.id) AS s_noms
            FROM gup_signalement.perimetre_competence p
            JOIN gup_signalement.service s ON s.id = p.service_id AND s.actif
            WHERE c.code_insee IS NOT NULL AND NOT p.destinataire_supplementaire
              AND ST_Intersects(p.geom, p_geom)
              AND (p.categories IS NULL OR p.categories && k.keys)
              AND (p.valide_du IS NULL OR p.valide_du <= p_jour)
              AND (p.valide_au IS NULL OR p.valide_au >= p_jour)) m ON true
        LEFT JOIN LATERAL (
            SELECT array_agg(s.id ORDER BY s.id) AS ids,
                   string_agg(s.nom, ', ' ORDER BY s.id) AS noms
            FROM gup_signalement.service s
            WHERE s.actif AND s.id IS DISTINCT FROM m.services[1]
              AND o.ouvert AND o.dans_experimentation
              AND EXISTS (
                  SELECT 1 FROM gup_signalement.perimetre_competence p
                  WHERE p.service_id = s.id AND p.destinataire_supplementaire
                    AND ST_Intersects(p.geom, p_geom)
                    AND (p.categories IS NULL OR p.categories && k.keys)
                    AND (p.valide_du IS NULL OR p.valide_du <= p_jour)
                    AND (p.valide_au IS NULL OR p.valide_au >= p_jour))) x ON true
    ) d
$$;

-- Route a report when it arrives or when what routing depends on changes (any client).
CREATE FUNCTION gup_signalement.route_report() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    IF NEW.routage_manuel THEN
        RETURN NEW;
    END IF;
    SELECT * INTO r FROM gup_signalement.route(NEW.geom, NEW.categorie_code, NEW.sous_categorie_code,
                                               NEW.audience, gup_signalement.report_day(NEW.date_signalement));
    NEW.statut_routage := r.statut_routage;
    NEW.code_insee := r.code_insee;
    NEW.service_id := r.service_id;
    NEW.services_supplementaires := r.services_supplementaires;
    NEW.perimetre_id := r.perimetre_id;
    NEW.raison_code := r.raison_code;
    NEW.raison := r.raison;
    NEW.route_le := now();
    RETURN NEW;
END $$;

CREATE TRIGGER signalement_route
    BEFORE INSERT OR UPDATE OF geom, categorie_code, sous_categorie_code, audience, date_signalement
    ON gup_signalement.signalement
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.route_report();

-- Re-route reports in one statement (all when p_ids is NULL); manual routings are kept.
-- Only rows whose result changes are written. Returns the number of rows changed.
CREATE FUNCTION gup_signalement.reroute(p_ids bigint[] DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
BEGIN
    UPDATE gup_signalement.signalement t
    SET statut_routage = n.statut_routage, code_insee = n.code_insee, service_id = n.service_id,
        services_supplementaires = n.services_supplementaires, perimetre_id = n.perimetre_id,
        raison_code = n.raison_code, raison = n.raison, route_le = now()
    FROM (
        SELECT s.id, r.*
        FROM gup_signalement.signalement s
        CROSS JOIN LATERAL gup_signalement.route(s.geom, s.categorie_code, s.sous_categorie_code,
                                                 s.audience, gup_signalement.report_day(s.date_signalement)) r
        WHERE NOT s.routage_manuel AND (p_ids IS NULL OR s.id = ANY (p_ids))
    ) n
    WHERE t.id = n.id
      AND (t.statut_routage, t.code_insee, t.service_id, t.services_supplementaires, t.perimetre_id,
           t.raison_code, t.raison)
          IS DISTINCT FROM
          (n.statut_routage, n.code_insee, n.service_id, n.services_supplementaires, n.perimetre_id,
           n.raison_code, n.raison);
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END $$;
