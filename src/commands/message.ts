// The message dialog's page: shows the message from its query string as plain text (it may quote
// tracker text) and tells the command it was dismissed. It fetches nothing.
import { messageFromQuery } from "./messageQuery";

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`message.html has no #${id}`);
  return found;
}

const message = messageFromQuery(window.location.search);
document.title = message.title;
document.body.dataset.kind = message.kind;
element("title").textContent = message.title;
element("text").textContent = message.text;

const ok = element("ok");
void Office.onReady().then(() => {
  const ui = Office.context.ui;
  const dismiss = () => ui.messageParent("dismissed");
  ok.addEventListener("click", dismiss);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") dismiss();
  });
  ok.removeAttribute("disabled");
  ok.focus();
});
