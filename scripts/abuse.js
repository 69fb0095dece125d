// `npm run abuse`: the abuse suite in full (300 MB zip bomb, 10 MB cell); `npm test` runs its quick form.
process.env.CAITIEN_ABUSE = "full";
require("jest").run(["--selectProjects", "unit", "--runTestsByPath", ...["package", "values", "output", "batch"].map((n) => `test/unit/abuse-${n}.test.ts`)]);
