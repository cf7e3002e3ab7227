# Sourced by scripts/run and scripts/test: installs the Debian packages amhire
# needs, only when one is missing, with sudo when not already root.

AMHIRE_BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libwxgtk3.2-dev libsqlite3-dev libsqlitecpp-dev libpugixml-dev libfmt-dev libcli11-dev
  libcmark-dev libxlsxwriter-dev libcairo2-dev libcsv-dev nlohmann-json3-dev libxxhash-dev
)
AMHIRE_TEST_PACKAGES=(catch2 xvfb xauth libxml2-utils python3 sqlite3 poppler-utils unzip)
# scripts/fuzz only: clang with its libFuzzer and sanitizer runtimes.
AMHIRE_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

amhire_install_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "error: need root or sudo to install: ${missing[*]}" >&2
      return 1
    fi
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
