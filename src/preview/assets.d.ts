// webpack bundles .docx files as asset/resource: importing one gives the URL it is served from.
declare module "*.docx" {
  const url: string;
  export default url;
}
