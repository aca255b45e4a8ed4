# Sourced by the project's scripts: points JAVA_HOME at a JDK 25 or stops with how to get one.
# Looks at JAVA_HOME first, then at the JDKs installed under /usr/lib/jvm (Debian's layout).
# The JDK's feature version, read from its release file (no JVM started: the launcher calls this on every
# run), else from the java launcher's settings.
casescreen_java_version() {
  if [ -r "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
  fi
}

casescreen_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(casescreen_java_version "$JAVA_HOME")
    if [ "${v%%.*}" -ge 25 ] 2>/dev/null; then return 0; fi
  fi
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    v=$(casescreen_java_version "$candidate")
    if [ "${v%%.*}" -ge 25 ] 2>/dev/null; then
      JAVA_HOME="$candidate"; export JAVA_HOME; return 0
    fi
  done
  cat >&2 <<'MSG'
casescreen needs a JDK 25 (Java 25, LTS). None was found in JAVA_HOME or /usr/lib/jvm.
Install one (for example Eclipse Temurin 25 or OpenJDK 25 from your distribution) and set
JAVA_HOME to its folder. See README.md, "Installing a JDK 25".
MSG
  return 1
}
