#!/bin/sh
# Copy the reading room's JavaScript from node_modules (installed by `npm ci` from package-lock.json)
# into the package's static folder. The copies are committed, so the app also works without running this.
set -eu
cd "$(dirname "$0")/.."
vendor=src/veille/web/static/vendor
mkdir -p "$vendor"
cp node_modules/cytoscape/dist/cytoscape.min.js "$vendor/cytoscape.min.js"
cp node_modules/cytoscape/LICENSE "$vendor/cytoscape.LICENSE.txt"
echo "web assets: cytoscape $(node -p "require('./node_modules/cytoscape/package.json').version") -> $vendor" >&2
