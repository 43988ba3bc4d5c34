-- Settings are made on top-level categories only.
CREATE FUNCTION gup_signalement.check_cell_category() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    parent text;
BEGIN
    SELECT parent_code INTO parent FROM gup_signalement.categorie WHERE code = NEW.categorie_code;
    IF parent IS NOT NULL THEN
        RAISE EXCEPTION 'category % is a sub-category of %: open or close % instead',
            NEW.categorie_code, parent, parent USING ERRCODE = 'check_violation';
    END IF;
    NEW.modifie_par := gup_signalement.current_author();
    NEW.modifie_le := now();
    RETURN NEW;
END $$;

CREATE TRIGGER commune_categorie_check
    BEFORE INSERT OR UPDATE ON gup_signalement.commune_categorie
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.check_cell_category();

-- A sub-category cannot have sub-categories.
CREATE FUNCTION gup_signalement.check_category_depth() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.parent_code IS NOT NULL AND EXISTS (
        SELECT 1 FROM gup_signalement.categorie WHERE code = NEW.parent_code AND parent_code IS NOT NULL) THEN
        RAISE EXCEPTION 'category %: parent % is itself a sub-category (only two levels)',
            NEW.code, NEW.parent_code USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER categorie_depth_check
    BEFORE INSERT OR UPDATE ON gup_signalement.categorie
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.check_category_depth();

-- The value of a cell as kept in the history.
CREATE FUNCTION gup_signalement.cell_value(c gup_signalement.commune_categorie) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object(
        'etape', c.etape,
        'message_fermeture', c.message_fermeture,
        'valide_du', c.valide_du,
        'valide_au', c.valide_au,
        'perimetre_experimentation', ST_AsEWKT(c.perimetre_experimentation))
$$;

CREATE FUNCTION gup_signalement.log_cell_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND gup_signalement.cell_value(OLD) = gup_signalement.cell_value(NEW) THEN
        RETURN NULL;
    END IF;
    INSERT INTO gup_signalement.commune_categorie_historique
        (code_insee, categorie_code, operation, modifie_par, ancienne_valeur, nouvelle_valeur)
    VALUES (
        CASE WHEN TG_OP = 'DELETE' THEN OLD.code_insee ELSE NEW.code_insee END,
        CASE WHEN TG_OP = 'DELETE' THEN OLD.categorie_code ELSE NEW.categorie_code END,
        TG_OP,
        gup_signalement.current_author(),
        CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE gup_signalement.cell_value(OLD) END,
        CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE gup_signalement.cell_value(NEW) END);
    RETURN NULL;
END $$;

CREATE TRIGGER commune_categorie_history
    AFTER INSERT OR UPDATE OR DELETE ON gup_signalement.commune_categorie
    FOR EACH ROW EXECUTE FUNCTION gup_signalement.log_cell_change();

-- The stage that applies on a day: outside its validity dates a cell is closed.
CREATE FUNCTION gup_signalement.stage_on(etape gup_signalement.etape_ouverture, valide_du date, valide_au date, jour date)
RETURNS gup_signalement.etape_ouverture
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN (valide_du IS NOT NULL AND jour < valide_du) OR (valide_au IS NOT NULL AND jour > valide_au)
                THEN 'closed'::gup_signalement.etape_ouverture ELSE etape END
$$;

-- The matrix as it was at a moment, rebuilt from the history.
CREATE FUNCTION gup_signalement.matrix_at(moment timestamptz)
RETURNS TABLE (code_insee varchar, categorie_code text, etape gup_signalement.etape_ouverture,
               message_fermeture text, valide_du date, valide_au date,
               modifie_par text, modifie_le timestamptz)
LANGUAGE sql STABLE AS $$
    SELECT h.code_insee, h.categorie_code,
           (h.nouvelle_valeur ->> 'etape')::gup_signalement.etape_ouverture,
           h.nouvelle_valeur ->> 'message_fermeture',
           (h.nouvelle_valeur ->> 'valide_du')::date,
           (h.nouvelle_valeur ->> 'valide_au')::date,
           h.modifie_par, h.modifie_le
    FROM (
        SELECT DISTINCT ON (code_insee, categorie_code) *
        FROM gup_signalement.commune_categorie_historique
        WHERE modifie_le <= moment
        ORDER BY code_insee, categorie_code, modifie_le DESC, id DESC
    ) h
    WHERE h.operation <> 'DELETE'
$$;
