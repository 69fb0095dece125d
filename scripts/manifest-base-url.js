// The manifest in the repository points at the dev server; production builds point it at ADDIN_BASE_URL.
const DEV_BASE_URL = "https://localhost:3000/";

function manifestForBase(content, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  if (!/^https:\/\/[^/]+/.test(base)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office only loads add-ins over HTTPS), got "${baseUrl}"`);
  }
  return content.toString().split(DEV_BASE_URL).join(base);
}

module.exports = { DEV_BASE_URL, manifestForBase };
