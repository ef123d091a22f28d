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
  # FandolFang (仿宋) for the body and FandolSong Bold for titles (see ensure_notice_fonts), AR PL UKai/UMing CN behind
  # them and for page numbers, WenQuanYi Zen Hei for 黑体.
  apt_install_missing postgresql chromium fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming fonts-wqy-zenhei poppler-utils python3-fonttools
  ensure_notice_fonts
}

# The only free simplified-Chinese 仿宋 in Debian is TeX Live's FandolFang (GPL, in texlive-lang-chinese). The package
# is taken apart rather than installed (it pulls in TeX Live); its FandolFang-Regular and FandolSong-Bold OpenType/CFF
# fonts are converted to TrueType outlines (scripts/lib/otf2ttf.py, Debian's python3-fonttools), since Chromium embeds
# CFF fonts as unnamed Type 3 glyphs, and installed under /usr/local/share/fonts/fandol once.
ensure_notice_fonts() {
  local dir=/usr/local/share/fonts/fandol
  [[ -f $dir/FandolFang-Regular.ttf && -f $dir/FandolSong-Bold.ttf ]] && return 0
  local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  local work; work=$(mktemp -d)
  echo "installing: FandolFang and FandolSong Bold (from texlive-lang-chinese, as TrueType)" >&2
  (cd "$work" && apt-get download -qq texlive-lang-chinese 2>/dev/null) || { $sudo apt-get update -qq >/dev/null; (cd "$work" && apt-get download -qq texlive-lang-chinese); }
  local fandol=./usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
  dpkg-deb --fsys-tarfile "$work"/texlive-lang-chinese_*.deb | tar -x -C "$work" "$fandol/FandolFang-Regular.otf" "$fandol/FandolSong-Bold.otf"
  local lib; lib="$(dirname "${BASH_SOURCE[0]}")"
  for face in FandolFang-Regular FandolSong-Bold; do
    /usr/bin/python3 "$lib/otf2ttf.py" "$work/$fandol/$face.otf" "$work/$face.ttf"
  done
  $sudo mkdir -p "$dir"
  $sudo install -m 0644 "$work/FandolFang-Regular.ttf" "$work/FandolSong-Bold.ttf" "$dir/"
  fc-cache -f "$dir" >/dev/null
  rm -rf "$work"
}
