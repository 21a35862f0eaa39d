// Light help for the forms; every page works without it.
document.addEventListener("DOMContentLoaded", () => {
  // 行を追加: copy the last row of a repeated field with the next row number and empty inputs.
  document.querySelectorAll("fieldset[data-rows]").forEach((set) => {
    const button = set.querySelector(".add-row");
    if (!button) return;
    button.addEventListener("click", () => {
      const rows = set.querySelectorAll(".row");
      const last = rows[rows.length - 1];
      const next = Number(last.dataset.row) + 1;
      const copy = last.cloneNode(true);
      copy.dataset.row = String(next);
      const base = set.dataset.rows + "/";
      copy.querySelectorAll("[name]").forEach((input) => {
        input.name = base + next + input.name.substring((base + last.dataset.row).length);
        if (input.id) input.id = input.id + "-" + next;
        if (input.type === "checkbox" || input.type === "radio") input.checked = false; else input.value = "";
      });
      copy.querySelectorAll(".field-error").forEach((error) => error.remove());
      last.after(copy);
    });
  });
  const summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
});

/** POSTs JSON to a page endpoint with the page's CSRF token; resolves to the JSON answer. */
window.postJson = async (url, body) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  const headers = { "Content-Type": "application/json", "Accept": "application/json" };
  if (token && header) headers[header.content] = token.content;
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(body), credentials: "same-origin" });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
};
