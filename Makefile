# Passend - the two commands: `make run` and `make check`.
#
# Both first install what is missing on Debian 12 (as root with apt-get;
# otherwise they print the one sudo line to run and stop), then build
# with meson into $(BUILDDIR).

BUILDDIR ?= _build
PREFIX   := $(CURDIR)/$(BUILDDIR)/install
MESON    ?= meson

# Build tools, libraries, and what the tests and the window need to run
# headless: Xvfb, fonts, icons, the SVG loader, validators.
DEPS := \
	meson ninja-build gcc pkg-config gettext itstool \
	libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libgtk-4-bin libjson-glib-dev \
	libpoppler-glib-dev libarchive-dev \
	desktop-file-utils appstream yelp-tools \
	xvfb xauth fonts-cantarell fonts-dejavu-core adwaita-icon-theme \
	hicolor-icon-theme librsvg2-common poppler-utils clang-format

.PHONY: all deps setup build install run check check-asan bench clean

all: build

deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
	  echo "Not a Debian system: install the equivalents of: $(DEPS)"; \
	else \
	  missing=""; \
	  for p in $(DEPS); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' \
	      || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then \
	      echo "Installing:$$missing"; \
	      export DEBIAN_FRONTEND=noninteractive; \
	      apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing </dev/null || exit 1; \
	    else \
	      echo "Passend needs some packages. Install them with:"; \
	      echo "  sudo apt-get install$$missing"; \
	      exit 1; \
	    fi; \
	  fi; \
	fi

$(BUILDDIR)/build.ninja:
	$(MESON) setup $(BUILDDIR) --prefix=$(PREFIX)

setup: deps $(BUILDDIR)/build.ninja

build: setup
	$(MESON) compile -C $(BUILDDIR)

install: build
	@$(MESON) configure $(BUILDDIR) -Dprefix=$(PREFIX) >/dev/null
	$(MESON) install -C $(BUILDDIR) --quiet

run: install
	XDG_DATA_DIRS="$(PREFIX)/share:$${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
	GSETTINGS_SCHEMA_DIR="$(PREFIX)/share/glib-2.0/schemas" \
	$(PREFIX)/bin/passend

# Every test runs under one private X server, also where a display exists,
# so results do not depend on the desktop they were started from.
check: build
	@status=0; \
	xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
	  $(MESON) test -C $(BUILDDIR) --print-errorlogs --no-rebuild || status=$$?; \
	python3 build-aux/test-summary.py $(BUILDDIR)/meson-logs/testlog.json || status=1; \
	exit $$status

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer,
# in its own build folder, with the cairo renderer (no GL driver) and
# full allocation stacks. Any sanitizer error fails; a leak fails when
# its stack has a frame in Passend's code (build-aux/check-leaks.py), and
# build-aux/lsan.supp names the system libraries' own one-time leaks.
ASANDIR ?= _build-asan
check-asan: deps
	@[ -f $(ASANDIR)/build.ninja ] || $(MESON) setup $(ASANDIR) \
	  -Db_sanitize=address,undefined -Db_lundef=false --buildtype=debug \
	  -Dc_args=-fno-omit-frame-pointer
	$(MESON) compile -C $(ASANDIR)
	@status=0; \
	G_SLICE=always-malloc G_DEBUG=gc-friendly GSK_RENDERER=cairo GDK_DEBUG=gl-disable \
	ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=30 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/build-aux/lsan.supp:print_suppressions=0:exitcode=0 \
	xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
	  $(MESON) test -C $(ASANDIR) --print-errorlogs --no-rebuild --timeout-multiplier 4 \
	  || status=$$?; \
	python3 build-aux/check-leaks.py $(ASANDIR)/meson-logs/testlog.json || status=1; \
	python3 build-aux/test-summary.py $(ASANDIR)/meson-logs/testlog.json || status=1; \
	exit $$status

bench: build
	tools/bench/run $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR) $(ASANDIR)
