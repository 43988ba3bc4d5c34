"""The People and rights dialog and the audit dialog, on a real PostGIS with real login roles."""

import psycopg2
import pytest

from tests.rights_setup import create_people, drop_people


@pytest.fixture
def people(gup_dsn):
    made = create_people(gup_dsn)
    yield made
    drop_people(made)


def test_people_dialog_creates_with_a_password_it_does_not_keep_and_revokes(
    people, qgis_app, messages
):
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.gui.rights_dialog import PeopleDialog

    login = people.roles["admin"] + "_dlg"
    db = Database(people.dsn)
    dialog = PeopleDialog(db)
    try:
        before = dialog.table.rowCount()  # roles are cluster-wide: other databases' people too
        assert before >= 5
        dialog.login_edit.setText(login)
        dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("gup_agent"))
        dialog.service_combo.setCurrentIndex(dialog.service_combo.findData(people.services["a"]))
        dialog.password_edit.setText("s3cret'; --")
        assert dialog.create_person()
        assert dialog.password_edit.text() == "" and dialog.table.rowCount() == before + 1
        assert db.scalar(
            "SELECT rolpassword IS NOT NULL FROM pg_authid WHERE rolname = %s", (login,)
        )
        row = [r for r in range(before + 1) if dialog.table.item(r, 0).text() == login][0]
        assert dialog.table.item(row, 2).text() == "Service A " + login.split("_")[0][1:]
        dialog.table.selectRow(row)
        dialog.drop_check.setChecked(True)
        assert dialog.revoke_selected()
        assert dialog.table.rowCount() == before
        dialog.login_edit.setText('bad"name')
        assert not dialog.create_person() and dialog.table.rowCount() == before
    finally:
        dialog.close()
        db.close()
        conn = psycopg2.connect(people.dsn)
        conn.autocommit = True
        conn.cursor().execute('DROP ROLE IF EXISTS "{}"'.format(login))
        conn.close()


def test_audit_dialog_shows_changes_and_a_logged_contact(people, qgis_app, messages):
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.gui.audit_dialog import AuditDialog

    report = people.reports["a"][0]
    admin = Database(people.dsn_of("admin"), author="Marie")
    with admin.transaction() as cur:
        cur.execute(
            "UPDATE gup_signalement.signalement SET statut = 'closed' WHERE id = %s", (report,)
        )
    dialog = AuditDialog(admin)
    try:
        dialog.report_spin.setValue(report)
        assert dialog.search()
        assert dialog.table.rowCount() == 2
        assert dialog.table.item(1, 4).text() == 'statut: "open" → "closed"'
        assert dialog.table.item(1, 1).text() == "Marie"
        assert not dialog.show_contact()  # no reason given: refused, nothing shown
        dialog.reason_edit.setText("rappel")
        assert dialog.show_contact()
        assert dialog.contact_label.text() == "Jeanne Martin — jm@example.fr — 0612345678"
        assert admin.scalar("SELECT count(*) FROM gup_signalement.lecture_contact") == 1
    finally:
        dialog.close()
        admin.close()
