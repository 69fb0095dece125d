/** Injected by webpack's DefinePlugin from package.json. */
declare const __APP_VERSION__: string;
