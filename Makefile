# zaban — a SQLite extension for Persian, Arabic, French and English text.
#
#   make         build dist/zaban.so (dist/zaban.dylib on macOS)
#   make demo    build, then run sql/demo.sql in the sqlite3 shell
#   make test    build, then run every test (golden SQL, C unit, Python,
#                and the golden suite again on an ASan/UBSan build)
#   make bench   build, then run the benchmarks in tests/bench/
#   make install    the extension, a static library, its header and a
#                   pkg-config file under $(DESTDIR)$(PREFIX) (/usr/local)
#   make uninstall  removes what make install put there
#
# Missing Debian packages are installed when run as root (tools/deps.sh).

MODULES  = zaban util normalize lang token_window fa_lexicon fa_normalize fa_rewrite \
           calendar calendar_names calendar_parse calendar_strftime calendar_sql \
           calendar_nowruz_data calendar_umalqura_data calendar_names_data fa_stem \
           tokenize tokens spelling_variants_data quantity date_words date_patterns dates name_key \
           gazetteer gazetteer_default gazetteer_user gazetteer_data \
           entities ent_words ent_gazetteer ent_memory ent_org ent_person ent_number ent_date
SQLITE3 ?= sqlite3
PYTHON  ?= /usr/bin/python3

UNAME := $(shell uname -s)
ifeq ($(UNAME),Darwin)
  SOEXT  = dylib
  SOFLAG = -dynamiclib -undefined dynamic_lookup
else
  SOEXT  = so
  # nodelete: the tables built once per process (and ICU's caches) stay
  # reachable after the last connection closes, instead of leaking on unload.
  SOFLAG = -shared -Wl,-z,nodelete
endif

VERSION := $(shell sed -n 's/^\#define ZABAN_VERSION "\(.*\)"/\1/p' ext/zaban.h)

CC      ?= cc
CFLAGS  ?= -O3 -g
# Recursive (=) so that pkg-config runs after the deps step has installed it.
PKG_CFLAGS = $(shell pkg-config --cflags sqlite3 icu-uc icu-i18n)
LIBS       = $(shell pkg-config --libs icu-uc icu-i18n) -lstemmer
ZB_CFLAGS  = -std=gnu11 -Wall -Wextra -Wno-unused-parameter -fPIC \
             -fvisibility=hidden $(PKG_CFLAGS)

EXT     = dist/zaban.$(SOEXT)
ASAN_EXT = build/asan/zaban.$(SOEXT)
SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1 -g

OBJ      = $(MODULES:%=build/%.o)
ASAN_OBJ = $(MODULES:%=build/asan/%.o)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=build/unit/%)
# The fuzz target, driven without libFuzzer on generated inputs (ASan/UBSan).
FUZZ_SMOKE = build/unit/test_fuzz_smoke
FUZZ_SECONDS ?= 60

# Build lines are quiet (one short line per file); make V=1 shows them whole.
ifeq ($(V),1)
  Q =
  say = @true
else
  Q = @
  say = @printf '  %-5s %s\n'
endif

PREFIX  ?= /usr/local
LIBDIR   = $(DESTDIR)$(PREFIX)/lib
INCDIR   = $(DESTDIR)$(PREFIX)/include
PCDIR    = $(LIBDIR)/pkgconfig
STATIC_LIB = build/libzaban.a

.PHONY: all deps demo test bench fuzz clean install uninstall
all: deps $(EXT)

deps:
	@sh tools/deps.sh

build/%.o: ext/%.c | build
	$(say) CC $@
	$(Q)$(CC) $(CFLAGS) $(ZB_CFLAGS) -MMD -MP -c $< -o $@

build/asan/%.o: ext/%.c | build
	$(say) CC $@
	$(Q)$(CC) $(SAN_FLAGS) $(ZB_CFLAGS) -MMD -MP -c $< -o $@

$(EXT): $(OBJ) | dist
	$(say) LD $@
	$(Q)$(CC) $(SOFLAG) $(CFLAGS) -o $@ $(OBJ) $(LIBS) -lm

