# gup_signalement_plugin — every set-up step lives here; nothing is installed by hand.
# Two commands on a fresh Debian 12 machine, as root:  make demo   and   make test
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
PLUGIN := gup_signalement_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-psycopg2 python3-venv \
	python3-requests postgresql-15 postgresql-15-postgis-3 postgresql-client-15 \
	pyqt5-dev-tools qttools5-dev-tools qt5-qmake poppler-utils xvfb xauth fonts-dejavu-core
# The demo cluster is kept between runs (make demo-start starts it again). As root its server
# runs as 'postgres', which may not be allowed to enter the checkout (under /root, or any folder
# of mode 700): its data then lives in PostgreSQL's own folder, one cluster per checkout (named
# by a hash of the checkout's path). As another user, in the checkout.
DEMO_PGPORT ?= 54330
ifeq ($(shell id -u),0)
DEMO_PGDATA ?= /var/lib/postgresql/gup_signalement/demo-$(shell printf '%s' '$(CURDIR)' \
	| sha256sum | cut -c1-12)
else
DEMO_PGDATA ?= $(CURDIR)/.pgdata/demo
endif
export QT_QPA_PLATFORM := offscreen

.PHONY: help deps venv i18n i18n-update stage package test demo demo-start demo-stop \
	demo-clean bench clean

help:
	@echo "make test     install what is missing, run every test layer on a throw-away PostGIS"
	@echo "make demo     install what is missing, build the demo database and project (out/demo)"
	@echo "make demo-start start the kept demo cluster again (to re-open out/demo/gup_demo.qgz)"
	@echo "make demo-stop  stop the demo PostgreSQL cluster"
	@echo "make demo-clean stop the demo cluster and delete its data ($(DEMO_PGDATA))"
	@echo "make package  build dist/$(PLUGIN)-$(VERSION).zip (QGIS: Install from ZIP)"
	@echo "make bench    run the benchmarks in bench/"

# Debian packages, installed before any PostgreSQL server is started (installing PostGIS may
# upgrade PostgreSQL under a running server: docs/DEVELOPER_GUIDE.md T12).
deps:
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
	  echo "Installing Debian packages: $(APT_PACKAGES)"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	fi

$(VENV)/.installed: requirements/runtime.txt requirements/test.txt requirements/constraints.txt
	@command -v $(PY_SYS) >/dev/null || $(MAKE) deps
	$(PY_SYS) -m venv --system-site-packages $(VENV)
	$(VENV)/bin/pip install -q -c requirements/constraints.txt -r requirements/test.txt
	@touch $@

venv: deps $(VENV)/.installed

# Compiled translations (the .ts files are tracked, the .qm files are built).
i18n: deps
	@for ts in i18n/*.ts; do lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

# Update the .ts from the sources (keeps existing translations); the .pro lists every module.
i18n-update: deps
	LC_ALL=C.UTF-8 $(PY_SYS) scripts/i18n_update.py

stage: venv i18n
	$(PY) scripts/stage.py build

package: venv i18n
	$(PY) scripts/stage.py build --zip dist/$(PLUGIN)-$(VERSION).zip

test: venv stage
	scripts/run_tests.sh

demo: venv stage
	scripts/pg_cluster.sh start $(DEMO_PGDATA) $(DEMO_PGPORT)
	$(PY) scripts/demo.py --host 127.0.0.1 --port $(DEMO_PGPORT) --dbname gup_demo --out out/demo
	@echo "The demo cluster keeps running on 127.0.0.1:$(DEMO_PGPORT), its data kept in" \
	  "$(DEMO_PGDATA): make demo-stop stops it, make demo-start starts it again," \
	  "make demo-clean deletes it."

demo-start:
	scripts/pg_cluster.sh start $(DEMO_PGDATA) $(DEMO_PGPORT)

demo-stop:
	scripts/pg_cluster.sh stop $(DEMO_PGDATA) $(DEMO_PGPORT)

demo-clean: demo-stop
	rm -rf $(DEMO_PGDATA)

bench: venv stage
	scripts/run_bench.sh

clean:
	rm -rf build dist out .pytest_cache
