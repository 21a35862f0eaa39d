// Shows how far the upload has got; the server's answer then replaces the page, as a plain form post would.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("import-form");
  if (!form || !window.XMLHttpRequest) return;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const progress = document.getElementById("upload-progress");
    const status = document.getElementById("upload-status");
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.upload.addEventListener("progress", (e) => {
      if (!e.lengthComputable) return;
      progress.hidden = false;
      progress.value = Math.round((e.loaded / e.total) * 100);
      status.textContent = progress.value < 100 ? "送信中 " + progress.value + "%" : "読み取り中です。しばらくお待ちください…";
    });
    request.addEventListener("load", () => {
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener("error", () => { status.textContent = "送信できませんでした。もう一度お試しください。"; });
    request.send(new FormData(form));
  });
});
