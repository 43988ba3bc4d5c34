-- Schema and version table. PostGIS itself is created (or checked) by the installer before
-- these files run, so that a missing extension gets its own clear message.
-- The installer runs every install file in ONE transaction: no BEGIN/COMMIT here.
CREATE SCHEMA gup_signalement;
COMMENT ON SCHEMA gup_signalement IS 'GUP signalement: reports of public-space dysfunctions, EPT Grand-Orly Seine Bièvre';

CREATE TABLE gup_signalement.metadata (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version text NOT NULL,
    installed_at timestamptz NOT NULL DEFAULT now(),
    installed_by text NOT NULL DEFAULT session_user,
    status text NOT NULL CHECK (status IN ('installed', 'upgraded'))
);
COMMENT ON TABLE gup_signalement.metadata IS 'One row per install or upgrade; the last row gives the structure version';

-- Who made a change: the QGIS user name set by the plugin for the transaction, else the role.
CREATE FUNCTION gup_signalement.current_author() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('gup_signalement.author', true), ''), session_user::text)
$$;
