<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AtlasLayout</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Reports by category</source>
        <translation>Signalements par catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Reports per month</source>
        <translation>Signalements par mois</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>No report</source>
        <translation>Aucun signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="94"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="119"/>
        <source>Share closed within the target delay (with triage)</source>
        <translation>Part close dans le délai cible (avec le tri)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="148"/>
        <source>{} (no closed report with a closure date)</source>
        <translation>{} (aucun signalement clos daté)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="152"/>
        <source>{} days (over {} closed reports)</source>
        <translation>{} jours (sur {} signalements clos)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="152"/>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="159"/>
        <source>Reports: {}</source>
        <translation>Signalements : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="160"/>
        <source>Open: {}   Closed: {}</source>
        <translation>Ouverts : {}   Clos : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="161"/>
        <source>Median delay to closure: {}</source>
        <translation>Délai médian de clôture : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="164"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="177"/>
        <source>Reports received from {} to {}</source>
        <translation>Signalements reçus du {} au {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="181"/>
        <source>Reports received from {} to {} (whole history)</source>
        <translation>Signalements reçus de {} à {} (tout l'historique)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="184"/>
        <source>No report received</source>
        <translation>Aucun signalement reçu</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="188"/>
        <source>all categories</source>
        <translation>toutes catégories</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="189"/>
        <source>Category group: {}</source>
        <translation>Groupe de catégories : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="189"/>
        <source>{} reports on this page</source>
        <translation>{} signalements sur cette page</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="197"/>
        <source>Source: GUP Signalement database {} (reports of every channel; closed: by triage or by the external system). Median delay: from reception to the closure recorded by triage (to the last update for a report closed outside triage). Produced on {} with QGIS {} and GUP Signalement {}.</source>
        <translation>Source : base GUP Signalement {} (signalements de tous les canaux ; clos : par le tri ou par le système externe). Délai médian : de la réception à la clôture enregistrée par le tri (à la dernière mise à jour pour un signalement clos hors du tri). Produit le {} avec QGIS {} et GUP Signalement {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="226"/>
        <source>Atlas pages</source>
        <translation>Pages de l'atlas</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="234"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="259"/>
        <source>Page area</source>
        <translation>Zone de la page</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="273"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="306"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="315"/>
        <source>Open report</source>
        <translation>Signalement ouvert</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="316"/>
        <source>Closed report</source>
        <translation>Signalement clos</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="434"/>
        <source>Reports atlas</source>
        <translation>Atlas des signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/atlas_layout.py" line="555"/>
        <source>Page {}</source>
        <translation>Page {}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="53"/>
        <source>Audit trail of a report</source>
        <translation>Journal des modifications d'un signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="62"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="64"/>
        <source>Report number:</source>
        <translation>Numéro du signalement :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="69"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="69"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="69"/>
        <source>Login role</source>
        <translation>Rôle de connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="69"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="69"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="81"/>
        <source>Reporter&apos;s contact (personal data: each read is logged)</source>
        <translation>Contact du signalant (donnée personnelle : chaque lecture est journalisée)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="84"/>
        <source>e.g. call the reporter back about the place</source>
        <translation>par ex. rappeler le signalant pour préciser le lieu</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="85"/>
        <source>Show the contact</source>
        <translation>Afficher le contact</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="89"/>
        <source>Why:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="99"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="111"/>
        <source>Audit trail</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="136"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="139"/>
        <source>No contact was given for this report.</source>
        <translation>Aucun contact n'a été donné pour ce signalement.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/audit_dialog.py" line="141"/>
        <source>The contact was erased on {} (retention).</source>
        <translation>Le contact a été effacé le {} (durée de conservation).</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/auth.py" line="17"/>
        <source>There is no authentication configuration &apos;{}&apos; in this QGIS profile (Settings &gt; Options &gt; Authentication).</source>
        <translation>Il n'y a pas de configuration d'authentification « {} » dans ce profil QGIS (Préférences &gt; Options &gt; Authentification).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/auth.py" line="28"/>
        <source>The authentication configuration &apos;{}&apos; cannot be read (is the QGIS master password unlocked?)</source>
        <translation>La configuration d'authentification « {} » ne peut pas être lue (le mot de passe principal de QGIS est-il déverrouillé ?)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/auth.py" line="46"/>
        <source>The authentication configuration &apos;{}&apos; ({}) holds no API key: use a Basic configuration with the key as password.</source>
        <translation>La configuration d'authentification « {} » ({}) ne contient pas de clé d'API : utilisez une configuration « Basic » avec la clé comme mot de passe.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/auth.py" line="63"/>
        <source>The authentication configuration &apos;{}&apos; ({}) holds no user name and password: use a Basic configuration.</source>
        <translation>La configuration d'authentification « {} » ({}) ne contient pas d'identifiant et de mot de passe : utilisez une configuration « Basic ».</translation>
    </message>
</context>
<context>
    <name>BaseAlgorithm</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="44"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="45"/>
        <source>Category catalogue</source>
        <translation>Catalogue des catégories</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="46"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="68"/>
        <source>PostgreSQL connection to the GUP database</source>
        <translation>Connexion PostgreSQL à la base GUP</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="80"/>
        <source>Choose a PostgreSQL connection.</source>
        <translation>Choisissez une connexion PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="47"/>
        <source>Competences and routing</source>
        <translation>Compétences et routage</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="48"/>
        <source>Incoming reports</source>
        <translation>Signalements entrants</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="49"/>
        <source>Urban renewal</source>
        <translation>Renouvellement urbain</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="50"/>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="52"/>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="51"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/base.py" line="53"/>
        <source>People and rights</source>
        <translation>Personnes et droits</translation>
    </message>
</context>
<context>
    <name>CatalogueText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="15"/>
        <source>invalid category code &apos;{code}&apos; (lower-case letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;; at most 63 characters)</source>
        <translation>code de catégorie invalide « {code} » (lettres minuscules, chiffres, « _ », « - », « . » ; 63 caractères au plus)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="20"/>
        <source>duplicate category code &apos;{code}&apos;</source>
        <translation>code de catégorie « {code} » en double</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="21"/>
        <source>empty public label for category &apos;{code}&apos;</source>
        <translation>libellé public vide pour la catégorie « {code} »</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="24"/>
        <source>empty group for category &apos;{code}&apos;</source>
        <translation>groupe vide pour la catégorie « {code} »</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="25"/>
        <source>negative handling delay for category &apos;{code}&apos;</source>
        <translation>délai de traitement négatif pour la catégorie « {code} »</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="28"/>
        <source>category &apos;{code}&apos; is its own parent</source>
        <translation>la catégorie « {code} » est son propre parent</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="29"/>
        <source>category &apos;{code}&apos; points to a missing parent &apos;{parent}&apos;</source>
        <translation>la catégorie « {code} » désigne un parent absent « {parent} »</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="32"/>
        <source>category &apos;{code}&apos;: parent &apos;{parent}&apos; is itself a sub-category (only two levels)</source>
        <translation>catégorie « {code} » : le parent « {parent} » est lui-même une sous-catégorie (deux niveaux seulement)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="36"/>
        <source>the file has no data row</source>
        <translation>le fichier n'a aucune ligne de données</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="37"/>
        <source>missing column(s): {missing} (found: {found})</source>
        <translation>colonne(s) manquante(s) : {missing} (trouvées : {found})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="40"/>
        <source>column &apos;{column}&apos;: &apos;{value}&apos; is not a whole number (write a number of days such as 5, or leave the cell empty)</source>
        <translation>colonne « {column} » : « {value} » n'est pas un nombre entier (écrivez un nombre de jours, par exemple 5, ou laissez la cellule vide)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="45"/>
        <source>column &apos;{column}&apos;: &apos;{value}&apos; is not a yes/no value (write true or false, oui or non, 1 or 0)</source>
        <translation>colonne « {column} » : « {value} » n'est pas une valeur oui/non (écrivez oui ou non, true ou false, 1 ou 0)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="50"/>
        <source>column &apos;{column}&apos;: &apos;{value}&apos; is not an opening stage (write closed, agents or public)</source>
        <translation>colonne « {column} » : « {value} » n'est pas un niveau d'ouverture (écrivez closed, agents ou public — ou fermée)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="54"/>
        <source>column &apos;{column}&apos;: &apos;{value}&apos; is not a date (write YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>colonne « {column} » : « {value} » n'est pas une date (écrivez AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="58"/>
        <source>unknown commune code &apos;{insee}&apos;</source>
        <translation>code commune inconnu « {insee} »</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="59"/>
        <source>unknown category &apos;{code}&apos;</source>
        <translation>catégorie inconnue « {code} »</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="60"/>
        <source>&apos;{code}&apos; is a sub-category: open or close its parent &apos;{parent}&apos;</source>
        <translation>« {code} » est une sous-catégorie : ouvrez ou fermez son parent « {parent} »</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="63"/>
        <source>cell {insee} x {code} already given at line {line}</source>
        <translation>case {insee} × {code} déjà donnée ligne {line}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="66"/>
        <source>valid_to is before valid_from</source>
        <translation>valid_to est antérieure à valid_from</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="67"/>
        <source>The category catalogue {source} cannot be imported:</source>
        <translation>Le catalogue des catégories {source} ne peut pas être importé :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/catalogue_text.py" line="70"/>
        <source>The commune settings {source} cannot be imported:</source>
        <translation>Le paramétrage par commune {source} ne peut pas être importé :</translation>
    </message>
</context>
<context>
    <name>CategoryMatrixDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="48"/>
        <source>Categories by commune</source>
        <translation>Catégories par commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="62"/>
        <source>Show the matrix as it was on</source>
        <translation>Afficher la matrice telle qu'elle était le</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="113"/>
        <source>Stage of the selected cells</source>
        <translation>Ouverture des cellules sélectionnées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="124"/>
        <source>Message and validity of the selected cells</source>
        <translation>Message et validité des cellules sélectionnées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="127"/>
        <source>Message shown when the category is closed: which channel to use (letter to the mayor, phone...)</source>
        <translation>Message affiché quand la catégorie est fermée : quel canal utiliser (courrier au maire, téléphone…)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="134"/>
        <source>Closed message</source>
        <translation>Message de fermeture</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="135"/>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="137"/>
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="144"/>
        <source>Apply to the selected cells</source>
        <translation>Appliquer aux cellules sélectionnées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="149"/>
        <source>History of the current cell</source>
        <translation>Historique de la cellule courante</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="151"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="151"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="151"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="151"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="184"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="201"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="249"/>
        <source>Message: {}</source>
        <translation>Message : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="251"/>
        <source>Open only inside its experiment perimeter</source>
        <translation>Ouverte seulement dans son périmètre d'expérimentation</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="253"/>
        <source>Valid from {} until {}</source>
        <translation>Valable du {} au {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="298"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="298"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est avant la date de début.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="324"/>
        <source>Select cells; a header selects a whole row or column.</source>
        <translation>Sélectionnez des cellules ; un en-tête sélectionne toute la ligne ou la colonne.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="337"/>
        <source>{} cells selected</source>
        <translation>{} cellules sélectionnées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="375"/>
        <source>{} communes × {} categories — {}</source>
        <translation>{} communes × {} catégories — {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="379"/>
        <source>{} unsaved change(s)</source>
        <translation>{} modification(s) non enregistrée(s)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="381"/>
        <source>read only (past state)</source>
        <translation>lecture seule (état passé)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/matrix_dialog.py" line="207"/>
        <source>INSEE code {}</source>
        <translation>Code INSEE {}</translation>
    </message>
</context>
<context>
    <name>CheckCoverage</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="331"/>
        <source>Check competence coverage</source>
        <translation>Vérifier la couverture des compétences</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="334"/>
        <source>For one category: the parts of the territory where no service is competent (gaps), where two services compete with the same priority (overlaps), and a summary per commune.</source>
        <translation>Pour une catégorie : les parties du territoire où aucun service n'est compétent (lacunes), celles où deux services sont en concurrence avec la même priorité (chevauchements), et un bilan par commune.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="342"/>
        <source>Category code</source>
        <translation>Code de la catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="343"/>
        <source>Day (YYYY-MM-DD, empty = today)</source>
        <translation>Jour (AAAA-MM-JJ, vide = aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="348"/>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="353"/>
        <source>Overlaps</source>
        <translation>Chevauchements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="358"/>
        <source>Coverage per commune</source>
        <translation>Couverture par commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="429"/>
        <source>Gaps: {:.0f} m², overlaps: {}.</source>
        <translation>Lacunes : {:.0f} m², chevauchements : {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="369"/>
        <source>Unknown category &apos;{}&apos;: give the code of a category of the catalogue.</source>
        <translation>Catégorie inconnue « {} » : donnez le code d'une catégorie du catalogue.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="379"/>
        <source>&apos;{}&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation>« {} » n'est pas une date : écrivez-la AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>CommunesText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/communes_text.py" line="14"/>
        <source>invalid INSEE code &apos;{insee}&apos; (5 characters, e.g. 94081)</source>
        <translation>code INSEE invalide « {insee} » (5 caractères, par exemple 94081)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/communes_text.py" line="17"/>
        <source>INSEE code {insee} already used by {first}</source>
        <translation>code INSEE {insee} déjà utilisé par {first}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/communes_text.py" line="20"/>
        <source>empty commune name</source>
        <translation>nom de commune vide</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/communes_text.py" line="21"/>
        <source>commune {insee}: no geometry</source>
        <translation>commune {insee} : aucune géométrie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/communes_text.py" line="22"/>
        <source>commune {insee}: unreadable geometry ({detail})</source>
        <translation>commune {insee} : géométrie illisible ({detail})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/communes_text.py" line="25"/>
        <source>commune {insee}: empty geometry</source>
        <translation>commune {insee} : géométrie vide</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/communes_text.py" line="26"/>
        <source>commune {insee}: {kind} geometry, a polygon is expected</source>
        <translation>commune {insee} : géométrie {kind}, un polygone est attendu</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/communes_text.py" line="29"/>
        <source>commune {insee}: invalid geometry: {reason}</source>
        <translation>commune {insee} : géométrie invalide : {reason}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/communes_text.py" line="32"/>
        <source>No commune was imported:</source>
        <translation>Aucune commune n'a été importée :</translation>
    </message>
</context>
<context>
    <name>ConnectionCombo</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/connection_picker.py" line="27"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/connection_picker.py" line="29"/>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/connections.py" line="86"/>
        <source>There is no PostgreSQL connection named &apos;{}&apos; in QGIS (Browser panel &gt; PostgreSQL &gt; New Connection).</source>
        <translation>Il n'y a pas de connexion PostgreSQL nommée « {} » dans QGIS (panneau Explorateur &gt; PostgreSQL &gt; Nouvelle connexion).</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseStructure</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="17"/>
        <source>Create database structure</source>
        <translation>Créer la structure de la base</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="20"/>
        <source>Installs the GUP schema (tables, views, functions, history triggers) in a PostGIS database, and PostGIS itself if the role may. An existing GUP structure is kept unless &apos;Drop the existing structure&apos; is ticked: then the schema and ALL its data are deleted first.</source>
        <translation>Installe le schéma GUP (tables, vues, fonctions, historique) dans une base PostGIS, et PostGIS lui-même si le rôle en a le droit. Une structure GUP existante est conservée sauf si « Supprimer la structure existante » est coché : le schéma et TOUTES ses données sont alors supprimés d'abord.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="29"/>
        <source>Drop the existing structure and ALL its data</source>
        <translation>Supprimer la structure existante et TOUTES ses données</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="36"/>
        <source>Database version</source>
        <translation>Version de la base</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="44"/>
        <source>Structure version {} installed in database &apos;{}&apos;.</source>
        <translation>Structure version {} installée dans la base « {} ».</translation>
    </message>
</context>
<context>
    <name>CreatePerson</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="39"/>
        <source>Create a person&apos;s login role</source>
        <translation>Créer le rôle de connexion d'une personne</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="42"/>
        <source>Creates a PostgreSQL login role for one person, member of one GUP group (gup_admin, gup_operateur, gup_agent, gup_lecteur) and, for an agent, linked to its service. The role has no password here: Processing keeps every parameter in its history. Give the password in the &apos;People and rights&apos; dialog (sent once to the server, never stored), or let the server authenticate the person (pg_hba: certificate, Kerberos). Needs a connection with the CREATEROLE right.</source>
        <translation>Crée un rôle de connexion PostgreSQL pour une personne, membre d'un groupe GUP (gup_admin, gup_operateur, gup_agent, gup_lecteur) et, pour un agent, rattaché à son service. Le rôle n'a pas de mot de passe ici : Processing garde chaque paramètre dans son historique. Donnez le mot de passe dans la fenêtre « Personnes et droits » (envoyé une fois au serveur, jamais conservé), ou laissez le serveur authentifier la personne (pg_hba : certificat, Kerberos). Demande une connexion ayant le droit CREATEROLE.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="54"/>
        <source>Login name</source>
        <translation>Identifiant de connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="55"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="60"/>
        <source>Service (agents)</source>
        <translation>Service (agents)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="70"/>
        <source>Login role &apos;{}&apos; created in {}.</source>
        <translation>Rôle de connexion « {} » créé dans {}.</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/database_text.py" line="20"/>
        <source>unknown category &apos;{value}&apos;: it is not in the catalogue (import or create it first); nothing was written</source>
        <translation>catégorie inconnue « {value} » : elle n'est pas au catalogue (importez-la ou créez-la d'abord) ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/database_text.py" line="25"/>
        <source>unknown commune &apos;{value}&apos; (INSEE code): it is not in the database (import the communes first); nothing was written</source>
        <translation>commune inconnue « {value} » (code INSEE) : elle n'est pas dans la base (importez d'abord les communes) ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/database_text.py" line="30"/>
        <source>{column} &apos;{value}&apos; does not exist in the table {table}; nothing was written</source>
        <translation>{column} « {value} » n'existe pas dans la table {table} ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/database_text.py" line="34"/>
        <source>{column} &apos;{value}&apos; is still used by the table {table}: change or delete those rows first; nothing was written</source>
        <translation>{column} « {value} » est encore utilisé par la table {table} : modifiez ou supprimez d'abord ces lignes ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/database_text.py" line="39"/>
        <source>{column} &apos;{value}&apos; already exists in the table {table}; nothing was written</source>
        <translation>{column} « {value} » existe déjà dans la table {table} ; rien n'a été écrit</translation>
    </message>
</context>
<context>
    <name>DeliveryText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="46"/>
        <source>New reports</source>
        <translation>Nouveaux signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="47"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="48"/>
        <source>Closures</source>
        <translation>Clôtures</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="49"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="50"/>
        <source>Unanswered for 3 working days</source>
        <translation>Sans réponse depuis 3 jours ouvrés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="51"/>
        <source>Without follow-up for 20 days</source>
        <translation>Sans suivi depuis 20 jours</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="52"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="53"/>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="54"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="55"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="56"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="57"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="58"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="59"/>
        <source>To triage</source>
        <translation>À trier</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="60"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="61"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="62"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="63"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="64"/>
        <source>Nothing</source>
        <translation>Rien à signaler</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="66"/>
        <source>Weekly digest of {service}, {start:%d/%m/%Y} to {end:%d/%m/%Y}</source>
        <translation>Synthèse hebdomadaire — {service} — du {start:%d/%m/%Y} au {end:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="76"/>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="77"/>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="78"/>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="79"/>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="80"/>
        <source>timeout</source>
        <translation>délai d'attente</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="81"/>
        <source>certificate file</source>
        <translation>fichier de certificat</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="98"/>
        <source>Invalid SMTP setting: {field} = &apos;{value}&apos;.</source>
        <translation>Réglage SMTP invalide : {field} = « {value} ».</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="101"/>
        <source>Invalid recipient address: &apos;{address}&apos;.</source>
        <translation>Adresse de destinataire invalide : « {address} ».</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="104"/>
        <source>The SMTP server {host}:{port} refused the connection (server, port or firewall?).</source>
        <translation>Le serveur SMTP {host}:{port} refuse la connexion (serveur, port ou pare-feu ?).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="108"/>
        <source>Cannot connect to the SMTP server {host}:{port}: {detail}.</source>
        <translation>Connexion impossible au serveur SMTP {host}:{port} : {detail}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="111"/>
        <source>The SMTP server {host}:{port} did not answer within {seconds} s.</source>
        <translation>Le serveur SMTP {host}:{port} n'a pas répondu en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="114"/>
        <source>The encrypted connection (TLS) with {host}:{port} failed: {detail} (unknown certificate, or wrong security mode?).</source>
        <translation>La connexion chiffrée (TLS) avec {host}:{port} a échoué : {detail} (certificat non reconnu, ou mauvais mode de sécurité ?).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="119"/>
        <source>The SMTP server {host}:{port} does not offer STARTTLS: choose SSL or no encryption.</source>
        <translation>Le serveur SMTP {host}:{port} ne propose pas STARTTLS : choisissez SSL ou aucun chiffrement.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="123"/>
        <source>The SMTP server {host}:{port} does not offer a login: remove the authentication configuration, or use STARTTLS.</source>
        <translation>Le serveur SMTP {host}:{port} ne propose pas d'authentification : retirez la configuration d'authentification, ou utilisez STARTTLS.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="128"/>
        <source>The SMTP server {host} refused the user name &apos;{user}&apos; or its password ({detail}).</source>
        <translation>Le serveur SMTP {host} refuse l'identifiant « {user} » ou son mot de passe ({detail}).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="132"/>
        <source>The SMTP server refused the sender {sender} ({detail}).</source>
        <translation>Le serveur SMTP refuse l'expéditeur {sender} ({detail}).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="135"/>
        <source>The SMTP server {host}:{port} answered an error: {detail}.</source>
        <translation>Le serveur SMTP {host}:{port} a répondu par une erreur : {detail}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="138"/>
        <source>The service {service} has no e-mail address.</source>
        <translation>Le service {service} n'a pas d'adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="141"/>
        <source>Cannot write {path}: {detail}.</source>
        <translation>Impossible d'écrire {path} : {detail}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="142"/>
        <source>The server {endpoint} refused the reports&apos; status (HTTP {status}): {message}</source>
        <translation>Le serveur {endpoint} a refusé l'état des signalements (HTTP {status}) : {message}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="146"/>
        <source>The reports&apos; status could not be sent to {endpoint}: {detail}</source>
        <translation>L'état des signalements n'a pas pu être envoyé à {endpoint} : {detail}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="156"/>
        <source>Sent, but refused for: {}.</source>
        <translation>Envoyée, mais refusée pour : {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="156"/>
        <source>Refused for every recipient: {}.</source>
        <translation>Refusée pour tous les destinataires : {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="169"/>
        <source>no message</source>
        <translation>sans message</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="176"/>
        <source>{}: digest sent to {}.</source>
        <translation>{} : synthèse envoyée à {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="180"/>
        <source>{}: digest written to {} (no SMTP server configured).</source>
        <translation>{} : synthèse écrite dans {} (aucun serveur SMTP configuré).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="185"/>
        <source>Files kept: {}, {}.</source>
        <translation>Fichiers conservés : {}, {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="185"/>
        <source>Files not written.</source>
        <translation>Fichiers non écrits.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/delivery_text.py" line="190"/>
        <source>{}: digest NOT sent. {} {}</source>
        <translation>{} : synthèse NON envoyée. {} {}</translation>
    </message>
</context>
<context>
    <name>DryRunCommuneSettings</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="646"/>
        <source>Dry-run an edited category opening per commune</source>
        <translation>Simulation d'une ouverture des catégories modifiée par commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="649"/>
        <source>Routes every stored report with the communes x categories settings of the given CSV file (in the format of the export, for example an edited export) instead of the stored ones, and outputs the reports that would change service or status (before and after: status, service, reason), with counts per commune and per service. The cells of the file replace the stored ones as the import would (experiment perimeters are kept); nothing is written to the database.</source>
        <translation>Route tous les signalements enregistrés avec le paramétrage communes × catégories du fichier CSV donné (au format de l'export, par exemple un export modifié) au lieu du paramétrage enregistré, et donne les signalements qui changeraient de service ou de statut (avant et après : statut, service, raison), avec les effectifs par commune et par service. Les cellules du fichier remplacent celles enregistrées comme le ferait l'import (les périmètres d'expérimentation sont conservés) ; rien n'est écrit dans la base.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="661"/>
        <source>Edited communes x categories CSV file</source>
        <translation>Fichier CSV communes × catégories modifié</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="672"/>
        <source>{} cells read from {}.</source>
        <translation>{} cellules lues dans {}.</translation>
    </message>
</context>
<context>
    <name>DryRunPerimeters</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="605"/>
        <source>Dry-run edited perimeters</source>
        <translation>Simuler des périmètres modifiés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="619"/>
        <source>Edited perimeters layer</source>
        <translation>Couche des périmètres modifiés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="608"/>
        <source>Routes every stored report with the perimeters of the given layer (for example an edited copy) instead of the stored ones, and outputs the reports that would change service or status, with counts per commune and per service. The layer is checked as the import checks it (the same problems refuse it; invalid geometries are repaired only when asked). Nothing is written to the database.</source>
        <translation>Route tous les signalements enregistrés avec les périmètres de la couche donnée (par exemple une copie modifiée) au lieu des périmètres enregistrés, et produit les signalements qui changeraient de service ou de statut, avec les nombres par commune et par service. La couche est contrôlée comme à l'import (les mêmes problèmes la refusent ; les géométries invalides ne sont réparées que sur demande). Rien n'est écrit dans la base.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="631"/>
        <source>The edited perimeters cannot be used:</source>
        <translation>Les périmètres modifiés ne sont pas utilisables :</translation>
    </message>
</context>
<context>
    <name>EmergingHotspots</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="424"/>
        <source>Emerging hot spots (space-time)</source>
        <translation>Points chauds émergents (espace-temps)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="427"/>
        <source>Is it getting better or worse, and where? Reports are counted per hexagonal cell and per time step (week, month or quarter); each space-time bin gets a Gi* over its neighbourhood (the cells of the distance band or the k nearest, over the step itself and the k previous steps), a Mann-Kendall trend is computed on each cell&apos;s series, and each cell gets a category: new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating or historical hot spot (or cold spot), or no pattern. At least 60 reports. The space-time bins can be written too, with their start and end dates for QGIS&apos;s Temporal Controller.</source>
        <translation>Est-ce que ça s'améliore ou s'aggrave, et où ? Les signalements sont comptés par maille hexagonale et par pas de temps (semaine, mois ou trimestre) ; chaque case espace-temps reçoit un Gi* sur son voisinage (les mailles de la distance de voisinage ou les k plus proches, sur le pas lui-même et les k pas précédents), une tendance de Mann-Kendall est calculée sur la série de chaque maille, et chaque maille reçoit une catégorie : point chaud nouveau, consécutif, qui s'intensifie, persistant, qui diminue, sporadique, oscillant ou historique (ou point froid), ou aucune tendance. Au moins 60 signalements. Les cases espace-temps peuvent aussi être écrites, avec leurs dates de début et de fin pour le contrôleur temporel de QGIS.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="440"/>
        <source>Time step</source>
        <translation>Pas de temps</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="440"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="440"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="440"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="448"/>
        <source>Previous time steps in the neighbourhood</source>
        <translation>Pas de temps précédents dans le voisinage</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="459"/>
        <source>Emerging hot spots</source>
        <translation>Points chauds émergents</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="464"/>
        <source>Space-time bins (for the Temporal Controller)</source>
        <translation>Cases espace-temps (pour le contrôleur temporel)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="473"/>
        <source>Choices made (JSON)</source>
        <translation>Choix effectués (JSON)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="480"/>
        <source>Reading the reports and computing the space-time cube…</source>
        <translation>Lecture des signalements et calcul du cube espace-temps…</translation>
    </message>
</context>
<context>
    <name>ExportAtlas</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="41"/>
        <source>Export the reports atlas (PDF)</source>
        <translation>Exporter l'atlas des signalements (PDF)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="60"/>
        <source>Coverage: one page per feature (default: the communes)</source>
        <translation>Couverture : une page par entité (par défaut : les communes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="68"/>
        <source>Page title field (default: the first text field)</source>
        <translation>Champ du titre de page (par défaut : le premier champ texte)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="92"/>
        <source>Category group (empty: all categories)</source>
        <translation>Groupe de catégories (vide : toutes les catégories)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="99"/>
        <source>Reports received from (included)</source>
        <translation>Signalements reçus à partir du (inclus)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="99"/>
        <source>Reports received until (included)</source>
        <translation>Signalements reçus jusqu'au (inclus)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="108"/>
        <source>Atlas PDF</source>
        <translation>PDF de l'atlas</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="113"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="114"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="151"/>
        <source>{} pages written to {} ({} reports).</source>
        <translation>{} pages écrites dans {} ({} signalements).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="44"/>
        <source>Writes one PDF with a page per commune, or per feature of the polygon layer chosen as coverage: a map of the reports (open / closed) over the communes, the key figures (reports, open and closed, median delay from reception to closure where the closure date is known), a bar chart by category and the reports per month. Filters: category group and period of reception (both optional). The layout is the template resources/layouts/atlas_a4_landscape.qpt of the plugin, which can be edited in QGIS&apos;s layout designer. The share closed within the target delay counts the reports closed by triage that have a target day (a dash when there is none). &apos;One page per point noir&apos; makes the pages the points noirs of the database, titled with their names. A Gi* hot spots result (layer with a Gi_Bin field) can be drawn under the reports, in its classes.</source>
        <translation>Écrit un PDF avec une page par commune, ou par entité de la couche de polygones choisie comme couverture : une carte des signalements (ouverts / clos) sur les communes, les chiffres clés (signalements, ouverts et clos, délai médian de la réception à la clôture quand la date de clôture est connue), un diagramme en barres par catégorie et les signalements par mois. Filtres : groupe de catégories et période de réception (facultatifs). La mise en page est le modèle resources/layouts/atlas_a4_landscape.qpt de l&apos;extension, modifiable dans le concepteur de mise en page de QGIS. La part close dans le délai cible compte les signalements clos par le tri qui ont une date cible (un tiret quand il n&apos;y en a aucun). « Une page par point noir » fait des points noirs de la base les pages de l&apos;atlas, titrées de leur nom. Un résultat de points chauds Gi* (couche avec un champ Gi_Bin) peut être dessiné sous les signalements, dans ses classes.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="77"/>
        <source>One page per point noir (instead of the coverage)</source>
        <translation>Une page par point noir (au lieu de la couverture)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="84"/>
        <source>Hot spots (Gi*) drawn on the maps</source>
        <translation>Points chauds (Gi*) dessinés sur les cartes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="125"/>
        <source>Choose either a coverage layer or one page per point noir, not both.</source>
        <translation>Choisissez une couche de couverture ou une page par point noir, pas les deux.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/atlas.py" line="130"/>
        <source>There is no point noir in the database yet.</source>
        <translation>La base ne contient encore aucun point noir.</translation>
    </message>
</context>
<context>
    <name>ExportCategoryCatalogue</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="95"/>
        <source>Export category catalogue (CSV)</source>
        <translation>Exporter le catalogue des catégories (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="98"/>
        <source>Catalogue CSV file</source>
        <translation>Fichier CSV du catalogue</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="101"/>
        <source>Writes the catalogue as a CSV file (UTF-8 with BOM, &apos;;&apos; separated) that the import algorithm reads back.</source>
        <translation>Écrit le catalogue dans un fichier CSV (UTF-8 avec BOM, séparateur ';') que l'algorithme d'import sait relire.</translation>
    </message>
</context>
<context>
    <name>ExportCommuneSettings</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="136"/>
        <source>Export category opening per commune (CSV)</source>
        <translation>Exporter l'ouverture des catégories par commune (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="139"/>
        <source>Communes x categories CSV file</source>
        <translation>Fichier CSV communes x catégories</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="142"/>
        <source>Writes the communes x categories settings as a CSV file that the import algorithm reads back.</source>
        <translation>Écrit le paramétrage communes x catégories dans un fichier CSV que l'algorithme d'import sait relire.</translation>
    </message>
</context>
<context>
    <name>ExportOpen311Requests</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="346"/>
        <source>Export the reports&apos; status for reporters (Open311)</source>
        <translation>Exporter l'état des signalements pour les signalants (Open311)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="349"/>
        <source>Writes requests.json and requests.xml (Open311 GeoReport v2) with the status of the reports of a source (default: every source): open or closed, the latest public follow-up as status_notes, the responsible service, the expected and updated dates. Internal follow-ups and reporters&apos; personal data never appear. Optionally pushes the JSON to the endpoint of the delivery settings; a failed push keeps the files and is reported.</source>
        <translation>Écrit requests.json et requests.xml (Open311 GeoReport v2) avec l'état des signalements d'une source (par défaut : toutes les sources) : ouvert ou clos, le dernier suivi public comme status_notes, le service responsable, les dates prévue et de mise à jour. Les suivis internes et les données personnelles des signalants n'y figurent jamais. Envoie éventuellement le JSON au point d'accès des paramètres de diffusion ; un envoi en échec garde les fichiers et est signalé.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="360"/>
        <source>Source (default: every source)</source>
        <translation>Source (par défaut : toutes les sources)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="365"/>
        <source>Push to the Open311 endpoint of the delivery settings</source>
        <translation>Envoyer au point d'accès Open311 des paramètres de diffusion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="372"/>
        <source>Feedback folder</source>
        <translation>Dossier du retour aux signalants</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="375"/>
        <source>Requests written</source>
        <translation>Demandes écrites</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="376"/>
        <source>Pushed (1) or not (0)</source>
        <translation>Envoyé (1) ou non (0)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="386"/>
        <source>No Open311 endpoint in the delivery settings: set one with &apos;Set the digest and feedback delivery settings&apos;, or do not push.</source>
        <translation>Aucun point d'accès Open311 dans les paramètres de diffusion : indiquez-en un avec « Définir les paramètres de diffusion du récapitulatif et du retour », ou n'envoyez pas.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="398"/>
        <source>{} request(s) written to {} and {}.</source>
        <translation>{} demande(s) écrite(s) dans {} et {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="404"/>
        <source>Not pushed: {} Files kept.</source>
        <translation>Non envoyé : {} Fichiers conservés.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="408"/>
        <source>Pushed to {}.</source>
        <translation>Envoyé à {}.</translation>
    </message>
</context>
<context>
    <name>ExportOpen311Services</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="29"/>
        <source>Publish Open311 services for the reporting app</source>
        <translation>Publier les services Open311 pour l'application de signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="32"/>
        <source>Writes, for each commune (jurisdiction_id = INSEE code) and each audience (agents, public), an Open311 GeoReport v2 services document: &lt;folder&gt;/&lt;audience&gt;/&lt;INSEE&gt;/services.json and .xml. Open categories are listed; closed ones carry the keyword &apos;inactive&apos; and their message as description; categories open to agents only carry &apos;staff&apos; and are left out of the public documents. The stages in force on the chosen date are used (today by default). Each publication is logged in the database.</source>
        <translation>Écrit, pour chaque commune (jurisdiction_id = code INSEE) et chaque public (agents, public), un document services Open311 GeoReport v2 : &lt;dossier&gt;/&lt;public&gt;/&lt;INSEE&gt;/services.json et .xml. Les catégories ouvertes sont listées ; les fermées portent le mot-clé « inactive » et leur message en description ; celles ouvertes aux seuls agents portent « staff » et sont absentes des documents publics. Les étapes en vigueur à la date choisie sont utilisées (aujourd'hui par défaut). Chaque publication est journalisée dans la base.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="44"/>
        <source>Stages in force on (default: today)</source>
        <translation>Étapes en vigueur le (par défaut : aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="52"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="61"/>
        <source>Publication folder</source>
        <translation>Dossier de publication</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="66"/>
        <source>Documents written</source>
        <translation>Documents écrits</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/publication.py" line="84"/>
        <source>{} documents written in {} (stages of {}); open cells: {}.</source>
        <translation>{} documents écrits dans {} (étapes du {}) ; cellules ouvertes : {}.</translation>
    </message>
</context>
<context>
    <name>ExportPerimeters</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="463"/>
        <source>Export competence perimeters</source>
        <translation>Exporter les périmètres de compétence</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="466"/>
        <source>Writes the stored competence perimeters (service name, name, categories separated by commas, priority, extra recipient, validity dates, geometry in Lambert-93) to a GeoPackage (.gpkg) or to a CSV file with a WKT column (.csv, &apos;;&apos; separated), chosen by the file extension. Both are read back by the import algorithm (for the CSV, see its help).</source>
        <translation>Écrit les périmètres de compétence enregistrés (nom du service, nom, catégories séparées par des virgules, priorité, destinataire supplémentaire, dates de validité, géométrie en Lambert-93) dans un GeoPackage (.gpkg) ou dans un fichier CSV avec une colonne WKT (.csv, séparateur « ; »), selon l'extension du fichier. Les deux se relisent avec l'algorithme d'import (pour le CSV, voir son aide).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="476"/>
        <source>Perimeters file</source>
        <translation>Fichier des périmètres</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="476"/>
        <source>GeoPackage (*.gpkg);;CSV with a WKT column (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;CSV avec une colonne WKT (*.csv)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="483"/>
        <source>Perimeters exported</source>
        <translation>Périmètres exportés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="489"/>
        <source>Choose a .gpkg or a .csv file, not &apos;{}&apos;.</source>
        <translation>Choisissez un fichier .gpkg ou .csv, pas « {} ».</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="513"/>
        <source>Cannot write {}: {}</source>
        <translation>Impossible d'écrire {} : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="517"/>
        <source>{} perimeters written to {}.</source>
        <translation>{} périmètres écrits dans {}.</translation>
    </message>
</context>
<context>
    <name>ExportRelocationIndicators</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="431"/>
        <source>Export relocation indicators and chart</source>
        <translation>Exporter les indicateurs de relogement et leur graphique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="434"/>
        <source>Writes the published relocation indicators (per perimeter, commune, landlord and household size; counts below 5 as &apos;&lt; 5&apos;, counts hidden so that no total gives them away as &apos;s&apos;) as CSV, and a chart of relocation progress per perimeter (SVG or PNG): a point every 5 households or more, no curve for a perimeter whose count is hidden.</source>
        <translation>Écrit les indicateurs de relogement publiés (par périmètre, commune, bailleur et taille de ménage ; effectifs inférieurs à 5 notés « &lt; 5 », effectifs masqués pour qu'aucun total ne les révèle notés « s ») en CSV, et un graphique de l'avancement du relogement par périmètre (SVG ou PNG) : un point tous les 5 ménages ou plus, pas de courbe pour un périmètre dont l'effectif est masqué.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="444"/>
        <source>Indicators (CSV)</source>
        <translation>Indicateurs (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="449"/>
        <source>Progress chart (SVG or PNG)</source>
        <translation>Graphique d'avancement (SVG ou PNG)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="457"/>
        <source>Reports per perimeter, category and month (CSV)</source>
        <translation>Signalements par périmètre, catégorie et mois (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="473"/>
        <source>Relocation progress per perimeter</source>
        <translation>Avancement du relogement par périmètre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="473"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="473"/>
        <source>households relocated (cumulative)</source>
        <translation>ménages relogés (cumul)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="473"/>
        <source>Not drawn (count hidden by statistical secrecy): {}</source>
        <translation>Non tracés (effectif masqué par le secret statistique) : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="481"/>
        <source>{} curves drawn in {}.</source>
        <translation>{} courbes tracées dans {}.</translation>
    </message>
</context>
<context>
    <name>ExportServices</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/services.py" line="42"/>
        <source>Export services (CSV)</source>
        <translation>Exporter les services (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/services.py" line="45"/>
        <source>Services CSV file</source>
        <translation>Fichier CSV des services</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/services.py" line="48"/>
        <source>Writes every service (name, type, insee_code, emails, active) as a CSV file (UTF-8 with BOM, &apos;;&apos; separated) that the import algorithm reads back.</source>
        <translation>Écrit tous les services (name, type, insee_code, emails, active) dans un fichier CSV (UTF-8 avec BOM, séparateur « ; ») que l'algorithme d'import relit.</translation>
    </message>
</context>
<context>
    <name>GupProvider</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/provider.py" line="94"/>
        <source>GUP Signalement</source>
        <translation>GUP Signalement</translation>
    </message>
</context>
<context>
    <name>GupSignalementPlugin</name>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="69"/>
        <source>Categories by commune…</source>
        <translation>Catégories par commune…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="71"/>
        <source>Map of a category's stages…</source>
        <translation>Carte de l'ouverture d'une catégorie…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="72"/>
        <source>Create database structure…</source>
        <translation>Créer la structure de la base…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="77"/>
        <source>Upgrade database structure…</source>
        <translation>Mettre à jour la structure de la base…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="82"/>
        <source>Import communes…</source>
        <translation>Importer les communes…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="85"/>
        <source>Import category catalogue…</source>
        <translation>Importer le catalogue des catégories…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="90"/>
        <source>Publish for the reporting app (Open311)…</source>
        <translation>Publier pour l'application de signalement (Open311)…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="95"/>
        <source>Services…</source>
        <translation>Services…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="102"/>
        <source>Competence perimeters and reports layers</source>
        <translation>Couches des périmètres de compétence et des signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="110"/>
        <source>Why this service?</source>
        <translation>Pourquoi ce service ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="328"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="301"/>
        <source>There is no PostgreSQL connection in QGIS yet.</source>
        <translation>Il n'y a encore aucune connexion PostgreSQL dans QGIS.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="307"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="105"/>
        <source>Export competence perimeters…</source>
        <translation>Exporter les périmètres de compétence…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="111"/>
        <source>Incoming report sources and synchronisation…</source>
        <translation>Sources des signalements entrants et synchronisation…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="114"/>
        <source>Phone report: click the place on the map…</source>
        <translation>Signalement téléphonique : cliquez le lieu sur la carte…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="117"/>
        <source>Quarantined reports layer (to fix and release)</source>
        <translation>Couche des signalements en quarantaine (à corriger et libérer)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="122"/>
        <source>Release quarantined reports…</source>
        <translation>Libérer des signalements en quarantaine…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="123"/>
        <source>Import reports from a file…</source>
        <translation>Importer des signalements depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="215"/>
        <source>Release quarantined reports</source>
        <translation>Libérer des signalements en quarantaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="222"/>
        <source>The quarantine layer has unsaved corrections: save them before the release?</source>
        <translation>La couche de quarantaine a des corrections non enregistrées : les enregistrer avant la libération ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="96"/>
        <source>Import services…</source>
        <translation>Importer des services…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="99"/>
        <source>Export services…</source>
        <translation>Exporter les services…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="133"/>
        <source>Urban renewal layers</source>
        <translation>Couches du renouvellement urbain</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="134"/>
        <source>Import QPV perimeters…</source>
        <translation>Importer les périmètres QPV…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="139"/>
        <source>Import a relocation spreadsheet (RIME)…</source>
        <translation>Importer un tableau de relogement (RIME)…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="144"/>
        <source>Atlas…</source>
        <translation>Atlas…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="151"/>
        <source>Hot spots (Gi*)…</source>
        <translation>Points chauds (Gi*)…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="154"/>
        <source>Emerging hot spots…</source>
        <translation>Points chauds émergents…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="157"/>
        <source>Points noirs layer</source>
        <translation>Couche des points noirs</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="158"/>
        <source>Point noir: before / after…</source>
        <translation>Point noir : avant / après…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="145"/>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="146"/>
        <source>Round sheet (feuille de tournée)…</source>
        <translation>Feuille de tournée…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="125"/>
        <source>People and rights…</source>
        <translation>Personnes et droits…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="126"/>
        <source>Audit trail and contact of a report…</source>
        <translation>Journal et contact d'un signalement…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="127"/>
        <source>Purge personal data…</source>
        <translation>Purger les données personnelles…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/plugin_main.py" line="70"/>
        <source>Triage…</source>
        <translation>Triage…</translation>
    </message>
</context>
<context>
    <name>HotspotLayers</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="74"/>
        <source>Hot spots (Gi*)</source>
        <translation>Points chauds (Gi*)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="78"/>
        <source>Emerging hot spots</source>
        <translation>Points chauds émergents</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="82"/>
        <source>Space-time bins</source>
        <translation>Cases espace-temps</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="86"/>
        <source>Report clusters</source>
        <translation>Agrégats de signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="90"/>
        <source>Report concentrations</source>
        <translation>Concentrations de signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="94"/>
        <source>Points noirs</source>
        <translation>Points noirs</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="165"/>
        <source>Hot spots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="212"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="213"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="214"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="215"/>
        <source>Owner service</source>
        <translation>Service pilote</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="216"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="217"/>
        <source>Works done on</source>
        <translation>Travaux réalisés le</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="218"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="219"/>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="220"/>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="221"/>
        <source>Modified by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_layers.py" line="222"/>
        <source>Modified on</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>HotspotText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="19"/>
        <source>Only {reports} reports to analyse: at least {minimum} are needed for a reliable hotspot analysis. Widen the period, the categories or the area.</source>
        <translation>Seulement {reports} signalements à analyser : il en faut au moins {minimum} pour une analyse de points chauds fiable. Élargissez la période, les catégories ou la zone.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="24"/>
        <source>Every one of the {cells} cells holds the same number of reports ({value}): there is no hotspot to find. Try another cell size.</source>
        <translation>Les {cells} mailles ont toutes le même nombre de signalements ({value}) : il n'y a pas de point chaud à trouver. Essayez une autre taille de maille.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="29"/>
        <source>The coordinates look like degrees (longitude/latitude): distances would be wrong. Give the layer its coordinate reference system, or use a projected one (Lambert-93, EPSG:2154).</source>
        <translation>Les coordonnées ressemblent à des degrés (longitude/latitude) : les distances seraient fausses. Donnez à la couche son système de coordonnées, ou utilisez-en un projeté (Lambert-93, EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="35"/>
        <source>With these neighbourhood settings some cells have no neighbour ({details}). Leave the distance band empty to use the smallest one that works.</source>
        <translation>Avec ces réglages de voisinage, des mailles n'ont aucun voisin ({details}). Laissez la distance de voisinage vide pour utiliser la plus petite qui convient.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="40"/>
        <source>Only {cells} cells or polygons: at least {minimum} are needed.</source>
        <translation>Seulement {cells} mailles ou polygones : il en faut au moins {minimum}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="43"/>
        <source>The value {value} is not allowed for {name}.</source>
        <translation>La valeur {value} n'est pas admise pour {name}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="61"/>
        <source>Hot spot, 99 % confidence</source>
        <translation>Point chaud 99 %</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="62"/>
        <source>Hot spot, 95 % confidence</source>
        <translation>Point chaud 95 %</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="63"/>
        <source>Hot spot, 90 % confidence</source>
        <translation>Point chaud 90 %</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="64"/>
        <source>Not significant</source>
        <translation>Non significatif</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="65"/>
        <source>Cold spot, 90 % confidence</source>
        <translation>Point froid 90 %</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="66"/>
        <source>Cold spot, 95 % confidence</source>
        <translation>Point froid 95 %</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="67"/>
        <source>Cold spot, 99 % confidence</source>
        <translation>Point froid 99 %</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="70"/>
        <source>New hot spot</source>
        <translation>Nouveau point chaud</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="71"/>
        <source>Consecutive hot spot</source>
        <translation>Point chaud consécutif</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="72"/>
        <source>Intensifying hot spot</source>
        <translation>Point chaud qui s'intensifie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="73"/>
        <source>Persistent hot spot</source>
        <translation>Point chaud persistant</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="74"/>
        <source>Diminishing hot spot</source>
        <translation>Point chaud qui diminue</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="75"/>
        <source>Sporadic hot spot</source>
        <translation>Point chaud sporadique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="76"/>
        <source>Oscillating hot spot</source>
        <translation>Point chaud oscillant</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="77"/>
        <source>Historical hot spot</source>
        <translation>Point chaud historique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="78"/>
        <source>New cold spot</source>
        <translation>Nouveau point froid</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="79"/>
        <source>Consecutive cold spot</source>
        <translation>Point froid consécutif</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="80"/>
        <source>Intensifying cold spot</source>
        <translation>Point froid qui s'intensifie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="81"/>
        <source>Persistent cold spot</source>
        <translation>Point froid persistant</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="82"/>
        <source>Diminishing cold spot</source>
        <translation>Point froid qui diminue</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="83"/>
        <source>Sporadic cold spot</source>
        <translation>Point froid sporadique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="84"/>
        <source>Oscillating cold spot</source>
        <translation>Point froid oscillant</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="85"/>
        <source>Historical cold spot</source>
        <translation>Point froid historique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="86"/>
        <source>No pattern</source>
        <translation>Aucune tendance</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="89"/>
        <source>Watch</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="90"/>
        <source>Action plan</source>
        <translation>Plan d'action</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="91"/>
        <source>Works planned</source>
        <translation>Travaux programmés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="92"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="95"/>
        <source>reports read</source>
        <translation>signalements lus</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="96"/>
        <source>reports analysed</source>
        <translation>signalements analysés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="97"/>
        <source>reports outside the cells (left out)</source>
        <translation>signalements hors des mailles (écartés)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="98"/>
        <source>reports left out (outside the cells or the period)</source>
        <translation>signalements écartés (hors des mailles ou de la période)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="101"/>
        <source>cells</source>
        <translation>mailles</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="102"/>
        <source>cell size (m)</source>
        <translation>taille de maille (m)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="103"/>
        <source>neighbourhood</source>
        <translation>voisinage</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="104"/>
        <source>distance band (m)</source>
        <translation>distance de voisinage (m)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="105"/>
        <source>band chosen</source>
        <translation>distance choisie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="106"/>
        <source>neighbours (k)</source>
        <translation>voisins (k)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="107"/>
        <source>fewest neighbours</source>
        <translation>voisins au minimum</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="108"/>
        <source>most neighbours</source>
        <translation>voisins au maximum</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="109"/>
        <source>mean neighbours</source>
        <translation>voisins en moyenne</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="110"/>
        <source>permutations</source>
        <translation>permutations</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="111"/>
        <source>random seed</source>
        <translation>graine aléatoire</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="112"/>
        <source>false discovery rate correction</source>
        <translation>correction du taux de fausses découvertes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="113"/>
        <source>p-value thresholds used</source>
        <translation>seuils de p utilisés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="114"/>
        <source>p-value threshold</source>
        <translation>seuil de p</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="115"/>
        <source>hot cells</source>
        <translation>mailles chaudes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="116"/>
        <source>cold cells</source>
        <translation>mailles froides</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="117"/>
        <source>outliers removed</source>
        <translation>valeurs aberrantes retirées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="118"/>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="119"/>
        <source>time steps</source>
        <translation>pas de temps</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="120"/>
        <source>space-time bins</source>
        <translation>cases espace-temps</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="121"/>
        <source>time step</source>
        <translation>pas de temps</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="122"/>
        <source>time window (steps)</source>
        <translation>fenêtre temporelle (pas)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="123"/>
        <source>significance level</source>
        <translation>seuil de signification</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="124"/>
        <source>trend significance level</source>
        <translation>seuil de signification de la tendance</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="125"/>
        <source>first step</source>
        <translation>premier pas</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="126"/>
        <source>last step</source>
        <translation>dernier pas</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="127"/>
        <source>cells per category</source>
        <translation>mailles par catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="130"/>
        <source>the smallest giving every cell a neighbour</source>
        <translation>la plus petite donnant un voisin à chaque maille</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="133"/>
        <source>given</source>
        <translation>donnée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="136"/>
        <source>k nearest neighbours</source>
        <translation>k plus proches voisins</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="135"/>
        <source>distance band</source>
        <translation>distance de voisinage</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="137"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="138"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="139"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="140"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/hotspot_text.py" line="141"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>HotspotsGiStar</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="249"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Points chauds (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="252"/>
        <source>Where do reports concentrate more than chance would give? Reports (filtered by category, group, period, routing status, source) are counted on a hexagonal grid over the communes (cells outside the territory do not exist, so they never count as zeros) or in the polygons of a layer (communes, QPV, districts). Each cell gets the Getis-Ord Gi* z-score (GiZScore), its p-value (GiPValue), a permutation pseudo p-value (p_sim) and a class Gi_Bin: +3/+2/+1 hot spot at 99/95/90 % confidence, -1/-2/-3 cold spot, 0 not significant, with the false discovery rate correction by default. NNeighbors counts the cells of the neighbourhood (the cell included); border flags the hexagons cut by the territory&apos;s edge. Every automatic choice (band, cells, reports, thresholds) is written in the log and in the layer&apos;s metadata. Fewer than 30 reports, equal counts everywhere or coordinates in degrees are refused with the reason.</source>
        <translation>Où les signalements se concentrent-ils plus que le hasard ne le donnerait ? Les signalements (filtrés par catégorie, groupe, période, statut de routage, source) sont comptés sur une grille hexagonale couvrant les communes (les mailles hors du territoire n'existent pas : elles ne comptent jamais comme des zéros) ou dans les polygones d'une couche (communes, QPV, quartiers). Chaque maille reçoit le score z du Gi* de Getis-Ord (GiZScore), sa valeur p (GiPValue), une pseudo valeur p par permutations (p_sim) et une classe Gi_Bin : +3/+2/+1 point chaud à 99/95/90 % de confiance, -1/-2/-3 point froid, 0 non significatif, avec par défaut la correction du taux de fausses découvertes. NNeighbors compte les mailles du voisinage (la maille comprise) ; border signale les hexagones coupés par la limite du territoire. Chaque choix automatique (distance, mailles, signalements, seuils) est écrit dans le journal et dans les métadonnées de la couche. Moins de 30 signalements, des comptes tous égaux ou des coordonnées en degrés sont refusés, avec la raison.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="269"/>
        <source>Polygons to count in (empty = hexagonal grid over the communes)</source>
        <translation>Polygones où compter (vide = grille hexagonale sur les communes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="279"/>
        <source>Permutations (0 = none)</source>
        <translation>Permutations (0 = aucune)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="289"/>
        <source>Random seed (same seed, same p_sim)</source>
        <translation>Graine aléatoire (même graine, même p_sim)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="298"/>
        <source>Hot spots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="303"/>
        <source>Choices made (JSON)</source>
        <translation>Choix effectués (JSON)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="304"/>
        <source>Hot cells</source>
        <translation>Mailles chaudes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="305"/>
        <source>Cold cells</source>
        <translation>Mailles froides</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="347"/>
        <source>Reading the reports and computing Gi*…</source>
        <translation>Lecture des signalements et calcul du Gi*…</translation>
    </message>
</context>
<context>
    <name>ImportCategoryCatalogue</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="72"/>
        <source>Import category catalogue (CSV)</source>
        <translation>Importer le catalogue des catégories (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="75"/>
        <source>Catalogue CSV file</source>
        <translation>Fichier CSV du catalogue</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="78"/>
        <source>Inserts or updates categories from a CSV file (UTF-8, UTF-8 with BOM or Latin-1; &apos;;&apos; or &apos;,&apos; separated) with the columns code, public_label, internal_label, group, parent_code, delay_working_days, active, description_required, sort_order. The whole file is checked first (codes, duplicates, missing parents): if a line is wrong nothing is imported and each problem is listed with its line.</source>
        <translation>Ajoute ou met à jour des catégories depuis un fichier CSV (UTF-8, UTF-8 avec BOM ou Latin-1 ; séparateur ';' ou ',') avec les colonnes code, public_label, internal_label, group, parent_code, delay_working_days, active, description_required, sort_order. Tout le fichier est d'abord vérifié (codes, doublons, parents manquants) : si une ligne est fautive, rien n'est importé et chaque problème est listé avec sa ligne.</translation>
    </message>
</context>
<context>
    <name>ImportCommuneSettings</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="114"/>
        <source>Import category opening per commune (CSV)</source>
        <translation>Importer l'ouverture des catégories par commune (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="117"/>
        <source>Communes x categories CSV file</source>
        <translation>Fichier CSV communes x catégories</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="120"/>
        <source>Sets, per commune and top-level category, the stage (closed, agents, public), the message of a closed category and the validity dates, from a CSV with the columns insee_code, category_code, stage, closed_message, valid_from, valid_to. Unknown communes or categories are refused with their line; every change is kept in the history.</source>
        <translation>Fixe, par commune et par catégorie principale, l'étape d'ouverture (closed = fermée, agents, public), le message d'une catégorie fermée et les dates de validité, depuis un CSV avec les colonnes insee_code, category_code, stage, closed_message, valid_from, valid_to. Les communes ou catégories inconnues sont refusées avec leur ligne ; chaque changement est conservé dans l'historique.</translation>
    </message>
</context>
<context>
    <name>ImportCommunes</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="31"/>
        <source>Import communes</source>
        <translation>Importer les communes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="34"/>
        <source>Inserts or updates (matched on the INSEE code) the communes of a polygon layer, transformed to Lambert-93 (EPSG:2154). Every feature is checked first (INSEE code, name, empty or invalid geometry): if one is wrong, nothing is imported and the message lists each problem with its feature.</source>
        <translation>Ajoute ou met à jour (selon le code INSEE) les communes d'une couche de polygones, reprojetées en Lambert-93 (EPSG:2154). Chaque entité est d'abord vérifiée (code INSEE, nom, géométrie vide ou invalide) : si l'une est fautive, rien n'est importé et le message liste chaque problème avec son entité.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="43"/>
        <source>Communes layer</source>
        <translation>Couche des communes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="48"/>
        <source>INSEE code field</source>
        <translation>Champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="53"/>
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="56"/>
        <source>Population field</source>
        <translation>Champ de la population</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="66"/>
        <source>Communes imported</source>
        <translation>Communes importées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="92"/>
        <source>feature {}</source>
        <translation>entité {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="102"/>
        <source>{} features read, checking them.</source>
        <translation>{} entités lues, vérification en cours.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/communes.py" line="105"/>
        <source>{} communes imported or updated.</source>
        <translation>{} communes importées ou mises à jour.</translation>
    </message>
</context>
<context>
    <name>ImportPerimeters</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="235"/>
        <source>Import competence perimeters</source>
        <translation>Importer des périmètres de compétence</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="262"/>
        <source>Perimeters layer</source>
        <translation>Couche des périmètres</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="264"/>
        <source>Replace the existing perimeters of these services</source>
        <translation>Remplacer les périmètres existants de ces services</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="269"/>
        <source>Perimeters imported</source>
        <translation>Périmètres importés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="286"/>
        <source>{} perimeters imported.</source>
        <translation>{} périmètres importés.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="283"/>
        <source>No perimeter was imported:</source>
        <translation>Aucun périmètre n'a été importé :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="238"/>
        <source>Imports competence perimeters from a polygon layer (transformed to Lambert-93). The services must exist (matched on their name) and the categories must be in the catalogue. Invalid geometries are refused with the list of features, unless the repair option is ticked. Nothing is imported if one feature is wrong.</source>
        <translation>Importe des périmètres de compétence depuis une couche de polygones (transformés en Lambert-93). Les services doivent exister (reconnus par leur nom) et les catégories être au catalogue. Les géométries invalides sont refusées avec la liste des entités, sauf si l'option de réparation est cochée. Rien n'est importé si une entité est fausse.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="238"/>
        <source>A CSV file with the geometry as WKT (for example written by the export algorithm) is read as a layer: Layer › Add Layer › Add Delimited Text Layer, geometry definition « Well known text (WKT) », choose the WKT column and the CRS of the coordinates (EPSG:2154 for an export); or, from a script or qgis_process, give as input delimitedtext://file:///path/perimeters.csv?delimiter=;&amp;wktField=WKT&amp;crs=EPSG:2154 . An export is read back with the fields service, nom, categories, priorite, destinataire_supplementaire, valide_du and valide_au.</source>
        <translation>Un fichier CSV avec la géométrie en WKT (par exemple écrit par l'algorithme d'export) se lit comme une couche : Couche › Ajouter une couche › Ajouter une couche de texte délimité, définition de la géométrie « Well known text (WKT) », choisissez la colonne WKT et le SCR des coordonnées (EPSG:2154 pour un export) ; ou, depuis un script ou qgis_process, donnez en entrée delimitedtext://file:///chemin/perimetres.csv?delimiter=;&amp;wktField=WKT&amp;crs=EPSG:2154 . Un export se relit avec les champs service, nom, categories, priorite, destinataire_supplementaire, valide_du et valide_au.</translation>
    </message>
</context>
<context>
    <name>ImportQpvPerimeters</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="75"/>
        <source>Import QPV perimeters (ANCT national file)</source>
        <translation>Importer les périmètres QPV (fichier national ANCT)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="78"/>
        <source>Imports the priority neighbourhoods (QPV, 2024 geography) of the ANCT national file (GeoJSON or shapefile; fields code_qp, lib_qp, insee_com, lib_com) that touch the territory&apos;s communes; the others are left out. A QPV already stored is updated (matched on its code). With the QPV list of the territory (qpv_2024_gosb.csv), the codes missing from the database and the extra ones are reported. Nothing is imported if one feature is wrong (code, geometry).</source>
        <translation>Importe les quartiers prioritaires (QPV, géographie 2024) du fichier national de l'ANCT (GeoJSON ou shapefile ; champs code_qp, lib_qp, insee_com, lib_com) qui touchent les communes du territoire ; les autres sont laissés de côté. Un QPV déjà enregistré est mis à jour (reconnu par son code). Avec la liste des QPV du territoire (qpv_2024_gosb.csv), les codes absents de la base et ceux en trop sont signalés. Rien n'est importé si un objet est erroné (code, géométrie).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="90"/>
        <source>QPV layer (national file)</source>
        <translation>Couche des QPV (fichier national)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="97"/>
        <source>QPV code field</source>
        <translation>Champ du code QPV</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="97"/>
        <source>QPV name field</source>
        <translation>Champ du nom du QPV</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="97"/>
        <source>INSEE codes field (separated by commas)</source>
        <translation>Champ des codes INSEE (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="97"/>
        <source>Commune names field</source>
        <translation>Champ des noms de communes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="112"/>
        <source>Expected QPV list (CSV with code_qp, nom_qp)</source>
        <translation>Liste attendue des QPV (CSV avec code_qp, nom_qp)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="120"/>
        <source>QPV imported</source>
        <translation>QPV importés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="121"/>
        <source>Features outside the territory</source>
        <translation>Objets hors du territoire</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="124"/>
        <source>Missing QPV codes</source>
        <translation>Codes QPV manquants</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="125"/>
        <source>Extra QPV codes</source>
        <translation>Codes QPV en trop</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="158"/>
        <source>{} features read, {} outside the territory (left out), {} QPV imported or updated.</source>
        <translation>{} objets lus, {} hors du territoire (laissés de côté), {} QPV importés ou mis à jour.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="168"/>
        <source>The database holds exactly the {} QPV of the list.</source>
        <translation>La base contient exactement les {} QPV de la liste.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="174"/>
        <source>Missing QPV: {} {}</source>
        <translation>QPV manquant : {} {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="176"/>
        <source>QPV not in the list: {}</source>
        <translation>QPV absent de la liste : {}</translation>
    </message>
</context>
<context>
    <name>ImportRelocationSheet</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="322"/>
        <source>Import a relocation spreadsheet (RIME)</source>
        <translation>Importer un tableau de relogement (RIME)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="325"/>
        <source>Imports a landlord&apos;s relocation sheet (one line per household; .xlsx, .ods or .csv), read through GDAL, which QGIS ships. The header row is searched below blank, title or merged rows; without a sheet name, the first sheet whose header is found is used. The columns are those of the mapping given here (field=column; fields: {}), else the landlord&apos;s mapping remembered from the last import, else guessed from the headers. Dates as text or Excel serial numbers are read. Lines with an unknown perimeter code, an unknown status, a bad size or date, or a duplicate household are refused and listed; the other lines replace the landlord&apos;s previous ones, with the published indicators, in one transaction. Household lines stay in an administrator-only table; only counts are published, any count below 5 shown as &apos;&lt; 5&apos;.</source>
        <translation>Importe le tableau de relogement d'un bailleur (une ligne par ménage ; .xlsx, .ods ou .csv), lu par GDAL, fourni avec QGIS. La ligne d'en-tête est cherchée sous les lignes vides, de titre ou fusionnées ; sans nom de feuille, la première feuille dont l'en-tête est trouvé est utilisée. Les colonnes sont celles de la correspondance donnée ici (champ=colonne ; champs : {}), sinon celle du bailleur retenue lors du dernier import, sinon devinées d'après les en-têtes. Les dates en texte ou en numéros de série Excel sont lues. Les lignes avec un code de périmètre inconnu, un statut inconnu, une taille ou une date erronée, ou un ménage en double sont refusées et listées ; les autres remplacent les lignes précédentes du bailleur, avec les indicateurs publiés, en une seule transaction. Les lignes des ménages restent dans une table lisible par l'administrateur seul ; seuls des effectifs sont publiés, tout effectif inférieur à 5 étant noté « &lt; 5 ».</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="341"/>
        <source>Spreadsheet (.xlsx, .ods, .csv)</source>
        <translation>Tableur (.xlsx, .ods, .csv)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="348"/>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="349"/>
        <source>Sheet (empty: the first with a header)</source>
        <translation>Feuille (vide : la première avec un en-tête)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="354"/>
        <source>Column mapping (field=column;…, empty: remembered or guessed)</source>
        <translation>Correspondance des colonnes (champ=colonne;…, vide : retenue ou devinée)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="361"/>
        <source>Households imported</source>
        <translation>Ménages importés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="362"/>
        <source>Lines refused</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="363"/>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="373"/>
        <source>Unknown field &apos;{}&apos; in the mapping (fields: {})</source>
        <translation>Champ « {} » inconnu dans la correspondance (champs : {})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="393"/>
        <source>Nothing was imported from {}:</source>
        <translation>Rien n'a été importé de {} :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="397"/>
        <source>Sheet &apos;{}&apos;, header on row {}; columns: {}.</source>
        <translation>Feuille « {} », en-tête à la ligne {} ; colonnes : {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="404"/>
        <source>Sheet &apos;{}&apos; skipped: {}</source>
        <translation>Feuille « {} » ignorée : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="407"/>
        <source>{} household lines read, {} imported, {} refused.</source>
        <translation>{} lignes de ménages lues, {} importées, {} refusées.</translation>
    </message>
</context>
<context>
    <name>ImportRenewalProjects</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="202"/>
        <source>Import renewal projects or experiment perimeters</source>
        <translation>Importer des projets de renouvellement ou des périmètres d'expérimentation</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="205"/>
        <source>Imports renewal projects (PRU / NPNRU) or experiment perimeters from a polygon layer: code, name, QPV codes (separated by commas), programme, phase (study, relocation, demolition, reconstruction, done), dates. A perimeter already stored is updated (matched on its code); a phase change is kept in the history. The communes are those the polygon touches. Nothing is imported if one feature is wrong.</source>
        <translation>Importe des projets de renouvellement urbain (PRU / NPNRU) ou des périmètres d'expérimentation depuis une couche de polygones : code, nom, codes QPV (séparés par des virgules), programme, phase (study, relocation, demolition, reconstruction, done), dates. Un périmètre déjà enregistré est mis à jour (reconnu par son code) ; un changement de phase est gardé dans l'historique. Les communes sont celles que touche le polygone. Rien n'est importé si un objet est erroné.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="216"/>
        <source>Perimeters layer</source>
        <translation>Couche des périmètres</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="223"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="223"/>
        <source>Renewal project (PRU / NPNRU)</source>
        <translation>Projet de renouvellement urbain (PRU / NPNRU)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="223"/>
        <source>Experiment perimeter</source>
        <translation>Périmètre d'expérimentation</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="231"/>
        <source>Code field</source>
        <translation>Champ du code</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="231"/>
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="231"/>
        <source>QPV codes field</source>
        <translation>Champ des codes QPV</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="231"/>
        <source>Programme field</source>
        <translation>Champ du programme</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="231"/>
        <source>Phase field</source>
        <translation>Champ de la phase</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="231"/>
        <source>Start date field</source>
        <translation>Champ de la date de début</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="231"/>
        <source>End date field</source>
        <translation>Champ de la date de fin</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="243"/>
        <source>Perimeters imported</source>
        <translation>Périmètres importés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="267"/>
        <source>feature {}</source>
        <translation>objet {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="270"/>
        <source>unknown phase &apos;{}&apos; (expected: {})</source>
        <translation>phase « {} » inconnue (attendu : {})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="284"/>
        <source>no code or no geometry</source>
        <translation>pas de code ou pas de géométrie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="286"/>
        <source>layer import</source>
        <translation>import d'une couche</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="303"/>
        <source>No perimeter was imported:</source>
        <translation>Aucun périmètre n'a été importé :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="305"/>
        <source>{} perimeters imported or updated.</source>
        <translation>{} périmètres importés ou mis à jour.</translation>
    </message>
</context>
<context>
    <name>ImportReportsDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="122"/>
        <source>Import reports from a file</source>
        <translation>Importer des signalements depuis un fichier</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="142"/>
        <source>CSV files (*.csv *.txt *.tsv *.csv.gz)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv *.csv.gz)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="142"/>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="142"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="142"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="154"/>
        <source>a-z, 0-9, _ . -</source>
        <translation>a-z, 0-9, _ . -</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="155"/>
        <source>The source the reports belong to (created on first use); importing into the same source again updates its reports instead of duplicating them.</source>
        <translation>La source des signalements (créée au premier usage) ; réimporter dans la même source met à jour ses signalements au lieu de les dupliquer.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="176"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="178"/>
        <source>Source name:</source>
        <translation>Nom de la source :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="180"/>
        <source>Column mapping:</source>
        <translation>Correspondance des colonnes :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="194"/>
        <source>The first rows of the file, numbered by their line in the file; the mapped columns are highlighted.</source>
        <translation>Les premières lignes du fichier, numérotées par leur ligne dans le fichier ; les colonnes utilisées sont mises en évidence.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="209"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="215"/>
        <source>Column mapping (highlighted in the rows above)</source>
        <translation>Correspondance des colonnes (mises en évidence dans les lignes ci-dessus)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="217"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="218"/>
        <source>Category code</source>
        <translation>Code de la catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="219"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="220"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="221"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="224"/>
        <source>Longitude / X</source>
        <translation>Longitude / X</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="225"/>
        <source>Latitude / Y</source>
        <translation>Latitude / Y</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="226"/>
        <source>WKT geometry</source>
        <translation>Géométrie WKT</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="236"/>
        <source>{}:</source>
        <translation>{} :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="239"/>
        <source>The CRS of the X/Y or WKT columns of a CSV file (WGS84 for longitude/latitude).</source>
        <translation>Le SCR des colonnes X/Y ou WKT d'un fichier CSV (WGS84 pour longitude/latitude).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="245"/>
        <source>CRS of X/Y or WKT:</source>
        <translation>SCR des X/Y ou WKT :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="266"/>
        <source>Import into the database</source>
        <translation>Import dans la base</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="269"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="271"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="289"/>
        <source>Choose a CSV file or a point layer file.</source>
        <translation>Choisissez un fichier CSV ou un fichier de couche de points.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="311"/>
        <source>This file cannot be read: {}</source>
        <translation>Ce fichier ne peut pas être lu : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="560"/>
        <source>Import reports</source>
        <translation>Importer des signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="351"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="355"/>
        <source>CSV file: encoding {}, separator {}, {} rows.</source>
        <translation>Fichier CSV : encodage {}, séparateur {}, {} lignes.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="372"/>
        <source>{} cannot be opened as a CSV file or a layer.</source>
        <translation>{} ne peut être ouvert ni comme fichier CSV ni comme couche.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="376"/>
        <source>Layer file: {} geometry, {}, {} features; its geometry gives the place of the reports.</source>
        <translation>Fichier de couche : géométrie {}, {}, {} entités ; sa géométrie donne le lieu des signalements.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="378"/>
        <source>unknown CRS</source>
        <translation>SCR inconnu</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="396"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="455"/>
        <source>The mapping does not fit the file: {}</source>
        <translation>La correspondance ne convient pas au fichier : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="492"/>
        <source>{} rows checked: {} readable</source>
        <translation>{} lignes vérifiées : {} lisibles</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="501"/>
        <source>, {} with problems: {}</source>
        <translation>, {} avec des problèmes : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="534"/>
        <source>&apos;{}&apos; is not a valid source name: lower-case letters, digits, _ . - (at most 63, starting with a letter or a digit).</source>
        <translation>« {} » n'est pas un nom de source valide : lettres minuscules, chiffres, _ . - (63 au plus, commençant par une lettre ou un chiffre).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="545"/>
        <source>The algorithm {} is not available: is the plugin&apos;s Processing provider loaded?</source>
        <translation>L'algorithme {} n'est pas disponible : le fournisseur Processing de l'extension est-il chargé ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="566"/>
        <source>Importing {}…</source>
        <translation>Import de {}…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="575"/>
        <source>Canceling after the current batch…</source>
        <translation>Annulation après le lot en cours…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="587"/>
        <source>Done: {}</source>
        <translation>Terminé : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="589"/>
        <source>Import canceled: the batches already stored stay stored; importing the file again completes it.</source>
        <translation>Import annulé : les lots déjà enregistrés le restent ; réimporter le fichier le complète.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="594"/>
        <source>Import failed: {}</source>
        <translation>Échec de l'import : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="594"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="168"/>
        <source>First row is data (no header row)</source>
        <translation>La première ligne est une donnée (pas de ligne d'en-tête)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="169"/>
        <source>Ticked when the first row holds ids, dates or coordinates rather than column names; the columns are then named by their position: 1, 2, 3...</source>
        <translation>Coché quand la première ligne contient des identifiants, des dates ou des coordonnées plutôt que des noms de colonnes ; les colonnes sont alors nommées par leur position : 1, 2, 3…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="222"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="223"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="251"/>
        <source>The time zone of the file&apos;s dates given without an offset: where the reports were made (a US city&apos;s export: e.g. America/Chicago).</source>
        <translation>Le fuseau horaire des dates du fichier données sans décalage : celui du lieu des signalements (export d'une ville américaine : par exemple America/Chicago).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="259"/>
        <source>Time zone of the dates:</source>
        <translation>Fuseau horaire des dates :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="360"/>
        <source>The first row holds ids, dates or coordinates: it is read as data (untick the box if it is a header).</source>
        <translation>La première ligne contient des identifiants, des dates ou des coordonnées : elle est lue comme une donnée (décochez la case si c'est un en-tête).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="474"/>
        <source>no connection chosen</source>
        <translation>aucune connexion choisie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/import_dialog.py" line="487"/>
        <source>Quality guard not run: {}</source>
        <translation>Contrôle qualité non exécuté : {}</translation>
    </message>
</context>
<context>
    <name>ImportReportsFile</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="171"/>
        <source>Import reports from a file</source>
        <translation>Importer des signalements depuis un fichier</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="195"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="196"/>
        <source>Source name (letters, digits, _ . -)</source>
        <translation>Nom de la source (lettres, chiffres, _ . -)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="201"/>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="201"/>
        <source>Guessed from the column names</source>
        <translation>Devinée d'après les noms de colonnes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="201"/>
        <source>DansMaRue export (Ville de Paris)</source>
        <translation>Export DansMaRue (Ville de Paris)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="226"/>
        <source>CRS of the X/Y or WKT columns (CSV; empty = WGS84 longitude/latitude)</source>
        <translation>SCR des colonnes X/Y ou WKT (CSV ; vide = longitude/latitude WGS84)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="302"/>
        <source>{} rows read from {}.</source>
        <translation>{} lignes lues dans {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="333"/>
        <source>Encoding {}, separator &apos;{}&apos;.</source>
        <translation>Encodage {}, séparateur « {} ».</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="343"/>
        <source>{} cannot be opened as a CSV file or a layer.</source>
        <translation>{} ne peut être ouvert ni comme fichier CSV ni comme couche.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="134"/>
        <source>Identifier column</source>
        <translation>Colonne de l'identifiant</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="134"/>
        <source>Category (external code) column</source>
        <translation>Colonne de la catégorie (code externe)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="134"/>
        <source>Description column(s), separated by commas</source>
        <translation>Colonne(s) de la description, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="134"/>
        <source>Date column</source>
        <translation>Colonne de la date</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="134"/>
        <source>Address column(s), separated by commas</source>
        <translation>Colonne(s) de l'adresse, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="134"/>
        <source>Longitude / X column (CSV)</source>
        <translation>Colonne longitude / X (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="134"/>
        <source>Latitude / Y column (CSV)</source>
        <translation>Colonne latitude / Y (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="134"/>
        <source>WKT geometry column (CSV)</source>
        <translation>Colonne de géométrie WKT (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="273"/>
        <source>The CRS of the X/Y or WKT columns must have an EPSG code (not {}).</source>
        <translation>Le SCR des colonnes X/Y ou WKT doit avoir un code EPSG (pas {}).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/layer_rows.py" line="64"/>
        <source>No transformation from EPSG:{} to WGS84.</source>
        <translation>Pas de transformation de EPSG:{} vers WGS84.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="134"/>
        <source>Last update date column</source>
        <translation>Colonne de la date de dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="134"/>
        <source>Status column (open / closed)</source>
        <translation>Colonne du statut (ouvert / fermé)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="174"/>
        <source>Imports reports from a CSV file (UTF-8, UTF-8 with BOM or Latin-1; &apos;;&apos; or &apos;,&apos;; decimal comma; French or ISO dates; longitude/latitude or X/Y columns, or a WKT column; a .csv.gz is read as well) or from any point layer file QGIS opens (GeoJSON, GeoPackage, Shapefile), as the file channel of a source (created on first use). Columns left empty are guessed from their names; the DansMaRue preset reads the Paris export as it is. A CSV without a header row is detected (a first row of ids, dates or coordinates) or declared: its columns are then named by their position, 1, 2, 3..., and the id, date, status and position columns are guessed from the values of the first rows. Duplicate column names are renamed (&apos;col (2)&apos;) and cells beyond the header go to columns named by their position, so that no cell is lost. Dates without an offset are read in the time zone given (an IANA name, e.g. America/Chicago). Importing the same file again changes nothing; rows the data-quality guard does not trust go to the quarantine with their reason: nothing is dropped. A missing, binary, empty or header-only file is refused before anything is written.</source>
        <translation>Importe des signalements depuis un fichier CSV (UTF-8, UTF-8 avec BOM ou Latin-1 ; « ; » ou « , » ; virgule décimale ; dates françaises ou ISO ; colonnes longitude/latitude ou X/Y, ou une colonne WKT ; un .csv.gz se lit aussi) ou depuis tout fichier de couche de points que QGIS ouvre (GeoJSON, GeoPackage, Shapefile), comme canal « fichier » d'une source (créée au premier usage). Les colonnes laissées vides sont devinées d'après leur nom ; le préréglage DansMaRue lit l'export de Paris tel quel. Un CSV sans ligne d'en-tête est détecté (une première ligne d'identifiants, de dates ou de coordonnées) ou déclaré : ses colonnes sont alors nommées par leur position, 1, 2, 3…, et les colonnes d'identifiant, de date, de statut et de position sont devinées d'après les valeurs des premières lignes. Les noms de colonnes en double sont renommés (« col (2) ») et les cellules au-delà de l'en-tête vont dans des colonnes nommées par leur position : aucune cellule n'est perdue. Les dates sans décalage sont lues dans le fuseau horaire donné (un nom IANA, par exemple America/Chicago). Réimporter le même fichier ne change rien ; les lignes auxquelles le contrôle qualité ne fait pas confiance vont en quarantaine avec leur motif : rien n'est perdu. Un fichier absent, binaire, vide ou réduit à son en-tête est refusé avant toute écriture.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="212"/>
        <source>First row of a CSV file</source>
        <translation>Première ligne d'un fichier CSV</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="212"/>
        <source>Detected (data when it holds ids, dates or coordinates)</source>
        <translation>Détectée (une donnée si elle contient des identifiants, des dates ou des coordonnées)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="212"/>
        <source>Column names (header row)</source>
        <translation>Noms des colonnes (ligne d'en-tête)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="212"/>
        <source>Data (no header row: columns named 1, 2, 3...)</source>
        <translation>Donnée (pas d'en-tête : colonnes nommées 1, 2, 3…)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="233"/>
        <source>Time zone of dates without an offset (IANA name)</source>
        <translation>Fuseau horaire des dates sans décalage (nom IANA)</translation>
    </message>
</context>
<context>
    <name>ImportServices</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/services.py" line="15"/>
        <source>Import services (CSV)</source>
        <translation>Importer des services (CSV)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/services.py" line="18"/>
        <source>Services CSV file</source>
        <translation>Fichier CSV des services</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/services.py" line="21"/>
        <source>Inserts or updates services from a CSV file (UTF-8, UTF-8 with BOM or Latin-1; &apos;;&apos; or &apos;,&apos; separated) with the columns name, type (commune, ept, syndicat, bailleur, autre), insee_code (the commune, may be empty), emails (separated by commas) and active (true/false, default true). A service is matched on its name (case ignored); services missing from the file are left as they are. The whole file is checked first (empty or duplicate names, unknown types or communes, bad e-mail addresses): if a line is wrong nothing is imported and each problem is listed with its line.</source>
        <translation>Ajoute ou met à jour des services à partir d'un fichier CSV (UTF-8, UTF-8 avec BOM ou Latin-1 ; séparateur « ; » ou « , ») avec les colonnes name (nom), type (commune, ept, syndicat, bailleur, autre), insee_code (la commune, peut être vide), emails (séparés par des virgules) et active (true/false, true par défaut). Un service est reconnu par son nom (sans tenir compte des majuscules) ; les services absents du fichier ne sont pas modifiés. Tout le fichier est d'abord contrôlé (noms vides ou en double, types ou communes inconnus, adresses e-mail incorrectes) : si une ligne est fausse, rien n'est importé et chaque problème est listé avec sa ligne.</translation>
    </message>
</context>
<context>
    <name>IncomingLayers</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="31"/>
        <source>Quarantined reports (to fix and release)</source>
        <translation>Signalements en quarantaine (à corriger et libérer)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="36"/>
        <source>Unreadable record</source>
        <translation>Enregistrement illisible</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="37"/>
        <source>No position</source>
        <translation>Sans position</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="38"/>
        <source>Latitude and longitude swapped</source>
        <translation>Latitude et longitude inversées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="41"/>
        <source>Outside the 24 communes</source>
        <translation>Hors des 24 communes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="44"/>
        <source>Category to sort out</source>
        <translation>Catégorie à trier</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="47"/>
        <source>Date in the future</source>
        <translation>Date dans le futur</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="48"/>
        <source>Date before 2000</source>
        <translation>Date antérieure à 2000</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="49"/>
        <source>Description required</source>
        <translation>Description obligatoire</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="52"/>
        <source>Badly encoded text</source>
        <translation>Texte mal encodé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_layers.py" line="111"/>
        <source>Reports are selected in quarantine layers of different connections ({}): select in one of them only.</source>
        <translation>Des signalements sont sélectionnés dans des couches de quarantaine de connexions différentes ({}) : sélectionnez dans une seule.</translation>
    </message>
</context>
<context>
    <name>IncomingText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="18"/>
        <source>{} read, {} new, {} updated, {} unchanged, {} quarantined, {} released from quarantine, {} routed to a service</source>
        <translation>{} lus, {} nouveaux, {} mis à jour, {} inchangés, {} en quarantaine, {} libérés de la quarantaine, {} routés vers un service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="32"/>
        <source>; quarantine: </source>
        <translation> ; quarantaine : </translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="36"/>
        <source>; routing: </source>
        <translation> ; routage : </translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="49"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="50"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="51"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="52"/>
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="59"/>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="60"/>
        <source>an ELF executable</source>
        <translation>un exécutable ELF</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="61"/>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="62"/>
        <source>a ZIP archive (an Excel .xlsx workbook?)</source>
        <translation>une archive ZIP (un classeur Excel .xlsx ?)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="63"/>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="64"/>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="65"/>
        <source>an Office document (an Excel .xls workbook?)</source>
        <translation>un document Office (un classeur Excel .xls ?)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="66"/>
        <source>an SQLite database (a GeoPackage?)</source>
        <translation>une base SQLite (un GeoPackage ?)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="67"/>
        <source>a Windows executable</source>
        <translation>un exécutable Windows</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="68"/>
        <source>binary data (NUL bytes or control characters)</source>
        <translation>des données binaires (octets nuls ou caractères de contrôle)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="77"/>
        <source>The file {} cannot be read: {}.</source>
        <translation>Le fichier {} ne peut pas être lu : {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="77"/>
        <source>it does not exist</source>
        <translation>il n'existe pas</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="81"/>
        <source>{} is not a text (CSV) file: it is {}.</source>
        <translation>{} n'est pas un fichier texte (CSV) : c'est {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="85"/>
        <source>{} is a damaged gzip file ({}).</source>
        <translation>{} est un fichier gzip endommagé ({}).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="89"/>
        <source>{} is empty: there is no report to import.</source>
        <translation>{} est vide : il n'y a aucun signalement à importer.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="93"/>
        <source>{} has only a header row ({} columns): there is no report to import.</source>
        <translation>{} n'a qu'une ligne d'en-tête ({} colonnes) : il n'y a aucun signalement à importer.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="97"/>
        <source>{} cannot be read as CSV (line {}: {}).</source>
        <translation>{} ne peut pas être lu comme un CSV (ligne {} : {}).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="102"/>
        <source>Nothing was imported.</source>
        <translation>Rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="109"/>
        <source>No header row: the first row is data; the {} columns are named by their position, 1 to {}.</source>
        <translation>Pas de ligne d'en-tête : la première ligne est une donnée ; les {} colonnes sont nommées par leur position, de 1 à {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="115"/>
        <source>The first row looks like data, not like column names ({}): is it a file without a header row?</source>
        <translation>La première ligne ressemble à une donnée, pas à des noms de colonnes ({}) : ce fichier n'aurait-il pas de ligne d'en-tête ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="121"/>
        <source>Columns renamed so that no cell is lost: {}.</source>
        <translation>Colonnes renommées pour ne perdre aucune cellule : {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="125"/>
        <source>{} row(s) have more cells than the header (first: line {}): the extra cells are kept in the columns {}.</source>
        <translation>{} ligne(s) ont plus de cellules que l'en-tête (première : ligne {}) : les cellules en trop sont gardées dans les colonnes {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/incoming_text.py" line="135"/>
        <source>Quality guard on these {} rows: {} would be stored, {} quarantined</source>
        <translation>Contrôle qualité sur ces {} lignes : {} signalements seraient enregistrés, {} mis en quarantaine</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/labels.py" line="13"/>
        <source>Not routed yet</source>
        <translation>Pas encore routé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/labels.py" line="15"/>
        <source>Routed to a service</source>
        <translation>Routé vers un service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/labels.py" line="16"/>
        <source>Triage queue (no competent service)</source>
        <translation>File de tri (aucun service compétent)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/labels.py" line="17"/>
        <source>Category not open</source>
        <translation>Catégorie non ouverte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/labels.py" line="18"/>
        <source>Quarantine (outside the territory)</source>
        <translation>Quarantaine (hors du territoire)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/labels.py" line="27"/>
        <source>Administrator (gup_admin)</source>
        <translation>Administrateur (gup_admin)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/labels.py" line="28"/>
        <source>Triage operator (gup_operateur)</source>
        <translation>Opérateur de tri (gup_operateur)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/labels.py" line="29"/>
        <source>Service agent (gup_agent)</source>
        <translation>Agent de service (gup_agent)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/labels.py" line="30"/>
        <source>Reader (gup_lecteur)</source>
        <translation>Lecteur (gup_lecteur)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/labels.py" line="32"/>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
</context>
<context>
    <name>LayerRows</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/layer_rows.py" line="33"/>
        <source>The layer {} has no known CRS: set it (Layer properties › Source) before importing.</source>
        <translation>La couche {} n'a pas de SCR connu : définissez-le (Propriétés de la couche › Source) avant l'import.</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/layers.py" line="46"/>
        <source>The layer &apos;{}&apos; cannot be loaded from the connection &apos;{}&apos;: is the GUP structure installed?</source>
        <translation>La couche « {} » ne peut pas être chargée depuis la connexion « {} » : la structure GUP est-elle installée ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/layers.py" line="121"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/layers.py" line="167"/>
        <source>Opening: {}</source>
        <translation>Ouverture : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/layers.py" line="180"/>
        <source>Experiment perimeters</source>
        <translation>Périmètres d'expérimentation</translation>
    </message>
</context>
<context>
    <name>ListPeople</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="117"/>
        <source>List people and their rights</source>
        <translation>Lister les personnes et leurs droits</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="120"/>
        <source>Lists every role in a GUP group: login, group, service, whether it can log in (docs/RIGHTS.md says what each group may do).</source>
        <translation>Liste chaque rôle membre d'un groupe GUP : identifiant, groupe, service, connexion possible ou non (docs/RIGHTS.md dit ce que peut chaque groupe).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="127"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>ListReminders</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="425"/>
        <source>List the reminders</source>
        <translation>Lister les relances</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="428"/>
        <source>A table of the reminders on a day (default: today, Paris time), one row each: the report, the service, the kind (unanswered: a service that has neither accepted nor refused after 3 working days; without_follow_up: an open report without follow-up for 20 days; overdue: an open report past its expected date) and since when (the assignment, the latest follow-up or arrival, the expected date). The delays are those of the triage settings.</source>
        <translation>Une table des relances d'un jour (par défaut : aujourd'hui, heure de Paris), une ligne chacune : le signalement, le service, le type (unanswered : un service qui n'a ni accepté ni refusé après 3 jours ouvrés ; without_follow_up : un signalement ouvert sans suivi depuis 20 jours ; overdue : un signalement ouvert dont la date prévue est dépassée) et depuis quand (l'affectation, le dernier suivi ou l'arrivée, la date prévue). Les délais sont ceux des paramètres du tri.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="439"/>
        <source>Day (default: today)</source>
        <translation>Jour (par défaut : aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="452"/>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="479"/>
        <source>{} reminder(s) on {}.</source>
        <translation>{} relance(s) le {}.</translation>
    </message>
</context>
<context>
    <name>PendingChangesDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/pending_changes_dialog.py" line="99"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/pending_changes_dialog.py" line="99"/>
        <source>{} change(s) are not saved. Discard them?</source>
        <translation>{} modification(s) ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/pending_changes_dialog.py" line="121"/>
        <source>Save failed</source>
        <translation>Échec de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/pending_changes_dialog.py" line="121"/>
        <source>Nothing was saved; your changes are still here.

{}</source>
        <translation>Rien n'a été enregistré ; vos modifications sont conservées.

{}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/pending_changes_dialog.py" line="140"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="98"/>
        <source>People and rights</source>
        <translation>Personnes et droits</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="40"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="40"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="40"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="40"/>
        <source>Can log in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="45"/>
        <source>Drop the role too</source>
        <translation>Supprimer aussi le rôle</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="46"/>
        <source>Revoke the selected person</source>
        <translation>Retirer les droits de la personne sélectionnée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="52"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="61"/>
        <source>empty: the server authenticates otherwise</source>
        <translation>vide : le serveur authentifie autrement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="62"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="64"/>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="65"/>
        <source>Group:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="66"/>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="67"/>
        <source>Password (given once):</source>
        <translation>Mot de passe (donné une fois) :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="68"/>
        <source>The plugin does not keep the password: give it to the person, who stores it in their QGIS authentication manager or pg_service file.</source>
        <translation>L'extension ne conserve pas le mot de passe : donnez-le à la personne, qui l'enregistre dans son gestionnaire d'authentification QGIS ou son fichier pg_service.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="88"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="100"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="100"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="113"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="129"/>
        <source>Person not created</source>
        <translation>Personne non créée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/rights_dialog.py" line="144"/>
        <source>Rights not revoked</source>
        <translation>Droits non retirés</translation>
    </message>
</context>
<context>
    <name>PerimeterText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/perimeter_text.py" line="14"/>
        <source>unknown service &apos;{service}&apos;</source>
        <translation>service inconnu « {service} »</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/perimeter_text.py" line="15"/>
        <source>unknown categor(y/ies): {codes}</source>
        <translation>catégorie(s) inconnue(s) : {codes}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/perimeter_text.py" line="16"/>
        <source>valid_to is before valid_from ({valid_to} &lt; {valid_from})</source>
        <translation>la date de fin est avant la date de début ({valid_to} &lt; {valid_from})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/perimeter_text.py" line="19"/>
        <source>no geometry</source>
        <translation>pas de géométrie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/perimeter_text.py" line="20"/>
        <source>not a polygon</source>
        <translation>pas un polygone</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/perimeter_text.py" line="21"/>
        <source>invalid geometry: {reason} (fix it, or use the repair option)</source>
        <translation>géométrie invalide : {reason} (corrigez-la, ou cochez l'option de réparation)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/perimeter_text.py" line="24"/>
        <source>invalid geometry repaired ({reason})</source>
        <translation>géométrie invalide réparée ({reason})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/perimeter_text.py" line="25"/>
        <source>entirely outside the territory&apos;s communes</source>
        <translation>entièrement hors des communes du territoire</translation>
    </message>
</context>
<context>
    <name>PhoneReportDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="48"/>
        <source>Phone report</source>
        <translation>Signalement téléphonique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="58"/>
        <source>A report taken by phone for a caller: it is checked, stored and routed like the reports of the app.</source>
        <translation>Un signalement pris au téléphone pour un appelant : il est contrôlé, enregistré et routé comme ceux de l'application.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="71"/>
        <source>What the caller describes</source>
        <translation>Ce que décrit l'appelant</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="74"/>
        <source>e.g. 12 rue de la République</source>
        <translation>p. ex. 12 rue de la République</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="90"/>
        <source>A resident (citizen)</source>
        <translation>Un habitant (citoyen)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="91"/>
        <source>A field agent</source>
        <translation>Un agent de terrain</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="94"/>
        <source>Longitude, latitude (WGS 84) of the place clicked on the map</source>
        <translation>Longitude, latitude (WGS 84) du lieu cliqué sur la carte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="97"/>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="97"/>
        <source>Place (lon, lat):</source>
        <translation>Lieu (lon, lat) :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="97"/>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="97"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="97"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="97"/>
        <source>Date and time:</source>
        <translation>Date et heure :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="97"/>
        <source>Reported by:</source>
        <translation>Signalé par :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="112"/>
        <source>Record the report</source>
        <translation>Enregistrer le signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="113"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="132"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="160"/>
        <source>Phone report not recorded</source>
        <translation>Signalement téléphonique non enregistré</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="160"/>
        <source>Nothing was recorded; what you typed is still here.

{}</source>
        <translation>Rien n'a été enregistré ; ce que vous avez saisi est conservé.

{}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="170"/>
        <source>Phone report recorded</source>
        <translation>Signalement téléphonique enregistré</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="170"/>
        <source>Report {} recorded.

{}</source>
        <translation>Signalement {} enregistré.

{}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="178"/>
        <source>Phone report in quarantine</source>
        <translation>Signalement téléphonique en quarantaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="178"/>
        <source>Report {} was recorded in quarantine, to be fixed and released:

{}</source>
        <translation>Le signalement {} a été enregistré en quarantaine, à corriger et libérer :

{}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="82"/>
        <source>Personal data: only if the caller wants to be called back; kept apart from the report, readable by the administrator and the triage operator, erased a year after the report is closed</source>
        <translation>Donnée personnelle : seulement si l'appelant veut être rappelé ; conservée à part du signalement, lisible par l'administrateur et l'opérateur de tri, effacée un an après la clôture du signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="97"/>
        <source>Caller&apos;s name:</source>
        <translation>Nom de l'appelant :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="97"/>
        <source>Caller&apos;s e-mail:</source>
        <translation>Courriel de l'appelant :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="97"/>
        <source>Caller&apos;s phone:</source>
        <translation>Téléphone de l'appelant :</translation>
    </message>
</context>
<context>
    <name>PhoneReportTool</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="225"/>
        <source>Phone report</source>
        <translation>Signalement téléphonique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/phone_entry.py" line="225"/>
        <source>This point cannot be placed in longitude/latitude: {}</source>
        <translation>Ce point ne peut pas être placé en longitude/latitude : {}</translation>
    </message>
</context>
<context>
    <name>PointNoirDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="34"/>
        <source>not enough months for a trend</source>
        <translation>pas assez de mois pour une tendance</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="36"/>
        <source>no significant trend (p = {:.2f})</source>
        <translation>pas de tendance significative (p = {:.2f})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="40"/>
        <source>increasing</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="42"/>
        <source>decreasing</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="43"/>
        <source>{} (Mann-Kendall, p = {:.3f})</source>
        <translation>{} (Mann-Kendall, p = {:.3f})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="117"/>
        <source>Point noir: before / after</source>
        <translation>Point noir : avant / après</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="60"/>
        <source>Point noir</source>
        <translation>Point noir</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="61"/>
        <source>Before / after the day</source>
        <translation>Avant / après le</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="62"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="63"/>
        <source>Monthly trend</source>
        <translation>Tendance mensuelle</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="87"/>
        <source>{} before, {} from that day on</source>
        <translation>{} avant, {} à partir de ce jour</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="98"/>
        <source>reports per month</source>
        <translation>signalements par mois</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="120"/>
        <source>Select a point noir in the &apos;Points noirs&apos; layer and make it the active layer.</source>
        <translation>Sélectionnez un point noir dans la couche « Points noirs » et faites-en la couche active.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/point_noir_dialog.py" line="130"/>
        <source>Select exactly one point noir ({} selected).</source>
        <translation>Sélectionnez exactement un point noir ({} sélectionnés).</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/problem_text.py" line="59"/>
        <source>... and {} more problems</source>
        <translation>... et {} autres problèmes</translation>
    </message>
</context>
<context>
    <name>PurgePersonalData</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="152"/>
        <source>Purge personal data</source>
        <translation>Purger les données personnelles</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="155"/>
        <source>Empties the reporters&apos; contacts (name, e-mail, phone) of the reports closed for longer than the retention period (gup_signalement.parametre_rgpd, one year by default); the reports are kept. Each run is logged with its count. Schedule it (qgis_process) or have the OS scheduler call the SQL function purger_donnees_personnelles().</source>
        <translation>Vide les contacts des signalants (nom, courriel, téléphone) des signalements clos depuis plus longtemps que la durée de conservation (gup_signalement.parametre_rgpd, un an par défaut) ; les signalements sont conservés. Chaque passage est journalisé avec son nombre. Planifiez-le (qgis_process) ou faites appeler la fonction SQL purger_donnees_personnelles() par le planificateur du système.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="165"/>
        <source>Contacts anonymised</source>
        <translation>Contacts anonymisés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="169"/>
        <source>{} contact(s) anonymised (retention {}).</source>
        <translation>{} contact(s) anonymisé(s) (conservation {}).</translation>
    </message>
</context>
<context>
    <name>QualityText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="16"/>
        <source>Unreadable record: {problems}.</source>
        <translation>Enregistrement illisible : {problems}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="17"/>
        <source>Missing position: 0/0 coordinates (the « no position » marker).</source>
        <translation>Position manquante : coordonnées 0/0 (marqueur « sans position »).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="20"/>
        <source>Missing position: 0/0 coordinates (the « no position » marker); address given: {address}.</source>
        <translation>Position manquante : coordonnées 0/0 (marqueur « sans position ») ; adresse donnée : {address}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="25"/>
        <source>Missing position: unreadable coordinates.</source>
        <translation>Position manquante : coordonnées illisibles.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="28"/>
        <source>Missing position: unreadable coordinates; address given: {address}.</source>
        <translation>Position manquante : coordonnées illisibles ; adresse donnée : {address}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="31"/>
        <source>Missing position: only one of the two coordinates is given.</source>
        <translation>Position manquante : une seule des deux coordonnées est donnée.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="34"/>
        <source>Missing position: only one of the two coordinates is given; address given: {address}.</source>
        <translation>Position manquante : une seule des deux coordonnées est donnée ; adresse donnée : {address}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="38"/>
        <source>Missing position: no coordinates.</source>
        <translation>Position manquante : aucune coordonnée.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="41"/>
        <source>Missing position: no coordinates; address given: {address}.</source>
        <translation>Position manquante : aucune coordonnée ; adresse donnée : {address}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="44"/>
        <source>Latitude and longitude swapped: the point ({lon}, {lat}) falls outside the territory, the swapped point falls in the commune {insee}.</source>
        <translation>Latitude et longitude inversées : le point ({lon}, {lat}) tombe hors du territoire, le point inversé tombe dans la commune {insee}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="49"/>
        <source>Point ({lon}, {lat}) outside the communes of the territory.</source>
        <translation>Point ({lon}, {lat}) hors des communes du territoire.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="52"/>
        <source>Coordinates ({lon}, {lat}) impossible as longitude/latitude (projected coordinates, Lambert-93?).</source>
        <translation>Coordonnées ({lon}, {lat}) impossibles en longitude/latitude (coordonnées projetées, Lambert-93 ?).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="57"/>
        <source>External service code « {service_code} » ({service_name}) has no matching category: to be sorted.</source>
        <translation>Code de service externe « {service_code} » ({service_name}) sans catégorie correspondante : à trier.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="62"/>
        <source>External service code « {service_code} » (no label) has no matching category: to be sorted.</source>
        <translation>Code de service externe « {service_code} » (sans libellé) sans catégorie correspondante : à trier.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="67"/>
        <source>No service code: the category is to be sorted.</source>
        <translation>Aucun code de service : catégorie à trier.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="70"/>
        <source>Empty description while the category « {category} » requires one.</source>
        <translation>Description vide alors que la catégorie « {category} » en exige une.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="73"/>
        <source>Report date in the future: {date}.</source>
        <translation>Date de signalement dans le futur : {date}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="74"/>
        <source>Report date before 2000: {date}.</source>
        <translation>Date de signalement antérieure à 2000 : {date}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quality_text.py" line="75"/>
        <source>Badly encoded text (UTF-8 decoded twice) in the field {field}: « {text} »; proposed fix: « {repaired} ».</source>
        <translation>Texte mal encodé (UTF-8 décodé deux fois) dans le champ {field} : « {text} » ; correction proposée : « {repaired} ».</translation>
    </message>
</context>
<context>
    <name>QuarantineForm</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="66"/>
        <source>Quarantine number</source>
        <translation>N° de quarantaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="67"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="68"/>
        <source>Id at the source</source>
        <translation>Identifiant à la source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="69"/>
        <source>Reason codes</source>
        <translation>Codes des motifs</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="70"/>
        <source>Reasons as stored (JSON)</source>
        <translation>Motifs tels qu'enregistrés (JSON)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="71"/>
        <source>Received in (page, file line)</source>
        <translation>Reçu dans (page, ligne du fichier)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="72"/>
        <source>Service code at the source</source>
        <translation>Code de service à la source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="73"/>
        <source>Service label at the source</source>
        <translation>Libellé de service à la source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="74"/>
        <source>Our category (choose it)</source>
        <translation>Notre catégorie (à choisir)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="75"/>
        <source>Status at the source</source>
        <translation>État à la source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="76"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="77"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="78"/>
        <source>Photo (link)</source>
        <translation>Photo (lien)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="79"/>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="80"/>
        <source>Updated at the source on</source>
        <translation>Mis à jour à la source le</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="81"/>
        <source>Longitude (WGS84)</source>
        <translation>Longitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="82"/>
        <source>Latitude (WGS84)</source>
        <translation>Latitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="83"/>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="84"/>
        <source>Record as received (JSON)</source>
        <translation>Enregistrement tel que reçu (JSON)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="85"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="86"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="87"/>
        <source>Synchronisation run</source>
        <translation>Synchronisation n°</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="88"/>
        <source>Why it is in quarantine</source>
        <translation>Pourquoi il est en quarantaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="89"/>
        <source>How to release it</source>
        <translation>Comment le libérer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="92"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="93"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="94"/>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="95"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="96"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="97"/>
        <source>service label</source>
        <translation>libellé du service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="130"/>
        <source>proposed fix:</source>
        <translation>correction proposée :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="151"/>
        <source>Accept the proposed fix: type it below, or release with &quot;Apply the proposed fixes&quot; ticked.</source>
        <translation>Pour accepter la correction proposée : saisissez-la ci-dessous, ou libérez en cochant « Appliquer les corrections proposées ».</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="158"/>
        <source>Fix the category, the position (or move the point) or the text, save, then release: GUP Signalement › Release quarantined reports.</source>
        <translation>Corrigez la catégorie, la position (ou déplacez le point) ou le texte, enregistrez, puis libérez : GUP Signalement › Libérer des signalements en quarantaine.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="220"/>
        <source>Citizens (public)</source>
        <translation>Citoyens (public)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="220"/>
        <source>Field agents</source>
        <translation>Agents de terrain</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="246"/>
        <source>Fix and release</source>
        <translation>Corriger et libérer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="250"/>
        <source>Why it is here</source>
        <translation>Pourquoi il est ici</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="250"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="250"/>
        <source>The report</source>
        <translation>Le signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/quarantine_form.py" line="257"/>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
</context>
<context>
    <name>ReleaseQuarantine</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="370"/>
        <source>Release quarantined reports</source>
        <translation>Libérer des signalements en quarantaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="373"/>
        <source>Checks again the pending quarantined reports, as they were corrected in the quarantine layer (category chosen, point placed or moved, text fixed), and stores and routes those that now pass; the others stay in quarantine with their updated reasons. With &apos;apply the proposed fixes&apos;, swapped coordinates are swapped back and double-encoded text is repaired first.</source>
        <translation>Contrôle à nouveau les signalements en quarantaine, tels qu'ils ont été corrigés dans la couche de quarantaine (catégorie choisie, point placé ou déplacé, texte corrigé), puis enregistre et route ceux qui passent désormais ; les autres restent en quarantaine avec leurs motifs mis à jour. Avec « appliquer les corrections proposées », les coordonnées inversées sont remises dans l'ordre et le texte doublement encodé est réparé d'abord.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="383"/>
        <source>Quarantine ids (comma separated; empty = every pending report)</source>
        <translation>Identifiants de quarantaine (séparés par des virgules ; vide = tous les signalements en attente)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="390"/>
        <source>Apply the proposed fixes (swapped coordinates, text encoding)</source>
        <translation>Appliquer les corrections proposées (coordonnées inversées, encodage du texte)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="397"/>
        <source>Reports released</source>
        <translation>Signalements libérés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="398"/>
        <source>Reports still quarantined</source>
        <translation>Signalements encore en quarantaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="405"/>
        <source>&apos;{}&apos; is not a list of ids.</source>
        <translation>« {} » n'est pas une liste d'identifiants.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="411"/>
        <source>{} released ({}), {} still quarantined ({}).</source>
        <translation>{} libérés ({}), {} encore en quarantaine ({}).</translation>
    </message>
</context>
<context>
    <name>RenewalLayers</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="224"/>
        <source>Urban renewal</source>
        <translation>Renouvellement urbain</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="225"/>
        <source>Relocation indicators per perimeter</source>
        <translation>Indicateurs de relogement par périmètre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="226"/>
        <source>Priority neighbourhoods (QPV 2024)</source>
        <translation>Quartiers prioritaires (QPV 2024)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="227"/>
        <source>Renewal projects (PRU / NPNRU)</source>
        <translation>Projets de renouvellement urbain (PRU / NPNRU)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="228"/>
        <source>Experiment perimeters (renewal)</source>
        <translation>Périmètres d'expérimentation (renouvellement)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="229"/>
        <source>Reports inside a renewal perimeter</source>
        <translation>Signalements dans un périmètre de renouvellement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="230"/>
        <source>to relocate: </source>
        <translation>à reloger : </translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="231"/>
        <source>relocated: </source>
        <translation>relogés : </translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="232"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="233"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="234"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="235"/>
        <source>QPV codes</source>
        <translation>Codes QPV</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="236"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="237"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="238"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="239"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_layers.py" line="240"/>
        <source>Phase not given</source>
        <translation>Phase non renseignée</translation>
    </message>
</context>
<context>
    <name>RenewalText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="28"/>
        <source>no header row with the columns {columns} in the first {rows} rows</source>
        <translation>aucune ligne d'en-tête avec les colonnes {columns} dans les {rows} premières lignes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="31"/>
        <source>column(s) not found in the header: {columns}</source>
        <translation>colonne(s) introuvable(s) dans l'en-tête : {columns}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="34"/>
        <source>{field} is empty</source>
        <translation>{field} est vide</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="35"/>
        <source>unknown perimeter code &apos;{perimeter}&apos;</source>
        <translation>code de périmètre « {perimeter} » inconnu</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="36"/>
        <source>unknown status &apos;{value}&apos;</source>
        <translation>statut « {value} » inconnu</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="37"/>
        <source>household size &apos;{value}&apos; is not a whole number from 1 to 20</source>
        <translation>la taille du ménage « {value} » n'est pas un nombre entier de 1 à 20</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="40"/>
        <source>{field}: &apos;{value}&apos; is not a date</source>
        <translation>{field} : « {value} » n'est pas une date</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="41"/>
        <source>same household as line {line}: kept once</source>
        <translation>même ménage qu'à la ligne {line} : gardé une seule fois</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="42"/>
        <source>household also on line {line} with other values: both refused</source>
        <translation>ménage aussi à la ligne {line} avec d'autres valeurs : les deux sont refusées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="45"/>
        <source>{field}: &apos;{value}&apos; is not an INSEE code</source>
        <translation>{field} : « {value} » n'est pas un code INSEE</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="59"/>
        <source>Study</source>
        <translation>Études</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="60"/>
        <source>Relocation</source>
        <translation>Relogement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="61"/>
        <source>Demolition</source>
        <translation>Démolition</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="62"/>
        <source>Reconstruction</source>
        <translation>Reconstruction</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="63"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="70"/>
        <source>QPV (priority neighbourhood)</source>
        <translation>QPV (quartier prioritaire)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="71"/>
        <source>Renewal project (PRU / NPNRU)</source>
        <translation>Projet de renouvellement urbain (PRU / NPNRU)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="72"/>
        <source>Experiment perimeter</source>
        <translation>Périmètre d'expérimentation</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/renewal_text.py" line="88"/>
        <source>Cannot read the spreadsheet {} (is it an .xlsx, .ods or .csv file?).</source>
        <translation>Impossible de lire le tableur {} (est-ce un fichier .xlsx, .ods ou .csv ?).</translation>
    </message>
</context>
<context>
    <name>ReportClusters</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="634"/>
        <source>Report clusters (DBSCAN)</source>
        <translation>Agrégats de signalements (DBSCAN)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="637"/>
        <source>Groups of reports close to each other (DBSCAN, computed by PostGIS): a report with at least the minimum number of reports within the distance (itself included) starts or extends a cluster; isolated reports (noise) are left out. With a number of days, clusters are also cut in time: a cluster splits where two successive reports are more than that many days apart, and pieces too small become noise.</source>
        <translation>Groupes de signalements proches les uns des autres (DBSCAN, calculé par PostGIS) : un signalement ayant au moins le nombre minimal de signalements à la distance donnée (lui compris) commence ou prolonge un agrégat ; les signalements isolés (bruit) sont écartés. Avec un nombre de jours, les agrégats sont aussi coupés dans le temps : un agrégat se sépare là où deux signalements successifs sont espacés de plus de ce nombre de jours, et les morceaux trop petits deviennent du bruit.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="647"/>
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="656"/>
        <source>Minimum reports in a cluster</source>
        <translation>Signalements au minimum dans un agrégat</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="665"/>
        <source>Days between reports of a cluster (0 = space only)</source>
        <translation>Jours entre signalements d'un agrégat (0 = espace seul)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="674"/>
        <source>Report clusters</source>
        <translation>Agrégats de signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="679"/>
        <source>Clusters</source>
        <translation>Agrégats</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="693"/>
        <source>{} clusters, {} reports in them (noise left out).</source>
        <translation>{} agrégats, {} signalements dedans (bruit écarté).</translation>
    </message>
</context>
<context>
    <name>ReportConcentrations</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="736"/>
        <source>Same-address concentrations</source>
        <translation>Concentrations à la même adresse</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="739"/>
        <source>Several reports at one address (the address text compared without case, accents or punctuation: &quot;12, Rue de l'Église&quot; = &quot;12 rue de l eglise&quot;), or, with a distance, reports linked by steps of at most that many metres. One point per concentration, at the mean position, with the number of reports and their ids.</source>
        <translation>Plusieurs signalements à une même adresse (texte de l'adresse comparé sans majuscules, accents ni ponctuation : « 12, Rue de l'Église » = « 12 rue de l eglise »), ou, avec une distance, des signalements reliés par des pas d'au plus ce nombre de mètres. Un point par concentration, à la position moyenne, avec le nombre de signalements et leurs identifiants.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="748"/>
        <source>Distance (m; 0 = same address text)</source>
        <translation>Distance (m ; 0 = même texte d'adresse)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="757"/>
        <source>Minimum reports</source>
        <translation>Signalements au minimum</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="771"/>
        <source>Concentrations</source>
        <translation>Concentrations</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="811"/>
        <source>{} concentrations.</source>
        <translation>{} concentrations.</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_model.py" line="19"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_model.py" line="20"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_model.py" line="21"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_model.py" line="22"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_model.py" line="23"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_model.py" line="24"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_model.py" line="25"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_model.py" line="26"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_model.py" line="136"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>RerouteReports</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="298"/>
        <source>Re-route reports</source>
        <translation>Router à nouveau les signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="301"/>
        <source>Routes again every report in the database with the current services, perimeters and category matrix (reports routed by hand are kept). New reports are routed on arrival by the database itself.</source>
        <translation>Route à nouveau chaque signalement de la base avec les services, périmètres et la matrice des catégories actuels (les routages faits à la main sont conservés). Les nouveaux signalements sont routés à leur arrivée par la base elle-même.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="309"/>
        <source>Reports whose routing changed</source>
        <translation>Signalements dont le routage a changé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="315"/>
        <source>{} reports changed routing.</source>
        <translation>{} signalements ont changé de routage.</translation>
    </message>
</context>
<context>
    <name>RevokePerson</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="83"/>
        <source>Revoke a person&apos;s rights</source>
        <translation>Retirer les droits d'une personne</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="86"/>
        <source>Takes the login role out of every GUP group and unlinks its service; with &apos;Drop the role&apos; the role is deleted too.</source>
        <translation>Retire le rôle de connexion de tous les groupes GUP et le détache de son service ; avec « Supprimer le rôle », le rôle est aussi supprimé.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="93"/>
        <source>Login name</source>
        <translation>Identifiant de connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="94"/>
        <source>Drop the role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/rights.py" line="105"/>
        <source>Rights of &apos;{}&apos; revoked.</source>
        <translation>Droits de « {} » retirés.</translation>
    </message>
</context>
<context>
    <name>RoundSheet</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="207"/>
        <source>Round sheet (PDF)</source>
        <translation>Feuille de tournée (PDF)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="210"/>
        <source>For one service (its name or id): its open reports (its part pending or accepted) in an area, ordered along a short path from the starting point, printed as a PDF: a map with the reports numbered in visiting order and the path drawn, then the list (number, address, category, description excerpt, received day, expected day). The area is the features of a polygon layer (e.g. its selection), an extent (the map canvas or a drawn rectangle), both (their intersection) or neither (all the service&apos;s open reports). The path is made of straight lines; it ends at the last report unless the round comes back to the start.</source>
        <translation>Pour un service (son nom ou son identifiant) : ses signalements ouverts (sa part en attente ou acceptée) dans une zone, ordonnés le long d'un chemin court depuis le point de départ, imprimés en PDF : une carte avec les signalements numérotés dans l'ordre de visite et le chemin tracé, puis la liste (numéro, adresse, catégorie, extrait de la description, jour de réception, jour prévu). La zone est formée des entités d'une couche de polygones (par exemple sa sélection), d'une emprise (la carte ou un rectangle dessiné), des deux (leur intersection) ou d'aucune (tous les signalements ouverts du service). Le chemin est fait de lignes droites ; il s'arrête au dernier signalement, sauf si la tournée revient au départ.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="223"/>
        <source>Service (name or id)</source>
        <translation>Service (nom ou identifiant)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="226"/>
        <source>Starting point</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="227"/>
        <source>Area: polygons (empty: no limit)</source>
        <translation>Zone : polygones (vide : sans limite)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="235"/>
        <source>Area: extent (map canvas or drawn rectangle; empty: no limit)</source>
        <translation>Zone : emprise (carte ou rectangle dessiné ; vide : sans limite)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="242"/>
        <source>Come back to the starting point</source>
        <translation>Revenir au point de départ</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="247"/>
        <source>Round sheet PDF</source>
        <translation>PDF de la feuille de tournée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="247"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="252"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="253"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="254"/>
        <source>Report ids in visiting order</source>
        <translation>Identifiants des signalements dans l'ordre de visite</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="271"/>
        <source>The area layer has no polygon.</source>
        <translation>La couche de zone n'a aucun polygone.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="294"/>
        <source>{} reports, {:.0f} m, written to {}.</source>
        <translation>{} signalements, {:.0f} m, écrit dans {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="71"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="72"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="73"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="74"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="75"/>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="76"/>
        <source>Expected</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="132"/>
        <source>Reports (visiting order)</source>
        <translation>Signalements (ordre de visite)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="163"/>
        <source>Path</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="182"/>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="215"/>
        <source>Round sheet</source>
        <translation>Feuille de tournée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="259"/>
        <source>Round sheet — {}</source>
        <translation>Feuille de tournée — {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="263"/>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="266"/>
        <source>{} km as the crow flies, back to the start</source>
        <translation>{} km à vol d'oiseau, retour au départ</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="266"/>
        <source>{} km as the crow flies from the start</source>
        <translation>{} km à vol d'oiseau depuis le départ</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="271"/>
        <source>{} open reports in visiting order</source>
        <translation>{} signalements ouverts dans l'ordre de visite</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/round_sheet_layout.py" line="271"/>
        <source>printed on {}</source>
        <translation>édité le {}</translation>
    </message>
</context>
<context>
    <name>RoutingLayers</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="44"/>
        <source>Competence perimeters</source>
        <translation>Périmètres de compétence</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="48"/>
        <source>Reports by routing status</source>
        <translation>Signalements par statut de routage</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="52"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="56"/>
        <source>Categories (for perimeter forms)</source>
        <translation>Catégories (pour les formulaires de périmètres)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="72"/>
        <source>{} (inactive)</source>
        <translation>{} (inactif)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="282"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="159"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="160"/>
        <source>Categories (none ticked = all)</source>
        <translation>Catégories (aucune cochée = toutes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="161"/>
        <source>Priority (larger wins)</source>
        <translation>Priorité (la plus grande l'emporte)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="162"/>
        <source>Extra recipient (in copy)</source>
        <translation>Destinataire en copie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="165"/>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="166"/>
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="167"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="244"/>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="285"/>
        <source>Why this service</source>
        <translation>Pourquoi ce service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="307"/>
        <source>Commune service</source>
        <translation>Service communal</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="308"/>
        <source>EPT service</source>
        <translation>Service de l'EPT</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="309"/>
        <source>Syndicat mixte</source>
        <translation>Syndicat mixte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="310"/>
        <source>Social landlord</source>
        <translation>Bailleur social</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_layers.py" line="311"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>RoutingText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_text.py" line="20"/>
        <source>Point outside the communes of the territory: report put in quarantine.</source>
        <translation>Point hors des communes du territoire : signalement mis en quarantaine.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_text.py" line="24"/>
        <source>{commune}, category {category}: category not open to field agents on this date.</source>
        <translation>{commune}, catégorie {category} : catégorie non ouverte aux agents à cette date.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_text.py" line="29"/>
        <source>{commune}, category {category}: category not open to the public on this date.</source>
        <translation>{commune}, catégorie {category} : catégorie non ouverte au public à cette date.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_text.py" line="34"/>
        <source>{commune}, category {category}: point outside the experiment perimeter of the category.</source>
        <translation>{commune}, catégorie {category} : point hors du périmètre d'expérimentation de la catégorie.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_text.py" line="40"/>
        <source>{commune}, category {category}: no competence perimeter covers this point for this category on this date; to be sorted.</source>
        <translation>{commune}, catégorie {category} : aucun périmètre de compétence ne couvre ce point pour cette catégorie à cette date ; à trier.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_text.py" line="46"/>
        <source>{commune}, category {category}: perimeter « {perimeter} » of the service {service}, priority {priority}, the only competent perimeter.</source>
        <translation>{commune}, catégorie {category} : périmètre « {perimeter} » du service {service}, priorité {priority}, seul périmètre compétent.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_text.py" line="53"/>
        <source>{commune}, category {category}: perimeter « {perimeter} » of the service {service}, priority {priority}, ahead of « {perimeter2} » of the service {service2}, priority {priority2}.</source>
        <translation>{commune}, catégorie {category} : périmètre « {perimeter} » du service {service}, priorité {priority} devant « {perimeter2} » du service {service2}, priorité {priority2}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_text.py" line="60"/>
        <source>{commune}, category {category}: perimeter « {perimeter} » of the service {service}, priority {priority}, smaller than « {perimeter2} » of the service {service2} at equal priority.</source>
        <translation>{commune}, catégorie {category} : périmètre « {perimeter} » du service {service}, priorité {priority}, plus petit que « {perimeter2} » du service {service2} à priorité égale.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_text.py" line="67"/>
        <source>{commune}, category {category}: perimeter « {perimeter} » of the service {service}, priority {priority}, tied with « {perimeter2} » of the service {service2} (priority and surface): decided by the perimeter number.</source>
        <translation>{commune}, catégorie {category} : périmètre « {perimeter} » du service {service}, priorité {priority}, à égalité avec « {perimeter2} » du service {service2} (priorité et surface) : départagé par le numéro de périmètre.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/routing_text.py" line="80"/>
        <source>Copied to: {}.</source>
        <translation>En copie : {}.</translation>
    </message>
</context>
<context>
    <name>SavePointNoir</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="833"/>
        <source>Save a point noir</source>
        <translation>Enregistrer un point noir</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="836"/>
        <source>Keeps polygons as one point noir (dissolved): tick &apos;Selected features only&apos; to save the selected cells of a hot spot result, or give a layer where you drew it. The reports falling in it (of its categories, or all) are linked now and as they arrive; its status, owner service, notes and works date are then edited in the &apos;Points noirs&apos; layer.</source>
        <translation>Garde des polygones comme un seul point noir (fusionnés) : cochez « Entités sélectionnées uniquement » pour enregistrer les mailles sélectionnées d'un résultat de points chauds, ou donnez une couche où vous l'avez dessiné. Les signalements qui y tombent (de ses catégories, ou tous) y sont rattachés maintenant et à leur arrivée ; son statut, son service pilote, ses notes et sa date de travaux se modifient ensuite dans la couche « Points noirs ».</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="846"/>
        <source>Polygons (hot spot cells or a drawing)</source>
        <translation>Polygones (mailles d'un résultat ou dessin)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="853"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="854"/>
        <source>Categories followed (codes separated by commas; empty = all)</source>
        <translation>Catégories suivies (codes séparés par des virgules ; vide = toutes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="861"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="869"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="874"/>
        <source>Works done on (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>Travaux réalisés le (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="879"/>
        <source>Point noir id</source>
        <translation>Identifiant du point noir</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="880"/>
        <source>Reports linked</source>
        <translation>Signalements rattachés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="885"/>
        <source>Give the point noir a name.</source>
        <translation>Donnez un nom au point noir.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="889"/>
        <source>The works date is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>La date des travaux n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="904"/>
        <source>No polygon to save (is anything selected?).</source>
        <translation>Aucun polygone à enregistrer (y a-t-il une sélection ?).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="907"/>
        <source>{} polygon(s) of the layer &apos;{}&apos;, saved on {}</source>
        <translation>{} polygone(s) de la couche « {} », enregistré(s) le {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="920"/>
        <source>Point noir {} saved: {} reports linked.</source>
        <translation>Point noir {} enregistré : {} signalements rattachés.</translation>
    </message>
</context>
<context>
    <name>SendWeeklyDigest</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="203"/>
        <source>Send the weekly digest of each service</source>
        <translation>Envoyer le récapitulatif hebdomadaire de chaque service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="206"/>
        <source>For each service (default: every active service), writes its digest of the period (new reports, follow-ups, closures, overdue and unanswered ones) as HTML and CSV to the output folder, then e-mails it to the service&apos;s addresses through the SMTP server of the delivery settings (the login from QGIS&apos;s authentication manager). Default period: the last complete week, Monday to Sunday (Paris time). A digest that cannot be sent keeps its files and is reported in the log; the other services are still sent. Schedule it with cron and qgis_process (README).</source>
        <translation>Pour chaque service (par défaut : tous les services actifs), écrit son récapitulatif de la période (nouveaux signalements, suivis, clôtures, signalements en retard et sans réponse) en HTML et CSV dans le dossier de sortie, puis l'envoie par courriel aux adresses du service par le serveur SMTP des paramètres de diffusion (identifiants tirés du gestionnaire d'authentification de QGIS). Période par défaut : la dernière semaine complète, du lundi au dimanche (heure de Paris). Un récapitulatif qui ne peut pas être envoyé garde ses fichiers et est signalé dans le journal ; les autres services sont tout de même envoyés. À planifier avec cron et qgis_process (README).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="218"/>
        <source>First day (default: Monday of the last complete week)</source>
        <translation>Premier jour (par défaut : le lundi de la dernière semaine complète)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="226"/>
        <source>Last day (default: six days after the first)</source>
        <translation>Dernier jour (par défaut : six jours après le premier)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="234"/>
        <source>Service ids, comma separated (default: every active service)</source>
        <translation>Identifiants des services, séparés par des virgules (par défaut : tous les services actifs)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="241"/>
        <source>Send by e-mail when an SMTP server is configured</source>
        <translation>Envoyer par courriel quand un serveur SMTP est configuré</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="248"/>
        <source>Digest folder</source>
        <translation>Dossier des récapitulatifs</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="251"/>
        <source>Digests written</source>
        <translation>Récapitulatifs écrits</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="252"/>
        <source>Digests sent</source>
        <translation>Récapitulatifs envoyés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="253"/>
        <source>Digests not sent</source>
        <translation>Récapitulatifs non envoyés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="265"/>
        <source>The last day {} is before the first day {}.</source>
        <translation>Le dernier jour {} est avant le premier jour {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="278"/>
        <source>Service ids must be whole numbers separated by commas: &apos;{}&apos;.</source>
        <translation>Les identifiants de services doivent être des nombres entiers séparés par des virgules : « {} ».</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="290"/>
        <source>Unknown service id(s): {}.</source>
        <translation>Identifiant(s) de service inconnu(s) : {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="305"/>
        <source>No SMTP server in the delivery settings: the digests are only written to files.</source>
        <translation>Aucun serveur SMTP dans les paramètres de diffusion : les récapitulatifs sont seulement écrits dans des fichiers.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="311"/>
        <source>Digests of {} service(s), {} to {}.</source>
        <translation>Récapitulatifs de {} service(s), du {} au {}.</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="40"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="53"/>
        <source>Services receive the reports routed to them. Deactivate a service rather than deleting it: its perimeters and its reports are kept. Separate e-mail addresses with commas.</source>
        <translation>Les services reçoivent les signalements qui leur sont routés. Désactivez un service plutôt que de le supprimer : ses périmètres et ses signalements sont conservés. Séparez les adresses électroniques par des virgules.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="65"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="65"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="65"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="65"/>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="65"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="294"/>
        <source>Perimeters</source>
        <translation>Périmètres</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="87"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="89"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="90"/>
        <source>Mark the selected services inactive (saved with Save)</source>
        <translation>Marquer les services sélectionnés comme inactifs (enregistré avec Enregistrer)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="94"/>
        <source>Give commune services their commune as perimeter</source>
        <translation>Donner aux services communaux leur commune comme périmètre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="97"/>
        <source>For the selected commune services (all of them when none is selected) that have no perimeter yet: their commune&apos;s territory, every category, priority 1</source>
        <translation>Pour les services communaux sélectionnés (tous si aucun n'est sélectionné) qui n'ont pas encore de périmètre : le territoire de leur commune, toutes les catégories, priorité 1</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="124"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="160"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="227"/>
        <source>{} service(s), {} active</source>
        <translation>{} service(s), {} actif(s)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="229"/>
        <source>{} unsaved change(s), in italics</source>
        <translation>{} modification(s) non enregistrée(s), en italique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="285"/>
        <source>{} perimeter(s) created. Reports already stored keep their routing until they are re-routed (Processing: re-route reports).</source>
        <translation>{} périmètre(s) créé(s). Les signalements déjà enregistrés gardent leur routage jusqu'à ce qu'ils soient routés à nouveau (Traitements : router à nouveau les signalements).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/services_dialog.py" line="294"/>
        <source>No perimeter created: every commune service with a commune already has a perimeter (services of type &apos;commune&apos; without a commune are skipped).</source>
        <translation>Aucun périmètre créé : chaque service communal rattaché à une commune a déjà un périmètre (les services de type « commune » sans commune sont ignorés).</translation>
    </message>
</context>
<context>
    <name>ServicesText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/services_text.py" line="14"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/services_text.py" line="15"/>
        <source>the name &apos;{name}&apos; is already used on {first}</source>
        <translation>le nom « {name} » est déjà utilisé en {first}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/services_text.py" line="16"/>
        <source>unknown type &apos;{kind}&apos; (expected: {expected})</source>
        <translation>type inconnu « {kind} » (attendu : {expected})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/services_text.py" line="19"/>
        <source>unknown commune code &apos;{insee}&apos;</source>
        <translation>code commune inconnu « {insee} »</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/services_text.py" line="20"/>
        <source>&apos;{email}&apos; is not an e-mail address</source>
        <translation>« {email} » n'est pas une adresse électronique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/services_text.py" line="21"/>
        <source>column &apos;{column}&apos;: &apos;{value}&apos; is not a yes/no value (write true or false, oui or non, 1 or 0)</source>
        <translation>colonne « {column} » : « {value} » n'est pas une valeur oui/non (écrivez oui ou non, true ou false, 1 ou 0)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/services_text.py" line="26"/>
        <source>The services file {source} cannot be imported:</source>
        <translation>Le fichier de services {source} ne peut pas être importé :</translation>
    </message>
</context>
<context>
    <name>SetDeliverySettings</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="64"/>
        <source>Set the digest and feedback delivery settings</source>
        <translation>Définir les paramètres de diffusion du récapitulatif et du retour</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="67"/>
        <source>Administrator: stores in the database the SMTP server the weekly digests are sent through (no server: the digests are only written to files) and the Open311 endpoint the reporters&apos; feedback is pushed to. Passwords and API keys are never stored: give the id of a Basic configuration of QGIS&apos;s authentication manager (user name and password for SMTP, the API key as password for Open311). Every setting is replaced by the values given.</source>
        <translation>Administrateur : enregistre dans la base le serveur SMTP par lequel partent les récapitulatifs hebdomadaires (sans serveur : les récapitulatifs sont seulement écrits dans des fichiers) et le point d'accès Open311 auquel est envoyé le retour aux signalants. Les mots de passe et clés d'API ne sont jamais enregistrés : indiquez l'identifiant d'une configuration « Basic » du gestionnaire d'authentification de QGIS (identifiant et mot de passe pour SMTP, la clé d'API comme mot de passe pour Open311). Chaque paramètre est remplacé par la valeur donnée.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="78"/>
        <source>SMTP server (empty: files only)</source>
        <translation>Serveur SMTP (vide : fichiers seulement)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="83"/>
        <source>SMTP port (empty: 25, 587 or 465 after the security)</source>
        <translation>Port SMTP (vide : 25, 587 ou 465 selon la sécurité)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="93"/>
        <source>SMTP security</source>
        <translation>Sécurité SMTP</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="101"/>
        <source>Sender address</source>
        <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="104"/>
        <source>SMTP timeout (seconds)</source>
        <translation>Délai d'attente SMTP (secondes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="113"/>
        <source>Authentication configuration of the SMTP login (id)</source>
        <translation>Configuration d'authentification des identifiants SMTP (identifiant)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="120"/>
        <source>Open311 feedback endpoint (URL, empty: files only)</source>
        <translation>Point d'accès Open311 du retour (URL, vide : fichiers seulement)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="127"/>
        <source>Open311 jurisdiction_id</source>
        <translation>jurisdiction_id Open311</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="132"/>
        <source>Authentication configuration of the API key (id)</source>
        <translation>Configuration d'authentification de la clé d'API (identifiant)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="174"/>
        <source>The Open311 endpoint must be an http:// or https:// URL: &apos;{}&apos;.</source>
        <translation>Le point d'accès Open311 doit être une URL http:// ou https:// : « {} ».</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="180"/>
        <source>Delivery settings saved: SMTP {}, Open311 endpoint {}.</source>
        <translation>Paramètres de diffusion enregistrés : SMTP {}, point d'accès Open311 {}.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage.py" line="180"/>
        <source>none (files only)</source>
        <translation>aucun (fichiers seulement)</translation>
    </message>
</context>
<context>
    <name>SetExperimentFromRenewal</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="499"/>
        <source>Experiment perimeter of a commune&apos;s category from a renewal perimeter</source>
        <translation>Périmètre d'expérimentation d'une catégorie d'une commune d'après un périmètre de renouvellement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="502"/>
        <source>Copies the part of a renewal perimeter (QPV, PRU or experiment perimeter, by its code) inside a commune into the experiment perimeter of that commune&apos;s category cell (created closed if it does not exist). The cell keeps a copy: its history records the change.</source>
        <translation>Copie la partie d'un périmètre de renouvellement (QPV, PRU ou périmètre d'expérimentation, par son code) située dans une commune comme périmètre d'expérimentation de la case de cette commune et de cette catégorie (créée fermée si elle n'existe pas). La case garde une copie : son historique enregistre le changement.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="511"/>
        <source>Renewal perimeter code</source>
        <translation>Code du périmètre de renouvellement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="514"/>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="515"/>
        <source>Category code</source>
        <translation>Code de la catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/renewal.py" line="524"/>
        <source>Experiment perimeter of {} / {} taken from {}.</source>
        <translation>Périmètre d'expérimentation de {} / {} repris de {}.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="122"/>
        <source>Incoming report sources</source>
        <translation>Sources des signalements entrants</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="139"/>
        <source>Sources (select one to edit or synchronise it):</source>
        <translation>Sources (sélectionnez-en une pour la modifier ou la synchroniser) :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="530"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="140"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="140"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="140"/>
        <source>Endpoint</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="140"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="140"/>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="140"/>
        <source>Audience</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="140"/>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="140"/>
        <source>Unfinished</source>
        <translation>Inachevée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="282"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="156"/>
        <source>Unfinished: a synchronisation stopped before the end; the next one resumes after its last page.</source>
        <translation>Inachevée : une synchronisation s'est arrêtée avant la fin ; la suivante reprend après sa dernière page.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="171"/>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="173"/>
        <source>Save source</source>
        <translation>Enregistrer la source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="181"/>
        <source>Recent runs:</source>
        <translation>Exécutions récentes :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="182"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="182"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="182"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="182"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="182"/>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="182"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="182"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="182"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="182"/>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="182"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="202"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="210"/>
        <source>Synchronisation of the selected source</source>
        <translation>Synchronisation de la source sélectionnée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="213"/>
        <source>Full re-read</source>
        <translation>Relecture complète</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="214"/>
        <source>From the source&apos;s first date. Otherwise: from the last synchronisation minus the re-read days, or after the last stored page of an unfinished one.</source>
        <translation>Depuis la première date de la source. Sinon : depuis la dernière synchronisation moins les jours de relecture, ou après la dernière page enregistrée d'une synchronisation inachevée.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="221"/>
        <source>Synchronise now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="223"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="465"/>
        <source>New Open311 source</source>
        <translation>Nouvelle source Open311</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="251"/>
        <source>e.g. dansmarue (a-z, 0-9, _ . -)</source>
        <translation>p. ex. dansmarue (a-z, 0-9, _ . -)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="257"/>
        <source>A Basic configuration whose password is the API key; only its id is stored in the database.</source>
        <translation>Une configuration « Basic » dont le mot de passe est la clé d'API ; seul son identifiant est enregistré dans la base.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="403"/>
        <source>no paging</source>
        <translation>sans pagination</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="272"/>
        <source>Citizens (public)</source>
        <translation>Citoyens (public)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="273"/>
        <source>Field agents</source>
        <translation>Agents de terrain</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="278"/>
        <source>(90 days before the first sync)</source>
        <translation>(90 jours avant la première synchro)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="281"/>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>Endpoint URL:</source>
        <translation>Adresse du service :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>API key:</source>
        <translation>Clé d'API :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>Jurisdiction:</source>
        <translation>Juridiction :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>Page size:</source>
        <translation>Taille de page :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>Server time zone:</source>
        <translation>Fuseau horaire du serveur :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>First date:</source>
        <translation>Première date :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>Audience:</source>
        <translation>Public visé :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="285"/>
        <source>Re-read days:</source>
        <translation>Jours de relecture :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="312"/>
        <source>An incremental synchronisation re-reads this many days before the last one, to catch updates.</source>
        <translation>Une synchronisation incrémentale relit ce nombre de jours avant la précédente, pour rattraper les mises à jour.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="516"/>
        <source>Category mapping</source>
        <translation>Correspondance des catégories</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="323"/>
        <source>The server&apos;s codes that are not our own category codes; codes neither listed nor ours go to quarantine.</source>
        <translation>Les codes du serveur qui ne sont pas nos propres codes de catégorie ; les codes ni listés ni à nous vont en quarantaine.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="333"/>
        <source>Server&apos;s code</source>
        <translation>Code du serveur</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="333"/>
        <source>Our category</source>
        <translation>Notre catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="342"/>
        <source>Add a code</source>
        <translation>Ajouter un code</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="344"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="346"/>
        <source>Fetch the server&apos;s service codes</source>
        <translation>Lire les codes de service du serveur</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="376"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="396"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="403"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="403"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="465"/>
        <source>Source &apos;{}&apos; ({})</source>
        <translation>Source « {} » ({})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="516"/>
        <source>the code &apos;{}&apos; is listed twice</source>
        <translation>le code « {} » est listé deux fois</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="530"/>
        <source>&apos;{}&apos; is not a valid name: lower-case letters, digits, _ . - (at most 63, starting with a letter or a digit)</source>
        <translation>« {} » n'est pas un nom valide : lettres minuscules, chiffres, _ . - (63 au plus, commençant par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="545"/>
        <source>Endpoint URL</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="545"/>
        <source>&apos;{}&apos; is not an http(s) address such as https://example.org/open311/v2</source>
        <translation>« {} » n'est pas une adresse http(s) comme https://example.org/open311/v2</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="557"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="586"/>
        <source>Save failed</source>
        <translation>Échec de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="586"/>
        <source>The source was not saved; what you typed is still here.

{}</source>
        <translation>La source n'a pas été enregistrée ; ce que vous avez saisi est conservé.

{}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="625"/>
        <source>Service codes</source>
        <translation>Codes de service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="625"/>
        <source>{} service code(s) on the server, {} added to the mapping (the others are our own codes or already listed): choose their category, then save.</source>
        <translation>{} code(s) de service sur le serveur, {} ajouté(s) à la correspondance (les autres sont nos propres codes ou déjà listés) : choisissez leur catégorie, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="657"/>
        <source>Select a saved source first.</source>
        <translation>Sélectionnez d'abord une source enregistrée.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="668"/>
        <source>Synchronising '{}'…</source>
        <translation>Synchronisation de « {} »…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="676"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="684"/>
        <source>Canceling after the current page…</source>
        <translation>Annulation après la page en cours…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="696"/>
        <source>Done: {}</source>
        <translation>Terminé : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="698"/>
        <source>Resumed after {}. </source>
        <translation>Reprise après {}. </translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="700"/>
        <source>Not finished: {}</source>
        <translation>Inachevé : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="700"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="401"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="401"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="402"/>
        <source>citizens</source>
        <translation>citoyens</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="402"/>
        <source>field agents</source>
        <translation>agents de terrain</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="48"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="49"/>
        <source>Agents only</source>
        <translation>Agents seulement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="50"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="58"/>
        <source>closed</source>
        <comment>short, in a matrix cell</comment>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="59"/>
        <source>agents</source>
        <comment>short, in a matrix cell</comment>
        <translation>agents</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/styles.py" line="60"/>
        <source>public</source>
        <comment>short, in a matrix cell</comment>
        <translation>public</translation>
    </message>
</context>
<context>
    <name>StageMapDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/stage_map_dialog.py" line="24"/>
        <source>Map of a category&apos;s stages</source>
        <translation>Carte de l'ouverture d'une catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/stage_map_dialog.py" line="51"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/stage_map_dialog.py" line="30"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/stage_map_dialog.py" line="32"/>
        <source>Add to map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/stage_map_dialog.py" line="67"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/standard_buttons.py" line="11"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="52"/>
        <source>Triage statistics</source>
        <translation>Statistiques du traitement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="72"/>
        <source>Grouped by</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="72"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="72"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="72"/>
        <source>Median to acceptance (working days)</source>
        <translation>Médiane jusqu'à la prise en charge (jours ouvrés)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="72"/>
        <source>Median to closure (working days)</source>
        <translation>Médiane jusqu'à la clôture (jours ouvrés)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="72"/>
        <source>Median to closure (days)</source>
        <translation>Médiane jusqu'à la clôture (jours)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="72"/>
        <source>Closed within the target delay</source>
        <translation>Clos dans le délai cible</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="96"/>
        <source>Received from</source>
        <translation>Reçus du</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="96"/>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="117"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="117"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="117"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="159"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="214"/>
        <source>{} reports</source>
        <translation>{} signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="214"/>
        <source>Median time to acceptance: {} working days ({} calendar days)</source>
        <translation>Délai médian de prise en charge : {} jours ouvrés ({} jours calendaires)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/statistics_dialog.py" line="214"/>
        <source>Median time to closure: {} working days ({} calendar days) · closed within the target delay: {} of {} closed reports with a target</source>
        <translation>Délai médian de clôture : {} jours ouvrés ({} jours calendaires) · clos dans le délai cible : {} des {} signalements clos ayant un délai cible</translation>
    </message>
</context>
<context>
    <name>StatisticsText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="16"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="17"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="18"/>
        <source>To triage</source>
        <translation>À trier</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="19"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="20"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="26"/>
        <source>All reports</source>
        <translation>Tous les signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="27"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="28"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="29"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="35"/>
        <source>Reports by service</source>
        <translation>Signalements par service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="35"/>
        <source>Reports by category</source>
        <translation>Signalements par catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="40"/>
        <source>Reports received per month</source>
        <translation>Signalements reçus par mois</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="48"/>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="59"/>
        <source>{} d</source>
        <translation>{} j</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="64"/>
        <source>{} %</source>
        <translation>{} %</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/statistics_text.py" line="71"/>
        <source>The service {service} has no open report in this area.</source>
        <translation>Le service {service} n'a aucun signalement ouvert dans cette zone.</translation>
    </message>
</context>
<context>
    <name>SyncOpen311Source</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="81"/>
        <source>Synchronise an Open311 source</source>
        <translation>Synchroniser une source Open311</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="84"/>
        <source>Fetches the requests of an Open311 GeoReport v2 source (declared in the sources dialog) page by page and stores each page as it arrives: one report per source and external id; a request read again unchanged writes nothing; what the data-quality guard does not trust goes to the quarantine with its reason; the others are routed. An interrupted synchronisation resumes after its last stored page. Incremental by default (since the last synchronisation, minus the re-read days); tick &apos;full&apos; to read everything from the source&apos;s first date. The API key comes from the source&apos;s QGIS authentication configuration. Suited to scheduled runs with qgis_process.</source>
        <translation>Lit les demandes d'une source Open311 GeoReport v2 (déclarée dans la fenêtre des sources) page par page et enregistre chaque page dès son arrivée : un signalement par source et identifiant externe ; une demande relue sans changement n'écrit rien ; ce à quoi le contrôle qualité ne fait pas confiance va en quarantaine avec son motif ; le reste est routé. Une synchronisation interrompue reprend après sa dernière page enregistrée. Incrémentale par défaut (depuis la dernière synchronisation, moins les jours de relecture) ; cochez « complète » pour tout relire depuis la première date de la source. La clé d'API vient de la configuration d'authentification QGIS de la source. Adapté aux exécutions planifiées avec qgis_process.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="97"/>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="98"/>
        <source>Full re-read from the source&apos;s first date</source>
        <translation>Relecture complète depuis la première date de la source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="122"/>
        <source>Resumed after {}.</source>
        <translation>Reprise après {}.</translation>
    </message>
</context>
<context>
    <name>SyncTask</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/sources_dialog.py" line="70"/>
        <source>Synchronise &apos;{}&apos;</source>
        <translation>Synchroniser « {} »</translation>
    </message>
</context>
<context>
    <name>TriageDock</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="746"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="181"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="443"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="113"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="436"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="450"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="440"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="100"/>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="106"/>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="107"/>
        <source>Waiting for my answer</source>
        <translation>En attente de ma réponse</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="112"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="113"/>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="113"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="113"/>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="224"/>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="149"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="150"/>
        <source>Refuse…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="151"/>
        <source>Qualify…</source>
        <translation>Qualifier…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="152"/>
        <source>Re-route…</source>
        <translation>Réorienter…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="153"/>
        <source>Follow-up…</source>
        <translation>Suivi…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="154"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="155"/>
        <source>Duplicate of…</source>
        <translation>Doublon de…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="156"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="157"/>
        <source>Show on map</source>
        <translation>Afficher sur la carte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="158"/>
        <source>Zoom to</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="172"/>
        <source>Any day</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="173"/>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="174"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="175"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="176"/>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="181"/>
        <source>Newest first</source>
        <translation>Plus récents d'abord</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="181"/>
        <source>Oldest first</source>
        <translation>Plus anciens d'abord</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="181"/>
        <source>Due first</source>
        <translation>Échéance la plus proche</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="181"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="214"/>
        <source>My service: {}</source>
        <translation>Mon service : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="214"/>
        <source>Triage operator: every service</source>
        <translation>Opérateur de tri : tous les services</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="277"/>
        <source>All ({})</source>
        <translation>Tous ({})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="315"/>
        <source>{} reports</source>
        <translation>{} signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="416"/>
        <source>&lt;i&gt;{} reports selected&lt;/i&gt;</source>
        <translation>&lt;i&gt;{} signalements sélectionnés&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="416"/>
        <source>&lt;i&gt;Select a report.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez un signalement.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="431"/>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="441"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="442"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="444"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="748"/>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="462"/>
        <source>(no description)</source>
        <translation>(pas de description)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="464"/>
        <source>Open the photo</source>
        <translation>Ouvrir la photo</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="469"/>
        <source>Why this service:</source>
        <translation>Pourquoi ce service :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="469"/>
        <source>details…</source>
        <translation>détails…</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="474"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="494"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="507"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="537"/>
        <source>Unanswered after 3 working days</source>
        <translation>Sans réponse depuis 3 jours ouvrés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="538"/>
        <source>No follow-up for 20 days</source>
        <translation>Sans suivi depuis 20 jours</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="539"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="542"/>
        <source>{} working days</source>
        <translation>{} jours ouvrés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="543"/>
        <source>{} days</source>
        <translation>{} jours</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="544"/>
        <source>{} working days late</source>
        <translation>{} jours ouvrés de retard</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="565"/>
        <source>Reminders ({})</source>
        <translation>Relances ({})</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="596"/>
        <source>Select one or more reports first.</source>
        <translation>Sélectionnez d'abord un ou plusieurs signalements.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="615"/>
        <source>Unexpected error ({}): see the message log.</source>
        <translation>Erreur inattendue ({}) : voir le journal des messages.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="627"/>
        <source>Select exactly one report for this action.</source>
        <translation>Sélectionnez un seul signalement pour cette action.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="663"/>
        <source>Routed by hand: qualifying keeps the service.</source>
        <translation>Routé à la main : la qualification garde le service.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="664"/>
        <source>After qualifying: {} — {}</source>
        <translation>Après qualification : {} — {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="680"/>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="680"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="680"/>
        <source>Text (required for &apos;other&apos;):</source>
        <translation>Texte (obligatoire pour « Autre ») :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="697"/>
        <source>Qualify</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="697"/>
        <source>Sub-category:</source>
        <translation>Sous-catégorie :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="710"/>
        <source>Re-route</source>
        <translation>Réorienter</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="710"/>
        <source>New service:</source>
        <translation>Nouveau service :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="710"/>
        <source>Reason (kept with the routing):</source>
        <translation>Motif (conservé avec le routage) :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="721"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="721"/>
        <source>Visible to:</source>
        <translation>Visibilité :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="721"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="736"/>
        <source>#{} — {:.0f} m, {} days apart</source>
        <translation>n° {} — {:.0f} m, {} jours d'écart</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="745"/>
        <source>No open report of the same category nearby.</source>
        <translation>Aucun signalement ouvert de la même catégorie à proximité.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/triage_dock.py" line="748"/>
        <source>Original report:</source>
        <translation>Signalement d'origine :</translation>
    </message>
</context>
<context>
    <name>TriageLayers</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_layers.py" line="40"/>
        <source>Reports (triage)</source>
        <translation>Signalements (traitement)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_layers.py" line="75"/>
        <source>Duplicate → its original</source>
        <translation>Doublon → son original</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_layers.py" line="80"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>TriageStatistics</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="117"/>
        <source>Triage statistics</source>
        <translation>Statistiques du traitement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="80"/>
        <source>Writes a table of the reports received in the period (both days included): a first row for all the reports, then one row per commune, main service and category, each with its reports per status, the median time to acceptance and to closure in working days (French public holidays left out) and in calendar days, and the share of the closed reports with a target delay that were closed on or before their expected day. Duplicates are counted by status but left out of times and shares. Optional filters: INSEE codes and category codes, separated by commas. With a charts folder, also writes the bar chart (by category or service) and the reports received per month as SVG files.</source>
        <translation>Écrit une table des signalements reçus pendant la période (les deux jours inclus) : une première ligne pour tous les signalements, puis une ligne par commune, service principal et catégorie, chacune avec ses signalements par statut, le délai médian de prise en charge et de clôture en jours ouvrés (jours fériés français exclus) et en jours calendaires, et la part des signalements clos ayant un délai cible qui ont été clos au plus tard le jour prévu. Les doublons sont comptés par statut mais exclus des délais et des parts. Filtres facultatifs : codes INSEE et codes de catégories, séparés par des virgules. Avec un dossier de graphiques, écrit aussi le diagramme en barres (par catégorie ou par service) et les signalements reçus par mois en fichiers SVG.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="94"/>
        <source>Reports received from (included)</source>
        <translation>Signalements reçus à partir du (inclus)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="94"/>
        <source>Reports received until (included)</source>
        <translation>Signalements reçus jusqu'au (inclus)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="103"/>
        <source>Communes: INSEE codes, comma-separated (empty: all)</source>
        <translation>Communes : codes INSEE séparés par des virgules (vide : toutes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="110"/>
        <source>Categories: codes, comma-separated (empty: all)</source>
        <translation>Catégories : codes séparés par des virgules (vide : toutes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="122"/>
        <source>Charts folder (SVG; empty: no chart)</source>
        <translation>Dossier des graphiques (SVG ; vide : pas de graphique)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="130"/>
        <source>Bar chart by</source>
        <translation>Diagramme en barres par</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="130"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="130"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="138"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="139"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/triage_reports.py" line="174"/>
        <source>{} reports in the statistics, {} rows.</source>
        <translation>{} signalements dans les statistiques, {} lignes.</translation>
    </message>
</context>
<context>
    <name>TriageText</name>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="16"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="17"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="18"/>
        <source>To triage</source>
        <translation>À trier</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="30"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="20"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="27"/>
        <source>Waiting for an answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="28"/>
        <source>Accepted</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="29"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="31"/>
        <source>Withdrawn (re-routed)</source>
        <translation>Retiré (réorienté)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="38"/>
        <source>Qualify</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="39"/>
        <source>Re-route</source>
        <translation>Réorienter</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="40"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="41"/>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="42"/>
        <source>Add a follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="43"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="44"/>
        <source>Mark as duplicate</source>
        <translation>Marquer comme doublon</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="45"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="46"/>
        <source>Automatic routing</source>
        <translation>Routage automatique</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="53"/>
        <source>public (the reporter sees it)</source>
        <translation>public (visible par le déclarant)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="54"/>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="78"/>
        <source>changed by {by} on {at} meanwhile: reload it and try again</source>
        <translation>modifié par {by} le {at} entre-temps : rechargez-le et recommencez</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="81"/>
        <source>not possible: from &apos;{from}&apos; to &apos;{to}&apos; is not allowed</source>
        <translation>action impossible : passage de « {from} » à « {to} » non autorisé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="84"/>
        <source>give the reason of the refusal</source>
        <translation>indiquez le motif du refus</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="85"/>
        <source>unknown refusal reason &apos;{reason}&apos;</source>
        <translation>motif de refus inconnu : {reason}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="86"/>
        <source>explain the reason &apos;{reason}&apos; in the text</source>
        <translation>précisez le motif « {reason} » dans le texte</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="89"/>
        <source>a report cannot be its own duplicate</source>
        <translation>un signalement ne peut pas être son propre doublon</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="90"/>
        <source>report #{original} is closed: choose an open report</source>
        <translation>le signalement n° {original} est clôturé : choisissez un signalement ouvert</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="93"/>
        <source>report #{original} is itself a duplicate of #{its_original}</source>
        <translation>le n° {original} est lui-même un doublon du n° {its_original}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="96"/>
        <source>choose the original report</source>
        <translation>choisissez le signalement d'origine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="97"/>
        <source>the report is a duplicate of #{original}: reopen it first</source>
        <translation>le signalement est un doublon du n° {original} : rouvrez-le d'abord</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="100"/>
        <source>unknown sub-category &apos;{sub_category}&apos;</source>
        <translation>sous-catégorie inconnue : {sub_category}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="101"/>
        <source>choose a sub-category</source>
        <translation>choisissez une sous-catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="102"/>
        <source>choose the service</source>
        <translation>choisissez le service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="103"/>
        <source>give the reason of the re-routing</source>
        <translation>indiquez le motif de la réorientation</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="104"/>
        <source>the report is already routed to this service</source>
        <translation>le signalement est déjà routé vers ce service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="107"/>
        <source>&apos;{action}&apos; is done by a service: choose one</source>
        <translation>« {action} » est fait par un service : choisissez-en un</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="108"/>
        <source>the service has no part to answer in this report</source>
        <translation>le service n'a pas de part à traiter dans ce signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="111"/>
        <source>unknown visibility &apos;{visibility}&apos;</source>
        <translation>visibilité inconnue : {visibility}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="114"/>
        <source>the follow-up text is empty</source>
        <translation>le texte du suivi est vide</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="115"/>
        <source>unknown action &apos;{action}&apos;</source>
        <translation>action inconnue : {action}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="116"/>
        <source>report #{report_id} does not exist</source>
        <translation>le signalement n° {report_id} n'existe pas</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="117"/>
        <source>service #{service_id} does not exist or is inactive</source>
        <translation>le service n° {service_id} n'existe pas ou est inactif</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/toolbelt/triage_text.py" line="153"/>
        <source>Report #{}: {}</source>
        <translation>Signalement n° {} : {}</translation>
    </message>
</context>
<context>
    <name>UpgradeDatabaseStructure</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="58"/>
        <source>Upgrade database structure</source>
        <translation>Mettre à jour la structure de la base</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="61"/>
        <source>Applies, in version order, the upgrade files the database has not had yet. Each upgrade runs in one transaction: a failure leaves the database at the previous version. Data is kept. Back the database up first.</source>
        <translation>Applique, dans l'ordre des versions, les fichiers de mise à jour que la base n'a pas encore reçus. Chaque mise à jour s'exécute dans une transaction : un échec laisse la base à la version précédente. Les données sont conservées. Sauvegardez la base avant.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="69"/>
        <source>I have a backup: run the upgrade</source>
        <translation>J'ai une sauvegarde : lancer la mise à jour</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="74"/>
        <source>Database version</source>
        <translation>Version de la base</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="80"/>
        <source>Tick the box to confirm that you want to upgrade the database.</source>
        <translation>Cochez la case pour confirmer la mise à jour de la base.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="88"/>
        <source>The database is up to date (version {}).</source>
        <translation>La base est à jour (version {}).</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="90"/>
        <source>{} upgrade(s) to apply.</source>
        <translation>{} mise(s) à jour à appliquer.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/database.py" line="92"/>
        <source>Database upgraded to version {}.</source>
        <translation>Base mise à jour en version {}.</translation>
    </message>
</context>
<context>
    <name>WhyThisServiceDialog</name>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="51"/>
        <source>Deciding perimeter</source>
        <translation>Périmètre décisif</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="54"/>
        <source>Ignored: inactive service</source>
        <translation>Ignoré : service inactif</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="57"/>
        <source>Ignored: not for this category</source>
        <translation>Ignoré : pas pour cette catégorie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="60"/>
        <source>Ignored: not valid on the report&apos;s day</source>
        <translation>Ignoré : non valable le jour du signalement</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="66"/>
        <source>Extra recipient (in copy)</source>
        <translation>Destinataire en copie</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="67"/>
        <source>Competent, beaten</source>
        <translation>Compétent, devancé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="80"/>
        <source>Why this service? Report #{}</source>
        <translation>Pourquoi ce service ? Signalement n° {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="119"/>
        <source>Perimeters containing the report (red: deciding, blue: others, grey: ignored):</source>
        <translation>Périmètres contenant le signalement (rouge : décisif, bleu : autres, gris : ignorés) :</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="127"/>
        <source>Perimeter</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="127"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="127"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="127"/>
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="127"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="142"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="152"/>
        <source>in copy: {}</source>
        <translation>en copie : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="154"/>
        <source>No explanation stored for this report.</source>
        <translation>Aucune explication enregistrée pour ce signalement.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="157"/>
        <source>This report was routed by hand: automatic routing leaves it as it is.</source>
        <translation>Ce signalement a été routé à la main : le routage automatique le laisse tel quel.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="161"/>
        <source>The rules changed since this report was routed. Re-routing it now would give: {}</source>
        <translation>Les règles ont changé depuis le routage de ce signalement. Le router à nouveau donnerait : {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="296"/>
        <source>Why this service?</source>
        <translation>Pourquoi ce service ?</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="298"/>
        <source>Select a report in a layer of the table gup_signalement.signalement (menu: Competence perimeters and reports layers) and make it the active layer.</source>
        <translation>Sélectionnez un signalement dans une couche de la table gup_signalement.signalement (menu : Couches des périmètres de compétence et des signalements) et faites-en la couche active.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/gui/why_dialog.py" line="310"/>
        <source>Select exactly one report ({} selected).</source>
        <translation>Sélectionnez exactement un signalement ({} sélectionnés).</translation>
    </message>
</context>
<context>
    <name>_CsvExport</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="51"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="61"/>
        <source>Written: {}</source>
        <translation>Écrit : {}</translation>
    </message>
</context>
<context>
    <name>_CsvImport</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="31"/>
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/catalogue.py" line="37"/>
        <source>{} rows imported or updated from {}.</source>
        <translation>{} lignes importées ou mises à jour depuis {}.</translation>
    </message>
</context>
<context>
    <name>_DryRunOutput</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="538"/>
        <source>Reports that would move</source>
        <translation>Signalements qui changeraient</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="539"/>
        <source>Reports per move &apos;service before -&gt; service after&apos; (JSON)</source>
        <translation>Signalements par mouvement « service avant -&gt; service après » (JSON)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="545"/>
        <source>Reports per commune (JSON)</source>
        <translation>Signalements par commune (JSON)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="586"/>
        <source>Service {} -&gt; {}: {} reports</source>
        <translation>Service {} -&gt; {} : {} signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="590"/>
        <source>Commune {}: {} reports</source>
        <translation>Commune {} : {} signalements</translation>
    </message>
</context>
<context>
    <name>_HotspotAlgorithm</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="109"/>
        <source>Categories (codes separated by commas; a category includes its sub-categories; empty = all)</source>
        <translation>Catégories (codes séparés par des virgules ; une catégorie comprend ses sous-catégories ; vide = toutes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="109"/>
        <source>Category groups (separated by commas; empty = all)</source>
        <translation>Groupes de catégories (séparés par des virgules ; vide = tous)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="109"/>
        <source>First day (YYYY-MM-DD or DD/MM/YYYY; empty = from the first report)</source>
        <translation>Premier jour (AAAA-MM-JJ ou JJ/MM/AAAA ; vide = dès le premier signalement)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="109"/>
        <source>Last day (inclusive; empty = to the last report)</source>
        <translation>Dernier jour (inclus ; vide = jusqu'au dernier signalement)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="109"/>
        <source>Routing statuses (routed, triage, not_open; empty = all)</source>
        <translation>Statuts de routage (routed, triage, not_open ; vide = tous)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="109"/>
        <source>Sources (separated by commas; empty = all)</source>
        <translation>Sources (séparées par des virgules ; vide = toutes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="129"/>
        <source>Hexagon cell size (m, between the centres of two cells)</source>
        <translation>Taille des mailles hexagonales (m, entre les centres de deux mailles)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="140"/>
        <source>Neighbourhood</source>
        <translation>Voisinage</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="140"/>
        <source>Distance band</source>
        <translation>Distance de voisinage</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="140"/>
        <source>k nearest neighbours</source>
        <translation>k plus proches voisins</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="148"/>
        <source>Distance band (m; empty = the smallest giving every cell a neighbour)</source>
        <translation>Distance de voisinage (m ; vide = la plus petite donnant un voisin à chaque maille)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="157"/>
        <source>Number of neighbours (k nearest)</source>
        <translation>Nombre de voisins (k plus proches)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="166"/>
        <source>Correct for multiple testing (false discovery rate)</source>
        <translation>Corriger les tests multiples (taux de fausses découvertes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="179"/>
        <source>{}: not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>{} : ce n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="183"/>
        <source>The last day is before the first day.</source>
        <translation>Le dernier jour est avant le premier.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/hotspots.py" line="213"/>
        <source>Choices made:</source>
        <translation>Choix effectués :</translation>
    </message>
</context>
<context>
    <name>_IncomingAlgorithm</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="58"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="39"/>
        <source>Reports read</source>
        <translation>Signalements lus</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="39"/>
        <source>New reports</source>
        <translation>Nouveaux signalements</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="39"/>
        <source>Reports updated</source>
        <translation>Signalements mis à jour</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="39"/>
        <source>Reports unchanged</source>
        <translation>Signalements inchangés</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="39"/>
        <source>Reports quarantined</source>
        <translation>Signalements en quarantaine</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/incoming.py" line="39"/>
        <source>Reports routed to a service</source>
        <translation>Signalements routés vers un service</translation>
    </message>
</context>
<context>
    <name>_PerimeterLayerAlgorithm</name>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="78"/>
        <source>Service name field</source>
        <translation>Champ du nom du service</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="83"/>
        <source>Perimeter name field</source>
        <translation>Champ du nom du périmètre</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="88"/>
        <source>Categories field (codes separated by commas, empty = all)</source>
        <translation>Champ des catégories (codes séparés par des virgules, vide = toutes)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="97"/>
        <source>Priority field (larger wins)</source>
        <translation>Champ de la priorité (la plus grande l'emporte)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="107"/>
        <source>Extra recipient field (true/false)</source>
        <translation>Champ destinataire en copie (true/false)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="157"/>
        <source>feature {}</source>
        <translation>entité {}</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="223"/>
        <source>{} perimeters read.</source>
        <translation>{} périmètres lus.</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="116"/>
        <source>Valid from field (date, empty = always)</source>
        <translation>Champ « valide du » (date, vide = toujours)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="125"/>
        <source>Valid to field (date, empty = always)</source>
        <translation>Champ « valide au » (date, vide = toujours)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="66"/>
        <source>Repair invalid geometries (ST_MakeValid)</source>
        <translation>Réparer les géométries invalides (ST_MakeValid)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="176"/>
        <source>field {}: '{}' is not a whole number (write 0, 1, 2…)</source>
        <translation>champ {} : « {} » n'est pas un nombre entier (écrivez 0, 1, 2…)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="190"/>
        <source>field {}: &apos;{}&apos; is not a date (write YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>champ {} : « {} » n'est pas une date (écrivez AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../gup_signalement_plugin/processing/algorithms/routing.py" line="222"/>
        <source>No perimeter was read:</source>
        <translation>Aucun périmètre n'a été lu :</translation>
    </message>
</context>
</TS>