# For programs that link zaban in: see ext/sqlite3_zaban.h.
$(STATIC_LIB): $(OBJ)
	$(say) AR $@
	$(Q)rm -f $@ && $(AR) rcs $@ $(OBJ)

install: all $(STATIC_LIB)
	$(say) INSTALL $(DESTDIR)$(PREFIX)
	$(Q)mkdir -p $(LIBDIR) $(INCDIR) $(PCDIR)
	$(Q)cp $(EXT) $(LIBDIR)/zaban.$(SOEXT)
	$(Q)cp $(STATIC_LIB) $(LIBDIR)/libzaban.a
	$(Q)cp ext/sqlite3_zaban.h $(INCDIR)/sqlite3_zaban.h
	$(Q)sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' tools/zaban.pc.in > $(PCDIR)/zaban.pc

uninstall:
	$(say) RM $(DESTDIR)$(PREFIX)
	$(Q)rm -f $(LIBDIR)/zaban.$(SOEXT) $(LIBDIR)/libzaban.a $(INCDIR)/sqlite3_zaban.h $(PCDIR)/zaban.pc

$(ASAN_EXT): $(ASAN_OBJ)
	$(say) LD $@
	$(Q)$(CC) $(SOFLAG) $(SAN_FLAGS) -o $@ $(ASAN_OBJ) $(LIBS) -lm

# C unit tests call the modules' algorithms directly (never their SQL side).
build/unit/%: tests/unit/%.c $(OBJ) tests/unit/unit.h | build
	$(say) CC $@
	$(Q)$(CC) $(CFLAGS) $(ZB_CFLAGS) -Iext -o $@ $< $(OBJ) $(LIBS) -lm

# The fuzz target: fuzz_text.c dispatches, the user gazetteer's harness opens
# real connections (so it links libsqlite3 itself).
FUZZ_SRC = tests/fuzz/fuzz_text.c tests/fuzz/fuzz_user_gazetteer.c
FUZZ_LIBS = $(LIBS) $(shell pkg-config --libs sqlite3) -lm
$(FUZZ_SMOKE): tests/fuzz/smoke.c $(FUZZ_SRC) tests/fuzz/fuzz.h $(ASAN_OBJ) | build
	$(say) CC $@
	$(Q)$(CC) $(SAN_FLAGS) $(ZB_CFLAGS) -Iext -o $@ tests/fuzz/smoke.c $(FUZZ_SRC) $(ASAN_OBJ) $(FUZZ_LIBS)

# libFuzzer needs clang: objects and target are built under build/fuzz.
FUZZ_OBJ = $(MODULES:%=build/fuzz/%.o)
build/fuzz/%.o: ext/%.c
	@mkdir -p build/fuzz
	$(say) CLANG $@
	$(Q)clang -g -O1 -fsanitize=fuzzer-no-link,address,undefined $(ZB_CFLAGS) -c $< -o $@
build/fuzz/fuzz_text: $(FUZZ_SRC) tests/fuzz/fuzz.h $(FUZZ_OBJ)
	$(say) CLANG $@
	$(Q)clang -g -O1 -fsanitize=fuzzer,address,undefined $(ZB_CFLAGS) -Iext -o $@ $(FUZZ_SRC) $(FUZZ_OBJ) $(FUZZ_LIBS)
fuzz: deps build/fuzz/fuzz_text
	@mkdir -p build/fuzz/corpus
	build/fuzz/fuzz_text -dict=tests/fuzz/fuzz_text.dict -max_total_time=$(FUZZ_SECONDS) \
	  build/fuzz/corpus tests/fuzz/corpus

build dist:
	@mkdir -p build/asan build/unit build/bench build/fuzz dist

demo: all
	$(SQLITE3) -bail :memory: -cmd '.load ./$(EXT)' < sql/demo.sql

test: all $(ASAN_EXT) $(UNIT_BIN) $(FUZZ_SMOKE)
	@SQLITE3=$(SQLITE3) PYTHON=$(PYTHON) CC=$(CC) sh tests/run.sh

bench: all
	@OBJ="$(OBJ)" LIBS="$(LIBS)" sh tests/bench/run.sh

clean:
	rm -rf build dist

-include $(OBJ:.o=.d) $(ASAN_OBJ:.o=.d)
