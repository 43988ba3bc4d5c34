-- Structure 0.5.0: triage (issue 12). Assignments of a report to services, follow-ups, an
-- append-only history, refusal reasons, triage settings, which role acts for which service,
-- the triage status, expected date (French working days) and version of each report.
-- Upgrade 0.4.0 -> 0.5.0 (see docs/DEVELOPER_GUIDE.md, "The database structure" and
-- docs/TRIAGE.md: statuses and transitions are those of core/workflow.py).

-- Every allowed status change, the same list as core/workflow.py TRANSITIONS (a test compares).
CREATE TABLE gup_signalement.transition_statut (
    niveau text NOT NULL CHECK (niveau IN ('report', 'assignment')),
    de text NOT NULL,
    vers text NOT NULL,
    PRIMARY KEY (niveau, de, vers),
    CHECK (de <> vers)
);
COMMENT ON TABLE gup_signalement.transition_statut IS 'Allowed status changes of reports and assignments (core/workflow.py TRANSITIONS); triggers refuse any other';
INSERT INTO gup_signalement.transition_statut (niveau, de, vers) VALUES
    ('assignment', 'pending', 'accepted'), ('assignment', 'pending', 'refused'),
    ('assignment', 'accepted', 'closed'), ('assignment', 'closed', 'accepted'),
    ('assignment', 'pending', 'withdrawn'), ('assignment', 'accepted', 'withdrawn'),
    ('assignment', 'refused', 'pending'), ('assignment', 'withdrawn', 'pending'),
    ('report', 'new', 'in_progress'), ('report', 'new', 'to_triage'), ('report', 'new', 'closed'),
    ('report', 'new', 'duplicate'), ('report', 'in_progress', 'new'),
    ('report', 'in_progress', 'closed'), ('report', 'in_progress', 'duplicate'),
    ('report', 'to_triage', 'new'), ('report', 'to_triage', 'closed'),
    ('report', 'to_triage', 'duplicate'), ('report', 'closed', 'in_progress'),
    ('report', 'closed', 'to_triage'), ('report', 'closed', 'new'),
    ('report', 'duplicate', 'new'), ('report', 'duplicate', 'in_progress'),
    ('report', 'duplicate', 'to_triage'), ('report', 'duplicate', 'closed');

-- Refusal reasons, edited by the administrator.
CREATE TABLE gup_signalement.motif_refus (
    code text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9_]{0,62}$'),
    libelle text NOT NULL CHECK (btrim(libelle) <> ''),
    texte_requis boolean NOT NULL DEFAULT false,
    actif boolean NOT NULL DEFAULT true,
    ordre integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE gup_signalement.motif_refus IS 'Reasons a service may give to refuse its part of a report (admin-edited list)';
COMMENT ON COLUMN gup_signalement.motif_refus.texte_requis IS 'The service must explain the refusal in a free text (e.g. "other")';
INSERT INTO gup_signalement.motif_refus (code, libelle, texte_requis, ordre) VALUES
    ('out_of_competence', 'Hors compétence', false, 10),
    ('out_of_perimeter', 'Hors périmètre', false, 20),
    ('duplicate', 'Doublon', false, 30),
    ('other', 'Autre (préciser)', true, 40);

-- Triage settings: one row.
CREATE TABLE gup_signalement.parametre_triage (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    doublon_distance_m double precision NOT NULL DEFAULT 50 CHECK (doublon_distance_m >= 0),
    doublon_fenetre_jours integer NOT NULL DEFAULT 7 CHECK (doublon_fenetre_jours >= 0),
    relance_sans_reponse_jours_ouvres integer NOT NULL DEFAULT 3
        CHECK (relance_sans_reponse_jours_ouvres > 0),
    relance_sans_suivi_jours integer NOT NULL DEFAULT 20 CHECK (relance_sans_suivi_jours > 0)
);
COMMENT ON TABLE gup_signalement.parametre_triage IS 'Triage settings (one row): duplicate suggestions distance and window, reminder delays';
INSERT INTO gup_signalement.parametre_triage DEFAULT VALUES;

-- Which database role acts for which service (the access-rights issue enforces it).
CREATE TABLE gup_signalement.role_service (
    role_name text PRIMARY KEY,
    service_id integer NOT NULL REFERENCES gup_signalement.service (id) ON DELETE CASCADE
);
COMMENT ON TABLE gup_signalement.role_service IS 'Database role -> the service it acts for (no row: the triage operator)';

