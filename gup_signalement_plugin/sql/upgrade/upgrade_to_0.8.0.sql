-- Structure 0.8.0: access rights per service enforced by PostgreSQL; reporters' personal data.
-- Upgrade 0.7.0 -> 0.8.0 (see docs/DEVELOPER_GUIDE.md, "The database structure"; docs/RIGHTS.md).
--
-- Four NOLOGIN group roles (cluster-wide, hence the gup_ prefix; shared by every GUP database of
-- the cluster, which is harmless: what a group may do is granted per database, and the service a
-- person acts for is in this database's role_service). Installing needs CREATEROLE (or a
-- superuser) the first time on a cluster.
--   gup_admin      catalogue, matrix, services, perimeters, sources, people, personal data
--   gup_operateur  every report and assignment; contacts of OPEN reports only
--   gup_agent      the reports assigned to their service, and only those (row-level security)
--   gup_lecteur    reports without personal data (v_signalement_lecteur), configuration, aggregates
-- People log in with their own roles, members of one group, and (agents) linked to a service in
-- role_service. SECURITY DEFINER functions identify the person by session_user (inside them
-- current_user is the owner); policies use current_user (QGIS 3.22 never changes role: P21).
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['gup_admin', 'gup_operateur', 'gup_agent', 'gup_lecteur'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
    END LOOP;
END $$;

-- role_service (login role -> service) and current_service() come with the triage structure;
-- an agent reads its own row of role_service only (policy below).

-- The service of the person who called a SECURITY DEFINER function (session_user).
CREATE FUNCTION gup_signalement.caller_service() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT service_id FROM gup_signalement.role_service WHERE role_name = session_user::text
$$;

-- Whether the person calling (session_user) is in a group (superusers are in every group).
CREATE FUNCTION gup_signalement.caller_in(p_group text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT pg_has_role(session_user, p_group, 'USAGE')
$$;

-- A report is in the connected agent's scope when its service has a part of it (main or copy)
-- that was not withdrawn (a transfer withdraws it). The subquery runs under the assignments'
-- own policy (an agent reads its service's parts only).
CREATE FUNCTION gup_signalement.assigned_to_my_service(p_id bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM gup_signalement.affectation a
                   WHERE a.signalement_id = p_id
                     AND a.service_id = gup_signalement.current_service()
                     AND a.statut <> 'withdrawn')
$$;

-- When a report was closed (NULL: still open): the triage closure (cloture_le), or for a
-- duplicate its last change.
CREATE FUNCTION gup_signalement.report_closed_at(p_id bigint) RETURNS timestamptz
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT CASE s.statut_traitement WHEN 'closed' THEN coalesce(s.cloture_le, s.modifie_le)
                                    WHEN 'duplicate' THEN coalesce(s.modifie_le, s.saisi_le) END
    FROM gup_signalement.signalement s WHERE s.id = p_id
$$;

-- ---------------------------------------------------------------------------------------------
-- Personal data
-- ---------------------------------------------------------------------------------------------

-- Reporter's contact: admin, and the triage operator for open reports (row-level security).
CREATE TABLE gup_signalement.contact_signalant (
    signalement_id bigint PRIMARY KEY
        REFERENCES gup_signalement.signalement (id) ON DELETE CASCADE,
    nom text,
    email text,
    telephone text,
    saisi_le timestamptz NOT NULL DEFAULT now(),
    anonymise_le timestamptz
);
COMMENT ON TABLE gup_signalement.contact_signalant IS 'PERSONAL DATA: the reporter''s contact (phone channel, sources that send it); read through lire_contact(), which logs; anonymised after the retention period';
COMMENT ON COLUMN gup_signalement.contact_signalant.anonymise_le IS 'When the retention purge emptied the contact (the report is kept)';

-- Each read of a contact through the plugin.
CREATE TABLE gup_signalement.lecture_contact (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    signalement_id bigint NOT NULL,
    lu_par text NOT NULL,
    lu_le timestamptz NOT NULL DEFAULT now(),
    motif text NOT NULL CHECK (btrim(motif) <> '')
);
COMMENT ON TABLE gup_signalement.lecture_contact IS 'Who read a reporter''s contact, when, for which report and why';
CREATE INDEX lecture_contact_signalement_idx ON gup_signalement.lecture_contact (signalement_id);

-- Retention settings (one row).
CREATE TABLE gup_signalement.parametre_rgpd (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    duree_conservation interval NOT NULL DEFAULT '1 year'
        CHECK (duree_conservation > interval '0')
);
COMMENT ON TABLE gup_signalement.parametre_rgpd IS 'Personal data settings (one row): how long a reporter''s contact is kept after the report is closed';
INSERT INTO gup_signalement.parametre_rgpd DEFAULT VALUES;

-- Each run of the retention purge, with its counts.
CREATE TABLE gup_signalement.purge_donnees_personnelles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    le timestamptz NOT NULL DEFAULT now(),
    par text NOT NULL DEFAULT session_user,
    duree_conservation interval NOT NULL,
    anonymises integer NOT NULL
);
COMMENT ON TABLE gup_signalement.purge_donnees_personnelles IS 'Runs of the retention purge: when, by whom, the period applied, how many contacts anonymised';

-- Reads a contact and logs the read; refuses without a reason, or outside the caller's rights.
CREATE FUNCTION gup_signalement.lire_contact(p_signalement_id bigint, p_motif text)
RETURNS TABLE (nom text, email text, telephone text, anonymise_le timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    IF p_motif IS NULL OR btrim(p_motif) = '' THEN
        RAISE EXCEPTION 'A reason is required to read a reporter''s contact'
            USING ERRCODE = 'check_violation';
    END IF;
    IF NOT (gup_signalement.caller_in('gup_admin')
            OR (gup_signalement.caller_in('gup_operateur')
                AND EXISTS (SELECT 1 FROM gup_signalement.signalement s
                            WHERE s.id = p_signalement_id)
                AND gup_signalement.report_closed_at(p_signalement_id) IS NULL)) THEN
        RAISE EXCEPTION 'Reading the contact of report % is not allowed to %',
            p_signalement_id, session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO gup_signalement.lecture_contact (signalement_id, lu_par, motif)
    VALUES (p_signalement_id, session_user, p_motif);
    RETURN QUERY SELECT c.nom, c.email, c.telephone, c.anonymise_le
                 FROM gup_signalement.contact_signalant c
                 WHERE c.signalement_id = p_signalement_id;
END $$;

-- Empties the contacts whose report was closed at least the retention period before p_le
-- (exactly one year after the closure included); logs the run and returns it.
-- SECURITY DEFINER: it writes the append-only log; EXECUTE is granted to gup_admin only.
CREATE FUNCTION gup_signalement.purger_donnees_personnelles(p_le timestamptz DEFAULT now())
RETURNS gup_signalement.purge_donnees_personnelles
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    period interval := (SELECT duree_conservation FROM gup_signalement.parametre_rgpd);
    done integer;
    run gup_signalement.purge_donnees_personnelles;
BEGIN
    UPDATE gup_signalement.contact_signalant c
       SET nom = NULL, email = NULL, telephone = NULL, anonymise_le = p_le
      FROM gup_signalement.signalement s
     WHERE s.id = c.signalement_id AND c.anonymise_le IS NULL
       AND gup_signalement.report_closed_at(s.id) + period <= p_le;
    GET DIAGNOSTICS done = ROW_COUNT;
    INSERT INTO gup_signalement.purge_donnees_personnelles (le, duree_conservation, anonymises)
    VALUES (p_le, period, done) RETURNING * INTO run;
    RETURN run;
END $$;

-- Free texts (descriptions, addresses) may hold a phone number or an e-mail: what readers see
-- has them masked. core/personal_data.py applies the same patterns (a test compares both).
CREATE FUNCTION gup_signalement.masquer_donnees_personnelles(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(
               regexp_replace(p_text, '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}',
                              '[courriel masqué]', 'g'),
               '(?<![0-9+])(?:\+33[ .-]?|0033[ .-]?|0)[1-9](?:[ .-]?[0-9]{2}){4}(?![0-9])',
               '[téléphone masqué]', 'g')
$$;

CREATE FUNCTION gup_signalement.contient_donnees_personnelles(p_text text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(gup_signalement.masquer_donnees_personnelles(p_text) <> p_text, false)
$$;

-- Reports as planners (gup_lecteur) see them: no contact, no source record, no photo, free
-- texts masked and flagged. Owned by the installer: readers see every report this way only.
CREATE VIEW gup_signalement.v_signalement_lecteur AS
    SELECT s.id, s.source, s.categorie_code, s.sous_categorie_code, s.audience,
           s.date_signalement, gup_signalement.masquer_donnees_personnelles(s.description)
               AS description,
           gup_signalement.masquer_donnees_personnelles(s.adresse) AS adresse,
           (gup_signalement.contient_donnees_personnelles(s.description)
            OR gup_signalement.contient_donnees_personnelles(s.adresse))
               AS donnees_personnelles_masquees,
           s.statut_routage, s.code_insee, s.service_id, s.statut, s.date_maj,
           s.statut_traitement, s.date_prevue, s.cloture_le, s.doublon_de,
           s.codes_renouvellement, s.geom
    FROM gup_signalement.signalement s;
COMMENT ON VIEW gup_signalement.v_signalement_lecteur IS 'Reports without personal data (phone numbers and e-mails masked in free texts): the readers'' layer, exports and statistics';

-- ---------------------------------------------------------------------------------------------
-- Transfer of a report to another service: the only way an agent moves a report out of scope.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION gup_signalement.transferer_signalement(p_signalement_id bigint,
                                                       p_service_id integer, p_motif text)
RETURNS gup_signalement.signalement
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    report gup_signalement.signalement;
    before jsonb;
BEGIN
    IF p_motif IS NULL OR btrim(p_motif) = '' THEN
        RAISE EXCEPTION 'A reason is required to transfer a report' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO report FROM gup_signalement.signalement WHERE id = p_signalement_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Report % does not exist', p_signalement_id USING ERRCODE = 'no_data_found';
    END IF;
    before := gup_signalement.triage_state(p_signalement_id);
    IF NOT (gup_signalement.caller_in('gup_admin') OR gup_signalement.caller_in('gup_operateur')
            OR (gup_signalement.caller_in('gup_agent')
                AND EXISTS (SELECT 1 FROM gup_signalement.affectation a
                            WHERE a.signalement_id = p_signalement_id AND a.role = 'main'
                              AND a.service_id = gup_signalement.caller_service()
                              AND a.statut IN ('pending', 'accepted')))) THEN
        RAISE EXCEPTION 'Report % is not assigned to the service of %', p_signalement_id,
            session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM gup_signalement.service WHERE id = p_service_id AND actif) THEN
        RAISE EXCEPTION 'Service % does not exist or is not active', p_service_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    -- the main part moves: the old one is withdrawn, the target's is (again) pending
    UPDATE gup_signalement.affectation SET role = 'copy'
     WHERE signalement_id = p_signalement_id AND role = 'main' AND service_id <> p_service_id;
    UPDATE gup_signalement.affectation SET statut = 'withdrawn'
     WHERE signalement_id = p_signalement_id AND service_id = report.service_id
       AND service_id <> p_service_id AND statut IN ('pending', 'accepted');
    INSERT INTO gup_signalement.affectation AS a (signalement_id, service_id, role)
    VALUES (p_signalement_id, p_service_id, 'main')
    ON CONFLICT (signalement_id, service_id) DO UPDATE
        SET role = 'main', statut = CASE WHEN a.statut IN ('withdrawn', 'refused') THEN 'pending'
                                         ELSE a.statut END;
    UPDATE gup_signalement.signalement
       SET service_id = p_service_id, statut_routage = 'routed', routage_manuel = true,
           motif_routage_manuel = p_motif, raison_code = 'manual', raison = p_motif,
           perimetre_id = NULL, route_le = now()
     WHERE id = p_signalement_id;
    PERFORM gup_signalement.refresh_report_status(ARRAY[p_signalement_id]);
    INSERT INTO gup_signalement.historique_signalement
        (signalement_id, service_id, action, avant, apres, details)
    VALUES (p_signalement_id, gup_signalement.caller_service(), 'transfer', before,
            gup_signalement.triage_state(p_signalement_id),
            jsonb_build_object('target_service_id', p_service_id, 'reason', p_motif));
    SELECT * INTO report FROM gup_signalement.signalement WHERE id = p_signalement_id;
    RETURN report;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Audit trail of configuration and reports: who, when, old and new values (changed keys only).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE gup_signalement.journal_modification (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL,
    cle text,
    operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    avant jsonb,
    apres jsonb,
    par text NOT NULL,
    role_connexion text NOT NULL DEFAULT session_user,
    le timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE gup_signalement.journal_modification IS 'Audit trail of changes to the configuration and to reports (administrator only)';
COMMENT ON COLUMN gup_signalement.journal_modification.cle IS 'The changed row''s key (report id, category code, commune/category...)';
CREATE INDEX journal_modification_cle_idx ON gup_signalement.journal_modification (table_name, cle);

CREATE FUNCTION gup_signalement.journaliser_modification() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'geom' END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'geom' END;
    key_row jsonb := coalesce(new_row, old_row);
    changed text[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(k) INTO changed FROM jsonb_object_keys(new_row) k
        WHERE new_row -> k IS DISTINCT FROM old_row -> k
          AND k NOT IN ('version', 'modifie_par', 'modifie_le');  -- bookkeeping: not a change
        IF changed IS NULL THEN
            IF to_jsonb(OLD) -> 'geom' IS NOT DISTINCT FROM to_jsonb(NEW) -> 'geom' THEN
                RETURN NULL;
            END IF;
            changed := ARRAY['geom'];
        END IF;
        old_row := (SELECT jsonb_object_agg(k, to_jsonb(OLD) -> k) FROM unnest(changed) k);
        new_row := (SELECT jsonb_object_agg(k, to_jsonb(NEW) -> k) FROM unnest(changed) k);
    END IF;
    INSERT INTO gup_signalement.journal_modification (table_name, cle, operation, avant, apres, par)
    VALUES (TG_TABLE_NAME,
            coalesce(key_row ->> 'id', key_row ->> 'code',
                     key_row ->> 'signalement_id', key_row ->> 'role_name',
                     concat_ws('/', key_row ->> 'code_insee', key_row ->> 'categorie_code')),
            TG_OP, old_row, new_row, gup_signalement.current_author());
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['categorie', 'commune_categorie', 'service', 'perimetre_competence',
                             'source', 'correspondance_categorie', 'role_service',
                             'parametre_rgpd', 'signalement'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON gup_signalement.%I '
                       'FOR EACH ROW EXECUTE FUNCTION gup_signalement.journaliser_modification()',
                       t || '_journal', t);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Privileges. Nothing to PUBLIC; each group gets what it needs, per table (and column).
-- ---------------------------------------------------------------------------------------------
REVOKE ALL ON ALL TABLES IN SCHEMA gup_signalement FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION gup_signalement.lire_contact(bigint, text),
    gup_signalement.transferer_signalement(bigint, integer, text),
    gup_signalement.purger_donnees_personnelles(timestamptz),
    gup_signalement.report_closed_at(bigint), gup_signalement.caller_service()
    FROM PUBLIC;
GRANT USAGE ON SCHEMA gup_signalement TO gup_admin, gup_operateur, gup_agent, gup_lecteur;

-- Administrator: everything in the schema (history tables stay append-only by their triggers).
GRANT ALL ON ALL TABLES IN SCHEMA gup_signalement TO gup_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA gup_signalement TO gup_admin;
GRANT EXECUTE ON FUNCTION gup_signalement.lire_contact(bigint, text),
    gup_signalement.transferer_signalement(bigint, integer, text),
    gup_signalement.purger_donnees_personnelles(timestamptz),
    gup_signalement.report_closed_at(bigint), gup_signalement.caller_service() TO gup_admin;
REVOKE ALL ON gup_signalement.journal_modification, gup_signalement.lecture_contact,
    gup_signalement.purge_donnees_personnelles FROM gup_admin;
GRANT SELECT ON gup_signalement.journal_modification, gup_signalement.lecture_contact,
    gup_signalement.purge_donnees_personnelles TO gup_admin;
-- Logs and views are read, not written, by people.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON gup_signalement.metadata,
    gup_signalement.commune_categorie_historique, gup_signalement.point_noir_historique,
    gup_signalement.v_commune_categorie,
    gup_signalement.v_perimetre_renouvellement, gup_signalement.v_signalement_renouvellement,
    gup_signalement.v_signalement_lecteur FROM gup_admin;

-- Configuration everyone reads (forms, legends, the map of stages).
GRANT SELECT ON gup_signalement.metadata, gup_signalement.commune, gup_signalement.categorie,
    gup_signalement.commune_categorie, gup_signalement.v_commune_categorie,
    gup_signalement.service, gup_signalement.perimetre_competence
    TO gup_operateur, gup_agent, gup_lecteur;

-- Triage operator: every report, the incoming channels and quarantine; contacts of open reports.
GRANT SELECT, INSERT, UPDATE ON gup_signalement.signalement, gup_signalement.quarantaine,
    gup_signalement.synchronisation TO gup_operateur;
GRANT SELECT, INSERT, UPDATE ON gup_signalement.source TO gup_operateur;
GRANT SELECT ON gup_signalement.correspondance_categorie, gup_signalement.role_service,
    gup_signalement.v_signalement_lecteur, gup_signalement.v_signalement_renouvellement,
    gup_signalement.v_perimetre_renouvellement, gup_signalement.relogement_indicateur
    TO gup_operateur;
GRANT SELECT, INSERT ON gup_signalement.contact_signalant TO gup_operateur;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA gup_signalement TO gup_operateur;
GRANT EXECUTE ON FUNCTION gup_signalement.lire_contact(bigint, text),
    gup_signalement.transferer_signalement(bigint, integer, text),
    gup_signalement.report_closed_at(bigint) TO gup_operateur;

GRANT SELECT, INSERT, UPDATE ON gup_signalement.affectation, gup_signalement.suivi
    TO gup_operateur;
GRANT SELECT, INSERT ON gup_signalement.historique_signalement TO gup_operateur;
GRANT SELECT ON gup_signalement.transition_statut, gup_signalement.motif_refus,
    gup_signalement.parametre_triage TO gup_operateur, gup_agent;
-- The delivery settings (0.7.0: SMTP server, Open311 endpoint; never a secret) for the digest.
GRANT SELECT ON gup_signalement.parametre_diffusion TO gup_operateur;

-- Service agent: its reports (rows by the policies below). The triage actions write the
-- report's status columns (all of them in one UPDATE, changed or not), its assignment's answer,
-- follow-ups and history; routing columns written with another value are refused by
-- guard_agent_report_change (transferer_signalement is the way to hand a report over).
GRANT SELECT ON gup_signalement.signalement, gup_signalement.role_service,
    gup_signalement.affectation, gup_signalement.suivi, gup_signalement.historique_signalement
    TO gup_agent;
GRANT UPDATE (statut, date_maj, statut_traitement, cloture_par_operateur, doublon_de,
              routage_manuel, motif_routage_manuel, service_id, statut_routage, raison_code,
              raison, perimetre_id, route_le) ON gup_signalement.signalement TO gup_agent;
GRANT UPDATE (statut, role, motif_refus_code, motif_refus_texte) ON gup_signalement.affectation
    TO gup_agent;
GRANT INSERT ON gup_signalement.suivi, gup_signalement.historique_signalement TO gup_agent;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA gup_signalement TO gup_agent;
GRANT EXECUTE ON FUNCTION gup_signalement.transferer_signalement(bigint, integer, text),
    gup_signalement.caller_service() TO gup_agent;

-- Points noirs (hotspots kept as objects): the operator manages them and their report links
-- (kept by triggers when reports arrive or move); everyone reads them.
GRANT SELECT, INSERT, UPDATE, DELETE ON gup_signalement.point_noir,
    gup_signalement.point_noir_signalement TO gup_operateur;
GRANT SELECT, INSERT ON gup_signalement.point_noir_historique TO gup_operateur;
GRANT SELECT ON gup_signalement.point_noir TO gup_agent, gup_lecteur;

-- Reader: reports without personal data, aggregates, renewal layers.
GRANT SELECT ON gup_signalement.v_signalement_lecteur, gup_signalement.v_signalement_renouvellement,
    gup_signalement.v_perimetre_renouvellement, gup_signalement.perimetre_renouvellement,
    gup_signalement.relogement_indicateur TO gup_lecteur;

-- ---------------------------------------------------------------------------------------------
-- Row-level security. The installer (table owner) is not subject to it.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE gup_signalement.signalement ENABLE ROW LEVEL SECURITY;
CREATE POLICY signalement_tout ON gup_signalement.signalement
    FOR ALL TO gup_admin, gup_operateur USING (true) WITH CHECK (true);
-- SELECT and UPDATE share the scope: what QGIS inserts or updates with RETURNING stays readable
-- (P20); a row leaving the scope is refused (transferer_signalement is the way out).
CREATE POLICY signalement_agent_lecture ON gup_signalement.signalement
    FOR SELECT TO gup_agent USING (gup_signalement.assigned_to_my_service(id));
CREATE POLICY signalement_agent_modification ON gup_signalement.signalement
    FOR UPDATE TO gup_agent USING (gup_signalement.assigned_to_my_service(id))
    WITH CHECK (gup_signalement.assigned_to_my_service(id));

-- An agent's UPDATE may not change who handles the report nor the operator's decisions.
CREATE FUNCTION gup_signalement.guard_agent_report_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF pg_has_role(current_user, 'gup_agent', 'USAGE')
       AND NOT pg_has_role(current_user, 'gup_operateur', 'USAGE')
       AND NOT pg_has_role(current_user, 'gup_admin', 'USAGE')
       AND (NEW.service_id, NEW.services_supplementaires, NEW.routage_manuel,
            NEW.motif_routage_manuel, NEW.statut_routage, NEW.raison_code, NEW.raison,
            NEW.perimetre_id, NEW.route_le, NEW.cloture_par_operateur, NEW.doublon_de)
           IS DISTINCT FROM
           (OLD.service_id, OLD.services_supplementaires, OLD.routage_manuel,
            OLD.motif_routage_manuel, OLD.statut_routage, OLD.raison_code, OLD.raison,
            OLD.perimetre_id, OLD.route_le, OLD.cloture_par_operateur, OLD.doublon_de) THEN
        RAISE EXCEPTION 'A service agent cannot re-route report % (transferer_signalement does)',
            OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER signalement_guard_agent
    BEFORE UPDATE ON gup_signalement.signalement
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.guard_agent_report_change();

-- Assignments, follow-ups, history: the operator and the administrator all of them; an agent
-- its service's parts, and the follow-ups and history of the reports in its scope.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['affectation', 'suivi', 'historique_signalement'] LOOP
        EXECUTE format('ALTER TABLE gup_signalement.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON gup_signalement.%I FOR ALL TO gup_admin, '
                       'gup_operateur USING (true) WITH CHECK (true)', t || '_tout', t);
    END LOOP;
END $$;
CREATE POLICY affectation_agent_lecture ON gup_signalement.affectation
    FOR SELECT TO gup_agent USING (service_id = gup_signalement.current_service());
CREATE POLICY affectation_agent_reponse ON gup_signalement.affectation
    FOR UPDATE TO gup_agent USING (service_id = gup_signalement.current_service())
    WITH CHECK (service_id = gup_signalement.current_service());
CREATE POLICY suivi_agent_lecture ON gup_signalement.suivi
    FOR SELECT TO gup_agent USING (gup_signalement.assigned_to_my_service(signalement_id));
CREATE POLICY suivi_agent_saisie ON gup_signalement.suivi
    FOR INSERT TO gup_agent
    WITH CHECK (service_id = gup_signalement.current_service()
                AND gup_signalement.assigned_to_my_service(signalement_id));
CREATE POLICY historique_agent_lecture ON gup_signalement.historique_signalement
    FOR SELECT TO gup_agent USING (gup_signalement.assigned_to_my_service(signalement_id));
CREATE POLICY historique_agent_saisie ON gup_signalement.historique_signalement
    FOR INSERT TO gup_agent
    WITH CHECK (gup_signalement.assigned_to_my_service(signalement_id));

ALTER TABLE gup_signalement.contact_signalant ENABLE ROW LEVEL SECURITY;
CREATE POLICY contact_admin ON gup_signalement.contact_signalant
    FOR ALL TO gup_admin USING (true) WITH CHECK (true);
CREATE POLICY contact_operateur_lecture ON gup_signalement.contact_signalant
    FOR SELECT TO gup_operateur
    USING (gup_signalement.report_closed_at(signalement_id) IS NULL);
CREATE POLICY contact_operateur_saisie ON gup_signalement.contact_signalant
    FOR INSERT TO gup_operateur
    WITH CHECK (gup_signalement.report_closed_at(signalement_id) IS NULL);

-- role_service: an agent reads its own row (current_service() in the policies above).
ALTER TABLE gup_signalement.role_service ENABLE ROW LEVEL SECURITY;
CREATE POLICY role_service_tout ON gup_signalement.role_service
    FOR ALL TO gup_admin USING (true) WITH CHECK (true);
CREATE POLICY role_service_operateur ON gup_signalement.role_service
    FOR SELECT TO gup_operateur USING (true);
CREATE POLICY role_service_soi ON gup_signalement.role_service
    FOR SELECT TO gup_agent USING (role_name = current_user::text);
