-- Communes of the territory (Lambert-93).
CREATE TABLE gup_signalement.commune (
    code_insee varchar(5) PRIMARY KEY CHECK (code_insee ~ '^([0-9]{5}|2[AB][0-9]{3})$'),
    nom text NOT NULL CHECK (btrim(nom) <> ''),
    departement varchar(3),
    population integer CHECK (population >= 0),
    message_fermeture_defaut text,
    geom geometry(MultiPolygon, 2154) NOT NULL
        CHECK (NOT ST_IsEmpty(geom) AND ST_IsValid(geom))
);
COMMENT ON TABLE gup_signalement.commune IS 'Communes of the EPT; geometry in Lambert-93';
COMMENT ON COLUMN gup_signalement.commune.message_fermeture_defaut IS 'Message shown for a closed category when the cell gives none';

-- Catalogue of categories: two levels, the reporter picks a top-level one, triage a sub-category.
CREATE TABLE gup_signalement.categorie (
    code text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9_.\-]{0,62}$'),
    libelle_public text NOT NULL CHECK (btrim(libelle_public) <> ''),
    libelle_interne text NOT NULL,
    groupe text NOT NULL CHECK (btrim(groupe) <> ''),
    parent_code text REFERENCES gup_signalement.categorie (code) ON UPDATE CASCADE ON DELETE RESTRICT,
    delai_jours_ouvres integer CHECK (delai_jours_ouvres >= 0),
    actif boolean NOT NULL DEFAULT true,
    description_requise boolean NOT NULL DEFAULT false,
    ordre integer NOT NULL DEFAULT 0,
    CHECK (parent_code IS DISTINCT FROM code)
);
COMMENT ON TABLE gup_signalement.categorie IS 'Catalogue of report categories (top level shown to reporters, sub-categories for triage)';

CREATE TYPE gup_signalement.etape_ouverture AS ENUM ('closed', 'agents', 'public');

-- One cell of the communes x categories matrix (top-level categories only).
CREATE TABLE gup_signalement.commune_categorie (
    code_insee varchar(5) NOT NULL REFERENCES gup_signalement.commune (code_insee) ON UPDATE CASCADE ON DELETE CASCADE,
    categorie_code text NOT NULL REFERENCES gup_signalement.categorie (code) ON UPDATE CASCADE ON DELETE CASCADE,
    etape gup_signalement.etape_ouverture NOT NULL DEFAULT 'closed',
    message_fermeture text,
    perimetre_experimentation geometry(MultiPolygon, 2154)
        CHECK (perimetre_experimentation IS NULL OR (NOT ST_IsEmpty(perimetre_experimentation) AND ST_IsValid(perimetre_experimentation))),
    valide_du date,
    valide_au date,
    modifie_par text NOT NULL DEFAULT gup_signalement.current_author(),
    modifie_le timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (code_insee, categorie_code),
    CHECK (valide_au IS NULL OR valide_du IS NULL OR valide_au >= valide_du)
);
COMMENT ON TABLE gup_signalement.commune_categorie IS 'Opening stage of a category in a commune (closed / agents / public), with the message of a closed category';

-- History of every change of a cell: who, when, old and new value.
CREATE TABLE gup_signalement.commune_categorie_historique (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code_insee varchar(5) NOT NULL,
    categorie_code text NOT NULL,
    operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    modifie_par text NOT NULL,
    modifie_le timestamptz NOT NULL DEFAULT now(),
    ancienne_valeur jsonb,
    nouvelle_valeur jsonb
);
COMMENT ON TABLE gup_signalement.commune_categorie_historique IS 'Audit trail of the matrix; gives the matrix as it was on any date';

-- Each publication of the configuration to the reporting app.
CREATE TABLE gup_signalement.publication (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    publie_le timestamptz NOT NULL DEFAULT now(),
    publie_par text NOT NULL DEFAULT gup_signalement.current_author(),
    date_effet date NOT NULL,
    dossier text NOT NULL,
    nb_documents integer NOT NULL,
    empreinte text NOT NULL
);
COMMENT ON TABLE gup_signalement.publication IS 'Log of the Open311 services documents published for the reporting app';
