/**
 * What WPS needs besides the add-in folder, for offline and intranet deployment (WPS 加载项):
 *   publish.xml    copied with the folder into the user's jsaddons folder (Windows %appdata%\kingsoft\wps\jsaddons,
 *                  Linux ~/.local/share/Kingsoft/wps/jsaddons): lists the add-in folder beside it.
 *   jsplugins.xml  what an administrator points oem.ini's JSPluginsServer at: the add-in served over HTTP
 *                  (jspluginonline, the folder) or as a .7z of the folder (jsplugin).
 * Attribute names follow WPS's own tool (wpsjs build/publish).
 */
"use strict";

const ADDIN_TYPE = "et";

function escapeXml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Folder name WPS expects in jsaddons for an offline add-in: <name>_<version>. */
function addinFolderName(name, version) {
  return `${name}_${version}`;
}

/** publish.xml for the jsaddons folder: the add-in folder <name>_<version> beside it. */
function publishXml({ name, version }) {
  const attrs = [
    `name="${escapeXml(name)}"`,
    `type="${ADDIN_TYPE}"`,
    `url="${escapeXml(addinFolderName(name, version))}"`,
    `version="${escapeXml(version)}"`,
    `enable="enable_dev"`,
    `install="null"`,
    `customDomain=""`,
  ];
  return `<jsplugins>\n  <jsplugin ${attrs.join(" ")}/>\n</jsplugins>\n`;
}

/**
 * jsplugins.xml for oem.ini's JSPluginsServer. `baseUrl` is where the administrator serves dist-wps/ (an
 * http(s) URL or file:/// path, ending in "/"): the folder online, and the .7z of the folder for offline desks.
 */
function jspluginsXml({ name, version, baseUrl }) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const folder = `${base}${addinFolderName(name, version)}/`;
  return (
    "<jsplugins>\n" +
    `  <jspluginonline name="${escapeXml(name)}" type="${ADDIN_TYPE}" url="${escapeXml(folder)}"/>\n` +
    "</jsplugins>\n"
  );
}

/** The same list with the add-in as a .7z package (offline desks: WPS unpacks it). */
function jspluginsOfflineXml({ name, version, baseUrl }) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const archive = `${base}${addinFolderName(name, version)}.7z`;
  return (
    "<jsplugins>\n" +
    `  <jsplugin name="${escapeXml(name)}" type="${ADDIN_TYPE}" url="${escapeXml(archive)}" version="${escapeXml(version)}"/>\n` +
    "</jsplugins>\n"
  );
}

module.exports = { ADDIN_TYPE, addinFolderName, publishXml, jspluginsXml, jspluginsOfflineXml };
