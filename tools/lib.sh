# tools/lib.sh - shared by tools/run, tools/test and bench/run: install the
# Debian packages the build needs (only those missing) and build into build/.
# Sourced, not run.

WB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WB_BUILD="${WB_BUILD_DIR:-$WB_ROOT/build}"

# Everything the build, the tests and the window need, by Debian package name.
WB_PACKAGES=(
  cmake g++ make pkg-config binutils
  libimgui-dev libstb-dev libglfw3-dev libgl-dev libgl1-mesa-dri
  libsqlite3-dev libboost-dev nlohmann-json3-dev doctest-dev
  fonts-dejavu-core xvfb xauth
  libcairo2-dev poppler-utils libxml2-utils
)

wb_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Install only what is missing; apt-get update only when we must install.
wb_install_missing() {
  local missing=() p
  for p in "${WB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  wb_say "Installing missing packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

wb_build() {
  wb_say "Building (Release) into $WB_BUILD"
  cmake -S "$WB_ROOT" -B "$WB_BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$WB_BUILD" -j "$(nproc)"
}