CREATE FUNCTION gup_signalement.current_service() RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT service_id FROM gup_signalement.role_service WHERE role_name = current_user::text
$$;

-- Triage columns of a report.
ALTER TABLE gup_signalement.signalement
    ADD COLUMN statut_traitement text NOT NULL DEFAULT 'new'
        CHECK (statut_traitement IN ('new', 'in_progress', 'to_triage', 'closed', 'duplicate')),
    ADD COLUMN cloture_par_operateur boolean NOT NULL DEFAULT false,
    ADD COLUMN cloture_le timestamptz,
    ADD COLUMN doublon_de bigint REFERENCES gup_signalement.signalement (id) ON DELETE SET NULL,
    ADD COLUMN date_prevue date,
    ADD COLUMN motif_routage_manuel text,
    ADD COLUMN version integer NOT NULL DEFAULT 1,
    ADD COLUMN modifie_par text,
    ADD COLUMN modifie_le timestamptz,
    ADD CONSTRAINT signalement_doublon_de_soi CHECK (doublon_de IS DISTINCT FROM id),
    ADD CONSTRAINT signalement_routage_manuel_motif
        CHECK (NOT routage_manuel OR motif_routage_manuel IS NULL OR btrim(motif_routage_manuel) <> '');
COMMENT ON COLUMN gup_signalement.signalement.statut_traitement IS 'Triage status (core/workflow.py): new, in_progress, to_triage, closed, duplicate; derived from the assignments';
COMMENT ON COLUMN gup_signalement.signalement.cloture_par_operateur IS 'The triage operator closed the whole report';
COMMENT ON COLUMN gup_signalement.signalement.cloture_le IS 'When the report became closed';
COMMENT ON COLUMN gup_signalement.signalement.doublon_de IS 'The original this report duplicates (it follows it)';
COMMENT ON COLUMN gup_signalement.signalement.date_prevue IS 'Due day: the category''s delay in French working days after the report''s day';
COMMENT ON COLUMN gup_signalement.signalement.motif_routage_manuel IS 'Why a person re-routed the report by hand';
COMMENT ON COLUMN gup_signalement.signalement.version IS 'Incremented by every change: optimistic concurrency of the triage actions';

-- One service's part of a report.
CREATE TABLE gup_signalement.affectation (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    signalement_id bigint NOT NULL REFERENCES gup_signalement.signalement (id) ON DELETE CASCADE,
    service_id integer NOT NULL REFERENCES gup_signalement.service (id),
    role text NOT NULL DEFAULT 'main' CHECK (role IN ('main', 'copy')),
    statut text NOT NULL DEFAULT 'pending'
        CHECK (statut IN ('pending', 'accepted', 'refused', 'closed', 'withdrawn')),
    motif_refus_code text REFERENCES gup_signalement.motif_refus (code) ON UPDATE CASCADE,
    motif_refus_texte text,
    affecte_le timestamptz NOT NULL DEFAULT now(),
    accepte_le timestamptz,
    cloture_le timestamptz,
    version integer NOT NULL DEFAULT 1,
    modifie_par text NOT NULL DEFAULT gup_signalement.current_author(),
    modifie_le timestamptz NOT NULL DEFAULT now(),
    UNIQUE (signalement_id, service_id),
    CHECK (statut <> 'refused' OR motif_refus_code IS NOT NULL)
);
COMMENT ON TABLE gup_signalement.affectation IS 'A report assigned to a service (main or copy) and that service''s answer';
COMMENT ON COLUMN gup_signalement.affectation.affecte_le IS 'When the service was (last) asked to answer';
CREATE INDEX affectation_service_idx ON gup_signalement.affectation (service_id, statut);
CREATE UNIQUE INDEX affectation_one_main_idx ON gup_signalement.affectation (signalement_id)
    WHERE role = 'main';

