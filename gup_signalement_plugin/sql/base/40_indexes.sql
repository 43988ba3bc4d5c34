CREATE INDEX commune_geom_idx ON gup_signalement.commune USING gist (geom);
CREATE INDEX commune_categorie_perimetre_idx ON gup_signalement.commune_categorie USING gist (perimetre_experimentation);
CREATE INDEX commune_categorie_categorie_idx ON gup_signalement.commune_categorie (categorie_code);
CREATE INDEX categorie_parent_idx ON gup_signalement.categorie (parent_code);
CREATE INDEX historique_cell_idx ON gup_signalement.commune_categorie_historique (code_insee, categorie_code, modifie_le);
