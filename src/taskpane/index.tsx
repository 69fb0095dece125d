import { mountTaskpane } from "./mount";

const container = document.getElementById("container");
if (container) mountTaskpane(container);