-- Follow-ups of a report.
CREATE TABLE gup_signalement.suivi (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    signalement_id bigint NOT NULL REFERENCES gup_signalement.signalement (id) ON DELETE CASCADE,
    service_id integer REFERENCES gup_signalement.service (id) ON DELETE SET NULL,
    visibilite text NOT NULL CHECK (visibilite IN ('public', 'internal')),
    texte text NOT NULL CHECK (btrim(texte) <> ''),
    auteur text NOT NULL DEFAULT gup_signalement.current_author(),
    cree_le timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE gup_signalement.suivi IS 'Follow-ups: public (shown to the reporter) or internal';
CREATE INDEX suivi_signalement_idx ON gup_signalement.suivi (signalement_id, cree_le);

-- Append-only history of every triage change.
CREATE TABLE gup_signalement.historique_signalement (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    signalement_id bigint NOT NULL,
    service_id integer,
    action text NOT NULL,
    auteur text NOT NULL DEFAULT gup_signalement.current_author(),
    le timestamptz NOT NULL DEFAULT now(),
    avant jsonb,
    apres jsonb,
    details jsonb NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE gup_signalement.historique_signalement IS 'Append-only history of the triage of reports: who, when, action, before/after';
COMMENT ON COLUMN gup_signalement.historique_signalement.details IS 'What the action said: refusal reason and text, follow-up, target service, sub-category, original...';
COMMENT ON COLUMN gup_signalement.historique_signalement.service_id IS 'The service that acted (NULL: the triage operator or the automatic routing)';
CREATE INDEX historique_signalement_idx ON gup_signalement.historique_signalement (signalement_id, id);

CREATE FUNCTION gup_signalement.refuse_history_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'historique_signalement is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER historique_signalement_append_only
    BEFORE UPDATE OR DELETE ON gup_signalement.historique_signalement
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.refuse_history_change();
CREATE TRIGGER historique_signalement_no_truncate
    BEFORE TRUNCATE ON gup_signalement.historique_signalement
    FOR EACH STATEMENT EXECUTE FUNCTION gup_signalement.refuse_history_change();

-- French working days (core/workdays.py holds the same rules; a test compares 2020-2030).
CREATE FUNCTION gup_signalement.easter_sunday(p_year integer) RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    a integer := p_year % 19;
    b integer := p_year / 100;
    c integer := p_year % 100;
    d integer := b / 4;
    e integer := b % 4;
    f integer := (b + 8) / 25;
    g integer := (b - f + 1) / 3;
    h integer := (19 * a + b - d - g + 15) % 30;
    i integer := c / 4;
    k integer := c % 4;
    l integer := (32 + 2 * e + 2 * i - h - k) % 7;
    m integer := (a + 11 * h + 22 * l) / 451;
    n integer := h + l - 7 * m + 114;
BEGIN
    RETURN make_date(p_year, n / 31, n % 31 + 1);
END $$;

-- The 11 public holidays of a year (three follow Easter: Monday, Ascension, Whit Monday).
CREATE FUNCTION gup_signalement.public_holidays(p_year integer) RETURNS date[]
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT ARRAY[make_date(p_year, 1, 1), e + 1, make_date(p_year, 5, 1), make_date(p_year, 5, 8),
                 e + 39, e + 50, make_date(p_year, 7, 14), make_date(p_year, 8, 15),
                 make_date(p_year, 11, 1), make_date(p_year, 11, 11), make_date(p_year, 12, 25)]
    FROM gup_signalement.easter_sunday(p_year) AS e
$$;

CREATE FUNCTION gup_signalement.is_public_holiday(p_day date) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT p_day = ANY (gup_signalement.public_holidays(extract(year FROM p_day)::integer))
$$;

CREATE FUNCTION gup_signalement.is_working_day(p_day date) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT extract(isodow FROM p_day) < 6 AND NOT gup_signalement.is_public_holiday(p_day)
$$;

-- The n-th working day after p_day (p_day not counted); p_day itself for n = 0. The holidays
-- are computed once per year met.
CREATE FUNCTION gup_signalement.add_working_days(p_day date, p_n integer) RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    day date := p_day;
    left_to_count integer := p_n;
    year integer := -1;
    holidays date[];
BEGIN
    IF p_n < 0 THEN
        RAISE EXCEPTION 'a delay in working days cannot be negative' USING ERRCODE = 'check_violation';
    END IF;
    WHILE left_to_count > 0 LOOP
        day := day + 1;
        IF extract(year FROM day) <> year THEN
            year := extract(year FROM day);
            holidays := gup_signalement.public_holidays(year);
        END IF;
        IF extract(isodow FROM day) < 6 AND NOT day = ANY (holidays) THEN
            left_to_count := left_to_count - 1;
        END IF;
    END LOOP;
    RETURN day;
END $$;

-- The due day of a report: its sub-category's delay, else its category's.
CREATE FUNCTION gup_signalement.expected_day(p_moment timestamptz, p_categorie text,
                                             p_sous_categorie text) RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT gup_signalement.add_working_days(gup_signalement.report_day(p_moment),
        coalesce((SELECT delai_jours_ouvres FROM gup_signalement.categorie WHERE code = p_sous_categorie),
                 (SELECT delai_jours_ouvres FROM gup_signalement.categorie WHERE code = p_categorie)))
$$;

-- The triage status of a report (core/workflow.py derive_report_status) from the operator's
-- decisions and the counts of its parts: answering (pending, accepted or closed), closed, and
-- accepted or closed.
CREATE FUNCTION gup_signalement.status_from_parts(p_duplicate_of bigint, p_closed_by_operator boolean,
                                                  p_answering bigint, p_closed bigint,
                                                  p_accepted_or_closed bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_duplicate_of IS NOT NULL THEN 'duplicate'
                WHEN p_closed_by_operator THEN 'closed'
                WHEN coalesce(p_answering, 0) = 0 THEN 'to_triage'
                WHEN p_closed = p_answering THEN 'closed'
                WHEN p_accepted_or_closed > 0 THEN 'in_progress'
                ELSE 'new' END
$$;

-- The counts of parts status_from_parts needs, per report.
CREATE FUNCTION gup_signalement.part_counts(p_ids bigint[])
RETURNS TABLE (signalement_id bigint, answering bigint, closed bigint, accepted_or_closed bigint)
LANGUAGE sql STABLE AS $$
    SELECT a.signalement_id,
           count(*) FILTER (WHERE a.statut IN ('pending', 'accepted', 'closed')),
           count(*) FILTER (WHERE a.statut = 'closed'),
           count(*) FILTER (WHERE a.statut IN ('accepted', 'closed'))
    FROM gup_signalement.affectation a WHERE a.signalement_id = ANY (p_ids)
    GROUP BY a.signalement_id
$$;

-- The triage status of one report from its stored parts and the given operator's decisions.
CREATE FUNCTION gup_signalement.derived_report_status(p_id bigint, p_closed_by_operator boolean,
                                                      p_duplicate_of bigint) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT gup_signalement.status_from_parts(p_duplicate_of, p_closed_by_operator,
                                             max(c.answering), max(c.closed),
                                             max(c.accepted_or_closed))
    FROM gup_signalement.part_counts(ARRAY[p_id]) c
$$;

-- Set the triage status of reports from their parts, set-based (only changes are written).
CREATE FUNCTION gup_signalement.refresh_report_status(p_ids bigint[]) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
BEGIN
    UPDATE gup_signalement.signalement s
    SET statut_traitement = d.statut
    FROM (SELECT r.id, gup_signalement.status_from_parts(r.doublon_de, r.cloture_par_operateur,
                     c.answering, c.closed, c.accepted_or_closed) AS statut
          FROM gup_signalement.signalement r
          LEFT JOIN gup_signalement.part_counts(p_ids) c ON c.signalement_id = r.id
          WHERE r.id = ANY (p_ids)) d
    WHERE s.id = d.id AND s.statut_traitement <> d.statut;
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END $$;

-- The assignments and status of a report as kept in the history.
CREATE FUNCTION gup_signalement.triage_state(p_id bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'status', s.statut_traitement, 'service_id', s.service_id,
        'sub_category', s.sous_categorie_code, 'duplicate_of', s.doublon_de,
        'closed_by_operator', s.cloture_par_operateur, 'manual_routing', s.routage_manuel,
        'assignments', coalesce((
            SELECT jsonb_agg(jsonb_build_object('service_id', a.service_id, 'role', a.role,
                                                'status', a.statut) ORDER BY a.service_id)
            FROM gup_signalement.affectation a WHERE a.signalement_id = s.id), '[]'))
    FROM gup_signalement.signalement s WHERE s.id = p_id
$$;

-- Assignments follow the automatic routing of open reports (and of reports without any yet),
-- by the core's rules: a service no longer routed to is withdrawn (pending or accepted parts;
-- refused and closed ones stay), a newly routed one gets a pending part (a withdrawn one
-- becomes pending again; a refusal stands: only a person routes a report back to a service
-- that refused), the main service is the routing's. Manual routings are only given their
-- first assignments (reports stored before 0.5.0), never changed.
-- Each report whose assignments change gets an 'auto_route' history row.
CREATE FUNCTION gup_signalement.sync_assignments(p_ids bigint[]) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS gup_sync_before (id bigint PRIMARY KEY, etat jsonb)
        ON COMMIT DROP;
    TRUNCATE gup_sync_before;
    INSERT INTO gup_sync_before
    SELECT s.id, gup_signalement.triage_state(s.id)
    FROM gup_signalement.signalement s
    WHERE s.id = ANY (p_ids)
      AND (NOT s.routage_manuel AND s.statut_traitement IN ('new', 'in_progress', 'to_triage')
           AND s.doublon_de IS NULL AND NOT s.cloture_par_operateur
           OR NOT EXISTS (SELECT 1 FROM gup_signalement.affectation a WHERE a.signalement_id = s.id));

    -- what routing asks for: (report, service, role)
    CREATE TEMP TABLE IF NOT EXISTS gup_sync_wanted (signalement_id bigint, service_id integer,
                                                     role text) ON COMMIT DROP;
    TRUNCATE gup_sync_wanted;
    INSERT INTO gup_sync_wanted
    SELECT s.id, s.service_id, 'main' FROM gup_signalement.signalement s
    JOIN gup_sync_before b ON b.id = s.id WHERE s.service_id IS NOT NULL
    UNION
    SELECT s.id, c, 'copy' FROM gup_signalement.signalement s
    JOIN gup_sync_before b ON b.id = s.id
    CROSS JOIN unnest(s.services_supplementaires) AS c
    WHERE c IS DISTINCT FROM s.service_id;

    UPDATE gup_signalement.affectation a SET statut = 'withdrawn'
    FROM gup_sync_before b
    WHERE a.signalement_id = b.id AND a.statut IN ('pending', 'accepted')
      AND NOT EXISTS (SELECT 1 FROM gup_sync_wanted w
                      WHERE w.signalement_id = a.signalement_id AND w.service_id = a.service_id);
    UPDATE gup_signalement.affectation a SET role = 'copy'
    FROM gup_sync_before b
    WHERE a.signalement_id = b.id AND a.role = 'main'
      AND NOT EXISTS (SELECT 1 FROM gup_sync_wanted w WHERE w.signalement_id = a.signalement_id
                      AND w.service_id = a.service_id AND w.role = 'main');
    UPDATE gup_signalement.affectation a
    SET role = w.role, statut = CASE WHEN a.statut = 'withdrawn' THEN 'pending' ELSE a.statut END
    FROM gup_sync_wanted w
    WHERE a.signalement_id = w.signalement_id AND a.service_id = w.service_id
      AND (a.role <> w.role OR a.statut = 'withdrawn');
    INSERT INTO gup_signalement.affectation (signalement_id, service_id, role)
    SELECT w.signalement_id, w.service_id, w.role FROM gup_sync_wanted w
    WHERE NOT EXISTS (SELECT 1 FROM gup_signalement.affectation a
                      WHERE a.signalement_id = w.signalement_id AND a.service_id = w.service_id);

    PERFORM gup_signalement.refresh_report_status(ARRAY(SELECT id FROM gup_sync_before));
    INSERT INTO gup_signalement.historique_signalement (signalement_id, action, avant, apres)
    SELECT b.id, 'auto_route', CASE WHEN b.etat -> 'assignments' = '[]' THEN NULL ELSE b.etat END,
           n.etat
    FROM gup_sync_before b
    CROSS JOIN LATERAL (SELECT gup_signalement.triage_state(b.id) AS etat OFFSET 0) n
    WHERE n.etat IS DISTINCT FROM b.etat;
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END $$;

-- Status changes of reports and assignments are checked against transition_statut, whatever
-- client writes them; the version, author and time of the change are kept.
CREATE FUNCTION gup_signalement.check_report_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.statut_traitement <> OLD.statut_traitement THEN
        IF NOT EXISTS (SELECT 1 FROM gup_signalement.transition_statut
                       WHERE niveau = 'report' AND de = OLD.statut_traitement
                         AND vers = NEW.statut_traitement) THEN
            RAISE EXCEPTION 'transition_not_allowed: report % from % to %', OLD.id,
                OLD.statut_traitement, NEW.statut_traitement USING ERRCODE = 'check_violation';
        END IF;
        NEW.cloture_le := CASE WHEN NEW.statut_traitement = 'closed' THEN now() END;
    END IF;
    NEW.version := OLD.version + 1;
    NEW.modifie_par := gup_signalement.current_author();
    NEW.modifie_le := now();
    RETURN NEW;
END $$;

CREATE TRIGGER signalement_triage_check
    BEFORE UPDATE ON gup_signalement.signalement
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.check_report_change();

CREATE FUNCTION gup_signalement.check_assignment_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.statut <> 'pending' THEN
            RAISE EXCEPTION 'transition_not_allowed: a new assignment is pending, not %', NEW.statut
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.statut <> OLD.statut THEN
        IF NOT EXISTS (SELECT 1 FROM gup_signalement.transition_statut
                       WHERE niveau = 'assignment' AND de = OLD.statut AND vers = NEW.statut) THEN
            RAISE EXCEPTION 'transition_not_allowed: assignment of report % to service % from % to %',
                OLD.signalement_id, OLD.service_id, OLD.statut, NEW.statut
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.statut = 'pending' THEN
            NEW.affecte_le := now();
            NEW.accepte_le := NULL;
            NEW.motif_refus_code := NULL;
            NEW.motif_refus_texte := NULL;
        ELSIF NEW.statut = 'accepted' AND OLD.statut = 'pending' THEN
            NEW.accepte_le := now();
        END IF;
        NEW.cloture_le := CASE WHEN NEW.statut = 'closed' THEN now() END;
    END IF;
    NEW.version := OLD.version + 1;
    NEW.modifie_par := gup_signalement.current_author();
    NEW.modifie_le := now();
    RETURN NEW;
END $$;

CREATE TRIGGER affectation_check
    BEFORE INSERT OR UPDATE ON gup_signalement.affectation
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.check_assignment_change();

-- The due day is set on arrival and when the category or the day changes.
CREATE FUNCTION gup_signalement.set_expected_day() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.date_prevue := gup_signalement.expected_day(NEW.date_signalement, NEW.categorie_code,
                                                    NEW.sous_categorie_code);
    RETURN NEW;
END $$;

CREATE TRIGGER signalement_expected_day
    BEFORE INSERT OR UPDATE OF categorie_code, sous_categorie_code, date_signalement
    ON gup_signalement.signalement
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.set_expected_day();

-- Arrival: route every report of the statement (reroute()), then give them their assignments.
CREATE OR REPLACE FUNCTION gup_signalement.route_arrived_reports() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[] := ARRAY(SELECT id FROM arrived);
BEGIN
    PERFORM gup_signalement.reroute(ids);
    PERFORM gup_signalement.sync_assignments(ids);
    RETURN NULL;
END $$;

-- A later change of the routing (reroute(), or an edit of place, category, day) moves the
-- assignments of the reports whose routing result changed.
CREATE FUNCTION gup_signalement.follow_routing() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
BEGIN
    ids := ARRAY(
        SELECT n.id FROM changed_new n JOIN changed_old o ON o.id = n.id
        WHERE NOT n.routage_manuel
          AND (n.service_id, n.services_supplementaires, n.statut_routage)
              IS DISTINCT FROM (o.service_id, o.services_supplementaires, o.statut_routage)
          AND EXISTS (SELECT 1 FROM gup_signalement.affectation a WHERE a.signalement_id = n.id
                      UNION ALL SELECT 1 WHERE o.statut_routage IS NOT NULL));
    IF cardinality(ids) > 0 THEN
        PERFORM gup_signalement.sync_assignments(ids);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER signalement_follow_routing
    AFTER UPDATE ON gup_signalement.signalement
    REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
    FOR EACH STATEMENT EXECUTE FUNCTION gup_signalement.follow_routing();

-- Indexes of the dock's filters.
CREATE INDEX signalement_statut_traitement_idx ON gup_signalement.signalement (statut_traitement);
CREATE INDEX signalement_code_insee_idx ON gup_signalement.signalement (code_insee);
CREATE INDEX signalement_categorie_idx ON gup_signalement.signalement (categorie_code);
CREATE INDEX signalement_date_idx ON gup_signalement.signalement (date_signalement);
CREATE INDEX signalement_date_prevue_idx ON gup_signalement.signalement (date_prevue)
    WHERE statut_traitement IN ('new', 'in_progress', 'to_triage');
CREATE INDEX signalement_doublon_de_idx ON gup_signalement.signalement (doublon_de);

-- Reports already stored: due day, assignments from their routing, status.
UPDATE gup_signalement.signalement
SET date_prevue = gup_signalement.expected_day(date_signalement, categorie_code, sous_categorie_code);
SELECT gup_signalement.sync_assignments(ARRAY(SELECT id FROM gup_signalement.signalement));
