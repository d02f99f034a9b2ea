/** `npm start` (scripts/start.js) prints the standalone calculator's URL beside the sideloading steps. */
const { instructions } = require("../../scripts/start.js") as { instructions: (created: boolean) => string };

describe("npm start's instructions", () => {
  it("name the standalone calculator's URL and say the download is written in the browser", () => {
    const text = instructions(false);
    expect(text).toMatch(/^Standalone calculator \(outside Excel, in any browser\): https:\/\/localhost:3000\/taskpane\.html$/m);
    expect(text).toContain("dist/taskpane.html from disk");
    expect(text).toContain("nothing is uploaded");
    // The sideloading steps are still there.
    expect(text).toContain("https://localhost:3000/manifest.xml");
  });
});
