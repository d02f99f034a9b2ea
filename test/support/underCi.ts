/** CI=true (or any value but "false"/"0"): the tools and the build the tests need must be there. */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.CI && env.CI !== "false" && env.CI !== "0";
}
