// Browser tests drive Chromium through whole user flows; jest's per-test timeout is a global option, so it is set here.
jest.setTimeout(60_000);
