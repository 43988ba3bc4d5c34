-- Structure 0.7.0: delivery settings of the triage (issue 12): the SMTP server the weekly
-- digests go through and the Open311 endpoint the reporters' feedback is pushed to.
-- Upgrade 0.6.0 -> 0.7.0 (see docs/DEVELOPER_GUIDE.md, "The database structure").
-- Secrets are never stored here: only the id of a QGIS authentication configuration.

CREATE TABLE gup_signalement.parametre_diffusion (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    smtp_hote text CHECK (smtp_hote IS NULL OR btrim(smtp_hote) <> ''),
    smtp_port integer CHECK (smtp_port IS NULL OR smtp_port BETWEEN 1 AND 65535),
    smtp_securite text NOT NULL DEFAULT 'starttls'
        CHECK (smtp_securite IN ('none', 'starttls', 'ssl')),
    smtp_expediteur text,
    smtp_delai_s double precision NOT NULL DEFAULT 30 CHECK (smtp_delai_s > 0),
    smtp_authcfg text,
    open311_endpoint text CHECK (open311_endpoint IS NULL OR open311_endpoint ~ '^https?://'),
    open311_juridiction text,
    open311_authcfg text,
    CHECK (smtp_hote IS NULL OR smtp_expediteur IS NOT NULL)
);
COMMENT ON TABLE gup_signalement.parametre_diffusion IS 'Delivery settings (one row): SMTP server of the weekly digests, Open311 endpoint of the reporters'' feedback; secrets stay in QGIS''s authentication manager';
COMMENT ON COLUMN gup_signalement.parametre_diffusion.smtp_hote IS 'SMTP server host; NULL: the digests are written to files only';
COMMENT ON COLUMN gup_signalement.parametre_diffusion.smtp_port IS 'SMTP port; NULL: the usual port of the security mode (25, 587, 465)';
COMMENT ON COLUMN gup_signalement.parametre_diffusion.smtp_securite IS 'none, starttls or ssl';
COMMENT ON COLUMN gup_signalement.parametre_diffusion.smtp_expediteur IS 'Sender address of the digests';
COMMENT ON COLUMN gup_signalement.parametre_diffusion.smtp_delai_s IS 'Timeout in seconds for the connection and each answer';
COMMENT ON COLUMN gup_signalement.parametre_diffusion.smtp_authcfg IS 'Id of the QGIS Basic authentication configuration holding the SMTP login (never the password)';
COMMENT ON COLUMN gup_signalement.parametre_diffusion.open311_endpoint IS 'URL the Open311 requests document is POSTed to; NULL: files only';
COMMENT ON COLUMN gup_signalement.parametre_diffusion.open311_juridiction IS 'jurisdiction_id sent with the push';
COMMENT ON COLUMN gup_signalement.parametre_diffusion.open311_authcfg IS 'Id of the QGIS authentication configuration holding the endpoint''s API key';
INSERT INTO gup_signalement.parametre_diffusion DEFAULT VALUES;
