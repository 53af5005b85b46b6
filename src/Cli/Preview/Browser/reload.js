// Live reload for `dotnet run -- preview`. The preview server adds this script to the pages it serves (never
// to the built site) and sends an event after every build: reload the page, swap changed stylesheets, or show
// the build's errors over the last good page until they are fixed. Texts are set with textContent only.
const prefix = "/_preview/";
const overlayId = "preview-fouten";

const events = new EventSource(`${prefix}events`);
events.addEventListener("message", (message) => {
  const change = JSON.parse(message.data);
  switch (change.kind) {
    case "reload":
      if (concernsThisPage(change.changed)) {
        location.reload();
      }
      break;
    case "css":
      swapStylesheets(change.changed);
      hideErrors();
      break;
    case "errors":
      showErrors(change.errors);
      break;
    default:
      hideErrors();
  }
});

// Other tabs stay as they are when only other pages changed; any other file (an image, a script) may be used here.
function concernsThisPage(changed) {
  const path = decodeURIComponent(location.pathname);
  const file = path.endsWith("/") ? `${path}index.html` : path;
  // Data fetched on demand (the search index, the sitemap) needs no reload of an open page.
  return changed.some((url) => url === file || !/\.(html|json|xml|txt)$/.test(url));
}

// Fingerprinted names change with the content: site.1a2b3c4d5e.css is the new site.css.
const logicalName = (path) => path.replace(/\.[0-9a-f]{10}\.css$/, ".css");

function swapStylesheets(urls) {
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    const current = logicalName(new URL(link.href).pathname);
    const replacement = urls.find((url) => logicalName(url) === current);
    if (replacement) {
      link.href = replacement;
    }
  }
}

function showErrors(errors) {
  let overlay = document.getElementById(overlayId);
  if (!overlay) {
    overlay = createOverlay();
    document.body.append(overlay);
  }

  overlay.querySelector("pre").textContent = errors.join("\n");
  overlay.hidden = false;
}

function hideErrors() {
  document.getElementById(overlayId)?.remove();
}

function createOverlay() {
  if (!document.querySelector(`link[href="${prefix}overlay.css"]`)) {
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = `${prefix}overlay.css`;
    document.head.append(style);
  }

  const overlay = document.createElement("section");
  overlay.id = overlayId;
  overlay.setAttribute("role", "alert");
  overlay.setAttribute("aria-labelledby", `${overlayId}-titel`);
  const title = document.createElement("h2");
  title.id = `${overlayId}-titel`;
  title.textContent = "De site kan niet worden gebouwd";
  const hint = document.createElement("p");
  hint.textContent = "Je ziet de laatste goede versie. Herstel de fouten hieronder en sla op; deze melding verdwijnt dan vanzelf.";
  const list = document.createElement("pre");
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Verbergen";
  close.addEventListener("click", () => {
    overlay.hidden = true;
  });
  overlay.append(title, hint, list, close);
  return overlay;
}
