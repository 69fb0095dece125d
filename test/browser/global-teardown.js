module.exports = async function globalTeardown() {
  await globalThis.__caitienServer?.close();
};
