/** The engine's version, printed on the Cover sheet; kept equal to package.json's version by a test. */
export const ENGINE_VERSION = "0.1.0";
