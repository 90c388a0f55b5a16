#!/usr/bin/env bash
# Install the Debian 12 packages the plugin, its tests and its demo need, if missing.
# Idempotent: does nothing (and needs no network) when everything is there.
set -euo pipefail
packages=(
  qgis python3-qgis qgis-providers proj-data      # QGIS 3.22 LTR, qgis_process.bin
  python3-rasterio python3-fiona python3-pandas    # same GDAL/PROJ as QGIS
  python3-scipy                                    # k-d tree for nearest-distance queries (optional at run time)
  python3-yaml python3-venv python3-pip
  xvfb x11-apps imagemagick                        # headless desktop + screenshots
  pyqt5-dev-tools                                  # pylupdate5 (make translations); no .qm is built
  poppler-utils                                    # pdftotext: tests read the PDF reports
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
