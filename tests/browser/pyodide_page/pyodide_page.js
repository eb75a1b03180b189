// Boots Pyodide (core only) from a relative path, unpacks a Python bundle zip into its
// in-memory file system, puts the bundle on sys.path, then runs snippets on request.
//
// What a test sees on `window`:
//   pyodidePage   {status: "loading" | "ready" | "failed", error, pythonVersion}
//   startPython(source) -> run id; the snippet runs on the next task, so the call
//                          returns at once and the test can wait with a finite timeout
//   pythonRuns[id] {status: "running" | "done" | "failed", value, error}; value is the
//                  snippet's last expression (use a str, e.g. json.dumps(...))
//
// Nothing here calls loadPackage or micropip, and every URL is relative to this page.

const BUNDLE_DIR = "/home/pyodide/bundle";  // where the zip is unpacked, put on sys.path
const query = new URLSearchParams(location.search);
const bundleUrl = new URL(query.get("bundle") || "engine.zip", location.href).href;
const pyodideUrl = new URL(query.get("pyodide") || "pyodide/", location.href).href;

window.pyodidePage = { status: "loading", error: null, pythonVersion: null };
window.pythonRuns = [];
let pyodide = null;

function showStatus(text) {
  document.getElementById("status").textContent = text;
}

function describe(error) {
  return String((error && (error.message || error.stack)) || error);
}

window.startPython = (source) => {
  if (window.pyodidePage.status !== "ready") {
    throw new Error(`Pyodide is not ready: ${window.pyodidePage.status}`);
  }
  const run = { status: "running", value: null, error: null };
  const id = window.pythonRuns.push(run) - 1;
  setTimeout(() => {
    try {
      const value = pyodide.runPython(source);
      run.value = value && typeof value.toJs === "function" ? value.toString() : value;
      if (value && typeof value.destroy === "function") value.destroy();
      run.status = "done";
    } catch (error) {
      run.error = describe(error);
      run.status = "failed";
    }
  }, 0);
  return id;
};

async function boot() {
  // Imported here, not at the top, so a missing runtime is reported as "failed".
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideUrl).href);
  pyodide = await loadPyodide({
    indexURL: pyodideUrl,
    stdout: (line) => console.log(`[python] ${line}`),
    stderr: (line) => console.warn(`[python] ${line}`),
  });
  const response = await fetch(bundleUrl);
  if (!response.ok) {
    throw new Error(`fetching ${bundleUrl} gave HTTP ${response.status}`);
  }
  pyodide.unpackArchive(await response.arrayBuffer(), "zip", { extractDir: BUNDLE_DIR });
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(BUNDLE_DIR)})`);
  window.pyodidePage.pythonVersion = pyodide.runPython("import sys; sys.version");
}

boot().then(
  () => {
    window.pyodidePage.status = "ready";
    showStatus("ready");
  },
  (error) => {
    window.pyodidePage.error = describe(error);
    window.pyodidePage.status = "failed";
    showStatus(`failed: ${window.pyodidePage.error}`);
  },
);
