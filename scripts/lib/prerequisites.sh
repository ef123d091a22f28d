# Installs (once) what the tests and the service need: PostgreSQL 15, Chromium, CJK fonts.
# Sourced by scripts/test.sh and scripts/dev-postgres.sh.

apt_install_missing() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if ((${#missing[@]})); then
    echo "installing: ${missing[*]}" >&2
    local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_test_prerequisites() {
  # Notice fonts (TrueType, so PDFs embed them by name; Noto CJK is CFF and Chromium embeds it as Type 3):
  # AR PL UKai CN for the body (no free simplified 仿宋 is packaged), AR PL UMing CN for titles, WenQuanYi Zen Hei for 黑体.
  apt_install_missing postgresql chromium fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming fonts-wqy-zenhei poppler-utils
}
