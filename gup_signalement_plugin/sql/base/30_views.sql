-- Every commune x active top-level category with the stage in force today: the layer behind the
-- map of one category's stages (filter it on categorie_code). A missing cell is closed.
CREATE VIEW gup_signalement.v_commune_categorie AS
SELECT (c.code_insee || '/' || cat.code) AS id,
       c.code_insee, c.nom AS commune, cat.code AS categorie_code,
       cat.libelle_public AS categorie, cat.groupe,
       coalesce(gup_signalement.stage_on(cc.etape, cc.valide_du, cc.valide_au, current_date),
                'closed') AS etape,
       cc.etape AS etape_configuree,
       coalesce(cc.message_fermeture, c.message_fermeture_defaut) AS message_fermeture,
       cc.valide_du, cc.valide_au,
       cc.perimetre_experimentation IS NOT NULL AS experimentation,
       cc.modifie_par, cc.modifie_le,
       c.geom
FROM gup_signalement.commune c
CROSS JOIN gup_signalement.categorie cat
LEFT JOIN gup_signalement.commune_categorie cc
       ON cc.code_insee = c.code_insee AND cc.categorie_code = cat.code
WHERE cat.parent_code IS NULL AND cat.actif;
COMMENT ON VIEW gup_signalement.v_commune_categorie IS 'Stage of each top-level category in each commune today (map layer)';
