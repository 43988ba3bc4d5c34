"""Use cases: what a Processing algorithm, a dialog or the demo asks for, in one call each,
on top of the pure core (core/) and the database access (db/)."""
