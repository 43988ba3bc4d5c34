<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>BaseAlgorithm</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="35" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="36" />
        <source>Category catalogue</source>
        <translation>Catalogue des catégories</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="37" />
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="45" />
        <source>PostgreSQL connection to the GUP database</source>
        <translation>Connexion PostgreSQL à la base GUP</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="51" />
        <source>Choose a PostgreSQL connection.</source>
        <translation>Choisissez une connexion PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="38" />
        <source>Competences and routing</source>
        <translation>Compétences et routage</translation>
    </message>
</context>
<context>
    <name>CategoryMatrixDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="37" />
        <source>Categories by commune</source>
        <translation>Catégories par commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="50" />
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="52" />
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="55" />
        <source>Show the matrix as it was on</source>
        <translation>Afficher la matrice telle qu'elle était le</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="96" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="97" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="111" />
        <source>Stage of the selected cells</source>
        <translation>Ouverture des cellules sélectionnées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="122" />
        <source>Message and validity of the selected cells</source>
        <translation>Message et validité des cellules sélectionnées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="125" />
        <source>Message shown when the category is closed: which channel to use (letter to the mayor, phone...)</source>
        <translation>Message affiché quand la catégorie est fermée : quel canal utiliser (courrier au maire, téléphone…)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="128" />
        <source>Closed message</source>
        <translation>Message de fermeture</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="129" />
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="131" />
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="138" />
        <source>Apply to the selected cells</source>
        <translation>Appliquer aux cellules sélectionnées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="143" />
        <source>History of the current cell</source>
        <translation>Historique de la cellule courante</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="146" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="146" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="146" />
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="146" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="164" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="191" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="205" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="249" />
        <source>Message: {}</source>
        <translation>Message : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="251" />
        <source>Open only inside its experiment perimeter</source>
        <translation>Ouverte seulement dans son périmètre d'expérimentation</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="253" />
        <source>Valid from {} until {}</source>
        <translation>Valable du {} au {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="293" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="293" />
        <source>The end date is before the start date.</source>
        <translation>La date de fin est avant la date de début.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="313" />
        <source>Select cells; a header selects a whole row or column.</source>
        <translation>Sélectionnez des cellules ; un en-tête sélectionne toute la ligne ou la colonne.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="322" />
        <source>{} cells selected</source>
        <translation>{} cellules sélectionnées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="355" />
        <source>{} communes × {} categories — {}</source>
        <translation>{} communes × {} catégories — {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="358" />
        <source>{} unsaved change(s)</source>
        <translation>{} modification(s) non enregistrée(s)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="360" />
        <source>read only (past state)</source>
        <translation>lecture seule (état passé)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="371" />
        <source>Save failed</source>
        <translation>Échec de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="371" />
        <source>Nothing was saved; your changes are still here.

{}</source>
        <translation>Rien n'a été enregistré ; vos modifications sont conservées.

{}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="380" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="380" />
        <source>{} change(s) are not saved. Discard them?</source>
        <translation>{} modification(s) ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="209" />
        <source>INSEE code {}</source>
        <translation>Code INSEE {}</translation>
    </message>
</context>
<context>
    <name>CheckCoverage</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="173" />
        <source>Check competence coverage</source>
        <translation>Vérifier la couverture des compétences</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="176" />
        <source>For one category: the parts of the territory where no service is competent (gaps), where two services compete with the same priority (overlaps), and a summary per commune.</source>
        <translation>Pour une catégorie : les parties du territoire où aucun service n'est compétent (lacunes), celles où deux services sont en concurrence avec la même priorité (chevauchements), et un bilan par commune.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="182" />
        <source>Category code</source>
        <translation>Code de la catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="183" />
        <source>Day (YYYY-MM-DD, empty = today)</source>
        <translation>Jour (AAAA-MM-JJ, vide = aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="185" />
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="187" />
        <source>Overlaps</source>
        <translation>Chevauchements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="189" />
        <source>Coverage per commune</source>
        <translation>Couverture par commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="228" />
        <source>Gaps: {:.0f} m², overlaps: {}.</source>
        <translation>Lacunes : {:.0f} m², chevauchements : {}.</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseStructure</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="17" />
        <source>Create database structure</source>
        <translation>Créer la structure de la base</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="20" />
        <source>Installs the GUP schema (tables, views, functions, history triggers) in a PostGIS database, and PostGIS itself if the role may. An existing GUP structure is kept unless 'Drop the existing structure' is ticked: then the schema and ALL its data are deleted first.</source>
        <translation>Installe le schéma GUP (tables, vues, fonctions, historique) dans une base PostGIS, et PostGIS lui-même si le rôle en a le droit. Une structure GUP existante est conservée sauf si « Supprimer la structure existante » est coché : le schéma et TOUTES ses données sont alors supprimés d'abord.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="27" />
        <source>Drop the existing structure and ALL its data</source>
        <translation>Supprimer la structure existante et TOUTES ses données</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="29" />
        <source>Database version</source>
        <translation>Version de la base</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="35" />
        <source>Structure version {} installed in database '{}'.</source>
        <translation>Structure version {} installée dans la base « {} ».</translation>
    </message>
</context>
<context>
    <name>DryRunPerimeters</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="249" />
        <source>Dry-run edited perimeters</source>
        <translation>Simuler des périmètres modifiés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="252" />
        <source>Routes every stored report with the perimeters of the given layer (for example an edited copy) instead of the stored ones, and outputs the reports that would change service or status, with counts per commune and per service. Nothing is written to the database.</source>
        <translation>Route chaque signalement enregistré avec les périmètres de la couche donnée (par exemple une copie modifiée) au lieu des périmètres enregistrés, et produit les signalements qui changeraient de service ou de statut, avec les décomptes par commune et par service. Rien n'est écrit dans la base.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="259" />
        <source>Edited perimeters layer</source>
        <translation>Couche des périmètres modifiés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="262" />
        <source>Reports that would move</source>
        <translation>Signalements qui changeraient de service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="283" />
        <source>Service {} -&gt; {}: {} reports</source>
        <translation>Service {} -&gt; {} : {} signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="285" />
        <source>Commune {}: {} reports</source>
        <translation>Commune {} : {} signalements</translation>
    </message>
</context>
<context>
    <name>ExportCategoryCatalogue</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="84" />
        <source>Export category catalogue (CSV)</source>
        <translation>Exporter le catalogue des catégories (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="87" />
        <source>Catalogue CSV file</source>
        <translation>Fichier CSV du catalogue</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="90" />
        <source>Writes the catalogue as a CSV file (UTF-8 with BOM, ';' separated) that the import algorithm reads back.</source>
        <translation>Écrit le catalogue dans un fichier CSV (UTF-8 avec BOM, séparateur ';') que l'algorithme d'import sait relire.</translation>
    </message>
</context>
<context>
    <name>ExportCommuneSettings</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="121" />
        <source>Export category opening per commune (CSV)</source>
        <translation>Exporter l'ouverture des catégories par commune (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="124" />
        <source>Communes x categories CSV file</source>
        <translation>Fichier CSV communes x catégories</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="127" />
        <source>Writes the communes x categories settings as a CSV file that the import algorithm reads back.</source>
        <translation>Écrit le paramétrage communes x catégories dans un fichier CSV que l'algorithme d'import sait relire.</translation>
    </message>
</context>
<context>
    <name>ExportOpen311Services</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="24" />
        <source>Publish Open311 services for the reporting app</source>
        <translation>Publier les services Open311 pour l'application de signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="27" />
        <source>Writes, for each commune (jurisdiction_id = INSEE code) and each audience (agents, public), an Open311 GeoReport v2 services document: &lt;folder&gt;/&lt;audience&gt;/&lt;INSEE&gt;/services.json and .xml. Open categories are listed; closed ones carry the keyword 'inactive' and their message as description; categories open to agents only carry 'staff' and are left out of the public documents. The stages in force on the chosen date are used (today by default). Each publication is logged in the database.</source>
        <translation>Écrit, pour chaque commune (jurisdiction_id = code INSEE) et chaque public (agents, public), un document services Open311 GeoReport v2 : &lt;dossier&gt;/&lt;public&gt;/&lt;INSEE&gt;/services.json et .xml. Les catégories ouvertes sont listées ; les fermées portent le mot-clé « inactive » et leur message en description ; celles ouvertes aux seuls agents portent « staff » et sont absentes des documents publics. Les étapes en vigueur à la date choisie sont utilisées (aujourd'hui par défaut). Chaque publication est journalisée dans la base.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="37" />
        <source>Stages in force on (default: today)</source>
        <translation>Étapes en vigueur le (par défaut : aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="40" />
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="43" />
        <source>Publication folder</source>
        <translation>Dossier de publication</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="45" />
        <source>Documents written</source>
        <translation>Documents écrits</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="56" />
        <source>{} documents written in {} (stages of {}); open cells: {}.</source>
        <translation>{} documents écrits dans {} (étapes du {}) ; cellules ouvertes : {}.</translation>
    </message>
</context>
<context>
    <name>GupProvider</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/provider.py" line="25" />
        <source>GUP Signalement</source>
        <translation>GUP Signalement</translation>
    </message>
</context>
<context>
    <name>GupSignalementPlugin</name>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="62" />
        <source>Categories by commune…</source>
        <translation>Catégories par commune…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="63" />
        <source>Map of a category's stages…</source>
        <translation>Carte de l'ouverture d'une catégorie…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="64" />
        <source>Create database structure…</source>
        <translation>Créer la structure de la base…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="66" />
        <source>Upgrade database structure…</source>
        <translation>Mettre à jour la structure de la base…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="68" />
        <source>Import communes…</source>
        <translation>Importer les communes…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="70" />
        <source>Import category catalogue…</source>
        <translation>Importer le catalogue des catégories…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="72" />
        <source>Publish for the reporting app (Open311)…</source>
        <translation>Publier pour l'application de signalement (Open311)…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="74" />
        <source>Services…</source>
        <translation>Services…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="75" />
        <source>Competence perimeters and reports layers</source>
        <translation>Couches des périmètres de compétence et des signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="77" />
        <source>Why this service?</source>
        <translation>Pourquoi ce service ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="149" />
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="139" />
        <source>There is no PostgreSQL connection in QGIS yet.</source>
        <translation>Il n'y a encore aucune connexion PostgreSQL dans QGIS.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="142" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>ImportCategoryCatalogue</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="63" />
        <source>Import category catalogue (CSV)</source>
        <translation>Importer le catalogue des catégories (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="66" />
        <source>Catalogue CSV file</source>
        <translation>Fichier CSV du catalogue</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="69" />
        <source>Inserts or updates categories from a CSV file (UTF-8, UTF-8 with BOM or Latin-1; ';' or ',' separated) with the columns code, public_label, internal_label, group, parent_code, delay_working_days, active, description_required, sort_order. The whole file is checked first (codes, duplicates, missing parents): if a line is wrong nothing is imported and each problem is listed with its line.</source>
        <translation>Ajoute ou met à jour des catégories depuis un fichier CSV (UTF-8, UTF-8 avec BOM ou Latin-1 ; séparateur ';' ou ',') avec les colonnes code, public_label, internal_label, group, parent_code, delay_working_days, active, description_required, sort_order. Tout le fichier est d'abord vérifié (codes, doublons, parents manquants) : si une ligne est fautive, rien n'est importé et chaque problème est listé avec sa ligne.</translation>
    </message>
</context>
<context>
    <name>ImportCommuneSettings</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="101" />
        <source>Import category opening per commune (CSV)</source>
        <translation>Importer l'ouverture des catégories par commune (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="104" />
        <source>Communes x categories CSV file</source>
        <translation>Fichier CSV communes x catégories</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="107" />
        <source>Sets, per commune and top-level category, the stage (closed, agents, public), the message of a closed category and the validity dates, from a CSV with the columns insee_code, category_code, stage, closed_message, valid_from, valid_to. Unknown communes or categories are refused with their line; every change is kept in the history.</source>
        <translation>Fixe, par commune et par catégorie principale, l'étape d'ouverture (closed = fermée, agents, public), le message d'une catégorie fermée et les dates de validité, depuis un CSV avec les colonnes insee_code, category_code, stage, closed_message, valid_from, valid_to. Les communes ou catégories inconnues sont refusées avec leur ligne ; chaque changement est conservé dans l'historique.</translation>
    </message>
</context>
<context>
    <name>ImportCommunes</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="23" />
        <source>Import communes</source>
        <translation>Importer les communes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="26" />
        <source>Inserts or updates (matched on the INSEE code) the communes of a polygon layer, transformed to Lambert-93 (EPSG:2154). Every feature is checked first (INSEE code, name, empty or invalid geometry): if one is wrong, nothing is imported and the message lists each problem with its feature.</source>
        <translation>Ajoute ou met à jour (selon le code INSEE) les communes d'une couche de polygones, reprojetées en Lambert-93 (EPSG:2154). Chaque entité est d'abord vérifiée (code INSEE, nom, géométrie vide ou invalide) : si l'une est fautive, rien n'est importé et le message liste chaque problème avec son entité.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="33" />
        <source>Communes layer</source>
        <translation>Couche des communes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="35" />
        <source>INSEE code field</source>
        <translation>Champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="37" />
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="39" />
        <source>Population field</source>
        <translation>Champ de la population</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="42" />
        <source>Communes imported</source>
        <translation>Communes importées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="65" />
        <source>feature {}</source>
        <translation>entité {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="71" />
        <source>{} features read, checking them.</source>
        <translation>{} entités lues, vérification en cours.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="74" />
        <source>{} communes imported or updated.</source>
        <translation>{} communes importées ou mises à jour.</translation>
    </message>
</context>
<context>
    <name>ImportPerimeters</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="106" />
        <source>Import competence perimeters</source>
        <translation>Importer des périmètres de compétence</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="109" />
        <source>Imports competence perimeters from a polygon layer (transformed to Lambert-93). The services must exist (matched on their name) and the categories must be in the catalogue. Invalid geometries are refused with the list of features, unless the repair option is ticked. Nothing is imported if one feature is wrong.</source>
        <translation>Importe des périmètres de compétence depuis une couche de polygones (reprojetée en Lambert-93). Les services doivent exister (reconnus par leur nom) et les catégories être au catalogue. Les géométries invalides sont refusées avec la liste des entités, sauf si l'option de réparation est cochée. Rien n'est importé si une entité est fautive.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="117" />
        <source>Perimeters layer</source>
        <translation>Couche des périmètres</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="118" />
        <source>Repair invalid geometries (ST_MakeValid)</source>
        <translation>Réparer les géométries invalides (ST_MakeValid)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="120" />
        <source>Replace the existing perimeters of these services</source>
        <translation>Remplacer les périmètres existants de ces services</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="122" />
        <source>Perimeters imported</source>
        <translation>Périmètres importés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="132" />
        <source>{} perimeters imported.</source>
        <translation>{} périmètres importés.</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/layers.py" line="19" />
        <source>The layer '{}' cannot be loaded from the connection '{}': is the GUP structure installed?</source>
        <translation>La couche « {} » ne peut pas être chargée depuis la connexion « {} » : la structure GUP est-elle installée ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/layers.py" line="40" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/layers.py" line="58" />
        <source>Opening: {}</source>
        <translation>Ouverture : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/layers.py" line="68" />
        <source>Experiment perimeters</source>
        <translation>Périmètres d'expérimentation</translation>
    </message>
</context>
<context>
    <name>RerouteReports</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="144" />
        <source>Re-route reports</source>
        <translation>Router à nouveau les signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="147" />
        <source>Routes again every report in the database with the current services, perimeters and category matrix (reports routed by hand are kept). New reports are routed on arrival by the database itself.</source>
        <translation>Route à nouveau chaque signalement de la base avec les services, périmètres et la matrice des catégories actuels (les routages faits à la main sont conservés). Les nouveaux signalements sont routés à leur arrivée par la base elle-même.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="153" />
        <source>Reports whose routing changed</source>
        <translation>Signalements dont le routage a changé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="157" />
        <source>{} reports changed routing.</source>
        <translation>{} signalements ont changé de routage.</translation>
    </message>
</context>
<context>
    <name>RoutingLayers</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="28" />
        <source>Routed to a service</source>
        <translation>Routé vers un service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="29" />
        <source>Triage queue (no competent service)</source>
        <translation>File de tri (aucun service compétent)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="30" />
        <source>Category not open</source>
        <translation>Catégorie non ouverte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="31" />
        <source>Quarantine (outside the territory)</source>
        <translation>Quarantaine (hors du territoire)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="36" />
        <source>Competence perimeters</source>
        <translation>Périmètres de compétence</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="40" />
        <source>Reports by routing status</source>
        <translation>Signalements par statut de routage</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="44" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="48" />
        <source>Categories (for perimeter forms)</source>
        <translation>Catégories (pour les formulaires de périmètres)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="62" />
        <source>{} (inactive)</source>
        <translation>{} (inactif)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="228" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="149" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="150" />
        <source>Categories (none ticked = all)</source>
        <translation>Catégories (aucune cochée = toutes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="151" />
        <source>Priority (larger wins)</source>
        <translation>Priorité (la plus grande l'emporte)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="152" />
        <source>Extra recipient (in copy)</source>
        <translation>Destinataire en copie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="153" />
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="154" />
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="155" />
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="202" />
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="231" />
        <source>Why this service</source>
        <translation>Pourquoi ce service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="250" />
        <source>Commune service</source>
        <translation>Service communal</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="251" />
        <source>EPT service</source>
        <translation>Service de l'EPT</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="252" />
        <source>Syndicat mixte</source>
        <translation>Syndicat mixte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="253" />
        <source>Social landlord</source>
        <translation>Bailleur social</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="254" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="33" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="46" />
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="48" />
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="53" />
        <source>Services receive the reports routed to them. Deactivate a service rather than deleting it: its perimeters and its reports are kept. Separate e-mail addresses with commas.</source>
        <translation>Les services reçoivent les signalements qui leur sont routés. Désactivez un service plutôt que de le supprimer : ses périmètres et ses signalements sont conservés. Séparez les adresses électroniques par des virgules.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="60" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="60" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="60" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="60" />
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="60" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="297" />
        <source>Perimeters</source>
        <translation>Périmètres</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="75" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="77" />
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="78" />
        <source>Mark the selected services inactive (saved with Save)</source>
        <translation>Marquer les services sélectionnés comme inactifs (enregistré avec Enregistrer)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="80" />
        <source>Give commune services their commune as perimeter</source>
        <translation>Donner aux services communaux leur commune comme périmètre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="81" />
        <source>For the selected commune services (all of them when none is selected) that have no perimeter yet: their commune's territory, every category, priority 1</source>
        <translation>Pour les services communaux sélectionnés (tous si aucun n'est sélectionné) qui n'ont pas encore de périmètre : le territoire de leur commune, toutes les catégories, priorité 1</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="94" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="95" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="116" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="131" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="167" />
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="227" />
        <source>{} service(s), {} active</source>
        <translation>{} service(s), {} actif(s)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="229" />
        <source>{} unsaved change(s), in italics</source>
        <translation>{} modification(s) non enregistrée(s), en italique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="269" />
        <source>Save failed</source>
        <translation>Échec de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="269" />
        <source>Nothing was saved; your changes are still here.

{}</source>
        <translation>Rien n'a été enregistré ; vos modifications sont conservées.

{}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="293" />
        <source>{} perimeter(s) created. Reports already stored keep their routing until they are re-routed (Processing: re-route reports).</source>
        <translation>{} périmètre(s) créé(s). Les signalements déjà enregistrés gardent leur routage jusqu'à ce qu'ils soient routés à nouveau (Traitements : router à nouveau les signalements).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="297" />
        <source>No perimeter created: every commune service with a commune already has a perimeter (services of type 'commune' without a commune are skipped).</source>
        <translation>Aucun périmètre créé : chaque service communal rattaché à une commune a déjà un périmètre (les services de type « commune » sans commune sont ignorés).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="305" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="305" />
        <source>{} change(s) are not saved. Discard them?</source>
        <translation>{} modification(s) ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="13" />
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="14" />
        <source>Agents only</source>
        <translation>Agents seulement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="15" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="21" />
        <source>closed</source>
        <comment>short, in a matrix cell</comment>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="22" />
        <source>agents</source>
        <comment>short, in a matrix cell</comment>
        <translation>agents</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="23" />
        <source>public</source>
        <comment>short, in a matrix cell</comment>
        <translation>public</translation>
    </message>
</context>
<context>
    <name>StageMapDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/stage_map_dialog.py" line="16" />
        <source>Map of a category's stages</source>
        <translation>Carte de l'ouverture d'une catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/stage_map_dialog.py" line="40" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/stage_map_dialog.py" line="22" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/stage_map_dialog.py" line="24" />
        <source>Add to map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/stage_map_dialog.py" line="56" />
        <source>Map</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>UpgradeDatabaseStructure</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="47" />
        <source>Upgrade database structure</source>
        <translation>Mettre à jour la structure de la base</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="50" />
        <source>Applies, in version order, the upgrade files the database has not had yet. Each upgrade runs in one transaction: a failure leaves the database at the previous version. Data is kept. Back the database up first.</source>
        <translation>Applique, dans l'ordre des versions, les fichiers de mise à jour que la base n'a pas encore reçus. Chaque mise à jour s'exécute dans une transaction : un échec laisse la base à la version précédente. Les données sont conservées. Sauvegardez la base avant.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="56" />
        <source>I have a backup: run the upgrade</source>
        <translation>J'ai une sauvegarde : lancer la mise à jour</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="58" />
        <source>Database version</source>
        <translation>Version de la base</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="62" />
        <source>Tick the box to confirm that you want to upgrade the database.</source>
        <translation>Cochez la case pour confirmer la mise à jour de la base.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="70" />
        <source>The database is up to date (version {}).</source>
        <translation>La base est à jour (version {}).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="72" />
        <source>{} upgrade(s) to apply.</source>
        <translation>{} mise(s) à jour à appliquer.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="74" />
        <source>Database upgraded to version {}.</source>
        <translation>Base mise à jour en version {}.</translation>
    </message>
</context>
<context>
    <name>WhyThisServiceDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="32" />
        <source>Routed</source>
        <translation>Routé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="33" />
        <source>Triage queue</source>
        <translation>File de tri</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="34" />
        <source>Category not open</source>
        <translation>Catégorie non ouverte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="35" />
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="37" />
        <source>Not routed yet</source>
        <translation>Pas encore routé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="43" />
        <source>Deciding perimeter</source>
        <translation>Périmètre décisif</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="46" />
        <source>Ignored: inactive service</source>
        <translation>Ignoré : service inactif</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="47" />
        <source>Ignored: not for this category</source>
        <translation>Ignoré : pas pour cette catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="48" />
        <source>Ignored: not valid on the report's day</source>
        <translation>Ignoré : non valable le jour du signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="51" />
        <source>Extra recipient (in copy)</source>
        <translation>Destinataire en copie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="52" />
        <source>Competent, beaten</source>
        <translation>Compétent, devancé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="65" />
        <source>Why this service? Report #{}</source>
        <translation>Pourquoi ce service ? Signalement n° {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="102" />
        <source>Perimeters containing the report (red: deciding, blue: others, grey: ignored):</source>
        <translation>Périmètres contenant le signalement (rouge : décisif, bleu : autres, gris : ignorés) :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="105" />
        <source>Perimeter</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="105" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="105" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="105" />
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="105" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="119" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="129" />
        <source>in copy: {}</source>
        <translation>en copie : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="131" />
        <source>No explanation stored for this report.</source>
        <translation>Aucune explication enregistrée pour ce signalement.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="134" />
        <source>This report was routed by hand: automatic routing leaves it as it is.</source>
        <translation>Ce signalement a été routé à la main : le routage automatique le laisse tel quel.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="136" />
        <source>The rules changed since this report was routed. Re-routing it now would give: {}</source>
        <translation>Les règles ont changé depuis le routage de ce signalement. Le router à nouveau donnerait : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="262" />
        <source>Why this service?</source>
        <translation>Pourquoi ce service ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="264" />
        <source>Select a report in a layer of the table gup_signalement.signalement (menu: Competence perimeters and reports layers) and make it the active layer.</source>
        <translation>Sélectionnez un signalement dans une couche de la table gup_signalement.signalement (menu : Couches des périmètres de compétence et des signalements) et faites-en la couche active.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="271" />
        <source>Select exactly one report ({} selected).</source>
        <translation>Sélectionnez exactement un signalement ({} sélectionnés).</translation>
    </message>
</context>
<context>
    <name>_CsvExport</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="45" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="52" />
        <source>Written: {}</source>
        <translation>Écrit : {}</translation>
    </message>
</context>
<context>
    <name>_CsvImport</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="25" />
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="31" />
        <source>{} rows imported or updated from {}.</source>
        <translation>{} lignes importées ou mises à jour depuis {}.</translation>
    </message>
</context>
<context>
    <name>_PerimeterLayerAlgorithm</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="42" />
        <source>Service name field</source>
        <translation>Champ du nom du service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="44" />
        <source>Perimeter name field</source>
        <translation>Champ du nom du périmètre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="46" />
        <source>Categories field (codes separated by commas, empty = all)</source>
        <translation>Champ des catégories (codes séparés par des virgules, vide = toutes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="49" />
        <source>Priority field (larger wins)</source>
        <translation>Champ de la priorité (la plus grande l'emporte)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="52" />
        <source>Extra recipient field (true/false)</source>
        <translation>Champ destinataire en copie (true/false)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="67" />
        <source>feature {}</source>
        <translation>entité {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="93" />
        <source>{} perimeters read.</source>
        <translation>{} périmètres lus.</translation>
    </message>
</context>
</TS>